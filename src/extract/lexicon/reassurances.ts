// What one is told not to feel after "warned X not to …": "warned Xians not to panic" reassures
// the ones warned about their own feelings; it is no threat to them (round 49, fresh news).
// "warned X not to attack" is still one. Both engines read these words.

/** Verbs of feeling after "not to": "not to panic", "not to worry". */
export const FEELING_VERBS: readonly string[] = ['panic', 'worry', 'fear', 'despair'];

/** A state of mind after "not to be / get / feel / lose": "not to be alarmed", "not to lose hope". */
export const FEELING_STATES: readonly string[] = [
  'alarmed',
  'afraid',
  'scared',
  'worried',
  'complacent',
  'discouraged',
  'hope',
  'heart',
];

/** The verbs that carry a state of mind after "not to". */
export const FEELING_LINKS: readonly string[] = ['be', 'get', 'feel', 'lose'];

/** "not to panic", "not to be alarmed", as a regular-expression source (no capture groups). */
export const NOT_TO_FEEL = `not to (?:(?:${FEELING_VERBS.join('|')})|(?:${FEELING_LINKS.join('|')}) (?:${FEELING_STATES.join('|')}))\\b`;
