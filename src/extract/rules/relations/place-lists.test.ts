// Lists of places that share one noun of kind, and the place that holds them all (round 25); and
// lists of places that are no chain. Sentences written for these tests.
import { relationsOf, type HandEntity } from '../../relations/hand-mentions';

const TOWNS = ['Ica', 'Pisco', 'Nazca', 'Arica', 'Tacna', 'Lima', 'Paracas'];
const PLACES: HandEntity[] = [
  { name: 'Peru', type: 'Country', forms: ['Peruvian'] },
  { name: 'Chile', type: 'Country', forms: ['Chilean'] },
  ...TOWNS.map((name): HandEntity => ({ name, type: 'Location' })),
];

describe('lists of places that share a noun of kind', () => {
  test.each([
    // a possessed plural kind holds every place of its list
    [
      "Envoys discussed the status of Peru's Ica and Tacna regions.",
      ['Ica LOCATED_IN Peru', 'Tacna LOCATED_IN Peru'],
    ],
    [
      "Troops massed near Chile's northern Arica, Tacna and Pisco provinces.",
      ['Arica LOCATED_IN Chile', 'Tacna LOCATED_IN Chile', 'Pisco LOCATED_IN Chile'],
    ],
    // a counted plural kind named for its region, then its members
    [
      'Shelling hit two rebel-held Lima districts, Pisco and Paracas, on Monday.',
      ['Pisco LOCATED_IN Lima', 'Paracas LOCATED_IN Lima'],
    ],
    [
      'Aid reached three Ica towns -- Pisco, Nazca and Paracas.',
      ['Nazca LOCATED_IN Ica', 'Paracas LOCATED_IN Ica'],
    ],
    // towns named as the modifiers of their own facilities, in the place after "in"
    [
      'Rockets struck the Arica and Tacna airports in northern Chile overnight.',
      ['Arica LOCATED_IN Chile', 'Tacna LOCATED_IN Chile'],
    ],
    ['Drones hit the Pisco and Nazca air bases in Peru.', ['Pisco LOCATED_IN Peru', 'Nazca LOCATED_IN Peru']],
    // an adverb before "in" after "including", and the list's own plural noun
    [
      'Abuses were reported across much of Chile, including most recently in Arica and Tacna states.',
      ['Arica LOCATED_IN Chile', 'Tacna LOCATED_IN Chile'],
    ],
  ])('%s', (text, expected) => {
    const found = relationsOf(text, PLACES);
    for (const fact of expected) expect(found).toContain(fact);
  });

  test.each([
    // two owners, each with its own region: the second region is not the first owner's
    ["Talks covered Peru's Ica and Chile's Arica regions.", ['Arica LOCATED_IN Peru']],
    // a place's officials who speak after the comma are no member of the list
    ['Shelling hit two Lima districts, Ica officials said.', ['Ica LOCATED_IN Lima']],
    // facilities near a place are not in it; offices of two cities are no towns in a third
    [
      'Rockets struck the Arica and Tacna airports near Peru.',
      ['Arica LOCATED_IN Peru', 'Tacna LOCATED_IN Peru'],
    ],
    [
      'Envoys from the Lima and Pisco offices in Chile met.',
      ['Lima LOCATED_IN Chile', 'Pisco LOCATED_IN Chile'],
    ],
    // a list of towns is no chain, whether its last name is known or not, and past an aside
    ['Aid reached people in Pisco, Nazca, and Ocoña provinces.', ['Pisco LOCATED_IN Nazca']],
    [
      'Troops took the towns of Pisco, Nazca and, most importantly, Ocoña, which guards the road.',
      ['Pisco LOCATED_IN Nazca'],
    ],
    // "including" then a person in a place: the place after "in" is no member of the list
    ['Abuses were reported across much of Chile, including victims in Lima.', ['Lima LOCATED_IN Chile']],
  ])('not: %s', (text, unexpected) => {
    const found = relationsOf(text, PLACES);
    for (const fact of unexpected) expect(found).not.toContain(fact);
  });

  // a town and its country after a comma is still a chain
  test('a chain still reads', () => {
    expect(relationsOf('Strikes hit Pisco, Peru, on Monday.', PLACES)).toContain('Pisco LOCATED_IN Peru');
  });
});
