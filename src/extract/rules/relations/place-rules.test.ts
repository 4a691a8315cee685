// The place rules: a named place inside a country or region, in the shapes news writes it.
// Sentences written for these tests; names are real places and invented ones.
import { relationsOf, type HandEntity } from '../../relations/hand-mentions';

const place = (name: string): HandEntity => ({ name, type: 'Location' });
const PERU: HandEntity = { name: 'Peru', type: 'Country', forms: ['Peruvian'] };
const CHILE: HandEntity = { name: 'Chile', type: 'Country', forms: ['Chilean'] };
const PLACES = [
  PERU,
  CHILE,
  place('Ica'),
  place('Paracas'),
  place('Pisco'),
  place('Nazca'),
  place('Arica'),
  place('Tacna'),
  place('Pacific Ocean'),
  place('Los Ríos'),
  place('Lima'),
  place('Arica Province'),
  place('Ica Mountains'),
  place('Grau Park'),
];
const COLLEGE: HandEntity = { name: 'Pisco Technical College', type: 'Organization', category: 'other' };
const FRONT: HandEntity = { name: 'Crimson Front', type: 'Organization', category: 'armed_group' };
const RUIZ: HandEntity = { name: 'Ana Ruiz', type: 'Person' };
const SOTO: HandEntity = { name: 'Luis Soto', type: 'Person' };
const GRAU_MOSQUE: HandEntity = { name: 'Grau Mosque', type: 'Location' };
/** A town's name the lists took for a person's. */
const VILLA_RICA: HandEntity = { name: 'Villa Rica', type: 'Person' };

