// Structural facts (MEMBER_OF, LEADS) in the shapes real news writes them: possessive owners,
// copulas, appositions, counterparts, parts of a body, bodies named with their state. Invented
// sentences and people; hand-made mentions, so the rules are tested apart from recognition.
// Each row lists every relation the sentence should give (sorted), so what must not be read
// is tested too.
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

const WORLD: HandEntity[] = [
  country('Norway', 'Norwegian'),
  country('Chile', 'Chilean'),
  country('Peru', 'Peruvian'),
  country('Ghana', 'Ghanaian'),
  body('United Nations', 'international', 'UN', 'U.N.'),
  body('African Union', 'international', 'AU'),
  body('Northern League', 'political'),
  body('Valdor Agency', 'government'),
  body('Finance Department', 'government'),
  body('Office of Export Control', 'government'),
  body('Atlas Brigade', 'armed_group'),
  body('Atlas Media Bureau', 'other'),
  body('Atlas Press Office', 'other'),
  body('Green Watch', 'other'),
  body('Coastal Relief Force', 'military'),
  body('Chilean Army', 'military'),
  body('Norwegian Foreign Ministry', 'government'),
  body('National Guard of Peru', 'military'),
  body('Government of Ghana', 'government'),
  body('Peruvian Workers Party', 'political'),
  body('UN Security Council', 'international'),
  body('UN Watch', 'other'),
  body('Zentro, Inc.', 'company'),
  { name: 'Cusco', type: 'Location', forms: [] },
  { name: 'Austin', type: 'Location', forms: [] },
  ...['Ana Ruiz', 'Tom Bell', 'Lisa Park', 'Dan Moss', 'Omar Nadi', 'Paul Roux'].map(person),
];

const rows = (table: [string, string[]][]) =>
  test.each(table)('%s', (text, expected) => {
    expect(relationsOf(text, WORLD).sort()).toEqual(expected);
  });

/** Table rows in a world of their own, listing only the structural facts each sentence gives. */
const structuralRows = (world: HandEntity[], table: [string, string[]][]) =>
  test.each(table)('%s', (text, expected) => {
    expect(
      relationsOf(text, world)
        .filter((f) => /MEMBER_OF|LEADS|LOCATED_IN/.test(f))
        .sort(),
    ).toEqual(expected);
  });

describe('a title after a possessive owner takes any qualifier', () => {
  rows([
    ["Chile's external trade minister, Ana Ruiz, spoke.", ['Ana Ruiz MEMBER_OF Chile']],
    ["The Valdor Agency's top field inspector, Tom Bell, said so.", ['Tom Bell MEMBER_OF Valdor Agency']],
    ["Green Watch's senior Andes researcher, Lisa Park, said so.", ['Lisa Park MEMBER_OF Green Watch']],
    // an office no longer held, or a word that is no qualifier, gives nothing
    ["Chile's former trade minister, Ana Ruiz, spoke.", []],
    ["Chile's rival said minister Ana Ruiz spoke.", []],
  ]);
});

describe('a head title set off by a comma before its holder', () => {
  rows([
    ['The Atlas Brigade commander, Gen. Tom Bell, said so.', ['Tom Bell LEADS Atlas Brigade']],
    ['The Atlas Brigade commander Tom Bell said so.', ['Tom Bell LEADS Atlas Brigade']],
  ]);
});

describe('a form of "be" states an office', () => {
  rows([
    ['Tom Bell is the top commander of the Coastal Relief Force.', ['Tom Bell LEADS Coastal Relief Force']],
    ['Ana Ruiz is a member of the Northern League.', ['Ana Ruiz MEMBER_OF Northern League']],
    ["Lisa Park is Green Watch's top lawyer.", ['Lisa Park MEMBER_OF Green Watch']],
    [
      "Dan Moss is the director of Chile's Valdor Agency.",
      ['Dan Moss LEADS Valdor Agency', 'Valdor Agency MEMBER_OF Chile'],
    ],
    // a former office counts as the role (test/gold/README.md, round 9), as in an apposition
    // (copula:former-member-of-body, round 23)
    ['Tom Bell is a former member of the Northern League.', ['Tom Bell MEMBER_OF Northern League']],
  ]);
});

describe('appositions: parts of a body, heads of states, counterparts', () => {
  rows([
    ["Ana Ruiz, head of the African Union's observer mission, spoke.", ['Ana Ruiz MEMBER_OF African Union']],
    ['Ana Ruiz, head of the African Union, spoke.', ['Ana Ruiz LEADS African Union']],
    [
      'Tom Bell, commanding general of the Coastal Relief Force, spoke.',
      ['Tom Bell LEADS Coastal Relief Force'],
    ],
    [
      'Tom Bell, deputy commanding general of the Coastal Relief Force, spoke.',
      ['Tom Bell MEMBER_OF Coastal Relief Force'],
    ],
    ['The spokesman for the UN mission in Chile, Tom Bell, said so.', ['Tom Bell MEMBER_OF United Nations']],
    // round 15: a release's sign-off, the title's remit in lower case, the body after a comma
    [
      '"We held," said Tom Bell, director of public affairs, Coastal Relief Force.',
      ['Tom Bell MEMBER_OF Coastal Relief Force'],
    ],
    [
      '"We held," said Tom Bell, deputy director for operations, Coastal Relief Force.',
      ['Tom Bell MEMBER_OF Coastal Relief Force'],
    ],
    ['Norway heard the President of Chile, Dan Moss.', ['Dan Moss LEADS Chile']],
    [
      'Ana Ruiz thanked her Chilean counterpart, Defence Minister Tom Bell, in Lima.',
      ['Tom Bell MEMBER_OF Chile'],
    ],
    // round 15 (fresh news): the title set off by commas
    [
      'Ana Ruiz thanked her Chilean counterpart, Secretary of State for Defence, Tom Bell, in Lima.',
      ['Tom Bell MEMBER_OF Chile'],
    ],
    // the counterpart is not the next country's minister
    ["Ana Ruiz thanked her Chilean counterpart, Norway's envoy Tom Bell.", ['Tom Bell MEMBER_OF Norway']],
    ['Lisa Park, regional director for Asia at Green Watch, said so.', ['Lisa Park MEMBER_OF Green Watch']],
    // a list of titled people: each title is the next name's, not an apposition of the one before
    [
      'Chilean Foreign Minister Ana Ruiz, Norwegian Defence Minister Tom Bell and Dan Moss said so.',
      ['Ana Ruiz MEMBER_OF Chile', 'Tom Bell MEMBER_OF Norway'],
    ],
    [
      'Prime Minister Ana Ruiz, Green Watch Chairwoman Lisa Park and Dan Moss said so.',
      ['Lisa Park LEADS Green Watch'],
    ],
  ]);
});

describe('a person of a body, and of a body another owns', () => {
  rows([
    [
      "Omar Nadi of the Finance Department's Office of Export Control spoke.",
      [
        'Office of Export Control MEMBER_OF Finance Department',
        'Omar Nadi MEMBER_OF Office of Export Control',
      ],
    ],
    ['Others say Paul Roux, of the Northern League, may win.', ['Paul Roux MEMBER_OF Northern League']],
  ]);
});

describe("a person's own party, and a state's office held by a party member", () => {
  rows([
    ["Paul Roux's Northern League won the seat.", ['Paul Roux LEADS Northern League']],
    ["Paul Roux's rival Northern League won the seat.", []],
    // round 15: the party written beside the person as his own
    [
      'The opposition defeated Paul Roux and his ruling Northern League.',
      ['Paul Roux LEADS Northern League'],
    ],
    ['The opposition defeated Ana Ruiz and her Northern League.', ['Ana Ruiz LEADS Northern League']],
    [
      'Talks between Prime Minister Roux of the Northern League and Ana Ruiz failed.',
      ['Paul Roux MEMBER_OF Northern League'],
    ],
    ['Paul Roux leads the opposition Northern League.', ['Paul Roux LEADS Northern League']],
    ['President Paul Roux - who heads the Northern League - spoke.', ['Paul Roux LEADS Northern League']],
  ]);
});

describe("a portfolio minister without a country is the dominant country's, unless another is named", () => {
  rows([
    [
      "Chile voted on Sunday. Among the losers in Chile's races is Information Minister Ana Ruiz.",
      ['Ana Ruiz MEMBER_OF Chile'],
    ],
    // a sentence that names no country speaks of the article's own
    [
      'Chile voted on Sunday. Chile counted. Information Minister Ana Ruiz lost.',
      ['Ana Ruiz MEMBER_OF Chile'],
    ],
    ['Chile voted on Sunday. Chile counted. Information Minister Ana Ruiz lost in Peru.', []],
  ]);
});

