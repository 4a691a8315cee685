// The frame engine: reads the facts of one sentence from its verb groups and event nouns.
// A verb's actor is the phrase just left of its verb group — the sentence's subject for a finite
// verb, the noun a participle or relative clause modifies otherwise — so an act never jumps over
// a noun to a distant subject ("sanctions targeting X": the sanctions target, nobody attacks).
// Its object is the phrase just right (after the frame's particle), never a place after
// "in/at/near". Passive verbs take their actor from "by". Modals, negation, "if"/"unless" and
// denial state no fact; "threatened to strike X" states a threat. Lists expand in ./lists.ts.
import { FEELING_LINKS, FEELING_STATES, FEELING_VERBS } from '../lexicon/reassurances';
import { opensOwnClause } from './clause-openers';
import { describedByLink } from './linked-descriptions';
import { relativeGround, relativeObject } from './relative-objects';
import { describedSubjectActors } from './described-subjects';
import { supportedThroughDescription } from './supported-states';
import { formsOf } from '../nlp';
import {
  KIN_NOUNS,
  MUNITION_NOUNS,
  MARKET_NOUNS,
  PENALTY_NOUNS,
  PENALTY_VERBS,
  SUPPORTER_NOUNS,
  OPPONENT_NOUNS,
  // acts of force, which a coordinated verb or a participle may tell (./coordinated.ts)
  FORCE_PREDICATES as FORCE,
  JUDGMENT_NOUNS,
} from '../lexicon/predicate-words';
import { FACILITY_AFTER_PLACE, FORCE_FACILITY } from '../rules/relations/fragments';
import type { Entity, Predicate } from '../../model';
import type { Candidate } from '../relations/apply-rules';
import { isDemonym } from '../relations/sentence-view';
import {
  ABSTRACT_HOLDINGS,
  AWAITING_PHRASES,
  PRIVATE_PEOPLE_NOT_SANCTION_TARGETS,
  PRIVATE_PEOPLE_NOUNS,
} from '../lexicon/common-words';
import {
  agentsRight,
  frontedActors,
  frontedNounActors,
  leftActors,
  speakersTarget,
  weaponAgents,
} from './actors';
import { facts, pairs, predicateIn, withinParties } from './facts';
import { GUARD_TRACE, traceDrops } from '../relations/guard-trace';
import {
  groupAt,
  isAdverb,
  isAux,
  isTime,
  isVerb,
  nextWord,
  noFactClause,
  progressiveLight,
  type Group,
} from './groups';
import { isRecordLight, NOUN_FRAMES, VERB_FRAMES, type FrameRecord } from './lexicon';
import { listedOwners, listLeft, listRight, officialOf, withCountriesOfTowns } from './lists';
import { withOwnedGround } from './owned-ground';
import { mediatorFacts } from './mediators';
import { ownAccountAgreement, readPartners } from './partners';
import { readRoles } from './roles';
import { readAllyPhrases } from './ally-phrases';
import { ALLIANCE_FRAME, defenseTreatyAt } from './defense-treaties';
import { readAid } from './aid';
import { readHelpPurposes } from './help-purposes';
import { creditedActors } from './credited';
import { importanceActors, importanceVerbBefore } from './importance';
import { goingOn } from './going-on';
import { peoplesOfCountriesAt } from './people-of';
import { sanctionedStatesAt } from './sanctioned-states';
import { readJointStatements } from './joint-statements';
import { aidChannels } from './aid-channels';
import {
  coordinatedActors,
  linkedParticipleActors,
  participleActors,
  reducedPassiveAfterAnd,
} from './coordinated';
import { responseFacts } from './responses';
import { yieldedFacts } from './fallen-to';
import { formerHolderOf } from './former-holders';
import { voicedOwnerSpeakers } from './voiced-support';
import { actAuthors, bothPartiesHead, harmDoneTo, hasComplement, isFollowed, stanceObjects } from './stance';
import { passiveActAuthors } from './passive-stance';
import { readDrawnStance } from './drawn-stance';
import { readCalledFaults } from './called-faults';
import { EventMemory, familyOfNoun, LEGAL_VERB_FRAMES, nounAuthors } from './events';
import { readStanceClauses } from './stance-clauses';
import { readAskedFor } from './asked-for';
import { readOwnedAccusations } from './owned-accusations';
import { readAnnouncements } from './announcements';
import { readCourts } from './courts';
import { readQuotedFaults, type Quoted } from './faults';
import { readQuotedJudgments } from './judged-clauses';
import { readFacedFaults } from './faced-faults';
import { nationalSanctioners, pastDesignatedAs, readDesignations } from './designations';
import { readListings } from './listings';
import { readViolations } from './violations';
import { readRequests } from './requests';
import { readConditionalThreats } from './conditional-threats';
import { readDeadlines } from './deadlines';
import { readSettlements } from './settlements';
import { readAnsweredAppeals } from './answered-appeals';
import { readDealAllegations } from './deal-allegations';
import { readDeadWhenAttacked } from './dead-when';
import { readFoughtWith } from './fought-with';
import { readDefenders } from './defenders';
import { readFallen, readUnnamedDead } from './fallen';
import { killedInAttack, killedInFight } from './killed-in';
import { reachedActAuthors } from './reached-act-authors';
import { culpritVerbAt } from './culprits';
import { onEdgeOf, unstatedNoun } from './unstated-nouns';
import { eachBefore, reciprocalEnd, reciprocalFacts, reciprocalReading } from './reciprocal';
import { nearestConjunct } from './nearest-conjunct';
import { onePersonOfCountry } from './one-person';
import {
  describedGroupBefore,
  endsOnOwnStop,
  HELD_TO_ACCOUNT,
  isDemonymWord,
  isPlainWord,
  type Unit,
} from './units';
import { isTitleWord } from '../rules/entities/title-phrase';
import {
  AGENT_HEADS,
  AIM_GOVERNORS,
  READINESS,
  BE,
  DEMONSTRATIVES,
  MODALS,
  GOES_ON_AFTER_MODAL,
  GOAL_NOUNS,
  CALLED_OFF,
  UNDOING,
  DETERMINERS,
  GROUND_LOST_NOUNS,
  PURPOSE_OPERATION_NOUNS,
  DONE,
  BACKING_NOUNS,
  EVENT_QUALIFIERS,
  SUPPORT_QUALIFIERS,
  GROUP_HEAD_WORDS,
  GROUP_PERSON_HEADS,
  HAVE,
  HELD,
  HYPHEN_MODIFIERS,
  IMPORTANCE_VERBS,
  LIGHT_VERBS,
  LIST_OPENERS,
  MUTUAL_ACTS,
  CONTESTED_PRIZES,
  FIGHT_DURATIONS,
  NEGATIONS,
  ONE_PERSON_ACTS,
  OWNER_PRONOUNS,
  ONE_SIDED_WITH,
  QUARREL_MARKERS,
  RELATIVES,
  AUTHORING,
  SIGNED,
  STATE_PERSON_HEADS,
  SUPPORTED_ASPECTS,
  TIME_ADJUNCTS,
  UNREAL_DETERMINERS,
  CLAUSE_AUXILIARIES,
  DIRECTIONS,
  PLACE_PREPOSITIONS,
  UNHELD_EVENT_QUALIFIERS,
} from './words';
import { ownerOfHomePlace } from './home-places';

/** Nouns of war: "X's war with Y" has two sides. */
const WARS = new Set(['war', 'wars']);
/**
 * "a senior X commander", "the X fighter", "an Xian soldier": past a determiner and up to two
 * qualifiers, a name not possessive whose next word is one person of its side (an armed group's
 * member, a country's serviceman); the side's unit.
 */
function personOfSide(units: Unit[], k: number): Unit | undefined {
  let j = k;
  if (['a', 'an', 'the'].includes(units[j]?.lower ?? '')) j++;
  // ("key", "top": compromise may tag a qualifier a noun)
  const qualifier = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && !isVerb(u) && (u.tags.has('Adjective') || u.tags.has('Noun'));
  for (let n = 0; n < 2 && qualifier(units[j]); n++) j++;
  const side = units[j];
  const head = units[j + 1];
  if (!side?.entity || side.punct || side.possessive || !head || head.entity)
    return personOfSideThroughOf(units, k);
  return personHeadsOf(side)?.has(head.lower) ? side : undefined;
}

/**
 * "killed three militants, including a top commander of X", "killed three militants in the X
 * district on Friday, including a commander of Y": one person of a side named in the list that
 * says whom a counted object includes (round 33), past up to twelve words with no verb and no
 * other comma (where and when the victims fell).
 */
function personOfSideIncluded(units: Unit[], k: number): Unit | undefined {
  for (let j = k; j < units.length && j - k < 12; j++) {
    if (isVerb(units[j]) && !units[j].entity) return undefined;
    if (!units[j].punct) continue;
    return units[j].punct === ',' && LIST_OPENERS.has(units[j + 1]?.lower ?? '')
      ? personOfSide(units, j + 2)
      : undefined;
  }
  return undefined;
}

/** The heads that name one person of a side's own: a country's servicemen, an armed group's members. */
function personHeadsOf(side: Unit): ReadonlySet<string> | undefined {
  if (side.entity?.type === 'Country') return STATE_PERSON_HEADS;
  return side.entity?.category === 'armed_group' ? GROUP_PERSON_HEADS : undefined;
}

/**
 * "a senior commander of X", "the leader of X", "two members of the X": the person's side named
 * after "of", for an act of force (round 12: killing a group's commander or members kills the
 * group). Past a determiner or a count and up to two qualifiers; the head in its singular.
 */
function personOfSideThroughOf(units: Unit[], k: number): Unit | undefined {
  // "more than 40 troops from X": past the count's comparative first (round 38)
  let j = pastMoreThan(units, k);
  const start = j;
  const opener = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && (['a', 'an', 'the'].includes(u.lower) || u.tags.has('Value'));
  while (j - start < 2 && opener(units[j])) j++;
  // "the top military commander of X": compromise may tag a qualifier a noun (round 33); the word
  // before "of" is the head
  const qualifier = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && !isVerb(u) && (u.tags.has('Adjective') || u.tags.has('Noun'));
  const ofAt = (h: number) => ['of', 'from'].includes(units[h]?.lower ?? '');
  for (let n = 0; n < 2 && qualifier(units[j]) && !ofAt(j + 1); n++) j++;
  const head = units[j];
  const of = units[j + 1];
  // "two soldiers from the Xian army", "troops from X's army": people from a side are its own
  const through = ofAt(j + 1);
  if (!head || head.entity || head.punct || !through || of.entity || of.punct) return undefined;
  const side =
    describedGroupAfter(units, j + 1) ??
    (units[j + 2]?.lower === 'the' && !units[j + 2].entity ? units[j + 3] : units[j + 2]);
  const ownForce = of.lower === 'from' && FORCE_WORDS.has(units[units.indexOf(side) + 1]?.lower ?? '');
  if (!side?.entity || (side.possessive && !ownForce)) return undefined;
  // "killed the head of X": an armed group's head is one of its own, as its leader is (round 33)
  if (side.entity.category === 'armed_group' && GROUP_HEAD_WORDS.has(head.lower)) return side;
  return personHeadsOf(side)?.has(head.lower.replace(/s$/, '')) ? side : undefined;
}

/** "of the jihadist armed group X": the group named past a description of its kind (round 38). */
function describedGroupAfter(units: Unit[], of: number): Unit | undefined {
  for (let h = of + 2; h <= of + 7 && units[h]; h++)
    if (units[h].entity) return describedGroupBefore(units, h) === of ? units[h] : undefined;
  return undefined;
}

/** Comparatives that open a count with "than": "more than 50", "fewer than ten". */
const COMPARATIVES = new Set(['more', 'fewer', 'less']);

/**
 * Past a count's "more than" opening at `k` ("killing more than 40 troops from X"; the verb's
 * reading passes "more" as an adverb and leaves "than"), else `k` (round 38).
 */
function pastMoreThan(units: Unit[], k: number): number {
  let j = k;
  if (isPlainWord(units[j]) && COMPARATIVES.has(units[j].lower) && units[j + 1]?.lower === 'than') j++;
  return isPlainWord(units[j]) && units[j].lower === 'than' && units[j + 1]?.tags.has('Value') ? j + 1 : k;
}

/** A side's own armed body, after its name: "X's army", "the Xian military". */
const FORCE_WORDS = new Set(['army', 'military', 'forces', 'navy', 'police']);

/**
 * "killed senior X operative Y", "killed X commander Y": a person named after his side's title is
 * struck with his side, whichever of the two the object was read as (round 12: killing a group's
 * commander kills the group; round 18: and the person named).
 */
function withTitledSide(units: Unit[], objects: Unit[]): Unit[] {
  const out = [...objects];
  const add = (u: Unit | undefined) => {
    if (u && !out.some((o) => o.entity?.id === u.entity?.id)) out.push(u);
  };
  for (const o of objects) {
    const at = units.indexOf(o);
    if (at < 0) continue;
    const [side, head, person] =
      o.entity?.type === 'Person' ? [units[at - 2], units[at - 1], o] : [o, units[at + 1], units[at + 2]];
    if (!side?.entity || side.punct || side.possessive || !head || head.entity || head.punct) continue;
    if (person?.entity?.type !== 'Person' || person.possessive) continue;
    const country = side.entity.type === 'Country';
    if (!country && side.entity.category !== 'armed_group') continue;
    if (!(country ? STATE_PERSON_HEADS : GROUP_PERSON_HEADS).has(head.lower)) continue;
    add(side);
    add(person);
  }
  return out;
}

/** Words before a counted time: "nearly a year ago". */
const APPROXIMATELY = new Set(['nearly', 'almost', 'about', 'some', 'over']);
/** Verbs of a fight's outbreak, between its noun and its sides: "fighting erupted between X and Y". */
const ERUPTED = new Set(['erupted', 'broke', 'broken', 'flared', 'raged', 'erupts', 'breaks', 'flares']);
/** "fighting has broken out between X and Y": the perfect's auxiliary before the outbreak (round 45). */
const OUTBREAK_AUX = new Set(['has', 'have', 'had']);
/** Prepositions before a time: "on Tuesday", "in March", "overnight" needs none. */
const TIME_PREPS = new Set(['on', 'in', 'at', 'early', 'late', 'last', 'this']);
/** After "X and Y fought", these words make X and Y one side, not two. */
const TOGETHER = new Set(['against', 'alongside', 'with', 'together', 'side', 'for', 'back']);

/** Prepositions that open where a meeting was held: "met at the White House", "met in Geneva". */
const VENUES = new Set(['at', 'in', 'on', 'inside', 'near']);
/** Words of how often or on which occasions between a dealing verb and its venue: "met twice before, notably at". */
const OCCASION_WORDS = new Set([
  'before',
  'previously',
  'again',
  'twice',
  'often',
  'including',
  'notably',
  'also',
  'once',
]);

/** Past up to three words of occasion after a verb ("previously, notably"), the index of the next word. */
function pastOccasions(units: Unit[], k: number): number {
  let t = k;
  while (t - k < 3 && units[t] && !units[t].entity && OCCASION_WORDS.has(units[t].lower)) t++;
  return units[t]?.entity ? k : t;
}

/** Nouns of a frontier, whose "with" names the neighbour: "the border with Y". */
const BORDER_NOUNS = new Set(['border', 'borders', 'frontier', 'boundary']);

/** How many words may stand between a verb and its record's particle unless the record says. */
const PARTICLE_REACH = 6;

/**
 * "X stood by Y": a verb whose own particle is "by" names no agent with it, so a past form with no
 * auxiliary of being is active ("Y was stood by" would be the passive).
 */
function ownBy(units: Unit[], i: number, frame: FrameRecord, g: Group): Group {
  if (!g.passive || !frame.particle?.startsWith('by')) return g;
  return units.slice(g.start, i).some((u) => BE.has(u.lower)) ? g : { ...g, passive: false };
}

/**
 * "the commitment of X to Y", "the support of X for Y": a support noun whose owner is named after
 * "of", right before the record's own preposition (round 16). Undefined when the noun is not so
 * written ("the support of the public", "the commitment of troops to Y" name no owner).
 */
function supportOfOwner(units: Unit[], i: number, frame: FrameRecord): Candidate[] | undefined {
  const of = units[i + 1];
  if (frame.predicate !== 'SUPPORTS' || units[i].punct || of?.lower !== 'of' || of.punct) return undefined;
  const o = units[i + 2]?.lower === 'the' && !units[i + 2].entity ? i + 3 : i + 2;
  const [owner, prep] = [units[o], units[o + 1]];
  if (!owner?.entity || owner.possessive || owner.punct || !frame.preps?.includes(prep?.lower ?? ''))
    return undefined;
  const start = pastThrough(units, o + 2, frame);
  const objects = listRight(units, start);
  return objects.length ? facts([owner], objects, frame.predicate, frame, ':of-owner') : undefined;
}

/**
 * Where a noun's object starts when a verb of the record's `through` may open at `k`: past it
 * ("commitment to defend Y"), or past a two-word entry, a verb and its own preposition
 * ("commitment to working with Y", round 38); else `k`.
 */
function pastThrough(units: Unit[], k: number, frame: FrameRecord): number {
  if (!isPlainWord(units[k])) return k;
  if (frame.through?.includes(units[k].lower)) return k + 1;
  const two = isPlainWord(units[k + 1]) ? `${units[k].lower} ${units[k + 1].lower}` : '';
  return two && frame.through?.includes(two) ? k + 2 : k;
}

/** Verbs that link a subject to "committed": "X remains / stays committed to …". */
const COMMITTED_LINKS = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);

/**
 * "X is / remains committed to supporting Y": a gerund after "to" names what is undertaken, not
 * what was done (./groups.ts), but support is a stance, and a standing commitment to it states it
 * (as "X's commitment to defend Y" does, round 16); the group runs from the commitment's verb.
 */
function committedSupport(units: Unit[], i: number, frame: FrameRecord, g: Group): Group {
  if (frame.predicate !== 'SUPPORTS' || g.mood !== 'none' || !units[i].lower.endsWith('ing')) return g;
  const [committed, to] = [units[i - 2], units[i - 1]];
  const word = (u: Unit | undefined, w: string) => u?.lower === w && !u.entity && !u.punct;
  if (!word(to, 'to') || !word(committed, 'committed')) return g;
  let c = groupAt(units, i - 2);
  const link = units[c.start - 1];
  if (link && !link.entity && !link.punct && COMMITTED_LINKS.has(link.lower)) c = groupAt(units, c.start - 1);
  return c.mood === 'fact' ? { start: c.start, verb: i, passive: false, mood: 'fact' } : g;
}

/** Conjunctions that join two verbs of one subject. */
const VERB_JOINERS = new Set(['and', 'or']);

/**
 * "condemned and rejected Y", "attacked and overran Y": the verb at `i` joined at `k` by "and"
 * to a second verb of the same tense that takes a direct object in the frame lexicon; the index
 * of the words after the second verb, where the shared object stands. Not a passive ("attacked
 * and killed by Y"), an infinitive or a clause after the second verb.
 */
function sharedObjectAt(units: Unit[], i: number, k: number): number | undefined {
  const and = units[k];
  if (units[i].punct || !and || and.entity || and.punct || !VERB_JOINERS.has(and.lower)) return undefined;
  const v = nextWord(units, k + 1);
  const second = units[v];
  if (!second || second.entity || second.punct || !isVerb(second)) return undefined;
  const tense = (u: Unit) => (u.tags.has('PastTense') ? 'past' : u.tags.has('PresentTense') ? 'present' : '');
  if (!tense(second) || tense(second) !== tense(units[i])) return undefined;
  if (!(VERB_FRAMES.get(second.lower) ?? []).some((f) => !f.particle)) return undefined;
  const after = nextWord(units, v + 1);
  if (['by', 'to', 'that'].includes(units[after]?.lower ?? '')) return undefined;
  return after;
}

