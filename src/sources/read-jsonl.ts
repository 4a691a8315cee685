// JSON Lines: one {"id","title","text","url","published"} per line. A bad line is a failure
// naming `path:line`; the other lines still come through. A .json file holding one such
// object, or an array of them, reads the same way.
import { ErrorCode } from '../errors';
import type { RawArticle } from './make-article';
import { inputFailure, type InputFailure } from './input-failure';

export function readJsonLines(content: string, input: string): Array<RawArticle | InputFailure> {
  const out: Array<RawArticle | InputFailure> = [];
  const lines = content.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const where = `${input}:${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      out.push(inputFailure(where, ErrorCode.INPUT_INVALID, `invalid JSON: ${(error as Error).message}`));
      continue;
    }
    out.push(toRawArticle(record, where, `${input}#${index + 1}`));
  }
  return out;
}

export function readJsonDocument(content: string, input: string): Array<RawArticle | InputFailure> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return [inputFailure(input, ErrorCode.INPUT_INVALID, `invalid JSON: ${(error as Error).message}`)];
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  return records.map((record, index) =>
    Array.isArray(parsed)
      ? toRawArticle(record, `${input}[${index}]`, `${input}#${index + 1}`)
      : toRawArticle(record, input, input),
  );
}

function toRawArticle(record: unknown, where: string, source: string): RawArticle | InputFailure {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return inputFailure(
      where,
      ErrorCode.INPUT_INVALID,
      'expected an object {"id","title","text","url","published"}',
    );
  }
  const r = record as Record<string, unknown>;
  if (typeof r.text !== 'string' || !r.text.trim()) {
    return inputFailure(where, ErrorCode.INPUT_INVALID, 'missing "text" (a non-empty string)');
  }
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
  return {
    id,
    title: optional(r.title),
    text: r.text,
    url: optional(r.url),
    published: optional(r.published),
    source,
  };
}

function optional(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
