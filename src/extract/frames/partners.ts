// Acting together: "X, together with Y, pushed the militants out", "In coordination with Y, X
// conducted a strike", "X led operations alongside Y forces" — X COOPERATED with Y, whatever the
// act, when the act is stated as a fact (not "X will work alongside Y").
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isAux, isVerb, noFactClause } from './groups';
import type { FrameRecord } from './lexicon';
import { listRight } from './lists';
import { isDemonym } from '../relations/sentence-view';
import type { Unit } from './units';
import { formsOf } from '../nlp';
import {
  AGREE_GOVERNORS,
  ANNOUNCE,
  BE,
  COUNTERPARTS,
  DETERMINERS,
  HAVE,
  INTENT_VERBS,
  LIGHT_VERBS,
  LIST_OPENERS,
  ALLEGE_VERBS,
  ASSERT_VERBS,
  TRAVEL_VERBS,
  MUTUAL_ACTS,
  OPERATION_VERBS,
  OWN_ACCOUNT_VERBS,
  PLACE_PREPOSITIONS,
  SEEM_VERBS,
  UNDERGO_VERBS,
  PARTNER_OPENERS,
  RECIPROCALS,
  PEOPLE_HEADS,
  SAY_VERBS,
  THREAT_GOVERNORS,
  TARGET_HEADS,
  RIVAL_OR_SHARED,
} from './words';
import { NOUN_FRAMES, VERB_FRAMES, isRecordLight } from './lexicon';

const PARTNERS: FrameRecord = {
  id: 'partners',
  kind: 'verb',
  predicate: 'COOPERATED',
  confidence: 0.7,
  positive: 'Norway, together with Chile, drove the rebels out of the valley.',
  negative: 'Norway may work alongside Chile next year.',
};

const OPENER_WORDS = PARTNER_OPENERS.map((opener) => opener.split(' '));

/** The length of a partner opener ("together with") at `i`, or 0. */
function openerAt(units: Unit[], i: number): number {
  for (const words of OPENER_WORDS) {
    if (words.every((w, n) => !units[i + n]?.entity && units[i + n]?.lower === w && !units[i + n].punct))
      return words.length;
  }
  return 0;
}

/** The first main verb at or after `k`, within a few words: "…, have pushed". */
function verbAfter(units: Unit[], k: number): number | undefined {
  for (let v = k; v < units.length && v - k < 4; v++) {
    if (isVerb(units[v]) && !isAux(units[v + 1]) && !isVerb(units[v + 1])) return v;
    if (units[v].punct) return undefined;
  }
  return undefined;
}

/** The main verb just before `k` in the same clause: "led operations | alongside". */
function verbBefore(units: Unit[], k: number): number | undefined {
  for (let v = k - 1; v >= 0 && k - v <= 4; v--) {
    if (units[v].punct || units[v].entity) return undefined;
    if (isVerb(units[v])) return v;
  }
  return undefined;
}

/** `subject`: where the actors end, when not right before the verb group ("X, together with Y, did"). */
function together(units: Unit[], verb: number | undefined, partners: Unit[], subject?: number): Candidate[] {
  if (verb === undefined || !partners.length) return [];
  const g = groupAt(units, verb);
  if (g.mood !== 'fact' || g.passive) return [];
  // "X, along with Y and Z, is a member of W", "has a border with": being or having is no act
  // done together (round 41)
  if (BE.has(units[verb].lower) || HAVE.has(units[verb].lower)) return [];
  // "X troops, together with Y, did": the comma before the aside closes the subject, it opens
  // no aside of the subject's own.
  const read =
    subject === undefined ? units : units.map((u, n) => (n === subject - 1 ? { ...u, punct: '' } : u));
  const found = leftActors(read, subject ?? g.start);
  if (!found || noFactClause(units, found.at)) return [];
  return facts(found.actors, partners, 'COOPERATED', PARTNERS, '');
}

/**
 * Verbs a joint subject does not do together: being, having, saying, promising, the light verbs
 * whose noun states the act, two-sided acts ("X and Y troops exchanged fire") and the frame lexicon's verbs.
 */