/**
 * Mentions a verb taking ground never takes as its object: "seized control of the government" is
 * power taken, not ground; a part of "the country" taken ("took control of most of it") is left to
 * the regex rule of a part of a country taken, which names the country (round 37).
 */
const GROUND_NOT_VIA = new Set(['coref:the-government', 'coref:the-country']);

/**
 * "X recaptured Y from Z", "X seized the Y base from Z": ground taken back from a named holder. The
 * holder is the one fought ("recapture from", "retake from" records); the place is where, as the
 * annotations read it (round 47). The holder follows the place within two words, after "from".
 */
function takenFromHolder(units: Unit[], at: number): boolean {
  for (let n = at; n < at + 3 && n + 1 < units.length; n++) {
    if (units[n].punct || (n > at && units[n].entity)) return false;
    if (units[n + 1].lower !== 'from' || units[n + 1].entity) continue;
    const holder = units[n + 2]?.lower === 'the' ? units[n + 3] : units[n + 2];
    return !!holder?.entity && holder.entity.type !== 'Location';
  }
  return false;
}

function verbFacts(
  units: Unit[],
  i: number,
  frame: FrameRecord,
  events?: EventMemory,
  asFact?: Group,
  clauseLifted = false,
): Candidate[] {
  const g =
    asFact ??
    goingOn(
      units,
      i,
      frame.predicate,
      committedSupport(units, i, frame, ownBy(units, i, frame, groupAt(units, i))),
    );
  if (!asFact && backerInList(units, i)) return [];
  // "pleaded guilty to conspiring to murder Y": a killing tried is an attack, no killing (./pleas.ts)
  const predicate = g.tried && frame.predicate === 'KILLED' ? 'ATTACKED' : predicateIn(frame, g.mood);
  if (!predicate) {
    // the guard trace (../relations/guard-trace.ts): what the verb would state as a fact
    // (not again when the verb states nothing as a fact either, or the re-reading never ends)
    if (GUARD_TRACE && g.mood !== 'fact') {
      const words = units.slice(g.start, i).map((u) => u.lower);
      const read = verbFacts(units, i, frame, events?.copy(), { ...g, mood: 'fact' });
      traceDrops(`frames:mood:${g.mood}[${words.join(' ')}]`, read);
    }
    return [];
  }
  // "12 Yian soldiers died in an X ambush": the dead, then the act they died in
  // ("If 12 Yian soldiers die in …" states no death: a clause opened by "if" is no fact, round 28)
  if (frame.deadOnly)
    return g.mood === 'fact' && !g.passive && !noFactClause(units, g.start)
      ? killedInAttack(units, i, g.start, frame, events)
      : [];
  // "Y fell to X": the place lost is the subject, its taker after the particle (./fallen-to.ts)
  if (frame.yieldedTo) return g.mood === 'fact' ? yieldedFacts(units, i, g, frame, predicate) : [];
  let k = nextWord(units, i + 1);
  // "As X and Y battled, Z troops fired …": a comma right after a verb of force closes it, and the
  // name after it opens another clause (not "attacked, looted and burned Y", round 44)
  const closedByComma = FORCE.has(frame.predicate) && commaClosesVerb(units, i, k);
  // "X condemned and rejected Y's move", "X attacked and killed Y": two verbs joined by "and"
  // share the object after the second
  if (!frame.particle) k = sharedObjectAt(units, i, k) ?? k;
  // "X fought alongside Y against Z": Y acts with X.
  let partners: Unit[] = [];
  if (units[i + 1]?.lower === 'alongside') {
    partners = listRight(units, i + 2);
    const last = partners[partners.length - 1];
    let end = units.indexOf(last) + 1;
    // "Y (the Y acronym)": a repeat of the same name in brackets
    while (last && units[end]?.entity?.id === last.entity?.id) end++;
    if (partners.length) k = nextWord(units, end);
  }
  // "led operations alongside Y to seize Z": Y acts with the operation's author.
  if (g.alongside !== undefined) partners = listRight(units, g.alongside);
  const particle = frame.particle?.split(' ') ?? [];
  // "Z was extradited by X to Y": the one moved is the subject; the mover and where to follow
  if (g.passive && frame.moved && particle.length === 1)
    return g.mood === 'fact' ? movedFacts(units, k, frame, predicate, particle[0]) : [];
  // "Z, extradited to Y last year, …": a verb that moves a thing with nothing moved before its
  // particle is a participle whose subject is the one moved, never the mover
  if (frame.moved && particle.length === 1 && units[k]?.lower === particle[0])
    return g.mood === 'fact' ? movedFacts(units, k, frame, predicate, particle[0]) : [];
  let heldBy = false;
  if (particle.length && units[k]?.lower !== particle[0]) {
    // "fired two missiles at X": a thing between the verb and its particle.
    let t = k;
    // "exchanged gun, rocket and artillery fire with X": a list of such things too.
    const thing = (u: Unit) => !u.punct || (u.punct === ',' && u.tags.has('Noun'));
    // "met in X with Y": where the act happened, a place after "in/at/near", stands there too.
    while (t - k < (frame.particleReach ?? PARTICLE_REACH) && units[t] && units[t].lower !== particle[0]) {
      const place = placeNameAt(units, t);
      // "in far northeastern X": up to two words of where before the place's name (round 14)
      const far = place !== undefined && !isPlace(units[place]) ? pastWhere(units, place) : place;
      if (far !== undefined && !units[t].punct && isPlace(units[far])) t = far + 1;
      // "retook the town of X from Y": a place named after "of" is the thing's own
      else if (isPlace(units[t]) && units[t - 1]?.lower === 'of' && !units[t].possessive && t > k) t++;
      else if (!units[t].entity && thing(units[t]) && !isVerb(units[t])) t++;
      // "recaptured X from Y", "retook a Xian village from Y", "recaptured a key military base from
      // Y": the ground taken, not whom it was taken from
      else if (takenGround(units, t)) t++;
      // "extradited Y to Z": a name of a kind the record never takes as object is what is moved
      else if (
        units[t].entity &&
        !units[t].punct &&
        frame.objectTypes?.includes(units[t].entity!.type) === false
      )
        t++;
      else break;
    }
    // "clashed on the border with Y": the "with" after a border noun is the border's, not the act's (round 41)
    // ("clashed at the border with ⟦Yian⟧ forces" still fights the forces)
    const bordersWith =
      t > k &&
      particle[0] === 'with' &&
      BORDER_NOUNS.has(units[t - 1]?.lower ?? '') &&
      !isDemonymWord(units[t + 1]?.lower ?? '');
    if (units[t]?.lower === particle[0] && !units[t - 1]?.punct && !bordersWith) k = t;
    // "retook areas seized by X", "recaptured towns held by X": ground a side held is taken from it
    else if (heldByAt(units, t, k, particle)) {
      k = t + 2;
      heldBy = true;
    }
  }
  if (g.passive && g.mood === 'fact') {
    const victims = killedInAttack(units, i, g.start, frame, events);
    if (victims.length) return victims;
    const fallen = killedInFight(units, i, g.start, frame);
    if (fallen.length) return fallen;
  }
  // "a missile fired at Y by X": a participle of force, its particle and object, then its author
  const thrown = g.mood === 'fact' ? thrownBy(units, i, frame, g) : undefined;
  if (thrown) return facts(thrown.agents, thrown.objects, predicate, frame, ':passive');
  // "A and B accused each other", "A and B each blame the other", "A and B threatened each
  // other" (./reciprocal.ts)
  const reciprocal = !g.passive && reciprocalReading(frame, units, k);
  const subjectEnd = reciprocal && eachBefore(units, g.start) ? g.start - 1 : g.start;
  const found =
    attackBy(units, g.start, frame) ??
    // "thanked Y for supporting Z": the one thanked did the act (./credited.ts)
    creditedActors(units, g.start) ??
    // "X and Y stressed the importance of supporting Z": the verb of importance's subject (./importance.ts)
    importanceActors(units, g.start, frame.predicate) ??
    // "the attack on X soldiers in Z, which killed …": "which" is never said of people or of a
    // place that acts; the act noun before them is its antecedent (round 32)
    (g.passive
      ? leftActors(units, subjectEnd)
      : actingAntecedent(units, subjectEnd, leftActors(units, subjectEnd))) ??
    // "The X and several other rebel groups have been fighting Y": the one name a description holds
    describedSubjectActors(units, subjectEnd) ??
    actNounSubject(units, g.start, frame, events) ??
    frontedActors(units, g.start) ??
    twoParties(units, i, subjectEnd, predicate, events, reciprocal) ??
    // "X stormed the base and killed 20 Yian soldiers", "X stormed the base, killing 17 Yian
    // police": an act of force after "and" or in a participle is the clause subject's; so is any
    // other act after "and" ("X called for more efforts and fined Y", round 30), and a dealing
    // too ("X joined the talks on Monday and met Y", round 31)
    (FORCE.has(frame.predicate)
      ? (coordinatedActors(units, g.start) ?? participleActors(units, g.start))
      : frame.predicate === 'COOPERATED'
        ? // "X arrived in Y on Monday, meeting with Z": a dealing by the clause's subject
          (participleActors(units, g.start) ?? coordinatedActors(units, g.start))
        : reducedPassiveAfterAnd(units, g, i)
          ? undefined
          : coordinatedActors(units, g.start)) ??
    // "X imposed sanctions while urging Y to …": a participle after a linking word (./coordinated.ts)
    linkedParticipleActors(units, g.start);
  // "The attack (on Y) was condemned by X": a criticism in the passive of an act is aimed at the
  // act's author, never at its victim
  const act = g.passive && predicate === 'CRITICIZED' ? passiveActAuthors(units, g.start, events) : undefined;
  if (act) {
    while (isTime(units[k])) k++;
    return units[k]?.lower === 'by'
      ? facts(agentsRight(units, k + 1), act, predicate, frame, ':passive-act')
      : [];
  }
  if (!found || (g.passive && describedByLink(units, found.at))) return [];
  if (noFactClause(units, found.at)) {
    if (!clauseLifted) {
      // the guard trace: what the verb would state outside that clause
      if (GUARD_TRACE)
        traceDrops('frames:no-fact-clause', verbFacts(units, i, frame, events?.copy(), g, true));
      return [];
    }
  }
  const paired = subjectEnd < g.start || units[found.at]?.lower === 'both';
  if (reciprocal && reciprocalEnd(units, k, paired) !== undefined)
    return reciprocalFacts(found.actors, frame, found.via ?? '');
  // "X and Y fought (on Friday)", "X and Y clashed": two sides, each attacking the other; not
  // "X and Y fought against Z / together".
  const mutual =
    predicate === 'ATTACKED' &&
    MUTUAL_ACTS.has(units[i].lower) &&
    (!frame.particle || particle[particle.length - 1] === 'with');
  // "X and Y clashed over trade" is a quarrel; "X and Y fought together" one side.
  const afterAt = nextWord(units, i + 1);
  const afterVerb = units[afterAt]?.lower ?? '';
  const together = TOGETHER.has(afterVerb) && !foughtOver(units, afterAt);
  const sides = () =>
    mutual &&
    !g.passive &&
    !together &&
    !QUARREL_MARKERS.has(afterVerb) &&
    !(FOUGHT.has(units[i].lower) && foughtThing(units, afterAt))
      ? pairs(
          fightingSides(found.actors.filter((a) => !whereOnly(units, a))),
          frame,
          found.via?.startsWith(' via referring') ? `:mutual${found.via}` : ':mutual',
        )
      : [];
  for (const [n, word] of (heldBy ? [] : particle).entries()) {
    // "X and Y clashed", "X and Y exchanged fire": only the closing "with" may be left out.
    if (units[k]?.lower !== word) {
      if (word !== 'with' || frame.withRequired) return [];
      // "X and his counterpart Y agreed to …", "X and Y negotiated for hours": two sides that
      // deal, with each other (a list of more is a coalition the text names, not a pact)
      const twoSides =
        frame.predicate === 'COOPERATED' &&
        !g.passive &&
        found.actors.length === 2 &&
        !ownAccountAgreement(units, i);
      // "X and Y have been battling Z": one side, whose object another record reads
      if (mutual && !closedByComma && directObjectAt(units, k)) return [];
      return twoSides ? pairs(found.actors, frame, ':each-other') : sides();
    }
    k = nextWord(units, k + 1);
    // "took control Sunday of Y": a day inside a particle of two words (round 37)
    const following = particle[n + 1];
    if (following) while (units[k]?.lower !== following && isTime(units[k]) && !units[k - 1].punct) k++;
  }
  const left = { ...found, actors: [...found.actors, ...partners] };
  const via = left.via ?? '';
  if (g.passive) {
    // "was pushed out of the northern towns by X", "was ousted from its hill bases by X": the ground the side
    // lost stands between the verb and its agent (round 44); a closing frame with no "by" after its
    // closing words states nothing in the passive ("was pushed out of the race")
    const agentAt = FORCE.has(predicate) ? byAfterGroundLost(units, k, frame.closing) : undefined;
    if (frame.closing && agentAt === undefined) return [];
    if (agentAt !== undefined) k = agentAt;
    // "was attacked Monday by X"
    while (isTime(units[k])) k++;
    // "was designated as a terrorist group by X"
    if (predicate === 'SANCTIONED') k = pastDesignatedAs(units, k);
    // "was sentenced to ten years in prison by X": the term before the agent (round 27)
    if (frame.lemma === 'sentence') k = pastSentenceTerm(units, k);
    // "was targeted with hundreds of X drones": an act of force's weapons name its side
    const armed = FORCE.has(predicate) && units[k]?.lower === 'with' ? weaponAgents(units, k + 1) : undefined;
    if (units[k]?.lower !== 'by' && !armed) return [];
    // "three Yian sailors held by X": people held, when the record asks for them
    if (frame.objectHeads && !endsOnHead(units, left.actors, frame.objectHeads, frame.followedBy)) return [];
    const agents = armed ?? agentsRight(units, k + 1);
    // "was asked by X to …": a record's following words come after the agent ("was encouraged by
    // X's offer to …" is no request of X's)
    if (frame.followedBy && (!agents.length || !isFollowed(units, agents, frame.followedBy))) return [];
    // "X, considered by Y to be the founder of Z": an evaluative verb judges only with its
    // complement, in the passive as in the active ("considered by Y to be a threat")
    const end = agents.length ? units.indexOf(agents[agents.length - 1]) + 1 : k + 1;
    if (frame.complement && !hasComplement(units, end, frame.complement)) return [];
    return facts(agents, nearestConjunct(units, g, left.actors), predicate, frame, ':passive');
  }
  // "is considering branding Y's test a provocation": an evaluative verb whose object is an act
  // (a gerund) judges nothing itself; the gerund's own frame reads that act in its mood (round 28).
  const gerund = units[k];
  // compromise may tag that gerund a noun ("branding"); a bare "-ing" word there is one.
  if (
    frame.complement &&
    gerund &&
    !gerund.entity &&
    /[a-z]{3}ing$/.test(gerund.lower) &&
    !/thing$/.test(gerund.lower)
  )
    return [];
  // "committed to holding accountable Xian citizens who …": "hold" with its complement of blame
  // first holds no one captive (./held-to-account.ts reads holding to account; round 43)
  if (FORCE.has(frame.predicate) && HELD_TO_ACCOUNT.has(units[i + 1]?.lower ?? '')) return [];
  // "demanded that X withdraw", "urged that X act": the demand is made of X.
  const demandClause = frame.predicate === 'DEMANDED' && units[k]?.lower === 'that';
  if (demandClause) k++;
  // "the two leaders met at the White House": a dealing verb's venue is no party to it (round 32)
  // ("they met previously, notably at the X summit": words of how often or which occasions first, round 44)
  const venue =
    frame.predicate === 'COOPERATED' &&
    !frame.particle &&
    !units[k]?.entity &&
    VENUES.has(units[pastOccasions(units, k)]?.lower ?? '');
  const listedObjects = venue || closedByComma ? [] : stanceObjects(units, k, frame, events);
  // "expelled a senior Yian diplomat": one person of a country, as a record's object head (round 30)
  const owner =
    !listedObjects.length && frame.objectHeads ? countryOfHead(units, k, frame.objectHeads) : undefined;
  // "declared four Xian diplomats persona non grata": the record's following words after the head
  const headOwner =
    owner && (!frame.followedBy || followsSide(units, units.indexOf(owner), frame)) ? owner : undefined;
  const stanced = headOwner ? [headOwner] : listedObjects;
  // "killed a senior X commander": one person of a side, for an act of force (round 14)
  const person =
    !stanced.length && FORCE.has(frame.predicate) && !closedByComma
      ? (personOfSide(units, k) ?? personOfSideIncluded(units, k))
      : undefined;
  // "X said government forces attacked its bases": a plural subject's "its" is the speaker's body
  const spokenOf =
    !stanced.length && !person && FORCE.has(frame.predicate) && !closedByComma
      ? speakersTarget(units, k, found)
      : undefined;
  const read = FORCE.has(frame.predicate)
    ? withTitledSide(units, person ? [person] : spokenOf ? [spokenOf] : stanced)
    : stanced;
  // "X condemned the ambush" before any author of it: a later claim may name one (./events.ts)
  if (predicate === 'CRITICIZED' && !read.length) events?.await(left.actors, frame);
  const listed = !read.length && frame.predicate === 'COOPERATED' ? officialOf(units, k) : read;
  // "the X-backed A and B met": the modifier qualifies A alone, not the list it opens.
  const modifier = HYPHEN_MODIFIERS.has(units[i].lower) && g.start === i && !!units[i - 1]?.entity;
  const named = modifier ? listed.slice(0, 1) : listed;
  // "seized control of the government": taking ground names a place; a government taken is power.
  // "took Y's second city of X": the place a possessive country owns is the ground taken
  const ground = frame.objectTypes
    ? withOwnedGround(
        units,
        named.filter(
          (o) => !GROUND_NOT_VIA.has(o.mention?.reason ?? '') && !takenFromHolder(units, units.indexOf(o)),
        ),
      )
    : named;
  const held =
    !frame.objectHeads || endsOnHead(units, named, frame.objectHeads, frame.followedBy)
      ? named
      : predicate === 'SANCTIONED'
        ? envoysStates(units, named, frame.objectHeads)
        : [];
  const objects = (frame.objectTypes ? withCountriesOfTowns(units, ground) : held).filter(
    (o) =>
      !kinOf(units, units.indexOf(o)) &&
      !formerHolderOf(units, units.indexOf(o)) &&
      !opponentOf(units, units.indexOf(o)) &&
      // "urged that X not be harmed": X undergoes what is asked; it is asked of someone else
      !(demandClause && undergoesAfter(units, units.indexOf(o))) &&
      // "met the X Summit spending pledge": a goal met, no party dealt with
      !(predicate === 'COOPERATED' && goalOf(units, units.indexOf(o))) &&
      !(frame.guest && notGuest(units, units.indexOf(o))) &&
      !(predicate === 'SANCTIONED' && supporterOf(units, units.indexOf(o))) &&
      !(modifier && opensLongerName(units, units.indexOf(o))) &&
      !(DEALT_WITH_AS_STATE.has(predicate) && privatePeopleOf(units, units.indexOf(o))) &&
      !(ONE_PERSON_ACTS.has(predicate) && onePersonOfCountry(units, units.indexOf(o))) &&
      !(AIR_DEFENCE.has(frame.id) && salvoAt(units, units.indexOf(o))) &&
      !(FORCE.has(predicate) && namesFacilityOfPlace(units, o)) &&
      !(FORCE.has(predicate) && abstractHoldingOf(units, o)) &&
      !(FORCE.has(predicate) && ownerOfHomePlace(units, o)) &&
      !(FORCE.has(predicate) && flagStateOf(units, o)) &&
      !(FORCE.has(predicate) && subjectOfNewClause(units, k, units.indexOf(o))) &&
      !(frame.lemma === 'warn' && subjectOfWarning(units, units.indexOf(o))) &&
      !(frame.lemma === 'warn' && reassuredAfter(units, units.indexOf(o))) &&
      !(
        predicate === 'ATTACKED' &&
        PENALTY_VERB.has(units[i].lower) &&
        demonymOn(units, units.indexOf(o), MARKET)
      ),
  );
  // "the X Front, which Y accuses of looting": the object a relative took up (./relative-objects.ts)
  if (!objects.length && !named.length && predicate === 'CRITICIZED')
    objects.push(...relativeObject(units, found.at, k, frame));
  // "Y, which X recaptured last week": the ground a relative took up (./relative-objects.ts, round 43)
  if (!objects.length && !named.length && frame.objectTypes && predicate === 'ATTACKED' && g.mood === 'fact')
    objects.push(...relativeGround(units, found.at, k, frame));
  // "designated ten Xian government officials": the country too (./sanctioned-states.ts)
  // (not when the record's following words are missing: "asked Xian officials to relax …")
  const followed = (s: Unit) => !frame.followedBy || followsSide(units, units.indexOf(s), frame);
  if (predicate === 'SANCTIONED' && !g.passive)
    for (const s of sanctionedStatesAt(units, k).filter(followed))
      if (!objects.some((o) => o.entity?.id === s.entity?.id)) objects.push(s);
  // "DOJ charged Russian nationals": no state is charged, but the charge is still DOJ's filing,
  // which "the indictment alleges" recalls later.
  if (named.length && !objects.length && predicate === 'CRITICIZED' && LEGAL_VERB_FRAMES.has(frame.id))
    events?.filed(left.actors.filter((u) => !!u.entity));
  // "X clashed with Y over trade": a quarrel, not a fight.
  const end = named.length ? units.indexOf(named[named.length - 1]) + 1 : k;
  // "hit X with sanctions", "targeted X with a fine", "slammed X with tariffs": a penalty, no blow
  // and no rebuke.
  const penalty = PENALISED.has(predicate) ? penaltyAfter(units, i, end) : undefined;
  if (penalty === 'none') return [];
  if (penalty === 'sanction') return facts(left.actors, objects, 'SANCTIONED', frame, `${via}:penalty`);
  if (mutual && QUARREL_MARKERS.has(units[end]?.lower ?? '')) return [];
  // "pushed X out of Y", "dislodged X from Y": without its closing words the verb means no attack.
  if (frame.closing && !closesOn(units, end, frame.closing)) return [];
  if (
    frame.personNeeds &&
    objects.every((o) => o.entity?.type === 'Person') &&
    !needsFollow(units, end, frame.personNeeds)
  )
    return [];
  // "X and Y met": a joint subject deals with itself; "X and Y welcomed the results" welcome no
  // guest; "A, B and C met in Y with Z" met Z, whom the "with" record reads (round 21)
  if (!objects.length && frame.predicate === 'COOPERATED' && !frame.particle && !frame.guest)
    return counterpartLater(units, end) ? [] : pairs(left.actors, frame, via);
  if (mutual && !objects.length) return sides();
  // "X urged the two sides to …": the article's two parties, one of which may be X's own; the
  // article's memberships decide (../relations/index.ts `withoutOwnSide`, round 22)
  const both =
    predicate === 'DEMANDED' && bothPartiesHead(units, k) !== undefined ? ' via referring:both' : '';
  const stated = facts(left.actors, objects, predicate, frame, via + both);
  // "X clashed with Y": X's act on Y only (round 9); "X fought Y" has two sides, but "sent troops to
  // fight Y" only the sender's attempt
  const reverse = mutual && !ONE_SIDED_WITH.has(units[i].lower) && g.mood !== 'attempt';
  return reverse ? [...stated, ...facts(objects, left.actors, predicate, frame, `${via}:mutual`)] : stated;
}

