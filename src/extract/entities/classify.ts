// Reads the names in one capitalised span, in this order: a known name covering the whole
// span; a title before a person's name; a head word ("… Ministry", "… Strait"); then the
// span's known parts, with the unknown rest classified by compromise's tags and context.
import type { OrgCategory } from '../../model';
import {
  CALENDAR_WORDS,
  BYLINE_WORDS,
  DECLARED_CONDITIONS,
  DESIGNATIONS,
  DOCUMENT_HEADS,
  EVENT_STARTS,
  LOCATIVE_PREPOSITIONS,
  HONORIFICS_INSIDE_NAMES,
  NAME_KEEPING_TITLES,
  NAME_PARTICLES,
  NAMED_DOCUMENT_ENDS,
  OBSERVANCE_OPENERS,
  PEOPLE_AND_CREED_WORDS,
  PLACE_VERBS,
  PORTFOLIO_WORDS,
  STORM_NOUNS,
} from '../lexicon/common-words';
import {
  CIVIL_DIVISION_WORDS,
  BROADCAST_WORDS,
  CORPORATE_SUFFIXES,
  DIPLOMATIC_MISSIONS,
  INSURGENT_WORDS,
  LEAGUE_HEADS,
  LOCATION_HEADS,
  LOCATION_OF_HEADS,
  NUMBERED_HEADS,
  NUMBERED_UNIT_HEADS,
  ON_TOPIC_HEADS,
  CRIME_KIND_WORDS,
  ORG_HEADS,
  POLITICAL_AIMS,
  UNIT_FUNCTION_WORDS,
} from '../lexicon/heads';
import {
  isTitleModifier,
  isTitleWord,
  titleBefore,
  titlePhrase,
  type TitlePhrase,
} from '../rules/entities/title-phrase';
import {
  COMPASS_ADJECTIVES,
  COMPASS_POINTS,
  OFFICE_SEAT_NOUNS,
  SEATED_OFFICES,
  PLACE_KINDS_BEFORE_NAME,
  PLACE_NOUNS_AFTER_NAME,
  SHIP_PREFIXES,
} from '../lexicon/place-words';
import { readPurposeNamedBody } from './purpose-name';
import { PORTFOLIO_WORDS as MINISTRY_PORTFOLIOS } from '../lexicon/portfolios';
import { isCommonWord, isFirstName, nlp } from '../nlp';
import { countryAsFirstName, longestMatch, tagsOf, type Match, type SentenceContext } from './context';
import { armedGroupApposition } from './apposition';
import { GAZETTEER, keyOf } from './gazetteer';
import { emit, emitMatch, nameOf, partyToTalks } from './emit';
import { possessiveOwner } from './generic-body';
import { arabicGroupCategory, izafeCategory } from './izafe-name';
import { kindNounAfter, kindNounApposed, kindNounBefore, syndicateNounAfter } from './kind-noun-before';
import { readKnownCompound } from './known-compound';
import { isHeadSurnamed, isPersonName, looksLikePerson } from './person-name';
import { isPersonNoun, roleNounsEnd } from './person-cues';
import { placeShapeAround, prefixedPlace, regionAfter } from './place-context';
import { GATHERING_HEADS, normalize, type Token } from './tokens';
import { emitParty, multiWordPartyCue } from './party-cue';
import {
  classifyUnknown,
  companyNameAfterNoun,
  emitAfterKindInitials,
  opensOnKindInitials,
  opensOnMediaNoun,
  productOfCompany,
} from './unknown-words';
import { isCityMatch } from './city-region';
import { cityDivision } from './city-division';
import { GIVEN_NAME_CITIES } from '../lexicon/family-names';
import { isMediaName } from './media-cue';
import { GROUPING_CODE, SHARED_PLACE_HEADS } from './spans';

/**
 * The words of a kind of military or police site ("Military Base", "Army Camp", "Police Post"):
 * a place named by these alone has no name of its own ("Bagram Air Base" has).
 */
const SITE_KIND_WORDS: ReadonlySet<string> = new Set([
  'military',
  'army',
  'naval',
  'navy',
  'air',
  'police',
  'security',
  'forward',
  'operating',
  'base',
  'airbase',
  'camp',
  'post',
  'outpost',
  'station',
  'barracks',
  'checkpoint',
]);
/** Nouns of a body that no head list holds, written after a title's "of the General …". */
const BODY_NOUNS_AFTER_TITLE: ReadonlySet<string> = new Set(['staff', 'headquarters']);

const STATE_PREFIX: ReadonlySet<string> = new Set(['Country']);
/**
 * "Government of National Accord", "Council of the Peace Process": a body's head opening the span
 * before "of" names the body; the document's noun at the end is what it is of.
 */
export const headOfName = (
  tokens: readonly { norm: string; cap: boolean }[],
  a: number,
  b: number,
): boolean =>
  b - a > 2 &&
  tokens[a].cap &&
  ORG_HEADS.has(tokens[a].norm) &&
  tokens[a + 1].norm === 'of' &&
  tokens[b - 1].cap;
