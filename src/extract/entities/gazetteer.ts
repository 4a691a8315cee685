// Compiles the lexicons (countries from world-countries, organisations, places) into lookup
// maps, once at module load. Matching is by Map on a token-sequence key, never by scanning
// the lists: `names` is case-insensitive (the text must capitalise the name), `acronyms` is
// case-sensitive ("US" but not "us").
import type { EntityType, OrgCategory } from '../../model';
import { COUNTRIES } from '../lexicon/countries';
import { ORGANIZATIONS } from '../lexicon/organizations';
import { CITIES } from '../lexicon/cities';
import { REGIONS, SEATS, US_STATES } from '../lexicon/places';
import {
  PHOENIX_ORGANIZATIONS,
  PHOENIX_PEOPLE,
  PHOENIX_PLACES,
  PHOENIX_STATE_BODIES,
  PHOENIX_VARIANTS,
} from '../lexicon/phoenix';
import { normalize, tokenize } from './tokens';

export interface GazEntity {
  name: string;
  type: EntityType;
  category?: OrgCategory;
}

/** How a surface form names its entity. */
export type HitKind = 'name' | 'demonym' | 'demonym-plural' | 'capital' | 'code' | 'seat';

export interface GazHit {
  entity: GazEntity;
  kind: HitKind;
  /** For capitals and seats: the actor the place stands for when used as one. */
  actor?: GazEntity;
  /** Number of tokens the key spans. */
  length: number;
  /** Every word must be capitalised in the text (names from the Phoenix lists: "Direct Action"). */
  cased?: boolean;
  /** An abbreviation ("La.", "Fla."): written with its period, else it is some other word ("La Paz"). */
  dotted?: boolean;
  /**
   * An armed group's short form ("Tamil Tiger", "Shabab"): read only before a lower-case noun for
   * its fighters ("Tamil Tiger rebels", "Shabab militants"), where it can be nothing else.
   */
  beforeFighters?: boolean;
}

export interface Gazetteer {
  names: Map<string, GazHit>;
  acronyms: Map<string, GazHit>;
  /** The longest key, in tokens: bounds the lookahead. */
  maxTokens: number;
  /** Keys of names with a possessive inside ("Cox's Bazar"): a possessive ends any other name. */
  possessiveInside: Set<string>;
}

/** The lookup key of a token sequence. */
export const keyOf = (norms: readonly string[]): string => norms.join(' ');
/** The acronym key of a word: "U.S." → "US", "N-A-T-O" → "NATO". */
export const acronymKey = (word: string): string => word.replace(/[.-]/g, '');
const ACRONYM = /^(?:[A-Z][A-Za-z]?\.?-?){2,}$|^[A-Z][A-Z0-9/]+$|^[A-Z][a-z][A-Z]$/;

/** "Southeast", "Northwest": news also writes them as two words ("South East"). */
const COMPASS_COMPOUND = /\b(North|South)(east|west)(?=\s)/g;
/** Two capitalised words joined by a hyphen: "Asia-Pacific", "Indo-Pacific". */
const HYPHENED_WORDS = /\b(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)\b/gu;

/** An Arabic article joined to a capitalised name: "al-Shabaab", "el-Sisi". */
const ARABIC_ARTICLE = /\b([Aa]l|[Ee]l)-(\p{Lu})/gu;
/** The same article written apart, opening the name: "El Fasher", "Al Qaim". */
const ARTICLE_APART = /^(Al|El) (\p{Lu})/u;

/** Adds a name of an entity to the gazetteer being built: as listed, or written one more way. */
type AddName = (
  surface: string,
  entity: GazEntity,
  kind: HitKind,
  actor?: GazEntity,
  cased?: boolean,
  beforeFighters?: boolean,
) => void;