/**
 * A name at `t` between a verb and its particle that is part of the thing acted on: a place
 * ("recaptured X from Y"), a country's demonym on a noun after it ("a Xian village"), or a post
 * read as its state's ("a key military base", round 32).
 */
function takenGround(units: Unit[], t: number): boolean {
  const u = units[t];
  if (u?.mention?.reason === 'coref:state-post' && !u.punct) return true;
  if (!u?.entity || u.punct || u.possessive) return false;
  if (u.entity.type === 'Location') return true;
  const noun = units[t + 1];
  return (
    !!u.mention &&
    isDemonym(u.mention, u.entity) &&
    !!noun &&
    !noun.entity &&
    !noun.punct &&
    noun.tags.has('Noun')
  );
}

/**
 * "for control of Z", "for supremacy", "for decades", "for more than a year", "for 10 days" at `k`
 * after a two-sided verb: what rivals fight over, or how long; not "for Z" or "for independence".
 */
function foughtOver(units: Unit[], k: number): boolean {
  if (units[k]?.lower !== 'for' || units[k].punct) return false;
  let n = k + 1;
  if (['the', 'a', 'an'].includes(units[n]?.lower ?? '') && !units[n].entity) n++;
  if (units[n]?.lower === 'past' || units[n]?.lower === 'last') n++;
  const w = units[n];
  if (!w || w.entity) return false;
  const over = CONTESTED_PRIZES.has(w.lower) || FIGHT_DURATIONS.has(w.lower) || w.tags.has('Value');
  // "fought for control of the town against Z": one side, whose foe follows in the clause
  for (let m = n; over && units[m]; m++) {
    if (!units[m].entity && TOGETHER.has(units[m].lower) && units[m].lower !== 'for') return false;
    if (units[m].punct) break;
  }
  return over;
}

/** The verbs of fighting whose plain object is fought together (`foughtThing`). */
const FOUGHT = formsOf('fight battle');

/**
 * "X and Y are fighting poverty", "X and Y fought the fires": a plain thing right after "fight" or
 * "battle" is what both fight, together; not a fight noun ("fought a bloody war", "fought three
 * battles"), a time ("fought Monday") or "each other". ("exchanged fire" is read elsewhere.)
 */
function foughtThing(units: Unit[], k: number): boolean {
  let n = k;
  while (
    units[n] &&
    !units[n].entity &&
    !units[n].punct &&
    (DETERMINERS.has(units[n].lower) || units[n].tags.has('Adjective') || units[n].tags.has('Value'))
  )
    n++;
  const w = units[n];
  if (!w || w.entity || !w.tags.has('Noun') || isTime(w) || MUTUAL_ACTS.has(w.lower)) return false;
  return !['each', 'one', 'side', 'back'].includes(w.lower) && !w.tags.has('Pronoun');
}

/**
 * The verb at `i` carries a comma and the word after it (`k`) is no verb: what follows is another
 * clause or an aside, never the verb's object. "attacked, looted and burned Y" shares its object.
 */
function commaClosesVerb(units: Unit[], i: number, k: number): boolean {
  const next = units[k];
  return units[i].punct === ',' && !!next && (!!next.entity || !isVerb(next));
}

/**
 * A name opens the object right after a verb, past an article, adjectives and time words
 * ("battling Z", "fighting the militant Z group", "battled Z on Monday"): the verb is transitive.
 */
function directObjectAt(units: Unit[], k: number): boolean {
  for (let n = k; n < k + 4 && units[n]; n++) {
    if (units[n].entity) return !units[n].possessive || !!units[n + 1];
    if (units[n].punct) return false;
    // "the Sunni militant Z group": qualifiers of the name, none a verb or a plural noun
    const passed =
      DETERMINERS.has(units[n].lower) ||
      isTime(units[n]) ||
      units[n].tags.has('Adjective') ||
      (units[n].tags.has('Noun') && !units[n].tags.has('Plural') && !isVerb(units[n]));
    if (!passed) return false;
  }
  return false;
}

/**
 * "a missile fired at Y by X", "shells fired into Y on Monday by X": a participle of force that
 * modifies the thing thrown (a noun right before it, no auxiliary), followed at once by its own
 * particle, the object and "by" its author; the author attacks the object (the participle's noun
 * is no actor of the clause's own verb). Undefined when the phrase is not of that shape.
 */
function thrownBy(
  units: Unit[],
  i: number,
  frame: FrameRecord,
  g: Group,
): { agents: Unit[]; objects: Unit[] } | undefined {
  if (!frame.particle || frame.predicate !== 'ATTACKED' || g.start !== i) return undefined;
  const verb = units[i];
  const thing = units[i - 1];
  if (verb.punct || !/(?:ed|en|wn)$/.test(verb.lower) || !thing || thing.entity || thing.punct)
    return undefined;
  if (!thing.tags.has('Noun') || isVerb(thing)) return undefined;
  let k = i + 1;
  for (const word of frame.particle.split(' ')) {
    if (units[k]?.lower !== word || units[k].punct) return undefined;
    k++;
  }
  const objects = listRight(units, k);
  if (!objects.length) return undefined;
  let end = units.indexOf(objects[objects.length - 1]) + 1;
  while (isTime(units[end])) end++;
  if (units[end]?.lower !== 'by' || objects[objects.length - 1].punct) return undefined;
  const agents = agentsRight(units, end + 1);
  return agents.length ? { agents, objects } : undefined;
}

/** Participles of holding ground, before "by" and its holder: "areas seized by X". */
const HELD_BY = new Set(['seized', 'held', 'controlled', 'captured', 'taken', 'occupied', 'overrun']);

/**
 * At `t`, after the thing a "… from" frame takes (which starts at `k`), a participle of holding and
 * "by": "retook areas seized by X" says from whom, as "retook areas from X" does (round 16).
 */
function heldByAt(units: Unit[], t: number, k: number, particle: string[]): boolean {
  return (
    particle[particle.length - 1] === 'from' &&
    t > k &&
    !units[t - 1].punct &&
    HELD_BY.has(units[t]?.lower ?? '') &&
    !units[t].punct &&
    units[t + 1]?.lower === 'by'
  );
}

/** How far after a side its record's following words may start: "the Xian envoy and his deputy to leave". */
const FOLLOW_REACH = 5;

/**
 * The record's following words within a few words after the side at `side`, past the nouns of
 * its people ("two Xian diplomats to leave", "the Xian envoy persona non grata").
 */
function followsSide(units: Unit[], side: number, frame: FrameRecord): boolean {
  const entries = frame.followedBy ?? [];
  if (units[side]?.punct && !endsOnOwnStop(units[side])) return false;
  for (let h = side + 1; h - side <= FOLLOW_REACH && units[h]; h++) {
    if (entries.some((e) => e.split(' ').every((w, n) => units[h + n]?.lower === w && !units[h + n].entity)))
      return true;
    // the envoy named after the head, or more people joined to them ("the Xian ambassador, A, to
    // leave", "the Xian ambassador and two Yian envoys to leave")
    if (!['', ','].includes(units[h].punct)) return false;
  }
  return false;
}

/** Articles and counts before a side's people: "the", "one", "several" (numbers are tagged values). */
const COUNTS = new Set(['a', 'an', 'the', 'one', 'another', 'several', 'some', 'few']);

/**
 * "a (senior) Yian diplomat", "one Yian engineer": past a determiner and up to two qualifiers, a
 * country's name (not possessive) right before one of a record's object heads; the country's unit.
 */
function countryOfHead(units: Unit[], k: number, heads: string[]): Unit | undefined {
  let j = k;
  // "the", "one", "four", "several": an article or a count before the side
  const count = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && (u.tags.has('Value') || COUNTS.has(u.lower));
  if (count(units[j])) j++;
  // ("senior", "top": compromise may tag a qualifier a noun)
  const qualifier = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && !isVerb(u) && (u.tags.has('Adjective') || u.tags.has('Noun'));
  for (let n = 0; n < 2 && qualifier(units[j]); n++) j++;
  const side = units[j];
  if (side?.entity?.type !== 'Country' || side.punct || side.possessive) return undefined;
  // "the Xian defense attache", "an Xian embassy official": a noun of the office before the head
  const compound = (n: number) => !units[n]?.entity && !units[n]?.punct && !!units[n]?.tags.has('Noun');
  const h = !heads.includes(units[j + 1]?.lower ?? '') && compound(j + 1) ? j + 2 : j + 1;
  const head = units[h];
  return head && !head.entity && !head.possessive && heads.includes(head.lower) ? side : undefined;
}

/**
 * "expelled Yian Ambassador A", "ordered Y's Ambassador A to leave": an envoy named after his
 * title stands for the state the title names, as "the Yian ambassador" does (round 46). Every name
 * must be such an envoy; anyone else gives nothing.
 */
function envoysStates(units: Unit[], names: Unit[], heads: string[]): Unit[] {
  const states = names.map((n) => {
    const p = units.indexOf(n);
    const title = units[p - 1];
    const state = units[p - 2];
    const titled = n.entity?.type === 'Person' && isPlainWord(title) && heads.includes(title.lower);
    return titled && state?.entity?.type === 'Country' && !state.punct ? state : undefined;
  });
  return states.every((s): s is Unit => !!s) ? states : [];
}

/**
 * The list of names ends on one of a record's head nouns, within a few words: "three Yian
 * sailors", "A and B hostage", "two Yian aid workers" (`objectHeads`). A head word that only
 * qualifies the noun after it is no head ("attacked Yian law enforcement vessels" struck vessels;
 * round 48, fresh news). Nor is a word the record expects after its object ("sent the Yian
 * ambassador back home": `followedBy`).
 */
function endsOnHead(
  units: Unit[],
  names: Unit[],
  heads: string[],
  followedBy: readonly string[] = [],
): boolean {
  const last = names[names.length - 1];
  if (!last) return false;
  const at = units.indexOf(last);
  // a side found in an earlier sentence has no phrase here to end
  if (at < 0) return false;
  for (let h = at; h < units.length && h - at <= 3; h++) {
    if (
      h > at &&
      !units[h].entity &&
      heads.includes(units[h].lower) &&
      !qualifiesNounAfter(units, h, heads, followedBy)
    )
      return true;
    if (units[h].punct) return false;
  }
  return false;
}

/**
 * The word at `h` opens a compound: a plain noun that is no head of the record follows it. A
 * plural never qualifies so ("declared four Yian diplomats persona non grata").
 */
function qualifiesNounAfter(
  units: Unit[],
  h: number,
  heads: string[],
  followedBy: readonly string[],
): boolean {
  const next = units[h + 1];
  const expected = followedBy.some((f) => f.split(' ')[0] === next?.lower);
  return (
    !expected &&
    !units[h].punct &&
    !units[h].lower.endsWith('s') &&
    !units[h].dash &&
    !!next &&
    !next.entity &&
    next.tags.has('Noun') &&
    !next.lower.endsWith('ing') &&
    !isVerb(next) &&
    !isTime(next) &&
    !heads.includes(next.lower)
  );
}

/** How many words of a noun phrase may follow a name before the phrase's head. */
const HEAD_SPAN = 5;

/**
 * Whether the name at `j` qualifies a goal that heads its noun phrase: "met the ⟦X⟧ Summit
 * defence spending pledge", "met ⟦Y⟧'s demands" — nouns and adjectives only between (not "met Y
 * on Monday to discuss targets").
 */
function goalOf(units: Unit[], j: number): boolean {
  if (units[j]?.punct) return false;
  for (let h = j + 1; h < units.length && h - j <= HEAD_SPAN; h++) {
    const u = units[h];
    if (u.entity || !(u.tags.has('Noun') || u.tags.has('Adjective'))) return false;
    if (GOAL_NOUNS.has(u.lower)) return true;
    if (u.punct) return false;
  }
  return false;
}

/** "be", "been", "being": a passive's auxiliary before its participle. */
const PASSIVE_BE = new Set(['be', 'been', 'being']);

/**
 * Whether the name at `j` (or the list it opens) is the subject of a passive in its clause:
 * "… that X (and Y) (not) be harmed" — X undergoes the act.
 */
function undergoesAfter(units: Unit[], j: number): boolean {
  let h = j + 1;
  while (units[h] && (units[h].entity || (units[h].lower === 'and' && !units[h].punct))) h++;
  if (NEGATIONS.has(units[h]?.lower ?? '')) h++;
  if (!PASSIVE_BE.has(units[h]?.lower ?? '')) return false;
  const participle = units[h + 1];
  // compromise may tag the participle an adjective ("not be harmed")
  return (
    !!participle &&
    !participle.entity &&
    (participle.tags.has('PastTense') ||
      participle.tags.has('Participle') ||
      /(?:ed|en)$/.test(participle.lower))
  );
}

/**
 * Acts aimed at a state's will (a charge, a call, a sanction, a meeting): done to a country's
 * private people they are not done to the state. An attack on them still is (round 9: "a bombing
 * that killed 20 Xians" attacked the country), and support for "the Xian people" supports it.
 */
const DEALT_WITH_AS_STATE = new Set(['CRITICIZED', 'COOPERATED', 'DEMANDED', 'SANCTIONED', 'THREATENED']);
const PRIVATE_PEOPLE = new Set(PRIVATE_PEOPLE_NOUNS);
const NOT_SANCTION_TARGETS = new Set(PRIVATE_PEOPLE_NOT_SANCTION_TARGETS);
/** "charged Russian and Venezuelan nationals": a demonym on private people (a list of them too). */
function privatePeopleOf(units: Unit[], j: number): boolean {
  return demonymOn(units, j, PRIVATE_PEOPLE) || ownersPeople(units, j);
}

/** How many words may qualify the people after their country's possessive: "X's small Jewish community". */
const PEOPLE_QUALIFIER_REACH = 2;

/** "met with ⟦X⟧'s Jewish community": a country's possessive on its private people (round 47). */
function ownersPeople(units: Unit[], j: number): boolean {
  const owner = units[j];
  if (owner?.entity?.type !== 'Country' || !owner.possessive || owner.punct) return false;
  for (let h = j + 1; h < units.length && h - j <= PEOPLE_QUALIFIER_REACH + 1; h++) {
    const u = units[h];
    if (u.entity) return false;
    if (PRIVATE_PEOPLE.has(u.lower)) return true;
    if (u.punct) return false;
  }
  return false;
}
const MARKET = new Set(MARKET_NOUNS);
/**
 * "Tencent-backed ⟦China⟧ Literature": a state's name with a capitalised word right after it opens
 * a longer name the entity step did not join, a firm's; the state is not the one backed (round 39).
 */
function opensLongerName(units: Unit[], j: number): boolean {
  const o = units[j];
  const next = units[j + 1];
  return (
    o?.entity?.type === 'Country' &&
    !o.punct &&
    !o.possessive &&
    !!next &&
    !next.entity &&
    next.tags.has('ProperNoun')
  );
}
/** A demonym at `j` (or a list of them) qualifying one of `heads`: "⟦Xian⟧ and ⟦Yian⟧ nationals". */
function demonymOn(units: Unit[], j: number, heads: ReadonlySet<string>): boolean {
  const first = units[j];
  if (!first?.entity || !first.mention || !isDemonym(first.mention, first.entity)) return false;
  for (let h = j; h < units.length && h - j <= 5; h++) {
    const u = units[h];
    if (h > j && !u.entity && heads.has(u.lower)) return true;
    if (u.punct && u.punct !== ',') return false;
    const demonym = !!u.entity && !!u.mention && isDemonym(u.mention, u.entity);
    if (h > j && !demonym && !u.entity && !['and', 'or'].includes(u.lower) && !u.tags.has('Adjective'))
      return false;
    if (h > j && u.entity && !demonym) return false;
  }
  return false;
}

/** Frames of bringing down what flies at you: air defence against a salvo is no attack on its sender. */
const AIR_DEFENCE = new Set(['verb:shoot-down', 'verb:intercept']);
const MUNITIONS = new Set(MUNITION_NOUNS);
/** "shot down 103 ⟦Xian⟧ drones": a counted salvo of munitions the name qualifies. */
function salvoAt(units: Unit[], j: number): boolean {
  const counted = units
    .slice(Math.max(0, j - 4), j)
    .some(
      (u) =>
        !u.entity &&
        (u.tags.has('Value') ||
          u.tags.has('Cardinal') ||
          /^(?:dozens|scores|hundreds|several)$/.test(u.lower)),
    );
  const munition = units.slice(j + 1, j + 4).find((u) => u.entity || MUNITIONS.has(u.lower) || u.punct);
  return counted && !!munition && !munition.entity && MUNITIONS.has(munition.lower);
}

