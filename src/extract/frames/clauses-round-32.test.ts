// Subjects of participles, relative clauses and joined verbs, round 32, in our own words
// (./coordinated.ts): a participle after "while", "by", "after", "since" or "upon" is the act of
// the clause it hangs on; a verb after "but" shares the first verb's subject, not its negation; a
// chain of joined verbs ("attacked and recaptured …, killing", "raided …, burned … and killed")
// reaches back to the first verb's subject. The host clause's negation, modality and voice still
// hold, and an act hung on a reported or "that" clause ("X said Y attacked Z while urging W") is
// no one's. Two objects those subjects exposed: "urged that X not be harmed" asks nothing of X,
// "met Y's target" deals with no Y (./read-frames.ts). A participle on a statement, motion or
// resolution its subject made, passed or adopted speaks for that subject (./actors.ts
// `issuerOf`); "which" or "who" right after a name is said of it, comma or not, and "which"
// after an act's target is the act's (./read-frames.ts `targetedActAt`), as an aside that names
// its author ("The attack, carried out by X, killed …", `authoredAside`); the gerund after thanks
// given as a noun ("expressed appreciation to Y for speaking out") is Y's (./credited.ts); a
// fronted participle's main clause may follow a later comma than the first ("After meeting A, B
// and others, X …", ./actors.ts `frontedActors`).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const LINKED_PARTICIPLES: FactRow[] = [
  ['Norway imposed sanctions on Peru while urging Chile to hold elections.', ['Norway DEMANDED Chile'], []],
  ['Norway retook the town after shelling the Azure Brigade.', ['Norway ATTACKED Azure Brigade'], []],
  ['Norway deflected blame by blaming Chile.', ['Norway CRITICIZED Chile'], []],
  ['Norway stepped up its patrols, while also striking Chilean bases.', ['Norway ATTACKED Chile'], []],
  // nearest negatives, each beside the reading it bounds: the host clause negated or unreal, a
  // link that states no act
  [
    'Norway retook the town after shelling Peru. Norway did not retake the port after shelling Chile.',
    ['Norway ATTACKED Peru'],
    ['Norway ATTACKED Chile'],
  ],
  [
    'Norway retook the town after shelling Peru. Norway would retake the port after shelling Chile.',
    ['Norway ATTACKED Peru'],
    ['Norway ATTACKED Chile'],
  ],
  [
    'Norway retook the town after shelling Peru. Norway retook the port without shelling Chile.',
    ['Norway ATTACKED Peru'],
    ['Norway ATTACKED Chile'],
  ],
  [
    'Norway retook the town after shelling Peru. Norway retook the port before shelling Chile.',
    ['Norway ATTACKED Peru'],
    ['Norway ATTACKED Chile'],
  ],
];

describe('a participle after a linking word', () =>
  describeFactRows(LINKED_PARTICIPLES, 'clauses-r32-linked'));

const AFTER_BUT: FactRow[] = [
  ['Norway has not claimed the attack but has called on Chile to resign.', ['Norway DEMANDED Chile'], []],
  ['Norway denied the report but accused Chile of lying.', ['Norway CRITICIZED Chile'], []],
  // nearest negatives: a clause of its own subject after "but", the second verb negated
  [
    'Norway denied the report but accused Peru of lying. Norway denied it but Peru accused Chile of lying.',
    ['Norway CRITICIZED Peru'],
    ['Norway CRITICIZED Chile'],
  ],
  [
    'Norway has not claimed the attack but has called on Peru to resign. Norway attacked Peru but would not strike Chile.',
    ['Norway DEMANDED Peru'],
    ['Norway ATTACKED Chile'],
  ],
];

const REPORTED_HOSTS: FactRow[] = [
  // an act hung on a reported or "that" clause may be the main clause's subject's: not read
  [
    'Norway retook the town after shelling Brazil. Norway said Peru attacked Chile while urging Brazil to mediate.',
    ['Norway ATTACKED Brazil'],
    ['Peru DEMANDED Brazil'],
  ],
  [
    'Norway retook the town after shelling Brazil. Norway said Peru had attacked Chile on Monday, calling on Brazil to mediate.',
    ['Norway ATTACKED Brazil'],
    ['Peru DEMANDED Brazil'],
  ],
  [
    'Norway retook the town after shelling Brazil. Norway demanded that Peru withdraw, while accusing Chile of provoking the war.',
    ['Norway ATTACKED Brazil'],
    ['Peru CRITICIZED Chile'],
  ],
  [
    'Norway has not claimed the attack but has called on Peru to resign. Norway said Peru attacked Chile but urged Brazil to mediate.',
    ['Norway DEMANDED Peru'],
    ['Peru DEMANDED Brazil'],
  ],
];

describe('acts hung on a reported clause', () => describeFactRows(REPORTED_HOSTS, 'clauses-r32-reported'));

describe('a verb after "but"', () => describeFactRows(AFTER_BUT, 'clauses-r32-but'));

const CHAINS: FactRow[] = [
  [
    'The Azure Brigade attacked and retook a village in Peru, killing 14 Chilean soldiers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'The Azure Brigade raided farms, burned barracks and killed Chilean police officers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'Norway suspended talks with Peru shortly after taking office and bombed Chile.',
    ['Norway ATTACKED Chile'],
    [],
  ],
  // an abbreviation's full stop ends no clause
  [
    'Norway shelled Peru on Tuesday, Nov. 14 at about 6 p.m. local time, killing 20 Chilean soldiers.',
    ['Norway KILLED Chile'],
    [],
  ],
];

