// Shapes the lead found read wrong in fresh news outside the gold (round 31).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a state's possessive before an unknown name of a person's shape names the state's person
  ["Bolivia's Wayra Quispeluz arrived in Peru on Monday.", ['Wayra Quispeluz MEMBER_OF Bolivia'], []],
  [
    "The summit drew Chile's Anselmo Quenaya and Peru's Wilka Tupaq.",
    ['Anselmo Quenaya MEMBER_OF Chile', 'Wilka Tupaq MEMBER_OF Peru'],
    [],
  ],
  // the nearest negative: a known place after the possessive stays a place
  ["Peru's Cusco region was hit by floods.", ['Cusco LOCATED_IN Peru'], ['Cusco MEMBER_OF Peru']],
  // a clause opened by a conjunction after a name has its own subject
  [
    'Norway summoned envoy Tomas Velk after officials in Lima protested the raids by the Chilean Navy.',
    [],
    ['Tomas Velk CRITICIZED Chilean Navy'],
  ],
  [
    'Norway expelled Tomas Velk because residents protested the raids by Chile.',
    [],
    ['Tomas Velk CRITICIZED Chile'],
  ],
  // the nearest negative: the name is the protest's subject
  ['Tomas Velk protested the raids by the Chilean Navy.', ['Tomas Velk CRITICIZED Chilean Navy'], []],
  // an act noun after a response's noun is the act answered, not the subject's
  [
    'The Chilean Ministry of Defense warned of grave consequences for any hacking aggression against Chile.',
    [],
    ['Chilean Ministry of Defense THREATENED Chile'],
  ],
  ['Chile vowed revenge for the shelling of Peru.', [], ['Chile ATTACKED Peru', 'Chile THREATENED Peru']],
  // the nearest negative: the subject's own act noun
  ['Norway threatened a full invasion of Chile.', ['Norway THREATENED Chile'], []],
  // a verb compromise tags a noun after an act noun does not make what it hit the act's author
  [
    'The hacker attack hit numerous Chilean government sites. Norway condemned the attacks on the Chilean government.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  // the nearest negative: an attack told with its author is recalled
  [
    'Peru launched an attack on Chilean ministry websites. Norway condemned the attack.',
    ['Norway CRITICIZED Peru'],
    [],
  ],
  // ending relations is a sanction; two who end them with a third are no partners
  [
    'Norway and Peru ended diplomatic relations with Chile on Monday.',
    ['Norway SANCTIONED Chile', 'Peru SANCTIONED Chile'],
    ['Norway COOPERATED Peru'],
  ],
  // the nearest negative: talks that ended were held
  ['Norway ended two days of talks with Chile on Monday.', [], ['Norway SANCTIONED Chile']],
  // consulting with a side is a dealing with it
  ['Norway is consulting with Chile on the crisis.', ['Norway COOPERATED Chile'], []],
  ['Norway did not consult with Chile on the crisis.', [], ['Norway COOPERATED Chile']],
  // a country after a place and its comma only says where the place is: no referent for "the government"
  [
    'The envoy spent the week in Lima, Peru, with the negotiators. "The government should end the talks," said Ana Ruiz.',
    [],
    ['Ana Ruiz DEMANDED Peru'],
  ],
  // the nearest negative: a country named as an actor is the government's referent
  [
    'Peru hosted the negotiators for a week. "The government should end the talks," said Ana Ruiz.',
    ['Ana Ruiz DEMANDED Peru'],
    [],
  ],
  // soldiers counted after another's forces in the clause are not the article's country's
  [
    'Chad has fought Boko Haram for years. Boko Haram fighters ambushed a convoy of the African Union force in eastern Chad and killed at least 30 soldiers on Tuesday.',
    [],
    ['Boko Haram KILLED Chad'],
  ],
  // the nearest negative: counted soldiers with no other force named are the country's
  [
    'Chad has fought Boko Haram for years. Boko Haram fighters ambushed an army patrol in eastern Chad and killed at least 30 soldiers on Tuesday.',
    ['Boko Haram KILLED Chad'],
    [],
  ],
  // a bare plural noun phrase after a verb of saying is the reported act's own subject
  [
    'Army spokesman Tomas Velk said air force jets had struck about 40 Boko Haram targets.',
    [],
    ['Tomas Velk ATTACKED Boko Haram'],
  ],
  // the nearest negative: the speaker's own forces stay the speaker's
  ['Chad said its forces had struck Boko Haram.', ['Chad ATTACKED Boko Haram'], []],
  // a dealing after "and" shares the earlier verb's subject, as every other act does (round 30)
  [
    'Tomas Velk, the Chilean foreign minister, joined the talks on Monday and met both Peruvian President Ana Ruiz and Bolivian envoys.',
    ['Tomas Velk COOPERATED Ana Ruiz'],
    [],
  ],
  // the nearest negative: a clause with its own subject after "and"
  [
    'Tomas Velk joined the talks on Monday and Ana Ruiz met Bolivian envoys.',
    [],
    ['Tomas Velk COOPERATED Bolivia'],
  ],
  // a reported clause that judges an act owned by a name judges its owner
  ["Norway said Chile's seizure of the tanker was illegal.", ['Norway CRITICIZED Chile'], []],
  [
    "Norway says Chile's incursions are a clear violation of the border treaty.",
    ['Norway CRITICIZED Chile'],
    [],
  ],
  // the nearest negatives: a thing done to the owner, and a judgement that condemns nothing
  [
    "Norway said Ana Ruiz's conviction was part of a pattern of harassment.",
    [],
    ['Norway CRITICIZED Ana Ruiz'],
  ],
  ["Norway said Chile's rule was popular.", [], ['Norway CRITICIZED Chile']],
];

describeFactRows(rows, 'fresh-news-31-lead', 'combined');
