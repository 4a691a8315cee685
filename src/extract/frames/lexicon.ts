// The frame lexicon (../lexicon/frames.json) indexed for the engine. Verb records are found by
// any inflected form, which compromise's conjugator gives (never typed by hand); event-noun
// records by the noun's singular and plural. Adding a frame is one line of that JSON.
import type { Entity, OrgCategory, Predicate } from '../../model';
import data from '../lexicon/frames.json';
import { conjugate } from '../nlp';

export interface FrameRecord {
  id: string;
  /**
   * verb: a verb lemma (with its particle); noun: an event noun ("strike on", "talks with");
   * state, clause, responsible, attribute, concern: stance stated by a clause (./stance-clauses.ts);
   * role: a role noun given to a name by apposition or "to be", "X, Y's closest ally" (./roles.ts);
   * aid: a verb of giving whose object holds one of `complement` ("pledging $3 million in aid"), and
   * stricken: the `nouns` of a disaster or crisis that make a country the aid's recipient (./aid.ts);
   * purpose: a help verb under "to" after what carries the help (`complement`: a team, a contribution,
   * an effort), "X sent a team to help Y" (./help-purposes.ts);
   * settlement: a verb of settling whose object is one of `complement` ("settle the charges", ./settlements.ts);
   * fault: a fault named as someone's in a speaker's words, "Y's aggression" (the nouns in `complement`),
   * "Y's illegal war" (any noun after one of `qualifiers`) (./faults.ts);
   * aim: a verb under "to" that aims at an act, the holder's stance toward its author, "X vowed to
   * counter Y's aggression" (./stance-clauses.ts);
   * listing: a list whose names are sanctioned, "added A to the Entity List", "A, an entity on the
   * Entity List" (its `nouns`, the `qualifiers` that make it one, the adding verbs in `light`, the
   * describing nouns in `subjects`; ./listings.ts);
   * announcement: a prosecution announced, "A and B made the announcement", "The indictment was
   * announced by A" (the verb as `lemma`, what is announced in `subjects`, the acts that make a
   * defendant in `complement`: "plead guilty", "be charged"; ./announcements.ts).
   * answered: a demand told through its answer, "Y rejected the appeals made by A to …" (the
   * demand's nouns in `subjects`, the answering verbs in `light`; ./answered-appeals.ts).
   * drawn: a stance told from its target's side, "Y drew criticism from X" (the stance nouns in
   * `subjects`, the receiving verbs in `light`, the words between them in `qualifiers`; ./drawn-stance.ts).
   * deal: a deal alleged to harm, "X alleged that the merger of A and B would reduce competition"
   * (the harm words in `complement`; ./deal-allegations.ts).
   * judged: what makes a speaker's words about a clause's subject a judgement of it, "“Y continues to
   * violate …,” said X", "X noted that Y resorts to terror" — the condemnable acts in `complement`
   * (a verb, or a verb with the word that makes it condemnable: "pay bribes"), the condemnable
   * nouns in `faults`, the condemnable qualities in `qualifiers` (said of the subject, or of one of
   * `heads`: "reckless attacks"), the words that set the subject against them in `counters`
   * ("fights terror", "victims of abuses"; ./judged-clauses.ts, round 18).
   * plea: a plea, conviction or sentence whose act is the defendant's, "X pleaded guilty to
   * providing weapons to Y" (the verb as `lemma`, the word that must follow it in `complement`,
   * the prepositions that open the act in `preps`, the words allowed before them in `reach`;
   * `predicate` is its example's act; ./pleas.ts, round 21).
   * request: an act done at someone's request, "At the request of Y, X conducted …" (the
   * request's nouns in `nouns`; ./requests.ts, round 22).
   * conditional: a response promised on a condition, "X warned it would respond if Y holds the
   * drills" (the response verbs in `complement`; ./conditional-threats.ts, round 27).
   * court: the state whose court, prosecutors or conviction the article names ("a Xian court",
   * "Xian prosecutors": the court's `nouns`, the words allowed between in `qualifiers`; "Xia's
   * jailing of": the legal acts in `subjects`) criticised the defendants a later sentence tells
   * without an author (the acts that make one in `complement`: "be sentenced"; ./courts.ts, round 36).
   * extradition: "extradited from A (to B)": A helped B, the state named after "to" or the court's
   * (the verb as `lemma`, the preposition in `preps`; ./courts.ts, round 36).
   * reason: a sanction's stated reason of misconduct, "X sanctioned A for its role in corruption"
   * (the misconduct words in `complement`, the qualities that make one in `qualifiers`, the
   * openers in `preps`, how far the misconduct may stand in `reach`; ./sanction-reasons.ts, round 30).
   */
  kind:
    | 'verb'
    | 'noun'
    | 'state'
    | 'clause'
    | 'responsible'
    | 'attribute'
    | 'concern'
    | 'role'
    | 'designees'
    | 'violation'
    | 'aid'
    | 'purpose'
    | 'stricken'
    | 'settlement'
    | 'fault'
    | 'aim'
    | 'listing'
    | 'announcement'
    | 'answered'
    | 'drawn'
    | 'deal'
    | 'judged'
    | 'plea'
    | 'request'
    | 'deadline'
    | 'conditional'
    | 'reason'
    | 'court'
    | 'extradition';
  predicate: Predicate;
  /** 0..1: the frame's precision on the training gold (scripts/measure-confidence.mjs). */
  confidence: number;
  /** Example sentences in our own words: one that states the fact, one that must not. */
  positive: string;
  negative: string;
  /** The fact each positive example states, as "Subject|Object" (default "Norway|Chile"). */
  expect?: string;
  lemma?: string;
  /** Forms of `lemma` the conjugator does not give ("pled"). */
  forms?: string[];
  /** How many words may stand between a plea's verb (with its `complement`) and its preposition. */
  reach?: number;
  /** A verb's particle or preposition before its object: "fire on", "meet with". */
  particle?: string;
  /**
   * How many words may stand between the verb and its particle (default 6: "fired two missiles
   * at X"). A preposition the verb governs directly stands by it: "called on X" (1 allows
   * "called again on X"), not "called the strikes on X a response" (round 32).
   */
  particleReach?: number;
  /**
   * The particle "with" may not be left out: "X worked with Y" is read here, while "A and B worked
   * closely" is left to the joint-subject reader (./partners.ts), which knows when a joint subject
   * acts together ("alleges that A and B worked on the desk" does not).
   */
  withRequired?: boolean;
  /**
   * Words that must follow a verb's object for the verb to state its fact: "pushed X out of Y",
   * "dislodged X from Y" (without them, "pushed X to act" states nothing).
   */
  closing?: string;
  /**
   * Words one of which must follow a person as the object, within a few words: "called on the
   * minister to resign" demands, "called on Prime Minister X and discussed trade" is a visit.
   */
  personNeeds?: string[];
  /**
   * The entity types a verb's object may have: taking ground ("seized the town of X") attacks a
   * place; "seized X's assets" or "captured the commander" is no attack on them.
   */
  objectTypes?: Entity['type'][];
  /**
   * Organisations of these categories are never the verb's object: one talks to or contacts a
   * body, a group or a company, but "talked to Reuters" is an interview, no dealing.
   */
  objectNotCategories?: OrgCategory[];
  /**
   * The verb moves a thing to its particle's object: in the passive the subject is what is moved,
   * "Z was extradited by X to Y" (X acts on Y; round 21).
   */
  moved?: boolean;
  /**
   * The verb's subject is a place lost and its particle's object the side that took it: "Y fell to
   * X", "Y fell into the hands of X" (X attacked Y; round 37, ./fallen-to.ts).
   */
  yieldedTo?: boolean;
  /**
   * The entity types a verb's actor may have: "X is holding two Yian engineers" attacks Y when X
   * is an armed body; a state holding foreigners is an arrest (round-10 convention), no attack.
   */
  actorTypes?: Entity['type'][];
  /**
   * The head nouns a verb's object must end on: "holding three Yian sailors", "holding X hostage"
   * (people held), not "holding talks with X" or "holding X responsible".
   */
  objectHeads?: string[];
  /**
   * When this record (with `objectHeads`) reads its object, the lemma's plain records (no
   * `objectHeads`, no particle) state nothing for that verb: "attacked Y's decision" criticises Y,
   * it is no attack (round 30, CAMEO's "ATTACK * DECISION [111]").
   */
  shadows?: boolean;
  /**
   * The verb's subject is the dead, so it states only the act they died in: "12 Yian soldiers died
   * in an X ambush" (X attacked and killed Y's own); "died in an accident" states nothing.
   */
  deadOnly?: boolean;
  /**
   * The verb states a threat and nothing else: only when vowed, threatened or told as the
   * speaker's own future ("vowed to hunt down Y", "“We will punish Y,” X said"); "X punished Y"
   * states no fact (round 23).
   */
  threatOnly?: boolean;
  /** A noun's spellings: "strike", "strikes", "airstrike"… */
  nouns?: string[];
  /**
   * Words right before the noun that make it no such act: a "trade war", a "proxy war" fought
   * through others, a "legal battle" (round 37).
   */
  notAfter?: string[];
  /** The prepositions that introduce a noun's object: "on", "against", "with". */
  preps?: string[];
  /**
   * Verbs that may stand between a noun's preposition and its object: "commitment to defend Y"
   * (the noun's act is done through the verb, whose object is the noun's). An entry of two words
   * is a verb and its own preposition: "commitment to working with Y" (round 38).
   */
  through?: string[];
  /**
   * Verbs (lemmas) that act as light verbs for this noun only, beside the shared LIGHT_VERBS:
   * "pledged allegiance to Y", "is offering assistance to Y" (a pledge of sanctions is a threat,
   * so "pledge" is no light verb for every noun).
   */
  light?: string[];
  /**
   * The noun states its fact only after one of its own `light` verbs: "cut ties with Y", "severed
   * relations with Y" (a sanction), while "X's ties with Y" or "held relations with Y" state none.
   */
  lightOnly?: boolean;
  /**
   * Verbs (lemmas) by which a person voices as their own the support a country owning the noun
   * gives: "The minister reiterated Peru's support for Y" gives the minister too
   * (round 36; ./voiced-support.ts).
   */
  voicedBy?: string[];
  /**
   * A person named as a body's head stands for the body: "swore allegiance to Y leader Z" is
   * allegiance to Y (round-14 convention), not to Z alone.
   */
  headForBody?: boolean;
  /** Both actors of a noun frame may stand after "between": "talks between X and Y". */
  between?: boolean;
  /**
   * A noun frame had by both sides alike: "the alliance between X and Y", "the X-Y alliance", "X's
   * alliance with Y" give the fact both ways (an alliance is each ally's support of the other).
   */
  mutual?: boolean;
  /**
   * A noun of one shared voice ("a joint statement", "a communique") is a dealing between its
   * parties only when they number at most this: a statement in the name of four or more is a
   * coalition's voice, not a dealing between each pair (round 14).
   */
  maxParties?: number;
  /**
   * The verb's object is a guest only when it is the object itself: "welcomed Y to dinner", not
   * its owner ("welcomed Y's decision") nor a name after "of" ("welcomed the release of Y").
   */
  guest?: boolean;
  /**
   * An evaluative verb states its fact only with one of these words after its object:
   * "called X's launch a grave threat", "described X's decision as a setback" (./stance.ts).
   * A clause record's hostile acts: "violate", "fire first" (the verb and the word after it),
   * "be sentenced" (done to the accused, its clause's subject in the passive).
   */
  complement?: string[];
  /**
   * A verb states its fact only when its object is followed by one of these: the first word right
   * after the object (past a determiner), the others within the next few words — "asked Y for
   * help", "asked Y to act" ("for", "to"); "served Y with an ultimatum" ("with ultimatum").
   * A noun record's objects the same way: "stressed the need for Y to act". A clause record's
   * clause opens on one of these ("noted that Y …", not "noted the progress"; ./stance-clauses.ts).
   */
  followedBy?: string[];
  /**
   * A responsible record whose word may close its clause when it is held: "agreed on the importance
   * of holding Y accountable." (holding to account is itself a charge of wrongdoing), while "Y was
   * accountable" or "holding Y accountable to fulfil its duties" states nothing.
   */
  closesClause?: boolean;
  /** A clause record's verb speaks to someone before its clause: "told reporters (that) Y fired first". */
  listener?: boolean;
  /**
   * A clause record whose speaker must open its clause (round 27): "X reiterated …", "The
   * Secretary and X highlighted …"; not "the decision to try A, and the trial, have highlighted …",
   * whose name stands inside a subject that is no one.
   */
  subjectOpens?: boolean;
  /**
   * A clause record whose verb accuses by itself: any act its clause's subject does is the
   * accusation ("X alleges that Y continued to trade …"), not only the acts in `complement`; a
   * subject that undergoes the act ("Y had been robbed") is never accused.
   */
  anyAct?: boolean;
  /**
   * A clause record that states a demand: its clause's subject is told what it should or must do
   * ("X said Y should investigate the claims", round 9's "X should …" aimed at a named actor); one
   * of these words opens the clause's verb group, and no negation stands in it.
   */
  obliged?: string[];
  /**
   * A role noun that holds only with one of these words before it ("coalition partner") or "in" after
   * it; a fault record's evaluative words, which make any noun after them a fault ("illegal war").
   */
  qualifiers?: string[];
  /** A fault record's judgments, said of a phrase its owner opens: "Y's conduct is unacceptable" (./faults.ts). */
  judgments?: string[];
  /**
   * A fault record's brands, said of a name as what it is: "Y is a dangerous enemy", "Y remains
   * the largest terrorist organization" (./faults.ts, round 16). Not "threat": "Y remains a threat"
   * is a commander's assessment the annotators leave out (dev).
   */
  brands?: string[];
  /**
   * A fault record's faults of a state told by where they happen: "abuses in Y", "a lack of
   * judicial independence in Y" (./faults.ts `placedFaultAt`, round 22): the faults, and the
   * deficits that fault with one of the goods after them ("lack of … independence"); `concerns`
   * are wrongs read by place only as the object of a concern ("concerned about arrests in Y",
   * ./faults.ts `concernedWrongPlace`, round 26), not in a speaker's words.
   */
  placed?: { faults: string[]; deficits: string[]; goods: string[]; concerns?: string[] };
  /**
   * designees (./designations.ts): how the record names those a sanction covers: `subject` "Today's
   * designations include X" (the nouns in `subjects`), `also` "Also named today are X", `amend`
   * "amended the designation of Y to include X", `agent` "In this designation, Z is promoting …" (Z
   * joins the remembered sanction; the opening prepositions in `preps`), `placed` "Sanctions were also
   * placed on X" (the nouns in `subjects`), `targeted` "X was also targeted with sanctions" (the
   * nouns after "with/by" in `subjects`), `freeze` "The measure freezes any assets that X holds" (the
   * assets in `complement`; a subject that refers back to the sanction in `subjects`).
   */
  shape?: 'subject' | 'also' | 'amend' | 'agent' | 'placed' | 'targeted' | 'freeze';
  /** judged: nouns that make a speaker's words about a clause's subject a judgement ("terror", "bribes"). */
  faults?: string[];
  /** judged: the heads a condemnable quality or noun may qualify and still judge ("reckless attacks", "bribery schemes"). */
  heads?: string[];
  /** judged: words that set a clause's subject against the condemnable word after them ("fights terror"). */
  counters?: string[];
  /** designees: the nouns that refer back to the sanction ("designations", "the list", "the measures"). */
  subjects?: string[];
}

