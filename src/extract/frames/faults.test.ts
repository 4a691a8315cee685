// A fault named as someone's in a speaker's words (./faults.ts, ../relations/quote-speakers.ts),
// in our own words: each row an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'faults', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const FAULTS: [string, string[], string[]][] = [
  // an attribution that closes the quotation, verb first or name first
  ['“The fines answer Chile’s illegal blockade,” said Norway.', ['Norway CRITICIZED Chile'], []],
  ['“The fines answer Chile’s corruption,” Ana Ruiz said on Monday.', ['Ana Ruiz CRITICIZED Chile'], []],
  // an attribution that opens it
  ['Ana Ruiz said: “The fines answer Chile’s brutal crackdown.”', ['Ana Ruiz CRITICIZED Chile'], []],
  // a quotation of several sentences, and the one that goes on after its attribution
  [
    '“We act today. The fines answer Chile’s aggression,” said Ana Ruiz. “Peru’s reckless smuggling ring helps it.”',
    ['Ana Ruiz CRITICIZED Chile', 'Ana Ruiz CRITICIZED Peru'],
    [],
  ],
  // a long-running, hyphenated qualifier; an owner through its administration
  ['“We will end Chile’s long-running monopoly,” said Norway.', ['Norway CRITICIZED Chile'], []],
  ['“The Lopez administration’s abuses must stop,” said Norway.', ['Norway CRITICIZED Lopez'], []],
  // "its": the nearest body or state before it, named as itself
  ['“We fined Chile for its illegal blockade,” said Norway.', ['Norway CRITICIZED Chile'], []],
  ['“Peru’s envoy thanked Chile for its brave rescuers,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“Chile’s envoy broke its unlawful silence,” said Norway.', [], ['Norway CRITICIZED Chile']],
  // a reported clause
  [
    'Ana Ruiz told reporters that Chile’s intransigence explains the delay.',
    ['Ana Ruiz CRITICIZED Chile'],
    [],
  ],
  // no fault: a neutral noun, a fault that is not the phrase's head, a condition
  ['“Chile’s brave soldiers held the line,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“Chile’s corruption inquiry is closed,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“If Chile’s aggression goes on, we act,” said Norway.', [], ['Norway CRITICIZED Chile']],
  // the reporter's words, outside any quotation, and a quotation nobody is said to speak
  ['“The fines are heavy,” said Norway, as Chile’s illegal war went on.', [], ['Norway CRITICIZED Chile']],
  [
    'Norway met Peru. “Chile’s illegal war must stop.”',
    [],
    ['Norway CRITICIZED Chile', 'Peru CRITICIZED Chile'],
  ],
  // a quotation in a new paragraph does not go on with the last speaker
  ['“We act today,” said Norway.\n\n“Chile’s illegal war must stop.”', [], ['Norway CRITICIZED Chile']],
  // a state aimed at a fault whose owner is named after it (round 13): "'s", "of", "by" name an
  // owner; "in" names a place
  [
    'Norway said it was deeply concerned over the irregularities in the vote counting of Chile’s election.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway was troubled by the abuses of Chile.', ['Norway CRITICIZED Chile'], []],
  ['Norway is deeply concerned by the terrorism in Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway is deeply concerned by the delays in Chile’s election.', [], ['Norway CRITICIZED Chile']],
  // a judgment said of a phrase the owner opens (round 14, `judgments`): up to its "is", no clause between
  ['“Chile’s conduct at the border is simply intolerable,” said Norway.', ['Norway CRITICIZED Chile'], []],
  [
    'Norway said Chile’s and Peru’s treatment of prisoners was unacceptable.',
    ['Norway CRITICIZED Chile', 'Norway CRITICIZED Peru'],
    [],
  ],
  ['“Chile’s offer, which Peru rejected, is unacceptable,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“Chile’s offer is acceptable,” said Norway.', [], ['Norway CRITICIZED Chile']],
  // a brand a copula gives a name, in someone's words (round 16, `brands`)
  ['“Chile remains a grave menace to peace,” Norway said.', ['Norway CRITICIZED Chile'], []],
  ['Norway said Chile was one of the biggest menaces to the region.', ['Norway CRITICIZED Chile'], []],
  // a threat that remains is an assessment the annotators leave out (a commander's "Y remains a threat")
  ['“Chile remains a threat to the region,” said Norway.', [], ['Norway CRITICIZED Chile']],
  [
    '“Chile, with 6,000 soldiers, is the largest rogue state in the region,” said Norway.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['“Chile is not a threat to anyone,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“Chile is a terrorist target,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“Chile is a victim of terrorists,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ["“Chile is the terrorists' main target,” said Norway.", [], ['Norway CRITICIZED Chile']],
  ['“Chile is a sworn enemy of the terrorists,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“Chile is an enemy of the people,” said Norway.', ['Norway CRITICIZED Chile'], []],
  ['Chile is a threat to peace, the reporter wrote of Norway.', [], ['Norway CRITICIZED Chile']],
];

describe.each(FAULTS)('%s', (text, stated, notStated) => {
  const found = factsOf(text);
  test('states its facts', () => {
    for (const f of stated) expect(found).toContain(f);
  });
  test('states nothing it must not', () => {
    for (const f of notStated) expect(found).not.toContain(f);
  });
});
