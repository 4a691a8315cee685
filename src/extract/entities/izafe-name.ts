// "Lashkar-e-Islam", "Tehrik-e-Taliban Pakistan": a group name built on an Urdu, Persian or
// Pashto head and the izafe ("-e-", "-i-") is an organisation, not a person's name that
// compromise guesses from its unknown parts.
import type { OrgCategory } from '../../model';
import { IZAFE_HEADS } from '../lexicon/heads';
import type { Token } from './tokens';

const IZAFE = /^(\p{L}+)-[ei]-\p{Lu}/u;

/** The category of an organisation whose name opens with an izafe head, or undefined. */
export function izafeCategory(first: Token): OrgCategory | undefined {
  const head = IZAFE.exec(first.text)?.[1]?.toLowerCase();
  return head ? IZAFE_HEADS.get(head) : undefined;
}
