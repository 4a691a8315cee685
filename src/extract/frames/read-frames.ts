// The frame engine: reads the facts of one sentence from its verb groups and event nouns.
// A verb's actor is the phrase just left of its verb group — the sentence's subject for a finite
// verb, the noun a participle or relative clause modifies otherwise — so an act never jumps over
// a noun to a distant subject ("sanctions targeting X": the sanctions target, nobody attacks).
// Its object is the phrase just right (after the frame's particle), never a place after
// "in/at/near". Passive verbs take their actor from "by". Modals, negation, "if"/"unless" and
// denial state no fact; "threatened to strike X" states a threat. Lists expand in ./lists.ts.
import type { Entity, Predicate } from '../../model';
import type { Candidate } from '../relations/apply-rules';
import { NOUN_FRAMES, VERB_FRAMES, type FrameRecord } from './lexicon';
import { listLeft, listRight } from './lists';
import { stanceObjects } from './stance';
import type { Unit } from './units';
import {
  AGENT_HEADS,
  ALLIES,
  BE,
  DETERMINERS,
  DIRECTIONS,
  FACT_GOVERNORS,
  HYPHEN_MODIFIERS,
  LIGHT_VERBS,
  MODALS,
  NEGATIONS,
  NO_FACT_OPENERS,
  PEOPLE_HEADS,
  RELATIVES,
  SAY_VERBS,
  SPEAKER_PRONOUNS,
  THREAT_GOVERNORS,
  TIME_WORDS,
  WATER,
} from './words';

/** Acts whose threat is a threat to the object: "threatened to strike / to sanction Y". */
const COERCIVE = new Set<Predicate>(['ATTACKED', 'KILLED', 'SANCTIONED']);
const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country']);

const isVerb = (u: Unit | undefined) => !!u && !u.entity && u.tags.has('Verb');
const isAdverb = (u: Unit | undefined) => !!u && !u.entity && u.tags.has('Adverb') && !NEGATIONS.has(u.lower);
const isAux = (u: Unit | undefined) =>
  !!u &&
  !u.entity &&
  (u.tags.has('Auxiliary') ||
    u.tags.has('Modal') ||
    BE.has(u.lower) ||
    MODALS.has(u.lower) ||
    NEGATIONS.has(u.lower) ||
    ['has', 'have', 'had', 'having', 'do', 'does', 'did'].includes(u.lower));
const nounish = (u: Unit | undefined) =>
  !!u &&
  (!!u.entity ||
    ((u.tags.has('Noun') || u.tags.has('Adjective') || DETERMINERS.has(u.lower) || u.tags.has('Value')) &&
      !u.tags.has('Verb')));

/** What a verb group states: a fact, a threat, or nothing. */
type Mood = 'fact' | 'threat' | 'none';

interface Group {
  /** First unit of the group (auxiliaries included) and the main verb. */
  start: number;
  verb: number;
  passive: boolean;
  mood: Mood;
}

/** The verb group ending on the verb at `i`: its auxiliaries, voice and mood. */
function groupAt(units: Unit[], i: number): Group {
  let start = i;
  while (start > 0 && (isAux(units[start - 1]) || (isAdverb(units[start - 1]) && isAux(units[start - 2]))))
    start--;
  const aux = units.slice(start, i).map((u) => u.lower);
  const verb = units[i];
  const participle =
    verb.tags.has('PastTense') || verb.tags.has('Participle') || /(?:ed|en|wn|ck|ht|t)$/.test(verb.lower);
  const passive =
    !verb.lower.endsWith('ing') &&
    participle &&
    (aux.some((a) => BE.has(a)) || (aux.length === 0 && units[nextWord(units, i + 1)]?.lower === 'by'));
  let mood: Mood = aux.some((a) => MODALS.has(a) || NEGATIONS.has(a)) ? 'none' : 'fact';
  if (mood === 'fact' && units[start - 1]?.lower === 'to') {
    const governor = start - 2;
    if (isVerb(units[governor])) {
      const g = groupAt(units, governor);
      const word = units[governor].lower;
      if (g.mood === 'none') mood = 'none';
      else if (THREAT_GOVERNORS.has(word)) mood = 'threat';
      else if (FACT_GOVERNORS.has(word)) mood = g.mood;
      else mood = 'none';
      return { start: g.start, verb: i, passive, mood };
    }
    mood = 'none';
  }
  return { start, verb: i, passive, mood };
}

