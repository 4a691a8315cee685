// A named person beside a title the entity step left unread (round 45). Readouts open on "The
// Secretary and the Foreign Minister discussed …", "The President and Prime Minister agreed …":
// coreference reads "the Secretary" as the one who holds that title, but a counterpart's title
// whose holder it cannot find (a prince's or king's title between title and name, a name only
// the headline gives) stays plain words. The named partner still did the act: each member of a
// joined subject does it. Only a person name opening the sentence or its clause, so "met with A
// and the Foreign Minister" (an object list) is not read as a subject.
import { TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles';
import { listLeft } from './lists';
import { isPlainWord, type Unit } from './units';

/** How many words an unread title may have: "the Deputy Foreign Minister". */
const MAX_TITLE_WORDS = 4;

const isTitleWord = (u: Unit | undefined) =>
  isPlainWord(u) && (TITLE_WORDS.has(u.lower) || TITLE_MODIFIERS.has(u.lower));

/**
 * At `j`, the last word of an unread title ("minister") just left of a verb group: the named
 * person joined to it by "and" ("A and the Foreign Minister"), as that subject's list. Undefined
 * when the title is not the end of "NAME and (the) TITLE" opening a sentence or a clause.
 */
export function namedBesideUnreadTitle(
  units: Unit[],
  j: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  if (!isPlainWord(units[j]) || !TITLE_WORDS.has(units[j].lower)) return undefined;
  let k = j;
  while (j - k < MAX_TITLE_WORDS && isTitleWord(units[k - 1])) k--;
  if (isPlainWord(units[k - 1]) && units[k - 1].lower === 'the') k--;
  const and = units[k - 1];
  const name = units[k - 2];
  if (!isPlainWord(and) || and.lower !== 'and') return undefined;
  if (name?.entity?.type !== 'Person' || name.punct || name.possessive) return undefined;
  const list = listLeft(units, k - 2);
  const opens = list.at === 0 || !!units[list.at - 1]?.punct.endsWith(',');
  return opens ? { ...list, via: ' via unread-title-partner' } : undefined;
}
