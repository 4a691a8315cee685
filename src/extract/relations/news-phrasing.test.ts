// Phrasings of unseen news, one table per kind of fact. Sentences and people are invented; the
// places and bodies are generic. Each row lists every relation the sentence should give.
import { relationsOf, type HandEntity } from './hand-mentions';

const country = (name: string, ...forms: string[]): HandEntity => ({ name, type: 'Country', forms });
const place = (name: string, ...forms: string[]): HandEntity => ({ name, type: 'Location', forms });
const person = (name: string): HandEntity => ({
  name,
  type: 'Person',
  forms: [name.split(' ').slice(-1)[0]],
});

const RUSSIA = country('Russia', 'Russian', 'Moscow');
const UKRAINE = country('Ukraine', 'Ukrainian', 'Kyiv');
const SYRIA = country('Syria', 'Syrian');
const UK = country('United Kingdom', 'British', 'Britain', 'UK');
const US = country('United States', 'US', 'U.S.', 'American', 'Washington');
const EGYPT = country('Egypt', 'Egyptian', 'Republic of Egypt');
const FRANCE = country('France', 'French');
const COUNTRIES = [RUSSIA, UKRAINE, SYRIA, UK, US, EGYPT, FRANCE];

const UN: HandEntity = {
  name: 'United Nations',
  type: 'Organization',
  category: 'international',
  forms: ['UN', 'U.N.'],
};
const EU: HandEntity = {
  name: 'European Union',
  type: 'Organization',
  category: 'international',
  forms: ['EU'],
};
const AGENCY: HandEntity = {
  name: 'Federal Aviation Administration',
  type: 'Organization',
  category: 'government',
  forms: ['FAA'],
};
const BOARD: HandEntity = {
  name: 'National Transportation Safety Board',
  type: 'Organization',
  category: 'government',
  forms: ['NTSB'],
};
const ACME: HandEntity = { name: 'Acme', type: 'Organization', category: 'company' };
const HEALTH: HandEntity = {
  name: 'World Health Organization',
  type: 'Organization',
  category: 'international',
  forms: ['WHO'],
};
const BRIGADE: HandEntity = { name: 'Atlas Brigade', type: 'Organization', category: 'armed_group' };
const FRONT: HandEntity = { name: 'Northern Front', type: 'Organization', category: 'armed_group' };
const ARMY: HandEntity = {
  name: 'Valdorian Armed Forces',
  type: 'Organization',
  category: 'military',
  forms: ['Valdorian army'],
};
const BODIES = [UN, EU, AGENCY, BOARD, ACME, HEALTH, BRIGADE, FRONT, ARMY];

const PEOPLE = [
  'Ana Ruiz',
  'Tom Bell',
  'Lisa Park',
  'Dan Moss',
  'John Smith',
  'Ivan Petrov',
  'Omar Nadi',
  'Paul Roux',
].map(person);
const PLACES = [
  place('Bryansk'),
  place('Aleppo'),
  place('Gaza City'),
  place('Gaza Strip', 'Gaza'),
  place('Idlib'),
  place('Kharkiv'),
  place('Donetsk'),
  place('Tessa'),
  place('Malko'),
  place('Lyon'),
  place('Texas'),
  place('Odesa'),
  place('Black Sea'),
];
const WORLD = [...COUNTRIES, ...BODIES, ...PEOPLE, ...PLACES];

const found = (text: string) => relationsOf(text, WORLD).sort();
/** One table: each sentence with every relation it should give, in sorted order. */
const rows = (table: [string, string[]][]) =>
  test.each(table)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

describe('titles: who leads and who belongs', () => {
  rows([
    ['UN Secretary-General Ana Ruiz said the talks would resume.', ['Ana Ruiz LEADS United Nations']],
    ['FAA Administrator Tom Bell spoke to reporters.', ['Tom Bell LEADS Federal Aviation Administration']],
    [
      'NTSB chair Lisa Park said the inquiry would take a year.',
      ['Lisa Park LEADS National Transportation Safety Board'],
    ],
    ['NTSB board chairman Lisa Park spoke.', ['Lisa Park LEADS National Transportation Safety Board']],
    ['Acme chief executive Dan Moss resigned.', ['Dan Moss LEADS Acme']],
    ['Acme CEO Dan Moss resigned.', ['Dan Moss LEADS Acme']],
    ['WHO Director-General Ana Ruiz warned of a new wave.', ['Ana Ruiz LEADS World Health Organization']],
    ['EU foreign policy chief Ana Ruiz arrived.', ['Ana Ruiz MEMBER_OF European Union']],
    ['British Defence Secretary John Smith arrived.', ['John Smith MEMBER_OF United Kingdom']],
    ['Russian Defence Minister Ivan Petrov arrived.', ['Ivan Petrov MEMBER_OF Russia']],
    [
      'Valdorian army spokesman Omar Nadi said the town was taken.',
      ['Omar Nadi MEMBER_OF Valdorian Armed Forces'],
    ],
    ['Texas Governor Paul Roux signed the bill.', ['Paul Roux LEADS Texas']],
    ['Lyon Mayor Paul Roux opened the fair.', ['Paul Roux LEADS Lyon']],
    ['The Mayor of Lyon, Paul Roux, opened the fair.', ['Paul Roux LEADS Lyon']],
    ['Paul Roux, the governor of Texas, signed the bill.', ['Paul Roux LEADS Texas']],
    ['French Ambassador to Egypt Paul Roux was summoned.', ['Paul Roux MEMBER_OF France']],
    ["Paul Roux, France's ambassador to Egypt, was summoned.", ['Paul Roux MEMBER_OF France']],
    ['Paul Roux, the French ambassador to Egypt, was summoned.', ['Paul Roux MEMBER_OF France']],
    ['Ana Ruiz, chief executive of Acme, resigned.', ['Ana Ruiz LEADS Acme']],
    [
      'Ana Ruiz, the Director-General of the World Health Organization, spoke.',
      ['Ana Ruiz LEADS World Health Organization'],
    ],
  ]);

  test("a title before another's name is that name's, not the apposition's", () => {
    const facts = found("Paul Roux, the French President Ana Ruiz's adviser on Africa, spoke.");
    expect(facts).toContain('Ana Ruiz LEADS France');
    expect(facts.filter((f) => f.startsWith('Paul Roux'))).toEqual([]);
  });

  // round 18: the state's, as the entity step's own reading of "⟦Syrian army⟧" already gave (round
  // 12, national forces: a lower-case force is its country); before, no army entity, no fact
  test("a spokesman of an army that is not named belongs to the army's state", () => {
    expect(found('Syrian army spokesman Omar Nadi said the town was taken.')).toEqual([
      'Omar Nadi MEMBER_OF Syria',
    ]);
  });
});

