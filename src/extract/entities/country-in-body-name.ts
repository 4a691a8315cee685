// A state named only inside the name of one of its bodies ("the U.S. State Department said …",
// "the Venezuelan National Assembly voted …") is still an actor of the article: the body is
// MEMBER_OF it (test/gold/README.md, round 13, national bodies: the annotators add the country as
// an entity where only a body's name carries it). The country gets one mention, over the words of
// the body's name that name it, so the name rules (../rules/relations/name-rules.ts) find their
// owner. One mention only: a country named nowhere else does not become the article's dominant
// country (dominant-country.ts asks for two) and so takes no bare national title.
//
// Only the names as the article writes them: "the State Department", read as the listed "U.S.
// State Department", names no country. The mention is the entity step's only: the relation step
// leaves it out (COUNTRY_IN_BODY_NAME), so no act or title is read from the words of a body's name. Only government and military bodies: "U.S. Steel" is a
// company, not a part of the state.
import { isAcronymShaped } from './context';
import { GAZETTEER, acronymKey, keyOf } from './gazetteer';
import type { Registry } from './registry';
import { tokenize, type Token } from './tokens';

/** The reason of the country's mention inside its body's name. */
export const COUNTRY_IN_BODY_NAME = 'country-in-body-name';

/** The longest country name a body's name opens with, at most this many words ("United Arab Emirates"). */
const MAX_COUNTRY_WORDS = 3;

/**
 * The words of a state's civil bodies: the classifier files any name opening on a demonym as a
 * government body ("the Chilean Popular Brotherhood"), so the name itself must say what body it is.
 */
const CIVIL_BODY_WORD =
  /\b(?:Department|Ministry|Agency|Office|Bureau|Service|Survey|Court|Parliament|Assembly|Senate|Congress|Commission|Council|Authority|Institute|Administration|Embassy|Consulate|Treasury)\b/;

/** The country the leading words of a body's name name, with those words. */
function leadingCountry(tokens: readonly Token[]): { name: string; words: Token[] } | undefined {
  const words = tokens.filter((t) => !t.punct);
  if (words[0]?.norm === 'the') words.shift();
  // a body's own words must follow: "U.S." alone is the country, not a body
  for (let n = Math.min(MAX_COUNTRY_WORDS, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n);
    // "Chile's Supreme Court": the possessive is the country's
    const hit =
      n === 1 && isAcronymShaped(lead[0].text)
        ? GAZETTEER.acronyms.get(acronymKey(lead[0].text))
        : GAZETTEER.names.get(keyOf(lead.map((t) => t.norm)));
    if (hit?.entity.type === 'Country' && (hit.kind === 'name' || hit.kind === 'demonym'))
      return { name: hit.entity.name, words: lead };
  }
  return undefined;
}

/** Once the article is read: each state named only in its bodies' names gets its one mention. */
export function nameCountriesOfBodies(registry: Registry, cased: string): void {
  const named = new Set(
    registry
      .all()
      .filter((d) => d.type === 'Country')
      .map((d) => d.name),
  );
  for (const body of registry.all()) {
    if (body.type !== 'Organization' || body.category !== 'government') continue;
    for (const m of body.mentions) {
      if (m.reason.startsWith('coref:')) continue;
      if (!CIVIL_BODY_WORD.test(m.text)) continue;
      const found = leadingCountry(tokenize(cased.slice(m.start, m.end), m.text, m.start));
      if (!found || named.has(found.name)) continue;
      registry.mention(
        { name: found.name, type: 'Country' },
        found.words,
        m.sentenceIndex,
        COUNTRY_IN_BODY_NAME,
      );
      named.add(found.name);
      break;
    }
  }
}
