// Event nouns that name an act without stating it (round 20). A verb's group carries its mood
// (./groups.ts); an event noun has no group, so its phrase is read for the same signs: a clause of
// condition or denial before it ("if X's strike on Y goes ahead", "X denied that its raid on Y …"),
// a question it stands in ("Was X's strike on Y legal?"), or a noun of danger that holds it
// ("the threat of an X attack on Y", "fears of X strikes on Y"): the act is feared, not done; or a
// noun of wish ("their desire for a pact with Y"): the act is wanted, not done (round 37).
// A hedge among the noun's own words ("X's alleged support for Y", "alleged Xian support for
// Y") names an act someone claims, not one the text states (round 28).
// A noun that ends a hyphened "of" compound ("a diplomatic tug-of-war", "a prisoner-of-war camp")
// is not the compound's head: the compound names the first word's thing, no act (round 47).
import { noFactClause } from './groups';
import type { Unit } from './units';
import { DETERMINERS, PLACE_EDGES, UNREAL_HOLDERS, WISH_HOLDERS } from './words';

/** How far before the event noun its holder may stand: "the threat of a new X air attack". */
const HOLDER_REACH = 5;
/** Words that make an act one someone claims: "its alleged support", "the purported attack". */
const HEDGES = new Set(['alleged', 'purported', 'supposed', 'so-called', 'rumoured', 'rumored']);
/** How far before the event noun a hedge may stand: "the alleged Xian military support". */
const HEDGE_REACH = 3;

/** True when the event noun at `i` is named in a condition, a denial, a question or a danger. */
export function unstatedNoun(units: Unit[], i: number): boolean {
  return (
    noFactClause(units, i) ||
    asked(units, i) ||
    heldByDanger(units, i) ||
    hedged(units, i) ||
    ofCompoundTail(units, i)
  );
}

/** "tug-of-war": the noun is joined by hyphens to an "of" that is itself joined to a word before it. */
function ofCompoundTail(units: Unit[], i: number): boolean {
  const of = units[i - 1];
  const head = units[i - 2];
  return !!of && !!head && of.lower === 'of' && of.dash && head.dash && !head.entity && !of.punct;
}

/** A hedge among the words that open the noun's phrase, past its owner and qualifiers. */
function hedged(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= HEDGE_REACH; k--) {
    const u = units[k];
    if (HEDGES.has(u.lower)) return true;
    if (u.punct && k < i - 1) return false;
    if (!u.entity && !DETERMINERS.has(u.lower) && !u.tags.has('Adjective') && !u.tags.has('Noun'))
      return false;
  }
  return false;
}

/** The noun's clause closes on a question mark. */
function asked(units: Unit[], i: number): boolean {
  for (let k = i; k < units.length; k++) {
    const p = units[k].punct;
    if (p.includes('?')) return true;
    if (/[.;!]/.test(p)) return false;
  }
  return false;
}

/**
 * "the threat / risk / prospect of (a new) X attack on Y": "of" before the noun's phrase (past its
 * determiner, qualifiers and the author's name) follows a noun of danger or chance.
 */
function heldByDanger(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= HOLDER_REACH; k--) {
    const u = units[k];
    if (u.lower === 'of' && !u.entity) return UNREAL_HOLDERS.has(units[k - 1].lower);
    // "their desire for a pact with Y": a wish holds the act
    if (u.lower === 'for' && !u.entity) return WISH_HOLDERS.has(units[k - 1].lower);
    if (u.punct && k < i - 1) return false;
    if (!u.entity && !DETERMINERS.has(u.lower) && !u.tags.has('Adjective') && !u.tags.has('Noun'))
      return false;
  }
  return false;
}

/** "on the outskirts of Y", "on the edge of Y": the preposition at `prep` opens a place's edge, told as where. */
export function onEdgeOf(units: Unit[], prep: number): boolean {
  const [on, the, edge, of] = units.slice(prep, prep + 4);
  return (
    on?.lower === 'on' &&
    the?.lower === 'the' &&
    !!edge &&
    !edge.entity &&
    PLACE_EDGES.has(edge.lower) &&
    of?.lower === 'of' &&
    ![on, the, edge].some((u) => u.punct)
  );
}
