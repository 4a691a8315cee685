// A hostile act a support is given in the face of (round 38): "X pledged its full support for Y
// in the face of an appalling assault by Z", "X's strong support for Y in the face of Z's illegal
// war", "X stands with Y in the face of Zian coercion": whoever stands by Y against Z's act
// criticises Z, as the gold reads every such readout. Only a support the sentence states counts
// (a SUPPORTS fact whose object is named before the words "in the face of"): "X's troops withdrew
// in the face of Z's offensive" states no stance; nor is a support owned by a name inside someone
// else's words ("the Secretary highlighted X's support for Y in the face of …") X's criticism. The act is hostile by its head word, and its
// author is named on it (a possessive, a demonym, a name before the head) or after "by".
import type { Candidate } from '../relations/apply-rules';
import { AGGRESSIONS } from './defenders';
import { NOUN_FRAMES } from './lexicon';
import { byNamesRight } from './lists';
import { isPlainWord, type Unit } from './units';
import { DETERMINERS, PARTICIPLE_FORM } from './words';

/**
 * Heads of an act one may stand by someone against: an aggression a defender is named against
 * (./defenders.ts), and a single attack or pressure short of force ("an assault", "coercion").
 */
const HOSTILE_HEADS: ReadonlySet<string> = new Set([
  ...AGGRESSIONS,
  ...'attack coercion intimidation threats provocations'.split(' '),
]);
/** How many words may stand between "of" and the act's head: "a sudden and brutal". */
const ACT_SPAN = 6;
/** The words that name a hostile act's author after its head: "coercion by Z", "pressure from Z". */
const AUTHOR_MARKERS: ReadonlySet<string> = new Set(['by', 'from']);
/** The kinds of author a support may be given against. */
const AUTHORS = new Set(['Country', 'Organization', 'Person']);

/** Whether "in the face of" opens at `i`. */
function inTheFaceOf(units: Unit[], i: number): boolean {
  const words = ['in', 'the', 'face', 'of'];
  return words.every(
    (w, n) => units[i + n]?.lower === w && (n === 3 ? !units[i + n].entity : isPlainWord(units[i + n])),
  );
}

/**
 * The author of the hostile act whose phrase opens at `k`: "Z's illegal war", "Zian coercion",
 * "a sudden and brutal assault by Z (fighters)"; none when the head is no hostile act
 * or names no author.
 */
function hostileAuthor(units: Unit[], k: number): Unit[] {
  let j = k;
  let owner: Unit | undefined;
  for (; j < units.length && j - k <= ACT_SPAN; j++) {
    const u = units[j];
    if (u.entity) {
      // a possessive or a name on the head: "Z's war", "Zian aggression"; a second name ends it
      if (owner || (u.punct && !u.possessive)) return [];
      owner = u;
      continue;
    }
    if (HOSTILE_HEADS.has(u.lower)) break;
    // "attempted coercion", "continued aggression": a participle qualifies the head as an adjective does
    const qualifier =
      DETERMINERS.has(u.lower) ||
      u.lower === 'and' ||
      u.tags.has('Adjective') ||
      PARTICIPLE_FORM.test(u.lower) ||
      u.punct === ',';
    if (!qualifier || (u.punct && u.punct !== ',')) return [];
  }
  const head = units[j];
  if (!head || head.entity || !HOSTILE_HEADS.has(head.lower)) return [];
  if (owner) return AUTHORS.has(owner.entity!.type) ? [owner] : [];
  // "coercion by Z", "coercion from Z" (round 44)
  const marker = units[j + 1];
  if (head.punct || !marker || !AUTHOR_MARKERS.has(marker.lower) || marker.punct || marker.entity) return [];
  return byNamesRight(units, j + 2).filter((a) => AUTHORS.has(a.entity!.type));
}

export function readFacedFaults(units: Unit[], found: readonly Candidate[]): Candidate[] {
  const frame = NOUN_FRAMES.get('condemnation')?.find((f) => f.predicate === 'CRITICIZED');
  if (!frame) return [];
  const out: Candidate[] = [];
  for (let i = 1; i + 4 < units.length; i++) {
    if (!inTheFaceOf(units, i)) continue;
    const authors = hostileAuthor(units, i + 4);
    if (!authors.length) continue;
    // the supports the sentence states before the words, of someone other than the author
    const before = new Set(units.slice(0, i).flatMap((u) => (u.entity ? [u.entity.id] : [])));
    for (const c of found) {
      if (c.predicate !== 'SUPPORTS' || c.reason.includes(':mutual') || !before.has(c.object.id)) continue;
      // "The Secretary highlighted the United States' support for Y in the face of …": a support
      // owned by a name inside what someone else says is voiced; the speaker's criticism is read
      // from the topic (./stance-clauses.ts), as the gold gives it (a pronoun owner, "his
      // support", is the clause's own subject)
      if (c.reason.includes(':modifier') && !c.reason.includes('coref:pronoun')) continue;
      for (const a of authors) {
        const id = a.entity!.id;
        if (id === c.subject.id || id === c.object.id) continue;
        if (out.some((o) => o.subject.id === c.subject.id && o.object.id === id)) continue;
        out.push({
          subject: c.subject,
          predicate: 'CRITICIZED',
          object: a.entity!,
          confidence: frame.confidence,
          reason: `frame:${frame.id}:faced`,
          inferredObject: false,
        });
      }
    }
  }
  return out;
}