const APART = new Set([
  ...BE,
  ...SAY_VERBS,
  ...ASSERT_VERBS,
  ...TRAVEL_VERBS,
  ...LIGHT_VERBS,
  ...MUTUAL_ACTS,
  ...RIVAL_OR_SHARED,
  ...INTENT_VERBS,
  ...THREAT_GOVERNORS,
  ...OWN_ACCOUNT_VERBS,
  ...SEEM_VERBS,
  ...UNDERGO_VERBS,
  ...HAVE,
  // "X and Y refused to hold talks", "failed to agree": what neither did is no joint act (round 25)
  ...formsOf('refuse decline fail'),
  // "A and B responded to the raid by …", "A and B brought their grievances to …": each answers
  // for itself and brings its own case (round 47)
  ...formsOf('respond bring'),
  // "X and Y attended", "stayed out of the war", "remain divided": being there is no joint act;
  // nor is becoming something ("X and Y became the first states to recognise Z", round 47)
  ...formsOf('attend stay remain become'),
  // "X and Y bear the responsibility for the failure": a blame shared, no act done together (round 27)
  ...formsOf('bear'),
  // "X and Y have been waging a war", "traded fire", "traded accusations": the two sides of a
  // hostility, not partners in one (a war waged on a third is the war noun's own fact; round 30)
  ...formsOf('wage trade'),
  // "X and Y have had strained relations": a tie gone bad is no act done together (round 33)
  ...formsOf('strain sour worsen deteriorate'),
  // "X and Y have arrested dozens of suspects", "X and Y compete closely": each state detains on
  // its own soil, and rivals compete; neither is an act done together (round 40)
  ...formsOf('arrest detain compete'),
]);
// A verb whose records all need their "with" ("worked with Y") leaves "A and B worked closely" to this reader.
// A record that takes only certain objects ("declared two diplomats persona non grata") states
// nothing of another object, so "X and Y declared a halt to fighting" is still done together
// (round 32).
const JOINT_VERB = (units: Unit[], i: number) =>
  !APART.has(units[i].lower) &&
  !(VERB_FRAMES.get(units[i].lower) ?? []).some((f) => !f.withRequired && !headsOtherThanAhead(units, i, f));

/** How far after the verb a record's object head may stand: "expelled two senior Yian diplomats". */
const HEAD_REACH = 5;

/** The record takes only certain object heads, and none stands in the words after the verb. */
function headsOtherThanAhead(units: Unit[], i: number, { objectHeads }: { objectHeads?: string[] }): boolean {
  return !!objectHeads && !units.slice(i + 1, i + 1 + HEAD_REACH).some((w) => objectHeads.includes(w.lower));
}

/** How far past a verb a noun it is the own light verb of may stand: "ended their diplomatic relations". */
const OWN_NOUN_REACH = 4;

/**
 * "X and Y ended diplomatic relations with Z", "X and Y pledged allegiance to Z": the verb is a
 * noun record's own light verb and its noun follows, so the noun states each one's act (round 31).
 * A demand's noun is not such a noun: "X and Y discussed the importance of Z withdrawing" is still
 * the two talking, besides what they ask of Z (round 46).
 */
function ownLightNoun(units: Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length && k - i <= OWN_NOUN_REACH; k++) {
    const w = units[k];
    if (w.entity || w.punct) return false;
    const own = (f: FrameRecord) => f.predicate !== 'DEMANDED' && isRecordLight(f, units[i].lower);
    if ((NOUN_FRAMES.get(w.lower) ?? []).some(own)) return true;
  }
  return false;
}

/**
 * "A and B agreed to pay a penalty", "agreed to plead guilty": what the agreement's infinitive
 * names each party does on its own account (./words.ts OWN_ACCOUNT_VERBS), so the agreement is no
 * dealing between them (round 21).
 */
export const ownAccountAgreement = (units: Unit[], i: number): boolean =>
  AGREE_GOVERNORS.has(units[i].lower) &&
  units[i + 1]?.lower === 'to' &&
  OWN_ACCOUNT_VERBS.has(units[i + 2]?.lower ?? '');

