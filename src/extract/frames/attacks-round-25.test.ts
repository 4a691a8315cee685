// Attacks and killings in shapes that recur across unseen news (round 25), in our own words. Each
// row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'attacks-25', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // a fight told after a preposition of time is the clause subject's
  [
    'Hamas fighters captured the district after a fierce fight with Chilean police forces.',
    ['Hamas ATTACKED Chile'],
    [],
  ],
  [
    'Chilean troops entered the town of Arica following two days of intense battles with Hamas.',
    ['Chile ATTACKED Hamas'],
    [],
  ],
  ['Chilean troops retook the town of Arica after a gun battle with Hamas.', ['Chile ATTACKED Hamas'], []],
  ['Hamas fighters engaged in heavy clashes with Chilean troops on Monday.', ['Hamas ATTACKED Chile'], []],
  // a plan or a condition states no fight
  ['Chilean troops could retake the town after a fight with Hamas.', [], ['Chile ATTACKED Hamas']],
  ['Chilean troops plan to retake the town after a fight with Hamas.', [], ['Chile ATTACKED Hamas']],
  // the fight of someone named inside the clause, not the subject's
  [
    'Hezbollah said it was responding to the death of one of its commanders during clashes with Chilean troops.',
    [],
    ['Hezbollah ATTACKED Chile'],
  ],
  // a verb of speech or judgment: the speaker did not fight
  ['Peru condemned the raid after clashes with Hamas.', [], ['Peru ATTACKED Hamas']],
  ['Peruvian officials spoke to reporters after clashes with Hamas.', [], ['Peru ATTACKED Hamas']],
  // a person is no side of the fight
  ['Ana Ruiz resigned after clashes with Hamas.', [], ['Ana Ruiz ATTACKED Hamas']],
  // the dead of a fight told after "during" or "amid": the other side killed them, and they fought
  [
    'Five Chilean soldiers were killed during clashes with Hamas on Monday.',
    ['Hamas KILLED Chile', 'Chile ATTACKED Hamas'],
    [],
  ],
  ['Three Peruvian soldiers died amid heavy fighting with Hezbollah.', ['Hezbollah KILLED Peru'], []],
  // civilians name no side
  ['Five civilians were killed during clashes with Hamas.', [], ['Hamas KILLED Chile']],
  // the province, district or region where an attack struck is no target; a town still is
  [
    'Hamas claimed responsibility for the deadly raid in the Arica district on Monday.',
    [],
    ['Hamas ATTACKED Arica'],
  ],
  [
    'Hezbollah took responsibility for two bombings in Tacna Province that killed 30.',
    [],
    ['Hezbollah ATTACKED Tacna Province'],
  ],
  ['Hamas attacks killed five people in the city of Arica.', ['Hamas ATTACKED Arica'], []],
  // an act noun whose author is its modifier: the dead of the passive "by" it, a group's leader
  // named in apposition
  [
    'The raid came a year after the Hamas leader, Ana Ruiz, was killed by a Chilean drone strike.',
    ['Chile KILLED Ana Ruiz'],
    [],
  ],
  [
    "The raid came a year after Hamas's longtime leader, Ana Ruiz, was killed by a Chilean drone strike.",
    ['Chile KILLED Ana Ruiz', 'Chile ATTACKED Hamas', 'Chile KILLED Hamas'],
    [],
  ],
  ['Ana Ruiz was killed by a Peruvian airstrike in 2019.', ['Peru KILLED Ana Ruiz'], []],
  // no attack noun after "by": the agent is read as the verb's, and a strike feared states nothing
  ['Ana Ruiz was killed by a stray bullet near Lima.', [], ['Peru KILLED Ana Ruiz']],
  ['Ana Ruiz could be killed by a Chilean drone strike.', [], ['Chile KILLED Ana Ruiz']],
  // a place told by its owner's possessive between the act noun and its verb
  [
    "A Chilean airstrike in Peru's capital killed two Hamas leaders.",
    ['Chile KILLED Hamas'],
    ['Peru KILLED Hamas'],
  ],
  [
    "A Peruvian airstrike in Chile's capital killed two Hamas commanders.",
    ['Peru KILLED Hamas'],
    ['Chile KILLED Hamas'],
  ],
  // a coalition named after its leader's hyphen is the act's author, not the leader
  [
    'A Chilean-led coalition airstrike killed two Hamas commanders on Monday.',
    ['Chilean-led coalition KILLED Hamas'],
    ['Chile KILLED Hamas'],
  ],
];

describe('attacks and killings, round 25', () => {
  test.each(ROWS)('%s', (text, expected, unexpected) => {
    const found = factsOf(text);
    for (const fact of expected) expect(found).toContain(fact);
    for (const fact of unexpected) expect(found).not.toContain(fact);
  });
});