describe('bodies inside bodies', () => {
  rows([
    [
      "The Finance Department's Office of Export Control said so.",
      ['Office of Export Control MEMBER_OF Finance Department'],
    ],
    ["Chile's Atlas Media Bureau said so.", ['Atlas Media Bureau MEMBER_OF Chile']],
    // a group's office is not a state's unless the owner is a government body
    ["The Atlas Brigade's Atlas Press Office said so.", []],
    [
      'The Atlas Media Bureau and the Atlas Press Office are two media wings of the Atlas Brigade.',
      ['Atlas Media Bureau MEMBER_OF Atlas Brigade', 'Atlas Press Office MEMBER_OF Atlas Brigade'],
    ],
    [
      'Troops from Chile and Peru make up the bulk of the African Union force in the north.',
      ['Chile MEMBER_OF African Union', 'Peru MEMBER_OF African Union'],
    ],
    ['Finance Department Secretary Dan Moss spoke.', ['Dan Moss LEADS Finance Department']],
  ]);
});

describe("a state's body named with the state or its demonym belongs to it", () => {
  rows([
    ['The Chilean Army moved north while Chile protested.', ['Chilean Army MEMBER_OF Chile']],
    [
      'The Norwegian Foreign Ministry said Norway would reply.',
      ['Norwegian Foreign Ministry MEMBER_OF Norway'],
    ],
    ['The National Guard of Peru said Peru was calm.', ['National Guard of Peru MEMBER_OF Peru']],
    // the government is the state itself; a party named with a demonym is no state body
    ['The Government of Ghana said Ghana was calm.', []],
    ['The Peruvian Workers Party said Peru was calm.', []],
    // an international body's organ named with it belongs to it; a watchdog named after it does not
    ['The UN Security Council met as the UN asked.', ['UN Security Council MEMBER_OF United Nations']],
    ['UN Watch said the UN was slow.', []],
  ]);
});

describe('a country after a member title, a represented body, the owner of an unnamed part', () => {
  rows([
    ['The External Affairs Minister of Chile Ana Ruiz spoke.', ['Ana Ruiz MEMBER_OF Chile']],
    ['Tom Bell represented Green Watch as an observer.', ['Tom Bell MEMBER_OF Green Watch']],
    [
      "Lisa Park of the Valdor Agency's field inspection unit said so.",
      ['Lisa Park MEMBER_OF Valdor Agency'],
    ],
    // a slot that is only the first words of a longer name is not the body
    ['Ana Ruiz, spokesperson of the Green Watch Delta campaign, spoke.', []],
  ]);
});

describe('a rank after a military body; a leader named before an apposition', () => {
  rows([
    [
      'Chilean Army Maj. Gen. Tom Bell said so.',
      ['Chilean Army MEMBER_OF Chile', 'Tom Bell MEMBER_OF Chilean Army'],
    ],
    ['The Coastal Relief Force Rear Adm. Lisa Park spoke.', ['Lisa Park MEMBER_OF Coastal Relief Force']],
    [
      "Paul Roux, the nephew of Chile's first president, leads the opposition Northern League.",
      ['Paul Roux LEADS Northern League'],
    ],
    // an office that has ended, or an apposition that leads elsewhere, gives nothing
    ['Former Chilean Army Maj. Gen. Tom Bell said so.', ['Chilean Army MEMBER_OF Chile']],
    ['Paul Roux, the nephew of a president, said the Northern League leads.', []],
  ]);
});

describe('a secretary-general heads the international body named before the title', () => {
  rows([
    ['UN troops left after Secretary-General Omar Nadi asked them to.', ['Omar Nadi LEADS United Nations']],
    // another body between them, or a deputy, gives nothing
    [
      'UN troops met Green Watch before Secretary-General Omar Nadi spoke.',
      ['United Nations COOPERATED Green Watch'],
    ],
    ['UN troops left after Deputy Secretary-General Omar Nadi asked them to.', []],
  ]);
});

describe('round 6: roles an organisation qualifies, coordinated titles, a place owned by a country', () => {
  rows([
    // a role noun with its own words, qualified by an organisation's name
    [
      'Police said Tom Bell, a one-armed Atlas Brigade explosives expert, fled.',
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    ['Atlas Brigade explosives expert Tom Bell fled.', ['Tom Bell MEMBER_OF Atlas Brigade']],
    // not a country's name ("a Chile expert" studies Chile), not another's role, not a compound
    ['Ana Ruiz, a Chile expert at the college, spoke.', []],
    ["Dan Moss, a Atlas Brigade commander's son, was held.", []],
    ['Lisa Park, an Atlas Brigade-trained explosives expert, fled.', []],
    // "one-armed" is an adjective, not the verb "arm"
    ['Tom Bell, a one-armed Atlas Brigade veteran, fled.', []],
    [
      'Ana Ruiz, CEO and Chairman of Austin-based Zentro, Inc., has agreed to settle.',
      ['Ana Ruiz LEADS Zentro, Inc.'],
    ],
    [
      "Omar Nadi, governor of Peru's Cusco province, said so.",
      ['Cusco LOCATED_IN Peru', 'Omar Nadi LEADS Cusco'],
    ],
  ]);
});

describe("round 8: a head word before a role of the body's voice; a state's envoy to a body", () => {
  rows([
    // "Chief Spokesperson" speaks for the body: no rank run holds the voice's noun
    ['Valdor Agency Chief Spokesperson Tom Bell gave a readout.', ['Tom Bell MEMBER_OF Valdor Agency']],
    ['Valdor Agency Chief Tom Bell gave a readout.', ['Tom Bell LEADS Valdor Agency']],
    // a state's ambassador to an international body is not the body's member, but the state's
    // (round 22: title:country-envoy-to-body)
    ['Peru UN Ambassador Lisa Park asked for a vote.', ['Lisa Park MEMBER_OF Peru']],
    ["Peru's UN ambassador Lisa Park asked for a vote.", ['Lisa Park MEMBER_OF Peru']],
    ['UN spokesman Lisa Park asked for a vote.', ['Lisa Park MEMBER_OF United Nations']],
  ]);
});

describe("round 8: a part named with its owner's possessive, and a group's own outlet", () => {
  const world: HandEntity[] = [...WORLD, body('Delta Print House', 'company'), body('Atlas Radio', 'media')];
  structuralRows(world, [
    [
      "Police named Delta Print House, the Atlas Brigade's covert logistics arm, in the case.",
      ['Delta Print House MEMBER_OF Atlas Brigade'],
    ],
    [
      "The list includes the Atlas Brigade's publishing arm, Delta Print House.",
      ['Delta Print House MEMBER_OF Atlas Brigade'],
    ],
    ["The Atlas Brigade fighters' Atlas Radio aired the claim.", ['Atlas Radio MEMBER_OF Atlas Brigade']],
    // a country's part, another's possessive, a former part: nothing
    ["Delta Print House, the Atlas Brigade's former arm, closed.", []],
    ["Atlas Radio interviewed Chile's Atlas Brigade fighters.", []],
  ]);
});

describe("round 9: a head title's body or place with its qualifiers before the holder", () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Center for Coastal Studies', 'other'),
    body('Lima Field Office', 'government'),
    body('World Relief Program', 'international'),
  ];
  structuralRows(world, [
    // the place's own noun, or the body's seat, between the body and the holder
    ['The governor of Cusco region Ana Ruiz told reporters.', ['Ana Ruiz LEADS Cusco']],
    [
      "The governor of Peru's Cusco province, Ana Ruiz, said so.",
      ['Ana Ruiz LEADS Cusco', 'Cusco LOCATED_IN Peru'],
    ],
    [
      'The head of the Center for Coastal Studies in Chile, Tom Bell, says so.',
      ['Tom Bell LEADS Center for Coastal Studies'],
    ],
    // a second title, with its own owner, in the apposition
    [
      "The President of the UN Security Council, Chile's Ambassador Lisa Park, spoke.",
      [
        'Lisa Park LEADS UN Security Council',
        'Lisa Park MEMBER_OF Chile',
        'UN Security Council MEMBER_OF United Nations',
      ],
    ],
    // a head title, the name, then the office it runs (with its owner)
    [
      "Special Agent in Charge Tom Bell, of the Valdor Agency's Lima Field Office, said so.",
      ['Lima Field Office MEMBER_OF Valdor Agency', 'Tom Bell LEADS Lima Field Office'],
    ],
    [
      "Agent Tom Bell, of the Valdor Agency's Lima Field Office, said so.",
      ['Lima Field Office MEMBER_OF Valdor Agency', 'Tom Bell MEMBER_OF Lima Field Office'],
    ],
    // round 14: the body's name runs on into the office he runs, which is no entity: one of its
    // people, not its head
    [
      'Special Agent in Charge Tom Bell of the Valdor Agency (VA) Quito Field Office said so.',
      ['Tom Bell MEMBER_OF Valdor Agency'],
    ],
    [
      'Director Tom Bell of the Valdor Agency Office of Audits said so.',
      ['Tom Bell MEMBER_OF Valdor Agency'],
    ],
    [
      'Special Agent in Charge Tom Bell of the Valdor Agency (VA) Lima Field Office said so.',
      ['Lima Field Office MEMBER_OF Valdor Agency', 'Tom Bell MEMBER_OF Valdor Agency'],
    ],
    ['Director Tom Bell of the Valdor Agency said so.', ['Tom Bell LEADS Valdor Agency']],
    // a deputy's title or a former office: no head
    ['The former head of the Center for Coastal Studies in Chile, Tom Bell, says so.', []],
  ]);
});

