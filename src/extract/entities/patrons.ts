// A body named only as another's patron in a modifier ("the al-Qaida-linked X", "the Y-backed
// militia") is spoken of in passing: the sentence is about X. When a referring phrase looks back
// for the one group nearby ("… is an al-Qaida-linked extremist group. Peru put the group on its
// list"), such a patron does not compete with the group it qualifies.
import { PATRON_SUFFIXES } from '../lexicon/coref-words';

/** The reason of a mention read from a patron's modifier: "modifier:X-linked", "modifier:X-backed". */
export function isPatronReason(reason: string): boolean {
  const suffix = /^modifier:X-([a-z]+)$/.exec(reason)?.[1];
  return !!suffix && PATRON_SUFFIXES.has(suffix);
}

/**
 * The candidates less those named only as a patron, when any other remains; else all of them
 * (a patron alone nearby may still be the one meant).
 */
export function withoutPatrons<T>(candidates: readonly T[], patronOnly: (c: T) => boolean): readonly T[] {
  const principal = candidates.filter((c) => !patronOnly(c));
  return principal.length ? principal : candidates;
}
