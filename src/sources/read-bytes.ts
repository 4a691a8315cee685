// Bytes in, checked: files over the size limit, special files and binary data are failures,
// not articles. The size limit is enforced while reading, so a file that grows, or a device
// that never ends (/dev/zero), costs at most the limit. Text is UTF-8, or UTF-16 when a byte
// order mark says so; bytes that are not valid UTF-8 are read as Windows-1252, as old pages are.
import fs from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import { ErrorCode } from '../errors';
import { inputFailure, type InputFailure } from './input-failure';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');
const CHUNK = 64 * 1024;

export async function readFileText(file: string, maxInputBytes: number): Promise<string | InputFailure> {
  let buffer: Buffer;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return notRegular(file, stat);
      if (stat.size > maxInputBytes) return tooLarge(file, stat.size, maxInputBytes);
      const read = await readAtMost(handle, maxInputBytes);
      if (read === undefined) return tooLarge(file, maxInputBytes, maxInputBytes, 'more than');
      buffer = read;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fileError(file, error);
  }
  return decode(buffer, file);
}

/** The file's bytes, or undefined when there are more than max (only max + 1 are ever read). */
async function readAtMost(handle: fs.FileHandle, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(CHUNK, max + 1 - size));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, size);
    chunks.push(chunk.subarray(0, bytesRead));
    size += bytesRead;
    if (size > max) return undefined;
  }
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

/** The encoding a byte order mark announces, if the buffer starts with one. */
export function bomEncoding(start: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8';
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decode(buffer: Buffer, input: string): string | InputFailure {
  const bom = bomEncoding(buffer);
  // UTF-16 is full of NUL bytes: its mark is read before the binary check.
  if (bom === 'utf-16le' || bom === 'utf-16be') return new TextDecoder(bom).decode(buffer);
  if (looksBinary(buffer)) return notText(input);
  try {
    return utf8.decode(buffer); // drops a UTF-8 byte order mark
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

/** Devices, FIFOs and sockets are refused: they may never end, or never answer. */
export function notRegular(input: string, stat: Stats): InputFailure {
  const what = stat.isFIFO()
    ? 'a FIFO'
    : stat.isCharacterDevice() || stat.isBlockDevice()
      ? 'a device'
      : stat.isSocket()
        ? 'a socket'
        : 'a special file';
  return inputFailure(input, ErrorCode.INPUT_UNREADABLE, `not a regular file (${what})`);
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
  if (code === 'ELOOP') return inputFailure(file, ErrorCode.INPUT_UNREADABLE, 'a symbolic link loop');
  return inputFailure(file, ErrorCode.INPUT_UNREADABLE, `cannot read: ${(error as Error).message}`);
}