describe("round 9: a person written as a body's or a country's own", () => {
  const world: HandEntity[] = [...WORLD, body('World Relief Program', 'international')];
  structuralRows(world, [
    ["The World Relief Program's Dan Moss told reporters.", ['Dan Moss MEMBER_OF World Relief Program']],
    [
      "Officials welcomed Chile's Ana Ruiz and Peru's Tom Bell.",
      ['Ana Ruiz MEMBER_OF Chile', 'Tom Bell MEMBER_OF Peru'],
    ],
    // a head elsewhere in the article is the head, not a member
    ["President Ana Ruiz of Chile spoke. Later Chile's Ana Ruiz left.", ['Ana Ruiz LEADS Chile']],
    // a name that qualifies a body, a camp or a compound is no member
    ["The claim was cited by Chile's Dan Moss news agency.", []],
    ["Chile's Ana Ruiz-led coalition won.", []],
  ]);
});

describe("round 9: a name's own acronym in parentheses does not part it from what follows", () => {
  const world: HandEntity[] = [...WORLD, body('Office of Trade Review', 'government')];
  structuralRows(world, [
    ['Envoys met Chile (CHL) Minister of National Defense Ana Ruiz today.', ['Ana Ruiz MEMBER_OF Chile']],
    [
      "The Valdor Agency's (VA) Office of Trade Review approved it.",
      ['Office of Trade Review MEMBER_OF Valdor Agency'],
    ],
    // another name in the parentheses is no gloss of the first
    ['Envoys met Chile (Peru) Minister of National Defense Ana Ruiz today.', []],
  ]);
});

describe('round 9: the officer a department names for one of its divisions runs it', () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Trade Fraud Division', 'government'),
    body('FBI', 'government'),
  ];
  structuralRows(world, [
    [
      'She was joined by Assistant Attorney General for the Trade Fraud Division Ana Ruiz on Monday.',
      ['Ana Ruiz LEADS Trade Fraud Division'],
    ],
    [
      'FBI Assistant Director Tom Bell for the Trade Fraud Division made the announcement.',
      // round 13: the division is the FBI's (structure:officer-for-unit-of-body)
      ['Tom Bell LEADS Trade Fraud Division', 'Tom Bell MEMBER_OF FBI', 'Trade Fraud Division MEMBER_OF FBI'],
    ],
    // the officer's deputy belongs to the division
    [
      'said Deputy Assistant Attorney General for the Trade Fraud Division Tom Bell.',
      ['Tom Bell MEMBER_OF Trade Fraud Division'],
    ],
    // a body that is no division or section: the title says nothing of who runs it
    ['Special Envoy for the Valdor Agency Tom Bell spoke.', ['Tom Bell MEMBER_OF Valdor Agency']],
  ]);
});

describe('round 9: the preposition "under" makes no lesser role, the title "Under" does', () => {
  structuralRows(WORLD, [
    ['Talks between Chile under President Ana Ruiz and the rebels stalled.', []],
    ['Chile Under Secretary Ana Ruiz spoke.', ['Ana Ruiz MEMBER_OF Chile']],
  ]);
});

describe('round 9: in a list of officials, a title of a body before its own holder', () => {
  rows([
    [
      'I am joined by Deputy Director Tom Bell, Chairman of the Atlas Media Bureau Ana Ruiz and others.',
      ['Ana Ruiz LEADS Atlas Media Bureau'],
    ],
    // with no holder after it, the title is the name's before it
    ['I met Tom Bell, chairman of the Atlas Media Bureau, on Monday.', ['Tom Bell LEADS Atlas Media Bureau']],
  ]);
});

describe("round 10: a part's head, a head word before a role noun, a verb after a body", () => {
  rows([
    // a field of the body's work before the head word: head of a part, member of the whole
    ["The African Union's foreign policy chief, Ana Ruiz, spoke.", ['Ana Ruiz MEMBER_OF African Union']],
    ["The Atlas Brigade's security chief Tom Bell spoke.", ['Tom Bell MEMBER_OF Atlas Brigade']],
    // words of rank are no field: the head of the whole
    ["The Atlas Brigade's supreme allied commander, Tom Bell, spoke.", ['Tom Bell LEADS Atlas Brigade']],
    // a role noun after the head word: "chief negotiator" is no chief
    ["Tom Bell, the Northern League's chief negotiator, spoke.", ['Tom Bell MEMBER_OF Northern League']],
    ["Tom Bell, the Northern League's chief, spoke.", ['Tom Bell LEADS Northern League']],
    ["Gen. Tom Bell, the African Union's supreme allied commander, spoke.", ['Tom Bell LEADS African Union']],
    ["Ana Ruiz, the African Union's foreign policy chief, spoke.", ['Ana Ruiz MEMBER_OF African Union']],
    // a verb between a body and a head title: the body acted on the head
    ['Atlas Brigade fighters have ousted President Tom Bell.', []],
  ]);
});

describe('round 10: the government under President X', () => {
  structuralRows(WORLD, [
    ['The Chilean government under President Ana Ruiz cracked down.', ['Ana Ruiz LEADS Chile']],
    ["Chile's military regime under its leader, Gen. Tom Bell, fell.", ['Tom Bell LEADS Chile']],
    [
      'Chile voted. Chile spoke. The government under President Ana Ruiz cracked down on the Atlas Brigade.',
      ['Ana Ruiz LEADS Chile'],
    ],
    // a state's head named under another state's government is not its head
    ['The Chilean government under Peru President Ana Ruiz fell.', ['Ana Ruiz LEADS Peru']],
    ['The Chilean government under former President Ana Ruiz fell.', []],
    ['Chile Under Secretary-General Ana Ruiz spoke.', ['Ana Ruiz MEMBER_OF Chile']],
  ]);
});

describe('round 10: the body a possessive pronoun refers to; roles an organisation names', () => {
  rows([
    [
      'The Atlas Brigade kept fighting for what its leader, Tom Bell, calls a cause.',
      ['Tom Bell LEADS Atlas Brigade'],
    ],
    ['Green Watch praised the Atlas Brigade and its new leader, Tom Bell.', ['Tom Bell LEADS Atlas Brigade']],
    // another body, a country or a person between: no antecedent read
    ['The Atlas Brigade attacked Chile and its leader, Tom Bell.', ['Atlas Brigade ATTACKED Chile']],
    ['The Atlas Brigade kept its former leader, Tom Bell, away.', []],
    // a country where the body acts is no antecedent
    [
      'The Atlas Brigade seized towns in northern Chile for what its leader, Tom Bell, calls a cause.',
      ['Tom Bell LEADS Atlas Brigade'],
    ],
    ['Green Watch professor Ana Ruiz said so.', ['Ana Ruiz MEMBER_OF Green Watch']],
    ['Northern League activist Tom Bell was buried.', ['Tom Bell MEMBER_OF Northern League']],
    // a country's name qualifies no such role
    ['Chilean professor Ana Ruiz said so.', []],
  ]);
});

describe('round 10: a person of a party named with its side or creed', () => {
  structuralRows(WORLD, [
    ['Tom Bell of the opposition Northern League party won 20%.', ['Tom Bell MEMBER_OF Northern League']],
    ['Tom Bell of the nationalist party Northern League came third.', ['Tom Bell MEMBER_OF Northern League']],
    // not a body that is no party
    ['Tom Bell of the opposition Green Watch spoke.', []],
    // a role for the body, with the body's side between them
    [
      'Tom Bell, a spokesman for the opposition Northern League, said so.',
      ['Tom Bell MEMBER_OF Northern League'],
    ],
  ]);
});

describe('round 10: a body headed by its head, with no comma', () => {
  structuralRows(WORLD, [
    [
      'Pressure grew on the ruling Atlas Brigade headed by General Tom Bell.',
      ['Tom Bell LEADS Atlas Brigade'],
    ],
    // "led" may be an act's participle: the attack, not the body, was led
    ['Pressure grew after the raid on the Atlas Brigade led by Tom Bell.', []],
  ]);
});

