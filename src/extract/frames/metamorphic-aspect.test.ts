// Tense, aspect, voice and polarity, round 28, in our own words (scripts/metamorphic/aspect.mjs):
// an act begun or kept up is stated ("began shelling Y", "continued to besiege Y"), whatever
// compromise tags the verb; a threat to act is THREATENED; a negated passive, an alleged act, an
// evaluative verb whose object is an act, and a death under "if" state nothing (both engines, the
// last table: the passive's bare participle and the alleged act are read by the regex rules).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const BEGUN: FactRow[] = [
  ['Norway began shelling Chile on Monday.', ['Norway ATTACKED Chile'], []],
  ['Norway began admonishing Chile on Monday.', ['Norway CRITICIZED Chile'], []],
  ['Norwegian troops started besieging Chile in the spring.', ['Norway ATTACKED Chile'], []],
  ['Norway kept pillorying Chile in its state media.', ['Norway CRITICIZED Chile'], []],
  // nearest negatives: the governing verb's mood, a quotation after the gerund
  ['Norway may begin shelling Chile on Monday.', [], ['Norway ATTACKED Chile']],
  ['Norway did not start besieging Chile.', [], ['Norway ATTACKED Chile']],
  ['He continued saying, “Norway and Chile should talk.”', [], ['Norway DEMANDED Chile']],
];

describe('a gerund after begin, start, continue, keep', () => describeFactRows(BEGUN, 'aspect-r28-begun'));

const GOVERNED_INFINITIVE: FactRow[] = [
  ['Norway continued to besiege Chile on Monday.', ['Norway ATTACKED Chile'], []],
  ['Norway continued to fault Chile for the spill.', ['Norway CRITICIZED Chile'], []],
  ['Norway threatened to torch Chile on Monday.', ['Norway THREATENED Chile'], ['Norway ATTACKED Chile']],
  [
    'Norway threatened to massacre Pedro Alvarez.',
    ['Norway THREATENED Pedro Alvarez'],
    ['Norway KILLED Pedro Alvarez'],
  ],
  // nearest negatives: a plan, a noun after "to" that is no verb's
  ['Norway plans to torch Chile on Monday.', [], ['Norway ATTACKED Chile', 'Norway THREATENED Chile']],
  ['Norway refused to besiege Chile.', [], ['Norway ATTACKED Chile']],
];

describe("a frame verb's bare form after a verb's 'to'", () =>
  describeFactRows(GOVERNED_INFINITIVE, 'aspect-r28-infinitive'));

const NOT_STATED: FactRow[] = [
  ['Chile was supported by Norway on Monday.', ['Norway SUPPORTS Chile'], []],
  ['The Chile rebels supported by Norway seized the town.', ['Norway SUPPORTS Chile'], []],
  ['Chile was not supported by Norway on Monday.', [], ['Norway SUPPORTS Chile']],
  ['Chile was never backed by Norway.', [], ['Norway SUPPORTS Chile']],
  ['Norway fired at Chile on Monday.', ['Norway ATTACKED Chile'], []],
  ['Norway was accused of firing at Chile on Monday.', [], ['Norway ATTACKED Chile']],
  ['Norway is suspected of meeting with Chile.', [], ['Norway COOPERATED Chile']],
  ["Norway branded Chile's missile test a reckless provocation.", ['Norway CRITICIZED Chile'], []],
  [
    "Norway is considering branding Chile's missile test a reckless provocation.",
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Norway has held talks with Chile.', ['Norway COOPERATED Chile'], []],
  ['Norway has yet to talk with Chile.', [], ['Norway COOPERATED Chile']],
  ['Twelve Chilean soldiers died in a Norwegian attack on Monday.', ['Norway ATTACKED Chile'], []],
  ['If twelve Chilean soldiers die in a Norwegian attack, talks will stop.', [], ['Norway ATTACKED Chile']],
];

describe('negated passives, alleged acts, acts judged, deaths under "if"', () =>
  describeFactRows(NOT_STATED, 'aspect-r28-not-stated', 'combined'));