/** The next unit at or after `k` that is not an adverb. */
function nextWord(units: Unit[], k: number): number {
  while (isAdverb(units[k])) k++;
  return k;
}

/**
 * The actors just left of unit `end` (exclusive): a named subject or list, the actor behind
 * "X forces", the antecedent of "which/who", or the name before an apposition. Undefined when the
 * phrase there is not a name (a participle's noun, "the sanctions").
 */
export function leftActors(
  units: Unit[],
  end: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  let j = end - 1;
  while (isAdverb(units[j]) || isTime(units[j])) j--;
  let u = units[j];
  if (!u) return undefined;
  if (!u.entity && SPEAKER_PRONOUNS.has(u.lower)) {
    // "X said Thursday (that) it carried out strikes": the pronoun is the speaker.
    let k = j - 1;
    if (units[k]?.lower === 'that') k--;
    while (isTime(units[k]) || isAdverb(units[k])) k--;
    if (!isVerb(units[k]) || !SAY_VERBS.has(units[k].lower) || units[k].punct) return undefined;
    const speaker = leftActors(units, groupAt(units, k).start);
    return speaker && { ...speaker, via: ' via reported-speaker' };
  }
  if (RELATIVES.has(u.lower) && !u.entity) {
    j--;
    u = units[j];
    if (!u) return undefined;
  }
  if (u.entity && !u.possessive) {
    // "militants in X targeting Y": a name after a preposition is a place or a complement, never
    // the actor of the verb that follows it.
    const list = listLeft(units, j);
    let p = list.at - 1;
    // back over "the", "western", "the agency's" to the preposition, if any
    const modifies = (u: Unit) =>
      u.entity
        ? u.possessive
        : u.tags.has('Adjective') || DETERMINERS.has(u.lower) || DIRECTIONS.has(u.lower);
    while (units[p] && !units[p].punct && modifies(units[p])) p--;
    const prep = units[p];
    if (!prep?.tags.has('Preposition')) return list;
    // "the foreign ministers of X and Y met", "X of the Y agency urged": through "of", the head acts.
    if (prep.lower !== 'of') return undefined;
    const head = units[p - 1];
    if (head?.entity && !head.possessive) return listLeft(units, p - 1);
    return head && (AGENT_HEADS.has(head.lower) || PEOPLE_HEADS.has(head.lower)) ? list : undefined;
  }
  if (!u.entity && u.punct === ',') {
    // "X, the armed group, attacked Y" / "X fighters, armed with rockets, attacked Y": an aside
    // between commas; the actor is the name (or "X fighters") before it.
    let k = j - 1;
    while (k >= 0 && !units[k].punct && j - k < 10) k--;
    const before = units[k];
    if (before?.entity && before.punct === ',' && !before.possessive) return listLeft(units, k);
    if (before?.punct === ',') return agentHead(units, k);
    return undefined;
  }
  return agentHead(units, j);
}

/** "US forces", "Hezbollah rockets", "U.S. intelligence officials": the name acting through a head. */
function agentHead(units: Unit[], j: number): { actors: Unit[]; at: number } | undefined {
  const u = units[j];
  // "X and its allies accuse Y": X accuses.
  if (
    u &&
    ALLIES.has(u.lower) &&
    ['its', 'their'].includes(units[j - 1]?.lower ?? '') &&
    units[j - 2]?.lower === 'and'
  )
    return units[j - 3]?.entity ? listLeft(units, j - 3) : undefined;
  if (!u || u.entity || !AGENT_HEADS.has(u.lower)) return undefined;
  let k = j - 1;
  // "Iran-backed militias attacked": the militias act, not Iran.
  if (HYPHEN_MODIFIERS.has(units[k]?.lower ?? '')) return undefined;
  if (units[k] && !units[k].entity && !units[k].punct && nounish(units[k])) k--;
  // "U.N. and French helicopters fired": every name of the list acts.
  return units[k]?.entity && !units[k].punct ? listLeft(units, k) : undefined;
}

