// Attacks and killings told the way unseen news tells them (round 23), in our own words. Each
// row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'attacks-23', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // a list of sides, each named on its acting head, acts together
  ['Chilean forces and Peruvian troops attacked Hamas.', ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas'], []],
  [
    "Chile's army and Peruvian police have raided Hamas positions.",
    ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas'],
    [],
  ],
  [
    'Chilean forces and Peruvian fighters have been battling the militant Hamas group for months.',
    ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas', 'Hamas ATTACKED Chile', 'Hamas ATTACKED Peru'],
    // one side: the list does not fight itself
    ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'],
  ],
  [
    'Chilean soldiers and Peruvian troops killed 11 Hamas fighters on Monday.',
    ['Chile KILLED Hamas', 'Peru KILLED Hamas'],
    [],
  ],
  // a country's rebels are not the country, in a list as alone
  ['Chilean rebels and Peruvian troops attacked Hamas.', ['Peru ATTACKED Hamas'], ['Chile ATTACKED Hamas']],
  // nor does a list fight itself when it fights back against someone unnamed
  [
    'Chilean peacekeepers and Peruvian troops fought back with mortars.',
    [],
    ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'],
  ],
  // a relative clause after "between X and the Y rebels" is the last side's
  [
    'The deal would end the conflict between Chilean forces and the Hamas rebels who overran the city of Lima.',
    ['Hamas ATTACKED Lima'],
    ['Chile ATTACKED Lima'],
  ],
  // without an object, two sides fighting still fight each other
  ['Chile and Peru clashed on Monday.', ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'], []],
  // a planned attack states nothing
  [
    'Chilean forces and Peruvian troops plan to attack Hamas.',
    [],
    ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas'],
  ],
  // an attack noun whose author follows a participle of doing, before or after the target
  ["The attack on Peru's embassy was carried out by Hamas.", ['Hamas ATTACKED Peru'], []],
  ['The raids on Chilean troops were conducted last week by Hezbollah.', ['Hezbollah ATTACKED Chile'], []],
  [
    'Peru condemned the attacks committed on Monday by Hamas against Chilean soldiers.',
    ['Hamas ATTACKED Chile'],
    [],
  ],
  [
    'The strikes carried out by Hamas on Chilean and Peruvian positions killed ten.',
    ['Hamas ATTACKED Chile', 'Hamas ATTACKED Peru'],
    [],
  ],
  // negated or only supposed: no author stated
  ["The attack on Peru's embassy was not carried out by Hamas.", [], ['Hamas ATTACKED Peru']],
  ["The attack on Peru's embassy may have been carried out by Hamas.", [], ['Hamas ATTACKED Peru']],
  // the object of a participle that modifies the subject is not the actor; the subject is
  [
    "The Hamas-led coalition backing Peru's exiled government launched an assault Wednesday on the port city of Lima.",
    ['Hamas-led coalition ATTACKED Lima'],
    ['Peru ATTACKED Lima'],
  ],
  [
    'The Hamas-led coalition supporting the government of Peru launched a fresh offensive on Monday against Hezbollah.',
    ['Hamas-led coalition ATTACKED Hezbollah'],
    ['Peru ATTACKED Hezbollah'],
  ],
  ['The coalition opposing Peru attacked Hamas positions.', [], ['Peru ATTACKED Hamas']],
  // a list after "including" names members, who act
  ['Groups including Hamas attacked Chilean troops.', ['Hamas ATTACKED Chile'], []],
  // an attack that killed or wounded a count of people in a named town
  [
    'A Chilean missile attack wounded 10 in the city of Cusco, the governor said.',
    ['Chile ATTACKED Cusco'],
    [],
  ],
  [
    'A Chilean drone strike killed at least six in the village of Cusco on Monday.',
    ['Chile ATTACKED Cusco'],
    [],
  ],
  // a country is where, not whom
  ['A Chilean missile attack wounded 10 in Peru.', [], ['Chile ATTACKED Peru']],
  // the one behind an attack did it; a relative after the attack's comma is the attack's too
  [
    'Hamas said it was behind the attack that killed 12 Chilean soldiers.',
    ['Hamas ATTACKED Chile', 'Hamas KILLED Chile'],
    [],
  ],
  [
    'Hamas claimed responsibility for the attack, which killed 12 Chilean soldiers.',
    ['Hamas ATTACKED Chile', 'Hamas KILLED Chile'],
    [],
  ],
  [
    'The Hezbollah ambush, which killed four Peruvian police officers, was condemned by Chile.',
    ['Hezbollah ATTACKED Peru', 'Hezbollah KILLED Peru'],
    [],
  ],
  // denied, negated or only possible: nobody is behind it
  ['Hamas denied it was behind the attack that killed 12 Chilean soldiers.', [], ['Hamas ATTACKED Chile']],
  ['Hamas was not behind the attack that killed 12 Chilean soldiers.', [], ['Hamas ATTACKED Chile']],
  ['Hamas may have been behind the attack that killed 12 Chilean soldiers.', [], ['Hamas ATTACKED Chile']],
  // an attack with no author named has none
  ['Peru condemned the attack, which killed 12 Chilean soldiers.', [], ['Peru ATTACKED Chile']],
  // killing a count of two sides' people: each side's own are killed
  [
    'Chilean troops killed 11 Hamas and Hezbollah fighters.',
    ['Chile KILLED Hamas', 'Chile KILLED Hezbollah'],
    [],
  ],
  [
    'Hamas gunmen killed three Chilean soldiers and a Peruvian police officer on Friday.',
    ['Hamas ATTACKED Chile', 'Hamas KILLED Chile', 'Hamas ATTACKED Peru', 'Hamas KILLED Peru'],
    [],
  ],
  ['Hezbollah said it had killed a Chilean soldier.', ['Hezbollah KILLED Chile'], []],
  // the names of a list with no serving head are not killed
  ['Chilean troops killed 11 people in Lima and Cusco.', [], ['Chile KILLED Lima', 'Chile KILLED Cusco']],
  // a planned killing states nothing
  [
    'Hamas gunmen plan to kill Chilean soldiers and Peruvian police officers.',
    [],
    ['Hamas KILLED Chile', 'Hamas KILLED Peru'],
  ],
  // a state's body "of" its country, as the second side of a fight between two
  [
    'The conflict between Hamas and the government of Chile began three years ago.',
    ['Hamas ATTACKED Chile', 'Chile ATTACKED Hamas'],
    [],
  ],
  [
    'Fighting between Hezbollah and the army of Peru killed ten on Sunday.',
    ['Hezbollah ATTACKED Peru', 'Peru ATTACKED Hezbollah'],
    [],
  ],
  // a country's people are no state body
  ['The conflict between Hamas and the people of Chile began long ago.', [], ['Hamas ATTACKED Chile']],
  // a fight still to come states nothing
  ['A war between Hamas and the government of Chile would be a disaster.', [], ['Hamas ATTACKED Chile']],
  // two sides' positions hit together are no pact between them
  [
    'Chilean warplanes pounded Hamas and Hezbollah positions overnight.',
    ['Chile ATTACKED Hamas', 'Chile ATTACKED Hezbollah'],
    ['Hamas COOPERATED Hezbollah'],
  ],
  // two sides doing one act together still act together
  ['Chile and Peru conducted joint patrols.', ['Chile COOPERATED Peru'], []],
  // people "from" a side are its own, as people "of" it are
  ["Hamas battled troops from Chile's army on Monday.", ['Hamas ATTACKED Chile', 'Chile ATTACKED Hamas'], []],
  ['Hamas killed two soldiers from the Chilean army.', ['Hamas ATTACKED Chile', 'Hamas KILLED Chile'], []],
  ['Hezbollah fighters killed three members from Hamas.', ['Hezbollah KILLED Hamas'], []],
  // troops moved from a place, and civilians from a country, are no side's dead
  ['Peru withdrew troops from Chile.', [], ['Peru ATTACKED Chile']],
  ['Hamas killed two civilians from Chile.', [], ['Hamas KILLED Chile']],
];

describe('attacks and killings on unseen text, round 23', () => {
  test.each(ROWS)('%s', (text, expected, absent) => {
    const facts = factsOf(text);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
