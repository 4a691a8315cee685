// One article's entities while they are being found: one record per actor, the surface
// forms the article has used for it (its own small lexicon: "Austin" after "Lloyd Austin",
// "KLA" after "Kachin Liberation Army (KLA)"), and its mentions. Ids are stable across articles because
// they are derived from the type and the canonical name only.
import type { Entity, EntityType, Mention, OrgCategory } from '../../model';
import { CORPORATE_SUFFIXES, LOCATION_HEADS, ORG_HEADS } from '../lexicon/heads';

/** Words between a company's name and its legal form: "Acme Group Ltd", "Acme Holdings Inc". */
const GROUP_WORDS: ReadonlySet<string> = new Set(['group', 'holdings', 'holding', 'company', 'co']);
import { NAME_PARTICLES } from '../lexicon/common-words';
import { FAMILY_NAMES_FIRST, burmeseName } from '../lexicon/family-names';
import { COUNTRIES } from '../lexicon/countries';
import { STATES_OF_AN_AUTHORITY } from '../lexicon/titles';
import { isCommonWord } from '../nlp';
import { GAZETTEER, acronymKey, keyOf } from './gazetteer';
import { normalize, type Token } from './tokens';

export interface Found {
  name: string;
  type: EntityType;
  category?: OrgCategory;
  role?: string;
  /** A generic body's bare name ("Armed Forces") and the country that owns it, if known. */
  body?: string;
  owner?: string;
}

export interface Draft {
  name: string;
  type: EntityType;
  category?: OrgCategory;
  aliases: Set<string>;
  roles: Set<string>;
  mentions: Mention[];
  /** Set when merged into another record (a bare surname into the full name). */
  mergedInto?: Draft;
  /** Set when the record names no actor of the story (the article's own publisher). */
  dropped?: boolean;
  /** A generic body's bare name and its owner (generic-body.ts). */
  body?: string;
  owner?: string;
}

/** Reasons whose surface is not a name of the entity ("the group"). */
const NOT_ALIAS = /^coref:(?!surname)/;
/** Mentions that only count beside a stronger one of the same entity. */
const WEAK = new Set(['demonym-plural', 'gazetteer:code']);
/**
 * States whose demonym is also their governing authority's ("Palestinian President X",
 * "Palestinian gunmen"): written only so, the state is no actor of the article — annotators
 * name the authority or nothing (lexicon/titles.ts).
 */
const AUTHORITY_STATES: ReadonlySet<string> = new Set(
  COUNTRIES.filter((c) => STATES_OF_AN_AUTHORITY.has(c.code)).map((c) => c.name),
);
/** Heads whose stem names the same place ("Sindh Province" → "Sindh"). */
const STEM_HEADS = /^(state|province|region|governorate|district|county|oblast|prefecture)$/i;

