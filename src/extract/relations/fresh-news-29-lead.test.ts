// Shapes the lead found read wrong in fresh news outside the gold (round 29).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the hearer of a verb of telling is never the told clause's actor
  [
    'Security sources told Reuters that scores of gunmen stormed an army post in Kandahar.',
    [],
    ['Reuters ATTACKED Kandahar'],
  ],
  ['Officials told the BBC that fighters attacked Peru.', [], ['BBC ATTACKED Peru']],
  [
    'Chile informed Norway that the Azure Brigade had attacked Peru.',
    ['Azure Brigade ATTACKED Peru'],
    ['Norway ATTACKED Peru'],
  ],
  ['Officials assured Norway that gunmen had shelled Peru.', [], ['Norway ATTACKED Peru']],
  // the nearest negatives: the outlet as a clause's subject, and the outlet told after the act
  ['Reuters reported that Chile attacked Peru.', ['Chile ATTACKED Peru'], ['Reuters ATTACKED Peru']],
  [
    'Chile shelled Peru on Monday, officials told Reuters.',
    ['Chile ATTACKED Peru'],
    ['Reuters ATTACKED Peru'],
  ],
  // "X-led forces": the leader named before the hyphen acts through them; "X-backed" forces act alone
  ['Chilean-led forces attacked the Azure Brigade on Monday.', ['Chile ATTACKED Azure Brigade'], []],
  ['NATO-led troops shelled Azure Brigade positions near the border.', ['NATO ATTACKED Azure Brigade'], []],
  ['Chilean-backed militias attacked the Azure Brigade on Monday.', [], ['Chile ATTACKED Azure Brigade']],
  // a company's or an outlet's fight is in court or the market: no attack on either side
  [
    'Apple fought the European Commission in court for years.',
    [],
    ['Apple ATTACKED European Commission', 'European Commission ATTACKED Apple'],
  ],
  ['Chile clashed with Apple over taxes.', [], ['Chile ATTACKED Apple']],
  // the nearest negative: a company's ship is hit
  [
    'Azure Brigade militants attacked a Maersk container ship near Chile.',
    ['Azure Brigade ATTACKED Maersk'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-29-lead', 'combined');
