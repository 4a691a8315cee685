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

/**
 * Undertakings whose leader stands for them (round 46): "the X-led process", "mediation and
 * dialogue led by X and Y". Support for what an actor leads is support for the actor, as the gold
 * reads readouts ("remains committed to supporting the X-led process"). Bodies that lead troops
 * ("the X-led coalition", "X-led forces") are no undertaking: the modifier rules read those.
 */
const LED_UNDERTAKINGS = new Set(
  'effort efforts initiative initiatives process mediation dialogue mission plan talks negotiations'.split(
    ' ',
  ),
);
/** How many plain words may open the phrase before "X-led": "the ongoing regional", "East African and". */
const LEAD_IN = 4;

const isUndertaking = (u: Unit | undefined): u is Unit => isPlainWord(u) && LED_UNDERTAKINGS.has(u.lower);
/** A plain word of a noun phrase before its head: an article, a quality, a noun of kind, "and". */
const isLeadIn = (u: Unit | undefined): u is Unit =>
  isPlainWord(u) &&
  !LED_UNDERTAKINGS.has(u.lower) &&
  (DETERMINERS.has(u.lower) ||
    u.lower === 'and' ||
    u.tags.has('Adjective') ||
    (u.tags.has('Noun') && !u.tags.has('Pronoun')));

/** "the (ongoing) X-led (peace) process" at `k`: X, joined by its dash to "led". */
function dashLeaderAt(units: Unit[], k: number): Unit[] {
  let j = k;
  while (j - k < LEAD_IN && isLeadIn(units[j])) j++;
  const x = units[j];
  const led = units[j + 1];
  if (!x?.entity || !x.dash || x.punct || x.possessive || !isPlainWord(led) || led.lower !== 'led') return [];
  let h = j + 2;
  // "the X-led peace process": up to two nouns of kind before the head
  for (let n = 0; n < 2 && isLeadIn(units[h]) && !isUndertaking(units[h]); n++) h++;
  return LED_UNDERTAKINGS.has(units[h]?.lower ?? '') && !units[h].entity && AUTHOR_TYPES.has(x.entity.type)
    ? [x]
    : [];
}

/** "(regional) mediation and dialogue led by X and Y" at `k`: the leaders after "led by", no comma between. */
function ledByAt(units: Unit[], k: number): Unit[] {
  let h = k;
  while (h - k < LEAD_IN && isLeadIn(units[h])) h++;
  if (!isUndertaking(units[h])) return [];
  // "mediation and dialogue": undertakings joined by "and"
  while (isPlainWord(units[h + 1]) && units[h + 1].lower === 'and' && isUndertaking(units[h + 2])) h += 2;
  const led = units[h + 1];
  if (!isPlainWord(led) || led.lower !== 'led' || !isPlainWord(units[h + 2]) || units[h + 2].lower !== 'by')
    return [];
  return listRight(units, h + 3).filter((u) => AUTHOR_TYPES.has(u.entity!.type));
}

/** The leaders of an undertaking named from unit `k`; none when the phrase names no leader. */
export function undertakingLeaders(units: Unit[], k: number): Unit[] {
  const dashed = dashLeaderAt(units, k);
  return dashed.length ? dashed : ledByAt(units, k);
}