describe('joined verbs and participles after a comma', () => describeFactRows(CHAINS, 'clauses-r32-chains'));

const ACT_RELATIVES: FactRow[] = [
  [
    'The Azure Brigade claimed the attack on the army base, which killed 20 Chilean soldiers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'The Azure Brigade claimed the raid on Peruvian troops in Lima, which killed 20 Chilean soldiers.',
    ['Azure Brigade KILLED Chile'],
    ['Peru KILLED Chile'],
  ],
  // nearest negative, beside the reading: "which" of a name that acts is still that name's
  [
    'The Azure Brigade claimed the attack on the base, which killed 20 Chilean soldiers. Norway fought the Red Front, which killed 20 Peruvian soldiers.',
    ['Azure Brigade KILLED Chile', 'Red Front KILLED Peru'],
    ['Norway KILLED Peru'],
  ],
  // in the passive a place is the antecedent that undergoes the act
  [
    'The Azure Brigade claimed the raid on the base, which killed 20 Chilean soldiers. Peru defended Lima, which was attacked by Chile.',
    ['Azure Brigade KILLED Chile', 'Chile ATTACKED Lima'],
    [],
  ],
];

const AUTHORED_ASIDES: FactRow[] = [
  [
    'The attack, carried out by the Azure Brigade, killed 20 Chilean soldiers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  [
    'The bombing, claimed by the Azure Brigade, killed 20 Chilean soldiers.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  ['The raid, which Norway carried out, killed 12 Chilean soldiers.', ['Norway KILLED Chile'], []],
  // nearest negative, beside the reading: an act blamed on a side is an allegation
  [
    'The assault, which Norway claimed, killed 12 Chilean soldiers. The attack, blamed on Peru, killed 20 Brazilian soldiers.',
    ['Norway KILLED Chile'],
    ['Peru KILLED Brazil'],
  ],
];

describe("an aside naming an act's author", () => describeFactRows(AUTHORED_ASIDES, 'clauses-r32-authored'));

describe('a relative clause on an act and its target', () =>
  describeFactRows(ACT_RELATIVES, 'clauses-r32-acts'));

const NAMED_ANTECEDENTS: FactRow[] = [
  ['Norway sent money to the Azure Brigade which attacked Chile.', ['Azure Brigade ATTACKED Chile'], []],
  [
    'Peru was responding to the Azure Brigade who accused Chile of fraud.',
    ['Azure Brigade CRITICIZED Chile'],
    ['Peru CRITICIZED Chile'],
  ],
];

const WITH_CLAUSES: FactRow[] = [
  [
    'The coup was widely criticized, with the Azure Council condemning Chile.',
    ['Azure Council CRITICIZED Chile'],
    [],
  ],
];

const CREDITED: FactRow[] = [
  ['Norway expressed appreciation to Peru for speaking out against Chile.', ['Peru CRITICIZED Chile'], []],
  [
    'Norway expressed its deep gratitude to Peru for supporting Chile.',
    ['Peru SUPPORTS Chile'],
    ['Norway SUPPORTS Chile'],
  ],
  ['Norway thanked the Azure Council for supporting Chile.', ['Azure Council SUPPORTS Chile'], []],
];

const FRONTED: FactRow[] = [
  [
    'After coordinating with Prime Minister Ola Berg, Defence Minister Per Lund and other leaders, Peru acted.',
    ['Peru COOPERATED Ola Berg', 'Peru COOPERATED Per Lund'],
    [],
  ],
];

describe('a fronted participle whose phrase holds a list', () =>
  describeFactRows(FRONTED, 'clauses-r32-fronted'));

describe('a gerund after thanks given to someone', () => describeFactRows(CREDITED, 'clauses-r32-credited'));

describe('"with" and a name opening a participle clause', () =>
  describeFactRows(WITH_CLAUSES, 'clauses-r32-with'));

describe('"which" or "who" right after a name, without a comma', () =>
  describeFactRows(NAMED_ANTECEDENTS, 'clauses-r32-named'));

const STATEMENT_PARTICIPLES: FactRow[] = [
  ['Norway made a statement on Monday urging Chile to hold elections.', ['Norway DEMANDED Chile'], []],
  [
    'The Azure Council passed a motion calling on Chile to hold elections.',
    ['Azure Council DEMANDED Chile'],
    [],
  ],
  ['The Azure Council adopted a resolution condemning Chile.', ['Azure Council CRITICIZED Chile'], []],
];

describe('a participle on the statement its subject made', () =>
  describeFactRows(STATEMENT_PARTICIPLES, 'clauses-r32-statements'));

const OBJECTS: FactRow[] = [
  // each beside a reading the same verb still gives
  [
    'Norway urged that President Ola Berg not be harmed. Peru urged that Chile release the prisoners.',
    ['Peru DEMANDED Chile'],
    ['Norway DEMANDED Ola Berg'],
  ],
  [
    "Norway has met NATO's spending target. Peru met Chile on Monday to discuss climate targets.",
    ['Peru COOPERATED Chile'],
    ['Norway COOPERATED NATO'],
  ],
];

describe('objects the new subjects exposed', () => describeFactRows(OBJECTS, 'clauses-r32-objects'));
