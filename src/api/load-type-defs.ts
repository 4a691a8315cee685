// schema.graphql is the data contract; the security rules are added here, at load time, so
// that one schema file serves both a read-only and a writable server.
import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode, NewsgraphError } from '../errors';

/** schema.graphql at the project root: two levels up from both src/api and dist/api. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

/** Every write operation @neo4j/graphql generates; each needs a valid JWT when mutations are on. */
const WRITE_OPERATIONS = ['CREATE', 'UPDATE', 'DELETE', 'CREATE_RELATIONSHIP', 'DELETE_RELATIONSHIP'];

export interface LoadTypeDefsOptions {
  enableMutations: boolean;
  file?: string;
}

export function loadTypeDefs({ enableMutations, file = SCHEMA_FILE }: LoadTypeDefsOptions): string {
  let typeDefs: string;
  try {
    typeDefs = fs.readFileSync(file, 'utf8');
  } catch (cause) {
    throw new NewsgraphError(ErrorCode.INPUT_NOT_FOUND, `Cannot read the GraphQL schema at ${file}`, {
      hint: 'run newsgraph from its installation, where schema.graphql sits beside package.json',
      cause,
    });
  }
  const security = enableMutations
    ? `extend schema @authentication(operations: [${WRITE_OPERATIONS.join(', ')}])`
    : 'extend schema @mutation(operations: [])';
  return `${typeDefs}\n\n# Added by src/api/load-type-defs.ts\n${security}\n`;
}
