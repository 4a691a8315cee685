// "“We urge Y to release the prisoners,” X said", "“I would like to urge Y to …,” said X": the
// first-person subject of a quotation is its speaker. Coreference (../entities/coreference.ts,
// `coref:we`) already reads a quoted "we" as the body or state named outside the quotation ("said
// X, a spokeswoman for Z" — Z); a "we" or "I" it left unread is the named speaker himself
// (./quote-speakers.ts finds him, "he said" included). The mentions made here are offered to the
// frame engine only: the regex rules read names, never pronouns.
import type { Mention, Sentence } from '../../model';
import type { SpokenQuote } from './quote-speakers';

/** "we" in any case, "I" as a capital alone: "World War I" ends no clause's subject inside a quote. */
const FIRST_PERSON = /(?<![\p{L}\p{N}'’-])(?:[Ww]e|I)(?![\p{L}\p{N}'’-])/gu;
/** A word after "I" that shows it is the pronoun: a lower-case word ("I urge", "I would"). */
const PRONOUN_I_NEXT = /^\s+\p{Ll}/u;

export const QUOTED_SPEAKER_REASON = 'coref:quoted-speaker';

/**
 * The mentions of the speaker that the unread first-person subjects of the sentence's quotations
 * stand for. `written` are the sentence's mentions (names and coreference alike).
 */
export function quotedFirstPersons(
  sentence: Sentence,
  spoken: readonly SpokenQuote[],
  written: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const q of spoken) {
    const from = Math.max(q.start, sentence.start);
    const to = Math.min(q.end, sentence.end);
    if (from >= to) continue;
    const span = sentence.text.slice(from - sentence.start, to - sentence.start);
    for (const match of span.matchAll(FIRST_PERSON)) {
      const start = from + (match.index ?? 0);
      const end = start + match[0].length;
      if (match[0] === 'I' && !PRONOUN_I_NEXT.test(span.slice(end - from))) continue;
      if (written.some((m) => m.start < end && m.end > start)) continue;
      out.push({
        entityId: q.speaker.entityId,
        text: match[0],
        start,
        end,
        sentenceIndex: sentence.index,
        reason: QUOTED_SPEAKER_REASON,
      });
    }
  }
  return out;
}