describe('leadership written as "led by"', () => {
  rows([
    ['The Atlas Brigade, led by Omar Nadi, took the town.', ['Omar Nadi LEADS Atlas Brigade']],
    ['Led by Omar Nadi, the Atlas Brigade took the town.', ['Omar Nadi LEADS Atlas Brigade']],
    ['The Omar Nadi-led Atlas Brigade took the town.', ['Omar Nadi LEADS Atlas Brigade']],
    ['The Atlas Brigade, headed by Omar Nadi, took the town.', ['Omar Nadi LEADS Atlas Brigade']],
    ['The Atlas Brigade under the leadership of Omar Nadi took the town.', ['Omar Nadi LEADS Atlas Brigade']],
    [
      'The Atlas Brigade, now led by veteran commander Omar Nadi, took the town.',
      ['Omar Nadi LEADS Atlas Brigade'],
    ],
  ]);
});

describe('cooperation', () => {
  rows([
    ['Egypt was working with France on the plan.', ['Egypt COOPERATED France']],
    ['Egypt is cooperating with France on border security.', ['Egypt COOPERATED France']],
    [
      'Acme partnered with the World Health Organization on vaccines.',
      ['Acme COOPERATED World Health Organization'],
    ],
    ['Egypt and France agreed to extend the truce.', ['Egypt COOPERATED France']],
    ['Egypt held talks with France in Lyon.', ['Egypt COOPERATED France']],
    ['Egypt hosted France for two days of talks.', ['Egypt COOPERATED France']],
    ['Egypt signed a gas deal with France on Monday.', ['Egypt COOPERATED France']],
    // a visit alone is no dealing (the gold's round-8 convention)
    ['Ana Ruiz visited Egypt last week.', []],
    ['The visit to Egypt by Ana Ruiz went well.', []],
    ['A meeting between Egypt and France was held in Lyon.', ['Egypt COOPERATED France']],
    ['Egypt will hold talks with France next month.', []],
    ['Egypt refused to work with France.', []],
  ]);
});

describe('places inside places', () => {
  rows([
    ["Drones hit Russia's Bryansk region overnight.", ['Bryansk LOCATED_IN Russia']],
    ['Fighting resumed in the Syrian city of Aleppo.', ['Aleppo LOCATED_IN Syria']],
    ['Crowds gathered in Gaza City, in the north of the Gaza Strip.', ['Gaza City LOCATED_IN Gaza Strip']],
    ['Shelling continued in the Idlib province of Syria.', ['Idlib LOCATED_IN Syria']],
    ["Power failed in Kharkiv, Ukraine's second-largest city.", ['Kharkiv LOCATED_IN Ukraine']],
    ["Fighting went on in Ukraine's eastern Donetsk region.", ['Donetsk LOCATED_IN Ukraine']],
    ['Fighting went on in the Donetsk region of Ukraine.', ['Donetsk LOCATED_IN Ukraine']],
    ['Ships left the Black Sea port city of Odesa.', []],
    // round 11: a place named with its noun inside a region named with its noun, as the gold reads it
    ['Shelling hit the Tessa area of Malko district at dawn.', ['Tessa LOCATED_IN Malko']],
    ['Shelling hit the Tessa district of the restive Malko province.', ['Tessa LOCATED_IN Malko']],
    ['Odesa, on the coast of the Black Sea, was quiet.', []],
    ['Russia would not attack Kharkiv, Moscow said.', []],
  ]);
});

describe('attacks told from the target', () => {
  rows([
    ["Kharkiv has been attacked by Russia's missiles again.", ['Russia ATTACKED Kharkiv']],
    ['Kharkiv was hit by Russian drones overnight.', ['Russia ATTACKED Kharkiv']],
    ['Kharkiv came under fire from Russian forces on Sunday.', ['Russia ATTACKED Kharkiv']],
    ['Strikes by Russia on Kharkiv killed six.', ['Russia ATTACKED Kharkiv']],
    ['Ukraine pushed back an assault by Russia near Kharkiv.', ['Russia ATTACKED Ukraine']],
    ['Ukrainian forces repelled an attack by Russian troops.', ['Russia ATTACKED Ukraine']],
    ['Russia shelled Kharkiv for a third day.', ['Russia ATTACKED Kharkiv']],
    ['Russian forces bombarded Kharkiv overnight.', ['Russia ATTACKED Kharkiv']],
    ['The Atlas Brigade raided Idlib before dawn.', ['Atlas Brigade ATTACKED Idlib']],
    ['The Atlas Brigade stormed Aleppo on Friday.', ['Atlas Brigade ATTACKED Aleppo']],
    ['The Atlas Brigade seized Aleppo on Friday.', ['Atlas Brigade ATTACKED Aleppo']],
  ]);
});