export const entityId = (type: EntityType, name: string): string =>
  `${type.toLowerCase()}:${name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** The first word of a surface key (a token's norm may hold a space: NFKD of "¨" is " ̈"). */
export const leadWord = (key: string): string => {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
};

/** Notes in `longest` (first word → most words) the words of a key opening on its first word. */
export function noteLongest(longest: Map<string, number>, key: string): void {
  const words = key.split(' ').length;
  const lead = leadWord(key);
  if ((longest.get(lead) ?? 0) < words) longest.set(lead, words);
}

/**
 * Surface key → record, also keeping the most words a key opening on each word has, so that
 * longestMatch (context.ts) tries only the lengths some key of the article could have.
 */
class SurfaceMap extends Map<string, Draft> {
  private readonly longest = new Map<string, number>();

  override set(key: string, draft: Draft): this {
    noteLongest(this.longest, key);
    return super.set(key, draft);
  }

  longestFrom(lead: string): number {
    return this.longest.get(lead) ?? 0;
  }
}

export class Registry {
  private readonly drafts: Draft[] = [];
  private readonly byId = new Map<string, Draft>();
  /** The article's own lexicon: surface key → record. */
  private readonly surfaces = new SurfaceMap();

  /** Names and surnames of journalists credited in the article ("correspondent Ana Ruiz"). */
  private readonly credited = new Set<string>();
  /** Names of storms the article gives ("Cyclone Mora"): met again bare, still no actor. */
  private readonly storms = new Set<string>();

  constructor(private readonly text: string) {}

  /** The article's text from `start`, `length` characters of it. */
  textAt(start: number, length: number): string {
    return this.text.slice(start, start + length);
  }

  /** Notes the people a credit line names: each run of capitalised words, and its last word. */
  noteCredited(tokens: readonly Token[]): void {
    let run: Token[] = [];
    for (const t of [...tokens, undefined]) {
      if (t?.cap && !t.punct) {
        run.push(t);
        continue;
      }
      if (run.length > 1) {
        this.credited.add(keyOf(run.map((w) => w.norm)));
        this.credited.add(run[run.length - 1].norm);
      }
      run = [];
    }
  }

  /** "VOA correspondent Ana Ruiz … Ruiz said": a credited journalist met again is still no actor. */
  dropCredited(): void {
    if (!this.credited.size) return;
    for (const d of this.all())
      if (
        d.type === 'Person' &&
        d.mentions.every((m) => this.credited.has(keyOf(m.text.split(/\s+/).map(normalize))))
      )
        d.dropped = true;
  }

  /** Notes a storm's name, its words after the storm noun ("Mora" of "Cyclone Mora"). */
  noteStorm(words: readonly Token[]): void {
    if (words.length) this.storms.add(keyOf(words.map((w) => w.norm)));
  }

  /** "Cyclone Mora … Mora swept the coast": a record named only by a storm's name is none. */
  dropStormNames(): void {
    if (!this.storms.size) return;
    for (const d of this.all())
      if (d.mentions.every((m) => this.storms.has(keyOf(m.text.split(/\s+/).map(normalize)))))
        d.dropped = true;
  }

  /** The record a token sequence names in this article, if any. */
  lookup(tokens: readonly Token[]): Draft | undefined {
    const d = this.surfaces.get(keyOf(tokens.map((t) => t.norm)));
    return d && this.live(d);
  }

  lookupKey(key: string): Draft | undefined {
    const d = this.surfaces.get(key);
    return d && this.live(d);
  }

  /** The most words a surface key opening on `lead` has (0 when none does). */
  longestKeyFrom(lead: string): number {
    return this.surfaces.longestFrom(lead);
  }

  /** Records one mention of `found` over `tokens`, creating or merging its record. */
  mention(found: Found, tokens: readonly Token[], sentenceIndex: number, reason: string): Draft {
    const draft = this.resolve(found, tokens);
    this.addMention(draft, tokens, sentenceIndex, reason);
    if (found.role) draft.roles.add(found.role);
    return draft;
  }

  /** Adds a mention of an existing record. */
  addMention(draft: Draft, tokens: readonly Token[], sentenceIndex: number, reason: string): void {
    const d = this.live(draft);
    const start = tokens[0].start;
    const end = tokens[tokens.length - 1].end;
    const text = this.text.slice(start, end);
    // A surface first read as a weak mention ("NLD", a country's code) stays weak when the
    // article repeats it: repeating the letters does not name the country.
    const weak = d.mentions.find((m) => m.text === text && WEAK.has(m.reason));
    if (weak && reason === 'alias:article') reason = weak.reason;
    d.mentions.push({ entityId: '', text, start, end, sentenceIndex, reason });
    if (!NOT_ALIAS.test(reason)) {
      d.aliases.add(text);
      this.surfaces.set(keyOf(tokens.filter((t) => !t.punct).map((t) => t.norm)), d);
    }
  }

  /**
   * An acronym the article spells out ("National League for Democracy (NLD)") is that record's:
   * a record read before only from the same letters as a country code ("… with NLD securing
   * seats") gives its mentions to it.
   */
  claimCode(from: Draft, to: Draft): boolean {
    const d = this.live(from);
    if (d === this.live(to) || !d.mentions.every((m) => m.reason === 'gazetteer:code')) return false;
    this.merge(d, to);
    return true;
  }

  /**
   * An acronym the article spells out is that record's from the start: a record read earlier
   * only from the same letters ("BIS" in a headline, the lexicon's bank) gives its mentions to it.
   */
  claimAcronym(acronym: Token, to: Draft): void {
    const found = this.surfaces.get(acronym.norm);
    if (!found) return;
    const d = this.live(found);
    if (d === this.live(to) || !d.mentions.every((m) => m.text === acronym.text)) return;
    this.merge(d, to);
  }

  /** Registers an extra surface key for a record (an acronym, a stem) without a mention. */
  alias(draft: Draft, key: string): void {
    if (!this.surfaces.has(key)) this.surfaces.set(key, this.live(draft));
  }

  /** True when `word` opens the name of a body or place of several words in the article. */
  private opensName(word: string): boolean {
    return this.drafts.some(
      (d) =>
        d.type !== 'Person' &&
        d.name.includes(' ') &&
        normalize(d.name.slice(0, d.name.indexOf(' '))) === word,
    );
  }

  /** Takes a surface key away from a record ("Kyiv" is not the record of "the Kyiv region"). */
  unalias(draft: Draft, key: string): void {
    const d = this.surfaces.get(key);
    if (d && this.live(d) === this.live(draft)) this.surfaces.delete(key);
  }

  /** Gives a record another name (a shared demonym read for the other state), merging into that record if any. */
  rename(draft: Draft, name: string): void {
    const d = this.live(draft);
    const same = this.byId.get(entityId(d.type, name));
    if (same && this.live(same) !== d) {
      this.merge(d, same);
      return;
    }
    d.name = name;
    this.byId.set(entityId(d.type, name), d);
  }

  /**
   * Makes a record another actor: "the Yemeni army" read as a body becomes the country Yemen,
   * merging into that record if the article has it.
   */
  retype(draft: Draft, type: EntityType, name: string): void {
    const d = this.live(draft);
    d.type = type;
    d.category = undefined;
    d.body = undefined;
    d.owner = undefined;
    this.rename(d, name);
    this.joinPossessives(this.live(d));
  }

  /**
   * "⟦Chad⟧'s ⟦army⟧", both now one record's: one mention over "Chad's army", so that a list
   * reads "Chad's army and Cameroon's army attacked" as two actors, not as two possessives.
   */
  private joinPossessives(d: Draft): void {
    const sorted = [...d.mentions].sort((a, b) => a.start - b.start);
    const joined: Mention[] = [];
    for (const m of sorted) {
      const prev = joined[joined.length - 1];
      const gap = prev ? this.text.slice(prev.end, m.start) : '';
      if (prev && m.reason.startsWith('generic-body:') && /^['’]s?\s+$/.test(gap)) {
        const text = this.text.slice(prev.start, m.end);
        joined[joined.length - 1] = { ...prev, end: m.end, text, reason: m.reason };
      } else joined.push(m);
    }
    d.mentions = joined;
  }

  /** Folds one record into another: its mentions and surface forms become the other's. */
  merge(draft: Draft, into: Draft): void {
    const d = this.live(draft);
    const target = this.live(into);
    if (d === target) return;
    target.mentions.push(...d.mentions);
    for (const alias of d.aliases) target.aliases.add(alias);
    d.mergedInto = target;
  }

  /** Organisations mentioned in sentences [from, to], most recent last. */
  recentOrganizations(from: number, to: number): Draft[] {
    const out: Draft[] = [];
    for (const d of this.drafts) {
      if (d.mergedInto || d.type !== 'Organization') continue;
      if (
        d.mentions.some(
          (m) => m.sentenceIndex >= from && m.sentenceIndex <= to && !m.reason.startsWith('coref'),
        )
      )
        out.push(d);
    }
    return out;
  }

  /** The record a draft now lives in (itself unless merged). */
  current(d: Draft): Draft {
    return this.live(d);
  }

  all(): Draft[] {
    return this.drafts.filter((d) => !d.mergedInto && !d.dropped);
  }

  /** Leaves a record and its mentions out of the article's entities. */
  drop(d: Draft): void {
    this.live(d).dropped = true;
  }

  entities(): { entities: Entity[]; mentions: Mention[] } {
    const entities: Entity[] = [];
    const mentions: Mention[] = [];
    // "Palestinians" or "ISR" alone do not make the country an actor of the article.
    const live = this.all().filter(
      (d) =>
        d.mentions.some((m) => !WEAK.has(m.reason)) && !(AUTHORITY_STATES.has(d.name) && this.demonymOnly(d)),
    );
    const ids = new Map<Draft, string>();
    for (const d of live) ids.set(d, entityId(d.type, d.name));
    live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    for (const d of live) {
      const id = ids.get(d) as string;
      const own = d.mentions.map((m) => ({ ...m, entityId: id })).sort((a, b) => a.start - b.start);
      mentions.push(...own);
      entities.push({
        id,
        name: d.name,
        type: d.type,
        ...(d.category ? { category: d.category } : {}),
        aliases: [...new Set([d.name, ...d.aliases])],
        ...(d.roles.size ? { roles: [...d.roles] } : {}),
        mentionCount: own.length,
      });
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return { entities, mentions };
  }

  /** Every mention of the record is written as a demonym ("Palestinian", "Palestinians"). */
  private demonymOnly(d: Draft): boolean {
    return d.mentions.every((m) => {
      const hit = GAZETTEER.names.get(keyOf(m.text.split(/\s+/).map(normalize)));
      return hit?.kind === 'demonym' || hit?.kind === 'demonym-plural';
    });
  }

  private live(d: Draft): Draft {
    while (d.mergedInto) d = d.mergedInto;
    return d;
  }

  private resolve(found: Found, nameTokens: readonly Token[]): Draft {
    const words = nameTokens.filter((t) => !t.punct);
    const id = entityId(found.type, found.name);
    const same = this.byId.get(id);
    if (same) return this.live(same);
    if (found.type === 'Person') {
      const known = this.lookup(words);
      if (known?.type === 'Person') return this.upgrade(known, found.name, words);
      const existing = this.drafts.find(
        (d) =>
          !d.mergedInto &&
          d.type === 'Person' &&
          (isSurnameOf(d.name, found.name) ||
            isShortFormOf(d.name, found.name) ||
            isMiddleNameLeftOff(d.name, found.name) ||
            isFamilyNameOf(d.name, found.name) ||
            isTailOf(d.name, found.name) ||
            isGivenNameOfNasab(d.name, found.name)),
      );
      if (existing) return this.upgrade(existing, found.name, words);
    }
    // "the Kabul Serena Hotel" and "the Serena Hotel", in either order: the city's name before a place's.
    const site = found.type === 'Location' ? siteOf(words) : undefined;
    const earlier = site ? this.lookupKey(site) : undefined;
    if (earlier?.type === 'Location') return this.upgrade(earlier, found.name, words);
    const draft: Draft = {
      name: found.name,
      type: found.type,
      category: found.category,
      aliases: new Set(),
      roles: new Set(),
      mentions: [],
      ...(found.body ? { body: found.body, owner: found.owner } : {}),
    };
    this.drafts.push(draft);
    this.byId.set(id, draft);
    this.surfaces.set(keyOf(words.map((t) => t.norm)), draft);
    // "the Radwan Force … Hajj Radwan … Radwan commander X": a word that opens a body's or a
    // place's name in the article is no person's surname alone, whichever is met first.
    // "Win Hlaing": a Burmese name has no surname, so its last syllable names no one alone
    if (
      found.type === 'Person' &&
      words.length > 1 &&
      !this.opensName(words[words.length - 1].norm) &&
      !burmeseName(words.map((t) => t.norm))
    ) {
      this.alias(draft, words[words.length - 1].norm);
      // "Abdel Fattah al-Sisi" … "President Sisi": Arabic names are met again without the article
      const bare = ARTICLE_PREFIX.exec(words[words.length - 1].norm)?.[1];
      if (bare && bare.length > 2 && !this.opensName(bare)) this.alias(draft, bare);
      // … and the other way round: "Abdel Fattah Sisi" … "al-Sisi", "el-Sisi" (round 33)
      const surname = words[words.length - 1].norm;
      if (!bare && /^[a-z'’]{3,}$/.test(surname))
        for (const article of ['al', 'el']) this.alias(draft, `${article}-${surname}`);
    }
    if (found.type !== 'Person' && words.length > 1) {
      const person = this.surfaces.get(words[0].norm);
      if (person?.type === 'Person' && person.name.includes(' ')) this.unalias(person, words[0].norm);
    }
    // "Cho Hyun" … "Cho said", "Bui Thanh Son" … "Foreign Minister Bui": an East Asian name is
    // met again by its family name, its first word.
    if (found.type === 'Person' && isFamilyNamed(words.map((t) => t.norm))) this.alias(draft, words[0].norm);
    // "Ana Lucia Ruiz Soto" → "Ruiz" later: a long name carries two surnames (or a second given
    // name), and news may name the person by either; any word after the first is this person's.
    if (found.type === 'Person' && words.length > 2)
      for (const t of words.slice(1, -1))
        if (t.norm.length > 2 && !NAME_PARTICLES.has(t.norm)) this.alias(draft, t.norm);
    const last = words[words.length - 1]?.norm ?? '';
    // "Sindh Province" → "Sindh"; "Acme Corp" → "Acme".
    const stem =
      (found.type === 'Location' && STEM_HEADS.test(last)) ||
      (found.type === 'Organization' && CORPORATE_SUFFIXES.has(last));
    if (words.length > 1 && stem) {
      this.alias(draft, keyOf(words.slice(0, -1).map((t) => t.norm)));
      // "Acme Group Ltd", "Acme Holdings Inc" → "Acme" too: a group word before the legal form
      if (found.type === 'Organization' && words.length > 2 && GROUP_WORDS.has(words[words.length - 2].norm))
        this.alias(draft, keyOf(words.slice(0, -2).map((t) => t.norm)));
    }
    // "Corrigan Oil Company" → "Corrigan" again later: a firm by the word that names it, when that
    // word is no ordinary word and no listed name.
    const lead = words[0];
    if (
      found.type === 'Organization' &&
      found.category === 'company' &&
      words.length > 1 &&
      !isCommonWord(lead.text) &&
      !GAZETTEER.names.has(lead.norm) &&
      !GAZETTEER.acronyms.has(acronymKey(lead.text))
    )
      this.alias(draft, lead.norm);
    // "U.S. Foreign Service" → "Foreign Service" again later: the state's name before a body's.
    const owned = found.type === 'Organization' && !found.body ? stateBefore(words) : 0;
    if (owned && words.length - owned >= 2 && ORG_HEADS.has(last)) {
      this.alias(draft, keyOf(words.slice(owned).map((t) => t.norm)));
    }
    if (site) this.alias(draft, site);
    // "Syrian Observatory for Human Rights" → "Syrian Observatory" again later.
    const purpose = words.findIndex((t) => t.norm === 'for');
    if (found.type === 'Organization' && purpose >= 2) {
      this.alias(draft, keyOf(words.slice(0, purpose).map((t) => t.norm)));
    }
    return draft;
  }

  /** A bare surname met again with a full name: keep one record, under the fuller name. */
  private upgrade(draft: Draft, name: string, words: readonly Token[]): Draft {
    if (name.split(' ').length > draft.name.split(' ').length) {
      draft.name = name;
      this.byId.set(entityId(draft.type, name), draft);
      this.surfaces.set(keyOf(words.map((t) => t.norm)), draft);
      if (words.length > 1) this.surfaces.set(words[words.length - 1].norm, draft);
    }
    return draft;
  }
}

/** The Arabic article on a surname, "al-Sisi", "el-Sisi", "ash-Shara": the surname is also written without it. */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|en|es|et)-([a-z'’]+)$/;

/** "Austin" is the surname of "Lloyd Austin" (either way round). */
function isSurnameOf(a: string, b: string): boolean {
  const last = (s: string): string => s.split(' ').pop()?.toLowerCase() ?? '';
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  return short.split(' ').length === 1 && long.split(' ').length > 1 && last(long) === short.toLowerCase();
}

/**
 * "Mr. Qin" after "Qin Gang": news names East Asian people by the family name, which comes
 * first; for two-word names, where the first word is no given name of a Western order, and for
 * three-word names that open with a listed family name ("Bui" of "Bui Thanh Son").
 */
function isFamilyNameOf(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  const words = long.toLowerCase().split(' ');
  return (
    short.split(' ').length === 1 &&
    (words.length === 2 || isFamilyNamed(words)) &&
    words[0] === short.toLowerCase()
  );
}

/** "Cho Hyun", "Bui Thanh Son": two or three words, a listed family name first. */
function isFamilyNamed(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 3 && FAMILY_NAMES_FIRST.has(words[0]);
}

/** "Ana Ruiz" is the short form of "Ana Ruiz Soto" (either way round): a second surname left off. */
function isShortFormOf(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  return short.split(' ').length >= 2 && long.toLowerCase().startsWith(`${short.toLowerCase()} `);
}

/**
 * "Suu Kyi" after "Aung San Suu Kyi", "Ruiz Soto" after "Ana Lucia Ruiz Soto" (either way round):
 * a name of two words or more that ends a longer one, its given names left off.
 */
function isTailOf(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  const tail = ` ${short.toLowerCase()}`;
  if (short.split(' ').length < 2 || !long.toLowerCase().endsWith(tail)) return false;
  // "Salman bin Abdulaziz" in "Mohammed bin Salman bin Abdulaziz" is the father, after "bin":
  // another person (round 37)
  const before = long.toLowerCase().slice(0, -tail.length).split(' ').pop() ?? '';
  return !SON_OF.has(before);
}

/** The words of an Arabic name that say "son / daughter of" the name after them. */
const SON_OF = new Set(['bin', 'ibn', 'bint', 'ben']);

/** Words of an Arabic name's lineage: "Mohammed bin Salman", "Tamim bin Hamad Al Thani". */
const NASAB = new Set(['bin', 'ibn', 'bint', 'al']);

/**
 * "Sheikh Mohammed" after "Mohammed bin Abdulrahman Al Thani" (either way round): news names a
 * person of an Arabic name with a lineage by the given name, its first word.
 */
function isGivenNameOfNasab(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  const words = long.toLowerCase().split(' ');
  return (
    short.split(' ').length === 1 &&
    words.length >= 3 &&
    words[0] === short.toLowerCase() &&
    words.slice(1, -1).some((w) => NASAB.has(w))
  );
}

/**
 * "Ana Ruiz" after "Ana Maria Ruiz" or "Ana M. Ruiz" (either way round): the same first and last
 * word, a patronymic, middle name or initial left off.
 */
function isMiddleNameLeftOff(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length < b.split(' ').length ? [a, b] : [b, a];
  const s = short.toLowerCase().split(' ');
  const l = long.toLowerCase().split(' ');
  return s.length === 2 && l.length >= 3 && s[0] === l[0] && s[1] === l[l.length - 1];
}

/**
 * The key of a place's name without the known city, region or country that opens it ("Kabul
 * Serena Hotel" → "serena hotel"), when the rest has two words or more and ends in a place's head.
 */
function siteOf(words: readonly Token[]): string | undefined {
  if (!LOCATION_HEADS.has(words[words.length - 1]?.norm ?? '')) return undefined;
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const hit = GAZETTEER.names.get(keyOf(words.slice(0, n).map((t) => t.norm)));
    if (hit && (hit.kind === 'name' || hit.kind === 'capital') && hit.entity.type !== 'Organization')
      return keyOf(words.slice(n).map((t) => t.norm));
  }
  return undefined;
}

/** The number of words a country's name or code takes at the start of a name ("U.S.", "South Korea"), or 0. */
function stateBefore(words: readonly Token[]): number {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const hit =
      n === 1 && /^[A-Z.]+$/.test(words[0].text)
        ? GAZETTEER.acronyms.get(acronymKey(words[0].text))
        : GAZETTEER.names.get(keyOf(words.slice(0, n).map((t) => t.norm)));
    if (hit?.entity.type === 'Country' && hit.kind === 'name') return n;
  }
  return 0;
}
