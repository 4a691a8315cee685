// Generic body names ("Armed Forces", "Parliament", "Ministry of Defence") qualified by the
// country that owns them, so that "Sudan's Armed Forces" and "Ukraine's Armed Forces" are two
// entities with two ids. The owner is the country in the possessive just before the name; a
// bare name in an article clearly about one country is that country's; otherwise it stays bare.
import type { EntityType } from '../../model';
import { COUNTRIES, SHARED_DEMONYMS } from '../lexicon/countries';
import {
  ADJECTIVE_BODIES,
  BODIES_A_STATE_LACKS,
  FOREIGN_MINISTRY,
  BODY_PEOPLE_AND_VOICE,
  COLLECTIVES,
  GENERIC_BODIES,
  GENERIC_BODY_STARTS,
  STATE_ITSELF,
  OWN_BODIES_AFTER_POSSESSIVE,
  RUN_BY_ANOTHER,
  territoryMinistry,
} from '../lexicon/generic-bodies';
import { ORG_HEADS } from '../lexicon/heads';
import { PLACE_COUNTRIES, unnamedSceneCountry } from '../lexicon/phoenix';
import { escapeRegex } from '../escape-regex';
import { isAcronymShaped, tagsOf, type Match, type SentenceContext } from './context';
import { GAZETTEER, acronymKey, keyOf } from './gazetteer';
import { emit } from './emit';
import type { Draft, Registry } from './registry';
import { ownerAppealingToDateline } from './addressed-dateline-state';

/** Where news writes a short form before a body's name rather than the demonym. */
const PREFIX_OVERRIDES: Record<string, string> = { 'United States': 'U.S.' };

/** How many states use each demonym ("Congolese": two). */
const DEMONYM_USES: ReadonlyMap<string, number> = (() => {
  const uses = new Map<string, number>();
  for (const c of COUNTRIES) if (c.sovereign) for (const d of c.demonyms) uses.set(d, (uses.get(d) ?? 0) + 1);
  // A demonym news uses for a second state too ("Congolese"): shared-demonyms.ts settles it.
  const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
  for (const { usual } of SHARED_DEMONYMS)
    for (const d of byCode.get(usual)?.demonyms ?? []) uses.set(d, (uses.get(d) ?? 0) + 1);
  return uses;
})();

/** Country name → the word its bodies are named with: its demonym when no other state shares it. */
const PREFIXES: ReadonlyMap<string, string> = (() => {
  const uses = DEMONYM_USES;
  const out = new Map<string, string>();
  for (const c of COUNTRIES) {
    const demonym = c.demonyms.find((d) => uses.get(d) === 1);
    out.set(c.name, PREFIX_OVERRIDES[c.name] ?? demonym ?? c.name);
  }
  return out;
})();

/** PREFIXES by the first word of the prefix or of the country's name, in PREFIXES' order. */
const PREFIXES_BY_WORD: ReadonlyMap<string, [string, string][]> = (() => {
  const byWord = new Map<string, [string, string][]>();
  for (const [country, prefix] of PREFIXES)
    for (const word of new Set([prefix.split(' ')[0], country.split(' ')[0]])) {
      if (!byWord.has(word)) byWord.set(word, []);
      byWord.get(word)?.push([country, prefix]);
    }
  return byWord;
})();

/**
 * The state a listed body's own name places it in ("U.S. Senate" → United States), or undefined
 * for a body whose name carries no state ("European Central Bank", "Hezbollah").
 */
export function listedBodyCountry(name: string): string | undefined {
  const space = name.indexOf(' ');
  for (const [country, prefix] of space < 0 ? [] : (PREFIXES_BY_WORD.get(name.slice(0, space)) ?? []))
    if (name.startsWith(`${prefix} `) || name.startsWith(`${country} `)) return country;
  return undefined;
}

/** True when the name ("the Armed Forces", "Ministry of Foreign Affairs") could be any state's. */
export function isGenericBody(name: string): boolean {
  const key = name.toLowerCase().replace(/^the\s+/, '');
  return GENERIC_BODIES.has(key) || GENERIC_BODY_STARTS.some((s) => key.startsWith(s));
}

