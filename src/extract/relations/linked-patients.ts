// The patient of a passive rule read from a sentence view (./sentence-view.ts) must be the noun
// phrase's head: in "two oligarchs linked to ⟦X⟧ have been sanctioned by ⟦Y⟧" the oligarchs were
// sanctioned, and X only says whose associates they are (round 46, fresh news; the frame engine's
// twin is frames/linked-descriptions.ts).
import { LINK_WORDS } from '../lexicon/link-words';

/** A lower-case noun, a link word, "to/with", at most two role words ("billionaire"), then the slot. */
const LINKED_BEFORE_SLOT = new RegExp(
  `\\b[a-z]{3,}s? (?:${LINK_WORDS.join('|')}) (?:to|with) (?:[a-z-]+ ){0,2}(?:the )?$`,
);

/** The text before a passive rule's patient ends in a link phrase after a noun. */
export function patientInLinkPhrase(before: string): boolean {
  return LINKED_BEFORE_SLOT.test(before);
}

/** A passive rule's match whose patient (written before its agent) stands in a link phrase. */
export function passivePatientLinked(m: RegExpExecArray, reason: string): boolean {
  const patient = m.indices?.groups?.O;
  const agent = m.indices?.groups?.S;
  if (!reason.includes('passive') || !patient || !agent || patient[0] > agent[0]) return false;
  return patientInLinkPhrase(m.input.slice(Math.max(0, patient[0] - 80), patient[0]));
}
