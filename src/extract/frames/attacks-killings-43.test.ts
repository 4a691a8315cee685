// Round 43: attacks and killings on unseen text. Ground taken back ("recaptured the port of X",
// "retook several areas of X") is ground attacked, as ground captured is; a place a relative clause
// took up before the taker ("X, which Y captured in 1990", "the town of X, which Y recaptured from
// Z") is the ground taken; "Y fell to X" after a place noun ("the X district that fell to Y") or in
// a relative after a comma whatever governs the place ("to retake control of X, which fell to Y");
// bare forces in a state's own words ("A Xian army spokesman says troops killed …") are the
// state's; "hostilities on X" is an attack on X; a battle "at sea between X and Y" has two sides.
// Sentences written for these tests; the groups are invented, the places and countries real, the
// events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Fighting', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('attacks and killings on unseen text, round 43', () => {
  it.each([
    ['Peruvian troops recaptured the port of Arica on Monday.', 'Peru ATTACKED Arica'],
    ['Peruvian soldiers retook the hill town of Arica after a week of shelling.', 'Peru ATTACKED Arica'],
    ['Talks stalled over the port of Arica, which Peru captured in the 1990 war.', 'Peru ATTACKED Arica'],
    [
      'A bomb hit the port of Arica, which the Azure Brigade recaptured from Chile last week.',
      'Azure Brigade ATTACKED Arica',
    ],
    [
      'Peru plans to retake control of Basra, which fell to the Azure Brigade last week.',
      'Azure Brigade ATTACKED Basra',
    ],
    [
      'Fighting goes on near the volatile Arica district that fell to the Azure Brigade last week.',
      'Azure Brigade ATTACKED Arica',
    ],
    [
      'A Peruvian army spokesman says troops killed 30 Azure Brigade fighters during the raid.',
      'Peru KILLED Azure Brigade',
    ],
    [
      'The Peruvian military says soldiers have killed nine members of the Azure Brigade in a shootout.',
      'Peru ATTACKED Azure Brigade',
    ],
    [
      "Officials condemned Chile's and the Azure Brigade's hostilities on Arequipa.",
      'Azure Brigade ATTACKED Arequipa',
    ],
    [
      'This came a day after a fierce battle at sea between the Peruvian Navy and the Azure Brigade.',
      'Azure Brigade ATTACKED Peruvian Navy',
    ],
  ])('reads the attack: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a recapture only hoped for is no act
    ['Peru hoped to retake the hill town of Arica after a week of talks.', 'Peru ATTACKED Arica'],
    // a state whose own ground is taken back is not attacked
    ['Peruvian troops recaptured large parts of Chile from the Azure Brigade.', 'Peru ATTACKED Chile'],
    // people a relative took up are no ground
    ['The Azure Brigade fighters that Peru captured in Arica were freed.', 'Peru ATTACKED Azure Brigade'],
    // in a group's words the troops are its enemy's, not its own
    ['An Azure Brigade spokesman says troops attacked its camp near Arica.', 'Azure Brigade ATTACKED Arica'],
    // troops a person speaks of are no one's named side
    ['A Peruvian priest says troops killed 30 Azure Brigade fighters.', 'Peru KILLED Azure Brigade'],
    // hostilities only feared
    ['Officials feared hostilities on Arequipa by Chile.', 'Chile ATTACKED Arequipa'],
  ])('states no attack: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