/** A clause's subject right after a verb of announcing: "announced they had …" leaves out its "that". */
const CLAUSE_SUBJECTS = new Set(['they', 'it', 'he', 'she', 'we', 'i', 'you']);

/**
 * "X and Y announced the deployment": announcing a thing (not "announced that …", nor "announced
 * they had …", round 21) is done together.
 */
function announcesThing(units: Unit[], i: number): boolean {
  const thing = units[i + 1];
  if (!ANNOUNCE.has(units[i].lower) || !thing || thing.entity || thing.punct || thing.tags.has('Date'))
    return false;
  if (CLAUSE_SUBJECTS.has(thing.lower)) return false;
  const noun = (thing.tags.has('Adjective') || thing.tags.has('Noun')) && !isVerb(thing);
  return ['the', 'a', 'an'].includes(thing.lower) || (noun && !DETERMINERS.has(thing.lower));
}

/**
 * Nouns that deny a share in an act, read over the next two words, which the tokenizer may split
 * at a hyphen: "their innocence", "their non-involvement", "their non - participation".
 */
const DENIAL_NOUN = /^(?:innocence|non-?(?:involvement|participation))/;

/**
 * "X and Y declared their non-involvement in any plot", "asserted their innocence": each denies
 * a share of their own, which is no act done together (round 41).
 */
function ownDenial(units: Unit[], i: number): boolean {
  const owner = units[i + 1];
  if (!owner || owner.punct || !['their', 'its'].includes(owner.lower)) return false;
  const noun = units
    .slice(i + 2, i + 4)
    .map((w) => w.lower)
    .join('');
  return DENIAL_NOUN.test(noun);
}

/** How far past an operation verb its noun may stand: "carried out a wave of joint airstrikes". */
const OPERATION_REACH = 5;

/**
 * "X and Y carried out airstrikes on Z", "X and Y conducted joint naval drills": an operation
 * verb whose noun is an act of force or of working together (an event noun of the frame
 * lexicon), done by the pair together; not "…against each other" (two sides).
 */
function mountsOperation(units: Unit[], i: number): boolean {
  if (!OPERATION_VERBS.has(units[i].lower)) return false;
  let k = i + 1;
  if (units[k]?.lower === 'out') k++;
  for (; k < units.length && k - i <= OPERATION_REACH; k++) {
    const u = units[k];
    if (u.entity) return false;
    const noun = (NOUN_FRAMES.get(u.lower) ?? []).some((f) =>
      ['ATTACKED', 'COOPERATED'].includes(f.predicate),
    );
    if (noun) {
      const rest = units.slice(k + 1);
      return !rest.some(
        (w, n) => RECIPROCALS.has(w.lower) && ['other', 'another'].includes(rest[n + 1]?.lower ?? ''),
      );
    }
    if (u.punct) return false;
  }
  return false;
}

/**
 * Things each of two sides has for itself: "their borders", "their grievances", "their envoys".
 * A joint subject's act on them is each side's own ("X and Y ordered troops to their borders
 * with Z", "X and Y brought their grievances to the ministers": round 47, three such pairs in
 * b39 and b40 of train, none a dealing in the gold).
 */
const EACH_OWN = new Set([
  'borders',
  'frontiers',
  'grievances',
  'complaints',
  'ambassadors',
  'envoys',
  'diplomats',
  'citizens',
  'nationals',
  'embassies',
]);
/** How many words after the verb "their" and such a thing may stand. */
const EACH_OWN_REACH = 10;

/** The clause of the verb at `i` speaks of "their" things each side has for itself (EACH_OWN). */
function eachTheirOwn(units: Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length && k - i <= EACH_OWN_REACH; k++) {
    if (units[k - 1].punct && k > i + 1) return false;
    if (units[k - 1].lower === 'their' && !units[k - 1].entity && EACH_OWN.has(units[k].lower)) return true;
  }
  return false;
}

/**
 * "X and Y announced the deployment", "French and Malian forces regained control": a list of
 * actors doing one thing acted together. A verb of the frame lexicon states its own fact instead
 * ("X and Y condemned Z" criticises Z; "X and Y met" already cooperates).
 */
