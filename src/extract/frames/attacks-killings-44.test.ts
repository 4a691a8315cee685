// Round 44: attacks and killings on unseen text. The dead of both sides of one fight listed together
// ("four X militants and one Yian soldier were killed in clashes") are each side's killing of the
// other, and a state's bare soldiers in such a list are the article's country's; a comma right
// after a verb of force closes it ("As X and Y battled, Z troops …": Z is no object); "oust" is an
// attack on a group or state, also as the purpose of an operation ("launched an offensive to oust
// X"); a passive of force may name its agent after the ground lost ("was ousted from several towns
// by X", "was pushed out of the border towns by X"). Sentences written for these tests; the group
// is invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Fighting', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('attacks and killings on unseen text, round 44', () => {
  it.each([
    [
      'Peru sent troops north. At least four Azure Brigade militants and one Peruvian soldier were killed on Sunday in clashes near the border.',
      'Peru KILLED Azure Brigade',
    ],
    [
      'Peru sent troops north. At least four Azure Brigade militants and one Peruvian soldier were killed on Sunday in clashes near the border.',
      'Azure Brigade KILLED Peru',
    ],
    [
      'The Azure Brigade holds the hills of Peru. Peru said 12 militants, three government soldiers and a farmer were killed during the fighting.',
      'Peru KILLED Azure Brigade',
    ],
    [
      'Peru sent troops north. The Peruvian army says roughly 300 Azure Brigade militants and 40 soldiers died during the northern operation this year.',
      'Azure Brigade KILLED Peru',
    ],
    [
      'Peru sent troops north. One soldier and one member of the Marxist group Azure Brigade died in a clash in southern Peru, the army said.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'As Azure Brigade fighters and Peruvian soldiers battled, Chilean troops shelled the valley.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'Peruvian troops launched an offensive to oust the Azure Brigade from the valley.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'The Azure Brigade was ousted from several towns and villages by Chilean troops.',
      'Chile ATTACKED Azure Brigade',
    ],
    [
      'The Azure Brigade was pushed out of the border towns by Chilean soldiers last year.',
      'Chile ATTACKED Azure Brigade',
    ],
  ])('reads the attack or killing: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a comma after the verb closes it: the troops after it are no object of the battle
    [
      'As Azure Brigade fighters and Peruvian soldiers battled, Chilean troops shelled the valley.',
      'Peru ATTACKED Chile',
    ],
    // two states' dead may have fallen to a third side
    [
      'Peru sent troops north. Four Peruvian soldiers and two Chilean soldiers died in the ambush.',
      'Peru KILLED Chile',
    ],
    // dead of no fight
    [
      'Peru sent troops north. Five Azure Brigade militants and two soldiers died in a road accident.',
      'Peru KILLED Azure Brigade',
    ],
    // a race or a tournament is no ground lost
    ['Juan Perez was pushed out of the race by Chile.', 'Chile ATTACKED Juan Perez'],
    ['Peru was ousted from the tournament by Chile.', 'Chile ATTACKED Peru'],
    // a leader ousted in a coup is no attack in the gold
    ['Peruvian generals ousted President Pedro Alvarez of Chile in a coup.', 'Peru ATTACKED Pedro Alvarez'],
    // an offensive only possible states nothing
    ['Peru may launch an offensive to oust the Azure Brigade.', 'Peru ATTACKED Azure Brigade'],
  ])('reads no such fact: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
