// A release in its issuer's own voice: "The United States is designating … We urge …". The entity
// step reads a "we" outside quotations as the body or state that opens the article
// (`coref:we-voice`, ../entities/coreference.ts), so the article is that issuer's statement, and a
// sentence of it that quotes no one and reports no one's words is the issuer's own:
// "Y's destabilizing presence is prolonging the conflict" is the issuer's judgment of Y
// (../frames/stance-clauses.ts, `readIssuerSentence`). A news report has no such voice: its
// "Y's illegal war" stays no one's stance. A joint statement's "we" is its first signatory only
// (./joint-voice.ts), so a joint statement gets no issuer here.
import type { Entity, Mention, Sentence } from '../../model';
import type { Unit } from '../frames/units';
import { sayingForms } from '../lexicon/saying-verbs';

/**
 * Words that give the sentence to someone else: "X said", "according to X", "the complaint alleges".
 * Verbs of saying (../lexicon/saying-verbs.ts), and here also the hearsay words that are none:
 * "according", "allegedly", "reportedly", "believed", "accused".
 */
const REPORTED = new RegExp(
  `\\b(?:${[
    ...sayingForms('say'),
    ...sayingForms('tell allege claim report', ['base', 'third', 'past']),
    ...sayingForms('note add warn argue', ['third', 'past']),
    ...sayingForms('state', ['past']),
    ...'according allegedly reportedly believes? believed accuses accused'.split(' '),
  ].join('|')})\\b`,
  'i',
);
const QUOTES = /[“”"]/;

/** The issuer of a release written in the first person, as a unit the frames can name; none for a news report. */
export function releaseIssuer(
  mentions: readonly Mention[],
  byId: Map<string, Entity>,
  signatories: readonly Entity[],
): Unit | undefined {
  if (signatories.length > 1) return undefined;
  const we = mentions.filter((m) => m.reason === 'coref:we-voice');
  const entity = we.length ? byId.get(we[0].entityId) : undefined;
  if (!entity || we.some((m) => m.entityId !== entity.id)) return undefined;
  return {
    lower: we[0].text.toLowerCase(),
    tags: new Set(['ProperNoun']),
    punct: '',
    dash: false,
    entity,
    mention: we[0],
    possessive: false,
  };
}

/** Whether the sentence is in the release's own words: no quotation in it or open around it, no one's words reported. */
export function ownWords(sentence: Sentence, text: string): boolean {
  if (QUOTES.test(sentence.text) || REPORTED.test(sentence.text)) return false;
  const before = text.slice(0, sentence.start);
  const count = (mark: string): number => before.split(mark).length - 1;
  return count('“') === count('”') && count('"') % 2 === 0;
}