/** "the P5+1 talks": the span is one listed organisation, before a negotiation's noun. */
function listedPartyToTalks(ctx: SentenceContext, a: number, b: number): boolean {
  const m = longestMatch(ctx, a, b);
  return !!m && m.length === b - a && partyToTalks(m, ctx.tokens[b]);
}
/** A capitalised word joined to "class": "Burke-class", "Virginia-class". */
const CLASS_WORD = /^\p{Lu}[\p{L}'’]*-class$/u;

/** Words of an office's tenure written before the holder's affiliation: "Acting Y Governor". */
const TENURE_WORDS: ReadonlySet<string> = new Set(['acting', 'interim', 'caretaker', 'outgoing', 'incoming']);

export function classifySpan(ctx: SentenceContext, a: number, b: number): void {
  const { tokens } = ctx;
  if (a >= b) return;
  if (!ctx.headline && readPurposeNamedBody(ctx, a, b)) return;
  // "the Acting Taliban Provincial Governor": a word of the office's tenure before a known name is
  // no part of that name (round 39)
  if (TENURE_WORDS.has(tokens[a].norm) && b - a > 1 && !longestMatch(ctx, a, b)) {
    const known = longestMatch(ctx, a + 1, b);
    // (not a state's people: "the Interim Afghan Government" is that government's name)
    if ((known?.hit?.entity.type ?? known?.draft?.type) === 'Organization')
      return classifySpan(ctx, a + 1, b);
  }
  // before the document's name: "the C5+1 format" is the grouping's
  if (readGroupingCode(ctx, a, b)) return;
  // "the Tashkent Declaration", "the Lima agreements": a document's name.
  if (
    !headOfName(tokens, a, b) &&
    (DOCUMENT_HEADS.has(tokens[b - 1].norm) ||
      (b - a > 1 && NAMED_DOCUMENT_ENDS.has(tokens[b - 1].norm) && !knownEndsAt(ctx, a, b)) ||
      (tokens[b] &&
        !tokens[b].cap &&
        !tokens[b - 1].possessive &&
        DOCUMENT_HEADS.has(tokens[b].norm) &&
        !listedPartyToTalks(ctx, a, b)))
  )
    return;
  if (b - a === 1 && BARE_COMPASS.has(tokens[a].norm)) return;
  // "the Pacific Northwest", "the Gulf Southeast": a region's name closed by a compound compass
  // word is one region, not the listed place before it.
  if (regionWithCompassEnd(ctx, a, b)) {
    emit(ctx, a, b, { type: 'Location' }, 'head:compass-end');
    return;
  }
  // "Google Shopping", "Alphabet's Google Maps service": an ordinary word right after a company's
  // name names its product, no body of its own
  if (productOfCompany(ctx, a, b)) return;
  // "in Kayah and Karen States": a plural kind of region after a list names each item's region
  const shared = sharedRegionNoun(ctx, a, b);
  if (shared) {
    // the plural noun stays outside the mention, where the place rules read the pair's kind
    emit(ctx, a, b - 1, { name: shared, type: 'Location' }, 'head:shared-region-noun');
    ctx.consumed.add(b - 1);
    return;
  }
  // "in Kayah and Karen States", "Y's Abo and Belu states": the first item of the pair (round 44)
  const sharedAfter = sharedRegionNounAfter(ctx, a, b);
  if (sharedAfter) {
    emit(ctx, a, b, { name: sharedAfter, type: 'Location' }, 'head:shared-region-noun-after');
    return;
  }
  // "the Bureau's Denver Division", "Bureau Boston Division": a body's field division named
  // for its city is the city and the body, no third actor (./city-division.ts)
  const division = cityDivision(ctx, a, b);
  if (division) {
    if (division.owner) classifySpan(ctx, ...division.owner);
    emit(ctx, ...division.city, { type: 'Location' }, 'head:city-of-a-division');
    return;
  }
  // "fighting in Mandalay Division", "Sylhet Division": a state's administrative division named
  // for its listed city or region is a place, not an army's division ("the Gaza Division").
  if (administrativeDivision(ctx, a, b)) {
    emit(ctx, a, b, { type: 'Location' }, 'head:administrative-division');
    return;
  }
  // "NGO Provea", "the NGO Foro Vivo": the initials of a kind of body before a name are no part
  // of it (and no Vietnamese surname "Ngo"); the name is that body's.
  if (opensOnKindInitials(tokens, a, b)) {
    if (longestMatch(ctx, a + 1, b)) classifySpan(ctx, a + 1, b);
    else emitAfterKindInitials(ctx, a, b);
    return;
  }
  // "the Bishops' Conference", "the Kenyan Mayors' Forum": a body gathering members, named for them
  if (b - a > 1 && GATHERING_HEADS.has(tokens[b - 1].norm) && /s['’]$/.test(tokens[b - 2].text)) {
    emit(ctx, a, b, { type: 'Organization', category: 'other' }, 'head:gathering');
    return;
  }
  // "the ruling Georgian Dream party": a party cue around a run that opens on a state's demonym
  // names the party, not the state (the run with no listed word is read in unknown-words.ts)
  if (b - a > 1 && multiWordPartyCue(ctx, a, b) && opensOnDemonym(ctx, a, b)) {
    emitParty(ctx, a, b, 'political', 'context:party-noun-after');
    return;
  }
  // "Newspaper X reported": the medium's noun opening the sentence is no part of the name.
  if (opensOnMediaNoun(tokens, a, b)) {
    if (longestMatch(ctx, a + 1, b)) classifySpan(ctx, a + 1, b);
    else emit(ctx, a + 1, b, { type: 'Organization', category: 'media' }, 'context:opening-media-noun');
    return;
  }
  // "the Baloch Liberation army": a cause's word in the name makes the lower-case head after it
  // the name's last word, as written with a capital
  const causeHead = lowerCauseHead(ctx, a, b);
  if (causeHead) {
    const head = tokens[b].norm;
    const name = `${nameOf(tokens.slice(a, b))} ${head[0].toUpperCase()}${head.slice(1)}`;
    emit(ctx, a, b + 1, { name, type: 'Organization', category: 'armed_group' }, 'head:lower-case-cause');
    return;
  }
  // "an Arleigh Burke-class destroyer": the words before a "-class" word name a ship's or a
  // weapon's class (after a person or place), no actor.
  if (tokens[b] && CLASS_WORD.test(tokens[b].text) && !tokens[b - 1].possessive) return;
  // "International Anti-Corruption Day", "Independence Day": an observance, no actor.
  if (b - a > 1 && tokens[b - 1].norm === 'day' && OBSERVANCE_OPENERS.has(tokens[a].norm)) return;
  // "Transnational Organized Crime": a kind of crime is a field of law, no body ("… Forces Against
  // Organized Crime", with a body's head before it, is a body named for what it fights).
  if (
    b - a > 1 &&
    tokens[b - 1].norm === 'crime' &&
    CRIME_KIND_WORDS.has(tokens[b - 2].norm) &&
    !tokens.slice(a, b - 2).some((t) => t.cap && ORG_HEADS.has(t.norm))
  )
    return;
  // "Dow Jones & Co.", "Procter & Gamble": names joined by an ampersand are a firm's
  const amp = tokens.findIndex((t, k) => k > a && k < b - 1 && t.text === '&');
  // "State Councillor & Foreign Minister X": an ampersand between titles joins two offices of one
  // holder, no firm; the holder's name is read after the second (round 41, fresh news)
  if (amp > 0 && tokens.slice(a, amp).some((t) => isTitleWord(t.norm))) {
    classifySpan(ctx, a, amp);
    classifySpan(ctx, amp + 1, b);
    return;
  }
  if (amp > 0) {
    // the firm's name opens after the last lower-case word before the ampersand ("Shareholders
    // of Dow Jones & Co.")
    let start = amp - 1;
    while (start > a && tokens[start - 1].cap && !tokens[start - 1].punct) start--;
    // "Bosnia & Herzegovina", "Trinidad & Tobago": a listed name written with "and"
    const listed = GAZETTEER.names.get(
      keyOf(tokens.slice(start, b).map((t) => (t.text === '&' ? 'and' : t.norm))),
    );
    if (listed) emitMatch(ctx, { length: b - start, hit: listed }, start, 'ampersand-listed');
    else emit(ctx, start, b, { type: 'Organization', category: 'company' }, 'ampersand-firm');
    let end = start;
    while (end > a && !tokens[end - 1].cap) end--;
    if (end > a) classifySpan(ctx, a, end);
    return;
  }
  // "the Southeast Asian country", "East African leaders": a region's adjective, no place.
  if (
    b - a === 2 &&
    BARE_COMPASS.has(tokens[a].norm) &&
    PEOPLE_AND_CREED_WORDS.has(tokens[a + 1].norm) &&
    longestMatch(ctx, a, b)?.length !== 2
  )
    return;
  // "a Foreign Terrorist Organization": a status, not an actor.
  if (
    b - a > 1 &&
    DESIGNATIONS.has(
      tokens
        .slice(a, b)
        .map((t) => t.norm)
        .join(' '),
    )
  )
    return;

  const allied = bilateralAllianceSides(ctx, a, b);
  if (allied) {
    // "the Norland – Chile Alliance": the span is the last state and the head; the state is named
    for (const [at, m] of allied) emitMatch(ctx, m, at, 'alliance-side');
    return;
  }
  // before the split at "of": "the UN Mission in the Democratic Republic of Congo" is one name
  if (readDiplomaticMission(ctx, a, b)) return;
  // "Foreign Minister Omar al-Rashid of Jordan": the place after "of" is a name of its own.
  const of = splitAtOf(ctx, a, b);
  if (of > 0) {
    classifySpan(ctx, a, of);
    classifySpan(ctx, of + 1, b);
    return;
  }
  // "Operation Inherent Resolve", "Battle of Mosul": an event's name.
  if (EVENT_STARTS.has(tokens[a].norm) && b - a > 1) return;
  // "Hurricane Matthew", "Tropical Storm Erika", "hurricanes Katrina and Rita": a storm's name.
  if (namesStorm(ctx, a, b)) {
    // "Cyclone Mora's rampage … Mora swept the coast": the storm met again by its bare name
    ctx.registry.noteStorm(tokens.slice(a, b).filter((t) => t.cap && !t.punct && !STORM_WORDS.has(t.norm)));
    return;
  }
  // "USS Carney", "the MV Galaxy Leader": a ship's name; "M/V Huang Pu" (the prefix split by its slash)
  if (slashedShipPrefixBefore(tokens, a)) {
    emit(ctx, a, b, { type: 'Location' }, 'head:ship-prefix');
    return;
  }
  if (SHIP_PREFIXES.has(tokens[a].text) && b - a > 1) {
    const and = tokens.slice(a, b).findIndex((t) => t.norm === 'and');
    const end = and > 1 ? a + and : b;
    emit(ctx, a, end, { type: 'Location' }, 'head:ship-prefix');
    if (end < b) classifySpan(ctx, end + 1, b);
    return;
  }
  // "Reporting by John Smith": a byline.
  if (tokens[a - 1]?.norm === 'by' && BYLINE_WORDS.has(tokens[a - 2]?.norm ?? '')) return;
  // "the Juarez cartel": a place's name before a lower-case "cartel" names the syndicate
  const syndicate = syndicateNounAfter(ctx, a, b);
  if (syndicate) {
    const name = `${nameOf(tokens.slice(a, b))} Cartel`;
    emit(
      ctx,
      a,
      syndicate,
      { name, type: 'Organization', category: 'armed_group' },
      'context:syndicate-noun-after',
    );
    return;
  }
  const whole = longestMatch(ctx, a);
  if (whole && a + whole.length >= b) {
    emitMatch(ctx, whole, a);
    return;
  }
  if (countedThings(ctx, a, b)) return;
  // "the Kuril and Aleutian Islands": the first of two names sharing a plural place head
  const sharedHead = sharedHeadAfter(ctx, a, b);
  if (sharedHead) {
    emit(
      ctx,
      a,
      b,
      { name: `${nameOf(ctx.tokens.slice(a, b))} ${sharedHead}`, type: 'Location' },
      'head:shared-after',
    );
    return;
  }
  // "the Hafiz Gul Bahadur armed group": a group named for its leader is no person.
  const group = kindNounAfter(ctx, a, b);
  if (group) {
    emit(ctx, a, group.end, { type: 'Organization', category: group.category }, 'context:group-noun-after');
    return;
  }
  // "Lake Chad", "Mount Kenya", "Camp Boiro", "Naval Base Ana Ruiz": a kind of place opening a
  // short name (a base's after one word), even when the rest is a country's or a person's name.
  const kindAt = PLACE_KINDS_BEFORE_NAME.has(tokens[a].norm)
    ? a
    : tokens[a + 1]?.norm === 'base' && tokens[a + 1].cap
      ? a + 1
      : -1;
  if (
    kindAt >= 0 &&
    b - kindAt >= 2 &&
    b - kindAt <= 4 &&
    !ORG_HEADS.has(tokens[b - 1].norm) &&
    !tokens.slice(a, b).some((t) => t.punct || t.possessive || isTitleWord(t.norm))
  ) {
    emit(ctx, a, b, { type: 'Location' }, 'head:place-kind-before');
    return;
  }
  if (readStateGovernment(ctx, a, b)) return;
  if (readArabicGroupName(ctx, a, b)) return;
  if (whole && readKnownCompound(ctx, a, b, whole)) return;
  if (!whole && readIzafeName(ctx, a, b)) return;
  // A title-case headline capitalises every word ("Storm Hits Coast"): only its known names
  // count, and a longer run only when the article writes it again.
  if (ctx.headline && b - a > 1 && !writtenAgain(ctx, a, b)) {
    segment(ctx, a, b);
    return;
  }
  if (readTitled(ctx, a, b)) return;
  if (readBodyThenPerson(ctx, a, b)) return;
  // "Shares of Nvidia Corp", "Officials of Hamas": a common word before "of" is no part of the name.
  if (
    tokens[a].initial &&
    tokens[a + 1]?.norm === 'of' &&
    !ORG_HEADS.has(tokens[a].norm) &&
    !LOCATION_OF_HEADS.has(tokens[a].norm) &&
    isCommonNoun(ctx, a)
  ) {
    classifySpan(ctx, a + 2, b);
    return;
  }
  const prefixed = prefixedPlace(ctx, a, b);
  // "Al Qaim" with no place's context: a place or a person; the article may tell later.
  if (prefixed === 'unclear' && b - a === 2 && !tagsOf(ctx, tokens[a + 1]).has('LastName')) {
    ctx.pending.push({ tokens: tokens.slice(a, b), sentenceIndex: ctx.sentenceIndex });
    return;
  }
  if (prefixed && prefixed !== 'unclear') {
    emit(ctx, a, b, { type: 'Location' }, prefixed);
    return;
  }
  // "Nvidia CEO Jensen Huang": a title inside the span; the words before it name the employer.
  const inner = innerTitle(ctx, a, b);
  if (inner > a) {
    classifySpan(ctx, a, inner);
    readTitled(ctx, inner, b);
    return;
  }
  // "Tower 22": a place's head word and its number (spans.ts lets the number in only so).
  if (b - a > 1 && /^\d+$/.test(tokens[b - 1].text) && NUMBERED_HEADS.has(tokens[b - 2].norm)) {
    emit(ctx, a, b, { type: 'Location' }, 'head:numbered-place');
    return;
  }
  // "ZLA Battalion 14", "Brigade 55": a unit's head word and its number name a unit of a force.
  if (b - a > 1 && /^\d+$/.test(tokens[b - 1].text) && NUMBERED_UNIT_HEADS.has(tokens[b - 2].norm)) {
    emit(ctx, a, b, { type: 'Organization', category: 'military' }, 'head:numbered-unit');
    return;
  }
  // "Grupo Delta SA", "Nordwerk AG": a legal form ends a company's name.
  if (b - a > 1 && CORPORATE_SUFFIXES.has(tokens[b - 1].norm) && tokens[b - 1].cap) {
    if (readKnownFirm(ctx, a, b)) return;
    emit(ctx, a, b, { type: 'Organization', category: 'company' }, 'head:legal-form');
    return;
  }
  if (readHeaded(ctx, a, b)) return;
  // "Boca Chica, Texas": a name followed by its state or country is a place.
  if (regionAfter(ctx, b)) {
    emit(ctx, a, b, { type: 'Location' }, 'context:place-comma-region');
    return;
  }
  // "Ahmad Khel, a village …", "Gul Kalay district": only a place is written so.
  const placeShape = b - a > 1 && !longestMatch(ctx, a, b) ? placeShapeAround(ctx, a, b) : undefined;
  if (placeShape) {
    emit(ctx, a, b, { type: 'Location' }, placeShape);
    return;
  }
  // "the banned extremist organization Sipah Tarin": a lower-case noun for a body right before.
  const kind = kindNounBefore(ctx, a, b);
  if (kind) {
    emit(ctx, a, b, { type: 'Organization', category: kind }, 'context:kind-noun-before');
    return;
  }
  // "a humanitarian organization, Rising Dawn,": a kind noun's apposition (round 29)
  const apposed = b - a > 1 ? kindNounApposed(ctx, a, b) : undefined;
  if (apposed) {
    emit(ctx, a, b, { type: 'Organization', category: apposed }, 'context:kind-noun-apposed');
    return;
  }
  // "the Paraguayan newspaper La Nación": the medium's noun beside the name is no person's.
  if (b - a > 1 && !longestMatch(ctx, a, b) && isMediaName(ctx, a, b)) {
    emit(ctx, a, b, { type: 'Organization', category: 'media' }, 'context:media-noun');
    return;
  }
  // "the brewer Kolvane Brouwerij": a company noun is no person's ("brewer", "producer").
  if (b - a > 1 && companyNameAfterNoun(ctx, a, b) === a) {
    emit(ctx, a, b, { type: 'Organization', category: 'company' }, 'context:company-noun');
    return;
  }
  // "deputy negotiator Kaveh Tabrizi", "opposition lawmaker Odhiambo Wekesa": a lower-case
  // noun for a person just before two or three unknown words that are no ordinary words.
  // "Israel Katz, the defence minister": a country's name as a first name (./context.ts)
  if (b - a === 2 && countryAsFirstName(ctx, a)) {
    emit(ctx, a, b, { type: 'Person', role: titleBefore(tokens, a) }, 'context:country-first-name');
    return;
  }
  if (b - a > 1 && b - a <= 3 && agentNounBefore(ctx, a) && looksLikePerson(ctx, a, b, false)) {
    emit(ctx, a, b, { type: 'Person', role: ctx.tokens[a - 1].text }, 'context:agent-noun-before');
    return;
  }
  if (b - a > 1 && looksLikePerson(ctx, a, b, true)) {
    emit(ctx, a, b, { type: 'Person', role: titleBefore(tokens, a) }, 'compromise:person');
    return;
  }
  segment(ctx, a, b);
}

/** Words of a storm's kind inside its name ("Tropical Storm Erika"), not of the name itself. */
const STORM_WORDS = new Set([...STORM_NOUNS, 'tropical', 'super', 'severe']);

/**
 * The span [a, b) names a storm: a storm noun inside it before the name ("Tropical Storm Erika"),
 * or just before it in lower case, also across a list ("hurricanes Katrina and Rita").
 */
function namesStorm(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let k = a; k < b - 1; k++) if (STORM_NOUNS.has(tokens[k].norm)) return true;
  let k = a - 1;
  while ((tokens[k]?.norm === 'and' || tokens[k]?.text === ',') && tokens[k - 1]?.cap) {
    k--;
    while (tokens[k - 1]?.cap && !tokens[k - 1].punct) k--;
    k--;
  }
  const noun = tokens[k];
  return !!noun && !noun.cap && STORM_NOUNS.has(noun.norm);
}

/** A year, not a count: "in 2024 …". */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * "the sale of 100 Harpoon Coastal Defense Systems", "two Patriot Missile Batteries": a count
 * before unknown capitalised words ending the phrase in a plural names things of a make, not a
 * body. Not when a known name is inside, nor when a noun follows ("two Acme Systems engineers").
 */
function countedThings(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const count = tokens[a - 1];
  if (b - a < 2 || !count || YEAR.test(count.text)) return false;
  if (!/^\d[\d,.]*$/.test(count.text) && !tagsOf(ctx, count).has('Cardinal')) return false;
  const last = tokens[b - 1].norm;
  if (!/[^su]s$/.test(last) || tokens[b - 1].possessive) return false;
  if (tokens[b] && !tokens[b].punct && tagsOf(ctx, tokens[b]).has('Noun')) return false;
  for (let k = a; k < b; k++) if (longestMatch(ctx, k, b)) return false;
  return true;
}

/**
 * "the U.S.-Korea Alliance", "the United States – Norland Alliance": an alliance named by the
 * states in it is their relation, not a body of its own. The states written as words of the span
 * are its sides (undefined when the span is no such alliance): each is named there, so that the
 * alliance reads as the states' support of each other (round 16; before, nothing was read).
 */
function bilateralAllianceSides(ctx: SentenceContext, a: number, b: number): [number, Match][] | undefined {
  const { tokens } = ctx;
  if (b - a < 2 || tokens[b - 1].norm !== 'alliance') return undefined;
  // "the Kenya Alliance party": a party's name
  if (tokens[b] && !tokens[b].cap && ORG_HEADS.has(tokens[b].norm)) return undefined;
  const isCountry = (m: Match | undefined): boolean =>
    (m?.hit?.entity ?? m?.draft)?.type === 'Country' && m?.hit?.kind !== 'demonym';
  const sides: [number, Match][] = [];
  for (let k = a; k < b - 1;) {
    const t = tokens[k];
    const m = longestMatch(ctx, k, b - 1);
    if (isCountry(m)) {
      sides.push([k, m as Match]);
      k += (m as Match).length;
      continue;
    }
    // "U.S.-ROK": a pair of states in one word, the first one known
    const dash = t.text.indexOf('-');
    if (dash <= 0 || k !== a || !/^\p{Lu}/u.test(t.text.slice(dash + 1))) return undefined;
    const head = t.text.slice(0, dash);
    const probe: SentenceContext = {
      ...ctx,
      tokens: [{ ...t, text: head, norm: normalize(head), end: t.start + dash }],
      consumed: new Set(),
    };
    if (!isCountry(longestMatch(probe, 0))) return undefined;
    k++;
  }
  return sides;
}

/** "Lashkar-e-Islam", "Tehrik-e-Taliban Pakistan": the izafe name runs to the span's end or a title. */
function readIzafeName(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const category = izafeCategory(tokens[a]);
  if (!category) return false;
  let end = a + 1;
  while (end < b && !isTitleWord(tokens[end].norm) && !isTitleModifier(tokens[end].norm)) end++;
  emit(ctx, a, end, { type: 'Organization', category }, 'head:izafe');
  if (end < b) classifySpan(ctx, end, b);
  return true;
}

/**
 * "the Government of Zimbabwe", "the U.S. Government": a state's government named with the
 * state's own name, and nothing else, is the state acting (as "the Zimbabwean government" is).
 */
function readStateGovernment(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (b - a < 2) return false;
  const head = tokens[a].norm === 'government' && tokens[a + 1].norm === 'of' ? a + 2 : a;
  const end = head === a ? b - 1 : b;
  if (head === a && tokens[b - 1].norm !== 'government') return false;
  const from = tokens[head]?.norm === 'the' ? head + 1 : head;
  const m = end > from ? longestMatch(ctx, from, end) : undefined;
  if (!m || from + m.length !== end || tokens[end - 1].possessive) return false;
  const state =
    m.draft?.type === 'Country' ||
    (m.hit?.entity.type === 'Country' && ['name', 'code'].includes(m.hit.kind));
  if (!state) return false;
  return emitMatch(ctx, { ...m, length: b - a }, a, 'context:government-of-state');
}

/** "Jaish al-Adl", "Kait'ib Hezbollah": an Arabic word for a body opens a group's name (up to a title). */
function readArabicGroupName(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  let end = a + 1;
  while (end < b && !isTitleWord(tokens[end].norm) && !isTitleModifier(tokens[end].norm)) end++;
  const category = arabicGroupCategory(tokens.slice(a, end));
  if (!category) return false;
  emit(ctx, a, end, { type: 'Organization', category }, 'head:arabic-group');
  if (end < b) classifySpan(ctx, end, b);
  return true;
}

/** A known name ends the span ("… World Food Programme"): the last word is a body's, not a document's. */
function knownEndsAt(ctx: SentenceContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const m = longestMatch(ctx, k, b);
    if (m && k + m.length === b) return true;
  }
  return false;
}

