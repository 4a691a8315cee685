// A listed place and the country it lies in, both named in one sentence: "strikes in Iraq,
// focusing on Ramadi and Mosul", "In Syria, the strikes centered around Aleppo and Raqqa",
// "Japan sent troops to the southern island of Kyushu". The text states no tie the place rules
// read (an apposition, "in", a possessive), but the gazetteer knows where the place lies
// (lexicon/phoenix.ts PLACE_COUNTRIES) and the sentence names that country, so the place is in it.
// Only a country written by name ("Iraq", "Iraq's"), not a demonym ("Iraqi forces retook Mosul"
// names the forces' side, and annotators leave those out); not capitals, which stand for their
// states ("Moscow and Kyiv"); and not a place the article already places anywhere (a district in
// its province lies in the province, not in the country as well).
import type { Entity, Mention, Relation, Sentence } from '../../model';
import { COUNTRIES } from '../lexicon/countries';
import { PLACE_COUNTRIES } from '../lexicon/phoenix';
import { locatedIn } from './located-in';

const REASON = 'place:known-country';
/** Each country's names as written (not its demonyms), by its canonical name. */
const COUNTRY_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  COUNTRIES.map((c) => [c.name, new Set([c.name, ...c.names, ...c.codes])]),
);

/** A compass word before a place: "northern", "north-east". */
const COMPASS = '(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?';
/** Before a country told as where things happen: "in Iraq", "In Syria,", "across northern Syria". */
const SCENE_BEFORE = new RegExp(`\\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ii]nside)(?: ${COMPASS})? $`);
/** After a country's possessive, the place itself: "Russia's southern ⟨Dagestan⟩". */
const OWNED_AFTER = new RegExp(`^['’]s (?:${COMPASS} )?$`);

/** A country's mention written as one of its names ("Iraq", "Iraq's"), not "Iraqi" or "the country". */
function byName(m: Mention, country: Entity): boolean {
  const written = m.text.replace(/['’]s$/, '');
  return COUNTRY_NAMES.get(country.name)?.has(written) ?? written === country.name;
}

/** The country a Location entity lies in by the gazetteer, by its name or an alias. */
function countryOf(place: Entity): string | undefined {
  for (const name of [place.name, ...place.aliases]) {
    const country = PLACE_COUNTRIES.get(name);
    if (country) return country;
  }
  return undefined;
}

/** LOCATED_IN facts of listed places whose country their sentence names. */
export function knownPlaceCountries(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
  relations: readonly Relation[],
): Relation[] {
  const placedAlready = new Set(
    relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => r.subjectId),
  );
  const countriesBySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const country = byId.get(m.entityId);
    if (country?.type !== 'Country' || !byName(m, country)) continue;
    countriesBySentence.set(m.sentenceIndex, [...(countriesBySentence.get(m.sentenceIndex) ?? []), m]);
  }
  // the country as the scene ("in Iraq") or the owner written right before the place ("Iraq's X")
  const ties = (c: Mention, place: Mention, sentence: Sentence) => {
    const before = sentence.text.slice(Math.max(0, c.start - sentence.start - 30), c.start - sentence.start);
    const between = sentence.text.slice(
      c.start - sentence.start + c.text.replace(/['’]s$/, '').length,
      place.start - sentence.start,
    );
    return SCENE_BEFORE.test(before) || OWNED_AFTER.test(between);
  };
  const facts: Relation[] = [];
  const done = new Set<string>();
  for (const m of mentions) {
    const place = byId.get(m.entityId);
    if (place?.type !== 'Location' || m.reason.startsWith('coref:')) continue;
    if (placedAlready.has(place.id) || done.has(place.id)) continue;
    const home = countryOf(place);
    const sentence = sentences[m.sentenceIndex];
    if (!sentence) continue;
    const told = countriesBySentence
      .get(m.sentenceIndex)
      ?.find((c) => byId.get(c.entityId)?.name === home && ties(c, m, sentence));
    const country = told && byId.get(told.entityId);
    if (!country) continue;
    done.add(place.id);
    facts.push(locatedIn(place, country, sentence, 0.6, REASON));
  }
  return facts;
}

/**
 * "The United States responded … The missiles were fired from the country's western ⟦X⟧
 * province": "the country" resolved to the state named nearest before it, which is not always
 * the one meant. Where the gazetteer places the place in another country, a LOCATED_IN read
 * through such a reference is the reference's mistake, and goes (round 34).
 */
export function withoutReferencesAgainstTheGazetteer(
  relations: Relation[],
  byId: ReadonlyMap<string, Entity>,
): Relation[] {
  return relations.filter((r) => {
    if (r.predicate !== 'LOCATED_IN' || !r.reason.includes(' via coref:')) return true;
    // "in restive west Africa, the government deployed …": a reference after a place's comma opens the
    // next clause; it never says where the place lies (round 46, fresh news)
    if (r.reason.startsWith('place:comma ')) return false;
    const place = byId.get(r.subjectId);
    const country = byId.get(r.objectId);
    if (place?.type !== 'Location' || country?.type !== 'Country') return true;
    const home = countryOf(place);
    if (home) return home === country.name;
    return !regionElsewhere(r.sentence, byId, country);
  });
}

const COUNTRY_POSSESSIVE_THEN = new RegExp(`\\bcountry['’]s (?:${COMPASS} )?`, 'gi');

/**
 * "fired from X in the country's western ⟦R⟧ province": the place itself is unknown, but the region
 * "the country's" owns lies, by the gazetteer, in another country than the one "the country" was
 * read as (round 43).
 */
function regionElsewhere(sentence: string, byId: ReadonlyMap<string, Entity>, country: Entity): boolean {
  const after = [...sentence.matchAll(COUNTRY_POSSESSIVE_THEN)].map((m) =>
    sentence.slice(m.index + m[0].length),
  );
  if (!after.length) return false;
  for (const region of byId.values()) {
    if (region.type !== 'Location') continue;
    const home = countryOf(region);
    if (!home || home === country.name) continue;
    if ([region.name, ...region.aliases].some((n) => after.some((rest) => rest.startsWith(n)))) return true;
  }
  return false;
}
