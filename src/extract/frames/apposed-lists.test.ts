// A counted or described group followed by the names that make it up (./apposed-lists.ts, read by
// ./lists.ts `listRight`), in our own words: the act on the group is an act on each name, wherever
// the group stands; a state's or body's people so listed are each its members; an item's
// apposition between two items neither adds a name nor ends the list; and nothing when the names
// after the group's comma open a clause of their own.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'apposed', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject}|${r.predicate}|${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // object of a sanction: the names, and the demonym's state as before
  [
    'The European Union sanctioned three Russian officials, Ivan Petrov, Oleg Sidorov and Anna Volkova, on Monday.',
    [
      'European Union|SANCTIONED|Ivan Petrov',
      'European Union|SANCTIONED|Oleg Sidorov',
      'European Union|SANCTIONED|Anna Volkova',
      'Ivan Petrov|MEMBER_OF|Russia',
      'Oleg Sidorov|MEMBER_OF|Russia',
      'Anna Volkova|MEMBER_OF|Russia',
    ],
    [],
  ],
  // a dash opens the names, and closes them
  [
    'The European Union sanctioned two agencies – the Freedonian Planning Commission and the Freedonian Labor Ministry – on Monday.',
    [
      'European Union|SANCTIONED|Freedonian Planning Commission',
      'European Union|SANCTIONED|Freedonian Labor Ministry',
    ],
    [],
  ],
  // a colon, after a people noun with its "of" phrase
  [
    'Foreign Minister Jan Novak met the leaders of three groups: the Atlas Brigade, the Northern Front and the Sun Movement.',
    [
      'Jan Novak|COOPERATED|Atlas Brigade',
      'Jan Novak|COOPERATED|Northern Front',
      'Jan Novak|COOPERATED|Sun Movement',
    ],
    [],
  ],
  // a counted head compromise reads as a verb ("two engineers,")
  [
    'The Atlas Brigade kidnapped two engineers, John Smith and Tom Brown, on Monday.',
    ['Atlas Brigade|ATTACKED|John Smith', 'Atlas Brigade|ATTACKED|Tom Brown'],
    [],
  ],
  // a company's former staff, charged: the people, not the company
  [
    'The Justice Department charged two former Acme Corp. employees, William Burns and Chris Curtis, with fraud.',
    [
      'U.S. Department of Justice|CRITICIZED|William Burns',
      'U.S. Department of Justice|CRITICIZED|Chris Curtis',
    ],
    ['U.S. Department of Justice|CRITICIZED|Acme Corp.'],
  ],
  // after a first item and its relative clause, a counted group's names close the list
  [
    'The Justice Department charged Acme Corp. (Acme), which is owned by Borg Holdings, and two former Acme Corp. employees, William Burns and Chris Curtis, with fraud.',
    [
      'U.S. Department of Justice|CRITICIZED|Acme Corp.',
      'U.S. Department of Justice|CRITICIZED|William Burns',
      'U.S. Department of Justice|CRITICIZED|Chris Curtis',
    ],
    ['U.S. Department of Justice|CRITICIZED|Borg Holdings'],
  ],
  [
    'The European Union sanctioned Acme Ltd. and three Russian officials, Ivan Petrov, Oleg Sidorov and Anna Volkova, on Monday.',
    ['European Union|SANCTIONED|Acme Ltd.', 'European Union|SANCTIONED|Anna Volkova'],
    [],
  ],
  // names with an abbreviation's full stop still make a list
  [
    'The European Union imposed sanctions on two firms, Acme Metals Ltd. and Borg Shipping Inc., on Monday.',
    ['European Union|SANCTIONED|Acme Metals Ltd.', 'European Union|SANCTIONED|Borg Shipping Inc.'],
    [],
  ],
  // a body's people listed after a dash
  [
    'Two Hamas commanders – Ivan Petrov and Oleg Sidorov – were killed in the strike.',
    ['Ivan Petrov|MEMBER_OF|Hamas', 'Oleg Sidorov|MEMBER_OF|Hamas'],
    [],
  ],
  // an item's apposition between two items
  [
    'Norway sanctioned Maria Lopez, the sister of the president, and Carlos Ruiz, whose ministry runs the prisons.',
    ['Norway|SANCTIONED|Maria Lopez', 'Norway|SANCTIONED|Carlos Ruiz'],
    [],
  ],
  // after the apposition, a name with its own verb opens a clause
  [
    'Norway sanctioned Maria Lopez, the sister of the president, and Sweden condemned the move.',
    ['Norway|SANCTIONED|Maria Lopez'],
    ['Norway|SANCTIONED|Sweden'],
  ],
  // names after a group's comma that their own verb follows are speakers, not the group
  ['The Atlas Brigade attacked the towns, Norway and Sweden said.', [], ['Atlas Brigade|ATTACKED|Norway']],
  // a count of time is no group
  ['After talks over two days, Norway and Sweden signed an accord.', [], ['Norway|SANCTIONED|Sweden']],
  // designee lists: appositions and semicolons between the items
  [
    'The European Union announced sanctions on Monday. Those sanctioned include Maria Lopez, the sister of President Juan Perez; Carlos Ruiz, the interior minister; and Pedro Gomez.',
    [
      'European Union|SANCTIONED|Maria Lopez',
      'European Union|SANCTIONED|Carlos Ruiz',
      'European Union|SANCTIONED|Pedro Gomez',
    ],
    ['European Union|SANCTIONED|Juan Perez'],
  ],
  [
    'The European Union announced sanctions on Monday. The designations include Acme Ltd., a company owned by Borg Holdings, and Pedro Gomez, who runs the port.',
    ['European Union|SANCTIONED|Acme Ltd.', 'European Union|SANCTIONED|Pedro Gomez'],
    ['European Union|SANCTIONED|Borg Holdings'],
  ],
];

describe('a counted or described group, then the names that make it up', () => {
  test.each(ROWS)('%s', (text, must, mustNot) => {
    const found = factsOf(text);
    for (const f of must) expect(found).toContain(f);
    for (const f of mustNot) expect(found).not.toContain(f);
  });
});