function writtenAgain(ctx: SentenceContext, a: number, b: number): boolean {
  const end = ctx.tokens[b - 1].end;
  return ctx.text.indexOf(ctx.text.slice(ctx.tokens[a].start, end), end) >= 0;
}

/** A state's arms a demonym or a country's name qualifies in lower case ("the U.S. military"). */
const STATE_ARMS: ReadonlySet<string> = new Set([
  'military',
  'army',
  'navy',
  'forces',
  'troops',
  'government',
  'administration',
  'authorities',
]);

/**
 * "the Central Command of the U.S. military": a listed body's name, then "of (the)" a country
 * whose lower-case arm of state follows the span: the country qualifies that noun ("the U.S.
 * military"), and the body's name ends before "of".
 */
function ownStateAfterListedBody(ctx: SentenceContext, a: number, o: number, b: number): boolean {
  const { tokens } = ctx;
  const listed = longestMatch(ctx, a, o);
  if (!listed?.hit || a + listed.length !== o) return false;
  const at = tokens[o + 1]?.norm === 'the' ? o + 2 : o + 1;
  const state = longestMatch(ctx, at, b);
  const after = tokens[b];
  return (
    state?.hit?.entity.type === 'Country' &&
    at + state.length === b &&
    !!after &&
    !after.cap &&
    !after.punct &&
    STATE_ARMS.has(after.norm)
  );
}

/** "M/V", "M/T" right before `a`: the tokenizer splits the ship prefix at its slash. */
function slashedShipPrefixBefore(tokens: readonly Token[], a: number): boolean {
  const [m, slash, v] = [tokens[a - 3], tokens[a - 2], tokens[a - 1]];
  return !!m && slash?.text === '/' && SHIP_PREFIXES.has(`${m.text}/${v.text}`);
}

/** A cause's words whose "of" names the land a movement is for ("Liberation of X"). */
const LIBERATED: ReadonlySet<string> = new Set(['liberation', 'independence', 'emancipation', 'freedom']);

/** The index of an "of" that joins a name to a separately known place or group, or -1. */
function splitAtOf(ctx: SentenceContext, a: number, b: number): number {
  const { tokens } = ctx;
  for (let o = a + 1; o < b - 1; o++) {
    if (tokens[o].norm !== 'of') continue;
    const before = tokens[o - 1].norm;
    if (ownStateAfterListedBody(ctx, a, o, b)) return o;
    if (
      ORG_HEADS.has(before) ||
      LOCATION_HEADS.has(before) ||
      LOCATION_OF_HEADS.has(before) ||
      isTitleWord(before)
    )
      return -1;
    // "People's Movement for the Liberation of Angola": the land a body's cause is for is its name's
    if (LIBERATED.has(before) && tokens.slice(a, o).some((t) => t.cap && ORG_HEADS.has(t.norm))) return -1;
    const known = longestMatch(ctx, o + 1, b);
    // Unless a known name runs across the "of" ("Bank of England"); one before it is no matter
    // ("Palestinian President Ana Ruiz of Fatah").
    const across = longestMatch(ctx, a, b);
    if (known && o + 1 + known.length === b && !(across && a + across.length > o)) return o;
  }
  return -1;
}

