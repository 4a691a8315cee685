// Stance, round 22, in our own words: prosecutions announced when the defendant was arrested,
// agreed to plead guilty or entered a guilty plea, or is told after a short descriptor ("Xian
// nationals A and B were sentenced"), and "the complaint charges A with …"
// (./announcements.ts, record `announcement:prosecution`); a state act done to the state's own
// opponent is that state's ("outrage at the jailing of Xian opposition leader A", ./state-acts.ts;
// records `concern:outrage-at`, `concern:dismay-at`, `concern:alarm-at`); an act done at
// someone's request is asked of its doer ("At the request of Y, X conducted …", ./requests.ts);
// a speaker who tells that violence is done with Y's support blames Y (./backed-acts.ts); a
// state's fault told by where it happens is the state's ("abuses in Y", "a lack of judicial
// independence in Y": record `fault:in-place`, ./faults.ts `placedFaultAt`).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const ANNOUNCED: FactRow[] = [
  [
    'Nordic Freight Ltd. has agreed to enter a guilty plea and to pay a penalty. Prosecutor Ola Berg and Judge Anna Lund made the announcement today.',
    ['Ola Berg CRITICIZED Nordic Freight Ltd.', 'Anna Lund CRITICIZED Nordic Freight Ltd.'],
    [],
  ],
  [
    'Nordic Freight Ltd. has agreed to plead guilty. Prosecutor Ola Berg and Judge Anna Lund made the announcement today.',
    ['Ola Berg CRITICIZED Nordic Freight Ltd.'],
    [],
  ],
  [
    'Norwegian nationals Ola Berg and Per Dahl were sentenced today. Prosecutor Anna Lund and Judge Eva Moe made the announcement.',
    ['Anna Lund CRITICIZED Ola Berg', 'Anna Lund CRITICIZED Per Dahl', 'Eva Moe CRITICIZED Per Dahl'],
    [],
  ],
  [
    'Ola Berg was arrested yesterday. The arrest was announced by Prosecutor Anna Lund and Judge Eva Moe.',
    ['Anna Lund CRITICIZED Ola Berg', 'Eva Moe CRITICIZED Ola Berg'],
    [],
  ],
  [
    'The complaint charges Ola Berg with smuggling. Prosecutor Anna Lund made the announcement.',
    ['Anna Lund CRITICIZED Ola Berg'],
    [],
  ],
  // a plea refused or still to come, an arrest with no prosecution announced
  [
    'Nordic Freight Ltd. has refused to plead guilty. Prosecutor Ola Berg made the announcement today.',
    [],
    ['Ola Berg CRITICIZED Nordic Freight Ltd.'],
  ],
  [
    'Nordic Freight Ltd. may agree to plead guilty. Prosecutor Ola Berg made the announcement today.',
    [],
    ['Ola Berg CRITICIZED Nordic Freight Ltd.'],
  ],
  [
    'Ola Berg was arrested yesterday at a rally. Anna Lund announced a new fishing treaty with Chile.',
    [],
    ['Anna Lund CRITICIZED Ola Berg'],
  ],
];

describe('prosecutions announced', () => describeFactRows(ANNOUNCED, 'stance-r22-announced'));

const STATE_ACTS: FactRow[] = [
  [
    'Norway is expressing outrage at the jailing of Chilean opposition leader Juan Perez.',
    ['Norway CRITICIZED Chile'],
    ['Norway CRITICIZED Juan Perez'],
  ],
  ['Norway condemned the arrest of Chilean opposition leader Juan Perez.', ['Norway CRITICIZED Chile'], []],
  [
    'Norway expressed concern over the detention of Chilean pro-democracy lawmaker Juan Perez.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway condemned the arrest of Chilean dissident Juan Perez.', ['Norway CRITICIZED Chile'], []],
  // the victim, never the one criticised; a victim who may be held anywhere; a place or an author
  // after the victim; negation and questions
  [
    'Norway condemned the arrest of Chilean opposition leader Juan Perez.',
    [],
    ['Norway CRITICIZED Juan Perez'],
  ],
  ['Norway condemned the arrest of Chilean journalist Juan Perez.', [], ['Norway CRITICIZED Chile']],
  ['Norway condemned the arrest of Chilean dissident Juan Perez in Peru.', [], ['Norway CRITICIZED Chile']],
  [
    'Norway condemned the arrest of Chilean dissident Juan Perez by Peru.',
    ['Norway CRITICIZED Peru'],
    ['Norway CRITICIZED Chile'],
  ],
  [
    'Norway did not express outrage at the jailing of Chilean opposition leader Juan Perez.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  [
    'Did Norway condemn the jailing of Chilean opposition leader Juan Perez?',
    [],
    ['Norway CRITICIZED Chile'],
  ],
];

