// Shapes the lead found read wrong in news outside the gold (round 46). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { corefs } from '../../../test/support/entity-cases';
import { STATES_OF_CAPITAL } from '../lexicon/countries';

const rows: FactRow[] = [
  // a dateline's country is the story's: "the country" in the lede is not a visiting envoy's state
  [
    'KANDAHAR, Afghanistan (AFP) - The army on Monday accused Haqqani network fighters of killing 12 soldiers, and the British envoy warned that the country might break apart. The militants said they had killed 40 soldiers.',
    [],
    ['Haqqani Network ATTACKED United Kingdom', 'Haqqani Network KILLED United Kingdom'],
  ],
  // "he said they …": a person is no "they"
  [
    'Jamal Idris, a spokesman for the Sudan Armed Forces, said rebels raided Kutum on Monday. He later said they clashed with the Sudan Armed Forces before withdrawing.',
    [],
    ['Jamal Idris ATTACKED Sudan Armed Forces'],
  ],
  // "ethnic" before a demonym names a people, not the state
  [
    'The riots quickly turned into fierce fighting between ethnic Tajik and Kyrgyz residents of the valley.',
    [],
    ['Tajikistan ATTACKED Kyrgyzstan', 'Kyrgyzstan ATTACKED Tajikistan'],
  ],
  // a head who stands with the officials of the state they head does not back it
  [
    "Bolivian President Carlos Mesa flew to the border on Friday. Mesa stood with Bolivia's governors and accused Peru of breaking the water treaty.",
    ['Carlos Mesa CRITICIZED Peru'],
    ['Carlos Mesa SUPPORTS Bolivia'],
  ],
  // "anti-X" before a title is a stance, not the title's state
  [
    'The envoy then flew to Tallinn, where he met anti-Russian Prime Minister Juhan Tamm.',
    [],
    ['Juhan Tamm LEADS Russia'],
  ],
  // a reference after a place's comma opens the next clause
  [
    'Ivory Coast voted on Sunday. To stop the unrest spreading in volatile west Africa, the government sent soldiers onto the streets.',
    [],
    ['west Africa LOCATED_IN Ivory Coast'],
  ],
  // "PM" after a comma opens another person's title
  [
    'Vietnamese Prime Minister Le Van Tran hosted British Foreign Secretary Jack Straw in Hanoi. At the dinner for the British Foreign Secretary, PM Tran praised the ties.',
    [],
    ['Le Van Tran MEMBER_OF United Kingdom'],
  ],
  // one arrested in a raid did not carry it out
  [
    'Opposition leader Ali Hassan was arrested on Friday in a raid on the offices of his National Unity Party in Dodoma.',
    [],
    ['Ali Hassan ATTACKED National Unity Party'],
  ],
];

describeFactRows(rows, 'fresh-news-46-lead', 'combined');

describe('"the X capital" with a region\'s name before it (round 46)', () => {
  const capitals = (text: string): string[] => corefs(text).filter((c) => c.includes('described-capital'));
  it("is that region's capital, not the national one", () => {
    expect(
      capitals(
        'Peru held a vote. Peru counted the ballots in Lima. Roads closed. Crowds marched in the Alto Mayo capital.',
      ),
    ).toEqual([]);
  });
  it("is the national one after the state's name or demonym", () => {
    expect(
      capitals(
        'Peru held a vote. Peru counted the ballots in Lima. Roads closed. Crowds marched in the Peruvian capital.',
      ),
    ).toEqual(['capital → Lima (coref:described-capital)']);
  });
});

describe('capitals in the spellings news writes (round 46)', () => {
  it('reads "Katmandu" as Nepal\'s capital', () => {
    expect(STATES_OF_CAPITAL.get('Katmandu')).toEqual(['Nepal']);
  });
});
