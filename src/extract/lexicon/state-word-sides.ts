// Words that name a state's own forces or acts by description, with no name on them ("the army
// shelling", "security forces", "a military offensive"), read by ../entities/state-word-sides.ts.
// Each word carries an example in our own words where it stands for the story's state.

/**
 * The reason of a mention read so. The dominant country (relations/dominant-country.ts) does not
 * count these: they were read from the leading country and must not make it lead.
 */
export const STATE_WORD_REASON = 'coref:state-word';
/** The reason of a bare force noun read as the state ("when soldiers returned fire"). */
export const BARE_FORCE_REASON = 'coref:bare-force';
/** Both, for the counts that must not see them. */
export const STATE_WORD_REASONS: ReadonlySet<string> = new Set([STATE_WORD_REASON, BARE_FORCE_REASON]);

/**
 * Attributive words that make the noun after them the state's, with the nouns they take: a force
 * ("military helicopters", "security forces"), an act ("the army offensive", "the government
 * offensive") or both. "government" before a force is read already (government-forces.ts,
 * frames/units.ts); "security" only before a force ("security concerns" is no one's); "police"
 * only before a force ("a police raid of X's home" is an arrest, not an attack, in the gold).
 */
export const STATE_ATTRIBUTES: ReadonlyMap<string, 'forces' | 'acts' | 'both'> = new Map([
  ['military', 'both'],
  ['army', 'both'],
  ['government', 'acts'],
  ['police', 'forces'],
  ['security', 'forces'],
]);

/** Examples in our own words, one per attribute, where the word stands for the story's state. */
export const STATE_ATTRIBUTE_EXAMPLES: ReadonlyMap<string, string> = new Map([
  ['military', 'Peru held a vote. Peru closed Ica. Military helicopters bombed Azure Brigade positions.'],
  ['army', 'Peru held a vote. Peru closed Ica. The army offensive targeted the Azure Brigade.'],
  ['government', 'Peru held a vote. Peru closed Ica. Recent government air raids hit the Azure Brigade.'],
  ['police', 'Peru held a vote. Peru closed Ica. Police commandos attacked the Azure Brigade.'],
  ['security', 'Peru held a vote. Peru closed Ica. Security forces attacked the Azure Brigade.'],
]);

/** Force words that a country's name before them makes that country's own ("Xian troops"). */
export const OWNED_FORCE_WORDS: ReadonlySet<string> = new Set(
  'army military troops soldiers forces police navy warplanes jets aircraft helicopters'.split(' '),
);

/** Nouns for a state's armed people, craft or units, after an attribute ("military helicopters"). */
export const STATE_FORCE_HEADS: ReadonlySet<string> = new Set(
  `forces force troops soldiers personnel units unit patrol patrols helicopters helicopter jets
   aircraft warplanes planes gunships drones commandos`.split(/\s+/),
);

/** Nouns for a state's violent act, after an attribute ("the army offensive", "military raids"). */
export const STATE_ACT_NOUNS: ReadonlySet<string> = new Set(
  `offensive offensives raid raids operation operations shelling bombardment bombing bombings airstrike
   airstrikes strikes assault crackdown campaign takeover`.split(/\s+/),
);

/** A word allowed between the attribute and its noun: "military air strikes", "army ground offensive". */
export const BETWEEN_ATTRIBUTE_AND_HEAD: ReadonlySet<string> = new Set(['air', 'ground', 'naval']);

/**
 * A state's force written as a bare plural with no owner, read only as a clause's doer: the
 * subject of an active verb ("when soldiers shelled the school") or the agent after "by" ("set
 * upon by riot police"). Not as victims ("soldiers were killed": ../frames/fallen.ts reads those
 * through the article's fight) nor after a count ("five soldiers").
 */
export const BARE_STATE_FORCES: ReadonlyMap<string, string> = new Map([
  ['soldiers', 'Peru held a vote. Peru closed Ica. The Azure Brigade fled when soldiers attacked the camp.'],
  ['troops', 'Peru held a vote. Peru closed Ica. Troops attacked the Azure Brigade near the river.'],
  ['policemen', 'Peru held a vote. Peru closed Ica. Policemen raided an Azure Brigade hideout.'],
  ['riot police', 'Peru held a vote. Peru closed Ica. The Azure Brigade march was attacked by riot police.'],
  ['warplanes', 'Peru held a vote. Peru closed Ica. Warplanes bombed Azure Brigade camps overnight.'],
  ['jets', 'Peru held a vote. Peru closed Ica. Jets struck the Azure Brigade near the river.'],
]);

/** Words that may open the clause before a bare force: "when soldiers …", "after troops …". */
export const BEFORE_BARE_FORCE: ReadonlySet<string> = new Set(
  'the when as after while before until where then but'.split(' '),
);

/** Verbs after a bare force that are no act of it: being, saying, modals. */
export const NOT_FORCE_ACTS: ReadonlySet<string> = new Set(
  `is are was were be been being say says said tell told will would could can may might should must
   also reportedly`.split(/\s+/),
);
