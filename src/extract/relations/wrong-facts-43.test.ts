// Round 43: wrong facts on unseen text. Shapes that gave a fact the sentence does not state: a
// bare "gunmen" after a sentence that turns to another incident ("Elsewhere …"); an act someone is
// urged not to do; an indefinite act in a clause of saying with "that" left out; an office of one
// state only ("Secretary of State") given the article's other state; a deputy's, an envoy's or a
// field head's title read as the head's; a name joined by a hyphen to the next modifier read as the
// one backed; a possessor's act against a titled person read as the person's office; a country
// that says where a place lies read as an actor; a state that undergoes a killing read as the
// killer. Sentences written for these tests; the groups and people are invented, the countries real.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'News', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('wrong facts on unseen text, round 43', () => {
  it.each([
    // a bare plural across a turn to another incident
    [
      'The area was until recently under the control of militants linked to terrorist networks, including the Azure Brigade. Elsewhere in Chile Saturday, gunmen killed four police officers in an ambush in Arica. President Luis Mora has condemned the attack.',
      'Luis Mora CRITICIZED Azure Brigade',
    ],
    [
      'Officials said the blast hit a farm used by villagers who oppose the Azure Brigade. In other violence Sunday, a bomb exploded in Santiago. Gunmen also killed two Chilean policemen in Arica.',
      'Azure Brigade KILLED Chile',
    ],
    // an act one is urged not to do, or told of as a rule
    [
      'Peru and Chile urged Bolivia not to launch a cross-border incursion into Argentina.',
      'Bolivia ATTACKED Argentina',
    ],
    [
      'Peru reaffirms an armed attack on Chilean vessels would invoke the mutual defense treaty.',
      'Peru ATTACKED Chile',
    ],
    // an office of one state only, in a readout that never names that state
    [
      'Secretary of State Ana Ruiz spoke by phone today with Chilean Armed Forces (CAF) General Luis Mora. Secretary Ruiz and General Mora discussed the need to urgently end the conflict in Chile and enable aid to the Chilean people.',
      'Ana Ruiz MEMBER_OF Chile',
    ],
    [
      'Assistant Secretary of State Ana Ruiz says sending in peacekeepers would be in the interest of the Chilean people. Chile rejected the plan. The government of Chile said troops were not needed in Chile.',
      'Ana Ruiz MEMBER_OF Chile',
    ],
    // titles that name another's office
    ['Police detained deputy Azure Party chairperson Ana Ruiz on Monday.', 'Ana Ruiz LEADS Azure Party'],
    [
      'Peru backs UN Special Representative of the Secretary-General Ana Ruiz and her plan for talks.',
      'Ana Ruiz LEADS United Nations',
    ],
    [
      '"We will keep up the pressure," said Col. Luis Mora, the Azure Brigade\'s director of operations.',
      'Luis Mora LEADS Azure Brigade',
    ],
    [
      'The national security chairman of the Azure Front, Luis Mora, said his forces would attack.',
      'Luis Mora LEADS Azure Front',
    ],
    // a place-name modifier after the backer, not the one backed
    [
      'Clashes spread as the Peruvian-backed Bolivia-based militant group Azure Front advanced.',
      'Peru SUPPORTS Bolivia',
    ],
    // the possessor's act against a titled person
    [
      'A spokesman said Chile’s unjustified action against Ambassador Luis Mora left Peru no option.',
      'Luis Mora MEMBER_OF Chile',
    ],
    // a state that undergoes a killing
    [
      'Chile is experiencing record levels of violence, including the assassination of mayor Luis Mora.',
      'Chile KILLED Luis Mora',
    ],
    // a country that says where a place lies
    [
      'Peru accused separatists of breaking the truce the two sides signed in La Paz, Bolivia last month, saying the rebels had fired rockets at Peruvian positions.',
      'Bolivia ATTACKED Peru',
    ],
  ])('does not read a fact the sentence does not state: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });

  it.each([
    // a bare plural in the same incident still refers back
    [
      'The Azure Brigade has fought the army in the northern hills for a decade. On Sunday, gunmen killed three Chilean police officers in an ambush in Arica.',
      'Azure Brigade ATTACKED Chile',
    ],
    ['Bolivia launched a cross-border incursion into Argentina.', 'Bolivia ATTACKED Argentina'],
    ['Police detained Azure Party chairperson Ana Ruiz on Monday.', 'Ana Ruiz LEADS Azure Party'],
    [
      'The United States and Chile discussed the crisis. Secretary of State Ana Ruiz spoke by phone today with Chilean Army General Luis Mora.',
      'Ana Ruiz MEMBER_OF United States',
    ],
    [
      'Clashes spread as the Peruvian-backed militant group Azure Front advanced.',
      'Peru SUPPORTS Azure Front',
    ],
  ])('still reads the fact: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });
});
