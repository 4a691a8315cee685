// Compiles a rule pattern into a RegExp over a sentence view (./sentence-view.ts), where each
// entity mention is a slot token ⟦<index><type letter>⟧ (P Person, O Organization, C Country,
// L Location; lower case for a demonym, "Israeli"). The macros:
//   {S} {O} {S2}          one slot, captured as the subject / object; {S:PO} restricts the types
//   {S+} {O+}             a list of slots: "X, Y and the Z"
//   {GAP}                 the words between a subject and its verb; may pass over places and
//                         over slots inside a phrase ("X, with troops in western Y, struck Z")
//   {!PREP}               the next slot is not the object of a preposition ("in Iraq")
//   {NP} {NPL}            the words of the target's noun phrase before the object slot
//                         ("three facilities used by the"); NPL allows a longer one
//   {V:G} {VED:G} {VING:G} verb forms of lexicon group G; {N:G} its nouns; {T:G} titles
//   {TSKIP}               a title run before a name ("Israeli Minister of Defense")
//   {DET}                 an optional determiner
import { escapeRegex } from '../escape-regex';
import {
  PREDICATE_NOUNS,
  PREDICATE_VERBS,
  VERBS_ALSO_NOUNS,
  type NounGroup,
  type VerbGroup,
} from '../lexicon/predicate-words';
import { COMPASS_POINTS, PLACE_KIND_NOUNS } from '../lexicon/place-words';
import * as TITLES from '../rules/relations/titles';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { necessaryText } from './necessary-text';
import { inflect } from './verb-forms';

// ("through": "gangs rampaged through ⟦Xian⟧ villages and groups called on Y" is no act of X's, round 47)
export const PREPOSITIONS =
  'in|at|of|from|near|across|to|on|into|around|through|throughout|inside|outside|over|with|against|for|by|toward|towards|between|about|under|within|In|At|From|On|For|By|With|Against';
/** "the government of X", "a team from X": X still acts, through the body named before it. */
const ACTOR_NOUNS =
  'team|delegation|officials|forces|troops|personnel|members|representatives|envoys|diplomats|government|governments|army|armies|military|militaries|navy|navies|police|president|ministry|parliament|leaders|leadership';
/**
 * "at the request of the government of X": a body one acts for or at the word of is no actor, nor
 * is the country it is of ("… of X and in support of Y": X supports nobody).
 */
const ASKED_OF = '\\b(?:request|invitation|behest|consent|approval|permission|wishes) of (?:the )?';
/** "Troops from X" opens a sentence as often as "troops from X" stands inside one. */
const ACTOR_NOUNS_ANY_CASE = ACTOR_NOUNS.split('|')
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
const OTHER_PREPOSITIONS = PREPOSITIONS.split('|')
  .filter((p) => p !== 'of' && p !== 'from')
  .join('|');
/** "believed to be ⟦X⟧ militants": "to" before a verb is no preposition, so X is not inside a phrase. */
const NOT_INFINITIVE = '(?!be )';
/**
 * The words that put a following slot inside a prepositional phrase ("in western ⟦Iraq⟧"), also
 * past a possessor inside it ("X of the ⟦State Department⟧'s ⟦Africa Bureau⟧ urged Y": X urged).
 */
const prepositionBeforeSlot = (others: string, word = '[a-z]+') =>
  `(?:(?<!(?<!${ASKED_OF})\\b(?:${ACTOR_NOUNS_ANY_CASE}) )\\b(?:of|from)|\\b(?:${others})) ${NOT_INFINITIVE}(?:the )?(?:${word} )?(?:⟦\\d+[A-Za-z]⟧'s )?`;
export const PREPOSITION_BEFORE_SLOT = prepositionBeforeSlot(OTHER_PREPOSITIONS);
/** A slot followed by one of these is the subject of its own clause: "led to X calling for Y". */
export const SPEECH_GERUND =
  '(?:calling|demanding|urging|accusing|condemning|criticizing|criticising|threatening|warning)\\b';
/**
 * The earlier items of a list the slot closes: "relations with ⟦X⟧ and ⟦Y⟧", "in ⟦X⟧, ⟦Y⟧ and ⟦Z⟧"
 * put Y and Z in the phrase too (round 14). Not after a lone comma: "targets in ⟦X⟧, and ⟦Y⟧
 * said" opens a clause.
 */
