// Bytes in, checked: files over the size limit and binary data are failures, not articles.
// Text is UTF-8; bytes that are not valid UTF-8 are read as Windows-1252, as old pages are.
import fs from 'node:fs/promises';
import { ErrorCode } from '../errors';
import { inputFailure, type InputFailure } from './input-failure';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

export async function readFileText(file: string, maxInputBytes: number): Promise<string | InputFailure> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxInputBytes) return tooLarge(file, stat.size, maxInputBytes);
    buffer = await fs.readFile(file);
  } catch (error) {
    return fileError(file, error);
  }
  return decode(buffer, file);
}

export async function readStreamText(
  stream: NodeJS.ReadableStream,
  input: string,
  maxInputBytes: number,
): Promise<string | InputFailure> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxInputBytes) return tooLarge(input, size, maxInputBytes, 'more than');
      chunks.push(buffer);
    }
  } catch (error) {
    return inputFailure(input, ErrorCode.INPUT_UNREADABLE, `cannot read: ${(error as Error).message}`);
  }
  return decode(Buffer.concat(chunks), input);
}

export function decode(buffer: Buffer, input: string): string | InputFailure {
  // NUL bytes do not occur in text: an image, a PDF or an archive was given.
  if (buffer.subarray(0, 8192).includes(0))
    return inputFailure(input, ErrorCode.INPUT_INVALID, 'not text (binary data)');
  try {
    return utf8.decode(buffer);
  } catch {
    return windows1252.decode(buffer);
  }
}

/** NUL bytes do not occur in text: an image, a PDF or an archive was given. */
export function looksBinary(start: Buffer): boolean {
  return start.subarray(0, 8192).includes(0);
}

export function notText(input: string): InputFailure {
  return inputFailure(input, ErrorCode.INPUT_INVALID, 'not text (binary data)');
}

export function tooLarge(input: string, size: number, max: number, qualifier = ''): InputFailure {
  const message = `too large: ${qualifier ? qualifier + ' ' : ''}${size} bytes, the limit is ${max} (NEWSGRAPH_MAX_INPUT_BYTES)`;
  return inputFailure(input, ErrorCode.INPUT_TOO_LARGE, message);
}

export function fileError(file: string, error: unknown): InputFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return inputFailure(file, ErrorCode.INPUT_NOT_FOUND, 'no such file or directory');
  if (code === 'EISDIR') return inputFailure(file, ErrorCode.INPUT_UNREADABLE, 'is a directory');
  if (code === 'EACCES' || code === 'EPERM')
    return inputFailure(file, ErrorCode.INPUT_UNREADABLE, 'permission denied');
  return inputFailure(file, ErrorCode.INPUT_UNREADABLE, `cannot read: ${(error as Error).message}`);
}
