// Table tests for round 13's name shapes: bodies named in French, a group named for its leader,
// a listed name used as a common noun, names joined before an acronym, numbered groups of states,
// federal states with their kind word. Invented sentences, invented bodies and places.
import {
  checkEntities as check,
  readEntities,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe('bodies named in French', () => {
  const cases: Case[] = [
    [
      "The Agence d'Information du Varoland reported that the town was retaken.",
      ["Organization:Agence d'Information du Varoland"],
      ['Location:Varoland'],
    ],
    [
      'The Mouvement pour la Renaissance du Norland rejected the results.',
      ['Organization:Mouvement pour la Renaissance du Norland'],
      [],
    ],
    [
      'The Conseil National de Transition met on Monday.',
      ['Organization:Conseil National de Transition'],
      [],
    ],
    // no French joiner: left to the English readers
    ['The Union Solidarity Party won.', [], ['Organization:Union Solidarity']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a group named for its leader', () => {
  const cases: Case[] = [
    [
      'Fighters of the Tarek Dal Hamoud armed group attacked the convoy.',
      ['Organization:Tarek Dal Hamoud armed group'],
      ['Person:Tarek Dal Hamoud'],
    ],
    ['The Dal Khora faction rejected the deal.', ['Organization:Dal Khora faction'], []],
    // a people's or creed's word is no name
    ['The Islamist militant group claimed the attack.', [], ['Organization:Islamist militant group']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('listed names and their neighbours', () => {
  const cases: Case[] = [
    // a listed name ending in a lower-case word after "a"/"an" is a common noun phrase
    ['The group wants a conservative Islamic state in the south.', [], ['Organization:Islamic State']],
    ['Islamic State fighters fled the town.', ['Organization:Islamic State'], []],
    // the words joining a name to an acronym-defined one after it belong to neither
    [
      'Envoys urged the Government of Norland and the Varo Liberation Front (VLF) to talk.',
      ['Organization:Varo Liberation Front'],
      ['Organization:Government of Norland and the'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));

  test('the G20 is not the G7', () => {
    const names = readEntities('The G7 met in May. The G20 met in June.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['G7', 'G20']));
  });
});

describe('a federal state with its kind word', () => {
  test('"Varo state" is named "Varo State", with "Varo" an alias', () => {
    const [place] = readEntities('Rebels attacked two villages in Varo state on Monday.').filter(
      (e) => e.type === 'Location',
    );
    expect(place?.name).toBe('Varo State');
    expect(place?.aliases).toContain('Varo');
  });
  test('"Norland state media" names no place', () => {
    const names = readEntities('Norland state media said the vote was calm.').map((e) => e.name);
    expect(names).not.toContain('Norland State');
  });
});