const CONJUNCT_BEFORE = '⟦\\d+[A-Za-z]⟧(?:(?:, (?:the )?⟦\\d+[A-Za-z]⟧)+,? | )(?:and|or) (?:the )?';
/** A list's later items after a preposition; not the agents of a passive ("by ⟦X⟧ and ⟦Y⟧" act). */
const LISTED_IN_PHRASE = `${prepositionBeforeSlot(
  OTHER_PREPOSITIONS.split('|')
    .filter((p) => !/^by$/i.test(p))
    .join('|'),
  '(?!by )[a-z]+',
)}${CONJUNCT_BEFORE}`;
/**
 * A demonym in a person's apposition qualifies the person's role ("⟦X⟧, the ⟦Serbian⟧
 * representative in …, welcomed Y"): the person acts, not the country (round 14). So does one in
 * a body's or a place's apposition that closes with its comma ("⟦X⟧, a ⟦Chilean⟧ trading company,
 * attacked Y": the company acts, round 22), unless the name closes an opening phrase ("In ⟦X⟧, the
 * ⟦Yian⟧ army struck …").
 */
const IN_APPOSITION = `(?:(?<=⟦\\d+P⟧)|(?<=(?<!\\b(?:${PREPOSITIONS}) (?:the )?(?:[a-z-]+ )?)⟦\\d+[OL]⟧(?=, (?:the|a|an) (?:[a-z-]+ )?⟦\\d+[a-z]⟧(?: [a-z-]+){1,4}, ))), (?:the|a|an) (?:[a-z-]+ )?(?=⟦\\d+[a-z]⟧)`;
/**
 * A country set off by commas after a place names where the place is ("the consul in ⟦Istanbul⟧,
 * ⟦Turkey⟧, in connection with the killing of Y"): it is no actor. Not a country that opens its
 * own clause after an opening place ("In ⟦Moscow⟧, ⟦Russia⟧ said") or owns what follows
 * ("In ⟦Kabul⟧, ⟦Afghanistan⟧'s army").
 */
// (… or by a time: "signed in ⟦Minsk⟧, ⟦Belarus⟧ last month, saying rebels fired on Y", round 43)
const COUNTRY_OF_PLACE = `⟦\\d+L⟧, (?=⟦\\d+C⟧(?:,|\\.|$| (?:last|this|next|earlier this|late last|early last) (?:week|month|year|weekend)\\b| on [A-Z][a-z]+day\\b| in (?:\\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\\b))`;
/**
 * Verbs whose object is a hearer: "sources told ⟦Reuters⟧ that militants stormed a base" — the
 * outlet or official told is never the told clause's actor (round 29, fresh news).
 */
const TOLD = 'told|tells|informed|informs|assured|assures|briefed|briefs|notified|notifies';
/**
 * What puts a slot inside a phrase, so that it is no actor and a subject may reach past it:
 * a preposition ("in western ⟦Iraq⟧"), a participle whose object it is ("backing ⟦Yemen⟧"), a
 * country set off after a place ("⟦Istanbul⟧, ⟦Turkey⟧,"), or "join": in "X will join ⟦Y⟧ in
 * sanctioning Z" the act read is X's, and X's modality decides; or a verb of telling, whose
 * object is a hearer (TOLD).
 */
export const EMBEDDED_BEFORE_SLOT = `(?:${PREPOSITION_BEFORE_SLOT}|${LISTED_IN_PHRASE}|${IN_APPOSITION}|${COUNTRY_OF_PLACE}|\\b(?:[a-z]{3,}ing|join|joins|joined|${TOLD}) (?:the |a |an )?)`;
/** Where a gap would cross into another clause with its own subject: ", and Western governments…". */
export const NEW_CLAUSE =
  ', (?:and|but) (?:[Tt]he|an?|[A-Z][\\w.-]*|its|their|he|she|they|it|we) |\\b(?:but|while|whereas) ';