const isTime = (u: Unit | undefined) =>
  !!u && !u.entity && (u.tags.has('Date') || TIME_WORDS.has(u.lower)) && !u.punct;

/** A clause opened by "if", "unless" or a denial, in the few words before the actor. */
function noFactClause(units: Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 6; k--) {
    if (NO_FACT_OPENERS.has(units[k].lower)) return true;
    if (units[k].punct === ';' || units[k].punct === '.') return false;
  }
  return false;
}

function facts(
  actors: Unit[],
  objects: Unit[],
  predicate: Predicate,
  frame: FrameRecord,
  how: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of actors) {
    if (!ACTOR_TYPES.has(s.entity!.type)) continue;
    for (const o of objects) {
      if (o.entity!.id === s.entity!.id) continue;
      if (predicate === 'ATTACKED' && o.entity!.type === 'Location' && WATER.test(o.entity!.name)) continue;
      // Killing a group's soldiers or a country's citizens attacks the group or the country.
      const stated = predicate === 'KILLED' && o.entity!.type !== 'Person' ? 'ATTACKED' : predicate;
      const via = [s, o].map((u) => u.mention?.reason).filter((r) => r?.startsWith('coref:'));
      out.push({
        subject: s.entity as Entity,
        predicate: stated,
        object: o.entity as Entity,
        confidence: frame.confidence,
        reason: `frame:${frame.id}${how}${via.length ? ` via ${via.join(', ')}` : ''}`,
        inferredObject: false,
      });
    }
  }
  return out;
}

/** Predicate of a frame under a mood, or undefined when no fact is stated. */
function predicateIn(frame: FrameRecord, mood: Mood): Predicate | undefined {
  if (mood === 'fact') return frame.predicate;
  if (mood === 'threat' && (COERCIVE.has(frame.predicate) || frame.predicate === 'THREATENED'))
    return 'THREATENED';
  return undefined;
}

/** "X and Y met": every pair of a list that acted together. */
function pairs(actors: Unit[], frame: FrameRecord, how: string): Candidate[] {
  return actors.flatMap((a, i) => facts([a], actors.slice(i + 1), frame.predicate, frame, how));
}

function verbFacts(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  const g = groupAt(units, i);
  const predicate = predicateIn(frame, g.mood);
  if (!predicate) return [];
  let k = nextWord(units, i + 1);
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
  const particle = frame.particle?.split(' ') ?? [];
  if (particle.length && units[k]?.lower !== particle[0]) {
    // "fired two missiles at X": a thing between the verb and its particle.
    let t = k;
    while (
      t - k < 6 &&
      units[t] &&
      !units[t].entity &&
      !units[t].punct &&
      !isVerb(units[t]) &&
      units[t].lower !== particle[0]
    )
      t++;
    if (units[t]?.lower === particle[0] && !units[t - 1]?.punct) k = t;
  }
  for (const word of particle) {
    if (units[k]?.lower !== word) return [];
    k = nextWord(units, k + 1);
  }
  const found = leftActors(units, g.start);
  if (!found || noFactClause(units, found.at)) return [];
  const left = { ...found, actors: [...found.actors, ...partners] };
  const via = left.via ?? '';
  if (g.passive) {
    if (units[k]?.lower !== 'by') return [];
    const agents = listRight(units, k + 1);
    return facts(agents, left.actors, predicate, frame, ':passive');
  }
  // "demanded that X withdraw", "urged that X act": the demand is made of X.
  if (frame.predicate === 'DEMANDED' && units[k]?.lower === 'that') k++;
  const objects = stanceObjects(units, k, frame);
  if (!objects.length && frame.predicate === 'COOPERATED' && !frame.particle)
    return pairs(left.actors, frame, via);
  return facts(left.actors, objects, predicate, frame, via);
}