describe("round 10: one of a body's people named in a list of them", () => {
  structuralRows(WORLD, [
    [
      'Chiefs told Northern League officials including Deputy Minister Tom Bell to stop.',
      ['Tom Bell MEMBER_OF Northern League'],
    ],
    [
      'While abroad, Tom Bell served as an operative of the Atlas Brigade.',
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    ['Chile is the current chair of the 55-member African Union.', ['Chile LEADS African Union']],
    ['Chile is the current chair of the Northern League.', []],
    ['Peru sanctioned Chilean officials, including leader Ana Ruiz, on Monday.', ['Ana Ruiz LEADS Chile']],
    // people who held a post once
    ['Former Atlas Brigade commanders, including Tom Bell, left.', []],
  ]);
});

describe('round 11: who owns a company, and who works for it', () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Harbor Exchange, Inc.', 'company', 'Harbor Exchange'),
    body('Meridian Group', 'company'),
    body('Baxter Holdings', 'company'),
    body('Rowan Foods', 'company'),
    body('Tern Mining', 'company'),
    body('Tern Copper Ltd.', 'company'),
    body('Tern Nickel Ltd.', 'company'),
  ];
  structuralRows(world, [
    [
      'Regulators sued the Harbor Exchange, which is owned and operated by the Meridian Group, on Monday.',
      ['Harbor Exchange, Inc. MEMBER_OF Meridian Group'],
    ],
    ['Rowan Foods, wholly owned by Baxter Holdings, sells bread.', ['Rowan Foods MEMBER_OF Baxter Holdings']],
    // a stake is owned, not the company it is in
    ['Regulators studied the stake in Rowan Foods owned by Baxter Holdings.', []],
    [
      'The plant goes to Baxter Holdings, the parent company of Rowan Foods, next year.',
      ['Rowan Foods MEMBER_OF Baxter Holdings'],
    ],
    [
      'The ministry listed Tern Mining and its two subsidiaries, Tern Copper Ltd. and Tern Nickel Ltd., on Friday.',
      ['Tern Copper Ltd. MEMBER_OF Tern Mining', 'Tern Nickel Ltd. MEMBER_OF Tern Mining'],
    ],
    // a company's people named in a list after its staff noun, former ones too
    [
      'Regulators charged two former Harbor Exchange employees, Tom Bell and Dan Moss, with fraud.',
      ['Dan Moss MEMBER_OF Harbor Exchange, Inc.', 'Tom Bell MEMBER_OF Harbor Exchange, Inc.'],
    ],
    [
      'An indictment charged three principals of the start-up company Rowan Foods—Tom Bell, Dan Moss and Lisa Park—with fraud.',
      ['Dan Moss MEMBER_OF Rowan Foods', 'Lisa Park MEMBER_OF Rowan Foods', 'Tom Bell MEMBER_OF Rowan Foods'],
    ],
    // a state's or an army's people are not a company's staff: officers of the army (round 18,
    // list:members-of-body), not its employees
    [
      'Two Chilean Army officers, Tom Bell and Dan Moss, were held.',
      ['Chilean Army MEMBER_OF Chile', 'Dan Moss MEMBER_OF Chilean Army', 'Tom Bell MEMBER_OF Chilean Army'],
    ],
  ]);
});

describe("round 11: the head of a body's field, a role in its part, a body it counts as its own", () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Coastal University', 'other'),
    body('Atlas North', 'armed_group'),
    body('Atlas South', 'armed_group'),
    body('Zentro Holdings', 'company'),
  ];
  structuralRows(world, [
    // a title's own lower-case "of" phrase after the owner's possessive
    ["Norway's minister of international development, Ana Ruiz, spoke.", ['Ana Ruiz MEMBER_OF Norway']],
    // the head of one of a body's fields belongs to it, in either order (not its chief of staff)
    [
      "The cell took orders from Tom Bell, the Atlas Brigade's chief of intelligence and procurement.",
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    ["The Atlas Brigade's head of operations, Tom Bell, was killed.", ['Tom Bell MEMBER_OF Atlas Brigade']],
    ["The Atlas Brigade's chief of staff, Tom Bell, was killed.", []],
    [
      "Leading the team is Tom Bell, a professor at the Coastal University's emergency care department.",
      ['Tom Bell MEMBER_OF Coastal University'],
    ],
    // one who represents a body at another
    [
      'Tom Bell, who represents the African Union at the United Nations, spoke.',
      ['Tom Bell MEMBER_OF African Union'],
    ],
    ['Tom Bell represented Chile at the talks in Peru.', []],
    // the counterpart of a head of state heads the other state, unless a title of its own follows
    [
      'President Tom Bell and his Chilean counterpart, Ana Ruiz, exchanged harsh words.',
      ['Ana Ruiz LEADS Chile'],
    ],
    [
      'President Tom Bell met his Chilean counterpart, Defence Minister Ana Ruiz, on Monday.',
      ['Ana Ruiz MEMBER_OF Chile'],
    ],
    [
      'Foreign Minister Tom Bell and his Chilean counterpart, Ana Ruiz, held talks.',
      ['Ana Ruiz MEMBER_OF Chile'],
    ],
    // the last one named before "and other ⟦C⟧ officials" is one of them
    [
      'Chief Negotiator Tom Bell and several other senior Chilean officials attended.',
      ['Tom Bell MEMBER_OF Chile'],
    ],
    // an envoy after a possessive pronoun: the nearest state before it (a person may be between)
    [
      'The Chilean government said President Dan Moss had recalled his ambassador to Peru, Ana Ruiz.',
      ['Ana Ruiz MEMBER_OF Chile'],
    ],
    ['Chile said Peru had recalled its ambassador to Norway, Ana Ruiz.', ['Ana Ruiz MEMBER_OF Peru']],
    // a party's founding head, with a second title about to be held
    [
      'Talks stalled, Northern League founding president and prime minister-designate Tom Bell said.',
      ['Tom Bell LEADS Northern League'],
    ],
    [
      'Designations include Zentro Holdings, a Northern League financial holding company.',
      ['Zentro Holdings MEMBER_OF Northern League'],
    ],
    [
      'Atlas North and Atlas South are the second and third Atlas Brigade affiliates on the list.',
      ['Atlas North MEMBER_OF Atlas Brigade', 'Atlas South MEMBER_OF Atlas Brigade'],
    ],
  ]);
});

describe("round 12: a group's branch and affiliate, a leader named first, a field's head, a signature", () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Vanguard', 'armed_group'),
    body('Vanguard-Sahel', 'armed_group'),
    body('Vanguard-Opposition', 'armed_group'),
    body('Vanguard-AB', 'armed_group'),
    body('Delta Front', 'armed_group'),
    body('Coastal Command', 'military'),
    body('Justice Department', 'government'),
    body('Criminal Division', 'government'),
    body('Field Office', 'government'),
    body('Federal Police', 'government', 'FP'),
  ];
  structuralRows(world, [
    // a branch named with its group and its region; not a faction named against it, nor letters
    ['Vanguard-Sahel swore loyalty to Vanguard.', ['Vanguard-Sahel MEMBER_OF Vanguard']],
    ['Vanguard-Opposition fought Vanguard.', []],
    ['Vanguard-AB fought Vanguard.', []],
    // an affiliate described before its name, as after it
    [
      'An Atlas Brigade affiliate, the Delta Front, claimed the bombing.',
      ['Delta Front MEMBER_OF Atlas Brigade'],
    ],
    [
      'The Delta Front, an Atlas Brigade affiliate, claimed the bombing.',
      ['Delta Front MEMBER_OF Atlas Brigade'],
    ],
    ['An Atlas Brigade raid on the Delta Front failed.', []],
    // the leader named before the clause's subject
    [
      'Under the leadership of Tom Bell, the Delta Front has killed 300 people.',
      ['Tom Bell LEADS Delta Front'],
    ],
    ['Under pressure from Tom Bell, the Delta Front withdrew.', []],
    // the head of a field of a body's work belongs to the body
    [
      'The chief of operations for the Coastal Command, Colonel Tom Bell, said the raid failed.',
      ['Tom Bell MEMBER_OF Coastal Command'],
    ],
    [
      '"They lost," said Professor Ana Ruiz, director of research at the African Union.',
      ['Ana Ruiz MEMBER_OF African Union'],
    ],
    // "head of state" is a head's title since round 49: no field's head, the state's own head
    ['The head of state of Chile, Ana Ruiz, spoke.', ['Ana Ruiz LEADS Chile']],
    // a press release's signature: a head title alone between commas, then the body
    [
      '"Aid is arriving," said General Tom Bell, Commander, Coastal Command.',
      ['Tom Bell LEADS Coastal Command'],
    ],
    ['"Aid is arriving," said General Tom Bell, Deputy Commander, Coastal Command.', []],
    // an office stated in a relative clause, as in a copula
    ['Tom Bell, who served as commander of the Atlas Brigade, was killed.', ['Tom Bell LEADS Atlas Brigade']],
    [
      'Ana Ruiz criticized Tom Bell, who is a member of the Atlas Brigade.',
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    ['Chile met Tom Bell, who is visiting the Atlas Brigade.', []],
    // "in Charge" heads the office, though the title opens with "Assistant"
    [
      "Assistant Director in Charge Ana Ruiz of the Federal Police's Field Office made the announcement.",
      ['Ana Ruiz LEADS Field Office', 'Field Office MEMBER_OF Federal Police'],
    ],
  ]);
});

describe('round 12: a guessed national membership yields to a state body the sentence names', () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Justice Department', 'government'),
    body('Criminal Division', 'government'),
  ];
  structuralRows(world, [
    [
      "Assistant Attorney General Ana Ruiz of the Justice Department's Criminal Division spoke. Chile agreed. Chile said so.",
      ['Ana Ruiz MEMBER_OF Criminal Division', 'Criminal Division MEMBER_OF Justice Department'],
    ],
    [
      "Deputy Attorney General Ana Ruiz of the Justice Department's Criminal Division spoke. Deputy Attorney General Ruiz said Chile agreed. Chile said so.",
      ['Ana Ruiz MEMBER_OF Criminal Division', 'Criminal Division MEMBER_OF Justice Department'],
    ],
  ]);
  // no body named: the dominant country, as before
  structuralRows(WORLD, [
    ['Assistant Attorney General Ana Ruiz spoke. Chile agreed. Chile said so.', ['Ana Ruiz MEMBER_OF Chile']],
  ]);
});

