// The head of a body described at length before its name (round 48): "X, the head of the
// newly formed opposition-led ⟦Y⟧", "X, chief of the dissident guerrilla movement known
// as ⟦Y⟧", "X, co-chair of a small left-wing Kurdish-led party (⟦Y⟧)" give X LEADS Y (the
// gold: b35, b43, b46). The role rules' head-of appositions (role-rules.ts `apposition:leader-of`)
// pass one word of standing ("the outlawed ⟦Y⟧"); here up to five describing words, and a kind of
// body with "known as" or "called", stand between. Not a part of the body ("the head of the armed
// wing of ⟦Y⟧", "the chief of the ⟦Y⟧ mission": those words are no description), nor a clause.
import { onSurface, type RelationRule } from './rule';
import { NOT_POSSESSIVE } from './fragments';

/** The head's title: the whole body's, not a part's. */
const HEAD = '(?:head|leader|chairman|chairwoman|chairperson|chair|co-chair|president|chief)';
/** Words that are no description: a clause's or a phrase's own, and the nouns of a body's parts. */
const NOT_DESCRIBING =
  '(?!(?:and|or|but|of|for|in|on|at|to|with|by|from|said|says|that|which|who|the|an?|its|their|his|her|called|known|named|dubbed|as|wing|branch|faction|unit|office|mission|team|delegation|committee|council|division|department|bureau|youth|women)\\b)';
/** One describing word: lower case ("defiant", "opposition-run") or a capitalised pair ("Syrian-Kurdish"). */
const DESCRIBING_WORD = `${NOT_DESCRIBING}(?:[a-z]+(?:-[a-z]+)*|[A-Z][a-z]+-[A-Z][a-z]+) `;
/** A kind of body closing the description, with the name it goes by: "armed group known as". */
const KIND_NAMED =
  '(?:(?:group|party|movement|organi[sz]ation|militia|alliance|coalition|network|gang|cartel|assembly|front) (?:known as |called |\\()?)?';

/** Not a part named after the body: "the head of the ruling ⟦Y⟧ youth wing". */
const NOT_A_PART_AFTER =
  '(?! (?:[a-z]+ )?(?:wing|branch|faction|unit|office|mission|team|delegation|committee|division|department|bureau)\\b)';
/**
 * Not the body's head in one place: "X, head of the ruling ⟦Y⟧ in ⟦Z⟧" may head Y's branch there
 * (test/gold/README.md, round 14, commanders of a part; role-rules.ts reads it as MEMBER_OF).
 */
const NOT_IN_PLACE = '(?! in (?:the )?(?:[a-z]+ )?⟦\\d+[CL]⟧)';

export const DESCRIBED_BODY_HEAD_RULES: RelationRule[] = [
  onSurface({
    reason: 'apposition:head-of-described-body',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?${HEAD} of (?:the|a|an) (?:${DESCRIBING_WORD}){1,5}${KIND_NAMED}{O:O}${NOT_POSSESSIVE}${NOT_A_PART_AFTER}${NOT_IN_PLACE}`,
  }),
];
