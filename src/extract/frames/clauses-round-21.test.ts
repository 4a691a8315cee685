// Clauses, round 21, in our own words: whose a relative clause is (`leftActors` in ./actors.ts).
// A name closed by a comma after "to/for/with/by/from" is still the antecedent of the "which/who"
// clause after it; a clause after an apposition's head noun ("Y, a port city in the north that …")
// is the named Y's. Not after a place's or an act's preposition, and not through an apposition
// that names something else of Y's ("the target of an attack that …").
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const RELATIVE_ANTECEDENTS: FactRow[] = [
  ['Aid went to Chile, which was sanctioned by Norway in 2010.', ['Norway SANCTIONED Chile'], []],
  ['Peru held talks with Chile, which attacked Bolivia last year.', ['Chile ATTACKED Bolivia'], []],
  // the act's own preposition: "which" is the attack's
  ['The attack on Chile, which was condemned by Norway, killed two.', [], ['Norway CRITICIZED Chile']],
  // the clause's object is the antecedent, its subject is another name
  ['Peru held talks with Chile, which Bolivia attacked last year.', [], ['Chile ATTACKED Bolivia']],
  // negation in the relative clause still states nothing
  ['Aid went to Chile, which was not sanctioned by Norway.', [], ['Norway SANCTIONED Chile']],
];

const APPOSED_ANTECEDENTS: FactRow[] = [
  ['Arica, a port city in northern Chile that was attacked by Peru, is quiet.', ['Peru ATTACKED Arica'], []],
  ['Arica, a small town that was captured by Peru, is quiet.', ['Peru ATTACKED Arica'], []],
  // the apposition's head is another thing than the town
  ['Arica, the target of an attack that was condemned by Norway, is quiet.', [], ['Norway CRITICIZED Arica']],
  ['Arica, a town which was not attacked by Peru, is quiet.', [], ['Peru ATTACKED Arica']],
  ['Arica, a town that Peru might attack, is quiet.', [], ['Peru ATTACKED Arica']],
];

// a participle after an apposition's head, or after the predicate noun of "is/are", is the name's
const REDUCED_RELATIVES: FactRow[] = [
  ['Aid went to Chile, a country sanctioned by Norway.', ['Norway SANCTIONED Chile'], []],
  ['Chile, a country sanctioned by Norway, denied it.', ['Norway SANCTIONED Chile'], []],
  [
    'Chile and Peru are the second and third states sanctioned by Norway.',
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Peru'],
    [],
  ],
  ['Chile, a country attacking Peru, denied it.', ['Chile ATTACKED Peru'], []],
  // a negated or modal copula states nothing; a name after the article's noun is not the subject
  ['Chile is not a country sanctioned by Norway.', [], ['Norway SANCTIONED Chile']],
  ['Chile may be the next country sanctioned by Norway.', [], ['Norway SANCTIONED Chile']],
  ['Chile, a partner of a country sanctioned by Norway, denied it.', [], ['Norway SANCTIONED Chile']],
];

// "a missile fired at Y by X": the participle's author attacks its object, in both engines (the
// regex rule `verb:fire-on` no longer gives the act to the clause's subject)
const THROWN_BY: FactRow[] = [
  [
    'Peruvian air defences shot down a missile fired at Lima by Chile.',
    ['Chile ATTACKED Lima'],
    ['Peru ATTACKED Lima'],
  ],
  // a group a country owns in the "by" phrase acts itself
  [
    "Peruvian air defences shot down a missile fired at Lima by Chile's Hezbollah militia.",
    ['Hezbollah ATTACKED Lima'],
    ['Chile ATTACKED Lima'],
  ],
  ['A rocket fired into Arica on Monday by Peru was intercepted.', ['Peru ATTACKED Arica'], []],
  // no author named, or the thrower is the subject
  ['Peruvian air defences shot down a missile fired at Lima.', [], ['Peru ATTACKED Lima']],
  ['Chile fired a missile at Lima.', ['Chile ATTACKED Lima'], []],
];

// "sent troops to fight Y": the sender tries the act, one-sided, in the mood of the sending verb
const DEPLOYED_PURPOSES: FactRow[] = [
  [
    'Peru sent an undisclosed number of troops across the border to fight Chile.',
    ['Peru ATTACKED Chile'],
    ['Chile ATTACKED Peru'],
  ],
  ['Peru deployed 2,000 soldiers to Bolivia to attack Chile.', ['Peru ATTACKED Chile'], []],
  ['Peru plans to send troops to fight Chile.', [], ['Peru ATTACKED Chile']],
  ['Peru did not send troops to fight Chile.', [], ['Peru ATTACKED Chile']],
  // a purpose that is no attack, and a sender of no troops
  ['Peru sent troops to protect Chile.', [], ['Peru ATTACKED Chile']],
  ['Peru sent envoys to persuade Chile.', [], ['Peru ATTACKED Chile']],
];

describeFactRows(DEPLOYED_PURPOSES, 'deployed-purposes');
describeFactRows(THROWN_BY, 'thrown-by');
describeFactRows(THROWN_BY.slice(0, 2), 'thrown-by-combined', 'combined');
describeFactRows(REDUCED_RELATIVES, 'reduced-relatives');
describeFactRows(RELATIVE_ANTECEDENTS, 'relative-antecedents');
describeFactRows(APPOSED_ANTECEDENTS, 'apposed-antecedents');
