// "the government" standing alone is read as the article's leading country (the entity step's
// coreference, and the frame engine's fold: ../frames/units.ts). In "The X administration has
// also criticized the government for …", after a sentence on "the Yian government", that fold
// makes the state's own head criticise the state. Nobody in office acts against the state they
// head or serve through such a reference: the government meant is another (round 49, fresh news).
import type { Relation } from '../../model';

/** Acts one side does to another, which nobody does to the state they hold office in. */
const HOSTILE = new Set(['CRITICIZED', 'DEMANDED', 'THREATENED', 'ATTACKED', 'SANCTIONED']);

/** "the government" read as a state by reference ("… via coref:the-government"). */
const THE_GOVERNMENT = /\bcoref:the-government\b/;

/** A title once held ("former president X"): such a person may well criticise the government. */
const FORMER = /^title:former-/;

/** Drops a hostile act on a state reached through "the government" by its own head or member. */
export function withoutActsOnOwnGovernment(relations: Relation[]): Relation[] {
  const holders = new Set(
    relations
      .filter((r) => (r.predicate === 'LEADS' || r.predicate === 'MEMBER_OF') && !FORMER.test(r.reason))
      .map((r) => `${r.subjectId}|${r.objectId}`),
  );
  const own = (r: Relation): boolean =>
    HOSTILE.has(r.predicate) && THE_GOVERNMENT.test(r.reason) && holders.has(`${r.subjectId}|${r.objectId}`);
  const kept = relations.filter((r) => !own(r));
  return kept.length === relations.length ? relations : kept;
}
