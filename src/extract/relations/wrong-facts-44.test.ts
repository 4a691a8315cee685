// Round 44: wrong facts on fresh news (second pool). Shapes that gave a fact the sentence does not
// state: a name that qualifies the next speaker ("⟦Y⟧ army spokesman") read as a place's country; a
// list whose items each carry an aside of where read as place and region; the body whose
// resolutions are violated read as the one criticised; a venue after "met before, including at"
// read as a party; a dealing verb's hosted meeting read as a party; a second title of an earlier
// person's apposition read as the next person's; a call on two sides to work together read as a
// demand of each; a region's chief minister read as a national minister; a head of government
// dropped as the head of state's rival; a Timorese leader filed under Indonesia by the reference
// data. Sentences written for these tests; the people and groups are invented (one Timorese
// leader is taken from the reference data), the countries real.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'News', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('wrong facts on fresh news, round 44', () => {
  it.each([
    // a name that qualifies the next phrase's speaker is no place's country
    [
      'The wounded were flown to a hospital in Arica, a port in neighbouring Tarapaca Region, Peru army spokesman Colonel Luis Mora said.',
      'Tarapaca Region LOCATED_IN Peru',
    ],
    // a list whose items each say where they lie
    [
      'The strikes hit several towns, including Arica, Iquique (in the north), Talca (in the centre), Osorno, Temuco (in the south), Valdivia (on the coast) and even the capital.',
      'Arica LOCATED_IN Iquique',
    ],
    [
      'The strikes hit several towns, including Arica, Iquique (in the north), Talca (in the centre), Osorno, Temuco (in the south), Valdivia (on the coast) and even the capital.',
      'Osorno LOCATED_IN Temuco',
    ],
    // the body whose rules are broken
    [
      "Chile's foreign ministry condemned the missile test as a violation of United Nations Security Council resolutions.",
      'Chile CRITICIZED UN Security Council',
    ],
    // the venue of earlier meetings, and a forum whose name opens on a place
    [
      'Foreign Minister Ola Berg and his Chilean counterpart Juan Rojas began their annual talks. Berg and Rojas had met before, including at the African Union in Addis Ababa and at a summit in Lima.',
      'Ola Berg COOPERATED African Union',
    ],
    [
      'Foreign Minister Ola Berg and his Chilean counterpart Juan Rojas began their annual talks. Berg and Rojas had met before, including at a Pacific Islands Forum gathering in Suva and at a summit in Lima.',
      'Ola Berg COOPERATED Pacific Islands',
    ],
    // a meeting hosted
    [
      "Chilean police will help Peru host the Andean Leaders Forum (ALF) leaders' meeting in August.",
      'Peru COOPERATED Leaders Forum',
    ],
    // the second title of an earlier person's apposition
    [
      'The Chilean team included Pedro Soto, the Security Director and head of the Chilean Security Intelligence Agency, General Luis Mena, chief of the Chilean Secret Service, and Ana Rojas.',
      'Luis Mena LEADS Chilean Security Intelligence Agency',
    ],
    // a call on two sides to act as one
    [
      'President Pedro Soto said on Tuesday that Norway and Chile should work together against smuggling from Peru.',
      'Pedro Soto DEMANDED Norway',
    ],
    [
      'President Pedro Soto said on Tuesday that Norway and Chile should work together against smuggling from Peru.',
      'Pedro Soto DEMANDED Chile',
    ],
    // a region's own head
    [
      'The delegation includes Tarapaca Chief Minister Ahmad Noor, Foreign Minister Juan Rojas, and other key ministers. Chile and Peru signed deals. Chile said the talks went well. Chile hosted them.',
      'Ahmad Noor MEMBER_OF Chile',
    ],
    // a Timorese leader the reference data filed under Indonesia only
    [
      'Indonesia and Timor-Leste signed a border deal. Indonesia said the deal was fair. Indonesia will open a consulate. Prime Minister Mari Alkatiri said the deal was good for Indonesia.',
      'Mari Alkatiri LEADS Indonesia',
    ],
  ])('does not read a fact the sentence does not state: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });

  it.each([
    // a place and its country before a speaker still lie in each other
    ['The wounded were flown to Temuco, Chile, army officials said.', 'Temuco LOCATED_IN Chile'],
    // the act condemned still names its author
    [
      "Chile's foreign ministry condemned Peru's missile test as a violation of United Nations resolutions.",
      'Chile CRITICIZED Peru',
    ],
    // a meeting at a venue, with its party named
    ['Ola Berg met Juan Rojas at the summit in Lima.', 'Ola Berg COOPERATED Juan Rojas'],
    ['Norway hosted Chile on Monday.', 'Norway COOPERATED Chile'],
    // a head's title with its holder right after it
    [
      'The talks were led by the head of the Chilean Security Intelligence Agency, Major General Luis Mena.',
      'Luis Mena LEADS Chilean Security Intelligence Agency',
    ],
    // a demand of each of two sides
    [
      'President Pedro Soto said Tuesday that Norway and Chile should withdraw their troops from the border.',
      'Pedro Soto DEMANDED Norway',
    ],
    // a president and a prime minister of one country, written in the sentence
    [
      'Chile joined the bloc on Sunday. President Ana Ruiz and Prime Minister Pedro Soto signed the accession treaty that made Chile a member of the bloc.',
      'Ana Ruiz LEADS Chile',
    ],
    [
      'Chile joined the bloc on Sunday. President Ana Ruiz and Prime Minister Pedro Soto signed the accession treaty that made Chile a member of the bloc.',
      'Pedro Soto LEADS Chile',
    ],
    [
      'Indonesia and Timor-Leste signed a border deal. Indonesia said the deal was fair. Indonesia will open a consulate. Prime Minister Mari Alkatiri said the deal was good for Indonesia.',
      'Mari Alkatiri LEADS Timor-Leste',
    ],
  ])('still reads the fact: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });
});
