// Table tests for the names that come from reference dictionaries rather than from the
// articles the rules were written on: the Phoenix country records' places, state bodies and
// people (scripts/build-actors.mjs), and the general shapes that name places, ships and
// people with no gazetteer, on invented sentences.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('places from the country records, with no context', () => {
  const cases: Case[] = [
    ['Ituri remains tense after the raid.', ['Location:Ituri'], []],
    ['Khost was quiet on Friday, officials said.', ['Location:Khost'], []],
    // inside a longer name the usual rules read it: a person, a province by its head word
    ['Andy Murray won the match.', ['Person:Andy Murray'], ['Location:Murray']],
    ['Troops moved through Khost Province overnight.', ['Location:Khost Province'], ['Location:Khost']],
    // a place does not speak; a word of a person the article named is that person's
    ['Juarez said the talks had failed.', [], ['Location:Juarez']],
    [
      'The court heard Ana Juarez Soto. Juarez denied the charge.',
      ['Person:Ana Juarez Soto'],
      ['Location:Juarez'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('state bodies and people from the country records', () => {
  const cases: Case[] = [
    ['The Federation Council approved the bill on Wednesday.', ['Organization:Federation Council'], []],
    ['Sam Rainsy criticised the vote count.', ['Person:Sam Rainsy'], []],
    // one record per body: the lists' other names filed under it are bodies of their own
    [
      'The Overseas Private Investment Corporation signed the loan.',
      ['Organization:Overseas Private Investment Corporation'],
      ['Organization:Federal Trade Commission'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('places, ships and people named by their shape', () => {
  const cases: Case[] = [
    ['Gunmen attacked a school in Zamfara state.', ['Location:Zamfara State'], []],
    ['People fled fighting in nearby Oruzgo and Tirak districts.', ['Location:Oruzgo', 'Location:Tirak'], []],
    ['Inspectors want to visit the Dorvan military site.', ['Location:Dorvan'], ['Organization:Dorvan']],
    ['The regime shut down its Kessan nuclear reactor.', ['Location:Kessan'], []],
    ['NST agreed to pay the State of Nevada.', ['Location:Nevada'], ['Location:State of Nevada']],
    ['The destroyer USS Carney shot down three drones.', ['Location:USS Carney'], []],
    ['Veterans toured the USS Nimitz and HMS Ocean.', ['Location:USS Nimitz', 'Location:HMS Ocean'], []],
    // a conjunct of a person's name is a person's name
    ['Also named today are Tendai Moyo and Joe Banda.', ['Person:Tendai Moyo', 'Person:Joe Banda'], []],
    ['Also named today are Joe Banda and Tendai Moyo.', ['Person:Tendai Moyo', 'Person:Joe Banda'], []],
    // another first name before a known surname is a relative, a title is not
    [
      'President Ana Ruiz spoke. Sanctions also hit Tomas Ruiz, her nephew.',
      ['Person:Ana Ruiz', 'Person:Tomas Ruiz'],
      ['Person:Tomas'],
    ],
    ['Ana Ruiz spoke. The envoy thanked Minister Ruiz.', ['Person:Ana Ruiz'], ['Person:Minister Ruiz']],
    // the object of a verb of meeting or appointing
    ['The adviser met Chen Liwei in Vienna.', ['Person:Chen Liwei', 'Location:Vienna'], []],
    // a full name whose last word speaks later in the article
    [
      'Witnesses saw Abdirahman Warsame flee. Warsame said he was afraid.',
      ['Person:Abdirahman Warsame'],
      ['Person:Warsame'],
    ],
    // an apposition says what an unknown name is
    ['It seems that Varunda, a party that began as a militia, came second.', ['Organization:Varunda'], []],
    ['Reporters toured Kessa, a town in central Mali.', ['Location:Kessa', 'Country:Mali'], []],
    ['Regulators fined Altrix, a telecom company based in Ohio.', ['Organization:Altrix'], []],
    ['Gunmen attacked Bakasi Mara, a village near the border.', ['Location:Bakasi Mara'], []],
    ['Ana Ruiz, a party official, said so.', ['Person:Ana Ruiz'], ['Organization:Ana Ruiz']],
    // a legal form ends a company's name
    ['Treasury designated Inversiones Roca S.A. and its owner.', ['Organization:Inversiones Roca S.A.'], []],
    ['Nordwerk AG said profits fell.', ['Organization:Nordwerk AG'], []],
    // "wal-" ("and the") inside a group's name
    [
      'Fighters of Jamaat Nusrat al-Islam wal-Muslimin attacked the town.',
      ['Organization:JNIM'],
      ['Person:Jamaat Nusrat al-Islam', "Location:Jama'at Nusrat al-Islam"],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
