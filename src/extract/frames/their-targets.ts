// "their" for the speaking group (round 49): "the rebel X says Yian soldiers attacked their
// positions", "X rebels say the army has struck their headquarters". A group is often
// spoken of in the plural; in a reported clause whose act of force hits "their" positions or
// bases, the one whose positions they are is the group that reports it, not the subject (no side
// attacks its own positions). `speakersTarget` (./actors.ts) reads "its" so for a plural subject;
// this reads "their" for a speaker that is one armed or political group. Not a state ("Chile says
// Yian troops attacked their positions" may speak of anyone's), not "their own".
import type { Unit } from './units';
import { isPlainWord } from './units';
import { TARGET_HEADS } from './words';

type Speaker = { actors: Unit[]; at: number; via?: string } | undefined;

/** The group at `speaker` that "their <target>" at `owner` names, or undefined. */
export function theirSpeakerTarget(
  units: Unit[],
  owner: number,
  subject: { actors: Unit[]; at: number },
  speaker: Speaker,
): Unit | undefined {
  const their = units[owner];
  if (!their || their.entity || their.punct || their.lower !== 'their') return undefined;
  const headAt = (u: Unit | undefined) => !!u && !u.entity && TARGET_HEADS.has(u.lower);
  const next = units[owner + 1];
  const head = headAt(next) || (isPlainWord(next) && next?.lower !== 'own' && headAt(units[owner + 2]));
  if (!head) return undefined;
  const body = speaker?.actors.length === 1 ? speaker.actors[0] : undefined;
  if (body?.entity?.type !== 'Organization') return undefined;
  if (!['armed_group', 'political'].includes(body.entity.category ?? '')) return undefined;
  return subject.actors.some((a) => a.entity?.id === body.entity!.id) ? undefined : body;
}
