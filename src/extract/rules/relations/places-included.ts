// A place named as a part of a larger one by "including" (round 49): "actions in the ⟦Y⟧ Sea,
// including at ⟦X⟧ Shoal", "attacks anywhere in the ⟦Y⟧, to include the ⟦X⟧ Sea", "in the ⟦Y⟧ including
// the ⟦X⟧". The older rules (place-rules.ts `place:including`) read a country before "including in"
// and a kind noun before the place ("including the port city of X"); these read a region or a sea
// named as where something happens ("in", "across", "throughout") and a named place after
// "including (at / in / on)", the sea or region holding it.
import { onSurface, type RelationRule } from './rule';
import { DIRECTION } from './fragments';
import { PLACE_KIND_NOUNS } from '../../lexicon/place-words';

/** A kind noun after the place: "including the X and Y provinces" is read by the older rules. */
const KIND_AFTER = `(?:${PLACE_KIND_NOUNS.join('|')})s?\\b`;

export const PLACES_INCLUDED_RULES: RelationRule[] = [
  onSurface({
    reason: 'place:including-named-place',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `\\b(?:in|across|throughout) (?:the )?${DIRECTION}{O:L},? (?:including|to include) (?:at |in |on )?(?:the )?{S+:L}(?! ${KIND_AFTER}|['’]s)`,
  }),
];
