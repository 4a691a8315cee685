// Round 44: names cut or run on by the entity step on unseen text, and two regions sharing one
// plural kind. A title, a person's name and "of" before a body ("Colonel X Y of Z Army"); a known
// person's name word in the middle of another person's longer name; a city that is also a given
// name before an unknown surname; a span ending as an abstract noun ("National Security");
// "Inter-American"; "A and B Provinces", "Y's A and B states".
// Sentences written for these tests; the countries are the gazetteer's, every other name invented.
import { extractArticle } from '..';
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

const facts = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('round 44 (entities: names cut short or run on)', () => {
  const cases: Case[] = [
    // a title, two name words and "of" before a body: the person and the body, not one name
    [
      'Colonel Tarn Vosk of Belmar Liberation Army told reporters the fighting had stopped.',
      ['Person:Tarn Vosk', 'Organization:Belmar Liberation Army'],
      ['Organization:Colonel Tarn Vosk of Belmar Liberation Army'],
    ],
    [
      'Retired Brazilian General Osmar Quell of Pereda University says a deal is near.',
      ['Person:Osmar Quell', 'Organization:Pereda University'],
      ['Organization:Retired Brazilian General Osmar Quell of Pereda University'],
    ],
    // a known person's name word in the middle of a longer name is no cut
    [
      'The commander, Major Idris Warsan, spoke first. Among the dead was Kobi Warsan Hadleigh, a Somali minister.',
      ['Person:Kobi Warsan Hadleigh'],
      ['Person:Kobi Warsan', 'Person:Hadleigh'],
    ],
    [
      'Prime Minister Dilan Osrit Bakul met the envoy. The home minister, Ravi Osrit Tendal, agreed.',
      ['Person:Ravi Osrit Tendal'],
      ['Person:Ravi Osrit', 'Person:Tendal'],
    ],
    // a city that is also a given name, before an unknown surname that closes the name
    [
      'Victoria Tarnell said in a statement the vote was flawed.',
      ['Person:Victoria Tarnell'],
      ['Location:Victoria'],
    ],
    [
      '“We will rebuild,” Santiago Orvell, the provincial secretary, stated.',
      ['Person:Santiago Orvell'],
      ['Location:Santiago'],
    ],
    // "Inter-American" names the Americas, not the United States
    [
      'The Inter-American Development Bank approved the loan.',
      ['Organization:Inter-American Development Bank'],
      ['Country:United States', 'Organization:Development Bank'],
    ],
    // the first of two regions sharing a plural kind
    [
      'The army shelled villages in Tarrow and Minsel Provinces in eastern Congo.',
      ['Location:Tarrow', 'Location:Minsel'],
      [],
    ],
    // words ending as English abstract nouns name no person
    [
      'The court found they shared guides on Improvised Explosive Devices (IEDs) online.',
      [],
      ['Person:Improvised Explosive Devices'],
    ],
    [
      'Soldiers of the Malian National Security and Border Forces entered the district, Omar Dessel told VOA.',
      ['Person:Omar Dessel'],
      ['Person:National Security'],
    ],
    // nearest negatives: a city after a preposition, a known given name relative, a body's own title
    ['Troops entered Victoria Tuesday after the talks.', ['Location:Victoria'], ['Person:Victoria Tuesday']],
    ['Robert Mugabe spoke. Also named today are Leo Mugabe and two firms.', ['Person:Leo Mugabe'], []],
    [
      'The Assistant Secretary of Commerce for Export Administration spoke.',
      [],
      ['Person:Commerce for Export Administration'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 44 (places: two regions sharing a plural kind)', () => {
  it.each([
    [
      'Fighting spread in Sudan’s West Navoro and Keltu states this week.',
      ['West Navoro LOCATED_IN Sudan', 'Keltu LOCATED_IN Sudan'],
    ],
    [
      'The army shelled villages in Tarrow and Minsel Provinces in eastern Congo.',
      ['Tarrow LOCATED_IN DR Congo', 'Minsel LOCATED_IN DR Congo'],
    ],
    [
      'Clashes were reported in Cameroon’s English-speaking Dorvo and Selma Regions on Monday.',
      ['Dorvo Region LOCATED_IN Cameroon', 'Selma Region LOCATED_IN Cameroon'],
    ],
  ])('reads both places in "%s"', (text, expected) => {
    const found = facts(text);
    for (const f of expected) expect(found).toContain(f);
  });
});
