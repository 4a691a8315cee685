// "Xist rebels attacked the post", "the Xists have vowed …": an ideology's word whose armed
// movement news names by the word alone (lexicon/common-words.ts IDEOLOGY_MOVEMENT_WORDS), in the
// plural or before a plural noun for fighters, names that movement; every such phrase of the
// article is one group (round 40). An article that names an armed group otherwise ("members of
// the Yian Path movement … the Xist rebels") means that group by the phrase, so there the
// phrase names nothing of its own.
import { FIGHTER_PLURALS, IDEOLOGY_MOVEMENT_WORDS } from '../lexicon/common-words';
import { nameOf } from './emit';
import type { SentenceContext } from './context';
import type { Registry } from './registry';

const REASON = 'context:ideology-fighters';

/** The tokens read at i as an ideology's movement ("Xist rebels", "Xists"), or 0. */
export function readIdeologyFighters(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t.cap || t.possessive || !IDEOLOGY_MOVEMENT_WORDS.has(t.norm)) return 0;
  const next = tokens[i + 1];
  const plural = t.norm.endsWith('s');
  // "a Xist rebel", "the Xist rebel chief": one fighter, or a modifier of someone's title
  const length =
    !plural && next && !next.cap && !next.punct && FIGHTER_PLURALS.has(next.norm)
      ? 2
      : plural && !(next?.cap && !next.punct)
        ? 1
        : 0;
  if (!length) return 0;
  const words = tokens.slice(i, i + length);
  const stem = t.norm.replace(/s$/, '');
  const known = ctx.registry
    .all()
    .find((d) => d.mentions.some((m) => m.reason === REASON && m.text.toLowerCase().startsWith(stem)));
  if (known) ctx.registry.addMention(known, words, ctx.sentenceIndex, REASON);
  else
    ctx.registry.mention(
      { name: nameOf(words), type: 'Organization', category: 'armed_group' },
      words,
      ctx.sentenceIndex,
      REASON,
    );
  return length;
}

/** Drops the movement read so when the article names another armed group. */
export function settleIdeologyFighters(registry: Registry): void {
  const all = registry.all();
  const read = all.filter((d) => d.mentions.some((m) => m.reason === REASON));
  const other = all.some(
    (d) => d.type === 'Organization' && d.category === 'armed_group' && !read.includes(d),
  );
  if (other) for (const d of read) registry.drop(d);
}
