// "government troops", "government forces": the word "government" standing, like a demonym, for
// the state whose forces they are. Read by ./coreference.ts, which finds that state.
import {
  BARE_STATE_BODIES,
  BODY_STANCE_VERBS,
  BEFORE_BODY_STANCE,
  GOVERNMENT_FORCE_NOUNS,
  NOT_THE_STATES_BODY,
} from '../lexicon/coref-words';
import type { Token } from './tokens';

/**
 * "government" at tokens[i], in lower case (or opening the sentence), before a force noun, and not
 * after a name or a possessive that says whose government it is ("Malian government troops",
 * "Peru's government forces" name their own state). "pro-government" and "anti-government" are
 * one token each and never read: those forces fight for or against the state, they are not it.
 */
export function governmentForceAt(
  tokens: readonly Token[],
  i: number,
  named: (t: Token) => boolean,
): boolean {
  const [t, noun, prev] = [tokens[i], tokens[i + 1], tokens[i - 1]];
  if (t.norm !== 'government' || (t.cap && !t.initial)) return false;
  if (!noun || noun.cap || !GOVERNMENT_FORCE_NOUNS.has(noun.norm)) return false;
  return !prev || !(prev.cap || prev.possessive || named(prev));
}

/**
 * The country the article names most: at least twice and more often than any other. "government
 * troops" far from any country named is the state the story is about.
 */
export function leadingCountry<T extends { draft: { type: string } }>(
  named: readonly T[],
): T['draft'] | undefined {
  const counts = new Map<T['draft'], number>();
  for (const n of named) if (n.draft.type === 'Country') counts.set(n.draft, (counts.get(n.draft) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && (!second || second[1] < top[1]) ? top[0] : undefined;
}

/**
 * The word before a bare state word that makes it someone else's: a capitalised word or name, a
 * possessive, a word of another side ("rebel"), a hyphened modifier ("pro-government").
 */
export function ownedByWordBefore(prev: Token | undefined, named: (t: Token) => boolean): boolean {
  return (
    !!prev &&
    !prev.punct &&
    ((prev.cap && !prev.initial) ||
      prev.possessive ||
      named(prev) ||
      NOT_THE_STATES_BODY.has(prev.norm) ||
      /-/.test(prev.norm))
  );
}

/**
 * "Police blame the bombing on X", "blamed by authorities", "The authorities have accused X": a
 * body of the state written with no owner, as the one who blames, accuses or warns. The number of
 * tokens from tokens[i] to the body's end (an optional "the", then the body), or 0 when it is no
 * such body: a name, demonym, possessive, hyphenated word or word of another owner before it
 * ("Kabul police", "their police", "rebel police", "Hamas-run police"), or no verb of blame,
 * accusation or warning after it (up to three auxiliaries or adverbs between: "authorities in
 * Lima blamed" has a place between) nor before its "by" ("blamed by police").
 */
export function bareStateBodyAt(tokens: readonly Token[], i: number, named: (t: Token) => boolean): number {
  const start = tokens[i]?.norm === 'the' ? i + 1 : i;
  const t = tokens[start];
  if (!t || (t.cap && !t.initial)) return 0;
  const two = `${t.norm} ${tokens[start + 1]?.norm ?? ''}`;
  const length =
    BARE_STATE_BODIES.has(two) && !tokens[start + 1].cap ? 2 : BARE_STATE_BODIES.has(t.norm) ? 1 : 0;
  if (!length || named(t)) return 0;
  const prev = tokens[i - 1];
  if (ownedByWordBefore(prev, named)) return 0;
  const byAgent = prev?.norm === 'by' && BODY_STANCE_VERBS.has(tokens[i - 2]?.norm ?? '');
  let k = start + length;
  while (k < tokens.length && k - start - length < 3 && BEFORE_BODY_STANCE.has(tokens[k].norm)) k++;
  const stance = !!tokens[k] && !tokens[k].cap && BODY_STANCE_VERBS.has(tokens[k].norm);
  return byAgent || stance ? start - i + length : 0;
}