const KIN = new Set(KIN_NOUNS);
/** "sanctioned X's adult daughters": the kin a possessive names is the object, not the possessor. */
function kinOf(units: Unit[], j: number): boolean {
  if (j < 0 || !units[j].possessive) return false;
  // "X's adult daughters": one word may qualify the kin
  return [units[j + 1], units[j + 2]].some(
    (w, n) => !!w && !w.entity && KIN.has(w.lower) && (n === 0 || !units[j + 1].punct),
  );
}

/** "welcomed Y's decision", "welcomed the release of Y": Y owns or undergoes what is welcomed. */
function notGuest(units: Unit[], j: number): boolean {
  const k = units[j].punct ? j : j + 1;
  const owner = units[j].possessive || (units[k]?.lower === "'s" && !units[k].entity);
  const link = units[j - 1]?.lower === 'the' ? j - 2 : j - 1;
  return owner || units[link]?.lower === 'of' || describedAfterAct(units, j);
}

/**
 * "the Taliban seized power and all X-led troops withdrew": after "and", a name whose noun phrase
 * is followed by a verb in the past opens a clause of its own; it is that verb's subject, not the
 * act's object (round 22).
 */
function subjectOfNewClause(units: Unit[], k: number, j: number): boolean {
  if (units[j].punct || !units.slice(k, j).some((u) => u.lower === 'and' && !u.entity)) return false;
  let e = j + 1;
  while (
    e < units.length &&
    e - j <= 3 &&
    !units[e].entity &&
    !units[e].punct &&
    units[e].tags.has('Noun') &&
    !isVerb(units[e])
  )
    e++;
  const verb = units[e];
  return !!verb && !verb.entity && isVerb(verb) && verb.tags.has('PastTense') && !verb.tags.has('Noun');
}

/**
 * "warned the X was discussing possible measures": a name right before "was", "is" or "had" is the
 * subject of what is warned of, said with "that" left out, not the one warned (round 33). ("warned
 * Y would pay a price" stays a warning to Y.)
 */
function subjectOfWarning(units: Unit[], j: number): boolean {
  const next = units[j + 1];
  return !units[j].punct && !!next && !next.entity && CLAUSE_AUXILIARIES.has(next.lower);
}

const FEELINGS = new Set(FEELING_VERBS);
const FEELING_STATE = new Set(FEELING_STATES);
const FEELING_LINK = new Set(FEELING_LINKS);

/**
 * "warned Xians not to panic", "warned X not to be complacent": advice to the one warned about
 * their own feelings, no threat to them (../lexicon/reassurances.ts, round 49). "warned X not to
 * attack" stays one.
 */
function reassuredAfter(units: Unit[], j: number): boolean {
  const [not, to, verb, state] = [units[j + 1], units[j + 2], units[j + 3], units[j + 4]];
  if (units[j].punct || not?.lower !== 'not' || to?.lower !== 'to' || !verb || verb.entity) return false;
  if (FEELINGS.has(verb.lower)) return true;
  return FEELING_LINK.has(verb.lower) && !!state && !state.entity && FEELING_STATE.has(state.lower);
}

/** How many describing words may stand between "of" and the name: "Chilean opposition party leader". */
const GUEST_DESCRIPTOR_SPAN = 4;

/**
 * "welcomed the release of Chilean opposition leader X": the name at `j` is described by a
 * demonym and lower-case words that follow "of" after an act noun ("release", not a title such
 * as "leader of the opposition"), so what is welcomed is the act (round 22).
 */
function describedAfterAct(units: Unit[], j: number): boolean {
  let k = j - 1;
  for (let n = 0; n < GUEST_DESCRIPTOR_SPAN && k >= 0; n++, k--) {
    const u = units[k];
    if (u.punct || u.possessive || u.lower === 'of') break;
    if (u.entity ? u.entity.type !== 'Country' : u.tags.has('Verb') && !u.tags.has('Noun')) return false;
  }
  if (k === j - 1 || units[k]?.lower !== 'of') return false;
  const head = units[k - 1];
  return !!head && !head.entity && !head.punct && head.tags.has('Noun') && !isTitleWord(head.lower);
}

const SUPPORTERS = new Set(SUPPORTER_NOUNS);
/**
 * "sanctioned a vital supporter of X", "designates five X financial facilitators": a person serving
 * X is the one sanctioned, not X. Before the noun, X may be followed by one qualifier (round 17).
 */
function supporterOf(units: Unit[], j: number): boolean {
  // "facilitators of Iran's X": an owner's possessive between the link and the name
  const owner = units[j - 1]?.possessive && units[j - 1]?.entity ? j - 1 : j;
  const link = units[owner - 1]?.lower === 'the' ? owner - 2 : owner - 1;
  if (['of', 'for', 'to'].includes(units[link]?.lower ?? '') && SUPPORTERS.has(units[link - 1]?.lower ?? ''))
    return true;
  // a country's people are the country, as the gold reads them ("19 Russian individuals")
  if (units[j].punct || units[j].entity?.type === 'Country') return false;
  // "sanctions on X's inner circle", "X's financiers": the people around X (round 43)
  if (units[j].possessive)
    return [units[j + 1], units[j + 2]].some(
      (w, n) => !!w && !w.entity && SUPPORTERS.has(w.lower) && (n === 0 || !units[j + 1].punct),
    );
  return [units[j + 1], units[j + 2]].some(
    (w, n) => !!w && !w.entity && SUPPORTERS.has(w.lower) && (n === 0 || !units[j + 1].punct),
  );
}

/**
 * "agreed on a position on the Xian settlement, with the two presidents A and B calling on all
 * sides to …": "with" after a comma, its names then a gerund, is an absolute clause telling the
 * circumstances; the names are the gerund's subjects, not partners of the noun before the comma
 * (round 43).
 */
function absoluteWith(units: Unit[], prep: number, objects: Unit[]): boolean {
  if (units[prep]?.lower !== 'with' || units[prep - 1]?.punct !== ',' || !objects.length) return false;
  const after = units[units.indexOf(objects[objects.length - 1]) + 1];
  return (
    !!after &&
    !after.entity &&
    !objects[objects.length - 1].punct &&
    /^[a-z]+ing$/.test(after.lower) &&
    isVerb(after)
  );
}

const OPPONENTS = new Set(OPPONENT_NOUNS);
/** How many describing words may stand between "of" and the name: "critics of the former President X". */
const OPPONENT_DESCRIPTOR_SPAN = 3;
/**
 * "fired tear gas at opponents of President X", "detained X's critics": the people acted on stand
 * against the name, which is no party to the act, whatever the predicate (round 43).
 */
function opponentOf(units: Unit[], j: number): boolean {
  const name = units[j];
  if (!name) return false;
  if (name.possessive) return OPPONENTS.has(units[j + 1]?.lower ?? '') && !units[j + 1].punct;
  let k = j - 1;
  for (let n = 0; n < OPPONENT_DESCRIPTOR_SPAN && k >= 0; n++, k--) {
    const u = units[k];
    if (u.lower === 'of' || u.punct || u.entity || u.possessive) break;
  }
  const of = units[k];
  const noun = units[k - 1];
  return of?.lower === 'of' && !of.punct && !!noun && !noun.punct && OPPONENTS.has(noun.lower);
}

const PENALTY_VERB = new Set(PENALTY_VERBS);
/** Acts a penalty after the object turns into a sanction or into nothing. */
const PENALISED = new Set(['ATTACKED', 'CRITICIZED']);
const SANCTION_PENALTY = new Set(PENALTY_NOUNS.sanction);
const OTHER_PENALTY = new Set(PENALTY_NOUNS.other);
/**
 * "targeted X banks with a new package of sanctions", "hit X with a fine": what a verb of force
 * carries after its object ("with", then a penalty within a few words).
 */
function penaltyAfter(units: Unit[], verb: number, end: number): 'sanction' | 'none' | undefined {
  if (!PENALTY_VERB.has(units[verb].lower)) return undefined;
  let w = end;
  while (w < units.length && w - end < 10 && units[w].lower !== 'with' && units[w].punct !== '.') w++;
  if (units[w]?.lower !== 'with') return undefined;
  for (let n = w + 1; n < units.length && n - w <= 8; n++) {
    if (SANCTION_PENALTY.has(units[n].lower)) return 'sanction';
    if (OTHER_PENALTY.has(units[n].lower)) return 'none';
    if (units[n].punct) return undefined;
  }
  return undefined;
}

/**
 * "A and B agreed to strengthen cooperation between the two countries": the two countries the
 * sentence names before the noun are the two it means, before the article's two parties (round 36).
 */
function sentencePair(units: Unit[], before: number): Unit[] | undefined {
  const countries = units.slice(0, before).filter((u) => u.entity?.type === 'Country');
  const distinct = countries.filter(
    (u, k) => countries.findIndex((v) => v.entity!.id === u.entity!.id) === k,
  );
  return distinct.length === 2 ? distinct : undefined;
}

/**
 * A place told as where, not as a side: "in northern ⟦Kashmir⟧, Xian and Yian troops have fought"
 * (a phrase that opens the sentence is no subject of the fight, round 36).
 */
/**
 * The sides of "X and Y fought": not people alone ("two soldiers — A and B — having fought
 * bravely, were killed" are comrades; fighters who face each other are told by their sides).
 */
function fightingSides(actors: Unit[]): Unit[] {
  return actors.every((a) => a.entity?.type === 'Person') ? [] : actors;
}

function whereOnly(units: Unit[], a: Unit): boolean {
  if (a.entity?.type !== 'Location') return false;
  let k = units.indexOf(a) - 1;
  if (units[k] && DIRECTIONS.has(units[k].lower)) k--;
  return !!units[k] && !units[k].entity && PLACE_PREPOSITIONS.has(units[k].lower);
}

/** A hyphened participle that makes the name before it a backer of the noun, not its actor. */
const BACKER_WORDS = new Set(['backed', 'sponsored', 'funded', 'supported']);

/**
 * "A and Xian-backed Y rebels": a backer's participle at `i` hyphened to the last name of a list is
 * a modifier of the noun after it, never a finite verb of the names listed before it (round 37).
 */
function backerInList(units: Unit[], i: number): boolean {
  const name = units[i - 1];
  if (!BACKER_WORDS.has(units[i].lower) || !name?.dash || !name.entity) return false;
  const before = units[i - 2];
  return (
    (['and', 'or'].includes(before?.lower ?? '') && !!units[i - 3]?.entity) ||
    (before?.punct === ',' && !!before.entity)
  );
}

/** "the two sides", "the two countries", "the nuclear-armed neighbors": the article's two parties. */
const PARTY_NOUNS = new Map([
  ['sides', true],
  ['nations', false],
  ['countries', false],
  ['neighbors', false],
  ['neighbours', false],
]);

/**
 * "the two nations fought", "the two sides exchanged fire", "the nuclear-armed neighbors have
 * fought three wars": a two-sided act whose subject refers to the article's two parties
 * (./events.ts `parties`), named in earlier sentences or this one. "Sides" may be bodies, the
 * others are countries; without "two", only "neighbors". A reciprocal blame ("both sides accuse
 * the other", ./reciprocal.ts) reads "both sides" as a dealing does.
 */
function twoParties(
  units: Unit[],
  i: number,
  start: number,
  predicate: string,
  events?: EventMemory,
  reciprocal = false,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const dealing = predicate === 'COOPERATED';
  if (!events || !(dealing || reciprocal || (predicate === 'ATTACKED' && MUTUAL_ACTS.has(units[i].lower))))
    return undefined;
  let h = start - 1;
  while (isTime(units[h])) h--;
  const d = units[h]?.punct ? undefined : twoPartiesAt(units, h, dealing || reciprocal);
  if (d === undefined) return undefined;
  // Dealings are read between countries only: in a war the bodies named most are often one side's.
  const actors = events.parties(units, !dealing && PARTY_NOUNS.get(units[h].lower)!);
  // "the two Koreas" are the parties only when both are named with "Korea"
  const stem = units[h].lower.slice(0, -1);
  const named =
    PARTY_NOUNS.has(units[h].lower) || actors.every((a) => a.entity!.name.toLowerCase().includes(stem));
  return actors.length === 2 && named ? { actors, at: d, via: ' via referring:the-two' } : undefined;
}

/**
 * Where "the two sides", "the nuclear-armed neighbors", "the two Koreas" (or, for dealings, "both
 * sides") opens when
 * its head noun is unit `h`; undefined when no such phrase ends there.
 */
function twoPartiesAt(units: Unit[], h: number, dealing: boolean): number | undefined {
  const head = units[h];
  // "the two Koreas", "the two Sudans": a country's name in the plural names the two states
  const twoStates =
    !!head && head.tags.has('ProperNoun') && head.lower.endsWith('s') && units[h - 1]?.lower === 'two';
  if (!head || head.entity || (!PARTY_NOUNS.has(head.lower) && !twoStates)) return undefined;
  // "both sides agreed to resume the talks": a dealing of the two
  if (dealing && units[h - 1]?.lower === 'both' && !units[h - 1].punct) return h - 1;
  let d = h - 1;
  // "the nuclear-armed neighbors": a word or two of kind between "the" and the head
  while (h - d <= 2 && units[d] && !units[d].entity && !units[d].punct && units[d].lower !== 'the') d--;
  const words = units.slice(d + 1, h).map((u) => u.lower);
  const two = words.length === 1 && words[0] === 'two';
  return units[d]?.lower === 'the' && (two || head.lower.startsWith('neighbo')) ? d : undefined;
}

/**
 * A "with" after the verb's place or time words, before any other verb or punctuation: "met in
 * Pristina with Z", "met on Monday with Z" name the one met.
 */
function counterpartLater(units: Unit[], from: number): boolean {
  for (let n = from; n < units.length && n - from <= 6; n++) {
    const u = units[n];
    if (u.punct) return false;
    if (u.lower === 'with' && !u.entity) return true;
    if (!u.entity && isVerb(u)) return false;
  }
  return false;
}

/** How far past a person object one of the record's needed words may stand: "X on Monday to". */
const NEEDED_REACH = 5;

/** One of `words` within a few words after `end`, inside the clause. */
function needsFollow(units: Unit[], end: number, words: string[]): boolean {
  for (let k = end; k < units.length && k - end < NEEDED_REACH; k++) {
    if (words.includes(units[k].lower) && !units[k].entity) return true;
    if (/[.;:]/.test(units[k].punct)) return false;
  }
  return false;
}

/** Words that open the ground a side was driven from: "out of", "from". */
const GROUND_LOST = ['out of', 'from'];
/** How many words the ground lost may span before the passive's agent. */
const GROUND_REACH = 8;

/**
 * "was driven out of two northern towns by X", "was ousted from its hill bases by X": the
 * "by" of the passive's agent after the ground lost at `k` (the record's closing words when it has
 * them, else "out of" or "from"), or undefined when no such ground opens at `k` or no "by" closes
 * it within reach, before any mark or name that is no place.
 */
function byAfterGroundLost(units: Unit[], k: number, closing?: string): number | undefined {
  const opener = [closing ?? '', ...GROUND_LOST].find(
    (words) => words && words.split(' ').every((w, n) => units[k + n]?.lower === w && !units[k + n].entity),
  );
  if (!opener || units[k - 1]?.punct) return undefined;
  let ground = false;
  for (let t = k + opener.split(' ').length; t < units.length && t - k <= GROUND_REACH; t++) {
    const u = units[t];
    if (u.lower === 'by' && !u.entity) return ground ? t : undefined;
    if (u.punct || (u.entity && u.entity.type !== 'Location') || isVerb(u)) return undefined;
    ground ||= !!u.entity || GROUND_LOST_NOUNS.has(u.lower);
  }
  return undefined;
}

/**
 * The object ending before unit `end` is followed by the words `closing` ("out of", "from"), after
 * at most the object's head noun ("X militants out of").
 */
function closesOn(units: Unit[], end: number, closing: string): boolean {
  let k = end;
  while (k - end < 2 && units[k] && !units[k].entity && !units[k - 1].punct && units[k].tags.has('Noun')) {
    if (units[k].lower === closing.split(' ')[0]) break;
    k++;
  }
  return (
    closing
      .split(' ')
      .every((word, n) => units[k + n]?.lower === word && (n === 0 || !units[k + n - 1].punct)) &&
    !units[k - 1]?.punct
  );
}

/** Light verbs in a participle after an attack noun: "strikes carried out by X", "raids conducted by X". */
const CARRIED = new Set(['carried', 'out', 'conducted', 'launched', 'staged', 'mounted']);
/** The words that give an act's author as "by" does: "attributed to X", "blamed on X". */
const AUTHOR_LINKS = new Map([
  ['to', 'attributed'],
  ['on', 'blamed'],
]);

/**
 * "An attack by X killed Y", "airstrikes carried out by X and Y hit Z": an act whose subject is an
 * attack noun is its author's; the authors, when the phrase "by X" ends right before the verb group.
 */
function attackBy(
  units: Unit[],
  start: number,
  frame: FrameRecord,
): { actors: Unit[]; at: number; via?: string } | undefined {
  if (frame.predicate !== 'ATTACKED' && frame.predicate !== 'KILLED') return undefined;
  for (let b = start - 1; b >= 0 && start - b <= 10; b--) {
    if (units[b].punct && units[b].punct !== ',') return undefined;
    // "a strike attributed to X killed Y", "an attack blamed on X killed Y" (round 15)
    const linked = units[b].lower === 'by' || AUTHOR_LINKS.get(units[b].lower) === units[b - 1]?.lower;
    if (!linked || units[b].entity) continue;
    const agents = agentsRight(units, b + 1);
    const last = agents[agents.length - 1];
    let end = units.indexOf(last) + 1;
    while (end < start && !units[end].entity && !units[end].punct && !isVerb(units[end])) end++;
    if (!agents.length || end !== start || units[start - 1].punct) return undefined;
    let n = units[b].lower === 'by' ? b - 1 : b - 2;
    while (n >= 0 && b - n <= 3 && CARRIED.has(units[n].lower)) n--;
    const noun = NOUN_FRAMES.get(units[n]?.lower ?? '') ?? [];
    return noun.some((f) => f.predicate === 'ATTACKED') ? { actors: agents, at: b + 1 } : undefined;
  }
  return undefined;
}

/** Places named by their owner's possessive: "in Y's capital", "in Y's north". */
const OWNED_PLACES = new Set(
  'capital city north south east west northeast northwest southeast southwest province region border'.split(
    ' ',
  ),
);

/**
 * "a X bombing in Y that killed Z", "X claimed the attack which killed Z", "X carried out attacks,
 * including the attack that killed Z": a kill or attack whose subject is an attack noun (through a
 * relative pronoun, past the place where it struck) is the noun's author's (./events.ts).
 */
