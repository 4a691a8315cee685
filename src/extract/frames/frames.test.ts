// One generic test for the whole frame lexicon: every record's positive example states its fact
// through the frame engine, and its negative example does not. No frame goes untested.
import { extractArticle } from '..';
import { FRAMES, MIN_CONFIDENCE } from './lexicon';

const factsOf = (text: string) =>
  extractArticle(
    { id: 'frame-example', title: '', text, source: 'test' },
    { relations: 'frames' },
  ).relations.map((r) => `${r.subject}|${r.predicate}|${r.object}`);

describe.each(FRAMES.map((f) => [f.id, f] as const))('frame %s', (_id, frame) => {
  const [subject, object] = (frame.expect ?? 'Norway|Chile').split('|');
  const fact = `${subject}|${frame.predicate}|${object}`;

  const on = frame.confidence >= MIN_CONFIDENCE;
  test(`states ${frame.predicate} in its positive example${on ? '' : ' (not: measured wrong more often than right)'}`, () => {
    if (on) expect(factsOf(frame.positive)).toContain(fact);
    else expect(factsOf(frame.positive)).not.toContain(fact);
  });

  test('states nothing of the kind in its negative example', () => {
    expect(factsOf(frame.negative)).not.toContain(fact);
  });
});
