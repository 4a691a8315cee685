// Shapes the lead found read wrong or not at all in fresh news outside the gold (round 21).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a weapon's maker ("X-made", "X-supplied") neither fires it nor is hit by it
  ['Iranian-made drones struck Lima overnight.', [], ['Iran ATTACKED Lima']],
  ['Chile was struck by Iranian-made drones.', [], ['Iran ATTACKED Chile']],
  ['Norway shot down two Peruvian-built drones over Chile.', [], ['Norway ATTACKED Peru']],
  ['Peruvian drones struck Chile overnight.', ['Peru ATTACKED Chile'], []],
  // the side named on what is fired, past a count, in the passive with "by" or "with"
  ['Chile had been targeted with hundreds of Peruvian drones and missiles.', ['Peru ATTACKED Chile'], []],
  ['Chile was hit by dozens of Peruvian missiles on Sunday.', ['Peru ATTACKED Chile'], []],
  ['Chile was attacked with a barrage of Peruvian rockets.', ['Peru ATTACKED Chile'], []],
  ['Chile was attacked with hundreds of drones.', [], ['Peru ATTACKED Chile']],
  ['Chile was attacked with hundreds of Peruvian-made drones.', [], ['Peru ATTACKED Chile']],
  // a war threatened is a threat to the one it would be fought with, past a hyphenated modifier
  ['Norway threatened all-out war with Chile over the fishing grounds.', ['Norway THREATENED Chile'], []],
  ['Norway threatened an open war against Chile.', ['Norway THREATENED Chile'], []],
  ['Norway warned that a war with Chile would ruin both economies.', [], ['Norway THREATENED Chile']],
  ['Norway did not threaten war with Chile.', [], ['Norway THREATENED Chile']],
  // a call or talks fronted by "In" or "During" are the main clause's subject's ("Ahead of" is not)
  [
    'In his phone talk with Foreign Minister Ana Ruiz, Foreign Minister Tom Berg exchanged views on the crisis.',
    ['Tom Berg COOPERATED Ana Ruiz'],
    [],
  ],
  ['During his talks with Ana Ruiz, Tom Berg raised the crisis.', ['Tom Berg COOPERATED Ana Ruiz'], []],
  [
    'Ahead of his talks with Ana Ruiz, Tom Berg said the crisis was grave.',
    [],
    ['Tom Berg COOPERATED Ana Ruiz'],
  ],
  ['Norway refused to talk with Chile.', [], ['Norway COOPERATED Chile']],
  // an act noun that is a modal verb's subject names no act done; nor does a meeting planned
  ['A Chilean incursion into Lima could displace thousands of people.', [], ['Chile ATTACKED Lima']],
  ['A Chilean incursion into Lima displaced thousands of people.', ['Chile ATTACKED Lima'], []],
  // … unless the modal says the act goes on (one list for both engines, round 22)
  ['The Chilean incursion into Lima could go on for weeks.', ['Chile ATTACKED Lima'], []],
  ['The Chilean incursion into Lima will still displace thousands.', ['Chile ATTACKED Lima'], []],
  [
    'Norwegian and Peruvian mediators were expected to hold a new round of talks with Chile in Oslo.',
    [],
    ['Norway COOPERATED Chile', 'Peru COOPERATED Chile'],
  ],
  ['Norwegian mediators held a new round of talks with Chile in Oslo.', ['Norway COOPERATED Chile'], []],
  [
    'Norway was slated to hold talks with Chile, and to meet Peru.',
    [],
    ['Norway COOPERATED Chile', 'Norway COOPERATED Peru'],
  ],
  // a leader's surname on a state's forces is no act of the person's
  [
    'Chilean President Tomas Varela spoke on Monday. Varela forces shelled two districts of Lima.',
    [],
    ['Tomas Varela ATTACKED Lima'],
  ],
  [
    'Chilean President Tomas Varela spoke on Monday. The Varela administration sanctioned Peru.',
    ['Tomas Varela SANCTIONED Peru'],
    [],
  ],
  // mediators or delegates from a state hold talks for it
  [
    'Mediators from Norway and Peru held talks with Chile in Lima.',
    ['Norway COOPERATED Chile', 'Peru COOPERATED Chile'],
    [],
  ],
  // an attempt or plot on someone is an act against them: its condemnation is not of them
  ['Norway condemned the assassination attempt on Tomas Varela.', [], ['Norway CRITICIZED Tomas Varela']],
  ['Norway condemned the plot against Tomas Varela.', [], ['Norway CRITICIZED Tomas Varela']],
  ["Norway condemned Tomas Varela's attempt to seize power.", ['Norway CRITICIZED Tomas Varela'], []],
];

describeFactRows(rows, 'fresh-news-21-lead', 'combined');