function actNounSubject(
  units: Unit[],
  start: number,
  frame: FrameRecord,
  events?: EventMemory,
): { actors: Unit[]; at: number; via?: string } | undefined {
  if (frame.predicate !== 'ATTACKED' && frame.predicate !== 'KILLED') return undefined;
  // "The attack, carried out by X, killed …", "The bombing, which X claimed, killed …"
  const authored = authoredAside(units, start - 1);
  if (authored) return authored;
  let j = start - 1;
  // "the attack, which killed …": a relative after the noun's comma is the noun's too
  let aside = false;
  if (units[j] && RELATIVES.has(units[j].lower) && !units[j].entity) {
    j--;
    aside = units[j]?.punct === ',' && units[j + 1].lower === 'which';
  }
  // "the raids carried out on Friday by X in Y, which killed …": an author past more words (round 39)
  const reached = reachedActAuthors(units, j, aside);
  // "a bombing in Jerusalem that killed", "a raid in Yland that killed": the place where it struck;
  // "an airstrike on Tuesday in Yland that killed": and when, in either order
  for (let pass = 0; pass < 2; pass++) {
    // "an airstrike in Y's capital killed": a place told by its owner's possessive (round 25)
    const owner = units[j - 1];
    if (
      units[j] &&
      !units[j].entity &&
      !units[j].punct &&
      OWNED_PLACES.has(units[j].lower) &&
      owner?.possessive &&
      (owner.entity?.type === 'Location' || owner.entity?.type === 'Country') &&
      PLACE_PREPOSITIONS.has(units[j - 2]?.lower ?? '')
    )
      j -= 3;
    const where = units[j]?.entity?.type;
    if (
      (where === 'Location' || where === 'Country') &&
      !units[j].punct &&
      PLACE_PREPOSITIONS.has(units[j - 1]?.lower ?? '')
    )
      j -= 2;
    const when = j;
    while (isTime(units[j]) && when - j < 3) j--;
    if (j < when && TIME_PREPS.has(units[j]?.lower ?? '') && !units[j].punct) j--;
  }
  // "the assault on a Yian school that killed …", "an attack on X peacekeepers in Z, which killed
  // …": the act noun before its target (round 32)
  j = targetedActAt(units, j, aside) ?? j;
  const noun = units[j];
  if (
    !noun ||
    (noun.punct && !(aside && noun.punct === ',')) ||
    familyOfNoun(noun) !== 'attack' ||
    !noun.tags.has('Noun')
  )
    return reached;
  const actors = nounAuthors(units, j);
  if (actors.length) return { actors, at: j, via: ' via act-noun' };
  if (reached) return reached;
  // "X conducted an airstrike near Y. The strike killed two Z members": a definite act noun with
  // no author in its sentence is the act an earlier sentence told, when one author told it
  // (./events.ts `recall`); not an indefinite one ("A strike killed …" names no author).
  const opener = definiteOpener(units, j);
  const recalled = opener !== undefined && events ? events.recall(units, opener) : [];
  return recalled.length ? { actors: recalled, at: j, via: ` via event:${familyOfNoun(noun)}` } : undefined;
}

/**
 * The actors `left` found before the active verb at `start`, unless the verb opens a "which"
 * clause and they are people ("X soldiers", a person) or places: "which" is said of things, and a
 * place does no act, so the clause is about something else before them (an act noun:
 * `actNounSubject`). In the passive the antecedent undergoes the act, so a place may be it.
 */
function actingAntecedent<T extends { actors: Unit[] }>(
  units: Unit[],
  start: number,
  left: T | undefined,
): T | undefined {
  const which = units[start - 1];
  if (!left || !which || which.entity || which.lower !== 'which') return left;
  const nonActor = (a: Unit) => !!a.serving || a.entity?.type === 'Person' || a.entity?.type === 'Location';
  return left.actors.length && left.actors.every(nonActor) ? undefined : left;
}

/**
 * The author an aside between commas names for the act noun before it, the aside closing at `j`:
 * "The attack, carried out by ⟦X⟧, killed …", "The bombing, claimed by ⟦X⟧, killed …", "The
 * assault, which ⟦X⟧ claimed, killed …" (round 32). Not "blamed on X" (an allegation).
 */
function authoredAside(units: Unit[], j: number): { actors: Unit[]; at: number; via?: string } | undefined {
  const last = units[j];
  if (!last || last.punct !== ',') return undefined;
  let noun: number;
  let actors: Unit[];
  if (last.entity && !last.possessive) {
    // "…, carried out by X," / "…, claimed by X,"
    const agents = listLeft(units, j);
    let p = agents.at - 1;
    if (units[p]?.lower === 'the' && !units[p].entity) p--;
    if (units[p]?.lower !== 'by' || units[p].entity) return undefined;
    p--;
    if (units[p]?.lower === 'out' && !units[p].entity) p--;
    if (!units[p] || units[p].entity || !AUTHORING.has(units[p].lower)) return undefined;
    noun = p - 1;
    actors = agents.actors;
  } else {
    // "…, which X claimed,", "…, which X carried out,"
    const v = last.lower === 'out' && !last.entity ? j - 1 : j;
    if (units[v].entity || !AUTHORING.has(units[v].lower)) return undefined;
    const agents = units[v - 1]?.entity && !units[v - 1].punct ? listLeft(units, v - 1) : undefined;
    if (!agents || units[agents.at - 1]?.lower !== 'which') return undefined;
    noun = agents.at - 2;
    actors = agents.actors;
  }
  const head = units[noun];
  if (!head || head.entity || head.punct !== ',' || familyOfNoun(head) !== 'attack') return undefined;
  return { actors, at: noun, via: ' via act-noun' };
}

/** Prepositions that name an act's target after its noun: "the attack on Y", "a raid against Y". */
const TARGET_PREPS = new Set(['on', 'against']);
/** How many words an act's target may take before the relative clause: "on a Yian army base in Z". */
const TARGET_SPAN = 10;

/**
 * The act noun whose target phrase ends at `j` ("the assault on ⟦a Yian school⟧ that killed"):
 * back over the target's words — names, nouns, a place after "in" — to "on/against" and the noun
 * of the attack family before it. Undefined when a verb or a punctuation mark (but the comma
 * before a "which" aside) stands between, or no such noun.
 */
function targetedActAt(units: Unit[], j: number, aside: boolean): number | undefined {
  for (let p = j; p >= 1 && j - p < TARGET_SPAN; p--) {
    const u = units[p];
    if (u.punct && !(p === j && aside && u.punct === ',')) return undefined;
    if ((!u.entity && RELATIVES.has(u.lower)) || opensOwnClause(u)) return undefined;
    if (!u.entity && TARGET_PREPS.has(u.lower))
      return p < j && familyOfNoun(units[p - 1]) === 'attack' && !units[p - 1].punct ? p - 1 : undefined;
    if (!u.entity && isVerb(u) && !u.tags.has('Noun') && !u.tags.has('Adjective')) return undefined;
  }
  return undefined;
}

/** The definite determiner that opens the noun phrase of the noun at `j` ("the", "this"), within three words. */
function definiteOpener(units: Unit[], j: number): number | undefined {
  for (let d = j - 1; d >= 0 && j - d <= 3; d--) {
    const u = units[d];
    if (u.entity || u.punct) return undefined;
    // an article or demonstrative only: an owner ("its strike") is read as the act's author elsewhere
    if (DEMONSTRATIVES.has(u.lower)) return d;
  }
  return undefined;
}

/** A group that states nothing of its own: no fact, or the speaker's own future ("it will hold talks with Y"). */
const noFactGroup = (g: Group, frame: FrameRecord) =>
  g.mood === 'none' || (g.future === true && !predicateIn(frame, g.mood));

/**
 * The event noun is the object of a verb whose group states nothing: "offered to mediate talks
 * between X and Y", "will hold talks with Y", "did not impose sanctions on Y".
 */
function governedByNoFact(units: Unit[], i: number, frame: FrameRecord): boolean {
  const j = governorOf(units, i);
  return (
    isVerb(units[j]) &&
    !units[j].punct &&
    (noFactGroup(groupAt(units, j), frame) ||
      // (not the record's own light verb: "cancelled joint exercises with Y" states the
      // cancelling, round 27)
      (calledOff(units[j]) && !isRecordLight(frame, units[j].lower)) ||
      AIM_GOVERNORS.has(units[j].lower) ||
      // "stood ready to host talks between X and Y": a readiness, no talks held, and no threat
      // either unless the record reads one ("stands ready to pursue sanctions"; round 37)
      (units[j - 1]?.lower === 'to' &&
        READINESS.has(units[j - 2]?.lower ?? '') &&
        !predicateIn(frame, 'threat')) ||
      (frame.predicate === 'SANCTIONED' &&
        UNDOING.has(units[j].lower) &&
        !isRecordLight(frame, units[j].lower)))
  );
}

/** The verb within five words before the event noun at `i` ("would end two years of … conflict"). */
function governorOf(units: Unit[], i: number): number {
  let j = i - 1;
  // "held face-to-face talks": a hyphenated modifier's last word tagged a verb is no governor
  while (
    j >= 0 &&
    i - j <= 5 &&
    !units[j].entity &&
    !units[j].punct &&
    (!isVerb(units[j]) || hyphenBefore(units, j))
  )
    j--;
  return j;
}

/**
 * Whether the unit before `k` is joined to it by a hyphen ("all-out", "face-to-face"): a verb tag
 * there is a modifier's second half. Not a name's dash, which closes an aside ("X — an ally of
 * Y — issued a warning").
 */
function hyphenBefore(units: Unit[], k: number): boolean {
  const prev = units[k - 1];
  return !!prev?.dash && !(prev.entity && !prev.possessive);
}

/** Verbs that end a fight, which was fought whatever their mood: "a plan that would end the war between X and Y". */
const ENDING = new Set([
  'end',
  'ends',
  'ended',
  'ending',
  'halt',
  'halted',
  'stop',
  'stopped',
  'resolve',
  'resolved',
]);

/** "cancelled talks between X and Y", "postponed a meeting with X": an event called off (round 13). */
const calledOff = (u: Unit | undefined) => !!u && !u.entity && !u.punct && CALLED_OFF.has(u.lower);

/**
 * "twice cancelled ⟦EU⟧-mediated talks with X": the verb before the name that modifies the event
 * noun (past an article or an adverb) calls the event off.
 */
function ownerCalledOff(units: Unit[], owner: number): boolean {
  const passed = (u: Unit) => !u.entity && !u.punct && (DETERMINERS.has(u.lower) || isAdverb(u));
  let k = owner - 1;
  while (k >= 0 && passed(units[k])) k--;
  return calledOff(units[k]);
}

/** "any aggression by X", "any Russian attack on Y": one word may stand between. */
function unrealNoun(units: Unit[], i: number): boolean {
  const before = [units[i - 1], units[i - 2]];
  return before.some(
    (u, n) => !!u && !u.punct && UNREAL_DETERMINERS.has(u.lower) && (n === 0 || !units[i - 1].punct),
  );
}

const AWAITING: ReadonlySet<string> = new Set(AWAITING_PHRASES);
/** How many describing words may stand between such a preposition and its event noun. */
const AWAITED_SPAN = 4;

/**
 * "Ahead of a major summit between X and Y", "on the eve of talks with Y": the event is awaited,
 * not stated as held.
 */
function awaitedNoun(units: Unit[], i: number): boolean {
  let k = i - 1;
  for (let n = 0; n < AWAITED_SPAN && units[k] && !units[k].punct && !units[k].entity; n++, k--) {
    const pair = `${units[k - 1]?.lower ?? ''} ${units[k].lower}`;
    if (AWAITING.has(pair)) return true;
  }
  return false;
}

/** A force's post after a name ("X police headquarters"), as the regex rules read it. */
const FORCE_POST = new RegExp(`^${FORCE_FACILITY}`);
function namesForcePost(units: Unit[], name: Unit): boolean {
  return FORCE_POST.test(wordsAfter(units, name));
}

/**
 * A place's facility after its name ("a strike on a X clinic", "X Police Station"): what was hit
 * is the facility, and the place only says where it stands, as the regex rules read it.
 */
const FACILITY_OF_PLACE = new RegExp(`^${FACILITY_AFTER_PLACE}`);
function namesFacilityOfPlace(units: Unit[], name: Unit): boolean {
  return (
    name.entity?.type === 'Location' && !name.possessive && FACILITY_OF_PLACE.test(wordsAfter(units, name))
  );
}

/**
 * "hit a Liberia-flagged cargo ship", "an Antigua- and Barbuda-flagged vessel": the state whose
 * flag a ship flies is not what was struck (round 35); nor is the place a ship or convoy is bound
 * for ("stormed a Y-bound flotilla", round 48).
 */
function flagStateOf(units: Unit[], name: Unit): boolean {
  return name.dash && !name.punct && wordWithin(units, name, FLAG_WORDS, 3);
}
const FLAG_WORDS = new Set(['flagged', 'registered', 'bound']);

/** "attacked X's financial network", "attacked X's policies": an owner's holding struck in words (ABSTRACT_HOLDINGS). */
function abstractHoldingOf(units: Unit[], name: Unit): boolean {
  return name.possessive && wordWithin(units, name, ABSTRACT_HOLDINGS, 2);
}

/** One of `words`, no name, within `reach` units after `name` and with no punctuation before it. */
function wordWithin(units: Unit[], name: Unit, words: ReadonlySet<string>, reach: number): boolean {
  const k = units.indexOf(name);
  for (const u of units.slice(k + 1, k + 1 + reach)) {
    if (!u.entity && words.has(u.lower)) return true;
    if (u.punct) return false;
  }
  return false;
}

/**
 * "an attack on X police headquarters", "on X's facility", "hit an X-flagged ship": X says where
 * the post is or whose flag a ship flies, not what was hit.
 */
const namesNoTarget = (units: Unit[], o: Unit): boolean =>
  namesForcePost(units, o) || namesFacilityOfPlace(units, o) || flagStateOf(units, o);

/** The next three words after a name, lower-cased, up to a punctuation mark. */
function wordsAfter(units: Unit[], name: Unit): string {
  const k = units.indexOf(name);
  if (name.punct) return '';
  const after: string[] = [];
  for (const u of units.slice(k + 1, k + 4)) {
    after.push(u.lower);
    if (u.punct || u.entity) break;
  }
  return after.join(' ');
}

/**
 * "to strengthen the U.S.-Japan alliance", "to deepen their partnership with Y": a standing tie
 * (a `mutual` record) named with a definite word is presupposed by the verb that governs it; "may
 * form an alliance with Y" is not. `at` is the first word of the noun's phrase (its dashed pair).
 */
function presupposed(units: Unit[], at: number, frame: FrameRecord): boolean {
  // "to end the conflict between X and Y", "would end two years of war between X and Y"
  if (frame.between && frame.predicate === 'ATTACKED')
    return ENDING.has(units[governorOf(units, at)]?.lower ?? '');
  if (!frame.mutual) return false;
  let j = at - 1;
  for (let n = 0; n < 3 && isQualifier(units[j]) && !units[j].punct; n++) j--;
  return !!units[j] && !units[j].entity && ['the', 'its', 'their', 'our'].includes(units[j].lower);
}

/** Participles that put an event ahead: "talks between X and Y are planned / scheduled / expected". */
const PLANNED = new Set(['planned', 'scheduled', 'expected', 'due', 'set', 'slated']);

/** "… are (now) planned for May" from `k`: a copula, then a participle of planning. */
function plannedAfter(units: Unit[], k: number): boolean {
  if (!units[k] || units[k].entity || !BE.has(units[k].lower) || units[k - 1]?.punct) return false;
  let v = k + 1;
  while (isAdverb(units[v])) v++;
  return !!units[v] && !units[v].entity && PLANNED.has(units[v].lower);
}

/**
 * Only articles and adjectives stand between the light verb `j` and the noun `i` ("signed a
 * strategic alliance"): no preposition, noun or pronoun ("extending their partnership" renews a
 * deal, which the annotations read as COOPERATED alone).
 */
function lightVerbsOwnObject(units: Unit[], j: number, i: number): boolean {
  return units
    .slice(j + 1, i)
    .every((u) => !u.entity && !u.punct && !u.tags.has('Preposition') && !u.tags.has('Noun'));
}
/**
 * Heads of fixed terms that end in "of" + a fight noun: "prisoners of war" are people, and "the
 * swap of prisoners of war between X and Y" is no war between them (round 48, fresh news).
 */
const FIXED_TERM_HEADS: ReadonlySet<string> = new Set(['prisoners', 'prisoner']);

/** The noun at `i` closes a fixed term ("prisoners of | war"), not a record of its own. */
function fixedTermTail(units: Unit[], i: number): boolean {
  return units[i - 1]?.lower === 'of' && FIXED_TERM_HEADS.has(units[i - 2]?.lower ?? '');
}

