// National titles written without a country ("President X", "Foreign Minister Y"): the country
// comes from the reference list of office holders, else from the article's dominant country
// where the sentence names it as itself. Invented sentences; the office holders are people of
// the Phoenix reference data. Each row lists every relation the sentence should give.
import { personKey, officeHolderCountry, surnameCountries } from '../lexicon/office-holders';
import { relationsOf, type HandEntity } from './hand-mentions';

const WORLD: HandEntity[] = [
  { name: 'Norway', type: 'Country', forms: ['Norwegian'] },
  { name: 'Peru', type: 'Country', forms: ['Peruvian'] },
  { name: 'Germany', type: 'Country', forms: ['German'] },
  { name: 'Dan Moss', type: 'Person', forms: ['Moss'] },
  { name: 'Angela Merkel', type: 'Person', forms: ['Merkel'] },
  { name: 'Tom Reed', type: 'Person', forms: ['Reed'] },
  { name: 'Norwegian Army', type: 'Organization', category: 'military' },
  { name: 'Kvala', type: 'Location' },
];

/** Two sentences before the tested one make Norway the article's dominant country. */
const about = (sentence: string) => `Norway voted on Sunday. Norway counted the ballots. ${sentence}`;

/** The roles (MEMBER_OF, LEADS) read from the sentence in an article about Norway. */
const rolesAbout = (sentence: string, world: HandEntity[] = WORLD) =>
  relationsOf(about(sentence), world)
    .filter((f) => /LEADS|MEMBER_OF/.test(f))
    .sort();

describe('a national title with no country written', () => {
  test.each([
    // the dominant country, named in the sentence as itself
    ['President Dan Moss said Norway would stay calm.', ['Dan Moss LEADS Norway']],
    ['Foreign Minister Dan Moss said Norway would stay calm.', ['Dan Moss MEMBER_OF Norway']],
    // the dominant country named only as the other party of an act, or another country nearer
    ['President Dan Moss announced new measures against Norway.', []],
    ['Norway watched as Peru heard President Dan Moss.', []],
    // a known office holder serves their own country, where the article names it
    ['Chancellor Angela Merkel said Germany and Norway agreed.', ['Angela Merkel LEADS Germany']],
    ['Chancellor Angela Merkel said Norway would stay calm.', []],
    [
      'Chancellor Angela Merkel said Norway would stay calm. Germany sent aid.',
      ['Angela Merkel LEADS Germany'],
    ],
    // the dominant country named only on the weapons of an act is the one acting
    ['An aide of President Dan Moss said the Norwegian strikes hit Kvala.', []],
    ['President Dan Moss said the Norwegian officials had left Kvala.', ['Dan Moss LEADS Norway']],
    // a sentence that names no country: the article's own
    ['Military spokesman Dan Moss said the rebels had fled.', ['Dan Moss MEMBER_OF Norway']],
    // round 15: the bare title opening the sentence; not one who names his own body after the name
    ['Spokesman Dan Moss told reporters the rebels had fled.', ['Dan Moss MEMBER_OF Norway']],
    ['Spokesman Dan Moss of the Red Cross said the rebels had fled.', []],
    // round 15: a lower-case army's chief is the state's
    ['The vote came hours after the killing of the army chief Dan Moss.', ['Dan Moss MEMBER_OF Norway']],
    ['The rebels fled, rebel spokesman Dan Moss said.', []],
    ['Vice Foreign Minister Dan Moss met the rebels.', ['Dan Moss MEMBER_OF Norway']],
    // any cabinet portfolio, before or after "Minister"
    ['Rural Affairs Minister Dan Moss disputed the charge.', ['Dan Moss MEMBER_OF Norway']],
    ['Minister for Local Government Dan Moss lost his seat.', ['Dan Moss MEMBER_OF Norway']],
    // a region's minister serves the region's government, not the nation's
    ['Regional Minister Dan Moss visited the base.', []],
    ['Regional Affairs Minister Dan Moss visited the base.', ['Dan Moss MEMBER_OF Norway']],
    // one side of a meeting does not serve the other side's country
    [
      'Foreign Minister Dan Moss and his Norwegian counterpart, Angela Merkel, held talks.',
      ['Angela Merkel MEMBER_OF Norway'],
    ],
    // a member named with the country leaves another's head title to the country (round 10)
    [
      'President Dan Moss and Norwegian Ambassador Tom Reed praised the deal.',
      ['Dan Moss LEADS Norway', 'Tom Reed MEMBER_OF Norway'],
    ],
    // a bare head word with no body or side before it heads the state (round 9)
    ['Thousands marched to demand veteran leader Dan Moss leave power.', ['Dan Moss LEADS Norway']],
    ['Officials, including leader Dan Moss, were named.', ['Dan Moss LEADS Norway']],
    ['The opposition leader Dan Moss spoke.', []],
    ['Rebel leader Dan Moss fled.', []],
    // a person who acts on the country in the sentence holds none of its offices
    ['Norway said President Dan Moss had imposed new sanctions on Norway in May.', []],
    ["Norway said Foreign Minister Dan Moss met Norway's prime minister on Monday.", []],
    // a country a visitor travels to is not the country of the visitor's title
    ['Foreign Minister Dan Moss departed for Norway on Thursday.', []],
    ['Foreign Minister Dan Moss arrived in Norway for the summit.', []],
    ['President Dan Moss is visiting Norway this week.', []],
    ['Foreign Minister Dan Moss left Norway after the vote.', ['Dan Moss MEMBER_OF Norway']],
    // one head per country: of two presidents in a sentence naming it, the one nearer its name
    [
      "Norway's minister said President Dan Moss demanded the release of President Tom Reed, held by soldiers.",
      ['Dan Moss LEADS Norway'],
    ],
    // with the country unwritten, rival claimants each keep the title the text gives them
    [
      'Forces loyal to President Dan Moss battled troops loyal to President Tom Reed.',
      ['Dan Moss LEADS Norway', 'Tom Reed LEADS Norway'],
    ],
    // ...unless one meets the other: the head met is the other side's
    ['President Dan Moss held talks with President Tom Reed on Monday.', ['Dan Moss LEADS Norway']],
    // the one met, in a sentence naming no country, may be the other side's
    ['The visit ended with talks with President Dan Moss.', []],
    ['The delegation met Foreign Minister Dan Moss.', []],
    ['President Dan Moss held talks with the rebels.', ['Dan Moss LEADS Norway']],
    // an army's spokesperson belongs to the country's army where the article names it
    ['Army spokesman Colonel Dan Moss said the rebels had fled.', ['Dan Moss MEMBER_OF Norwegian Army']],
  ])('%s', (sentence, expected) => {
    expect(rolesAbout(sentence)).toEqual(expected);
  });
});

