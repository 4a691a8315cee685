// A place described by an apposition after its name, the apposition's head a kind of place and
// its last words the place it lies in (round 48): "X, a key ⟦Z⟧ stronghold just inside ⟦Y⟧",
// "X, the insurgents' final bastion in the ⟦Y⟧ region", "X, an administrative unit in the
// French-speaking western region of ⟦Y⟧", "X, a town on ⟦Y⟧'s border with ⟦W⟧", "X, the capital of
// the Republic of ⟦Y⟧", "X, ⟦Z⟧'s last ⟦Yian⟧ stronghold", "⟦X⟧ (XS), one of the two halves
// that form ⟦Y⟧". The older place rules (place-rules.ts `place:noun-in`) read an apposition opening on an
// article, with lower-case words only, right before "in" or "of" and the place; these read the
// same noun phrase when a name, a possessive or a longer qualifier stands inside it.
//
// Not read: a border written with both its states ("on the ⟦Y⟧-⟦W⟧ border" lies in either), a
// distance ("10 km from ⟦Y⟧'s border": the place measured from is no container), a place of
// something else ("the last stronghold of the militants who seized ⟦Y⟧").
import { onSurface, type RelationRule } from './rule';
import { DIRECTION, PLACE_NOUN } from './fragments';

/** Heads of a place's apposition the older noun list lacks: a stronghold, a unit of a state. */
const MORE_HEADS = '(?:stronghold|bastion|hub|outpost|settlement|unit|zone|enclave)';
/** The apposition's head: a kind of place. */
const HEAD = `(?:${PLACE_NOUN}|${MORE_HEADS})`;
/**
 * How the apposition opens: an article, a possessive (a name's, "the rebels'", "their"), or "one
 * of the".
 */
const OPENING = "(?:(?:a|an|the|one of the|their|its) (?:[a-z]+s['’] )?|⟦\\d+[A-Za-z]⟧['’]s )";
/** Describing words inside it: lower-case words or names ("key ⟦Z⟧", "last major"), up to four. */
const DESCRIBING =
  '(?:(?!(?:and|or|but|said|says|that|which|who|where|of|in|on|at|to|from|with|by|for)\\b)[a-z]+(?:-[a-z]+)? |⟦\\d+[OCcL]⟧ ){0,4}?';
/** The container's name closes the phrase: no possessive, no hyphened pair, no list after it. */
const ENDS = "(?!['’]|-|,? (?:and|or) ⟦)";

export const PLACE_APPOSITION_RULES: RelationRule[] = [
  // "X, a key ⟦Z⟧ stronghold just inside ⟦Y⟧", "X, the insurgents' final bastion in the ⟦Y⟧ region"
  onSurface({
    reason: 'place:apposed-kind-in',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}, ${OPENING}${DESCRIBING}${HEAD} (?:(?:just|deep|well|right) )?(?:in|inside|within) (?:the )?${DIRECTION}{O:CL}${ENDS}`,
  }),
  // "X, an administrative unit in the mountainous north of ⟦Y⟧", "X, a town in ⟦W⟧
  // province at the southern tip of ⟦Y⟧": a part of a country named after "of"
  onSurface({
    reason: 'place:apposed-kind-in-part-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}, ${OPENING}${DESCRIBING}${HEAD} in (?:⟦\\d+L⟧ (?:[a-z]+ )?in )?the (?:[A-Za-z]+(?:-[a-z]+)? ){0,3}?(?:region|part|corner|tip|end|reaches|edge|north|south|east|west|centre|center|heart) of (?:the )?{O:C}${ENDS}`,
  }),
  // "X, a town on ⟦Y⟧'s border with ⟦W⟧": the possessive names the side it lies on
  onSurface({
    reason: 'place:apposed-kind-on-border',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}, ${OPENING}${DESCRIBING}${HEAD} (?:on|near|along) {O:C}['’]s (?:[a-z]+ )?(?:border|frontier)\\b`,
  }),
  // "X, the capital of the Republic of ⟦Y⟧", "X, seat of the autonomous province of ⟦Y⟧"
  onSurface({
    reason: 'place:capital-of-kind-of',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `{S:L}, (?:the )?capital of the (?:[a-z]+ )?(?:[Rr]epublic|[Rr]egion|[Pp]rovince|[Ss]tate|[Tt]erritory|[Oo]blast|[Gg]overnorate) of {O:L}${ENDS}`,
  }),
  // "X, ⟦Z⟧'s last ⟦Yian⟧ stronghold", "X, the main ⟦Yian⟧ port": the state by its demonym; not a
  // people's ("an ethnic ⟦Yian⟧ region in ⟦W⟧" lies in W), nor a kind whose place is written after it
  onSurface({
    reason: 'place:apposed-demonym-kind',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}, ${OPENING}(?:(?!ethnic|ethnically|predominantly|mostly|largely|majority)[a-z]+(?:-[a-z]+)? ){0,3}?{O:c} (?:[a-z]+ )?${HEAD}\\b(?! (?:of|in|inside|within|on|near)\\b)`,
  }),
  // "⟦X⟧ (XS), one of the two halves that form ⟦Y⟧", "X, one of the three regions comprising ⟦Y⟧"
  onSurface({
    reason: 'place:one-of-parts',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?: \\([^)]*\\))?, one of (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:[a-z-]+ )?(?:entities|parts|regions|provinces|states|republics|territories) (?:that (?:make|made) up|making up|comprising|that form|forming|of) {O:CL}${ENDS}`,
  }),
];
