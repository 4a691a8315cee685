// One node per national force. A country's force written as a generic body ("the Chilean army",
// "Chile's armed forces", "the Chilean military") is the force the article names for that
// country ("Chilean National Army", "Chile Defense Forces"), when it names exactly one of a
// fitting kind (FORCE_STANDS_FOR). When it names none, the country's generic army and military
// are one record: news writes "the Chilean army" and "the Chilean military" for one actor.
// A force's country is what its name says (its name or demonym first) or, for a force whose name
// does not say it, the country record the reference data files it under (forceOfRecord).
import { FORCE_KINDS, FORCE_STANDS_FOR, type ForceKind } from '../lexicon/generic-bodies';
import { MILITARY_BODY_COUNTRIES, nameLetters } from '../lexicon/phoenix';
import { GAZETTEER, acronymKey, keyOf } from './gazetteer';
import type { Draft, Registry } from './registry';
import { tokenize } from './tokens';

/** Words a state's force may open its name with before the country ("Royal Thai Navy"). */
const FORCE_NAME_OPENERS: ReadonlySet<string> = new Set(['royal', 'imperial']);
/** Categories of a state's force; an armed group named after a country ("Free X Army") is none. */
const STATE_FORCE_CATEGORIES = new Set(['military', 'government', undefined]);

/** The kind of force a generic body is ("Army" → army), or undefined for any other body. */
export const genericForceKind = (body: string): ForceKind | undefined =>
  FORCE_KINDS.get(body.toLowerCase().replace(/^the\s+/, ''));

/**
 * The country and kind a force's own name says, when the name is the country (its name or
 * demonym, after "Royal" at most) and a force's words: "Chile Defense Forces" → Chile, whole;
 * "Chilean National Army" → Chile, army. Not "Free Chilean Army" or "Chilean Liberation Army".
 */
export function forceOfName(name: string): { country: string; kind: ForceKind } | undefined {
  const words = tokenize(name, name, 0).filter((t) => !t.punct);
  let from = 0;
  while (from < words.length && FORCE_NAME_OPENERS.has(words[from].norm)) from++;
  for (let n = Math.min(3, words.length - from - 1); n >= 1; n--) {
    const country = countryOf(words.slice(from, from + n));
    if (!country) continue;
    const rest = name
      .slice(words[from + n].start)
      .toLowerCase()
      .replace(/\s+/g, ' ');
    const kind = FORCE_KINDS.get(rest);
    return kind ? { country, kind } : undefined;
  }
  return undefined;
}

/**
 * The country and kind of a force the reference data files under its country ("Peoples
 * Liberation Army" → China, army): the kind from the last words of its name.
 */
export function forceOfRecord(name: string): { country: string; kind: ForceKind } | undefined {
  const country = MILITARY_BODY_COUNTRIES.get(nameLetters(name));
  if (!country) return undefined;
  const words = name.toLowerCase().split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const kind = FORCE_KINDS.get(words.slice(-n).join(' '));
    if (kind) return { country, kind };
  }
  return undefined;
}

/** The force a name says, by its words or by the record the data files it under. */
const forceOf = (name: string): { country: string; kind: ForceKind } | undefined =>
  forceOfName(name) ?? forceOfRecord(name);

/** A state's land army or its whole military: the kinds "the army" and "the military" stand for. */
const isArmyOrWhole = (kind?: ForceKind): boolean => kind === 'army' || kind === 'whole';

/** The country a run of words names by its name, code or demonym ("Chile", "U.S.", "Chilean"). */
function countryOf(words: ReturnType<typeof tokenize>): string | undefined {
  const hit =
    words.length === 1 && /^[A-Z.]+$/.test(words[0].text)
      ? (GAZETTEER.acronyms.get(acronymKey(words[0].text)) ?? GAZETTEER.names.get(words[0].norm))
      : GAZETTEER.names.get(keyOf(words.map((t) => t.norm)));
  if (hit?.entity.type !== 'Country' || hit.kind === 'capital' || hit.kind === 'seat') return undefined;
  return hit.entity.name;
}

interface NamedForce {
  draft: Draft;
  country: string;
  kinds: Set<ForceKind>;
}

/** The article's forces named as a state's own: the country and kinds their names say. */
function namedForces(registry: Registry): NamedForce[] {
  const out: NamedForce[] = [];
  for (const draft of registry.all()) {
    if (draft.type !== 'Organization' || draft.body !== undefined) continue;
    if (!STATE_FORCE_CATEGORIES.has(draft.category)) continue;
    const read = [draft.name, ...draft.aliases].map(forceOf).filter((f) => f !== undefined);
    const countries = new Set(read.map((f) => f.country));
    if (countries.size !== 1) continue;
    out.push({ draft, country: read[0].country, kinds: new Set(read.map((f) => f.kind)) });
  }
  return out;
}

