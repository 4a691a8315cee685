// One format per run: plain lines for a person at a terminal, JSON lines for everything else.
import { Writable } from 'node:stream';
import { createOutput, outputFormat } from './create-output';

function sink(isTTY = false) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    { isTTY },
  );
  return { stream, text: () => chunks.join('') };
}

it('chooses text only when both streams are terminals, unless LOG_FORMAT says', () => {
  const tty = sink(true).stream;
  const pipe = sink(false).stream;
  expect(outputFormat(undefined, { out: tty, err: tty })).toBe('text');
  expect(outputFormat(undefined, { out: pipe, err: tty })).toBe('json');
  expect(outputFormat(undefined, { out: tty, err: pipe })).toBe('json');
  expect(outputFormat('json', { out: tty, err: tty })).toBe('json');
  expect(outputFormat('text', { out: pipe, err: pipe })).toBe('text');
});

it('writes plain lines in text: progress to stderr, the result to stdout, no JSON', () => {
  const out = sink();
  const err = sink();
  const o = createOutput('text', 'info', { out: out.stream, err: err.stream });
  o.info('Neo4j started at bolt://127.0.0.1:7687 in 3.0 s', { seconds: 3 });
  o.result('Ingested 2 articles in 1.0 s\n  rate: 2.0 articles/s\n', 'ingested', { articles: 2 });
  expect(err.text()).toBe('Neo4j started at bolt://127.0.0.1:7687 in 3.0 s\n');
  expect(out.text()).toBe('Ingested 2 articles in 1.0 s\n  rate: 2.0 articles/s\n');
});

it('writes one JSON object per line in json, results included, fields kept', () => {
  const out = sink();
  const err = sink();
  const o = createOutput('json', 'info', { out: out.stream, err: err.stream });
  o.info('Neo4j started', { seconds: 3 });
  o.result('Ingested 2 articles', 'ingested', { articles: 2 });
  o.error('could not stop cleanly');
  const lines = err
    .text()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toEqual([
    expect.objectContaining({ level: 'info', name: 'newsgraph', msg: 'Neo4j started', seconds: 3 }),
    expect.objectContaining({ level: 'info', msg: 'ingested', articles: 2 }),
    expect.objectContaining({ level: 'error', msg: 'could not stop cleanly' }),
  ]);
  expect(typeof lines[0].time).toBe('string');
  expect(out.text()).toBe('');
});
