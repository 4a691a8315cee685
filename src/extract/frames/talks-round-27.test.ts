// Dealings, support and sanctions on unseen text, round 27, in our own words: a meeting with a
// country's official named after a compound title (./lists.ts, ./title-word.ts, the regex
// COOPERATED rules), acting together in a manner phrase (./partners.ts), mediators
// (./mediators.ts), dealings suspended, cancelled or put on hold (the frame lexicon's
// `noun:ties-cut` and `noun:joint-activity-cancelled`), and steps taken to act (./groups.ts).
// Each row: an article's text, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'talks-27', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // a compound title with its portfolio names the person met, not the title's country
  [
    "Secretary Rubio spoke with Estonia's Minister of Foreign Affairs Margus Tsahkna.",
    ['Rubio COOPERATED Margus Tsahkna'],
    ['Rubio COOPERATED Estonia'],
  ],
  [
    "Deputy Secretary Landau met with Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi.",
    ['Landau COOPERATED Musalia Mudavadi'],
    ['Landau COOPERATED Kenya'],
  ],
  [
    'Marco Rubio spoke by phone with Lebanese Deputy Prime Minister and Minister of Foreign Affairs Youssef Rajji.',
    ['Marco Rubio COOPERATED Youssef Rajji'],
    ['Marco Rubio COOPERATED Lebanon'],
  ],
  [
    "Secretary Rubio spoke with Estonia's Minister of Foreign Affairs Margus Tsahkna and Latvia's Foreign Minister Baiba Braze.",
    ['Rubio COOPERATED Margus Tsahkna', 'Rubio COOPERATED Baiba Braze'],
    ['Rubio COOPERATED Estonia', 'Rubio COOPERATED Latvia'],
  ],
  // the holder's name unread by the entity step: no fallback to the country
  [
    'Marco Rubio met with the Lebanese Minister of Foreign Affairs and Emigrants Youssef Rajji.',
    [],
    ['Marco Rubio COOPERATED Lebanon'],
  ],
  [
    "Secretary Rubio spoke by phone with Lebanon's Deputy Prime Minister and Minister of Foreign Affairs and Emigrants Youssef Rajji.",
    [],
    ['Rubio COOPERATED Lebanon'],
  ],
  [
    "Marco Rubio's meeting with Lebanon's Minister of Foreign Affairs and Emigrants Youssef Rajji focused on security.",
    [],
    ['Marco Rubio COOPERATED Lebanon'],
  ],
  // nearest negatives: no name after the title, or a plain title before a read name
  [
    "Marco Rubio met with Lebanon's Minister of Foreign Affairs and Emigrants.",
    ['Marco Rubio COOPERATED Lebanon'],
    [],
  ],
  ["Marco Rubio met with Lebanon's foreign minister on Monday.", ['Marco Rubio COOPERATED Lebanon'], []],
  ["Secretary Rubio met with Estonia's Foreign Ministry.", [], []],
  [
    "Marco Rubio met with Lebanon's President Joseph Aoun.",
    ['Marco Rubio COOPERATED Joseph Aoun'],
    ['Marco Rubio COOPERATED Lebanon'],
  ],
  // acting together in a manner phrase: a phrasal verb, a force's subject, a plural object
  [
    'Norway carried out the rescue in coordination with Sweden and with the support of NATO.',
    ['Norway COOPERATED Sweden', 'NATO SUPPORTS Norway'],
    [],
  ],
  ['Norway carried out strikes in coordination with Sweden.', ['Norway COOPERATED Sweden'], []],
  ['Norwegian forces rescued the crew in coordination with Sweden.', ['Norway COOPERATED Sweden'], []],
  [
    'Norwegian troops conducted the operation in coordination with the Swedish Coast Guard.',
    ['Norway COOPERATED Swedish Coast Guard'],
    [],
  ],
  // nearest negatives: a plan, a passive without its author
  ['Norway will carry out the rescue in coordination with Sweden.', [], ['Norway COOPERATED Sweden']],
  ['The rescue was carried out in coordination with Sweden.', [], []],
  // mediators: the one who mediates, brokers or hosts deals with each named party
  [
    'Qatar mediated talks between Armenia and Azerbaijan.',
    ['Armenia COOPERATED Azerbaijan', 'Qatar COOPERATED Armenia', 'Qatar COOPERATED Azerbaijan'],
    [],
  ],
  [
    'Talks between Armenia and Azerbaijan, brokered by Qatar, ended on Monday.',
    ['Qatar COOPERATED Armenia', 'Qatar COOPERATED Azerbaijan'],
    [],
  ],
  [
    'Armenia and Azerbaijan held talks in Doha mediated by Qatar.',
    ['Qatar COOPERATED Armenia', 'Qatar COOPERATED Azerbaijan'],
    [],
  ],
  [
    'Qatar-mediated talks between Armenia and Azerbaijan ended on Monday.',
    ['Qatar COOPERATED Armenia', 'Qatar COOPERATED Azerbaijan'],
    [],
  ],
  ['Switzerland hosted the talks between Armenia and Azerbaijan.', ['Switzerland COOPERATED Armenia'], []],
  // nearest negatives: mediation offered, called off, or no dealing stated
  [
    'Qatar offered to mediate talks between Armenia and Azerbaijan.',
    [],
    ['Qatar COOPERATED Armenia', 'Qatar COOPERATED Azerbaijan'],
  ],
  ['Armenia cancelled the Qatar-mediated talks with Azerbaijan.', [], ['Qatar COOPERATED Azerbaijan']],
  [
    'Talks between Armenia and Azerbaijan ended, and a deal reached by Qatar was signed.',
    [],
    ['Qatar COOPERATED Armenia'],
  ],
  // dealings suspended, frozen or cancelled reduce relations (the round-10 convention on cut ties)
  [
    'Japan cancelled joint military exercises with Thailand after the coup.',
    ['Japan SANCTIONED Thailand'],
    [],
  ],
  ['Japan suspended military exchanges with Thailand after the coup.', ['Japan SANCTIONED Thailand'], []],
  [
    'President Ana Ruiz suspended peace talks with the Shining Path after the bombing.',
    ['Ana Ruiz SANCTIONED Shining Path'],
    [],
  ],
  ['Japan froze relations with Thailand.', ['Japan SANCTIONED Thailand'], []],
  // nearest negatives: held, resumed, only possible, one-sided, one meeting called off, on hold
  [
    'Japan held joint military exercises with Thailand.',
    ['Japan COOPERATED Thailand'],
    ['Japan SANCTIONED Thailand'],
  ],
  ['Japan resumed talks with Thailand.', ['Japan COOPERATED Thailand'], ['Japan SANCTIONED Thailand']],
  ['Japan may suspend talks with Thailand.', [], ['Japan SANCTIONED Thailand']],
  ['Japan and Thailand suspended talks.', [], ['Japan SANCTIONED Thailand']],
  ["Japan called off next week's talks with Thailand.", [], ['Japan SANCTIONED Thailand']],
  ['India put talks with Pakistan on hold after the attacks.', [], ['India COOPERATED Pakistan']],
  ['India held talks with Pakistan on Monday.', ['India COOPERATED Pakistan'], []],
  // the people of a list of countries, backed: each country (./people-of.ts)
  [
    'Norway stands with the people of Chile, Peru and Bolivia.',
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru', 'Norway SUPPORTS Bolivia'],
    [],
  ],
  [
    'Norway expressed solidarity with the people of Chile, Peru, Bolivia and Ecuador.',
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Ecuador'],
    [],
  ],
  ['Norway supports the people of Chile, Peru, and Bolivia.', ['Norway SUPPORTS Bolivia'], []],
  // nearest negatives: an apposition after the comma, a relative clause
  [
    "Norway stands with the people of Chile, Peru's neighbour.",
    ['Norway SUPPORTS Chile'],
    ['Norway SUPPORTS Peru'],
  ],
  ['Norway stands with the people of Chile, who voted on Sunday.', ['Norway SUPPORTS Chile'], []],
  // a step taken to act is the act, in the mood of "take"
  [
    'In addition, the State Department is taking steps to impose visa restrictions on Carlos Mendez Ruiz and Ana Torres Vega.',
    [
      'U.S. State Department SANCTIONED Carlos Mendez Ruiz',
      'U.S. State Department SANCTIONED Ana Torres Vega',
    ],
    [],
  ],
  [
    'The State Department took further steps to impose visa restrictions on Carlos Mendez Ruiz.',
    ['U.S. State Department SANCTIONED Carlos Mendez Ruiz'],
    [],
  ],
  [
    'Norway has taken steps to designate the Atlas Brigade as a terrorist group.',
    ['Norway SANCTIONED Atlas Brigade'],
    [],
  ],
  [
    'Norway will continue to take steps to impose visa restrictions on Carlos Mendez Ruiz.',
    [],
    ['Norway SANCTIONED Carlos Mendez Ruiz'],
  ],
  [
    'Norway may take steps to impose visa restrictions on Carlos Mendez Ruiz.',
    [],
    ['Norway SANCTIONED Carlos Mendez Ruiz'],
  ],
];

describe('dealings, support and sanctions, round 27', () => {
  it.each(ROWS)('%s', (text, must, mustNot) => {
    const facts = factsOf(text);
    for (const f of must) expect(facts).toContain(f);
    for (const f of mustNot) expect(facts).not.toContain(f);
  });
});
