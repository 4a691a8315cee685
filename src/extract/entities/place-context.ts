// Context that makes an unknown capitalised word a place.
import {
  LOCATIVE_PREPOSITIONS,
  MOTION_VERBS,
  NAME_PARTICLES,
  PEOPLE_AND_CREED_WORDS,
  PEOPLES_WITHOUT_STATE,
  PLACE_NOUNS,
  PLACE_VERBS,
} from '../lexicon/common-words';
import { ARTICLE_PREFIXES, LOCATION_HEADS, ORG_HEADS, PLACE_PREFIXES } from '../lexicon/heads';
import { appositionKind, officeApposition } from './apposition';
import { longestMatch, tagsOf, type Match, type SentenceContext } from './context';
import {
  CAMP_MODIFIERS,
  COMPASS_POINTS,
  DWELLER_NOUNS,
  FACILITY_NOUNS_AFTER_NAME,
  LANDMARK_NOUNS_AFTER_NAME,
  LANDMARK_NOUN_MODIFIERS,
  LOCAL_FORCE_NOUNS,
  PLACE_NOUNS_AFTER_MODIFIER,
  PLACE_NOUNS_AFTER_NAME,
} from '../lexicon/place-words';
import { PLACE_NAME_STARTS } from '../lexicon/places';
import { FAMILY_NAMES_FIRST } from '../lexicon/family-names';
import { SPEECH_VERBS } from './person-name';
import { PARTICLE_NAME } from './tokens';
import { isCommonWord, isFirstName } from '../nlp';

/** True when ", <known state or country>" follows token b, as in "Boca Chica, Texas". */
export function regionAfter(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b]?.text !== ',' || !tokens[b + 1]?.cap) return false;
  const m = longestMatch(ctx, b + 1);
  const type = m?.hit?.entity.type ?? m?.draft?.type;
  const after = tokens[b + 1 + (m?.length ?? 0)];
  return (type === 'Location' || type === 'Country') && (!after || after.punct) && m?.hit?.kind !== 'demonym';
}

/** "Parchin military site", "Fordo nuclear plant": a facility's noun within three lower-case words. */
function facilityAfter(ctx: SentenceContext, k: number): boolean {
  for (let n = 0; n < 3; n++) {
    const t = ctx.tokens[k + n];
    if (!t || t.cap || t.punct) return false;
    if (FACILITY_NOUNS_AFTER_NAME.has(t.norm)) return true;
    if (tagsOf(ctx, t).has('Verb') || ['and', 'or', 'of', 'the', 'a', 'to', 'in'].includes(t.norm))
      return false;
  }
  return false;
}

/**
 * "the Bavarian city of Bayreuth", "the mostly Sunni district of X": an adjective's word
 * (a people's, a creed's) before a kind of place whose own name follows "of" qualifies that place
 * and names none ("the Zarin district of Kunar" names Zarin, round 39). Also past one or two
 * lower-case modifiers of the kind ("the Andean mountain town of X", "the Himalayan hill state
 * of X", round 45); a range's or sea's adjective ends in -ean or -ayan.
 */
export function qualifiesNamedPlace(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  const adjective =
    /(?:ian|ite|ese|ish|ean|ayan)$/i.test(tokens[a].text) || PEOPLE_AND_CREED_WORDS.has(tokens[a].norm);
  if (!adjective) return false;
  if (tokens[a + 2]?.norm === 'of' && !tokens[a + 2].cap && !!tokens[a + 3]?.cap) return true;
  return kindOfNamedPlacePastModifiers(ctx, a + 1);
}

/** From token k: one or two lower-case modifiers, a kind of place, then "of" and a name. */
function kindOfNamedPlacePastModifiers(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  for (let n = 1; n <= 2; n++) {
    const modifier = tokens[k + n - 1];
    if (!modifier || modifier.cap || modifier.punct) return false;
    const kind = tokens[k + n];
    const of = tokens[k + n + 1];
    if (
      kind &&
      !kind.cap &&
      (PLACE_NOUNS_AFTER_NAME.has(kind.norm) || PLACE_NOUNS_AFTER_MODIFIER.has(kind.norm)) &&
      of?.norm === 'of' &&
      !of.cap &&
      !!tokens[k + n + 2]?.cap
    )
      return true;
  }
  return false;
}

