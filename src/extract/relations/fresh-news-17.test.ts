// Shapes of wrong facts the lead found in fresh news outside the gold (round 17). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the sentence's subject died in an attack another author's name opens: no attack of its own
  [
    'Ten Spanish soldiers were killed in a Hamas attack on a base in the northern province of Kandahar today.',
    ['Hamas ATTACKED Spain'],
    ['Spain ATTACKED Kandahar'],
  ],
  ['Hamas attacks killed five people in Kandahar.', ['Hamas ATTACKED Kandahar'], []],
  // an owner's possessive on a descriptor and a named body: the body is the target
  [
    "Spain's finance ministry also blacklisted Russia's second-largest lender Volga Bank.",
    ['Spain SANCTIONED Volga Bank'],
    ['Spain SANCTIONED Russia'],
  ],
  ['Spain sanctioned Russia on Monday.', ['Spain SANCTIONED Russia'], []],
  // a pronoun subject's verb before the name: the name is in its object, and calls on no one
  [
    '"We deplore the Hamas attack and call on the Spanish government to act," a resident said.',
    [],
    ['Hamas DEMANDED Spain'],
  ],
  ['Egypt condemned the attack and called on Spain to act.', ['Egypt DEMANDED Spain'], []],
  // a visit told from the host's capital: the bare "President X" is not the guest's country's
  [
    "Spain's Prime Minister Ana Ruiz arrived in Lisbon today for a working visit to the country. President Tom Berg welcomed the Prime Minister at the airport. Spain and Portugal signed a deal.",
    [],
    ['Tom Berg LEADS Spain'],
  ],
  // a name qualifying a commander killed in an airstrike is no author of the strike
  [
    'Spain said its forces had killed a senior Hamas commander in an airstrike in Gaza City.',
    ['Spain KILLED Hamas'],
    ['Hamas ATTACKED Gaza City'],
  ],
  // an act told as alleged is not stated
  [
    'Tom Berg headed a unit of Hamas, where he allegedly oversaw attacks on Spanish soldiers.',
    [],
    ['Tom Berg ATTACKED Spain'],
  ],
  // a source fronted with "according to" is no apposition of the clause's subject
  [
    'According to the news agency Reuters, the members of the National Bolivarian Guard were ambushed.',
    [],
    ['Reuters MEMBER_OF National Bolivarian Guard'],
  ],
  // a capital lies in its own country: a comma before another place lists two places
  ['Russian Missiles Hit Kyiv, Mykolaiv', [], ['Kyiv LOCATED_IN Mykolaiv']],
  ['The talks were held in Kyiv, Ukraine on Monday.', ['Kyiv LOCATED_IN Ukraine'], []],
  // a name that is two places' capitals is in either ("Kingston": Jamaica's, Norfolk Island's)
  ['The talks were held in Kingston, Jamaica on Monday.', ['Kingston LOCATED_IN Jamaica'], []],
  // a demonym on a descriptor before the second party of "between" describes that party
  [
    'The merger deal between Royal Dutch Shell and British rival BG Group has received approval.',
    ['Shell COOPERATED BG Group'],
    ['Shell COOPERATED United Kingdom'],
  ],
];

describeFactRows(rows, 'fresh-news-17', 'combined');
