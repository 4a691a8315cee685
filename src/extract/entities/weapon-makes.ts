// A lone unknown capitalised word right before a munition noun names the weapon's make, not an
// actor: "Fajr projectiles fired at Y", "a Zelzal missile struck Y" (round 46, fresh news). Known
// names stay what the gazetteer says ("Hamas rockets" are Hamas's).
import { MUNITION_NOUNS } from '../lexicon/predicate-words';
import type { SentenceContext } from './context';

/** Munition nouns, plural and singular: "missiles", "missile". */
const MUNITION_WORDS: ReadonlySet<string> = new Set(MUNITION_NOUNS.flatMap((n) => [n, n.replace(/s$/, '')]));

/** The unknown word ending at `b` qualifies the munition noun after it. */
export function namesWeaponMake(ctx: SentenceContext, b: number): boolean {
  const next = ctx.tokens[b];
  return !!next && !next.cap && !next.punct && MUNITION_WORDS.has(next.norm);
}
