// The head of a body's faction, told with the body's name before the faction's noun (round 46):
// "the rival ⟦Y⟧ formation led by X", "the ⟦Y⟧ faction led by X", "the opposition ⟦Y⟧ wing headed
// by X". The faction has no name of its own, so the annotations give X LEADS Y (b13, b43: every
// such sentence in train). Not "a splinter group of the ⟦Y⟧, led by X" (leadership-rules.ts
// NOT_A_PART_OF: the part there is named apart from Y), and not a faction that was led before.
import { onSurface, type RelationRule } from './rule';

/** The nouns of a body's part that has no name of its own. */
const FACTION_NOUNS = '(?:faction|formation|wing|grouping)';
/** "now led by", "currently headed by"; not "formerly led by". */
const NOW = '(?:(?:now|still|currently|jointly) )?';
/** Titles and ranks before the leader's name: "veteran opposition leader", "General". */
const TITLE_WORDS = '(?:(?:(?!and |or |of |with |from |to )[a-z]+|[A-Z][\\w.]*) ){0,4}?';

export const FACTION_LEADER_RULES: RelationRule[] = [
  onSurface({
    reason: 'participle:faction-led-by',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `(?<!\\b(?:group|faction|wing|offshoot|affiliate|branch|splinter) of (?:the )?){O:O} ${FACTION_NOUNS},? ${NOW}(?:led|headed) by ${TITLE_WORDS}{S:P}`,
  }),
];
