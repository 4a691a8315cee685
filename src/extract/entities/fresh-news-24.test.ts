// Entity errors seen on fresh news outside the gold (round 24), rebuilt in our own words.
import {
  checkEntities as check,
  readEntities,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe("round 24 (entities: a leader's name before faction or wing)", () => {
  const cases: Case[] = [
    // one unknown word between "the" and "faction"/"wing" is the leader's, no body's name
    [
      'The Kalvani faction of Boko Haram attacked Maiduguri.',
      ['Organization:Boko Haram'],
      ['Organization:Kalvani'],
    ],
    ['Fighters loyal to the Kalvani faction raided a village.', [], ['Organization:Kalvani']],
    ['The Orvelo wing of the party walked out.', [], ['Organization:Orvelo']],
    // the person, when the article names him in full
    [
      'Ali Kalvani leads the group. The Kalvani faction raided a village.',
      ['Person:Ali Kalvani'],
      ['Organization:Kalvani'],
    ],
    // a known body before the noun stays that body; a longer unknown name is the faction's own
    ['The Hamas faction voted against the deal.', ['Organization:Hamas'], []],
    ['The Hafiz Gul Bahadur faction attacked the base.', ['Organization:Hafiz Gul Bahadur faction'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: a bare Treasury in a story about another state)', () => {
  const cases: Case[] = [
    [
      'The Treasury said Kenya would borrow more next year. Kenya has sold bonds. The US dollar rose.',
      ['Organization:Kenyan Treasury'],
      ['Organization:U.S. Treasury Department'],
    ],
    [
      'The Treasury told lawmakers that Ghana must cut spending. Ghana agreed.',
      ['Organization:Ghanaian Treasury'],
      ['Organization:U.S. Treasury Department'],
    ],
    // sanctions beside it, another body of the United States, or a story about the United States
    [
      'The Treasury sanctioned three Kenyan officials. Kenya protested. Kenya recalled its envoy.',
      ['Organization:U.S. Treasury Department'],
      ['Organization:Kenyan Treasury'],
    ],
    [
      'Actions by the Departments of State and Treasury target firms in Kenya. Kenya objected.',
      [],
      ['Organization:Kenyan Treasury'],
    ],
    [
      'The Treasury said the United States added jobs. The United States grew.',
      ['Organization:U.S. Treasury Department'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: categories of armed groups and parties by their names)', () => {
  const category = (text: string, name: string) => readEntities(text).find((e) => e.name === name)?.category;
  test.each([
    // a defence force named for the people, with no state's name on it, is an armed group; a
    // self-defence force is a state's own
    ["The People's Defence Force took the town.", "People's Defence Force", 'armed_group'],
    ["The Uganda People's Defence Forces attacked the rebels.", "Uganda People's Defence Force", 'military'],
    ['The Self Defence Force sent aid after the quake.', 'Self Defence Force', 'military'],
    ['The Self Defense Force sent aid after the quake.', 'Self Defense Force', 'military'],
    // an office written with a country's possessive is the state's
    [
      "Russia's Investigative Committee said it was probing the killings.",
      'Investigative Committee',
      'government',
    ],
    ['The Investigative Committee of the bar association met.', 'Investigative Committee', 'other'],
    // a league for a political aim is a party; one for another cause is not
    ['The Citizens Coalition for Change won seats.', 'Citizens Coalition for Change', 'political'],
    ['The National Alliance for Change won seats.', 'National Alliance for Change', 'political'],
    ['The Coalition for Economic Justice protested.', 'Coalition for Economic Justice', 'other'],
  ])('%s', (text, name, expected) => expect(category(text, name)).toBe(expected));
});

describe('round 24 (entities: a generic body the leading state does not have)', () => {
  const cases: Case[] = [
    // the United States has a Congress, not a National Assembly, and departments, not ministries
    [
      'The United States warned Caracas. The opposition-ruled National Assembly denounced the arrest. The United States condemned it. Venezuela is tense. Venezuela closed its border.',
      ['Organization:Venezuelan National Assembly'],
      ['Organization:U.S. National Assembly'],
    ],
    [
      'The United States said the Ministry of Health was told. The United States added that Peru agreed. Peru will reply.',
      ['Organization:Peruvian Ministry of Health'],
      ['Organization:U.S. Ministry of Health'],
    ],
    // a body the United States has stays its own
    [
      'The United States said the Supreme Court ruled. The United States added that Peru agreed.',
      ['Organization:U.S. Supreme Court'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: transliterated x, and unknown names amid listed places)', () => {
  const cases: Case[] = [
    // "x" and "ks" transliterate one sound: one person
    [
      'The bloc sanctioned Alexandr Kovalenko. It said Aleksandr Kovalenko had no mandate.',
      ['Person:Aleksandr Kovalenko'],
      ['Person:Alexandr Kovalenko'],
    ],
    // two different names stay two
    [
      'Alexandr Kovalenko met Aleksei Kovalenko.',
      ['Person:Alexandr Kovalenko', 'Person:Aleksei Kovalenko'],
      [],
    ],
    // unknown words inside a list of places are a place
    [
      'The province saw attacks across Peshawar, Karak, Bannu, Tari Moshak, and Bajaur.',
      ['Location:Tari Moshak'],
      ['Person:Tari Moshak'],
    ],
    // a speaker after one place and a comma is a person
    ['Officials in Lima, Cusco, Ana Ruiz said, were calm.', ['Person:Ana Ruiz'], ['Location:Ana Ruiz']],
    ['They visited Lima and Cusco, and Ana Ruiz said it went well.', ['Person:Ana Ruiz'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
