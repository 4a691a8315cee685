// Shapes the lead found read wrong in fresh news outside the gold (round 37).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a story set by its places in a country it never names: its bare state bodies are not those of
  // the one country it names (here only as gunmen's nationality)
  [
    'Srinagar, May 2\n\nTwo gunmen, one of them from Pakistan, died in a firefight with the Special Reserve Police Force near Srinagar. A second Pakistani was held, and Pakistan said nothing.',
    [],
    ['Special Reserve Police Force MEMBER_OF Pakistan'],
  ],
  // the nearest negative: a story whose places lie in the state it names gives it its bodies
  [
    'Peshawar, May 2\n\nTwo gunmen died in a firefight with the Special Reserve Police Force near Peshawar. Pakistan said the gunmen had crossed from the border, and Pakistan sealed it.',
    ['Special Reserve Police Force MEMBER_OF Pakistan'],
    [],
  ],
  // a moving verb with nothing moved before its particle is a participle: its subject was moved
  ['Ana Velk, extradited to Chile in May, pleaded guilty to fraud.', [], ['Ana Velk SUPPORTS Chile']],
  // the nearest negatives: the mover named after "by", and the mover as the subject
  ['Ana Velk, extradited to Chile by Peru in May, pleaded guilty.', ['Peru SUPPORTS Chile'], []],
  ['Peru extradited Ana Velk to Chile in May.', ['Peru SUPPORTS Chile'], []],
  // a counterpart told only by a demonym is another state's: the host does not lead that state
  [
    "Chile's president, Tomas Reyes, arrives in Peru on Monday. Chile and Peru will sign a deal. President Ana Velk will later host her Chilean counterpart at a dinner. Chile is a neighbour.",
    [],
    ['Ana Velk LEADS Chile'],
  ],
  // the nearest negative: the counterpart named after the demonym is that state's own
  [
    "Chile and Peru will sign a deal. Chile's Ana Velk will later host her Peruvian counterpart, Tomas Reyes, at a dinner.",
    ['Tomas Reyes MEMBER_OF Peru'],
    [],
  ],
  // a head title after a party's short name with a bracketed letter, or after "the party's",
  // heads the party, not the state the story is about
  [
    'Peru votes on Sunday. Peru is tense. The APR(M) President Ana Velk was unable to reach the capital.',
    [],
    ['Ana Velk LEADS Peru'],
  ],
  [
    "Peru votes on Sunday. Peru is tense. The party's President Ana Velk was unable to reach the capital.",
    [],
    ['Ana Velk LEADS Peru'],
  ],
  // the nearest negative: the bare title alone is still the state's head
  [
    'Peru votes on Sunday. Peru is tense. President Ana Velk was unable to reach the capital.',
    ['Ana Velk LEADS Peru'],
    [],
  ],
  // a head of state makes no demand of the state they head, in a pair or through its people
  [
    'President Ana Velk of Peru urged Lima and Quito to keep the border open.',
    [],
    ['Ana Velk DEMANDED Peru'],
  ],
  [
    'President Ana Velk of Peru has urged Peruvians to stand behind her in the crisis.',
    [],
    ['Ana Velk DEMANDED Peru'],
  ],
  // the nearest negative: the other state of the pair is still called on
  ['President Ana Velk of Peru urged Ecuador to keep the border open.', ['Ana Velk DEMANDED Ecuador'], []],
  // a backer's participle hyphened to the last name of a list modifies the noun after it: the
  // names listed before it back nothing
  [
    'The Red Cross said Chile and Peruvian-backed Andes Front rebels began trading prisoners.',
    ['Peru SUPPORTS Andes Front'],
    ['Chile SUPPORTS Andes Front'],
  ],
  // the nearest negative: a hyphened backer opening a noun phrase still backs its noun
  ['Days before the vote, Peru-backed governor Ana Velk urged calm.', ['Peru SUPPORTS Ana Velk'], []],
  // an international body's name right before a country's name owns the post: the envoy is the
  // body's, sent to that country
  ['“There is hope for Peru,” said UN Peru envoy Ana Velk on Monday.', [], ['Ana Velk MEMBER_OF Peru']],
  // the nearest negative: the country's name alone before the post is the envoy's own state
  ['“There is hope for talks,” said Peru envoy Ana Velk on Monday.', ['Ana Velk MEMBER_OF Peru'], []],
  // a proxy war or a trade war between two states is no fighting between them
  [
    'Many see the feud as a proxy war between Peru and Chile.',
    [],
    ['Peru ATTACKED Chile', 'Chile ATTACKED Peru'],
  ],
  ['The long trade war between Peru and Chile hurt farmers.', [], ['Peru ATTACKED Chile']],
  // the nearest negative: a war between them is
  ['The war between Peru and Chile killed thousands.', ['Peru ATTACKED Chile'], []],
  // talks someone stands ready to mediate are not held
  [
    'Officials said Quito stood ready to host talks between Lima and Santiago.',
    [],
    ['Peru COOPERATED Chile'],
  ],
  // the nearest negative: talks it mediated were
  ['Officials said Quito mediated talks between Lima and Santiago.', ['Peru COOPERATED Chile'], []],
  // a deal or talks someone wishes for are not had
  [
    'The Andes Front said again that it wants peace, restating its long desire for a deal with Chile.',
    [],
    ['Andes Front COOPERATED Chile'],
  ],
  ['Peru voiced hopes for talks with Chile next year.', [], ['Peru COOPERATED Chile']],
  // the nearest negative: a deal it made is
  ['The Andes Front said it had signed a deal with Chile.', ['Andes Front COOPERATED Chile'], []],
];

describeFactRows(rows, 'fresh-news-37-lead', 'combined');
