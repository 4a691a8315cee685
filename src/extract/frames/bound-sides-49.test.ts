// Round 49: sides the frame engine saw but did not bind. A counted group of a state's people later in
// a list is the state, as a first item is ("A and nine Xian government officials"); names listed
// by commas before "and (several) other nations" act with the last ("A, B and other nations
// attacked Y"); a target held "of" a group described by its kind ("positions of the rebel group
// X"); "their positions" in a clause an armed group reports is the group's; a list whose items are
// closed by semicolons ("A, a judge; B, a deputy; and C") goes on past the first semicolon.
// Sentences written for these tests; the group and the people are invented, the countries real,
// the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'News', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('sides bound on unseen text, round 49', () => {
  it.each([
    [
      'Norway imposed sanctions against the Chilean Public Ministry and nine Chilean government officials.',
      'Norway SANCTIONED Chile',
    ],
    ['Norway sanctioned Peru and seven senior Chilean officials on Monday.', 'Norway SANCTIONED Chile'],
    [
      'Chile, Bolivia and several Andean nations ended diplomatic relations with their neighbor, Peru.',
      'Chile SANCTIONED Peru',
    ],
    ['Chile, Bolivia and several other nations cut ties with Peru on Monday.', 'Chile SANCTIONED Peru'],
    [
      'Peruvian helicopters have attacked the positions of the rebel group Azure Brigade in the east.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'Peruvian jets destroyed several bases of the militant group Azure Brigade.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'But the rebel Azure Brigade says Peruvian troops attacked their positions over the following days.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'Norway designated the Vice President of the Chilean Supreme Court, Marco Antonio Rojas; a Deputy of the Chilean National Assembly, Jorge Luis Vidal; and a Chief of the Chilean Police, Pedro Pablo Soto.',
      'Norway SANCTIONED Jorge Luis Vidal',
    ],
    [
      'Norway designated Marco Antonio Rojas, a judge; Jorge Luis Vidal, a deputy; and Pedro Pablo Soto, a police chief.',
      'Norway SANCTIONED Pedro Pablo Soto',
    ],
  ])('%s → %s', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a country's firms are no state's people: the list's later item names no state
    ['Norway sanctioned Peru and three Chilean firms.', 'Norway SANCTIONED Chile'],
    // a name closing a phrase before the list is no item of the subject
    ['After talks with Chile, Bolivia and other nations attacked Peru.', 'Chile ATTACKED Peru'],
    // "their own positions" are the subject's; a state's "their" may be anyone's
    ['The Azure Brigade said Peruvian soldiers attacked their own positions.', 'Peru ATTACKED Azure Brigade'],
    ['Chile said Peruvian troops attacked their positions.', 'Peru ATTACKED Chile'],
    // a semicolon that opens a clause lists no one
    [
      'Norway designated Marco Antonio Rojas; Jorge Luis Vidal said he would appeal.',
      'Norway SANCTIONED Jorge Luis Vidal',
    ],
  ])('%s ↛ %s', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
