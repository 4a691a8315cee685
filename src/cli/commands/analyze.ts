// `newsgraph analyze <name>`: runs one Cypher analysis of cypher/analyses and prints its rows
// as a table, JSON or CSV; `--list` prints the catalogue. Returns what it printed, for tests.
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { Config } from '../../config';
import { ErrorCode, NewsgraphError, UnreachableCaseError } from '../../errors';
import {
  connect,
  errorContext,
  findAnalysis,
  loadAnalyses,
  parseParamPairs,
  runAnalysis,
  type Analysis,
  type AnalysisResult,
  type Driver,
} from '../../graph';

export type AnalyzeFormat = 'table' | 'json' | 'csv';

export interface AnalyzeCommandOptions {
  name?: string;
  list: boolean;
  /** `key=value` pairs from `--param`. */
  params: string[];
  format: AnalyzeFormat;
  config: Config;
  out: NodeJS.WritableStream;
  /** A driver to use instead of opening one from config (tests); left open. */
  driver?: Driver;
}

export type AnalyzeCommandResult =
  { kind: 'list'; analyses: Analysis[] } | ({ kind: 'rows'; analysis: Analysis } & AnalysisResult);

/** Longest cell text in a table; JSON and CSV always carry the full text. */
const TABLE_CELL_MAX = 80;

export async function analyzeCommand(o: AnalyzeCommandOptions): Promise<AnalyzeCommandResult> {
  if (o.list) {
    const analyses = loadAnalyses();
    o.out.write(renderList(analyses, o.format, isTTY(o.out)));
    return { kind: 'list', analyses };
  }
  if (!o.name) {
    throw new NewsgraphError(ErrorCode.USAGE, 'Which analysis? Give its name', {
      hint: 'newsgraph analyze --list shows them, e.g. newsgraph analyze who-attacked-whom',
    });
  }
  const analysis = findAnalysis(o.name);
  const params = parseParamPairs(o.params);
  const driver = o.driver ?? (await connect(o.config));
  try {
    const result = await runAnalysis({
      driver,
      analysis,
      params,
      database: o.config.neo4j.database,
      errorContext: errorContext(o.config),
      timeoutMs: o.config.neo4j.queryTimeoutMs,
    });
    o.out.write(renderRows(result, o.format, isTTY(o.out)));
    return { kind: 'rows', analysis, ...result };
  } finally {
    if (!o.driver) await driver.close();
  }
}

export function renderRows({ columns, rows }: AnalysisResult, format: AnalyzeFormat, colour = false): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'csv':
      return stringify(
        rows.map((r) => columns.map((c) => cellText(r[c]))),
        { header: true, columns },
      );
    case 'table': {
      if (rows.length === 0) return '(no rows)\n';
      const table = new Table({ head: columns, wordWrap: true, style: tableStyle(colour) });
      for (const r of rows) table.push(columns.map((c) => truncate(cellText(r[c]), TABLE_CELL_MAX)));
      return `${table.toString()}\n${rows.length} row${rows.length === 1 ? '' : 's'}\n`;
    }
    default:
      throw new UnreachableCaseError(format);
  }
}

function renderList(analyses: Analysis[], format: AnalyzeFormat, colour: boolean): string {
  const rows = analyses.map((a) => ({
    name: a.name,
    question: a.question,
    params: a.params.map((p) =>
      p.default === undefined ? `${p.name} (required)` : `${p.name}=${JSON.stringify(p.default)}`,
    ),
    columns: a.columns.map((c) => c.name),
  }));
  if (format !== 'table')
    return renderRows({ columns: ['name', 'question', 'params', 'columns'], rows }, format);
  const table = new Table({
    head: ['name', 'question', 'params'],
    colWidths: [20, 62, 34],
    wordWrap: true,
    style: tableStyle(colour),
  });
  for (const r of rows) table.push([r.name, r.question, r.params.join('\n')]);
  return `${table.toString()}\nRun one: newsgraph analyze <name> [--param key=value …] [--format table|json|csv]\n`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** cli-table3 colours by default; only a terminal should get escape codes. */
function tableStyle(colour: boolean): { head: string[]; border: string[] } {
  return colour ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] };
}

function isTTY(out: NodeJS.WritableStream): boolean {
  return (out as { isTTY?: boolean }).isTTY === true;
}