/** "Defense Secretary Lloyd Austin", and an apposition after a bare title. */
function readTitled(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  // An affiliation before the title: "Israeli Minister …", "U.S. House Speaker …".
  const aff = longestMatch(ctx, a, b);
  const affEntity = aff?.hit?.entity ?? aff?.draft;
  // "Labour Minister …" is a minister of labour, not of the Labour Party.
  const portfolio =
    affEntity?.category === 'political' && aff?.length === 1 && isTitleModifier(tokens[a].norm);
  const affLen = aff && aff.length < b - a && affEntity?.type !== 'Person' && !portfolio ? aff.length : 0;
  const title = leadingTitle(ctx, titlePhrase(tokens, a + affLen, b), b);
  if (title) {
    if (title.end >= b) {
      // A title alone ("The Secretary", "the Chilean Finance Minister,"): no person yet.
      if (affLen && aff) emitMatch(ctx, aff, a, 'title-affiliation');
      if (title.role) ctx.pendingTitle = { role: title.role, after: b };
      return true;
    }
    // "the Prime Minister House", "PM House": an office's seat, named for it, is no person.
    const seat =
      b - title.end === 1 && SEATED_OFFICES.has(tokens[title.end - 1].norm)
        ? OFFICE_SEAT_NOUNS.get(tokens[title.end].norm)
        : undefined;
    if (seat) {
      if (affLen && aff) emitMatch(ctx, aff, a, 'title-affiliation');
      const category = seat === 'Organization' ? 'government' : undefined;
      emit(ctx, a + affLen, b, { type: seat, category }, 'title-seat');
      return true;
    }
    // "Commissioner for Humanitarian Aid": one dictionary word after a portfolio's "for / of"
    // finishes the portfolio; it names no one. Nor does a body's head noun there ("Chief of the
    // General Staff", "Secretary of the General Assembly"): the office is of a body.
    const ofPortfolio = tokens.slice(a, title.end).some((t) => t.norm === 'for' || t.norm === 'of');
    // "the General Staff", "General Command": a title word after "the", or "General" alone, names
    // a body's rank
    const loneGeneral = title.end - title.start === 1 && tokens[title.start].norm === 'general';
    const bodyNoun =
      (ofPortfolio || loneGeneral || tokens[title.start - 1]?.norm === 'the') &&
      (ORG_HEADS.has(tokens[title.end].norm) || BODY_NOUNS_AFTER_TITLE.has(tokens[title.end].norm));
    const portfolioWord =
      b - title.end === 1 && ((ofPortfolio && isCommonWord(tokens[title.end].text)) || bodyNoun);
    if (
      !portfolioWord &&
      (isPersonName(ctx, title.end, b) ||
        isHeadSurnamed(ctx, title.end, b) ||
        countryAsGivenName(ctx, title.end, b))
    ) {
      if (affLen && aff) emitMatch(ctx, aff, a, 'title-affiliation');
      // "Senior Chief Special Warfare Operator Ana Ruiz": the nouns of a trade are no part of the name
      // "Chief of the General Staff Ana Ruiz": the body's noun is no part of the name either
      const from = bodyNoun
        ? title.end + 1
        : roleNounsEnd(ctx, title.end, b, (k) => looksLikePerson(ctx, k, b, false));
      const person = emit(ctx, from, b, { type: 'Person', role: title.role }, 'title-person');
      // "King Abdullah", "Mullah Abdul Salam": a title news keeps with the name is one of its
      // forms, after "Grand" too ("Grand Ayatollah X" is also "Ayatollah X"), and a religious
      // honorific after an office ("Prime Minister Sheikh X" is also "Sheikh X")
      const kept = title.end - 1;
      if (
        from === title.end &&
        (kept === title.start ||
          (kept === title.start + 1 && tokens[title.start].norm === 'grand') ||
          HONORIFICS_INSIDE_NAMES.has(tokens[kept].norm)) &&
        NAME_KEEPING_TITLES.has(tokens[kept].norm)
      )
        person.aliases.add(ctx.text.slice(tokens[kept].start, tokens[b - 1].end));
      return true;
    }
    const person = namedAfterTitledBody(ctx, title.end, b);
    if (person < 0) return readTitleOfBody(ctx, a, affLen, title, b);
    if (affLen && aff) emitMatch(ctx, aff, a, 'title-affiliation');
    readTitleBody(ctx, title.end, person);
    const role = nameOf(tokens.slice(a + affLen, person));
    emit(ctx, person, b, { type: 'Person', role }, 'title-body-person');
    return true;
  }
  // "…, the Chilean Finance Minister, Marta Soto, said"
  const pending = ctx.pendingTitle;
  if (pending && pending.after === a - 1 && tokens[a - 1].text === ',' && isPersonName(ctx, a, b)) {
    emit(ctx, a, b, { type: 'Person', role: pending.role }, 'title-apposition');
    return true;
  }
  // "military spokesperson Jaafar al-Husseini"
  const role = titleBefore(tokens, a);
  if (role && (isPersonName(ctx, a, b) || isHeadSurnamed(ctx, a, b)) && !longestMatch(ctx, a, b)) {
    emit(ctx, a, b, { type: 'Person', role }, 'title-before-person');
    return true;
  }
  return false;
}

/**
 * "Defense Minister Israel Katz", "Minister Jordan Tembo": right after a title, a state's name and
 * one unknown word that can end no body's or place's name is a person's given name and surname.
 */
function countryAsGivenName(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (b - a !== 2 || tokens[a].possessive || tokens[a].punct) return false;
  const known = longestMatch(ctx, a, b);
  if (known?.length !== 1 || known.hit?.kind !== 'name' || known.hit.entity.type !== 'Country') return false;
  const surname = tokens[a + 1];
  const tags = tagsOf(ctx, surname);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(surname.text) &&
    !longestMatch(ctx, a + 1, b) &&
    !isCommonWord(surname.text) &&
    !ORG_HEADS.has(surname.norm) &&
    !LOCATION_HEADS.has(surname.norm) &&
    !['Place', 'Organization', 'Demonym', 'Adjective', 'Verb'].some((t) => tags.has(t))
  );
}

/**
 * "the CEO of Acme Holdings Corporation", "Attorneys General of Arizona, …": a title, "of", and
 * the body or place it serves, with no holder's name after it. The title names no actor; the
 * words after "of (the)" are read as a span of their own, and the holder may follow in
 * apposition ("…, the CEO of Acme, Ana Ruiz"). Only when the title opens the span.
 */
function readTitleOfBody(
  ctx: SentenceContext,
  a: number,
  affLen: number,
  title: TitlePhrase,
  b: number,
): boolean {
  const { tokens } = ctx;
  if (affLen || title.start !== a || tokens[title.end]?.norm !== 'of') return false;
  let from = title.end + 1;
  if (tokens[from]?.norm === 'the') from++;
  if (from >= b || !tokens[from].cap) return false;
  if (title.role) ctx.pendingTitle = { role: title.role, after: b };
  classifySpan(ctx, from, b);
  return true;
}

/**
 * "Chairman of the Harbour Board Ana Ruiz", "Envoy for Trade Talks Ana Ruiz", "Attorney for the
 * District of X Ana Ruiz": a title whose body or portfolio the title words do not cover, then a
 * person's name that opens with a first name, ending the span. Returns where the name starts
 * (two or three words, the longer first), or -1.
 */
function namedAfterTitledBody(ctx: SentenceContext, from: number, b: number): number {
  const { tokens } = ctx;
  if (!['of', 'for', 'and'].includes(tokens[from]?.norm ?? '')) return -1;
  return personAtEnd(ctx, from + 1, b);
}

/**
 * Where a name of two or three words that opens with a first name ends the span [from, b), or -1;
 * after a known place that closes the body's "of", a lone surname too ("… District of Ohio Ruiz").
 */
function personAtEnd(ctx: SentenceContext, from: number, b: number): number {
  const { tokens } = ctx;
  for (let k = b - 3; k <= b - 2; k++) {
    if (k <= from) continue;
    const first = tokens[k];
    const words = tokens.slice(k, b);
    const given = tagsOf(ctx, first).has('FirstName') || isFirstName(first.text);
    // "… District of New York Ana Ruiz": after a known place that closes the body's "of", the
    // unknown words are the holder's, whatever the given name; so after the portfolio that closes
    // a ministry's name ("Deputy Minister of the Ministry of Trade Ana Ruiz", round 39)
    if (!given && !placeEndsAt(ctx, from, k) && !ministryEndsAt(tokens, from, k)) continue;
    if (words.some((t) => t.punct || isTitleWord(t.norm) || isTitleModifier(t.norm))) continue;
    if (tokens[k - 1].punct || !tokens[k - 1].cap) continue;
    if (isPersonName(ctx, k, b) && (given || !longestMatch(ctx, k, b))) return k;
  }
  return loneSurnameAfterPlace(ctx, from, b) ? b - 1 : -1;
}

/** Heads of a state body named for its portfolio. */
const MINISTRY_HEADS: ReadonlySet<string> = new Set(['ministry', 'department']);
/** Last words of a ministry's portfolio: "… of Foreign Affairs", "… of Defence". */
const PORTFOLIO_ENDS: ReadonlySet<string> = new Set(['affairs', ...MINISTRY_PORTFOLIOS]);

/** The words from `from` to k name a ministry and close on its portfolio. */
function ministryEndsAt(tokens: readonly Token[], from: number, k: number): boolean {
  return (
    PORTFOLIO_ENDS.has(tokens[k - 1]?.norm ?? '') &&
    tokens.slice(from, k - 1).some((t) => t.cap && MINISTRY_HEADS.has(t.norm))
  );
}

/**
 * "U.S. Attorney for the Eastern District of Ohio Ruiz": officials listed by title often carry
 * only their surname, and a known place closing the body's "of" leaves that one unknown word the
 * holder's. A word the place may own ("New York City", "Ohio State", "Texas A&M") is no surname.
 */
function loneSurnameAfterPlace(ctx: SentenceContext, from: number, b: number): boolean {
  const word = ctx.tokens[b - 1];
  if (b - 1 <= from || !placeEndsAt(ctx, from, b - 1) || ctx.tokens[b]?.possessive) return false;
  const tags = tagsOf(ctx, word);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word.text) &&
    !word.possessive &&
    !longestMatch(ctx, b - 1, b) &&
    !isCommonWord(word.text) &&
    !ORG_HEADS.has(word.norm) &&
    !LOCATION_HEADS.has(word.norm) &&
    !isTitleWord(word.norm) &&
    !['Organization', 'Demonym', 'Adjective', 'Verb', 'Plural'].some((t) => tags.has(t))
  );
}

/** A known place or country, after "of", ends at token k ("… of New York"). */
function placeEndsAt(ctx: SentenceContext, from: number, k: number): boolean {
  for (let m = Math.max(from, k - 3); m < k; m++) {
    const known = longestMatch(ctx, m, k);
    const type = known?.hit?.entity.type ?? known?.draft?.type;
    if (known && m + known.length === k && ctx.tokens[m - 1]?.norm === 'of')
      return type === 'Location' || type === 'Country';
  }
  return false;
}

/** Things whose models are named by a letter and a number ("G3 rifles", "C130 aircraft"). */
const MODEL_NOUNS: ReadonlySet<string> = new Set(
  'rifle rifles jet jets tank tanks missile missiles aircraft plane planes drone drones helicopter helicopters engine engines network networks phone phones'.split(
    ' ',
  ),
);

/**
 * "the G5 Sahel, a force of five states", "the C5+1 ministerial": a grouping's code no list
 * knows is a body of states, with the region it groups when a known place follows ("G5 Sahel").
 */
function readGroupingCode(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (!GROUPING_CODE.test(tokens[a].text) || longestMatch(ctx, a)) return false;
  const region = a + 1 < b ? longestMatch(ctx, a + 1, b) : undefined;
  const regionType = region?.hit?.entity.type ?? region?.draft?.type;
  const end = region && regionType === 'Location' ? a + 1 + region.length : a + 1;
  if (end === a + 1 && MODEL_NOUNS.has(tokens[a + 1]?.norm ?? '')) return false;
  emit(ctx, a, end, { type: 'Organization', category: 'international' }, 'context:grouping-code');
  if (end < b) classifySpan(ctx, end, b);
  return true;
}

/**
 * "the Attorney for the District of X Ana Ruiz", "Chairman of the Harbour Board Ana Ruiz": a
 * body's name after a title's "of (the)" / "for the", with the holder's name run on after it.
 */