describe("round 12: the head of a state's force written as a common noun belongs to the state", () => {
  // as the entity step writes such a force: a mention of the country itself ("armed forces" after
  // the possessive "Chile's", or "Chilean army" whole)
  const world: HandEntity[] = [
    ...WORLD.filter((e) => e.name !== 'Chile'),
    {
      name: 'Chile',
      type: 'Country',
      forms: ['armed forces', 'Chilean army'],
      via: 'generic-body:possessive',
    },
  ];
  structuralRows(world, [
    [
      "The envoy spoke with the head of Chile's armed forces, General Ana Ruiz.",
      ['Ana Ruiz MEMBER_OF Chile'],
    ],
    ['The commander of the Chilean army, General Ana Ruiz, spoke.', ['Ana Ruiz MEMBER_OF Chile']],
    ['Chilean army chief Ana Ruiz spoke.', ['Ana Ruiz MEMBER_OF Chile']],
    ["Chile's armed forces chief of staff, General Ana Ruiz, spoke.", ['Ana Ruiz MEMBER_OF Chile']],
  ]);
  // the country written as itself: "the head of Chile" is no office this reads
  structuralRows(WORLD, [['The envoy spoke with the head of Chile, General Ana Ruiz.', []]]);
});

describe("round 13: a state's civil bodies and officials named with the state (R13-conventions 1, 2)", () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Chilean Justice Department', 'government', 'Justice Department'),
    body('Chilean Supreme Court', 'government'),
    body('Chilean Foreign Office', 'government'),
    body('Peruvian Electoral Commission', 'government'),
    body('Office of Disaster Aid', 'government', 'ODA'),
    body('Trade Fraud Division', 'government'),
    body('Pacific Command', 'military'),
    body('Bureau of Export Control', 'government'),
    { name: 'Central District', type: 'Location', forms: [] },
  ];
  structuralRows(world, [
    // the name as written holds the state's demonym
    ['The Chilean Justice Department said Peru agreed.', ['Chilean Justice Department MEMBER_OF Chile']],
    [
      'Chilean Foreign Office spokesman Tom Bell said so.',
      ['Chilean Foreign Office MEMBER_OF Chile', 'Tom Bell MEMBER_OF Chilean Foreign Office'],
    ],
    ['The Chilean Supreme Court ruled on Monday.', ['Chilean Supreme Court MEMBER_OF Chile']],
    // written without the state: a canonical name alone says nothing (the text names no country)
    ['The Justice Department said Chile agreed.', []],
    // round 16: an electoral commission is the state's (the re-adjudicated files list it), a
    // commission of another kind is still left out
    ['The Peruvian Electoral Commission met.', ['Peruvian Electoral Commission MEMBER_OF Peru']],
    // officials whose title names the state
    ['Chilean Attorney Ana Ruiz filed the case.', ['Ana Ruiz MEMBER_OF Chile']],
    ['The plea was taken by Chilean District Judge Ana Ruiz.', ['Ana Ruiz MEMBER_OF Chile']],
    [
      'The charges were announced by Tom Bell, the Chilean Attorney for the Central District, and others.',
      ['Tom Bell MEMBER_OF Chile'],
    ],
    // the title after the comma is the next name's, past the place of its office
    [
      'She was joined by Ana Ruiz, the Chilean Attorney for the Central District Tom Bell, and others.',
      ['Tom Bell MEMBER_OF Chile'],
    ],
    // "PM" written in capitals heads the state
    ['The envoy spoke with Chilean PM Ana Ruiz today.', ['Ana Ruiz LEADS Chile']],
    ['The talks began at 3 PM on Monday in Cusco.', []],
    // the voice of a state's head, and a body's second in command
    [
      'Tom Bell, spokesman for the Chilean President Ana Ruiz, said so.',
      ['Ana Ruiz LEADS Chile', 'Tom Bell MEMBER_OF Chile'],
    ],
    [
      'The laptop of Tom Bell, Atlas Brigade second in command, was seized.',
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    // offices of a body, written with it
    [
      'Aid went through the Office of Disaster Aid (ODA) of the Valdor Agency.',
      ['Office of Disaster Aid MEMBER_OF Valdor Agency'],
    ],
    ['The Finance Department Pacific Command helped.', ['Pacific Command MEMBER_OF Finance Department']],
    [
      'The Finance Department, through its Bureau of Export Control, issued a rule.',
      ['Bureau of Export Control MEMBER_OF Finance Department'],
    ],
    [
      'Valdor Agency Assistant Director Tom Bell for the Trade Fraud Division spoke.',
      [
        'Tom Bell LEADS Trade Fraud Division',
        'Tom Bell MEMBER_OF Valdor Agency',
        'Trade Fraud Division MEMBER_OF Valdor Agency',
      ],
    ],
    // an office beside a body that is no government's: nothing
    ['The Zentro, Inc. Bureau of Export Control opened.', []],
  ]);
});

describe('round 16: titles of a state written after "of", bodies in appositions, organs and signatures', () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('Valdor Rebels', 'armed_group'),
    body('Supreme Council', 'political'),
    body('Valdor Crimes Network', 'media'),
  ];
  structuralRows(world, [
    ['African Union mediator Tom Bell said the talks would go on.', ['Tom Bell MEMBER_OF African Union']],
    ['As chief prosecutor of Chile, Ana Ruiz opened the case.', ['Ana Ruiz MEMBER_OF Chile']],
    ['The Minister of Defense of Chile Tom Bell spoke.', ['Tom Bell MEMBER_OF Chile']],
    ['Dan Moss, the former president of Peru, said so.', ['Dan Moss LEADS Peru']],
    [
      "Ana Ruiz, chief of the Valdor Rebels' Supreme Council, was killed.",
      [
        'Ana Ruiz LEADS Supreme Council',
        'Ana Ruiz MEMBER_OF Valdor Rebels',
        'Supreme Council MEMBER_OF Valdor Rebels',
      ],
    ],
    [
      "The Finance Department's Valdor Crimes Network issued a notice.",
      ['Valdor Crimes Network MEMBER_OF Finance Department'],
    ],
    ['Tom Bell, a unit commander for the Atlas Brigade, was killed.', ['Tom Bell MEMBER_OF Atlas Brigade']],
    [
      'Tom Bell, senior field commander and international spokesman of the Atlas Brigade, was killed.',
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    ['Norway was joined by Chilean Brig. Gen. Tom Bell in Lima.', ['Tom Bell MEMBER_OF Chile']],
    ['A post held by the Valdor Agency, the Chilean spy agency, was hit.', ['Valdor Agency MEMBER_OF Chile']],
    // not an apposition that runs on into the sentence's own subject
    ['With the Valdor Agency, Chilean forces struck the camp.', []],
    [
      'The Commander General of the Coastal Relief Force General Tom Bell spoke.',
      ['Tom Bell LEADS Coastal Relief Force'],
    ],
    [
      'African Union chairman, Chilean President Dan Moss, urged calm.',
      ['Dan Moss LEADS African Union', 'Dan Moss LEADS Chile'],
    ],
    [
      'Tom Bell signed the agreements for Chile and Ana Ruiz signed for Peru.',
      ['Ana Ruiz MEMBER_OF Peru', 'Tom Bell MEMBER_OF Chile'],
    ],
  ]);
});

describe('round 17: states whose troops serve an international body', () => {
  structuralRows(WORLD, [
    [
      'The rebels want to force 5,000 African Union peacekeepers from Chile and Peru to leave.',
      ['Chile MEMBER_OF African Union', 'Peru MEMBER_OF African Union'],
    ],
    [
      'Villagers sought shelter at a Ghanaian UN position near the border.',
      ['Ghana MEMBER_OF United Nations'],
    ],
    ['Chilean AU troops fought the militants near Cusco.', ['Chile MEMBER_OF African Union']],
    // troops sent away from a country are not its
    ['Norway asked for the withdrawal of UN peacekeepers from Peru.', []],
    // a national body is no international one
    ['Atlas Brigade troops from Chile crossed the border.', []],
  ]);
});

describe("round 17: the head of a state's body, the state written between", () => {
  structuralRows(WORLD, [
    [
      "The head of Chile's Valdor Agency, Tom Bell, rejected the criticism.",
      ['Tom Bell LEADS Valdor Agency', 'Valdor Agency MEMBER_OF Chile'],
    ],
    // a force's chief of staff commands it, written in capitals too; a vice chief does not
    [
      'Coastal Relief Force Chief of Staff Tom Bell told reporters so.',
      ['Tom Bell LEADS Coastal Relief Force'],
    ],
    [
      "The spokesman of Chile's Valdor Agency, Tom Bell, said so.",
      ['Tom Bell MEMBER_OF Valdor Agency', 'Valdor Agency MEMBER_OF Chile'],
    ],
  ]);
});