export const FRAMES = data.frames as FrameRecord[];

/** Verb records by every form of the verb: "struck" → the records of "strike". */
export const VERB_FRAMES = new Map<string, FrameRecord[]>();
/** Noun records by every spelling of the noun. */
export const NOUN_FRAMES = new Map<string, FrameRecord[]>();

const add = (map: Map<string, FrameRecord[]>, key: string, f: FrameRecord) => {
  const list = map.get(key);
  if (!list) map.set(key, [f]);
  else if (!list.includes(f)) list.push(f);
};
/**
 * Frames measured wrong more often than right on the training gold state no fact: their
 * confidence (written by scripts/measure-confidence.mjs) is below this.
 */
export const MIN_CONFIDENCE = 0.5;

/**
 * Every one-word form of a verb, from compromise's conjugator. compromise leaves a few past
 * tenses unformed ("chide", "scold", "embargo" → "embarwent"): the regular past is always a form too.
 */
export const verbForms = (lemma: string): string[] => [
  lemma,
  `${lemma.replace(/e$/, '')}ed`,
  ...Object.values(conjugate(lemma)).filter((form) => !form.includes(' ')),
  ...prefixedParticiple(lemma),
  ...doubledForms(lemma),
];

/**
 * compromise leaves some verbs ending on one vowel and a consonant unformed ("gun", "debar": past
 * "gun", "debar"): English doubles that consonant ("gunned", "debarred", "gunning"). British
 * spelling doubles a closing "l" too, where compromise forms the American past only ("labelled",
 * round 33). A form that no text holds costs nothing, so both are added whenever the ending allows it.
 */