function readBodyThenPerson(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  let k = a - 1;
  if (tokens[k]?.norm === 'the') k--;
  const joiner = tokens[k]?.norm;
  // "Director General in the Ministry of Foreign Affairs Ana Ruiz": an office held in a body
  if (!(joiner === 'of' || ((joiner === 'for' || joiner === 'in') && k === a - 2))) return false;
  const title = tokens[k - 1];
  if (!title?.cap || !isTitleWord(title.norm)) return false;
  const person = personAtEnd(ctx, a, b);
  if (person < 0) return false;
  classifySpan(ctx, a, person);
  emit(ctx, person, b, { type: 'Person', role: title.text }, 'title-body-person');
  return true;
}

/**
 * The words between a title and the name after it: "of the Harbour Board" names a body, read as
 * any span; a portfolio after "for" without "the" ("for Trade Talks") or one of portfolio words
 * only ("of Foreign Affairs and Trade") names no actor.
 */
function readTitleBody(ctx: SentenceContext, from: number, to: number): void {
  const { tokens } = ctx;
  let k = from + 1;
  if (tokens[from].norm !== 'of' && tokens[k]?.norm !== 'the') return;
  while (k < to && !tokens[k].cap) k++;
  const words = tokens.slice(k, to);
  const portfolio = words.every(
    (t) => isTitleModifier(t.norm) || PORTFOLIO_WORDS.has(t.norm) || ['and', 'of', 'the'].includes(t.norm),
  );
  if (k < to && !portfolio) classifySpan(ctx, k, to);
}

/**
 * "Acting Chief Pentagon Spokesperson Ana Ruiz": a title, an affiliation, then the title proper;
 * the whole is one title (the affiliation is read on its own by the seat or gazetteer rule).
 */
function leadingTitle(
  ctx: SentenceContext,
  title: TitlePhrase | undefined,
  b: number,
): TitlePhrase | undefined {
  if (!title || title.end >= b) return title;
  const owned = titleOfState(ctx, title, b);
  if (owned) return owned;
  const aff = longestMatch(ctx, title.end, b);
  if (!aff || (aff.hit?.entity.type ?? aff.draft?.type) === 'Person') return title;
  const proper = titlePhrase(ctx.tokens, title.end + aff.length, b);
  if (!proper || proper.end >= b) return title;
  emitMatch(ctx, aff, title.end, 'title-affiliation');
  const role = [title.role, proper.role].filter(Boolean).join(' ') || undefined;
  return { start: title.start, end: proper.end, role };
}

/** "of Japan Ana Ruiz": a known state or body after "of", then a person's name. */
function ofStateThenPerson(ctx: SentenceContext, of: number, b: number): boolean {
  const state = longestMatch(ctx, of + 1, b);
  const type = state?.hit?.entity.type ?? state?.draft?.type;
  return (
    !!state &&
    (type === 'Country' || type === 'Organization') &&
    of + 1 + state.length < b &&
    isPersonName(ctx, of + 1 + state.length, b)
  );
}

/** Lower-case words inside a body's name before what it serves: "Department of the Interior". */
const BODY_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for']);

/** "Foreign Minister of Japan Ana Ruiz": the state after "of" is the title's, a person follows. */
function titleOfState(ctx: SentenceContext, title: TitlePhrase, b: number): TitlePhrase | undefined {
  const of = title.end;
  if (ctx.tokens[of]?.norm !== 'of') return undefined;
  const state = longestMatch(ctx, of + 1, b);
  const type = state?.hit?.entity.type ?? state?.draft?.type;
  if (!state || (type !== 'Country' && type !== 'Organization')) return undefined;
  const end = of + 1 + state.length;
  if (end >= b || !isPersonName(ctx, end, b)) return undefined;
  emitMatch(ctx, state, of + 1, 'title-affiliation');
  const words = ctx.tokens.slice(title.start, end).map((t) => t.text);
  return { start: title.start, end, role: title.role ? words.join(' ') : undefined };
}

/** The start of a title phrase after the span's first word that is followed by a person's name, or -1. */
function innerTitle(ctx: SentenceContext, a: number, b: number): number {
  const { tokens } = ctx;
  for (let k = a + 1; k < b - 1; k++) {
    if (!isTitleWord(tokens[k].norm) && !isTitleModifier(tokens[k].norm)) continue;
    // "Department of the Interior Assistant Secretary X": a word right after the body's "of
    // (the)" is the body's own ("Interior"), not a title's
    if (BODY_JOINERS.has(tokens[k - 1].norm) && !tokens[k - 1].cap) continue;
    // "Directorate General of Naval Counter-Intelligence": "General" after a body's head word
    // opening the span is the body's, no title (round 40)
    if (k === a + 1 && generalAfterHead(tokens, a)) return -1;
    // "Abdirahman Sheik Mohamud": an honorific after a given name is a word of the name
    if (HONORIFICS_INSIDE_NAMES.has(tokens[k].norm) && givenNameBefore(ctx, k)) return -1;
    const title = titlePhrase(tokens, k, b);
    if (title && title.end < b && (isPersonName(ctx, title.end, b) || isHeadSurnamed(ctx, title.end, b)))
      return k;
    if (title && tokens[title.end]?.norm === 'of') return ofStateThenPerson(ctx, title.end, b) ? k : -1;
    return -1;
  }
  return -1;
}

/**
 * The word before `k` is a given name: capitalised, opening the span or after another name word,
 * no title, modifier, known name, common word or place's or body's word ("Yemeni Sheikh X",
 * "Tribal Sheikh X", "Hezbollah Sheikh X" keep the honorific a title).
 */
function givenNameBefore(ctx: SentenceContext, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  if (!prev?.cap || prev.punct || prev.possessive || /\d/.test(prev.text)) return false;
  if (isTitleWord(prev.norm) || isTitleModifier(prev.norm) || isCommonWord(prev.text)) return false;
  if (longestMatch(ctx, k - 1, k)) return false;
  const tags = tagsOf(ctx, prev);
  return !['Place', 'Organization', 'Demonym', 'Adjective', 'Verb'].some((t) => tags.has(t));
}

const isCommonNoun = (ctx: SentenceContext, a: number): boolean =>
  isCommonWord(ctx.tokens[a].text) || tagsOf(ctx, ctx.tokens[a]).has('Plural');

/** Words after an organisation's head that continue its name: "Bank of …", "Movement for …". */
const RUNS_ON: ReadonlySet<string | undefined> = new Set(['of', 'for']);

/** "Directorate General of …": "General" right after a body's head word is a word of its name. */
const generalAfterHead = (tokens: readonly Token[], a: number): boolean =>
  tokens[a + 1]?.norm === 'general' && ORG_HEADS.has(tokens[a].norm);

/** "Kenyan Interior Ministry", "U.S. Bureau of Land Management", "Bering Strait", "Port of Mombasa". */
function readHeaded(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  // "the State of California": the state itself, as "California" names it.
  if (tokens[a].norm === 'state' && tokens[a + 1]?.norm === 'of') {
    const known = longestMatch(ctx, a + 2, b);
    const type = known?.hit?.entity.type ?? known?.draft?.type;
    if (known && a + 2 + known.length === b && (type === 'Location' || type === 'Country'))
      return emitMatch(ctx, known, a + 2);
  }
  // "the French State", "the Malian State": a state named by its people's adjective is that
  // country, not a place whose head is "State" (as "Borno State" is) (round 21)
  if (b === a + 2 && tokens[a + 1].norm === 'state' && tokens[a - 1]?.norm === 'the') {
    const known = longestMatch(ctx, a, a + 1);
    const country = known?.hit
      ? known.hit.kind === 'demonym' && known.hit.entity.type === 'Country'
      : known?.draft?.type === 'Country';
    if (known && country) return emitMatch(ctx, known, a);
  }
  // "declared a State of Emergency": a condition, no place
  if (
    tokens[a].norm === 'state' &&
    tokens[a + 1]?.norm === 'of' &&
    b === a + 3 &&
    DECLARED_CONDITIONS.has(tokens[a + 2].norm)
  )
    return true;
  if (LOCATION_OF_HEADS.has(tokens[a].norm) && tokens[a + 1]?.norm === 'of' && a + 2 < b) {
    emit(ctx, a, b, { type: 'Location' }, 'head:location-of');
    return true;
  }
  // "Bank of England", "Ministry of Defence", "University of Oxford"; "Directorate General of
  // Military Intelligence": "General" after the head word is part of it (round 40)
  const firstHead = ORG_HEADS.get(tokens[a].norm);
  const general = generalAfterHead(tokens, a) ? 1 : 0;
  if (firstHead && RUNS_ON.has(tokens[a + 1 + general]?.norm) && a + 2 + general < b) {
    // "Bank of Japan": a country's bank is its central bank.
    const of = longestMatch(ctx, a + 2 + general, b);
    const national = tokens[a].norm === 'bank' && (of?.hit?.entity.type ?? of?.draft?.type) === 'Country';
    emit(
      ctx,
      a,
      b,
      { type: 'Organization', category: national ? 'government' : firstHead },
      'head:organization-of',
    );
    return true;
  }
  let h = -1;
  for (let k = a + 1; k < b; k++) {
    if (ORG_HEADS.has(tokens[k].norm) || LOCATION_HEADS.has(tokens[k].norm)) h = k;
    // "Attorney's Office for the Northern District of X": the words after a body's "of" or
    // "for" say what it serves, and their own head does not make it that kind of thing.
    if (h === k && ORG_HEADS.has(tokens[k].norm) && RUNS_ON.has(tokens[k + 1]?.norm) && k + 2 < b) break;
  }
  if (h < 0) return false;
  if (personOfBody(ctx, a, h)) {
    // "A B of X Green Energy": a name with no head before "of" is one of the body's people (round 45)
    const of = tokens.findIndex((t, k) => k > a && k < h && t.norm === 'of');
    classifySpan(ctx, a, of);
    classifySpan(ctx, of + 1, b);
    return true;
  }
  // "… Bureau of Land Management", "… League of Nations": the name runs on after "of".
  // "… Mission in Somalia", "… Mission to Somalia": a mission's name runs on over "in" or "to";
  // "U.S. Air Forces in Europe": a state's forces over "in" (spans.ts lets them in only so).
  const runsOn =
    RUNS_ON.has(tokens[h + 1]?.norm) ||
    (tokens[h].norm === 'mission' && ['in', 'to'].includes(tokens[h + 1]?.norm)) ||
    (tokens[h].norm === 'forces' && tokens[h + 1]?.norm === 'in') ||
    (DIPLOMATIC_MISSIONS.has(tokens[h].norm) && tokens[h + 1]?.norm === 'in') ||
    (ON_TOPIC_HEADS.has(tokens[h].norm) && tokens[h + 1]?.norm === 'on') ||
    // "… Forces Against Transnational Threats": a capitalised "Against" after the head (round 47)
    (tokens[h + 1]?.norm === 'against' && tokens[h + 1].cap);
  // "Task Force Helmand", "Joint Task Force Bravo": a task force's name follows its head. A
  // "strike force" is a task force by another name ("the Treasury's Counter-X Strike Force", round 47).
  const taskForce = tokens[h].norm === 'force' && ['task', 'strike'].includes(tokens[h - 1]?.norm);
  // "the Philippine Daily Inquirer", "the Daily Nation": a paper's name runs on after its kind.
  const paper = ORG_HEADS.get(tokens[h].norm) === 'media' && h + 1 < b && !longestMatch(ctx, h + 1, b);
  const end = (runsOn && h + 2 < b) || taskForce || paper ? b : h + 1;
  const head = tokens[h].norm;
  const prefix = longestMatch(ctx, a, h);
  const prefixEntity = prefix?.hit?.entity ?? prefix?.draft;
  if (prefix && twoNamesRunTogether(ctx, a, h, end, prefix)) {
    emitMatch(ctx, prefix, a);
    classifySpan(ctx, h, b);
    return true;
  }
  // "Islamic State Sahel Province": a known group's branch is a group, whatever its last word;
  // so is a known group's name run on after its own head ("Islamic State of Iraq").
  const headed = end > h + 1 ? longestMatch(ctx, a, h + 1) : undefined;
  const headedEntity =
    headed && a + headed.length === h + 1 ? (headed.hit?.entity ?? headed.draft) : undefined;
  const branch =
    (prefixEntity?.type === 'Organization' && prefixEntity.category === 'armed_group') ||
    (headedEntity?.type === 'Organization' && headedEntity.category === 'armed_group');
  // "a Disaster Assistance Response Team": a team named only by what it does, in ordinary words,
  // is no actor of its own. Nor is any task force, whatever its name ("Task Force Helmand",
  // "Combined Joint Task Force – Operation X"): the gold conventions (rounds 10, 12 and 13) list
  // none, as a task force is a temporary grouping of its nations' units.
  // (each half of a hyphenated word too: "Disaster-Assistance Response Team", round 47)
  const team =
    head === 'team' &&
    tokens.slice(a, end).every((t) => t.norm.split('-').every((w) => UNIT_FUNCTION_WORDS.has(w)));
  if (taskForce && end === b && armedGroupApposition(ctx, b)) {
    emit(ctx, a, b, { type: 'Organization', category: 'armed_group' }, 'context:armed-apposition');
    return true;
  }
  if (team || taskForce) {
    if (end < b) classifySpan(ctx, end, b);
    return true;
  }
  if (pairOfPlacesBeforePlural(ctx, a, h, end)) {
    // "Tarlo and Besar Valley regions": two places of the kind the plural names (round 45)
    const and = tokens.findIndex((t, k) => k >= a && k < h && t.norm === 'and');
    classifySpan(ctx, a, and);
    classifySpan(ctx, and + 1, b);
    return true;
  }
  if (townCentre(ctx, a, h, end)) {
    emit(ctx, a, end, { type: 'Location' }, 'head:town-centre');
  } else if (ORG_HEADS.has(head) || branch) {
    emit(
      ctx,
      a,
      end,
      {
        type: 'Organization',
        category:
          headedEntity?.category ??
          ownedStateBody(ctx, a, head) ??
          orgCategory(ctx, a, end, head, prefixEntity?.type, prefixEntity?.category),
      },
      'head:organization',
    );
  } else if (!tokens.slice(a, end).every((t) => SITE_KIND_WORDS.has(t.norm))) {
    // not "an attack on a Military Base": a kind of site in capitals, with no name of its own
    emit(ctx, a, end, { type: 'Location' }, 'head:location');
  }
  if (end < b) classifySpan(ctx, end, b);
  return true;
}