/**
 * Lower-case modifiers from token k on (one or two adjectives, or one noun: "border", "refugee"),
 * then a kind of place: "tribal district", "border district", "refugee camp".
 */
export function placeNounPastAdjectives(ctx: SentenceContext, k: number): boolean {
  for (let n = 0; n < 2; n++) {
    const t = ctx.tokens[k + n];
    if (!t || t.cap || t.punct || !/^\p{Ll}+$/u.test(t.text)) return false;
    const tags = tagsOf(ctx, t);
    const noun = n === 0 && tags.has('Noun') && tags.has('Singular') && !tags.has('Verb');
    if (!tags.has('Adjective') && !noun) return false;
    const after = ctx.tokens[k + n + 1];
    if (
      after &&
      !after.cap &&
      (PLACE_NOUNS_AFTER_NAME.has(after.norm) || PLACE_NOUNS_AFTER_MODIFIER.has(after.norm))
    )
      return true;
    if (noun && !tags.has('Adjective')) return false;
  }
  return false;
}

/** Words that bring out members of a plural just written: "towns including X", "cities such as X". */
const INCLUDING: ReadonlySet<string> = new Set(['including', 'includes', 'include']);

/** Token a follows "including" / "such as" after a plural kind of place within three words. */
function namedAmongPlaces(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[a - 1];
  let k = a - 2;
  if (prev?.norm === 'as' && tokens[a - 2]?.norm === 'such') k = a - 3;
  else if (!prev || !INCLUDING.has(prev.norm)) return false;
  if (tokens[k]?.text === ',') k--;
  const noun = tokens[k];
  return !!noun && !noun.cap && noun.norm.endsWith('s') && PLACE_NOUNS_AFTER_NAME.has(noun.norm);
}

/**
 * "two towns of Y state -- X and Z", "three districts of Y province: X, W and Z": the first name
 * of a list that a dash or colon opens after a plural kind of place, within six words of it
 * (round 18). The names after it are read as coordinated places.
 */
function listedAfterPlaces(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  let k = a - 1;
  while (k >= 0 && tokens[k].punct && /^[—–:-]+$/.test(tokens[k].text)) k--;
  if (k === a - 1) return false;
  for (let n = 0; n < 6 && k >= 0; n++, k--) {
    const t = tokens[k];
    if (t.punct && t.text !== ',') return false;
    if (!t.cap && t.norm.endsWith('s') && PLACE_NOUNS_AFTER_NAME.has(t.norm)) return true;
  }
  return false;
}

/** Words of a distance: "10 kilometers", "about 40 km", "some 20 miles". */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['kilometers', 'kilometres', 'km', 'miles']);
const ABOUT: ReadonlySet<string> = new Set(['about', 'some', 'roughly', 'nearly', 'around', 'just', 'only']);

/**
 * "Dandi, 10 kilometers from the border", "X, about 40 km north of Y": a distance in apposition
 * after the name measures where a place lies (round 18); a person's apposition is an age or an
 * office, never a distance.
 */
function distanceAfter(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b]?.text !== ',') return false;
  let k = b + 1;
  if (ABOUT.has(tokens[k]?.norm ?? '')) k++;
  return /^\d[\d,.]*$/.test(tokens[k]?.text ?? '') && DISTANCE_UNITS.has(tokens[k + 1]?.norm ?? '');
}

/** A kind of place, also in the plural ("the regions of Amhara and Afar", "the cities of …"). */
function isPlaceNoun(word: string): boolean {
  return (
    PLACE_NOUNS.has(word) ||
    (word.endsWith('ies') && PLACE_NOUNS.has(`${word.slice(0, -3)}y`)) ||
    (word.endsWith('s') && PLACE_NOUNS.has(word.slice(0, -1)))
  );
}

/**
 * "the town of X", "the Basilan towns of X and Y", "the southeastern department of X": a kind of
 * place in lower case and "of" right before the name ("department" only so: "the Department of
 * State" is a body).
 */
function placeOf(ctx: SentenceContext, a: number): boolean {
  const [noun, of] = [ctx.tokens[a - 2], ctx.tokens[a - 1]];
  return (
    of?.norm === 'of' &&
    !!noun &&
    !noun.cap &&
    (isPlaceNoun(noun.norm) || PLACE_NOUNS_BEFORE_OF.has(noun.norm))
  );
}

