// Wrong facts read on fresh news nobody annotated (round 40): plural references past another
// pair, modality of wishes and of verbs joined by "and", pairs acting apart, place lists and
// entity boundaries. Sentences of our own; both engines together, as the CLI reads.
import { extractArticle } from '..';
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the nearest negative: no other pair named since the meeting, the plural is its people
  [
    'Foreign Minister Ana Ruiz met her Chilean counterpart Pedro Soto in Lima on Monday. The visit comes after talks last month. Both leaders underlined their faith in close cooperation.',
    ['Ana Ruiz COOPERATED Pedro Soto'],
    [],
  ],
  // a country named only by whose citizen someone is stands for no "the country" after it
  [
    'Archbishop Ivo Rask leads the protests. Rask admitted to having dual Canadian–Zedish citizenship, which would bar him from office. Rask added that the country should rethink its whole foreign policy.',
    [],
    ['Ivo Rask DEMANDED Canada'],
  ],
  // the nearest negative: a country told as the story's place is still the one
  [
    'Archbishop Ivo Rask leads the protests in Canada. Rask added that the country should rethink its whole foreign policy.',
    ['Ivo Rask DEMANDED Canada'],
    [],
  ],
  // a place's head closing a list after a comma heads the last place only
  [
    'Troops pulled back from the northern banks of the Korma Lake, Tolva and Brenn Valley, but stayed nearby.',
    [],
    ['Korma Lake LOCATED_IN Tolva and Brenn Valley'],
  ],
  // a name before a plural noun after "a city of" says who lives there
  ['Maiduguri is a city of Hausa Fulani settlers.', [], ['Maiduguri LOCATED_IN Hausa Fulani']],
  // the nearest negative: the region alone after "of" still holds the place
  ['Maiduguri is a city of Borno.', ['Maiduguri LOCATED_IN Borno'], []],
  // the article's one province, named only after "the provincial capital of X", is not its province
  [
    'Police detained two men in Kandahar and Nangarhar this week.\n\nThey also detained a suspect in the provincial capital of Kandahar, officials said.\n\nOfficials in Nangarhar province said eight more were detained.',
    [],
    ['Kandahar LOCATED_IN Nangarhar'],
  ],
  // the nearest negative: a province told before it is
  [
    'Officials in Nangarhar province said eight men were detained.\n\nPolice also detained a suspect in the provincial capital of Jalalabad, officials added.',
    ['Jalalabad LOCATED_IN Nangarhar'],
    [],
  ],
  // a pair of states each arresting, or a pair a third side insists is doing a thing, acts together in nothing
  [
    'Norway and Chile have arrested dozens of suspected smugglers in recent years.',
    [],
    ['Norway COOPERATED Chile'],
  ],
  [
    'Peru insisted that Norway and Chile are using Bolivian ports for the trade.',
    [],
    ['Norway COOPERATED Chile'],
  ],
  // the nearest negative: a pact signed by the pair
  ['Norway and Chile signed a fishing pact on Monday.', ['Norway COOPERATED Chile'], []],
  // an auxiliary before an adverb, or the "to" of "have to", is no act of the pair
  ['Norway and Chile will also transfer landing slots at the airport.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile can only implement the deal after approval.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile have to surrender the slots.', [], ['Norway COOPERATED Chile']],
  // a clause after "urgent that" is a wish
  [
    'It is urgent that Norway reaches an agreement with Chile, the minister said.',
    [],
    ['Norway COOPERATED Chile'],
  ],
  // the nearest negative: the deal reached
  ['Norway reached an agreement with Chile, the minister said.', ['Norway COOPERATED Chile'], []],
  // a bare verb after "and" shares the "will" of the verb before it
  [
    'We will sign this accord with Chile and later negotiate a deal between Norway and Peru, he said.',
    [],
    ['Norway COOPERATED Peru'],
  ],
  // the nearest negative: two past acts
  [
    'Norway signed an accord with Chile and then began talks between Norway and Peru.',
    ['Norway COOPERATED Chile'],
    [],
  ],
  // a bare "Congress" told right after the story's state, the listed state named only far before, is the story's
  [
    'Peru will elect a new legislature in the spring, after a U.S.-backed call for a vote.\n\nThe president spoke in Lima on Sunday to a large crowd of supporters. Peru is in a deep economic slump, and prices rose again last month. Many families have left for work abroad.\n\nPeru is expected to vote in April. Opposition parties want a majority in Congress.',
    [],
    ['U.S. Congress MEMBER_OF United States'],
  ],
  // one named among several of a group's fighters is no leader of it
  [
    'Three fighters of Hezbollah, including its longest surviving commander, Ivo Rask were killed on Monday.',
    [],
    ['Ivo Rask LEADS Hezbollah'],
  ],
  // the nearest negative: the group's own commander told alone
  ['Hezbollah said its commander, Ivo Rask, was killed on Monday.', ['Ivo Rask LEADS Hezbollah'], []],
  // "General" after a body's head word is the body's, no title before a person
  [
    'Officials sanctioned the commander of Norway’s Directorate General of Naval Counter-Intelligence on Friday.',
    ['Directorate General of Naval Counter-Intelligence MEMBER_OF Norway'],
    ['Counter-Intelligence MEMBER_OF Norway'],
  ],
  // the nearest negative: the listed state named close before keeps its Congress
  [
    'The U.S. Senate passed the bill. Peru is expected to vote in April, and Peru has asked observers to come. Lawmakers in Washington want a majority in Congress.',
    ['U.S. Congress MEMBER_OF United States'],
    [],
  ],
];

describeFactRows(rows, 'precision-fresh-news-40', 'combined');

// "Both leaders" after a meeting, when a later sentence names two other people, may be those two:
// the meeting's people are not read into it (their meeting still is).
describe('meeting plurals past another pair', () => {
  const read = (text: string) =>
    extractArticle({ id: 'plural-40', title: '', text, source: 'test' }, { relations: 'combined' }).relations;
  const meeting = 'Foreign Minister Ana Ruiz met her Chilean counterpart Pedro Soto in Lima on Monday.';
  test('another pair named since the meeting: no participants read', () => {
    const facts = read(
      `${meeting} The visit comes after President Ivo Rask told President Lars Berg in a call that aid would go on. Both leaders underlined their faith in close cooperation.`,
    );
    expect(facts.some((r) => r.reason.includes('coref:participants'))).toBe(false);
    expect(facts.some((r) => r.predicate === 'COOPERATED' && r.subject === 'Ana Ruiz')).toBe(true);
  });
  test("no other pair: the plural is the meeting's people", () => {
    const facts = read(
      `${meeting} The visit comes after talks last month. Both leaders underlined their faith in close cooperation.`,
    );
    expect(facts.some((r) => r.reason.includes('coref:participants'))).toBe(true);
  });
});
