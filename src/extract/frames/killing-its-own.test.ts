// The dead an attack's own clause tells are the target's (round 19, beside rounds 14 and 15), in
// our own words, through both engines: an active "killed" with the act for subject, a side named
// on its dead, a country's unnamed soldiers only when an armed group struck. Each row: an
// article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'killing-its-own', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  [
    'An Azure Brigade attack on a police station in northern Chile has killed at least 13 security personnel.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'A late-night Azure Brigade raid on a Chilean army checkpoint killed nine Chilean soldiers.',
    ['Azure Brigade ATTACKED Chile', 'Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Peruvian jets carried out two airstrikes against Azure Brigade militants, killing several Azure Brigade fighters.',
    ['Peru ATTACKED Azure Brigade', 'Peru KILLED Azure Brigade'],
    [],
  ],
  // civilians are no side's own (round 9)
  [
    'An Azure Brigade attack on a police station in northern Chile has killed at least 13 civilians.',
    ['Azure Brigade ATTACKED Chile'],
    ['Azure Brigade KILLED Chile'],
  ],
  // unnamed soldiers after a state's strike name no side of theirs
  ['Peruvian jets struck a Chilean base on Monday, killing 12 soldiers.', [], ['Peru KILLED Chile']],
  // the dead of someone else's act, and the dead of a passive, are not the attack's
  [
    'An Azure Brigade attack on a police station in Chile was repelled, and Chilean police killed 13 militants.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  [
    'An Azure Brigade attack on a Chilean army post failed and Peruvian troops killed 13 soldiers.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  [
    'An Azure Brigade attack on a Chilean army post failed; 13 soldiers were killed later in a crash.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
];

describe.each(ROWS)('%s', (text, stated, unstated) => {
  const got = factsOf(text);
  if (stated.length) test.each(stated)('states %s', (fact) => expect(got).toContain(fact));
  if (unstated.length) test.each(unstated)('does not state %s', (fact) => expect(got).not.toContain(fact));
});