/**
 * Tokens [a, h] are two capitalised words that no lexicon knows and no head word, then "of"
 * and a body's name whose head is at `h` ("Tarun Vohra of Kestrel Green Energy"): a person of that
 * body, not a longer name of it. Heads before "of" ("Bank of …", "Islamic Emirate of …") keep the
 * name whole, and so does a known name or a common word before it ("Friends of …").
 */
function personOfBody(ctx: SentenceContext, a: number, h: number): boolean {
  const { tokens } = ctx;
  const of = tokens.findIndex((t, k) => k > a && k < h && t.norm === 'of');
  // the body has a name of its own before its head ("of Kestrel Green Energy", not "Member of Parliament")
  // and a given name and a surname before "of" (one word may be the name's own: "Compact of …")
  if (of < 0 || of - a !== 2 || h < of + 2 || !ORG_HEADS.has(tokens[h].norm)) return false;
  const words = tokens.slice(a, of);
  if (words.some((t) => !t.cap || t.punct || ORG_HEADS.has(t.norm) || LOCATION_HEADS.has(t.norm)))
    return false;
  return words.every((t) => !isCommonWord(t.text) && !isTitleWord(t.norm)) && !longestMatch(ctx, a, of);
}

/**
 * Tokens [a, end) are "X and Y <place head>" and a lower-case plural kind of place follows
 * ("Tarlo and Besar Valley regions", "Kunar and Swat Valley districts"): the plural counts two
 * places, so "and" joins two names rather than closing one ("Trinidad and Tobago" has no plural
 * after it).
 */
function pairOfPlacesBeforePlural(ctx: SentenceContext, a: number, h: number, end: number): boolean {
  const { tokens } = ctx;
  const plural = tokens[end];
  if (!LOCATION_HEADS.has(tokens[h].norm) || end !== h + 1 || !plural || plural.cap) return false;
  if (!PLACE_NOUNS_AFTER_NAME.has(plural.norm) || !plural.norm.endsWith('s')) return false;
  const joins = tokens.slice(a, h).filter((t) => t.norm === 'and');
  return joins.length === 1 && tokens[a].norm !== 'and' && tokens[h - 1].norm !== 'and';
}

/**
 * Heads of a body named for the place it sits in or serves, after "in" (spans.ts lets "in" in
 * only so): a state's mission abroad, a peace mission ("the UN Mission in the Democratic Republic
 * of Congo"), a prosecutor's office ("… Office in the Eastern District of New York"), round 47.
 */
const SEATED_HEADS: ReadonlySet<string> = new Set([...DIPLOMATIC_MISSIONS, 'mission', 'office']);

/**
 * "the U.S. Embassy in Baghdad" (spans.ts lets "in" in only after a state's mission), "U.S. Embassy
 * Djibouti": the mission by its full name, its short name an alias (and the record the short name
 * made earlier), the place it sits in an actor of its own.
 */
function readDiplomaticMission(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  let h = a + 1;
  while (h < b - 2 && !(SEATED_HEADS.has(tokens[h].norm) && tokens[h].cap && tokens[h + 1].norm === 'in'))
    h++;
  const article = tokens[h + 2]?.norm === 'the' && !tokens[h + 2].cap ? 1 : 0;
  const seat = h < b - 2 ? h + 2 + article : missionSeatAfter(ctx, a, b);
  if (seat < 0 || seat >= b) return false;
  // "the U.N. Assistance Mission in Afghanistan": a listed name is read with its aliases
  if ((longestMatch(ctx, a)?.length ?? 0) >= b - a) return false;
  if (seat !== h + 2 + article) h = seat - 1;
  const short = tokens.slice(a, h + 1).filter((t) => !t.punct);
  const before = ctx.registry.lookup(short);
  const category = DIPLOMATIC_MISSIONS.has(tokens[h].norm)
    ? 'government'
    : (ORG_HEADS.get(tokens[h].norm) ?? 'other');
  const draft = emit(ctx, a, b, { type: 'Organization', category }, 'head:diplomatic-mission');
  if (before && before !== draft && before.type === 'Organization' && before.name === nameOf(short))
    ctx.registry.merge(before, draft);
  draft.aliases.add(nameOf(short));
  ctx.registry.alias(draft, keyOf(short.map((t) => t.norm)));
  if (longestMatch(ctx, seat)) classifySpan(ctx, seat, b);
  else emit(ctx, seat, b, { type: 'Location' }, 'head:diplomatic-mission-seat');
  ctx.last = { draft, start: a, end: b };
  return true;
}

/**
 * "U.S. Embassy Djibouti", "the British Embassy Kabul": a state's name, its mission's head, then
 * the city it sits in with no "in" (the State Department's own way of naming its embassies, round
 * 47). The city is a listed place, or one capitalised word no lexicon knows, no title and no given
 * name ("the U.S. Embassy Spokesman" is a person's title). Returns the city's first token, or -1.
 */
function missionSeatAfter(ctx: SentenceContext, a: number, b: number): number {
  const { tokens } = ctx;
  const state = longestMatch(ctx, a);
  const h = a + (state?.length ?? 0);
  if ((state?.hit?.entity.type ?? state?.draft?.type) !== 'Country' || h >= b - 1) return -1;
  if (!DIPLOMATIC_MISSIONS.has(tokens[h].norm) || !tokens[h].cap) return -1;
  const seat = h + 1;
  const place = longestMatch(ctx, seat);
  const type = place?.hit?.entity.type ?? place?.draft?.type;
  if (place) return seat + place.length === b && (type === 'Location' || type === 'Country') ? seat : -1;
  const word = tokens[seat];
  const unknownWord =
    b === seat + 1 &&
    !word.punct &&
    !word.possessive &&
    !isTitleWord(word.norm) &&
    !isFirstName(word.text) &&
    !isCommonWord(word.text);
  return unknownWord ? seat : -1;
}

/**
 * "the US Google Corporation", "Acme Corp": a known organisation's name between its country (or
 * demonym) and a legal form is that organisation, not a second one; the country there only says
 * where the firm is from, so it names no actor either.
 */
function readKnownFirm(ctx: SentenceContext, a: number, b: number): boolean {
  const lead = longestMatch(ctx, a, b - 1);
  const leadType = lead?.hit?.entity.type ?? lead?.draft?.type;
  const start = lead && leadType === 'Country' ? a + lead.length : a;
  const firm = start < b - 1 ? longestMatch(ctx, start, b - 1) : undefined;
  if (!firm || start + firm.length !== b - 1) return false;
  if ((firm.hit?.entity ?? firm.draft)?.type !== 'Organization') return false;
  return emitMatch(ctx, firm, start, 'head:legal-form-known');
}

/**
 * "told VOA Taliban fighters …": a known organisation fills the span up to a head word that is
 * itself a whole known name, so the two are two names run together, not one body's name (a
 * place or a people before the head still qualifies it: "Pakistani Taliban", "Kabul Police").
 */
function twoNamesRunTogether(
  ctx: SentenceContext,
  a: number,
  h: number,
  end: number,
  prefix: Match,
): boolean {
  const before = prefix.hit?.entity ?? prefix.draft;
  if (a + prefix.length !== h || before?.type !== 'Organization' || prefix.hit?.kind === 'demonym')
    return false;
  const own = longestMatch(ctx, h, end);
  return !!own && h + own.length === end && (own.hit?.entity ?? own.draft)?.type === 'Organization';
}

/**
 * "fighters entered Rutshuru Centre", "shops in Kiwanja Center": one place-named word and
 * "Centre" with no article, where a place's preposition or verb puts it, is a town's centre (a
 * place); "the Carter Center", "a Kofi Annan Centre study" stay institutions.
 */
function townCentre(ctx: SentenceContext, a: number, h: number, end: number): boolean {
  const { tokens } = ctx;
  if (h !== a + 1 || end !== h + 1 || !TOWN_CENTRE_HEADS.has(tokens[h].norm)) return false;
  const prev = tokens[a - 1];
  // "took control of X Centre": the object of a capture
  const controlled = prev?.norm === 'of' && tokens[a - 2]?.norm === 'control';
  if (
    !prev ||
    prev.cap ||
    !(LOCATIVE_PREPOSITIONS.has(prev.norm) || PLACE_VERBS.has(prev.norm) || controlled)
  )
    return false;
  const known = longestMatch(ctx, a, h);
  const type = known?.hit?.entity.type ?? known?.draft?.type;
  return known ? type === 'Location' : !isFirstName(tokens[a].text) && !tagsOf(ctx, tokens[a]).has('Person');
}

