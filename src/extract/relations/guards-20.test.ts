// Guards loosened where the round-20 guard trace (./guard-trace.ts) found them dropping facts the
// gold holds, and the shapes they must still drop. Sentences of our own; both engines together, as
// the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { extractArticle } from '../index';
import { guarded } from './guard-trace';

const rows: FactRow[] = [
  // the article's own hedge on a told act is annotated as the act (test/gold/README.md, "Hedged claims")
  ['Norway is suspected to have attacked Chile last week.', ['Norway ATTACKED Chile'], []],
  ['Norway is reported to have attacked Chile last week.', ['Norway ATTACKED Chile'], []],
  ['Norway is said to have attacked Chile last week.', ['Norway ATTACKED Chile'], []],
  // a hedge on what is planned tells no act
  ['Norway is suspected to plan an attack on Chile.', [], ['Norway ATTACKED Chile']],
  // the purpose of an offensive told with its authors after "by" is tried: an attack
  [
    'Fighting grew after an offensive by Norway and Peru to retake towns seized by Chile.',
    ['Norway ATTACKED Chile', 'Peru ATTACKED Chile'],
    [],
  ],
  // an offensive only possible, or a purpose that is no attack, states none
  ['Chile fears any offensive by Norway to retake the towns held by Chile.', [], ['Norway ATTACKED Chile']],
  ['Talks followed an offensive by Norway to support Peru.', [], ['Norway SUPPORTS Peru']],
  // the user of a means does the purpose it was used for, in the mood of the using verb
  ['Norway used drones to attack Chile.', ['Norway ATTACKED Chile'], []],
  ['Norway has employed armed boats to attack Chile.', ['Norway ATTACKED Chile'], []],
  ['Norway could use drones to attack Chile.', [], ['Norway ATTACKED Chile']],
  ['Norway plans to use drones to attack Chile.', [], ['Norway ATTACKED Chile']],
  ['Drones were used to attack Chile, Norway said.', [], ['Norway ATTACKED Chile']],
];

describeFactRows(rows, 'guards-20', 'combined');

describe('guard trace (off by default)', () => {
  test('an article reads the same facts with the trace off', () => {
    const text = 'Norway would attack Chile. Will Peru attack Chile? Norway attacked Peru.';
    const facts = extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
      (r) => `${r.subject} ${r.predicate} ${r.object}`,
    );
    expect(facts).toEqual(['Norway ATTACKED Peru']);
  });
  test('guarded returns what the guard kept', () => {
    const f = (o: string) => ({ subject: 'A', predicate: 'ATTACKED' as const, object: o });
    const after = [f('C')];
    expect(guarded('test', [f('B'), f('C')], after)).toBe(after);
  });
});