/** A slot of the given types; a demonym (lower-case letter) counts as its type. */
const SLOT = (types: string) => `⟦\\d+[${types}${types.toLowerCase()}]⟧`;
const LIST_JOIN = '(?:,? and|,? or|,|,? as well as|,? along with) (?:the )?';
/** The joins after a list's first item, with `comma` for the bare comma's own form. */
function firstListJoin(comma: string): string {
  return `(?: and| or|${comma}|,? as well as|,? along with) (?:the )?`;
}
/**
 * The join after a list's first item: a serial comma before "and"/"or" closes a list of three or
 * more, so "in support of ⟦X⟧, and ⟦Y⟧" joins Y to an outer list, not to X.
 */
const FIRST_LIST_JOIN = firstListJoin(',');
/**
 * Words no target's noun phrase holds: links, clause words, and the verbs of a headline's toll
 * ("X attack kills 15 in Y": "attack" is a noun there, and nothing after it is its object).
 */
const NP_BLOCK =
  '(?:as|by|with|which|that|who|whom|whose|and|or|but|said|says|say|after|before|while|when|because|since|located|based|stationed|where|if|than|to|was|were|is|are|has|have|had|in|near|inside|outside|across|throughout|around|within|kills|killed|wounds|wounded|injures|injured|amid|amidst|during|despite|among|following|toward|towards|ahead)\\b';
const NP_WORD = `(?!${NP_BLOCK})[^\\s⟦⟧,;:]+ `;
const NP_LINK = '(?:used by|belonging to|operated by|run by|controlled by|held by|linked to|of)';
/**
 * "villages southeast of ⟦X⟧" names where the villages lie, not whose they are: the phrase does
 * not end on a compass point and "of" ("the north of ⟦X⟧" is X's ground and still names X).
 */
const NOT_RELATIVE_PLACE = `(?<!(?<!\\bthe )\\b(?:${COMPASS_POINTS.join('|')}) of (?:the )?)`;
/**
 * "struck at a militia in ⟦Syria⟧": an armed group is in a place, never the place's own; the place
 * after it is where the group is (as "militants in X" never names X for the frame engine).
 */
const ARMED_IN =
  '(?<!\\b(?:militia|militias|militants|rebels|insurgents|fighters|gunmen|terrorists|group|groups) )';
/**
 * "attacked a village in northeastern ⟦X⟧": a settlement in a country is a place of its own, and
 * the country only says where it lies (the place of an attack is not its target; "targets in ⟦X⟧"
 * still name X, and "villages in ⟦Y⟧ state" the region, as the frame engine reads them).
 */
const NOT_SETTLEMENT_IN_COUNTRY = `(?!(?<=\\b(?:${PLACE_KIND_NOUNS.flatMap((w) => [w, w.replace(/y$/, 'ie') + 's', w + 's']).join('|')}) (?:in|near)) (?:the )?(?:[a-z-]+ ){0,2}⟦\\d+C⟧)`;
/**
 * "targets in ⟦Lebanon⟧": what is hit in a place stands for the place only while nothing names its
 * owner; "Kurdish positions in northern ⟦Syria⟧" are the Kurds', so the words before the link are
 * lower-case here (a place after "in" is otherwise where an act happened: NP_BLOCK).
 */
const NP_PLACE_LINK = `${ARMED_IN}(?:in|near)${NOT_SETTLEMENT_IN_COUNTRY}`;
/** "an attack on their base in ⟦X⟧": a possessive names the owner, so the place is only where. */
const NOT_OWNED = '(?<!\\b(?:its|their|his|her|our) )(?!(?:[a-z]+ )?(?:its|their|his|her|our) )';
const NP_LOWER_WORD = `(?!${NP_BLOCK})[a-z0-9][^\\s⟦⟧,;:]* `;
const DET = '(?:(?:the|a|an|its|their|his|her|rival|several|multiple) )?';
/** The nouns of a body's head or envoy, which a lower-case word may qualify: "policy chief". */
const ENVOY_NOUN =
  '(?:chief|head|envoy|minister|ambassador|negotiator|commissioner|representative|spokes(?:man|woman|person))\\b';

/** "secretary-general" → "[Ss]ecretary-[Gg]eneral": titles and verbs start either case. */
function anyCase(phrase: string): string {
  return phrase
    .split(' ')
    .map(escapeRegex)
    .map((w) => w.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => `${dash}[${c.toUpperCase()}${c}]`))
    .join(' ');
}