describe('round 10: an article that names one country once', () => {
  const ONE: HandEntity[] = [
    { name: 'Norway', type: 'Country', forms: ['Norwegian'] },
    { name: 'Dan Moss', type: 'Person', forms: ['Moss'] },
  ];
  test.each([
    // the country written before the person, as itself
    ['The protesters in Norway gave Prime Minister Dan Moss a day to resign.', ['Dan Moss LEADS Norway']],
    // after the person, or as the other party of an act: nothing
    ['Prime Minister Dan Moss said Norway would stay calm.', []],
    ['Sanctions on Norway were eased by Prime Minister Dan Moss.', []],
  ])('%s', (sentence, expected) => {
    expect(relationsOf(sentence, ONE).filter((f) => /LEADS|MEMBER_OF/.test(f))).toEqual(expected);
  });
});

describe("round 11: a state's parliament and police, and titles after a word of rank or region", () => {
  test.each([
    ['Parliament Speaker Dan Moss said the count should be checked.', ['Dan Moss MEMBER_OF Norway']],
    ['Provincial police spokesman Dan Moss confirmed the raid.', ['Dan Moss MEMBER_OF Norway']],
    ['Current First Vice President Dan Moss came third.', ['Dan Moss MEMBER_OF Norway']],
    // a capitalised word that may be another country still stops the title
    ['Kvala police spokesman Dan Moss confirmed the raid.', []],
  ])('%s', (sentence, expected) => {
    expect(rolesAbout(sentence)).toEqual(expected);
  });
});

describe('office holders of the reference data', () => {
  test('a name is looked up without accents, initials or suffixes', () => {
    expect(personKey('Ángela M. Ruiz Jr.')).toBe('angela ruiz');
    expect(officeHolderCountry('Angela D. Merkel')).toBe('DE');
  });
  test('a surname alone is known when the data gives it one country', () => {
    expect(officeHolderCountry('Merkel')).toBe('DE');
    expect(officeHolderCountry('Smith')).toBeUndefined();
    expect(officeHolderCountry('Tom Nobody')).toBeUndefined();
  });
  test('round 13: a surname alone, with every country whose office holders bear it', () => {
    expect([...surnameCountries('Bush')].sort()).toEqual(['KY', 'US']);
    expect(surnameCountries('George Bush').size).toBe(0);
    expect(surnameCountries('Varda').size).toBe(0);
  });
});

describe('a place of "the country"', () => {
  test('"the country\'s X province" is in the country the article is about', () => {
    const facts = relationsOf(
      about("The launch took place from the country's northern Kvala province."),
      WORLD,
    );
    expect(facts).toEqual(['Kvala LOCATED_IN Norway']);
  });
});

describe('a state whose offices are an authority’s', () => {
  const world: HandEntity[] = [
    ...WORLD,
    { name: 'Palestine', type: 'Country', forms: ['Palestinian'] },
    { name: 'Palestinian Health Ministry', type: 'Organization', category: 'government' },
  ];
  test.each([
    'Palestinian President Dan Moss said the talks would resume.',
    'Dan Moss ordered the Palestinian Health Ministry to send doctors.',
  ])('%s gives no MEMBER_OF or LEADS with the state', (sentence) => {
    const facts = relationsOf(sentence, world).filter((f) => /LEADS|MEMBER_OF/.test(f));
    expect(facts).toEqual([]);
  });
  test('another state keeps its title', () => {
    expect(relationsOf('Peruvian President Dan Moss said the talks would resume.', world)).toContain(
      'Dan Moss LEADS Peru',
    );
  });
});

