// Round 42: attacks and killings on unseen text. An owned act of force whose qualifiers are joined
// by "and" or are words compromise may tag a verb ("X's unjustified war against Y", "X's illegal
// and immoral war against Y"); a gerund after "by" that tells the means, not the author; a defender
// who "fights back against" an aggression, or an aggression qualified that way; and a claim made
// by a participle ("issued a video claiming responsibility for …") or for "staging" or
// "carrying out" the attack; and a state named by a possessive on outlaws it only harbours ("an
// offensive against X's cartels") is not struck. Sentences written for these tests; the group is invented, the
// countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Fighting', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('attacks and killings on unseen text, round 42', () => {
  it.each([
    ['Officials in Lima discussed Chile’s unjustified war against Peru.', 'Chile ATTACKED Peru'],
    ['Officials in Lima discussed Chile’s illegal and immoral war against Peru.', 'Chile ATTACKED Peru'],
    [
      'The pact answers the facilitation of Chile’s war against Peru by lending its ports to the fleet.',
      'Chile ATTACKED Peru',
    ],
    [
      'The ministers agreed on continued help to Peru in the face of Chile’s unprovoked invasion.',
      'Chile ATTACKED Peru',
    ],
    [
      'They discussed aid to the people of Peru as they fight back against Chile’s brutal war.',
      'Chile ATTACKED Peru',
    ],
    [
      'Gunmen attacked a Chilean army base on Monday. The Azure Brigade issued a video claiming responsibility for that ambush.',
      'Azure Brigade ATTACKED Chile',
    ],
    [
      'Gunmen attacked a Chilean army base on Monday. The Azure Brigade claimed responsibility for staging the raid.',
      'Azure Brigade ATTACKED Chile',
    ],
    [
      'Gunmen attacked a Chilean army base on Monday. The Azure Brigade claimed responsibility for carrying out the assault.',
      'Azure Brigade ATTACKED Chile',
    ],
    // a state's own forces, named by a possessive, are struck
    ['Peru launched an offensive against Chile’s army in the north.', 'Peru ATTACKED Chile'],
  ])('reads the attack: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // "and" joins qualifiers of an act of force only: mediated talks are no one's talks
    [
      'Chile agreed to Peruvian-mediated and direct talks with the Azure Brigade on Monday.',
      'Peru COOPERATED Azure Brigade',
    ],
    // a war with no one named against it
    ['Officials in Lima discussed Chile’s long and costly civil war.', 'Chile ATTACKED Peru'],
    // a defence that is only wished for
    ['They said Peru would fight back against Chile’s brutal war.', 'Chile ATTACKED Peru'],
    // a denial is no claim
    [
      'Gunmen attacked a Chilean army base on Monday. The Azure Brigade issued a video denying responsibility for that ambush.',
      'Azure Brigade ATTACKED Chile',
    ],
    // staging a protest is no attack
    [
      'Gunmen attacked a Chilean army base on Monday. The Azure Brigade claimed responsibility for staging the protest.',
      'Azure Brigade ATTACKED Chile',
    ],
    // the outlaws a state only harbours: the state is not struck
    [
      'President Lopez opened an offensive on Mexico’s violent cartels in his first year.',
      'Lopez ATTACKED Mexico',
    ],
    // a statement whose verb has no named subject
    [
      'Gunmen attacked a Chilean army base on Monday. A video claiming responsibility for that ambush was posted online.',
      'Azure Brigade ATTACKED Chile',
    ],
  ])('reads no attack: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
