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
  // a district "of" a region whose noun is part of its name lies inside that region
  [
    'The raid hit Tavo, in the Askir-Ula district of Lomba State, residents said.',
    ['Askir-Ula LOCATED_IN Lomba State'],
    ['Lomba State LOCATED_IN Askir-Ula'],
  ],
  ['Rebels hold the southern Spanish city of Cadiz.', ['Cadiz LOCATED_IN Spain'], []],
  // the country in the possessive before a minister's title owns the ministry, not the article's
  [
    "Spain's Foreign Minister Ana Ruiz met her Portuguese counterpart Tom Berg. The Portuguese Foreign Ministry said the talks went well. Portugal and Portugal's allies agreed.",
    ['Ana Ruiz MEMBER_OF Spain'],
    ['Ana Ruiz LEADS Portuguese Foreign Ministry'],
  ],
];

describeFactRows(rows, 'fresh-news-15', 'combined');
