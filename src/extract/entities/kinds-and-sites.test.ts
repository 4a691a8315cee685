// Table tests for round 11's entity fixes: what a noun or a number before a name says it is, and
// one place under two writings. Invented sentences, invented groups, firms and places.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('a lower-case noun for a body right before its name', () => {
  const cases: Case[] = [
    [
      'Police detained members of the banned extremist organization Sipah Tarin on Monday.',
      ['Organization:Sipah Tarin'],
      ['Person:Sipah Tarin'],
    ],
    [
      'He joined the outlawed outfit Lashkar Dorani in 2009.',
      ['Organization:Lashkar Dorani'],
      ['Person:Lashkar Dorani'],
    ],
    ['Envoys met the rebel movement Kora Wend in the hills.', ['Organization:Kora Wend'], []],
    // a first name after the noun opens a relative clause without "that"
    ['It was the group Ana Ruiz founded in 1990.', [], ['Organization:Ana Ruiz']],
    // no opener: the noun ends a clause
    ['Members left group Tuesday.', [], ['Organization:Tuesday']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a count before capitalised words names things of a make', () => {
  const cases: Case[] = [
    [
      'The agency approved the sale of 100 Torvik Coastal Defense Systems to the navy.',
      [],
      ['Organization:Torvik Coastal Defense Systems'],
    ],
    [
      'It bought two Arrowhead Missile Batteries last year.',
      [],
      ['Organization:Arrowhead Missile Batteries'],
    ],
    // a year is no count, and a noun after the name makes it a modifier
    ['In 2019 Norvane Systems opened a plant.', ['Organization:Norvane Systems'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("a place's name after its city's, and the place alone", () => {
  const cases: Case[] = [
    [
      'Troops stormed the Islamabad Green Mosque. Clerics inside the Green Mosque had refused to leave.',
      ['Location:Islamabad Green Mosque'],
      ['Location:Green Mosque'],
    ],
    [
      'Gunmen attacked the Palmyra Hotel. Guests fled the Kabul Palmyra Hotel at dawn.',
      ['Location:Kabul Palmyra Hotel'],
      ['Location:Palmyra Hotel', 'Person:Palmyra Hotel'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("a company's conjunct, and a firm by its first word", () => {
  const cases: Case[] = [
    [
      'The bureau denied the privileges of three carriers – Aeroflot, Norvane Air, and Kestrel – on Tuesday.',
      ['Organization:Norvane Air', 'Organization:Kestrel'],
      [],
    ],
    ['The complaint said Halvor Corp. and VRX required the seller to sign.', ['Organization:VRX'], []],
    // a first name after the company opens a person's name
    ['Halvor Corp. and Ana Ruiz settled.', ['Person:Ana Ruiz'], ['Organization:Ana Ruiz']],
    [
      'Ostrava Oil Company sold the stations. The buyer paid Ostrava in cash.',
      ['Organization:Ostrava Oil Company'],
      ['Location:Ostrava', 'Person:Ostrava'],
    ],
    [
      'The order names Bellmont’s Inc., which owns the casinos.',
      ["Organization:Bellmont's Inc."],
      ['Organization:Bellmont', 'Person:Bellmont'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('units, storms and journalists that are no actors', () => {
  const cases: Case[] = [
    [
      'The agency deployed a Disaster Assistance Response Team and the army stood up a Joint Task Force.',
      [],
      ['Organization:Disaster Assistance Response Team', 'Organization:Joint Task Force'],
    ],
    // a task force is no actor, whatever its name (gold conventions, rounds 10, 12 and 13)
    ['Task Force Kestrel secured the road.', [], ['Organization:Task Force Kestrel', 'Person:Kestrel']],
    [
      'Residents recalled hurricanes Lorena and Bettany. Tropical Storm Odalys flooded the coast.',
      [],
      ['Person:Lorena', 'Person:Bettany', 'Person:Odalys'],
    ],
    [
      'Example News correspondent Tomas Herrland reached the city. Herrland said roads were closed.',
      [],
      ['Person:Herrland', 'Person:Tomas Herrland'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('places by the words around them', () => {
  const cases: Case[] = [
    [
      'Militants stormed an outpost in the volatile South Korimand border district.',
      ['Location:South Korimand'],
      [],
    ],
    ['A base on the shores of Lake Chad was hit.', ['Location:Lake Chad'], ['Country:Chad']],
    ['The raid near the Tarbela refugee camp killed two.', ['Location:Tarbela refugee camp'], []],
    [
      'New sites at Naval Base Tomas Herrland and Camp Anselmo Vira were agreed.',
      ['Location:Naval Base Tomas Herrland', 'Location:Camp Anselmo Vira'],
      ['Person:Tomas Herrland', 'Person:Anselmo Vira'],
    ],
    // a body's head at the end keeps it a body
    [
      'The Lake Chad Basin Commission met.',
      ['Organization:Lake Chad Basin Commission'],
      ['Location:Lake Chad Basin Commission'],
    ],
    [
      "The president defied Honduras' Supreme Court. Kenya's Supreme Court ruled too.",
      ['Organization:Honduran Supreme Court', 'Organization:Kenyan Supreme Court'],
      ['Organization:Supreme Court'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("a body's name run on past a listed region or its own head", () => {
  const cases: Case[] = [
    [
      'The report came from the Regional Commission for Africa on Monday.',
      ['Organization:Regional Commission for Africa'],
      ['Location:Africa'],
    ],
    // a state after "for" is not served by the body's name: "the Council for Norland" is not read so
    ['The Security Council voted for Russia to leave.', ['Organization:UN Security Council'], []],
    [
      'The Islamic State of Iraq claimed the bombing.',
      ['Organization:Islamic State of Iraq'],
      ['Location:Islamic State of Iraq'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
