// A readout's plural subjects (./participants.ts), a stance verb after ", and" past a "that"
// clause (./coordinated.ts `sharedSpeaker`) and aims against an act ("aim" records), in our own
// words. Each row: a text, facts it must state, facts it must not.
import { extractArticle } from '..';
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const CALL =
  'President Ana Lopez spoke this afternoon with President Jorge Vega of Chile and Prime Minister Tom Berg of Norway.';
const MEETING =
  'Defense Secretary Tom Hale met with his Chilean counterpart, Defence Minister Ana Ruiz, in Lima today.';

const ROWS: FactRow[] = [
  // "the leaders" after a call are its people, each holding the stance
  [
    `${CALL} The leaders also voiced concern over Russia's deployment near Peru.`,
    ['Ana Lopez CRITICIZED Russia', 'Jorge Vega CRITICIZED Russia', 'Tom Berg CRITICIZED Russia'],
    [],
  ],
  // a stance verb after ", and" past a "that" clause shares the subject of the verb before "that"
  [
    `${CALL} The leaders agreed that Peru's borders must be respected, and expressed their grave concern over Russia's intervention in Peru.`,
    ['Ana Lopez CRITICIZED Russia', 'Tom Berg CRITICIZED Russia'],
    [],
  ],
  // "The two leaders", then "They" right after, then "Finally, they"
  [
    `${MEETING} The two leaders affirmed their commitment to defense cooperation. They condemned Russia's invasion of Peru. Finally, they voiced concern over China's military buildup.`,
    ['Tom Hale CRITICIZED Russia', 'Ana Ruiz CRITICIZED Russia', 'Ana Ruiz CRITICIZED China'],
    [],
  ],
  // "They" far from the meeting may be anyone
  [
    `${MEETING} Peru held elections in May. Turnout was low in the north. They condemned Russia's invasion of Peru.`,
    [],
    ['Tom Hale CRITICIZED Russia', 'Ana Ruiz CRITICIZED Russia'],
  ],
  // "the leaders of X" say whose; with no meeting before, nobody
  [
    `${MEETING} The leaders of Peru condemned Russia's invasion of Chile.`,
    [],
    ['Tom Hale CRITICIZED Russia', 'Ana Ruiz CRITICIZED Russia'],
  ],
  ["The leaders condemned Russia's invasion of Peru.", [], ['Ana Ruiz CRITICIZED Russia']],
  // round 18: a short lead phrase before the plural ("During the call, …", "Prior to the talks, …")
  [
    `${CALL} During the call, the leaders voiced concern over Russia's deployment near Peru.`,
    ['Ana Lopez CRITICIZED Russia', 'Tom Berg CRITICIZED Russia'],
    [],
  ],
  // round 18: a counted plural with no meeting told before: the people of the nearest sentence
  // naming people, when it names exactly as many
  [
    'The summit opened with President Ana Lopez and Prime Minister Tom Berg. Prior to the summit, the two leaders met to discuss trade.',
    ['Ana Lopez COOPERATED Tom Berg'],
    [],
  ],
  [
    'President Ana Lopez, Prime Minister Tom Berg and Jorge Vega opened the summit. The two leaders met to discuss trade.',
    [],
    ['Ana Lopez COOPERATED Tom Berg'],
  ],
  // "the two sides" is not read: the sides are often not the parties of the last dealing
  [
    'Peru signed a trade deal with Chile. The two sides condemned Russia’s invasion of Norway.',
    [],
    ['Peru CRITICIZED Russia', 'Chile CRITICIZED Russia'],
  ],
  // an aim against an act: the holder's, after a noun of aim or straight after the verb
  [
    `${MEETING} They exchanged views on security, noting their joint determination to counter destabilizing military activities by China.`,
    ['Tom Hale CRITICIZED China', 'Ana Ruiz CRITICIZED China'],
    [],
  ],
  ["Norway vowed to counter Chile's military activities.", ['Norway CRITICIZED Chile'], []],
  // an aim turned down, or aimed at no act, is no stance
  ["Norway rejected efforts to counter Chile's military activities.", [], ['Norway CRITICIZED Chile']],
  ["Norway wants to counter Chile's influence in the region.", [], ['Norway CRITICIZED Chile']],
];

describeFactRows(ROWS, 'participants');

test('a fact read through the participants says so in its reason', () => {
  const text = `${CALL} The leaders also voiced concern over Russia's deployment near Peru.`;
  const fact = extractArticle({ id: 'participants', title: '', text, source: 'test' }).relations.find(
    (r) => r.subject === 'Tom Berg' && r.object === 'Russia',
  );
  expect(fact?.reason).toBe('frame:concern:concern-over via coref:participants');
});
