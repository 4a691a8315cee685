// schema.graphql ends with a section generated from cypher/analyses; this test keeps the two
// in step. After editing an analysis, regenerate with:
//   UPDATE_SCHEMA=1 npx jest src/graph/analyses/graphql-section.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadAnalyses } from './load-analyses';
import { SECTION_MARKER, renderGraphqlSection } from './graphql-section';

const SCHEMA = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');
const section = renderGraphqlSection(loadAnalyses());

describe('the GraphQL section of the analyses', () => {
  it('builds a valid @neo4j/graphql schema with one Query field per analysis', async () => {
    const typeDefs = `type Entity @node { id: ID! name: String! }\n${section}`;
    const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
    const fields = schema.getQueryType()!.getFields();
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
      expect(fields[field]).toBeDefined();
    }
    const attacks = fields.whoAttackedWhom;
    expect(String(attacks.type)).toBe('[WhoAttackedWhomRow!]!');
    expect(attacks.args.map((a) => [a.name, String(a.type), a.defaultValue, a.description])).toEqual([
      ['limit', 'Int', 50, 'how many attacker/target pairs to return'],
      [
        'entity',
        'String',
        '',
        'only pairs where this entity (id, name or alias) is attacker or target; empty for all',
      ],
    ]);
    // A fixed choice is an enum of its own, a date GraphQL's Date: wrong values fail validation.
    const by = fields.topActors.args.find((a) => a.name === 'by');
    expect([String(by?.type), by?.defaultValue, by?.description]).toEqual([
      'TopActorsBy',
      'degree',
      'what to rank by',
    ]);
    expect(String(fields.newActors.args.find((a) => a.name === 'since')?.type)).toBe('Date!');
    expect(String(fields.evidence.args.find((a) => a.name === 'predicate')?.type)).toBe('EvidencePredicate!');
    expect(String(fields.shortestPath.args[0].type)).toBe('String!');
  });

  const present = fs.existsSync(SCHEMA) && fs.readFileSync(SCHEMA, 'utf8').includes(SECTION_MARKER);
  (present ? it : it.skip)('is what schema.graphql ends with', () => {
    const text = fs.readFileSync(SCHEMA, 'utf8');
    const head = text.slice(0, text.indexOf(SECTION_MARKER));
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(SCHEMA, head + section);
    expect(fs.readFileSync(SCHEMA, 'utf8').slice(head.length)).toBe(section);
  });
});