describe('state acts against the state’s own opponents', () =>
  describeFactRows(STATE_ACTS, 'stance-r22-state-acts'));

const REQUESTS: FactRow[] = [
  [
    'At the request of the Government of Norway, Chile conducted three airstrikes against the rebels.',
    ['Norway DEMANDED Chile'],
    [],
  ],
  [
    'Chilean President Juan Perez, at the request of Norwegian Prime Minister Ola Berg, met with the parties in Lima.',
    ['Ola Berg DEMANDED Juan Perez'],
    [],
  ],
  [
    'The Chilean Navy is providing support at the request of the government of Norway.',
    ['Norway DEMANDED Chilean Navy'],
    [],
  ],
  [
    'In response to a formal request from the Government of Norway, Chile sent a disaster team.',
    ['Norway DEMANDED Chile'],
    [],
  ],
  ['At Norway’s request, Chile sent a disaster team.', ['Norway DEMANDED Chile'], []],
  ['LIMA, Peru – At the request of Norway, Chile conducted a search.', ['Norway DEMANDED Chile'], []],
  // no one acting, an act to come or not done, a state's request and a person acting, a request made
  ['At the request of Norway, the talks were moved to Lima.', [], ['Norway DEMANDED Chile']],
  ['At the request of Norway, Chile will send a disaster team.', [], ['Norway DEMANDED Chile']],
  ['Chile did not send a team at the request of Norway.', [], ['Norway DEMANDED Chile']],
  [
    'At the request of Norway, Chilean Foreign Minister Juan Perez sent a letter.',
    [],
    ['Norway DEMANDED Juan Perez'],
  ],
  ['Norway made a request to Chile on Monday.', [], ['Norway DEMANDED Chile']],
];

describe('acts done at a request', () => describeFactRows(REQUESTS, 'stance-r22-requests'));

const BACKED: FactRow[] = [
  [
    'Norway noted that the attacks are being carried out by militias who are acting with the support of Chile.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway said Chile-backed militias carried out the bombing on Monday.', ['Norway CRITICIZED Chile'], []],
  ['Norway charged that the violence is backed by Chile.', ['Norway CRITICIZED Chile'], []],
  [
    'Norway alleges that Peru’s fighters orchestrate terrorism with the support of Chile.',
    ['Norway CRITICIZED Peru', 'Norway CRITICIZED Chile'],
    [],
  ],
  // help to the speaker's own side, no violence told, a denial, a modal, help received, a question
  [
    'Norway said that its forces repelled the attacks with the support of Chile.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Norway said Chile-backed militias had agreed to a truce.', [], ['Norway CRITICIZED Chile']],
  ['Norway said the attacks were not backed by Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway said the attacks may be backed by Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway said rebels were receiving support from Chile in the attacks.', [], ['Norway CRITICIZED Chile']],
  ['Did Norway say the attacks were backed by Chile?', [], ['Norway CRITICIZED Chile']],
  // the backed ones suffer the clause's act
  [
    'Peru struck two depots linked to Chile-backed militants on Tuesday in response to rocket attacks on its troops, Norway said.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
];

describe('violence blamed on its backers', () => describeFactRows(BACKED, 'stance-r22-backed'));

const PLACED_FAULTS: FactRow[] = [
  [
    '“Human rights abuses in Chile remain among the worst in the world,” said Norway.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Amnesty International said in a statement that the sentence showed "an utter lack of judicial independence and impartiality" in Chile.',
    ['Amnesty International CRITICIZED Chile'],
    [],
  ],
  [
    '"The decision to prosecute him has highlighted significant failures in the rule of law and judicial system in Chile," Norway said.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  // an author after the fault, a fault fought or foreseen, a deficit of no good, a fault owned
  // by those named before it
  ['“Human rights abuses in Chile by the rebels go on,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['Norway said it would fight corruption and abuses in Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway vowed to end impunity in Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway said the lack of rain in Chile hurt farmers.', [], ['Norway CRITICIZED Chile']],
  [
    'Norway said it imposed visa restrictions on people for their role in acts of repression in Chile.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Norway said the Peruvian abuses in Chile went on.', [], ['Norway CRITICIZED Chile']],
];

describe('faults of a state told by where they happen', () =>
  describeFactRows(PLACED_FAULTS, 'stance-r22-placed-faults'));
