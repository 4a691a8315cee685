// Names cut short, round 47: a body's name that runs on over "to", "in the", "Against", a city
// or a number, each row in our own words with its nearest negative.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 47 (entities: a body named for its purpose, "to" and a capitalised verb)', () => {
  const cases: Case[] = [
    [
      'Envoys of the Northern Coalition to Defeat Kelvar met in Tarvos on Monday.',
      ['Organization:Northern Coalition to Defeat Kelvar'],
      ['Organization:Northern Coalition', 'Organization:Defeat'],
    ],
    [
      'The Regional Committee to Protect the Kelvar Delta said the mine had been closed.',
      ['Organization:Regional Committee to Protect the Kelvar Delta'],
      ['Organization:Regional Committee'],
    ],
    // a listed body asked to do something ends where the lexicon says
    [
      'Tarvos urged the Security Council to Protect Civilians in the north.',
      [],
      ['Organization:Security Council to Protect Civilians'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 47 (entities: an embassy named for its city with no "in")', () => {
  const cases: Case[] = [
    [
      'The grant was handed over by U.S. Embassy Tarvosk on Friday.',
      ['Organization:U.S. Embassy Tarvosk', 'Country:United States'],
      ['Organization:U.S. Embassy', 'Person:Tarvosk'],
    ],
    [
      'The U.S. Embassy Spokesman declined to comment on the arrests.',
      [],
      ['Organization:U.S. Embassy Spokesman'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 47 (entities: a mission or a prosecutor\'s office named for the place over "in the")', () => {
  const cases: Case[] = [
    [
      'The United Nations Mission in the Central African Republic said its base was shelled.',
      ['Organization:United Nations Mission in the Central African Republic'],
      ['Organization:United Nations Mission'],
    ],
    [
      "The U.S. Attorney's Office in the Western District of Texas charged the two men.",
      ["Organization:U.S. Attorney's Office in the Western District of Texas"],
      [
        "Organization:U.S. Attorney's Office",
        "Location:U.S. Attorney's Office in the Western District of Texas",
      ],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 47 (entities: a capitalised "Against" right after a body\'s head)', () => {
  const cases: Case[] = [
    [
      "Tarvos's Rapid Forces Against Organized Crime arrested the smuggler.",
      ['Organization:Rapid Forces Against Organized Crime'],
      ['Organization:Rapid Forces'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('round 47 (entities: a number after an unknown name ends it)', () => {
  const cases: Case[] = [
    [
      'The rebel group Kelvar 9 claimed the ambush near Tarvos.',
      ['Organization:Kelvar 9'],
      ['Organization:Kelvar'],
    ],
    // a listed word before the number names a part of a text; a plural noun after it is counted
    [
      'Under Section 8 of the Kelvar code, the group was banned.',
      [],
      ['Organization:Section 8', 'Location:Section 8'],
    ],
    ['Rebels reached Dravosk 40 kilometers from the border.', [], ['Location:Dravosk 40']],
  ];
  it.each(cases)('%s', (...c) => check(c));
});