describe('round 17: a state institution named without its state', () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('National Assembly', 'government'),
    body('Joint Operations Command', 'military'),
    body('Regional Police Force', 'government'),
    body('Popular Armed Forces', 'military'),
  ];
  /** Two sentences before make Chile the article's one state. */
  const aboutChile = (sentence: string) => `Chile voted on Sunday. Chile counted the ballots. ${sentence}`;
  test.each([
    ['The National Assembly rejected the budget.', ['National Assembly MEMBER_OF Chile']],
    [
      'A spokesman for the Joint Operations Command said the town was retaken.',
      ['Joint Operations Command MEMBER_OF Chile'],
    ],
    // a region's own body, and a name an armed group gives itself
    ['The Regional Police Force arrested Tom Bell.', []],
    ['The Popular Armed Forces attacked the town.', []],
  ])('%s', (sentence, expected) => {
    expect(relationsOf(aboutChile(sentence), world).filter((f) => /MEMBER_OF|LEADS/.test(f))).toEqual(
      expected,
    );
  });

  test('not in a story about two states', () => {
    const text =
      'Chile and Peru clashed. Chile and Peru traded fire. Chile shelled Peru. The National Assembly met.';
    expect(relationsOf(text, world).filter((f) => f.startsWith('National Assembly'))).toEqual([]);
  });
});

describe("round 18: an office in a state's lower-case force, however joined to its holder", () => {
  structuralRows(WORLD, [
    [
      'Police arrested Tom Bell, a medically discharged Chilean army officer, in Cusco.',
      ['Tom Bell MEMBER_OF Chile'],
    ],
    ['Tom Bell, a retired Peruvian air force general, backed the plan.', ['Tom Bell MEMBER_OF Peru']],
    [
      'Colonel Tom Bell, who heads Chilean troops fighting the Atlas Brigade, said so.',
      ['Tom Bell MEMBER_OF Chile'],
    ],
    ["Tom Bell, who commanded Peru's police in the south, resigned.", ['Tom Bell MEMBER_OF Peru']],
    ['Chilean army officer Tom Bell said the town fell.', ['Tom Bell MEMBER_OF Chile']],
    ["Major Tom Bell of Peru's army said the town fell.", ['Tom Bell MEMBER_OF Peru']],
    // no office of the state's: a kinsman, an enemy of its troops, a body's own unit
    ["Tom Bell, the son of Chile's first army chief, spoke.", []],
    ['Tom Bell, who fought Chilean troops for years, surrendered.', []],
    // a unit owned across its backer's modifier
    ["Chile's Norway-trained Coastal Relief Force moved north.", ['Coastal Relief Force MEMBER_OF Chile']],
  ]);
});

describe("round 18: a place's head title with words of how it is held", () => {
  structuralRows(WORLD, [
    ['Tom Bell, the regional governor of Cusco, said two people died.', ['Tom Bell LEADS Cusco']],
    ['The newly elected mayor of Cusco, Tom Bell, said so.', ['Tom Bell LEADS Cusco']],
    ['Tom Bell, the Chile-installed governor of Cusco, said so.', ['Tom Bell LEADS Cusco']],
    ['Tom Bell, the deputy regional governor of Cusco, said so.', []],
    ['Tom Bell, the former regional governor of Cusco, said so.', []],
    ['Cusco regional governor Tom Bell said so.', ['Tom Bell LEADS Cusco']],
    // a place's administration is headed by its head
    ['Tom Bell, head of the Cusco regional military administration, said so.', ['Tom Bell LEADS Cusco']],
    ['Tom Bell, who heads the Cusco city administration, said so.', ['Tom Bell LEADS Cusco']],
    ['The head of the Cusco regional administration, Tom Bell, said so.', ['Tom Bell LEADS Cusco']],
    ['Tom Bell, deputy head of the Cusco regional administration, said so.', []],
    // a visit is no office
    ['Tom Bell met the governor of Cusco.', []],
  ]);
});

// Round 22: structural facts in shapes unseen news writes them (docs/extraction.md, "Structural
// facts on unseen text, round 22").
const WORLD_22: HandEntity[] = [
  ...WORLD,
  country('Honduras', 'Honduran'),
  country('United States', 'U.S.', 'American'),
  body('Popular Front', 'political'),
  body('Valdor Watch', 'other'),
  body('White House', 'government'),
  ...['Arica', 'Mekelle', 'Tigray', 'San Pedro Sula'].map((name): HandEntity => ({
    name,
    type: 'Location',
    forms: [],
  })),
];
const structural = (text: string, world = WORLD_22) =>
  relationsOf(text, world)
    .filter((f) => /MEMBER_OF|LEADS|LOCATED_IN/.test(f))
    .sort();

describe("round 22: a copula gives a state's service by its demonym", () => {
  structuralRows(WORLD_22, [
    ['Tom Bell is a retired Peruvian general.', ['Tom Bell MEMBER_OF Peru']],
    ['Tom Bell was a Chilean diplomat for twenty years.', ['Tom Bell MEMBER_OF Chile']],
    ['Tom Bell is a senior Chilean army officer.', ['Tom Bell MEMBER_OF Chile']],
    // work any citizen may do, a rebel's office, another's kin: no office of the state
    ['Tom Bell is a Peruvian lawyer.', []],
    ['Tom Bell is a Peruvian rebel commander.', []],
    ["Tom Bell is a Chilean general's son.", []],
  ]);
});

describe("round 22: a state's envoy to an international body serves the state", () => {
  structuralRows(WORLD_22, [
    ["Ana Ruiz, Chile's U.N. ambassador, said the trial was unfair.", ['Ana Ruiz MEMBER_OF Chile']],
    ["Ana Ruiz, the United States' UN ambassador, said so.", ['Ana Ruiz MEMBER_OF United States']],
    ['Chilean UN Ambassador Ana Ruiz said so.', ['Ana Ruiz MEMBER_OF Chile']],
    // the envoy is the state's, not the body's
    ["Ana Ruiz, Chile's UN ambassador, met Tom Bell's UN envoy.", ['Ana Ruiz MEMBER_OF Chile']],
  ]);
});

describe("round 22: a person's age set off by commas is read through", () => {
  structuralRows(WORLD_22, [
    ['Tom Bell, 52, is the leader of the Popular Front.', ['Tom Bell LEADS Popular Front']],
    ['Tom Bell, 52, a member of the Popular Front, spoke.', ['Tom Bell MEMBER_OF Popular Front']],
    // an age alone ties nobody to anything
    ['Tom Bell, 52, met Popular Front members.', []],
  ]);
});

