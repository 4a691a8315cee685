// A capital written as its country's: "Annan arrived in the Kenyan capital on Tuesday", "an attack
// in an eastern part of the Afghan capital". The phrase stands for the city as a pronoun would
// (round-10 convention: "the Kenyan capital" reads as the city, LOCATED_IN the country), so where
// the article names that city, the city is in the country, with this sentence as the evidence.
// Only the gazetteer's capital of the country written (lexicon/countries.ts); a phrase that goes
// on to name its city ("the Kenyan capital, Nairobi") is the place rules' (place:capital-apposition).
import type { Entity, Mention, Relation, Sentence } from '../../model';
import { isCapitalOf } from './national-titles';
import { locatedIn } from './located-in';

const REASON = 'place:demonym-capital';
/** Right before the country's word: "the", "the nearby", "the war-torn". */
const BEFORE = /\b[Tt]he (?:[a-z]+(?:-[a-z]+)? )?$/;
/** Right after it: the noun ("the Kenyan capital of Nairobi" names its city: not here). */
const AFTER = /^ capital(?: city)?\b(?! of\b),? ?/;

/** LOCATED_IN facts of the article's capitals written as "the Xian capital". */
export function demonymCapitals(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
  byId: ReadonlyMap<string, Entity>,
): Relation[] {
  const places = entities.filter((e) => e.type === 'Location');
  if (!places.length) return [];
  const facts: Relation[] = [];
  for (const m of mentions) {
    const country = byId.get(m.entityId);
    if (country?.type !== 'Country') continue;
    const sentence = sentences[m.sentenceIndex];
    if (!sentence || sentence.index !== m.sentenceIndex) continue;
    const at = m.start - sentence.start;
    if (sentence.text.slice(at, at + m.text.length) !== m.text) continue;
    const before = sentence.text.slice(Math.max(0, at - 30), at);
    const after = sentence.text.slice(at + m.text.length, at + m.text.length + 30);
    const noun = AFTER.exec(after);
    if (!BEFORE.test(before) || !noun) continue;
    const city = places.find((p) => isCapitalOf(p, country));
    // a name right after the noun is the city's own: the place rules read that apposition
    const named = (p: Entity) => [p.name, ...p.aliases].some((n) => after.startsWith(n, noun[0].length));
    if (!city || places.some(named)) continue;
    facts.push(locatedIn(city, country, sentence, 0.7, REASON));
  }
  return facts;
}
