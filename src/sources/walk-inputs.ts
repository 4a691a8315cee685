// The inputs as given → the files to read, in a stable order: a directory is walked
// recursively in sorted order, skipping dotfiles and files of no known kind; `-` is stdin.
// Symbolic links are followed, each directory and file once (by its real path), so a link
// that loops back is not walked again. Devices, FIFOs and sockets are refused, not read.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { ErrorCode } from '../errors';
import { kindFromName } from './detect-kind';
import { fileError, notRegular } from './read-bytes';
import { inputFailure, type InputFailure } from './input-failure';

export type InputFile = { kind: 'file'; path: string } | { kind: 'stdin' };

export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<InputFile | InputFailure> {
  const seen = new Set<string>(); // real paths of the directories walked so far
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const stat = await statOf(input);
    if ('code' in stat) {
      yield stat;
      continue;
    }
    if (!stat.isDirectory()) {
      yield stat.isFile() ? { kind: 'file', path: input } : notRegular(input, stat);
      continue;
    }
    let found = 0;
    for await (const entry of walkDirectory(input, seen)) {
      if ('kind' in entry) found++;
      yield entry;
    }
    if (found === 0) {
      yield inputFailure(
        input,
        ErrorCode.INPUT_NOT_FOUND,
        'directory holds no text, Markdown, HTML, JSON, JSON Lines or feed files',
      );
    }
  }
}

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<InputFile | InputFailure> {
  let names: string[];
  try {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await fs.readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    yield fileError(dir, error);
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    const stat = await statOf(full);
    if ('code' in stat) yield stat;
    else if (stat.isDirectory()) yield* walkDirectory(full, seen);
    else if (!kindFromName(name)) continue;
    else if (stat.isFile()) {
      if (await firstVisit(full, seen)) yield { kind: 'file', path: full };
    } else yield notRegular(full, stat);
  }
}

/** A file reached again through a link (a second path to the same file) is read once. */
async function firstVisit(file: string, seen: Set<string>): Promise<boolean> {
  const real = await fs.realpath(file).catch(() => file);
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}

async function statOf(file: string): Promise<Stats | InputFailure> {
  try {
    return await fs.stat(file);
  } catch (error) {
    return fileError(file, error);
  }
}
