// Named places that are not countries: regions, bodies of water, continents, US states and
// government seats. Compiled by hand from Wikipedia's lists of seas and straits, of world
// regions and of US states (with their AP-style abbreviations). Countries and capitals come
// from the world-countries package (./countries.ts), not from here.

/** [canonical name, ...aliases] */
export type PlaceRecord = readonly [name: string, ...aliases: string[]];

/**
 * Regions that span several states, of those listed below: no state inside a country is named
 * for one, so "the Sahel state", "a Caucasus nation" describe a country by its region; and such a
 * region lies in no one state or city, only in a larger region ("top officials of Caribbean states
 * in Seoul" is no place in Seoul).
 */
export const MULTI_STATE_REGIONS: ReadonlySet<string> = new Set([
  'Middle East',
  'Europe',
  'Asia',
  'Africa',
  'North America',
  'South America',
  'Latin America',
  'Americas',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'Oceania',
  'Antarctica',
  'Arctic',
  'Balkans',
  'Caucasus',
  'Sahel',
  'Sahara',
  'Horn of Africa',
  'Levant',
  'Maghreb',
  'Scandinavia',
  'Eastern Europe',
  'Western Europe',
  'Central America',
  'Caribbean',
  'Indo-Pacific',
  'Pacific',
  'Asia-Pacific',
  'Persian Gulf',
  'Gulf region',
]);

export const REGIONS: readonly PlaceRecord[] = [
  ['Middle East', 'Mideast'],
  // the United Kingdom's nations (world-countries lists the kingdom only)
  ['England'],
  ['Scotland'],
  ['Wales'],
  ['Northern Ireland'],
  ['Europe'],
  ['Asia'],
  ['Africa'],
  ['North America'],
  ['South America'],
  ['Latin America'],
  ['Central Asia'],
  ['South Asia'],
  ['Southeast Asia'],
  ['East Asia'],
  ['Oceania'],
  ['Antarctica'],
  ['Arctic'],
  ['Balkans'],
  ['Caucasus'],
  ['Sahel'],
  ['Sahara'],
  ['Horn of Africa'],
  ['Levant'],
  ['Maghreb'],
  ['Scandinavia'],
  ['Eastern Europe'],
  ['Western Europe'],
  ['Central America'],
  ['Caribbean'],
  ['Indo-Pacific'],
  ['Asia-Pacific'],
  ['Persian Gulf'],
  ['Gulf region'],
  ['Gaza', 'Gaza Strip'],
  ['West Bank'],
  ['East Jerusalem'],
  ['Golan Heights', 'Golan'],
  ['Sinai', 'Sinai Peninsula'],
  ['Crimea', 'Crimean Peninsula'],
  // a peninsula or a hemisphere news names as one region (round 26: "a denuclearized Korean
  // peninsula", "the poorest country in the Western Hemisphere")
  ['Korean Peninsula'],
  ['Arabian Peninsula'],
  ['Western Hemisphere'],
  ['Eastern Hemisphere'],
  ['Northern Hemisphere'],
  ['Southern Hemisphere'],
  ['Donbas', 'Donbass'],
  ['Kashmir'],
  ['Jammu and Kashmir'],
  ['Kurdistan'],
  ['Darfur'],
  ['Tigray'],
  ['Xinjiang'],
  ['Tibet'],
  ['Hong Kong'],
  ['Macau'],
  ['Chechnya'],
  ['Nagorno-Karabakh'],
  ['Transnistria'],
  // one of Bosnia and Herzegovina's two entities (Phoenix: REPUBLIKA_SRPSKA, round 43)
  ['Republika Srpska', 'Republic of Srpska'],
  ['Abkhazia'],
  ['South Ossetia'],
  // self-declared or federal states of the Horn of Africa and the Mediterranean (round 45)
  ['Somaliland'],
  ['Puntland'],
  ['Jubaland'],
  ['Northern Cyprus'],
  ['Western Sahara'],
  ['Idlib'],
  ['Kurdistan Region'],
  ['Red Sea'],
  ['Gulf of Aden'],
  ['Mediterranean', 'Mediterranean Sea'],
  ['Black Sea'],
  ['Caspian Sea'],
  ['Baltic Sea'],
  ['North Sea'],
  ['Arabian Sea'],
  ['South China Sea'],
  ['East China Sea'],
  ['Sea of Japan'],
  ['Yellow Sea'],
  ['Sea of Azov'],
  ['Gulf of Oman'],
  ['Strait of Hormuz'],
  ['Bab el-Mandeb', 'Bab al-Mandab', 'Bab-el-Mandeb'],
  ['Suez Canal'],
  ['Bosphorus'],
  ['Taiwan Strait'],
  ['English Channel'],
  ['Atlantic', 'Atlantic Ocean'],
  ['Pacific', 'Pacific Ocean'],
  ['Indian Ocean'],
  ['Arctic Ocean'],
  ['Gulf of Mexico'],
  ['Panama Canal'],
  ['Strait of Malacca'],
  ['Euphrates', 'Euphrates River'],
  ['Tigris', 'Tigris River'],
  ['Nile', 'Nile River'],
  ['Jordan River'],
  ['Dnipro', 'Dnieper', 'Dnipro River'],
];

