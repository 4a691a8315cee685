// Shapes of wrong facts found in fresh news outside the gold (round 22, fresh22), and the regex
// engine's known readings of relative clauses and appositions. Sentences of our own.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

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
  ['Andes Mining, a Chilean trading company, attacked Bolivia in a statement.', [], ['Chile ATTACKED Bolivia']],
  ['In Arica, the Chilean army attacked Bolivia on Monday.', ['Chile ATTACKED Bolivia'], []],
  // words attack in words; a stand is attacked in words
  ["The Indian statement attacked Pakistan's policy on the border.", [], ['India ATTACKED Pakistan']],
  ['Indian media attacked Pakistan on Monday.', [], ['India ATTACKED Pakistan']],
  ["India attacked Pakistan's border posts overnight.", [], []],
  ['Indian jets attacked Pakistan on Monday.', ['India ATTACKED Pakistan'], []],
];

describeFactRows(attachment, 'fresh-news-22-rules', 'rules');
describeFactRows(attachment, 'fresh-news-22', 'combined');
