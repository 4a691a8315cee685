// Tagging rules run on compromise's parse after its own tagger: each a match, a tag and a
// reason, as compromise writes its post-tagger rules. They teach it what news text implies
// about an unknown capitalised word.
export interface TagRule {
  match: string;
  tag: string;
  reason: string;
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
];