function alternation(words: string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `\\b(?:${sorted.map(anyCase).join('|')})\\b`;
}

/**
 * The strings `alternation(words)` matches, for a test that only asks whether one occurs (a rule's
 * `required` test), written as a tree of the words' characters: "[Ss](?:ecretary|pokesman)". At
 * each position the regex engine then reads each character once, where the plain alternation
 * tries each of hundreds of titles or verb forms in turn (a third of the rules' time went to
 * these tests). Which word matches first does not change whether one does, so the test's answer
 * is alternation's.
 */
function anyOf(words: string[]): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const word of new Set(words)) {
    let node = root;
    // the characters as anyCase writes them: "[Ss]", an escape ("\\."), or the character itself
    for (const unit of anyCase(word).match(/\[[^\]]*\]|\\.|[^]/g) ?? []) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const write = (node: Node): string => {
    const branches = [...node.next].map(([unit, child]) => unit + write(child));
    if (node.end && branches.length) branches.push('');
    return branches.length > 1 ? `(?:${branches.join('|')})` : (branches[0] ?? '');
  };
  return `\\b${write(root)}\\b`;
}

/**
 * "strike", "strikes", "targets" are nouns as often as verbs ("a strike", "militant targets"), so
 * a present form counts as the verb only right after a name (not a demonym: "Israeli strike") or
 * an adverb ("also strikes"), and not after a name that itself qualifies a noun ("strikes on 30
 * ⟦Houthi⟧ targets", "the ⟦Hamas⟧ attacks").
 */
const VERB_CONTEXT =
  '(?<=(?:(?<!\\b(?:[Tt]he|[Aa]n?|on|against|at|of|about|some|several|many|dozens|for|with|by|from|in|into|\\d[\\d,]*) )⟦\\d+[A-Z]⟧|\\b(?:[a-z]+ly|also|then|now|to|and|or)) )';
/** "with the backing of X", "the targeted convoy": after a determiner, no form is a verb. */
const NOT_NOUN_CONTEXT = '(?<!\\b(?:[Tt]he|[Aa]|[Aa]n|its|their|his|her|this|that|of|with|by|for) )';

/** A form right after a hyphen is part of a compound adjective: "a one-armed X expert" arms nobody. */
const NOT_IN_COMPOUND = '(?<!-)';

function verbForms(group: string, pick: 'all' | 'past' | 'gerund'): string {
  return `${NOT_IN_COMPOUND}${verbAlternatives(group, pick)}`;
}

function verbEntries(group: string) {
  const entries = PREDICATE_VERBS[group as VerbGroup];
  if (!entries) throw new Error(`unknown verb group ${group}`);
  return entries;
}

/** A verb group's forms: every one, or the past or gerund forms only. */
function verbWords(group: string, pick: 'any' | 'past' | 'gerund'): string[] {
  const inflected = verbEntries(group).map(inflect);
  return pick === 'any'
    ? inflected.flatMap((f) => [...f.present, ...f.past, ...f.gerund])
    : inflected.flatMap((f) => f[pick]);
}

function verbAlternatives(group: string, pick: 'all' | 'past' | 'gerund'): string {
  if (pick !== 'all') return alternation(verbWords(group, pick));
  const entries = verbEntries(group);
  const inflected = entries.map(inflect);
  const past = inflected.flatMap((f) => [...f.past, ...f.gerund]);
  const present = (nouny: boolean) =>
    entries
      .filter((e) => VERBS_ALSO_NOUNS.includes(e.lemma) === nouny)
      .flatMap((e) => inflect(e).present)
      .filter((w) => !past.includes(w));
  const alternatives = [
    `${NOT_NOUN_CONTEXT}${alternation(past)}`,
    `${VERB_CONTEXT}${alternation(present(true))}`,
  ];
  if (present(false).length) alternatives.push(`${NOT_NOUN_CONTEXT}${alternation(present(false))}`);
  return `(?:${alternatives.join('|')})`;
}

