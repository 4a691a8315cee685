// Causes of wrong facts found in fresh news outside the gold (round 48, pools p48c and p48d), each a
// shape rebuilt in sentences of our own with invented people; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a plural title two names share is no part of the first name, nor a country's act
  [
    'Presidents Pedro Alvarez of Chile and Marco Diaz of Peru signed a joint declaration in Lima.',
    ['Pedro Alvarez COOPERATED Marco Diaz'],
    ['Presidents Pedro Alvarez COOPERATED Marco Diaz', 'Chile COOPERATED Marco Diaz'],
  ],
  [
    'Foreign Ministers Pedro Alvarez of Chile and Marco Diaz of Peru agreed to hold a summit.',
    ['Pedro Alvarez COOPERATED Marco Diaz'],
    ['Ministers Pedro Alvarez COOPERATED Marco Diaz', 'Chile COOPERATED Marco Diaz'],
  ],
  [
    'The talks came after a meeting between Presidents Pedro Alvarez and Marco Diaz in May.',
    ['Pedro Alvarez COOPERATED Marco Diaz'],
    ['Presidents Pedro Alvarez COOPERATED Marco Diaz'],
  ],
  // the nearest positive: the singular title
  [
    'President Pedro Alvarez of Chile met Marco Diaz in Lima.',
    ['Pedro Alvarez LEADS Chile', 'Pedro Alvarez COOPERATED Marco Diaz'],
    [],
  ],
  // a country's mercenaries are not the country
  ['Chadian mercenaries attacked the town of Abeche on Monday.', [], ['Chad ATTACKED Abeche']],
  // the nearest positive: the country's troops
  ['Chadian troops attacked the town of Abeche on Monday.', ['Chad ATTACKED Abeche'], []],
  // "prisoners of war" are people: their exchange between two states is no war between them
  [
    'Qatar brokered a swap of prisoners of war between Norway and Chile on Friday.',
    [],
    ['Norway ATTACKED Chile', 'Chile ATTACKED Norway'],
  ],
  // the nearest positive: the war between them
  [
    'The war between Norway and Chile has killed thousands of people.',
    ['Norway ATTACKED Chile', 'Chile ATTACKED Norway'],
    [],
  ],
  // a centre named for its field is a study or advocacy group based in the country, not its office
  [
    "Ana Ruiz, director of Peru's Centre for Civic Education and Peace, said the vote was fair.",
    ['Ana Ruiz LEADS Centre for Civic Education and Peace'],
    ['Centre for Civic Education and Peace MEMBER_OF Peru'],
  ],
  // the nearest positive: a state's own centre
  [
    "Peru's National Emergency Operations Center said two people died.",
    ['National Emergency Operations Center MEMBER_OF Peru'],
    [],
  ],
  // a bare court in a story about one state is not the neighbour named thrice in one sentence
  [
    'Jean Obame was sworn in as president of Gabon on Saturday after the Constitutional Court upheld his ' +
      "win. Rwanda's President Paul Kagame, a guest at the ceremony, talked about the fighting " +
      "between Rwandan troops and rebels in Rwanda's west.",
    ['Jean Obame LEADS Gabon'],
    ['Rwandan Constitutional Court MEMBER_OF Rwanda'],
  ],
  // the nearest positive: the story's state named in two sentences
  [
    "Jean Obame won the vote in Gabon, the Constitutional Court ruled on Friday. Gabon's " +
      'opposition rejected the count, and Gabon closed its borders.',
    ['Gabonese Constitutional Court MEMBER_OF Gabon'],
    [],
  ],
  // a Portuguese "dos" or "das" inside a name keeps the name whole
  [
    'Mozambican Foreign Minister Ana Maria dos Santos Lucas met Pedro Alvarez on Thursday.',
    ['Ana Maria dos Santos Lucas MEMBER_OF Mozambique'],
    ['Ana Maria MEMBER_OF Mozambique'],
  ],
  // an object "him" is not the subject of its own clause, nor what "his" inside that subject stood for
  [
    "Former president Peter Mwale lost the vote to Hakainde Banda. Mwale and his party, the People's " +
      'Alliance, have accused him of pursuing a personal feud.',
    [],
    ["People's Alliance CRITICIZED Peter Mwale"],
  ],
  // the nearest positive: the person named in the sentence before, outside the clause
  [
    "Former president Peter Mwale lost the vote. The People's Alliance has accused him of pursuing a personal feud.",
    ["People's Alliance CRITICIZED Peter Mwale"],
    [],
  ],
  // two demonyms joined by a hyphen before a person's noun name one person of both origins
  [
    'Iran sentenced a British-Iranian aid worker to five years in prison.',
    [],
    ['Iran CRITICIZED United Kingdom'],
  ],
  ['An Iranian-American journalist met Ana Ruiz in Vienna.', [], ['United States COOPERATED Ana Ruiz']],
  // the nearest positive: the pair before an event's noun names both states
  ['The Russian-Ukrainian talks ended on Friday.', ['Russia COOPERATED Ukraine'], []],
  // attacks a speaker lays on another ("whom X holds responsible for") are not the speaker's
  [
    'Ali Hamdan, whom Israel sees as responsible for rocket attacks on Haifa, was killed.',
    [],
    ['Israel ATTACKED Haifa'],
  ],
  // the nearest positive: the attacks' own author
  ['Hezbollah launched rocket attacks on Haifa.', ['Hezbollah ATTACKED Haifa'], []],
];

describeFactRows(rows, 'wrong-facts-fresh-news-48', 'combined');
