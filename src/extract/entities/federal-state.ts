// A federal state named with its kind word: "Borno state", "Kachin State", "Unity state". The
// place keeps the kind word in its name ("Borno State"), as the newer gold writes it; the bare
// name stays one of its aliases, so an article that writes only "Borno" still finds it.
import { MULTI_STATE_REGIONS } from '../lexicon/places';
import type { Registry } from './registry';

/** "… state", and not "… state media", "… state-run": the state as a place, not its organs. */
const STATE_AFTER =
  /^\s+[Ss]tate\b(?![-‑])(?!\s+(?:media|television|tv|radio|news|agency|department|broadcaster|company|firm|officials?|of)\b)/;

/**
 * "… province" in lower case: the gold writes both "Kunduz" and "Kunduz province" for it, so the
 * place keeps its bare name and takes the written one as an alias.
 */
const PROVINCE_AFTER = /^\s+province\b/;

/**
 * "the landlocked Sahel state has …", "the oil-rich Gulf state.": "the", a lower-case adjective,
 * a region and "state" closing the phrase describe a country by its region, not a federal state
 * ("the northern Upper Nile state region", "the Borno state capital" run on into a noun). A
 * compass or neighbour word places a state within its country ("in the northeastern Borno state").
 */
const DESCRIBED_BEFORE =
  /\b[Tt]he\s+(?!(?:north|south|east|west|central|far|restive|neighbou?ring)[a-z-]*\s)(?:[a-z][\w-]*\s+){1,2}$/;
const PHRASE_CLOSES =
  /^\s+state\s*(?:[.,;:)”"]|(?:has|have|had|is|was|were|will|would|which|that|where|said|says)\b)/i;

/** A lower-case noun for a state after a region's name: "the Sahel state", "a Caucasus nation". */
const STATE_NOUN_AFTER =
  /^\s+(?:state|nation|country|kingdom|republic)\b(?![-‑])(?!\s+(?:media|television|tv|radio|news|agency)\b)/;

export function nameFederalStates(registry: Registry, text: string): void {
  for (const d of registry.all()) {
    if (d.type !== 'Location' || /\b(?:state|province)$/i.test(d.name)) continue;
    // "the Sahel state", "the Caucasus nation": a country described by a region that spans
    // several states, no federal state and no mention of the region as an actor
    if (MULTI_STATE_REGIONS.has(d.name)) {
      d.mentions = d.mentions.filter((m) => !STATE_NOUN_AFTER.test(text.slice(m.end, m.end + 40)));
      if (!d.mentions.length) registry.drop(d);
      continue;
    }
    const after = (re: RegExp): boolean =>
      d.mentions.some(
        (m) =>
          m.text === d.name &&
          re.test(text.slice(m.end, m.end + 40)) &&
          !(re === STATE_AFTER && describesCountry(text, m.start, m.end)),
      );
    if (after(STATE_AFTER)) registry.rename(d, `${d.name} State`);
    else if (after(PROVINCE_AFTER)) d.aliases.add(`${d.name} province`);
  }
}

function describesCountry(text: string, start: number, end: number): boolean {
  return (
    DESCRIBED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    PHRASE_CLOSES.test(text.slice(end, end + 20))
  );
}
