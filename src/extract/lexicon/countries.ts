// The country gazetteer, built from the world-countries package (names, official names,
// alternative spellings, ISO 3166 codes, English demonyms, capitals) plus the general
// aliases news uses that the package lacks (U.S., America, Britain, Burma…).
import countries from 'world-countries';
import type { Entity } from '../../model';

export interface CountryRecord {
  /** ISO 3166 alpha-2. */
  code: string;
  name: string;
  /** Sovereign states (and widely treated as such) are Countries; other territories are Locations. */
  sovereign: boolean;
  names: string[];
  demonyms: string[];
  capitals: string[];
  codes: string[];
}

/** De facto or partially recognised states that news treats as countries. */
const TREATED_AS_SOVEREIGN = new Set(['TW', 'XK', 'PS']);

/** Canonical names where English-language news uses another than the package's. */
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey' };

/** General aliases by ISO alpha-2 code. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'U.S', 'U.S.A.', 'USA', 'America', 'United States of America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'United Kingdom'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  KR: ['ROK'],
  CN: ['PRC', 'Mainland China'],
  NL: ['Holland'],
  SA: ['KSA'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  CV: ['Cape Verde', 'Cabo Verde'],
  PS: ['Palestinian territories', 'Palestinian Territories'],
  RU: ['Russian Federation'],
  AE: ['UAE', 'U.A.E.'],
  BA: ['Bosnia'],
  BF: ['Burkina'],
  // News (AP, Reuters) writes "Congo" for the larger Congo, "Republic of Congo" for the other.
  CD: ['Democratic Republic of the Congo', 'DRC', 'Congo', 'Democratic Republic of Congo'],
  CG: ['Republic of Congo', 'Congo Republic', 'Congo Brazzaville', 'Congo-Brazzaville'],
  CI: ["Cote d'Ivoire", 'Côte d’Ivoire'],
  VA: ['Holy See'],
  // the package has the hyphened form only; news writes both
  TL: ['Timor Leste', 'East Timor'],
};
/** Package names that news uses for another country ("Congo" is the DR Congo, above). */
const NOT_NAMES: Record<string, string[]> = { CG: ['Congo'] };
const EXTRA_DEMONYMS: Record<string, string[]> = {
  TR: ['Turk'],
  AF: ['Afghan'],
  NL: ['Dutch'],
  PH: ['Filipino', 'Philippine'],
  PS: ['Palestinian'],
  TW: ['Taiwanese'],
  KP: ['North Korean'],
  KR: ['South Korean'],
  YE: ['Yemeni'],
  // Common English adjectives the package lacks (its demonyms are the nouns: "Filipino").
  AR: ['Argentinian'],
  AZ: ['Azeri'],
  BW: ['Botswanan'],
  DJ: ['Djiboutian'],
  EC: ['Ecuadorian', 'Ecuadoran'],
  // other English forms news writes (round 38: b12, b14, b21)
  GQ: ['Equatoguinean'],
  MG: ['Madagascan'],
  IS: ['Icelandic'],
  KZ: ['Kazakh', 'Kazakhstani'],
  XK: ['Kosovan'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  LA: ['Lao'],
  LU: ['Luxembourgish'],
  MV: ['Maldivian'],
  NP: ['Nepali'],
  SK: ['Slovakian'],
  SI: ['Slovenian'],
  SO: ['Somalian'],
  SR: ['Surinamese'],
  TJ: ['Tajik', 'Tajikistani'],
  UZ: ['Uzbek', 'Uzbekistani'],
  TM: ['Turkmenistani'],
  CV: ['Cape Verdean'],
  GB: ['Briton'],
  SA: ['Saudi'],
  // Spellings the Phoenix record of the state lists (Phoenix.Countries.actors.txt, round 38).
  BY: ['Belarussian', 'Byelorussian'],
  // The South Asian press's clipped adjective ("Pak soldiers", "Pak FM"); see CLIPPED_DEMONYMS.
  PK: ['Pak'],
};
/** Clipped demonyms that are also surnames ("Pak Pong-ju"): a state only before a lower-case word or a title. */
export const CLIPPED_DEMONYMS: ReadonlySet<string> = new Set(['pak']);
/**
 * Demonyms two states share: `usual` is the one news means unless the article names only
 * the `other` (by name or capital); see entities/shared-demonyms.ts.
 */
export const SHARED_DEMONYMS: readonly { demonym: string; usual: string; other: string }[] = [
  { demonym: 'Congolese', usual: 'CD', other: 'CG' },
  { demonym: 'Dominican', usual: 'DO', other: 'DM' },
];
const UNUSUAL_DEMONYMS = new Map(SHARED_DEMONYMS.map((s) => [s.other, s.demonym]));

// (AP wrote "Katmandu" for decades; round 46, fresh news)
const EXTRA_CAPITALS: Record<string, string[]> = {
  US: ['Washington'],
  YE: ['Sanaa', 'Sana’a'],
  NP: ['Katmandu'],
};

/** alpha-3 codes that are also English words or common acronyms: never read as a country. */
const CODE_STOPLIST = new Set(
  (
    'ARE CAN AND BEN GUY TON GIN ARM FIN MAC PAN CUB DOM LIE SUR SEN NOR MUS MAR PER COL CAF LAO SLB ' +
    'STP JAM NIC GAB ALA ATA ABW EST CHE PRY ASM ATF ATG BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO ' +
    'GGY GIB GLP GRL GUF GUM HMD IMN IOT JEY MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM ' +
    'SPM SXM TCA TKL UMI VGB VIR WLF'
  ).split(' '),
);

/**
 * Headlines clip a compass word that opens a name to its initial: "S. Korea", "N. Korea",
 * "S. Sudan", "E. Timor". The dotted initial only: a bare "S Korea" is rarer and "N" alone is a word.
 */
const compassInitial = (name: string): string[] => {
  const m = /^(North|South|East|West) (\S.*)$/.exec(name);
  return m ? [`${m[1][0]}. ${m[2]}`] : [];
};

/**
 * Former states named with a compass word, which history and background paragraphs still name
 * ("a war with South Vietnam", "East German police"). The package has none of them, so the
 * compass word was read as a place of its own and the rest as today's state. Codes from the
 * ISO user-assigned range (QM–QZ), so they meet no real state's.
 */
const HISTORICAL_STATES: CountryRecord[] = [
  ['QS', 'South Vietnam', 'South Vietnamese'],
  ['QN', 'North Vietnam', 'North Vietnamese'],
  ['QE', 'East Germany', 'East German'],
  ['QW', 'West Germany', 'West German'],
  ['QY', 'South Yemen', 'South Yemeni'],
  ['QR', 'North Yemen', 'North Yemeni'],
  ['QP', 'East Pakistan', 'East Pakistani'],
].map(([code, name, demonym]) => ({
  code,
  name,
  sovereign: true,
  names: [name, ...compassInitial(name)],
  demonyms: [demonym],
  capitals: [],
  codes: [],
}));

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’,()-]+$/u;