const TOWN_CENTRE_HEADS: ReadonlySet<string> = new Set(['centre', 'center']);

function orgCategory(
  ctx: SentenceContext,
  a: number,
  end: number,
  head: string,
  prefixType?: string,
  prefixCategory?: OrgCategory,
): OrgCategory {
  // "the Kalor Doctors Network": a network is a broadcaster's only with a broadcast word in it
  if (head === 'network' && !ctx.tokens.slice(a, end).some((t) => BROADCAST_WORDS.has(t.norm)))
    return prefixType === 'Organization' && prefixCategory ? prefixCategory : 'other';
  const base = ORG_HEADS.get(head) ?? 'other';
  if (prefixType === 'Organization' && prefixCategory) return prefixCategory;
  // "South Korean News Agency", "Saudi Press Agency": an agency of news is an outlet, even a state's
  if (head === 'agency' && ['news', 'press'].includes(ctx.tokens[end - 2]?.norm ?? '')) return 'media';
  const state = prefixType !== undefined && STATE_PREFIX.has(prefixType);
  if (head === 'army' && !state) return 'armed_group';
  // "Central Bank of Nigeria", "Reserve Bank of India": a state's bank.
  if (head === 'bank' && ctx.tokens.slice(a, end).some((t) => t.norm === 'central' || t.norm === 'reserve'))
    return 'government';
  // "People's Defence Force" (not "Self Defense Force": a state's own, named for its one role)
  const insurgent = (t: { norm: string }, k: number) =>
    INSURGENT_WORDS.has(t.norm) && !(/^defen[cs]e$/.test(t.norm) && ctx.tokens[a + k - 1]?.norm === 'self');
  if (base === 'military' && !state && ctx.tokens.slice(a, end).some(insurgent)) return 'armed_group';
  // "Sudan Liberation Army", "Chilean Resistance Front": a cause's word makes a movement even
  // with a state's name (not "People's Liberation Army", a state's army named for its revolution)
  if (base === 'military' && state && rebelCause(ctx.tokens.slice(a, end).map((t) => t.norm)))
    return 'armed_group';
  // "Citizens Coalition for Change", "Movement for Democratic Change": a league for a political aim
  if (LEAGUE_HEADS.has(head) && !state && politicalAim(ctx, a, end)) return 'political';
  if (head === 'division' && ctx.tokens.slice(a, end).some((t) => CIVIL_DIVISION_WORDS.has(t.norm)))
    return 'government';
  // "Indian National Congress" is no state body, but "Chilean Congress" is; a "party" named with
  // its country ("Cambodian People's Party") stays a party
  if (base === 'political' && state && head !== 'party') return 'government';
  return base;
}

/** A movement's cause among a name's words ("Liberation"), except a people's army's. */
function rebelCause(words: string[]): boolean {
  const k = words.findIndex((w) => STATE_NAMED_CAUSES.has(w));
  return k > 0 && !/^people/.test(words[k - 1]);
}
/**
 * The words of CAUSE_WORDS that make a movement even beside a state's name; not "Revolutionary"
 * or "Patriotic", which states' own forces bear ("Islamic Revolutionary Guard Corps").
 */
const STATE_NAMED_CAUSES: ReadonlySet<string> = new Set([
  'liberation',
  'resistance',
  'independence',
  'salvation',
]);

/** Heads of a state's own office or agency, which a country's possessive makes the state's. */
const STATE_OFFICE_HEADS: ReadonlySet<string> = new Set([
  'committee',
  'commission',
  'center',
  'centre',
  'directorate',
  'bureau',
  'service',
  'agency',
  'authority',
  'office',
]);

/**
 * "Russia's Investigative Committee", "Ukraine's Center for Countering Disinformation": an office
 * written with a country's possessive is that state's body (a government one), whatever its head
 * would type alone.
 */
function ownedStateBody(ctx: SentenceContext, a: number, head: string): OrgCategory | undefined {
  if (!STATE_OFFICE_HEADS.has(head)) return undefined;
  return possessiveOwner(ctx, a) ? 'government' : undefined;
}

/** "… for (Democratic) Change", "… for the Republic": the name's words after its "for" name a political aim. */
function politicalAim(ctx: SentenceContext, a: number, end: number): boolean {
  const words = ctx.tokens.slice(a, end).map((t) => t.norm);
  const k = words.indexOf('for');
  return k > 0 && words.slice(k + 1).some((w) => POLITICAL_AIMS.has(w));
}

/** Heads a report may write in lower case after a cause's name: "the Baloch Liberation army". */
const LOWER_CAUSE_HEADS: ReadonlySet<string> = new Set(['army', 'front', 'movement']);
/** Words that name a cause, never a state's own body ("Liberation", "Resistance"). */
const CAUSE_WORDS: ReadonlySet<string> = new Set([
  'liberation',
  'independence',
  'revolutionary',
  'resistance',
  'salvation',
  'mujahideen',
  'patriotic',
]);

/**
 * Tokens [a, b) are two or more capitalised words, one of them a cause's word after the first,
 * none a known name's over the whole run, and a lower-case army, front or movement follows.
 */
function lowerCauseHead(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const head = tokens[b];
  if (!head || head.cap || !LOWER_CAUSE_HEADS.has(head.norm) || b - a < 2 || tokens[b - 1].possessive)
    return false;
  const words = tokens.slice(a, b);
  if (words.some((t) => t.punct || !t.cap) || !words.slice(1).some((t) => CAUSE_WORDS.has(t.norm)))
    return false;
  const known = longestMatch(ctx, a, b);
  return !(known && known.length === b - a);
}

/** Known parts are emitted; the unknown runs between them are classified on their own. */
function segment(ctx: SentenceContext, a: number, b: number): void {
  const { tokens } = ctx;
  let run = -1;
  const flush = (end: number): void => {
    if (run >= 0) classifyUnknown(ctx, run, end);
    run = -1;
  };
  for (let k = a; k < b;) {
    const m = tokens[k].cap ? longestMatch(ctx, k, b) : undefined;
    // A compass word alone in the run, right before a known name:
    const compass = m && run >= a && run === k - 1 ? tokens[run].norm : '';
    const onCompass = COMPASS.has(compass) || COMPASS_ADJECTIVES.has(compass);
    // "Southern Lebanon", "Eastern Ukraine": a compass adjective on a state names a part of it,
    // which news tells as the state (as "southern Lebanon"); the adjective names nothing alone.
    // So does a bare compass word no listed name takes in ("East Ukraine", "South Lebanon"):
    // former states so named are listed whole ("South Vietnam", lexicon/countries.ts).
    const partOfState = !!m && onCompass && isState(m);
    // "North Darfur", "South Kordofan", "Eastern Ghouta": a compass word makes a place name of its own.
    const compassPlace = !!m && onCompass && isPlace(m);
    // "South American", "West African", "Latin American": a region's adjective, neither a place
    // nor the state.
    const regionAdjective = !!m && (COMPASS.has(compass) || compass === 'latin') && m.hit?.kind === 'demonym';
    if (m && (partOfState || compassPlace || regionAdjective)) {
      if (partOfState) emitMatch(ctx, m, k);
      if (compassPlace) emit(ctx, k - 1, k + m.length, { type: 'Location' }, 'compass-place');
      run = -1;
      k += m.length;
      continue;
    }
    // "Victoria Xandu said": a city that is also a given name, then an unknown surname closing the
    // span, is a person (round 44)
    if (m && run < 0 && k + 2 === b && givenNameCity(ctx, k, m)) {
      emit(ctx, k, b, { type: 'Person' }, 'unknown-name:city-given-name');
      k = b;
      continue;
    }
    // "Ana Ruiz Okello" after "Jon Ruiz": a known person's one name word between a given name and
    // another unknown name word is the middle of a third person's name, not that person (round 44)
    if (m && run >= 0 && run === k - 1 && middleNameWord(ctx, k, b, m)) {
      k += m.length;
      continue;
    }
    // "Leo Mugabe" after "Robert Mugabe": another first name before a known surname is a relative
    // (a run of -1 is no run: at the sentence's first token it equals k - 1 too).
    if (m && run >= 0 && run === k - 1 && otherGivenName(ctx, run, m)) {
      run = -1;
      emit(ctx, k - 1, k + m.length, { type: 'Person' }, 'unknown-name:relative');
      k += m.length;
      continue;
    }
    // "including Pottu Amman, the group's intelligence chief": a city's name after an unknown
    // given name, closing the span, is a surname.
    if (m && run === a && k === a + 1 && k + m.length === b && cityAsSurname(ctx, a, m)) {
      run = -1;
      emit(ctx, a, b, { type: 'Person' }, 'unknown-name:city-surname');
      k = b;
      continue;
    }
    // "Booz Allen Hamilton", "Ana Maria Kampala": two such words before the city make one name,
    // a firm's or a person's as the sentence says (classifyUnknown reads the cues)
    if (
      m &&
      run === a &&
      k === a + 2 &&
      k + m.length === b &&
      cityAsSurname(ctx, a, m) &&
      givenShaped(ctx, a + 1)
    ) {
      run = -1;
      classifyUnknown(ctx, a, b);
      k = b;
      continue;
    }
    // "a settlement with Ajimoro Philippines": a firm's national arm, named by its country
    if (m && run === a && k === a + 1 && k + m.length === b && firmNamedForCountry(ctx, a, m)) {
      run = -1;
      emit(ctx, a, b, { type: 'Organization', category: 'company' }, 'unknown-name:firm-of-country');
      k = b;
      continue;
    }
    if (m) {
      flush(k);
      emitMatch(ctx, m, k);
      k += m.length;
      // a name the match ran on over ("Zamboanga del Norte", ./emit.ts compassTailAfter) is read
      while (k < b && ctx.consumed.has(k)) k++;
    } else if (tokens[k].norm === 'of' || tokens[k].punct) {
      flush(k);
      k++;
    } else {
      if (run < 0 && !NAME_PARTICLES.has(tokens[k].norm)) run = k;
      k++;
    }
  }
  flush(b);
}

/**
 * Token k, matched as one word of a known person's name (`m`), has a capitalised word after it in
 * the span that no lexicon or earlier name knows: the two close a longer name of another person
 * ("Buri Mohamed Hamza" after "Colonel Ahmed Mohamed"), which a cut at the known word would split
 * into two people.
 */
function middleNameWord(ctx: SentenceContext, k: number, b: number, m: Match): boolean {
  if (m.draft?.type !== 'Person' || m.length !== 1 || k + 1 >= b) return false;
  const next = ctx.tokens[k + 1];
  return (
    next.cap &&
    !next.punct &&
    !next.possessive &&
    !longestMatch(ctx, k + 1, b) &&
    !ORG_HEADS.has(next.norm) &&
    !LOCATION_HEADS.has(next.norm) &&
    !isTitleWord(next.norm)
  );
}

/**
 * Token k is a city (`m`) whose name is also a common given name, and token k + 1 a capitalised
 * word no lexicon or earlier name knows that may be a surname; no preposition places the pair
 * ("in Victoria Xandu" stays the city's reading).
 */
