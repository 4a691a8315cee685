// A broadcaster's language or regional unit: "VOA's Central Africa service", "the VOA West and
// Central Africa bureau", "Example Radio's Belarus Service". The place or language words name
// the unit's audience, not a place of the story. The unit is its broadcaster, whose news it
// reports: "VOA Hausa Service", "VOA's Hausa Service" and, once the broadcaster is named, a bare
// "Hausa Service" are mentions of VOA (the gold lists neither VOA nor its services in VOA's own
// stories, and names one outlet elsewhere). An outlet no list knows, named only by its initials
// and the unit ("RFE/RL's Belarus Service"), is a media organisation of that whole name.
import { LANGUAGES } from '../lexicon/common-words';
import { isAcronymShaped, longestMatch, type SentenceContext } from './context';
import { emit, emitMatch } from './emit';
import type { Token } from './tokens';

/** Nouns for a broadcaster's unit, after the words that say whom it serves. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['service', 'bureau', 'desk']);
const MAX_AUDIENCE_WORDS = 6;
/** "West and Central Africa", "French to Africa" (a language and the region it serves). */
const AUDIENCE_JOINERS: ReadonlySet<string> = new Set(['and', '-', '/', 'to']);

/** First token of the outlet that ends just before token i, or -1 when none does. */
function outletStart(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  const last = ctx.last;
  if (last?.end === i && last.draft.type === 'Organization' && last.draft.category === 'media') {
    const m = last.draft.mentions[last.draft.mentions.length - 1];
    const k = tokens.findIndex((t) => t.start === m.start);
    return k >= 0 ? k : i - 1;
  }
  // An outlet no list knows, by its initials and in the possessive: "RFE/RL's".
  const prev = tokens[i - 1];
  if (!prev?.possessive || !isAcronymShaped(prev.text)) return -1;
  let k = i - 1;
  while (tokens[k - 1]?.text === '/' && isAcronymShaped(tokens[k - 2]?.text ?? '')) k -= 2;
  return k;
}

/** Token i opens words naming an audience (a place, people or language), up to a unit noun: its index, or -1. */
function unitNounAfter(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  let k = i;
  let words = 0;
  while (k < tokens.length && words < MAX_AUDIENCE_WORDS) {
    const t = tokens[k];
    if (UNIT_NOUNS.has(t.norm)) return words > 0 ? k : -1;
    if (AUDIENCE_JOINERS.has(t.norm) && words > 0) {
      k++;
      continue;
    }
    if (!t.cap || t.punct) return -1;
    if (LANGUAGES.has(t.norm)) {
      k++;
      words++;
      continue;
    }
    const m = longestMatch(ctx, k);
    const entity = m?.hit?.entity ?? m?.draft;
    if (m && (entity?.type === 'Location' || entity?.type === 'Country')) {
      k += m.length;
      words += m.length;
      continue;
    }
    // a compass word before a place ("West and Central Africa")
    if (/^(?:north|south|east|west|central)(?:ern)?$/.test(t.norm)) {
      k++;
      words++;
      continue;
    }
    return -1;
  }
  return -1;
}

/** Each sentence's last unit noun, by its token array: looked for once per sentence. */
const lastUnitNouns = new WeakMap<readonly Token[], number>();

/** Index of the sentence's last unit noun, -1 when it has none. */
function lastUnitNoun(tokens: readonly Token[]): number {
  let at = lastUnitNouns.get(tokens);
  if (at === undefined) {
    at = tokens.length - 1;
    while (at >= 0 && !UNIT_NOUNS.has(tokens[at].norm)) at--;
    lastUnitNouns.set(tokens, at);
  }
  return at;
}

/** Reads an outlet's unit at token i; returns the tokens read from i, or 0. */
export function readOutletUnit(ctx: SentenceContext, i: number): number {
  // Both readings end on a unit noun after token i: without one, nothing to read (and no name
  // to look up, the same answer for less).
  if (lastUnitNoun(ctx.tokens) <= i) return 0;
  // "the VOA Central Africa service", "VOA Hausa Service": the outlet and its unit in one run.
  const known = longestMatch(ctx, i);
  const outlet = known?.hit?.entity ?? known?.draft;
  if (
    known &&
    outlet?.type === 'Organization' &&
    outlet.category === 'media' &&
    !ctx.tokens[i + known.length - 1].possessive
  ) {
    const noun = unitNounAfter(ctx, i + known.length);
    if (noun < 0) return 0;
    if (!ctx.tokens[noun].cap) return emitMatch(ctx, known, i) ? noun + 1 - i : 0;
    emit(
      ctx,
      i,
      noun + 1,
      { name: outlet.name, type: 'Organization', category: 'media' },
      'name:outlet-unit',
    );
    return noun + 1 - i;
  }
  const start = outletStart(ctx, i);
  const noun = unitNounAfter(ctx, i);
  if (noun < 0) return 0;
  const { tokens } = ctx;
  if (start < 0) return readBareUnit(ctx, i, noun);
  if (tokens[noun].cap) {
    const last = ctx.last;
    const named = last?.end === i && last.draft.category === 'media' ? last.draft.name : undefined;
    const name = named ?? ctx.text.slice(tokens[start].start, tokens[noun].end);
    emit(ctx, start, noun + 1, { name, type: 'Organization', category: 'media' }, 'name:outlet-unit');
  }
  return noun + 1 - i;
}

/**
 * "A Hausa Service reporter said …": a unit's capitalised name with no outlet before it, in an
 * article that has named exactly one outlet, is that outlet's; returns the tokens read, or 0.
 */
function readBareUnit(ctx: SentenceContext, i: number, noun: number): number {
  if (!ctx.tokens[noun].cap) return 0;
  const outlets = ctx.registry.all().filter((d) => d.type === 'Organization' && d.category === 'media');
  if (outlets.length !== 1) return 0;
  const [outlet] = outlets;
  emit(ctx, i, noun + 1, { name: outlet.name, type: 'Organization', category: 'media' }, 'name:outlet-unit');
  return noun + 1 - i;
}
