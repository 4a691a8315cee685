// The country an article is mostly about, for national titles written without a country
// ("Defense Secretary X", "President Y"). Only a clear leader counts: named at least twice and
// more often than any other country; otherwise no title is attached. The caller also asks that
// the title's sentence name it, so a US secretary in a story about Yemen is not made Yemeni.
//
// The lede (the article's first sentence) says what the story is about, so a country named there
// counts LEDE_WEIGHT times: a story on a country's war that names "U.S. aircraft", "the U.S.
// military", "U.S. troops" and "the U.S. embassy" in passing is still about that country.
//
// A state's own bodies speak for it: a Treasury release that names "the U.S. Treasury Department"
// in every paragraph and the United States once, in "the U.S. financial system", is about the
// United States acting, not about the country it sanctions that its headline and lede name. A
// country that leads by its name alone but not once its rivals' bodies are counted is contested:
// no bare national title is given it (the country's places still are: "the country's X province").
// A capital counts for its state the same way: a visit told from the host's capital ("X's prime
// minister arrived in ⟦Asmara⟧ … President Y welcomed him") is about the host as much as the guest.
//
// A dateline capital ("ISLAMABAD:", "KYIV —") says where the story is told from, as the lede does:
// its state, when the article names it, counts as one more mention in the lede (round 38: a Pakistani
// party story naming Pakistan once and the United States twice gave two Pakistani ministers to the
// United States).
import type { Entity, Mention } from '../../model';
import { stateOfBodyAmong } from '../lexicon/state-bodies';
import { STATE_WORD_REASONS } from '../lexicon/state-word-sides';
import { isCapitalOf } from './national-titles';

const LEDE_WEIGHT = 3;

/**
 * Each government or military body the gazetteers file under a country of the article, and each
 * capital of one ("arrived in ⟦Asmara⟧" for a visit to Eritrea), → that country's id.
 */
function bodiesOfStates(entities: Entity[]): Map<string, string> {
  const countries = entities.filter((e) => e.type === 'Country');
  const out = new Map<string, string>();
  for (const e of entities) {
    const country =
      e.type === 'Location' ? countries.find((c) => isCapitalOf(e, c)) : stateOfBodyAmong(e, countries);
    if (country) out.set(e.id, country.id);
  }
  return out;
}

/** `dateline`: the country whose capital the article's dateline names (entities/generic-body.ts). */
export function dominantCountry(
  entities: Entity[],
  mentions: Mention[],
  dateline?: string,
): Entity | undefined {
  return leader(entities, mentions, new Map(), dateline);
}

/**
 * Whether the dominant country leads by its name alone and not once its rivals' own bodies are
 * counted: then a bare national title ("President X") may be either state's, and gets neither.
 */
export function contestedByBodies(
  entities: Entity[],
  mentions: Mention[],
  dominant: Entity | undefined,
  dateline?: string,
): boolean {
  return !!dominant && leader(entities, mentions, bodiesOfStates(entities), dateline)?.id !== dominant.id;
}

/** The clear leader among the countries, a body's mention counted as its state's where `stateOf` says. */
function leader(
  entities: Entity[],
  mentions: Mention[],
  stateOf: ReadonlyMap<string, string>,
  dateline?: string,
): Entity | undefined {
  const named = new Map<string, number>();
  const score = new Map<string, number>();
  const told = dateline ? entities.find((e) => e.type === 'Country' && e.name === dateline) : undefined;
  if (told) {
    named.set(told.id, 1);
    score.set(told.id, LEDE_WEIGHT);
  }
  for (const m of mentions) {
    if (STATE_WORD_REASONS.has(m.reason)) continue;
    const id = stateOf.get(m.entityId) ?? m.entityId;
    named.set(id, (named.get(id) ?? 0) + 1);
    score.set(id, (score.get(id) ?? 0) + (m.sentenceIndex === 0 ? LEDE_WEIGHT : 1));
  }
  const ranked = entities
    .filter((e) => e.type === 'Country')
    .map((e) => ({ e, n: named.get(e.id) ?? 0, score: score.get(e.id) ?? 0 }))
    .sort((a, b) => b.score - a.score);
  const [top, second] = ranked;
  if (!top || top.n < 2 || (second && second.score === top.score)) return undefined;
  return top.e;
}
