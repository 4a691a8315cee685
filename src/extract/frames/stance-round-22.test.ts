// Stance, round 22, in our own words: prosecutions announced when the defendant was arrested,
// agreed to plead guilty or entered a guilty plea, or is told after a short descriptor ("Xian
// nationals A and B were sentenced"), and "the complaint charges A with …"
// (./announcements.ts, record `announcement:prosecution`); a state act done to the state's own
// opponent is that state's ("outrage at the jailing of Xian opposition leader A", ./state-acts.ts;
// records `concern:outrage-at`, `concern:dismay-at`, `concern:alarm-at`).
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
