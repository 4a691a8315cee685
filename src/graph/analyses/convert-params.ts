// Parameters arrive as text (CLI `--param key=value`) or as JSON values (tests, scripts).
// They are checked against the analysis header and converted to what Cypher expects;
// integers become Neo4j integers so that LIMIT and range() accept them.
import neo4j from 'neo4j-driver';
import { ErrorCode, NewsgraphError } from '../../errors';
import type { Analysis, AnalysisParam } from './analysis';

/** `["limit=5", "entity=Iran"]` → `{ limit: "5", entity: "Iran" }`. */
export function parseParamPairs(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new NewsgraphError(ErrorCode.ANALYSIS_PARAM_INVALID, `--param "${pair}" is not key=value`, {
        hint: 'write it as --param limit=5 (quote values with spaces: --param "entity=Kataib Hezbollah")',
      });
    }
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return out;
}

/** Every parameter of `analysis`, from `given` or its default, as Cypher parameters. */
export function convertParams(analysis: Analysis, given: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(analysis.params.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw invalid(analysis, `${analysis.name} has no parameter ${unknown.map((k) => `"${k}"`).join(', ')}`);
  }
  const out: Record<string, unknown> = {};
  for (const p of analysis.params) {
    const value = given[p.name] ?? p.default;
    if (value === undefined)
      throw invalid(analysis, `${analysis.name} needs --param ${p.name}=… (${p.description})`);
    out[p.name] = value === null ? null : convertOne(analysis, p, value);
  }
  return out;
}

function convertOne(analysis: Analysis, p: AnalysisParam, value: unknown): unknown {
  const text = String(value).trim();
  const bad = (expected: string) =>
    invalid(analysis, `${p.name}=${JSON.stringify(value)} is not ${expected}`);
  switch (p.type) {
    case 'string':
      return String(value);
    case 'int':
      if (!/^-?\d+$/.test(text)) throw bad('a whole number');
      return neo4j.int(text);
    case 'float':
      if (text === '' || !Number.isFinite(Number(text))) throw bad('a number');
      return Number(text);
    case 'boolean':
      if (['true', '1', 'yes'].includes(text.toLowerCase())) return true;
      if (['false', '0', 'no'].includes(text.toLowerCase())) return false;
      throw bad('true or false');
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
        throw bad('an ISO date such as 2024-02-01');
      return text;
    case 'enum': {
      // Any case on the command line (predicate=attacked); the value as the header spells it.
      const value = p.values?.find((v) => v.toLowerCase() === text.toLowerCase());
      if (value === undefined) throw bad(`one of ${p.values?.join(', ')}`);
      return value;
    }
  }
}

function invalid(analysis: Analysis, message: string): NewsgraphError {
  const usage = analysis.params
    .map((p) => `${p.name}${p.default === undefined ? ' (required)' : `=${JSON.stringify(p.default)}`}`)
    .join(', ');
  return new NewsgraphError(ErrorCode.ANALYSIS_PARAM_INVALID, message, {
    hint: usage ? `parameters of ${analysis.name}: ${usage}` : `${analysis.name} takes no parameters`,
  });
}