/** An Arabic article opening a one-word name: "al-Shabaab", "Al Nusra". */
const ARTICLE_OPENED = /^(?:[Aa]l|[Ee]l)[- ](\p{Lu}[\p{Ll}'’]{3,})$/u;
/** A name of several words ending in a plural: "Tamil Tigers", "Red Brigades". */
const PLURAL_LAST = /^(.+ \p{Lu}\p{Ll}+[^su'’])s$/u;

/**
 * The short forms news writes an armed group's name in before a noun for its fighters: the name
 * without its Arabic article ("Shabab militants" for al-Shabab) and a last plural in the singular
 * ("Tamil Tiger rebels" for the Tamil Tigers).
 */
export function fighterForms(surface: string): string[] {
  const out: string[] = [];
  const bare = surface.match(ARTICLE_OPENED)?.[1];
  if (bare) out.push(bare);
  const singular = surface.match(PLURAL_LAST)?.[1];
  if (singular) out.push(singular);
  return out;
}

/** A name's leading "U.S." or "US" before another capitalised word. */
const US_OWNER = /^(?:U\.S\.|US) (?=[A-Z])/;

function build(): Gazetteer {
  const g: Gazetteer = { names: new Map(), acronyms: new Map(), maxTokens: 1, possessiveInside: new Set() };
  const add: AddName = (surface, entity, kind, actor, cased) => {
    addSurface(surface, entity, kind, actor, cased);
    if (entity.category === 'armed_group' && kind === 'name')
      for (const form of fighterForms(surface)) shortForms.push([form, entity, cased]);
    // "Association of South East Asian Nations" is the listed "… Southeast Asian …".
    const split = surface.replace(
      COMPASS_COMPOUND,
      (_, a: string, b: string) => `${a} ${b[0].toUpperCase()}${b.slice(1)}`,
    );
    if (split !== surface) addSurface(split, entity, kind, actor, cased);
    // "Asia Pacific Economic Cooperation" is the listed "Asia-Pacific …": in a name of several
    // words, a hyphen between two capitalised words is often written as a space.
    const unhyphenated = surface.replace(HYPHENED_WORDS, '$1 $2');
    if (surface.includes(' ') && unhyphenated !== surface)
      addSurface(unhyphenated, entity, kind, actor, cased);
    // "Al Shabaab" is the listed "al-Shabaab": an Arabic article is also written apart.
    const article = surface.replace(ARABIC_ARTICLE, '$1 $2');
    if (article !== surface) addSurface(article, entity, kind, actor, cased);
    // "El-Fasher" is the listed "El Fasher": an article written apart is also joined by a hyphen.
    const joined = surface.replace(ARTICLE_APART, '$1-$2');
    if (joined !== surface) addSurface(joined, entity, kind, actor, cased);
    // "Tehrik-e-Taliban" is the listed "Tehrik-i-Taliban": the izafe is written both ways.
    const izafe = surface.replace(/-([ei])-/g, (_, v: string) => (v === 'e' ? '-i-' : '-e-'));
    if (izafe !== surface) addSurface(izafe, entity, kind, actor, cased);
    // "United States Africa Command" is the listed "U.S. Africa Command": a body's American owner
    // is also written out in full (a key already listed for another body keeps it).
    const spelledOut = surface.replace(US_OWNER, 'United States ');
    if (spelledOut !== surface) addSurface(spelledOut, entity, kind, actor, cased);
  };
  /** Short forms, added last so that no listed name loses its key to one. */
  const shortForms: [string, GazEntity, boolean | undefined][] = [];
  const addSurface: AddName = (surface, entity, kind, actor, cased, beforeFighters) => {
    const tokens = tokenize(surface, surface, 0).filter((t) => !t.punct);
    if (!tokens.length) return;
    const dotted = tokens.length === 1 && surface.endsWith('.') && !ACRONYM.test(surface);
    const hit: GazHit = {
      entity,
      kind,
      actor,
      length: tokens.length,
      ...(cased ? { cased } : {}),
      ...(dotted ? { dotted } : {}),
      ...(beforeFighters ? { beforeFighters } : {}),
    };
    if (tokens.length === 1 && ACRONYM.test(surface)) {
      const k = acronymKey(surface);
      if (!g.acronyms.has(k)) g.acronyms.set(k, hit);
      return;
    }
    const k = keyOf(tokens.map((t) => t.norm));
    if (!g.names.has(k)) g.names.set(k, hit);
    if (tokens.slice(0, -1).some((t) => t.possessive)) g.possessiveInside.add(k);
    g.maxTokens = Math.max(g.maxTokens, tokens.length);
  };

  // Organisations first: "AU" is the African Union before any country code.
  for (const [name, category, ...aliases] of ORGANIZATIONS) {
    const e: GazEntity = { name, type: 'Organization', category };
    for (const s of [name, ...aliases]) add(s, e, 'name');
  }
  // Phoenix's other spellings of those names ("Taleban"), before its own records can claim them.
  for (const [name, ...spellings] of PHOENIX_VARIANTS) {
    const e = lookupName(g, name);
    if (e) for (const s of spellings) add(s, e, 'name', undefined, true);
  }
  const byName = new Map<string, GazEntity>();
  for (const c of COUNTRIES) {
    const e: GazEntity = { name: c.name, type: c.sovereign ? 'Country' : 'Location' };
    byName.set(c.name, e);
    for (const s of c.names) add(s, e, 'name');
    for (const s of c.codes) add(s, e, 'code');
    for (const d of c.demonyms) {
      add(d, e, 'demonym');
      if (/[^s]$/.test(d) && !/(ese|ch|sh)$/.test(d)) add(`${d}s`, e, 'demonym-plural');
    }
  }
  for (const c of COUNTRIES) {
    const country = byName.get(c.name);
    for (const cap of c.capitals) {
      const place: GazEntity = { name: cap.replace(/\s+D\.C\.$/, ''), type: 'Location' };
      add(cap, place, 'capital', c.sovereign ? country : undefined);
      if (/['’]/.test(cap))
        add(cap.replace(/['’]/g, ''), place, 'capital', c.sovereign ? country : undefined);
    }
  }
  for (const [name, ...aliases] of [...REGIONS, ...US_STATES, ...CITIES]) {
    const e: GazEntity = { name, type: 'Location' };
    for (const s of [name, ...aliases]) add(s, e, 'name');
  }
  // "Al-Raqqa" is the listed "Raqqa": a town's one-word name is also written with the Arabic
  // article (added after every listed name, so none loses its key to one; round 33).
  for (const [name, ...aliases] of CITIES)
    for (const s of [name, ...aliases])
      if (/^[A-Z][a-z]+$/.test(s) && !lookupName(g, `al-${s}`)) add(`al-${s}`, lookupName(g, name)!, 'name');
  for (const [name, actorName] of SEATS) {
    const actor = g.names.get(keyOf([normalize(actorName)]))?.entity ?? lookupName(g, actorName);
    add(name, { name, type: 'Location' }, 'seat', actor);
  }
  // Last, so that our own lexicons' readings of a name win.
  for (const [name, category, ...aliases] of [...PHOENIX_ORGANIZATIONS, ...PHOENIX_STATE_BODIES]) {
    const e: GazEntity = { name, type: 'Organization', category };
    for (const s of [name, ...aliases]) add(s, e, 'name', undefined, true);
  }
  for (const [name] of PHOENIX_PLACES) add(name, { name, type: 'Location' }, 'name', undefined, true);
  for (const name of PHOENIX_PEOPLE) add(name, { name, type: 'Person' }, 'name', undefined, true);
  for (const [form, entity, cased] of shortForms) addSurface(form, entity, 'name', undefined, cased, true);
  return g;
}

function lookupName(g: Gazetteer, name: string): GazEntity | undefined {
  const tokens = tokenize(name, name, 0).filter((t) => !t.punct);
  return g.names.get(keyOf(tokens.map((t) => t.norm)))?.entity;
}

export const GAZETTEER: Gazetteer = build();
