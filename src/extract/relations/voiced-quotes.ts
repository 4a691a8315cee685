// "“The United States is gravely troubled by abuses in Y,” said Deputy Secretary X": a quotation
// that opens on the name of the state or body its speaker speaks for states the speaker's own
// stance as well (round 13, speakers: a spokesperson's words are the spokesperson's act). The
// stance read with the body as its subject is kept; the named person who speaks the quotation gets
// it too (round 37). Only a criticism or a demand: "“The United States is designating Y,” said X"
// leaves the sanction the body's alone, and the gold gives a body's support or aid voiced so to the
// speaker in one train article of three.
import type { Entity, Mention, Predicate, Sentence } from '../../model';
import type { Candidate } from './apply-rules';
import type { SpokenQuote } from './quote-speakers';

const STANCES = new Set<Predicate>(['CRITICIZED', 'DEMANDED']);
/** A person's name as written: "d’Affairs" cut from a title is none. */
const NAME = /^\p{Lu}/u;
const VOICED_TYPES = new Set(['Country', 'Organization']);
/** What may stand between the opening quotation mark and the body's name: "“The United States …". */
const OPENING = /^[\s“”"‘’']*(?:the\s+)?$/i;

/**
 * The stances the sentence's candidates give a body that opens a quotation, given again to the
 * person who speaks it. `text` is the article's text (the quotations' offsets are the article's).
 */
export function quoteSpeakersStances(
  text: string,
  sentence: Sentence,
  spoken: readonly SpokenQuote[],
  mentions: readonly Mention[],
  candidates: readonly Candidate[],
  byId: Map<string, Entity>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const q of spoken) {
    if (q.start < sentence.start || q.start >= sentence.end) continue;
    const speaker = byId.get(q.speaker.entityId);
    if (speaker?.type !== 'Person' || !NAME.test(speaker.name)) continue;
    const first = mentions
      .filter((m) => m.start > q.start && m.start < q.end)
      .sort((a, b) => a.start - b.start)[0];
    // a quoted "we" is the body a spokesperson speaks for, and stays the body's (round 17)
    if (!first || first.reason === 'coref:we' || !OPENING.test(text.slice(q.start, first.start))) continue;
    const body = byId.get(first.entityId);
    if (!body || !VOICED_TYPES.has(body.type)) continue;
    for (const c of candidates) {
      if (c.subject.id !== body.id || !STANCES.has(c.predicate) || c.object.id === speaker.id) continue;
      if (c.inferredObject) continue;
      out.push({ ...c, subject: speaker, reason: `${c.reason} voiced-by:quote-speaker` });
    }
  }
  return out;
}
