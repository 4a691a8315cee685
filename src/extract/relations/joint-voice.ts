// A joint statement's "we": "A, B, C and D believe … We urge Y to …". The entity step reads a "we"
// outside quotations as the body or state that opens the article (`coref:we-voice`,
// ../entities/coreference.ts), which is the first of the list; the statement speaks for every one
// of them, so each signatory states what "we" states.
import type { Entity, Mention, Sentence } from '../../model';
import type { Candidate } from './apply-rules';

const VOICE_TYPES = new Set(['Country', 'Organization']);
/** Before the list's first name: nothing, or "The". */
const LEAD = /^\s*(?:the\s+)?$/i;
/** Between two names of the list: ", ", " and ", ", and ", each maybe before "the". */
const JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
/** After the list: the subject's verb, a lower-case word ("believe", "are", "have"). */
const VERB_AFTER = /^\s+[a-z]/;

/**
 * The signatories of a joint statement: the states and bodies listed as the subject of the
 * article's first sentence ("Argentina, Brazil and the United States believe …"); none when the
 * sentence opens on one name or on anything else.
 */
export function jointVoices(
  text: string,
  first: Sentence | undefined,
  mentions: readonly Mention[],
  byId: Map<string, Entity>,
): Entity[] {
  if (!first) return [];
  const here = mentions
    .filter((m) => m.sentenceIndex === first.index && !m.reason.startsWith('coref:'))
    .sort((a, b) => a.start - b.start);
  const out: Entity[] = [];
  let from = first.start;
  for (const m of here) {
    const entity = byId.get(m.entityId);
    const gap = text.slice(from, m.start);
    if (!entity || !VOICE_TYPES.has(entity.type) || !(out.length ? JOINER : LEAD).test(gap)) break;
    if (!out.includes(entity)) out.push(entity);
    from = m.end;
  }
  return out.length > 1 && VERB_AFTER.test(text.slice(from, first.end)) ? out : [];
}

/** The reasons of a statement's own first person: its "we", and "our" before its act (round 37). */
const FIRST_PERSON = /coref:(?:we|our)-voice/;

/** What "we" (or "our support …") states for the first signatory, stated for every other one too. */
export function withJointVoices(candidates: Candidate[], voices: readonly Entity[]): Candidate[] {
  if (voices.length < 2) return candidates;
  const more = candidates
    .filter((c) => FIRST_PERSON.test(c.reason) && voices.some((v) => v.id === c.subject.id))
    .flatMap((c) =>
      voices
        .filter((v) => v.id !== c.subject.id && v.id !== c.object.id)
        .map((v) => ({
          ...c,
          subject: v,
          reason: c.reason.replace(FIRST_PERSON, (voice) => `${voice}:joint`),
        })),
    );
  return [...candidates, ...more];
}
