// The country of a national title written without one ("President X", "Defense Secretary Y").
// The rules give such a title the article's dominant country (./dominant-country.ts); here each
// is checked against what is known of the person:
// - an office that says whose it is ("Secretary of Defense X": lexicon/titles.ts) is that
//   country's, where the article names it;
// - a person the reference data knows (lexicon/office-holders.ts) serves that country, where the
//   article names it ("President X" of another state); a head's surname the data files under
//   several states goes to the one of them the article names, if only one (round 43);
// - anyone else gets the dominant country where the sentence names no country, or names it as
//   itself (not "sanctions on ⟦A⟧") with no other country written nearer the person;
// - a title written with its country elsewhere in the sentence names that country itself;
// - a person who acts on the country in the same sentence ("President X sanctioned ⟦A⟧", "X met
//   ⟦A⟧") holds none of its offices.
// Then a minister goes to the ministry of their portfolio where it is named (./portfolio-bodies.ts).
import { STRUCTURAL_PREDICATES, type Entity, type Sentence } from '../../model';
import { CAPITALS, CODE_BY_NAME, COUNTRIES } from '../lexicon/countries';
import { SELF_GOVERNING_REGIONS } from '../lexicon/places';
import { officeHolderCountry, surnameCountries } from '../lexicon/office-holders';
import {
  FEW_STATE_OFFICES,
  OFFICE_COUNTRIES,
  ONE_STATE_OFFICES,
  STATES_OF_AN_AUTHORITY,
  TITLE_LINKS,
  TITLE_WORDS,
} from '../lexicon/titles';
import { forceOfName } from '../entities/national-force';
import { namesCountry } from './names-country';
import { stateOfBody } from '../lexicon/state-bodies';
import { STATE_WORD_REASONS } from '../lexicon/state-word-sides';
import type { Candidate } from './apply-rules';
import { UNWRITTEN_STATE } from '../frames/units';
import { FORMER_OFFICE } from './head-office';
import { portfolioBodies } from './portfolio-bodies';
import { countryInTitleRun } from './title-country-word';
import { RANK_TITLES } from '../rules/relations/titles';
import type { Slot } from './sentence-view';

/** Stands in for the country of a national title when the article has no dominant one. */
export const UNWRITTEN_COUNTRY: Entity = { id: '', name: '', type: 'Country', aliases: [], mentionCount: 0 };

/** "in the capital, X" (place:the-capital): the article's country only when X is its capital. */
export const isCapitalOf = (place: Entity, country: Entity): boolean =>
  place.aliases.concat(place.name).some((n) => CAPITALS.get(country.name)?.includes(n) === true);
/**
 * "in the capital, X": the article's country when X is its capital, else the article's country
 * whose capital the gazetteer knows X to be ("Chad accused Sudan … in the capital N'Djamena":
 * round 14); none when X is no country's capital the article names.
 */
function capitalsCountry(
  place: Entity,
  dominant: Entity | undefined,
  countries: ReadonlyMap<string, Entity>,
): Entity | undefined {
  if (dominant && isCapitalOf(place, dominant)) return dominant;
  return [...countries.values()].find((country) => isCapitalOf(place, country));
}
/**
 * "the state-run ⟦Syrian Arab News Agency⟧": the state the gazetteers file the body under, else
 * the article's country whose name or demonym the body's own name holds (round 22); "⟦Y⟧, a
 * government-owned airline" also the article's own country. A body filed under a state the article
 * does not name is given none.
 */
function ownersCountry(c: Candidate, { countries, dominant }: TitleContext): Entity | undefined {
  const body = c.subject;
  const all = [...countries.values()];
  const filed = stateOfBody([body.name, ...body.aliases]);
  if (filed) return all.find((k) => k.name === filed);
  const named = all.find((country) => [body.name, ...body.aliases].some((n) => namesCountry(n, country)));
  // only the apposition, which describes the body as the state's own, falls back on the article's
  // state: "the state-run ⟦X⟧ agency said" is as often a foreign outlet quoted
  return named ?? (c.reason === STATE_OWNED_APPOSITION ? dominant : undefined);
}
const STATE_OWNED = 'structure:state-owned';
const STATE_OWNED_APPOSITION = 'structure:state-owned-apposition';
const OFFICIAL_NEWS_AGENCY = 'structure:official-news-agency';

/** The rule of army titles ("Army spokesman X"), whose object is the country's army if named. */
const ARMY_OFFICE = 'title:national-army-office';

/**
 * The article's army of a country: a military body named "Army" with the country's name or
 * demonym, else the one force its name says is the country's whole military ("Chile Defense
 * Forces": entities/national-force.ts).
 */
