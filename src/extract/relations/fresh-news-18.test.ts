// Shapes of wrong facts the lead found in fresh news outside the gold (round 18). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { extractArticle } from '../index';

const rows: FactRow[] = [
  // a participle between the target and a place: the place is where the target's people act
  [
    'The Treasury announced sanctions on two Hamas-backed militias fighting in Syria.',
    [],
    ['U.S. Treasury Department SANCTIONED Syria'],
  ],
  ['Spain launched strikes on targets in Syria.', ['Spain ATTACKED Syria'], []],
  // "X-backed" qualifies the kind of body named after it, not a name past a verb or a preposition
  [
    'Iran-backed militants attacked Israel on Sunday, days after Spain-backed forces amid Egypt’s war withdrew.',
    [],
    ['Iran SUPPORTS Israel', 'Spain SUPPORTS Egypt'],
  ],
  ['The Iran-backed militant group Hezbollah fired rockets.', ['Iran SUPPORTS Hezbollah'], []],
  ['Moscow-backed governor Tom Berg said two bodies were found.', ['Russia SUPPORTS Tom Berg'], []],
  // a preposition of time or circumstance ends the target's phrase
  [
    'The Spanish government continues to target Iran-backed forces amid Israel’s war against Hamas.',
    ['Israel ATTACKED Hamas'],
    ['Spain ATTACKED Israel'],
  ],
  // a title-case headline reads as the same words in lower case: "For Funding" is the reason
  [
    'Treasury Hits Four People And Five Firms For Funding Hamas Fighters',
    [],
    ['U.S. Treasury Department SUPPORTS Hamas'],
  ],
  // the helpers of a named body are the ones sanctioned, past its owner's possessive
  [
    "Spain announced sanctions targeting facilitators of Iran's Quds Force.",
    [],
    ['Spain SANCTIONED Quds Force'],
  ],
  ["Spain announced sanctions targeting Iran's Quds Force.", ['Spain SANCTIONED Quds Force'], []],
  // one owner's two subsidiaries, each after "its": neither owns the other
  [
    'The Commission fined Acme Holding, its gas supply subsidiary Acmegaz and its grid subsidiary Acmegrid.',
    [],
    ['Acmegrid MEMBER_OF Acmegaz'],
  ],
  ['The regulator fined Acme Corp and its subsidiary Acmegrid.', ['Acmegrid MEMBER_OF Acme Corp'], []],
  // an evaluative verb judges in the passive only with its complement
  [
    'Tom Berg, considered by Spanish authorities to be the founder of the cartel, was arrested.',
    [],
    ['Spain CRITICIZED Tom Berg'],
  ],
  ['Tom Berg, considered by Spain to be a threat, was arrested.', ['Spain CRITICIZED Tom Berg'], []],
  // "the region of" a place names that place: a list goes on, no place lies in another
  [
    'Drones fell over the regions of Kuban and Astrakhan, the western region of Tula and Crimea.',
    [],
    ['Astrakhan LOCATED_IN Tula'],
  ],
  ['Tigray, the northern region of Ethiopia, was hit.', ['Tigray LOCATED_IN Ethiopia'], []],
  // a noun act the speaker reports with its own article is not the speaker's
  [
    'Governor Tom Berg said that an Ukranian attack on the town of Sadov left 22 dead.',
    [],
    ['Tom Berg ATTACKED Sadov'],
  ],
  ['Russia said it launched an attack on Kyiv.', ['Russia ATTACKED Kyiv'], []],
  // a body's description set off after a person describes the body, not the person
  [
    'Spain designated the Northern Front and its leader Tom Berg – another group that has orchestrated attacks on Peru.',
    [],
    ['Tom Berg ATTACKED Peru'],
  ],
  [
    'Hamas, a group that has orchestrated attacks on Israel, said it would go on.',
    ['Hamas ATTACKED Israel'],
    [],
  ],
  // a field's word before "chief" after the body's possessive makes the head a part's
  [
    "The designated men are Tom Berg, Hezbollah's commercial development chief, and Ali Ruiz.",
    ['Tom Berg MEMBER_OF Hezbollah'],
    ['Tom Berg LEADS Hezbollah'],
  ],
  // a bare head title does not make a visitor the head of the country visited
  [
    'President Tom Berg, who is on an official visit in Spain, held discussions with his counterpart.',
    [],
    ['Tom Berg LEADS Spain'],
  ],
  // a discussion between two visiting or hosting leaders is a dealing; "visiting" qualifies the title
  [
    'An official discussion between the visiting Spanish Prime Minister Tom Berg and President Ana Ruiz was held today.',
    ['Tom Berg COOPERATED Ana Ruiz'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-18', 'combined');

describe('a cartel is an organisation (fresh news, round 18)', () => {
  test('"the Gulf Cartel" is an armed group, not a place', () => {
    const x = extractArticle({
      id: 't',
      title: '',
      text: 'The former leader of the Zorro Cartel in Mexico was extradited.',
    });
    expect(x.entities.find((e) => e.name === 'Zorro Cartel')?.type).toBe('Organization');
  });
});

describe('a speaker set off by commas is a person (fresh news, round 18)', () => {
  test('"the region of X, Leonid Pasechnik, said" names a person, and no place lies in him', () => {
    const x = extractArticle({
      id: 't',
      title: '',
      text: 'Meanwhile, the governor of the region of Luhansk, Leonid Pasechnik, said on Saturday that two bodies were found.',
    });
    expect(x.entities.find((e) => e.name === 'Leonid Pasechnik')?.type).toBe('Person');
    expect(x.relations.filter((r) => r.predicate === 'LOCATED_IN')).toEqual([]);
  });
});

describe('a township is a place (fresh news, round 18)', () => {
  test('"Sagaing\'s Ye-U Township" is a place, not a person', () => {
    const x = extractArticle({
      id: 't',
      title: '',
      text: "Military forces attacked Yay Myat Village in Sagaing's Ye-U Township with gunships.",
    });
    expect(x.entities.find((e) => e.name === 'Ye-U Township')?.type).toBe('Location');
  });
});