describe('place rules', () => {
  test.each([
    // a place, then an aside, then the region that holds both
    [
      'Troops entered Pisco village, near the Pacific Ocean coastal town of Paracas, in Ica region.',
      'Pisco LOCATED_IN Ica',
    ],
    [
      'Troops entered Pisco village, near the Pacific Ocean coastal town of Paracas, in Ica region.',
      'Paracas LOCATED_IN Ica',
    ],
    ['The quake hit the town of Nazca, in southern Ica, at dawn.', 'Nazca LOCATED_IN Ica'],
    // a district of a province, each named with its noun (round 11)
    ['The raid in the Pisco district of the troubled Ica province killed two.', 'Pisco LOCATED_IN Ica'],
    ['Shells fell on the Paracas area of Pisco district.', 'Paracas LOCATED_IN Pisco'],
    ["Inspectors visited Peru's Pisco nuclear facility on Monday.", 'Pisco LOCATED_IN Peru'],
    ["Jets took off from Chile's northern Arica air base.", 'Arica LOCATED_IN Chile'],
    ['He said the city of Nazca -- in Ica -- was badly hit.', 'Nazca LOCATED_IN Ica'],
    ['Fighting spread to the rebel-held northern Chilean province of Arica.', 'Arica LOCATED_IN Chile'],
    ['Aid reached the Ica state community of Paracas on Monday.', 'Paracas LOCATED_IN Ica'],
    ["Clashes were reported in Ica state's Pisco district.", 'Pisco LOCATED_IN Ica'],
    ['Storms battered southern Peru, including the port city of Pisco.', 'Pisco LOCATED_IN Peru'],
    ['Officials have worked across Peru, including in Ica, Nazca and Pisco.', 'Nazca LOCATED_IN Peru'],
    ['"Arica is the largest city in northern Chile.', 'Arica LOCATED_IN Chile'],
    ['Arica was considered the capital of the Crimson Front in Chile.', 'Arica LOCATED_IN Chile'],
    ['In Chile, the Crimson Front seized the town of Tacna on Friday.', 'Tacna LOCATED_IN Chile'],
    // round 13: one qualifier of any kind before the owner or the place
    ['Talks stalled over the breakaway Peruvian region of Ica.', 'Ica LOCATED_IN Peru'],
    [
      "Peru is dry. Peru is large. Rain fell in the country's southern-most Ica province.",
      'Ica LOCATED_IN Peru',
    ],
    // a region named with its noun opens the sentence (round 13)
    ['In Ica province, gunmen attacked the small town of Nazca on Sunday.', 'Nazca LOCATED_IN Ica'],
    ['In Ica state, witnesses say militants took over four towns including Pisco.', 'Pisco LOCATED_IN Ica'],
    ['Strikes hit Los Ríos, Chile, and the Ica province, Peru, last week.', 'Los Ríos LOCATED_IN Chile'],
    ['Strikes hit Los Ríos, Chile, and the Ica province, Peru, last week.', 'Ica LOCATED_IN Peru'],
    ['He was taken to Ica, the capital and by far the largest city of Peru.', 'Ica LOCATED_IN Peru'],
    ['Gunmen stormed Pisco Technical College in Peru on Monday.', 'Pisco Technical College LOCATED_IN Peru'],
    // a region's own qualifiers, before its name or before its noun (round 7)
    ['Rebels hold Nazca in oil-rich Ica state, he said.', 'Nazca LOCATED_IN Ica'],
    ['Rebels hold Nazca in the restive Ica province.', 'Nazca LOCATED_IN Ica'],
    ["Posts were hit at Paracas, in Peru's southwest Ica coastal district.", 'Ica LOCATED_IN Peru'],
    ['Troops blocked their advance to the Ica state capital, Nazca.', 'Nazca LOCATED_IN Ica'],
    ['Troops blocked their advance to the Ica regional capital Nazca.', 'Nazca LOCATED_IN Ica'],
    // the capital of the article's country, as the gazetteer knows it (round 8)
    [
      'Peru voted on Sunday. Peru counted. Clashes began in the capital, Lima, on Monday.',
      'Lima LOCATED_IN Peru',
    ],
    ["The blast was heard 300 miles from Peru's capital of Lima.", 'Lima LOCATED_IN Peru'],
    // "the capital of X" with X the capital of the article's country (round 9)
    ['Peru voted on Sunday. Peru counted. Rebels near the capital of Lima fled.', 'Lima LOCATED_IN Peru'],
    // round 14: the capital of another country the article names, as the gazetteer knows it; a
    // direction before "capital"; a head of state named for the same country leaves it alone
    [
      'Chile voted on Sunday. Chile counted. Peru watched. Clashes began near the capital Lima on Monday.',
      'Lima LOCATED_IN Peru',
    ],
    [
      'Chile voted on Sunday. Chile counted. Envoys flew to the northern capital, Lima.',
      'Lima LOCATED_IN Peru',
    ],
    [
      'Chile voted on Sunday. Chile counted. Ana Ruiz met Peru President Luis Soto in the capital, Lima.',
      'Lima LOCATED_IN Peru',
    ],
    // round 14: "the Peruvian capital" stands for the city the article names (round-10 convention)
    [
      'Envoys met Chilean leaders in Lima. Ana Ruiz arrived in the Peruvian capital on Monday.',
      'Lima LOCATED_IN Peru',
    ],
    // a region, range or ground whose own name carries its noun, owned by the name before it (round 12)
    ['Rebels are mostly active in Chile’s northern Arica Province.', 'Arica Province LOCATED_IN Chile'],
    ["A fire raged through southern Peru's Ica Mountains on Monday.", 'Ica Mountains LOCATED_IN Peru'],
    ["The rally in Lima's Grau Park drew thousands.", 'Grau Park LOCATED_IN Lima'],
    // round 15: a plural noun of kind holds every place of its list
    ['Rebels hold the breakaway Chilean regions of Arica and Tacna.', 'Tacna LOCATED_IN Chile'],
    ['Fighting raged near the Ica towns of Pisco and Nazca.', 'Nazca LOCATED_IN Ica'],
    // a person after ", and" ends no list of places (round 10)
    [
      'The court charged Ana Ruiz, 48, of Arica, Chile, and Luis Soto, 50, with fraud.',
      'Arica LOCATED_IN Chile',
    ],
    // round 16: a part of a country by its compass point; the region named after it; a city's own
    // facility; a capital qualified by its role; "upper", "far", "-most" as words of where
    ["Clashes broke out in Pisco, in Peru's south.", 'Pisco LOCATED_IN Peru'],
    ["Troops entered Pisco, in Peru's far northeast.", 'Pisco LOCATED_IN Peru'],
    ["Troops entered Pisco, in Peru's northwest Ica tribal district.", 'Pisco LOCATED_IN Ica'],
    ["Protesters gathered near Lima's Grau Mosque.", 'Grau Mosque LOCATED_IN Lima'],
    ["The blast hit Peru's winter capital Arica.", 'Arica LOCATED_IN Peru'],
    [
      'Soldiers guarded the palace in upper Lima. Grau Park in upper Lima was shut.',
      'Grau Park LOCATED_IN Lima',
    ],
    [
      "Peru voted. Peru counted. Rebels hold the country's northern-most Ica province.",
      'Ica LOCATED_IN Peru',
    ],
    // round 18: lists after a plural kind, one of a kind, a possessed region, a facility's noun
    ['Attacks were reported in two towns of Ica state -- Pisco and Nazca.', 'Nazca LOCATED_IN Ica'],
    [
      'Fighting spread to three districts of Ica province: Pisco, Paracas and Nazca.',
      'Paracas LOCATED_IN Ica',
    ],
    ['Rebels hold the towns of Pisco and Nazca in Ica state.', 'Pisco LOCATED_IN Ica'],
    ['Rebels hold Pisco and Nazca towns in Ica state.', 'Pisco LOCATED_IN Ica'],
    ['Troops left Pisco, one of four bases in Ica region, on Monday.', 'Pisco LOCATED_IN Ica'],
    ["The blast hit Paracas village in Peru's Pisco district.", 'Paracas LOCATED_IN Pisco'],
    ['Envoys met at the Grau Mosque hotel in Lima on Monday.', 'Grau Mosque LOCATED_IN Lima'],
    [
      "Peru voted. Peru counted. Gunmen hit Pisco, 10 kilometers from the country's northern border.",
      'Pisco LOCATED_IN Peru',
    ],
  ])('%s → %s', (text, expected) => {
    expect(relationsOf(text, [...PLACES, COLLEGE, FRONT, RUIZ, SOTO, GRAU_MOSQUE])).toContain(expected);
  });

  test.each([
    // an armed group in a country is active there, not located there
    ['The Crimson Front in Peru denied the report.', 'Crimson Front LOCATED_IN Peru'],
    // the region after "of" holds the place named before it, not the other way round
    ['The raid in the Pisco district of Ica province killed two.', 'Ica LOCATED_IN Pisco'],
    // "south of" a city places a town near it, not in it
    ['The base in the town of Nazca, 130 kilometers south of Ica, was hit.', 'Nazca LOCATED_IN Ica'],
    // a list of countries and places is no nesting
    ['Envoys from Chile, Peru and Ica met on Monday.', 'Ica LOCATED_IN Peru'],
    ['Envoys from Arica, Peru, and Ica met on Monday.', 'Arica LOCATED_IN Peru'],
    // "In Chile," opens the sentence, but the town is named with its own place
    ['In Chile, officials said the town of Tacna in Peru was calm.', 'Tacna LOCATED_IN Chile'],
    ['In Ica province, officials said the town of Tacna in Peru was calm.', 'Tacna LOCATED_IN Ica'],
    // a bare place opening the sentence may be a city the town lies near
    ['In Lima, officials said rebels took the town of Nazca.', 'Nazca LOCATED_IN Lima'],
    // a demonym after the comma opens the next phrase: it names no country of the place
    ['At talks held in Arica, Peruvian envoys met their hosts.', 'Arica LOCATED_IN Peru'],
    // a qualified place after "in" is a region only when named with its noun
    ['Rebels took Nazca in oil-rich Ica on Monday.', 'Nazca LOCATED_IN Ica'],
    ['Envoys met in Arica in heavy rain near Ica town.', 'Arica LOCATED_IN Ica'],
    // "the capital" of the article's country is its capital, not another place
    [
      'Peru voted on Sunday. Peru counted. Clashes began in the capital, Arica, on Monday.',
      'Arica LOCATED_IN Peru',
    ],
    ['Peru voted on Sunday. Peru counted. Rebels near the capital of Arica fled.', 'Arica LOCATED_IN Peru'],
    // round 14: the capital of the country a demonym names, only when it is that country's
    ['Envoys met in Lima. Ana Ruiz arrived in the Chilean capital on Monday.', 'Lima LOCATED_IN Chile'],
    [
      'Chile voted. Chile counted. Peru watched. Clashes began in the capital, Arica.',
      'Arica LOCATED_IN Peru',
    ],
    // a list of two places is no nesting (round 13)
    ['Troops took the capital Lima and the port of Pisco.', 'Pisco LOCATED_IN Lima'],
    // the owner is the name right before the possessive, not an earlier one
    ["Peru's envoy flew to Chile's Arica Province.", 'Arica Province LOCATED_IN Peru'],
    // the owner says where the capital is; "in Y" is where the event was
    ["The attacks occurred 300 miles from Peru's capital of Lima, in the Ica region.", 'Lima LOCATED_IN Ica'],
    // a list of towns with one of them taken for a person is still a list (round 13)
    ['Police guarded the town halls in Ica, Pisco, Villa Rica and Nazca.', 'Ica LOCATED_IN Pisco'],
    ['Crowds gathered in Ica, Pisco and Villa Rica on Monday.', 'Ica LOCATED_IN Pisco'],
    // round 15: a singular noun of kind holds only the place right after it
    ['Troops left the Peruvian city of Ica and Arica on Monday.', 'Arica LOCATED_IN Peru'],
    ['Police guarded the town halls in Ica, Pisco, Villa Rica and Santa Ana.', 'Ica LOCATED_IN Pisco'],
    // round 16: a region named after the compass point holds the place, not the country alone
    ["Troops entered Pisco, in Peru's northwest Ica tribal district.", 'Pisco LOCATED_IN Peru'],
    ["Troops entered Pisco, in Peru's northern-most Ica province.", 'Pisco LOCATED_IN Peru'],
    // round 18: the possessor of the district is not the village's region; a distance from a named
    // place is only near it
    ["The blast hit Paracas village in Peru's Pisco district.", 'Paracas LOCATED_IN Peru'],
    ['Gunmen hit Pisco, 10 kilometers south of Ica.', 'Pisco LOCATED_IN Ica'],
  ])('not: %s → %s', (text, unexpected) => {
    expect(relationsOf(text, [...PLACES, COLLEGE, FRONT, VILLA_RICA])).not.toContain(unexpected);
  });
});

