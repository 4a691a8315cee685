// "government troops", "government forces": the word "government" standing, like a demonym, for
// the state whose forces they are. Read by ./coreference.ts, which finds that state.
import { GOVERNMENT_FORCE_NOUNS } from '../lexicon/coref-words';
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
