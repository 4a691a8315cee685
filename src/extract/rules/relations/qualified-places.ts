// A place's country written before it with describing words the older place rules do not pass
// (round 46): "⟦Y⟧'s war-torn X region", "⟦Y⟧'s X valley", "the ⟦Yian⟧ Kurdish city of X", "the
// ⟦Yian⟧ republic of X", "⟦Y⟧'s western French-speaking village of X", "the country's breakaway
// republic of X", "⟦Y⟧'s three southern provinces - A, B and C -". The owner is a country (a
// region's own qualifiers say nothing of who owns it), so any describing word may stand between.
import { onSurface, type RelationRule } from './rule';
import { DIRECTION } from './fragments';
import { PLACE_KIND_NOUNS } from '../../lexicon/place-words';

/**
 * Kinds of place a country holds that the older rules' noun lists lack: "republic" (of a
 * federation), "peninsula", "valley" (PLACE_NOUN lacks it) and "mountains".
 */
const MORE_KINDS = ['republic', 'peninsula', 'valley', 'mountains', 'plateau', 'desert'];
/** A kind of place, singular: "town", "province", "republic". */
const KIND = `(?:${[...PLACE_KIND_NOUNS, ...MORE_KINDS].join('|')})`;
/** A kind of place, plural: "provinces", "cities", "republics". */
const KINDS = `(?:${[...PLACE_KIND_NOUNS, ...MORE_KINDS].map((w) => w.replace(/y$/, 'ie')).join('|')})s`;
/** Words that open a clause or a phrase of their own: no describing word is one of them. */
const NOT_DESCRIBING =
  '(?!(?:and|or|but|said|says|that|which|who|where|of|in|on|at|to|from|with|by|for|the|an?|its|their|his|her)\\b)';
/** Lower-case describing words ("war-torn", "breakaway", "key"): up to three. */
const LOWER = `(?:${NOT_DESCRIBING}[a-z]+(?:-[a-z]+)? ){0,3}?`;
/**
 * A capitalised describing word that is no name the entity step read: a people's or a language's
 * adjective ("Kurdish", "Pashtun", "Malay") or a hyphened one ("French-speaking", "Muslim-majority").
 */
const CAPITAL_DESCRIBING = '(?:[A-Z][a-z]+(?:ish|ian|an|ese|i|ic|un|ay)|[A-Z][a-z]+-[a-z]+) ';
/** Describing words, one or two of them capitalised, up to four in all. */
const MIXED = `${LOWER}${CAPITAL_DESCRIBING}(?:${CAPITAL_DESCRIBING})?${LOWER}`;
/** The kinds the older rules' noun lists lack, which make the place no city's part. */
const NEW_KIND = `(?:${MORE_KINDS.join('|')})`;
/** Bodies of water are no country's province: the rules' owner is a state. */
const WATER = /\b(?:Sea|Ocean|Gulf|Strait|Straits|River|Lake|Bay|Channel|Canal)\b/;
/** A mountain, lake or cape named with its kind before the name ("Mount X", "Lake X"). */
const KIND_FIRST_NAME = /^(?:Mount|Mt\.?|Lake|Cape|Jebel|Jabal) /;
/** Not a partner or neighbour town, which lies elsewhere ("⟦Y⟧'s twin city of X"). */
const NOT_ELSEWHERE = '(?!(?:[\\w-]+ ){0,4}?(?:twin|sister|neighbou?ring|rival|former)\\b)';

export const QUALIFIED_PLACE_RULES: RelationRule[] = [
  // "⟦Y⟧'s war-torn X region", "⟦Y⟧'s X valley", "⟦Y⟧'s restive northwestern X province": a country's
  // place named with its kind after it, however it is described before
  onSurface({
    reason: 'place:possessive-described-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{O:C}'s? ${NOT_ELSEWHERE}${LOWER}${DIRECTION}{S:L}(?= (?:[a-z]+ )?${KIND}\\b)(?!'s)`,
    subjectNameBlock: WATER,
  }),
  // "⟦Y⟧'s Mount X", "⟦Y⟧'s Lake X": a place whose name opens on its kind
  onSurface({
    reason: 'place:possessive-kind-first-name',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{O:C}'s? ${LOWER}{S:L}(?!'s)`,
    subjectName: KIND_FIRST_NAME,
  }),
  // "⟦Y⟧'s western French-speaking village of X", "⟦Y⟧'s breakaway republic of X": a country's place
  // named after its kind and "of", past capitalised describing words too
  onSurface({
    reason: 'place:possessive-described-kind-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{O:C}'s? ${NOT_ELSEWHERE}(?:${MIXED}|${LOWER}(?=${NEW_KIND}))${KIND} of {S:L}(?! (?:[a-z]+ )?${KIND}\\b)`,
    subjectNameBlock: WATER,
  }),
  // "the ⟦Yian⟧ Kurdish city of X", "the ⟦Yian⟧ republic of X", "the ⟦Yian⟧ Kurdish capital X": a
  // demonym's place past capitalised describing words or the kinds the older rules lack (not
  // "in the ⟦Yian⟧ …": a place after "in" says where something else is, as place:city-of reads it)
  onSurface({
    reason: 'place:demonym-described-kind-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `\\b(?:[Tt]he|a) (?:[a-z]+(?:-[a-z]+)? )?${DIRECTION}{O:c} ${NOT_ELSEWHERE}(?:${MIXED}(?:${KIND} of|capital,?)|${LOWER}${NEW_KIND} of) {S:L}(?! (?:[a-z]+ )?${KIND}\\b)`,
    subjectNameBlock: WATER,
  }),
  // "the country's breakaway republic of X": the country the article is about
  onSurface({
    reason: 'place:the-country-described-kind-of',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    objectFrom: 'dominant-country',
    pattern: `\\b[Tt]he country's ${NOT_ELSEWHERE}${LOWER}${KIND} of {S:L}(?! (?:[a-z]+ )?${KIND}\\b)`,
    subjectNameBlock: WATER,
  }),
  // "⟦Y⟧'s three southern border provinces with ⟦Z⟧ - A, B and C -", "⟦Y⟧'s two northern regions: A
  // and B": a country's counted kind of place, then its members after a dash or colon
  onSurface({
    reason: 'place:possessive-counted-kinds-list',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{O:C}'s? (?:two|three|four|five|six|seven|eight|several) ${LOWER}${KINDS}(?: (?:with|along|bordering|near) (?:the )?⟦\\d+[CL]⟧)?(?:,? [—–-]{1,2}|:) {S+:L}`,
  }),
];
