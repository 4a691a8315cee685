import fs from 'node:fs';
import { SCHEMA_FILE, cypherStatements } from './migrate';

describe('cypher/schema.cypher', () => {
  const statements = cypherStatements(fs.readFileSync(SCHEMA_FILE, 'utf8'));

  it('is idempotent: every statement creates only if missing', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s).toMatch(/^CREATE .* IF NOT EXISTS/s);
  });

  it('has the unique ids and the full-text index the API queries by name', () => {
    const text = statements.join('\n');
    for (const label of ['Entity', 'Article', 'Fact'])
      expect(text).toMatch(new RegExp(`FOR \\(\\w:${label}\\) REQUIRE \\w\\.id IS UNIQUE`));
    expect(text).toMatch(
      /CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR \(e:Entity\) ON EACH \[e\.name, e\.aliases\]/,
    );
  });
});

describe('cypherStatements', () => {
  it('drops // comment lines and splits on ;', () => {
    expect(
      cypherStatements('// a comment; with a semicolon\nRETURN 1;\n\n  // another\nRETURN 2;\n'),
    ).toEqual(['RETURN 1', 'RETURN 2']);
  });
});