/** Kinds of place that name one only before "of" and in lower case ("the department of Cauca"). */
const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set([
  'department',
  'departments',
  'commune',
  'communes',
]);

/**
 * Words around a name that only a place takes: "In Vista Alta, soldiers …" (a sentence opening
 * on "In" and the name, then a comma), "sent to Kafr Jalal, where fighting continues" (a clause
 * of place after it). Returns the reason, or undefined.
 */
function placeClauseAround(ctx: SentenceContext, a: number, b: number): string | undefined {
  const { tokens } = ctx;
  const [prev, after] = [tokens[a - 1], tokens[b]];
  if (after?.text !== ',') return undefined;
  if (prev?.norm === 'in' && prev.cap && a === 1) return 'context:opening-in';
  // (not a word run on from a name just read: "the Arctic Council Ministerial, where they meet")
  const clause = tokens[b + 2];
  const runOn = ctx.last?.end === a;
  if (tokens[b + 1]?.norm === 'where' && !!clause && !clause.punct && !tokens[b - 1].possessive && !runOn)
    return 'context:where-clause';
  return undefined;
}

/** Nouns of a division of a country, written after its name: "Borno state", "Helmand province". */
const REGION_NOUNS: ReadonlySet<string> = new Set([
  'state',
  'province',
  'district',
  'region',
  'county',
  'governorate',
  'oblast',
  'prefecture',
]);

/**
 * "Mafa in Borno state", "Tolly in Helmand Province": an unknown name placed in a region named
 * with its noun (one to three capitalised words, then "state"/"province"…) is a place inside
 * it; a person is placed so rarely, and is then mostly known by a first name or a title.
 */
function inNamedRegion(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  if (tokens[a + 1]?.norm !== 'in' || tokens[a + 1].cap) return false;
  // "a blast set off by ⟦Xs⟧ in ⟦Y⟧ district": a passive's agent acts there, it is no place
  // (round 49, fresh news)
  if (tokens[a - 1]?.norm === 'by' && !tokens[a - 1].cap) return false;
  let k = a + 2;
  while (k < a + 5 && tokens[k]?.cap && !tokens[k].punct && !tokens[k].possessive) {
    if (k > a + 2 && REGION_NOUNS.has(tokens[k].norm)) return true;
    k++;
  }
  const noun = tokens[k];
  return k > a + 2 && !!noun && !noun.cap && REGION_NOUNS.has(noun.norm);
}