function jointSubject(units: Unit[], i: number): Candidate[] {
  const u = units[i];
  const operation = isVerb(u) && mountsOperation(units, i);
  // "carried out": compromise tags the particle a verb too
  const next = units[i + 1];
  const particle = operation && next?.lower === 'out';
  if (!isVerb(u) || (isVerb(next) && !particle) || isAux(next)) return [];
  // "X and Y will also transfer …", "can only implement …": an auxiliary before an adverb is no
  // act, nor the "to" of "have to surrender" (compromise tags it a verb): the act is the verb
  // after them, read in its mood (round 40)
  if (isAux(u) || u.lower === 'to') return [];
  if (!JOINT_VERB(units, i) && !announcesThing(units, i) && !operation) return [];
  if (ownAccountAgreement(units, i)) return [];
  if (ownLightNoun(units, i)) return [];
  if (ownDenial(units, i)) return [];
  if (eachTheirOwn(units, i)) return [];
  // "US and British interests", "American and British ships": a word compromise tags a verb
  // right after a demonym is the noun the demonym qualifies, not the list's act.
  const before = units[i - 1];
  if (before?.entity && before.mention && isDemonym(before.mention, before.entity)) return [];
  const g = groupAt(units, i);
  // "ships participating in the aggression": a bare participle qualifies a noun; it states no act.
  if (g.start === i && u.lower.endsWith('ing')) return [];
  // "X and Y leaders have convinced her": people of two sides are no joint actor.
  if (g.mood !== 'fact' || g.passive || PEOPLE_HEADS.has(units[g.start - 1]?.lower ?? '')) return [];
  const found = leftActors(units, g.start);
  // Two sides only: "X, Y and Z have placed sanctions" is a coalition the text names, not a pact.
  const names = new Set(found?.actors.map((a) => a.entity?.name));
  if (!found || found.actors.length !== 2 || names.size !== 2 || noFactClause(units, found.at)) return [];
  // "both X and Y are contesting the results": each on its own account.
  if (units[found.at - 1]?.lower === 'both') return [];
  // "alleges that X and Y permitted …": what a charge says two respondents did is no pact.
  if (alleged(units, found.at)) return [];
  // "groups, including X and Y, according to …": examples a list names, closed by a comma before
  // the next word, are no subject of it.
  // "A and his counterpart, B, discussed …": the counterpart's apposition is no such list.
  const [a, b] = found.actors;
  // "pounded X and Y positions": a target's head compromise tags a verb names what was hit
  if (g.start === i && i === units.indexOf(b) + 1 && TARGET_HEADS.has(u.lower)) return [];
  const apposed = COUNTERPARTS.has(units[units.indexOf(b) - 1]?.lower ?? '');
  // "including the X and the Y", "tensions between the X and Y, …, complicate": the pair sits in a
  // phrase of the subject's (examples, or the two sides of a relation), past its determiner.
  let open = found.at - 1;
  if (DETERMINERS.has(units[open]?.lower ?? '') && !units[open].entity) open--;
  const opener = units[open]?.entity ? '' : (units[open]?.lower ?? '');
  if (LIST_OPENERS.has(opener) || opener === 'between' || (units[g.start - 1]?.punct === ',' && !apposed))
    return [];
  // "killed in attacks in X and the Y, according to figures, which show …": a pair after "in"
  // names where, never who acts (round 49, fresh news)
  if (PLACE_PREPOSITIONS.has(opener)) return [];
  if (objectOfVerbBefore(units, found.at)) return [];
  // "X and Y say they waged …": "they" after a verb of saying may be anyone the article named.
  if (units.slice(units.indexOf(b) + 1, g.start).some((w) => SAY_VERBS.has(w.lower))) return [];
  // "X, Y and Z have all visited the site": each did it on his own account (round 32)
  if (
    units.slice(units.indexOf(b) + 1, i).some((w) => !w.entity && (w.lower === 'all' || w.lower === 'each'))
  )
    return [];
  // "X, or Y," names one place twice.
  if (!units.slice(units.indexOf(a), units.indexOf(b)).some((w) => w.lower === 'and')) return [];
  return facts([a], [b], 'COOPERATED', JOINT, ':joint');
}

