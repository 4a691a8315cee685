// Deadlines, round 23, in our own words (./deadlines.ts, record `deadline:given-time`): time given
// to someone to act is a demand of them, told by a verb of giving with a span of time and "to"
// and a verb, or by "a deadline for Y to …" that someone set or owns. Nearest negatives: things
// given rather than time, time given with no act, no deadline, a modal, a negation, a condition.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const DEADLINES: FactRow[] = [
  ['Norway gave Chile ten days to explain the incident.', ['Norway DEMANDED Chile'], []],
  [
    'The Azure Brigade is giving Chile until noon to withdraw its envoy.',
    ['Azure Brigade DEMANDED Chile'],
    [],
  ],
  [
    'Norway on Monday gave Chile and Peru 48 hours to sign the accord.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  ['Norway gave Chile a deadline of Friday to withdraw.', ['Norway DEMANDED Chile'], []],
  [
    'The Azure Brigade gave President Ola Berg until noon to resign.',
    ['Azure Brigade DEMANDED Ola Berg'],
    [],
  ],
  ['Foreign Minister Ola Berg of Norway gave Chile a week to respond.', ['Ola Berg DEMANDED Chile'], []],
  [
    'The Azure Brigade is giving Prime Minister Ola Berg until noon today to resign.',
    ['Azure Brigade DEMANDED Ola Berg'],
    [],
  ],
  ['Chile was given until Friday by Norway to withdraw its troops.', ['Norway DEMANDED Chile'], []],
  ['Chile was given by Norway ten days to leave the port.', ['Norway DEMANDED Chile'], []],
  ['Norway set a deadline for Chile to leave the port.', ['Norway DEMANDED Chile'], []],
  [
    'Norway imposed a strict deadline for Chile and Peru to withdraw.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  ["Norway's deadline for Chile to withdraw expires on Friday.", ['Norway DEMANDED Chile'], []],
  // nearest negatives
  ['Norway gave Chile ten boats to patrol the coast.', [], ['Norway DEMANDED Chile']],
  ['Chile was given ten boats by Norway to patrol the coast.', [], ['Norway DEMANDED Chile']],
  ['Norway gave Chile a tour of the port.', [], ['Norway DEMANDED Chile']],
  ['Norway gave Chile until Friday.', [], ['Norway DEMANDED Chile']],
  ['Norway did not give Chile a deadline to withdraw.', [], ['Norway DEMANDED Chile']],
  ['Norway may give Chile ten days to explain the incident.', [], ['Norway DEMANDED Chile']],
  ['If Norway gives Chile ten days to leave, Peru will protest.', [], ['Norway DEMANDED Chile']],
  ['Peru said Norway set no deadline for Chile to leave the port.', [], ['Norway DEMANDED Chile']],
];

describe('deadlines', () => describeFactRows(DEADLINES, 'deadlines-r23'));
