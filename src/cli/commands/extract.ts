// `newsgraph extract <inputs…> [--format json|table] [--workers n]`: articles in, entities
// and relations out, no database. JSON is streamed one document at a time, in the shape
// ../shared/eval/score.mjs reads; bad inputs go to `err`, one line each, and are returned.
import { once } from 'node:events';
import Table from 'cli-table3';
import type { Extraction } from '../../model';
import type { RelationEngine } from '../../extract';
import { readArticles, type InputFailure } from '../../sources';
// The pool module itself, not the pipeline's front door: that one also loads ingest, the graph
// writer and neo4j-driver (~0.4 s of start-up), and extract touches no database.
import { extractInWorkers } from '../../pipeline/extract-pool';

export type { InputFailure };

export interface ExtractCommandOptions {
  inputs: string[];
  format: 'json' | 'table';
  /** Worker threads (default: one per core; 0 or 1 extracts in this thread). */
  workers?: number;
  /** Which engine reads the acts (default: the frame engine). */
  relations?: RelationEngine;
  maxInputBytes: number;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** What `-` reads (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** One document of the CLI contract. */
export interface ExtractedDocument {
  id: string;
  title: string;
  entities: Array<{ id: string; name: string; type: string; category?: string; aliases: string[] }>;
  relations: Array<{
    subject: string;
    predicate: string;
    object: string;
    sentence: string;
    start: number;
    end: number;
    confidence: number;
    /** Why it was read: the frame or rule, e.g. "frame:verb:strike". */
    reason: string;
  }>;
}

export async function extractCommand(
  o: ExtractCommandOptions,
): Promise<{ documents: number; failures: InputFailure[] }> {
  const failures: InputFailure[] = [];
  const onFailure = (failure: InputFailure) => {
    failures.push(failure);
    o.err.write(`newsgraph: ${failure.input}: ${failure.message} [${failure.code}]\n`);
  };
  const articles = readArticles(o.inputs, { maxInputBytes: o.maxInputBytes, stdin: o.stdin, onFailure });
  const writer = o.format === 'json' ? jsonWriter(o.out) : tableWriter(o.out);
  // A reader that stops early (`| head`) closes the pipe: stop extracting, quietly.
  let outError: NodeJS.ErrnoException | undefined;
  const onOutError = (error: NodeJS.ErrnoException) => (outError = error);
  o.out.on('error', onOutError);
  let documents = 0;
  try {
    for await (const extraction of extractInWorkers(articles, {
      workers: o.workers,
      relations: o.relations,
      onFailure,
    })) {
      await writer.write(toDocument(extraction));
      documents++;
      if (outError) break;
    }
    if (!outError) await writer.end(documents);
  } catch (error) {
    if (!outError) throw error;
  } finally {
    o.out.off('error', onOutError);
  }
  if (outError && outError.code !== 'EPIPE') throw outError;
  return { documents, failures };
}

/** An Extraction as the CLI contract prints it: names for subject and object, no internals. */
export function toDocument({ article, entities, relations }: Extraction): ExtractedDocument {
  return {
    id: article.id,
    title: article.title,
    entities: entities.map(({ id, name, type, category, aliases }) => ({
      id,
      name,
      type,
      category,
      aliases,
    })),
    relations: relations.map(({ subject, predicate, object, sentence, start, end, confidence, reason }) => ({
      subject,
      predicate,
      object,
      sentence,
      start,
      end,
      confidence,
      reason,
    })),
  };
}

interface DocumentWriter {
  write(document: ExtractedDocument): Promise<void>;
  end(documents: number): Promise<void>;
}

/** `{"documents":[` … `]}`, written as each document is ready, waiting for `drain` when told to. */
function jsonWriter(out: NodeJS.WritableStream): DocumentWriter {
  let first = true;
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  return {
    async write(document) {
      await write((first ? '{"documents":[\n' : ',\n') + JSON.stringify(document));
      first = false;
    },
    async end() {
      await write(first ? '{"documents":[]}\n' : '\n]}\n');
    },
  };
}

/** Compact tables (no rule between rows); colours only on a terminal. */
function tableStyle(out: NodeJS.WritableStream) {
  const tty = (out as { isTTY?: boolean }).isTTY === true;
  return {
    wordWrap: true,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: tty ? {} : { head: [], border: [] },
  };
}

/** For people: per document, its entities and its relations with their evidence. */
function tableWriter(out: NodeJS.WritableStream): DocumentWriter {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  return {
    async write(d) {
      const entities = new Table({
        ...tableStyle(out),
        head: ['entity', 'type', 'aliases'],
        colWidths: [28, 30, 40],
      });
      for (const e of d.entities) {
        const aliases = e.aliases.filter((a) => a !== e.name).join(', ');
        entities.push([e.name, e.category ? `${e.type} (${e.category})` : e.type, aliases]);
      }
      const relations = new Table({
        ...tableStyle(out),
        head: ['subject', 'predicate', 'object', 'conf.', 'evidence'],
        colWidths: [22, 12, 22, 7, 60],
      });
      for (const r of d.relations)
        relations.push([r.subject, r.predicate, r.object, r.confidence.toFixed(2), r.sentence]);
      const heading = `${d.title}  [${d.id}]\n${d.entities.length} entities, ${d.relations.length} relations\n`;
      await write(
        heading +
          (d.entities.length ? entities.toString() + '\n' : '') +
          (d.relations.length ? relations.toString() + '\n' : '') +
          '\n',
      );
    },
    async end(documents) {
      await write(`${documents} document${documents === 1 ? '' : 's'}\n`);
    },
  };
}