/** A state's army or whole military: a country's generic one, or one its name or the data place. */
export function isNationalForce(draft: Draft): boolean {
  if (draft.type !== 'Organization') return false;
  if (draft.body !== undefined)
    return draft.owner !== undefined && isArmyOrWhole(genericForceKind(draft.body));
  if (!STATE_FORCE_CATEGORIES.has(draft.category)) return false;
  return [draft.name, ...draft.aliases].some((n) => isArmyOrWhole(forceOf(n)?.kind));
}

/**
 * A country the article wrote as its own force in a common noun ("Yemen's army", "the Nigerian
 * military"), read as the country by resolveNationalForces.
 */
export const wroteItsForce = (draft: Draft): boolean =>
  draft.type === 'Country' &&
  draft.mentions.some(
    (m) => m.reason.startsWith('generic-body:') && genericForceKind(lastWords(m.text)) !== undefined,
  );

/** The last two words of a mention ("Yemen's armed forces" → "armed forces"), or its one word. */
const lastWords = (text: string): string => {
  const words = text.toLowerCase().split(/\s+/);
  return FORCE_KINDS.has(words.slice(-2).join(' ')) ? words.slice(-2).join(' ') : words[words.length - 1];
};

/**
 * Once the article is read (and bare bodies have their country): each country's generic force
 * becomes the force the article names for it; otherwise its generic army and military are one.
 */
export function resolveNationalForces(registry: Registry): void {
  const generic = registry
    .all()
    .filter((d) => d.type === 'Organization' && d.owner !== undefined && genericForceKind(d.body ?? ''));
  if (!generic.length) return;
  const named = namedForces(registry);
  const unresolved: Draft[] = [];
  for (const draft of generic) {
    const kind = genericForceKind(draft.body as string) as ForceKind;
    const own = named.filter((n) => n.country === draft.owner);
    const target = bestFit(own, kind);
    if (target) registry.merge(draft, target.draft);
    else if (writtenGeneric(draft)) registry.retype(draft, 'Country', draft.owner as string);
    else unresolved.push(draft);
  }
  // No named force: "the Chilean army" and "the Chilean military" are one record, the first written.
  const first = new Map<string, Draft>();
  for (const draft of unresolved.sort((a, b) => firstStart(a) - firstStart(b))) {
    if (!isArmyOrWhole(genericForceKind(draft.body as string))) continue;
    const same = first.get(draft.owner as string);
    if (same) registry.merge(draft, same);
    else first.set(draft.owner as string, draft);
  }
}

/**
 * A force the article writes only as a common noun ("Yemen's army", "the Nigerian military"):
 * no actor of its own but the country acting through it, as the annotations and CAMEO read it.
 */
const writtenGeneric = (draft: Draft): boolean =>
  draft.mentions.every(
    (m) => m.reason.startsWith('coref') || bareKindWord(m.text) || !/\p{Lu}/u.test(lastWord(m.text)),
  );

/**
 * "Army spokesman X told VOA": the kind's word alone, capitalised by its place at the head of a
 * sentence or a title, names no force; a force's own name carries its country ("Chilean Army").
 */
const bareKindWord = (text: string): boolean => !/\s/.test(text) && FORCE_KINDS.has(text.toLowerCase());

const lastWord = (text: string): string => text.slice(text.search(/\S+$/));

const firstStart = (d: Draft): number => Math.min(...d.mentions.map((m) => m.start));

/** The one named force of the best fitting kind, or none when that kind has none or several. */
function bestFit(own: readonly NamedForce[], kind: ForceKind): NamedForce | undefined {
  for (const wanted of FORCE_STANDS_FOR[kind]) {
    const fits = own.filter((n) => n.kinds.has(wanted));
    if (fits.length) return fits.length === 1 ? fits[0] : undefined;
  }
  return undefined;
}

/**
 * The countries whose own forces the article names ("Chilean National Army", "the Peruvian
 * army" read as a generic body): by name, as the force's name or the reference data says.
 */
export function forceCountries(registry: Registry): Set<string> {
  const out = new Set<string>();
  for (const draft of registry.all()) {
    if (draft.type !== 'Organization') continue;
    if (draft.body !== undefined) {
      if (draft.owner !== undefined && genericForceKind(draft.body)) out.add(draft.owner);
      continue;
    }
    if (!STATE_FORCE_CATEGORIES.has(draft.category)) continue;
    for (const name of [draft.name, ...draft.aliases]) {
      const force = forceOf(name);
      if (force) out.add(force.country);
    }
  }
  return out;
}