function armyOf(country: Entity, entities: Entity[]): Entity | undefined {
  const military = entities.filter((e) => e.type === 'Organization' && e.category === 'military');
  const army = military.find((e) => /\bArmy\b/.test(e.name) && namesCountry(e.name, country));
  if (army) return army;
  const whole = military.filter((e) =>
    [e.name, ...e.aliases].some((n) => {
      const force = forceOfName(n);
      return force?.country === country.name && force.kind === 'whole';
    }),
  );
  return whole.length === 1 ? whole[0] : undefined;
}

export interface TitleContext {
  sentence: Sentence;
  /** The sentence's slots, in order. */
  slots: Slot[];
  /** The article's dominant country, if it has one. */
  dominant?: Entity;
  /** The dominant country leads by name only, not once another state's bodies count (./dominant-country.ts). */
  contested?: boolean;
  /** The names of the sentence before, for a bare "Spokesman X" who speaks for a group named there. */
  previous?: Entity[];
  /** The article's countries, by ISO alpha-2 code. */
  countries: ReadonlyMap<string, Entity>;
  /** The article's entities, for a country's own army. */
  entities: Entity[];
}

/** Where in the sentence an entity is first written, or -1. */
const positionOf = (slots: Slot[], id: string) => slots.find((s) => s.entity.id === id)?.mention.start ?? -1;

/**
 * A country written as the other party of an act ("sanctions on ⟦A⟧", "measures against ⟦A⟧",
 * "talks with ⟦A⟧") is not the country of a title beside it.
 */
const OTHER_PARTY = /\b(?:against|on|onto|toward|towards|with|at|into|over|to|by)(?: the)? $/i;
/**
 * A country written as where someone travels ("departed for ⟦A⟧", "arrived in ⟦A⟧", "visiting
 * ⟦A⟧"): a visitor's title is not the host's ("Foreign Minister X left for ⟦A⟧").
 */
const DESTINATION =
  /\b(?:(?:left|leaves|leaving|departed|departs|departing|bound|headed|heads|heading|set off|sets off) for|(?:arrived|arrives|arriving|landed|lands|landing) (?:in|at)|visited|visits|visiting)(?: the)? $/i;

/**
 * A demonym on the weapons or forces of an act ("the ⟦Russian⟧ strikes hit …") names the country
 * as the one acting, not as the state whose offices the sentence's titles are.
 */
const ACTING_HEAD =
  /^ (?:[a-z]+ )?(?:strikes?|airstrikes?|attacks?|shelling|bombardment|missiles?|drones?|rockets?|forces|troops|soldiers|invasion|occupation|offensive)\b/;

/**
 * A country written as the law over something ("assets under ⟦U.S.⟧ jurisdiction", "under ⟦C⟧
 * law", "held in ⟦C⟧ custody"): the reach of its law, not the state whose offices the titles are.
 */
