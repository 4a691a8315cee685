// Shapes of wrong facts found in fresh news outside the gold (round 22, fresh22), and the regex
// engine's known readings of relative clauses and appositions. Sentences of our own.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { extractArticle } from '../index';

// What a relative clause or an apposition is about (the regex engine alone, then both engines)
const attachment: FactRow[] = [
  // "who" is not said of a country: the rebels attacked, not Chile
  ['Rebels in Chile, who attacked Bolivia, said they would fight on.', [], ['Chile ATTACKED Bolivia']],
  ['Chile, which attacked Bolivia last year, said it would fight on.', ['Chile ATTACKED Bolivia'], []],
  ['Forces from Chile, who attacked Bolivia, said they would fight on.', ['Chile ATTACKED Bolivia'], []],
  // a passive clause after an act's target is about the act
  ['The attack on Chile, which was condemned by Norway, killed ten people.', [], ['Norway CRITICIZED Chile']],
  ['Peru, which was condemned by Norway, denied the charge.', ['Norway CRITICIZED Peru'], []],
  // a demonym in a body's apposition qualifies the body
  [
    'Andes Mining, a Chilean trading company, attacked Bolivia in a statement.',
    [],
    ['Chile ATTACKED Bolivia'],
  ],
  ['In Arica, the Chilean army attacked Bolivia on Monday.', ['Chile ATTACKED Bolivia'], []],
  // words attack in words; a stand is attacked in words
  ["The Indian statement attacked Pakistan's policy on the border.", [], ['India ATTACKED Pakistan']],
  ['Indian media attacked Pakistan on Monday.', [], ['India ATTACKED Pakistan']],
  ["India attacked Pakistan's border posts overnight.", [], []],
  ['Indian jets attacked Pakistan on Monday.', ['India ATTACKED Pakistan'], []],
];

describeFactRows(attachment, 'fresh-news-22-rules', 'rules');
describeFactRows(attachment, 'fresh-news-22', 'combined');

// Shapes of wrong facts in fresh news (round 22, fresh22), both engines together as the CLI reads
const fresh: FactRow[] = [
  // the act after an accusation is the accused's, whom the words between pass unnamed
  ['Norway accused the Islamic Republic of supplying drones to Peru.', [], ['Norway SUPPORTS Peru']],
  ['Norway supplied drones to Peru.', ['Norway SUPPORTS Peru'], []],
  // an act only alleged is no stated fact (test/gold/README.md: stated facts only; accusations give
  // the accuser's CRITICIZED only): round 28 reverses round 22's reading of this row
  ['Norway is accused of supplying drones to Peru.', [], ['Norway SUPPORTS Peru']],
  // firms in a country are not its state
  [
    'Norway sanctioned the business entities in Chile, Peru and Bolivia for aiding the program.',
    [],
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Peru', 'Norway SANCTIONED Bolivia'],
  ],
  [
    'Norway sanctioned Chile and Peru for aiding the program.',
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Peru'],
    [],
  ],
  // "X-based Y" among the designees: Y is designated, X only says where it is
  [
    'Norway imposed sanctions on a shipping network on Monday. The latest sanctions target Peru-based Andes Mining Company and its chief executive.',
    ['Norway SANCTIONED Andes Mining Company'],
    ['Norway SANCTIONED Peru'],
  ],
  // a bare compass word before the place struck: the place is the strike's target, not the killer
  [
    'A Turkish strike on north Iraq killed a senior PKK commander on Monday.',
    ['Turkey ATTACKED Iraq'],
    ["Iraq ATTACKED Kurdistan Workers' Party", "Iraq KILLED Kurdistan Workers' Party"],
  ],
  // "urged the two sides": not the speaker's own side
  [
    'Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Soto held talks in Lima. Chile and Peru are neighbours. Ruiz urged the two sides to resume trade.',
    ['Ana Ruiz DEMANDED Peru'],
    ['Ana Ruiz DEMANDED Chile'],
  ],
  [
    'Chile and Peru are neighbours. Chile and Peru held talks in Lima. UN envoy Ana Ruiz urged the two sides to resume trade.',
    ['Ana Ruiz DEMANDED Chile', 'Ana Ruiz DEMANDED Peru'],
    [],
  ],
  // a country's ships and traders are not its state
  ['New Norwegian sanctions on Chilean tankers and traders cut exports.', [], ['Norway SANCTIONED Chile']],
  ['New Norwegian sanctions on Chile cut exports.', ['Norway SANCTIONED Chile'], []],
  // a second title joined by "and" before the name
  [
    'Officials welcomed Chilean Foreign Minister and State Councilor Ana Ruiz at the airport.',
    ['Ana Ruiz MEMBER_OF Chile'],
    [],
  ],
];

