// A military unit named by its number: "the 37th Airlift Squadron", "Iraq's 15th Division", "the
// 101st Airborne Division". The ordinal is part of the name (without it, "Airlift Squadron" or
// "Division" names no one unit), so the unit is read whole from the ordinal to its head word.
import type { SentenceContext } from './context';
import { emit } from './emit';

/** Head words of a numbered military unit. */
const UNIT_HEADS: ReadonlySet<string> = new Set([
  'division',
  'brigade',
  'squadron',
  'battalion',
  'regiment',
  'corps',
  'fleet',
  'wing',
  'army',
]);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const MAX_WORDS = 5;

/** Reads "<ordinal> … <unit head>" at token i; returns the tokens read, or 0. */
export function readOrdinalUnit(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  if (!ORDINAL.test(tokens[i].text)) return 0;
  let k = i + 1;
  while (
    k < tokens.length &&
    k - i <= MAX_WORDS &&
    tokens[k].cap &&
    !tokens[k].punct &&
    !ctx.consumed.has(k)
  ) {
    if (tokens[k].possessive) return 0;
    k++;
  }
  // the unit's head closes the capitalised run: "the 15th Division of …", not "the 3rd Army Corps Hospital"
  const head = tokens[k - 1];
  if (k === i + 1 || !UNIT_HEADS.has(head.norm)) return 0;
  emit(ctx, i, k, { type: 'Organization', category: 'military' }, 'head:ordinal-unit');
  return k - i;
}
