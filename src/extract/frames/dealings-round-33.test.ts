// Dealings and sanctions on unseen text, round 33, in our own words: a party told by a
// descriptor whose apposition closes on a comma or on the name's bracketed acronym, not only at
// the sentence's end (./lists.ts, `describedBody`); a country's envoy expelled when the country
// is a possessive or the envoy is named after the title (./stance.ts `isFollowed`,
// ./read-frames.ts `countryOfHead`, the expulsion record's heads). Each row: an article's text,
// facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'dealings-33', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // the apposition closed by a comma, the sentence going on
  [
    'Norway welcomes a peace accord between Chile and a major rebel group, the Red Hand Army, on Monday.',
    ['Chile COOPERATED Red Hand Army'],
    [],
  ],
  // the name's acronym in brackets closes it
  [
    'Norway welcomes a peace accord between Chile and the main rebel group, the Red Hand Army (RHA), on Monday.',
    ['Chile COOPERATED Red Hand Army'],
    [],
  ],
  // the old shape: the name closes the sentence
  [
    'Peru signed a deal with Chile and the main rebel group, the Red Hand Army.',
    ['Peru COOPERATED Red Hand Army'],
    [],
  ],
  // a name its verb follows opens a clause of its own: no party
  [
    'Norway welcomes a peace accord between Chile and the main rebel group, the Red Hand Army said.',
    [],
    ['Chile COOPERATED Red Hand Army'],
  ],
  // an envoy of a possessive country ordered out
  ["Norway ordered Bolivia's ambassador to leave the country.", ['Norway SANCTIONED Bolivia'], []],
  ["Norway declared Bolivia's ambassador persona non grata.", ['Norway SANCTIONED Bolivia'], []],
  ["Norway ordered Bolivia's fishermen to leave the country.", [], ['Norway SANCTIONED Bolivia']],
  // an envoy named after the title: the title's country, not the person
  [
    'Norway ordered U.S. ambassador John Brown to leave.',
    ['Norway SANCTIONED United States'],
    ['Norway SANCTIONED John Brown'],
  ],
  ['Norway expelled U.S. Ambassador John Brown on Monday.', ['Norway SANCTIONED United States'], []],
  [
    'Norway ordered U.S. ambassador John Brown to attend the hearing.',
    [],
    ['Norway SANCTIONED United States'],
  ],
  // embassy staff expelled
  ['Peru announced it was expelling three Russian embassy staff.', ['Peru SANCTIONED Russia'], []],
];

describe('dealings and sanctions, round 33', () => {
  it.each(ROWS)('%s', (text, must, mustNot) => {
    const facts = factsOf(text);
    for (const f of must) expect(facts).toContain(f);
    for (const f of mustNot) expect(facts).not.toContain(f);
  });
});
