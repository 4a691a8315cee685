// Which reader an input needs: by its file extension, else by a look at its first bytes
// (stdin and unknown extensions).
import path from 'node:path';

export type SourceKind = 'text' | 'markdown' | 'html' | 'jsonl' | 'json' | 'feed';

const BY_EXTENSION: Record<string, SourceKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The kind a file's name promises, if any: directories are walked for these files only. */
export function kindFromName(file: string): SourceKind | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}

/** The kind of a text whose name says nothing. */
export function sniffKind(text: string): SourceKind {
  const head = text.slice(0, 2048).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (/^(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<p\b|<div\b)/i.test(head)) return 'html';
  const lines = text.split('\n').filter((line) => line.trim());
  if (lines.length > 0 && lines.every((line) => line.trimStart().startsWith('{'))) return 'jsonl';
  if (head.startsWith('[') || head.startsWith('{')) return 'json';
  return 'text';
}