/** "Sudan", "Armed Forces" → "Sudanese Armed Forces". */
export const ownedName = (country: string, body: string): string =>
  `${PREFIXES.get(country) ?? country} ${body.replace(/^the\s+/i, '')}`;

/** A state's name or demonym and a short acronym: "Armenian MoD", "Indian MEA". */
const ACRONYM_AFTER_STATE = /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)? \p{Lu}[\p{Lu}\p{Ll}]{1,4}$/u;

/** An office's words, past its state's name or demonym and the spelling of "defence". */
function officeWords(name: string, country: string): string {
  const forms = [country, PREFIXES.get(country) ?? country];
  let key = name
    .toLowerCase()
    .replace(/defense/g, 'defence')
    .replace(/^the\s+/, '');
  for (const f of forms) key = key.replace(` of ${f.toLowerCase()}`, '').replace(`${f.toLowerCase()} `, '');
  return key;
}

/** Another record names the same office of the same state: "Ministry of Defense of Armenia", "Armenian Ministry of Defence". */
function sameOffice(o: Draft, d: Draft, country: string): boolean {
  const owned =
    o.owner === country || listedBodyCountry(o.name) === country || o.name.endsWith(` of ${country}`);
  return owned && officeWords(o.name, country) === officeWords(d.body ?? d.name, country);
}

/** The country named in the possessive just before token `from` ("Sudan's Armed Forces"). */
export function possessiveOwner(ctx: SentenceContext, from: number): Draft | undefined {
  const owner = possessiveName(ctx, from);
  return owner?.type === 'Country' ? owner : undefined;
}

/** The name in the possessive just before token `from`, of any type ("Gaza's Ministry of Health"). */
function possessiveName(ctx: SentenceContext, from: number): Draft | undefined {
  const { last, tokens } = ctx;
  // "Honduras' Supreme Court": a name ending in "s" takes the apostrophe alone.
  const apostrophe =
    ["'", '’'].includes(tokens[from - 1]?.text ?? '') && /s$/i.test(tokens[from - 2]?.text ?? '');
  const end = apostrophe ? from - 1 : from;
  if (!last || last.end !== end || !(apostrophe || tokens[from - 1]?.possessive)) return undefined;
  return ctx.registry.current(last.draft);
}

/** "Sudan's Armed Forces" as written: the owner's mention through the body's last token. */
export function possessiveAlias(ctx: SentenceContext, owner: Draft, to: number): string {
  const start = owner.mentions[owner.mentions.length - 1].start;
  return ctx.text.slice(start, ctx.tokens[to - 1].end);
}

/** The name (and owner) an organisation found over tokens [from, to) is recorded under. */
export function bodyName(
  ctx: SentenceContext,
  from: number,
  found: { name: string; type: EntityType },
): { name: string; body?: string; owner?: string } {
  if (found.type !== 'Organization' || !isGenericBody(found.name)) return { name: found.name };
  // a place's own body ("Gaza's Ministry of Health") is that place's, never the article's country's
  const owner = possessiveName(ctx, from);
  return owner && (owner.type === 'Country' || owner.type === 'Location')
    ? { name: ownedName(owner.name, found.name), body: found.name, owner: owner.name }
    : { name: found.name, body: found.name };
}

/** Each capital's country, by the capital's name ("Beijing" → "China"). */
const COUNTRY_OF_CAPITAL: ReadonlyMap<string, string> = new Map(
  COUNTRIES.filter((c) => c.sovereign).flatMap((c) => c.capitals.map((k): [string, string] => [k, c.name])),
);

/** "the Ministry of Foreign Affairs in Beijing": a capital or country written right after the name. */
const PLACED_AFTER = /^ in (?:the )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})/u;

/**
 * "the Ministry of Health in the enclave", "the health ministry in Hamas-run Gaza": a body placed
 * in a territory that is no state of ours; it is not the article's country's.
 */
const PLACED_IN_TERRITORY =
  /^ in (?:the )?(?:enclave|territory|territories|strip|[\p{L}-]+-(?:run|controlled|held) \p{Lu})/u;

