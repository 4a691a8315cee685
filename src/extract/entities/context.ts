// What the recogniser's steps share while reading one sentence.
import { ARMED_FIGHTER_NOUNS, LEADER_NOUNS } from '../lexicon/common-words';
import { LOCATION_HEADS, ORG_HEADS } from '../lexicon/heads';
import { isCommonWord } from '../nlp';
import { CLIPPED_DEMONYMS } from '../lexicon/countries';
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';
import { GAZETTEER, acronymKey, keyOf, type GazHit } from './gazetteer';
import { leadWord, noteLongest, type Draft, type Registry } from './registry';
import { SPEECH_VERBS } from './person-name';
import { normalize, type Token } from './tokens';

const NO_TAGS: ReadonlySet<string> = new Set();

/** Per first word: the most words a gazetteer name opening on it has, bounding longestMatch. */
const GAZETTEER_LONGEST = new Map<string, number>();
for (const key of GAZETTEER.names.keys()) noteLongest(GAZETTEER_LONGEST, key);
/** The first words of the listed names with a possessive inside: only they read past one. */
const POSSESSIVE_INSIDE_LEADS = new Set(
  [...GAZETTEER.possessiveInside].map((key) => leadWord(key.split(' ')[0])),
);

export interface SentenceContext {
  tokens: Token[];
  sentenceIndex: number;
  /** The cased article text (see cased-text.ts), for paragraph checks. */
  text: string;
  registry: Registry;
  /** compromise's tags by word start offset. */
  tagMap: Map<number, ReadonlySet<string>>;
  /** Token indices already read as part of something else (a parenthetical alias). */
  consumed: Set<number>;
  /** Single unknown words to resolve once the whole article is read. */
  pending: { tokens: Token[]; sentenceIndex: number; speaker?: boolean }[];
  /** A title with no name yet ("The Chilean Finance Minister, …"): the apposition may name him. */
  pendingTitle?: { role: string; after: number };
  /** A title-case line ("How Russia Exploits Divisions in Bosnia"): capitals say nothing there. */
  headline: boolean;
  /** The last record named, and the token indices of its mention (start, and just past it). */
  last?: { draft: Draft; start: number; end: number };
}

export const tagsOf = (ctx: SentenceContext, t: Token): ReadonlySet<string> =>
  ctx.tagMap.get(t.start) ?? NO_TAGS;

/** Written like an acronym: two or more capitals ("US", "U.S.", "N-A-T-O", "DoD", "CENTCOM"). */
export function isAcronymShaped(word: string): boolean {
  const w = word.replace(/[.\-/]/g, '');
  return /^[A-Z][A-Z0-9]+s?$/.test(w) || /^[A-Z][a-z][A-Z]$/.test(w);
}

const PERSON_TAGS = ['Person', 'FirstName', 'Honorific', 'MaleName', 'FemaleName'];

/**
 * Tokens i … i+len-1 are flanked by capitalised words; for a place, also when they speak, when
 * compromise reads the first as a person's name, or when it is a word of a person's name the
 * article gave.
 */
function insideLongerName(ctx: SentenceContext, i: number, len: number, type: string): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  const after = tokens[i + len];
  if (after?.cap && !after.punct) return true;
  if (before?.cap && !before.punct && i > 0) return true;
  if (type === 'Person') return false;
  // "Juarez said …": a place does not speak (capitals, which do, are not listed here); "the
  // Bush administration" is a leader's.
  if (SPEECH_VERBS.has(after?.norm ?? '') || LEADER_NOUNS.has(after?.norm ?? '')) return true;
  const tags = tagsOf(ctx, tokens[i]);
  if (PERSON_TAGS.some((t) => tags.has(t))) return true;
  // "Julio Juárez Ramírez … Juárez's": a word of a person the article named is that person's.
  const word = tokens[i].norm;
  return (
    len === 1 &&
    ctx.registry
      .all()
      .some((d) => d.type === 'Person' && d.name.split(' ').some((w) => normalize(w) === word))
  );
}

/**
 * "leader Jordan Bardella", "Israel Katz, the defence minister", "Chad Morris": a one-word country
 * before a surname is a person's first name. The surname is one compromise knows as a surname, or
 * a word it does not know at all (no common word, no head of a body or place, no listed name)
 * with a person's setting: a role noun before ("organiser", "leader") or an apposed title after.
 * "Iran Khodro said" (a firm) has neither, and stays the country's.
 */
