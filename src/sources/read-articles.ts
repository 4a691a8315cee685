// Inputs (files, directories, `-` for stdin) → articles, one at a time and in input order.
// A bad input is handed to onFailure and skipped; the rest goes on.
import type { Article } from '../model';
import { ErrorCode } from '../errors';
import { walkInputs } from './walk-inputs';
import { readFileText, readStreamText } from './read-bytes';
import { kindFromName, sniffKind, type SourceKind } from './detect-kind';
import { readPlainText, readMarkdown } from './read-plain-text';
import { readHtml } from './read-html';
import { readJsonLines, readJsonDocument, streamJsonLinesFile } from './read-jsonl';
import { readFeed } from './read-feed';
import { makeArticle, type RawArticle } from './make-article';
import { inputFailure, type InputFailure, type OnInputFailure } from './input-failure';

/** The default of NEWSGRAPH_MAX_INPUT_BYTES, for callers without a Config. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface ReadArticlesOptions {
  /** Called once for every input (or JSON Lines record, or feed item) that gives no article. */
  onFailure: OnInputFailure;
  /** Larger files are failures (config.ingest.maxInputBytes). */
  maxInputBytes?: number;
  /** What `-` reads; process.stdin unless given. */
  stdin?: NodeJS.ReadableStream;
}

export async function* readArticles(
  inputs: readonly string[],
  options: ReadArticlesOptions,
): AsyncGenerator<Article> {
  const { onFailure, maxInputBytes = DEFAULT_MAX_INPUT_BYTES, stdin = process.stdin } = options;
  for await (const file of walkInputs(inputs)) {
    if (!('kind' in file)) {
      onFailure(file);
      continue;
    }
    const name = file.kind === 'stdin' ? 'stdin' : file.path;
    const raws =
      file.kind === 'file' && kindFromName(name) === 'jsonl'
        ? streamJsonLinesFile(name, maxInputBytes)
        : readWhole(
            file.kind === 'stdin'
              ? readStreamText(stdin, name, maxInputBytes)
              : readFileText(name, maxInputBytes),
            name,
          );
    for await (const raw of raws) {
      if ('code' in raw) {
        onFailure(raw);
        continue;
      }
      const made = makeArticle(raw);
      if ('code' in made) {
        onFailure(made);
        continue;
      }
      // What was left out of an article that is still read: reported like a failure, so
      // the run ends with PARTIAL and the user sees what the graph does not hold.
      for (const note of made.notes) onFailure(inputFailure(raw.source, ErrorCode.INPUT_INVALID, note));
      yield made.article;
    }
  }
}

/** A file or stdin read whole, its kind from its name or else from its content. */
async function* readWhole(
  reading: Promise<string | InputFailure>,
  name: string,
): AsyncGenerator<RawArticle | InputFailure> {
  const content = await reading;
  if (typeof content !== 'string') {
    yield content;
    return;
  }
  const kind = kindFromName(name) ?? sniffKind(content);
  let raws: Array<RawArticle | InputFailure>;
  try {
    raws = await parse(kind, content, name);
  } catch (error) {
    // A parser library tripping over odd input costs this input only, never the run.
    raws = [
      inputFailure(name, ErrorCode.INPUT_INVALID, `cannot read as ${kind}: ${(error as Error).message}`),
    ];
  }
  yield* raws;
}

async function parse(
  kind: SourceKind,
  content: string,
  name: string,
): Promise<Array<RawArticle | InputFailure>> {
  switch (kind) {
    case 'text':
      return [readPlainText(content, name)];
    case 'markdown':
      return [readMarkdown(content, name)];
    case 'html':
      return [readHtml(content, name)];
    case 'jsonl':
      return readJsonLines(content, name);
    case 'json':
      return readJsonDocument(content, name);
    case 'feed':
      return readFeed(content, name);
  }
}