/** "strikes on X by Y", "Y's strikes on X", "Y launched strikes on X", "talks between X and Y". */
function nounFacts(units: Unit[], i: number, frame: FrameRecord, events?: EventMemory): Candidate[] {
  if ((governedByNoFact(units, i, frame) && !presupposed(units, i, frame)) || unrealNoun(units, i)) return [];
  if (unstatedNoun(units, i) || awaitedNoun(units, i)) return [];
  // "a proxy war between X and Y", "the trade war": the record's words that make it no such act
  if (frame.notAfter?.includes(units[i - 1]?.lower ?? '')) return [];
  if (fixedTermTail(units, i)) return [];
  const next = units[i + 1];
  let objects: Unit[] = [];
  let after = i + 1;
  // "X's war with Y": a war had with someone has two sides, as "at war with" has
  let warWith = false;
  // "X's clashes / conflict with Y": an owned fight noun of the two-sided record has two sides too;
  // under a light verb it stays one way, as "clashed with" does ("X engaged in fighting with Y")
  let fightWith = false;
  const b = sidesAt(units, i, frame);
  if (frame.between && units[b]?.lower === 'between') {
    const both = listRight(units, b + 1);
    // "the meeting between X and Y next month will / would …": an event still to come
    const end = units.indexOf(both[both.length - 1]) + 1;
    if (both.length >= 2 && (modalAfter(units, end) || plannedAfter(units, end))) return [];
    // "a conflict between the president and parliament over the budget": a quarrel, not a fight
    const over = both.length >= 2 && QUARREL_MARKERS.has(units[end]?.lower ?? '');
    if (over && DISPUTES.has(units[i].lower)) return [];
    if (both.length >= 2) return pairs(both, frame, ':between');
    // "cooperation between the two countries": the article's two parties
    const h = b + 3;
    const twoSided = frame.predicate === 'COOPERATED' || frame.mutual === true;
    if (!events || !twoSided || twoPartiesAt(units, h, false) !== b + 1) return [];
    if (modalAfter(units, h + 1)) return [];
    const parties = sentencePair(units, b) ?? events.parties(units, false);
    return parties.length === 2 ? pairs(parties, frame, ':between via referring:the-two') : [];
  }
  const ofOwner = supportOfOwner(units, i, frame);
  if (ofOwner) return ofOwner;
  // "a peace deal signed in X in May by A and B": the signers deal with each other
  const signers = signedBy(units, i, frame);
  if (signers.length >= 2) return pairs(signers, frame, ':signed-by');
  // "attacks directed at X", "strikes aimed at X", "raids targeting X"
  const aimed = ['directed', 'aimed'].includes(next?.lower ?? '') && units[i + 2]?.lower === 'at' ? 3 : 0;
  const opener = aimed || (next?.lower === 'targeting' ? 2 : 0);
  if (opener && frame.predicate === 'ATTACKED') {
    objects = listRight(units, i + opener);
    after = objects.length ? units.indexOf(objects[objects.length - 1]) + 1 : i + opener;
  } else {
    // "airstrikes Saturday against X", "Y's meetings a few days ago with X": the frame's
    // preposition past words of when and where
    const later = laterPrep(units, i, frame) ?? donePrep(units, i, frame);
    const prep =
      later ??
      (next && frame.preps?.includes(next.lower)
        ? i + 1
        : (sharedPrep(units, i, frame) ?? oneOf(units, i, frame) ?? pastWhat(units, i, frame)));
    if (prep !== undefined) {
      warWith = WARS.has(units[i].lower) && units[prep].lower === 'with';
      fightWith = twoSidedFight(frame) && units[prep].lower === 'with';
      // "commitment to defend Y": a verb of the record's `through` stands before the object
      const start = pastThrough(units, prep + 1, frame);
      // "an airstrike on the outskirts of Y": a place told by its edge is where, not whom
      objects = onEdgeOf(units, prep) ? [] : listRight(units, start);
      // "agreed on the Xian settlement, with the presidents A and B calling for …": an absolute clause
      if (absoluteWith(units, prep, objects)) objects = [];
      // "solidarity with the Xian people", "support for the people of X": the country (./people-of.ts)
      if (frame.predicate === 'SUPPORTS' && !objects.length) objects = peoplesOfCountriesAt(units, start);
      // "commitment to a strong, sovereign X", "support for Xian independence", "support for
      // efforts by X": the state or body backed, told by a description (./supported-states.ts, round 45)
      if (frame.predicate === 'SUPPORTS' && !objects.length)
        objects = supportedThroughDescription(units, start);
      // "the condemnation of the attacks by Y": criticising an act criticises its author (./stance.ts)
      if (frame.predicate === 'CRITICIZED' && !objects.length) objects = actAuthors(units, start);
      // "restrictions on seven Xian drone producers": the country too (./sanctioned-states.ts)
      if (frame.predicate === 'SANCTIONED')
        for (const s of sanctionedStatesAt(units, start))
          if (!objects.some((o) => o.entity?.id === s.entity?.id)) objects = [...objects, s];
      after = objects.length ? units.indexOf(objects[objects.length - 1]) + 1 : start;
      // "the designation of the A – B's Army (AB) and C": a name dashed onto another name is one
      // name the entity step split; neither half is the target.
      if (frame.predicate === 'SANCTIONED') objects = objects.filter((o) => !splitByDash(units, o));
      // "support for the A-B dialogue": two names dashed onto the noun they qualify are neither
      // supported (round 36)
      if (frame.predicate === 'SUPPORTS') objects = objects.filter((o) => !dashedOntoNoun(units, o));
      if (frame.headForBody) objects = objects.map((o) => bodyOfHead(units, o) ?? o);
      if (frame.predicate === 'SUPPORTS' && objects.length && !supportsWhole(units, start, objects[0]))
        return [];
    }
  }
  // "an attack by Y on X": the author first, then the object after the frame's preposition.
  if (!objects.length && next?.lower === 'by' && !units[i].punct) {
    const byFirst = authorThenObject(units, i + 2, frame);
    if (byFirst) return byFirst;
  }
  // "the attacks carried out on Monday by X against Y": the participle of doing, then the author
  const doneBy = !units[i].punct && FORCE.has(frame.predicate) ? doneByAt(units, i + 1, false) : undefined;
  if (doneBy !== undefined && objects.length) {
    const agents = agentsRight(units, doneBy + 1);
    const first = units.indexOf(objects[0]);
    if (agents.length && units.indexOf(agents[agents.length - 1]) < first)
      return facts(agents, objects, frame.predicate, frame, ':done-by');
  } else if (doneBy !== undefined) {
    const byFirst = authorThenObject(units, doneBy + 1, frame);
    if (byFirst) return byFirst;
  }
  // "sanctions on X's sister", "an attack on X's son": the kin is the object, as for a verb
  objects = objects.filter(
    (o) =>
      !kinOf(units, units.indexOf(o)) &&
      !formerHolderOf(units, units.indexOf(o)) &&
      !opponentOf(units, units.indexOf(o)),
  );
  // "an attack on X police headquarters": X is where the post is, not what was hit.
  if (frame.predicate === 'ATTACKED') objects = objects.filter((o) => !namesNoTarget(units, o));
  // "sanctions targeting facilitators of Y": Y's helpers are the ones sanctioned, as for a verb
  if (frame.predicate === 'SANCTIONED')
    objects = objects.filter((o) => !supporterOf(units, units.indexOf(o)));
  // "sanctions on seven Xian nationals": the state's private people (round 35)
  if (frame.predicate === 'SANCTIONED')
    objects = objects.filter((o) => !demonymOn(units, units.indexOf(o), NOT_SANCTION_TARGETS));
  // "criticism of Y's arrest": Y suffered what is criticised
  if (frame.predicate === 'CRITICIZED') objects = objects.filter((o) => !harmDoneTo(units, o));
  // "signed the accord with Y's support": Y backs the act, it is no party to the dealing
  if (frame.predicate === 'COOPERATED' && objects.length === 1 && objects[0].possessive) {
    const after = units[units.indexOf(objects[0]) + 1];
    if (after && !after.entity && BACKING_NOUNS.has(after.lower)) objects = [];
  }
  // "the need for Y to act": a noun record's `followedBy` words must follow its objects
  if (frame.followedBy && objects.length && !isFollowed(units, objects, frame.followedBy)) objects = [];
  // "cut ties with Y": a noun that states its fact only through its own light verbs
  if (frame.lightOnly) return ownLightFacts(units, i, frame, objects);
  // "In solidarity with Y, X …": the main clause's subject ("In partnership with Y, X …" is
  // acting together, read by ./partners.ts, not an alliance)
  const fronted = objects.length ? frontedNounActors(units, i) : undefined;
  if (fronted && frame.mutual) return [];
  // the fronted phrase closes on its comma: "In solidarity with Y, A and B recalled …"
  const inPhrase = (o: Unit) => units.indexOf(o) < (fronted?.at ?? 0);
  if (fronted) return facts(fronted.actors, objects.filter(inPhrase), frame.predicate, frame, ':fronted');
  // The actor: "by Y" after the object, a name modifying the noun, or a light verb's subject.
  // ("war against Y by putting its land at Z's disposal": a gerund after "by" tells the means, not
  // the author: round 42)
  if (units[after]?.lower === 'by' && !meansAfterBy(units, after + 1))
    return facts(agentsRight(units, after + 1), objects, frame.predicate, frame, ':by');
  // "the attack on Y was carried out by X", "strikes on Y conducted last week by X"
  const doneAfter =
    objects.length && FORCE.has(frame.predicate)
      ? doneByAt(units, pastObjectHead(units, after), true)
      : undefined;
  if (doneAfter !== undefined)
    return facts(agentsRight(units, doneAfter + 1), objects, frame.predicate, frame, ':done-by');
  // "X's brutal, unprovoked invasion of Y", "X's 2014 invasion of Y", "X's illegal and immoral
  // war against Y" (round 42: "and" between two qualifiers of an act of force; "X-mediated and
  // direct talks" stay the talks of no one)
  let j = i - 1;
  const firm = (u: Unit | undefined) =>
    frame.predicate === 'SUPPORTS' && !!u && !u.entity && SUPPORT_QUALIFIERS.has(u.lower);
  for (
    let n = 0;
    n < 3 &&
    (isQualifier(units[j]) || firm(units[j])) &&
    !progressiveLight(units, j) &&
    [',', ''].includes(units[j].punct);
    n++
  ) {
    j--;
    if (FORCE.has(frame.predicate) && andBetweenQualifiers(units, j)) j--;
  }
  const owned = (owner: Unit, how: string) => [
    ...facts([owner], objects, frame.predicate, frame, how),
    ...(warWith || fightWith || frame.mutual
      ? facts(objects, [owner], frame.predicate, frame, `${how}:mutual`)
      : []),
  ];
  // "⟦X⟧-backed talks with Y": X backs the talks, it is not a side of them (round 36; an
  // "⟦X⟧-backed attack" stays X's, as the gold reads it)
  const backer =
    frame.predicate === 'COOPERATED' && units[j]?.dash && BACKER_WORDS.has(units[j + 1]?.lower ?? '');
  if (backer) return [];
  // "X's deep partnership and continued support to Y": the owner of a first support noun joined
  // by "and" owns the second too (round 38)
  if (!units[j]?.entity) j = conjoinedSupportOwner(units, i, frame) ?? j;
  if (units[j]?.entity && !units[j].punct) {
    // "an X incursion into Y could displace thousands": the noun is a modal verb's subject
    if (ownerCalledOff(units, j) || modalRightAfter(units, objects)) return [];
    // "The minister reiterated Peru's support for Y": the speaker's too (round 36)
    const voiced = voicedOwnerSpeakers(units, j, frame);
    const how = `:voiced${voiced?.via ?? ''}`;
    return [
      // "A's and B's support for Y": each listed owner's (round 41)
      ...listedOwners(units, j).flatMap((owner) => owned(owner, ':modifier')),
      ...(voiced ? facts(voiced.actors, objects, frame.predicate, frame, how) : []),
    ];
  }
  // "X, through its invasion of Y": "its" is the nearest body or country named before it.
  if (units[j]?.lower === 'its' && !units[j].entity && objects.length) {
    const owner = ownerBefore(units, j);
    // "… would make ⟦X⟧ widen its aggression against Y": the owner's clause states no fact (round 41)
    if (owner && noFactClause(units, units.indexOf(owner))) return [];
    return owner ? owned(owner, ':its') : [];
  }
  // "launched new air strikes", "placed economic and trade sanctions", "carried out an airstrike"
  // "an all-out offensive": a hyphenated modifier's second half tagged a verb is no light verb
  const lightAt = (n: number) =>
    (isVerb(units[n]) && !hyphenBefore(units, n)) ||
    progressiveLight(units, n) ||
    lockedInFight(units, n, frame);
  for (let n = 0; n < 5 && j >= 0 && !units[j].entity && !units[j].punct && !lightAt(j); n++) j--;
  if (units[j] && ['out', 'up'].includes(units[j].lower)) j--;
  // "locked in": the tagger may read "in" as the phrasal verb's particle
  if (units[j]?.lower === 'in' && lockedInFight(units, j - 1, frame)) j--;
  // "reaffirmed their commitment to A and support for B": a second noun shares the first's verb (round 23)
  const isLight = (n: number) =>
    lightAt(n) && (LIGHT_VERBS.has(units[n]?.lower ?? '') || isRecordLight(frame, units[n]?.lower ?? ''));
  const first = !isLight(j) && frame.predicate === 'SUPPORTS' ? conjoinedNounBefore(units, i) : undefined;
  if (first !== undefined) {
    j = first - 1;
    for (let n = 0; n < 5 && j >= 0 && !units[j].entity && !units[j].punct && !lightAt(j); n++) j--;
  }
  const light =
    LIGHT_VERBS.has(units[j]?.lower ?? '') ||
    isRecordLight(frame, units[j]?.lower ?? '') ||
    // "X, which is at war with Y", "X has been at war with Y since 2014": the state's subject
    (warWith && atWar(units, j, i)) ||
    // "claimed responsibility for / was behind the killing of Y" (./culprits.ts)
    (FORCE.has(frame.predicate) && culpritVerbAt(units, j, i));
  if (lightAt(j) && (light || importanceOf(units, j, i))) {
    // "held no talks with Y", "signed no deal with Y": the noun phrase denies the act; and "had"
    // before another verb is that verb's auxiliary ("had not acknowledged talks with Y")
    const between = units.slice(j + 1, i);
    if (between.some((u) => !u.entity && NEGATIONS.has(u.lower))) return [];
    // "He claimed that the recapture of Y was a victory": an act of force opening a clause of its
    // own is no claim of responsibility (round 47; "conveyed that assistance for Y is on its way"
    // still voices the support)
    if (FORCE.has(frame.predicate) && between.some((u) => !u.entity && CLAUSE_OPENERS.has(u.lower)))
      return [];
    // "voiced concern over the strikes on Y": the light verb takes the noun of judgment, and the
    // act it holds is someone else's
    if (FORCE.has(frame.predicate) && between.some((u) => !u.entity && JUDGMENT_NOUNS.has(u.lower)))
      return [];
    // "signed a deal after clashes with Y": a noun in a time adjunct is not the light verb's object
    if (between.some((u) => !u.entity && !u.punct && TIME_ADJUNCTS.has(u.lower))) return [];
    if (HAVE.has(units[j].lower) && between.some((u) => isVerb(u))) return [];
    // "has yet to talk with Y", "have to talk with Y": the noun is an infinitive under "have",
    // an act not done (round 28)
    if (HAVE.has(units[j].lower) && units[i - 1]?.lower === 'to' && !units[i - 1].entity) return [];
    const g = groupAt(units, j);
    const predicate = predicateIn(frame, g.mood);
    // "X and Y engaged in / are locked in heavy fighting": a fight noun's own light verb, then "in",
    // after a joint subject: two sides, each attacking the other (the passive "locked" too)
    const lockedIn = lockedInFight(units, j, frame);
    const left =
      predicate && (!g.passive || lockedIn)
        ? // "praised Y and Z for concluding talks": the ones credited did the act (./credited.ts, round 39)
          (creditedActors(units, g.start) ??
          leftActors(units, g.start) ??
          // "A Yian delegation held talks with Z": the one name a description holds (round 39)
          describedSubjectActors(units, g.start) ??
          frontedActors(units, g.start) ??
          coordinatedActors(units, g.start) ??
          // "X returned on Tuesday, holding talks with Y"
          participleActors(units, g.start))
        : undefined;
    if (GUARD_TRACE) traceLightDrops(units, g, frame, objects, left);
    if (!predicate || !left || noFactClause(units, left.at)) return [];
    if (!objects.length && (frame.predicate === 'COOPERATED' || frame.mutual || lockedIn)) {
      // "A and B signed a strategic alliance": an alliance with no "with/between" is the pair's own
      // only as the light verb's object; not a noun further on ("continued collaboration on
      // alliance command", "stressed the importance of the Alliance": a bloc's) (round 47)
      if (frame.predicate === 'SUPPORTS' && !lightVerbsOwnObject(units, j, i)) return [];
      const sides = jointSides(left.actors, frame);
      return sides.length > 1 ? pairs(sides, frame, `:light-verb${left.via ?? ''}`) : [];
    }
    const how = `:light-verb${left.via ?? ''}`;
    const back =
      frame.mutual || warWith ? facts(objects, left.actors, predicate, frame, `${how}:mutual`) : [];
    return [...facts(left.actors, objects, predicate, frame, how), ...back];
  }
  const sequel =
    frame.predicate === 'COOPERATED' && objects.length ? clauseAfterDealing(units, i) : undefined;
  return sequel ? facts(sequel.actors, objects, frame.predicate, frame, ':following') : [];
}

/**
 * "engaged in heavy fighting", "are locked in clashes": a two-sided fight noun's own light verb
 * (the record's `light`), with "in" right after it, at `j`.
 */
function lockedInFight(units: Unit[], j: number, frame: FrameRecord): boolean {
  return (
    !!frame.between &&
    frame.predicate === 'ATTACKED' &&
    isRecordLight(frame, units[j]?.lower ?? '') &&
    units[j + 1]?.lower === 'in' &&
    !units[j].punct
  );
}

/**
 * "emphasized their commitment to A and support for B": the event noun at `i` is the second of two
 * joined by "and", whose first is another noun of the lexicon within the clause (no punctuation,
 * no verb between); its index, or undefined.
 */
function conjoinedNounBefore(units: Unit[], i: number): number | undefined {
  let a = i - 1;
  for (let n = 0; n < 2 && units[a] && !units[a].entity && !units[a].punct; n++)
    // an owner or a qualifier the conjoined noun may carry: "and (our) (strong) support for"
    if (OWNER_PRONOUNS.has(units[a].lower) || units[a].tags.has('Adjective')) a--;
  const and = units[a];
  if (!and || and.entity || and.punct || and.lower !== 'and') return undefined;
  for (let f = a - 1; f >= 0 && a - f <= 10; f--) {
    const u = units[f];
    // "a secure, prosperous, and democratic hemisphere": commas between qualifiers stay in the phrase
    if (u.punct && f < a - 1 && !(u.punct === ',' && u.tags.has('Adjective'))) return undefined;
    if (!u.entity && NOUN_FRAMES.has(u.lower) && !u.punct) return f;
    // a finite verb opens another clause ("… and Peru announced support for B"); "free trade" does not
    if (!u.entity && isVerb(u) && (u.tags.has('PastTense') || isAux(units[f - 1]))) return undefined;
  }
  return undefined;
}

/**
 * "X's deep partnership and continued support to Y": when the support noun at `i` is the second
 * of two joined by "and" (each with its own qualifiers only) and the first is a support noun too, the index of the name that owns the
 * first (a possessive or a name on the noun, past up to three qualifiers); else undefined.
 * "X's invasion and the support for Y" gives none: an owned act is no owned support.
 */
function conjoinedSupportOwner(units: Unit[], i: number, frame: FrameRecord): number | undefined {
  if (frame.predicate !== 'SUPPORTS') return undefined;
  let a = i - 1;
  for (let n = 0; n < 3 && isQualifier(units[a]) && !units[a].punct; n++) a--;
  const [and, first] = [units[a], units[a - 1]];
  if (!and || and.entity || and.punct || and.lower !== 'and' || !first || first.entity || first.punct)
    return undefined;
  if (!(NOUN_FRAMES.get(first.lower) ?? []).some((f) => f.predicate === 'SUPPORTS')) return undefined;
  let j = a - 2;
  for (let n = 0; n < 3 && isQualifier(units[j]) && !units[j].punct; n++) j--;
  return units[j]?.entity && !units[j].punct ? j : undefined;
}

/** Nouns of a fight that also name a quarrel: "a conflict between X and Y over the budget". */
const DISPUTES = new Set(['conflict', 'conflicts']);

/** Verbs of being in a state: "is / remains / has been at war with Y". */
const BEING = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'remain', 'remains', 'remained']);

/** "(is) at war with": the verb of being at `j` stands right before "at" and the war noun at `i`. */
/** A record of fighting had by both sides alike ("clashes", "fighting", "conflict": `noun:clashes-between`). */
function twoSidedFight(frame: FrameRecord): boolean {
  return !!frame.between && frame.predicate === 'ATTACKED';
}

function atWar(units: Unit[], j: number, i: number): boolean {
  return i === j + 2 && units[j + 1]?.lower === 'at' && BEING.has(units[j]?.lower ?? '');
}

/** "Y leader Z", "Y chief Z": the titles that make Z the head of the body named before them. */
const HEAD_TITLES = new Set(['leader', 'chief', 'head', 'founder', 'emir']);

/** The body a person is named as the head of, just before the name: "Y leader Z" gives Y. */
function bodyOfHead(units: Unit[], o: Unit): Unit | undefined {
  const at = units.indexOf(o);
  const title = units[at - 1];
  const body = units[at - 2];
  if (o.entity?.type !== 'Person' || !title || title.entity || title.punct || !HEAD_TITLES.has(title.lower))
    return undefined;
  return body?.entity?.type === 'Organization' && !body.punct ? body : undefined;
}

/** "… into Y could displace": a modal verb right after a noun's last object (unless "… will continue"). */
function modalRightAfter(units: Unit[], objects: Unit[]): boolean {
  const at = objects.length ? units.indexOf(objects[objects.length - 1]) : -1;
  if (at < 0 || units[at].punct || !MODALS.has(units[at + 1]?.lower ?? '')) return false;
  return !GOES_ON_AFTER_MODAL.some((words) =>
    words.split(' ').every((word, n) => units[at + 2 + n]?.lower === word),
  );
}

/**
 * "X has cut all diplomatic ties with Y", "X broke off relations with Y": the noun at `i` after one
 * of its record's own light verbs (past a few modifiers and "off"), whose stated subject acts on
 * the noun's objects.
 */
