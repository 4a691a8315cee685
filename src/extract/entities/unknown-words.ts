// Capitalised words no lexicon knows: a place by context, a person by compromise's tags or
// foreign-name evidence, a leader before "administration"; otherwise left for the end of
// the article, when its own names may resolve them.
import { MEDIA_NOUNS_BEFORE } from './media-cue';
import {
  COMPANY_NOUNS,
  LANGUAGES,
  LEADER_NOUNS,
  LEANING_WORDS,
  LOCATIVE_PREPOSITIONS,
  NAME_PARTICLES,
  PEOPLE_AND_CREED_WORDS,
  PEOPLES_WITHOUT_STATE,
  RECORDED_MATTER,
  ABSTRACT_NOUN_ENDINGS,
} from '../lexicon/common-words';
import { LOCATION_HEADS, ORG_HEADS } from '../lexicon/heads';
import { PEOPLE_IN_A_PLACE, PLACE_NOUNS_AFTER_NAME } from '../lexicon/place-words';
import { isCommonWord, isFirstName } from '../nlp';
import { isTitleModifier, isTitleWord, titleBefore } from '../rules/entities/title-phrase';
import { appositionKind, officeApposition } from './apposition';
import { armedNounAfter } from './armed-noun-after';
import { isAcronymShaped, tagsOf, type SentenceContext } from './context';
import { coordinatedWithCompany, isDealParty } from './deal-context';
import { emit, nameOf } from './emit';
import { isGenericBody, possessiveOwner } from './generic-body';
import { nameOfTradition } from '../lexicon/family-names';
import { NOT_A_NAME_TAGS, SPEECH_VERBS, looksLikePerson, namedByOffice, personEvidence } from './person-name';
import { emitParty, multiWordPartyCue, partyCue } from './party-cue';
import { kindNounApposed } from './kind-noun-before';
import { roleNounsEnd } from './person-cues';
import { afterThingNoun, placeContext, placeShapeAround, qualifiesNamedPlace } from './place-context';
import { isMediaName, isPaperName, numberedChannel } from './media-cue';
import { ownerCue } from './owner-cue';
import { isJunkWord } from './spans';
import { surnameCountries } from '../lexicon/office-holders';
import type { Token } from './tokens';
import { namesWeaponMake } from './weapon-makes';

/** Nouns of a state's rulers that take a known leader's surname: "the Siniora government". */
const LEADER_NAMED_BODIES: ReadonlySet<string> = new Set(['government', 'junta']);

/** Right after a lower-case noun that introduces a company ("company", "firm", "-maker"). */
function afterCompanyNoun(ctx: SentenceContext, a: number): boolean {
  const before = ctx.tokens[a - 1];
  if (before?.text === ',') return apposedToCompanyNoun(ctx, a - 1);
  if (!before || before.cap || before.punct || before.possessive) return false;
  return isCompanyNoun(before.norm);
}

/** The words that place a region within a larger land: "Upper", "Lower", "Middle". */
const REGION_POSITION_WORDS: ReadonlySet<string> = new Set(['upper', 'lower', 'middle']);

/** Determiners that open a described company set before its name: "its financial firm, X". */
const COMPANY_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'a', 'an', 'the']);

/**
 * "the group and its financial firm, X", "a shell company, X,": the name in apposition after a
 * company noun that a determiner opens a few words before (not "the firm said, X …": a verb ends it).
 */
function apposedToCompanyNoun(ctx: SentenceContext, comma: number): boolean {
  const { tokens } = ctx;
  const noun = tokens[comma - 1];
  if (!noun || noun.cap || noun.punct || noun.possessive || !isCompanyNoun(noun.norm)) return false;
  for (let k = comma - 2; k >= Math.max(0, comma - 4); k--) {
    const w = tokens[k];
    if (w.punct || w.cap) return false;
    if (COMPANY_DETERMINERS.has(w.norm)) return true;
  }
  return false;
}