/** "in Rafah", "the port city of Mukalla", a dateline "MOBILE, Ala. –". */
export function placeContext(ctx: SentenceContext, a: number): string | undefined {
  const { tokens, text } = ctx;
  const prev = tokens[a - 1];
  const next = tokens[a + 1];
  if (prev && !prev.cap && LOCATIVE_PREPOSITIONS.has(prev.norm) && !(next && next.cap))
    return 'context:locative';
  if (placeOf(ctx, a)) return 'context:place-of';
  if (inNamedRegion(ctx, a)) return 'context:in-named-region';
  const around = placeClauseAround(ctx, a, a + 1);
  if (around && !(next && next.cap)) return around;
  // "Kashmir's winter capital Jammu": the lower-case noun "capital" right before one name.
  if (prev?.norm === 'capital' && !prev.cap && !(next && next.cap)) return 'context:capital-before';
  // "a place called Wicok", "a village named Tolo": a kind of place, then the name it is called.
  // (Not "known as": "islands known as X in Japan and Y in China" names, it does not place.)
  const calledNoun = ['called', 'named'].includes(prev?.norm ?? '') ? tokens[a - 2] : undefined;
  if (
    calledNoun &&
    !calledNoun.cap &&
    (isPlaceNoun(calledNoun.norm) || calledNoun.norm === 'place') &&
    !(next && next.cap)
  )
    return 'context:place-called';
  // "Swabi district", "in Buner and Dir districts": a lower-case kind of place after the name,
  // also past one or two adjectives ("the Zarin tribal district").
  if (next && !next.cap && PLACE_NOUNS_AFTER_NAME.has(next.norm) && !qualifiesNamedPlace(ctx, a))
    return 'context:place-noun-after';
  if (placeNounPastAdjectives(ctx, a + 1) && !qualifiesNamedPlace(ctx, a)) return 'context:place-noun-after';
  // "the Paktia police HQ", "Zarin police said": a place's own police. Not a dictionary word
  // capitalised at a clause's start: "Riot police fired", "Traffic police said" (round 19).
  // Nor a people's word ("Kosovo Serb police" are the Serbs', no place's).
  if (
    next &&
    !next.cap &&
    LOCAL_FORCE_NOUNS.has(next.norm) &&
    !isCommonWord(tokens[a].text) &&
    !PEOPLE_AND_CREED_WORDS.has(tokens[a].norm) &&
    !PEOPLES_WITHOUT_STATE.has(tokens[a].norm)
  )
    return 'context:local-police';
  // "four towns including Bimbala", "villages such as Tolo": one of the places just counted.
  if (namedAmongPlaces(ctx, a)) return 'context:places-including';
  if (listedAfterPlaces(ctx, a)) return 'context:places-listed';
  if (distanceAfter(ctx, a + 1)) return 'context:distance-after';
  if (facilityAfter(ctx, a + 1)) return 'context:facility-noun-after';
  if (
    next &&
    ['and', 'or', ','].includes(next.text) &&
    tokens[a + 2]?.cap &&
    !tokens[a + 3]?.cap &&
    PLACE_NOUNS_AFTER_NAME.has(tokens[a + 3]?.norm ?? '') &&
    tokens[a + 3].norm.endsWith('s')
  )
    return 'context:place-noun-after';
  const last = ctx.last;
  // "fled to Sinjar", "from Mosul to Sinjar": a destination.
  if (prev?.norm === 'to' && !(next && next.cap)) {
    const before = tokens[a - 2];
    const fromPlace = last?.end === a - 1 && last.draft.type === 'Location';
    if ((before && MOTION_VERBS.has(before.norm)) || fromPlace) return 'context:destination';
  }
  // "in Erbil and Sulaymaniyah", "in Erbil, Dohuk, and Zakho": listed beside a place.
  const serial = ['and', 'or'].includes(prev?.text ?? '') && tokens[a - 2]?.text === ',' ? 1 : 0;
  // "Bor in Jonglei state and Bentiu": past the kind of place written after the place before.
  const kind = tokens[a - 2 - serial];
  const kindBetween = !!kind && !kind.cap && PLACE_NOUNS_AFTER_NAME.has(kind.norm) ? 1 : 0;
  if (
    prev &&
    ['and', 'or', ','].includes(prev.text) &&
    last?.end === a - 1 - serial - kindBetween &&
    last.draft.type === 'Location'
  )
    return 'context:coordinated-place';
  // "Leyte's capital, Tacloban.", "the region's capital city, Muzaffarabad, has": one word in
  // apposition to "capital" ("the mayor, Smith," names no place)
  const noun =
    tokens[a - 2]?.norm === 'capital' ||
    (PLACE_NOUNS.has(tokens[a - 2]?.norm ?? '') && tokens[a - 3]?.norm === 'capital');
  if (prev?.text === ',' && noun && (!next || next.punct)) return 'context:place-apposition';
  const t = tokens[a];
  const lineStart = t.start === 0 || text[t.start - 1] === '\n';
  // A dateline is written in capitals ("MOBILE, Ala. –") or names its region ("Goma, Congo –");
  // "Acme, Globex and Initech shares fell" opens a paragraph the same way.
  // Not a mixed-case family name that comes first before a dash: "Xi – Blinken meet in …" is a
  // headline's pair of people (round 22; lexicon/family-names.ts).
  const dashed = /^[—–-]$/.test(next?.text ?? '') && !FAMILY_NAMES_FIRST.has(t.norm);
  const dateline = /^\p{Lu}{2,}$/u.test(t.raw) || dashed || regionAfter(ctx, a + 1);
  // (a dateline's comma is followed by its region or date, not "EULEX, which has …": round 21)
  const clauseAfter = next?.text === ',' && /^\p{Ll}/u.test(tokens[a + 2]?.text ?? '');
  if (lineStart && next && /^[,—–-]$/.test(next.text) && dateline && !clauseAfter) return 'context:dateline';
  return undefined;
}

/**
 * "Ras Lanuf", "Wadi Halfa", "the town of El Daein", "entered Abu Kamal": a name of two or
 * three words that opens with a place prefix. Articles ("El", "Al", "Abu") also open personal
 * names, so they need a place's context ('unclear' without one); a head word leaves the
 * name to the head rules.
 */
