// The fallen of the article's fight (round 18), in our own words: dead told with no killer are the
// loss the other side of the fight inflicted. Each row: an article, facts it must state, facts it
// must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'fallen', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // unnamed soldiers after an armed group's attack on a country's troops
  [
    'The Azure Brigade attacked Chilean troops at a base near Arica. 11 troops were killed and 15 wounded.',
    ['Azure Brigade KILLED Chile'],
    [],
  ],
  // unnamed fighters of the group, after the country's forces fought it
  [
    "Chile's army says its forces have killed 40 Azure Brigade militants. Several troops have also been reported killed.",
    ['Azure Brigade KILLED Chile', 'Chile KILLED Azure Brigade'],
    [],
  ],
  [
    'Azure Brigade fighters attacked a Chilean army post on Monday. Eight assailants were also killed in the ensuing gunbattle.',
    ['Chile KILLED Azure Brigade', 'Chile ATTACKED Azure Brigade'],
    [],
  ],
  // a side named on its dead: the one side it fought
  [
    'Chilean and Peruvian troops exchanged fire along the border on Friday. At least two more Peruvian soldiers were killed in afternoon battles.',
    ['Chile KILLED Peru'],
    ['Peru KILLED Chile'],
  ],
  // dead of both sides
  [
    'The Azure Brigade attacked two Chilean bases on Friday. Three Chilean soldiers and four militants were killed in the fighting.',
    ['Azure Brigade KILLED Chile', 'Chile KILLED Azure Brigade'],
    [],
  ],
  // no side's dead, a doubt, a denial, an accident, a named killer, no fight
  [
    'The Azure Brigade attacked Chilean troops near Arica. Ten civilians were killed.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  [
    'The Azure Brigade attacked Chilean troops near Arica. It is not known how many rebels have been killed.',
    [],
    ['Chile KILLED Azure Brigade'],
  ],
  [
    'The Azure Brigade attacked Chilean troops near Arica. No Chilean soldiers were killed.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  [
    'The Azure Brigade attacked Chilean troops near Arica. Three soldiers died in a road accident on Friday.',
    [],
    ['Azure Brigade KILLED Chile'],
  ],
  ['Chile sent troops to Arica. Three soldiers were killed on Friday.', [], ['Chile KILLED Arica']],
  // unnamed dead with no cause told, paragraphs after strikes: no side named
  [
    'Peru launched strikes on the Azure Brigade. Peru said the strikes were a response. Officials met in Lima on Monday. Peruvian missiles struck two bases, officials in Lima said. According to sources, two militants were killed.',
    [],
    ['Peru KILLED Azure Brigade'],
  ],
  // two fights between a country and a group: whose dead the soldiers are is unclear
  [
    'The Azure Brigade attacked Chilean troops. The Crimson Front attacked Peruvian troops. Six soldiers were killed.',
    [],
    ['Azure Brigade KILLED Chile', 'Crimson Front KILLED Peru'],
  ],
];

describe.each(ROWS)('%s', (text, stated, unstated) => {
  const got = factsOf(text);
  if (stated.length) test.each(stated)('states %s', (fact) => expect(got).toContain(fact));
  if (unstated.length) test.each(unstated)('does not state %s', (fact) => expect(got).not.toContain(fact));
});
