// Table tests for round 16's entity shapes, on invented sentences: outlets named beside their
// medium's noun, platforms officials post on, a state's court, election commission or parliament
// after its possessive, and task forces that are no actors.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('news outlets by the noun of their medium', () => {
  const cases: Case[] = [
    [
      'According to the Ruritanian newspaper La Voz, the ransom was paid.',
      ['Organization:La Voz'],
      ['Person:La Voz'],
    ],
    [
      'Earlier, the Vanguard newspaper reported that the officers were convicted.',
      ['Organization:Vanguard'],
      [],
    ],
    ['The claim was cited by the Al-Nabaa news agency.', ['Organization:Al-Nabaa'], ['Person:Al-Nabaa']],
    ['He worked as a cameraman for the television station KTR.', ['Organization:KTR'], []],
    [
      'Rebel press service NRA quoted him as saying the town fell.',
      ['Organization:NRA'],
      ['Organization:Rebel'],
    ],
    ['The minister told Israel’s Channel 14 that talks had failed.', ['Organization:Channel 14'], []],
    ['The commander told KTV news on Friday that more troops were needed.', ['Organization:KTV'], []],
    [
      'The Morning Daily Courier reported that the bridge was closed.',
      ['Organization:Morning Daily Courier'],
      [],
    ],
    ['The Tribune reported that the judge had resigned.', ['Organization:Tribune'], []],
    // no medium's noun beside it: the name is left as it was
    ['The Post was overrun by rebels on Sunday.', [], ['Organization:Post']],
    ['Ana Ruiz told the newspaper that she would run.', ['Person:Ana Ruiz'], ['Organization:Ana Ruiz']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('platforms officials post on', () => {
  const cases: Case[] = [
    ['The governor said on Telegram that a school was hit.', ['Organization:Telegram'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("a state's own bodies after its possessive", () => {
  const cases: Case[] = [
    ["Chad's constitutional court has upheld the result.", ['Organization:Chadian Constitutional Court'], []],
    [
      "The head of Mali's election commission rejected the complaint.",
      ['Organization:Malian Election Commission'],
      [],
    ],
    [
      "The speaker of Ghana's parliament was sworn in as interim leader.",
      ['Organization:Ghanaian Parliament'],
      [],
    ],
    // a ministry after the possessive is the state's voice as often (left to the state)
    [
      "Chad's foreign ministry condemned the raid.",
      ['Country:Chad'],
      ['Organization:Chadian Foreign Ministry'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('places by the words around them', () => {
  const cases: Case[] = [
    [
      'Fighting raged near the Zorana towns of Tipo Lato and Al-Marsa.',
      ['Location:Tipo Lato', 'Location:Al-Marsa'],
      [],
    ],
    [
      'In Vista Alta, more than 200 km south of the capital, soldiers guarded the fields.',
      ['Location:Vista Alta'],
      ['Person:Vista Alta'],
    ],
    [
      'Aircraft were sent to Hamrat al-Tayeb, where fighting is continuing.',
      ['Location:Hamrat al-Tayeb'],
      ['Person:Hamrat al-Tayeb'],
    ],
    ['In Lodrie, a community of about 150, many were still asleep.', ['Location:Lodrie'], []],
    ['The hostages were freed in the southeastern department of Varuco.', ['Location:Varuco'], []],
    // a body's department, and an event run on from a body's name, are no places
    ['The Department of Commerce said so.', [], ['Location:Department of Commerce']],
    [
      'They discussed the coming Polar Council Ministerial, where they will meet.',
      [],
      ['Location:Ministerial'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('people after their nationality', () => {
  const cases: Case[] = [
    ['The hostages were 26-year-old Kenyan Moragwa Oirere and a driver.', ['Person:Moragwa Oirere'], []],
    ['The Somali Shabelle Valley flooded again.', [], ['Person:Shabelle Valley']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('companies and places by an office or holding', () => {
  const cases: Case[] = [
    ['Shares of Corvana fell 5 percent on Monday.', ['Organization:Corvana'], []],
    [
      'The chief executive of Mendiso, Paula Grant, resigned.',
      ['Organization:Mendiso', 'Person:Paula Grant'],
      [],
    ],
    ["Altamir's chief executive, Tom Hale, said the deal would close.", ['Organization:Altamir'], []],
    ['Brixley, a subsidiary of Toranto Group, makes drones.', ['Organization:Brixley'], []],
    ['Haldor Kasik, the mayor of Vindor, was arrested.', ['Location:Vindor', 'Person:Haldor Kasik'], []],
    ['Residents of Kujama said gunmen came at night.', ['Location:Kujama'], ['Person:Kujama']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
