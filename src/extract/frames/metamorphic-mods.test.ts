// Words before a side's name (round 28, the metamorphic check's modifiers), in our own words. Each
// row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'mods-28', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // a participle before the object is the name's adjective, not a second verb
  ['Finland rebuked neighbouring Uruguay on Tuesday.', ['Finland CRITICIZED Uruguay'], []],
  ['Finland bankrolled embattled Uruguay last year.', ['Finland SUPPORTS Uruguay'], []],
  ['Finland conferred with neighbouring Uruguay on Tuesday.', ['Finland COOPERATED Uruguay'], []],
  // nearest negative: a known verb's "-ing" after a preposition opens a clause of its own
  [
    'Finland rebuked Uruguay for hosting Paraguay.',
    ['Finland CRITICIZED Uruguay'],
    ['Finland CRITICIZED Paraguay'],
  ],
  // a title between the participle and the name: "ousted" says nothing of the subject's office
  [
    'Finland rebuked ousted Prime Minister Ivo Brandt on Tuesday.',
    ['Finland CRITICIZED Ivo Brandt'],
    ['Ivo Brandt LEADS Finland'],
  ],
  // a plain adjective before the name where a reader expects the name itself
  ['Finland sent blankets and medicine to tiny Uruguay.', ['Finland SUPPORTS Uruguay'], []],
  ['Finland said oil-rich Uruguay should free the sailors.', ['Finland DEMANDED Uruguay'], []],
  ['Finland sent blankets to war-torn Uruguay.', ['Finland SUPPORTS Uruguay'], []],
  // nearest negatives: a preposition the tagger calls an adjective, and a name hyphened to the
  // participle, stay as they are
  ['Finland has waged a long war against Uruguay.', ['Finland ATTACKED Uruguay'], []],
  [
    'Finland attacked the Uruguay-backed Crimson Hand Brigade.',
    ['Finland ATTACKED Crimson Hand Brigade', 'Uruguay SUPPORTS Crimson Hand Brigade'],
    ['Finland ATTACKED Uruguay'],
  ],
  // an owner's "so-called": the owner is not the target; the verb before the owner stays a verb
  [
    "Finland admonished Uruguay's so-called Crimson Hand Brigade on Tuesday.",
    ['Finland CRITICIZED Crimson Hand Brigade'],
    ['Finland CRITICIZED Uruguay'],
  ],
  // a side moved into a modifier is no side of the fact
  ['Finland rebuked Uruguay-backed militias on Tuesday.', [], ['Finland CRITICIZED Uruguay']],
];

describe('words before a name (round 28 modifiers)', () => {
  it.each(ROWS)('%s', (text, must, mustNot) => {
    const facts = factsOf(text);
    for (const f of must) expect(facts).toContain(f);
    for (const f of mustNot) expect(facts).not.toContain(f);
  });
});
