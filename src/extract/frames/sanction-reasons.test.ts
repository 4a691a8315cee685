// A sanction's stated reason of misconduct (./sanction-reasons.ts) and the counted people a
// sanction names by apposition (./lists.ts, ./apposed-lists.ts), round 30, in our own words. Each
// row: an article's text, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'reasons', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const REASONS: [string, string[], string[]][] = [
  // the reason names misconduct: the sanctioner criticised those it sanctioned
  [
    'Norway sanctioned Pedro Alvarez and Omar Nadi on Monday for their roles in corruption at the port.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway CRITICIZED Pedro Alvarez', 'Norway CRITICIZED Omar Nadi'],
    [],
  ],
  [
    'Norway designated the Atlas Brigade for being responsible for serious human rights abuses.',
    ['Norway SANCTIONED Atlas Brigade', 'Norway CRITICIZED Atlas Brigade'],
    [],
  ],
  [
    'Norway imposed a visa ban on Pedro Alvarez over his part in corruption at the port authority.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway CRITICIZED Pedro Alvarez'],
    [],
  ],
  [
    'Western states including Norway imposed punitive measures against Chile over its annexation of the islands.',
    ['Norway SANCTIONED Chile', 'Norway CRITICIZED Chile'],
    [],
  ],
  // a reason that names no misconduct, a sanction only threatened, or a reason in another clause
  [
    'Norway sanctioned Pedro Alvarez on Monday for the second time this year.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway CRITICIZED Pedro Alvarez'],
  ],
  [
    'Norway designated Pedro Alvarez and Omar Nadi for being leaders of the Atlas Brigade.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway CRITICIZED Pedro Alvarez', 'Norway CRITICIZED Omar Nadi'],
  ],
  [
    'Norway may sanction Pedro Alvarez for his role in corruption at the port.',
    [],
    ['Norway CRITICIZED Pedro Alvarez'],
  ],
  [
    'Norway sanctioned Pedro Alvarez on Monday, while Chile praised him for fighting corruption.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway CRITICIZED Pedro Alvarez'],
  ],
];

const COUNTED: [string, string[], string[]][] = [
  // the names repeated in brackets, in a comma or a dash apposition, with a tenure on the count
  [
    'Today, Norway sanctioned two Chilean government officials, Pedro Valdivia Soto (Valdivia) and Ana Ruiz Mena (Ruiz), for their roles in corruption.',
    [
      'Norway SANCTIONED Pedro Valdivia Soto',
      'Norway SANCTIONED Ana Ruiz Mena',
      'Norway CRITICIZED Ana Ruiz Mena',
    ],
    ['Norway SANCTIONED Chile', 'Norway CRITICIZED Chile'],
  ],
  [
    'Today, Norway sanctioned five current or former Chilean government officials — Pedro Valdivia Soto (Valdivia), Ana Ruiz Mena (Ruiz), and Jorge Lagos Pinto (Lagos) — for their involvement in corruption.',
    ['Norway SANCTIONED Jorge Lagos Pinto', 'Norway CRITICIZED Jorge Lagos Pinto'],
    ['Norway CRITICIZED Chile'],
  ],
  // the entity step left the second name unread: the first is still the one sanctioned
  [
    'Today, Norway sanctioned two Chilean officials, Pedro Valdivia Soto (Valdivia) and tea vinh, for their roles in corruption.',
    ['Norway SANCTIONED Pedro Valdivia Soto'],
    ['Norway SANCTIONED Chile'],
  ],
  // a clause after the count names no one in apposition
  [
    'Norway met two Chilean officials, Pedro Valdivia Soto said.',
    [],
    ['Norway COOPERATED Pedro Valdivia Soto'],
  ],
  // the owner of a description before a name is not the one sanctioned
  [
    'Today, Norway sanctioned one of Chile’s most violent gangs, the Atlas Brigade, and its leader.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
];

describe('a sanction with a stated reason of misconduct criticises those sanctioned (round 30)', () => {
  test.each(REASONS)('%s', (text, stated, not) => {
    const got = factsOf(text);
    for (const fact of stated) expect(got).toContain(fact);
    for (const fact of not) expect(got).not.toContain(fact);
  });
});

describe('counted people named by apposition are the ones sanctioned (round 30)', () => {
  test.each(COUNTED)('%s', (text, stated, not) => {
    const got = factsOf(text);
    for (const fact of stated) expect(got).toContain(fact);
    for (const fact of not) expect(got).not.toContain(fact);
  });
});