export function prefixedPlace(ctx: SentenceContext, a: number, b: number): string | 'unclear' | undefined {
  const { tokens } = ctx;
  const first = tokens[a].norm;
  const strong = PLACE_PREFIXES.has(first) || PLACE_NAME_STARTS.has(first);
  if (b - a < 2 || b - a > 3 || !(strong || ARTICLE_PREFIXES.has(first))) return undefined;
  const words = tokens.slice(a, b);
  if (words.some((t) => t.punct || ORG_HEADS.has(t.norm) || LOCATION_HEADS.has(t.norm))) return undefined;
  if (SPEECH_VERBS.has(tokens[b]?.norm ?? '')) return undefined;
  // "Abu Mohammed al-Julani": a particle name inside makes a person's name.
  if (!strong && words.some((t, k) => k > 0 && (PARTICLE_NAME.test(t.text) || NAME_PARTICLES.has(t.norm))))
    return undefined;
  const prev = tokens[a - 1];
  const motion = prev?.norm === 'to' && MOTION_VERBS.has(tokens[a - 2]?.norm ?? '');
  const context =
    prev && !prev.cap && (LOCATIVE_PREPOSITIONS.has(prev.norm) || PLACE_VERBS.has(prev.norm) || motion)
      ? 'context:locative'
      : placeContext(ctx, a);
  if (context) return `${context}+place-prefix`;
  return strong ? 'place-prefix' : 'unclear';
}

/**
 * The preposition at token p follows a lower-case noun of a thing or event ("the check post in
 * Mir Ali", "a market in Ahmad Khel", "the attack near …"): what follows is where it is, even
 * when its first word is also a first name. A person after such a noun and "in" is rare.
 */
export function afterThingNoun(ctx: SentenceContext, p: number): boolean {
  const noun = ctx.tokens[p - 1];
  if (!noun || noun.cap || noun.punct || !/^\p{Ll}+$/u.test(noun.text)) return false;
  const tags = tagsOf(ctx, noun);
  return (
    tags.has('Noun') &&
    !tags.has('Pronoun') &&
    !tags.has('Verb') &&
    !tags.has('Actor') &&
    !tags.has('Adjective') &&
    !TRUST_NOUNS.has(noun.norm)
  );
}

/** Nouns that take a person after "in": "confidence in Ana Ruiz", "a role in …". */
const TRUST_NOUNS: ReadonlySet<string> = new Set([
  'confidence',
  'faith',
  'trust',
  'interest',
  'role',
  'part',
  'belief',
]);

/**
 * Context around a name of several words that only a place has, strong enough to outweigh
 * first-name-like words ("Mir", "Ahmad"), which open place names in many countries too:
 * a dateline in capitals ("MIRAN SHAH, Oct 6 –"), a kind of place after the name, also past
 * its initials ("Khyber Pakhtunkhwa (KP) province", "Gul Kalay district"), or an apposition
 * that says so ("Ahmad Khel, a village 15 km west of …"), or a locative preposition after the
 * noun of a thing or event ("the check post in Mir Ali").
 */
