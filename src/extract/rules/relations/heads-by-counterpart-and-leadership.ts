// Heads told by what they are to someone or by what they do (round 49): the counterpart of a head of
// state written without "his" or with a describing word ("President X and ⟦Yian⟧ counterpart Z",
// "President X and his visiting ⟦Yian⟧ counterpart, Z"), and a person's "leadership of" a body
// ("sanctioned X for his leadership of the ⟦Y⟧", "for his leadership role in ⟦Y⟧"). The older
// counterpart rule (role-rules.ts `apposition:head-counterpart`) reads "and his ⟦Yian⟧ counterpart"
// only; the older leadership rules read a state's chair of an international body (`state:chair-of-body`).
import { onSurface, type RelationRule } from './rule';
import { HEAD_ROLE } from './fragments';

/** The head of state the counterpart answers to, with the title that makes the office a head's. */
const STATE_HEAD = `${HEAD_ROLE}{T:HEAD_OF_STATE} ⟦\\d+P⟧`;
/** "his", "her" (a pronoun the coreference made a slot), then a word that says nothing of the office. */
const OWNER_AND_DESCRIBING =
  '(?:(?:his|her|⟦\\d+P⟧) )?(?:(?:visiting|new|newly elected|incoming|outgoing|fellow) )?';

/** "leadership of the", "former leadership role in": the noun of the head's office and its body's preposition. */
const LEADERSHIP_OF =
  '(?:(?:former|continued|longtime|long-time) )?leadership (?:role )?(?:of|in|within) (?:the )?';

export const HEADS_BY_COUNTERPART_AND_LEADERSHIP_RULES: RelationRule[] = [
  // "President X and ⟦Yian⟧ counterpart Z", "President X and his visiting ⟦Yian⟧ counterpart, Z":
  // the counterpart of a head of state heads the other state
  onSurface({
    reason: 'apposition:head-counterpart-described',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${STATE_HEAD},? (?:and|met(?: with)?|spoke with|called|hosted|welcomed) ${OWNER_AND_DESCRIBING}{O:C} counterpart,? {S:P}`,
  }),
  // "⟦X⟧'s leadership of the ⟦Y⟧", "⟦X⟧'s leadership role in ⟦Y⟧": a person's leadership of a body; a
  // state's "leadership in ⟦ASEAN⟧" is its part in the body, not its head (a person only)
  onSurface({
    reason: 'possessive:leadership-of-body',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{S:P}['’]s? ${LEADERSHIP_OF}{O:O}(?!['’]s? )`,
  }),
  // "sanctioned ⟦X⟧ for his leadership of the ⟦Y⟧", "designating ⟦X⟧ as a terrorist for his
  // leadership role in ⟦Y⟧": "his" is the person the clause names before it, with no name between
  onSurface({
    reason: 'possessive:leadership-of-body',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{S:P}(?: \\([^()⟦⟧]*\\))?(?: [^⟦⟧;:.]{1,80}?)? for (?:his|her) ${LEADERSHIP_OF}{O:O}(?!['’]s? )`,
  }),
];
