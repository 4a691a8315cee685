// Entity errors the lead found in fresh news outside the gold (round 26), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 26 (entities: a word that qualifies a mayor is no town)', () => {
  const cases: Case[] = [
    // a word of English, or a word after the city's own name, qualifies the office
    [
      'Police detained Vindor Metropolitan Mayor Ana Ruiz on Friday.',
      ['Person:Ana Ruiz'],
      ['Location:Metropolitan'],
    ],
    ['Acting Mayor Ana Ruiz said the roads were closed.', ['Person:Ana Ruiz'], ['Location:Acting']],
    ['Greater Vindor Mayor Ana Ruiz resigned.', ['Location:Greater Vindor'], ['Location:Greater']],
    // the nearest negatives: an unknown town's own name before "Mayor" is still the town
    ['Police arrested Santa Lucia Mayor Daniel Cortes.', ['Location:Santa Lucia'], []],
    ['Vindor Mayor Ana Ruiz resigned.', ['Location:Vindor'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 26 (entities: a name written in capitals inside a sentence keeps them)', () => {
  const cases: Case[] = [
    [
      'The commission fined the energy firm VOLTA AG on Wednesday.',
      ['Organization:VOLTA AG'],
      ['Organization:Volta Ag'],
    ],
    ['Regulators fined KEMIRO SE on Monday.', ['Organization:KEMIRO SE'], ['Organization:Kemiro Se']],
    // the nearest negative: a speaker's label in capitals opens its line and reads as a name
    ['DEPUTY SPOKESPERSON ANA RUIZ: Thank you all for coming.', ['Person:Ana Ruiz'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 26 (entities: a given name of two syllables after a title with "of")', () => {
  const cases: Case[] = [
    ['Minister of Foreign Affairs Han Ji-woo stressed the talks.', ['Person:Han Ji-woo'], []],
    ['Secretary of State Han Ji-woo said the talks went well.', ['Person:Han Ji-woo'], []],
    [
      'Minister of Defense Han Ji-woo visited the base.',
      ['Person:Han Ji-woo'],
      ['Person:Defense Han Ji-woo'],
    ],
    // the nearest negative: a modifier after a name after "of" still ends the name
    ['The chief of the Vindor-based Acme Group resigned.', [], ['Organization:Vindor-based Acme Group']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 26 (entities: a nickname in straight single quotes; Timor Leste unhyphened)', () => {
  const cases: Case[] = [
    [
      "Police hunted gang leader Tomas 'Lobo' Herrera on Monday.",
      ['Person:Tomas Lobo Herrera'],
      ['Person:Tomas'],
    ],
    ['Police hunted gang leader Tomas "Lobo" Herrera on Monday.', ['Person:Tomas Lobo Herrera'], []],
    // the nearest negative: a plural's apostrophe before a name is no quote
    ["The rebels' leader Ana Ruiz spoke.", ['Person:Ana Ruiz'], []],
    [
      'The minister met her counterparts from Australia and Timor Leste.',
      ['Country:Timor-Leste'],
      ['Location:Leste'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 26 (entities: the UN missions by their English names and acronyms)', () => {
  const cases: Case[] = [
    [
      'Gunmen attacked a base of the United Nations Organization Stabilization Mission in the Democratic Republic of Congo (MONUSCO) on Monday.',
      ['Organization:MONUSCO'],
      ['Organization:United Nations Organization Stabilization Mission'],
    ],
    [
      'A convoy of the UN Mission in South Sudan was attacked.',
      ['Organization:UNMISS'],
      ['Country:South Sudan'],
    ],
    ['MINUSMA peacekeepers were killed near Ber.', ['Organization:MINUSMA'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