describeFactRows(fresh, 'fresh-news-22', 'combined');

function entitiesOf(text: string): Map<string, string> {
  const x = extractArticle({ id: 't', title: '', text });
  return new Map(x.entities.map((e) => [e.name, e.type]));
}

describe('entities in fresh news (round 22, fresh22)', () => {
  test('a body\'s name runs on over "for an", "for" and "of the" past its head word', () => {
    expect(
      entitiesOf('The Democratic Front for an Independent Valdoria won 19 seats.').has(
        'Democratic Front for an Independent Valdoria',
      ),
    ).toBe(true);
    expect(
      entitiesOf('The Union of Labour for Progress won 34 seats.').has('Union of Labour for Progress'),
    ).toBe(true);
    expect(
      entitiesOf('The Supreme Council for the Defence of the Homeland took power.').has(
        'Supreme Council for the Defence of the Homeland',
      ),
    ).toBe(true);
    // a known name after "for" or "of the" is a name of its own
    const own = entitiesOf('The Ministry of Defence for Ukraine said so.');
    expect(own.get('Ukraine')).toBe('Country');
  });

  test('an elided French particle with its capital is inside the name', () => {
    expect(entitiesOf("The bloc comprises Benin, Cote d'Ivoire and Togo.").get('Ivory Coast')).toBe(
      'Country',
    );
    expect(entitiesOf('The bloc comprises Benin, Cabo Verde and Togo.').get('Cape Verde')).toBe('Country');
    // the title "Chargé d'Affaires" names nobody
    expect([...entitiesOf("The Charge d'Affaires met the press.").keys()]).toEqual([]);
  });

  test('a broadcaster named for a region is the broadcaster, not the region', () => {
    const e = entitiesOf('He told Radio Free Asia on Friday.');
    expect(e.get('Radio Free Asia')).toBe('Organization');
    expect(e.has('Asia')).toBe(false);
  });

  test("a dateline's news agency is the agency, not another name of the place", () => {
    const e = entitiesOf('Lima (Sputnik): Chilean troops crossed the border on Tuesday.');
    expect(e.get('Sputnik')).toBe('Organization');
    expect(e.get('Lima')).toBe('Location');
  });

  test('a mixed-case family name before a dash in a headline is no dateline', () => {
    const x = extractArticle({
      id: 't',
      title: '',
      text: 'Li – Ruiz meet in Lima\n\nChinese Premier Li Qiang met Ana Ruiz. Premier Li said the talks went well.',
    });
    expect(x.entities.find((e) => e.name === 'Li')?.type).not.toBe('Location');
    // a dateline with a dash still reads the place
    expect(entitiesOf('Kabul – The Taliban said on Monday they had taken the town.').get('Kabul')).toBe(
      'Location',
    );
  });

  test('"State Counsellor" after a demonym is a title, not a state', () => {
    const e = entitiesOf('He held talks with Chilean State Counsellor Ana Ruiz in Lima.');
    expect(e.get('Chile')).toBe('Country');
    expect(e.get('Ana Ruiz')).toBe('Person');
    expect(e.has('Chilean State')).toBe(false);
  });

  test("a plural's apostrophe before a body's head word is inside the name", () => {
    expect(entitiesOf("The Valdorian Workers' Party met on Monday.").get("Valdorian Workers' Party")).toBe(
      'Organization',
    );
    expect([...entitiesOf("The Kenya Farmers' Union said so.").keys()]).toContain("Kenya Farmers' Union");
    // a known body's possessive stays its own
    expect(entitiesOf("The Houthis' Council met.").has("Houthis' Council")).toBe(false);
  });
});