function ownLightFacts(units: Unit[], i: number, frame: FrameRecord, objects: Unit[]): Candidate[] {
  // "A and B exchanged accusations": a mutual noun with no object is had by a joint subject (round 30)
  if (!objects.length && !frame.mutual) return [];
  let j = i - 1;
  // "all-out war": compromise may tag a hyphenated modifier's second half a verb; it is no light verb
  const light = (k: number) =>
    (isVerb(units[k]) && !hyphenBefore(units, k)) || isRecordLight(frame, units[k].lower);
  for (let n = 0; n < 4 && j >= 0 && !units[j].entity && !units[j].punct && !light(j); n++) {
    // "recalled that its ambassador to Y …": the noun opens a clause of its own, not the verb's object
    if (CLAUSE_OPENERS.has(units[j].lower)) return [];
    j--;
  }
  // "called off talks", "carried out operations", "stepped up raids": the light verb's particle
  if (['off', 'out', 'up'].includes(units[j]?.lower) && j > 0) j--;
  // "Ecuador cut ties": compromise may tag the light verb right after a name a noun
  const named = !!units[j - 1]?.entity && !units[j - 1].punct && !units[j - 1].possessive;
  if (!units[j] || !(isVerb(units[j]) || named) || !isRecordLight(frame, units[j].lower)) return [];
  const g = groupAt(units, j);
  const predicate = predicateIn(frame, g.mood);
  const left = predicate && !g.passive ? leftActors(units, g.start) : undefined;
  if (GUARD_TRACE) traceLightDrops(units, g, frame, objects, left);
  if (!predicate || !left || noFactClause(units, left.at)) return [];
  const how = `:light-verb${left.via ?? ''}`;
  if (!objects.length) return left.actors.length > 1 ? pairs(left.actors, frame, how) : [];
  // "X exchanged accusations with Y": a mutual noun states the fact both ways
  const back = frame.mutual ? facts(objects, left.actors, predicate, frame, `${how}:mutual`) : [];
  return [...facts(left.actors, objects, predicate, frame, how), ...back];
}

/** Words that open a clause: a noun after one is that clause's, not an earlier verb's object. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whether', 'if', 'when', 'how', 'why']);

/**
 * "Z was extradited by X to Y", "Z was extradited to Y by X": a record that moves its subject to
 * what its particle opens (`moved`) acts, in the passive, on the particle's object, by the agent
 * after "by" (round 21). Anything else there states nothing.
 */
function movedFacts(
  units: Unit[],
  k: number,
  frame: FrameRecord,
  predicate: Predicate,
  particle: string,
): Candidate[] {
  const span = (from: number, read: (units: Unit[], k: number) => Unit[]) => {
    const named = read(units, from);
    const last = named[named.length - 1];
    return { named, next: last ? nextWord(units, units.indexOf(last) + 1) : from };
  };
  const first = units[k]?.lower;
  if (first !== 'by' && first !== particle) return [];
  const one = span(k + 1, first === 'by' ? agentsRight : listRight);
  const other = units[one.next]?.lower === (first === 'by' ? particle : 'by') ? one.next : undefined;
  if (other === undefined || !one.named.length) return [];
  const two = span(other + 1, first === 'by' ? listRight : agentsRight);
  const [agents, objects] = first === 'by' ? [one.named, two.named] : [two.named, one.named];
  return facts(agents, objects, predicate, frame, ':passive');
}

/**
 * The guard trace (../relations/guard-trace.ts) of a noun after a light verb: what its subject
 * would state when the verb's mood or a clause of no fact ("if", "denied") leaves it out.
 */
function traceLightDrops(
  units: Unit[],
  g: Group,
  frame: FrameRecord,
  objects: Unit[],
  left: { actors: Unit[]; at: number } | undefined,
): void {
  if (g.passive) return;
  const mood = predicateIn(frame, g.mood) ? undefined : g.mood;
  const actors = left ?? (mood ? leftActors(units, g.start) : undefined);
  if (!actors) return;
  const guard = mood
    ? `frames:light-mood:${mood}`
    : noFactClause(units, actors.at)
      ? 'frames:no-fact-clause'
      : '';
  if (guard) traceDrops(guard, facts(actors.actors, objects, frame.predicate, frame, ':light-verb'));
}

/** "following", "after": a dealing named after them was had by the clause's subject. */
const SEQUEL_OPENERS = new Set(['following', 'after']);

/**
 * "Following a peace accord with X, Y disarmed", "Y has been in exile following talks with X": the
 * dealing noun at `i` opens (after a word or two of kind) a phrase of time before or after the
 * main clause, whose subject had it. The subject, when the phrase opens the sentence and a named
 * subject with its verb follows the comma, or when the phrase follows a clause that a named
 * subject opens.
 */
function clauseAfterDealing(units: Unit[], i: number): { actors: Unit[] } | undefined {
  let o = i - 1;
  while (i - o <= 4 && units[o] && !units[o].entity && !units[o].punct && !SEQUEL_OPENERS.has(units[o].lower))
    o--;
  if (!units[o] || !SEQUEL_OPENERS.has(units[o].lower) || units[o].entity || units[o].punct) return undefined;
  if (o === 0) {
    let c = i;
    while (units[c] && c - i < 12 && !units[c].punct) c++;
    if (units[c]?.punct !== ',') return undefined;
    const actors = listRight(units, c + 1);
    let e = actors.length ? units.indexOf(actors[actors.length - 1]) + 1 : -1;
    while (e > 0 && isAdverb(units[e])) e++;
    return e > 0 && isVerb(units[e]) && !units[e - 1].punct ? { actors } : undefined;
  }
  // "X has been in Y following talks with Z": a clause of its own, no comma between
  if (units.slice(0, o).some((u) => u.punct)) return undefined;
  let v = 0;
  while (v < o && !isVerb(units[v])) v++;
  if (v >= o || units[v].tags.has('Preposition')) return undefined;
  const left = leftActors(units, groupAt(units, v).start);
  return (left && left.at === 0) || left?.at === 1 ? { actors: left.actors } : undefined;
}

/**
 * "commitment to the security of X" supports X, "commitment to the denuclearization of X" does
 * not: an "of" phrase before the object names what is supported, which must be a part of X one
 * backs (./words.ts SUPPORTED_ASPECTS).
 */
function supportsWhole(units: Unit[], start: number, object: Unit): boolean {
  const at = units.indexOf(object);
  const of = units.slice(start, at).findIndex((u) => u.lower === 'of');
  return of < 1 || SUPPORTED_ASPECTS.has(units[start + of - 1].lower);
}

/**
 * Where the sides of the event noun at `i` begin: past time words ("talks on Saturday and Sunday
 * between", "meetings a few days ago with"), a place ("clashes in X between"), a participle of
 * holding with its place ("the meeting held in X, Y, between") and, for a noun that takes both
 * sides after "between", a repeat of the noun in apposition ("a combined operation, a partnered
 * operation, between"). The index of the first word after them (`i + 1` when none stands there);
 * a comma is passed only where it closes such a phrase.
 */
function sidesAt(units: Unit[], i: number, frame: FrameRecord, stop = (_b: number) => false): number {
  let b = i + 1;
  let closed = !!units[i].punct;
  if (closed && frame.between) {
    // "a combined operation, a partnered operation, between": the noun again, closed by a comma
    let t = i + 1;
    while (t - i <= 4 && units[t] && !units[t].entity && !units[t].punct && units[t].lower !== units[i].lower)
      t++;
    if (t > i + 1 && units[t]?.lower === units[i].lower && units[t].punct === ',') {
      b = t + 1;
      closed = false;
    }
  }
  if (!closed && HELD.has(units[b]?.lower ?? '') && PLACE_PREPOSITIONS.has(units[b + 1]?.lower ?? '')) b++;
  // "fighting erupted on Friday between X and Y", "war broke out between": the noun's outbreak (round 14)
  if (
    !closed &&
    frame.between &&
    OUTBREAK_AUX.has(units[b]?.lower ?? '') &&
    !units[b].punct &&
    ERUPTED.has(units[b + 1]?.lower ?? '')
  )
    b++;
  if (!closed && frame.between && ERUPTED.has(units[b]?.lower ?? '') && !units[b].entity) {
    closed = !!units[b].punct;
    b++;
    if (!closed && units[b]?.lower === 'out') closed = !!units[b++].punct;
  }
  // words of where that name no one ("in a remote area", "approximately 30 kilometers north of
  // X") widen the reach by their own length
  let reach = 8;
  while (b - i <= reach && !closed && !stop(b)) {
    const u = units[b];
    const at = placeNameAt(units, b);
    const unnamed = unnamedPlaceEnd(units, b);
    if (unnamed > b) {
      reach += unnamed - b;
      closed = !!units[unnamed - 1].punct;
      b = unnamed;
      continue;
    }
    // "talks there with X": "there" is where, like a place
    if (isTime(u) || u?.lower === 'and' || (u?.lower === 'there' && !u.entity)) b++;
    // "a few days ago": numbers before a time word
    else if (countedTime(units, b) > b) b = countedTime(units, b);
    // "nearly a year ago", "almost two weeks ago"
    else if (APPROXIMATELY.has(u?.lower ?? '') && countedTime(units, b + 1) > b + 1)
      b = countedTime(units, b + 1);
    // "clashes in X between …": the place, then the sides; "held in X, Y, between": a place's
    // own place after a comma
    else if (at !== undefined) {
      const place = units[at];
      if (!place?.entity) break;
      b = at + 1;
      const within = units[b];
      const distance = place.punct === ',' ? distanceEnd(units, b) : b;
      if (place.punct === ',' && within?.entity && within.punct === ',' && isPlace(within)) b++;
      else if (distance > b) {
        // "near X, approximately 105 kilometers north of Y, against Z"
        reach += distance - b;
        b = distance;
      } else if (place.punct) closed = true;
      continue;
    } else break;
    closed = !!units[b - 1].punct;
  }
  return closed ? -1 : b;
}

/**
 * "airstrikes Saturday against X", "an airstrike in Y against X", "meetings a few days ago with X":
 * the frame's preposition after words of when and where; its index.
 */
function laterPrep(units: Unit[], i: number, frame: FrameRecord): number | undefined {
  // "on" is a time word too ("on Monday"); as the frame's preposition it opens a name
  const prep = (n: number) => !!frame.preps?.includes(units[n]?.lower ?? '') && !isTime(units[n + 1]);
  const b = sidesAt(units, i, frame, prep);
  const open = !units[b - 1]?.punct || closesDistance(units, b);
  return b > i + 1 && frame.preps?.includes(units[b]?.lower ?? '') && open ? b : undefined;
}

/** The comma before `b` closes an apposition of distance ("…, approximately 30 km north of X, against"). */
function closesDistance(units: Unit[], b: number): boolean {
  for (let s = Math.max(0, b - 9); s < b - 1; s++) if (distanceEnd(units, s) === b) return true;
  return false;
}

/**
 * "sanctions imposed on X by Y", "strikes launched against X by Y": a participle of doing
 * (./words.ts DONE) between the noun and the frame's preposition; the preposition's index. The
 * author is then read from "by" after the object, as for "an attack on X by Y".
 */
function donePrep(units: Unit[], i: number, frame: FrameRecord): number | undefined {
  const at = units[i + 2]?.lower === 'out' ? i + 3 : i + 2;
  const done = !units[i].punct && !units[i + 1]?.punct && DONE.has(units[i + 1]?.lower ?? '');
  return done && frame.preps?.includes(units[at]?.lower ?? '') ? at : undefined;
}

/** "a few days", "two weeks": the index of the time word after a run of numbers from `k`, else `k`. */
function countedTime(units: Unit[], k: number): number {
  let t = k;
  while (t - k < 3 && units[t]?.tags.has('Value') && !units[t].entity && !units[t].punct) t++;
  return t > k && isTime(units[t]) ? t : k;
}

/** A place or state by its name; no unit (a sentence cut short: "fired on two vehicles in.") is none. */
const isPlace = (u: Unit | undefined) => u?.entity?.type === 'Location' || u?.entity?.type === 'Country';

/** "far", "northeastern" (compromise may tag either a noun or an adverb), or an adjective. */
const isWhereWord = (u: Unit) =>
  u.tags.has('Adjective') ||
  /^(?:far|central|(?:north|south)(?:east|west)?ern|(?:east|west)ern)$/.test(u.lower);
/** Past up to two lower-case words of direction or kind ("far northeastern"): the index after them. */
function pastWhere(units: Unit[], n: number): number {
  let m = n;
  while (m - n < 2 && units[m] && !units[m].entity && !units[m].punct && isWhereWord(units[m])) m++;
  return m;
}

/** Nouns of a place that name no one: "in a remote area", "near a village". */
const UNNAMED_PLACES = new Set([
  'area',
  'region',
  'part',
  'village',
  'town',
  'district',
  'zone',
  'vicinity',
  'streets',
]);
/** Where told with no article: "at sea". */
const BARE_WHERE = new Set(['sea']);

/**
 * "in a remote area", "near a village": a place phrase of `PLACE_PREPOSITIONS`, an article, up to two
 * words of kind and a place noun, with no name and no "of" after it; the index after it, else `b`.
 */
function unnamedPlaceEnd(units: Unit[], b: number): number {
  if (!PLACE_PREPOSITIONS.has(units[b]?.lower ?? '') || units[b].punct) return b;
  let t = b + 1;
  // "a fierce battle at sea between X and Y": where, with no article (round 43)
  if (BARE_WHERE.has(units[t]?.lower ?? '') && !units[t].entity && units[t + 1]?.lower !== 'of') return t + 1;
  if (!['a', 'an', 'the'].includes(units[t]?.lower ?? '') || units[t].punct) return b;
  t++;
  while (t - b <= 4 && units[t] && !units[t].entity && !units[t].punct && !UNNAMED_PLACES.has(units[t].lower))
    if (units[t].tags.has('Adjective')) t++;
    else return b;
  const head = units[t];
  if (!head || head.entity || !UNNAMED_PLACES.has(head.lower)) return b;
  if (units[t + 1]?.lower === 'of') return head.punct ? b : ofPlaceEnd(units, t + 2, b);
  return t + 1;
}

/**
 * "in the streets of X", "in the streets of X's main port Y": the named place a place noun's "of"
 * opens (a country's possessive, up to three words of kind, then its town), closed by no comma;
 * the index after it, else `fallback` (round 45).
 */
function ofPlaceEnd(units: Unit[], t: number, fallback: number): number {
  const place = units[t];
  if (!place?.entity || !isPlace(place)) return fallback;
  if (!place.possessive || place.punct) return place.punct ? fallback : t + 1;
  for (let k = t + 1; k <= t + 4 && units[k]; k++) {
    const u = units[k];
    if (u.entity) return isPlace(u) && !u.punct && !u.possessive ? k + 1 : fallback;
    // a town the entity step left unnamed: "X's key port Y"
    if (k > t + 1 && u.tags.has('ProperNoun') && !u.punct) return k + 1;
    if (u.punct || isVerb(u) || u.tags.has('ProperNoun')) return fallback;
  }
  return fallback;
}

/** Units of distance: "105 kilometers north of X". */
const DISTANCE_UNITS = new Set(['kilometers', 'kilometres', 'km', 'miles', 'mi']);

/**
 * "approximately 105 kilometers north of X," after a place and its comma: an apposition of where,
 * closed by its own comma; the index after it, else `b`.
 */
function distanceEnd(units: Unit[], b: number): number {
  let t = b;
  if (
    APPROXIMATELY.has(units[t]?.lower ?? '') ||
    ['approximately', 'roughly', 'around'].includes(units[t]?.lower ?? '')
  )
    t++;
  if (!units[t]?.tags.has('Value') || units[t].entity || units[t].punct) return b;
  t++;
  if (!DISTANCE_UNITS.has(units[t]?.lower ?? '') || units[t].punct) return b;
  t++;
  if (units[t] && !units[t].entity && !units[t].punct && /^(?:north|south|east|west)/.test(units[t].lower))
    t++;
  if (units[t]?.lower !== 'of' || units[t].punct) return b;
  // the place: a name, or up to three proper nouns the entity step left unnamed, closed by a comma
  for (let p = t + 1; p <= t + 3 && units[p]; p++) {
    const w = units[p];
    if (w.entity ? !isPlace(w) : !w.tags.has('ProperNoun')) return b;
    if (w.punct) return w.punct === ',' ? p + 1 : b;
  }
  return b;
}

/** "in (the) X", "near X": after a preposition of place at `b`, the index of the word naming the place. */
function placeNameAt(units: Unit[], b: number): number | undefined {
  if (!PLACE_PREPOSITIONS.has(units[b]?.lower ?? '')) return undefined;
  return b + 1 + (units[b + 1]?.lower === 'the' ? 1 : 0);
}

/**
 * "accusations of ethnic cleansing against Y": what a criticism is about, an "of" phrase without a
 * name, stands between the noun and its preposition; the preposition's index.
 */
function pastWhat(units: Unit[], i: number, frame: FrameRecord): number | undefined {
  if (frame.predicate !== 'CRITICIZED' || units[i + 1]?.lower !== 'of' || units[i].punct) return undefined;
  for (let t = i + 2; t - i <= 5 && units[t] && !units[t].entity; t++) {
    if (frame.preps?.includes(units[t].lower)) return t > i + 2 ? t : undefined;
    if (units[t].punct || isVerb(units[t])) return undefined;
  }
  return undefined;
}

/**
 * "a deal signed (in X in May) by A and B": the signers of a dealing noun (./words.ts SIGNED),
 * when "by" follows the participle within a few words of where and when.
 */
function signedBy(units: Unit[], i: number, frame: FrameRecord): Unit[] {
  if (frame.predicate !== 'COOPERATED' || !SIGNED.has(units[i + 1]?.lower ?? '') || units[i].punct) return [];
  for (let b = i + 2; b - i < 14 && units[b] && !units[b - 1].punct; b++) {
    if (units[b].lower === 'by' && !units[b].entity) return agentsRight(units, b + 1);
    if (isVerb(units[b]) && !isTime(units[b]) && !PLACE_PREPOSITIONS.has(units[b].lower)) return [];
  }
  return [];
}

/**
 * The event noun is the subject of a verb group that states nothing: the first verb after the
 * phrase at `k`, in the same sentence, carries a modal or a negation ("would generate").
 */
function modalAfter(units: Unit[], k: number): boolean {
  for (let v = k; v < units.length && v - k < 14; v++) {
    if (['.', ';', ':'].includes(units[v - 1]?.punct ?? '') && v > k) return false;
    // "… would be a disaster": a modal before a copula, with no other verb
    // (not the month: "ongoing since May 10")
    if (MODALS.has(units[v].lower) && !units[v].entity && !units[v].tags.has('Date')) return true;
    if (isVerb(units[v]) && !isAux(units[v])) return groupAt(units, v).mood === 'none';
  }
  return false;
}

/**
 * The sides a joint subject gives a two-sided noun with no object of its own. An alliance or a
 * partnership binds states and bodies, not the people who speak of it: "the Secretary and the
 * Foreign Minister emphasized the importance of the Alliance" states no support between the two
 * (round 47: both such pairs on train are wrong).
 */
function jointSides(actors: Unit[], frame: FrameRecord): Unit[] {
  return frame.predicate === 'SUPPORTS' ? actors.filter((u) => u.entity?.type !== 'Person') : actors;
}

/** "agreed on the importance of support …": verb `j`, "the importance of" before the noun at `i`. */
function importanceOf(units: Unit[], j: number, i: number): boolean {
  if (!IMPORTANCE_VERBS.has(units[j].lower)) return false;
  const words = units.slice(j + 1, i).map((u) => u.lower);
  const at = words.indexOf('importance');
  return at >= 0 && words[at + 1] === 'of';
}

/** Past an object's head nouns ("Y's embassy", "Yian troops"), up to two words, from `k`. */
function pastObjectHead(units: Unit[], k: number): number {
  let n = k;
  while (
    n - k < 2 &&
    units[n] &&
    !units[n].entity &&
    !units[n - 1]?.punct &&
    units[n].tags.has('Noun') &&
    !isVerb(units[n])
  )
    n++;
  return units[n - 1]?.punct && n > k ? k : n;
}

/** Participles of doing an attack, besides `DONE`: "the attacks committed by X". */
const COMMITTED = new Set(['committed', 'perpetrated']);
/** A passive's auxiliaries before a participle of doing: "was carried out by X". */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'has', 'have', 'had']);

/**
 * "carried out (on Monday) by", "was conducted by", "committed last week by": from `k`, a
 * participle of doing (after a passive's auxiliaries when `aux`), its "out", words of when, and
 * "by"; the index of "by". Undefined for any other words ("was not carried out by", "may have been
 * carried out by" state nothing).
 */
