// Entity shapes of round 26 (names the entity step never found or named otherwise), each in our
// own words with its nearest negatives.
import {
  checkEntities as check,
  type EntityCase as Case,
  readEntities,
} from '../../../test/support/entity-cases';

describe('round 26 (entities: an unknown word before a noun for fighters names their group)', () => {
  const cases: Case[] = [
    [
      'Clashes went on in the north. Velka rebels attacked the town of Dorno on Monday. Troops said former Velka rebels fled.',
      ['Organization:Velka', 'Location:Dorno'],
      [],
    ],
    [
      'Fighting between former Velka rebels and the army killed ten people near Dorno.',
      ['Organization:Velka'],
      [],
    ],
    ['Police said a Velka rebel was killed in the clash near Dorno.', ['Organization:Velka'], []],
    [
      'Residents said Marovi fighters stormed a police station in Dorno on Sunday.',
      ['Organization:Marovi'],
      [],
    ],
    [
      'Velka rebels attacked the town of Dorno. Velka rebels also burned a school there.',
      ['Organization:Velka'],
      [],
    ],
    [
      'The army said Tesku militants had cut the road. Tesku militants also burned a school.',
      ['Organization:Tesku'],
      [],
    ],
    // nearest negatives: a people, a creed, a place, an ideology, a sentence-initial common word
    ['Clashes went on. Kurdish rebels attacked a police station in the east.', [], ['Organization:Kurdish']],
    ['Clashes went on. Tuareg rebels seized the town.', [], ['Organization:Tuareg']],
    ['Clashes went on. Islamist militants attacked a base.', [], ['Organization:Islamist']],
    ['Clashes went on. Shiite militias attacked the town.', [], ['Organization:Shiite']],
    ['Clashes went on. Darfur rebels attacked the town.', [], ['Organization:Darfur']],
    ['Clashes went on. Maoist rebels attacked a police post.', [], ['Organization:Maoist']],
    ['Clashes went on. Marxist guerrillas attacked a police post.', [], ['Organization:Marxist']],
    ['Clashes went on. Leftist rebels attacked a police post.', [], ['Organization:Leftist']],
    ['Clashes went on. Hardline militants fired rockets at the town.', [], ['Organization:Hardline']],
    ['Clashes went on. Suspected militants attacked a police post.', [], ['Organization:Suspected']],
    // a word capitalised only where it opens the sentence is read as no name (a limit: an
    // unknown group named only so is missed)
    ['Clashes went on. Renegade fighters attacked a police post.', [], ['Organization:Renegade']],
    ['Renegade fighters attacked a police post. The renegade troops fled.', [], ['Organization:Renegade']],
    ['Clashes went on. Baluch insurgents attacked a gas pipeline.', [], ['Organization:Baluch']],
    ['Peace talks stalled with the main Andean rebel group.', [], ['Organization:Andean']],
    // a people the article also writes inside a longer name or after "ethnic"
    [
      'Clashes went on in Tovan State. Tovan rebels attacked an army post near the border.',
      [],
      ['Organization:Tovan'],
    ],
    [
      'The ethnic Ravi minority has long fought the army. Ravi rebels attacked an army post.',
      [],
      ['Organization:Ravi'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 26 (entities: a listed armed group written short before a noun for its fighters)', () => {
  const cases: Case[] = [
    [
      'Clashes went on. Tamil Tiger rebels attacked an army post in the north.',
      ['Organization:Liberation Tigers of Tamil Eelam'],
      [],
    ],
    [
      'The army said it killed eleven suspected Tamil Tiger fighters on Monday.',
      ['Organization:Liberation Tigers of Tamil Eelam'],
      [],
    ],
    ['Clashes went on. Shabab militants attacked a base near the coast.', ['Organization:al-Shabaab'], []],
    ['Kenyan troops pushed Shabab fighters out of the town.', ['Organization:al-Shabaab'], []],
    // nearest negatives: the short form alone, with no fighters' noun after it
    ['The Tamil Tiger statue stands in the square.', [], ['Organization:Liberation Tigers of Tamil Eelam']],
    ['Clashes went on. Shabab is a common word for youth.', [], ['Organization:al-Shabaab']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 26 (entities: a capital written with its district)', () => {
  const aliasesOf = (text: string, name: string): string[] =>
    readEntities(text).find((e) => e.name === name)?.aliases ?? [];
  test.each([
    ['The ministers met in Washington, D.C. to discuss trade.', 'Washington, D.C.'],
    ['The ministers met in Washington, DC, on Monday.', 'Washington, DC'],
    ['The ministers met in Washington D.C. on Monday.', 'Washington D.C.'],
    ['The talks open in Washington, D.C., next week.', 'Washington, D.C.'],
  ])('%s', (text, alias) => expect(aliasesOf(text, 'Washington')).toContain(alias));
  // nearest negatives: the capital alone, and the capital standing for its government
  test('the capital alone keeps its one name', () =>
    expect(aliasesOf('The ministers met in Washington on Monday.', 'Washington')).toEqual(['Washington']));
  test('a capital that acts stays the state', () =>
    check(['Clashes went on. Washington said it would respond.', ['Country:United States'], []]));
});

describe('round 26 (entities: hemispheres and peninsulas as regions)', () => {
  const cases: Case[] = [
    [
      'Clashes went on. They seek a peaceful and denuclearized Korean peninsula.',
      ['Location:Korean Peninsula'],
      [],
    ],
    ['Haiti is the poorest country in the Western Hemisphere.', ['Location:Western Hemisphere'], []],
    ['The regime is a blight on the Western hemisphere.', ['Location:Western Hemisphere'], []],
    ['Winter begins in the Southern Hemisphere in June.', ['Location:Southern Hemisphere'], []],
    // nearest negative: the group named for the peninsula stays whole
    [
      'Clashes went on. Al-Qaeda in the Arabian Peninsula claimed the attack.',
      ['Organization:al-Qaeda in the Arabian Peninsula'],
      ['Location:Arabian Peninsula'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
