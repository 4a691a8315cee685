// Whether a word belongs to a person's title, for the list readers (./lists.ts, ./apposed-lists.ts).
import { IN_OFFICE_WORDS, PORTFOLIO_WORDS, TITLE_WORDS } from '../lexicon/titles';
import type { Unit } from './units';

/**
 * Roles a body's name qualifies before a person, which the title lexicon (read by entity
 * recognition too) leaves out: "and EU negotiator X" names X, not the EU.
 */
const ROLE_WORDS = new Set(['negotiator', 'mediator', 'diplomat']);

/** A word of a title: compromise's Actor tag, or the title lexicon's ("policy chief", "negotiator"). */
export const isTitle = (u: Unit) =>
  u.tags.has('Actor') || TITLE_WORDS.has(u.lower) || ROLE_WORDS.has(u.lower);

/** How a holder came to the title, written before it (round 36). */
const IN_OFFICE = new Set(IN_OFFICE_WORDS);

/** Words that join a compound title's parts: "Deputy Prime Minister and Minister of Defence". */
const TITLE_JOINS = new Set(['of', 'and', 'for', 'the', '&']);

/** A word a title's run may hold: a title, a portfolio word, or any capitalised word. */
const inTitleRun = (u: Unit) =>
  isTitle(u) || u.tags.has('ProperNoun') || PORTFOLIO_WORDS.has(u.lower) || TITLE_JOINS.has(u.lower);

/**
 * The person a title names after a country's possessive or demonym, past a compound title and
 * its portfolio ("⟦X⟧'s Minister of Foreign Affairs and Emigrants ⟦Y⟧", "⟦Xian⟧ Deputy Prime
 * Minister and Minister of Defence ⟦Y⟧"): `person` is the name's index. When the run of title
 * and capitalised words closes on words that are neither title nor portfolio, and the entity step
 * found no name there, `unnamed`: a person stands there, unread ("⟦X⟧'s Minister of Foreign
 * Affairs Ana Ruiz"). A run with no title word ("⟦X⟧'s Foreign Ministry") is neither.
 */
export function titledHolderAfter(
  units: Unit[],
  from: number,
): { person: number } | { unnamed: true } | undefined {
  let titled = false;
  /** Where the words after the last title or portfolio word begin (a name the entity step missed). */
  let nameFrom = -1;
  for (let n = from; units[n] && n - from < 16; n++) {
    const u = units[n];
    const prev = units[n - 1];
    if (u.entity) {
      const holder =
        titled && u.entity.type === 'Person' && n > from && !prev.punct && !TITLE_JOINS.has(prev.lower);
      return holder ? { person: n } : undefined;
    }
    if (!inTitleRun(u)) {
      // "⟦X⟧'s newly elected president ⟦Y⟧": how the holder came to office, before the title
      if (!titled && IN_OFFICE.has(u.lower) && !u.punct) continue;
      break;
    }
    if (TITLE_JOINS.has(u.lower)) {
      // a join inside the title, before another of its capitalised words or the holder's name
      const next = units[n + 1];
      if (n === from || u.punct || !next || !(next.entity || next.tags.has('ProperNoun'))) break;
      nameFrom = -1;
    } else if (TITLE_WORDS.has(u.lower) || ROLE_WORDS.has(u.lower)) {
      titled = true;
      nameFrom = -1;
    } else if (PORTFOLIO_WORDS.has(u.lower) || !titled) nameFrom = -1;
    else if (nameFrom < 0) nameFrom = n;
    if (u.punct) {
      // "⟦X⟧'s newly elected president, ⟦Y⟧ on Monday": the one holder set off by a comma (not a
      // list's first item, "… negotiator, ⟦Y⟧, ⟦Z⟧ and ⟦W⟧")
      const next = units[n + 1];
      const apposed =
        titled && nameFrom < 0 && u.punct === ',' && next?.entity?.type === 'Person' && !next.punct;
      if (apposed) return { person: n + 1 };
      break;
    }
  }
  return titled && nameFrom >= 0 ? { unnamed: true } : undefined;
}
