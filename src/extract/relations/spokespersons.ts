// What a spokesperson tells of force is the side's act, not the spokesperson's: "Y spokesman X
// claimed responsibility for the attack on Z" is Y's attack on Z (round-10 claims; round-13
// speakers keep only the spokesperson's own stance, CRITICIZED or DEMANDED, as the person's).
// Someone whose role is to speak for a body does not fight: an ATTACKED or KILLED whose subject
// is a person the article calls a spokesperson of an armed, political or military body, and reads
// as one of that body, is that body's. Stance, dealings and support stay the person's.
import type { Entity, OrgCategory, Relation } from '../../model';
import { escapeRegex } from '../escape-regex';
import { VOICE_HEADS } from '../frames/words';
import { FORCE_PREDICATES } from '../lexicon/predicate-words';

/** The words that name someone as a body's voice: the frame engine's voice heads, and a press secretary. */
const VOICE = `(?:${[...VOICE_HEADS, 'press secretary'].join('|')})`;
/** A voice word opening a word, as each test of `calledSpokesperson` has one. */
const ANY_VOICE = new RegExp(String.raw`\b${VOICE}`);

/** Bodies that fight or claim fighting; a ministry or a court is no side of a battle. */
const SIDES: ReadonlySet<OrgCategory | undefined> = new Set<OrgCategory>([
  'armed_group',
  'political',
  'military',
]);

/**
 * Whether `sentence` calls the person whose written forms are `names` a spokesperson: the title
 * right before the name ("Y spokesman X", "Y military spokesman Brig. X") or an apposition right
 * after it ("X, a spokesman for Y", "X, the group's spokesman").
 */
export function calledSpokesperson(sentence: string, names: readonly string[]): boolean {
  // both tests need a voice word where a word starts: without one, no name's regexes are built
  if (!ANY_VOICE.test(sentence)) return false;
  return names.some((name) => {
    const n = escapeRegex(name);
    const before = new RegExp(String.raw`\b${VOICE}(?:,)?\s+(?:[A-Z][a-z]*\.\s+){0,3}${n}\b`);
    const after = new RegExp(String.raw`\b${n},\s+(?:(?:a|an|the|its|their)\s+)?(?:\S+\s+){0,4}${VOICE}\b`);
    return before.test(sentence) || after.test(sentence);
  });
}

/** The one side each person is called a spokesperson of (by their MEMBER_OF evidence). */
function spokespersons(relations: readonly Relation[], byId: Map<string, Entity>): Map<string, Entity> {
  const sides = new Map<string, Entity | null>();
  for (const r of relations) {
    if (r.predicate !== 'MEMBER_OF' && r.predicate !== 'LEADS') continue;
    const person = byId.get(r.subjectId);
    const body = byId.get(r.objectId);
    if (person?.type !== 'Person' || body?.type !== 'Organization') continue;
    if (!SIDES.has(body.category)) continue;
    if (!calledSpokesperson(r.sentence, person.aliases.length ? person.aliases : [person.name])) continue;
    const known = sides.get(person.id);
    // a voice of two sides is read as neither's
    sides.set(person.id, known === undefined || known?.id === body.id ? body : null);
  }
  return new Map([...sides].filter((e): e is [string, Entity] => e[1] !== null));
}

/**
 * The relations with each act of force told by a spokesperson moved to the side spoken for
 * (reason `… via spokesperson`); a fact the side already has is kept once.
 */
export function spokespersonsActs(relations: Relation[], byId: Map<string, Entity>): Relation[] {
  const voices = spokespersons(relations, byId);
  if (!voices.size) return relations;
  const out: Relation[] = [];
  for (const r of relations) {
    // acts of force a spokesperson only tells
    const side = FORCE_PREDICATES.has(r.predicate) ? voices.get(r.subjectId) : undefined;
    if (!side || side.id === r.objectId) {
      out.push(r);
      continue;
    }
    out.push({ ...r, subject: side.name, subjectId: side.id, reason: `${r.reason} via spokesperson` });
  }
  return out;
}
