// An act told by a noun and owned by the one who does it: "Y's provision of weapons to Z", "A and
// B's acquisition of the system", "Y's support to Z's arms industry", "Y's nuclear program". A stance
// noun over such an act ("expressed deep concern about Y's provision of …") is a stance toward its
// owner (round 48). The event nouns of the frame lexicon and STANCE_ACTS name acts by their word;
// this reads the rest by their shape: a noun made from a verb ("provision", "acquisition",
// "deployment", "massing") with the act's own object after "of" or "to", so that "Y's economy",
// "Y's health" and "Y's capital" name no act.
import type { Unit } from './units';
import { DETERMINERS } from './words';

/** Endings of nouns made from verbs: provis-ion, acquisit-ion, deploy-ment, mass-ing, dispos-al. */
const ACT_NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ing|al|ure)s?$/;
/** Acts named by the verb's own form, with their object after them: "Y's use of", "Y's sale of". */
const BARE_ACT_NOUNS = new Set(
  'use sale sales transfer transfers supply supplies purchase purchases support export exports shipment shipments'.split(
    ' ',
  ),
);
/** Nouns with a verb's ending that name a thing or a body, not an act: "Y's government of …". */
const NOT_ACTS = new Set(
  'government governments department parliament capital nation nations population position positions commitment commitments relations relation station mission missions foundation'.split(
    ' ',
  ),
);
/** Programs of arms are acts without an object: "concern over Y's nuclear program". */
const PROGRAM_NOUNS = new Set(['program', 'programs', 'programme', 'programmes']);
/** Words that make a program one of arms: "nuclear program", "ballistic missile programme". */
const ARMS_WORDS = new Set([
  'nuclear',
  'missile',
  'ballistic',
  'weapons',
  'weapon',
  'chemical',
  'biological',
]);
/** The prepositions that open an act's own object: "provision of weapons", "support to Z". */
const OBJECT_PREPS = new Set(['of', 'to']);
/** How many describing words may stand between the owner and the act: "Y's continued illegal provision". */
const DESCRIBING_SPAN = 4;

/** How far past an act a second owned act joined by "and" may open: "… to Z and Q's support to W". */
const JOINED_REACH = 12;

/**
 * The owners of the act opening at `k` ("Y's", "A and B's", a name on the head such as "Yian"),
 * and of a second owned act joined to it by "and" ("Y's provision of arms to Z and Q's support to
 * Z's industry"); none when the phrase is no owned act: describing words, then a noun made from a
 * verb followed by "of" or "to", or an arms program.
 */
export function ownedActOwners(units: Unit[], k: number): Unit[] {
  const first = ownedActAt(units, k);
  if (!first) return [];
  for (let j = first.head + 1; j < units.length && j - first.head <= JOINED_REACH; j++) {
    const u = units[j];
    if (u.punct || (!u.entity && u.tags.has('Verb'))) break;
    if (u.lower !== 'and' || u.entity) continue;
    const second = ownedActAt(units, j + 1);
    if (second) return [...first.owners, ...second.owners];
  }
  return first.owners;
}

/** The owners and head of one owned act opening at `k`. */
function ownedActAt(units: Unit[], k: number): { owners: Unit[]; head: number } | undefined {
  let j = k;
  while (units[j] && !units[j].entity && DETERMINERS.has(units[j].lower)) j++;
  const end = ownerEnd(units, j);
  if (end < 0) return undefined;
  const owners = units.slice(j, end + 1).filter((u) => u.entity);
  const describing: Unit[] = [];
  for (j = end + 1; units[j] && !units[j].entity && describing.length <= DESCRIBING_SPAN; j++) {
    const u = units[j];
    if (PROGRAM_NOUNS.has(u.lower))
      return describing.some((d) => ARMS_WORDS.has(d.lower)) ? { owners, head: j } : undefined;
    if (OBJECT_PREPS.has(units[j + 1]?.lower ?? '') && !u.punct && actNoun(u)) return { owners, head: j };
    if (u.punct || (!u.tags.has('Adjective') && !u.tags.has('Noun'))) return undefined;
    describing.push(u);
  }
  return undefined;
}

/** A noun that names an act by its shape or word, never a thing or body. */
function actNoun(u: Unit): boolean {
  if (u.entity || NOT_ACTS.has(u.lower) || !u.tags.has('Noun')) return false;
  return BARE_ACT_NOUNS.has(u.lower) || ACT_NOUN_ENDING.test(u.lower);
}

/**
 * Where the owner of an act opening at `j` ends: "Y's", "A and B's", "A's and B's", or a name on
 * the head ("Yian provision of …"); -1 when the phrase opens on no owner.
 */
function ownerEnd(units: Unit[], j: number): number {
  const u = units[j];
  if (!u?.entity || (u.punct && !u.possessive)) return -1;
  if (u.possessive) {
    // "A's and B's provision"
    const [and, next] = [units[j + 1], units[j + 2]];
    if (and?.lower === 'and' && !and.entity && next?.entity?.type && next.possessive) return j + 2;
    return j;
  }
  // "A and B's provision": the list's last name carries the possessive
  const [and, next] = [units[j + 1], units[j + 2]];
  if (and?.lower === 'and' && !and.entity && next?.entity && next.possessive) return j + 2;
  // "Yian provision of …": a name on the head
  return units[j + 1] && !units[j + 1].entity ? j : -1;
}
