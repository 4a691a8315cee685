// Shapes of wrong facts the lead found in fresh news outside the gold (round 15). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // two heads of one office in one sentence: the one the reference data knows holds the article's
  // country; the other's title is another state's, not a second head of the same one
  [
    'Russia hosted the talks. Russia said they went well. They discussed the meeting between President Tom Berg and President Putin.',
    ['Putin LEADS Russia', 'Tom Berg COOPERATED Putin'],
    ['Tom Berg LEADS Russia'],
  ],
  // a possessive names the owner of what was attacked: the place after "in" is only where
  [
    'Portuguese troops repelled an attack by the Tagus Front on their base in Spain.',
    ['Tagus Front ATTACKED Portugal'],
    ['Tagus Front ATTACKED Spain'],
  ],
];

describeFactRows(rows, 'fresh-news-15', 'combined');
