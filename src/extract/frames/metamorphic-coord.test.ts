// Reporting clauses and coordination (round 28, the metamorphic check's reporting family), in our
// own words: a side added between commas acts with the subject; a denied clause states nothing; a
// speaker who reports another's words does not take their side.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const ROWS: FactRow[] = [
  // "X, along with Y, …": both act (./actors.ts, accompaniedSubject)
  [
    'Iceland, along with Finland, condemned Bolivia on Friday.',
    ['Iceland CRITICIZED Bolivia', 'Finland CRITICIZED Bolivia'],
    [],
  ],
  [
    'Iceland, as well as Finland, sanctioned Bolivia.',
    ['Iceland SANCTIONED Bolivia', 'Finland SANCTIONED Bolivia'],
    [],
  ],
  [
    'Iceland, together with Finland and Estonia, shelled Bolivia.',
    ['Iceland ATTACKED Bolivia', 'Finland ATTACKED Bolivia', 'Estonia ATTACKED Bolivia'],
    [],
  ],
  // nearest negative: a place after a preposition is no side; an object's aside adds no actor
  ['The talks in Iceland, along with Finland, condemned nothing.', [], ['Iceland CRITICIZED Finland']],
  [
    'Iceland condemned Bolivia, along with Finland, on Friday.',
    ['Iceland CRITICIZED Bolivia'],
    ['Finland CRITICIZED Bolivia'],
  ],
  // a denied clause states nothing (../relations/apply-rules.ts, ./groups.ts)
  ['Officials denied that Iceland armed Bolivia.', [], ['Iceland SUPPORTS Bolivia']],
  [
    'The ministry rejected claims that Icelandic troops kidnapped two Bolivian engineers.',
    [],
    ['Iceland ATTACKED Bolivia'],
  ],
  ['The ministry dismissed reports that Iceland funded Bolivia.', [], ['Iceland SUPPORTS Bolivia']],
  // nearest negatives: a report is no denial; a rejected offer denies no later clause
  ['Officials said that Iceland armed Bolivia.', ['Iceland SUPPORTS Bolivia'], []],
  [
    'Iceland rejected the offer that Finland made, and Estonia kidnapped two Bolivian engineers.',
    ['Estonia ATTACKED Bolivia'],
    [],
  ],
  // a speaker reporting another's words does not judge (./judged-clauses.ts, innerSpeakerAt)
  [
    "Finland's envoy said Iceland noted that Bolivia continues to violate the ceasefire.",
    ['Iceland CRITICIZED Bolivia'],
    ['Finland CRITICIZED Bolivia'],
  ],
  [
    "Iceland argued that Bolivia had violated the ceasefire, Finland's foreign minister said.",
    ['Iceland CRITICIZED Bolivia'],
    ['Finland CRITICIZED Bolivia'],
  ],
  // nearest negatives: the speaker's own words still judge, and an admission the speaker reports
  // is the speaker's charge
  [
    'Prosecutor Lena Holm said that Anders Vik has admitted that he violated export controls.',
    ['Lena Holm CRITICIZED Anders Vik'],
    [],
  ],
  ["Finland's envoy said Bolivia continues to violate the ceasefire.", ['Finland CRITICIZED Bolivia'], []],
  // a record whose speaker opens its clause may follow a verb of saying (./stance-clauses.ts)
  [
    "Officials said Iceland reiterated its support for Ecuador in the face of Bolivia's illegal war.",
    ['Iceland CRITICIZED Bolivia'],
    [],
  ],
  [
    "State media reported that Iceland addressed Bolivia's reckless behavior over the sea.",
    ['Iceland CRITICIZED Bolivia'],
    [],
  ],
  // nearest negative: a name inside a longer subject opens nothing
  [
    "A report said the trial of Iceland highlighted Bolivia's brutal invasion.",
    [],
    ['Iceland CRITICIZED Bolivia'],
  ],
  // "also known as" gives no other voice: the speaker still judges what follows
  [
    'Iceland reiterated last week that the Azure Front, also known as the Blue Army, was orchestrating terrorist attacks.',
    ['Iceland CRITICIZED Azure Front'],
    [],
  ],
];

describeFactRows(ROWS, 'reporting and coordination (round 28)');
