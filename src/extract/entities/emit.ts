// Turning a recognised stretch of tokens into a mention of a record in the registry.
import type { EntityType, OrgCategory } from '../../model';
import {
  AGENT_SUFFIXES,
  CALENDAR_WORDS,
  CHAMBERS_WITH_THE,
  DOCUMENT_HEADS,
  LANGUAGES,
  LOCATIVE_PREPOSITIONS,
  NUMBERED_PARTS,
  SEAT_PRESS_NOUNS,
} from '../lexicon/common-words';
import { COMPASS_NAME_LINKS, COMPASS_NAME_TAILS } from '../lexicon/places';
import { capitalStandsForGovernment } from '../rules/entities/capital-as-government';
import { titlePhrase } from '../rules/entities/title-phrase';
import { longestMatch, tagsOf, type SentenceContext, type Match } from './context';
import { bodyName, listedBodyCountry, ownedName, possessiveAlias, possessiveOwner } from './generic-body';
import { GAZETTEER, keyOf, type GazEntity } from './gazetteer';
import type { Draft } from './registry';
import type { Token } from './tokens';
import { usStateAfterCity } from './us-state-after-city';

/** A Korean given name as the press writes it: "Sang-jin", "Jae-in", "Geun-hye". */
const HYPHENATED_GIVEN_NAME = /^[A-Z][a-z]+-[a-z]+$/;
/** Kinds of state a place's name may follow with "of": "the Central African nation of X". */
const STATE_KIND_NOUNS: ReadonlySet<string> = new Set(['nation', 'country', 'state', 'kingdom', 'republic']);

/** The name a stretch of tokens spells: quotes dropped, "N-A-T-O" written "NATO". */
export function nameOf(tokens: readonly Token[]): string {
  return (
    tokens
      // "Johnson & Johnson": a firm's ampersand stays in its name
      .filter((t) => !t.punct || t.text === '&')
      .map((t, k, words) =>
        /^(?:[A-Z]-)+[A-Z]$/.test(t.text)
          ? t.text.replace(/-/g, '')
          : // "the U.S. Attorney's Office": a possessive inside a name keeps its "'s"
            t.possessive && k < words.length - 1
            ? `${t.text}'s`
            : t.text,
      )
      .join(' ')
  );
}

export function emit(
  ctx: SentenceContext,
  from: number,
  to: number,
  found: {
    name?: string;
    type: EntityType;
    category?: OrgCategory;
    role?: string;
    body?: string;
    owner?: string;
  },
  reason: string,
): Draft {
  const listed =
    found.type === 'Organization' && !found.name
      ? listedWithOrWithoutThe(ctx.tokens.slice(from, to))
      : undefined;
  // "Ginbot 7", "Kanal 13": a body's or place's name no lexicon gave ends with its number
  const end = !found.name && !listed && found.type !== 'Person' && endsOnNumber(ctx, to) ? to + 1 : to;
  const tokens = ctx.tokens.slice(from, end);
  const named = listed
    ? { ...found, name: listed.name, category: listed.category ?? found.category }
    : { ...found, name: found.name ?? nameOf(tokens) };
  const owned = bodyName(ctx, from, named);
  const owner = owned.owner ? possessiveOwner(ctx, from) : undefined;
  const draft = ctx.registry.mention({ ...named, ...owned }, tokens, ctx.sentenceIndex, reason);
  if (owner) draft.aliases.add(possessiveAlias(ctx, owner, end));
  ctx.last = { draft, start: from, end };
  return draft;
}

/**
 * The number at k ends the name read before it (round 47): one or two digits right after a
 * capitalised name word, and no noun in the plural after them that they count ("Bouake 100
 * kilometers", "Hamas 10 days"). A listed word before the number names a part of a text or a
 * class of things, no actor ("Section 8", "Category 4", "Flight 17").
 */
