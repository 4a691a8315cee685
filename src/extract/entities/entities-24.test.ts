// Entity shapes of round 24, each rebuilt in our own words with its nearest negative.
import {
  checkEntities as check,
  type EntityCase as Case,
  readEntities,
} from '../../../test/support/entity-cases';

describe('round 24 (entities: a lone surname after the district an official serves)', () => {
  const cases: Case[] = [
    [
      'Acting U.S. Attorney for the Eastern District of Virginia Morales said the men were charged.',
      ['Location:Eastern District of Virginia', 'Person:Morales'],
      ['Location:Eastern District of Virginia Morales'],
    ],
    [
      'Joining me are U.S. Attorney for the Southern District of Ohio Brennan and FBI Director Kash Lane.',
      ['Location:Southern District of Ohio', 'Person:Brennan'],
      ['Location:Southern District of Ohio Brennan'],
    ],
    [
      'Chief Judge of the District of Maryland Chuang ruled on Friday.',
      ['Location:District of Maryland', 'Person:Chuang'],
      [],
    ],
    [
      'U.S. Attorney for the Northern District of Georgia Ana Ruiz filed the case.',
      ['Location:Northern District of Georgia', 'Person:Ana Ruiz'],
      [],
    ],
    // nearest negatives: no title before the district, or a body's head word after the place
    [
      'He was charged in the Southern District of New York Tuesday.',
      ['Location:Southern District of New York'],
      ['Person:Tuesday'],
    ],
    [
      'The U.S. Attorney for the District of Columbia Office filed the case.',
      [],
      ['Person:Office', 'Person:Columbia Office'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: the serial comma before the last name of a list of people)', () => {
  const cases: Case[] = [
    ['Three men were charged: Omar Haddad, Karim Said, and Dilvar Oskan.', ['Person:Dilvar Oskan'], []],
    [
      'The suit names four partners—Lena Ortiz, Paul Brandt, Omar Haddad, and Dilvar Oskan—as defendants.',
      ['Person:Dilvar Oskan', 'Person:Lena Ortiz'],
      [],
    ],
    ['The delegation included Omar Haddad, Karim Said, and Tayrun Begli.', ['Person:Tayrun Begli'], []],
    ['Police questioned Omar Haddad, Karim Said, and Ferzan Kolbay on Monday.', ['Person:Ferzan Kolbay'], []],
    // nearest negative: one name before ", and" is no list, and unknown words there stay unread
    [
      'The minister met Omar Haddad, and Dilvar Oskan later joined them.',
      ['Person:Omar Haddad'],
      ['Person:Dilvar Oskan'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("round 24 (entities: a city's region is the city's place when the city is never named alone)", () => {
  const cases: Case[] = [
    [
      'Officials in the Lviv region said the strike damaged a fuel depot.',
      ['Location:Lviv'],
      ['Location:Lviv region'],
    ],
    ['Floods cut roads across the Mosul region this week.', ['Location:Mosul'], ['Location:Mosul region']],
    ['Shelling wounded four people in the Odesa region, the governor said.', ['Location:Odesa'], []],
    ['Farther south in the Kherson region, two villages lost power.', ['Location:Kherson'], []],
    // nearest negative: the article names the city as well, so the region stays a place of its own
    [
      'Rockets hit the Odesa region overnight, and later the port of Odesa itself was struck.',
      ['Location:Odesa region', 'Location:Odesa'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("round 24 (entities: an owner's apostrophe before the portfolio a body looks after)", () => {
  const cases: Case[] = [
    [
      "The rebels' National Committee for Prisoner's Affairs said 20 detainees were freed.",
      ["Organization:National Committee for Prisoner's Affairs"],
      ['Organization:National Committee for Prisoner'],
    ],
    [
      "The Ministry of Veterans' Affairs said pensions would rise.",
      ["Organization:Ministry of Veterans' Affairs"],
      ['Organization:Ministry of Veterans'],
    ],
    [
      "The Commission of Detainees' Affairs said the man died in custody.",
      ["Organization:Commission of Detainees' Affairs"],
      [],
    ],
    [
      "A Bureau for Refugees' Welfare report faulted the ministry.",
      ["Organization:Bureau for Refugees' Welfare"],
      [],
    ],
    // nearest negatives: an owner with no body's head before it, and a body owned by a group
    ["The minister for Hamas's affairs spoke to reporters.", ['Organization:Hamas'], []],
    [
      "A spokesman for Hamas's Rights Council said the vote failed.",
      ['Organization:Hamas'],
      ["Organization:Hamas's Rights Council"],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("round 24 (entities: a body's name ends before its city's field office and before the next title's holder)", () => {
  const cases: Case[] = [
    [
      'The arrest was announced by Special Agent in Charge Ana Ruiz of the Office of Trade Security Denver Field Office and Special Agent in Charge Mark Olsen.',
      ['Organization:Office of Trade Security', 'Person:Mark Olsen'],
      ['Organization:Office of Trade Security Denver Field Office and Special Agent'],
    ],
    [
      'The Bureau of Customs Audit and Director Lena Ortiz signed the order.',
      ['Organization:Bureau of Customs Audit', 'Person:Lena Ortiz'],
      ['Organization:Bureau of Customs Audit and Director Lena Ortiz'],
    ],
    [
      'Agents of the Office of Export Control Boston Field Office searched the warehouse.',
      ['Organization:Office of Export Control'],
      ['Organization:Office of Export Control Boston Field Office'],
    ],
    [
      'Chief of the Division of Fraud Review Chicago Field Division Paul Brandt testified.',
      ['Organization:Division of Fraud Review'],
      [],
    ],
    // nearest negatives: "and" between the words a body serves stays inside its name
    [
      'The Bureau of Industry and Security added the firm to its list.',
      ['Organization:Bureau of Industry and Security'],
      [],
    ],
    [
      'The Department of Health and Human Services said.',
      ['Organization:Department of Health and Human Services'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("round 24 (entities: a grouping's code by its number of states is a body)", () => {
  const cases: Case[] = [
    [
      'Troops of the G5 Sahel, a regional force of five states, patrolled the border.',
      ['Organization:G5 Sahel'],
      ['Location:Sahel'],
    ],
    ['The ministers reaffirmed their commitment to the C5+1 format.', ['Organization:C5+1'], []],
    ['The G9 condemned the coup in a joint statement.', ['Organization:G9'], []],
    ['Envoys of the A3+1 met the council in New York.', ['Organization:A3+1'], []],
    // nearest negatives: a model named by a letter and a number, and a listed grouping
    ['Soldiers carried G3 rifles through the village.', [], ['Organization:G3']],
    ['The P5+1 talks resumed in Vienna.', ['Organization:P5+1'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: a movement "in Opposition" is the wing of its own, not the parent)', () => {
  const cases: Case[] = [
    [
      'A spokesman for the KDLA-In-Opposition said its bases were shelled overnight.',
      ['Organization:KDLA-In-Opposition'],
      [],
    ],
    [
      "A spokesman for the Sudan People's Liberation Movement/Army In Opposition said troops attacked the town.",
      ["Organization:Sudan People's Liberation Movement/Army In Opposition"],
      ["Organization:Sudan People's Liberation Movement"],
    ],
    [
      "Fighters loyal to the Sudan People's Liberation Movement in Opposition seized the airstrip.",
      ["Organization:Sudan People's Liberation Movement in Opposition"],
      [],
    ],
    ['The Hamas-in-Opposition faction rejected the truce.', ['Organization:Hamas-in-Opposition'], []],
    // nearest negatives: the parent alone, a parent "in" a place, and an office's "-IO"
    [
      "The Sudan People's Liberation Movement said it would join the government.",
      ["Organization:Sudan People's Liberation Movement"],
      [],
    ],
    ['Hamas in Gaza said the talks had failed.', ['Organization:Hamas', 'Location:Gaza'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: a league named by several unknown words before its lower-case noun)', () => {
  const cases: Case[] = [
    ['Gangs, including the Kalvo Rana coalition, attacked the port.', ['Organization:Kalvo Rana'], []],
    ['The Tiko Sanm alliance seized the main road.', ['Organization:Tiko Sanm'], []],
    ['Police said the Boro Keza Dun coalition controls the slums.', ['Organization:Boro Keza Dun'], []],
    ['The Kalvo coalition attacked the port.', ['Organization:Kalvo'], []],
    // nearest negatives: a person's name before the noun, and no "the" before the words
    ['The Ana Ruiz coalition won the vote.', [], ['Organization:Ana Ruiz']],
    ['Kalvo Rana coalition talks stalled.', [], ['Organization:Kalvo Rana']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: "Islamic State in Iraq and …" is the listed group)', () => {
  const cases: Case[] = [
    [
      'Fighters of the Islamic State in Iraq and the Levant seized the town.',
      ['Organization:Islamic State'],
      ['Location:Levant'],
    ],
    ['The Islamic State in Iraq and Syria claimed the bombing.', ['Organization:Islamic State'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24 (entities: "Grand" before a religious title, and the mufti)', () => {
  const cases: Case[] = [
    ["The group tried to kill Egypt's former Grand Mufti Dilvar Oskan.", ['Person:Dilvar Oskan'], []],
    ['Mufti Tayrun Begli issued a ruling on the fast.', ['Person:Tayrun Begli'], []],
    ['Grand Imam Ferzan Kolbay condemned the bombing.', ['Person:Ferzan Kolbay'], []],
    ['Grand Ayatollah Omar Haddad issued a ruling.', ['Person:Omar Haddad'], []],
    // nearest negatives: "grand" before no title, and a place named "Grand"
    ['A grand jury indicted Omar Haddad.', ['Person:Omar Haddad'], []],
    ['The Grand Mosque in Mecca reopened.', ['Location:Grand Mosque'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));

  test('"Grand Ayatollah X" keeps "Ayatollah X" as a form of the name', () => {
    const [person] = readEntities('Grand Ayatollah Omar Haddad issued a ruling.');
    expect([...person.aliases]).toContain('Ayatollah Omar Haddad');
  });
});
