// Threats, round 23, in our own words: the speaker's own act of force told in the future is a
// threat ("X said it will strike Y", "“We will strike Y,” X said": ./groups.ts `ownFuture`), and
// verbs that state only a threat ("vowed to hunt down Y", "would punish Y": records with
// `threatOnly`). A forecast of someone else's act, a negation, a weaker modal, an act of no
// force, or the act stated as done give no threat.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const OWN_FUTURE: FactRow[] = [
  ['Norway said it will strike Chile.', ['Norway THREATENED Chile'], ['Norway ATTACKED Chile']],
  ['Norway said on Monday that it would attack Chilean positions.', ['Norway THREATENED Chile'], []],
  ['The Azure Brigade said they would target Chilean troops.', ['Azure Brigade THREATENED Chile'], []],
  ['“We will strike Chile again,” Norway said in a statement.', ['Norway THREATENED Chile'], []],
  ['Defence Minister Ola Berg said he will launch strikes on Chile.', ['Ola Berg THREATENED Chile'], []],
  [
    'Norway announced that it would impose sanctions on Chile and Peru.',
    ['Norway THREATENED Chile', 'Norway THREATENED Peru'],
    [],
  ],
  ['Norway warned that it would retaliate against Chile.', ['Norway THREATENED Chile'], []],
  // nearest negatives
  ['Norway said it would not strike Chile.', [], ['Norway THREATENED Chile', 'Norway ATTACKED Chile']],
  ['Norway said it could strike Chile.', [], ['Norway THREATENED Chile']],
  ['Peru said Norway will strike Chile.', [], ['Norway THREATENED Chile', 'Peru THREATENED Chile']],
  ['Norway said it will support Chile.', [], ['Norway THREATENED Chile']],
  ['Norway said it will hold talks with Chile.', [], ['Norway THREATENED Chile', 'Norway COOPERATED Chile']],
  ['Norway said it struck Chile.', ['Norway ATTACKED Chile'], ['Norway THREATENED Chile']],
  ['Chile will be struck by Norway, Peru said.', [], ['Norway THREATENED Chile']],
];

describe("the speaker's own future act", () => describeFactRows(OWN_FUTURE, 'threats-r23-own-future'));

const THREAT_ONLY: FactRow[] = [
  ["Norway vowed to hunt down Chile's commanders.", ['Norway THREATENED Chile'], []],
  ['Norway threatened to punish Chile and Peru.', ['Norway THREATENED Chile', 'Norway THREATENED Peru'], []],
  ['“We will punish Chile for this,” said Norway.', ['Norway THREATENED Chile'], []],
  ["Norway pledged to root out the Azure Brigade's fighters.", ['Norway THREATENED Azure Brigade'], []],
  // nearest negatives: the act done, done to someone else, or under negation
  ['Norway punished Chile.', [], ['Norway THREATENED Chile']],
  ['Norway hunted down the missing files from Chile.', [], ['Norway THREATENED Chile']],
  ['Norway vowed not to punish Chile.', [], ['Norway THREATENED Chile']],
  ['Norway rooted out corruption with help from Chile.', [], ['Norway THREATENED Chile']],
];

describe('verbs of threat only', () => describeFactRows(THREAT_ONLY, 'threats-r23-threat-only'));
