// Generates the analyses' part of schema.graphql from the .cypher files, so the GraphQL API
// and the CLI run the very same queries. Each analysis becomes one Query field (camelCase of
// its name) returning a list of `<Name>Row`; the statement wraps the file's query and returns
// each row as a map, because @neo4j/graphql reads a single column from a @cypher statement.
import type { Analysis, AnalysisParam, ColumnType } from './analysis';

export const SECTION_MARKER = '# ---- Analyses (owned by the analyses helper) ----';

const COLUMN_GRAPHQL: Record<ColumnType, string> = {
  string: 'String',
  int: 'Int',
  float: 'Float',
  boolean: 'Boolean',
  'string[]': '[String]',
  'int[]': '[Int]',
  'float[]': '[Float]',
};

const PARAM_GRAPHQL: Record<AnalysisParam['type'], string> = {
  string: 'String',
  int: 'Int',
  float: 'Float',
  boolean: 'Boolean',
  date: 'String',
  enum: 'String',
};

export function fieldName(analysis: Analysis): string {
  return analysis.name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

export function rowTypeName(analysis: Analysis): string {
  const camel = fieldName(analysis);
  return `${camel[0].toUpperCase()}${camel.slice(1)}Row`;
}

/** The text that follows SECTION_MARKER at the end of schema.graphql. */
export function renderGraphqlSection(analyses: Analysis[]): string {
  const lines = [
    SECTION_MARKER,
    '# Generated from cypher/analyses/*.cypher: edit those files, then regenerate this section with',
    '#   UPDATE_SCHEMA=1 npx jest src/graph/analyses/graphql-section.test.ts',
    '',
  ];
  for (const a of analyses) {
    lines.push(`"""${escapeDescription(a.question)}"""`, `type ${rowTypeName(a)} {`);
    for (const c of a.columns)
      lines.push(`  "${escapeString(c.description)}"`, `  ${c.name}: ${COLUMN_GRAPHQL[c.type]}`);
    lines.push('}', '');
  }
  lines.push('type Query {');
  for (const a of analyses) {
    const args = a.params.map((p) => {
      const type = PARAM_GRAPHQL[p.type];
      const arg =
        p.default === undefined ? `${p.name}: ${type}!` : `${p.name}: ${type} = ${JSON.stringify(p.default)}`;
      const values = p.values ? ` (${p.values.join(', ')})` : '';
      return [`    "${escapeString(p.description + values)}"`, `    ${arg}`];
    });
    lines.push(
      `  """${escapeDescription(a.question)}"""`,
      args.length
        ? [`  ${fieldName(a)}(`, ...args.flat(), `  ): [${rowTypeName(a)}!]!`].join('\n')
        : `  ${fieldName(a)}: [${rowTypeName(a)}!]!`,
      '    @cypher(',
      '      statement: """',
      ...statement(a).map((l) => (l ? `      ${l}` : '')),
      '      """',
      '      columnName: "row"',
      '    )',
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

function statement(a: Analysis): string[] {
  const body = a.cypher
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
  const row = a.columns.map((c) => `${c.name}: ${c.name}`).join(', ');
  return ['CALL {', ...body.map((l) => `  ${l}`), '}', `RETURN {${row}} AS row`];
}

function escapeDescription(text: string): string {
  return text.replace(/"""/g, '\\"""');
}

function escapeString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
