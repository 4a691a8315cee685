// Causes of wrong facts found in fresh news outside the gold (round 49, pool p49b: sanctions,
// arrests, border clashes, insurgencies and state visits), each a shape rebuilt in sentences of
// our own with invented names; both engines together, as the CLI reads.
import type { Entity, Relation } from '../../model';
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';
import { withoutHeadsOfWrittenState } from './written-head-state';

const rows: FactRow[] = [
  // in a list that opens title first, a title after a name is the next name's
  [
    'The president was accompanied by the Minister of Defence, Carlos Ruiz, commander of the Armed Forces, Raul Pena, the commander of the Federal Police, Jorge Soto.',
    ['Raul Pena LEADS Armed Forces', 'Jorge Soto LEADS Federal Police'],
    ['Carlos Ruiz LEADS Armed Forces', 'Raul Pena LEADS Federal Police'],
  ],
  // the nearest positive: a name first, then its own title
  [
    'The minister was accompanied by Carlos Ruiz, commander of the Armed Forces, and Jorge Soto.',
    ['Carlos Ruiz LEADS Armed Forces'],
    [],
  ],
  // a parenthesis after a demonym names the group the demonym closes, not the country
  [
    'Police arrested members of the Jamaah for Malaysian (Jamal) group. Jamal leader Abu Rahim was among them.',
    [],
    ['Abu Rahim LEADS Malaysia'],
  ],
  // "the government", read as the article's leading state, is not criticised by that state's head
  [
    'The Chilean government has accused the Peruvian government of fraud. Chilean President Ana Soto also criticized the government for its crackdown.',
    ['Ana Soto LEADS Chile', 'Chile CRITICIZED Peru'],
    ['Ana Soto CRITICIZED Chile'],
  ],
  // the nearest positive: someone holding no office in the state criticises its government
  [
    'The Chilean government has accused the Peruvian government of fraud. Peruvian opposition leader Ana Soto also criticized the government for its crackdown.',
    ['Ana Soto CRITICIZED Peru'],
    [],
  ],
  // a relative after a place's preposition stands for the noun the place qualifies
  [
    'A court in Peru jailed ten activists. Peru says they were linked to a group based in Canada that the government accuses of plotting a coup.',
    [],
    ['Peru CRITICIZED Canada'],
  ],
  // the nearest positive: the name right before the relative is its antecedent
  [
    'Peru jailed activists linked to Ecuador, which Peru accuses of plotting a coup.',
    ['Peru CRITICIZED Ecuador'],
    [],
  ],
  // a dashed pair's summit only spoken of is no dealing
  ['The two ministers discussed a possible Chilean–Peruvian summit in Lima.', [], ['Chile COOPERATED Peru']],
  // the nearest positive: the summit held
  ['The two ministers praised the Chilean–Peruvian summit in Lima.', ['Chile COOPERATED Peru'], []],
  // a minister's portfolios listed after "of" are no person's names
  [
    'The deal was signed by Chile’s Minister of Research, Innovation and Coastal Affairs Tomas Vidal.',
    ['Tomas Vidal MEMBER_OF Chile'],
    ['Innovation MEMBER_OF Chile'],
  ],
];

describeFactRows(rows, 'fresh-news-second-pool-49', 'combined');

describe('round 49 (entities in fresh news, second pool)', () => {
  const cases: EntityCase[] = [
    // a regnal number closes a ruler's name; the state's name after it is another name
    [
      "During the audience, the envoy handed King Hassan IV Chile's letter.",
      ['Person:Hassan IV', 'Country:Chile'],
      ['Person:Hassan IV Chile'],
    ],
    // the nearest positive: a regnal number at the end of a name
    ['Pope Leo XIV visited Peru on Monday.', ['Person:Leo XIV'], []],
    // a police rank's abbreviation neither ends the sentence nor stays in the name
    [
      '“The raids went on all night,” National Police spokesman Chief Comr. Budi Santoso said.',
      ['Person:Budi Santoso'],
      ['Person:Comr', 'Person:Comr. Budi Santoso'],
    ],
    // letters in parentheses after a body's name the step does not keep abbreviate that name
    [
      'Soldiers of the Joint Task Force (FTC) patrolled the north.',
      [],
      ['Organization:Federal Trade Commission'],
    ],
    // the nearest positive: the listed body spelled out before its letters
    ['The Federal Trade Commission (FTC) fined the firm.', ['Organization:Federal Trade Commission'], []],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});

describe("round 49 (a head written as another state's elsewhere in the article)", () => {
  const country = (name: string): Entity => ({
    id: `country:${name.toLowerCase()}`,
    name,
    type: 'Country',
    aliases: [],
    mentionCount: 2,
  });
  const person: Entity = {
    id: 'person:dan-ionescu',
    name: 'Dan Ionescu',
    type: 'Person',
    aliases: [],
    mentionCount: 2,
  };
  const [moldova, romania] = [country('Moldova'), country('Romania')];
  const byId = new Map([moldova, romania, person].map((e) => [e.id, e]));
  const inferred: Relation = {
    subject: person.name,
    predicate: 'LEADS',
    object: moldova.name,
    subjectId: person.id,
    objectId: moldova.id,
    sentence: 'We need dialogue, stressed President Dan Ionescu.',
    start: 0,
    end: 0,
    confidence: 0.6,
    reason: 'title:national-head',
  };
  test('the dominant country is dropped where the text writes the person as another state’s head', () => {
    const text =
      'Petrov met the Romanian head of state, President Dan Ionescu. We need dialogue, stressed President Dan Ionescu.';
    expect(withoutHeadsOfWrittenState([inferred], byId, text)).toEqual([]);
  });
  test('the nearest positive: no other state written on the person', () => {
    const text = 'Petrov met President Dan Ionescu. We need dialogue, stressed President Dan Ionescu.';
    expect(withoutHeadsOfWrittenState([inferred], byId, text)).toEqual([inferred]);
  });
});
