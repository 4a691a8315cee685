// The inputs as given → the files to read, in a stable order: a directory is walked
// recursively in sorted order, skipping dotfiles and files of no known kind; `-` is stdin.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { ErrorCode } from '../errors';
import { kindFromName } from './detect-kind';
import { fileError } from './read-bytes';
import { inputFailure, type InputFailure } from './input-failure';

export type InputFile = { kind: 'file'; path: string } | { kind: 'stdin' };

export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<InputFile | InputFailure> {
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
      yield { kind: 'file', path: input };
      continue;
    }
    let found = 0;
    for await (const entry of walkDirectory(input)) {
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

async function* walkDirectory(dir: string): AsyncGenerator<InputFile | InputFailure> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    yield fileError(dir, error);
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    const stat = await statOf(full);
    if ('code' in stat) yield stat;
    else if (stat.isDirectory()) yield* walkDirectory(full);
    else if (stat.isFile() && kindFromName(name)) yield { kind: 'file', path: full };
  }
}

async function statOf(file: string): Promise<Stats | InputFailure> {
  try {
    return await fs.stat(file);
  } catch (error) {
    return fileError(file, error);
  }
}
