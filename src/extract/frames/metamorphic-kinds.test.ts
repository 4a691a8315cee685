// Kinds of actor in a frame's slot, round 28, in our own words (scripts/metamorphic/kinds.mjs).
// A short form in brackets after a name ("the Coastal Front (CF)") is the name's own: the name
// reads on past it into the frame. One talks to, phones or contacts a body, a group or a company
// as one does a state or a person; an outlet one talks to is an interview, no dealing. A title
// before the name of a clause's subject ("said President Y stole …") is no part of the name, and
// the country on that title takes no side. Nearest negatives: time not given, an outlet, a
// modal, an unnamed title holder.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const ACRONYMS: FactRow[] = [
  ['Norway gave the Coastal Front (CF) ten days to leave the port.', ['Norway DEMANDED Coastal Front'], []],
  [
    'The Coastal Front (CF), a loyal backer of Norway, joined the talks.',
    ['Coastal Front SUPPORTS Norway'],
    [],
  ],
  ['Norway phoned the Coastal Front (CF) about the hostages.', ['Norway COOPERATED Coastal Front'], []],
  // nearest negatives: boats given, not time; a modal
  [
    'Norway gave the Coastal Front (CF) ten boats to patrol the coast.',
    [],
    ['Norway DEMANDED Coastal Front'],
  ],
  [
    'Norway may give the Coastal Front (CF) ten days to leave the port.',
    [],
    ['Norway DEMANDED Coastal Front'],
  ],
];

const CONSULTED: FactRow[] = [
  ['Norway contacted the Andean Council to report the incident.', ['Norway COOPERATED Andean Council'], []],
  [
    'Norway telephoned the Coastal Front on Monday about the hostages.',
    ['Norway COOPERATED Coastal Front'],
    [],
  ],
  [
    "Norway's envoy spoke to Fjord Shipping Ltd. on Monday about the seized cargo.",
    ['Norway COOPERATED Fjord Shipping Ltd.'],
    [],
  ],
  // nearest negatives: an outlet, a negation
  ['Norway talked to Reuters on Monday about the border.', [], ['Norway COOPERATED Reuters']],
  ['Norway did not contact the Andean Council about the incident.', [], ['Norway COOPERATED Andean Council']],
];

const TITLED: FactRow[] = [
  [
    'Norway alleged that President Ana Solberg stole fishing boats from the harbour.',
    ['Norway CRITICIZED Ana Solberg'],
    [],
  ],
  [
    'Norway claimed that Gen. Ana Solberg is backing rebels in the north.',
    ['Norway CRITICIZED Ana Solberg'],
    [],
  ],
  [
    'Norway said Chilean Defence Minister Ana Solberg was responsible for the raids on the border post.',
    ['Norway CRITICIZED Ana Solberg'],
    ['Norway CRITICIZED Chile'],
  ],
  [
    'Norway said Chilean Defence Minister Ana Solberg bears full responsibility for the raids.',
    ['Norway CRITICIZED Ana Solberg'],
    ['Norway CRITICIZED Chile'],
  ],
  // nearest negatives: a title with no name, a title held by nobody named, a negation
  [
    'Norway alleged that the president stole fishing boats from the harbour.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  [
    'Norway said the Chilean defence minister was responsible for the raids on the border post.',
    [],
    ['Norway CRITICIZED Ana Solberg'],
  ],
  [
    'Norway said President Ana Solberg was not responsible for the raids on the border post.',
    [],
    ['Norway CRITICIZED Ana Solberg'],
  ],
];

describe('kinds of actor in a slot (round 28)', () => {
  describe('a titled person as a clause subject', () => describeFactRows(TITLED, 'kinds-titled-r28'));
  describe('a short form in brackets', () => describeFactRows(ACRONYMS, 'kinds-acronym-r28'));
  describe('bodies, groups and companies consulted', () =>
    describeFactRows(CONSULTED, 'kinds-consulted-r28'));
});