function endsOnNumber(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  const [word, number, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (ctx.headline || !number || !/^\d{1,2}$/.test(number.text) || number.start !== word.end + 1)
    return false;
  if (
    !word.cap ||
    word.punct ||
    word.possessive ||
    CALENDAR_WORDS.has(word.norm) ||
    NUMBERED_PARTS.has(word.norm)
  )
    return false;
  // "10,000", "2.5", "12%": the digits are part of an amount
  if (/^[,.]\d|^\s?%/.test(ctx.text.slice(number.end, number.end + 2))) return false;
  return !after || after.cap || after.punct || !tagsOf(ctx, after).has('Plural');
}

/**
 * "Department of Treasury" is the listed "Department of the Treasury" (and "Ministry of the
 * Interior" the listed "Ministry of Interior"): an organisation's name with or without "the"
 * after its "of" is one record.
 */
function listedWithOrWithoutThe(tokens: readonly Token[]): GazEntity | undefined {
  const norms = tokens.filter((t) => !t.punct).map((t) => t.norm);
  const of = norms.indexOf('of');
  if (of < 1 || of >= norms.length - 1) return undefined;
  const rest = norms[of + 1] === 'the' ? norms.slice(of + 2) : ['the', ...norms.slice(of + 1)];
  if (!rest.length) return undefined;
  const hit = GAZETTEER.names.get(keyOf([...norms.slice(0, of + 1), ...rest]));
  return hit?.entity.type === 'Organization' ? hit.entity : undefined;
}

/**
 * The force heads a leader's surname may qualify for the state he leads: "Assad forces" (the gold
 * reads them as the state). "the X administration" and "the X government" stay the person's, as
 * the gold reads them.
 */
const RULED_HEADS = new Set(['forces', 'troops', 'loyalists', 'army', 'soldiers']);

/** Nouns of a negotiation a listed body takes part in: "the P5+1 talks with Iran". */
const NEGOTIATION_HEADS: ReadonlySet<string> = new Set(['talks', 'process', 'format']);

/**
 * "the P5+1 talks", "the Quartet process": a listed organisation before a negotiation's noun is
 * its party, not the negotiation's place ("the Geneva talks" names no actor).
 */
export const partyToTalks = (m: Match, next: { norm: string; cap: boolean }): boolean =>
  !next.cap && NEGOTIATION_HEADS.has(next.norm) && (m.hit?.entity.type ?? m.draft?.type) === 'Organization';

/** Currency units a state's name may be written on after an amount ("10 U.S. dollars"). */
const CURRENCY_UNITS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'cents']);