function titleList(group: string): string[] {
  const list =
    (TITLES as Record<string, string[]>)[`${group}_TITLES`] ?? (TITLES as Record<string, string[]>)[group];
  if (!list) throw new Error(`unknown title group ${group}`);
  return list;
}

function titles(group: string): string {
  return alternation(titleList(group));
}

function nounList(group: string): string[] {
  const nouns = PREDICATE_NOUNS[group as NounGroup];
  if (!nouns) throw new Error(`unknown noun group ${group}`);
  return nouns;
}

/**
 * A name that opens a clause of its own ("aid to X, and ⟦Germany⟧ called on…", "sanctions on X,
 * and ⟦German⟧ Chancellor ⟦Y⟧ visited…", a headline's "…, ⟦US⟧ claims") ends an object list: it is followed by its verb (past a
 * title and the person it names, or its people: "seized X and ⟦US⟧ troops withdrew"; a source's "…, ⟦A⟧
 * news agency cites", round 49), or it owns what follows ("X, the ⟦British⟧ military's …").
 */
const OPENS_CLAUSE =
  "(?! (?:[A-Z][\\w-]+ ){0,3}(?:⟦\\d+P⟧ )?(?:[a-z]+ly )?(?:[a-z]+ed|said|says|claims|warns|reports|alleges|insists|denies|confirms|announces|cites|quotes|writes|wrote|notes|adds|tells|told|has|have|had|is|are|was|were|will|would)\\b|(?: [a-z]+)?'s\\b| (?:[a-z]+-led )?(?:troops|forces|soldiers|officials|police|diplomats) (?:[a-z]+ed|withdrew|fled|left|took|struck|fought|began|held|sent|won|lost|fell|rose)\\b)";

/**
 * A demonym after ", the" is an apposition's word, not a list's next item: in "⟦X⟧, the ⟦Serbian⟧
 * representative in …, welcomed Y" only X acts (round 14).
 */
const NOT_APPOSED_DEMONYM = '(?!(?<=, (?:the|a|an) )⟦\\d+[a-z]⟧)';

/**
 * Nor is a name that only describes the item before it: a country or body before a title ("met
 * ⟦Y⟧, the ⟦X⟧ prime minister": X qualifies Y's title, an apposition, so the dealing is with Y
 * alone), or a name that opens a compound ("citing X's invasion of ⟦Y⟧, the ⟦Z⟧-Hamas conflict
 * and …": the conflict is the item, and Z only names one of its sides; round 48, fresh news).
 */
// (built once: every object list of every rule takes it)
const NOT_DESCRIBING_NAME = `(?!(?<=, (?:the|a|an) )⟦\\d+[A-Za-z]⟧ (?:[a-z-]+ ){0,2}(?:${titles('MEMBER')}|${titles('LEAD')})\\b|⟦\\d+[A-Za-z]⟧-)`;

/**
 * The join after a subject list's first item: a bare comma only where the list goes on to "and" or
 * "or". "Following the call with ⟦A⟧, ⟦B⟧ met C": two names and one comma are an opening phrase
 * and the clause's subject, not a list (round 44, fresh news).
 */
// (nor where the second name is a parenthetical speaker, "⟦A⟧, ⟦B⟧ said, built …", read as before)
const SUBJECT_FIRST_JOIN = firstListJoin(
  `,(?=(?: (?:the )?⟦\\d+[A-Za-z]⟧,)* (?:the )?⟦\\d+[A-Za-z]⟧(?:,? (?:and|or|as well as|along with) | (?:said|says|say|added|reported|claimed|alleged|alleges|stated|noted),))`,
);

function slotMacro(role: string, list: boolean, types: string): string {
  const one = SLOT(types || 'POCL');
  const next =
    role === 'O'
      ? `${NOT_APPOSED_DEMONYM}${NOT_DESCRIBING_NAME}${one}${OPENS_CLAUSE}`
      : `${NOT_APPOSED_DEMONYM}${one}`;
  const firstJoin = role === 'O' ? FIRST_LIST_JOIN : SUBJECT_FIRST_JOIN;
  return list ? `(?<${role}>${one}(?:${firstJoin}${next}(?:${LIST_JOIN}${next})*)?)` : `(?<${role}>${one})`;
}