function doneByAt(units: Unit[], k: number, aux: boolean): number | undefined {
  let n = k;
  while (isTime(units[n])) n++;
  if (aux) while (n - k < 4 && PASSIVE_AUX.has(units[n]?.lower ?? '') && !units[n].punct) n++;
  const word = units[n];
  if (!word || word.punct || word.entity || !(DONE.has(word.lower) || COMMITTED.has(word.lower)))
    return undefined;
  n++;
  if (units[n]?.lower === 'out' && !units[n - 1].punct) n++;
  const open = () => !units[n - 1]?.punct;
  while (
    open() &&
    (isTime(units[n]) || (['on', 'in'].includes(units[n]?.lower ?? '') && isTime(units[n + 1])))
  )
    n++;
  return open() && units[n]?.lower === 'by' && !units[n].entity ? n : undefined;
}

/**
 * "an attack by the rebels on a French plane", "the raid by X against Y": the authors after "by",
 * then the object after one of the frame's prepositions right after them. Undefined when no such
 * preposition follows the authors.
 */
function authorThenObject(units: Unit[], k: number, frame: FrameRecord): Candidate[] | undefined {
  const agents = agentsRight(units, k);
  if (!agents.length) return undefined;
  const last = units.indexOf(agents[agents.length - 1]);
  // "by X forces on Y": the agent's head noun, if any; never a place ("by X near the town of Y").
  const end = AGENT_HEADS.has(units[last + 1]?.lower ?? '') && !units[last].punct ? last + 2 : last + 1;
  if (units[end - 1]?.punct || !frame.preps?.includes(units[end]?.lower ?? '')) return undefined;
  let objects = listRight(units, end + 1);
  if (frame.predicate === 'ATTACKED') objects = objects.filter((o) => !namesNoTarget(units, o));
  return facts(agents, objects, frame.predicate, frame, ':by-first');
}

/** "by putting", "by sending": a plain word in "-ing" right after "by" opens a means, not an agent. */
const meansAfterBy = (units: Unit[], k: number) =>
  !!units[k] && !units[k].entity && /^[a-z]+ing$/.test(units[k].lower) && units[k].lower !== 'king';

/** "illegal and immoral": an "and" at `j` that joins two qualifiers of one act noun. */
const andBetweenQualifiers = (units: Unit[], j: number) =>
  units[j]?.lower === 'and' && !units[j].entity && !units[j].punct && isQualifier(units[j - 1]);

const isQualifier = (u: Unit | undefined) =>
  !!u &&
  !u.entity &&
  (u.tags.has('Adjective') ||
    u.tags.has('Value') ||
    /^\d{4}$/.test(u.lower) ||
    EVENT_QUALIFIERS.has(u.lower));

/** "invasion, occupation, and attempted annexation of Y": coordinated event nouns share the last one's object. */
function sharedPrep(units: Unit[], i: number, frame: FrameRecord): number | undefined {
  let t = i;
  for (let n = 0; n < 8 && ['', ','].includes(units[t]?.punct ?? '.'); n++) {
    t++;
    const u = units[t];
    if (!u || u.entity) return undefined;
    if (u.lower === 'and' || isQualifier(u)) continue;
    if (!frame.nouns?.includes(u.lower)) return undefined;
    if (!u.punct && frame.preps?.includes(units[t + 1]?.lower ?? '')) return t + 1;
  }
  return undefined;
}

/**
 * "attacks in recent weeks, including one on Y": "one" repeats the noun, whose object follows; the
 * preposition's index ("sanctions, including against Y" leaves "one" out). A verb can stand in no
 * such place, so the word is the noun.
 */
function oneOf(units: Unit[], i: number, frame: FrameRecord): number | undefined {
  for (let t = i; t - i < 6 && units[t] && !units[t].entity && (t === i || !isVerb(units[t])); t++) {
    if (units[t].punct === ',') {
      const [opener, one, prep] = units.slice(t + 1, t + 4);
      // "sanctions, including against Y": the noun's preposition right after the opener
      if (LIST_OPENERS.has(opener?.lower ?? '') && !opener.punct && frame.preps?.includes(one?.lower ?? ''))
        return t + 2;
      const named = LIST_OPENERS.has(opener?.lower ?? '') && one?.lower === 'one' && !one.punct;
      return named && frame.preps?.includes(prep?.lower ?? '') ? t + 3 : undefined;
    }
    if (units[t].punct) return undefined;
  }
  return undefined;
}

/** How many words may qualify a governed name: "in the neighbouring X". */
const NAME_QUALIFIER_REACH = 3;

/** A determiner or an adjective before a name: "the", "neighbouring", "war-torn". */
const qualifiesName = (u: Unit): boolean => DETERMINERS.has(u.lower) || u.tags.has('Adjective');

/**
 * The body or country "its" stands for: the nearest one named before it in the sentence that is
 * no preposition's object ("its invasion of Y and its annexation of Z": not Y) and no mere
 * qualifier of a noun ("Russia's decision to send Y troops into its war": not Y; a possessive
 * owner still counts). After "for" (a reason) a preposition's object counts: "sanctions on X for
 * its war" blames X; so does the name right before "in its": "support of X in its war with Y".
 */
function ownerBefore(units: Unit[], j: number): Unit | undefined {
  // "imposed sanctions on X for its aggression": a reason's "its" is the one blamed, often an object
  const reason = units[j - 1]?.lower === 'for' && !units[j - 1].entity;
  // "in support of X in its war with Y": the name right before "in its" owns what follows
  const named = units[j - 2];
  const owner = ['Country', 'Organization'].includes(named?.entity?.type ?? '');
  if (units[j - 1]?.lower === 'in' && !units[j - 1].entity && owner && !named.punct && !named.possessive)
    return named;
  for (let k = j - 1; k >= 0; k--) {
    const type = units[k].entity?.type;
    let p = k - 1;
    // "strikes in neighbouring X as part of its offensive": a place's qualifiers stand between the
    // preposition and the name it governs (round 47)
    while (
      units[p] &&
      !units[p].entity &&
      !units[p].punct &&
      qualifiesName(units[p]) &&
      k - p <= NAME_QUALIFIER_REACH
    )
      p--;
    // "the implications of X's decision": the preposition governs the decision, not its owner X
    const next = units[k + 1];
    // "as X prepares for an offensive in its war": a conjunction tagged a preposition opens a
    // clause whose subject X is, with its verb after it (round 35)
    // ("strikes in X": the tagger may call "in" a phrasal verb's particle)
    const governed =
      !!units[p] &&
      !units[p].entity &&
      (units[p].tags.has('Preposition') || PLACE_PREPOSITIONS.has(units[p].lower)) &&
      !units[k].possessive &&
      !(next && !next.entity && !units[k].punct && isVerb(next));
    const qualifier =
      !units[k].possessive && !units[k].punct && !!next && !next.entity && next.tags.has('Noun');
    // "pressure on X to end its war with Y", "urged X to halt its attacks": the one asked to act
    // is the subject of the infinitive whose object "its" opens, whatever governs it
    const asked = next?.lower === 'to' && !next.entity && isVerb(units[k + 2]);
    if ((type === 'Country' || type === 'Organization') && (!governed || reason || asked) && !qualifier)
      return units[k];
  }
  return undefined;
}

/**
 * "met X ahead of the A-B Strategic Dialogue", "prior to A-B talks", "before the A-B summit": the
 * dashed pair's meeting is still to come (round 47); "a possible A-B summit" only spoken of.
 */
function aheadOf(units: Unit[], at: number): boolean {
  // "a possible A–B summit": one only spoken of (round 49)
  if (UNHELD_EVENT_QUALIFIERS.has(units[at - 1]?.lower ?? '')) return true;
  let k = at - 1;
  while (units[k] && !units[k].entity && DETERMINERS.has(units[k].lower)) k--;
  const [before, word] = [units[k - 1]?.lower, units[k]?.lower];
  return (before === 'ahead' && word === 'of') || (before === 'prior' && word === 'to') || word === 'before';
}

/**
 * "the India-Brazil talks", "the annual Peru – Chile Strategic Dialogue": a dashed pair of names
 * before a noun of acting together (one that takes both sides after "between") names both sides.
 */
function dashedPair(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  if ((frame.predicate !== 'COOPERATED' && !frame.mutual) || !frame.between) return [];
  let j = i - 1;
  const qualifier = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && !isVerb(u) && !DETERMINERS.has(u.lower) && !u.tags.has('Preposition');
  while (i - j <= 3 && qualifier(units[j])) j--;
  const [a, b] = [units[j - 1], units[j]];
  if (!a?.entity || !b?.entity || !a.dash || a.punct || b.punct || a.possessive || b.possessive) return [];
  // "a practice to meet X prior to India-Brazil talks": talks still to come.
  if (governedByNoFact(units, j - 1, frame) && !presupposed(units, j - 1, frame)) return [];
  if (aheadOf(units, j - 1)) return [];
  // "the A-B-C trilateral talks": each pair of a chain of three deals; four or more dashed names
  // are a group's meeting, no dealing between each pair (as a joint statement of four, round 14)
  let s = j - 1;
  const chained = (u: Unit | undefined) => !!u?.entity && u.dash && !u.punct && !u.possessive;
  while (j - s < 4 && chained(units[s - 1])) s--;
  // "the X-Y Mutual Defense Treaty": an alliance, each side's support (./defense-treaties.ts)
  const alliance =
    frame.predicate === 'COOPERATED' && defenseTreatyAt(units, j + 1, i) ? ALLIANCE_FRAME : undefined;
  return j - s < 3
    ? pairs(units.slice(s, j + 1), alliance ?? frame, alliance ? ':dashed:defense-treaty' : ':dashed')
    : [];
}

const ARTICLE_WORDS = new Set(['the', 'a', 'an']);

/** A verb form compromise read as something else, standing where only a verb can. */
function betweenNames(units: Unit[], i: number): boolean {
  let p = i - 1;
  while (isTime(units[p])) p--;
  const prev = units[p];
  const next = units[nextWord(units, i + 1)];
  // "X hit Y", "X is striking Y" (after an auxiliary: compromise may read it as an adjective)
  // Not after an article and a demonym: "occupied the ⟦Xian⟧ side of Y" names a noun (round 41)
  const described =
    !!prev?.entity && isDemonymWord(prev.lower) && ARTICLE_WORDS.has(units[p - 1]?.lower ?? '');
  const placed = (!!prev?.entity && !prev.possessive && !described) || isAux(prev);
  // "are battling soldiers": a form in -ing after an auxiliary is the verb, whatever follows.
  const progressive = isAux(prev) && units[i].lower.endsWith('ing') && !!next && !next.punct;
  // "Norwegian sanctions, Peru said": a word closed by punctuation reaches no object past it.
  const closed = !!units[i].punct && !progressive;
  return (
    placed &&
    !prev.punct &&
    !closed &&
    (progressive || !!next?.entity || next?.tags.has('Preposition') === true)
  );
}

/** The word before `i` closes a hyphenated modifier ("high-level", "face-to-face"), so `i` is its noun. */
function hyphenatedBefore(units: Unit[], i: number): boolean {
  const a = units[i - 2];
  const b = units[i - 1];
  return !!a && !!b && a.dash && !a.entity && !b.entity && !a.punct && !b.punct;
}

/** A name joined by a dash to the name after it, or the name after such a dash ("A – B's Army"). */
function splitByDash(units: Unit[], o: Unit): boolean {
  const k = units.indexOf(o);
  const prev = units[k - 1];
  return (o.dash && !o.punct && !!units[k + 1]?.entity) || (!!prev?.entity && prev.dash && !prev.punct);
}

/** "the A-B dialogue": a name dashed onto another that, with it, qualifies the noun after them. */
function dashedOntoNoun(units: Unit[], o: Unit): boolean {
  const k = units.indexOf(o);
  const second = o.dash && !o.punct ? k + 1 : units[k - 1]?.dash && !units[k - 1].punct ? k : -1;
  const [pair, head] = [units[second], units[second + 1]];
  return (
    second > 0 &&
    !!pair?.entity &&
    !pair.punct &&
    !pair.possessive &&
    !!head &&
    !head.entity &&
    head.tags.has('Noun') &&
    !head.tags.has('Verb')
  );
}

/** How many words a prison term may hold before its agent: "to 15 years in federal prison by". */
const TERM_SPAN = 8;

/** Past a prison term at `k` ("to ten years in prison") to the "by" of its agent; `k` when none follows. */
function pastSentenceTerm(units: Unit[], k: number): number {
  if (units[k]?.lower !== 'to' || units[k].entity || units[k].punct) return k;
  for (let j = k + 1; j < units.length && j - k <= TERM_SPAN; j++) {
    const u = units[j];
    if (u.entity) return k;
    if (u.lower === 'by') return j;
    if (u.punct) return k;
  }
  return k;
}

/**
 * "continued to besiege Y", "threatened to torch Y": a frame verb's bare form right after a verb's
 * "to", which compromise may tag a noun or an adjective ("besiege", "torch"); the verb group reads
 * its mood from the governing verb (./groups.ts). Not "access to aid": the word before "to" must
 * be a verb, with at most one adverb between ("moved quickly to besiege").
 */
function governedInfinitive(units: Unit[], i: number, frames: FrameRecord[]): boolean {
  const [u, to] = [units[i], units[i - 1]];
  if (!to || to.lower !== 'to' || to.entity || to.punct || u.punct) return false;
  if (!frames.some((f) => f.lemma === u.lower)) return false;
  const governor = isAdverb(units[i - 2]) ? units[i - 3] : units[i - 2];
  if (!governor || governor.punct) return false;
  // "launched an offensive to oust X": the purpose of an operation, for an act of force
  const purpose =
    !governor.entity &&
    PURPOSE_OPERATION_NOUNS.has(governor.lower) &&
    frames.some((f) => f.lemma === u.lower && FORCE.has(f.predicate));
  return isVerb(governor) || purpose;
}

/**
 * Every fact the sentence's verb groups and event nouns state. `events` is the article's memory
 * of acts told in its earlier sentences (./events.ts); give the same one for every sentence.
 * `stricken` is the one country the article's disaster or crisis struck, if any (./aid.ts);
 * `quotes` the sentence's quotations whose speaker is named (../relations/quote-speakers.ts).
 */
export function readFrames(
  units: Unit[],
  events = new EventMemory(),
  stricken?: Entity,
  quotes: readonly Quoted[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity) continue;
    const verbFrames = VERB_FRAMES.get(u.lower);
    const nounFrames = NOUN_FRAMES.get(u.lower) ?? [];
    if (
      verbFrames &&
      (isVerb(u) ||
        betweenNames(units, i) ||
        governedInfinitive(units, i, verbFrames) ||
        importanceVerbBefore(units, i) !== undefined)
    ) {
      const read = verbFrames.map((frame) => ({ frame, facts: verbFacts(units, i, frame, events) }));
      // "attacked Y's decision": a record that names its object's heads and reads this object
      // shadows the lemma's plain records (`shadows`, round 30)
      const shadowed = read.some((r) => r.frame.shadows && r.facts.length);
      for (const r of read)
        if (!shadowed || r.frame.shadows || r.frame.objectHeads || r.frame.particle) out.push(...r.facts);
    }
    for (const frame of nounFrames) {
      out.push(...dashedPair(units, i, frame), ...responseFacts(units, i, frame, events));
      // A noun compromise read as a verb still heads its frame before the frame's preposition:
      // "US support for Israel".
      if (
        u.tags.has('Noun') ||
        !isVerb(u) ||
        // "held high-level talks", "face-to-face talks": after a hyphenated modifier (round 25)
        hyphenatedBefore(units, i) ||
        [...(frame.preps ?? []), 'directed', 'aimed', 'targeting', frame.between ? 'between' : ''].includes(
          units[i + 1]?.lower ?? '',
        ) ||
        oneOf(units, i, frame) !== undefined ||
        laterPrep(units, i, frame) !== undefined
      ) {
        const stated = withinParties(frame, nounFacts(units, i, frame, events));
        // "C mediated talks between A and B": the mediator deals with each party (round 27)
        out.push(...stated, ...mediatorFacts(units, i, frame, stated));
      }
    }
  }
  out.push(...readPartners(units));
  out.push(...readRoles(units));
  // "Xian ally Y", "X and its ally Y", "Y is a key Xian ally" (./ally-phrases.ts, round 49)
  out.push(...readAllyPhrases(units));
  // "six Yian soldiers were killed when X attacked …": the attacker of the clause after the dead
  out.push(...readDeadWhenAttacked(units));
  // "X took the town after a fierce fight with Y": the clause subject's fight (./fought-with.ts)
  out.push(...readFoughtWith(units));
  // "Y defends itself against Xian aggression": the aggressor attacked the defender (./defenders.ts)
  out.push(...readDefenders(units));
  // "11 troops were killed", "five militants died in the fighting": the other side of the article's fight
  out.push(...readFallen(units, out, events));
  // "this airstrike killed one (1) terrorist": the killer told or recalled, the dead the side it fought
  out.push(...readUnnamedDead(units, out, events));
  // Aid given to a recipient named, or to the one country the article's disaster struck.
  out.push(...readAid(units, stricken, events));
  // Help as the purpose of what is sent or undertaken ("X sent a team to help Y").
  out.push(...readHelpPurposes(units));
  // A joint statement told with its signers around it ("In a joint statement, A and B …").
  out.push(...readJointStatements(units));
  // Aid given through a body is the body's too ("X, through A, announced $3 million in aid to Y").
  out.push(...aidChannels(units, out));
  // Stance and events across sentences: stance clauses, then mark recalled authors and remember
  // this sentence's acts.
  out.push(...readStanceClauses(units, events));
  out.push(...readOwnedAccusations(units));
  // Prosecutions announced: each announcer criticised the article's defendants ("A and B made the announcement").
  out.push(...readAnnouncements(units, events));
  // The court's state criticised defendants told without an author ("B was sentenced along with C").
  out.push(...readCourts(units, out, events));
  // Faults a quotation's speaker names as someone's ("“… Y's illegal war,” said X").
  out.push(...readQuotedFaults(units, quotes));
  // Condemnable acts a quotation's speaker gives a clause's subject ("“Y continues to violate …,” said X").
  out.push(...readQuotedJudgments(units, quotes));
  // Designees a sanctions release names after the act ("Today's designations include X").
  out.push(...readDesignations(units, events));
  // Names put on a sanctions or export list ("added A to the Entity List", "A, an entity on the Entity List").
  out.push(...readListings(units, events));
  out.push(...nationalSanctioners(units, out));
  // Sanctions a breach presupposes ("transactions with X that violated US sanctions").
  out.push(...readViolations(units));
  // Legal actions settled with the one who brought them ("agreed to settle Y's charges").
  out.push(...readSettlements(units));
  // Demands told through their answer ("Y rejected the appeals made by A to …").
  out.push(...readAnsweredAppeals(units));
  // Acts done at someone's request ("At the request of Y, X conducted …").
  out.push(...readRequests(units));
  // Demands told by a noun with the side and its act ("Z's demand for Y to stop …").
  out.push(...readAskedFor(units));
  // Time given to act ("X gave Y ten days to …", "X set a deadline for Y to …").
  out.push(...readDeadlines(units));
  // A response promised on a condition ("X warned it would respond if Y holds the drills").
  out.push(...readConditionalThreats(units, quotes));
  // A stance told from its target's side ("Y drew sharp criticism from X").
  out.push(...readDrawnStance(units, events));
  // A fault the speaker names as such ("… because of what it called Y's unconstitutional rule").
  out.push(...readCalledFaults(units));
  // A regulator's charges about a deal ("According to X's complaint, A's acquisition of B would …").
  out.push(...readDealAllegations(units));
  // A hostile act a stated support is given in the face of ("X's support for Y in the face of Z's war").
  out.push(...readFacedFaults(units, out));
  return events.remember(units, out);
}