/** Emits a known name found by longestMatch at token `from`. Returns false when it names nothing here. */
export function emitMatch(ctx: SentenceContext, m: Match, from: number, reason?: string): boolean {
  const to = from + m.length;
  const { tokens } = ctx;
  const next = tokens[to];
  // "U.S.$5 million", "NZ$40": a state's short name written onto "$" is its currency, no mention
  if ((m.hit?.entity.type ?? m.draft?.type) === 'Country' && ctx.text.charAt(tokens[to - 1].end) === '$')
    return false;
  // "252,203 U.S. dollars": a state's name on its currency's unit after an amount names the money (round 36)
  if (
    (m.hit?.entity.type ?? m.draft?.type) === 'Country' &&
    next &&
    CURRENCY_UNITS.has(next.norm) &&
    /\d/.test(tokens[from - 1]?.text ?? '')
  )
    return false;
  // "the Lima agreements", "the Tashkent Declaration": a document, not the place; but in
  // "Russia's war on Ukraine" the possessive makes the name the war's owner.
  if (
    next &&
    DOCUMENT_HEADS.has(next.norm) &&
    !next.punct &&
    !tokens[to - 1].possessive &&
    !partyToTalks(m, next)
  )
    return false;
  // "Assad forces": a leader's surname as the word on a state's force stands for the state, not the
  // person; no reading here rather than the person's act
  if (
    m.draft?.type === 'Person' &&
    m.length === 1 &&
    next &&
    !next.punct &&
    !tokens[from].possessive &&
    RULED_HEADS.has(next.norm)
  )
    return false;
  // "president Park Sang-jin" after "President Park Geun-hye": a family name written first, then a
  // hyphenated given name, is another person's whole name, not the surname of the one named before
  // (round 38)
  if (
    m.draft?.type === 'Person' &&
    m.length === 1 &&
    next &&
    !next.punct &&
    HYPHENATED_GIVEN_NAME.test(next.text)
  )
    return false;
  if (m.draft?.body !== undefined && possessiveOwner(ctx, from)) return emitOwnedBody(ctx, m.draft, from, to);
  if (emitOtherStatesBody(ctx, m, from, to)) return true;
  if (m.draft) {
    ctx.registry.addMention(
      m.draft,
      tokens.slice(from, to),
      ctx.sentenceIndex,
      reason ?? (m.draft.type === 'Person' && m.length === 1 ? 'coref:surname' : 'alias:article'),
    );
    ctx.last = { draft: m.draft, start: from, end: to };
    return true;
  }
  const hit = m.hit;
  if (!hit) return false;
  const { entity } = hit;
  switch (hit.kind) {
    case 'demonym':
      // "(Burmese: …)" names a language, not the country.
      if (next?.text === ':') return false;
      // "in French", "spoke Russian", "in French and Portuguese": the language.
      if (languageAfterSpeech(tokens, from)) return false;
      // "its French language acronym", "the Arabic-language service": the language named.
      if (LANGUAGES.has(tokens[from].norm) && /^(?:-?language|-speaking|speaking)$/.test(next?.norm ?? ''))
        return false;
      // "the Central African nation of Gabon": a region's adjective before the kind of state another
      // state's name follows (round 21)
      if (
        next &&
        !next.cap &&
        STATE_KIND_NOUNS.has(next.norm) &&
        tokens[to + 1]?.norm === 'of' &&
        !!tokens[to + 2]?.cap
      )
        return false;
      emit(ctx, from, to, entity, reason ?? 'gazetteer:demonym');
      return true;
    case 'demonym-plural':
      emit(ctx, from, to, entity, reason ?? 'demonym-plural');
      return true;
    case 'capital':
    case 'seat':
      if (hit.actor && actsHere(ctx, hit.kind, from, to, reason)) {
        emit(ctx, from, to, hit.actor, hit.kind === 'capital' ? 'capital-as-government' : 'seat-as-actor');
      } else {
        // "in Washington, D.C.": the capital's name as written runs on over its district's letters
        const end = districtAfter(ctx, to);
        for (let k = to; k < end; k++) ctx.consumed.add(k);
        emit(ctx, from, end, entity, reason ?? `gazetteer:${hit.kind}`);
      }
      return true;
    case 'code':
      emit(ctx, from, to, entity, reason ?? 'gazetteer:code');
      return true;
    case 'name':
      // "Russia's Security Council", "the Parliament's General Assembly": a UN organ's bare name
      // after another owner's possessive is that owner's body (round 21)
      if (ownedUnOrgan(ctx, from, to, entity)) return false;
      if (bareBodyPlace(ctx, from, to, entity)) {
        emit(ctx, from, to, { type: 'Location' }, 'context:bare-body-place');
        return true;
      }
      if (entity.type === 'Location') {
        const tail = compassTailAfter(ctx, to);
        if (tail > to) {
          for (let k = to; k < tail; k++) ctx.consumed.add(k);
          emit(ctx, from, tail, { type: 'Location' }, 'context:compass-tail');
          return true;
        }
      }
      if (hit.cased) return emitListed(ctx, from, to, entity, reason);
      {
        const state = usStateAfterCity(ctx, from, entity);
        if (state) {
          emit(ctx, from, to, state, 'context:us-state-after-city');
          return true;
        }
      }
      emit(ctx, from, to, entity, reason ?? `gazetteer:${entity.type.toLowerCase()}`);
      return true;
  }
}

/**
 * Just past "del Sur" / "de Norte" after a known place's name ("Zamboanga del Norte"), or `to` when no
 * such tail follows: the province's name runs on over it (../lexicon/places.ts COMPASS_NAME_TAILS).
 */
function compassTailAfter(ctx: SentenceContext, to: number): number {
  const [link, word] = [ctx.tokens[to], ctx.tokens[to + 1]];
  if (!link || !word || link.cap || !COMPASS_NAME_LINKS.has(link.norm)) return to;
  if (!word.cap || !COMPASS_NAME_TAILS.has(word.norm) || ctx.consumed.has(to + 1)) return to;
  return to + 2;
}

/**
 * Just past a federal district's letters written after a capital ("Washington, D.C.", "Washington
 * DC"), or `to` when none follow: the written name is the place's too (round 26).
 */
function districtAfter(ctx: SentenceContext, to: number): number {
  const { tokens } = ctx;
  const comma = tokens[to]?.text === ',' ? 1 : 0;
  const letters = tokens[to + comma];
  return letters && /^D\.?C\.?$/.test(letters.text) && !ctx.consumed.has(to + comma) ? to + comma + 1 : to;
}

/** The bare names of UN organs that other bodies bear too. */
const SHARED_ORGAN_NAMES: ReadonlySet<string> = new Set(['security council', 'general assembly']);
/** Owners whose possessive leaves the organ the UN's: "the UN's General Assembly". */
const UN_OWNERS = /^(?:un|u\.n\.|united nations)$/i;