const UNDER_ITS_LAW = /\b(?:under|in) (?:the )?$/i;
const ITS_LAW = /^(?:'s)? (?:jurisdiction|law|laws|custody|control|sanctions)\b/;

/** Every mention of the country in the sentence is the reach of a law ("under ⟦U.S.⟧ jurisdiction"). */
function onlyAsItsLaw(country: Entity, { slots, sentence }: TitleContext): boolean {
  const mentions = slots.filter((s) => s.entity.id === country.id);
  return mentions.length > 0 && mentions.every((s) => asItsLaw(s, sentence));
}

function asItsLaw(s: Slot, sentence: Sentence): boolean {
  const at = s.mention.start - sentence.start;
  return (
    UNDER_ITS_LAW.test(sentence.text.slice(Math.max(0, at - 12), at)) &&
    ITS_LAW.test(sentence.text.slice(s.mention.end - sentence.start))
  );
}

/** The sentence names the country as itself, not only as the other party of an act. */
function namedAsItself(country: Entity, { slots, sentence }: TitleContext): boolean {
  return slots.some(
    (s) =>
      s.entity.id === country.id &&
      !asItsLaw(s, sentence) &&
      !(
        s.mention.text !== country.name &&
        ACTING_HEAD.test(sentence.text.slice(s.mention.end - sentence.start))
      ) &&
      ![OTHER_PARTY, DESTINATION].some((party) =>
        party.test(
          sentence.text.slice(
            Math.max(0, s.mention.start - sentence.start - 24),
            s.mention.start - sentence.start,
          ),
        ),
      ),
  );
}

/**
 * "… followed by talks with President Y", "X met Prime Minister Y": a head or minister written as
 * the one met, in a sentence that names no country, is as likely the other side's as the article's.
 */
const MET_TITLE =
  /\b(?:talks|meetings?|met|meets|meet|welcomed by|received by|hosted by)(?: with)?(?: (?:the )?[A-Z][a-z.-]*){1,3} $/;

function metAsOtherSide(c: Candidate, context: TitleContext): boolean {
  return writtenBefore(c, context, MET_TITLE, 60);
}

/** The sentence's words before the person's first mention (none when the person is not written). */
function textBeforePerson(c: Candidate, { slots, sentence }: TitleContext): string {
  const at = positionOf(slots, c.subject.id) - sentence.start;
  return at >= 0 ? sentence.text.slice(Math.max(0, at - 100), at) : '';
}

/** Whether the `span` characters of the sentence before the person's first mention match `pattern`. */
function writtenBefore(
  c: Candidate,
  { slots, sentence }: TitleContext,
  pattern: RegExp,
  span: number,
): boolean {
  const at = positionOf(slots, c.subject.id) - sentence.start;
  return at >= 0 && pattern.test(sentence.text.slice(Math.max(0, at - span), at));
}

/**
 * An article that names one country once, so has no dominant one: "The protesters in ⟦Thailand⟧
 * gave Prime Minister X a day" — that country, named in the sentence as itself and before the
 * person, is the title's.
 */
function onlyCountryBefore(c: Candidate, context: TitleContext): Entity | undefined {
  const [only, ...others] = context.countries.values();
  if (!only || others.length || !namedAsItself(only, context)) return undefined;
  const person = positionOf(context.slots, c.subject.id);
  const before = context.slots.some((s) => s.entity.id === only.id && s.mention.start < person);
  return before && !metAsOtherSide(c, context) ? only : undefined;
}

/**
 * "Government spokesman X", "Government Interior Minister X": a title the text gives to "the
 * government" with no state named in it is the government of the state the article is about,
 * whatever other country the sentence names ("… says ⟦Malian⟧ army forces had to retreat", "…
 * could not confront ⟦Ethiopian⟧ tanks"). Capitalised or not; not "anti-government", nor
 * "the X government's spokesman" (a possessive names whose government).
 */
const GOVERNMENT_TITLE =
  /(?:^|[^-\w'’])[Gg]overnment (?:[A-Z][a-z]+ ){0,2}(?:[Ss]pokes(?:man|woman|person)|Minister) $/;

function governmentTitle(c: Candidate, context: TitleContext): boolean {
  return writtenBefore(c, context, GOVERNMENT_TITLE, 50);
}

/**
 * "talks with visiting Vice Premier and Foreign Minister X": a visitor's title is the
 * guest state's, not the host's that the story is about (round 38).
 */
const VISITING_TITLE = /\bvisiting (?:[A-Z][\w.'-]*,? (?:and )?){1,6}$/;

/**
 * "Returning from the talks in ⟦A⟧'s capital, foreign secretary X told reporters": one coming back
 * from a visit is the guest's, not the host's the story names most (round 49, fresh news).
 */
const RETURNING_FROM = /\b(?:[Rr]eturning|[Rr]eturned|[Rr]eturn) from\b/;

function visitingTitle(c: Candidate, context: TitleContext): boolean {
  return writtenBefore(c, context, VISITING_TITLE, 80) || writtenBefore(c, context, RETURNING_FROM, 150);
}

/** The dominant country, if the sentence names it and no other country sits nearer the person. */
function dominantHere(c: Candidate, context: TitleContext): Entity | undefined {
  const { slots, dominant } = context;
  if (context.contested || visitingTitle(c, context)) return undefined;
  // "a ⟦Somaliland⟧ leader … President X": a region with a government of its own may be the
  // office's, so the title names no state (round 45, fresh news)
  if (slots.some((s) => s.entity.type === 'Location' && SELF_GOVERNING_REGIONS.has(s.entity.name)))
    return undefined;
  if (!dominant) return onlyCountryBefore(c, context);
  if (governmentTitle(c, context)) return metAsOtherSide(c, context) ? undefined : dominant;
  // "government troops" stands for a state only as the forces acting: the sentence names no country
  // (so do "military helicopters", "security forces": entities/state-word-sides.ts)
  if (
    !slots.some(
      (s) =>
        s.entity.type === 'Country' &&
        s.mention.reason !== 'coref:government-forces' &&
        !STATE_WORD_REASONS.has(s.mention.reason),
    )
  )
    return metAsOtherSide(c, context) ? undefined : dominant;
  // the sentence names countries only as the reach of a law ("assets they hold under ⟦U.S.⟧
  // jurisdiction"), not the article's own: as if it named none (round 22). A country acting or
  // acted on still stops it ("Spokesman X said ⟦Peruvian⟧ forces retreated" may be Peru's).
  const countrySlots = slots.filter((s) => s.entity.type === 'Country');
  if (countrySlots.every((s) => s.entity.id !== dominant.id && onlyAsItsLaw(s.entity, context)))
    return metAsOtherSide(c, context) ? undefined : dominant;
  if (!namedAsItself(dominant, context)) return undefined;
  if (actsOnThePerson(dominant, c, context)) return undefined;
  const person = positionOf(slots, c.subject.id);
  const distance = (s: Slot) => Math.abs(s.mention.start - person);
  const countries = slots.filter((s) => s.entity.type === 'Country');
  const nearest = countries.reduce<Slot | undefined>(
    (a, s) => (!a || distance(s) < distance(a) ? s : a),
    undefined,
  );
  if (nearest?.entity.id !== dominant.id || opensAnothersTitle(nearest, c, context)) return undefined;
  if (ownsAnotherSide(nearest, context)) return undefined;
  if (namesAnotherParty(nearest, c, context)) return undefined;
  return dominant;
}

/**
 * "⟦A⟧'s ally Y is locked in a feud with Prime Minister X": a country written only as the owner of
 * another side's tie to it (its ally, proxy, rival) is no state of the title near it (round 48,
 * fresh news: a head of another state given the ally's patron).
 */
const OWNER_OF_A_TIE =
  /^['’]s (?:[a-z]+ )?(?:ally|allies|proxy|proxies|partner|partners|rival|rivals|enemy|enemies|foe|foes|client|clients)\b/;
const ownsAnotherSide = (country: Slot, { sentence }: TitleContext): boolean =>
  OWNER_OF_A_TIE.test(textOf(sentence, country.mention.end, country.mention.end + 40));

/**
 * The country as the subject of a clause: the sentence's, or an infinitive's ("called for ⟦A⟧
 * to act"), not a place ("arrived in ⟦A⟧ for talks with President X") nor an owner ("⟦A⟧'s").
 */
const SUBJECT_BEFORE = /(?:^|[.;:]\s+|\bfor )(?:the )?$/i;
/** A word that opens another clause, or a verb of saying: no act on the person past it. */
const CLAUSE_WORD =
  '(?:after|before|when|while|as|since|because|until|though|although|where|said|says|who|which|that)\\b';
/** Words within the act's clause, never past a clause opener or a stop. */
const IN_CLAUSE = `(?:(?!${CLAUSE_WORD})[^.;:])`;
const SAYING = '(?:said|says|say|told|tells|added|stated|announced|confirmed|reported)\\b';
const AUXILIARIES = '(?:has|have|had|will|would|can|could|must|should|also|to|continues to|continue to)';
/**
 * After the country: its verb (not one of saying), then the person inside the object of a
 * preposition of the act ("stands with", "stands beside", "bring pressure on the government
 * of"), with no new clause between ("after", "when", "said").
 */
const ACT_ON_PERSON = new RegExp(
  `^ (?:${AUXILIARIES} )*(?!${SAYING})[a-z]+ ${IN_CLAUSE}*?\\b(?:with|to|on|against|toward|towards|at|beside|behind|alongside)\\b${IN_CLAUSE}*$`,
);

/** A clause joined after a comma ("…, and President X"), which the person opens. */
const NEW_CLAUSE = /, (?:and|but|while|as) /;
/** The person's own verb of saying right after the name. */
const PERSON_SPEAKS =
  /^,? (?:(?:has|had|also) )?(?:said|says|told|tells|added|stated|announced|warned|urged)\b/;

/**
 * "⟦A⟧ stands with Prime Minister X", "called for ⟦A⟧ to bring pressure on
 * the government of President Y": the country, subject of its own act, names the
 * person as the other party of that act, so the person holds none of its offices (the mirror of
 * "talks with ⟦A⟧", OTHER_PARTY; round 30).
 */
function actsOnThePerson(country: Entity, c: Candidate, { slots, sentence }: TitleContext): boolean {
  const person = positionOf(slots, c.subject.id);
  if (person < 0) return false;
  // "…, President X said": the person speaks, the subject of a clause of their own
  const own = slots.find((s) => s.entity.id === c.subject.id);
  const speaks =
    own !== undefined && PERSON_SPEAKS.test(sentence.text.slice(own.mention.end - sentence.start));
  return slots.some((s) => {
    if (s.entity.id !== country.id || s.mention.end > person) return false;
    const before = sentence.text.slice(0, s.mention.start - sentence.start);
    const between = sentence.text.slice(s.mention.end - sentence.start, person - sentence.start);
    return SUBJECT_BEFORE.test(before) && ACT_ON_PERSON.test(between) && !NEW_CLAUSE.test(between) && !speaks;
  });
}

/** The sentence's text between two offsets of the article. */
const textOf = (sentence: Sentence, from: number, to: number): string =>
  sentence.text.slice(from - sentence.start, to - sentence.start);

/**
 * "talks between Foreign Minister X and ⟦Mozambican⟧ Minister of Foreign Affairs Y": a country
 * written as the first word of another person's title is that person's, and a bare title of the
 * same office beside it is most likely the counterpart's, the other side's ("President X and
 * ⟦Norwegian⟧ Ambassador Y" hold different offices: X may still be Norway's).
 */
function opensAnothersTitle(country: Slot, c: Candidate, { slots, sentence }: TitleContext): boolean {
  const next = slots.find((s) => s.mention.start >= country.mention.end);
  if (next?.entity.type !== 'Person' || next.entity.id === c.subject.id) return false;
  const words = (from: number, to: number) => textOf(sentence, from, to).trim().split(/\s+/);
  // "⟦A⟧'s Foreign Minister-Designate Y": the owner's "'s" and a title's hyphened tail are the title's
  const theirs = words(country.mention.end, next.mention.start)
    .map((w) => w.replace(/^['’]s$/, ''))
    .filter(Boolean)
    .flatMap((w) => w.split('-'));
  const isTitle = theirs.every((w) => /^[A-Z]/.test(w) || TITLE_LINKS.has(w));
  const subject = slots.find((s) => s.entity.id === c.subject.id);
  if (!isTitle || !subject) return false;
  // the subject's own title: the words before it, back to the name before it
  const before = slots.filter((s) => s.mention.end <= subject.mention.start).pop();
  const from = Math.max(sentence.start, before?.mention.end ?? 0, subject.mention.start - 60);
  const own = new Set(words(from, subject.mention.start).map((w) => w.toLowerCase()));
  return theirs.some((w) => TITLE_WORDS.has(w.toLowerCase()) && own.has(w.toLowerCase()));
}

/** "the ⟦A⟧ side", "the ⟦A⟧ President" after the person: another party, or another's office. */
const OTHER_PARTY_AFTER = /^(?:['’]s)? side\b|^(?:['’]s)? ([A-Z][\w-]*)\b(?: ([A-Z][\w-]*)\b)?/;

/**
 * The country written after the person as another party of the sentence: "Minister X drew the
 * ⟦A⟧ side's attention", "Acting President X thanked the ⟦A⟧ President": the person is not A's.
 */
function namesAnotherParty(country: Slot, c: Candidate, { slots, sentence }: TitleContext): boolean {
  const subject = slots.find((s) => s.entity.id === c.subject.id);
  if (!subject || country.mention.start < subject.mention.end) return false;
  const between = textOf(sentence, subject.mention.end, country.mention.start);
  if (!/\bthe $/i.test(between)) return false;
  const after = OTHER_PARTY_AFTER.exec(textOf(sentence, country.mention.end, country.mention.end + 40));
  if (!after) return false;
  if (!after[1]) return true;
  // a title with no name after it: the office of someone else, not the person's apposition
  const next = slots.find((s) => s.mention.start >= country.mention.end);
  const named = next?.entity.type === 'Person' && next.mention.start - country.mention.end < 40;
  // (the title's first word may be a modifier of it: "the ⟦A⟧ Prime Minister", round 45)
  const title = [after[1], after[2] ?? ''].some((w) => TITLE_WORDS.has(w.toLowerCase()));
  return title && !named && !/,\s*the $/.test(between);
}

/**
 * A deputy's remit after the office ("Assistant Secretary of State for Arms Control X"), written
 * in capitals, lower-cased here: the office is read without it.
 */
const DEPUTY_REMIT = /(?<=\b(?:assistant|under|deputy) secretary of state) for (?:[\w.-]+ ){0,7}[\w.-]+$/;

/**
 * Ranks and honorifics between the office and the name ("Secretary of Defense Dr. X", "Minister of
 * Defense Gen. X"), which the rules pass over (RANKS): the office is read without them (round 47).
 */
const NAME_HONORIFICS = ['dr', 'prof', 'mr', 'mrs', 'ms', 'hon', 'ret'];
const RANKS_BEFORE_NAME = new RegExp(`(?: (?:${[...RANK_TITLES, ...NAME_HONORIFICS].join('|')})\\.?){1,3}$`);

/** The office written right before the person that names its country by itself ("Secretary of State X"). */
function officeBefore(c: Candidate, { slots, sentence }: TitleContext): string | undefined {
  const at = positionOf(slots, c.subject.id);
  if (at < 0) return undefined;
  const before = sentence.text
    .slice(Math.max(0, at - sentence.start - 100), at - sentence.start)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trimEnd()
    .replace(DEPUTY_REMIT, '')
    .replace(RANKS_BEFORE_NAME, '');
  return Object.keys(OFFICE_COUNTRIES).find((o) => before.endsWith(o));
}

/** A monarch's title: "King Abdullah", "Emir Tamim" name the holder by a given name, not a surname. */
const MONARCH_BEFORE = /\b(?:king|queen|emir|amir|sultan|prince|sheikh|shaikh)\s+$/i;

/** The candidate's name is written right after a monarch's title. */
function monarchsName(c: Candidate, { slots, sentence }: TitleContext): boolean {
  const at = positionOf(slots, c.subject.id);
  return (
    at >= 0 &&
    MONARCH_BEFORE.test(sentence.text.slice(Math.max(0, at - sentence.start - 20), at - sentence.start))
  );
}

/**
 * A head's surname written alone that the data files under several states ("President Bush": the
 * United States and the Cayman Islands) and whose sentence names none of them: the one of those
 * states the article names elsewhere, if exactly one (round 43). "President X called ⟦Y⟧'s prime
 * minister" in a readout on Y still heads the state the readout names as X's. Heads only: a
 * minister's or a spokesman's surname is far less often the data's holder's.
 */
function headsSurnameNamedCountry(c: Candidate, context: TitleContext): string | undefined {
  if (c.predicate !== 'LEADS' || FORMER_OFFICE.test(c.reason) || monarchsName(c, context)) return undefined;
  const named = [...surnameCountries(c.subject.name)].filter(
    (code) => (context.countries.get(code)?.mentionCount ?? 0) > 0,
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The article's country for a title only a few states use (FEW_STATE_OFFICES) when it is one of
 * them; `country` as it is for any other title.
 */
function ofTheOfficesStates(
  c: Candidate,
  context: TitleContext,
  country: Entity | undefined,
): Entity | undefined {
  const before = textBeforePerson(c, context)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trimEnd()
    .replace(RANKS_BEFORE_NAME, '');
  const office = Object.keys(FEW_STATE_OFFICES).find((o) => before.endsWith(o));
  if (!office || !country) return country;
  return FEW_STATE_OFFICES[office].some((code) => context.countries.get(code)?.id === country.id)
    ? country
    : undefined;
}

/** The country a national title of this candidate belongs to, or none. */
function titleCountry(c: Candidate, context: TitleContext): Entity | undefined {
  // "Defense Secretary" is also the Philippines' title: the office's country only where named.
  const title = officeBefore(c, context);
  const office = context.countries.get(title ? OFFICE_COUNTRIES[title] : '');
  if (office) return office;
  // "Secretary of State X spoke with ⟦Sudanese⟧ General Y" in a readout that never names the
  // United States: an office of one state only is not the article's other state's (round 43)
  if (title && ONE_STATE_OFFICES.has(title)) return undefined;
  const known = officeHolderCountry(c.subject.name) ?? headsSurnameNamedCountry(c, context);
  if (!known) {
    if (surnameServesElsewhere(c, context) || formerOfAnother(c, context) || groupsSpokesman(c, context))
      return undefined;
    // "Turkish National Defense Minister X": the title's own words name its state (round 48)
    const inTitle = countryInTitleRun(textBeforePerson(c, context));
    return inTitle
      ? context.countries.get(inTitle)
      : ofTheOfficesStates(c, context, dominantHere(c, context));
  }
  const country = context.countries.get(known);
  const written = context.slots.some((s) => s.entity.id === country?.id);
  // where the article names it (test/gold/README.md, round 10: officials' countries)
  return country && (written || country.mentionCount > 0) ? country : undefined;
}

/**
 * "The ⟦Taliban⟧ claimed responsibility. Spokesman X said …", "Officials of the ⟦UN⟧'s aid office
 * warned … Spokesman X said …": a bare spokesman right after a sentence on an armed group, a
 * party or an international body, and not on the country, speaks for that body: "Spokesman" is
 * no national title.
 */
const SPOKEN_FOR: ReadonlySet<string | undefined> = new Set(['armed_group', 'political', 'international']);
const groupsSpokesman = (c: Candidate, { previous = [], dominant }: TitleContext): boolean =>
  c.reason === 'title:national-spokesperson' &&
  previous.some((e) => SPOKEN_FOR.has(e.category)) &&
  !previous.some((e) => e.id === dominant?.id);

/**
 * A name written alone that the data knows only in the offices of states the sentence does not
 * name and the article is not about: "President Bush called Mr. Uribe" in a story about Colombia
 * is no Colombian president.
 */
function surnameServesElsewhere(c: Candidate, context: TitleContext): boolean {
  const codes = surnameCountries(c.subject.name);
  if (!codes.size) return false;
  const here = [context.dominant, ...context.slots.map((s) => s.entity)];
  return !here.some((e) => e?.type === 'Country' && codes.has(CODE_BY_NAME.get(e.name) ?? ''));
}

/**
 * An office once held is as often another state's as the article's: "accused ⟦A⟧ of trying to
 * help former president X" gives X no office of A. The article's country only where the sentence
 * names no other.
 */
const formerOfAnother = (c: Candidate, context: TitleContext): boolean =>
  FORMER_OFFICE.test(c.reason) &&
  context.slots.some(
    (s) =>
      s.entity.type === 'Country' &&
      s.entity.id !== context.dominant?.id &&
      // not a country written only as the reach of a law ("under ⟦U.S.⟧ jurisdiction")
      !onlyAsItsLaw(s.entity, context),
  );

/** MEMBER_OF or LEADS a state whose offices are an authority's ("Palestinian President X"). */
export const officeOfAnAuthority = (c: Pick<Candidate, 'predicate' | 'object'>): boolean =>
  (c.predicate === 'MEMBER_OF' || c.predicate === 'LEADS') &&
  c.object.type === 'Country' &&
  STATES_OF_AN_AUTHORITY.has(CODE_BY_NAME.get(c.object.name) ?? '');

/**
 * Pairs the sentence sets against or beside each other ("President X sanctioned ⟦A⟧", "X met ⟦A⟧"):
 * a person acting on a country in the same sentence holds none of its offices.
 */
function otherSides(candidates: Candidate[]): Set<string> {
  const sides = new Set<string>();
  for (const c of candidates) {
    if (STRUCTURAL_PREDICATES.has(c.predicate) || c.inferredObject) continue;
    // "Former minister X said the vote was rigged": a state read from its act alone is not written
    if (c.reason.includes(UNWRITTEN_STATE)) continue;
    sides.add(`${c.subject.id}|${c.object.id}`).add(`${c.object.id}|${c.subject.id}`);
  }
  return sides;
}

/**
 * "Foreign Minister X and his Japanese counterpart, Y": X does not serve Japan, whatever the
 * article is mostly about.
 */
function counterpartCountries(candidates: Candidate[]): (c: Candidate, country: Entity) => boolean {
  const counterparts = candidates.filter((c) => c.reason === 'apposition:counterpart');
  return (c, country) =>
    counterparts.some((k) => k.object.id === country.id && k.subject.id !== c.subject.id);
}

/**
 * "President X will host his ⟦Ivorian⟧ counterpart": a counterpart left unnamed, told by a
 * demonym, is of another state than the holder whose counterpart it is (round 37; a named one is
 * counterpartCountries'). The country's name, or undefined.
 */
const UNNAMED_COUNTERPART = /\b(?:his|her|their) (\p{Lu}[\p{L}'’-]*) counterparts?\b(?!,? \p{Lu})/u;
function unnamedCounterpartCountry(sentence: Sentence): string | undefined {
  const demonym = UNNAMED_COUNTERPART.exec(sentence.text)?.[1];
  return demonym && COUNTRIES.find((c) => c.demonyms.includes(demonym))?.name;
}

/** Words of a meeting between two sides. */
const MEETING =
  /\b(?:met|meet|meets|meeting|meetings|talks|welcomed|welcomes|received|receives|hosted|hosts|visited|visits|visiting)\b/i;

/** A head of government's title right before the name: "Prime Minister X", "Premier X", "Chancellor X". */
const GOVERNMENT_HEAD_BEFORE = /\b(?:prime minister|premier|chancellor)\s+$/i;

/**
 * A country has one head at a time: when a sentence that names the country gives its inferred head
 * title ("President X … President Y") to two people, only the one written nearest the country's
 * name keeps it ("Country's minister said President X demanded the release of President Y, detained by
 * the junta": Y heads another state). Where the country is not written, the head the other one
 * meets ("President X will hold talks with President Y") is the other side's. And where the
 * reference data knows one of them as that country's holder ("the meeting between President X and
 * President ⟦Y⟧", Y known), the other's guess is another state's: two holders of one office in one
 * story are far likelier two countries than one (./head-office.ts). A former head is no rival, nor
 * is the head of government of the head of state ("President X and Prime Minister Y", round 44).
 */
function oneHeadPerCountry(settled: Candidate[], { slots, sentence, countries }: TitleContext): Candidate[] {
  const inferredHead = (c: Candidate) => c.inferredObject && c.predicate === 'LEADS';
  const knownHolder = (c: Candidate) =>
    countries.get(officeHolderCountry(c.subject.name) ?? '')?.id === c.object.id;
  const at = (c: Candidate) => positionOf(slots, c.subject.id);
  const distanceToCountry = (c: Candidate) => {
    const places = slots.filter((s) => s.entity.id === c.object.id).map((s) => s.mention.start);
    return Math.min(...places.map((p) => Math.abs(p - at(c))));
  };
  const written = (c: Candidate) => slots.some((s) => s.entity.id === c.object.id);
  /** "President X … held talks with President Y": Y is met, so heads the other side. */
  const metBy = (c: Candidate, k: Candidate) =>
    at(k) < at(c) && MEETING.test(sentence.text.slice(at(k) - sentence.start, at(c) - sentence.start));
  // a former head held the office at another time: no rival of the present one (round 26: "the
  // guards installed X as head of state … who had tried to help former President Y")
  const present = (c: Candidate) => inferredHead(c) && !FORMER_OFFICE.test(c.reason);
  const governs = (c: Candidate) =>
    GOVERNMENT_HEAD_BEFORE.test(
      sentence.text.slice(Math.max(0, at(c) - sentence.start - 20), at(c) - sentence.start),
    );
  return settled.filter((c) => {
    if (!present(c)) return true;
    const rivals = settled.filter(
      (k) => present(k) && k.object.id === c.object.id && k.subject.id !== c.subject.id,
    );
    // unwritten, the country is the article's guess for both: rival claimants ("President X's
    // forces battled troops loyal to President Y") each keep the title the text gives them
    if (!written(c)) return !rivals.some((k) => metBy(c, k) || (knownHolder(k) && !knownHolder(c)));
    // written, a president and a prime minister of it both keep their titles
    return rivals.every((k) => governs(k) !== governs(c) || distanceToCountry(c) < distanceToCountry(k));
  });
}

/**
 * A guessed membership of the country goes when the sentence places the person in one of the
 * state's bodies: "Assistant Attorney General X of the ⟦Justice Department⟧'s ⟦Criminal
 * Division⟧" belongs to the division, as the annotations read it (a head's title stays).
 */
const placedInStateBody = (c: Candidate, candidates: Candidate[]): boolean =>
  c.inferredObject &&
  c.predicate === 'MEMBER_OF' &&
  candidates.some(
    (k) =>
      !k.inferredObject &&
      k.subject.id === c.subject.id &&
      /^(?:MEMBER_OF|LEADS)$/.test(k.predicate) &&
      k.object.type === 'Organization' &&
      (k.object.category === 'government' || k.object.category === 'military'),
  );

/** Inferred (national-title) candidates given their country, or dropped when it is unknown. */
export function settleNationalTitles(candidates: Candidate[], context: TitleContext): Candidate[] {
  const sides = otherSides(candidates);
  const servesCounterpartsCountry = counterpartCountries(candidates);
  const unnamedCounterpart = unnamedCounterpartCountry(context.sentence);
  const settled = candidates
    .flatMap((c) => {
      if (!c.inferredObject) return [c];
      // "the country's X province": the country the article is about, as the text says
      // (settled, a place is no guessed title: a head named for the same country leaves it alone)
      if (!c.reason.startsWith('title:')) {
        const { dominant } = context;
        const country = c.reason.startsWith('place:the-capital')
          ? capitalsCountry(c.subject, dominant, context.countries)
          : c.reason === STATE_OWNED ||
              c.reason === STATE_OWNED_APPOSITION ||
              c.reason === OFFICIAL_NEWS_AGENCY
            ? ownersCountry(c, context)
            : dominant;
        return country ? [{ ...c, object: country, inferredObject: false }] : [];
      }
      const country = titleCountry(c, context);
      const object =
        country && c.reason === ARMY_OFFICE ? (armyOf(country, context.entities) ?? country) : country;
      if (!object || object.id === c.subject.id || sides.has(`${c.subject.id}|${object.id}`)) return [];
      if (servesCounterpartsCountry(c, object) || object.name === unnamedCounterpart) return [];
      return [{ ...c, object }];
    })
    .filter((c) => !officeOfAnAuthority(c));
  // A title that names its country in the sentence ("Minister of ⟦A⟧ X") is that title's own: the
  // holder's guessed title for the same country goes, and so does a second head guessed for it. A
  // member named with the country leaves another's head title alone ("President X and ⟦A⟧
  // Ambassador Y": X still heads A).
  const namedTitles = settled.filter((c) => !c.inferredObject && c.reason.startsWith('title:'));
  const named = new Set(namedTitles.map((c) => `${c.subject.id}|${c.object.id}`));
  const namedHeads = new Set(namedTitles.filter((c) => c.predicate === 'LEADS').map((c) => c.object.id));
  const guessedAside = (c: Candidate) =>
    c.inferredObject &&
    (named.has(`${c.subject.id}|${c.object.id}`) ||
      (c.predicate === 'LEADS' && namedHeads.has(c.object.id)) ||
      (c.predicate !== 'LEADS' && namedTitles.some((k) => k.object.id === c.object.id)));
  return portfolioBodies(
    oneHeadPerCountry(
      settled.filter((c) => !guessedAside(c) && !placedInStateBody(c, settled)),
      context,
    ),
    context,
    withCounterpartSides(sides, candidates, context),
  );
}

/**
 * "talks between Foreign Minister X and his ⟦Japanese⟧ counterpart Y": the counterpart's country
 * is set beside every other person of the sentence, so X heads no ministry of it (round 49, fresh
 * news: X read as head of the Japanese foreign ministry the article names).
 */
function withCounterpartSides(
  sides: ReadonlySet<string>,
  candidates: Candidate[],
  { slots }: TitleContext,
): Set<string> {
  const out = new Set(sides);
  for (const k of candidates.filter((c) => c.reason === 'apposition:counterpart'))
    for (const s of slots)
      if (s.entity.type === 'Person' && s.entity.id !== k.subject.id)
        out.add(`${s.entity.id}|${k.object.id}`);
  return out;
}
