// A named head's successor or predecessor holds the same office (test/gold/README.md, round 15,
// groups; round 9: former offices count): "⟦X⟧'s successor, ⟦Y⟧" and "⟦X⟧ … his predecessor, ⟦Y⟧"
// give Y the LEADS and MEMBER_OF facts the article states of X. Read once the article's facts are
// known, since X's office is most often stated in another sentence ("President X" earlier).
import type { Entity, Mention, Relation, Sentence } from '../../model';

const SUCCESSION = /\b(?:successor|predecessor)\b/;
/** Between X and Y: "X's successor, Y", "X's hand-picked successor Y". */
const OWN_SUCCESSOR = /^['’]s? (?:[a-z-]+ )?(?:successor|predecessor),? $/;
/** Right before Y: "his predecessor, Y" (X the one person named before it in the sentence). */
const PRONOUN_SUCCESSOR = /\b(?:his|her) (?:[a-z-]+ )?(?:successor|predecessor),? $/;
/** After a "his" the coreference step read as X: " predecessor, Y". */
const AFTER_PRONOUN = /^ (?:[a-z-]+ )?(?:successor|predecessor),? $/;
const POSSESSIVE_PRONOUN = /^(?:his|her)$/i;

/** Who holds the office of whom, as the sentence writes it: [the one whose office, the holder]. */
function successions(sentence: Sentence, people: Mention[]): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  const textBetween = (from: number, to: number) =>
    sentence.text.slice(from - sentence.start, to - sentence.start);
  people.forEach((holder, k) => {
    const before = people[k - 1];
    if (!before) return;
    const between = textBetween(before.end, holder.start);
    if (OWN_SUCCESSOR.test(between)) out.push([before, holder]);
    else if (POSSESSIVE_PRONOUN.test(before.text) && AFTER_PRONOUN.test(between)) out.push([before, holder]);
    else if (PRONOUN_SUCCESSOR.test(between) && new Set(people.slice(0, k).map((m) => m.entityId)).size === 1)
      out.push([before, holder]);
  });
  return out;
}

export function successorsHoldTheOffice(
  relations: readonly Relation[],
  sentences: Sentence[],
  mentions: Mention[],
  byId: ReadonlyMap<string, Entity>,
): Relation[] {
  const out: Relation[] = [];
  for (const sentence of sentences) {
    if (!SUCCESSION.test(sentence.text)) continue;
    const people = mentions.filter(
      (m) => m.sentenceIndex === sentence.index && byId.get(m.entityId)?.type === 'Person',
    );
    for (const [office, holder] of successions(sentence, people)) {
      if (office.entityId === holder.entityId) continue;
      const held = relations.filter(
        (r) =>
          r.subjectId === office.entityId &&
          (r.predicate === 'LEADS' || r.predicate === 'MEMBER_OF') &&
          r.objectId !== holder.entityId,
      );
      const name = byId.get(holder.entityId)?.name as string;
      for (const r of held) {
        if (
          relations.some(
            (o) =>
              o.subjectId === holder.entityId && o.predicate === r.predicate && o.objectId === r.objectId,
          )
        )
          continue;
        out.push({
          subject: name,
          predicate: r.predicate,
          object: r.object,
          subjectId: holder.entityId,
          objectId: r.objectId,
          sentence: sentence.text,
          start: sentence.start,
          end: sentence.end,
          confidence: Math.min(r.confidence, 0.6),
          reason: 'apposition:successor-holds-office',
        });
      }
    }
  }
  return out;
}