/** "-maker" words for people, not firms: "lawmaker", "policymaker", "peace-maker". */
const PERSON_MAKERS = /(?:law|policy|peace|film|decision|king|trouble|match|play|rain|dress)-?maker$/;
const isCompanyNoun = (norm: string): boolean =>
  COMPANY_NOUNS.has(norm) || (/maker$/.test(norm) && !PERSON_MAKERS.test(norm));

/**
 * "the brewer AB InBev", "Drugmaker Corvane Labs said": several unknown words after a company
 * noun (or after one that opens the sentence) are the company's name; returns where the name
 * starts, or -1. Not a person's ("the firm Ana Ruiz founded") nor an office ("company CEO X").
 */
export function companyNameAfterNoun(ctx: SentenceContext, a: number, b: number): number {
  const { tokens } = ctx;
  const start = a === 0 && b - a > 2 && isCompanyNoun(tokens[0].norm) ? 1 : a;
  if (start === a && !afterCompanyNoun(ctx, a)) return -1;
  const first = tokens[start];
  if (isFirstName(first.text) || isTitleWord(first.norm) || isTitleModifier(first.norm)) return -1;
  return start;
}

/** Initials of a kind of body written before its name: "NGO Provea". */
export const KIND_INITIALS: ReadonlySet<string> = new Set(['NGO', 'INGO']);

/** Tokens [a, b) open on a kind of body's initials before a capitalised name: "NGO Provea". */
export const opensOnKindInitials = (tokens: readonly Token[], a: number, b: number): boolean =>
  KIND_INITIALS.has(tokens[a].text) && b - a > 1 && tokens[a + 1].cap && !tokens[a + 1].punct;

/**
 * A medium's noun that opens the sentence, capitalised only for that ("Newspaper X reported",
 * "Broadcaster X said", "Magazine X wrote"): no part of the outlet's name. Not "Channel", which
 * opens outlets' own names ("Channel 4", "Channel NewsAsia"), nor "Daily" and "Weekly" ("Daily Mail").
 */
const OPENING_MEDIA_NOUNS: ReadonlySet<string> = new Set(
  [...MEDIA_NOUNS_BEFORE].filter((w) => !['channel', 'daily', 'weekly'].includes(w)),
);
/** Punctuation that opens a sentence or a quotation. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '—', '–', ':']);

/** Tokens [a, b) open the sentence on a medium's noun before a capitalised name: "Newspaper X". */
export const opensOnMediaNoun = (tokens: readonly Token[], a: number, b: number): boolean =>
  (a === 0 || OPENING_MARKS.has(tokens[a - 1].text)) &&
  b - a > 1 &&
  tokens[a].cap &&
  OPENING_MEDIA_NOUNS.has(tokens[a].norm) &&
  tokens[a + 1].cap &&
  !tokens[a + 1].punct &&
  !tokens[a].possessive &&
  !isTitleWord(tokens[a + 1].norm);

/** The name after the kind's initials is that body's (the initials are no part of it, nor "Ngo"). */
export function emitAfterKindInitials(ctx: SentenceContext, a: number, b: number): void {
  emit(ctx, a + 1, b, { type: 'Organization', category: 'other' }, 'context:kind-initials');
}

/**
 * "the Kalvani regime", "the incoming Kalvani regime": after "the" (and an optional lower-case
 * qualifier), one unknown word before a lower-case "regime". Not "government" or "junta" in
 * general: a region's government is named so as often as a leader's ("the Punjab government");
 * only where the word is the surname of a head of state or government the reference data knows
 * ("the Siniora government", round 25).
 */
function leaderRegime(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const noun = tokens[b];
  if (b - a !== 1 || !noun || noun.cap) return false;
  const known = () => surnameCountries(tokens[a].text).size > 0;
  // "the Zionist regime", "the Communist regime": a word of a creed ends in "-ist", a surname
  // almost never does (the Nordic "-quist", "-qvist" aside)
  if (IDEOLOGY_WORD.test(tokens[a].text)) return false;
  if (noun.norm !== 'regime' && !(LEADER_NAMED_BODIES.has(noun.norm) && known())) return false;
  const before = tokens[a - 1];
  const the = before?.norm === 'the' ? before : tokens[a - 2];
  return the?.norm === 'the' && (the === before || (!!before && !before.cap && !before.punct));
}