function expand(macro: string): string {
  const [name, arg = ''] = macro.split(':');
  const role = /^(S|O|S2)(\+?)$/.exec(name);
  if (role) return slotMacro(role[1], role[2] === '+', arg);
  switch (name) {
    case 'GAP':
      // places are no actors, so a subject reaches past them too ("X visited ⟦Moscow⟧ and met Y")
      // not past the body its people come from ("⟦US⟧ personnel from ⟦X⟧ partnered": X acts)
      return `(?<gap>(?:[^⟦⟧;:]|${SLOT('L')}|(?<=(?<!\\b(?:${ACTOR_NOUNS}) )\\b(?:${PREPOSITIONS}) ${NOT_INFINITIVE}(?:the )?(?:[a-z]+ )?|${EMBEDDED_BEFORE_SLOT})${SLOT('POC')}){0,120}?)`;
    case '!PREP':
      // "from X's invasion" and "led to X calling for…" still name X as the actor
      return `(?:(?=⟦\\d+[A-Za-z]⟧(?:'s | ${SPEECH_GERUND}))|(?<!${EMBEDDED_BEFORE_SLOT}))`;
    case 'NP':
      // after the link one more word, but no gerund: "firms accused of helping X" is not about X
      // (a gerund opening a clause inside the words before the link: ./apply-rules.ts)
      return `(?<np>${DET}(?:(?:${NP_WORD}){0,3}?(?:${NP_LINK} ${DET}(?:(?![a-z]+ing )${NP_WORD})?)?|${NOT_OWNED}(?:${NP_LOWER_WORD}){1,3}?${NP_PLACE_LINK} ${DET}(?:(?![a-z]+ing )${NP_WORD})?))${NOT_RELATIVE_PLACE}`;
    case 'NPL':
      return `(?<np>${DET}(?:(?:${NP_WORD})|as |by ){0,8}?)`;
    case 'V':
      return verbForms(arg, 'all');
    case 'VED':
      return verbForms(arg, 'past');
    case 'VING':
      return verbForms(arg, 'gerund');
    case 'N':
      return alternation(nounList(arg));
    case 'T':
      return titles(arg);
    case 'TSKIP':
      // after the body, one lower-case word before a head or envoy noun: "⟦EU⟧ policy chief X"
      return `(?:(?:${SLOT('CO')}(?:'s)? (?:[a-z]+ (?=${ENVOY_NOUN}))?)?(?:(?:${SLOT('CO')}|[A-Z][\\w.-]*|of|for|the|special|senior|top|chief|deputy|foreign|defen[cs]e|${titles('MEMBER')}|${titles('LEAD')}) ){1,5})?`;
    case 'DET':
      return DET;
    default:
      throw new Error(`unknown pattern macro {${macro}}`);
  }
}

const MACRO = /\{([A-Z!][^{}]*)\}/g;
/** Macros that stand for words: the rule cannot match a sentence without one of them. */
const WORD_MACRO = /^(?:V|VED|VING|N|T):/;

/** Which of a verb group's forms each verb macro's test looks for. */
const VERB_PICKS: Record<string, 'any' | 'past' | 'gerund' | undefined> = {
  V: 'any',
  VED: 'past',
  VING: 'gerund',
};

/**
 * A word macro's test for `required`: the strings its expansion matches (a verb's forms in any
 * tense for {V:G}), as a tree of their characters (anyOf).
 */
function wordTest(macro: string): string {
  const [name, arg = ''] = macro.split(':');
  const pick = VERB_PICKS[name];
  if (pick) return `${NOT_IN_COMPOUND}${anyOf(verbWords(arg, pick))}`;
  return anyOf(name === 'N' ? nounList(arg) : titleList(arg));
}

export interface CompiledPattern {
  regex: RegExp;
  /** Cheap tests run first: each must find a word in the sentence, or the rule is skipped. */
  required: RegExp[];
  /** Strings no match does without (./necessary-text.ts): one of each set, at or after its start. */
  needs: string[][];
  /**
   * For a pattern that opens on a slot: the slot types it takes, and whether it opens on {!PREP}
   * (then `regex` leaves that test out, and is to be tried only where NOT_EMBEDDED holds).
   */
  opening?: { types: string; notEmbedded: boolean };
}