/** A bare body some mention places in a territory rather than a state. */
function placedInTerritory(d: Draft, text: string): boolean {
  return d.mentions.some((m) => PLACED_IN_TERRITORY.test(text.slice(m.end, m.end + 40)));
}

/** The country a bare body's mention places it in ("… in Beijing"), if any. */
function placedIn(d: Draft, text: string): string | undefined {
  for (const m of d.mentions) {
    const place = PLACED_AFTER.exec(text.slice(m.end, m.end + 40))?.[1].replace(/\.$/, '');
    const country = place && (COUNTRY_OF_CAPITAL.get(place) ?? COUNTRIES.find((c) => c.name === place)?.name);
    if (country) return country;
  }
  return undefined;
}

/**
 * Once the article is read: a bare generic body written "in" a capital or country is that
 * country's ("the Ministry of Foreign Affairs in Beijing" in a Philippine story is China's); the
 * rest belong to the one country the article is clearly about (named at least twice and more
 * often than any other), else they stay bare.
 */
export function qualifyBareBodies(registry: Registry, text: string): void {
  const bare = registry.all().filter((d) => d.body !== undefined && d.owner === undefined);
  if (!bare.length) return;
  const places = registry
    .all()
    .filter((o) => o.type === 'Location')
    .map((o) => o.name);
  for (const d of bare) {
    // "the Ministry of Education of China" names its owner already: no second, guessed one
    const named = COUNTRIES.find((c) => d.name.endsWith(` of ${c.name}`))?.name;
    if (named) {
      d.owner = named;
      continue;
    }
    // … nor does "the Armenian MoD", the acronym written with its state's demonym (round 41)
    const written = [...d.aliases]
      .filter((a) => ACRONYM_AFTER_STATE.test(a))
      .map(listedBodyCountry)
      .find((c) => c !== undefined);
    if (written) {
      d.owner = written;
      // the same office written out elsewhere ("the Ministry of Defense of ⟦X⟧") is one body
      const same = registry
        .all()
        .find((o) => o !== d && o.type === 'Organization' && sameOffice(o, d, written));
      if (same) registry.merge(d, same);
      else registry.rename(d, ownedName(written, d.body as string));
      continue;
    }
    const country = placedIn(d, text);
    if (!country) continue;
    d.owner = country;
    registry.rename(d, ownedName(country, d.body as string));
  }
  const drafts = registry.all();
  const bodies = drafts.filter((o) => o.type === 'Organization');
  // the names of the article's bodies that may own a bare body in the possessive
  const groups = bodies.filter((o) => o.body === undefined).flatMap((o) => [o.name, ...o.aliases]);
  // a story set in a country it never names gives its bare bodies no owner (unnamedSceneCountry)
  const sceneUnnamed = !!unnamedSceneCountry(
    places,
    bodies.map((o) => o.name),
    drafts.filter((o) => o.type === 'Country').map((o) => o.name),
  );
  for (const d of bare) {
    if (
      d.owner !== undefined ||
      placedInTerritory(d, text) ||
      runByAnother(registry, d) ||
      ownedByGroup(registry, d, groups)
    )
      continue;
    // "The Xian Foreign Ministry said … the Foreign Ministry added": the bare name is the
    // one owned body of that name the article has named (round 32)
    const owned = registry
      .all()
      .filter(
        (o) =>
          o !== d &&
          o.type === 'Organization' &&
          (o.body === d.body ? o.owner !== undefined : o.name.endsWith(` ${d.body}`)),
      );
    if (owned.length === 1) {
      registry.merge(d, owned[0]);
      continue;
    }
    // (a foreign ministry appealing to the dateline's own state speaks for another: round 48)
    const appealing = FOREIGN_MINISTRY.test(d.body as string)
      ? ownerAppealingToDateline(registry, d, datelineCountry(registry.textAt(0, 300)))
      : undefined;
    const owner =
      appealing !== undefined
        ? (appealing ?? undefined)
        : bareBodyOwner(registry, d.body as string, () =>
            territoryMinistry([d.name], places) || sceneUnnamed ? undefined : leadCountry(registry, d.body),
          );
    if (!owner) continue;
    d.owner = owner;
    registry.rename(d, ownedName(owner, d.body as string));
  }
}

