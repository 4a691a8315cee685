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

// A date is GraphQL's Date scalar (@neo4j/graphql's), so "last week" is refused by validation as
// the CLI refuses it; an a|b|c parameter becomes an enum of its own (see enumName).
const PARAM_GRAPHQL: Record<Exclude<AnalysisParam['type'], 'enum'>, string> = {
  string: 'String',
  int: 'Int',
  float: 'Float',
  boolean: 'Boolean',
  date: 'Date',
};

/** The enum type of an a|b|c parameter: TopActorsBy for top-actors' `by`. */
export function enumName(analysis: Analysis, param: AnalysisParam): string {
  const field = fieldName(analysis);
  return `${field[0].toUpperCase()}${field.slice(1)}${param.name[0].toUpperCase()}${param.name.slice(1)}`;
}

function paramType(analysis: Analysis, p: AnalysisParam): string {
  return p.type === 'enum' ? enumName(analysis, p) : PARAM_GRAPHQL[p.type];
}

/** A default as a GraphQL literal: enum values bare, everything else as JSON writes it. */
function defaultLiteral(p: AnalysisParam): string {
  return p.type === 'enum' && typeof p.default === 'string' ? p.default : JSON.stringify(p.default);
}

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
    for (const p of a.params.filter((x) => x.type === 'enum')) {
      lines.push(`"${escapeString(`The values of ${fieldName(a)}'s ${p.name}: ${p.description}`)}"`);
      lines.push(`enum ${enumName(a, p)} {`, ...(p.values ?? []).map((v) => `  ${v}`), '}', '');
    }
    lines.push(`"""${escapeDescription(a.question)}"""`, `type ${rowTypeName(a)} {`);
    for (const c of a.columns)
      lines.push(`  "${escapeString(c.description)}"`, `  ${c.name}: ${COLUMN_GRAPHQL[c.type]}`);
    lines.push('}', '');
  }
  lines.push('"The Cypher analyses of cypher/analyses, one field each (generated)."', 'type Query {');
  for (const a of analyses) {
    const args = a.params.map((p) => {
      const type = paramType(a, p);
      const arg =
        p.default === undefined ? `${p.name}: ${type}!` : `${p.name}: ${type} = ${defaultLiteral(p)}`;
      return [`    "${escapeString(p.description)}"`, `    ${arg}`];
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