/** {!PREP} alone: tried at a slot once per sentence rather than once per rule (see apply-rules.ts). */
export const NOT_EMBEDDED = new RegExp(expand('!PREP'), 'y');
const OPENING = /^(\{!PREP\})?\{(?:S|O)\+?(?::([A-Z]+))?\}/;

/** The needed-string sets' options for a rule: sets as big as a verb's forms or a title list. */
const NEEDS_OPTIONS = { size: 64, limit: 4 };
/** Where `npm run build` writes every rule's needed strings (scripts/build-needs.mjs), by key. */
export const NEEDS_FILE = join(__dirname, 'needed-text.json');

/** A pattern's key in the needs file: its expanded regex source and the options, hashed. */
export const needsKey = (source: string): string =>
  createHash('sha1').update(`${NEEDS_OPTIONS.size}/${NEEDS_OPTIONS.limit}/${source}`).digest('base64');

const readNeeds = (): ReadonlyMap<string, string[][]> =>
  existsSync(NEEDS_FILE)
    ? new Map(Object.entries(JSON.parse(readFileSync(NEEDS_FILE, 'utf8')) as Record<string, string[][]>))
    : new Map();
/** The needs file's sets, when the build wrote one (a tsc-only build does not: then they are worked out). */
const BUILT_NEEDS = readNeeds();

/**
 * The strings no match of a pattern's expanded source does without (./necessary-text.ts). They
 * are the same for the same source, so the build works them out once for every rule
 * (`neededTable`) and a process looks them up by key; a source the table does not hold (a rule or
 * lexicon changed since the build, a test's own pattern) has them worked out here.
 */
export function needsOf(source: string, built: ReadonlyMap<string, string[][]> = BUILT_NEEDS): string[][] {
  if (built.size) {
    const found = built.get(needsKey(source));
    if (found) return found.map((set) => [...set]);
  }
  return necessaryText(source, NEEDS_OPTIONS);
}

/** A pattern's regex source, its macros expanded. */
export const patternSource = (pattern: string): string =>
  pattern.replace(MACRO, (_, macro: string) => expand(macro));

/** Every pattern's needed strings by key, worked out (for scripts/build-needs.mjs). */
export function neededTable(patterns: readonly string[]): Record<string, string[][]> {
  const table: Record<string, string[][]> = {};
  for (const pattern of patterns) {
    const source = patternSource(pattern);
    table[needsKey(source)] ??= necessaryText(source, NEEDS_OPTIONS);
  }
  return table;
}

/** Compiles once per rule; the engine runs the regex with the global flag to find every match. */
export function compilePattern(pattern: string): CompiledPattern {
  // Word macros may be alternatives of each other ("{T:MEMBER}|{T:LEAD}"), so one of them suffices.
  const words = [...pattern.matchAll(MACRO)]
    .map((m) => m[1])
    .filter((macro) => WORD_MACRO.test(macro))
    .map(wordTest);
  const required = words.length ? [new RegExp(words.join('|'))] : [];
  // A pattern that opens on a slot is tried only where slots start (sticky), not at every character.
  const opensOnSlot = /^(?:\{!PREP\})?\{(?:S|O)[+:}]/.test(pattern);
  const source = patternSource(pattern);
  const opening = opensOnSlot ? OPENING.exec(pattern) : null;
  // A pattern opening on {!PREP} is tried only where NOT_EMBEDDED holds (the engine tests it once
  // per slot), so its regex leaves that lookaround out: the same matches, a shorter try.
  const tried = opening?.[1]
    ? pattern.slice(opening[1].length).replace(MACRO, (_, macro: string) => expand(macro))
    : source;
  return {
    regex: new RegExp(tried, opensOnSlot ? 'yd' : 'gd'),
    required,
    // sets as big as a verb's forms or a title list: they gate most rules (apply-rules.ts)
    needs: needsOf(source),
    opening: opening ? { types: opening[2] ?? 'POCL', notEmbedded: !!opening[1] } : undefined,
  };
}

/** A pattern for a plain test (no capture of slots), as gap blocks use. */
export function compileTest(pattern: string): RegExp {
  return new RegExp(pattern.replace(MACRO, (_, macro: string) => expand(macro)));
}
