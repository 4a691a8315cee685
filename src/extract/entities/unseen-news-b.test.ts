// Table tests for round 9's second wave of entity fixes on unseen news: names the shapes of
// English give away. Invented sentences, invented people and places.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe("a title's office, and the district or people it serves", () => {
  const cases: Case[] = [
    [
      'We thank the U.S. Attorney’s Office for the Western District of Ohio and the police.',
      ["Organization:U.S. Attorney's Office for the Western District of Ohio"],
      ['Location:Western District of Ohio', 'Organization:Office'],
    ],
    [
      "The Prosecutor General's Office opened a case.",
      ["Organization:Prosecutor General's Office"],
      ['Organization:Office'],
    ],
    [
      'Fighters of the Front for the Liberation of Kora Valley held the pass.',
      ['Organization:Front for the Liberation of Kora Valley'],
      ['Location:Kora Valley'],
    ],
    // a title's possessive before any other word still ends the name
    ["The Attorney General's statement came late.", [], ["Organization:Attorney General's statement"]],
    // the district alone, after a person's title, is a place
    [
      'U.S. Attorney Lena Ortiz for the Western District of Ohio spoke.',
      ['Person:Lena Ortiz', 'Location:Western District of Ohio'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a sentence end whose space the wire dropped', () => {
  const cases: Case[] = [
    [
      'They were held at a depot in Harare.The source said they were freed.',
      ['Location:Harare'],
      ['Location:Harare.The'],
    ],
    // abbreviations and addresses keep their inner periods
    ['Troops of the U.S.-led coalition left.', ['Country:United States'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a function word as a given name after a title', () => {
  const cases: Case[] = [
    [
      "The junta's chief, General Than Myaing, met the envoy. Myaing spoke briefly.",
      ['Person:Than Myaing'],
      ['Person:Myaing'],
    ],
    // the word in its usual use, and a capitalised one with no title before it
    ['The army is larger than Sittwe expected.', [], ['Person:than Sittwe']],
    ['Than Myaing had more troops than Kaung.', [], ['Person:Than Myaing had']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('bodies news names only by an acronym or a grouping', () => {
  const cases: Case[] = [
    ['Envoys prepared the next P5+1 round on enrichment.', ['Organization:P5+1'], []],
    ['The CFTC fined the trading house.', ['Organization:CFTC'], []],
    // a sum is no name
    ['The 2+2 format was kept.', [], ['Organization:2+2']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("a transliterated 'ain at a word's end, before a particle", () => {
  const cases: Case[] = [
    [
      "Prime Minister Karim Shia' al-Rawadi of Iraq met the envoy.",
      ["Person:Karim Shia' al-Rawadi"],
      ['Person:Karim Shia', 'Person:al-Rawadi'],
    ],
    // a plural's possessive stays a possessive
    ["The rebels' al-Nour radio said so.", [], ["Person:rebels' al-Nour"]],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