// Round 27 (docs/extraction.md, "Members, heads and places, round 27"): a place written with its
// kind noun, a comma, then the region or country that holds it.
describe('round 27: a place and its kind noun, then its region after a comma', () => {
  const world = [...PLACES, RUIZ];
  test.each([
    ['Gunmen raided a police post in Ica province, Peru, on Monday.', ['Ica LOCATED_IN Peru']],
    ['Rebels camped at Paracas ranch, Pisco district, for a week.', ['Paracas LOCATED_IN Pisco']],
    [
      'The army struck a camp in the Nazca municipality, Ica department, near the border.',
      ['Nazca LOCATED_IN Ica'],
    ],
    ['Floods cut off Tacna town, Chile, after the storm.', ['Tacna LOCATED_IN Chile']],
    ['Troops reached Pisco village, Ica region.', ['Pisco LOCATED_IN Ica']],
  ])('%s', (text, expected) => {
    expect(relationsOf(text, world).filter((f) => f.includes('LOCATED_IN'))).toEqual(expected);
  });
  test.each([
    // a list of places, each with its kind noun, goes on past the second
    ['Fighting spread to Ica province, Pisco province and Nazca province.', 'Ica LOCATED_IN Pisco'],
    ['Fighting spread to Ica province, Pisco province, and Nazca province.', 'Ica LOCATED_IN Pisco'],
    ['Clashes hit Ica district, Pisco and Nazca on Monday.', 'Ica LOCATED_IN Pisco'],
    // the second name is the possessor or the subject of the next clause
    ["Rebels attacked a post in Ica state, Peru's military said.", 'Ica LOCATED_IN Peru'],
    ['Rebels attacked a post in Ica state, Peru has said.', 'Ica LOCATED_IN Peru'],
    // the second place of a list, not its head
    ['Troops reached Tacna, Pisco village, Ica, and Arica.', 'Pisco LOCATED_IN Ica'],
  ])('not: %s → %s', (text, unexpected) => {
    expect(relationsOf(text, world)).not.toContain(unexpected);
  });
});