function givenNameCity(ctx: SentenceContext, k: number, m: Match): boolean {
  const { tokens } = ctx;
  if (ctx.headline || m.length !== 1 || !isCityMatch(m) || !GIVEN_NAME_CITIES.has(tokens[k].norm))
    return false;
  const prev = tokens[k - 1];
  if (prev && !prev.cap && (LOCATIVE_PREPOSITIONS.has(prev.norm) || PLACE_BEFORE.has(prev.norm)))
    return false;
  const surname = tokens[k + 1];
  return (
    !CALENDAR_WORDS.has(surname.norm) &&
    !longestMatch(ctx, k + 1, k + 2) &&
    !ORG_HEADS.has(surname.norm) &&
    !LOCATION_HEADS.has(surname.norm) &&
    givenShaped(ctx, k + 1)
  );
}

/** Token g is a first name other than the first name of the person whose surname `m` matched. */
function otherGivenName(ctx: SentenceContext, g: number, m: Match): boolean {
  const person = m.draft;
  if (person?.type !== 'Person' || m.length !== 1) return false;
  const given = ctx.tokens[g];
  const first = person.name.split(' ')[0];
  const tags = tagsOf(ctx, given);
  if (isTitleWord(given.norm) || isTitleModifier(given.norm) || tags.has('Honorific')) return false;
  return (
    first.toLowerCase() !== given.norm &&
    person.name.split(' ').length > 1 &&
    (tags.has('FirstName') || tags.has('Person') || isFirstName(given.text))
  );
}

/**
 * Token g, an unknown word no lexicon knows, is a given name before the city `m`: no place's
 * word ("Greater", "Old", a compass point), title or acronym, and no preposition placing the
 * pair ("in Pottu Amman" stays a place's reading).
 */
function cityAsSurname(ctx: SentenceContext, g: number, m: Match): boolean {
  const { tokens } = ctx;
  const prev = tokens[g - 1];
  if (ctx.headline || m.length !== 1 || !isCityMatch(m) || tokens[g + 1].possessive) return false;
  if (prev && !prev.cap && (LOCATIVE_PREPOSITIONS.has(prev.norm) || PLACE_BEFORE.has(prev.norm)))
    return false;
  return givenShaped(ctx, g);
}

/**
 * Token g, one word no lexicon knows, closes with a country's name right after it inside a clause
 * ("a deal with Ajimoro Philippines", "sued Tolvex Nigeria"): a firm's arm in that country, as
 * news names them; not a given name ("Maria Brazil" stays for the person readers), a place's word or
 * a country written as an owner ("… Philippines's").
 */
function firmNamedForCountry(ctx: SentenceContext, g: number, m: Match): boolean {
  const { tokens } = ctx;
  const prev = tokens[g - 1];
  const type = m.hit?.entity.type ?? m.draft?.type;
  if (ctx.headline || m.length !== 1 || type !== 'Country' || m.hit?.kind === 'demonym') return false;
  if (!prev || prev.cap || prev.punct || tokens[g + 1].possessive) return false;
  if (LOCATIVE_PREPOSITIONS.has(prev.norm) || PLACE_BEFORE.has(prev.norm)) return false;
  return givenShaped(ctx, g) && !isFirstName(tokens[g].text) && !tagsOf(ctx, tokens[g]).has('FirstName');
}

/** Token g is a capitalised word that may be a given name: no ordinary word, place word or title. */
function givenShaped(ctx: SentenceContext, g: number): boolean {
  const given = ctx.tokens[g];
  const tags = tagsOf(ctx, given);
  return (
    !given.possessive &&
    /^\p{Lu}\p{Ll}+$/u.test(given.text) &&
    !isCommonWord(given.text) &&
    !COMPASS.has(given.norm) &&
    !BARE_COMPASS.has(given.norm) &&
    !isTitleWord(given.norm) &&
    !isTitleModifier(given.norm) &&
    !PEOPLE_AND_CREED_WORDS.has(given.norm) &&
    !['Place', 'Organization', 'Honorific', 'Adjective', 'Verb'].some((t) => tags.has(t))
  );
}

/** Prepositions that place what follows, besides the locative ones. */
const PLACE_BEFORE = new Set(['at', 'to', 'from', 'into', 'toward', 'towards', 'via', 'of']);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'middle', 'central']);
/** A compass word alone ("the East", "East and West Tower") names no place or actor of its own. */
const BARE_COMPASS = new Set([...COMPASS_POINTS, 'central']);

/**
 * Tokens [a, b) are a listed place other than a state, then a capitalised "Division", with no
 * "the" or possessive before: "in Mandalay Division", "across Sagaing Region and Magway
 * Division". An army's division named for a place takes "the" ("the Gaza Division") or a
 * number ("the 33rd Division").
 */
function administrativeDivision(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const last = tokens[b - 1];
  if (b - a < 2 || !last.cap || last.norm !== 'division') return false;
  const before = tokens[a - 1];
  if (before && (before.norm === 'the' || before.possessive || before.cap)) return false;
  // the gazetteer's own entry, the reference lists' places among them ("Sylhet")
  const listed = GAZETTEER.names.get(keyOf(tokens.slice(a, b - 1).map((t) => t.norm)));
  const m = longestMatch(ctx, a, b - 1);
  const type =
    listed?.entity.type ?? (m && m.length === b - 1 - a ? (m.hit?.entity.type ?? m.draft?.type) : undefined);
  return type === 'Location';
}

/**
 * Tokens [a, b) open on one word naming a state by its demonym, then words other than
 * adjectives, and the whole run is no listed name.
 */
function opensOnDemonym(ctx: SentenceContext, a: number, b: number): boolean {
  const m = longestMatch(ctx, a, b);
  // "the Chilean Socialist party" is the state's party of that creed, read by the state's rules
  const creed = ctx.tokens.slice(a + 1, b).every((t) => nlp(t.norm).has('#Adjective'));
  return (
    !!m &&
    m.length === 1 &&
    m.hit?.kind === 'demonym' &&
    !creed &&
    !GAZETTEER.names.get(keyOf(ctx.tokens.slice(a, b).map((t) => t.norm)))
  );
}

/**
 * Plural kinds of a country's region whose singular the gold keeps in the name ("Karen State";
 * a province is named bare, federal-state.ts), and that singular: "States" after "X and Y".
 */
const PLURAL_REGION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['states', 'State'],
  ['regions', 'Region'],
  ['divisions', 'Division'],
  ['provinces', ''],
]);

/** Lower-case plural kinds of region a pair of names may share: "Abo and Belu states". */
const LOWER_PLURAL_REGION_NOUNS: ReadonlySet<string> = new Set([
  'states',
  'regions',
  'provinces',
  'districts',
  'counties',
  'governorates',
]);

/** One or two capitalised words [a, b) that no lexicon knows as a whole, none a possessive. */
const unknownNameWords = (ctx: SentenceContext, a: number, b: number): boolean => {
  const words = ctx.tokens.slice(a, b);
  if (b - a < 1 || b - a > 2 || words.some((t) => t.punct || t.possessive || !t.cap)) return false;
  const whole = longestMatch(ctx, a, b);
  return !(whole && whole.length >= b - a);
};

/**
 * "in Kayah and Karen States", "Y's Abo and Belu states": tokens [a, b) are the first of two
 * names sharing the plural kind of region after the second; before round 44 it was read only
 * where a locative preposition came before it, and lost after a possessive. The name, with the
 * singular of a capitalised kind that keeps it ("Kayah State"), or undefined.
 */
function sharedRegionNounAfter(ctx: SentenceContext, a: number, b: number): string | undefined {
  const { tokens } = ctx;
  if (tokens[b]?.norm !== 'and' || tokens[b].cap || !unknownNameWords(ctx, a, b)) return undefined;
  for (let k = b + 2; k <= b + 3; k++) {
    const kind = tokens[k];
    if (!kind || !unknownNameWords(ctx, b + 1, k)) return undefined;
    const own = nameOf(tokens.slice(a, b));
    if (kind.cap && PLURAL_REGION_NOUNS.has(kind.norm)) {
      const singular = PLURAL_REGION_NOUNS.get(kind.norm);
      return singular ? `${own} ${singular}` : own;
    }
    if (!kind.cap && LOWER_PLURAL_REGION_NOUNS.has(kind.norm)) return own;
  }
  return undefined;
}

/**
 * "Kayah and Karen States", "Shan, Kayah and Karen States": the last item of a list,
 * one or two capitalised words, then a capitalised plural region noun shared by the list. The
 * item's own name with the singular noun ("Karen State"), or undefined.
 */
function sharedRegionNoun(ctx: SentenceContext, a: number, b: number): string | undefined {
  const { tokens } = ctx;
  const last = tokens[b - 1];
  const singular = PLURAL_REGION_NOUNS.get(last.norm);
  if (singular === undefined || !last.cap || b - a < 2 || b - a > 3) return undefined;
  if (tokens[a - 1]?.norm !== 'and' || !tokens[a - 2]?.cap || tokens[a - 2].punct) return undefined;
  if (tokens.slice(a, b - 1).some((t) => t.punct || t.possessive || !t.cap)) return undefined;
  // "… and United States", "… and Gulf States": a listed name that ends in the plural
  const whole = longestMatch(ctx, a, b);
  if (whole && whole.length >= b - a) return undefined;
  return singular ? `${nameOf(tokens.slice(a, b - 1))} ${singular}` : nameOf(tokens.slice(a, b - 1));
}

/**
 * "Kuril and Aleutian Islands": tokens [a, b) are one or two unknown capitalised words, then
 * "and" and one or two more before a plural place head both share. The head as written, or
 * undefined.
 */
function sharedHeadAfter(ctx: SentenceContext, a: number, b: number): string | undefined {
  const { tokens } = ctx;
  if (b - a > 2 || tokens[b]?.norm !== 'and') return undefined;
  if (tokens.slice(a, b).some((t) => t.punct || t.possessive || !t.cap)) return undefined;
  for (let k = b + 1; k <= b + 3 && tokens[k]?.cap && !tokens[k].punct; k++)
    if (SHARED_PLACE_HEADS.has(tokens[k].norm)) return k > b + 1 ? tokens[k].text : undefined;
  return undefined;
}

/** Compass words of two points, which close a region's name ("Pacific Northwest"). */
const COMPOUND_COMPASS: ReadonlySet<string> = new Set(['northwest', 'northeast', 'southwest', 'southeast']);

/**
 * Tokens [a, b) are a listed place other than a state, then a capitalised compound compass word:
 * "Pacific Northwest", "Atlantic Southeast". A state with one is a part of the state, read by
 * the state's own rules ("Syria's Northeast").
 */
function regionWithCompassEnd(ctx: SentenceContext, a: number, b: number): boolean {
  const last = ctx.tokens[b - 1];
  if (b - a < 2 || !last.cap || !COMPOUND_COMPASS.has(last.norm)) return false;
  const m = longestMatch(ctx, a, b - 1);
  return !!m && m.length === b - 1 - a && (m.hit?.entity.type ?? m.draft?.type) === 'Location';
}
const isPlace = (m: Match): boolean => (m.hit?.entity.type ?? m.draft?.type) === 'Location';
const isState = (m: Match): boolean =>
  (m.hit?.entity.type ?? m.draft?.type) === 'Country' && m.hit?.kind !== 'demonym';

/** The word before token a is a lower-case noun for a person (compromise's Actor, or an agent noun). */
function agentNounBefore(ctx: SentenceContext, a: number): boolean {
  const prev = ctx.tokens[a - 1];
  if (!prev || prev.cap || prev.punct || !/^\p{Ll}+$/u.test(prev.text)) return false;
  const tags = tagsOf(ctx, prev);
  if (!tags.has('Noun') || tags.has('Possessive')) return false;
  return isPersonNoun(ctx, prev);
}
