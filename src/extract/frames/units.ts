// One sentence as the frame engine reads it: compromise's words, with every mention of an
// entity (names and coref: mentions alike) folded into one unit that carries the entity.
// "government forces", "government troops" with no country named on them are the forces of the
// article's country (the caller's `government`, the country the article is mostly about).
import type { Entity, Mention, Sentence } from '../../model';
import { COUNTRIES } from '../lexicon/countries';
import type { Term } from '../nlp';
import { VERB_FRAMES } from './lexicon';
import { isTitle } from './title-word';
import {
  BE,
  DETERMINERS,
  ELECTION_HEADS,
  HAVE,
  MODALS,
  MAKER_WORDS,
  GROUP_HEAD_WORDS,
  GROUP_KIND_NOUNS,
  HYPHEN_MODIFIERS,
  MEMBER_HEADS,
  PLACE_FIGHTERS,
  PLURAL_PHRASE_NOUNS,
  SERVING_HEADS,
  STATE_ACT_HEADS,
  STATE_POST_HEADS,
  STATE_POST_OWNERS,
  TARGETED_MEASURE_NOUNS,
  VICTIM_VERBS,
  UNHELD_EVENT_QUALIFIERS,
} from './words';
import { isAdjectiveWord, isKnownVerbOfIng } from '../nlp';
import { CURRENCY_AMOUNT } from '../entities/tokens';
import { OUTLAW_NOUNS } from '../lexicon/predicate-words';
import { spellsInitials } from '../entities/parenthetical';
import { foldFallenForces } from './fallen-forces';
import { namesCountry } from '../relations/names-country';
import { markGovernedStates } from './governments-of';

export interface Unit {
  /** Lower-cased words of the unit. */
  lower: string;
  tags: ReadonlySet<string>;
  /** Punctuation after the unit (",", ".", ";"…), spaces dropped. */
  punct: string;
  /** A hyphen or dash joins the unit to the next: "India-Brazil talks", "Peru – Chile Alliance". */
  dash: boolean;
  entity?: Entity;
  mention?: Mention;
  /** The mention is a modifier inside a longer word or name: "Iran-backed", "Houthi". */
  possessive: boolean;
  /**
   * A country's name that qualifies people in its service ("two Xian soldiers", "20 Xian security
   * forces", "government troops"), or an armed group's that qualifies its members ("20 X
   * militants", "23 militants" referring to X): killing them kills the country's or the group's
   * own, which the gold reads as KILLED.
   */
  serving?: boolean;
  /**
   * A place's name on a force or a band of fighters ("the Amhara militia", "Tigray fighters"): the
   * people are not the place, so no act is the place's or done to it (a country's name on its
   * forces is the country: see `serving`).
   */
  fightersOfPlace?: boolean;
  /**
   * A country's possessive on its outlaws ("X's powerful cartels"): the outlaws are hit, not the
   * country (lexicon/predicate-words.ts OUTLAW_NOUNS).
   */
  outlawsOwner?: boolean;
  /**
   * A name joined by a hyphen to a word of making or giving ("Iranian-made drones", "US-supplied
   * missiles"): it names who built or gave the weapon, not who fires it or what it hits.
   */
  maker?: boolean;
  /**
   * A demonym the entity step left unnamed ("Xian opposition leader A": the words name the
   * opposition, not the state), with the article's country it belongs to. No frame reads it as an
   * actor; the state acts reader (./state-acts.ts) takes it as the state that holds A.
   */
  demonymOf?: Entity;
  /**
   * On a state act's head noun ("arrest", "conviction": `STATE_ACT_HEADS` in ./words.ts) or an
   * election's (`ELECTION_HEADS`), the article's country (the caller's `government`) as a unit of
   * its own (reason `UNWRITTEN_STATE`): the state that arrests, tries or jails when the sentence
   * names none (./state-acts.ts, round 26).
   */
  unwrittenState?: Unit;
  /**
   * On a person who heads a government named for them ("the government of President X"), the state
   * that government is: a fight with it is a fight with the state too (./governments-of.ts, round 45).
   */
  governedState?: Entity;
}

/** Each demonym (lower-cased) and the names (lower-cased) of the countries it belongs to. */
const COUNTRY_NAMES_OF_DEMONYM = COUNTRIES.reduce((out, c) => {
  for (const d of c.demonyms) {
    const names = out.get(d.toLowerCase()) ?? new Set<string>();
    for (const n of [c.name, ...c.names]) names.add(n.toLowerCase());
    out.set(d.toLowerCase(), names);
  }
  return out;
}, new Map<string, Set<string>>());

/** Whether a word is a country's demonym ("chilean"), not its name. */
export const isDemonymWord = (lower: string): boolean => COUNTRY_NAMES_OF_DEMONYM.has(lower);

/**
 * "Azure Holdings Inc. to divest": a name's own abbreviation closes it with a full stop that ends
 * no phrase (the sentence splitter has already kept the sentence going past it).
 */
export const endsOnOwnStop = (u: Unit): boolean => u.punct === '.' && !!u.entity?.name.endsWith('.');

/** A plain word: a unit that is no name's and carries no punctuation after it. */
export const isPlainWord = (u: Unit | undefined): u is Unit => !!u && !u.entity && !u.punct;

/** The one country of the article a demonym belongs to, if there is exactly one. */
function countryOfDemonym(word: string, byId: Map<string, Entity>): Entity | undefined {
  const names = COUNTRY_NAMES_OF_DEMONYM.get(word);
  if (!names) return undefined;
  const found = [...byId.values()].filter((e) => e.type === 'Country' && names.has(e.name.toLowerCase()));
  return found.length === 1 ? found[0] : undefined;
}