function doubledForms(lemma: string): string[] {
  if (!/(?:^|[^aeiou])[aeiou][bdgmnprtl]$/.test(lemma)) return [];
  const stem = `${lemma}${lemma[lemma.length - 1]}`;
  return [`${stem}ed`, `${stem}ing`];
}

/** compromise forms no participle for "retake", "overtake": the prefix on the base verb's ("retaken"). */
function prefixedParticiple(lemma: string): string[] {
  const prefix = /^(?:re|over|under)(?=[a-z]{3})/.exec(lemma)?.[0];
  if (!prefix) return [];
  const participle: string | undefined = conjugate(lemma.slice(prefix.length)).Participle;
  return participle && !participle.includes(' ') ? [`${prefix}${participle}`] : [];
}

for (const f of FRAMES) {
  if (f.confidence < MIN_CONFIDENCE) continue;
  if (f.kind === 'verb' && f.lemma) for (const form of verbForms(f.lemma)) add(VERB_FRAMES, form, f);
  else for (const noun of f.nouns ?? []) add(NOUN_FRAMES, noun, f);
}

/** Every form of a noun record's own light verbs (`light`), by record id. */
const RECORD_LIGHT = new Map<string, Set<string>>(
  FRAMES.filter((f) => f.light?.length).map((f) => [f.id, new Set(f.light!.flatMap(verbForms))]),
);

/** Whether `word` is a light verb of this noun record's own ("pledged allegiance to Y"). */
export const isRecordLight = (frame: FrameRecord, word: string): boolean =>
  RECORD_LIGHT.get(frame.id)?.has(word) ?? false;