/** "strikes on X by Y", "Y's strikes on X", "Y launched strikes on X", "talks between X and Y". */
function nounFacts(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  const next = units[i + 1];
  let objects: Unit[] = [];
  let after = i + 1;
  if (next && frame.between && next.lower === 'between') {
    const both = listRight(units, i + 2);
    return both.length >= 2 ? pairs(both, frame, ':between') : [];
  }
  // "attacks directed at X", "strikes aimed at X", "raids targeting X"
  const aimed = ['directed', 'aimed'].includes(next?.lower ?? '') && units[i + 2]?.lower === 'at' ? 3 : 0;
  const opener = aimed || (next?.lower === 'targeting' ? 2 : 0);
  if (opener && frame.predicate === 'ATTACKED') {
    objects = listRight(units, i + opener);
    after = objects.length ? units.indexOf(objects[objects.length - 1]) + 1 : i + opener;
  } else if (next && frame.preps?.includes(next.lower)) {
    objects = listRight(units, i + 2);
    after = objects.length ? units.indexOf(objects[objects.length - 1]) + 1 : i + 2;
  }
  // The actor: "by Y" after the object, a name modifying the noun, or a light verb's subject.
  if (units[after]?.lower === 'by')
    return facts(listRight(units, after + 1), objects, frame.predicate, frame, ':by');
  let j = i - 1;
  if (units[j] && !units[j].entity && units[j].tags.has('Adjective') && !units[j].punct) j--;
  if (units[j]?.entity && !units[j].punct)
    return facts([units[j]], objects, frame.predicate, frame, ':modifier');
  // "launched new air strikes", "placed economic and trade sanctions", "carried out an airstrike"
  for (let n = 0; n < 5 && j >= 0 && !units[j].entity && !units[j].punct && !isVerb(units[j]); n++) j--;
  if (units[j] && ['out', 'up'].includes(units[j].lower)) j--;
  if (isVerb(units[j]) && LIGHT_VERBS.has(units[j].lower)) {
    const g = groupAt(units, j);
    const predicate = predicateIn(frame, g.mood);
    const left = predicate && !g.passive ? leftActors(units, g.start) : undefined;
    if (!predicate || !left || noFactClause(units, left.at)) return [];
    if (!objects.length && frame.predicate === 'COOPERATED')
      return left.actors.length > 1 ? pairs(left.actors, frame, `:light-verb${left.via ?? ''}`) : [];
    return facts(left.actors, objects, predicate, frame, `:light-verb${left.via ?? ''}`);
  }
  return [];
}

/** A verb form compromise read as something else, standing where only a verb can. */
function betweenNames(units: Unit[], i: number): boolean {
  let p = i - 1;
  while (isTime(units[p])) p--;
  const prev = units[p];
  const next = units[nextWord(units, i + 1)];
  // "X hit Y", "X is striking Y" (after an auxiliary: compromise may read it as an adjective)
  const placed = (!!prev?.entity && !prev.possessive) || isAux(prev);
  return placed && !prev.punct && (!!next?.entity || next?.tags.has('Preposition') === true);
}

/** Every fact the sentence's verb groups and event nouns state. */
export function readFrames(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity) continue;
    const verbFrames = VERB_FRAMES.get(u.lower);
    const nounFrames = NOUN_FRAMES.get(u.lower) ?? [];
    if (verbFrames && (isVerb(u) || betweenNames(units, i))) {
      for (const frame of verbFrames) out.push(...verbFacts(units, i, frame));
    }
    for (const frame of nounFrames) {
      // A noun compromise read as a verb still heads its frame before the frame's preposition:
      // "US support for Israel".
      if (
        u.tags.has('Noun') ||
        !isVerb(u) ||
        [...(frame.preps ?? []), 'directed', 'aimed', 'targeting'].includes(units[i + 1]?.lower ?? '')
      ) {
        out.push(...nounFacts(units, i, frame));
      }
    }
  }
  return out;
}
