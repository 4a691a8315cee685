// Tagging rules run on compromise's parse after its own tagger: each a match, a tag and a
// reason, as compromise writes its post-tagger rules. They teach it what news text implies
// about an unknown capitalised word.
export interface TagRule {
  match: string;
  tag: string;
  reason: string;
  /** Tag only the bracketed words ("[forces]"), not the words around them that place them. */
  group?: 0;
}

export const TAGGING_RULES: readonly TagRule[] = [
  {
    match:
      '(spokesperson|spokesman|spokeswoman|minister|secretary|commander|chief|leader|official) [#ProperNoun+]',
    tag: 'Person',
    reason: 'title-before-name',
  },
  {
    match: '(city|town|village|port|province|region|district|governorate) of [#ProperNoun+]',
    tag: 'Place',
    reason: 'place-noun-of',
  },
  { match: '#ProperNoun [(al|bin|ibn|bint|abu)] #ProperNoun', tag: 'Person', reason: 'arabic-name-particle' },
  // "alongside NATO forces to seize …", "AMISOM forces in Mogadishu": a body's forces, not "forces
  // X to": a verb takes its object before "to" or a place.
  {
    match: '#ProperNoun [(forces|troops)] (to|in|at|near|from)',
    tag: 'Plural',
    reason: 'named-forces',
    group: 0,
  },
  // "the Philippines is …": after a name compromise reads as a plural demonym it takes "is" for a
  // noun, and a noun after the name makes the name a qualifier ("support for the Philippines is
  // ironclad" lost its object); "is" after such a name is the verb (only sentences with a
  // demonym-tagged word try the rule).
  { match: '#Demonym [is]', tag: 'Copula', reason: 'is-after-demonym', group: 0 },
  // "vowed to destroy X", "their determination to destroy X": after "to" compromise reads
  // "destroy" as a noun (it knows "attack", "strike" as verbs from our predicate words); before a
  // name or a determiner it is the infinitive the frame engine reads (round 19).
  {
    match: 'to [destroy] (#Determiner|#ProperNoun|#Possessive)',
    tag: 'Infinitive',
    reason: 'to-destroy-infinitive',
    group: 0,
  },
  // "the attack, which the Xian government blames on Y": after a noun compromise reads "blames"
  // before "on" as a plural noun ("government blames"); a verb of blame then loses its clause
  // (round 33). Nobody writes "the blames on …".
  { match: '#Noun [blames] on', tag: 'PresentTense', reason: 'blames-on-verb', group: 0 },
];
