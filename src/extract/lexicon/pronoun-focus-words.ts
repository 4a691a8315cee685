// Words read by ../entities/pronoun-focus.ts: the person pronouns it resolves, and the nouns for a
// person the writer names by description ("the judge", "a spokesman") that a pronoun near them may
// stand for instead of the person named before (round 45).
/** Person pronouns and the gender each asks for. */
export const FOCUS_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);

/**
 * Singular nouns for a person not named: "the judge said he …", "a police officer … his unit". A
 * pronoun after one of these in its sentence, or in a sentence between it and the named person, may
 * be that person's; the title words of ../lexicon/titles.ts count as well.
 */
export const UNNAMED_PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'man woman boy girl child teenager youth son daughter father mother brother sister husband wife ' +
    'uncle nephew cousin widow suspect defendant victim hostage witness resident driver passenger ' +
    'soldier officer policeman policewoman guard fighter gunman bomber attacker militant rebel ' +
    'spokesman spokeswoman spokesperson official judge lawyer attorney prosecutor investigator ' +
    'journalist reporter correspondent photographer analyst expert doctor nurse student teacher ' +
    'farmer worker employee businessman businesswoman candidate lawmaker legislator politician ' +
    'diplomat envoy negotiator mediator source informant agent priest cleric imam pastor monk ' +
    'leader commander chief founder member activist protester demonstrator survivor relative ' +
    'friend neighbour neighbor colleague counterpart predecessor successor deputy aide adviser ' +
    'advisor citizen national native refugee migrant prisoner detainee convict inmate'
  ).split(' '),
);