/** "KHARTOUM —", "ISLAMABAD:", "Islamabad (Agency) -", "ABU DHABI, 1st Aug. 2023 (WAM) --": a dateline capital. */
const DATELINE =
  /^\s*(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?:,[^—–\n]{0,30})?(?: \([^)\n]{1,30}\))? ?(?:[—–-]|:(?= ))/u;

/**
 * A headline line a plain-text file opens on: one short line with no sentence end, then a break.
 * The dateline opens the paragraph after it (a JSON Lines record gives the title apart).
 */
const HEADLINE_LINE = /^[^\n]{1,160}(?<![.!?"”’])\n+/;

/** The country whose capital the article's dateline names, if it opens on one (or on the line after its headline). */
export function datelineCountry(text: string): string | undefined {
  const capital = datelineCapital(text);
  return capital && COUNTRY_OF_CAPITAL.get(capital);
}

/**
 * The state a story's dateline sets it in, for weighing the article's dominant country: its
 * capital's ("KHARTOUM —"), else the state the gazetteer files any other place under
 * ("PUTRAJAYA, April 9 —", "ZAMBOANGA —"), else a state written after the place ("ZAMBOANGA,
 * Philippines (AP) —"). A local paper's bare titles ("Foreign Minister X") are its own state's
 * (round 49, fresh news: a seat of government that is not the capital gave the host's ministers
 * to the visiting state).
 */
export function datelineState(text: string): string | undefined {
  const capital = datelineCountry(text);
  if (capital) return capital;
  const headline = HEADLINE_LINE.exec(text)?.[0].length ?? 0;
  const opening = DATELINE.exec(text) ?? (headline ? DATELINE.exec(text.slice(headline)) : null);
  if (!opening) return undefined;
  const filed = PLACE_COUNTRIES.get(capitalised(opening[1].toLowerCase()));
  if (filed) return filed;
  const after = opening[0].slice(opening[1].length);
  return COUNTRIES.find((c) => c.sovereign && new RegExp(`^, ${escapeRegex(c.name)}\\b`).test(after))?.name;
}

/** The capital the article's dateline names, in the gazetteer's spelling ("NEW DELHI" → "New Delhi"). */
export function datelineCapital(text: string): string | undefined {
  const headline = HEADLINE_LINE.exec(text)?.[0].length ?? 0;
  // a headline may itself open like a dateline ("PML-N, IPP hail …" reads "PML" before a dash):
  // then the paragraph after it is tried too (round 38)
  return capitalOpening(text) ?? (headline ? capitalOpening(text.slice(headline)) : undefined);
}

/** Where the article's dateline ends, on its first line or the one after its headline (0: none). */
export function datelineEnd(text: string): number {
  const opening = DATELINE.exec(text);
  if (opening) return opening[0].length;
  const headline = HEADLINE_LINE.exec(text)?.[0].length ?? 0;
  const next = headline ? DATELINE.exec(text.slice(headline)) : null;
  return next ? headline + next[0].length : 0;
}

/** The capital that opens `text` as a dateline. */
function capitalOpening(text: string): string | undefined {
  const place = DATELINE.exec(text)?.[1];
  const capital = place && capitalised(place.toLowerCase());
  return capital && COUNTRY_OF_CAPITAL.has(capital) ? capital : undefined;
}

/**
 * The state a bare body is given: the story's (`storyState`), but for a foreign ministry the
 * dateline capital's or none. A foreign ministry speaks about other states far more than about its
 * own: the state a story names most is as often the one it condemns or thanks ("the Ministry of
 * Foreign Affairs condemned the attack in X", round 35).
 */
export function bareBodyOwner(
  registry: Registry,
  body: string,
  storyState: () => Draft | undefined,
): string | undefined {
  return FOREIGN_MINISTRY.test(body) ? datelineCountry(registry.textAt(0, 300)) : storyState()?.name;
}

/**
 * "the Taliban's Ministry of Defense": a mention owned in the possessive by a body that is no state
 * (`groups`: the names and aliases of the article's bodies that are no generic body) names that
 * body's ministry; the story's state does not own it (round 36).
 */
function ownedByGroup(registry: Registry, d: Draft, groups: readonly string[]): boolean {
  return d.mentions.some((m) => {
    const before = registry.textAt(Math.max(0, m.start - 60), Math.min(60, m.start));
    return groups.some((g) => before.endsWith(`${g}'s `) || before.endsWith(`${g}’s `));
  });
}

/** "the Houthi-run Health Ministry": every mention of the body says another side runs it (round 32). */
const runByAnother = (registry: Registry, d: Draft): boolean =>
  d.mentions.every((m) =>
    RUN_BY_ANOTHER.test(registry.textAt(Math.max(0, m.start - 30), Math.min(30, m.start))),
  );

/**
 * "his ⟦Afghan⟧ counterpart": a demonym on the counterpart names the other side of a meeting, the
 * guest or the host the story is told against, not the country the story is about; so does one on
 * an envoy or a mission ("the ⟦Russian⟧ ambassador was summoned to the Ministry of Foreign
 * Affairs": the ministry is the host's, round 34).
 */
const COUNTERPART_AFTER = /^\s+(?:counterparts?|ambassadors?|embassy|envoys?|diplomats?|consulate)\b/i;

/**
 * The one country the article is clearly about: named at least twice and more often than any other;
 * for a generic `body`, among the countries that have such a body (BODIES_A_STATE_LACKS).
 */
export function articleCountry(registry: Registry, body?: string): Draft | undefined {
  const ranked = registry
    .all()
    .filter((d) => d.type === 'Country' && !(body !== undefined && BODIES_A_STATE_LACKS.get(d.name)?.(body)))
    .map((d) => ({
      d,
      n: d.mentions.filter(
        (m) => !m.reason.startsWith('coref') && !COUNTERPART_AFTER.test(registry.textAt(m.end, 14)),
      ).length,
    }))
    .sort((a, b) => b.n - a.n);
  const [top, second] = ranked;
  return top && top.n >= 2 && !(second && second.n === top.n) ? top.d : undefined;
}

/**
 * The article's country for a bare body (articleCountry), when at least two sentences name it. A
 * story about one state may name a neighbour several times in one sentence ("attended by President
 * X of ⟦B⟧ … the conflict between ⟦B⟧'s forces and rebels in ⟦B⟧'s east"); one such sentence does
 * not make the story the neighbour's, and a bare "Constitutional Court" is not the neighbour's
 * (round 48, fresh news).
 */
function leadCountry(registry: Registry, body: string | undefined): Draft | undefined {
  const about = articleCountry(registry, body);
  if (!about) return undefined;
  const sentencesOf = (d: Draft) =>
    new Set(d.mentions.filter((m) => !m.reason.startsWith('coref')).map((m) => m.sentenceIndex)).size;
  return sentencesOf(about) >= 2 ? about : undefined;
}

/** Tags of a word after a body's name that make the name an adjective ("military operation"). */
const NOUN_AFTER = ['Noun', 'Adjective'];
const capitalised = (words: string): string => words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/**
 * How many lower-case tokens from k name a state's body ("defense ministry", "army"), or 0.
 * After a possessive only a body of its own ("Pakistan's army", not "Ukraine's military").
 */
function lowercaseBodyLength(ctx: SentenceContext, k: number, afterPossessive: boolean): number {
  const { tokens } = ctx;
  const len = [2, 1].find((n) => {
    const words = tokens.slice(k, k + n);
    if (
      words.length < n ||
      words.some((t) => t.cap || t.punct) ||
      words.slice(0, -1).some((t) => t.possessive)
    )
      return false;
    const key = words.map((t) => t.norm).join(' ');
    return (
      GENERIC_BODIES.has(key) &&
      !STATE_ITSELF.has(key) &&
      !COLLECTIVES.has(key) &&
      (!afterPossessive || OWN_BODIES_AFTER_POSSESSIVE.has(key))
    );
  });
  if (!len) return 0;
  const after = tokens[k + len];
  const last = tokens[k + len - 1];
  if (!after || after.punct || last.possessive || !NOUN_AFTER.some((tag) => tagsOf(ctx, after).has(tag)))
    return len;
  // "guarded Ghana's electoral commission ahead of the vote": an adjective before a preposition
  // says where or when, and qualifies no noun of the body's name
  const beyond = tokens[k + len + 1];
  if (!tagsOf(ctx, after).has('Noun') && beyond && tagsOf(ctx, beyond).has('Preposition')) return len;
  // "the Indian foreign ministry statement", "Chadian army defectors": the noun after is the
  // body's voice or its people, not a thing the body's name describes ("military operation").
  return !ADJECTIVE_BODIES.has(last.norm) && BODY_PEOPLE_AND_VOICE.has(after.norm) ? len : 0;
}

/**
 * "Pakistan's army says", "Austria's armed forces": a state's force in lower case after the
 * country's possessive, read once the country is (`ctx.last` ends at token k). The body is a
 * record of its own, named with its owner ("Pakistani Army"). Returns the tokens read from k, or 0.
 */
export function readPossessiveLowercaseBody(ctx: SentenceContext, k: number): number {
  const { tokens } = ctx;
  const owner = possessiveOwner(ctx, k);
  if (!owner) return 0;
  const len = lowercaseBodyLength(ctx, k, true);
  if (!len) return 0;
  const words = tokens.slice(k, k + len);
  const body = capitalised(words.map((t) => t.text).join(' '));
  const category = ORG_HEADS.get(words[len - 1].norm) ?? 'government';
  emit(ctx, k, k + len, { name: body, type: 'Organization', category }, 'generic-body:possessive');
  return len;
}

/**
 * "the Israeli military said", "the Indian foreign ministry": a country's body written in lower
 * case after its demonym, read as one name with it, as "Sudanese Armed Forces" is (after
 * a possessive: readPossessiveLowercaseBody). Returns the tokens read from i, or 0.
 */
export function readLowercaseBody(ctx: SentenceContext, i: number, known: Match): number {
  const { tokens } = ctx;
  const words = tokens.slice(i, i + known.length);
  // The gazetteer's reading of the words, also once the article's own lexicon knows them
  // ("Sudanese" met before, so `known` is the article's record of Sudan).
  const hit =
    known.hit ??
    (known.length === 1 && isAcronymShaped(words[0].text)
      ? GAZETTEER.acronyms.get(acronymKey(words[0].text))
      : GAZETTEER.names.get(keyOf(words.map((t) => t.norm))));
  const country = hit?.entity;
  // After a demonym any body; after the country's name only a force of its own ("the Chile army
  // chief"), as after its possessive: "the US military" reads as the state itself as often (the
  // gold files disagree).
  // (not "Chile's army": readPossessiveLowercaseBody keeps the country a mention of its own)
  const byName = hit?.kind === 'name' && !words[words.length - 1].possessive;
  if (country?.type !== 'Country' || (hit?.kind !== 'demonym' && !byName)) return 0;
  // "Congolese police": which Congo is settled only once the article is read (shared-demonyms.ts).
  const demonym = words.map((t) => t.text).join(' ');
  if (!byName && (DEMONYM_USES.get(demonym) ?? 1) > 1) return 0;
  const k = i + known.length;
  const len = lowercaseBodyLength(ctx, k, byName);
  if (!len) return 0;
  const last = tokens[k + len - 1];
  const body = capitalised(
    tokens
      .slice(k, k + len)
      .map((t) => t.text)
      .join(' '),
  );
  const category = ORG_HEADS.get(last.norm) ?? 'government';
  const name = ownedName(country.name, body);
  emit(
    ctx,
    i,
    k + len,
    { name, type: 'Organization', category, body, owner: country.name },
    'generic-body:demonym',
  );
  return known.length + len;
}
