// Entity errors the lead found in fresh news outside the gold (round 20's leftovers), rebuilt in
// our own words: each sentence holds the shape, never the article's names.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';
import { splitSentences } from '../sentences';

describe('round 21 (entities: ship classes, rank typos, slashed initials, kind words before names)', () => {
  const cases: Case[] = [
    // the words before a "-class" word name a ship's class, no actor
    [
      'The navy sent a Halvor Brandt-class frigate to the gulf.',
      [],
      ['Person:Halvor', 'Person:Halvor Brandt'],
    ],
    ['Two Tessaly-class submarines left Norfolk.', ['Location:Norfolk'], []],
    // a ship named with "the": an apposition naming a vessel makes it a place (as "USS X" is)
    [
      'Rebels fired two drones at the Corvin, a Chilean frigate, on Sunday.',
      ['Location:Corvin', 'Country:Chile'],
      ['Person:Corvin'],
    ],
    // a lone word after "the" is no person's name on the tagger's guess alone
    ['Rebels said they struck the Corvin on Sunday.', [], ['Person:Corvin']],
    ['Rebels said they struck the Corvin on Sunday. Ana Corvin denied it.', ['Person:Ana Corvin'], []],
    // a source's typo of a first rank before "Gen." is part of the title
    [
      'Rebel spokesman Big. Gen. Tomas Arvelo said the group fired at a tanker.',
      ['Person:Tomas Arvelo'],
      ['Person:Big'],
    ],
    [
      'Troops entered Mali. Gen. Tomas Arvelo said the town was calm.',
      ['Country:Mali', 'Person:Tomas Arvelo'],
      [],
    ],
    // a listed name written as two sets of initials joined by a slash
    [
      'A court jailed a reporter for RFE/RL on Tuesday.',
      ['Organization:Radio Free Europe/Radio Liberty'],
      [],
    ],
    ['US/UK strikes hit the port.', ['Country:United States', 'Country:United Kingdom'], []],
    // the initials of a kind of body before a name are no part of it
    [
      'The rights NGO Veritas Andina said 12 protesters were killed.',
      ['Organization:Veritas Andina'],
      ['Person:NGO Veritas Andina'],
    ],
    ['Chilean NGO Tallerra reported the deaths.', ['Organization:Tallerra'], ['Person:NGO Tallerra']],
    // a state's demonym opens "hotel group X" as "the" does
    [
      'Chilean hotel group Solvane said it would close two hotels.',
      ['Organization:Solvane'],
      ['Person:Solvane'],
    ],
    // after "from", a word the tagger knows as an organisation is the source, not a place
    ['The farm bought seed from Toyota last year.', ['Organization:Toyota'], ['Location:Toyota']],
    ['The farmers fled from Kassala last year.', ['Location:Kassala'], []],
    // two given-name-shaped words before a listed city are one name with it, read by its cues
    [
      'Defense contractor Pell Orrin Hamilton won the contract.',
      ['Organization:Pell Orrin Hamilton'],
      ['Location:Hamilton'],
    ],
    [
      'Pell Orrin Hamilton, a consulting firm, won the contract.',
      ['Organization:Pell Orrin Hamilton'],
      ['Location:Hamilton'],
    ],
    ['Flights resumed in Hamilton on Monday.', ['Location:Hamilton'], []],
    // an acronym spells a name past a head word inside it
    [
      'The army media wing, Joint Forces Press Relations (JFPR), said five soldiers were killed.',
      ['Organization:Joint Forces Press Relations'],
      ['Organization:Joint Forces'],
    ],
    // a cause's name with its head in lower case
    ['The Tarvan Liberation army claimed the attack.', ['Organization:Tarvan Liberation Army'], []],
    ['Syrian Democratic army units moved north.', [], ['Organization:Syrian Democratic Army']],
  ];
  test.each(cases)('%s', (...c) => check(c));

  test('a rank typo before "Gen." does not end the sentence; a name before it does', () => {
    expect(splitSentences('Spokesman Big. Gen. Tomas Arvelo spoke.')).toHaveLength(1);
    expect(splitSentences('Troops entered Mali. Gen. Tomas Arvelo spoke.')).toHaveLength(2);
  });
});

describe('round 21 (entities: a regime named after its leader)', () => {
  const cases: Case[] = [
    ['The Kalvani regime continues to jail critics.', ['Person:Kalvani'], ['Organization:Kalvani']],
    [
      'The assault by the Kalvani regime went on. Officials sanctioned Nicolas Kalvani Moros.',
      ['Person:Nicolas Kalvani Moros'],
      ['Person:Kalvani'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 21 (entities: train shapes — a body named "of" a document, an office by its title, a party to talks)', () => {
  const cases: Case[] = [
    // a body's head before "of" names the body, whatever its last word
    [
      'Militias back the new Government of National Concord (GNC) and its leader.',
      ['Organization:Government of National Concord'],
      [],
    ],
    ['The Council of the Peace Accord met on Monday.', ['Organization:Council of the Peace Accord'], []],
    ['The Tarvan Peace Accord was signed in May.', [], ['Organization:Tarvan Peace Accord']],
    // an office named after its holder's title keeps the possessive inside
    [
      "The indictment was brought by the Special Counsel's Office.",
      ["Organization:Special Counsel's Office"],
      [],
    ],
    // a listed body before a negotiation's noun is its party; a place there names no actor
    ['The leaders discussed the P5+1 talks with Chile.', ['Organization:P5+1', 'Country:Chile'], []],
    ['The Geneva talks ended on Friday.', [], ['Location:Geneva']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 21 (entities: train shapes — list items and hyphenated titles)', () => {
  const cases: Case[] = [
    // a line that opens with a list's marker is a list item, not a title-case headline
    [
      'The department named three officers:\n- Brigadier General Tavo Renk\n- Colonel Ilse Marrow\n\nThey were named on Monday.',
      ['Person:Tavo Renk', 'Person:Ilse Marrow'],
      [],
    ],
    // a hyphenated title reads the name after it
    ['Deputy Commander-in-Chief Tavo Renk ordered the attack.', ['Person:Tavo Renk'], []],
    ['Ambassador-at-Large Ilse Marrow arrived on Monday.', ['Person:Ilse Marrow'], []],
    ['Iran-backed militias fired rockets.', ['Country:Iran'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));

  test('a list item is no headline; a title-case line is', () => {
    expect(splitSentences('- Brigadier General Tavo Renk Marrow')[0].titleCase).toBeFalsy();
    expect(splitSentences('Rebels Seize Border Town After Long Siege')[0].titleCase).toBe(true);
  });
});
