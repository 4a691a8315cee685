// Shapes of wrong facts the lead found in fresh news outside the gold (round 16). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a relative clause opened after a noun of the gap is that noun's: the subject only designated
  [
    'Spain designated a network of five facilitators who funded Hamas activities.',
    [],
    ['Spain SUPPORTS Hamas'],
  ],
  ['Spain designated a man who supported Hamas.', [], ['Spain SUPPORTS Hamas']],
  // the subject's own relative clause, or its apposition's, still states its act
  ['Iran, which supports Hezbollah, held talks with Spain.', ['Iran SUPPORTS Hezbollah'], []],
  // a bare spokesman right after a sentence on an armed group speaks for the group, not the country
  [
    'Pakistan said militants stormed a base in Pakistan. The Taliban claimed responsibility. Spokesman Ali Khan said women were given safe exit.',
    [],
    ['Ali Khan MEMBER_OF Pakistan'],
  ],
  // a country opening another person's title is that person's; the bare title beside it is not its
  [
    'Mozambique and Spain agreed to work together. Mozambique praised the talks between Foreign Minister Ana Ruiz and Mozambican Minister of Foreign Affairs Tom Berg in Mozambique.',
    [],
    ['Ana Ruiz MEMBER_OF Mozambique'],
  ],
  // different offices: the bare head may still be the country's
  [
    'Norway hosted the talks. Norway praised them. Norwegian Ambassador Tom Reed and President Dan Moss praised the deal.',
    ['Dan Moss LEADS Norway'],
    [],
  ],
  // a release about a state's own bodies acting: a bare "President X" is not the named target's
  [
    "The U.S. Treasury Department sanctioned Iran's oil ministry and Iran's central bank. Iran's ports were cut off from the U.S. financial system. The U.S. State Department joined the U.S. Treasury Department. The U.S. Treasury Department acted under President Tom Berg's leadership, the U.S. State Department said.",
    [],
    ['Tom Berg LEADS Iran'],
  ],
  // a meeting the subject only confirms is someone else's
  [
    'Spain sent an envoy to Portugal. Portuguese spokesman Tom Berg confirmed the meeting with Ana Ruiz.',
    [],
    ['Tom Berg COOPERATED Ana Ruiz'],
  ],
  // a signature's chain of units: the head leads the last, not the department opening the chain
  [
    '"The case is closed," said Tom Berg, Special Agent in Charge, Department of Defense, Defense Criminal Investigative Service, Northeast Field Office.',
    [],
    ['Tom Berg LEADS Department of Defense'],
  ],
  // a special agent in charge runs a field office of the agency, not the agency
  [
    '"This case matters," said Tom Berg, Special Agent in Charge of the Federal Bureau of Investigation in Newark.',
    [],
    ['Tom Berg LEADS FBI'],
  ],
  // a demonym opening a named person's title is the title's: the meeting is with the person
  [
    'Ana Ruiz also met with Norwegian Prime Minister Tom Reed and Norwegian Chief of Army Staff Dan Moss.',
    ['Ana Ruiz COOPERATED Dan Moss'],
    ['Ana Ruiz COOPERATED Norway'],
  ],
];

describeFactRows(rows, 'fresh-news-16', 'combined');