export function countryAsFirstName(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  const [before, next, after] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  const listed = GAZETTEER.names.get(keyOf([tokens[i].norm]));
  if (listed?.entity.type !== 'Country' || listed.kind !== 'name') return false;
  if (!next?.cap || next.punct || isAcronymShaped(next.text) || (after?.cap && !after.punct)) return false;
  if (ORG_HEADS.has(next.norm) || LOCATION_HEADS.has(next.norm) || isTitleWord(next.norm)) return false;
  if (tagsOf(ctx, next).has('LastName')) return true;
  if (isCommonWord(next.text) || longestMatch(ctx, i + 1)) return false;
  // a noun of a role, not an adjective that ends like one ("a former Kosovo Serb police officer")
  // (a title may be capitalised: "Defence Minister Israel Katz")
  const roleBefore =
    !!before &&
    !before.punct &&
    (isTitleWord(before.norm) ||
      (!before.cap &&
        ROLE_NOUN_ENDING.test(before.norm) &&
        tagsOf(ctx, before).has('Noun') &&
        !tagsOf(ctx, before).has('Adjective')));
  const titleAfter =
    after?.text === ',' &&
    ['the', 'a', 'an'].includes(tokens[i + 3]?.norm ?? '') &&
    tokens.slice(i + 4, i + 8).some((t) => isTitleWord(t.norm));
  return roleBefore || titleAfter;
}

/** The endings of a lower-case role noun before a name: "organiser", "activist", "spokeswoman". */
const ROLE_NOUN_ENDING = /(?:er|or|ist|man|woman)$/;

/** A name's last word opened by an Arabic article: "Deir ez-Zor", "Bir al-Abd". */
const ARTICLE_JOINED = /^[a-z]{1,3}-\p{Lu}/u;

export interface Match {
  length: number;
  hit?: GazHit;
  draft?: Draft;
}

/** The actor or place a match names by its name; none when it is only a demonym ("Iranian"). */
export const namedBy = (m: Match | undefined) =>
  m?.hit?.kind === 'demonym' ? undefined : (m?.hit?.entity ?? m?.draft);

/**
 * "RFE/RL", "SPLM/A": a listed name written as two sets of initials joined by a slash, with no
 * space (the gazetteer keys it without the slash). The tokenizer splits at the slash, so
 * "US/UK strikes" stays two states.
 */
