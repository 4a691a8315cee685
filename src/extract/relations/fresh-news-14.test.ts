// Shapes of wrong facts the lead found in fresh news outside the gold (round 14): a question that
// states no act, a condemnation of an act done to the name it owns, a region's fighters read as
// the region, a pair that only reports what "they" did, a head of government with a word of
// stance before the title, a clause's own subject after "since", an act owned by "its" past another
// name, hackers charged, and a capital's consulate. Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a question asks; what its names are still holds
  ['How can the EU support Portugal in the fishing dispute', [], ['European Union SUPPORTS Portugal']],
  ['Will Spain attack Portugal?', [], ['Spain ATTACKED Portugal']],
  [
    "Can Spain's Prime Minister Ana Ruiz help Portugal?",
    ['Ana Ruiz LEADS Spain'],
    ['Spain SUPPORTS Portugal'],
  ],
  ['Why Spain attacked Portugal.', ['Spain ATTACKED Portugal'], []],
  // "condemned Y's arrest": Y suffered the act condemned, its author is not named
  [
    "Opposition leader Ana Ruiz was detained. Spain condemned Ruiz's arrest.",
    [],
    ['Spain CRITICIZED Ana Ruiz'],
  ],
  [
    "Opposition leader Ana Ruiz was detained. Spain voiced its condemnation of Ruiz's continued detention.",
    [],
    ['Spain CRITICIZED Ana Ruiz'],
  ],
  [
    'Opposition leader Ana Ruiz was detained. Spain condemned the systematic torture of Ruiz.',
    [],
    ['Spain CRITICIZED Ana Ruiz'],
  ],
  ["Spain condemned Portugal's arrest of fishermen.", ['Spain CRITICIZED Portugal'], []],
  ["Spain condemned Portugal's crackdown.", ['Spain CRITICIZED Portugal'], []],
  // armed people named after a region are not the region
  [
    'Unrest spread in the Alentejo region of Portugal. Portugal accused the Alentejo militia of attacks. Portuguese troops attacked Alentejo fighters.',
    ['Alentejo LOCATED_IN Portugal'],
    ['Portugal CRITICIZED Alentejo', 'Portugal ATTACKED Alentejo'],
  ],
  [
    'Unrest spread in the Alentejo region of Portugal. Portuguese jets bombed Alentejo.',
    ['Portugal ATTACKED Alentejo'],
    [],
  ],
  // "A and B say they waged …": "they" may be anyone the article named
  [
    'Human Rights Watch and Amnesty International say they waged a campaign of abuses.',
    [],
    ['Human Rights Watch COOPERATED Amnesty International'],
  ],
  ['Spain and Portugal announced the deployment of troops.', ['Spain COOPERATED Portugal'], []],
  // a word of political stance before a head's title
  [
    "Spain's right-wing Prime Minister Ana Ruiz spoke.",
    ['Ana Ruiz LEADS Spain'],
    ['Ana Ruiz MEMBER_OF Spain'],
  ],
  ["Portugal's leftist President Tom Berg spoke.", ['Tom Berg LEADS Portugal'], []],
  // a clause after "since" with its own subject: the act is that subject's
  [
    'Hezbollah has been exchanging fire with Portugal since the Spanish militant group attacked Lisbon.',
    ['Hezbollah ATTACKED Portugal'],
    ['Hezbollah ATTACKED Lisbon'],
  ],
  // "its" or "as it" past another name owns the act, not the subject reached past that name
  [
    'The FBI investigated a gang that pledged allegiance to Spain as it launched its assault on Portugal.',
    ['Spain ATTACKED Portugal'],
    ['FBI THREATENED Portugal', 'FBI ATTACKED Portugal'],
  ],
  // hackers charged are private people, not their state
  [
    'The Justice Department charged two Spanish hackers with extortion.',
    [],
    ['U.S. Department of Justice CRITICIZED Spain'],
  ],
  ['The Justice Department charged Spain with fraud.', ['U.S. Department of Justice CRITICIZED Spain'], []],
  // a capital's consulate is its state's
  ["Spain struck Lisbon's consulate in Madrid.", ['Spain ATTACKED Portugal'], ['Spain ATTACKED Lisbon']],
];

describeFactRows(rows, 'fresh-news-14', 'combined');
