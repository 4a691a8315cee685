// Runs one analysis in a read transaction, so an analysis can never change the graph (and a
// cluster can route it to a follower), with a transaction timeout, so that no parameter can
// hold Neo4j for hours; returns plain rows: Neo4j integers become numbers and temporal
// values ISO strings.
import neo4j, { type Driver } from 'neo4j-driver';
import { ErrorCode, NewsgraphError } from '../../errors';
import { toNewsgraphError, type ErrorContext } from '../connect';
import type { Analysis } from './analysis';
import { convertParams } from './convert-params';

export type Row = Record<string, unknown>;

export interface RunAnalysisOptions {
  driver: Driver;
  analysis: Analysis;
  /** Raw values (text or JSON); checked and converted against the header. */
  params?: Record<string, unknown>;
  database?: string;
  /** Where the driver points, for the message when Neo4j is unreachable or refuses the login. */
  errorContext?: ErrorContext;
  /** Neo4j stops the query after this many ms (config.neo4j.queryTimeoutMs; its default is the same). */
  timeoutMs?: number;
}

/** The default of NEWSGRAPH_QUERY_TIMEOUT_MS (src/config), which graph may not import. */
export const ANALYSIS_TIMEOUT_MS = 10_000;

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export interface AnalysisResult {
  columns: string[];
  rows: Row[];
}

export async function runAnalysis({
  driver,
  analysis,
  params = {},
  database,
  errorContext = { uri: 'its configured address', local: false },
  timeoutMs = ANALYSIS_TIMEOUT_MS,
}: RunAnalysisOptions): Promise<AnalysisResult> {
  const cypherParams = convertParams(analysis, params);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(analysis.cypher, cypherParams), {
      timeout: timeoutMs,
    });
    const rows = result.records.map((r) =>
      Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])),
    );
    return { columns: analysis.columns.map((c) => c.name), rows };
  } catch (error) {
    // Connection and login failures read as everywhere else; only a failing query is the analysis' own.
    const mapped = toNewsgraphError(error, errorContext);
    if (mapped.code !== ErrorCode.DB_QUERY_FAILED || error instanceof NewsgraphError) throw mapped;
    const message = (error as Error)?.message ?? String(error);
    if (TIMEOUT_CODES.has(String((error as { code?: unknown })?.code))) {
      throw new NewsgraphError(
        ErrorCode.DB_QUERY_FAILED,
        `Analysis ${analysis.name} ran past its time limit of ${timeoutMs} ms and was stopped`,
        { hint: 'narrow it with its parameters, or raise NEWSGRAPH_QUERY_TIMEOUT_MS', cause: error },
      );
    }
    throw new NewsgraphError(ErrorCode.DB_QUERY_FAILED, `Analysis ${analysis.name} failed: ${message}`, {
      hint: message.includes('apoc')
        ? 'this analysis needs the APOC core plugin in Neo4j'
        : `check ${analysis.file}`,
      cause: error,
    });
  } finally {
    await session.close();
  }
}

/** Neo4j values → JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return value.toString();
  if (typeof value === 'object') {
    const v = value as { properties?: Record<string, unknown>; labels?: string[] };
    if (v.properties && v.labels) return toPlain(v.properties);
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, toPlain(x)]),
    );
  }
  return value;
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}
