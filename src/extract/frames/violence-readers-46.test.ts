// Round 46: readers of attacks and killings where both sides are named. People drawn from a named
// body are its side ("troops from the X"); a place named with its kind after it is the place ("Y
// village"); commandos, guerrillas, assailants and the like are heads a name acts or is hit through;
// two dashed countries on one target head are both hit ("a joint X-Yian patrol"); a state's and an
// international body's troops may share one head ("11 Xian and UN soldiers"); an execution of a
// named person is a killing; a country closing a town's address is no relative clause's antecedent.
// Sentences written for these tests; the group is invented, the countries and towns real, the
// events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Fighting', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('violence readers with both sides named, round 46', () => {
  it.each([
    [
      'Azure Brigade fighters battled troops from the United Nations near the border.',
      'Azure Brigade ATTACKED United Nations',
    ],
    ['Chilean troops took control of Arica village on Monday.', 'Chile ATTACKED Arica'],
    ['Chilean troops took control of Arica village and Iquique town on Monday.', 'Chile ATTACKED Iquique'],
    [
      'Ten Peruvian soldiers died on Friday in an ambush by Azure Brigade guerrillas.',
      'Azure Brigade KILLED Peru',
    ],
    ['Peruvian commandos engaged Azure Brigade fighters near the border.', 'Peru ATTACKED Azure Brigade'],
    [
      'The Azure Brigade attacked a joint Chilean-Peruvian patrol near the border.',
      'Azure Brigade ATTACKED Peru',
    ],
    [
      'Azure Brigade fighters killed 11 Peruvian and UN soldiers near the border.',
      'Azure Brigade KILLED Peru',
    ],
    ["Peru's execution of Pedro Alvarez drew protests abroad.", 'Peru KILLED Pedro Alvarez'],
  ])('reads the act: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // the country closes the town's address; the clause is said of the attack
    [
      'The Azure Brigade claimed the attack on a patrol near Arica, Chile, which killed four Peruvian soldiers.',
      'Chile KILLED Peru',
    ],
    // the kind noun qualifies the capital, which is what was taken
    ['Peruvian troops recaptured the Arica province capital from the Azure Brigade.', 'Peru ATTACKED Arica'],
    // the name before "base" says whose base it is, not whose side the militants are
    [
      'Chilean police drove the militants from the Azure Brigade base to the coast.',
      'Chile ATTACKED Azure Brigade',
    ],
    // condemning an execution is not doing it; executing a warrant kills no one
    ['Peru condemned the execution of Pedro Alvarez.', 'Peru KILLED Pedro Alvarez'],
    ['Peru executed a search warrant at the home of Pedro Alvarez.', 'Peru KILLED Pedro Alvarez'],
  ])('reads no such act: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
