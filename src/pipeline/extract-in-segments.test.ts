// A long article extracted in segments gives what extracting it whole gives: the same
// relations at the same offsets, and each entity once with its mentions summed.
import type { Article } from '../model';
import { extractArticle } from '../extract';
import { extractInSegments, segmentOffsets } from './extract-in-segments';

const PARAGRAPHS = [
  'The army of Freedonia attacked Sylvania on Monday, officials in Geneva said.',
  'Britain condemned the strikes and called for talks.',
  'France supported Germany in the negotiations on Tuesday.',
];

function article(paragraphs: number): Article {
  const text = Array.from({ length: paragraphs }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n');
  return { id: 'long', title: 'Long', text, source: 'memory' };
}

test('segments cover the text, cut between paragraphs, none over the limit', () => {
  const { text } = article(60);
  const segments = segmentOffsets(text, 500);
  expect(segments.length).toBeGreaterThan(5);
  for (const [start, end] of segments) {
    expect(end - start).toBeLessThanOrEqual(500);
    expect(text.slice(start, end)).toMatch(/^\S[\s\S]*\S$/);
  }
  expect(segments.map(([s, e]) => text.slice(s, e)).join('\n\n')).toBe(text);
});

test('a text with no break to cut at is cut at the limit', () => {
  expect(segmentOffsets('x'.repeat(25), 10)).toEqual([
    [0, 10],
    [10, 20],
    [20, 25],
  ]);
});

test('extracted in segments, an article gives the relations and entities of one extraction', async () => {
  const long = article(60);
  const whole = extractArticle(long);
  const segmented = await extractInSegments(long, async (a) => extractArticle(a), 500);
  expect(whole.relations.length).toBeGreaterThan(0);
  expect(segmented.article).toBe(long);
  expect(segmented.relations).toEqual(whole.relations);
  for (const r of segmented.relations) expect(long.text.slice(r.start, r.end)).toBe(r.sentence);
  const byId = (xs: typeof whole.entities) =>
    Object.fromEntries(xs.map((e) => [e.id, { mentions: e.mentionCount, aliases: [...e.aliases].sort() }]));
  expect(byId(segmented.entities)).toEqual(byId(whole.entities));
});

test('an article under the limit is extracted once, as it is', async () => {
  const short = article(3);
  let calls = 0;
  const x = await extractInSegments(short, async (a) => (calls++, extractArticle(a)));
  expect(calls).toBe(1);
  expect(x).toEqual(extractArticle(short));
});
