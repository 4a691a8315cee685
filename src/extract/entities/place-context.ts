// Context that makes an unknown capitalised word a place.
import { LOCATIVE_PREPOSITIONS, PLACE_NOUNS } from '../lexicon/common-words';
import { longestMatch, type SentenceContext } from './context';

/** True when ", <known state or country>" follows token b, as in "Boca Chica, Texas". */
export function regionAfter(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b]?.text !== ',' || !tokens[b + 1]?.cap) return false;
  const m = longestMatch(ctx, b + 1);
  const type = m?.hit?.entity.type ?? m?.draft?.type;
  const after = tokens[b + 1 + (m?.length ?? 0)];
  return (type === 'Location' || type === 'Country') && (!after || after.punct) && m?.hit?.kind !== 'demonym';
}

/** "in Rafah", "the port city of Hodeida", a dateline "TAMPA, Fla. –". */
export function placeContext(ctx: SentenceContext, a: number): string | undefined {
  const { tokens, text } = ctx;
  const prev = tokens[a - 1];
  const next = tokens[a + 1];
  if (prev && !prev.cap && LOCATIVE_PREPOSITIONS.has(prev.norm) && !(next && next.cap))
    return 'context:locative';
  if (prev?.norm === 'of' && tokens[a - 2] && PLACE_NOUNS.has(tokens[a - 2].norm)) return 'context:place-of';
  // "in Erbil and Sulaymaniyah": listed beside a place.
  const last = ctx.last;
  if (prev && ['and', 'or', ','].includes(prev.text) && last?.end === a - 1 && last.draft.type === 'Location')
    return 'context:coordinated-place';
  const t = tokens[a];
  const lineStart = t.start === 0 || text[t.start - 1] === '\n';
  if (lineStart && next && /^[,—–-]$/.test(next.text)) return 'context:dateline';
  return undefined;
}
