// Support of an act is support of its author, as criticism of an act is criticism of its author
// (./stance.ts): "X supported this action by Y", "X backs the mediation efforts of Y" give X
// SUPPORTS Y. Only acts an actor undertakes (the nouns below) carry their author: "supported the
// deployment of Y troops" or "backed the fight against Y" name no author.
import { isPlainWord, type Unit } from './units';
import { listRight } from './lists';
import { DETERMINERS } from './words';

/** Undertakings whose author "by" or "of" names: "this action by Y", "the efforts of Y". */
const ACT_NOUNS = new Set(
  'action actions decision decisions move moves step steps initiative initiatives effort efforts proposal proposals plan plans mediation bid request reforms'.split(
    ' ',
  ),
);
const AUTHOR_TYPES = new Set(['Person', 'Organization', 'Country']);

/** The authors of the undertaking named from unit `k`: "(this) (recent) (mediation) action by/of Y". */
export function supportedActAuthors(units: Unit[], k: number): Unit[] {
  let j = k;
  while (isPlainWord(units[j]) && (DETERMINERS.has(units[j].lower) || units[j].tags.has('Adjective'))) j++;
  // "the mediation efforts", "the peace initiative": up to two nouns of kind before the head
  for (
    let n = 0;
    n < 2 && isPlainWord(units[j]) && !ACT_NOUNS.has(units[j].lower) && units[j].tags.has('Noun');
    n++
  )
    j++;
  const head = units[j];
  const prep = units[j + 1];
  if (
    !isPlainWord(head) ||
    !ACT_NOUNS.has(head.lower) ||
    !isPlainWord(prep) ||
    !['by', 'of'].includes(prep.lower)
  )
    return [];
  return listRight(units, j + 2).filter((u) => AUTHOR_TYPES.has(u.entity!.type));
}