describe('round 22: the head of a part of a body, and the officer’s own deputy', () => {
  structuralRows(WORLD_22, [
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

describe('round 22: places told by a possessive or a capital written after them', () => {
  structuralRows(WORLD_22, [
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

describe('round 22: national titles: a country written only as the reach of a law', () => {
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

describe('round 22: the White House is a body of the United States', () => {
  test('where the article names the United States', () => {
    expect(
      structural('The United States imposed sanctions. The White House said Peru was silencing critics.'),
    ).toEqual(['White House MEMBER_OF United States']);
  });
});

describe('round 22: a body the state owns', () => {
  const world: HandEntity[] = [
    ...WORLD_22,
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

// Round 23: structural facts in shapes unseen news writes them (docs/extraction.md, "Structural
// facts, round 23").
const WORLD_23: HandEntity[] = [
  ...WORLD_22,
  country('Kenya', 'Kenyan'),
  ...['Nakuru', 'Rift Valley Region', 'Molo', 'Lake Victoria'].map((name): HandEntity => ({
    name,
    type: 'Location',
    forms: [],
  })),
];

describe("round 23: a place's head, the place before the title in any order", () => {
  structuralRows(WORLD_23, [
    ['Tom Bell, the Cusco regional governor, said two people died.', ['Tom Bell LEADS Cusco']],
    ['Tom Bell, the Cusco mayor, told reporters the bridge held.', ['Tom Bell LEADS Cusco']],
    ["Cusco's military governor, Tom Bell, led the troops.", ['Tom Bell LEADS Cusco']],
    ["Tom Bell, Cusco's newly elected mayor, visited the market.", ['Tom Bell LEADS Cusco']],
    [
      'The Cusco provincial governor, Tom Bell, said on Monday the roads were shut.',
      ['Tom Bell LEADS Cusco'],
    ],
    ['On Monday the Cusco regional governor Tom Bell said the roads were shut.', ['Tom Bell LEADS Cusco']],
    // a deputy, a former holder, a meeting with the head
    ['Tom Bell, the Cusco deputy governor, said two people died.', []],
    ["Cusco's former governor, Tom Bell, said two people died.", []],
    // (a former holder written before the place heads it since round 38: former-offices.ts)
    ['Tom Bell, the former Cusco governor, said two people died.', ['Tom Bell LEADS Cusco']],
    ['Tom Bell, who met the Cusco regional governor, said two people died.', []],
  ]);
});

describe('round 23: a town, its region and its country written as a chain', () => {
  structuralRows(WORLD_23, [
    [
      'The talks were held in the town of Molo, Nakuru, Kenya, on Monday.',
      ['Molo LOCATED_IN Nakuru', 'Nakuru LOCATED_IN Kenya'],
    ],
    [
      'Jets struck a camp near Nakuru, Rift Valley Region, Kenya, officials said.',
      ['Nakuru LOCATED_IN Rift Valley Region', 'Rift Valley Region LOCATED_IN Kenya'],
    ],
    [
      'Floods cut the road to Molo, Nakuru, Kenya last week.',
      ['Molo LOCATED_IN Nakuru', 'Nakuru LOCATED_IN Kenya'],
    ],
    // a list of places is no chain
    ['Aid went to Molo, Nakuru, Kenya and Peru.', []],
    ['Aid went to Molo, Nakuru, Cusco and Arica.', []],
    ["Aid went to Molo, Nakuru, Kenya's poorest towns.", []],
  ]);
});

describe("round 23: a state's court, legislature, electoral and security bodies named without it", () => {
  const world: HandEntity[] = [
    ...WORLD,
    body('National Congress', 'government'),
    body('High Court', 'government'),
    body('Independent Electoral and Boundaries Commission', 'government'),
    body('National Electoral Council', 'government'),
    body('National Police Service', 'government'),
    body('Frontier Corps', 'military'),
    body('Third Corps', 'military'),
    body('Regional High Court', 'government'),
    body('Revolutionary Police Service', 'armed_group'),
  ];
  const aboutChile = (sentence: string) => `Chile voted on Sunday. Chile counted the ballots. ${sentence}`;
  test.each([
    ['The National Congress passed the budget late on Friday.', ['National Congress MEMBER_OF Chile']],
    ['The High Court threw out the petition.', ['High Court MEMBER_OF Chile']],
    [
      'The Independent Electoral and Boundaries Commission declared the result.',
      ['Independent Electoral and Boundaries Commission MEMBER_OF Chile'],
    ],
    [
      'Results from the National Electoral Council were delayed.',
      ['National Electoral Council MEMBER_OF Chile'],
    ],
    ['Officers of the National Police Service fired tear gas.', ['National Police Service MEMBER_OF Chile']],
    ['Gunmen attacked a Frontier Corps checkpoint.', ['Frontier Corps MEMBER_OF Chile']],
    ['A spokesman for the Third Corps said the road was open.', ['Third Corps MEMBER_OF Chile']],
    // a region's own court, and a name an armed group gives itself
    ['The Regional High Court threw out the petition.', []],
    ['The Revolutionary Police Service set up roadblocks.', []],
  ])('%s', (sentence, expected) => {
    expect(relationsOf(aboutChile(sentence), world).filter((f) => /MEMBER_OF|LEADS/.test(f))).toEqual(
      expected,
    );
  });

  test('not in a story about two states', () => {
    const text =
      'Chile and Peru clashed. Chile and Peru traded fire. Chile shelled Peru. The National Congress met.';
    expect(relationsOf(text, world).filter((f) => f.startsWith('National Congress'))).toEqual([]);
  });
});

describe("round 23: a body's kind in lower case before its name, and one of its leaders", () => {
  structuralRows(WORLD_23, [
    [
      'Tom Bell, a leader of the opposition party Popular Front, was detained.',
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    [
      'Tom Bell, a top commander of the rebel group Popular Front, was killed.',
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    [
      'Tom Bell, a senior member of the armed group Popular Front, fled.',
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    [
      'Tom Bell, the head of the pro-opposition monitoring group the Valdor Watch, said 20 died.',
      ['Tom Bell LEADS Valdor Watch'],
    ],
    [
      'Tom Bell, leader of the opposition party Popular Front, spoke on Monday.',
      ['Tom Bell LEADS Popular Front'],
    ],
    ['Tom Bell leads the opposition party Popular Front.', ['Tom Bell LEADS Popular Front']],
    ['Tom Bell, who heads the rebel group Popular Front, was detained.', ['Tom Bell LEADS Popular Front']],
    // one of its leaders is a member, not its head
    ['Tom Bell, a leader of the Popular Front, was detained.', ['Tom Bell MEMBER_OF Popular Front']],
    ['Tom Bell, the leader of the Popular Front, was detained.', ['Tom Bell LEADS Popular Front']],
    // meeting a leader is no office; a kind of body with no name after it
    ['Tom Bell met a leader of the opposition party Popular Front.', []],
    ['Tom Bell, a leader of the opposition party in Peru, was detained.', []],
  ]);
});

describe('round 23: a former office told by a copula', () => {
  structuralRows(WORLD_23, [
    ['Tom Bell was a former guerrilla fighter with the Popular Front.', ['Tom Bell MEMBER_OF Popular Front']],
    [
      'Tom Bell was a former fighter with the rebel group Popular Front.',
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    [
      'Tom Bell, who had been a onetime spokesman for the Popular Front, was detained.',
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    ['Tom Bell is a former commander of the Popular Front.', ['Tom Bell MEMBER_OF Popular Front']],
    // denied, or no body named
    ['Tom Bell was never a former fighter with the Popular Front.', []],
    ['Tom Bell was a former fighter.', []],
  ]);
});

describe('round 23: places told by a kind, a part of a country, an island or a coast', () => {
  const world: HandEntity[] = [
    ...WORLD_23,
    ...['Tana Region', 'Garsen', 'Kilifi', 'Lamu Island', 'Faza', 'Witu'].map((name): HandEntity => ({
      name,
      type: 'Location',
      forms: [],
    })),
  ];
  structuralRows(world, [
    [
      "Militants raided Garsen, a small town in Kenya's Tana Region, overnight.",
      ['Garsen LOCATED_IN Kenya', 'Garsen LOCATED_IN Tana Region', 'Tana Region LOCATED_IN Kenya'],
    ],
    [
      "Garsen is a farming town in Kenya's Kilifi county.",
      ['Garsen LOCATED_IN Kilifi', 'Kilifi LOCATED_IN Kenya'],
    ],
    [
      'The fighting spread to Kilifi county in the far southeastern corner of Kenya.',
      ['Kilifi LOCATED_IN Kenya'],
    ],
    ['Floods hit Kilifi district in the northern part of Kenya on Monday.', ['Kilifi LOCATED_IN Kenya']],
    ['Gunmen seized two traders near the village of Faza on Lamu Island.', ['Faza LOCATED_IN Lamu Island']],
    ['Troops landed at Witu, on the island of Faza, on Monday.', ['Witu LOCATED_IN Faza']],
    ["The ship docked in the port of Kilifi on Kenya's coast.", ['Kilifi LOCATED_IN Kenya']],
    ['The road runs from the Garsen sector in Kilifi.', ['Garsen LOCATED_IN Kilifi']],
    [
      'Troops held Faza, a township in the Tana Region of Kenya.',
      ['Faza LOCATED_IN Tana Region', 'Tana Region LOCATED_IN Kenya'],
    ],
    // a ship sailing for a country, a place named with a country's part for another reason
    ["Ships sailed from Kilifi on Kenya's behalf.", []],
    ['Aid flew from Kilifi to the far southeastern corner of Kenya.', []],
  ]);
});

describe("round 23: the head of a body's part in a place belongs to the body", () => {
  structuralRows(WORLD_23, [
    [
      "Tom Bell, the Popular Front's Nakuru commander, told reporters the road was held.",
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    [
      "The Popular Front's Nakuru commander, Tom Bell, said the road was held.",
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    [
      "Tom Bell, the Popular Front's senior Nakuru field commander, said so.",
      ['Tom Bell MEMBER_OF Popular Front'],
    ],
    // the head of the whole body
    [
      "Tom Bell, the Popular Front's supreme commander, said the road was held.",
      ['Tom Bell LEADS Popular Front'],
    ],
    [
      "The Popular Front's top commander, Tom Bell, said the road was held.",
      ['Tom Bell LEADS Popular Front'],
    ],
  ]);
});

describe('round 23: a country written once before two titled names owns both', () => {
  structuralRows(WORLD_23, [
    [
      'Ana Ruiz met Kenyan President Tom Bell and Prime Minister Lisa Park in Lima.',
      ['Lisa Park LEADS Kenya', 'Tom Bell LEADS Kenya'],
    ],
    [
      'On Monday Ana Ruiz met Chilean President Tom Bell and Foreign Minister Lisa Park.',
      ['Lisa Park MEMBER_OF Chile', 'Tom Bell LEADS Chile'],
    ],
    [
      "Ana Ruiz spoke with Chile's Foreign Minister Tom Bell and Defense Minister Lisa Park.",
      ['Lisa Park MEMBER_OF Chile', 'Tom Bell MEMBER_OF Chile'],
    ],
    [
      'Peruvian Prime Minister Tom Bell and Interior Minister Lisa Park visited Nakuru.',
      ['Lisa Park MEMBER_OF Peru', 'Tom Bell LEADS Peru'],
    ],
    // a second title with its own country, a visitor's title, no title, a former office
    [
      'Ana Ruiz met Chilean President Tom Bell and Peruvian President Lisa Park.',
      ['Lisa Park LEADS Peru', 'Tom Bell LEADS Chile'],
    ],
    // (the national title of the article's other state, not Chile's)
    [
      'Chilean President Tom Bell and Secretary of State Lisa Park discussed trade.',
      ['Lisa Park MEMBER_OF United States', 'Tom Bell LEADS Chile'],
    ],
    ['Ana Ruiz met Chilean President Tom Bell and his wife Lisa Park.', ['Tom Bell LEADS Chile']],
    ['Chilean President Tom Bell and former Prime Minister Lisa Park spoke.', ['Tom Bell LEADS Chile']],
  ]);
});

describe("round 23: an apposition opened by a word of now, and the head of a body's field", () => {
  structuralRows(WORLD_23, [
    [
      'Kenya named Ana Ruiz, currently the Chilean ambassador to Peru, to the post.',
      ['Ana Ruiz MEMBER_OF Chile'],
    ],
    ['Tom Bell, now a member of the Popular Front, was detained.', ['Tom Bell MEMBER_OF Popular Front']],
    ["Tom Bell, also Chile's foreign minister, said the talks failed.", ['Tom Bell MEMBER_OF Chile']],
    [
      '"It works," said Tom Bell, Valdor Agency director of operations.',
      ['Tom Bell MEMBER_OF Valdor Agency'],
    ],
    [
      'Tom Bell, the Valdor Agency chief of intelligence, said the talks failed.',
      ['Tom Bell MEMBER_OF Valdor Agency'],
    ],
    // the head of the body itself; a place, not an office, after the adverb
    ['Tom Bell, Valdor Agency director, said the talks failed.', ['Tom Bell LEADS Valdor Agency']],
    ['Tom Bell, currently in Peru, met the Chilean foreign minister.', []],
  ]);
});

// Round 25: a state's government or regime called by its head's name (docs/extraction.md,
// "Structural facts: titles and ties, round 25").
describe('round 25: a government or regime named after the one who heads it', () => {
  const aboutPeru = 'Peru faces new sanctions. Peru rejected the move. ';
  test.each([
    ['Critics say the Moss regime has jailed dozens of reporters.', ['Dan Moss LEADS Peru']],
    ["Observers expect Ruiz's government to fall within a year.", ['Ana Ruiz LEADS Peru']],
    ['Exiles fled the military junta of General Tom Bell.', ['Tom Bell LEADS Peru']],
    ['Rights groups accuse the government of Lisa Park of torture.', ['Lisa Park LEADS Peru']],
    ['The Nadi government is running out of money in Peru.', ['Omar Nadi LEADS Peru']],
    // not "administration" (the annotations disagree on it), not a government after or against
    // the person, not a past one
    ['Critics say the Moss administration has jailed reporters.', []],
    ['Protests against the post-Moss government grew.', []],
    ['Protests against the anti-Moss government grew.', []],
    ['Exiles recall the former Moss regime.', []],
    // another country written nearer the person than the article's own
    ['Chile welcomed the Moss regime warmly.', []],
  ])('%s', (sentence, expected) => {
    expect(structural(aboutPeru + sentence)).toEqual(expected);
  });
});

describe('round 25: the secretary of a department, the department written after the title', () => {
  rows([
    ['Secretary of the Finance Department Tom Bell signed the order.', ['Tom Bell LEADS Finance Department']],
    [
      '"We act today," said Secretary for the Finance Department Ana Ruiz.',
      ['Ana Ruiz LEADS Finance Department'],
    ],
    ['The Secretary of the Valdor Agency, Dan Moss, signed it.', ['Dan Moss LEADS Valdor Agency']],
    // a deputy's office, or a party's secretary, is a member's
    ['Deputy Secretary of the Finance Department Tom Bell spoke.', ['Tom Bell MEMBER_OF Finance Department']],
    ['Under Secretary of the Finance Department Tom Bell spoke.', ['Tom Bell MEMBER_OF Finance Department']],
    ['Secretary of the Northern League Tom Bell spoke.', ['Tom Bell MEMBER_OF Northern League']],
  ]);
});

describe("round 25: a state's offices the title words missed", () => {
  structuralRows(WORLD_22, [
    ['Chilean Chief of Cabinet Ana Ruiz resigned on Friday.', ['Ana Ruiz MEMBER_OF Chile']],
    ['Talks with U.S. national security adviser Tom Bell ended late.', ['Tom Bell MEMBER_OF United States']],
    ['Chile received Peruvian State Councilor and Foreign Minister Dan Moss.', ['Dan Moss MEMBER_OF Peru']],
    ['"We regret it," said Chilean Chargé d’Affaires ad interim, Lisa Park.', ['Lisa Park MEMBER_OF Chile']],
    ["The Chilean Charge d'Affaires Lisa Park was summoned.", ['Lisa Park MEMBER_OF Chile']],
    // the cabinet alone, or a charge brought, is no office
    ['The Chilean cabinet met Ana Ruiz on Friday.', []],
    ['Chilean charges against Ana Ruiz were dropped.', []],
  ]);
});

// Round 26 (docs/extraction.md, "Structural facts on unseen text, round 26").
describe("round 26: an international body's field mission named with it and its country", () => {
  const world: HandEntity[] = [
    ...WORLD_22,
    body('African Union Mission in Peru', 'international'),
    body('UN Stabilization Mission in Chile', 'international'),
    body('UN Office for Chile', 'international'),
    body('Andes Mission in Peru', 'other'),
    body('Chilean Mission to the UN', 'government'),
  ];
  structuralRows(world, [
    [
      'The African Union Mission in Peru said the AU would stay.',
      ['African Union Mission in Peru MEMBER_OF African Union'],
    ],
    [
      'The UN Stabilization Mission in Chile asked the UN for troops.',
      ['UN Stabilization Mission in Chile MEMBER_OF United Nations'],
    ],
    ['The UN Office for Chile thanked the UN.', ['UN Office for Chile MEMBER_OF United Nations']],
    // a mission named after no international body, or a state's mission to the body
    ['The Andes Mission in Peru thanked the African Union.', []],
    ['The Chilean Mission to the UN wrote to the UN.', []],
  ]);
});

describe('round 26: a head of state told as taking the office', () => {
  const aboutPeru = 'Peru faces new sanctions. Peru rejected the move. ';
  test.each([
    ['Dan Moss took the post of prime minister in 2008.', ['Dan Moss LEADS Peru']],
    ['Ana Ruiz, the speaker, has been sworn in as interim leader.', ['Ana Ruiz LEADS Peru']],
    ['Tom Bell became president after the vote.', ['Tom Bell LEADS Peru']],
    ['The guards installed their former commander, Tom Bell, as head of state.', ['Tom Bell LEADS Peru']],
    ['The army installed Lisa Park as interim president.', ['Lisa Park LEADS Peru']],
    ['The crisis has grown since Omar Nadi came to power in 2019.', ['Omar Nadi LEADS Peru']],
    // a deputy's office, a head of something else, a wish: no head of the state
    ['Dan Moss became deputy prime minister in 2008.', []],
    ['Tom Bell became president of the Valdor Agency.', ['Tom Bell LEADS Valdor Agency']],
    ['Tom Bell wants to become president.', []],
    ['Ana Ruiz was sworn in as a member of the cabinet.', []],
  ])('%s', (sentence, expected) => {
    expect(structural(aboutPeru + sentence)).toEqual(expected);
  });
  // a former head written in the same sentence, one the reference data knows as the country's,
  // is no rival of the one who takes the office (a present one stays a rival)
  const world: HandEntity[] = [...WORLD_22, person('Alan Garcia')];
  test.each([
    [
      'The guards installed Tom Bell as head of state to oust former President Alan Garcia.',
      ['Alan Garcia LEADS Peru', 'Tom Bell LEADS Peru'],
    ],
    ['Tom Bell met President Alan Garcia on Monday.', ['Alan Garcia LEADS Peru']],
  ])('%s', (sentence, expected) => {
    expect(structural(aboutPeru + sentence, world)).toEqual(expected);
  });
});

// Round 33 (docs/extraction.md, "Members and heads on unseen text, round 33").
const PLACE_HEADS: HandEntity[] = [
  { name: 'Varna', type: 'Location', forms: [] },
  { name: 'Tarvo', type: 'Location', forms: [] },
  { name: 'Lyon', type: 'Location', forms: [] },
  ...['Ana Ruiz', 'Tom Bell'].map(person),
];

describe("round 33: a place's head in the spellings and sentences news uses", () => {
  structuralRows(PLACE_HEADS, [
    ['Two were hurt there, Varna Gov. Ana Ruiz wrote.', ['Ana Ruiz LEADS Varna']],
    ['Police detained Lyon Metropolitan Mayor Tom Bell.', ['Tom Bell LEADS Lyon']],
    ['In Lyon, the Moscow-installed mayor Tom Bell said shelling hit homes.', ['Tom Bell LEADS Lyon']],
    [
      'Farther north in the Varna region, a strike wounded ten in the city of Tarvo, regional Governor Ana Ruiz said.',
      ['Ana Ruiz LEADS Varna'],
    ],
    // only the nearest region the sentence names; a head title after another clause opener is none
    ['In the Varna region, shelling hit the Tarvo region, regional Governor Ana Ruiz said.', []],
    ['Shelling hit Lyon, and the mayor Tom Bell said so.', []],
    ['In Lyon, shelling killed two, the mayor Tom Bell said.', []],
  ]);
});