function records(): CountryRecord[] {
  const out: CountryRecord[] = [];
  for (const c of countries) {
    const code = c.cca2;
    const names = [c.name.common, c.name.official, ...c.altSpellings, ...(EXTRA_NAMES[code] ?? [])].filter(
      (n) => n.length > 3 && LATIN.test(n) && !n.includes(',') && !NOT_NAMES[code]?.includes(n),
    );
    names.push(...names.flatMap(compassInitial));
    const eng = c.demonyms?.eng;
    const demonyms = [eng?.m, eng?.f, ...(EXTRA_DEMONYMS[code] ?? [])]
      .flatMap((d) => (d ? d.split(/,\s*/) : []))
      .filter((d) => d && d !== UNUSUAL_DEMONYMS.get(code));
    demonyms.push(...demonyms.flatMap(compassInitial));
    // alpha-2 codes are too often words or other acronyms (IN, IS, AU, SA); alpha-3 codes are
    // read, but only count where the article also names the country (see registry.ts).
    // Our own three-letter names ("ROK", "PRC", "KSA") are read as codes are: the length filter
    // above is for the package's spellings, and a bare acronym is safest only beside the name.
    const acronyms = (EXTRA_NAMES[code] ?? []).filter((n) => /^[A-Z]{3}$/.test(n));
    const codes = [...(CODE_STOPLIST.has(c.cca3) ? [] : [c.cca3]), ...acronyms];
    out.push({
      code,
      name: NAME_OVERRIDES[code] ?? c.name.common,
      sovereign: c.independent === true || TREATED_AS_SOVEREIGN.has(code),
      names: [...new Set(names)],
      demonyms: [...new Set(demonyms)],
      capitals: [...c.capital, ...(EXTRA_CAPITALS[code] ?? [])].filter((n) => LATIN.test(n)),
      codes,
    });
  }
  out.push(...HISTORICAL_STATES);
  // Sovereign states first, so that a shared demonym ("American", "Congolese") names the state.
  return out.sort((a, b) => Number(b.sovereign) - Number(a.sovereign));
}

export const COUNTRIES: readonly CountryRecord[] = records();

/** Each country's capitals, by its canonical name (the gazetteer's). */
export const CAPITALS: ReadonlyMap<string, readonly string[]> = new Map(
  COUNTRIES.map((c) => [c.name, c.capitals]),
);

/**
 * Each capital's countries, by the capital's name and the countries' canonical names, sovereign
 * states first: a few names are two places' capitals ("Kingston": Jamaica, Norfolk Island).
 */
export const STATES_OF_CAPITAL: ReadonlyMap<string, readonly string[]> = COUNTRIES.reduce((out, c) => {
  for (const city of c.capitals) out.set(city, [...(out.get(city) ?? []), c.name]);
  return out;
}, new Map<string, string[]>());

/** A country's ISO alpha-2 code by its name. */
export const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(COUNTRIES.map((c) => [c.name, c.code]));

/** The article's Country entities by ISO alpha-2 code. */
export function countriesByCode(entities: readonly Entity[]): Map<string, Entity> {
  const byCode = new Map<string, Entity>();
  for (const e of entities) {
    const code = e.type === 'Country' ? CODE_BY_NAME.get(e.name) : undefined;
    if (code && !byCode.has(code)) byCode.set(code, e);
  }
  return byCode;
}
