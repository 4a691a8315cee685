// Round 22: structural facts in shapes unseen news writes them (docs/extraction.md, "Structural
// facts on unseen text, round 22"). Invented sentences and people; hand-made mentions, so the
// rules are tested apart from recognition. Each row lists every structural fact the text should
// give, so what must not be read is tested too.
import { relationsOf, type HandEntity } from './hand-mentions';

const country = (name: string, ...forms: string[]): HandEntity => ({ name, type: 'Country', forms });
const body = (name: string, category: HandEntity['category'], ...forms: string[]): HandEntity => ({
  name,
  type: 'Organization',
  category,
  forms,
});
const person = (name: string): HandEntity => ({
  name,
  type: 'Person',
  forms: [name.split(' ').slice(-1)[0]],
});
const place = (name: string): HandEntity => ({ name, type: 'Location', forms: [] });

const WORLD: HandEntity[] = [
  country('Chile', 'Chilean'),
  country('Peru', 'Peruvian'),
  country('Honduras', 'Honduran'),
  country('United States', 'U.S.', 'American'),
  body('United Nations', 'international', 'UN', 'U.N.'),
  body('Popular Front', 'political'),
  body('Valdor Watch', 'other'),
  body('White House', 'government'),
  place('Arica'),
  place('Mekelle'),
  place('Tigray'),
  place('San Pedro Sula'),
  ...['Ana Ruiz', 'Tom Bell', 'Lisa Park', 'Dan Moss'].map(person),
];

const structural = (text: string, world = WORLD) =>
  relationsOf(text, world)
    .filter((f) => /MEMBER_OF|LEADS|LOCATED_IN/.test(f))
    .sort();

const rows = (table: [string, string[]][]) =>
  test.each(table)('%s', (text, expected) => expect(structural(text)).toEqual(expected));

describe("a copula gives a state's service by its demonym", () => {
  rows([
    ['Tom Bell is a retired Peruvian general.', ['Tom Bell MEMBER_OF Peru']],
    ['Tom Bell was a Chilean diplomat for twenty years.', ['Tom Bell MEMBER_OF Chile']],
    ['Tom Bell is a senior Chilean army officer.', ['Tom Bell MEMBER_OF Chile']],
    // work any citizen may do, a rebel's office, another's kin: no office of the state
    ['Tom Bell is a Peruvian lawyer.', []],
    ['Tom Bell is a Peruvian rebel commander.', []],
    ["Tom Bell is a Chilean general's son.", []],
  ]);
});

describe("a state's envoy to an international body serves the state", () => {
  rows([
    ["Ana Ruiz, Chile's U.N. ambassador, said the trial was unfair.", ['Ana Ruiz MEMBER_OF Chile']],
    ["Ana Ruiz, the United States' UN ambassador, said so.", ['Ana Ruiz MEMBER_OF United States']],
    ['Chilean UN Ambassador Ana Ruiz said so.', ['Ana Ruiz MEMBER_OF Chile']],
    // the envoy is the state's, not the body's
    ["Ana Ruiz, Chile's UN ambassador, met Tom Bell's UN envoy.", ['Ana Ruiz MEMBER_OF Chile']],
  ]);
});

describe("a person's age set off by commas is read through", () => {
  rows([
    ['Tom Bell, 52, is the leader of the Popular Front.', ['Tom Bell LEADS Popular Front']],
    ['Tom Bell, 52, a member of the Popular Front, spoke.', ['Tom Bell MEMBER_OF Popular Front']],
    // an age alone ties nobody to anything
    ['Tom Bell, 52, met Popular Front members.', []],
  ]);
});

describe('the head of a part of a body, and the officer’s own deputy', () => {
  rows([
    [
      'Police held Tom Bell, president of one faction of the opposition Popular Front, and his candidate, Ana Ruiz.',
      ['Ana Ruiz MEMBER_OF Popular Front', 'Tom Bell MEMBER_OF Popular Front'],
    ],
    [
      'Tom Bell, the leader of the armed wing of the Popular Front, was killed.',
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    // the head of the whole body leads it; a wife holds no office
    [
      'Tom Bell, leader of the Popular Front, and his wife, Ana Ruiz, fled.',
      ['Tom Bell LEADS Popular Front'],
    ],
  ]);
});

describe('places told by a possessive or a capital written after them', () => {
  rows([
    [
      "Looting was seen in San Pedro Sula, Honduras' second largest city.",
      ['San Pedro Sula LOCATED_IN Honduras'],
    ],
    ["Ships docked at Chile's port of Arica.", ['Arica LOCATED_IN Chile']],
    ['Jets struck Mekelle, the Tigray regional capital, on Friday.', ['Mekelle LOCATED_IN Tigray']],
    // a capital's own office is no place of it
    ["Chile's governor of Arica resigned.", []],
    ["Jets struck Mekelle, the Tigray capital's main market.", []],
  ]);
});

describe('national titles: a country written only as the reach of a law', () => {
  const aboutPeru = 'Peru faces new sanctions. Peru rejected the move. ';
  test('a list of titled officials keeps the article’s country', () => {
    expect(
      structural(
        `${aboutPeru}The order freezes assets that Trade Minister Tom Bell, deputy defense chief Dan Moss and former navy chief Lisa Park hold under U.S. jurisdiction.`,
      ),
    ).toEqual(['Dan Moss MEMBER_OF Peru', 'Lisa Park MEMBER_OF Peru', 'Tom Bell MEMBER_OF Peru']);
  });
  test('a country named as itself still stops it', () => {
    expect(
      structural(
        `${aboutPeru}Trade Minister Tom Bell spoke for Chile, and held assets under U.S. jurisdiction.`,
      ),
    ).toEqual([]);
  });
});

describe('the White House is a body of the United States', () => {
  test('where the article names the United States', () => {
    expect(
      structural('The United States imposed sanctions. The White House said Peru was silencing critics.'),
    ).toEqual(['White House MEMBER_OF United States']);
  });
});

describe('a body the state owns', () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Chilean News Agency', 'media'),
    body('Condor Air', 'company'),
    body('Andes Daily', 'media'),
  ];
  const aboutPeru = 'Peru voted on Sunday. Peru counted the ballots. ';
  test.each([
    // the state its own name holds, written or not with "state-run"
    [
      `${aboutPeru}The state-run Chilean News Agency said turnout was high.`,
      ['Chilean News Agency MEMBER_OF Chile'],
    ],
    [`${aboutPeru}Chile's state-owned Condor Air cut its fares.`, ['Condor Air MEMBER_OF Chile']],
    // described as the state's own: the article's country
    [`${aboutPeru}The deal went to Condor Air, a government-owned airline.`, ['Condor Air MEMBER_OF Peru']],
    // "state-run" on a name that holds no state: as often another state's outlet quoted
    [`${aboutPeru}The state-run Andes Daily said turnout was high.`, []],
    // owned by another
    [`${aboutPeru}The privately owned Andes Daily said turnout was high.`, []],
  ])('%s', (text, expected) => expect(structural(text, world)).toEqual(expected));
});
