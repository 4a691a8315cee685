// Attacks and killings told the way unseen news tells them (round 22), in our own words: a claim
// of responsibility for an act an earlier sentence told, light verbs whose object stands past
// words of where, a weapon's reduced relative, the dead of a passive told with the attack they
// died in, and a bare "killing" inside an attack's clause. Each row: an article, facts it must
// state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string, relations?: 'frames') =>
  extractArticle(
    { id: 'attacks-22', title: '', text, source: 'test' },
    relations ? { relations } : {},
  ).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

const FRAME_ROWS: [string, string[], string[]][] = [
  // a day's possessive is a definite reference to the attack just told; the victims of its
  // ", killing …" are struck too, and the soldiers killed are the country's own
  [
    "Gunmen attacked a Chilean army base late Tuesday, killing three Peruvian soldiers. Hamas claimed responsibility for Tuesday's assault.",
    ['Hamas ATTACKED Chile', 'Hamas ATTACKED Peru', 'Hamas KILLED Peru'],
    // the base is a post, not people: nobody of Chile's is told dead
    ['Hamas KILLED Chile'],
  ],
  // a denial claims nothing
  [
    "Gunmen attacked a Chilean army base late Tuesday, killing three Peruvian soldiers. Hamas denied responsibility for Tuesday's assault.",
    [],
    ['Hamas ATTACKED Chile', 'Hamas ATTACKED Peru', 'Hamas KILLED Peru'],
  ],
  // nor does a claim still to come
  [
    "Gunmen attacked a Chilean army base late Tuesday. Hamas said it might claim responsibility for Tuesday's assault.",
    [],
    ['Hamas ATTACKED Chile'],
  ],
  // "carried out attacks on Y": compromise may tag the noun a verb; it is still the act claimed
  [
    "Gunmen carried out attacks on France's embassy. Hamas claimed responsibility for the attacks.",
    ['Hamas ATTACKED France'],
    [],
  ],
  // an indefinite attack elsewhere is another act
  [
    "Gunmen carried out attacks on France's embassy. Hamas claimed responsibility for an attack in Lima last year.",
    [],
    ['Hamas ATTACKED France'],
  ],
  // the claim reaches back five sentences read, not six
  [
    'Gunmen attacked a Chilean army base on Monday. Peru sent aid. Bolivia held talks with Peru. Ecuador praised Bolivia. Hamas claimed responsibility for the attack.',
    ['Hamas ATTACKED Chile'],
    [],
  ],
  [
    'Gunmen attacked a Chilean army base on Monday. Peru sent aid. Bolivia held talks with Peru. Ecuador praised Bolivia. Brazil met Ecuador. Norway met Brazil. Hamas claimed responsibility for the attack.',
    [],
    ['Hamas ATTACKED Chile'],
  ],
  // the frame's preposition past "overnight", an unnamed place and an apposition of distance
  [
    'Peru conducted three airstrikes overnight in a remote area near Lima, approximately 105 kilometers north of Cusco, against Hamas terrorists.',
    ['Peru ATTACKED Hamas'],
    [],
  ],
  // "a remote area of Y" names Y as where
  ['Peru conducted airstrikes in a remote area of Chile.', [], ['Peru ATTACKED Chile']],
  // a weapon's "fired from Y" stands between it and its verb
  ['Chilean rockets fired from Arica hit Peru.', ['Chile ATTACKED Peru'], []],
  // where rockets came from fires nothing
  ['Rockets fired from Chile hit Peru.', [], ['Chile ATTACKED Peru']],
  // the dead of a passive told with the attack they died in: a group's fighters, a named person
  [
    'Two Hamas fighters were killed Sunday in a Chilean drone strike.',
    ['Chile ATTACKED Hamas', 'Chile KILLED Hamas'],
    [],
  ],
  ['Two Hamas supporters were killed in a Chilean airstrike.', [], ['Chile KILLED Hamas']],
  ['Pedro Alvarez was killed Sunday in a Chilean drone strike.', ['Chile KILLED Pedro Alvarez'], []],
  ['Pedro Alvarez said two people were killed in a Chilean airstrike.', [], ['Chile KILLED Pedro Alvarez']],
  ['Pedro Alvarez was not killed in a Chilean airstrike.', [], ['Chile KILLED Pedro Alvarez']],
];

// Read with both engines (the default): KILLED beside an attack whose clause tells the dead.
const COMBINED_ROWS: [string, string[], string[]][] = [
  [
    'Hamas militants carried out a suicide car bombing on a Chilean military base killing at least seven soldiers north of Lima.',
    ['Hamas ATTACKED Chile', 'Hamas KILLED Chile'],
    [],
  ],
  // civilians are nobody's own
  [
    'Hamas militants carried out a car bombing on a Chilean military base killing seven civilians.',
    [],
    ['Hamas KILLED Chile'],
  ],
];

describe('attacks told the way unseen news tells them (round 22)', () => {
  test.each(FRAME_ROWS)('%s', (text, must, mustNot) => {
    const found = factsOf(text, 'frames');
    for (const f of must) expect(found).toContain(f);
    for (const f of mustNot) expect(found).not.toContain(f);
  });
  test.each(COMBINED_ROWS)('%s', (text, must, mustNot) => {
    const found = factsOf(text);
    for (const f of must) expect(found).toContain(f);
    for (const f of mustNot) expect(found).not.toContain(f);
  });
});
