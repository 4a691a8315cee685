#!/usr/bin/env node
// Builds src/extract/lexicon/phoenix-actors.json from the Phoenix (PETRARCH2) dictionaries in
// ../shared/reference/petrarch2 (MIT, Open Event Data; the notice is kept beside the output as
// PHOENIX-LICENSE.txt). Format notes: petrarch2/dictionaries.rst ("Actor Dictionary").
//   organisations  Phoenix.International.actors.txt: IGOs, NGOs, companies, media (people left out)
//   armed groups   Phoenix.MilNonState.actors.txt: with their aliases and home country
//   role nouns     Phoenix.agents.txt: "minister" → GOV, "commander" → MIL …
//   places         Phoenix.Countries.actors.txt: the cities, provinces and districts each
//                  country's record lists as its aliases ("+KANDAHAR", "+IDLIB"), with the country
//   state bodies   Phoenix.Countries.actors.txt: national institutions, parties and rebel groups
//                  filed under a country ("INTER-SERVICES_INTELLIGENCE [PAKSPY]")
//   people         Phoenix.Countries.actors.txt: heads of state and government and ministers
//                  ("HAMID_KARZAI_ [AFGGOV]"), names of two or more words
// Entries that would make entities of ordinary words are dropped (see `keep` below), and so
// are names our own lexicon already has, except their other spellings (`spellings`). Run after
// changing the rules here:
//   npm run build && node scripts/build-actors.mjs
// or, to rewrite only the spellings of our own actors and leave the rest as it was built:
//   npm run build && node scripts/build-actors.mjs --variants-only
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ref = resolve(root, '../shared/reference/petrarch2');
const out = join(root, 'src/extract/lexicon');
const countries = require('world-countries');
// The built lexicons: compromise's word list and our own names, to drop what they already cover.
const { isCommonWord, isFirstName, nlp } = require(join(root, 'dist/extract/nlp'));
/** An English word compromise knows or reads as an adjective ("direct", "popular"). */
const ordinary = (w) => isCommonWord(w) || nlp(w.toLowerCase()).has('#Adjective');
const { GAZETTEER } = require(join(root, 'dist/extract/entities/gazetteer'));
const { tokenize } = require(join(root, 'dist/extract/entities/tokens'));
const { LOCATION_HEADS, ORG_HEADS } = require(join(root, 'dist/extract/lexicon/heads'));

/** Longest name kept, in words: longer names cost every lookup and are rarely written whole. */
const MAX_WORDS = 8;
const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'al', 'to', 'with', 'a']);
/** Words that make a name an organisation's (a person's name has none). */
const ORG_WORDS =
  /\b(organi[sz]ation|union|fund|bank|programme|program|agency|council|court|association|federation|institute|committee|commission|network|alliance|corporation|company|group|league|party|front|movement|army|brigades?|forces?|society|foundation|centre|center|office|board|authority|secretariat|conference|community|forum|trust|international|partnership|watch|cross|crescent|coalition|initiative|assembly|parliament|tribunal|bureau|service|news|press|agency|radio|television|times|post)\b/i;
/** Codes whose records are people ("ELI" elites) or not organisations at all. */
const PERSON_CODES = /^(ELI|---)/;

/** Words that begin people's names in the armed-group list ("Abu …", "Sheikh …"). */
const PERSON_STARTS =
  /^(abu|abd|abdul|abdullah|mohammad|mohammed|muhammad|mohamed|sheikh|osama|jamal|khalid|mullah)$/i;
/** Codes of the list, not names. */
const NOT_NAMES = new Set(['MNC', 'MNCS']);

/** A person's name filed as an organisation: "Tom Failla", "Abu Hussain" (no organisation word). */
function looksLikePerson(name) {
  const first = name.split(' ')[0];
  return (
    (isFirstName(first) || PERSON_STARTS.test(first)) && !ORG_WORDS.test(name) && name.split(' ').length <= 4
  );
}

const iso3 = new Map(countries.map((c) => [c.cca3, c.name.common]));

