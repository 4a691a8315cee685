// An article without an id of its own gets one from its content, so the same text always
// gets the same id (and re-ingesting it changes nothing).
import { createHash } from 'node:crypto';

/** The first 16 hex digits of the SHA-256 of the cleaned text. */
export function contentId(cleanedText: string): string {
  return createHash('sha256').update(cleanedText, 'utf8').digest('hex').slice(0, 16);
}
