// The release's own voice on unseen text (round 34), in our own words: a release with no "we"
// whose lead opens on "Today," and the body acting is that body's statement (./release-voice.ts
// `releaseIssuer`), so its unattributed sentences are the issuer's judgments.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const LEAD =
  "WASHINGTON — Today, the Ministry of Finance of Norway's Sanctions Office (NSO) designated Pedro Alvarez, a former governor in Chile.";

const TODAY_LEAD: FactRow[] = [
  // a designee's wrongdoing told in the release's own words
  [
    `${LEAD} Alvarez misused public contracts and bribed several judges to keep his post.`,
    ['Sanctions Office CRITICIZED Pedro Alvarez'],
    [],
  ],
  [
    `${LEAD} For years Alvarez has engaged in a sustained scheme of corruption, including bribery of inspectors.`,
    ['Sanctions Office CRITICIZED Pedro Alvarez'],
    [],
  ],
  // a lead with no dateline; an owned fault
  [
    "Today, the Ministry of Finance of Norway's Sanctions Office (NSO) designated two firms. Chile's illegal occupation of the border province has displaced thousands of farmers.",
    ['Sanctions Office CRITICIZED Chile'],
    [],
  ],
  // nearest negatives: words reported or quoted stay their speaker's
  [
    `${LEAD} Peru says Alvarez bribed several judges to keep his post.`,
    [],
    ['Sanctions Office CRITICIZED Pedro Alvarez'],
  ],
  [
    `${LEAD} “Alvarez bribed several judges to keep his post,” a former aide wrote.`,
    [],
    ['Sanctions Office CRITICIZED Pedro Alvarez'],
  ],
  // a news report dates its lead: no issuer
  [
    "The Ministry of Finance of Norway's Sanctions Office on Tuesday designated Pedro Alvarez, a former governor in Chile. Alvarez misused public contracts and bribed several judges to keep his post.",
    [],
    ['Sanctions Office CRITICIZED Pedro Alvarez'],
  ],
  // a lead opening on another state's body ("the Xian government extradited"): that state is no issuer
  [
    'Today, the Chilean government extradited Pedro Alvarez to Norway. Alvarez bribed several judges to keep his post.',
    [],
    ['Chile CRITICIZED Pedro Alvarez'],
  ],
  // a lead opening on a person (a readout) gives no body's voice
  [
    'Today, Finance Minister Ola Berg met Pedro Alvarez in Oslo. Alvarez bribed several judges to keep his post.',
    [],
    ['Ola Berg CRITICIZED Pedro Alvarez', 'Norway CRITICIZED Pedro Alvarez'],
  ],
  // "abuses in Y" in the release's own words sets the scene: no judgment of Y
  [
    `${LEAD} Widespread abuses in Peru have created room for smuggling networks.`,
    [],
    ['Sanctions Office CRITICIZED Peru'],
  ],
  // a people's word is no one named: "Xian officials who persecute …"
  [
    `${LEAD} The action targets Chilean provincial officials who persecute local reporters.`,
    [],
    ['Sanctions Office CRITICIZED Chile'],
  ],
];

describeFactRows(TODAY_LEAD, 'release-voice-34', 'combined');

// The judged clause's precision, for every speaker (./../frames/judged-clauses.ts): a name right
// before the fault owns it, and a body acting against the fault ("imposed restrictions on …",
// "under the regime's abuses") is not judged by it.
const SPOKEN = 'Norway is designating two officials of Chile. We are promoting accountability.';

const JUDGED_OWNER: FactRow[] = [
  [
    `${SPOKEN} The measures tighten the limits Peru has placed on firms feeding Chilean aggression in the region.`,
    [],
    ['Norway CRITICIZED Peru'],
  ],
  [
    `${SPOKEN} Our step shows we will not stand aside as Peru keeps sinking under waves of abuses and corruption.`,
    [],
    ['Norway CRITICIZED Peru'],
  ],
  [
    `${SPOKEN} Peru imposed restrictions on dealers complicit in laundering cartel money.`,
    [],
    ['Norway CRITICIZED Peru'],
  ],
];

describeFactRows(JUDGED_OWNER, 'release-voice-34', 'combined');
