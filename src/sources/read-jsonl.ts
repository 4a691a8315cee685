// JSON Lines: one {"id","title","text","url","published"} per line. A bad line is a failure
// naming `path:line`; the other lines still come through. A .json file holding one such
// object, or an array of them, reads the same way.
import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import { ErrorCode } from '../errors';
import { bomEncoding, fileError, looksBinary, notRegular, notText, tooLarge } from './read-bytes';
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
 * A .jsonl file, streamed in chunks so that a corpus of any size reads in flat memory: the
 * size limit applies to each record, while it is read (a record over it is skipped to its
 * end, never held whole). A bad record (invalid JSON, a NUL byte, too large) costs that
 * record only. A file with NUL bytes and no readable record in its first 8 KB is binary
 * data; one with a UTF-16 byte order mark is read as UTF-16; an empty one is reported.
 */
export async function* streamJsonLinesFile(
  file: string,
  maxRecordBytes: number,
): AsyncGenerator<RawArticle | InputFailure> {
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    yield fileError(file, error);
    return;
  }
  let lineNumber = 0;
  let records = 0;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      yield notRegular(file, stat);
      return;
    }
    const head = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    const encoding = bomEncoding(start) ?? 'utf-8';
    if (encoding === 'utf-8' && looksBinary(start) && !holdsARecord(start)) {
      yield notText(file);
      return;
    }
    const decoder = new TextDecoder(encoding);
    for await (const line of boundedLines(handle, decoder, maxRecordBytes)) {
      lineNumber++;
      const where = `${file}:${lineNumber}`;
      const record =
        line.tooLarge !== undefined
          ? tooLarge(where, line.tooLarge, maxRecordBytes)
          : line.text.includes('\0')
            ? inputFailure(where, ErrorCode.INPUT_INVALID, 'not text (a NUL byte)')
            : parseJsonLine(line.text, lineNumber, file);
      if (record) {
        records++;
        yield record;
      }
    }
  } catch (error) {
    yield fileError(lineNumber ? `${file}:${lineNumber + 1}` : file, error);
    return;
  } finally {
    await handle.close();
  }
  if (records === 0)
    yield inputFailure(file, ErrorCode.INPUT_INVALID, 'no records (an empty JSON Lines file)');
}

type Line = { text: string; tooLarge?: undefined } | { text?: undefined; tooLarge: number };

/** Lines of a file, each either whole or, over the limit, only its size (its text dropped). */
async function* boundedLines(
  handle: fs.FileHandle,
  decoder: TextDecoder,
  maxBytes: number,
): AsyncGenerator<Line> {
  const chunk = Buffer.alloc(64 * 1024);
  let parts: string[] = [];
  let bytes = 0; // of the current line, counted as UTF-8
  let over = false;
  const add = (text: string) => {
    bytes += Buffer.byteLength(text);
    if (bytes > maxBytes) {
      over = true;
      parts = [];
    } else parts.push(text);
  };
  const end = (): Line => {
    const line: Line = over ? { tooLarge: bytes } : { text: parts.join('') };
    parts = [];
    bytes = 0;
    over = false;
    return line;
  };
  for (let position = 0; ;) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    position += bytesRead;
    const text = decoder.decode(chunk.subarray(0, bytesRead), { stream: bytesRead > 0 });
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      add(text.slice(from, at).replace(/\r$/, ''));
      yield end();
      from = at + 1;
    }
    add(text.slice(from));
    if (bytesRead === 0) break;
  }
  if (bytes > 0 || over) yield end();
}

/** Whether any whole line of the file's start reads as a JSON object: then a NUL is one bad record. */
function holdsARecord(start: Buffer): boolean {
  return start
    .toString('utf8')
    .split('\n')
    .slice(0, -1)
    .some((line) => !line.includes('\0') && /^\s*\{/.test(line) && parses(line));
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
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
