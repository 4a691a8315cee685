// A name that the lower-case noun right before it says is an organisation: "the banned
// extremist organization Sipah Tarin", "the militant group Dal Khora", "the outfit Varo". The
// noun must be opened by "the", "a" or a possessive within three lower-case words, so a noun
// that ends a clause ("they left the group Tuesday") or opens a relative one without "that"
// ("the group Ana Ruiz founded": a first name) is not read.
import type { OrgCategory } from '../../model';
import { ARMED_MODIFIERS } from '../lexicon/coref-words';
import { GROUP_ANAPHORS, PEOPLE_AND_CREED_WORDS } from '../lexicon/common-words';
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';
import { isCommonWord } from '../nlp';
import { longestMatch, tagsOf, type SentenceContext } from './context';
import type { Token } from './tokens';

/** Nouns for a body whose name may follow, and their category when no modifier says more. */
const KIND_NOUNS: ReadonlyMap<string, OrgCategory> = new Map([
  ...[...GROUP_ANAPHORS].map((w): [string, OrgCategory] => [w, w === 'militia' ? 'armed_group' : 'other']),
  ['outfit', 'other'],
  // "the historic social-democratic party Vela Nueva": a party's name of more than the one
  // word party-cue.ts reads (round 20, fresh news)
  ['party', 'political'],
]);
/** Words that open the noun phrase: "the …", "a …", "its …". */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'another']);
/** Lower-case words allowed between the opener and the noun: "the banned extremist organization". */
const MAX_MODIFIERS = 3;

/**
 * The category of the organisation named over tokens [a, b) when a kind noun stands right
 * before it, or undefined. The name is one to four capitalised words no lexicon knows, no
 * title, and does not open with a first name compromise knows.
 */
export function kindNounBefore(ctx: SentenceContext, a: number, b: number): OrgCategory | undefined {
  const { tokens } = ctx;
  const noun = tokens[a - 1];
  if (b - a > 4 || !noun || noun.cap || noun.punct || noun.possessive) return undefined;
  const base = KIND_NOUNS.get(noun.norm);
  if (!base) return undefined;
  const words = tokens.slice(a, b);
  if (words.some((t) => t.punct || !t.cap || t.possessive)) return undefined;
  if (words.some((t) => isTitleWord(t.norm) || isTitleModifier(t.norm))) return undefined;
  if (b - a === 1 && isCommonWord(words[0].text)) return undefined;
  const first = tagsOf(ctx, words[0]);
  if (first.has('FirstName') || first.has('Honorific') || first.has('Date')) return undefined;
  for (let k = a; k < b; k++) if (longestMatch(ctx, k, b)) return undefined;
  return openedKind(ctx, a, base);
}

/**
 * The category of the kind noun at a - 1 when its noun phrase is opened by "the", "a", a
 * possessive or a state's name (within MAX_MODIFIERS lower-case words), or undefined. With
 * `afterPreposition`, a preposition opens it too ("members of opposition party X").
 */
function openedKind(
  ctx: SentenceContext,
  a: number,
  base: OrgCategory,
  afterPreposition = false,
): OrgCategory | undefined {
  const { tokens } = ctx;
  let armed = tokens[a - 1].norm === 'militia';
  for (let k = a - 2; k >= a - 2 - MAX_MODIFIERS; k--) {
    const t = tokens[k];
    // "French hotel group Accor": a state's demonym or name opens the noun phrase as "the" does
    if (t?.cap && statePrefix(ctx, k)) return armed ? 'armed_group' : base;
    // "the U.S.-based firm", "a Swiss-based aid organization": a place's "-based" modifier;
    // "the Basque separatist group", "a Kurdish militant group": a people's word (round 29)
    if (t?.cap && (/-based$/i.test(t.text) || PEOPLE_AND_CREED_WORDS.has(t.norm))) continue;
    if (!t || t.punct || (t.cap && !OPENERS.has(t.norm))) return undefined;
    if (OPENERS.has(t.norm) || (afterPreposition && k < a - 2 && PREPOSITIONS.has(t.norm)))
      return armed ? 'armed_group' : base;
    if (ARMED_MODIFIERS.has(t.norm)) armed = true;
  }
  return undefined;
}

/** Prepositions that open a kind noun's phrase after a modifier: "of opposition party X". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'by', 'with', 'from', 'to', 'against']);
/** Lower-case words inside a body's name: "Save the Children", "Convergence for Social Democracy". */
const MINOR_IN_NAME: ReadonlySet<string> = new Set(['the', 'for', 'of']);
/** A capitalised word at k, or after one more joining word ("of the Valley"). */
const capAfterMinor = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (t && !t.cap && MINOR_IN_NAME.has(t.norm) && t.norm !== tokens[k - 1].norm)
    return capAfterMinor(tokens, k + 1);
  return !!t?.cap && !t.punct;
};
/** Longest name, in words, read after a kind noun over lower-case words. */
const MAX_NAME_WORDS = 6;