const IDEOLOGY_WORD = /^(?!.*q[uv]ists?$).*[a-z]ists?$/i;

/** Lower-case nouns for a part of a body that takes its leader's name: "the Kalvani faction". */
const LEADER_PARTS: ReadonlySet<string> = new Set(['faction', 'factions', 'wing', 'loyalists']);

/** One unknown word after "the" and before a noun of LEADER_PARTS. */
function leaderPart(ctx: SentenceContext, a: number, b: number): boolean {
  const noun = ctx.tokens[b];
  if (b - a !== 1 || !noun || noun.cap || !LEADER_PARTS.has(noun.norm)) return false;
  return ctx.tokens[a - 1]?.norm === 'the' && !ctx.tokens[a].possessive && !ctx.tokens[a].punct;
}

/**
 * "attacks across Peshawar, Karak, Bannu, Lakki Marwat, and Bajaur": unknown words inside a list
 * of places, after at least two places joined by commas and with the list going on after them,
 * are a place too (one unknown word is read so by ./place-context.ts).
 */
function amidListedPlaces(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens, last } = ctx;
  const serial = ['and', 'or'].includes(tokens[a - 1]?.norm ?? '') && tokens[a - 2]?.text === ',' ? 1 : 0;
  const join = tokens[a - 1 - serial];
  if (!join || ![',', 'and', 'or'].includes(join.text) || !last || last.end !== a - 1 - serial) return false;
  // "… and Manica Provinces": a kind of place closing the name is read by the place rules
  if (last.draft.type !== 'Location' || PLACE_NOUNS_AFTER_NAME.has(tokens[b - 1].norm)) return false;
  // a second place before the last one, and the list not closed by a verb of saying
  const before = ctx.registry
    .all()
    .some(
      (d) =>
        d !== last.draft &&
        d.type === 'Location' &&
        d.mentions.some(
          (m) => m.end <= tokens[a - 1 - serial].start && m.end >= tokens[a - 1 - serial].start - 40,
        ),
    );
  const next = tokens[b];
  const goesOn =
    !!next && [',', 'and', 'or'].includes(next.text) && !SPEECH_VERBS.has(tokens[b + 1]?.norm ?? '');
  // the list closes on the name: punctuation follows, not a noun the list qualifies ("… and Civic
  // Aid funds")
  const closes = serial === 1 && (!next || /^\p{P}/u.test(next.text));
  return before && (goesOn || closes);
}

/** One ordinary capitalised word right after a company's name just read: its product ("Google Shopping"). */
export function productOfCompany(ctx: SentenceContext, a: number, b: number): boolean {
  const last = ctx.last;
  return (
    b - a === 1 &&
    !!last &&
    last.end === a &&
    last.draft.type === 'Organization' &&
    last.draft.category === 'company' &&
    !ctx.tokens[a - 1].possessive &&
    isCommonWord(ctx.tokens[a].text) &&
    !ORG_HEADS.has(ctx.tokens[a].norm)
  );
}

