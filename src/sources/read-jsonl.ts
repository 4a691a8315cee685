// JSON Lines: one {"id","title","text","url","published"} per line. A bad line is a failure
// naming `path:line`; the other lines still come through. A .json file holding one such
// object, or an array of them, reads the same way.
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import readline from 'node:readline';
import { ErrorCode } from '../errors';
import { fileError, looksBinary, notText, tooLarge } from './read-bytes';
import type { RawArticle } from './make-article';
import { inputFailure, type InputFailure } from './input-failure';

/** JSON Lines already in memory (stdin, or a file whose name did not say). */
export function readJsonLines(content: string, input: string): Array<RawArticle | InputFailure> {
  const out: Array<RawArticle | InputFailure> = [];
  for (const [index, line] of content.split('\n').entries()) {
    const record = parseJsonLine(line, index + 1, input);
    if (record) out.push(record);
  }
  return out;
}

/**
 * A .jsonl file, streamed line by line so that a corpus of any size reads in flat memory:
 * the size limit applies to each record, not to the file.
 */
export async function* streamJsonLinesFile(
  file: string,
  maxRecordBytes: number,
): AsyncGenerator<RawArticle | InputFailure> {
  try {
    const handle = await fs.open(file);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
      if (looksBinary(buffer.subarray(0, bytesRead))) {
        yield notText(file);
        return;
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield fileError(file, error);
    return;
  }
  let lineNumber = 0;
  try {
    for await (const line of readline.createInterface({
      input: createReadStream(file),
      crlfDelay: Infinity,
    })) {
      lineNumber++;
      const bytes = Buffer.byteLength(line);
      const record =
        bytes > maxRecordBytes
          ? tooLarge(`${file}:${lineNumber}`, bytes, maxRecordBytes)
          : parseJsonLine(line, lineNumber, file);
      if (record) yield record;
    }
  } catch (error) {
    yield fileError(lineNumber ? `${file}:${lineNumber + 1}` : file, error);
  }
}

/** One line: a raw article, a failure naming `path:line`, or nothing for a blank line. */
function parseJsonLine(
  line: string,
  lineNumber: number,
  input: string,
): RawArticle | InputFailure | undefined {
  if (!line.trim()) return undefined;
  const where = `${input}:${lineNumber}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return inputFailure(where, ErrorCode.INPUT_INVALID, `invalid JSON: ${(error as Error).message}`);
  }
  return toRawArticle(record, where, `${input}#${lineNumber}`);
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
