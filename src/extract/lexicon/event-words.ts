// Words of events and their dead, read by the frame engine's event memory (../frames/events.ts),
// the fallen of the article's fight and the unnamed dead of a told killer (../frames/fallen.ts).
// Data only: a new event noun, verb or head of the dead is a one-line change here.

/**
 * Kinds of act, each with the nouns and verb forms that state one. A missile test is a launch:
 * "test" and "launch" name the same act in news of missiles; an attack and a strike likewise.
 */
export const ACT_FAMILIES: Readonly<Record<string, { nouns: readonly string[]; verbs: readonly string[] }>> =
  {
    launch: {
      nouns: ['launch', 'launches', 'test', 'tests', 'test-firing', 'firing'],
      verbs: ['launched', 'tested', 'test-fired', 'fired'],
    },
    attack: {
      nouns: [
        'attack',
        'attacks',
        'strike',
        'strikes',
        'airstrike',
        'airstrikes',
        'bombing',
        'bombings',
        'bomb',
        'bombs',
        'raid',
        'raids',
        'assault',
        'shelling',
        'massacre',
        'ambush',
        'killing',
        'killings',
        'invasion',
        'incursion',
      ],
      verbs: [
        'attacked',
        'struck',
        'bombed',
        'raided',
        'assaulted',
        'shelled',
        'ambushed',
        'killed',
        // "attacked a base, killing three Xian soldiers": the victims are struck too (what a claim claims)
        'killing',
        'invaded',
        'stormed',
      ],
    },
    // Sanctions and designations, for the designees a release names later (../frames/designations.ts).
    sanction: {
      nouns: [
        'sanctions',
        'designation',
        'designations',
        'embargo',
        'blacklisting',
        'restrictions',
        'penalties',
        // "those targeted by the X Treasury measures": only a named author makes it an act
        'measures',
      ],
      verbs: ['sanctioned', 'designated', 'blacklisted', 'embargoed'],
    },
  };

/**
 * The means an attack is told with, by the word that names it: "the rocket attacks", "air strikes",
 * "a drone strike". A recalled attack told with a means is only an earlier attack told with the
 * same means (../frames/events.ts, round 47): "X launched air strikes … Y condemned the rocket
 * attacks" recalls no author, the rockets being another side's. Rockets, missiles and mortars are
 * one means (news writes one for another), and so are aircraft and drones.
 */
export const ATTACK_MEANS: ReadonlyMap<string, string> = new Map([
  ...['rocket', 'rockets', 'missile', 'missiles', 'mortar', 'mortars'].map((w) => [w, 'projectile'] as const),
  ...[
    'air',
    'aerial',
    'airstrike',
    'airstrikes',
    'air-strike',
    'air-strikes',
    'drone',
    'drones',
    'warplanes',
  ].map((w) => [w, 'air'] as const),
  ...['suicide'].map((w) => [w, 'suicide'] as const),
  ...['artillery', 'shelling', 'shelled'].map((w) => [w, 'artillery'] as const),
]);

/** A state's people, unnamed: "11 troops", "three soldiers", "six police". */
export const STATE_DEAD_HEADS: ReadonlySet<string> = new Set(
  'soldier soldiers troops trooper troopers police policeman policemen personnel servicemen marines forces'.split(
    ' ',
  ),
);

/**
 * An armed group's people, unnamed: "five militants", "nine attackers", "one (1) terrorist". Not
 * "fighters", which news gives a state's allies as often ("Kurdish fighters").
 */
export const GROUP_DEAD_HEADS: ReadonlySet<string> = new Set(
  `militant militants rebel rebels insurgent insurgents assailant assailants attacker attackers gunman
   gunmen guerrilla guerrillas terrorist terrorists extremists jihadists militiamen`.split(/\s+/),
);

/**
 * Active verbs of a killer's act: "this airstrike killed three militants", "the troops have killed
 * 13 militants", "X struck the camp, killing four militants" (a participle after the clause's comma).
 */
export const KILL_VERBS: ReadonlySet<string> = new Set(['killed', 'kills', 'killing']);

/** Words of a count before the dead: "at least six", "one (1)", "more than 20", "six suspected". */
export const DEAD_COUNT_WORDS: ReadonlySet<string> = new Set(
  'at least more than about nearly some up to over suspected'.split(' '),
);
