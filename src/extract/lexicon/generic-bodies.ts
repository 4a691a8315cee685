// Names every state gives one of its bodies: "the Armed Forces", "Parliament", "the Supreme
// Court", "the Ministry of Defence". Such a name is no identity on its own, so the recogniser
// qualifies it by its country ("Sudan's Armed Forces" → Sudanese Armed Forces) and two
// countries' bodies never share an id. Lower-cased, as the tokens' norm spells them.

/** Whole names. */
export const GENERIC_BODIES: ReadonlySet<string> = new Set([
  'armed forces',
  'army',
  'national army',
  'navy',
  'air force',
  'military',
  'defense forces',
  'defence forces',
  'security forces',
  'special forces',
  'police',
  'national police',
  'federal police',
  'police force',
  'national guard',
  'coast guard',
  'border guard',
  'border police',
  'intelligence service',
  'intelligence services',
  'parliament',
  'national assembly',
  'legislature',
  'cabinet',
  'government',
  'presidency',
  'central bank',
  'national bank',
  'supreme court',
  'constitutional court',
  'high court',
  'electoral commission',
  'election commission',
  'national electoral commission',
  'foreign ministry',
  'defense ministry',
  'defence ministry',
  'interior ministry',
  'finance ministry',
  'health ministry',
  'justice ministry',
  'economy ministry',
  'trade ministry',
  'energy ministry',
  'education ministry',
  'information ministry',
  'foreign office',
  'general staff',
]);

/**
 * Words the lists give one state's body as a name of its own ("Treasury" for the U.S. Treasury
 * Department) that other states call their bodies too: written alone in a story about another
 * state, the word is that state's body (../entities/foreign-listed-body.ts).
 */
export const SHARED_BODY_WORDS: ReadonlySet<string> = new Set(['treasury']);

/**
 * Generic bodies a state does not have, so that a bare one in its story is another state's: the
 * United States has departments, not ministries, and a Congress, not a parliament or a national
 * assembly ("the opposition-ruled National Assembly" in a story that names Washington most).
 */
export const BODIES_A_STATE_LACKS: ReadonlyMap<string, (body: string) => boolean> = new Map([
  [
    'United States',
    (body: string) =>
      /^(?:the )?(?:national assembly|parliament|(?:\w+ )?ministry(?: of .*)?|foreign office|constitutional court|presidency)$/.test(
        body.toLowerCase(),
      ),
  ],
]);

/** Names that begin so and run on with a portfolio: "Ministry of Foreign Affairs". */
export const GENERIC_BODY_STARTS: readonly string[] = ['ministry of ', 'minister of state for '];

/** Bodies that, in lower case after a demonym ("the Sudanese government"), are the state itself. */
export const STATE_ITSELF: ReadonlySet<string> = new Set(['government', 'cabinet', 'presidency']);

/** Bodies that, in lower case ("Somali security forces"), are a description more than a name. */
export const COLLECTIVES: ReadonlySet<string> = new Set([
  'police',
  'security forces',
  'special forces',
  'intelligence services',
  'border guard',
  'legislature',
]);

/**
 * Bodies that, in lower case after a country's possessive, are a body of their own ("Pakistan's
 * army says", "Gabon's constitutional court has upheld", "Togo's election commission says"). Others
 * are the state's voice as often as not: the gold files read "Taiwan's foreign ministry condemned"
 * as Taiwan and "Japan's defense ministry said" as the ministry, "Ukraine's military accused" as
 * Ukraine; an army is always its own, and so are a court, an election commission and a parliament
 * (round-12 conventions: "Gabon's constitutional court", lower-case, is an entity as written).
 */
export const OWN_BODIES_AFTER_POSSESSIVE: ReadonlySet<string> = new Set([
  'armed forces',
  'army',
  'national army',
  'navy',
  'air force',
  'defense forces',
  'defence forces',
  'national guard',
  'coast guard',
  'supreme court',
  'constitutional court',
  'high court',
  'electoral commission',
  'election commission',
  'national electoral commission',
  'parliament',
  'national assembly',
]);

/** The kinds of a state's force a name can say: its land army, its whole military, its navy, its air force. */
export type ForceKind = 'army' | 'whole' | 'navy' | 'air';

/**
 * The force each name (or last words of a name: "… National Army", "… Defense Forces") is, as
 * generic bodies and as the end of a force's own name.
 */
export const FORCE_KINDS: ReadonlyMap<string, ForceKind> = new Map([
  ['army', 'army'],
  ['national army', 'army'],
  ['military', 'whole'],
  ['armed forces', 'whole'],
  ['defense forces', 'whole'],
  ['defence forces', 'whole'],
  ['self-defense forces', 'whole'],
  ['self-defence forces', 'whole'],
  ['self defense forces', 'whole'],
  ['navy', 'navy'],
  ['air force', 'air'],
]);

/**
 * The kinds of named force a generic force may be, best first: "the Chilean army" is the
 * article's "Chilean Army", else its "Chilean Armed Forces"; "the Chilean military" its
 * "Armed Forces" or "Defense Forces", else its "Army"; a navy only a "Navy".
 */
export const FORCE_STANDS_FOR: Readonly<Record<ForceKind, readonly ForceKind[]>> = {
  army: ['army', 'whole'],
  whole: ['whole', 'army'],
  navy: ['navy'],
  air: ['air'],
};

/** Body names that are adjectives too ("a military operation"): a noun after them is their head. */
export const ADJECTIVE_BODIES: ReadonlySet<string> = new Set(['military']);

/**
 * Nouns after a body's name that leave it a name ("the foreign ministry statement", "army
 * defectors", "the army chief"): the body's voice, its people or its head.
 */
export const BODY_PEOPLE_AND_VOICE: ReadonlySet<string> = new Set([
  'chief',
  'commander',
  'statement',
  'statements',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'defectors',
  'deserters',
]);

/** Words right before a body's name that give it another owner: "the Hamas-run", "the rebel-held" (round 32). */
export const RUN_BY_ANOTHER = /\b[\w-]+-(?:run|led|controlled|held|appointed|backed)\s+$/i;

/**
 * A foreign ministry's name: a diplomatic story names two states by nature, and the one it names
 * most is as often the guest's or the host's as the ministry's ("the Foreign Office said" in a
 * story of a minister's visit to China is his own state's; "the Ministry of Foreign Affairs" that
 * summons a Russian envoy is the host's; fresh news, round 34). No such bare name is given the
 * story's state.
 */
export const FOREIGN_MINISTRY = /\b(?:Foreign|External Affairs)\b/;

/**
 * Territories that keep civil ministries of their own though no state of ours governs them: in a
 * story of a state's strikes on one, "the Ministry of Health" that counts the dead is the
 * territory's, not the state's the story names most (fresh news, round 35).
 */
export const SELF_RUN_TERRITORIES: ReadonlySet<string> = new Set(['Gaza', 'Gaza Strip', 'West Bank']);

/** A civil ministry's name ("Health Ministry", "Ministry of the Interior"), not a defence one. */
const CIVIL_MINISTRY = /\b[Mm]inistry\b/;
const DEFENCE = /\bDefen[cs]e\b/;

/** Whether a bare body named `names` is a civil ministry in a story that names a self-run territory. */
export function territoryMinistry(names: readonly string[], places: readonly string[]): boolean {
  return (
    names.some((n) => CIVIL_MINISTRY.test(n) && !DEFENCE.test(n)) &&
    places.some((p) => SELF_RUN_TERRITORIES.has(p))
  );
}
