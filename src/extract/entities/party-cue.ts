// A short name that the words around it say is a party or a body: "the nationalist party
// Varo", "the opposition KDN party", "the Varo party", "the independent election commission
// (CENA)". One unknown capitalised word, or an acronym no list knows, with the cue noun in
// lower case right before or after it; the noun's category types it.
import type { OrgCategory } from '../../model';
import { ORG_HEADS } from '../lexicon/heads';
import { isCommonWord } from '../nlp';
import { isAcronymShaped, tagsOf, type SentenceContext } from './context';
import { NOT_A_NAME_TAGS } from './person-name';
import { emit, nameOf } from './emit';

/** Lower-case nouns that introduce a party's or movement's short name, before or after it. */
const PARTY_NOUNS: ReadonlyMap<string, OrgCategory> = new Map([
  ['party', 'political'],
  ['movement', 'political'],
]);
/** Lower-case heads of a body whose initials follow in parentheses ("the election commission (CENA)"). */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'commission',
  'council',
  'committee',
  'party',
  'movement',
  'front',
  'agency',
  'authority',
  'coalition',
]);

/** Words that open a phrase naming a party before its name: "the …", "fellow …", "its …". */
const PARTY_OPENERS: ReadonlySet<string> = new Set(['the', 'fellow', 'its', 'their', 'his', 'her']);

/** A lower-case word, or "The" opening the sentence. */
const lower = (t: { cap: boolean; punct: boolean; norm: string } | undefined): boolean =>
  !!t && !t.punct && (!t.cap || t.norm === 'the');

/** What the cue says the one unknown word at token a is, if anything. */
export function partyCue(
  ctx: SentenceContext,
  a: number,
): { category: OrgCategory; reason: string } | undefined {
  const { tokens } = ctx;
  const t = tokens[a];
  const acronym = isAcronymShaped(t.text);
  if (!acronym && (isCommonWord(t.text) || NOT_A_NAME_TAGS.some((tag) => tagsOf(ctx, t).has(tag))))
    return undefined;
  if (t.possessive) return undefined;
  const prev = tokens[a - 1];
  const next = tokens[a + 1];
  // "the independent election commission (CENA)"
  if (
    acronym &&
    prev?.text === '(' &&
    next?.text === ')' &&
    lower(tokens[a - 2]) &&
    BODY_NOUNS.has(tokens[a - 2].norm) &&
    lower(tokens[a - 3])
  )
    return { category: ORG_HEADS.get(tokens[a - 2].norm) ?? 'other', reason: 'context:body-acronym' };
  // "the nationalist party Varo", "fellow opposition party Varo": the noun after "the" (or a word
  // that marks the party as one of several) and at most two lower-case words.
  if (lower(prev) && PARTY_NOUNS.has(prev.norm)) {
    for (let k = a - 2; k >= a - 4 && lower(tokens[k]); k--)
      if (PARTY_OPENERS.has(tokens[k].norm))
        return { category: PARTY_NOUNS.get(prev.norm) as OrgCategory, reason: 'context:party-noun-before' };
    return undefined;
  }
  // "the Varo party", "the opposition KDN party", "his Varo party"
  if (lower(next) && PARTY_NOUNS.has(next.norm) && lower(prev)) {
    for (let k = a - 1; k >= a - 3 && lower(tokens[k]); k--)
      if (PARTY_OPENERS.has(tokens[k].norm) && tokens[k].norm !== 'fellow')
        return { category: PARTY_NOUNS.get(next.norm) as OrgCategory, reason: 'context:party-noun-after' };
  }
  return undefined;
}

/**
 * "the opposition Civil Contract party", "its Green Future movement": a run of capitalised words
 * (tokens a..b, none a possessive) with "party" or "movement" in lower case right after it and
 * "the" or a possessive determiner at most two lower-case words before it.
 */
export function multiWordPartyCue(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const next = tokens[b];
  if (!lower(next) || !PARTY_NOUNS.has(next.norm) || tokens.slice(a, b).some((t) => t.possessive || t.punct))
    return false;
  if (!lower(tokens[a - 1])) return false;
  for (let k = a - 1; k >= a - 3 && lower(tokens[k]); k--)
    if (PARTY_OPENERS.has(tokens[k].norm) && tokens[k].norm !== 'fellow') return true;
  return false;
}

/**
 * The party read over [a, b) from a party cue: "the Varo party", "the Green Future movement". A
 * lower-case party noun right after the name stays in another of its names ("Varo party"), as
 * readers write it (round 29).
 */
export function emitParty(
  ctx: SentenceContext,
  a: number,
  b: number,
  category: OrgCategory,
  reason: string,
): void {
  const party = emit(ctx, a, b, { type: 'Organization', category }, reason);
  const noun = ctx.tokens[b];
  if (!noun || noun.cap || !PARTY_NOUNS.has(noun.norm)) return;
  party.aliases.add(`${nameOf(ctx.tokens.slice(a, b))} ${noun.text}`);
}