/** A run of capitalised words that no lexicon knows. */
export function classifyUnknown(ctx: SentenceContext, a: number, b: number): void {
  const { tokens } = ctx;
  while (b > a && NAME_PARTICLES.has(tokens[b - 1].norm)) b--;
  if (a >= b || productOfCompany(ctx, a, b)) return;
  const first = tokens[a];
  // "Venezuelan NGO Provea": the initials of a kind of body before an unknown name
  if (opensOnKindInitials(tokens, a, b)) {
    emitAfterKindInitials(ctx, a, b);
    return;
  }
  const words = tokens.slice(a, b).filter((t) => !t.punct);
  // "the newspaper La Nación", "the Leadership newspaper", "Channel 10": an outlet by its medium.
  const channel = numberedChannel(ctx, a);
  if (channel || isMediaName(ctx, a, b) || (b - a === 1 && isPaperName(ctx, a))) {
    emit(
      ctx,
      a,
      channel ? a + channel : b,
      { type: 'Organization', category: 'media' },
      'context:media-noun',
    );
    return;
  }
  // "the chief executive of Mendiso", "the mayor of Vindor": an office or holding says what it is.
  const owned = !ctx.headline && !isTitleWord(first.norm) ? ownerCue(ctx, a, b) : undefined;
  if (owned) {
    emit(ctx, a, b, owned, 'context:office-or-holding');
    return;
  }
  // "the opposition Civil Contract party", "the ruling Green Future movement": a party noun in
  // lower case after a run of unknown capitalised words names them
  if (words.length > 1 && words.length <= 4 && multiWordPartyCue(ctx, a, b)) {
    emitParty(ctx, a, b, 'political', 'context:party-noun-after');
    return;
  }
  // "the Kalvo Rana coalition", "the Tiko Sanm alliance": as for one word below, a league of
  // gangs, parties or armed groups named by the words before its lower-case noun
  if (words.length > 1 && words.length <= 3 && leagueNamed(ctx, a, b)) {
    emit(ctx, a, b, { type: 'Organization', category: 'other' }, 'context:league-noun-after');
    return;
  }
  if (words.length === 1) {
    // "Kenya's Parliament", "Russia's Navy": a one-word body is a name only with its owner.
    if (isGenericBody(first.norm) && possessiveOwner(ctx, a)) {
      emit(ctx, a, b, { type: 'Organization', category: ORG_HEADS.get(first.norm) }, 'generic-body:owner');
      return;
    }
    if (
      isJunkWord(first) ||
      isTitleWord(first.norm) ||
      isTitleModifier(first.norm) ||
      LANGUAGES.has(first.norm) ||
      PEOPLE_AND_CREED_WORDS.has(first.norm) ||
      PEOPLES_WITHOUT_STATE.has(first.norm)
    )
      return;
    if (ORG_HEADS.has(first.norm) || LOCATION_HEADS.has(first.norm)) return;
    // "Zorba rebels attacked the town", "a Zorba rebel": the fighters' noun names their group
    if (armedNounAfter(ctx, a, b)) {
      emit(ctx, a, b, { type: 'Organization', category: 'armed_group' }, 'context:armed-noun-after');
      return;
    }
    const tags = tagsOf(ctx, first);
    // "the telecom company Altrix", "chipmaker Volto": the noun before the name says what it is.
    if (afterCompanyNoun(ctx, a) && !isAcronymShaped(first.text)) {
      emit(ctx, a, b, { type: 'Organization', category: 'company' }, 'context:company-noun');
      return;
    }
    // "the merger of Norvane and Altrix": a deal's party is a company; so is a company's conjunct.
    if ((isDealParty(ctx, a, b) || coordinatedWithCompany(ctx, a, b)) && !tags.has('Place')) {
      emit(ctx, a, b, { type: 'Organization', category: 'company' }, 'context:deal-party');
      return;
    }
    // "a humanitarian organization, Veldhaven,", "a youth group, called Sorvik": in apposition
    const apposed = kindNounApposed(ctx, a, b);
    if (apposed) {
      emit(ctx, a, b, { type: 'Organization', category: apposed }, 'context:kind-noun-apposed');
      return;
    }
    // "the nationalist party Varo", "the Varo party", "the election commission (CENA)".
    const cue = partyCue(ctx, a);
    if (cue) {
      emitParty(ctx, a, b, cue.category, cue.reason);
      return;
    }
    // "Fretilin, a party that …", "Konna, a town in central Mali": the apposition says.
    const kind = appositionKind(ctx, b);
    if (kind && !NOT_A_NAME_TAGS.some((t) => tags.has(t))) {
      emit(ctx, a, b, kind, 'context:apposition');
      return;
    }
    // "MISCA, which is sponsored by …" opening a paragraph: an unknown acronym that a relative
    // clause goes on about is a body (round 21; a dateline's comma is followed by its region)
    const opensLine = first.start === 0 || ctx.text[first.start - 1] === '\n';
    if (
      opensLine &&
      isAcronymShaped(first.raw) &&
      tokens[b]?.text === ',' &&
      ['which', 'whose'].includes(tokens[b + 1]?.norm ?? '')
    ) {
      emit(ctx, a, b, { type: 'Organization', category: 'other' }, 'context:acronym-clause');
      return;
    }
    const context = placeContext(ctx, a);
    // a title-case headline capitalises common words too: "Jihadists Killed in Attack on Convoy"
    const headlineWord = ctx.headline && isCommonWord(first.text);
    // "bought seeds from Bayer": after "from", a word the tagger's lexicon knows as an
    // organisation is the source, not a place
    if (context && tokens[a - 1]?.norm === 'from' && tags.has('Organization') && !tags.has('Place')) {
      emit(ctx, a, b, { type: 'Organization', category: 'other' }, 'compromise:organization');
      return;
    }
    if (
      context &&
      !headlineWord &&
      !isAcronymShaped(first.text) &&
      !NOT_A_NAME_TAGS.some((t) => tags.has(t))
    ) {
      emit(ctx, a, b, { type: 'Location' }, context);
      return;
    }
    // "Netanyahu said …": an unknown name that speaks is a person (checked again at the end,
    // when the article may have named it otherwise).
    if (
      !isAcronymShaped(first.text) &&
      !ctx.headline &&
      SPEECH_VERBS.has(tokens[b]?.norm ?? '') &&
      !tags.has('Plural') &&
      !isCommonWord(first.text) &&
      !RECORDED_MATTER.has(first.norm)
    ) {
      ctx.pending.push({ tokens: [first], sentenceIndex: ctx.sentenceIndex, speaker: true });
      return;
    }
    if (isAcronymShaped(first.text) || first.initial || ctx.headline) {
      ctx.pending.push({ tokens: [first], sentenceIndex: ctx.sentenceIndex });
      return;
    }
    // "the Kalvo alliance", "the Kalvo bloc": one unknown word between "the" and a lower-case
    // noun for a league of parties or armed groups names that league (not a place's or a state's
    // name: "the Philippines alliance" is a treaty between states)
    if (
      tokens[a - 1]?.norm === 'the' &&
      LEAGUE_NOUNS.has(tokens[b]?.norm ?? '') &&
      !tokens[b].cap &&
      !LEANING_WORDS.has(first.norm) &&
      !['Place', 'Person', 'FirstName', 'LastName'].some((t) => tags.has(t)) &&
      !isCommonWord(first.text)
    ) {
      emit(ctx, a, b, { type: 'Organization', category: 'other' }, 'context:league-noun-after');
      return;
    }
    if (NOT_A_NAME_TAGS.some((t) => tags.has(t)) || namesWeaponMake(ctx, b)) return;
    // "the Biden administration", "the Modi government": a leader's name.
    if (LEADER_NOUNS.has(tokens[b]?.norm ?? '') && !tags.has('Place')) {
      emit(ctx, a, b, { type: 'Person' }, 'context:leader-administration');
      return;
    }
    // "the Kalvani regime": a regime is named after its leader (the tagger calls the word an
    // organisation for the noun after it); a person unless the article names it otherwise,
    // as a speaker is, so a full name given later ("Ana Kalvani Ruiz") takes it in.
    if (leaderRegime(ctx, a, b) && !tags.has('Place')) {
      ctx.pending.push({ tokens: [first], sentenceIndex: ctx.sentenceIndex, speaker: true });
      return;
    }
    // "the Kalvani faction", "the Kalvani wing of the party": a part of a body named after the one
    // who leads it; the word is no body's name (the tagger calls it an organisation for the noun
    // after it), and a person only if the article names one so
    if (leaderPart(ctx, a, b) && !tags.has('Place')) {
      ctx.pending.push({ tokens: [first], sentenceIndex: ctx.sentenceIndex });
      return;
    }
    // "hit the Mason on Sunday": a lone word after "the" is no person's name (a ship's, a
    // building's); left for the article's other names.
    const afterThe = tokens[a - 1]?.text === 'the';
    if (tags.has('Person') && !tags.has('Place') && afterThe)
      ctx.pending.push({ tokens: [first], sentenceIndex: ctx.sentenceIndex });
    else if (tags.has('Person') && !tags.has('Place'))
      emit(ctx, a, b, { type: 'Person' }, 'compromise:person');
    // (not "the Bavarian city of X": the adjective qualifies the place named after "of")
    else if (tags.has('Place') && !qualifiesNamedPlace(ctx, a))
      emit(ctx, a, b, { type: 'Location' }, 'compromise:place');
    else if (tags.has('Organization'))
      emit(ctx, a, b, { type: 'Organization', category: 'other' }, 'compromise:organization');
    else ctx.pending.push({ tokens: [first], sentenceIndex: ctx.sentenceIndex });
    return;
  }
  // Several unknown capitalised words. In a title-case headline every word is capitalised.
  if (ctx.headline) return;
  const company = companyNameAfterNoun(ctx, a, b);
  if (company >= 0) {
    emit(ctx, company, b, { type: 'Organization', category: 'company' }, 'context:company-noun');
    return;
  }
  // "Protester Ana Ruiz", "Board Member Ana Ruiz": a noun for a person, then the person's name.
  const named = roleNounsEnd(ctx, a, b, (k) => looksLikePerson(ctx, k, b, false));
  if (named > a) {
    emit(
      ctx,
      named,
      b,
      { type: 'Person', role: nameOf(tokens.slice(a, named)) },
      'context:person-noun-before',
    );
    return;
  }
  // "…called Acme GmbH, and Svetlana Orlova": a name opening on a given name is a person's.
  if (
    (isDealParty(ctx, a, b) || coordinatedWithCompany(ctx, a, b)) &&
    !tagsOf(ctx, tokens[b - 1]).has('Place') &&
    !isFirstName(first.text)
  ) {
    emit(ctx, a, b, { type: 'Organization', category: 'company' }, 'context:deal-party');
    return;
  }
  // "Win Hlaing told …", "Than Myint said …": a Burmese or Vietnamese name's first syllable that is
  // also an English verb or preposition opens the name, not the sentence
  if (
    first.initial &&
    NOT_A_NAME_TAGS.some((t) => tagsOf(ctx, first).has(t)) &&
    !nameOfTradition(words.map((t) => t.norm))
  )
    return classifyUnknown(ctx, a + 1, b);
  if (tokens[a - 1]?.norm === 'the') {
    const last = tagsOf(ctx, tokens[b - 1]);
    if (last.has('Place')) emit(ctx, a, b, { type: 'Location' }, 'compromise:place');
    return;
  }
  const kind = appositionKind(ctx, b);
  if (kind && kind.type !== 'Person') {
    emit(ctx, a, b, kind, 'context:apposition');
    return;
  }
  // "a complaint from Rivo Rakotovao, the Minister of Transport": an office in apposition is a
  // person's, whatever preposition stands before the name
  if (officeApposition(ctx, b) && (looksLikePerson(ctx, a, b, false) || namedByOffice(ctx, a, b))) {
    emit(ctx, a, b, { type: 'Person' }, 'context:office-apposition');
    return;
  }
  // "an attack on a base in Malam Fatori": unknown words after a locative preposition; not an
  // office that a title word opens or closes ("hire an outside Special Compliance Officer").
  const prev = tokens[a - 1];
  const firstTags = tagsOf(ctx, first);
  const office = isTitleWord(first.norm) || isTitleWord(tokens[b - 1].norm);
  if (
    !office &&
    prev &&
    !prev.cap &&
    LOCATIVE_PREPOSITIONS.has(prev.norm) &&
    words.length <= 3 &&
    (afterThingNoun(ctx, a - 1) ||
      (!['FirstName', 'Honorific', 'Person'].some((t) => firstTags.has(t)) && !isFirstName(first.text))) &&
    !firstTags.has('Honorific') &&
    (!SPEECH_VERBS.has(tokens[b]?.norm ?? '') || PEOPLE_IN_A_PLACE.has(tokens[a - 2]?.norm ?? '')) &&
    !tokens[b - 1].possessive
  ) {
    emit(ctx, a, b, { type: 'Location' }, 'context:locative');
    return;
  }
  if (amidListedPlaces(ctx, a, b)) {
    emit(ctx, a, b, { type: 'Location' }, 'context:coordinated-places');
    return;
  }
  const placeShape = placeShapeAround(ctx, a, b);
  if (placeShape) {
    emit(ctx, a, b, { type: 'Location' }, placeShape);
    return;
  }
  // "Middle Shabelle", "Upper Nile", "Lower Juba": a part of a river's or a region's land by its
  // position; no person's name opens with such a word
  if (words.length >= 2 && REGION_POSITION_WORDS.has(first.norm) && !tokens[b - 1].possessive) {
    emit(ctx, a, b, { type: 'Location' }, 'unknown-name:position-place');
    return;
  }
  if (looksLikePerson(ctx, a, b, false) && !abstractNounEnd(tokens[b - 1])) {
    // Unknown words alone may as well be a place ("Khan Younis"): a person needs some evidence,
    // or a later "Mr. Akufo-Addo" (resolved with the pending words).
    if (personEvidence(ctx, a, b))
      emit(ctx, a, b, { type: 'Person', role: titleBefore(tokens, a) }, 'unknown-name:person');
    else ctx.pending.push({ tokens: tokens.slice(a, b), sentenceIndex: ctx.sentenceIndex });
    return;
  }
  // "the governor of the region of X, Leonid Pasechnik, said …": unknown words set off by commas
  // right before a verb of saying are the one who speaks, whatever compromise takes them for
  if (
    tokens[a - 1]?.text === ',' &&
    tokens[b]?.text === ',' &&
    SPEECH_VERBS.has(tokens[b + 1]?.norm ?? '') &&
    words.length <= 3
  ) {
    emit(ctx, a, b, { type: 'Person' }, 'context:speaker-apposition');
    return;
  }
  if (tagsOf(ctx, tokens[b - 1]).has('Place') && !modifiesIndefiniteNoun(tokens, a, b))
    emit(ctx, a, b, { type: 'Location' }, 'compromise:place');
}

