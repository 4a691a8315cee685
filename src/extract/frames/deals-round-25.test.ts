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
];

describe('dealings and sanctions, round 25', () => {
  test.each(ROWS)('%s', (text, expected, forbidden) => {
    const got = factsOf(text);
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of forbidden) expect(got).not.toContain(fact);
  });
});
