// Where a place lies when its sentence does not say: the region the story has just named, or the
// one "the state capital" or "the province's" refers to (./region-context.ts). Sentences of our own.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a district its own sentence puts in a province
  [
    'Taliban fighters overran the Khwaja Ghar district center in Takhar province.',
    ['Khwaja Ghar LOCATED_IN Takhar'],
    [],
  ],
  // not (round 26): a region told only before the place, in the sentence before or earlier in
  // its own, is where the story is set; the annotations never read it as the place's region
  [
    'Gunmen attacked a checkpoint in Takhar province on Monday. Officials said militants also seized three villages in the Khwaja Ghar district.',
    [],
    ['Khwaja Ghar LOCATED_IN Takhar'],
  ],
  [
    'The leader of the rebels in the Takhar region was killed in a raid in the village of Bardo.',
    [],
    ['Bardo LOCATED_IN Takhar'],
  ],
  [
    'A raid in southern Takhar province killed seven soldiers. The attack in the Kalfa district hit a checkpoint.',
    [],
    ['Kalfa LOCATED_IN Takhar'],
  ],
  // a village lies in the district named with it, not in the province above both
  [
    'Fighting raged in Faryab province. Shells fell on Boriabad village in Pashtun Kot district.',
    ['Boriabad LOCATED_IN Pashtun Kot'],
    ['Boriabad LOCATED_IN Faryab'],
  ],
  // "the provincial capital of X" (round 33): the article's one province
  [
    'Fighting spread across Takhar province on Sunday. Gunmen also shot up a checkpoint near the provincial capital of Vellorin.',
    ['Vellorin LOCATED_IN Takhar'],
    [],
  ],
  // "the state capital, X": the article's one state
  [
    'Gunmen attacked Njaba in Borno state. Word of the attack took two days to reach the state capital, Maiduguri.',
    ['Maiduguri LOCATED_IN Borno State'],
    [],
  ],
  // "the province's X district", the province named two sentences before
  [
    "Gunmen attacked a checkpoint in Takhar province. The police said little. Later the province's Khwaja Ghar district fell.",
    ['Khwaja Ghar LOCATED_IN Takhar'],
    [],
  ],
  // another province later in the article: "the province" is the one told last before it (round 26)
  [
    "Gunmen attacked a checkpoint in Takhar province. Later the province's northern Khwaja Ghar district fell. Fighting also spread to Kunduz province.",
    ['Khwaja Ghar LOCATED_IN Takhar'],
    ['Khwaja Ghar LOCATED_IN Kunduz'],
  ],
  // not when the last sentence that tells one tells two
  [
    "Fighting spread in Takhar province and in Kunduz province. Later the province's Khwaja Ghar district fell.",
    [],
    ['Khwaja Ghar LOCATED_IN Takhar', 'Khwaja Ghar LOCATED_IN Kunduz'],
  ],
  // "X district of Y", Y a province elsewhere in the article
  [
    'Fighting spread across Badakhshan province. "Kohistan district of Badakhshan fell yesterday," a spokesman said.',
    ['Kohistan LOCATED_IN Badakhshan'],
    [],
  ],
  // not: a region the fighters came from; two provinces leave the district unplaced; a smaller place after "of"
  ['Militants from Kunar province attacked posts in the Bajur district.', [], ['Bajur LOCATED_IN Kunar']],
  [
    'Fighting raged in Takhar and Kunduz provinces. Militants seized the Khwaja Ghar district.',
    [],
    ['Khwaja Ghar LOCATED_IN Takhar', 'Khwaja Ghar LOCATED_IN Kunduz'],
  ],
  [
    'Gunmen entered the Upper Nile state community of Nasir.',
    ['Nasir LOCATED_IN Upper Nile State'],
    ['Upper Nile State LOCATED_IN Nasir'],
  ],
];

describeFactRows(rows, 'region-context', 'combined');
