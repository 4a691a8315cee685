// Shapes the lead found read wrong in fresh news outside the gold (round 27).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // backing "with Y support" inside a later clause backs that clause's subject, not the first one
  [
    'Norway and Chile stayed out of the war as our partners, with Peruvian support, fought the rebels.',
    [],
    ['Peru SUPPORTS Chile', 'Peru SUPPORTS Norway'],
  ],
  [
    'Norway remained neutral while Chile, with Peruvian backing, retook the port.',
    [],
    ['Peru SUPPORTS Norway'],
  ],
  // the nearest negative: the backer at the end of the subject's own clause
  ['Chilean troops retook the port with Peruvian air support.', ['Peru SUPPORTS Chile'], []],
  // a bare national title takes the article's dominant country, unless the person is written as
  // another state's official elsewhere in the article
  [
    'Norway hosted the talks. Norwegian Foreign Minister Ana Ruiz met Chilean Deputy Foreign Minister Daniel Cortes in Oslo. Norway said the talks were useful. Deputy Foreign Minister Cortes was accompanied by two aides.',
    ['Daniel Cortes MEMBER_OF Chile', 'Ana Ruiz MEMBER_OF Norway'],
    ['Daniel Cortes MEMBER_OF Norway'],
  ],
  // the nearest negative: a bare title with no other state written keeps the guess
  [
    'Norway hosted the talks. Norway said the talks were useful. Deputy Foreign Minister Daniel Cortes was accompanied by two aides.',
    ['Daniel Cortes MEMBER_OF Norway'],
    [],
  ],
  // a joint subject fighting an unnamed plural enemy fights on one side, not each other
  ['Norway and Chile fought the rebels.', [], ['Norway ATTACKED Chile', 'Chile ATTACKED Norway']],
  ['Norway and Chile battled Islamist insurgents in the north.', [], ['Norway ATTACKED Chile']],
  // the nearest negatives: battles fought, or no object at all, are fought with each other
  [
    'Norway and Chile fought fierce battles on Friday.',
    ['Norway ATTACKED Chile', 'Chile ATTACKED Norway'],
    [],
  ],
  ['Norway and Chile fought on Friday.', ['Norway ATTACKED Chile', 'Chile ATTACKED Norway'], []],
  // being there, or staying out, is no joint act
  ['Norway and Chile stayed out of the war.', [], ['Norway COOPERATED Chile']],
  [
    'President Ana Ruiz of Norway and her Chilean counterpart, Daniel Cortes, also attended.',
    [],
    ['Ana Ruiz COOPERATED Daniel Cortes'],
  ],
  // the nearest negative: a joint subject that discusses deals with each other
  ['Norway and Chile discussed the border.', ['Norway COOPERATED Chile'], []],
  // a cause's word in a force's name makes a movement, not the state's own force
  [
    'Ana Ruiz, a commander with the rebel group, the Chile Liberation Army, said the fighting lasted hours. Chile said the army was ready.',
    [],
    ['Chile Liberation Army MEMBER_OF Chile'],
  ],
  // the nearest negative: a state's force named with the state
  [
    'The Chilean National Army said the fighting lasted hours. Chile said the army was ready.',
    ['Chilean National Army MEMBER_OF Chile'],
    [],
  ],
  // two verbs of one subject joined by "and" share the object after the second
  ['Norway criticized and sanctioned Chile.', ['Norway CRITICIZED Chile', 'Norway SANCTIONED Chile'], []],
  ['Norway attacked and killed Ana Ruiz.', ['Norway ATTACKED Ana Ruiz', 'Norway KILLED Ana Ruiz'], []],
  // the nearest negatives: the second verb in the passive, or a verb of another tense
  ['Norway attacked and was repelled by Chile.', ['Chile ATTACKED Norway'], ['Norway ATTACKED Chile']],
  ['Norway attacked on Monday and will sanction Chile.', [], ['Norway ATTACKED Chile']],
  // a country's or a body's name before a long title qualifies the title: the call is with the person
  [
    'Norway’s foreign minister spoke today with Chile State Councilor and Foreign Minister Ana Ruiz about trade.',
    ['Norway COOPERATED Ana Ruiz'],
    ['Norway COOPERATED Chile'],
  ],
  // the nearest negative: no title after the country
  ['Norway spoke with Chile about trade.', ['Norway COOPERATED Chile'], []],
  // an attack disowned is not the actor's (the attacks helper's report)
  ['Hamas did not claim responsibility for the attack on Norway.', [], ['Hamas ATTACKED Norway']],
  ['Hamas has never taken credit for the attack on Norway.', [], ['Hamas ATTACKED Norway']],
  ['Hamas denied any role in the bombing of the Norwegian embassy.', [], ['Hamas ATTACKED Norway']],
  // the nearest negative: the claim made
  ['Hamas claimed responsibility for the attack on Norway.', ['Hamas ATTACKED Norway'], []],
  // talks still to come are no dealing (the talks helper's report)
  ['Qatar will host talks between Norway and Chile next month.', [], ['Norway COOPERATED Chile']],
  ['Talks between Norway and Chile are planned for next week.', [], ['Norway COOPERATED Chile']],
  // the nearest negatives: talks held or resumed
  ['Qatar has hosted talks between Norway and Chile.', ['Norway COOPERATED Chile'], []],
  ['Talks between Norway and Chile resumed on Monday.', ['Norway COOPERATED Chile'], []],
];

describeFactRows(rows, 'fresh-news-27-lead', 'combined');
