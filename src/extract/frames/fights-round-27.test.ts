// Attacks and killings with both sides named in the sentence (round 27), in our own words. Each
// row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'fights-27', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const BOTH_WAYS = ['Chile ATTACKED Hamas', 'Hamas ATTACKED Chile'];

const ROWS: [string, string[], string[]][] = [
  // two sides fighting over a prize, or for a stretch of time: each attacks the other
  ['Chilean troops and Hamas are battling for control of the northern provinces.', BOTH_WAYS, []],
  ['Chilean forces and Hamas were fighting for control of 30 districts.', BOTH_WAYS, []],
  ['Hamas and the Chilean army have fought for decades.', BOTH_WAYS, []],
  ['Hamas and the Chilean army have been fighting for more than a year.', BOTH_WAYS, []],
  // one side fighting for a cause or a name, or against a foe named later, or a plan
  ['Chile and Peru fought for independence.', [], ['Chile ATTACKED Peru']],
  ['Chile and Peru fought for Bolivia.', [], ['Chile ATTACKED Peru']],
  [
    'Chilean and Peruvian troops fought for control of the town against Hamas.',
    ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas'],
    ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'],
  ],
  ['Chile and Peru could fight for control of the islands.', [], ['Chile ATTACKED Peru']],
  // a plain thing fought is fought together
  ['Chile and Peru are fighting poverty together.', [], ['Chile ATTACKED Peru', 'Peru ATTACKED Chile']],
  ['Chile and Peru are fighting drug trafficking.', [], ['Chile ATTACKED Peru', 'Peru ATTACKED Chile']],
  // fire exchanged stays a fight
  [
    'Chile and Peru exchanged heavy fire across the border.',
    ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'],
    [],
  ],
  // a country's force with one word of kind before its head, in a joint subject
  ['Chilean government forces and Hamas were fighting on Monday.', BOTH_WAYS, []],
  ['Chilean security forces and Hamas fought near Arica.', BOTH_WAYS, []],
  // the last side of a joint subject with its own apposition
  ['Chilean forces and Hamas, a rebel group, are battling in the east.', BOTH_WAYS, []],
  // a fight noun after "engaged in" / "locked in": two sides, each attacking the other
  ['Chilean troops and Hamas engaged in fierce fighting near Arica.', BOTH_WAYS, []],
  ['Chilean troops and Hamas are locked in heavy fighting near Arica.', BOTH_WAYS, []],
  ['Chilean forces and Hamas have been locked in clashes since Monday.', BOTH_WAYS, []],
  // with its foe after "with", one way (as "clashed with")
  [
    'Chilean troops are locked in fierce fighting with Hamas.',
    ['Chile ATTACKED Hamas'],
    ['Hamas ATTACKED Chile'],
  ],
  // a plan, a denial, talks
  ['Chilean troops and Hamas could engage in fighting near Arica.', [], BOTH_WAYS],
  ['Chile and Peru did not engage in fighting.', [], ['Chile ATTACKED Peru']],
  ['Chile and Peru engaged in talks on trade.', [], ['Chile ATTACKED Peru']],
  // an armed group's members are its own, as its fighters are, in the passive too
  [
    'Four members of Hamas were killed by Chilean troops.',
    ['Chile KILLED Hamas', 'Chile ATTACKED Hamas'],
    [],
  ],
  [
    'Four members of Hamas had been killed by units of the Chilean army.',
    ['Chile KILLED Hamas', 'Chile ATTACKED Hamas'],
    [],
  ],
  // a body's members are nobody's fighters
  ['Four members of the Chilean Senate met Peruvian officials.', [], ['Chile ATTACKED Peru']],
  // "neutralize": a kill, in the active and the passive; not a vow or a plan
  [
    'The Chilean army neutralized 10 Hamas fighters in an air strike.',
    ['Chile KILLED Hamas', 'Chile ATTACKED Hamas'],
    [],
  ],
  [
    'Four Hamas fighters had been neutralized by Chilean troops, in coordination with Peruvian police.',
    ['Chile KILLED Hamas'],
    [],
  ],
  ['The Chilean army vowed to neutralize Hamas.', [], ['Chile KILLED Hamas']],
  ['The Chilean army could neutralize Hamas within weeks.', [], ['Chile KILLED Hamas']],
  // owning up to an act whose dead a relative clause names: "took credit", "was responsible"
  [
    'Hamas took credit for the ambush that killed four Chilean soldiers.',
    ['Hamas KILLED Chile', 'Hamas ATTACKED Chile'],
    [],
  ],
  [
    'Hamas was responsible for the ambush that killed four Chilean soldiers.',
    ['Hamas KILLED Chile', 'Hamas ATTACKED Chile'],
    [],
  ],
  // denied, negated, hedged or another's act: no author
  ['Hamas did not take credit for the ambush that killed four Chilean soldiers.', [], ['Hamas KILLED Chile']],
  ['Hamas was not responsible for the ambush that killed four Chilean soldiers.', [], ['Hamas KILLED Chile']],
  [
    'Peru said Hamas may have been responsible for the ambush that killed four Chilean soldiers.',
    [],
    ['Hamas KILLED Chile'],
  ],
  ['Peru took credit for the rescue that freed four Chilean soldiers.', [], ['Peru ATTACKED Chile']],
  // the defender against an aggressor's act named on it (./defenders.ts)
  ['Chile continues to defend itself against Bolivian aggression.', ['Bolivia ATTACKED Chile'], []],
  [
    "Peru highlighted its strong support for Chile in the face of Bolivia's illegal war of aggression.",
    ['Bolivia ATTACKED Chile'],
    ['Bolivia ATTACKED Peru'],
  ],
  [
    'Peru backs the Chilean people in their struggle against Bolivian aggression.',
    ['Bolivia ATTACKED Chile'],
    ['Bolivia ATTACKED Peru'],
  ],
  [
    'Peru reaffirmed its support for Chile as it continues to defend itself against Bolivian aggression.',
    ['Bolivia ATTACKED Chile'],
    [],
  ],
  // a plan, no aggressor named, no act of aggression
  ['Bolivia could defend itself against Chilean aggression.', [], ['Chile ATTACKED Bolivia']],
  ['Peru backs Chile in its fight against poverty.', [], ['Peru ATTACKED Chile']],
  ['Chile defended itself against the storm.', [], ['Chile ATTACKED Peru']],
  ['Peru stood by Chile in the face of Bolivian criticism.', [], ['Bolivia ATTACKED Chile']],
];

describe('attacks and killings with both sides named, round 27', () => {
  test.each(ROWS)('%s', (text, expected, unexpected) => {
    const found = factsOf(text);
    for (const fact of expected) expect(found).toContain(fact);
    for (const fact of unexpected) expect(found).not.toContain(fact);
  });
});
