// "condemned Y's arrest", "backed Y's swift removal": a possessive name that owns a noun of harm
// names the one who suffered the act, not its author, so no stance toward Y and no support for Y
// is read from it ("Y's killing of civilians" keeps Y as the author). Both engines ask this one
// question: the frame reader with its units (./stance.ts `harmDoneTo`), the rule engine with the
// words written after an object's slot (../relations/apply-rules.ts).
import { HARM_NOUNS } from '../lexicon/predicate-words';

/** A word as the guard reads it: lower-cased, the mark written after it, and whether it is a name. */
export interface PlainWord {
  lower: string;
  punct: string;
  entity?: unknown;
}

export const HARM: ReadonlySet<string> = new Set(HARM_NOUNS);

/** How far past the possessive the owned noun may stand: "Y's immediate and unconditional release". */
const OWNED_REACH = 4;

/**
 * Where a noun among `nouns` stands in the words right after a possessive name, within
 * OWNED_REACH words and no name or mark before it.
 */
export function ownedNounIn(after: readonly PlainWord[], nouns: ReadonlySet<string>): number | undefined {
  for (let j = 0; j < OWNED_REACH && j < after.length; j++) {
    const word = after[j];
    if (word.entity) return undefined;
    // "Y's decision to arrest A": after "to" the word is Y's own act, not one done to Y
    if (word.lower === 'to') return undefined;
    if (nouns.has(word.lower)) return j;
    if (word.punct) return undefined;
  }
  return undefined;
}

/** The words after a possessive name (with one to spare, for an "of") that the guard reads. */
export const OWNED_WINDOW = OWNED_REACH + 1;

/**
 * The words right after a possessive name own a noun of harm, with no "of" after it: the name
 * suffered the act. A noun that ends the sentence or clause ("condemned Y's arrest.") counts.
 */
export function ownsHarm(after: readonly PlainWord[]): boolean {
  const j = ownedNounIn(after, HARM);
  return j !== undefined && (!!after[j].punct || after[j + 1]?.lower !== 'of');
}
