// A head title written without its country ("stressed President X") takes the article's dominant
// country (./national-titles.ts). Where the article itself writes the person as another state's
// head ("the Xian head of state, President X", "Xia's president, X", "Xian President X"), that
// state is the person's, and the dominant country is not: a visiting head in a story about the
// guest's state was given the guest's country (round 49, fresh news).
import { COUNTRIES } from '../lexicon/countries';
import { escapeRegex } from '../escape-regex';
import type { Entity, Relation } from '../../model';

/** The reasons of a head title whose country was not written but taken from the article. */
const INFERRED_HEAD = new Set(['title:national-head', 'title:national-bare-head']);

/** Head offices, as written between a state's name or demonym and the holder's name. */
const HEAD_WORDS =
  '(?:head of state|head of government|president|prime minister|premier|chancellor|king|queen|emir|leader)';

/** The forms a country is written in before an office: its names with "'s", and its demonyms. */
function stateForms(country: Entity): string[] {
  const record = COUNTRIES.find((c) => c.name === country.name);
  const names = [country.name, ...country.aliases, ...(record?.names ?? [])].filter((n) => n.length > 1);
  const demonyms = (record?.demonyms ?? []).filter((d) => d.length > 1);
  return [...names.map((n) => `${escapeRegex(n)}['’]s`), ...demonyms.map(escapeRegex)];
}

/**
 * Whether the text writes `person` right after another state's head office: "the Xian head of
 * state, President X", "Xia's prime minister, X", "Xian President X".
 */
function writtenAsHeadOf(country: Entity, person: Entity, text: string): boolean {
  const names = [person.name, ...person.aliases].filter((n) => n.includes(' ')).map(escapeRegex);
  if (!names.length) return false;
  const office = new RegExp(
    `\\b(?:${stateForms(country).join('|')})\\s+${HEAD_WORDS},?\\s+(?:(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir)\\s+)?(?:${names.join('|')})\\b`,
    'u',
  );
  return office.test(text);
}

/** Drops a bare head title's inferred country where the article writes the person as another state's head. */
export function withoutHeadsOfWrittenState(
  relations: Relation[],
  byId: Map<string, Entity>,
  text = '',
): Relation[] {
  const inferred = relations.filter((r) => r.predicate === 'LEADS' && INFERRED_HEAD.has(r.reason));
  if (!inferred.length) return relations;
  const countries = [...byId.values()].filter((e) => e.type === 'Country');
  const another = (r: Relation): boolean => {
    const person = byId.get(r.subjectId);
    if (!person) return false;
    return countries.some((c) => c.id !== r.objectId && writtenAsHeadOf(c, person, text));
  };
  const dropped = new Set(inferred.filter(another));
  return dropped.size ? relations.filter((r) => !dropped.has(r)) : relations;
}
