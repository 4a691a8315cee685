// Causes of wrong facts found in fresh news outside the gold (round 46, pools p46c and p46d), each a
// shape rebuilt in sentences of our own with invented names; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';
import { quotedAt } from '../entities/coreference';

const rows: FactRow[] = [
  // a clause opened by "since" has its own subject, also for its second verb
  [
    'Chad has been unstable since an army mutiny toppled and killed President Aldo Venn in 2011.',
    [],
    ['Chad KILLED Aldo Venn'],
  ],
  // the nearest positive: the subject's own two verbs
  ['Chad toppled and killed rebel leader Aldo Venn in 2011.', ['Chad KILLED Aldo Venn'], []],
  // munitions "fired at" a place are a reduced passive: the earlier act noun did not fire them,
  // and the make's name before them is no actor
  [
    'Two civilians were hurt in an Egyptian raid on Rafah after Qadir rockets fired at Eilat landed short.',
    [],
    ['Egypt ATTACKED Eilat', 'Qadir ATTACKED Eilat'],
  ],
  // a name in a link phrase only says whose the patient's people are
  [
    'Three bankers linked to tycoon Pavel Orlov were sanctioned by Canada.',
    [],
    ['Canada SANCTIONED Pavel Orlov'],
  ],
  // the nearest positive: the name itself in the passive
  ['Pavel Orlov was sanctioned by Canada.', ['Canada SANCTIONED Pavel Orlov'], []],
  // "pro-X parties" are not X
  [
    'Governor Dina Kell, who is supported by pro-Iranian parties, lost the vote.',
    [],
    ['Iran SUPPORTS Dina Kell'],
  ],
  // the nearest positive: the state as the agent
  ['Governor Dina Kell, who is supported by Iran, lost the vote.', ['Iran SUPPORTS Dina Kell'], []],
  // "a truce … had been reached with Y": the brokers named before are no party
  [
    'Fatah said a deal, arranged by Qatar and Norway, had been reached with Israel.',
    [],
    ['Norway COOPERATED Israel', 'Qatar COOPERATED Israel'],
  ],
  // the nearest positive: an active "agreed with"
  ['Qatar has agreed with Israel on a ceasefire.', ['Qatar COOPERATED Israel'], []],
];

describeFactRows(rows, 'fresh-news-46', 'combined');

describe('round 46 (entities in fresh news)', () => {
  const cases: EntityCase[] = [
    // a creed's word before a landmark noun names no landmark
    ['Gunmen stormed a busy Sunni mosque in the city of Herat.', [], ['Location:Sunni mosque']],
    // the nearest positive: an unknown name before the same noun still names one
    ['Gunmen stormed the Zarif mosque in Herat.', ['Location:Zarif mosque'], []],
    // a make's name before a munition noun is no person, even a word the tagger knows as a name
    ['Sirens sounded after Karim rockets were fired at the town.', [], ['Person:Karim']],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});

describe('round 46 (a quotation over paragraphs with mixed marks)', () => {
  // a curly quotation left open at a paragraph's end goes on in the next, even when that one
  // opens on a straight mark; it closes at the next straight mark inside the paragraph
  const text = '“Let us go step by step.\n\n"We have to work quickly," he said. We left.';
  test('the first "We" is quoted', () => expect(quotedAt(text, text.indexOf('We'))).toBe(true));
  test('the last "We" is not', () => expect(quotedAt(text, text.lastIndexOf('We'))).toBe(false));
});
