// Co-readings (round 19), in our own words: each record's positive example states the second fact
// beside the one the engines read; its negative example, without the cue, does not. A fact the
// engines refuse (a denial, a question, a condition) gives no co-reading either.
import { extractArticle } from '..';
import { CO_READINGS, coReadings } from './co-readings';
import type { Candidate } from './apply-rules';
import type { Entity } from '../../model';

const factsOf = (text: string) =>
  extractArticle({ id: 'co-readings', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject}|${r.predicate}|${r.object}`,
  );

describe('co-readings lexicon', () => {
  it.each(CO_READINGS.map((r) => [r.id, r]))('%s: the positive example states both facts', (_id, record) => {
    const facts = factsOf(record.positive);
    expect(facts).toContain(record.expect);
    const [subject, , object] = record.expect.split('|');
    const source = new RegExp(
      `^(?:${subject}\\|${record.from}\\|${object}|${object}\\|${record.from}\\|${subject})$`,
    );
    expect(facts.some((f) => source.test(f))).toBe(true);
  });

  it.each(CO_READINGS.map((r) => [r.id, r]))(
    '%s: the negative example states no second fact',
    (_id, record) => {
      expect(factsOf(record.negative).filter((f) => f.split('|')[1] === record.also)).toEqual([]);
    },
  );
});

describe('co-readings and the guards', () => {
  it.each([
    'The Norwegian Export Control Office did not reach a settlement with Nordfisk Holdings Inc.',
    'Did the Norwegian Export Control Office reach a settlement with Nordfisk Holdings Inc.?',
    'The Norwegian Export Control Office denied that it reached a settlement with Nordfisk Holdings Inc.',
  ])('"%s" states no criticism', (text) => {
    expect(factsOf(text).filter((f) => f.includes('|CRITICIZED|'))).toEqual([]);
  });
});

describe('coReadings', () => {
  const body: Entity = { id: 'b', name: 'Office', type: 'Organization', category: 'government', aliases: [] };
  const firm: Entity = { id: 'f', name: 'Firm', type: 'Organization', category: 'company', aliases: [] };
  const fact = (subject: Entity, object: Entity): Candidate => ({
    subject,
    predicate: 'COOPERATED',
    object,
    confidence: 0.8,
    reason: 'test',
    inferredObject: false,
  });

  it('turns a symmetric fact round so that the body is the critic', () => {
    const out = coReadings('The Firm reached a settlement with the Office.', [fact(firm, body)]);
    expect(out.map((c) => `${c.subject.name}|${c.predicate}|${c.object.name}`)).toEqual([
      'Office|CRITICIZED|Firm',
    ]);
    expect(out[0].confidence).toBeLessThan(0.8);
    expect(out[0].reason).toBe('co-reading:settlement-charges from test');
  });

  it('adds nothing already read, and nothing between two bodies of a state', () => {
    const read = { ...fact(body, firm), predicate: 'CRITICIZED' as const };
    expect(coReadings('The Office settled with the Firm.', [fact(body, firm), read])).toEqual([]);
    expect(coReadings('The Office settled with the Office.', [fact(body, { ...body, id: 'c' })])).toEqual([]);
  });
});
