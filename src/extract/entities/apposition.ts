// What an apposition says an unknown name is: "Fretilin, a party that …" (an organisation),
// "Konna, a town in central Mali" (a place), "Altrix, a telecom company" (a company).
import type { EntityType, OrgCategory } from '../../model';
import { COMPANY_NOUNS, GROUP_ANAPHORS } from '../lexicon/common-words';
import { ARMED_MODIFIERS } from '../lexicon/coref-words';
import { COMPASS_POINTS, PLACE_KIND_NOUNS, VESSEL_NOUNS } from '../lexicon/place-words';
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';
import { longestMatch, type SentenceContext } from './context';

export interface Kind {
  type: EntityType;
  category?: OrgCategory;
}

const PLACES = new Set(PLACE_KIND_NOUNS.filter((w) => w !== 'capital' && w !== 'community'));
/** Group nouns and the category they give (GROUP_ANAPHORS' other nouns: "other"). */
const GROUP_CATEGORIES: ReadonlyMap<string, OrgCategory> = new Map([
  ['party', 'political'],
  ['coalition', 'political'],
  ['movement', 'political'],
  ['organization', 'other'],
  ['organisation', 'other'],
  ['charity', 'other'],
  ['agency', 'other'],
  ['militia', 'armed_group'],
]);
/** Words after the apposition's noun: "a town in …", "a party that …". */
const NOUN_ENDS = new Set([
  'in',
  'of',
  'that',
  'which',
  'who',
  'on',
  'near',
  'from',
  'with',
  'based',
  'whose',
  // "a village west of Bannu", "a town north of the capital"
  ...COMPASS_POINTS,
]);
/** Words between the article and the noun: "a small opposition party", "a remote village". */
const MAX_MODIFIERS = 3;

/** Participles that open a sentence with their agent: "Led by X, …", "Backed by X and Y, …". */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set([
  'led',
  'backed',
  'supported',
  'funded',
  'financed',
  'founded',
  'headed',
  'commanded',
  'accompanied',
  'joined',
  'flanked',
  'armed',
  'trained',
  'sponsored',
  'inspired',
  'organised',
  'organized',
]);
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'based']);

/** Tokens before b are the sentence's opening "<participle> by" and its agent's name(s) only. */
function afterOpeningBy(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (!OPENING_PARTICIPLES.has(tokens[0]?.norm ?? '') || tokens[1]?.norm !== 'by' || b < 3) return false;
  return tokens.slice(2, b).every((t) => t.cap || t.norm === 'and');
}

/** The kind of thing ", a/an/the … NOUN" right after token b-1 names, if its noun says. */
export function appositionKind(ctx: SentenceContext, b: number): Kind | undefined {
  const { tokens } = ctx;
  if (tokens[b]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[b + 1]?.norm ?? '')) return undefined;
  const openingBy = afterOpeningBy(ctx, b);
  for (let k = b + 2; k <= b + 2 + MAX_MODIFIERS && tokens[k] && !tokens[k].punct; k++) {
    // "a US warship", "a Greek-owned tanker": a state's name among the modifiers
    if (tokens[k].cap) {
      const m = longestMatch(ctx, k);
      if (!m || m.length !== 1 || !isStateMatch(m)) break;
      continue;
    }
    const w = tokens[k].norm;
    const after = tokens[k + 1];
    // the noun is the last word before a preposition, relative pronoun or punctuation
    // ("a village 15 kilometres west of …": a distance ends the noun too)
    const last = !after || after.punct || after.cap || NOUN_ENDS.has(after.norm) || /^\d/.test(after.text);
    if (!last) continue;
    // "Led by X, a group of officers seized …": after an opening "<participle> by X," the noun
    // phrase is the main clause's subject, not X's apposition, unless it closes or relates back
    // ("Backed by X, a party that …", "Led by X, a militia, the rebels …")
    if (openingBy && !(after && (after.text === ',' || RELATIVES.has(after.norm)))) return undefined;
    // "Xuddur, the capital of Bakool": a capital of somewhere is a place (a bare "the capital" is left)
    if (PLACES.has(w) || (w === 'capital' && after?.norm === 'of')) return { type: 'Location' };
    // "the Mason, a US destroyer": a ship (the ship's noun wins over "carrier" the company)
    if (VESSEL_NOUNS.has(w) && (w !== 'carrier' || tokens[k - 1]?.norm === 'aircraft'))
      return { type: 'Location' };
    if (COMPANY_NOUNS.has(w)) return { type: 'Organization', category: 'company' };
    if (GROUP_CATEGORIES.has(w)) return { type: 'Organization', category: GROUP_CATEGORIES.get(w) };
    if (GROUP_ANAPHORS.has(w)) return { type: 'Organization', category: 'other' };
    return undefined;
  }
  return undefined;
}

const isStateMatch = (m: NonNullable<ReturnType<typeof longestMatch>>): boolean =>
  (m.hit?.entity.type ?? m.draft?.type) === 'Country';

/** Words that make a group an armed one: "a resistance group", "a rebel movement". */
const ARMED_GROUP_WORDS: ReadonlySet<string> = new Set([...ARMED_MODIFIERS, 'resistance', 'guerrilla']);

/**
 * "Red Hawk Brothers Task Force, a resistance group": an apposition calling the name an armed
 * group. A task force is otherwise a state's temporary grouping of units, no actor of its own.
 */
export function armedGroupApposition(ctx: SentenceContext, b: number): boolean {
  if (appositionKind(ctx, b)?.type !== 'Organization') return false;
  const { tokens } = ctx;
  for (let k = b + 2; k <= b + 2 + MAX_MODIFIERS && tokens[k] && !tokens[k].punct && !tokens[k].cap; k++)
    if (ARMED_GROUP_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/**
 * ", the Minister of Transport and Industry.", ", the transport minister,": an apposition that is
 * a person's office, closed by punctuation or going on with "of" / "for" — not the subject of a
 * verb of its own ("in X, the governor said …" names a place and a speaker).
 */
export function officeApposition(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[b + 1]?.norm ?? '')) return false;
  for (let k = b + 2; k <= b + 2 + MAX_MODIFIERS && tokens[k] && !tokens[k].punct; k++) {
    if (!isTitleWord(tokens[k].norm)) {
      if (isTitleModifier(tokens[k].norm) || !tokens[k].cap) continue;
      return false;
    }
    const after = tokens[k + 1];
    return !after || after.punct || ['of', 'for'].includes(after.norm);
  }
  return false;
}
