// Shapes of wrong facts found in fresh news outside the gold (round 13): a name joined by a hyphen
// to the body after it, an attack a speaker warns about, an event called off, a country owning the
// body whose head is accused, capitals on the sides of a fight. Sentences of our own; both engines
// together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // "the ⟦Russian⟧-led alliance", "the ⟦Iranian⟧-backed militia": the official serves the body,
  // not the state that leads or backs it
  ['Ana Ruiz, a spokesman for the Iranian-backed militia, said so.', [], ['Ana Ruiz MEMBER_OF Iran']],
  ['Tom Berg, secretary general of the Russian-led alliance, spoke.', [], ['Tom Berg MEMBER_OF Russia']],
  ['Ana Ruiz, a spokesman for Iran, said so.', ['Ana Ruiz MEMBER_OF Iran'], []],
  // an attack the speaker warns about, spoken of with an article, is not the speaker's threat
  [
    'Spain warned that an attack on a base in Portugal closes the talks.',
    [],
    ['Spain THREATENED Portugal', 'Spain ATTACKED Portugal'],
  ],
  ['Spain warned of attacks on Portugal.', ['Spain THREATENED Portugal'], []],
  // an event called off states no dealing, whoever the name before the noun is
  ['Spain twice cancelled EU-mediated talks with Portugal.', [], ['European Union COOPERATED Portugal']],
  ['Spain boycotted the EU summit with Portugal.', [], ['European Union COOPERATED Portugal']],
  ['Spain cancelled talks between Portugal and France.', [], ['Portugal COOPERATED France']],
  ['Spain held EU-mediated talks with Portugal.', ['Spain COOPERATED Portugal'], []],
  // the head of a body that a country owns is not that country's head
  ["Spain accused the president of Portugal's northern region of lying.", [], ['Spain CRITICIZED Portugal']],
  ['Spain accused the president of Portugal of lying.', ['Spain CRITICIZED Portugal'], []],
  // two capitals on the two sides of fighting stand for their governments, as in talks
  [
    'Hostilities between Yerevan and Baku broke out in May.',
    ['Armenia ATTACKED Azerbaijan', 'Azerbaijan ATTACKED Armenia'],
    ['Azerbaijan ATTACKED Yerevan'],
  ],
];

describeFactRows(rows, 'fresh-news-13', 'combined');
