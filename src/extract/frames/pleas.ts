// Acts told through a plea, a conviction or a sentence: "X pleaded guilty to providing weapons to
// Y", "X was convicted of conspiring to provide material support to Y", "X was sentenced to ten
// years in prison for attempting to provide funds to Y". The court's wording wraps the act in a
// plea and in inchoate crimes (conspiring, attempting, "one count of"); the act pleaded or proven
// is the defendant's, in the mood of the plea's verb ("did not plead guilty", "is expected to
// plead guilty", "pleaded not guilty" state nothing). Charges, indictments and accusations are no
// plea: what they name is alleged (b19's smuggling indictment gives no act), so they are not read.
// Records: the `plea` kind of ../lexicon/frames.json (the verb as `lemma`, with `forms` the
// conjugator does not give, the word that must follow it in `complement` ("guilty"), the
// prepositions that open what is pleaded in `preps`, and how many words may stand before that
// preposition in `reach`). ./groups.ts asks `pleaVerbAt` for the verb whose group states the act.
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import type { Unit } from './units';
import { COUNT_WORDS, TRIED_WORDS } from './words';

const byForm = new Map<string, FrameRecord>();
for (const f of FRAMES) {
  if (f.kind !== 'plea' || !f.lemma || f.confidence < MIN_CONFIDENCE) continue;
  for (const form of [...verbForms(f.lemma), ...(f.forms ?? [])]) byForm.set(form, f);
}
/** Every preposition some plea record opens its act with. */
const PREPS = new Set(FRAMES.filter((f) => f.kind === 'plea').flatMap((f) => f.preps ?? []));
/** How many units the chain from the preposition to the act's verb may hold. */
const CHAIN_REACH = 14;
/** How far back from its preposition a plea's verb is looked for (each record's `reach` bounds it further). */
const PLEA_REACH = 14;
/** Words that join the acts of one plea: "providing, conspiring to provide and attempting to provide". */
const JOINERS = new Set(['to', 'and', 'or', 'of']);

const word = (u: Unit | undefined) => !!u && !u.entity;
/** A stop inside the chain or the gap: the sentence's own clause ends there. */
const stops = (u: Unit) => ['.', ';', ':', '?', '!'].some((p) => u.punct.includes(p)) && !u.entity;

/**
 * The plea's verb for a preposition at `prep` ("to" in "pleaded guilty to"), if one stands before
 * it within its record's reach: the verb, then the record's `complement` right after it, then
 * words that are no verb (a place, a time, "to ten years in prison").
 */
function pleaBefore(units: Unit[], prep: number): number | undefined {
  const p = units[prep].lower;
  for (let k = prep - 1; k >= 0 && prep - k <= PLEA_REACH; k--) {
    const u = units[k];
    if (stops(u)) return undefined;
    const frame = word(u) ? byForm.get(u.lower) : undefined;
    if (frame) {
      if (!frame.preps?.includes(p)) return undefined;
      const after = frame.complement?.length ? 2 : 1;
      if (frame.complement?.length && !frame.complement.includes(units[k + 1]?.lower ?? '')) return undefined;
      return prep - (k + after) <= (frame.reach ?? 0) ? k : undefined;
    }
    // a place or a time may stand in the gap ("in a Norwegian court Tuesday"), no other name
    if (u.entity && u.entity.type !== 'Location') return undefined;
    if (!u.entity && u.tags.has('Verb') && !u.tags.has('Noun')) return undefined;
  }
  return undefined;
}

/**
 * The plea verb whose group states the act of the verb at `i`, when `i` opens or closes a chain
 * right after a plea's preposition: "pleaded guilty to [providing]", "convicted of conspiring to
 * [provide]", "guilty to providing, conspiring to provide and attempting to [provide]", "sentenced
 * … on charges of [providing]"; `tried` when the chain conspires or attempts the act (support
 * conspired is the crime of support; a killing attempted is no killing). Undefined when no plea
 * stands before.
 */
export function pleaVerbAt(units: Unit[], i: number): { verb: number; tried: boolean } | undefined {
  const before = units[i - 1];
  if (!before || before.entity || before.punct || !(PREPS.has(before.lower) || before.lower === 'to'))
    return undefined;
  let tried = false;
  for (let k = i - 1; k >= 0 && i - k <= CHAIN_REACH; k--) {
    const u = units[k];
    if (!word(u) || stops(u)) return undefined;
    if (PREPS.has(u.lower) && !u.punct) {
      const plea = pleaBefore(units, k);
      if (plea !== undefined) return { verb: plea, tried };
    }
    // "conspiring to provide": only the act's own governor makes it tried
    if (TRIED_WORDS.has(u.lower) && units[k + 1]?.lower === 'to' && k + 2 === i) tried = true;
    if (
      TRIED_WORDS.has(u.lower) &&
      units[k + 1]?.lower === 'and' &&
      TRIED_WORDS.has(units[k + 2]?.lower ?? '')
    )
      tried = tried || k + 4 === i;
    const verb = u.tags.has('Verb') && (u.lower.endsWith('ing') || units[k - 1]?.lower === 'to');
    if (!(JOINERS.has(u.lower) || TRIED_WORDS.has(u.lower) || COUNT_WORDS.has(u.lower) || verb))
      return undefined;
  }
  return undefined;
}