function ownedUnOrgan(ctx: SentenceContext, from: number, to: number, entity: GazEntity): boolean {
  const owner = ctx.tokens[from - 1];
  const written = nameOf(ctx.tokens.slice(from, to)).toLowerCase();
  if (!owner?.possessive || !owner.cap || !SHARED_ORGAN_NAMES.has(written)) return false;
  const ownerName = owner.text.replace(/['’]s?$/, '');
  return entity.category === 'international' && !UN_OWNERS.test(ownerName);
}

/**
 * "a depot in Duma", "shelling in Duma": a chamber English names with "the" ("the Duma", "the
 * Knesset"), written bare after a preposition of place, is a town of the same name.
 */
function bareBodyPlace(ctx: SentenceContext, from: number, to: number, entity: GazEntity): boolean {
  const prev = ctx.tokens[from - 1];
  return (
    entity.type === 'Organization' &&
    to - from === 1 &&
    CHAMBERS_WITH_THE.has(ctx.tokens[from].norm) &&
    prev !== undefined &&
    LOCATIVE_PREPOSITIONS.has(prev.norm)
  );
}

const letters = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A name from the Phoenix lists (gazetteer `cased`): the article's longer name of the same
 * organisation if it has one ("Halliburton" after "Halliburton Energy Services Inc."), else
 * the name as the text writes it when that is the listed name (the lists are in capitals).
 */
function emitListed(
  ctx: SentenceContext,
  from: number,
  to: number,
  entity: GazEntity,
  reason?: string,
): boolean {
  const written = nameOf(ctx.tokens.slice(from, to));
  const longer = ctx.registry
    .all()
    .find((d) => d.type === 'Organization' && d.name.toLowerCase().startsWith(`${written.toLowerCase()} `));
  if (longer) {
    ctx.registry.addMention(longer, ctx.tokens.slice(from, to), ctx.sentenceIndex, 'alias:article');
    ctx.last = { draft: longer, start: from, end: to };
    return true;
  }
  const name = letters(written) === letters(entity.name) ? written : entity.name;
  emit(ctx, from, to, { ...entity, name }, reason ?? 'gazetteer:phoenix');
  return true;
}

/**
 * "Brazil's Senate": a listed body whose name places it in one state ("U.S. Senate", matched by its
 * bare "Senate") is, after another state's possessive, that state's own body ("Brazilian Senate").
 */
function emitOtherStatesBody(ctx: SentenceContext, m: Match, from: number, to: number): boolean {
  const listed = m.draft ?? (m.hit?.kind === 'name' ? m.hit.entity : undefined);
  if (listed?.type !== 'Organization') return false;
  const owner = possessiveOwner(ctx, from);
  const listedIn = listedBodyCountry(listed.name);
  if (!owner || !listedIn || owner.name === listedIn) return false;
  const name = ownedName(owner.name, nameOf(ctx.tokens.slice(from, to)));
  emit(ctx, from, to, { type: 'Organization', category: listed.category, name }, 'listed-body:other-owner');
  ctx.registry.current(ctx.last?.draft as Draft).aliases.add(possessiveAlias(ctx, owner, to));
  return true;
}

/**
 * A generic body met again after a possessive country: the same record when that country owns
 * it (a bare one is given this owner), another record when another country does.
 */
function emitOwnedBody(ctx: SentenceContext, draft: Draft, from: number, to: number): boolean {
  const owner = possessiveOwner(ctx, from) as Draft;
  const body = draft.body as string;
  if (draft.owner === undefined) {
    draft.owner = owner.name;
    ctx.registry.rename(draft, ownedName(owner.name, body));
  }
  if (draft.owner === owner.name) {
    ctx.registry.addMention(draft, ctx.tokens.slice(from, to), ctx.sentenceIndex, 'alias:article');
    ctx.registry.current(draft).aliases.add(possessiveAlias(ctx, owner, to));
    ctx.last = { draft, start: from, end: to };
  } else {
    emit(ctx, from, to, { name: body, type: draft.type, category: draft.category }, 'generic-body:owner');
  }
  return true;
}

/**
 * A capital or seat stands for its government where it acts ("Washington said"), in a modifier
 * ("Moscow-backed", "Kremlin-backed": a place backs nothing), and, for a seat, as an owner ("the
 * Kremlin's ability": a building owns nothing).
 */
function actsHere(ctx: SentenceContext, kind: string, from: number, to: number, reason?: string): boolean {
  const modifier = /^modifier:(?:X-(\w+)|(pro|anti)-X)$/.exec(reason ?? '');
  if (modifier && (modifier[2] || AGENT_SUFFIXES.has(modifier[1]))) return true;
  if (kind === 'seat' && ctx.tokens[to - 1].possessive) return true;
  // "Pentagon Press Secretary X", "Kremlin spokesman Y": a seat before a title is its body.
  if (kind === 'seat' && titlePhrase(ctx.tokens, to, Math.min(ctx.tokens.length, to + 6))) return true;
  if (kind === 'seat' && seatSpeaks(ctx.tokens, from, to)) return true;
  return (
    capitalStandsForGovernment(ctx.tokens, from, to, (k) => stateActorAt(ctx, k)) ||
    subjectOfVerb(ctx, from, to)
  );
}

/**
 * "a statement released by the Pentagon", "a Pentagon news conference", "told Pentagon reporters":
 * the agent of a release and the owner of the press are the body a seat houses, not the building.
 */
function seatSpeaks(tokens: readonly Token[], from: number, to: number): boolean {
  if (SEAT_PRESS_NOUNS.has(tokens[to]?.norm ?? '')) return true;
  const before = tokens[from - 1]?.norm === 'the' ? from - 2 : from - 1;
  return tokens[before]?.norm === 'by';
}

/**
 * "demands that Washington lift the sanctions", "losses that Kyiv attributed to …": a capital
 * before a verb (compromise's tag) is its subject, unless a preposition places it ("talks in
 * Geneva ended").
 */
function subjectOfVerb(ctx: SentenceContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  // "in Moscow and Kyiv fell": the preposition before a list places every member.
  let start = from;
  while (start > 1 && ['and', ','].includes(tokens[start - 1].norm) && tokens[start - 2].cap) {
    start -= 2;
    while (start > 0 && tokens[start - 1].cap && !tokens[start - 1].punct) start--;
  }
  const prev = tokens[start - 1];
  const next = tokens[to];
  if (!next || next.punct || next.cap || tokens[to - 1].possessive) return false;
  // "a Moscow police van": after "a" the capital qualifies the noun ("police" only looks a verb).
  if (prev && INDEFINITE_ARTICLES.has(prev.norm)) return false;
  if (
    prev &&
    (LOCATIVE_PREPOSITIONS.has(prev.norm) ||
      PLACE_PREPOSITIONS.has(prev.norm) ||
      tagsOf(ctx, prev).has('Preposition'))
  )
    return false;
  const tags = tagsOf(ctx, next);
  return tags.has('Verb') && !tags.has('Gerund') && !tags.has('Participle');
}

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Prepositions that make a capital the place of something, besides the locative ones. */
const PLACE_PREPOSITIONS = new Set([
  'at',
  'to',
  'of',
  'via',
  'for',
  'through',
  'by',
  'over',
  'between',
  'among',
]);

/** The length of a country or capital named at token k, or 0 ("Washington and Beijing"). */
function stateActorAt(ctx: SentenceContext, k: number): number {
  const m = longestMatch(ctx, k);
  if (!m) return 0;
  const kind = m.hit?.kind;
  const type = m.hit?.entity.type ?? m.draft?.type;
  return kind === 'capital' || (type === 'Country' && kind !== 'demonym') ? m.length : 0;
}

/** Joins of a list of languages: "in French and Portuguese", "in English, French or Arabic". */
const LANGUAGE_JOINS = new Set(['and', 'or', ',']);

/**
 * Whether the demonym at `from` names a language: after "in" or a verb of speaking, alone or in a
 * list of languages ("in French and Portuguese"), with nothing but punctuation after the list.
 */
function languageAfterSpeech(tokens: readonly Token[], from: number): boolean {
  const isLanguage = (k: number) => LANGUAGES.has(tokens[k]?.norm ?? '');
  if (!isLanguage(from)) return false;
  let first = from;
  while (LANGUAGE_JOINS.has(tokens[first - 1]?.norm || tokens[first - 1]?.text) && isLanguage(first - 2))
    first -= 2;
  let last = from;
  while (LANGUAGE_JOINS.has(tokens[last + 1]?.norm || tokens[last + 1]?.text) && isLanguage(last + 2))
    last += 2;
  const after = tokens[last + 1];
  return (
    (!after || after.punct) && ['in', 'spoke', 'speaks', 'speaking'].includes(tokens[first - 1]?.norm ?? '')
  );
}
