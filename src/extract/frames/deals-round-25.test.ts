// Dealings and sanctions, round 25, in our own words (./read-frames.ts, ./words.ts and the
// frame lexicon). Each row: an article's text, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'deals-25', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // a designation told by its noun: the author is the light verb's subject or the noun's owner
  [
    'Norway announced the designation of the Atlas Brigade as a terrorist group.',
    ['Norway SANCTIONED Atlas Brigade'],
    [],
  ],
  [
    'Today the Foreign Ministry is announcing its designation of the Atlas Brigade and the Sun Front as terrorist organizations.',
    ['Foreign Ministry SANCTIONED Atlas Brigade', 'Foreign Ministry SANCTIONED Sun Front'],
    [],
  ],
  [
    "Norway's designation of the Atlas Brigade as a terrorist group took effect on Monday.",
    ['Norway SANCTIONED Atlas Brigade'],
    [],
  ],
  [
    'The Norwegian designation of the Atlas Brigade remains in force.',
    ['Norway SANCTIONED Atlas Brigade'],
    [],
  ],
  [
    "Peru adopted Norway's designation of the Sun Front as a terrorist group.",
    ['Norway SANCTIONED Sun Front'],
    ['Peru SANCTIONED Sun Front'],
  ],
  // nearest negatives: undone, only planned, asked for, proposed, refused or asked about
  [
    'Norway is revoking the designation of the Atlas Brigade as a terrorist group.',
    [],
    ['Norway SANCTIONED Atlas Brigade'],
  ],
  ['Norway lifted its designation of the Atlas Brigade.', [], ['Norway SANCTIONED Atlas Brigade']],
  ['Norway removed its designation of the Atlas Brigade.', [], ['Norway SANCTIONED Atlas Brigade']],
  [
    'Norway may announce the designation of the Atlas Brigade next week.',
    [],
    ['Norway SANCTIONED Atlas Brigade'],
  ],
  [
    'Peru called for the designation of the Atlas Brigade as a terrorist group.',
    [],
    ['Peru SANCTIONED Atlas Brigade'],
  ],
  [
    'Norway proposed the designation of the Atlas Brigade as a terrorist group.',
    [],
    ['Norway SANCTIONED Atlas Brigade'],
  ],
  [
    'Norway rejected the designation of the Atlas Brigade as a terrorist group.',
    [],
    ['Norway SANCTIONED Atlas Brigade'],
  ],
  [
    'Peru asked about the designation of the Atlas Brigade as a terrorist group.',
    [],
    ['Peru SANCTIONED Atlas Brigade'],
  ],
  [
    'Norway welcomed the designation of the Atlas Brigade by the United Nations.',
    [],
    ['Norway SANCTIONED Atlas Brigade'],
  ],
  // a sanction noun undone by its verb, with the owner's pronoun
  ['Norway lifted its sanctions on Chile.', [], ['Norway SANCTIONED Chile']],
  ['Norway eased its sanctions against Chile.', [], ['Norway SANCTIONED Chile']],
  ['Norway imposed its own sanctions on Chile.', ['Norway SANCTIONED Chile'], []],
  // a name the entity step split at a dash is neither half
  [
    'Norway announced the designation of the Atlas Brigade – Northern Command (ABNC) as a terrorist group.',
    [],
    ['Norway SANCTIONED Atlas Brigade', 'Norway SANCTIONED Northern Command'],
  ],
  // talks after a hyphenated modifier; talks refused, planned or called off are none
  ['Norway and Chile held face-to-face talks in Oslo.', ['Norway COOPERATED Chile'], []],
  ['Norway and Chile held high-level talks on Monday.', ['Norway COOPERATED Chile'], []],
  [
    'The last time Norway and the Sun Front held closed-door talks was in February.',
    ['Norway COOPERATED Sun Front'],
    [],
  ],
  ['Norway held face-to-face talks with Chile.', ['Norway COOPERATED Chile'], []],
  ['Norway and Chile refused to hold face-to-face talks.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile declined to hold talks.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile failed to agree on a deal.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile may hold face-to-face talks next month.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile will hold high-level talks in Oslo.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile called off high-level talks.', [], ['Norway COOPERATED Chile']],
  // designees of a passive with no agent: the article's sanctioner (its one remembered author)
  [
    'Norway announced new designations on Monday. The new sanctions are being imposed on the Sun Front and its leader Pedro Alvarez.',
    ['Norway SANCTIONED Sun Front', 'Norway SANCTIONED Pedro Alvarez'],
    [],
  ],
  [
    'Norway announced new designations on Monday. Pedro Alvarez was designated for leading a group that abused prisoners.',
    ['Norway SANCTIONED Pedro Alvarez'],
    [],
  ],
  [
    'Norway announced new designations on Monday. Omar Nadi was sanctioned in 2019 and 2021 because of corruption.',
    ['Norway SANCTIONED Omar Nadi'],
    [],
  ],
  [
    'Norway announced new designations on Monday. Omar Nadi was sanctioned by Peru for corruption.',
    ['Peru SANCTIONED Omar Nadi'],
    ['Norway SANCTIONED Omar Nadi'],
  ],
  [
    'Norway announced new designations on Monday. Omar Nadi was named for his work on the case.',
    [],
    ['Norway SANCTIONED Omar Nadi'],
  ],
  [
    'Norway announced new designations on Monday. Omar Nadi may be designated for corruption.',
    [],
    ['Norway SANCTIONED Omar Nadi'],
  ],
  [
    'Norway announced new designations on Monday. Omar Nadi was not sanctioned for corruption.',
    [],
    ['Norway SANCTIONED Omar Nadi'],
  ],
  [
    'Peru called for sanctions on Monday. Omar Nadi was designated for corruption.',
    [],
    ['Peru SANCTIONED Omar Nadi'],
  ],
  [
    'Norway announced new designations on Monday. Sanctions may be imposed on the Sun Front.',
    [],
    ['Norway SANCTIONED Sun Front'],
  ],
  // targets tied to a country's government or regime: the country too
  [
    'Today, Norway is designating six targets associated with the Chilean government and ruling party.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [
    'Norway is sanctioning six individuals associated with the Chilean government.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [
    'Norway is sanctioning over 35 individuals and entities with ties to a network that launders money on behalf of the Chilean regime.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway is sanctioning over 35 individuals and entities with ties to a laundering network on behalf of the Chilean regime.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [
    'Norway imposed sanctions on ten officials linked to the regime of Chile.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [
    'Norway imposed sanctions on ten officials who criticized the Chilean government.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway imposed sanctions on ten officials opposed to the Chilean government.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway may impose sanctions on ten officials associated with the Chilean government.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway imposed sanctions on ten officials associated with the Chilean people.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway imposed sanctions on a company associated with the Chilean government.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway sanctioned ten businessmen, associated with the Chilean government.',
    [],
    ['Norway SANCTIONED Chile'],
  ],
];

describe('dealings and sanctions, round 25', () => {
  test.each(ROWS)('%s', (text, expected, forbidden) => {
    const got = factsOf(text);
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of forbidden) expect(got).not.toContain(fact);
  });
});
