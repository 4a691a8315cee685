// Round 45: standing conflict told by a noun, with no verb of an act. An insurgency, rebellion or war
// waged in a country is waged against it ("X has waged an insurgency in Y", "X's illegal war in Y");
// "combat" and "gunfight" are fight nouns of two sides ("X and Y are engaged in fierce combat"); a
// fight that "has broken out" between two sides, also after "in the streets of" a town; and a
// possessed two-sided fight noun has both sides ("X's clashes / conflict with Y": each attacked the
// other); a government named for its head ("the government of Xian President Y") is fought as Y's
// state too. Sentences written for these tests; the group is invented, the countries real, the events
// invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Conflict', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('conflict nouns on unseen text, round 45', () => {
  it.each([
    ['The Azure Brigade has waged an insurgency in Peru since 1990.', 'Azure Brigade ATTACKED Peru'],
    [
      'The Azure Brigade, which has been waging a bloody rebellion in southern Peru for a decade, denied the raid.',
      'Azure Brigade ATTACKED Peru',
    ],
    ['Ministers discussed aid to the victims of Chile’s illegal war in Peru.', 'Chile ATTACKED Peru'],
    [
      'Peruvian troops and the Azure Brigade are engaged in fierce combat near the river.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'Peruvian troops and the Azure Brigade are engaged in fierce combat near the river.',
      'Azure Brigade ATTACKED Peru',
    ],
    [
      'Fighting has broken out between the Azure Brigade and Peruvian soldiers.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      'Heavy fighting has broken out in the streets of Peru’s main port Callao between the Azure Brigade and Chilean troops.',
      'Chile ATTACKED Azure Brigade',
    ],
    [
      'The Azure Brigade is expanding its conflict with Peruvian authorities into the mountains.',
      'Peru ATTACKED Azure Brigade',
    ],
    ['Chile’s clashes with the Azure Brigade left ten people dead.', 'Azure Brigade ATTACKED Chile'],
    [
      'Azure Brigade fighters are battling to overthrow the government of Peruvian President Lena Dahl.',
      'Azure Brigade ATTACKED Peru',
    ],
    [
      'The Azure Brigade has been fighting the government of Peruvian President Lena Dahl since 2019.',
      'Peru ATTACKED Azure Brigade',
    ],
  ])('reads the fight: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a war in a country with no one waging it
    ['Peru called for an end to the war in Chile.', 'ATTACKED'],
    // joining a war in a country is no war against it
    ['Azure Brigade fighters joined the war in Chile last year.', 'Azure Brigade ATTACKED Chile'],
    // a civil war is the country's own, against no one named
    ['Peru’s civil war in the 1980s killed thousands of people.', 'ATTACKED'],
    // an insurgency in a town names where, not whom
    ['The Azure Brigade has waged an insurgency in Lima since 1990.', 'Azure Brigade ATTACKED Lima'],
    // a fight that has broken out with one side named only
    ['Fighting has broken out in Peru after the vote.', 'ATTACKED'],
    // a deal signed after clashes: the clashes are in a time adjunct of the signing
    ['Peru signed a deal with Chile after clashes with the Azure Brigade.', 'Azure Brigade ATTACKED Peru'],
    // a government named for its head stands for the state only in a fight
    ['Chile stands with the elected government of Peruvian President Lena Dahl.', 'Chile SUPPORTS Peru'],
    // a head's residence is no government
    [
      'Azure Brigade fighters attacked the residence of Peruvian President Lena Dahl.',
      'Azure Brigade ATTACKED Peru',
    ],
  ])('reads no fight from "%s"', (text, absent) => {
    expect(all(text).filter((f) => f.includes(absent))).toEqual([]);
  });
});