function slashedAcronyms(tokens: readonly Token[], i: number, limit: number): Match | undefined {
  const [a, slash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (i + 3 > limit || !b || slash.text !== '/' || slash.start !== a.end || b.start !== slash.end)
    return undefined;
  if (!isAcronymShaped(a.text) || !isAcronymShaped(b.text)) return undefined;
  // "RFE/RL's Belarus Service": the outlet's unit is read whole by outlet-unit.ts
  if (b.possessive && tokens[i + 3]?.cap) return undefined;
  const hit = GAZETTEER.names.get(keyOf([a.norm, b.norm]));
  return hit ? { length: 3, hit } : undefined;
}

/**
 * The longest known name starting at token i: the article's own names first, then the
 * gazetteer. A multi-word name may run on over lower-case words ("Korean peninsula").
 */
export function longestMatch(ctx: SentenceContext, i: number, limit = ctx.tokens.length): Match | undefined {
  const { tokens, registry } = ctx;
  const first = tokens[i];
  if (!first?.cap || first.punct) return undefined;
  // A name runs no further than punctuation or a consumed token, and ends at a possessive; nor
  // further than the longest name (listed or the article's) opening on this word. A key of n
  // tokens has at least n words, so no key is passed over.
  const slashed = slashedAcronyms(tokens, i, limit);
  if (slashed) return slashed;
  const lead = leadWord(first.norm);
  const longest = Math.max(1, GAZETTEER_LONGEST.get(lead) ?? 0, registry.longestKeyFrom(lead));
  let max = Math.min(GAZETTEER.maxTokens, limit - i, longest);
  for (let k = 0; k < max; k++) {
    const t = tokens[i + k];
    if (t.punct || ctx.consumed.has(i + k)) max = k;
    else if (t.possessive && !POSSESSIVE_INSIDE_LEADS.has(lead)) max = Math.min(max, k + 1);
  }
  for (let len = max; len >= 1; len--) {
    const seq = tokens.slice(i, i + len);
    if (
      seq.some((t, k) => t.possessive && k < len - 1) &&
      !GAZETTEER.possessiveInside.has(keyOf(seq.map((t) => t.norm)))
    )
      continue;
    if (
      len > 1 &&
      !seq[len - 1].cap &&
      !/^[a-z]+$/.test(seq[len - 1].text) &&
      !ARTICLE_JOINED.test(seq[len - 1].text)
    )
      continue;
    const key = keyOf(seq.map((t) => t.norm));
    const hit =
      len === 1 && isAcronymShaped(first.text)
        ? GAZETTEER.acronyms.get(acronymKey(first.text))
        : GAZETTEER.names.get(key);
    // "La Marseillaise" is no state: an abbreviation is read only as written, with its period.
    if (hit?.dotted && !first.text.endsWith('.')) continue;
    // "Shabab militants", "a Tamil Tiger fighter": an armed group's short form, only there.
    if (hit?.beforeFighters && !fightersAfter(tokens[i + len]) && !registry.lookupKey(key)) continue;
    // "Pak soldiers" is Pakistan's, "Pak Pong-ju" a person's name.
    if (hit?.kind === 'demonym' && CLIPPED_DEMONYMS.has(key) && !clippedBeforeNoun(tokens[i + 1])) continue;
    // "Direct action is needed" is no group's name: some names need every word capitalised.
    if (hit?.cased && seq.some((t) => !t.cap && !/^(?:of|the|and|for|in|on|de|al)$/.test(t.norm))) continue;
    // A listed place or person inside a longer name ("Andy Murray", "Helmand Province") is
    // read with that name, by the usual rules.
    if (hit?.cased && hit.entity.type !== 'Organization' && insideLongerName(ctx, i, len, hit.entity.type))
      continue;
    // (only a country's name found here is looked at again there)
    if (len === 1 && hit?.entity.type === 'Country' && countryAsFirstName(ctx, i)) continue;
    // Capitals and seats go to the gazetteer, so the capital-as-government rule can run each time.
    if (hit && (hit.kind === 'capital' || hit.kind === 'seat')) return { length: len, hit };
    const draft =
      registry.lookupKey(key) ?? (len === 1 && hit ? spelledByArticle(registry, first.text) : undefined);
    // "Yusuf al-Houthi … killing four Houthi fighters": a listed group's name before its
    // fighters is the group, though a person named earlier bears it as a surname (round 32)
    if (draft?.type === 'Person' && hit?.entity.type === 'Organization' && fightersAfter(tokens[i + len]))
      return { length: len, hit };
    if (draft) return { length: len, draft };
    if (hit) return { length: len, hit };
  }
  return undefined;
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'in', 'on']);
/** The capitals of a name's words, minor words aside: "Bureau of Industry and Security" → "BIS". */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => !MINOR.has(w.toLowerCase()));
  return words.length > 1
    ? words
        .map((w) => w.replace(/[^A-Za-z]/g, '')[0] ?? '')
        .join('')
        .toUpperCase()
    : '';
}

/**
 * "The Bureau of Industry and Security issued … BIS said": an acronym the list gives another body
 * ("BIS", a bank) is the article's own body whose initials it spells, when the article has named
 * exactly one such body before it.
 */
function spelledByArticle(registry: Registry, text: string): Draft | undefined {
  if (!isAcronymShaped(text)) return undefined;
  const spelled = draftsSpelledBy(registry, text).filter((d) => d.type === 'Organization');
  return spelled.length === 1 ? spelled[0] : undefined;
}

/** The article's names so far, other than people's, whose initials the acronym spells. */
export function draftsSpelledBy(registry: Registry, acronym: string): Draft[] {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  return registry.all().filter((d) => d.type !== 'Person' && initialsOf(d.name) === letters);
}

/** A lower-case noun for armed fighters: "rebels", "militants", "a … fighter". */
const fightersAfter = (next: Token | undefined): boolean =>
  !!next && !next.cap && !next.punct && ARMED_FIGHTER_NOUNS.has(next.norm);

/** A clipped demonym ("Pak") names its state only before a lower-case word or a title ("Pak FM"). */
function clippedBeforeNoun(next: Token | undefined): boolean {
  return !!next && !next.punct && (!next.cap || isTitleWord(next.norm) || isTitleModifier(next.norm));
}
