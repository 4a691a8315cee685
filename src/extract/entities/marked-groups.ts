// Groups the article itself calls by a referring word, beside their name: "M23 rebels", "the rebel
// New Forces", "the rebel coalition X", "X, a rebel group". "the rebels" later stands for the one
// group so marked (../entities/coreference.ts); a group only fighting, or an army, is not marked.
import type { Draft } from './registry';

interface Placed {
  draft: Draft;
  start: number;
  end: number;
}

/**
 * The word before the name, with an optional group noun between: "the rebel (coalition) X"; the
 * group noun may stand in apposition ("the rebel group, the X"), and the plural may name its band
 * ("rebels known as the X", round 34).
 */
const BEFORE = (word: string): RegExp =>
  new RegExp(
    `\\b${word}s?\\s+(?:(?:group|movement|coalition|alliance|faction|army)\\s*,?\\s*)?(?:the\\s+)?$|` +
      `\\b${word}s\\s+(?:known\\s+as|calling\\s+themselves)\\s+(?:the\\s+)?$`,
    'i',
  );
/** The word after the name, or an apposition: "X rebels", "X, a rebel group". */
const AFTER = (word: string): RegExp =>
  new RegExp(
    `^(?:['’]s?)?\\s+${word}s?\\b(?!['’]?\\s*(?:leader|chief|commander|spokes))|^,\\s+(?:a|the)\\s+${word}\\s`,
    'i',
  );

/** BEFORE and AFTER by word, built once rather than for every name of every article. */
const TESTS = new Map<string, { before: RegExp; after: RegExp }>();
const testsOf = (word: string) => {
  let tests = TESTS.get(word);
  if (!tests) TESTS.set(word, (tests = { before: BEFORE(word), after: AFTER(word) }));
  return tests;
};

/** Each organisation the article marks with `word` beside one of its names, once, in order. */
export function groupsMarkedAs(named: readonly Placed[], text: string, word: string): Draft[] {
  const out: Draft[] = [];
  const { before, after } = testsOf(word);
  for (const n of named) {
    if (n.draft.type !== 'Organization' || out.includes(n.draft)) continue;
    const lead = text.slice(Math.max(0, n.start - 40), n.start);
    const tail = text.slice(n.end, n.end + 30);
    if (before.test(lead) || after.test(tail)) out.push(n.draft);
  }
  return out;
}
