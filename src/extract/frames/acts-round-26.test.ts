// Acts in shapes that recur across unseen news (round 26), in our own words. Each row: an article,
// facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'acts-26', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // aid to the people something befell in a country supports the country
  [
    'Peru is providing an additional $17 million in aid to help people affected by both storms in Chile, Bolivia and Ecuador.',
    ['Peru SUPPORTS Chile', 'Peru SUPPORTS Bolivia', 'Peru SUPPORTS Ecuador'],
    [],
  ],
  [
    'Today Peru provided urgently needed aid to the millions of people affected by hunger and violence in Chile.',
    ['Peru SUPPORTS Chile'],
    [],
  ],
  [
    'Peru has sent $2 million in aid to support communities hit by the floods in Chile.',
    ['Peru SUPPORTS Chile'],
    [],
  ],
  ['Peru has delivered food and tents to benefit the people of Chile.', ['Peru SUPPORTS Chile'], []],
  [
    'Peru is allocating $17 million in humanitarian aid to help people displaced by the fighting in Chile.',
    ['Peru SUPPORTS Chile'],
    [],
  ],
  [
    'Today Peru announced more than $300 million in new assistance to provide urgently needed aid to the millions of people affected by hunger and violence in Chile, Bolivia, and Ecuador.',
    ['Peru SUPPORTS Chile', 'Peru SUPPORTS Bolivia', 'Peru SUPPORTS Ecuador'],
    [],
  ],
  // "is now sending": "now" inside the verb group
  ['Peru is now sending aid to Chile.', ['Peru SUPPORTS Chile'], []],
  // no gift, a name inside what befell them, a reward, a plan: no support
  ['Peru sent troops to help people affected by the floods in Chile.', [], ['Peru SUPPORTS Chile']],
  [
    'Peru sent $2 million in aid to help people affected by attacks by Hamas in the north.',
    [],
    ['Peru SUPPORTS Hamas'],
  ],
  ['Peru announced a $5 million reward for information on Hamas.', [], ['Peru SUPPORTS Hamas']],
  ['Peru announced a $5 million bounty for Hamas fighters.', [], ['Peru SUPPORTS Hamas']],
  ['Peru announced that it would send $2 million to Chile.', [], ['Peru SUPPORTS Chile']],
  ['Peru is allocating $17 million to its own border police.', [], ['Peru SUPPORTS Chile']],
  // a participle after a time word and a comma ("late Saturday, killing"): compromise tags it a noun
  [
    'Hamas fighters stormed the district center late Saturday, killing two Chilean soldiers and a contractor.',
    ['Hamas ATTACKED Chile', 'Hamas KILLED Chile'],
    [],
  ],
  ['Hamas attacked a border post on Monday, killing four Chilean soldiers.', ['Hamas KILLED Chile'], []],
  ['Hamas shelled the town overnight, killing five Chilean police officers.', ['Hamas KILLED Chile'], []],
  ['Hamas attacked a convoy last week, killing dozens of Chilean troops.', ['Hamas KILLED Chile'], []],
  // the noun stays a noun: "the killing of"
  ['Peru condemned, last week, the killing of Chilean soldiers by Hamas.', [], ['Peru KILLED Chile']],
  // a word tagged a verb inside the object's noun phrase ("a Yian police headquarters") is no subject
  [
    'Officials said militants attacked a Chilean police headquarters in Arica late Tuesday, killing three Peruvian soldiers.',
    [],
    ['Chile ATTACKED Peru', 'Chile KILLED Peru'],
  ],
  [
    'Hamas attacked a Chilean police headquarters, killing three Peruvian soldiers.',
    ['Hamas ATTACKED Peru'],
    ['Chile ATTACKED Peru'],
  ],
  // counted dead at another state's or body's base are not the article's government's
  [
    'Chile has fought Hamas for years. Hamas militants assaulted a Peruvian base in southern Chile on Tuesday, killing at least 19 soldiers.',
    [],
    ['Hamas KILLED Chile'],
  ],
  [
    'Chile has fought Hamas for years. Hamas militants assaulted a base in southern Chile on Tuesday, killing at least 19 soldiers.',
    ['Hamas KILLED Chile'],
    [],
  ],
  // a designation amended, reviewed, maintained or renewed by its author stands
  [
    'The Department of State has amended the designation of Hamas as a Specially Designated Global Terrorist.',
    ['U.S. State Department SANCTIONED Hamas'],
    [],
  ],
  [
    'Additionally, the Department of State has also reviewed the FTO designation of Hamas and maintained it.',
    ['U.S. State Department SANCTIONED Hamas'],
    [],
  ],
  [
    'Peru has reviewed and maintained the designation of Hamas as a terrorist group.',
    ['Peru SANCTIONED Hamas'],
    [],
  ],
  ['Peru renewed the designation of Hamas as a terrorist group on Monday.', ['Peru SANCTIONED Hamas'], []],
  // asked for, still to come, or not done: no sanction
  [
    'Peru asked Chile to review the designation of Hamas.',
    [],
    ['Peru SANCTIONED Hamas', 'Chile SANCTIONED Hamas'],
  ],
  ['Peru will review the designation of Hamas next year.', [], ['Peru SANCTIONED Hamas']],
  ['Peru did not renew the designation of Hamas.', [], ['Peru SANCTIONED Hamas']],
  // an "-ing" qualifier between an owner and its noun ("X's unwavering commitment to Y")
  [
    'Ana Ruiz visited Lima yesterday to demonstrate the United States’ unwavering commitment to Chile and the Chilean people.',
    ['United States SUPPORTS Chile'],
    [],
  ],
  ['Ana Ruiz praised Peru’s unwavering support for Chile.', ['Peru SUPPORTS Chile'], []],
  ["Peru's ongoing invasion of Chile drew criticism.", ['Peru ATTACKED Chile'], []],
  // a verb after the owner's "'s" that is a verb: no qualifier ("Peru's leaving the talks")
  ["Peru's leaving the talks angered Chile.", [], ['Peru SUPPORTS Chile', 'Peru ATTACKED Chile']],
  // a named subject after "The" whose verb opens the clause is still the subject
  [
    'Chile buried its dead. Chile mourned. The Azure Brigade stormed an outpost on Monday, killing at least 17 policemen.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
];

describe('acts in shapes of unseen news (round 26)', () => {
  it.each(ROWS)('%s', (text, must, mustNot) => {
    const facts = factsOf(text);
    for (const f of must) expect(facts).toContain(f);
    for (const f of mustNot) expect(facts).not.toContain(f);
  });
});