/**
 * "the aid organization Save the Children", "members of opposition party Convergence for
 * Social Democracy": after a kind noun, capitalised words joined by "the", "for" or "of" (not "and", which as often lists two)
 * are one body's name. Returns where the name ends, or 0 when no lower-case word joins it (the
 * name is then read as any other, `kindNounBefore`) or the cue is not there.
 */
export function kindNamedOverMinorWords(
  ctx: SentenceContext,
  a: number,
): { end: number; category: OrgCategory } | undefined {
  const { tokens } = ctx;
  const noun = tokens[a - 1];
  if (!noun || noun.cap || noun.punct || noun.possessive) return undefined;
  const base = KIND_NOUNS.get(noun.norm);
  if (!base) return undefined;
  let end = a;
  let joined = false;
  while (end - a < MAX_NAME_WORDS) {
    const t = tokens[end];
    if (t?.cap && !t.punct && !t.possessive) end++;
    else if (t && !t.cap && MINOR_IN_NAME.has(t.norm) && end > a && capAfterMinor(tokens, end + 1)) {
      joined = true;
      end++;
    } else break;
  }
  if (!joined || !tokens[end - 1].cap) return undefined;
  const words = tokens.slice(a, end).filter((t) => t.cap);
  // a title opens a person's name ("the party Deputy Leader X"); "Social" inside is a name's
  if (words.some((t) => isTitleWord(t.norm)) || isTitleModifier(tokens[a].norm)) return undefined;
  const first = tagsOf(ctx, tokens[a]);
  if (first.has('FirstName') || first.has('Honorific') || first.has('Date')) return undefined;
  // a listed name runs over the joining word by itself ("the group Doctors of the World")
  const known = longestMatch(ctx, a, end);
  if (known && known.length >= end - a) return undefined;
  const category = openedKind(ctx, a, base, true);
  return category ? { end, category } : undefined;
}

/** Token k is one word naming a state (its name or demonym): "French", "Kenyan". */
function statePrefix(ctx: SentenceContext, k: number): boolean {
  const m = longestMatch(ctx, k);
  return !!m && m.length === 1 && (m.hit?.entity.type ?? m.draft?.type) === 'Country';
}

/**
 * Nouns for a body whose unknown name follows as an apposition, after a comma or "called":
 * "a Swiss-based aid organization, Veldhaven,", "the country's largest broadcaster, Kalnews,",
 * "the oil services company, Brandtco.", "a youth group, called Sorvik," (round 29).
 */
const APPOSED_KIND_NOUNS: ReadonlyMap<string, OrgCategory> = new Map<string, OrgCategory>([
  ...KIND_NOUNS,
  ['company', 'company'],
  ['firm', 'company'],
  ['contractor', 'company'],
  ['charity', 'other'],
  ['broadcaster', 'media'],
  ['newspaper', 'media'],
  ['daily', 'media'],
  ['website', 'media'],
  ['site', 'media'],
  ['channel', 'media'],
  ['outlet', 'media'],
  ['gang', 'armed_group'],
  ['cartel', 'armed_group'],
  ['cell', 'armed_group'],
]);
/** Verbs of naming between a kind noun and the name: "a group called X", "an outfit dubbed X" ("known as" too). */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'dubbed', 'named']);
/** Lower-case words that join a body's name inside it: "Sons of Dawn", "Frente de Liberación". */
const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'for',
  'de',
  'del',
  'la',
  'los',
  'las',
  'des',
  'du',
]);
/** What may follow a name in apposition: its closing comma, the sentence's end, a bracket. */
const APPOSITION_CLOSE: ReadonlySet<string> = new Set([',', '.', ';', '(', ')']);

/**
 * The category of the body named over tokens [a, b) in apposition to a lower-case kind noun:
 * "a humanitarian organization, Veldhaven, …" (the name closed by a comma or the sentence's
 * end), "a youth group, called Sorvik", "a faction dubbed Red Dawn". The noun phrase must be
 * opened as `kindNounBefore`'s is; the name is one to four capitalised words no lexicon knows,
 * no title, no given name, no date.
 */