/** Lower-case nouns for a league of parties or armed groups, after its one-word name. */
const LEAGUE_NOUNS: ReadonlySet<string> = new Set(['alliance', 'coalition', 'bloc']);

/** Unknown words a..b (several) between "the" and a league's lower-case noun, none a place's or person's. */
function leagueNamed(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const noun = tokens[b];
  if (tokens[a - 1]?.norm !== 'the' || !noun || noun.cap || !LEAGUE_NOUNS.has(noun.norm)) return false;
  return tokens.slice(a, b).every((t) => {
    const tags = tagsOf(ctx, t);
    return (
      t.cap &&
      !t.punct &&
      !t.possessive &&
      !isCommonWord(t.text) &&
      !['Place', 'Person', 'FirstName', 'LastName'].some((tag) => tags.has(tag))
    );
  });
}

/**
 * "a UNESCO World Heritage site": capitalised words between "a" and a lower-case noun say what
 * kind of thing it is; they name no place of their own.
 */
function modifiesIndefiniteNoun(tokens: readonly Token[], a: number, b: number): boolean {
  const noun = tokens[b];
  if (!noun || noun.cap || noun.punct) return false;
  for (let k = a - 1; k >= 0 && a - k <= 3; k--) {
    if (tokens[k].norm === 'a' || tokens[k].norm === 'an') return true;
    if (!tokens[k].cap || tokens[k].punct) return false;
  }
  return false;
}

/**
 * The last word of a span ends as an English abstract noun does ("Security", "Section",
 * "Dialogues"): the words name an office, a body or a thing, never a person (round 44).
 */
function abstractNounEnd(last: Token): boolean {
  const word = last.norm;
  return ABSTRACT_NOUN_ENDINGS.some((end) => word.length >= end.length + 3 && word.endsWith(end));
}
