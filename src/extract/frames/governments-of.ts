// A government named for its head: "the government of President X", "the U.N.-backed government of
// Islamist President X", "the government of X". A fight with it is a fight with X's state as well as
// with X, as the gold reads it ("rebels battling to overthrow the government of President X" attacked
// the country). The state is the country written in the title ("the government of Xian President
// Y") or, with none written, the country the reference data knows the person to serve
// (../lexicon/office-holders.ts), when the article names that country; never a guess from the
// article's setting (round 45).
import type { Entity } from '../../model';
import { officeHolderCountry } from '../lexicon/office-holders';
import { countriesByCode } from '../lexicon/countries';
import { isTitle } from './title-word';
import type { Unit } from './units';

/** Nouns of a government that a person heads. */
const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'administration']);

/** How many words of title ("Islamist President", "Prime Minister") may stand before the head. */
const TITLE_REACH = 4;

/**
 * The person heading "the government of …" whose name is at `k`, when the words before it are
 * title words (or a country's demonym) back to "of" after a government noun; the state written
 * among those words, if any, as `written`.
 */
function headedGovernment(units: Unit[], k: number): { written?: Entity } | undefined {
  let written: Entity | undefined;
  let t = k - 1;
  for (let n = 0; n < TITLE_REACH && units[t] && units[t].lower !== 'of'; n++, t--) {
    const u = units[t];
    if (u.punct) return undefined;
    if (u.entity?.type === 'Country' && !u.possessive) written = u.entity;
    else if (u.entity || !(isTitle(u) || u.tags.has('Adjective'))) return undefined;
  }
  const of = units[t];
  const noun = units[t - 1];
  if (of?.lower !== 'of' || of.entity || !noun || noun.entity || noun.punct) return undefined;
  return GOVERNMENT_NOUNS.has(noun.lower) ? { written } : undefined;
}

/**
 * Marks each person who heads a government so named with the state that government is
 * (`Unit.governedState`); `byId` holds the article's entities.
 */
export function markGovernedStates(units: Unit[], byId: Map<string, Entity>): void {
  let byCode: Map<string, Entity> | undefined;
  for (let k = 0; k < units.length; k++) {
    const person = units[k].entity;
    if (person?.type !== 'Person') continue;
    const headed = headedGovernment(units, k);
    if (!headed) continue;
    if (headed.written) {
      units[k].governedState = headed.written;
      continue;
    }
    const code = officeHolderCountry(person.name);
    if (!code) continue;
    byCode ??= countriesByCode([...byId.values()]);
    units[k].governedState = byCode.get(code);
  }
}