/** How many words of a noun phrase may stand between a verb and its object's name: "a border post". */
const OBJECT_PHRASE_REACH = 3;

/**
 * "X overran an army post and we lost …": the name at `at` ends a noun phrase right
 * after a verb other than one of saying, so it is that verb's object, and what follows "and"
 * opens a clause of its own — no pair acting together; so too right after a preposition
 * ("groups affiliated with X and Y have carried out attacks", round 32).
 */
function objectOfVerbBefore(units: Unit[], at: number): boolean {
  const inPhrase = (u: Unit) =>
    !u.entity &&
    !u.punct &&
    !isVerb(u) &&
    (DETERMINERS.has(u.lower) || u.tags.has('Adjective') || u.tags.has('Noun')) &&
    !u.tags.has('Preposition') &&
    !u.tags.has('Conjunction');
  let k = at - 1;
  while (k >= 0 && at - k <= OBJECT_PHRASE_REACH && inPhrase(units[k])) k--;
  const verb = units[k];
  // "groups affiliated with X and Y have carried out attacks": the pair is a preposition's object
  if (verb && !verb.entity && !verb.punct && PAIR_AFTER.has(verb.lower)) return true;
  return isVerb(verb) && !isAux(verb) && !SAY_VERBS.has(verb.lower);
}

/**
 * Prepositions whose object a pair is, inside a phrase before the verb: "affiliated with", "loyal
 * to". Not "of" or "from": "officials of X and Y develop the plan" act for both (dev set).
 */
const PAIR_AFTER = new Set(['with', 'to', 'by', 'against', 'for']);

/**
 * The clause opening at `at` is what a verb of alleging says: "alleges (that) | X and Y …", also
 * past an apposition of the first ("alleges that X, the head of a firm called Y, and Z used …").
 */
function alleged(units: Unit[], at: number): boolean {
  const k = units[at - 1]?.lower === 'that' ? at - 2 : at - 1;
  if (ALLEGE_VERBS.has(units[k]?.lower ?? '')) return true;
  return units
    .slice(0, at)
    .some(
      (u, n) =>
        u.lower === 'that' &&
        ALLEGE_VERBS.has(units[n - 1]?.lower ?? '') &&
        !units.slice(n, at).some((w) => /[.;]/.test(w.punct)),
    );
}

const JOINT: FrameRecord = { ...PARTNERS, id: 'joint-subject', confidence: 0.6 };

/** Words that make a joint act one only thought of: "planned joint drills", "future joint patrols". */
const UNREAL_JOINT = new Set(['planned', 'proposed', 'possible', 'future', 'upcoming', 'potential', 'new']);

/**
 * "joint U.S. and Philippine training exercises", "joint Norwegian and Chilean patrols": "joint"
 * before two named sides and an event noun of force or of working together (within two words
 * after the second side) — the two acted together. Not under a modal or future verb before it.
 */
function jointPair(units: Unit[], i: number): Candidate[] {
  const u = units[i];
  if (u.entity || u.punct || u.lower !== 'joint' || UNREAL_JOINT.has(units[i - 1]?.lower ?? '')) return [];
  const a = units[i + 1];
  if (!a?.entity || a.punct || (!a.dash && units[i + 2]?.lower !== 'and')) return [];
  const b = a.dash ? units[i + 2] : units[i + 3];
  if (!b?.entity || b.entity.id === a.entity.id) return [];
  let k = units.indexOf(b);
  if (b.punct) return [];
  for (k++; k < units.length && k - units.indexOf(b) <= 3; k++) {
    const w = units[k];
    if (w.entity || isVerb(w)) return [];
    const noun = (NOUN_FRAMES.get(w.lower) ?? []).some((f) =>
      ['ATTACKED', 'COOPERATED'].includes(f.predicate),
    );
    if (noun) break;
    if (w.punct) return [];
  }
  if (k >= units.length || k - units.indexOf(b) > 3) return [];
  const verb = verbBefore(units, i);
  if (verb !== undefined && groupAt(units, verb).mood !== 'fact') return [];
  return facts([a], [b], 'COOPERATED', JOINT, ':joint-pair');
}

