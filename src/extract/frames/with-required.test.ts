// Round 21: the verb records of ../lexicon/frames.json that read "with" for a joint act, against
// the joint-subject reader (./partners.ts). That reader takes "A and B worked closely" only for a
// verb none of whose records may leave out its "with" (`withRequired`, ./lexicon.ts). In round 20 a
// record of "join forces with" without the field took "join" away from it, and "A and B joined
// together to strike" lost its COOPERATED (docs/extraction.md, "Verb coverage, round 20").
import data from '../lexicon/frames.json';
import { extractArticle } from '..';
import { conjugate } from '../nlp';

interface VerbRecord {
  id: string;
  kind: string;
  lemma?: string;
  particle?: string;
  predicate: string;
  withRequired?: boolean;
}

const verbs = (data.frames as VerbRecord[]).filter((r) => r.kind === 'verb');
/** Records of a joint act read with "with": "X worked with Y", "X met with Y". */
const jointWith = verbs.filter((r) => r.predicate === 'COOPERATED' && /(?:^| )with$/.test(r.particle ?? ''));

/**
 * Verbs whose own "with" record also reads a joint subject, as two sides dealing with each other
 * ("A and B met", "A and B negotiated for hours": read-frames.ts, `twoSides`). A new verb is added
 * here only on purpose; otherwise its record carries `withRequired`.
 */
const READ_BY_THEIR_RECORD = [
  'agree',
  'collaborate',
  'communicate',
  'confer',
  'consult',
  'converse',
  'cooperate',
  'coordinate',
  'liaise',
  'meet',
  'merge',
  'negotiate',
  'partner',
  'reconcile',
  'speak',
  'talk',
  'team',
];

/** The verbs the joint-subject reader keeps: some record of theirs carries `withRequired`. */
const JOINT_VERBS = [...new Set(verbs.filter((r) => r.withRequired).map((r) => r.lemma ?? ''))];

const factsOf = (text: string) =>
  extractArticle({ id: 'with-required', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject}|${r.predicate}|${r.object}`,
  );

describe('"with" records of joint acts in frames.json', () => {
  test('the joint-subject reader keeps some verbs (work, join)', () => {
    expect(JOINT_VERBS).toEqual(expect.arrayContaining(['work', 'join']));
  });

  test.each(JOINT_VERBS)('every record of "%s" carries withRequired', (lemma) => {
    const without = verbs.filter((r) => r.lemma === lemma && !r.withRequired).map((r) => r.id);
    expect(without).toEqual([]);
  });

  test('a "with" record of a joint act carries withRequired unless its verb reads a joint subject itself', () => {
    const unmarked = jointWith
      .filter((r) => !r.withRequired && !READ_BY_THEIR_RECORD.includes(r.lemma ?? ''))
      .map((r) => r.id);
    expect(unmarked).toEqual([]);
  });

  test('every verb listed as reading a joint subject itself has such a record', () => {
    const have = new Set(jointWith.filter((r) => !r.withRequired).map((r) => r.lemma));
    expect(READ_BY_THEIR_RECORD.filter((lemma) => !have.has(lemma))).toEqual([]);
  });

  test('no listed verb is also kept for the joint-subject reader', () => {
    expect(READ_BY_THEIR_RECORD.filter((lemma) => JOINT_VERBS.includes(lemma))).toEqual([]);
  });
});

describe('what the records leave to the joint-subject reader', () => {
  test.each(JOINT_VERBS)('"A and B <%s> together" is still read as working together', (lemma) => {
    const past = conjugate(lemma).PastTense;
    expect(factsOf(`Norway and Chile ${past} together to clear the mines near the border.`)).toContain(
      'Norway|COOPERATED|Chile',
    );
  });

  test.each(JOINT_VERBS)('"alleges that A and B <%s> on a desk" is no dealing', (lemma) => {
    const past = conjugate(lemma).PastTense;
    const facts = factsOf(
      `The complaint alleges that Pedro Alvarez and Juan Ortega ${past} on the trading desk of the Azure Bank.`,
    );
    expect(facts.filter((f) => f.includes('COOPERATED'))).toEqual([]);
  });
});