export function kindNounApposed(ctx: SentenceContext, a: number, b: number): OrgCategory | undefined {
  const { tokens } = ctx;
  if (b - a > 6) return undefined;
  let n = a - 1;
  // "a gang called the Black Vipers": the name's own article after the naming words
  const article = tokens[n]?.norm === 'the' && !tokens[n].cap;
  if (article) n--;
  const lowerAt = (k: number, norm: string): boolean => tokens[k]?.norm === norm && !tokens[k].cap;
  // "called", "dubbed", "named"; "known as"
  const naming =
    NAMING_WORDS.has(tokens[n]?.norm ?? '') && !tokens[n].cap
      ? 1
      : lowerAt(n, 'as') && lowerAt(n - 1, 'known')
        ? 2
        : 0;
  if (article && !naming) return undefined;
  n -= naming;
  const comma = tokens[n]?.text === ',';
  if (comma) n--;
  if (!naming && !comma) return undefined;
  // a bare comma is an apposition only when the name closes as one ("…, Veldhaven, said")
  if (!naming && b < tokens.length && !APPOSITION_CLOSE.has(tokens[b].text)) return undefined;
  const noun = tokens[n];
  if (!noun || noun.cap || noun.punct || noun.possessive) return undefined;
  // "a pro-rebel Web site, X,": the site's capitalised "Web" belongs to the noun
  if (noun.norm === 'site' && tokens[n - 1]?.norm === 'web') n--;
  const base = APPOSED_KIND_NOUNS.get(noun.norm);
  if (!base) return undefined;
  const words = tokens.slice(a, b);
  // "Sons of Dawn", "Frente del Sur": a joining word inside the name, not at its ends
  const joining = (t: Token, k: number): boolean => k > 0 && k < words.length - 1 && NAME_JOINERS.has(t.norm);
  if (words.some((t, k) => t.punct || (!t.cap && !joining(t, k)) || t.possessive)) return undefined;
  if (words.some((t) => isTitleWord(t.norm) || isTitleModifier(t.norm))) return undefined;
  if (b - a === 1 && isCommonWord(words[0].text)) return undefined;
  const first = tagsOf(ctx, words[0]);
  if (first.has('FirstName') || first.has('Honorific') || first.has('Date')) return undefined;
  for (let k = a; k < b; k++) if (longestMatch(ctx, k, b)) return undefined;
  return openedKind(ctx, n + 1, base);
}

/** Nouns after a name that make it a group's: "the Hafiz Gul Bahadur armed group". */
const GROUP_NOUNS_AFTER: ReadonlySet<string> = new Set(['group', 'faction', 'militia', 'network']);

/**
 * "the Hafiz Gul Bahadur armed group", "the Dal Khora faction": after "the" (or before an armed
 * modifier), a name of two to four words no lexicon knows (often the leader's), then a noun for a group. Returns where the
 * group noun ends and the group's category, or undefined; the name is read with its noun, since
 * the group is not the person it is named for.
 */
export function kindNounAfter(
  ctx: SentenceContext,
  a: number,
  b: number,
): { end: number; category: OrgCategory } | undefined {
  const { tokens } = ctx;
  if (b - a < 2 || b - a > 4) return undefined;
  const the = tokens[a - 1]?.norm === 'the';
  const words = tokens.slice(a, b);
  // "the Islamist militant group", "Peuhl armed group": a people's or creed's word is no name
  if (words.some((t) => PEOPLE_AND_CREED_WORDS.has(t.norm) || isCommonWord(t.text))) return undefined;
  if (words.some((t) => t.punct || !t.cap || t.possessive || isTitleWord(t.norm) || isTitleModifier(t.norm)))
    return undefined;
  for (let k = a; k < b; k++) if (longestMatch(ctx, k, b)) return undefined;
  let armed = false;
  for (let k = b; k < b + 3 && tokens[k] && !tokens[k].cap; k++) {
    const t = tokens[k];
    // without "the", only an armed group: "said Hafiz Gul Bahadur armed group attacked"
    if (GROUP_NOUNS_AFTER.has(t.norm) && (the || armed))
      return { end: k + 1, category: armed || t.norm === 'militia' ? 'armed_group' : 'other' };
    if (!ARMED_MODIFIERS.has(t.norm)) return undefined;
    armed = true;
  }
  return undefined;
}

/** Lower-case nouns for a crime syndicate named by the place or family before them. */
const SYNDICATE_NOUNS: ReadonlySet<string> = new Set(['cartel']);
/** Lower-case words allowed between the name and the noun: "the Sinaloa drug cartel". */
const SYNDICATE_TRADES: ReadonlySet<string> = new Set(['drug', 'drugs', 'narcotics', 'crime', 'trafficking']);

/**
 * "the Juarez cartel", "the Sinaloa drug cartel": after "the", one to three capitalised words
 * (a place's name too: cartels are named for their home city or state) and then a lower-case
 * "cartel" name a syndicate, not the place. Returns where the noun ends, or 0; the name is
 * written with the head capitalised ("Juarez Cartel"), as the cartels' own names are.
 */
export function syndicateNounAfter(ctx: SentenceContext, a: number, b: number): number {
  const { tokens } = ctx;
  if (b - a > 3 || tokens[a - 1]?.norm !== 'the') return 0;
  if (tokens.slice(a, b).some((t) => t.punct || !t.cap || t.possessive || isTitleWord(t.norm))) return 0;
  const noun = SYNDICATE_TRADES.has(tokens[b]?.norm ?? '') ? b + 1 : b;
  const t = tokens[noun];
  return t && !t.cap && SYNDICATE_NOUNS.has(t.norm) ? noun + 1 : 0;
}