const NO_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun']);

/** Suffixes written after a person's name and a comma: "X, Jr.". */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.']);

/** Heads through which an unnamed government fights or is hit: "government troops", "government positions". */
const GOVERNMENT_HEADS = new Set(
  'forces force troops soldiers army military positions bases base units'.split(' '),
);

/** The tags of an amount written onto its currency's code ("EUR38", ../entities/tokens.ts). */
const AMOUNT_TAGS: ReadonlySet<string> = new Set(['Value', 'Money']);

export function unitsOf(
  sentence: Sentence,
  terms: Term[],
  mentions: Mention[],
  byId: Map<string, Entity>,
  government?: Entity,
): Unit[] {
  const units: Unit[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  // The article's terms are in text order: start at the sentence's first, stop past its last.
  const here: Term[] = [];
  for (
    let k = firstEndingAfter(terms, sentence.start);
    k < terms.length && terms[k].start < sentence.end;
    k++
  )
    here.push(terms[k]);
  for (const t of splitAtMentions(here, sorted)) {
    while (m < sorted.length && sorted[m].end <= t.start) m++;
    const mention = sorted[m];
    // "the United States' commitment": compromise leaves a plural's apostrophe after the word;
    // it marks the owner, as "'s" does, and is no punctuation
    const plural = /^['’](?:\s|$)/.test(t.post);
    const punct = plural ? '' : t.post.replace(/[\s\-–—]+/g, '');
    const dash = /[-–—]/.test(t.post);
    // "the Northern Front (NF) said": an acronym in brackets right after a name is the name's
    // own short form; the name reads on past it, taking what follows the closing bracket
    const named = units[units.length - 1];
    if (
      named?.entity &&
      !named.punct &&
      acronymInBrackets(t, sentence) &&
      shortFormOf(t.text, named.entity)
    ) {
      named.punct = t.post.replace(/^\)/, '').replace(/[\s\-–—]+/g, '');
      named.dash = dash;
      continue;
    }
    if (mention && mention.start < t.end && mention.end > t.start) {
      const prev = units[units.length - 1];
      const entity = byId.get(mention.entityId);
      if (prev?.mention === mention) {
        prev.punct = punct;
        prev.dash = dash;
        prev.lower += ` ${t.text.toLowerCase()}`;
        prev.possessive = plural || /['’]s?$/.test(t.text);
        continue;
      }
      if (entity) {
        units.push({
          lower: t.text.toLowerCase(),
          tags: NO_TAGS,
          punct,
          dash,
          entity,
          mention,
          possessive: plural || /['’]s?$/.test(t.text),
        });
        continue;
      }
    }
    // "X, Jr. met Y": a name's suffix belongs to the name; its period is the abbreviation's
    const prev = units[units.length - 1];
    // "Chile's continued support": compromise may expand "'s" into an unwritten "has" or "is"; after
    // a name the entity step read as an owner, it is the owner's mark, and no verb stands there
    if (!t.text && prev?.entity && prev.possessive) continue;
    if (prev?.entity?.type === 'Person' && prev.punct === ',' && NAME_SUFFIXES.has(t.text.toLowerCase())) {
      prev.punct = punct === '.' ? '' : punct;
      prev.dash = dash;
      continue;
    }
    units.push({
      lower: t.text.toLowerCase().replace(/['’]s$/, ''),
      demonymOf: t.tags.has('Demonym') ? countryOfDemonym(t.text.toLowerCase(), byId) : undefined,
      // "fined X EUR38 million": an amount written onto its currency code is a number, not a noun
      // that the name before it would qualify ("X troops")
      tags: CURRENCY_AMOUNT.test(t.text) ? AMOUNT_TAGS : t.tags,
      // "Minister Dr. X": an honorific's period closes the abbreviation, not the phrase
      punct: punct === '.' && t.tags.has('Honorific') ? '' : punct,
      dash,
      possessive: plural || /['’]s$/.test(t.text),
    });
  }
  if (government) {
    foldGovernment(units, government, sentence);
    foldCountedForces(units, government, sentence);
    foldFallenForces(units, government, sentence, standFor);
    foldStatePosts(units, government, sentence);
    for (const u of units)
      if (!u.entity && (STATE_ACT_HEADS.has(u.lower) || ELECTION_HEADS.has(u.lower))) {
        const state: Unit = { ...u, possessive: false };
        standFor(state, government, sentence, UNWRITTEN_STATE);
        u.unwrittenState = state;
      }
  }
  gerundsAfterComma(units);
  envoyTitles(units);
  participlesAfterHeads(units);
  qualifiersAfterOwner(units);
  targetedMeasures(units);
  pluralNounsInPhrases(units);
  participlesBeforeNames(units);
  verbsBeforeOwners(units);
  dropQualifiersBeforeNames(units);
  markServing(units);
  shareServing(units);
  markGovernedStates(units, byId);
  return units;
}

/**
 * "the United States' unwavering commitment to Y", "X's unwavering support for Y": compromise tags an
 * "-ing" word between an owner and its noun a verb (after "'s" it reads an unwritten "is"); it
 * qualifies the noun.
 */
function qualifiersAfterOwner(units: Unit[]): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i];
    const owner = units[i - 1];
    const noun = units[i + 1];
    if (!owner.entity || !owner.possessive || owner.punct || u.entity || u.punct) continue;
    if (!u.tags.has('Verb') || !/[a-z]{3}ing$/.test(u.lower)) continue;
    if (noun.entity || !noun.tags.has('Noun') || noun.tags.has('Verb')) continue;
    u.tags = new Set(['Adjective']);
  }
}

/** "d'Affaires" and the spelling "d'Affairs" news also prints, with either apostrophe. */
const AFFAIRES = /^d['’]affaires?$|^d['’]affairs$/;

/**
 * "the Afghan Charge d'Affairs was summoned": the title of a mission's head, which compromise may
 * tag a verb ("charge" a person); it is a noun.
 */
function envoyTitles(units: Unit[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const u = units[i];
    if (u.entity || !['charge', 'chargé'].includes(u.lower) || !AFFAIRES.test(units[i + 1].lower)) continue;
    u.tags = new Set(['Noun', 'Singular']);
  }
}

/** Nouns of measures that "targeted" qualifies: "targeted (financial) sanctions". */
const TARGETED_NOUNS: ReadonlySet<string> = new Set(TARGETED_MEASURE_NOUNS);

/**
 * "X imposed targeted sanctions on Y", "British targeted sanctions on Y": compromise tags
 * "targeted" right before the measures (or one word before them) a verb, which ends the light
 * verb's reach and reads an attack; it qualifies the measures (round 31).
 */
function targetedMeasures(units: Unit[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const u = units[i];
    if (u.lower !== 'targeted' || u.entity || u.punct) continue;
    const next = units[i + 1];
    // one qualifier between ("targeted financial sanctions"), never a preposition ("targeted
    // with sanctions" is the verb's passive)
    const qualifier =
      !next.punct && !next.entity && !next.tags.has('Preposition') && /^[a-z-]+$/.test(next.lower);
    const noun = TARGETED_NOUNS.has(next.lower) ? next : qualifier ? units[i + 2] : undefined;
    if (!noun || noun.entity || !TARGETED_NOUNS.has(noun.lower)) continue;
    u.tags = new Set(['Adjective']);
  }
}

/** Prepositions after which a plural noun of force or act goes on ("attacks on Y", "talks between"). */
const AFTER_PLURAL_NOUN = new Set(
  `on against by in from with between near across along at of into inside over throughout around
   during since after outside under including there loyal earlier early late yesterday today
   monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
/** Words after which no finite verb stands: "the attacks", "such talks", "carried out raids". */
const NOUN_OPENERS = new Set([...DETERMINERS, 'such', 'any', 'no', 'of', 'out', 'many', 'more', 'other']);
/** Words before a verb that name no subject: a pronoun's or a relative's verb ("it calls", "who support"). */
const NO_SUBJECT_BEFORE = new Set('who which that it he she they we i you what'.split(' '));

/**
 * "Yian forces have pushed …", "coalition forces targeted …", "missile attacks on Y", "peace talks
 * between the two", "weapons charges against A": compromise tags a plural of `PLURAL_PHRASE_NOUNS`
 * after a noun or a name a verb ("attacks", "talks"), which makes it the clause's verb, with no
 * subject found, and hides the phrase from the noun readers and the real verb. After a word that
 * opens a noun phrase (a determiner, "of", a name's owner mark), or after one that ends a noun's
 * modifiers (not a pronoun or a relative, no punctuation between) and before a preposition, a
 * finite verb, a relative or a clause's end, it is the plural noun (round 40). Not "the group
 * attacks Y": before its object the word stays a verb.
 */
function pluralNounsInPhrases(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const [before, u, next] = [units[i - 1], units[i], units[i + 1]];
    if (u.entity || !PLURAL_PHRASE_NOUNS.has(u.lower) || !u.tags.has('Verb') || u.tags.has('PastTense'))
      continue;
    if (before.punct || before.tags.has('Pronoun') || NO_SUBJECT_BEFORE.has(before.lower)) continue;
    // "after talks with Y", "in attacks on Y": no finite verb follows a preposition either
    const opened = before.entity
      ? before.possessive
      : NOUN_OPENERS.has(before.lower) || before.tags.has('Value') || before.tags.has('Preposition');
    const modified = !!before.entity || before.tags.has('Noun') || before.tags.has('Adjective');
    if (!opened && !modified) continue;
    const ends =
      !!u.punct ||
      !next ||
      (!next.entity &&
        (AFTER_PLURAL_NOUN.has(next.lower) ||
          ['who', 'which'].includes(next.lower) ||
          BE.has(next.lower) ||
          HAVE.has(next.lower) ||
          MODALS.has(next.lower) ||
          // "coalition forces targeted …": compromise may call the past verb after it an adjective
          (/[a-z]{3}ed$/.test(next.lower) && (next.tags.has('PastTense') || next.tags.has('Adjective')))));
    if (opened || ends) u.tags = new Set(['Noun', 'Plural']);
  }
}

/** The tag `participlesBeforeNames` gives a participle it reads as a name's adjective. */
export const NAME_QUALIFIER = 'NameQualifier';

/** Participles that work as prepositions ("including X", "following X's refusal"): never a name's modifier. */
const PREPOSITION_PARTICIPLES = new Set(
  'including following during regarding concerning excluding involving considering pending barring according excepting'.split(
    ' ',
  ),
);
/**
 * Auxiliaries before which a participle is the verb: "has impoverished X", "is embattling X". A
 * preposition or a verb that takes a gerund ("of arming Y", "stopped helping Y") opens a clause
 * only for a known verb's "-ing" (see `isKnownVerbOfIng`), which never qualifies a name there.
 */
const AUXILIARIES = new Set([...BE, ...HAVE, ...MODALS]);

/** "contributed to destabilising X": "to" after a verb or an adjective may open a gerund. */
const toAfterVerb = (units: Unit[], t: number): boolean =>
  units[t].lower === 'to' &&
  !!units[t - 1] &&
  (units[t - 1].tags.has('Verb') || units[t - 1].tags.has('Adjective'));

/**
 * "accused neighbouring X", "the embattled X", "Y's so-called X", "Ousted President X": compromise
 * tags a participle right before a name a verb (a gerund, a past tense), and a verb there ends the
 * phrase the name is in. Where no clause can open (after a finite verb, a determiner, an owner, at
 * the sentence's start, or "and" for an "-ing" word) and the word is no frame's verb (whose object
 * the name would be: "accused X of arming Y"), it qualifies the name: an adjective.
 */
function participlesBeforeNames(units: Unit[]): void {
  for (let i = 0; i < units.length - 1; i++) {
    const u = units[i];
    // "ousted Prime Minister X": a title may stand between the word and the name
    let n = i + 1;
    while (n - i <= 3 && units[n] && !units[n].entity && !units[n].punct && isTitle(units[n])) n++;
    if (u.entity || u.punct || !units[n]?.entity || !u.tags.has('Verb')) continue;
    const ing = /[a-z]{3}ing$/.test(u.lower);
    if (!ing && !/[a-z]{3}ed$/.test(u.lower)) continue;
    if (PREPOSITION_PARTICIPLES.has(u.lower) || VERB_FRAMES.has(u.lower)) continue;
    const before = units[i - 1];
    // an "-ing" word opens a clause after a verb or a preposition when it is a known verb's
    // ("in hosting X", "to defeating X"); after a determiner or an owner it qualifies ("the ruling X")
    const qualifying = !ing || !isKnownVerbOfIng(u.lower);
    // "at intercepting North Korean ships": a demonym names no side the word could qualify
    const named = units[n].entity!;
    const demonym = named.type === 'Country' && units[n].lower !== named.name.toLowerCase();
    // "blasts rocked X": a plural noun the tagger calls a verb is no clause's verb
    const verbBefore =
      !!before &&
      before.tags.has('Verb') &&
      !before.entity &&
      !before.tags.has('Gerund') &&
      !before.tags.has('Adverb') &&
      !(before.tags.has('PresentTense') && /s$/.test(before.lower) && !units[i - 2]?.entity);
    const opens =
      !demonym &&
      (!before
        ? qualifying
        : !before.punct &&
          !AUXILIARIES.has(before.lower) &&
          (DETERMINERS.has(before.lower) ||
            (qualifying &&
              ((before.tags.has('Preposition') && !toAfterVerb(units, i - 1)) ||
                (before.entity !== undefined && before.possessive) ||
                (ing && before.lower === 'and' && !!units[i - 2]?.entity && !units[i - 2].punct) ||
                verbBefore))));
    if (opens) u.tags = new Set(['Adjective', NAME_QUALIFIER]);
  }
}

/**
 * "X admonished Y's so-called Z": compromise reads "Y's" as "Y is" there and tags the verb before it
 * an adjective ("admonished" as in "is admonished"). A frame verb's past between two names, the
 * second an owner, is the clause's verb.
 */
function verbsBeforeOwners(units: Unit[]): void {
  for (let i = 1; i < units.length - 1; i++) {
    const [before, u, owner] = [units[i - 1], units[i], units[i + 1]];
    if (u.entity || u.punct || before.punct || u.tags.has('Verb') || !u.tags.has('Adjective')) continue;
    if (!before.entity || before.possessive || !owner.entity || !owner.possessive) continue;
    if (/[a-z]{2}ed$/.test(u.lower) && VERB_FRAMES.has(u.lower)) u.tags = new Set(['Verb', 'PastTense']);
  }
}

/**
 * Adjectives that change who a name stands for or whether it acts ("former X rebels", "suspected X
 * militants", "the late X"): kept before the name.
 */
const NAME_CHANGING = new Set(
  'former ex suspected alleged presumed purported would-be be last remaining late fake self-styled non pro anti'.split(
    ' ',
  ),
);

/**
 * Words compromise's lexicon calls adjectives that work as prepositions or quantifiers ("against X",
 * "near X", "other X"): they relate or count, and never only describe.
 */
const NOT_DESCRIBING = new Set(
  'against near inside outside behind beyond below above opposite past like along amid beneath underneath within without throughout over under up down off out about around across through upon other own many much more most few several such only same next both each every all any'.split(
    ' ',
  ),
);

/** A plain adjective, or a part of a hyphened one ("oil-rich", "war-torn"), that only describes. */
const describesOnly = (u: Unit, compound = false): boolean =>
  !u.entity &&
  !u.punct &&
  !u.possessive &&
  !u.demonymOf &&
  !NAME_CHANGING.has(u.lower) &&
  !NOT_DESCRIBING.has(u.lower) &&
  !u.tags.has('Preposition') &&
  u.tags.has('Adjective') &&
  !u.tags.has('Verb') &&
  !u.tags.has('Value') &&
  !u.tags.has('Demonym') &&
  !u.tags.has('ProperNoun') &&
  // a verb's form the tagger calls an adjective ("charged X", "have claimed X") is the verb, unless
  // read as the name's own participle (`participlesBeforeNames`) or the end of a hyphened
  // compound ("Western-leaning", "war-ravaged")
  (u.tags.has(NAME_QUALIFIER) ||
    (compound && u.tags.has('Hyphenated')) ||
    (!/(?:ed|ing)$/.test(u.lower) && (u.tags.has('Hyphenated') || isAdjectiveWord(u.lower))));

/**
 * "aid to tiny X", "said that oil-rich X should …", "Y and war-torn X": an adjective right before a
 * name only describes the actor it names. The readers expect the name where the adjective stands
 * (after a preposition, "that", "and"), so the adjective's units are dropped: the name takes
 * their place. A run of hyphened words counts when every part describes ("oil-rich", "war-torn"); a
 * name hyphened to the run ("Iran-backed X") keeps it.
 */
/**
 * Complements of "hold … accountable", which may stand before the one held ("holding accountable
 * Xian citizens"); kept as words, so a verb of force can see them (read-frames.ts).
 */
export const HELD_TO_ACCOUNT: ReadonlySet<string> = new Set(['accountable', 'liable']);

function dropQualifiersBeforeNames(units: Unit[]): void {
  for (let i = units.length - 2; i >= 0; i--) {
    const name = units[i + 1];
    // a person's name keeps its words: "senior X operative Y", "veteran Y" are roles
    const compound = !!units[i - 1]?.dash && !units[i - 1].entity;
    if (!name?.entity || name.entity.type === 'Person' || !describesOnly(units[i], compound) || units[i].dash)
      continue;
    // "holding accountable Xian citizens": the complement of "hold", not a description (round 43)
    if (HELD_TO_ACCOUNT.has(units[i].lower)) continue;
    // "a possible Xian–Yian summit": before a dashed pair of names, a word of an event only spoken
    // of qualifies the event, not the name, and the pair's reader must see it (round 49)
    if (UNHELD_EVENT_QUALIFIERS.has(units[i].lower) && name.dash && !name.punct && units[i + 2]?.entity)
      continue;
    // the hyphened run ending at i: "oil-rich" is "oil" (dash) + "rich"
    let a = i;
    while (a > 0 && units[a - 1].dash && !units[a - 1].entity && !units[a - 1].punct) a--;
    if (a < i && !units.slice(a, i).every((u) => describesOnly(u) || u.tags.has('Hyphenated'))) continue;
    // "Iran-backed X", "al-Qaida-aligned X": a name hyphened to the run says who, not what kind;
    // "British rival X": after a demonym or a name the words are its descriptor (lists.ts)
    if (units[a - 1]?.dash || (units[a - 1]?.entity && !units[a - 1].possessive)) continue;
    units.splice(a, i + 1 - a);
    i = a;
  }
}

/** Words that open the object of a participle: "killing its police chief", "killing more than 50 soldiers". */
const OBJECT_OPENERS = new Set(
  'its their his her the a an at least more nearly about some several many dozens scores hundreds'.split(' '),
);

/**
 * "X stormed the town late Saturday, killing two Yian soldiers": compromise tags a gerund after a
 * time word and a comma a noun ("a killing"); before an object it is the participle of the clause.
 */
function gerundsAfterComma(units: Unit[]): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i];
    const next = units[i + 1];
    if (u.entity || u.tags.has('Verb') || !u.tags.has('Noun') || !/[a-z]{3}ing$/.test(u.lower)) continue;
    if (units[i - 1].punct !== ',' || u.punct) continue;
    const opens =
      !!next.entity || OBJECT_OPENERS.has(next.lower) || next.tags.has('Value') || next.tags.has('Demonym');
    if (opens)
      u.tags = new Set([...u.tags].filter((t) => t !== 'Noun' && t !== 'Singular')).add('Verb').add('Gerund');
  }
}

/**
 * "a group fighting to topple Y", "forces battling against Y": right after a plain noun, with "to"
 * and a verb or "against" after it, compromise tags a frame verb's "-ing" a noun; there it is the
 * participle that modifies the noun before it (round 33). Not after an adjective or a determiner ("heavy
 * fighting against Y", "the fighting against Y" are the fight's noun).
 */
function participlesAfterHeads(units: Unit[]): void {
  for (let i = 1; i < units.length - 2; i++) {
    const u = units[i];
    const head = units[i - 1];
    const next = units[i + 1];
    if (u.entity || u.punct || u.tags.has('Verb') || !/[a-z]{3}ing$/.test(u.lower)) continue;
    if (!VERB_FRAMES.has(u.lower) || head.entity || head.punct || !head.tags.has('Noun')) continue;
    if (head.tags.has('Adjective') || head.tags.has('Gerund') || /ing$/.test(head.lower)) continue;
    const opens = next.lower === 'against' || (next.lower === 'to' && isVerbTag(units[i + 2]));
    if (opens && !next.entity && !next.punct)
      u.tags = new Set([...u.tags].filter((t) => t !== 'Noun' && t !== 'Singular')).add('Verb').add('Gerund');
  }
}

const isVerbTag = (u: Unit | undefined) => !!u && !u.entity && u.tags.has('Verb');

/**
 * "11 X and Y fighters", "X and Y soldiers": names of one kind joined right before the head that
 * makes the last one's people serving share that head.
 */
function shareServing(units: Unit[]): void {
  for (let i = units.length - 3; i >= 0; i--) {
    const u = units[i];
    const join = units[i + 1];
    const next = units[i + 2];
    if (!u.entity || u.serving || u.punct || u.possessive || !next?.serving || next.possessive) continue;
    if (join.entity || join.punct || !['and', 'or'].includes(join.lower)) continue;
    if (servingKind(u) === servingKind(next)) u.serving = true;
  }
}

/**
 * The kind of side whose people may share one head: an armed group's fighters, or a state's or an
 * international body's troops ("11 Xian and AU soldiers", round 46); other names by their type.
 */
function servingKind(u: Unit): string {
  const e = u.entity!;
  if (e.category === 'armed_group') return 'group';
  return e.type === 'Country' || e.category === 'international' ? 'state' : e.type;
}

/** The reasons of a reference whose own words are a group's fighters: "the militants", "Kurdish rebels". */
const FIGHTERS_REFERENCE = /^coref:(?:the-|people-armed$|bare-)/;

/**
 * "two Xian soldiers", "20 Xian security forces", "a Xian Marine", "government troops": a country's
 * name on the head of people in its service, past one or two words of kind ("security", "border").
 */
function markServing(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const group = u.entity?.category === 'armed_group';
    // "23 militants were killed": the referring noun is the group's fighters themselves; so is a
    // people's word on them ("six Kurdish rebels", round 35) and a bare plural ("fought militants")
    if (
      group &&
      FIGHTERS_REFERENCE.test(u.mention?.reason ?? '') &&
      MEMBER_HEADS.has(u.lower.split(' ').pop()!)
    )
      u.serving = true;
    if (u.entity && u.dash && MAKER_WORDS.has(units[i + 1]?.lower ?? '')) u.maker = true;
    if (u.entity?.type === 'Country' && u.possessive && !u.punct) u.outlawsOwner = outlawsAfter(units, i);
    if (u.entity?.type === 'Location' && !u.punct && !u.possessive) {
      const next = units[i + 1];
      u.fightersOfPlace = !!next && !next.entity && PLACE_FIGHTERS.has(next.lower);
    }
    // "50 African Union soldiers", "NATO troops": an international body's own force
    const force = u.entity?.type === 'Organization' && u.entity.category === 'international';
    if ((u.entity?.type !== 'Country' && !group && !force) || u.possessive) continue;
    // "a member of an X-linked militant group": the people are the linked group's, not X's (round 34)
    if (u.dash && HYPHEN_MODIFIERS.has(units[i + 1]?.lower ?? '')) continue;
    const heads = group ? MEMBER_HEADS : force ? FORCE_HEADS : SERVING_HEADS;
    if (servingThroughOf(units, i, heads) || (group && servingThroughOf(units, i, GROUP_HEAD_WORDS)))
      u.serving = true;
    if (u.punct) continue;
    for (let h = i + 1; h <= i + 3 && units[h] && !units[h].entity; h++) {
      if (heads.has(units[h].lower)) {
        u.serving = true;
        break;
      }
      if (units[h].punct || !(units[h].tags.has('Noun') || units[h].tags.has('Adjective'))) break;
    }
  }
}

/**
 * The armed group named at `j` after "of" or "from" and a short description of its kind: "of the
 * jihadist armed group X", "of the Marxist guerrilla group, the X" (round 38). The unit of that
 * "of"/"from", or undefined when `j` is not such a name.
 */
export function describedGroupBefore(units: Unit[], j: number): number | undefined {
  const side = units[j];
  if (side?.entity?.category !== 'armed_group') return undefined;
  let k = j - 1;
  // "…group, the X"
  if (units[k]?.lower === 'the' && isPlainWord(units[k]) && units[k - 1]?.punct === ',') k--;
  const kind = units[k];
  if (!kind || kind.entity || !GROUP_KIND_NOUNS.has(kind.lower)) return undefined;
  if (kind.punct && !(kind.punct === ',' && k < j - 1)) return undefined;
  // up to three describing words before the kind ("jihadist armed", "Marxist guerrilla"), past a
  // determiner, right after "of"/"from"
  let d = k - 1;
  for (let n = 0; n < 3 && isPlainWord(units[d]) && !DETERMINERS.has(units[d].lower); n++) {
    if (units[d].tags.has('Verb') || ['of', 'from'].includes(units[d].lower)) break;
    d--;
  }
  if (isPlainWord(units[d]) && ['the', 'a', 'an'].includes(units[d].lower)) d--;
  return isPlainWord(units[d]) && ['of', 'from'].includes(units[d].lower) ? d : undefined;
}

/**
 * "a commander of X", "two members of the X", "soldiers of X": the same people named through "of"
 * (the side's name after it, "the" between at most), as "an X commander" names them before.
 */
function servingThroughOf(units: Unit[], i: number, heads: ReadonlySet<string>): boolean {
  let k = i - 1;
  if (units[k]?.lower === 'the' && !units[k].entity) k--;
  // "seven members of the jihadist armed group X": a description of the group's kind between
  const described = describedGroupBefore(units, i);
  if (described !== undefined) k = described;
  const of = units[k];
  const head = units[k - 1];
  // "soldiers of X", "troops from X", "two fighters from the X"
  if (
    !['of', 'from'].includes(of?.lower ?? '') ||
    of.entity ||
    of.punct ||
    !head ||
    head.entity ||
    head.punct
  )
    return false;
  return heads.has(head.lower);
}

/**
 * The heads of an international body's own armed force ("African Union soldiers", "UN
 * peacekeepers"): killing them kills the body's own, as the gold reads a country's soldiers.
 * Not its officials or staff, who are not a side in the fighting.
 */
const FORCE_HEADS: ReadonlySet<string> = new Set(
  'soldier soldiers troops trooper troopers peacekeeper peacekeepers personnel forces'.split(' '),
);

/**
 * compromise keeps "U.S.-Japan" as one word; two mentions inside one word are two units, the
 * first joined to the second by its dash ("the U.S.-Japan Alliance" names both sides).
 */
function splitAtMentions(terms: Term[], sorted: Mention[]): Term[] {
  const out: Term[] = [];
  for (const t of terms) {
    const patron = hyphenedPatron(t, sorted);
    if (patron) {
      out.push(...patron);
      continue;
    }
    // most words hold no mention's start: kept as they are, with no list built
    if (!sorted.some((m) => m.start > t.start && m.start < t.end)) {
      out.push(t);
      continue;
    }
    const inside = sorted.filter((m) => m.start > t.start && m.start < t.end);
    if (!sorted.some((m) => m.start <= t.start && m.end > t.start)) {
      out.push(t);
      continue;
    }
    const cuts = [t.start, ...inside.map((m) => m.start), t.end];
    const pieces = cuts.slice(0, -1).map((from, k) => {
      const to = cuts[k + 1];
      const piece = t.text.slice(from - t.start, to - t.start);
      const word = piece.replace(/[\s\-–—]+$/, '');
      const last = k === cuts.length - 2;
      return {
        ...t,
        start: from,
        end: from + word.length,
        text: word,
        post: last ? t.post : piece.slice(word.length),
      };
    });
    out.push(...pieces);
  }
  return out;
}

/** The tags of a hyphen modifier's second half: what compromise gives "backed" in "Iran-backed". */
const HYPHEN_TAIL_TAGS: ReadonlySet<string> = new Set(['Adjective', 'Hyphenated']);

/**
 * "U.S.-backed", "U.N.-led": compromise keeps a dotted abbreviation and its hyphen modifier as one
 * word, which it tags a name. The mention ends at the hyphen; the name and the modifier are two
 * units, the first joined to the second by its dash, as "Iran-backed" is (round 33: the whole word
 * read as the name made "attacked the U.N.-backed X government" an attack on the U.N.).
 */
function hyphenedPatron(t: Term, sorted: Mention[]): Term[] | undefined {
  const m = sorted.find((n) => n.start === t.start && n.end < t.end);
  if (!m || !/^[-–—]/.test(t.text.slice(m.end - t.start))) return undefined;
  const tail = t.text.slice(m.end - t.start + 1);
  if (!HYPHEN_MODIFIERS.has(tail.toLowerCase())) return undefined;
  const word = t.text.slice(0, m.end - t.start);
  return [
    { ...t, end: m.end, text: word, post: t.text.slice(word.length, word.length + 1) },
    { ...t, start: m.end + 1, text: tail, tags: HYPHEN_TAIL_TAGS },
  ];
}

/** The reason of a state read from its act or election alone ("concerned by the arrest of A"). */
export const UNWRITTEN_STATE = 'coref:unwritten-state';

/** The word at `u` stands for `government`: a mention of it with no span of its own in the text. */
function standFor(u: Unit, government: Entity, sentence: Sentence, reason: string): void {
  u.entity = government;
  u.mention = {
    entityId: government.id,
    text: u.lower,
    start: sentence.start,
    end: sentence.start,
    sentenceIndex: sentence.index,
    reason,
  };
}

/**
 * "government forces attacked …", "clashes between X and government troops": the bare word
 * "government" on a force or target head stands for `government`. Not when a name qualifies it
 * ("Somali government forces", "Uganda's government troops": the name says whose) or it is part of
 * a compound ("pro-government militias", "government-backed forces").
 */
function foldGovernment(units: Unit[], government: Entity, sentence: Sentence): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const prev = units[i - 1];
    const head = units[i + 1];
    if (u.entity || u.lower !== 'government' || u.punct || u.dash || u.possessive) continue;
    const forces = !!head && !head.entity && GOVERNMENT_HEADS.has(head.lower);
    if (!forces && !theGovernment(units, i)) continue;
    // "pro-government", "Uganda's government troops" qualify; "(July 1) – Government troops"
    // opens a sentence after a dateline (the dash follows a closing mark)
    if (prev && (prev.entity || (prev.dash && !prev.punct))) continue;
    standFor(u, government, sentence, forces ? 'coref:government' : 'coref:the-government');
  }
}

/** Words that hedge a count: "at least 17", "more than 50", "nearly 20". */
export const COUNT_HEDGES = new Set([
  'at',
  'least',
  'more',
  'than',
  'about',
  'some',
  'nearly',
  'almost',
  'over',
]);

/**
 * "stormed an outpost, killing at least 17 policemen", "have killed thirteen soldiers": soldiers or
 * police counted as an act's victims, with no name on them, are the article's country's own (as
 * "government soldiers" are). Only right after a verb of killing or attack, so that troops sent,
 * counted or quoted elsewhere stay nobody's; not "soldiers from / of X", which names whose.
 */
function foldCountedForces(units: Unit[], government: Entity, sentence: Sentence): void {
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    if (u.entity || u.possessive || !u.tags.has('Plural') || !SERVING_HEADS.has(u.lower)) continue;
    let k = i - 1;
    // "17 police officers", "20 security forces": one word of kind
    const kind = units[k];
    if (!kind.entity && !kind.punct && !kind.tags.has('Value') && kind.tags.has('Noun')) k--;
    if (!units[k]?.tags.has('Value') || units[k].entity || units[k].punct) continue;
    let v = k - 1;
    while (v >= 0 && units[v].tags.has('Value') && !units[v].entity && !units[v].punct) v--;
    while (v >= 0 && COUNT_HEDGES.has(units[v].lower) && !units[v].punct) v--;
    const verb = units[v];
    if (!verb || verb.entity || verb.punct || !VICTIM_VERBS.has(verb.lower)) continue;
    const next = units[i + 1];
    if (!u.punct && ['of', 'from'].includes(next?.lower ?? '')) continue;
    if (othersPost(units, i, government) || anotherStatesGround(units, i, government)) continue;
    standFor(u, government, sentence, 'coref:counted-forces');
    u.serving = true;
  }
}

/**
 * "assaulted an X base in Y, killing at least 19 soldiers": a post named before the count as another
 * state's or body's (up to two words of kind between the name and the post) holds the dead, who are
 * then not the government's; so do another's forces ("a convoy of X peacekeeping troops").
 */
function othersPost(units: Unit[], i: number, government: Entity): boolean {
  for (let k = 0; k < i; k++) {
    const e = units[k].entity;
    if (!e || e.id === government.id || units[k].punct || !['Country', 'Organization'].includes(e.type))
      continue;
    for (let h = k + 1; h <= k + 3 && h < i && !units[h].entity; h++) {
      if (STATE_POST_HEADS.has(units[h].lower)) return true;
      // "a convoy of X peacekeeping troops … killed 24 soldiers": another's forces in the clause
      // may be the ones counted (round 31)
      if (SERVING_HEADS.has(units[h].lower) || SERVING_HEADS.has(`${units[h].lower}s`)) return true;
      // "an X military base": words of kind only, not "X stormed an outpost"
      if (units[h].punct || (!units[h].tags.has('Noun') && !units[h].tags.has('Adjective'))) break;
      if (units[h].tags.has('Verb') || units[h].tags.has('Determiner')) break;
    }
  }
  return false;
}

/**
 * "In ⟦Y⟧'s ⟦Z⟧ State, rebels killed five soldiers", "in ⟦Y⟧, rebels killed five soldiers": the act
 * happened on another state's ground, whose soldiers they may be (round 33).
 */
function anotherStatesGround(units: Unit[], i: number, government: Entity): boolean {
  for (let k = 0; k < i; k++) {
    const e = units[k].entity;
    if (!e || e.id === government.id || e.type !== 'Country' || units[k].punct) continue;
    if (units[k].possessive || units[k - 1]?.lower === 'in') return true;
  }
  return false;
}

/** Words that open a post's phrase without naming whose it is ("its", "their" do name it). */
const POST_OPENERS = new Set(['a', 'an', 'the', 'another', 'several']);

/**
 * "attacked a military camp", "a raid on a police garrison", "an attack on a remote army post": a
 * post of the state's forces with no owner named on it is the article's country's, as "government
 * troops" are; attacking it attacks the country. Only when "a", "the" or a count opens the phrase
 * and up to two lower-case words of kind stand between it and the post ("a Xian army base", "Y's
 * police station", "their camp" name whose).
 */
function foldStatePosts(units: Unit[], government: Entity, sentence: Sentence): void {
  for (let i = 2; i < units.length; i++) {
    const u = units[i];
    if (u.entity || u.possessive || !STATE_POST_HEADS.has(u.lower)) continue;
    let k = i - 1;
    let owner = false;
    // "a military border post", "an army and police camp"
    while (k >= 0 && i - k <= 3 && kindWord(units[k])) {
      owner ||= STATE_POST_OWNERS.has(units[k].lower);
      k--;
    }
    const opener = units[k];
    const opens =
      !!opener &&
      !opener.entity &&
      !opener.punct &&
      (POST_OPENERS.has(opener.lower) || opener.tags.has('Value'));
    if (!owner || !opens || ownBodyBefore(units, i, government)) continue;
    standFor(u, government, sentence, 'coref:state-post');
  }
}

/**
 * "Jets of the ⟦Xian-led coalition⟧ bombed the army camps": a body named for the
 * state acts earlier in the sentence, so the posts it strikes are its enemy's, not the state's
 * (round 45, fresh news).
 */
function ownBodyBefore(units: Unit[], i: number, government: Entity): boolean {
  return units
    .slice(0, i)
    .some((w) => w.entity?.type === 'Organization' && !w.punct && namesCountry(w.entity.name, government));
}

/** A lower-case word of kind inside a post's phrase: "military", "remote", "border", "and". */
const kindWord = (u: Unit | undefined) =>
  !!u &&
  !u.entity &&
  !u.punct &&
  !u.possessive &&
  !u.tags.has('ProperNoun') &&
  !POST_OPENERS.has(u.lower) &&
  (u.tags.has('Adjective') || u.tags.has('Noun') || u.lower === 'and');

/**
 * "accused the government of …", "said the government had failed": "the government" standing
 * alone is the article's country; not "the government of Y" or "the government in Y" (which
 * name whose), nor a modifier's ("the government spokesman").
 */
function theGovernment(units: Unit[], i: number): boolean {
  const next = units[i + 1];
  if (units[i - 1]?.lower !== 'the' || units[i - 1].entity) return false;
  if (units[i].punct) return true;
  if (!next || next.entity) return false;
  // "accused the government of rigging" is the accusation's "of"
  if (['of', 'in'].includes(next.lower)) return !units[i + 2]?.entity && !units[i + 2]?.tags.has('Noun');
  return !next.tags.has('Noun');
}

/** The index of the first term ending after `offset` (terms are in text order, without overlap). */
function firstEndingAfter(terms: Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `short` is the entity's own short form: one the entity step linked to it, or the
 * initials of its name's capitalised words ("Northern Front" → "NF"). "the Xian Government of
 * National Unity (GNU)", read as the state X, keeps its brackets: the short form names the
 * government, not the state.
 */
function shortFormOf(short: string, entity: Entity): boolean {
  return entity.aliases.includes(short) || spellsInitials(entity.name, short);
}

/** An all-capital short form written in brackets, as in "the Northern Front (NF)". */
function acronymInBrackets(t: Term, sentence: Sentence): boolean {
  const at = t.start - sentence.start;
  return (
    /^[A-Z][A-Z0-9&-]{1,7}$/.test(t.text) &&
    /^\)/.test(t.post) &&
    sentence.text.slice(Math.max(0, at - 1), at) === '('
  );
}

const OUTLAWS = new Set(OUTLAW_NOUNS);

/** An outlaw noun within the two words after a possessive at `i`: "X's (powerful drug) cartels". */
function outlawsAfter(units: Unit[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < units.length; k++) {
    const w = units[k];
    if (w.entity) return false;
    if (OUTLAWS.has(w.lower)) return true;
    if (w.punct) return false;
  }
  return false;
}
