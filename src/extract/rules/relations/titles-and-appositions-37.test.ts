// Round 37: roles told by titles and appositions with both sides named. The head of a state's
// forces written as lower-case words after the country ("the chief of ⟦U.S.⟧ troops in
// ⟦Y⟧, General X"), a minister's portfolio after "of the", an envoy's "in" a city, a state's
// service set off after the name ("X, a former ⟦Chilean⟧ spy"), a minister "in ⟦C⟧", office
// holders named straight after the plural, and a body's standing between "the" and its name
// ("leader of the outlawed ⟦Y⟧"). Sentences written for these tests; the people and bodies are
// invented, the countries real.
import { extractArticle } from '../..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Roles', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('titles and appositions whose country or body is written with them', () => {
  it.each([
    // the head of a state's forces written as words, with and without the theatre
    [
      'Commander of Kenyan ground forces General Amos Otieno told reporters the base held.',
      'Amos Otieno MEMBER_OF Kenya',
    ],
    [
      'Separately, the chief of U.S. troops in Africa, General Tom Baker, says the gunmen are weak.',
      'Tom Baker MEMBER_OF United States',
    ],
    // a portfolio after "of the"
    [
      'The Chilean minister of the interior, Pedro Alvarez, said ten men were held.',
      'Pedro Alvarez MEMBER_OF Chile',
    ],
    // an envoy "in" a city serves the state written before the title
    [
      'In a radio interview the U.S. ambassador in Lima, Tom Baker, urged calm.',
      'Tom Baker MEMBER_OF United States',
    ],
    // a state's service set off after the name
    ['Officials named Pedro Alvarez, a former Chilean spy, as the target.', 'Pedro Alvarez MEMBER_OF Chile'],
    // a cabinet office held in a country
    [
      'Pedro Alvarez, a former defense minister in Chile, said the count was rigged.',
      'Pedro Alvarez MEMBER_OF Chile',
    ],
    // office holders named straight after the plural, no comma
    [
      'The bank froze the assets of former Chilean government ministers Pedro Alvarez and Juan Soto.',
      'Juan Soto MEMBER_OF Chile',
    ],
    // a body's standing between "the" and its name, after the name and before it
    [
      'Pedro Alvarez, leader of the unregistered Zamba Party, was detained in May.',
      'Pedro Alvarez LEADS Zamba Party',
    ],
    [
      'The president of the rebel Zamba Front (ZF), Pedro Alvarez, told reporters the hostages were freed.',
      'Pedro Alvarez LEADS Zamba Front',
    ],
  ])('"%s" gives %s', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // rebels of a country are not its forces
    [
      'Commander of Kenyan rebel forces General Amos Otieno told reporters the base held.',
      'Amos Otieno MEMBER_OF Kenya',
    ],
    // an envoy in another country is not that country's
    ['The Peruvian ambassador in Chile, Pedro Alvarez, urged calm.', 'Pedro Alvarez MEMBER_OF Chile'],
    // an office that opens the main clause after a phrase is not the name's
    ['After talks with Pedro Alvarez, a Chilean spy fled the country.', 'Pedro Alvarez MEMBER_OF Chile'],
    // another's office: the spy's son holds none
    ['Pedro Alvarez, a Chilean spy’s son, was questioned.', 'Pedro Alvarez MEMBER_OF Chile'],
    // work in a country that is no cabinet office
    ['Pedro Alvarez, a teacher in Chile, said the count was rigged.', 'Pedro Alvarez MEMBER_OF Chile'],
    // the title's "of the" names no portfolio and no name follows the title
    ['The Chilean minister of the interior met Pedro Alvarez, a lawyer.', 'Pedro Alvarez MEMBER_OF Chile'],
    // the head of a part of the body leads no whole
    [
      'Pedro Alvarez, leader of the youth wing of the Zamba Party, was detained in May.',
      'Pedro Alvarez LEADS Zamba Party',
    ],
  ])('"%s" does not give %s', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
