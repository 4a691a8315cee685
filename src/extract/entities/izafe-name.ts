// "Lashkar-e-Islam", "Tehrik-e-Taliban Pakistan": a group name built on an Urdu, Persian or
// Pashto head and the izafe ("-e-", "-i-") is an organisation, not a person's name that
// compromise guesses from its unknown parts.
import type { OrgCategory } from '../../model';
import { ARABIC_GROUP_HEADS, IZAFE_HEADS } from '../lexicon/heads';
import { NAME_PARTICLES } from '../lexicon/common-words';
import type { Token } from './tokens';

const IZAFE = /^(\p{L}+)-[ei]-\p{Lu}/u;

/** The category of an organisation whose name opens with an izafe head, or undefined. */
export function izafeCategory(first: Token): OrgCategory | undefined {
  const head = IZAFE.exec(first.text)?.[1]?.toLowerCase();
  return head ? IZAFE_HEADS.get(head) : undefined;
}

/**
 * The category of an organisation whose name of more than one word opens with an Arabic head
 * ("Jaish al-Adl", "Kait'ib Hezbollah", "Fatah al-Islam"), or undefined.
 */
export function arabicGroupCategory(words: readonly Token[]): OrgCategory | undefined {
  if (words.length < 2 || words[0].possessive) return undefined;
  // the head may be joined to the next word: "Ahlu-Sunna Wal-Jamaa"
  const first = words[0].norm.replace(/'/g, '');
  const head = ARABIC_GROUP_HEADS.get(first) ?? ARABIC_GROUP_HEADS.get(first.split('-')[0]);
  if (!head) return undefined;
  const next = words[1];
  const particle = NAME_PARTICLES.has(next.norm) || NAME_PARTICLES.has(next.norm.split('-')[0]);
  return !head.particle || particle ? head.category : undefined;
}
