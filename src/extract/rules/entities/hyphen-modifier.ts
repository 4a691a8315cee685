// Hyphenated words that name an entity inside them: "Iran-backed", "Houthi-run",
// "pro-Iranian", "one-China", "Israel-Hamas". Returns the parts to look up, each with
// its character span inside the word and the reason the relations read it by.
import { MODIFIER_PREFIXES, MODIFIER_SUFFIXES } from '../../lexicon/common-words';

export interface ModifierPart {
  text: string;
  /** Offset of the part inside the word. */
  offset: number;
  reason: string;
}

export function modifierParts(word: string): ModifierPart[] {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => !p)) return [];
  const first = parts[0];
  const last = parts[parts.length - 1];
  // "al-Qaida-linked": a particle name ("al-Qaida") carries the suffix as a capitalised name does.
  if (MODIFIER_SUFFIXES.has(last.toLowerCase()) && (/^\p{Lu}/u.test(first) || particleName(parts))) {
    const head = parts.slice(0, -1).join('-');
    return [{ text: head, offset: 0, reason: `modifier:X-${last.toLowerCase()}` }];
  }
  // "Inter-American", "Pan-American": the Americas, not the United States (round 44)
  if (parts.length === 2 && CONTINENT_PREFIXES.has(first.toLowerCase()) && last === 'American') return [];
  if (MODIFIER_PREFIXES.has(first.toLowerCase()) && /^\p{Lu}/u.test(parts[1])) {
    const rest = parts.slice(1).join('-');
    return [{ text: rest, offset: first.length + 1, reason: `modifier:${first.toLowerCase()}-X` }];
  }
  // "Israel-Hamas war", "US-China talks": every part is a name.
  if (parts.every((p) => /^\p{Lu}/u.test(p))) {
    let offset = 0;
    return parts.map((p) => {
      const part = { text: p, offset, reason: 'modifier:X-Y' };
      offset += p.length + 1;
      return part;
    });
  }
  return [];
}

/** Prefixes that make a continent's word of a demonym: "Inter-American", "Pan-American". */
const CONTINENT_PREFIXES: ReadonlySet<string> = new Set(['inter', 'pan']);

/** "al-Qaida-…", "al-Shabaab-…": a lower-case Arabic article joined to a capitalised name. */
const particleName = (parts: readonly string[]): boolean =>
  parts.length > 2 && ARTICLE_PARTICLES.has(parts[0]) && /^\p{Lu}/u.test(parts[1]);

const ARTICLE_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'at',
  'an',
  'ar',
  'az',
]);