/** Openers of a manner phrase ("in coordination with Y"), read after the clause's verb and object too. */
const MANNER_OPENERS = new Set(['in', 'jointly']);
/** Words that open another clause: the manner phrase's verb is not before them. */
const CLAUSE_OPENERS = new Set([
  'which',
  'who',
  'whom',
  'that',
  'while',
  'after',
  'before',
  'because',
  'when',
  'if',
  'unless',
  'but',
]);

/**
 * "X sanctioned A (on Monday) in coordination with Y", "X is providing assistance in conjunction
 * with Y": the clause's main verb stands before its object, up to a dozen words back (never past
 * a semicolon, a colon, a comma or a word opening another clause); its subject acts with Y, when
 * the verb states a fact, in the active.
 */
function trailingPartners(units: Unit[], i: number, partners: Unit[]): Candidate[] {
  let verb: number | undefined;
  for (let v = i - 1; v >= 0 && i - v <= 12; v--) {
    const u = units[v];
    if (u.punct && v < i - 1) break;
    if (!u.entity && CLAUSE_OPENERS.has(u.lower)) break;
    // "providing air transport in …": a noun the tagger reads as a verb follows a word of its phrase
    const before = units[v - 1];
    const inPhrase =
      !!before &&
      !before.entity &&
      !before.punct &&
      !isAux(before) &&
      !isVerb(before) &&
      (DETERMINERS.has(before.lower) || before.tags.has('Adjective') || before.tags.has('Noun')) &&
      !before.tags.has('Pronoun') &&
      // "Xian troops rescued the crew in …": a past tense after its subject's noun is the verb (round 27)
      !(u.tags.has('PastTense') && before.tags.has('Noun') && !DETERMINERS.has(before.lower));
    // "carried out strikes in …": a plural noun right after a verb is its object
    // (or any word after a phrasal verb's particle: "carried out strikes")
    const object =
      !!before &&
      isVerb(before) &&
      !isAux(before) &&
      !before.punct &&
      ((u.tags.has('Plural') && u.tags.has('Noun')) || before.tags.has('Particle'));
    if (isVerb(u) && !u.entity && !isAux(u) && !inPhrase && !object) {
      // "carried out the rescue in …": the particle compromise tags a verb belongs to the verb
      // before it (round 27)
      const phrasal = u.tags.has('Particle') && isVerb(before) && !before.punct && !before.entity;
      verb = phrasal ? v - 1 : v;
      break;
    }
  }
  if (verb === undefined) return [];
  const g = groupAt(units, verb);
  if (g.mood !== 'fact') return [];
  // a passive states its act's author with "by", or not at all ("Today's action was taken in
  // coordination with our partners" speaks for the release's office, not named here)
  return g.passive ? [] : together(units, verb, partners);
}

/** Every "together with" and every joint subject the sentence states. */
export function readPartners(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) out.push(...jointSubject(units, i), ...jointPair(units, i));
  for (let i = 0; i < units.length; i++) {
    const n = openerAt(units, i);
    if (!n) continue;
    const named = listRight(units, i + n);
    if (!named.length) continue;
    const aside = i === 0 || units[i - 1].punct === ',';
    if (!aside) {
      // "X fought alongside Y": a frame verb reads its own partners (./read-frames.ts).
      const verb = verbBefore(units, i);
      // "X sanctioned A in coordination with Y": a manner phrase of working together closes the
      // clause, whatever its verb (round 23)
      if (MANNER_OPENERS.has(units[i].lower)) out.push(...trailingPartners(units, i, named));
      else if (verb !== undefined && !VERB_FRAMES.has(units[verb].lower))
        out.push(...together(units, verb, named));
      continue;
    }
    // "X, together with Y forces, VERB": the aside closes on the first comma after the opener
    // ("In coordination with Y, X conducted": X is no partner, though a comma list reads it so).
    let close = i + n;
    while (close < units.length && close - i < 12 && !units[close].punct) close++;
    if (units[close]?.punct !== ',') continue;
    const partners = named.filter((u) => units.indexOf(u) <= close);
    out.push(...together(units, verbAfter(units, close + 1), partners, i > 0 ? i : undefined));
  }
  return out;
}