/** Reads one actor file into records: { phrase, synonyms, code }. */
function readActors(file) {
  const records = [];
  let current;
  for (const raw of readFileSync(join(ref, file), 'latin1').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]\s]*)/g)].map((m) => m[1]);
    if (/^\s/.test(line)) {
      if (current && !current.code && codes[0]) current.code = codes[0];
      continue;
    }
    const phrase = line.replace(/[[{].*$/, '').trim();
    if (line.startsWith('+')) {
      if (current && phrase.length > 1) current.synonyms.push(phrase.slice(1));
      continue;
    }
    current = { phrase, synonyms: [], code: codes[0] ?? '' };
    records.push(current);
  }
  return records;
}

/** "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → { name: "Aden Abyan Islamic Army", acronym: "AAIA" }. */
function nameOf(phrase) {
  const acronym = phrase.match(/\(([A-Z][A-Z-]{1,9})\)/)?.[1];
  const words = phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/[_\s]+/)
    .filter(Boolean);
  if (!words.length || words.some((w) => /[^A-Za-z0-9.'&-]/.test(w))) return { acronym };
  // One short word is an acronym ("IAEA", "EPA"): left out, as acronyms are (see `record`).
  if (words.length === 1 && words[0].length <= 4 && !/[.'-]/.test(words[0])) return { acronym };
  if (words.length > 1 && /^the$/i.test(words[0])) words.shift();
  const name = words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && MINOR.has(lower)) return lower;
      return lower.replace(/(^|[-'.])([a-z])/g, (_, sep, c) => sep + c.toUpperCase()).replace(/'S$/, "'s");
    })
    .join(' ');
  return { name, acronym };
}

/** True when our own lexicons name it (the gazetteer's `cased` hits are this file's previous output). */
const ours = (hit) => hit !== undefined && !hit.cased;
const known = (name) =>
  ours(
    GAZETTEER.names.get(
      tokenize(name, name, 0)
        .filter((t) => !t.punct)
        .map((t) => t.norm)
        .join(' '),
    ),
  ) || ours(GAZETTEER.acronyms.get(name.replace(/[.-]/g, '')));

/**
 * True when a name may be looked up in news text without making entities of ordinary words:
 * not one common English word ("Apple", "Shell", "Action"), not a name our lexicons already
 * have, not longer than MAX_WORDS, and not two words that are both ordinary ("Angry Brigade"
 * stays only with a head word as its last).
 */
function keep(name) {
  if (!name || name.length < 3 || /\d/.test(name)) return false;
  const words = name.split(' ');
  if (words.length > MAX_WORDS) return false;
  if (known(name)) return false;
  const plain = words.filter((w) => !MINOR.has(w.toLowerCase()));
  // One word that is a kind of body ("Organization", "Foundation") names no one body.
  if (plain.length === 1)
    return (
      !isCommonWord(plain[0]) && !/^[A-Z][a-z]+s$/.test(plain[0]) && !ORG_HEADS.has(plain[0].toLowerCase())
    );
  // "Direct Action", "Popular Resistance": ordinary words unless an organisation word ends them.
  if (plain.length <= 3 && plain.every(ordinary) && !ORG_WORDS.test(plain[plain.length - 1])) return false;
  return true;
}

const CATEGORY_BY_CODE = [
  [/^IGO/, 'international'],
  [/^NGO/, 'other'],
  [/^MNC/, 'company'],
  [/^MED/, 'media'],
];

/**
 * An alias made only of ordinary and organisation words ("National Front", "United National
 * Front" filed under other groups' names) names many bodies in news, not the record's one: kept,
 * it turns every party or coalition so called into that group (round 29, fresh news).
 */
function generic(alias) {
  return alias
    .split(' ')
    .filter((w) => !MINOR.has(w.toLowerCase()))
    .every((w) => ordinary(w) || ORG_WORDS.test(w) || ORG_HEADS.has(w.toLowerCase()));
}

const seen = new Set();
const dropped = { person: 0, ordinary: 0 };
/** Adds a record as [name, category, ...aliases] when its name may be kept. */
function record(list, { phrase, synonyms }, category, extra = {}) {
  const { name } = nameOf(phrase);
  if (!name || seen.has(name.toLowerCase())) return;
  if (looksLikePerson(name)) {
    dropped.person++;
    return;
  }
  if (!keep(name) || NOT_NAMES.has(name)) {
    dropped.ordinary++;
    return;
  }
  const aliases = [
    ...new Set(
      // No acronyms: short ones name many things ("EPA" is a Venezuelan group in the list); the
      // article's own "(ABC)" after a name gives the one it means.
      synonyms.map((s) => nameOf(s).name).filter((a) => a && a !== name && keep(a) && !generic(a)),
    ),
  ];
  seen.add(name.toLowerCase());
  list.push({ name, category, aliases, ...extra });
}

/**
 * Spellings of the actors our own lexicon names: a record whose name we already have is left out
 * (see `keep`), but its synonyms that spell the same name another way ("TALEBAN" for "TALIBAN",
 * "AL_QAIDA" for "AL-QAEDA") are taken as aliases of our record. A synonym counts as a spelling
 * when its letters are at most one edit off the name's per four letters (a synonym that names a
 * wing or an offshoot, "AL_QAIDA_OFFSHOOT", is further off), and the name has six letters or more.
 */
const variantsByName = new Map();
/** Our record's canonical name for a known name, from the built gazetteer. */
const ourName = (name) =>
  GAZETTEER.names.get(
    tokenize(name, name, 0)
      .filter((t) => !t.punct)
      .map((t) => t.norm)
      .join(' '),
  )?.entity.name;
function spellings({ phrase, synonyms }) {
  const { name } = nameOf(phrase);
  if (!name) return;
  const names = [name, ...synonyms.map((s) => nameOf(s).name).filter(Boolean)];
  const letters = lettersOfName(name);
  // The record's name, or else a synonym of it that is a spelling of its name ("AL_QA'IDA" with
  // "+AL_QAIDA"), is the one our lexicon knows.
  const knownAs = [name, ...names.slice(1).filter((a) => distance(lettersOfName(a), letters) <= 1)].find(
    known,
  );
  const target = knownAs && ourName(knownAs);
  if (!target || letters.length < 6) return;
  for (const a of names) {
    if (!a || known(a) || !keep(a) || /\d/.test(a)) continue;
    if (distance(lettersOfName(a), letters) > Math.floor(letters.length / 4)) continue;
    const list = variantsByName.get(target) ?? [];
    if (!list.includes(a)) list.push(a);
    variantsByName.set(target, list);
  }
}
const lettersOfName = (s) => s.toLowerCase().replace(/[^a-z]/g, '');
const organizations = [];
for (const r of readActors('Phoenix.International.actors.txt')) {
  spellings(r);
  const category = CATEGORY_BY_CODE.find(([re]) => re.test(r.code))?.[1];
  const { name } = nameOf(r.phrase);
  // People carry no organisation word and no organisation code of their own.
  if (!category || PERSON_CODES.test(r.code) || (category !== 'company' && name && !ORG_WORDS.test(name))) {
    dropped.person++;
    continue;
  }
  record(organizations, r, category);
}
/**
 * The armed-group list files some people under their group's code ("ISNILON_T_HAPILON__
 * [IMGSEAMUSASF]"). A name with a middle initial is a person's (not "E"/"I", the izafe of
 * "Lashkar-e-Taiba"); the records that end in that person's surname, or are the first name
 * alone, are other writings of the same person ("Totoni Hapilon", "Isnilon").
 */
const MIDDLE_INITIAL = /^([a-z'-]+) (?![ei]\b)[a-z]\.? ([a-z'-]+)$/;
function listedPeople(records) {
  const firsts = new Set();
  const surnames = new Set();
  for (const r of records) {
    const m = MIDDLE_INITIAL.exec((nameOf(r.phrase).name ?? '').toLowerCase());
    if (!m || PERSON_STARTS.test(m[1])) continue;
    firsts.add(m[1]);
    surnames.add(m[2]);
  }
  return (name) => {
    const lower = name.toLowerCase();
    const words = lower.split(' ');
    if (ORG_WORDS.test(name) || words.length > 3) return false;
    const initial = MIDDLE_INITIAL.exec(lower);
    if (initial && !PERSON_STARTS.test(initial[1])) return true;
    return (words.length === 1 && firsts.has(words[0])) || surnames.has(words[words.length - 1]);
  };
}

const armedGroups = [];
const milNonState = readActors('Phoenix.MilNonState.actors.txt');
const isListedPerson = listedPeople(milNonState);
for (const r of milNonState) {
  spellings(r);
  if (isListedPerson(nameOf(r.phrase).name ?? '')) {
    dropped.person++;
    continue;
  }
  const country = iso3.get(r.code.slice(0, 3));
  record(armedGroups, r, 'armed_group', country ? { country } : {});
}

/** Role nouns: "MINISTER_ [~GOV]" → ["minister", "GOV"]; one or two plain words only. */
const roles = {};
for (const raw of readFileSync(join(ref, 'Phoenix.agents.txt'), 'latin1').split(/\r?\n/)) {
  const m = raw.replace(/#.*$/, '').match(/^([A-Z][A-Z_-]*?)_?\s.*\[~([A-Z]{3})/);
  if (!m) continue;
  const words = m[1].toLowerCase().split('_').filter(Boolean);
  if (words.length > 2 || words.some((w) => !/^[a-z-]+$/.test(w))) continue;
  roles[words.join(' ')] ??= m[2];
}

// ----- Phoenix.Countries.actors.txt: places, state bodies and people, each with its country.
/** A country's sector codes → organisation category ("PAKSPY" → government). */
const SECTOR_CATEGORY = [
  [/^(MIL)/, 'military'],
  [/^(GOV|SPY|COP|JUD|LEG)/, 'government'],
  [/^(REB|INS|UAF)/, 'armed_group'],
  [/^(OPP|PTY)/, 'political'],
  [/^(BUS)/, 'company'],
  [/^(MED)/, 'media'],
  [/^(NGO)/, 'other'],
];
/** A leader's title filed as an alias of the body ("CHAIRMAN_OF_THE_FEDERATION_COUNCIL"). */
const TITLE_START =
  /^(chairman|chairwoman|chair|president|minister|head|director|secretary|speaker|leader)\b/i;
const lettersOf = (s) => s.toLowerCase().replace(/[^a-z]/g, '');
/** Edit distance, for the lists' misspellings of a country's own name ("BAKISTAN", "AFGHANSITAN"). */
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
const countryByIso = new Map(countries.map((c) => [c.cca3, c]));
/** The country's own names and demonyms, letters only: its record's aliases that spell these are no places. */
function ownNames(c) {
  const names = [
    c.name.common,
    c.name.official,
    ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f]),
  ];
  return [...new Set(names.filter(Boolean).map(lettersOf))];
}
/** A spelling of the country itself: its name, demonym, a misspelling, or a phrase holding either. */
function spellsCountry(alias, own) {
  const a = lettersOf(alias);
  return own.some(
    (n) =>
      a.includes(n) ||
      n.includes(a) ||
      a.slice(0, 4) === n.slice(0, 4) ||
      distance(a, n) <= Math.max(2, n.length / 3),
  );
}
/** Place words the lists leave in a place's name ("LOGAR_PROVINCE"): kept, they are part of it. */
const NOT_PLACE = /\b(of|republic|kingdom|empire|empires|state|states|government|people|regime|occupied)\b/i;

const places = [];
const stateBodies = [];
/** Each state body's country (its record's ISO code), by name: "Peoples Liberation Army" → China. */
const stateBodyCountries = {};
const people = [];
const placeSeen = new Set();
const personSeen = new Set();
const droppedCountryFile = { place: 0, person: 0, body: 0 };
for (const r of readActors('Phoenix.Countries.actors.txt')) {
  const iso = r.code.slice(0, 3);
  const country = countryByIso.get(iso);
  if (!country) continue;
  const home = country.name.common;
  if (r.code.length === 3) {
    // The country's own record: its aliases are spellings of it, then its cities and provinces.
    const own = ownNames(country);
    for (const s of [nameOf(r.phrase).name, ...r.synonyms.map((x) => nameOf(x).name)]) {
      if (
        !s ||
        lettersOf(s).length < 4 ||
        spellsCountry(s, own) ||
        NOT_PLACE.test(s) ||
        placeSeen.has(s.toLowerCase())
      )
        continue;
      // A place that is also a person's name ("Constantine", "Murray") would name people.
      const personal = !s.includes(' ') && nlp(s).has('(#Person|#LastName|#FirstName)');
      if (!keep(s) || isFirstName(s.split(' ')[0]) || personal || known(s)) {
        droppedCountryFile.place++;
        continue;
      }
      placeSeen.add(s.toLowerCase());
      places.push([s, home]);
    }
    continue;
  }
  const { name } = nameOf(r.phrase);
  if (!name) continue;
  const category = SECTOR_CATEGORY.find(([re]) => re.test(r.code.slice(3)))?.[1];
  if (category && ORG_WORDS.test(name) && !looksLikePerson(name)) {
    // A name our lexicons already have is left out, but the other bodies filed under it are not.
    const own = !seen.has(name.toLowerCase()) && keep(name);
    if (!own) droppedCountryFile.body++;
    // The lists file several bodies under one record ("FEDERAL_TRADE_COMMISSION" with
    // "+EXPORT-IMPORT_BANK…"): an alias that shares a distinctive word with the name is the
    // same body ("Expediency Council"), another organisation's name is a record of its own,
    // and a leader's name or title ("+MOAZ_AL_KHATIB_", "+CHAIRMAN_OF_…") is left out.
    const distinctive = (n) =>
      n
        .toLowerCase()
        .split(' ')
        .filter((w) => !MINOR.has(w) && !ORG_WORDS.test(w) && !ORG_HEADS.has(w));
    const words = new Set(distinctive(name));
    const aliases = [];
    for (const a of r.synonyms.map((x) => nameOf(x).name)) {
      if (!a || a === name || !keep(a) || looksLikePerson(a) || TITLE_START.test(a)) continue;
      if (distinctive(a).some((w) => words.has(w))) aliases.push(a);
      else if (ORG_WORDS.test(a) && !seen.has(a.toLowerCase())) {
        seen.add(a.toLowerCase());
        stateBodies.push([a, category]);
        stateBodyCountries[a] = home;
      }
    }
    if (own) {
      seen.add(name.toLowerCase());
      stateBodies.push([name, category, ...new Set(aliases)]);
      stateBodyCountries[name] = home;
    }
    continue;
  }
  // People: two to four words, none an organisation word, the first not an ordinary word.
  const words = name.split(' ');
  if (
    words.length < 2 ||
    words.length > 4 ||
    ORG_WORDS.test(name) ||
    words.some((w) => ORG_HEADS.has(w.toLowerCase()) || LOCATION_HEADS.has(w.toLowerCase())) ||
    /\bAl-|^Al\b/.test(name) ||
    isCommonWord(words[0]) ||
    known(name) ||
    personSeen.has(name.toLowerCase())
  ) {
    droppedCountryFile.person++;
    continue;
  }
  personSeen.add(name.toLowerCase());
  people.push(name);
}

const variants = [...variantsByName].map(([name, spelt]) => [name, ...spelt]);
if (process.argv.includes('--variants-only')) {
  // Rewrites only the spellings, leaving the rest of the file as its last full build made it.
  const file = join(out, 'phoenix-actors.json');
  const previous = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify({ ...previous, variants }, null, 1)}\n`);
  console.log(`phoenix-actors.json: ${variants.length} actors given spellings of their names`);
  process.exit(0);
}

const data = {
  source: 'Phoenix dictionaries of PETRARCH2 (openeventdata/petrarch2, MIT licence; see PHOENIX-LICENSE.txt)',
  organizations: organizations.map(({ name, category, aliases }) => [name, category, ...aliases]),
  armedGroups: armedGroups.map(({ name, country, aliases }) => [name, country ?? '', ...aliases]),
  roles,
  places,
  stateBodies,
  stateBodyCountries,
  people,
  variants,
};
writeFileSync(join(out, 'phoenix-actors.json'), `${JSON.stringify(data, null, 1)}\n`);
copyFileSync(join(ref, 'LICENSE'), join(out, 'PHOENIX-LICENSE.txt'));
console.log(
  `phoenix-actors.json: ${organizations.length} organisations, ${armedGroups.length} armed groups, ` +
    `${Object.keys(roles).length} role nouns; left out ${dropped.person} people and ${dropped.ordinary} ordinary or known names\n` +
    `from the country records: ${places.length} places, ${stateBodies.length} state bodies, ${people.length} people; ` +
    `left out ${droppedCountryFile.place} ordinary or known places, ${droppedCountryFile.body} bodies, ${droppedCountryFile.person} other records`,
);