describe('stances: criticism, sanctions, demands, threats', () => {
  rows([
    ['Egypt denounced France over the raid.', ['Egypt CRITICIZED France']],
    ['Egypt slammed France for its silence.', ['Egypt CRITICIZED France']],
    ['Egypt blamed France for the collapse of the talks.', ['Egypt CRITICIZED France']],
    ['Egypt rebuked France on Tuesday.', ['Egypt CRITICIZED France']],
    ['Egypt criticized France over its decision.', ['Egypt CRITICIZED France']],
    ['The European Union imposed sanctions on Russia.', ['European Union SANCTIONED Russia']],
    ['The United States blacklisted the Atlas Brigade.', ['United States SANCTIONED Atlas Brigade']],
    ["The United States froze the Atlas Brigade's assets.", ['United States SANCTIONED Atlas Brigade']],
    ['France banned the Atlas Brigade in 2019.', ['France SANCTIONED Atlas Brigade']],
    ['Egypt called on France to withdraw.', ['Egypt DEMANDED France']],
    ['Egypt urged France to withdraw.', ['Egypt DEMANDED France']],
    ['Egypt demanded that France withdraw.', ['Egypt DEMANDED France']],
    ['Russia warned Ukraine that it would respond.', ['Russia THREATENED Ukraine']],
    ['Russia threatened Ukraine with retaliation.', ['Russia THREATENED Ukraine']],
  ]);
});