describe('round 13: a head office the article has already filled with the country written', () => {
  const lines = (text: string) => relationsOf(about(text), WORLD).filter((f) => / LEADS /.test(f));
  test('"President X" of another state, in a story that named the dominant country\'s president', () => {
    expect(
      lines(
        "Norway's President Dan Moss met Peru's envoy. The envoy spoke of the murder of President Tom Reed.",
      ),
    ).toEqual(['Dan Moss LEADS Norway']);
  });
  test('another office of the same state is still its own', () => {
    expect(
      lines("Norway's President Dan Moss met the envoy. Prime Minister Tom Reed said Norway agreed."),
    ).toEqual(['Dan Moss LEADS Norway', 'Tom Reed LEADS Norway']);
  });
  test('the same person written twice keeps the office', () => {
    expect(
      lines("Norway's President Dan Moss met the envoy. President Dan Moss said Norway agreed."),
    ).toEqual(['Dan Moss LEADS Norway', 'Dan Moss LEADS Norway']);
  });
  test('round 15: a former holder leaves the office to the one the story calls President', () => {
    expect(
      lines(
        "Crowds protested against President Tom Reed's victory. Norway's former president Dan Moss said Norway agreed.",
      ).sort(),
    ).toEqual(['Dan Moss LEADS Norway', 'Tom Reed LEADS Norway']);
  });
});

describe('round 13: offices once held, surnames known elsewhere, heads of a body', () => {
  const world: HandEntity[] = [...WORLD, { name: 'Bush', type: 'Person' }, { name: 'Varda', type: 'Person' }];
  test.each([
    // offices once held count as the role (round-9 conventions)
    ['Supporters of former president Dan Moss marched.', ['Dan Moss LEADS Norway']],
    ['Former foreign minister Dan Moss said the vote was rigged.', ['Dan Moss MEMBER_OF Norway']],
    ['The envoy is former Peruvian President Dan Moss.', ['Dan Moss LEADS Peru']],
    ['The case was filed by former Peruvian Attorney General Dan Moss.', ['Dan Moss MEMBER_OF Peru']],
    ['Peace came after former Peruvian leader Dan Moss left.', ['Dan Moss LEADS Peru']],
    // the sentence names another country: the office once held may be that one's
    ['Peru was accused of helping former president Dan Moss.', []],
    // not a state's office
    ['Former rebel leader Dan Moss surrendered.', []],
    // a surname the data knows only in other states' offices: no office of the article's country
    ['President Bush said Norway would stay calm.', []],
    // a surname the data does not know takes the article's country, as before
    ['President Varda said Norway would stay calm.', ['Varda LEADS Norway']],
    // a head title after a lower-case body noun heads that body, not the state
    ['On Monday, constitutional court president Dan Moss said Norway would stay calm.', []],
    ['The ruling party president Dan Moss said Norway would stay calm.', []],
  ])('%s', (sentence, expected) => {
    expect(rolesAbout(sentence, world)).toEqual(expected);
  });
});

describe("round 14: a deputy secretary's remit between the office and the name", () => {
  const world: HandEntity[] = [...WORLD, { name: 'United States', type: 'Country', forms: ['U.S.'] }];
  test.each([
    // the office names its country ("Secretary of State" is the U.S. office), remit or not
    [
      'Assistant Secretary of State for Arms Control Tom Reed said the U.S. would help.',
      ['Tom Reed MEMBER_OF United States'],
    ],
    [
      'Under Secretary of State for Political and Economic Affairs Tom Reed said the U.S. would help.',
      ['Tom Reed MEMBER_OF United States'],
    ],
    // a head's remit is another office's name: not read
    ['Secretary of State for Defence Tom Reed said the U.S. would help.', []],
  ])('%s', (sentence, expected) => {
    expect(rolesAbout(sentence, world)).toEqual(expected);
  });
});

describe('round 17: a title the text gives to "the government"', () => {
  test.each([
    // the state the article is about, though the sentence names it only on its forces
    [
      'Government spokesman Dan Moss said Norwegian army forces had to retreat.',
      ['Dan Moss MEMBER_OF Norway'],
    ],
    // or names another country as itself
    [
      'Government Interior Minister Dan Moss said the rebels could not confront Peruvian tanks.',
      ['Dan Moss MEMBER_OF Norway'],
    ],
    // without "government", the forces' country is the other side's, as before
    ['Spokesman Dan Moss said Peruvian forces had to retreat.', []],
  ])('%s', (sentence, expected) => {
    expect(rolesAbout(sentence)).toEqual(expected);
  });
});
