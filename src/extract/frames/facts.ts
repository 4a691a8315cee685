// Facts from actors and objects: one candidate per pair, with the frame's confidence and reason.
import type { Entity, Predicate } from '../../model';
import type { Candidate } from '../relations/apply-rules';
import type { FrameRecord } from './lexicon';
import type { Mood } from './groups';
import type { Unit } from './units';
import { WATER } from './words';

/** Acts whose threat is a threat to the object: "threatened to strike / to sanction Y". */
const COERCIVE = new Set<Predicate>(['ATTACKED', 'KILLED', 'SANCTIONED']);
const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country']);

export function facts(
  actors: Unit[],
  objects: Unit[],
  predicate: Predicate,
  frame: FrameRecord,
  how: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of actors) {
    if (!ACTOR_TYPES.has(s.entity!.type)) continue;
    if (frame.actorTypes && !frame.actorTypes.includes(s.entity!.type)) continue;
    for (const o of objects) {
      if (o.entity!.id === s.entity!.id) continue;
      if (frame.objectTypes && !frame.objectTypes.includes(o.entity!.type)) continue;
      if (o.entity!.category && frame.objectNotCategories?.includes(o.entity!.category)) continue;
      if (
        predicate === 'COOPERATED' &&
        (namedAfter(s.entity!, o.entity!) || namedAfter(o.entity!, s.entity!))
      )
        continue;
      if (predicate === 'ATTACKED' && o.entity!.type === 'Location' && WATER.test(o.entity!.name)) continue;
      // "accused the Amhara militia", "clashed with Tigray fighters": the fighters, not the region
      if (s.fightersOfPlace || o.fightersOfPlace) continue;
      // "an offensive against X's cartels": the outlaws are hit, not X
      if (o.outlawsOwner && (predicate === 'ATTACKED' || predicate === 'KILLED')) continue;
      // "Iranian-made drones struck Y": the maker of a weapon neither fires it nor is hit by it
      if (s.maker || o.maker) continue;
      // "killing 17 policemen": unnamed soldiers or police are the article's country's only when an
      // armed group kills them; a state or its force killing "soldiers" kills someone else's
      if (o.mention?.reason === 'coref:counted-forces' && s.entity!.category !== 'armed_group') continue;
      // Killing a group's soldiers or a country's citizens attacks the group or the country; killing
      // a country's soldiers, police or officials, or an armed group's fighters (units.ts
      // `serving`), also kills the country's or the group's own.
      const stated = predicate === 'KILLED' && o.entity!.type !== 'Person' ? 'ATTACKED' : predicate;
      const via = [s, o].map((u) => u.mention?.reason).filter((r) => r?.startsWith('coref:'));
      const fact = (p: Predicate, kind = ''): Candidate => ({
        subject: s.entity as Entity,
        predicate: p,
        object: o.entity as Entity,
        confidence: frame.confidence,
        reason: `frame:${frame.id}${kind}${how}${via.length ? ` via ${via.join(', ')}` : ''}`,
        inferredObject: false,
      });
      out.push(fact(stated));
      if (stated !== predicate && o.serving && o.entity!.type !== 'Location')
        out.push(fact(predicate, ':serving'));
      // "rebels battling to overthrow the government of President Y": Y's state is fought too
      if (stated === 'ATTACKED') out.push(...governedStateFacts(s, o, fact(stated)));
    }
  }
  return out;
}

/**
 * "US Southern Command" and the United States: a body whose name opens on its country's is part
 * of it, and does not act together with it ("African Union Mission in Somalia" is no such body).
 */
function namedAfter(body: Entity, country: Entity): boolean {
  if (body.type !== 'Organization' || country.type !== 'Country') return false;
  const words = ` ${body.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return [country.name, ...country.aliases].some((form) => {
    const plain = form
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return plain.length > 1 && words.startsWith(` ${plain} `);
  });
}

/** Predicate of a frame under a mood, or undefined when no fact is stated. */
export function predicateIn(frame: FrameRecord, mood: Mood): Predicate | undefined {
  if (frame.threatOnly && mood !== 'threat' && mood !== 'resolve') return undefined;
  if (mood === 'fact') return frame.predicate;
  // "remains committed to supporting Y" supports Y; "… to dismantling Y" threatens Y (round 33)
  if (mood === 'resolve' && frame.predicate === 'SUPPORTS') return frame.predicate;
  if (mood === 'resolve') mood = 'threat';
  if (mood === 'attempt' && frame.predicate === 'ATTACKED') return frame.predicate;
  if (mood === 'threat' && (COERCIVE.has(frame.predicate) || frame.predicate === 'THREATENED'))
    return 'THREATENED';
  return undefined;
}

/**
 * "X and Y met": every pair of a list that acted together; "X and Y fought": each attacked the
 * other; "the X-Y alliance": each supports the other (a `mutual` record).
 */
export function pairs(actors: Unit[], frame: FrameRecord, how: string): Candidate[] {
  const bothWays = frame.predicate === 'ATTACKED' || frame.mutual === true;
  return actors.flatMap((a, i) => {
    const rest = actors.slice(i + 1);
    const out = facts([a], rest, frame.predicate, frame, how);
    return bothWays ? [...out, ...facts(rest, [a], frame.predicate, frame, how)] : out;
  });
}

/**
 * The facts of one noun frame, or none when they name more parties than the record allows
 * (`maxParties`): "A, B, C and D issued a joint statement" is no dealing between each pair.
 */
export function withinParties(frame: FrameRecord, candidates: Candidate[]): Candidate[] {
  if (frame.maxParties === undefined) return candidates;
  const parties = new Set(candidates.flatMap((c) => [c.subject.id, c.object.id]));
  return parties.size > frame.maxParties ? [] : candidates;
}

/**
 * The fight `done` once more with the state of a government named for its head on either side
 * ("the government of President Y": ./governments-of.ts), unless that state is the other side.
 */
function governedStateFacts(s: Unit, o: Unit, done: Candidate): Candidate[] {
  const out: Candidate[] = [];
  const subject = s.governedState;
  const object = o.governedState;
  if (object && object.id !== done.subject.id)
    out.push({ ...done, object, reason: `${done.reason}:government-of` });
  if (subject && subject.id !== done.object.id)
    out.push({ ...done, subject, reason: `${done.reason}:government-of` });
  return out;
}
