// A joint statement's "we" (./joint-voice.ts), in our own words: every signatory the article's
// first sentence lists states what "we" states.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const OPENING = 'Chile, Peru and the United States believe that elections must be free.';

const JOINT: FactRow[] = [
  [
    `${OPENING} We urge Bolivia to count every vote.`,
    ['Chile DEMANDED Bolivia', 'Peru DEMANDED Bolivia', 'United States DEMANDED Bolivia'],
    [],
  ],
  [
    `${OPENING} We are therefore deeply concerned over the anomalies in the vote counting of Bolivia’s election.`,
    ['Chile CRITICIZED Bolivia', 'Peru CRITICIZED Bolivia', 'United States CRITICIZED Bolivia'],
    [],
  ],
  // one state opening the statement speaks alone; a list that is no subject is no signatory list
  [
    'Chile believes that elections must be free. We urge Bolivia to count every vote.',
    ['Chile DEMANDED Bolivia'],
    ['Peru DEMANDED Bolivia'],
  ],
  [
    'Chile, Peru and the United States: a summit in Lima. We urge Bolivia to count every vote.',
    [],
    ['Peru DEMANDED Bolivia', 'United States DEMANDED Bolivia'],
  ],
  // a quoted "we" is its speaker's, not the statement's
  [
    `${OPENING} “We urge Bolivia to count every vote,” said Ana Ruiz of Peru.`,
    [],
    ['Chile DEMANDED Bolivia', 'United States DEMANDED Bolivia'],
  ],
];

describeFactRows(JOINT, 'joint-voice', 'combined');