describe('negation and modality', () => {
  test.each([
    'Egypt denied arming the Atlas Brigade.',
    'Russia would not attack Kharkiv.',
    'The European Union plans to sanction Russia.',
    'The European Union may impose sanctions on Russia.',
    'France did not ban the Atlas Brigade.',
    'Egypt has never partnered with France.',
    'Kharkiv was not hit by Russian drones.',
    'Analysts asked whether Egypt needed to hold another meeting with France.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('what the new phrasings must not read', () => {
  rows([
    ['The Atlas Brigade, formerly led by Omar Nadi, took the town.', []],
    ['Former FAA Administrator Tom Bell spoke to reporters.', []],
    [
      'Egypt and France held talks with the Atlas Brigade in Lyon.',
      ['Egypt COOPERATED Atlas Brigade', 'France COOPERATED Atlas Brigade'],
    ],
    ['Egypt could repel an assault by the Atlas Brigade.', []],
    ['Lyon deputy mayor Paul Roux opened the fair.', []],
    ['Texas lieutenant governor Paul Roux signed the bill.', []],
    ['The United States seized Russian weapons bound for Syria.', []],
    ['Egypt said France would not ban the Atlas Brigade.', []],
    ['The Atlas Brigade came under pressure from Egypt.', []],
    ['Acme has been working on a deal for years.', []],
  ]);
});

describe('heads of places named with the place', () => {
  rows([
    ["Lyon's mayor, Paul Roux, opened the fair.", ['Paul Roux LEADS Lyon']],
    ["Paul Roux, Lyon's mayor, opened the fair.", ['Paul Roux LEADS Lyon']],
    ['Governor of Texas Paul Roux signed the bill.', ['Paul Roux LEADS Texas']],
  ]);
});

describe('more ways to ask, blame and warn', () => {
  rows([
    ['Egypt told France to withdraw its ships.', ['Egypt DEMANDED France']],
    ['Egypt called for France to withdraw.', ['Egypt DEMANDED France']],
    ["Egypt condemned France's decision.", ['Egypt CRITICIZED France']],
    ['Egypt criticised France over the raid.', ['Egypt CRITICIZED France']],
    ['Russia warned Ukraine against joining the alliance.', ['Russia THREATENED Ukraine']],
    ['Russia warned that Ukraine would pay a price.', []],
    ['Ukraine was sanctioned by the European Union.', ['European Union SANCTIONED Ukraine']],
    ['New US sanctions against Russia took effect.', ['United States SANCTIONED Russia']],
  ]);
});

describe('a place named with its country is the target', () => {
  rows([
    [
      'Russian forces shelled the Ukrainian city of Kharkiv.',
      ['Russia ATTACKED Kharkiv', 'Kharkiv LOCATED_IN Ukraine'].sort(),
    ],
    [
      'Strikes on the northern Syrian city of Aleppo by Russia went on.',
      ['Aleppo LOCATED_IN Syria', 'Russia ATTACKED Aleppo'],
    ],
    [
      "Kharkiv, Ukraine's second-largest city, has come under repeated attack from Russian drones.",
      ['Kharkiv LOCATED_IN Ukraine', 'Russia ATTACKED Kharkiv'],
    ],
    ['Kharkiv, a city of a million people, was hit by Russian missiles.', ['Russia ATTACKED Kharkiv']],
    ['The United States, led by Ana Ruiz, pressed both sides.', ['Ana Ruiz LEADS United States']],
  ]);
});

// Issue 8's commonest wrong fact on unseen news: "struck sites in Country" read as an attack on
// the country. Targets in a place stand for the place only while nothing names their owner.
describe('a place the target lies in', () => {
  rows([
    [
      'Russian jets struck depots in the southern Syrian town of Aleppo.',
      ['Aleppo LOCATED_IN Syria', 'Russia ATTACKED Syria'],
    ],
    ['Turkey shelled Kurdish positions in northern Syria.', []],
    ['Pakistan accuses "Afghanistan-based" militants of carrying out attacks.', []],
    ['Jets struck 30 Azure Front targets in western Ruritania.', []],
  ]);
});

describe('more news phrasings', () => {
  rows([
    ['Omar Nadi died in a Russian drone strike on Sunday.', ['Russia KILLED Omar Nadi']],
    ['The Atlas Brigade vowed revenge against Egypt.', ['Atlas Brigade THREATENED Egypt']],
    ['Egypt threatened retaliation against the Atlas Brigade.', ['Egypt THREATENED Atlas Brigade']],
    ['The United States added Acme to its entity list.', ['United States SANCTIONED Acme']],
    ['France placed the Atlas Brigade on a terrorism blacklist.', ['France SANCTIONED Atlas Brigade']],
    ["The Atlas Brigade's leader, Omar Nadi, spoke.", ['Omar Nadi LEADS Atlas Brigade']],
    ['Omar Nadi was elected president of the Atlas Brigade.', ['Omar Nadi LEADS Atlas Brigade']],
    ['Dan Moss, who was appointed chief executive of Acme in May, resigned.', ['Dan Moss LEADS Acme']],
    ['Omar Nadi was appointed deputy commander of the Atlas Brigade.', ['Omar Nadi MEMBER_OF Atlas Brigade']],
    ['Omar Nadi may be elected president of the Atlas Brigade.', []],
  ]);
});

describe('traps met in unseen articles', () => {
  rows([
    ['The Atlas Brigade was formerly headed by Omar Nadi.', []],
    ['Ships left the Gaza Strip city of Odesa.', ['Odesa LOCATED_IN Gaza Strip']],
    ['Residents of Kharkiv, in eastern Ukraine, said the city was calm.', ['Kharkiv LOCATED_IN Ukraine']],
    ["Russia's foreign ministry spokesperson Ana Ruiz said so.", ['Ana Ruiz MEMBER_OF Russia']],
    ["Egypt's government spokesman Omar Nadi said so.", ['Omar Nadi MEMBER_OF Egypt']],
    ['Rallies were held in Lyon, in Aleppo and in Odesa.', []],
  ]);
});

describe('titles written before the name, the body after it', () => {
  rows([
    ['President Paul Roux of France arrived.', ['Paul Roux LEADS France']],
    ['Chief Executive Dan Moss of Acme resigned.', ['Dan Moss LEADS Acme']],
    ['Foreign Minister Omar Nadi of Egypt arrived.', ['Omar Nadi MEMBER_OF Egypt']],
    ['Former President Paul Roux of France arrived.', []],
  ]);
});

describe('calls, aid and retorts', () => {
  rows([
    ['Egypt held a phone call with France on Monday.', ['Egypt COOPERATED France']],
    ['Egypt held a summit with France in Lyon.', ['Egypt COOPERATED France']],
    ['France pledged $1 billion in military aid to Ukraine.', ['France SUPPORTS Ukraine']],
    ['Egypt hit back at France over the remarks.', ['Egypt CRITICIZED France']],
    ['Egypt took aim at France in a speech.', ['Egypt CRITICIZED France']],
  ]);
});

describe('asked, not done; said of someone unnamed', () => {
  rows([
    ['Egypt urged the European Union to impose new sanctions on Russia.', ['Egypt DEMANDED European Union']],
    ['The European Union continued to impose new sanctions on Russia.', ['European Union SANCTIONED Russia']],
    ['Ana Ruiz said the alliance was working with Ukraine.', []],
    ['Russia said its forces had struck Kharkiv.', ['Russia ATTACKED Kharkiv']],
  ]);
});

describe('lists, pronouns and withdrawn support', () => {
  rows([
    ['The Atlas Brigade rebels, backed by Egypt, took the town.', ['Egypt SUPPORTS Atlas Brigade']],
    ['Egyptian forces backed by French airstrikes took the town.', ['France SUPPORTS Egypt']],
    [
      'France sanctioned Egyptian minister Omar Nadi, accusing him of supporting the Atlas Brigade.',
      ['France SANCTIONED Omar Nadi', 'Omar Nadi MEMBER_OF Egypt'],
    ],
    [
      // suspended aid is no support; it is a sanction (CAMEO 162, round 30: noun:aid-cut)
      'France suspended some aid to Egypt, and Russia called on Egypt to withdraw.',
      ['France SANCTIONED Egypt', 'Russia DEMANDED Egypt'],
    ],
    ['Russia struck Kharkiv and Odesa on Monday.', ['Russia ATTACKED Kharkiv', 'Russia ATTACKED Odesa']],
    ['France and Egypt signed a deal.', ['France COOPERATED Egypt']],
  ]);
});

describe('counterparts, units and what is yet to come', () => {
  const UNIT: HandEntity = { name: 'Red Hand Unit', type: 'Organization', category: 'armed_group' };
  test.each([
    ['Ana Ruiz held talks with her Egyptian counterpart in Lyon.', ['Ana Ruiz COOPERATED Egypt']],
    ['Ana Ruiz met France ahead of talks with Egypt.', ['Ana Ruiz COOPERATED France']],
    ["The Atlas Brigade's Red Hand Unit claimed the attack.", ['Red Hand Unit MEMBER_OF Atlas Brigade']],
    ['Egypt is expected to meet France next week.', []],
  ])('%s', (text, expected) => {
    expect(relationsOf(text, [...WORLD, UNIT]).sort()).toEqual(expected);
  });
});

describe('relative objects, restored ties and appositions after a list', () => {
  rows([
    [
      'The Atlas Brigade, which France and Egypt list as a terrorist group, disbanded.',
      ['Egypt SANCTIONED Atlas Brigade', 'France SANCTIONED Atlas Brigade'],
    ],
    [
      'The Atlas Brigade, which France designates as a terrorist organization, disbanded.',
      ['France SANCTIONED Atlas Brigade'],
    ],
    [
      'The Atlas Brigade, which the United States designates as a terrorist organization, disbanded.',
      ['United States SANCTIONED Atlas Brigade'],
    ],
    ['Egypt and France restored diplomatic ties in 2023.', ['Egypt COOPERATED France']],
    ['Egypt restored ties with France in 2023.', ['Egypt COOPERATED France']],
    [
      "The Atlas Brigade fired missiles at a tanker in the Black Sea, the British military's agency said.",
      [],
    ],
  ]);
});

describe('a body named after another is a unit only by its name', () => {
  test("the Atlas Brigade's Northern Front allies are no unit of it", () => {
    expect(relationsOf("The Atlas Brigade's Northern Front allies withdrew.", WORLD)).toEqual([]);
  });
});

describe('honorifics and victims named in a list', () => {
  rows([
    ["Egypt's Supreme Leader Ayatollah Omar Nadi spoke.", ['Omar Nadi LEADS Egypt']],
    ['Egyptian President Field Marshal Omar Nadi spoke.', ['Omar Nadi LEADS Egypt']],
    [
      'France struck Aleppo, killing several senior commanders, including Atlas Brigade chief Omar Nadi.',
      ['France ATTACKED Aleppo', 'France KILLED Omar Nadi', 'Omar Nadi LEADS Atlas Brigade'],
    ],
  ]);
});

describe('pledges, acts criticised, talks offered, bodies named after their state', () => {
  const GDF: HandEntity = { name: 'Egypt Defence Force', type: 'Organization', category: 'military' };
  const SOUTHCOM: HandEntity = { name: 'US Southern Command', type: 'Organization', category: 'military' };
  const SDF: HandEntity = { name: 'Syrian Democratic Forces', type: 'Organization', category: 'armed_group' };
  test.each([
    [
      'The United States and France pledged support for Egypt.',
      ['France SUPPORTS Egypt', 'United States SUPPORTS Egypt'],
    ],
    [
      "Russia's attack on a Ukrainian border post was condemned by France.",
      ['France CRITICIZED Russia', 'Russia ATTACKED Ukraine'],
    ],
    ['Egypt offered to mediate talks between Russia and Ukraine.', []],
    ['The Egypt Defence Force held drills. Egypt said so.', ['Egypt Defence Force MEMBER_OF Egypt']],
    [
      'The US Southern Command held drills with the United States Navy.',
      ['US Southern Command MEMBER_OF United States'],
    ],
    ['The Syrian Democratic Forces held Raqqa. Syria objected.', []],
    ['Russia vowed to strike Kharkiv.', ['Russia THREATENED Kharkiv']],
  ])('%s', (text, expected) => {
    expect(relationsOf(text, [...WORLD, GDF, SOUTHCOM, SDF]).sort()).toEqual(expected);
  });
});

describe('a person mention that opens on its title (the role recorded on the entity)', () => {
  const RUIZ: HandEntity = {
    name: 'Ana Ruiz',
    type: 'Person',
    roles: ['Secretary-General'],
    forms: ['Secretary-General Ana Ruiz'],
  };
  const BELL: HandEntity = {
    name: 'Tom Bell',
    type: 'Person',
    roles: ['Administrator'],
    forms: ['Administrator Tom Bell'],
  };
  test.each([
    [
      'UN Secretary-General Ana Ruiz urged Russia to halt the offensive.',
      ['Ana Ruiz DEMANDED Russia', 'Ana Ruiz LEADS United Nations'],
    ],
    ['FAA Administrator Tom Bell spoke.', ['Tom Bell LEADS Federal Aviation Administration']],
  ])('%s', (text, expected) => {
    const world = WORLD.filter((h) => h.type !== 'Person');
    expect(relationsOf(text, [...world, RUIZ, BELL]).sort()).toEqual(expected);
  });
});

describe('training is support', () => {
  rows([
    ['France has trained Egyptian troops since 2017.', ['France SUPPORTS Egypt']],
    ['Egypt trains the Atlas Brigade.', ['Egypt SUPPORTS Atlas Brigade']],
    ['The trains to Lyon were late.', []],
  ]);
});

describe('heads of a part of a body belong to it', () => {
  rows([
    ['European Union committee chair Ana Ruiz said so.', ['Ana Ruiz MEMBER_OF European Union']],
    ['Acme board chair Ana Ruiz said so.', ['Ana Ruiz LEADS Acme']],
  ]);
});

describe('sanctions on people counted or described', () => {
  rows([
    ['France sanctioned six Egyptian officials on Thursday.', ['France SANCTIONED Egypt']],
    ['France sanctioned three commanders of the Atlas Brigade.', ['France SANCTIONED Atlas Brigade']],
    ['France sanctioned firms accused of helping Egypt.', []],
    // a country's firms, however qualified, are not the country (both engines)
    ['France sanctioned an Egyptian private military company on Thursday.', []],
    ['France imposed sanctions on two Egyptian state-owned firms.', []],
  ]);
});

describe('offices taken', () => {
  rows([
    ['Omar Nadi became leader of the Atlas Brigade in 2021.', ['Omar Nadi LEADS Atlas Brigade']],
    ['Dan Moss took over as chief executive of Acme in May.', ['Dan Moss LEADS Acme']],
    ["The Atlas Brigade's new leader Omar Nadi spoke.", ['Omar Nadi LEADS Atlas Brigade']],
    ['Omar Nadi will become leader of the Atlas Brigade.', []],
  ]);
});

describe('armed clashes', () => {
  rows([
    // "X clashed with Y": X's act on Y only (the round-9 convention, test/gold/README.md);
    // "X and Y clashed" has two sides, each attacking the other
    ['Atlas Brigade fighters clashed with Egyptian forces near Aleppo.', ['Atlas Brigade ATTACKED Egypt']],
    [
      'The Atlas Brigade clashed with the Northern Front overnight.',
      ['Atlas Brigade ATTACKED Northern Front'],
    ],
    [
      'The Atlas Brigade and the Northern Front clashed overnight.',
      ['Atlas Brigade ATTACKED Northern Front', 'Northern Front ATTACKED Atlas Brigade'],
    ],
    ['Ana Ruiz clashed with Egypt over the budget.', []],
    ['Egypt clashed with France over trade.', []],
  ]);
});

describe('a threat to sanction is a threat', () => {
  rows([
    ['France threatened to impose sanctions on Egypt.', ['France THREATENED Egypt']],
    ['France warned it would impose sanctions on the Atlas Brigade.', ['France THREATENED Atlas Brigade']],
    ['France threatened to cut aid to Egypt.', []],
  ]);
});

describe('fresh articles, round 4: who acts, and what is the target', () => {
  // a district the entity step took for a body: its name only says where the post is
  const district: HandEntity = { name: 'Zarand', type: 'Organization', category: 'other' };
  const relations = (text: string) => relationsOf(text, [...WORLD, district]).sort();
  test.each([
    // the joiner's act, in the future: no one's fact yet
    ['France will join the European Union in sanctioning Egypt and Syria.', []],
    ['France joined the European Union in sanctioning Egypt.', ['France SANCTIONED Egypt']],
    // a possessor before the named body is not what is sanctioned
    [
      'The United States sanctioned Egypt’s Atlas Brigade on Monday.',
      ['United States SANCTIONED Atlas Brigade'],
    ],
    [
      "The United States sanctioned Egypt's Atlas Brigade on Monday.",
      ['United States SANCTIONED Atlas Brigade'],
    ],
    // ... unless the body only qualifies the noun after it
    ["The United States met Egypt's United Nations ambassador.", ['United States COOPERATED Egypt']],
    ['The Northern Front claimed an attack on Zarand police headquarters.', []],
    [
      'The Northern Front claimed an attack on the Atlas Brigade headquarters.',
      ['Northern Front ATTACKED Atlas Brigade'],
    ],
  ])('%s', (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe('fresh articles, round 6: whose act, and is it one', () => {
  test.each([
    // fending off an assault: the assault is someone else's
    ['The Valdorian army repelled a major assault on Aleppo on Monday.', []],
    ['The Northern Front launched a major assault on Aleppo on Monday.', ['Northern Front ATTACKED Aleppo']],
    // an actor in a condition acts only in it
    ['Rights groups fear ethnic cleansing if the Northern Front captures Aleppo.', []],
    ['Rights groups said the Northern Front captured Aleppo.', ['Northern Front ATTACKED Aleppo']],
    // examples a list names are no joint subject
    [
      'Egypt funds several armed groups, including the Atlas Brigade and the Northern Front, according to a statement.',
      ['Egypt SUPPORTS Atlas Brigade', 'Egypt SUPPORTS Northern Front'],
    ],
    // a demonym on a descriptor qualifies the named body after it (a fine is the regulator's
    // CRITICIZED since round 16, as the gold reads penalties)
    [
      'The European Union fined French energy giant Acme 20 million euros.',
      ['European Union CRITICIZED Acme'],
    ],
    [
      'The European Union sanctioned Russian arms dealer Ivan Petrov.',
      ['European Union SANCTIONED Ivan Petrov'],
    ],
    // a name an act verb has just taken is its object, not the subject of the next word
    ['The United States struck Atlas Brigade targets in Syria.', ['United States ATTACKED Atlas Brigade']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('fresh articles, round 7: an act named, not done', () => {
  test.each([
    ['The bloc warned that any aggression by Russia against Ukraine would trigger sanctions.', []],
    ['Officials discussed a possible attack by the Northern Front on Aleppo.', []],
    ['The bloc condemned the aggression by Russia against Ukraine.', ['Russia ATTACKED Ukraine']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('fresh articles, round 7 (relprec): a second act shares the first one’s subject and modality', () => {
  test.each([
    // "as well as" hands the second act back to the clause subject, who has only a plan
    ['Ana Ruiz is scheduled to meet Tom Bell, as well as hold talks with Lisa Park.', []],
    ['Ana Ruiz will meet Tom Bell and hold talks with Lisa Park.', []],
    ['Ana Ruiz did not meet Tom Bell and talk with Lisa Park.', []],
    // done, the second act is the subject's
    [
      'Ana Ruiz met Tom Bell, as well as held talks with Lisa Park.',
      ['Ana Ruiz COOPERATED Lisa Park', 'Ana Ruiz COOPERATED Tom Bell'],
    ],
    ['Egypt condemned Russia and urged France to act.', ['Egypt CRITICIZED Russia', 'Egypt DEMANDED France']],
    // a form that is also a noun, after a name the actor passes over, is that name's noun
    ['Two Egyptian traders were charged with a scheme to evade US sanctions directed at Russia.', []],
    ['Officials said France strikes Syria almost daily.', ['France ATTACKED Syria']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("round 9 (fresh9): a noun-verb before a preposition is a noun; one of a body's leaders", () => {
  rows([
    // "sanctions over …": the bloc's noun, whose verb comes later; the verb takes its object straight
    ['EU sanctions over the war in Ukraine now cover 40 firms.', []],
    ['The EU sanctions Russia for the attack.', ['European Union SANCTIONED Russia']],
    // an indefinite article makes the leader one of the body's leaders, not its head
    [
      'Then a powerful Atlas Brigade leader, Omar Nadi, crossed the border.',
      ['Omar Nadi MEMBER_OF Atlas Brigade'],
    ],
    ['Atlas Brigade leader Omar Nadi crossed the border.', ['Omar Nadi LEADS Atlas Brigade']],
  ]);
});

describe('round 10 (fresh10): penalties, kin, plans, parts and owners of an act', () => {
  rows([
    // a verb of force that carries a penalty names no blow: sanctions are SANCTIONED, a fine nothing
    ['The EU hit Acme with a record fine on Monday.', []],
    [
      'The US targeted Russian banks and traders with a new round of sanctions.',
      ['United States SANCTIONED Russia'],
    ],
    ['Russian jets struck Ukrainian positions with missiles on Monday.', ['Russia ATTACKED Ukraine']],
    // a possessive's kin is the object, not the possessor
    ["The US sanctioned Ivan Petrov's two sons on Friday.", []],
    // preparing for an act is no act
    ['Russian forces are preparing for an assault on Kharkiv.', []],
    // the head of a body's team belongs to the body; a former head of state led the country
    [
      '"The truce holds," said Ana Ruiz, head of the UN mediation team.',
      ['Ana Ruiz MEMBER_OF United Nations'],
    ],
    ['Ana Ruiz, a former Egyptian president, said the deal was fair.', ['Ana Ruiz LEADS Egypt']],
    // the possessive owner of a meeting is its only subject
    [
      "Egypt welcomed the talks following Ana Ruiz's meeting with Tom Bell.",
      ['Ana Ruiz COOPERATED Tom Bell'],
    ],
    // opposed sanctions are no sanctions of the subject
    ['Egypt opposes unilateral actions, sanctions against Syria and outside pressure.', []],
    // a country's firm is not its state
    ['The ruling was a fresh assault on a US tech giant.', []],
  ]);

  test('a name after "on a visit to" is no partner in the clause', () => {
    const facts = found('Ana Ruiz, on a visit to Egypt, and Tom Bell agreed to expand trade.');
    expect(facts).not.toContain('Egypt COOPERATED Tom Bell');
  });
});

describe('round 12: support told with its backer after "of", and who is no actor or no state', () => {
  rows([
    // the backer after "with the support / help of" backs the clause's subject (each of a list)
    ['Egyptian troops retook the port with the support of French aircraft.', ['France SUPPORTS Egypt']],
    [
      'Egypt and the Atlas Brigade retook the port with the help of France.',
      ['France SUPPORTS Atlas Brigade', 'France SUPPORTS Egypt'],
    ],
    [
      'Egypt fought the war with the backing of the international community and the United Nations.',
      ['United Nations SUPPORTS Egypt'],
    ],
    // a speaker is not the one backed; a country's lower-case army is the country
    ['Egypt said the war was won with the help of France.', []],
    ["Egypt retook the port with the help of France's army.", ['France SUPPORTS Egypt']],
    // one acts at the request of a country, not for it
    [
      'The agency is sending aid at the request of the government of Egypt and in support of the United Nations.',
      [],
    ],
    // a country's rebels are not its state
    ['France provided training and logistical support to the Syrian rebel movement.', []],
    ['France provided logistical support to the Syrian army.', ['France SUPPORTS Syria']],
  ]);
});

describe('round 13: an attack noun with its own author right before it', () => {
  rows([
    // the name before "attacks" is the author, not a name earlier in the headline
    ['Syria rights group says 25 killed in Ukrainian attacks on Aleppo.', ['Ukraine ATTACKED Aleppo']],
    // a place before the noun says where, not who: the clause's subject is still the author
    ['Russia continued its Gaza strikes on Idlib.', ['Russia ATTACKED Idlib']],
  ]);
});

describe("round 13 (the lead's fresh news): lists that are no joint act, attributions, water and private people", () => {
  rows([
    // a demonym's noun that compromise tags a verb ("interests", "ships") is no act of the list
    ['The group declared US and British interests to be legitimate targets.', []],
    ['They consider all American and British ships taking part in the war hostile targets.', []],
    // a joint act of two sides is still read
    ['French and Egyptian forces regained control of Aleppo.', ['France COOPERATED Egypt']],
    // a headline's closing attribution ("…, US claims") is the speaker, not an object or a place
    ['Rebels fired three missiles at ships in the Black Sea, US claims', []],
    // a sea where ships were hit is no target
    ['The Valdorian army began striking Black Sea shipping in November.', []],
    // a charge against a country's private people is no charge against the state; its officials are
    ['Egypt charged Russian and Syrian nationals with smuggling.', []],
    ['Egypt charged Russian officials with spying.', ['Egypt CRITICIZED Russia']],
    // the charge of private people is still the filer's: "the indictment" recalls it
    [
      'Egypt charged two Russian nationals with smuggling. The indictment alleges that Ivan Petrov smuggled arms.',
      ['Egypt CRITICIZED Ivan Petrov'],
    ],
    // what an indictment alleges two people did together is no pact, past an apposition too
    [
      'The indictment alleges that Tom Bell, the head of a firm called Acme, and Lisa Park used the firm.',
      [],
    ],
    // air defence against a counted salvo is no attack on its sender; downing a named craft is
    ['Russia said it shot down a total of 103 Ukrainian drones overnight.', []],
    ['Ukraine shot down dozens of Russian missiles.', []],
    ['Syria shot down the Russian drone.', ['Syria ATTACKED Russia']],
    ['Russia shot down two Ukrainian jets.', ['Russia ATTACKED Ukraine']],
  ]);
});

describe('round 14: ties to a backer told in a descriptor or a relative clause', () => {
  rows([
    // a backing modifier on a descriptor given by apposition or "to be"
    ['The Atlas Brigade, an Egyptian-backed militia, attacked the port.', ['Egypt SUPPORTS Atlas Brigade']],
    ['The Atlas Brigade is a Northern Front-linked armed group.', ['Northern Front SUPPORTS Atlas Brigade']],
    // the modifier qualifies the owner of the noun, not the name
    ["Ana Ruiz is the Egyptian-backed group's leader.", []],
    // "linked to" a body in a relative or reduced clause (round-11 convention)
    [
      'The Atlas Brigade, which has been linked to the Northern Front network, kidnapped two men.',
      ['Northern Front SUPPORTS Atlas Brigade'],
    ],
    [
      'The Atlas Brigade, long linked to the Northern Front, kidnapped two men.',
      ['Northern Front SUPPORTS Atlas Brigade'],
    ],
    ['The Atlas Brigade was linked to the bombing of the port.', []],
  ]);
});

describe('round 14 (prec14): a name inside another phrase, a participle of a noun, an adjective of degree', () => {
  rows([
    // "to" before "be" is no preposition: the name after "believed to be" heads the clause's
    // subject, and the demonym of the dead in the main clause acts in nothing: the soldiers are
    // the group's victims (combat, round 14)
    [
      'At least 12 Egyptian soldiers are dead after gunmen believed to be Atlas Brigade fighters attacked Tessa.',
      ['Atlas Brigade ATTACKED Egypt', 'Atlas Brigade ATTACKED Tessa', 'Atlas Brigade KILLED Egypt'],
    ],
    // "attacks blamed on X": nobody named blames
    ['Egyptian forces have been unable to stop the attacks claimed by or blamed on the Northern Front.', []],
    ['Egypt blamed the Northern Front for the attacks.', ['Egypt CRITICIZED Northern Front']],
    // "heavily armed X fighters": an adjective, no arming; "has heavily armed X" still is
    ['Egyptian officials say a group of heavily armed Atlas Brigade fighters stormed a base.', []],
    ['France has heavily armed the Atlas Brigade.', ['France SUPPORTS Atlas Brigade']],
    // a demonym before a people's word qualifies the people: the forces are the Kurds', not Syria's
    ['Syrian Kurdish forces repelled an attack by Atlas Brigade fighters.', []],
    ['Syrian forces repelled an attack by Atlas Brigade fighters.', ['Atlas Brigade ATTACKED Syria']],
    ['Syrian Druze militias fought the Atlas Brigade near Aleppo.', []],
    // a commander for a place commands a part of the body (round-14 convention 2)
    [
      'Tom Bell, the Atlas Brigade commander for northern Idlib province, was killed.',
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    ['Tom Bell, the Atlas Brigade commander in Idlib, was killed.', ['Tom Bell MEMBER_OF Atlas Brigade']],
    ['Tom Bell, the Atlas Brigade commander, was killed.', ['Tom Bell LEADS Atlas Brigade']],
    // a head of government named with the country leads it, a former one too (convention 3)
    [
      'The agency designated former Prime Minister of the Republic of Egypt Ana Ruiz.',
      ['Ana Ruiz LEADS Egypt'],
    ],
    ['Prime Minister of Egypt Ana Ruiz spoke.', ['Ana Ruiz LEADS Egypt']],
    // a charge against a country's hackers or men is no charge against the state (round 13's private people)
    ['Egypt charged two Russian hackers with extortion.', []],
    ['Egypt charged two Russian men with spying.', []],
    // hosting a country's bases hosts no guest; hosting its officials is a meeting
    ['Egypt hosts Russian military bases.', []],
    ['Egypt hosted Russian officials last week.', ['Egypt COOPERATED Russia']],
    // a list closed inside a phrase: its later items are in the phrase too
    [
      'The chair of the delegation for relations with Syria and Egypt, Tom Bell, condemned Russia.',
      ['Tom Bell CRITICIZED Russia'],
    ],
    [
      'Rebels attacked targets in Syria, and Egypt condemned the Atlas Brigade.',
      ['Egypt CRITICIZED Atlas Brigade'],
    ],
    [
      'Troops from Syria and Egypt fought the Atlas Brigade.',
      ['Egypt ATTACKED Atlas Brigade', 'Syria ATTACKED Atlas Brigade'],
    ],
    // a demonym in a person's apposition is no second actor beside the person
    [
      'Tom Bell, the Syrian envoy in the council, welcomed Ana Ruiz to Aleppo.',
      ['Tom Bell COOPERATED Ana Ruiz', 'Tom Bell MEMBER_OF Syria'],
    ],
  ]);
});

describe('a second verb whose clause opens on no name (round 16)', () => {
  rows([
    // the clause's subject is no name: the first verb's object did not make the call
    [
      'The communique also criticised Russia over its drills, voiced concern over Syria and called on Egypt to free the crew.',
      [],
    ],
    ["The ministers welcomed France's offer and urged Egypt to end the blockade.", []],
    // the envoys act for their countries, so the whole list makes the second act too
    [
      "The envoys of Ukraine, France and Egypt also condemned Russia's drills and called on Syria to free the crew.",
      [
        'Egypt CRITICIZED Russia',
        'Egypt DEMANDED Syria',
        'France CRITICIZED Russia',
        'France DEMANDED Syria',
        'Ukraine CRITICIZED Russia',
        'Ukraine DEMANDED Syria',
      ],
    ],
    // a list's middle item after "in" is inside the phrase, as its first and last are
    ['Talks in Ukraine, France and Egypt called on Syria to free the crew.', []],
    [
      'Egypt criticised Russia over its drills and called on France to free the crew.',
      ['Egypt CRITICIZED Russia', 'Egypt DEMANDED France'],
    ],
  ]);
});
