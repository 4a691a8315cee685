// A known party or movement with "in Opposition" after it names the wing that broke away to
// fight or oppose the government: "the SPLA-In-Opposition", "the X Movement/Army in
// Opposition". Read whole, so that the wing is no mention of the parent body (two actors, on
// opposite sides of the same war).
import { isAcronymShaped, longestMatch, namedBy, type SentenceContext } from './context';
import { emit } from './emit';
import { wordPart, type Token } from './tokens';

/**
 * "-In-Opposition", "-in-Opposition" joined to the parent's name in one word ("-IO" alone is
 * left: "IRGC-IO" is the guards' Intelligence Organization).
 */
const JOINED_WING = /^(.+?)-[Ii]n-Opposition$/u;

/** Tokens are a known body's name from their first to their last. */
function parentBody(ctx: SentenceContext, words: Token[]): boolean {
  const probe: SentenceContext = { ...ctx, tokens: words, consumed: new Set() };
  const m = longestMatch(probe, 0);
  const entity = namedBy(m);
  return !!m && m.length === words.length && entity?.type === 'Organization';
}

/**
 * Per sentence: the last token that is a capitalised "Opposition" after "in", -1 when none. A wing
 * written in words ends on one, so before it no known name need be looked up (longestMatch at
 * every capitalised word was most of this reader's time); the lookup changes nothing.
 */
const LAST_OPPOSITION = new WeakMap<readonly Token[], number>();
function lastOpposition(tokens: readonly Token[]): number {
  let last = LAST_OPPOSITION.get(tokens);
  if (last === undefined) {
    last = -1;
    for (let k = tokens.length - 1; k > 0 && last < 0; k--)
      if (tokens[k].norm === 'opposition' && tokens[k].cap && tokens[k - 1].norm === 'in') last = k;
    LAST_OPPOSITION.set(tokens, last);
  }
  return last;
}

/** The wing's tokens read at token i ("SPLA-In-Opposition", "… Movement/Army In Opposition"), or 0. */
export function readOppositionWing(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  const word = tokens[i];
  const joined = JOINED_WING.exec(word.text);
  if (joined && !word.possessive) {
    // the parent known, or written in initials (the suffix says what the initials are)
    if (!isAcronymShaped(joined[1]) && !parentBody(ctx, [wordPart(word, 0, joined[1])])) return 0;
    emit(ctx, i, i + 1, { type: 'Organization', category: 'armed_group' }, 'name:opposition-wing');
    return 1;
  }
  // the wing's "Opposition" comes at least two tokens on: "X In Opposition"
  if (lastOpposition(tokens) < i + 2) return 0;
  const known = longestMatch(ctx, i);
  const entity = namedBy(known);
  if (!known || entity?.type !== 'Organization') return 0;
  let k = i + known.length;
  if (tokens[k - 1].possessive) return 0;
  // "… Movement/Army": the parent's second name after a slash
  if (tokens[k]?.text === '/' && tokens[k + 1]?.cap && !tokens[k + 1].punct) k += 2;
  if (tokens[k]?.norm !== 'in' || tokens[k + 1]?.norm !== 'opposition' || !tokens[k + 1].cap) return 0;
  // the name as written: the slash stays ("Movement/Army")
  const name = ctx.text.slice(tokens[i].start, tokens[k + 1].end).replace(/\s+/g, ' ');
  emit(ctx, i, k + 2, { name, type: 'Organization', category: 'armed_group' }, 'name:opposition-wing');
  return k + 2 - i;
}