export function placeShapeAround(ctx: SentenceContext, a: number, b: number): string | undefined {
  const { tokens, text } = ctx;
  // "a Shiite Muslim district", "Sunni Arab areas": words of peoples and creeds say whose the place
  // is and name none (round 47)
  if (tokens.slice(a, b).every((t) => PEOPLE_AND_CREED_WORDS.has(t.norm))) return undefined;
  const after = tokens[b];
  const lineStart = tokens[a].start === 0 || text[tokens[a].start - 1] === '\n';
  const capitals = tokens.slice(a, b).every((t) => /^\p{Lu}{2,}$/u.test(t.raw));
  const clauseAfter = after?.text === ',' && /^\p{Ll}/u.test(tokens[b + 1]?.text ?? '');
  if (lineStart && capitals && after && /^[,—–-]$/.test(after.text) && !clauseAfter)
    return 'context:dateline';
  const initials = after?.text === '(' && tokens[b + 2]?.text === ')' ? 3 : 0;
  const noun = tokens[b + initials];
  const qualifier = b === a + 1 && !initials && qualifiesNamedPlace(ctx, a);
  if (noun && !noun.cap && PLACE_NOUNS_AFTER_NAME.has(noun.norm) && !qualifier)
    return 'context:place-noun-after';
  if (!initials && placeNounPastAdjectives(ctx, b) && !(b === a + 1 && qualifiesNamedPlace(ctx, a)))
    return 'context:place-noun-after';
  if (!initials && campAfter(ctx, b)) return 'context:camp-after';
  // "the Rainbow Towers hotel in Y" (round 18): a facility's noun after the whole name; not after
  // "a"/"an" ("a UNESCO World Heritage site" is any such site)
  let d = a - 1;
  while (d > 0 && tokens[d].cap && !tokens[d].punct) d--;
  const indefinite = ['a', 'an'].includes(tokens[d]?.norm ?? '');
  if (!initials && !indefinite && facilityAfter(ctx, b)) return 'context:facility-noun-after';
  if (appositionKind(ctx, b)?.type === 'Location') return 'context:apposition';
  if (placeOf(ctx, a)) return 'context:place-of';
  if (listedAfterPlaces(ctx, a)) return 'context:places-listed';
  if (!initials && distanceAfter(ctx, b)) return 'context:distance-after';
  const clause = placeClauseAround(ctx, a, b);
  if (clause) return clause;
  const apposed = placeAppositionOfName(ctx, a, b);
  if (apposed) return apposed;
  // "the check post in Nur Ali late on Tuesday" (not "in Nur Ali's house", "in Nur Ali said")
  const prep = tokens[a - 1];
  if (
    prep &&
    !prep.cap &&
    LOCATIVE_PREPOSITIONS.has(prep.norm) &&
    b - a <= 3 &&
    afterThingNoun(ctx, a - 1) &&
    !tokens[b - 1].possessive &&
    !(after && (after.cap || SPEECH_VERBS.has(after.norm))) &&
    // "a complaint from X, the transport minister": an office in apposition is a person's
    !officeApposition(ctx, b)
  )
    return 'context:locative';
  return undefined;
}

/**
 * People who live in a place, before "of" and its name: "the residents of Nova Tirana" (owner-cue.ts
 * reads the same nouns before one unknown word; "the people of" names a place only here, before a
 * name of several words).
 */
const DWELLERS: ReadonlySet<string> = new Set([...DWELLER_NOUNS, 'people']);

/**
 * A name of several unknown words that its neighbours make a place (round 29; one word is read
 * so by placeContext): apposed to "capital" and closing the clause ("near the provincial
 * capital, Bandar Khel."); after the people who live there ("the residents of Nova Tirana");
 * after a place and a comma, closing the sentence or before its country ("in Palmera, Nova
 * Tirana.", "in Palmera, Nova Tirana, Mozambique"). Not "in Palmera, Ana Ruiz said" nor "the
 * people of Ana Ruiz's party".
 */
function placeAppositionOfName(ctx: SentenceContext, a: number, b: number): string | undefined {
  const { tokens } = ctx;
  const [prev, after] = [tokens[a - 1], tokens[b]];
  const closes = !after || ['.', ';', ':', '?', '!'].includes(after.text);
  if (tokens[b - 1].possessive) return undefined;
  if (prev?.text === ',') {
    const capital =
      tokens[a - 2]?.norm === 'capital' ||
      (PLACE_NOUNS.has(tokens[a - 2]?.norm ?? '') && tokens[a - 3]?.norm === 'capital');
    if (capital && (closes || after?.text === ')')) return 'context:place-apposition';
    const last = ctx.last;
    const placeBefore = last?.end === a - 1 && last.draft.type === 'Location';
    const countryAfter = after?.text === ',' && longestMatch(ctx, b + 1)?.hit?.entity.type === 'Country';
    const inBefore = !!last && ['in', 'near', 'at'].includes(tokens[last.start - 1]?.norm ?? '');
    // "said the spokesman in Palmera, Jules Ruiz.": a name opening on a given name is the
    // person the role's apposition names (round 34)
    const person = isFirstName(tokens[a].text) && b - a > 1;
    if (placeBefore && inBefore && !person && (closes || countryAfter)) return 'context:place-after-place';
  }
  if (prev?.norm === 'of' && DWELLERS.has(tokens[a - 2]?.norm ?? '') && !tokens[a - 2].cap)
    return 'context:dwellers-of';
  return undefined;
}

/**
 * "the X displaced persons' camp", "the X IDP camp": up to four words of who the camp shelters
 * (a plural's apostrophe among them), then "camp" in lower case.
 */
