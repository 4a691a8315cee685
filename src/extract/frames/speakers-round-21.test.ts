// Speakers, round 21, in our own words. A body's unnamed voice speaks for the body: "a spokesman
// for Y", "Y's foreign ministry spokesman", "a Yian foreign ministry statement", "Yian military
// sources", "According to Y, its …", "Y said in a statement that its …" (`voiceOf`,
// `accordingTo`, `pastStatedIn`, `voicedBody` in ./actors.ts; the words in ./words.ts); "X said
// Yian forces attacked its positions" strikes X (`speakersTarget`, ./actors.ts). A
// spokesperson's acts of force are the side's (../relations/spokespersons.ts). A claimed killing is
// an attack too, an attempted one an attack only (../lexicon/co-readings.json `claimed-killing`;
// `noun:attempted-killing-of` in ../rules/relations/violence-rules.ts).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { calledSpokesperson } from '../relations/spokespersons';

const VOICES: FactRow[] = [
  [
    "Norway's foreign ministry spokesman said Chile had violated the cease-fire.",
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'A spokesman for the Taliban said its fighters attacked the Afghan army.',
    ['Taliban ATTACKED Afghanistan'],
    [],
  ],
  [
    'Zabihullah Mujahid, a spokesman for the Taliban, said its fighters attacked the Afghan army.',
    ['Taliban ATTACKED Afghanistan'],
    ['Zabihullah Mujahid ATTACKED Afghanistan'],
  ],
  ['Norwegian military sources say their forces shelled Chilean positions.', ['Norway ATTACKED Chile'], []],
  ['According to the Taliban, its fighters attacked the Afghan army.', ['Taliban ATTACKED Afghanistan'], []],
  [
    'The Taliban said in a statement on Monday that its fighters attacked the Afghan army.',
    ['Taliban ATTACKED Afghanistan'],
    [],
  ],
  // sources somewhere, a denial, a modal, a question, a person's words
  ['Sources in Norway said their forces shelled Chilean positions.', [], ['Norway ATTACKED Chile']],
  [
    'Norwegian military sources denied that their forces shelled Chilean positions.',
    [],
    ['Norway ATTACKED Chile'],
  ],
  ['According to Norway, its forces may shell Chilean positions.', [], ['Norway ATTACKED Chile']],
  [
    "Norway's foreign ministry spokesman asked whether Chile had violated the cease-fire.",
    [],
    ['Norway CRITICIZED Chile'],
  ],
  [
    'According to researcher Ana Ruiz, its forces shelled Chilean positions.',
    [],
    ['Ana Ruiz ATTACKED Chile'],
  ],
  // a statement or sources only speak: they do not act
  [
    'A Norwegian foreign ministry statement attacked Chile over the new tariffs.',
    [],
    ['Norway ATTACKED Chile'],
  ],
];

const SPOKEN_TARGETS: FactRow[] = [
  ['The Taliban said Afghan forces attacked its positions.', ['Afghanistan ATTACKED Taliban'], []],
  ['Norway said Chilean troops shelled its border positions.', ['Chile ATTACKED Norway'], []],
  [
    'Zabihullah Mujahid, a spokesman for the Taliban, said Afghan troops attacked its positions.',
    ['Afghanistan ATTACKED Taliban'],
    [],
  ],
  // one name that may own it, a modal, a denial
  ['Norway said Chile attacked its own positions.', [], ['Chile ATTACKED Norway']],
  ['Norway said Chilean troops may attack its positions.', [], ['Chile ATTACKED Norway']],
  ['Norway denied that Chilean troops attacked its positions.', [], ['Chile ATTACKED Norway']],
];

const SPOKESPERSONS: FactRow[] = [
  [
    'Taliban spokesman Zabihullah Mujahid claimed responsibility for the attack on the Afghan army post.',
    ['Taliban ATTACKED Afghanistan'],
    ['Zabihullah Mujahid ATTACKED Afghanistan'],
  ],
  // the spokesperson's own stance stays the spokesperson's (round 13); a commander fights himself
  [
    'Taliban spokesman Zabihullah Mujahid condemned the Norwegian strike.',
    ['Zabihullah Mujahid CRITICIZED Norway'],
    ['Taliban CRITICIZED Norway'],
  ],
  ['Taliban commander Omar Khan attacked the Afghan army post.', ['Omar Khan ATTACKED Afghanistan'], []],
  // what a speaker tells of others is not the speaker's act (`SPOKEN_OF_OTHERS`, violence-rules.ts)
  ['Ana Ruiz said militias have systematically targeted Chilean vehicles.', [], ['Ana Ruiz ATTACKED Chile']],
  ['Norway said it had attacked Chilean positions.', ['Norway ATTACKED Chile'], []],
];

const CLAIMS: FactRow[] = [
  [
    'The Northern Front claimed responsibility for the assassination of police chief Pedro Alvarez.',
    ['Northern Front KILLED Pedro Alvarez', 'Northern Front ATTACKED Pedro Alvarez'],
    [],
  ],
  [
    'The Northern Front claimed responsibility for the attempted assassination of Pedro Alvarez.',
    ['Northern Front ATTACKED Pedro Alvarez'],
    ['Northern Front KILLED Pedro Alvarez'],
  ],
  [
    'The Northern Front ordered the assassination attempt on Pedro Alvarez.',
    ['Northern Front ATTACKED Pedro Alvarez'],
    [],
  ],
  // a critic of the attempt, a denial, and a victim named before "as well as"
  [
    'Norway condemned the attempted assassination of Pedro Alvarez.',
    [],
    ['Norway ATTACKED Pedro Alvarez', 'Norway KILLED Pedro Alvarez'],
  ],
  [
    'The Northern Front denied any role in the assassination of police chief Pedro Alvarez.',
    [],
    ['Northern Front ATTACKED Pedro Alvarez', 'Northern Front KILLED Pedro Alvarez'],
  ],
  [
    'The Northern Front claimed the killing of Pedro Alvarez, as well as the attempted assassination of Ana Ruiz.',
    ['Northern Front KILLED Pedro Alvarez'],
    ['Pedro Alvarez ATTACKED Ana Ruiz', 'Pedro Alvarez KILLED Ana Ruiz'],
  ],
];

describe('a body’s unnamed voice speaks for it (round 21)', () => {
  describeFactRows(VOICES, 'voices');
});

describe('a plural subject’s “its” target in a reported clause is the speaker’s (round 21)', () => {
  describeFactRows(SPOKEN_TARGETS, 'spoken-targets');
});

describe('a spokesperson’s acts of force are the side’s (round 21)', () => {
  describeFactRows(SPOKESPERSONS, 'spokespersons', 'combined');
});

describe('claimed and attempted killings (round 21)', () => {
  describeFactRows(CLAIMS, 'claims', 'combined');
});

describe('calledSpokesperson', () => {
  it.each([
    ['Taliban spokesman Zabihullah Mujahid said the post fell.', true],
    ['Zabihullah Mujahid, a spokesman for the Taliban, said the post fell.', true],
    ['Zabihullah Mujahid, the group’s military spokesman, said the post fell.', true],
    ['Taliban commander Zabihullah Mujahid said the post fell.', false],
    ['Zabihullah Mujahid met the spokesman of the ministry.', false],
  ])('%s', (sentence, called) => {
    expect(calledSpokesperson(sentence, ['Zabihullah Mujahid'])).toBe(called);
  });
});
