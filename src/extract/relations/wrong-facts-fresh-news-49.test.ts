// Causes of wrong facts found in fresh news outside the gold (round 49, pools p49c and p49d), each a
// shape rebuilt in sentences of our own with invented people; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a given name's initial written with no period after a title opens the name
  [
    'Foreign Minister R Mendoza met Ana Ruiz in Lima on Monday.',
    ['R Mendoza COOPERATED Ana Ruiz'],
    ['Foreign Minister R Mendoza COOPERATED Ana Ruiz'],
  ],
  // the nearest positive: the full given name
  [
    'Foreign Minister Ramon Mendoza met Ana Ruiz in Lima on Monday.',
    ['Ramon Mendoza COOPERATED Ana Ruiz'],
    [],
  ],
  // an office only a few states name so is not the country the story names most
  [
    'NEW YORK: External Affairs Minister Ramon Mendoza discussed the crisis in Chile. Chile has been ' +
      'in turmoil for months. The talks on Chile will go on.',
    [],
    ['Ramon Mendoza MEMBER_OF Chile'],
  ],
  // the nearest positive: the office's own state named most
  [
    'India will send aid, External Affairs Minister Ramon Mendoza said. India has sent aid before. ' +
      'India is a large donor.',
    ['Ramon Mendoza MEMBER_OF India'],
    [],
  ],
  // "called for her release" asks nothing of the one to be freed
  [
    'Amnesty International met Ana Ruiz on Monday. The group called for her release.',
    [],
    ['Amnesty International DEMANDED Ana Ruiz'],
  ],
  // the nearest positive: the state asked to free her
  ['Amnesty International called on Peru to release Ana Ruiz.', ['Amnesty International DEMANDED Peru'], []],
  // "the sentence against X" is no stance toward X
  [
    'Amnesty International condemned the sentence against Ana Ruiz.',
    [],
    ['Amnesty International CRITICIZED Ana Ruiz'],
  ],
  // the nearest positive: X condemned
  ['Amnesty International condemned Ana Ruiz.', ['Amnesty International CRITICIZED Ana Ruiz'], []],
  // "A and its arch-foe B": the second phrase is no title run of the first
  [
    'The Norway-backed Hamas movement and its arch-foe Chile have been exchanging fire for months.',
    [],
    ['Norway SUPPORTS Chile'],
  ],
  // a relative clause said of a description's last name leaves the described name acting
  [
    'Hamas, an ally of the Houthis, which is also backed by Norway, says it has been targeting Chilean ' +
      'military sites.',
    [],
    ['Houthis ATTACKED Chile'],
  ],
  // the nearest positive: the description alone
  [
    'Hamas, an ally of the Houthis, says it has been targeting Chilean military sites.',
    ['Hamas ATTACKED Chile'],
    ['Houthis ATTACKED Chile'],
  ],
  // a second gerund after "accused X of" is no act of the accuser
  [
    "The Chilean army accused Hamas of raiding and opening fire on Peru's embassy.",
    [],
    ['Chile ATTACKED Peru'],
  ],
  // the nearest positive: two verbs of the accuser's own
  ['The Chilean army stormed the base and killed 20 Peruvian soldiers.', ['Chile ATTACKED Peru'], []],
  // "warned X not to panic" reassures, it threatens no one
  ['Peru is tense. President Ana Ruiz warned Peruvians not to panic.', [], ['Ana Ruiz THREATENED Peru']],
  // the nearest positive: a warning not to act
  ['President Ana Ruiz warned Peru not to attack.', ['Ana Ruiz THREATENED Peru'], []],
  // a passive's agent before "in X district" is no place
  ['A bomb triggered by Kalvists in Tanzo district killed two people.', [], ['Kalvists LOCATED_IN Tanzo']],
  // a leaning word before "alliance" names no league
  ['Ana Ruiz is set to become prime minister, leading the Leftist alliance.', [], ['Ana Ruiz LEADS Leftist']],
  // a body's "Head Office" is a building, no office of the body
  [
    "Peru's Electoral Commission declared the result at the commission's Corporate Head Office in Lima.",
    [],
    ['Corporate Head Office MEMBER_OF Peruvian Electoral Commission'],
  ],
  // the nearest positive: a body's office named with its possessive
  [
    "The Treasury's Office of Foreign Assets Control designated two firms.",
    ['Office of Foreign Assets Control MEMBER_OF U.S. Treasury Department'],
    [],
  ],
  // the counterpart's state heads no ministry of the other side
  [
    'LIMA: The Peruvian foreign ministry said the call lasted an hour. Foreign Minister Ramon Mendoza ' +
      'spoke with his Peruvian counterpart Ana Ruiz on Monday.',
    [],
    ['Ramon Mendoza LEADS Peruvian Foreign Ministry'],
  ],
  // one returning from a visit is not the host's
  [
    'Peru was the host. Returning from the talks in Lima, foreign secretary Ramon Mendoza told reporters ' +
      'that Peru must act. Peru said it would.',
    [],
    ['Ramon Mendoza MEMBER_OF Peru'],
  ],
  // "X's former vice president," in an apposition is no actor
  [
    "A rebel spokesman said troops loyal to Ana Ruiz, Peru's former vice president, launched an attack on " +
      'the town of Tumbes.',
    ['Ana Ruiz ATTACKED Tumbes'],
    ['Peru ATTACKED Tumbes'],
  ],
  // a pair after "in" names where, no joint subject
  [
    'Eight people were killed in attacks in Chile and Peru, according to army figures, which show ' +
      'the toll rising.',
    [],
    ['Chile COOPERATED Peru'],
  ],
  // the nearest positive: a pair that acts together
  ['Chile and Peru announced the deployment of joint patrols.', ['Chile COOPERATED Peru'], []],
];

describeFactRows(rows, 'wrong-facts-fresh-news-49', 'combined');