function campAfter(ctx: SentenceContext, k: number): boolean {
  let n = 0;
  for (; n < 4; n++) {
    const t = ctx.tokens[k + n];
    const apostrophe = t?.punct && /^['’]$/.test(t.text) && n > 0;
    if (!t || (!apostrophe && !CAMP_MODIFIERS.has(t.norm))) break;
  }
  const camp = ctx.tokens[k + n];
  return n > 0 && !!camp && !camp.cap && PLACE_NOUNS_AFTER_MODIFIER.has(camp.norm);
}

/** An adjective's ending: "Presidential", "National", "Central" before a landmark's noun. */
const STYLED_ADJECTIVE = /(?:ial|ional|tral)$/i;

/**
 * "the X bridge", "in X square", "X market": unknown capitalised words [a, b)
 * and the lower-case landmark noun after them name one place, so the noun is part of its name
 * (a name the lexicon or the article knows on its own — a city, a country, a demonym — keeps
 * its own record: "the Baghdad market" is a market in Baghdad). Not after "a"/"an" ("a Gaza
 * market" is any market there). So is "the X refugee camp". Returns the end of the landmark's name, or 0.
 */
export function landmarkEnd(ctx: SentenceContext, a: number, b: number): number {
  const { tokens } = ctx;
  const noun = tokens[b];
  // "the Jabalya refugee camp": a camp is named with what it holds
  const camp =
    !!noun &&
    !noun.cap &&
    /^\p{Ll}+$/u.test(noun.text) &&
    tagsOf(ctx, noun).has('Noun') &&
    PLACE_NOUNS_AFTER_MODIFIER.has(tokens[b + 1]?.norm ?? '') &&
    !tokens[b + 1].cap;
  // "the X royal palace": one modifier the palace's name keeps (round 29)
  const modified =
    !!noun &&
    !noun.cap &&
    !!tokens[b + 1] &&
    !tokens[b + 1].cap &&
    LANDMARK_NOUN_MODIFIERS.get(noun.norm) === tokens[b + 1].norm;
  if (
    !noun ||
    noun.cap ||
    noun.punct ||
    !(camp || modified || LANDMARK_NOUNS_AFTER_NAME.has(noun.norm)) ||
    b - a > 3
  )
    return 0;
  if (['a', 'an'].includes(tokens[a - 1]?.norm ?? '')) return 0;
  // "the Presidential palace": an adjective capitalised for style names no landmark (round 29)
  if (b === a + 1 && (isCommonWord(tokens[a].text) || STYLED_ADJECTIVE.test(tokens[a].text))) return 0;
  // "a crowded Shiite mosque", "the Sunni shrine": a creed's or a people's word says whose it is
  // and names none (round 46, fresh news)
  if (b === a + 1 && PEOPLE_AND_CREED_WORDS.has(tokens[a].norm)) return 0;
  for (let k = a; k < b; k++)
    if (tokens[k].punct || tokens[k].possessive || longestMatch(ctx, k, b)) return 0;
  return camp || modified ? b + 2 : b + 1;
}

/** Continents a lower-case part names a region of its own: "southern Africa", "northeast Asia". */
const CONTINENTS: ReadonlySet<string> = new Set(['Africa', 'Asia', 'Europe']);
/** Lower-case words for a part of a continent, before its name. */
const CONTINENT_PARTS: ReadonlySet<string> = new Set([
  ...COMPASS_POINTS.flatMap((w) => [w, `${w}ern`]),
  'central',
  'sub-saharan',
]);

/**
 * "southern Africa", "sub-Saharan Africa", "northeast Asia": a listed continent of one word after
 * a lower-case word for its part names that part, a region of its own (round 29: b11, b17, tr;
 * "Southeast Asia", capitalised, is listed as it is). Returns the part's token, or -1.
 */
export function continentPartStart(ctx: SentenceContext, i: number, m: Match): number {
  const part = ctx.tokens[i - 1];
  const named = m.hit?.kind === 'demonym' ? undefined : (m.hit?.entity ?? m.draft);
  if (m.length !== 1 || !named || !CONTINENTS.has(named.name) || ctx.tokens[i].text !== named.name) return -1;
  if (!part || part.cap || part.punct || !CONTINENT_PARTS.has(part.norm)) return -1;
  return i - 1;
}
