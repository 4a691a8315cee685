/**
 * Participles and adjectives that tie a noun to a name after it: "oligarchs linked to X", "firms
 * close to X", "groups associated with X". The name only says whose the noun's people or things
 * are (frames/linked-descriptions.ts, relations/linked-patients.ts; round 46).
 */
export const LINK_WORDS: readonly string[] = [
  'linked',
  'tied',
  'connected',
  'close',
  'closely',
  'related',
  'associated',
  'affiliated',
  'allied',
  'loyal',
];
