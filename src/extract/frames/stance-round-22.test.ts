// Stance, round 22, in our own words: prosecutions announced when the defendant was arrested,
// agreed to plead guilty or entered a guilty plea, or is told after a short descriptor ("Xian
// nationals A and B were sentenced"), and "the complaint charges A with …"
// (./announcements.ts, record `announcement:prosecution`).
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
