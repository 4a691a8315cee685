// schema.graphql ends with a section generated from cypher/analyses; this test keeps the two
// in step. After editing an analysis, regenerate with:
//   UPDATE_SCHEMA=1 npx jest src/graph/analyses/graphql-section.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { printSchema } from 'graphql';
import { loadAnalyses } from './load-analyses';
import { SECTION_MARKER, renderGraphqlSection } from './graphql-section';

const SCHEMA = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');
const section = renderGraphqlSection(loadAnalyses());

describe('the GraphQL section of the analyses', () => {
  it('builds a valid @neo4j/graphql schema with one Query field per analysis', async () => {
    const typeDefs = `type Entity @node { id: ID! name: String! }\n${section}`;
    const printed = printSchema(await new Neo4jGraphQL({ typeDefs }).getSchema());
    for (const field of [
      'topActors',
      'whoAttackedWhom',
      'supportNetwork',
      'shortestPath',
      'entityProfile',
      'timeline',
      'coMentions',
      'newActors',
      'influence',
      'neighbourhood',
      'evidence',
      'graphSize',
    ]) {
      expect(printed).toMatch(new RegExp(`\\n  ${field}\\b`));
    }
    expect(printed).toContain(
      'whoAttackedWhom(limit: Int = 50, entity: String = ""): [WhoAttackedWhomRow!]!',
    );
  });

  const present = fs.existsSync(SCHEMA) && fs.readFileSync(SCHEMA, 'utf8').includes(SECTION_MARKER);
  (present ? it : it.skip)('is what schema.graphql ends with', () => {
    const text = fs.readFileSync(SCHEMA, 'utf8');
    const head = text.slice(0, text.indexOf(SECTION_MARKER));
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(SCHEMA, head + section);
    expect(fs.readFileSync(SCHEMA, 'utf8').slice(head.length)).toBe(section);
  });
});
