// Entity errors the lead found in fresh news outside the gold (round 25), rebuilt in our own words.
import {
  checkEntities as check,
  readEntities,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe('round 25 (entities: names end before a title, languages, "X, or Y")', () => {
  const cases: Case[] = [
    // a body's name never runs on into a title's abbreviation: the movement is the person's
    [
      'The Patriotic Movement for Unity of Lt. Col. Henri Dabo is in charge of Mali.',
      ['Organization:Patriotic Movement for Unity', 'Person:Henri Dabo'],
      ['Organization:Patriotic Movement for Unity of Lt.'],
    ],
    [
      'The National Council of Gen. Ana Ruiz met on Monday.',
      ['Organization:National Council', 'Person:Ana Ruiz'],
      [],
    ],
    // the nearest negative: a saint's abbreviation inside a place's name
    ['The University of St. Andrews hosted Ana Ruiz.', ['Organization:University of St. Andrews'], []],
    // languages in a list after "in" are no countries
    ['The bloc is known as CEDEAO in French and Portuguese.', [], ['Country:France', 'Country:Portugal']],
    ['The report was published in English, French or Arabic.', [], ['Country:France']],
    ['Ana Ruiz met French and Portuguese officials.', ['Country:France', 'Country:Portugal'], []],
    // an unknown name before "Mayor" and its holder's name is the town the mayor heads
    [
      'Police arrested San Feliz Mayor Daniel Cortes on Wednesday.',
      ['Location:San Feliz', 'Person:Daniel Cortes'],
      ['Person:San Feliz'],
    ],
    ['Santa Lucia Mayor Ana Ruiz was arrested.', ['Location:Santa Lucia'], ['Person:Santa Lucia']],
  ];
  test.each(cases)('%s', (...c) => check(c));

  test('"the X Front, or Y," gives the body another name', () => {
    const read = readEntities(
      'Norway designated the Lebanese Workers Front, or al-Jabha al-Amaliyah, as a terrorist group.',
    );
    expect(read.map((e) => e.name)).toEqual(['Norway', 'Lebanese Workers Front']);
    expect(read[1].aliases).toContain('al-Jabha al-Amaliyah');
  });

  test('choices stay apart: "A, B, or C" and two bodies of one kind', () => {
    const names = (text: string) => readEntities(text).map((e) => e.name);
    expect(names('Norway will sanction Hamas, Hezbollah, or Amal Movement, the minister said.')).toContain(
      'Amal Movement',
    );
    expect(names('The minister met the Sinaloa Cartel, or Jalisco Cartel, leaders.')).toContain(
      'Jalisco Cartel',
    );
  });
});