/**
 * Regions of the list above with a government of their own, headed by a president or a prime
 * minister of their own: "⟦Y⟧ President X" heads the region, not a state (round 43).
 */
export const SELF_GOVERNING_REGIONS: ReadonlySet<string> = new Set([
  'Republika Srpska',
  'Kurdistan Region',
  'Kurdistan',
  'Nagorno-Karabakh',
  'Abkhazia',
  'South Ossetia',
  'Transnistria',
  'Crimea',
  'Chechnya',
  'Somaliland',
  'Puntland',
  'Jubaland',
  'Northern Cyprus',
]);

/** Government seats: a Location, but an actor when used as one ("the Pentagon said"). */
export const SEATS: readonly (readonly [name: string, actor: string])[] = [
  ['Pentagon', 'U.S. Department of Defense'],
  ['Kremlin', 'Russia'],
  ['White House', 'White House'],
  ['Downing Street', 'United Kingdom'],
  ['Elysee', 'France'],
  ['Élysée', 'France'],
];

/** [state, AP abbreviation(s)...] — datelines write "TAMPA, Fla.". */
export const US_STATES: readonly PlaceRecord[] = [
  ['Alabama', 'Ala.'],
  ['Alaska'],
  ['Arizona', 'Ariz.'],
  ['Arkansas', 'Ark.'],
  ['California', 'Calif.'],
  ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'],
  ['Delaware', 'Del.'],
  ['Florida', 'Fla.'],
  ['Georgia', 'Ga.'],
  ['Hawaii'],
  ['Idaho'],
  ['Illinois', 'Ill.'],
  ['Indiana', 'Ind.'],
  ['Iowa'],
  ['Kansas', 'Kan.'],
  ['Kentucky', 'Ky.'],
  ['Louisiana', 'La.'],
  ['Maine'],
  ['Maryland', 'Md.'],
  ['Massachusetts', 'Mass.'],
  ['Michigan', 'Mich.'],
  ['Minnesota', 'Minn.'],
  ['Mississippi', 'Miss.'],
  ['Missouri', 'Mo.'],
  ['Montana', 'Mont.'],
  ['Nebraska', 'Neb.'],
  ['Nevada', 'Nev.'],
  ['New Hampshire', 'N.H.'],
  ['New Jersey', 'N.J.'],
  ['New Mexico', 'N.M.'],
  ['New York', 'N.Y.'],
  ['North Carolina', 'N.C.'],
  ['North Dakota', 'N.D.'],
  ['Ohio'],
  ['Oklahoma', 'Okla.'],
  ['Oregon', 'Ore.'],
  ['Pennsylvania', 'Pa.'],
  ['Rhode Island', 'R.I.'],
  ['South Carolina', 'S.C.'],
  ['South Dakota', 'S.D.'],
  ['Tennessee', 'Tenn.'],
  ['Texas', 'Tex.'],
  ['Utah'],
  ['Vermont', 'Vt.'],
  ['Virginia', 'Va.'],
  ['Washington State', 'Wash.'],
  ['West Virginia', 'W.Va.'],
  ['Wisconsin', 'Wis.'],
  ['Wyoming', 'Wyo.'],
];

/**
 * Words that open a place's name in any language news quotes, and no person's ("Puerto
 * Escondido", "Port Harcourt", "Fort Worth", "Ciudad Juarez", "Bandar Abbas"): a name of two or
 * three words that begins with one is a place, as with the Arabic prefixes of `PLACE_PREFIXES`.
 */
export const PLACE_NAME_STARTS: ReadonlySet<string> = new Set(
  'puerto porto port fort ciudad bandar kota'.split(' '),
);

/**
 * Spanish compass words that close a province's name after "del"/"de" ("Zamboanga del Norte", "Agusan
 * del Sur", "Ciudad del Este"): a known place followed by one of them is that longer place, not
 * the shorter one and a place "Sur" (round 45).
 */
export const COMPASS_NAME_TAILS: ReadonlySet<string> = new Set('norte sur este oeste centro'.split(' '));
export const COMPASS_NAME_LINKS: ReadonlySet<string> = new Set(['del', 'de']);
