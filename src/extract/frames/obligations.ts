// Demands told as what a reported clause's subject must do (round 33), besides "should", "must"
// and "ought" (the `obliged` words of ../lexicon/frames.json's clause records):
// - "X said Y needs to / has to withdraw": an obligation phrase after the subject;
// - "X said it is important that Y withdraw", "“It is essential that Y end the coup,” X said":
//   the impersonal "it is <adjective of need> that" puts the obligation on the subject after it;
// - "X said it was up to Y to end the violence": the duty is Y's.
// What was done ("Y had to withdraw") or denied ("Y does not need to …") states no demand.
import { isVerb } from './groups';
import { isPlainWord, type Unit } from './units';
import { BE } from './words';

/** "Y needs to …", "Y has to …", "they have to …": present forms only ("had to" tells what happened). */
const NEED_WORDS = new Set(['needs', 'need', 'has', 'have']);
/** "it is important / essential … that Y …": adjectives that make the clause after them a duty. */
const DUTY_ADJECTIVES = new Set(
  'important essential vital imperative crucial critical necessary urgent incumbent'.split(' '),
);

/**
 * The verb after an obligation phrase at `v` ("needs to accept", "has to stop"), or undefined:
 * the phrase is a present form of need/have with "to" and a verb after it, not a passive ("needs
 * to be included" asks someone else to act on the subject).
 */
export function verbAfterNeed(units: Unit[], v: number): number | undefined {
  const [need, to, verb] = [units[v], units[v + 1], units[v + 2]];
  if (!isPlainWord(need) || !NEED_WORDS.has(need.lower) || !isPlainWord(to) || to.lower !== 'to')
    return undefined;
  if (!verb || verb.entity || !isVerb(verb)) return undefined;
  const passive = BE.has(verb.lower) && !!units[v + 3]?.tags.has('PastTense');
  return passive ? undefined : v + 2;
}

/** An impersonal duty opening a reported clause: where its obliged subject's phrase begins, and how. */
export interface ImpersonalDuty {
  /** The first word after "that" ("it is important that Y …") or after "up to" ("it is up to Y to …"). */
  from: number;
  /** "up to": the duty's verb follows the subject's "to"; "that": the subject's own verb. */
  kind: 'that' | 'up-to';
}

/** How far into a reported clause the impersonal duty may open: "As we have made clear, it is important that …". */
const DUTY_REACH = 12;

/**
 * "it is/was (very) important that Y …", "it is up to Y to …" opening the reported clause at
 * `from`, or a part of it after a comma or "and" ("said Y started it and it was up to Y to end
 * it"), or undefined.
 */
export function impersonalDutyAt(units: Unit[], from: number): ImpersonalDuty | undefined {
  for (let j = from; j < units.length && j - from <= DUTY_REACH; j++) {
    if (j > from && /[.;:!?]/.test(units[j - 1].punct)) return undefined;
    const opens =
      j === from || units[j - 1].punct === ',' || (isPlainWord(units[j - 1]) && units[j - 1].lower === 'and');
    const duty = opens ? dutyAt(units, j) : undefined;
    if (duty) return duty;
  }
  return undefined;
}

function dutyAt(units: Unit[], from: number): ImpersonalDuty | undefined {
  let k = from;
  if (units[k]?.lower === 'that' && isPlainWord(units[k])) k++;
  const it = units[k];
  if (!isPlainWord(it) || it.lower !== 'it') return undefined;
  const be = units[k + 1];
  if (!isPlainWord(be) || !['is', 'was', "'s"].includes(be.lower)) return undefined;
  let a = k + 2;
  if (
    isPlainWord(units[a]) &&
    ['very', 'extremely', 'absolutely', 'therefore', 'now', 'also'].includes(units[a].lower)
  )
    a++;
  const word = units[a];
  if (
    isPlainWord(word) &&
    word.lower === 'up' &&
    isPlainWord(units[a + 1]) &&
    units[a + 1].lower === 'to' &&
    units[a + 2]?.entity
  )
    return { from: a + 2, kind: 'up-to' };
  if (!isPlainWord(word) || !DUTY_ADJECTIVES.has(word.lower) || units[a + 1]?.lower !== 'that')
    return undefined;
  return { from: a + 2, kind: 'that' };
}
