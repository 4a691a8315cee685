// Table tests, on sentences of our own, for the entity shapes of round 15: a seat's press and
// releases are its department's, a US city's state is no country, "X province" keeps both
// writings, a company noun before several unknown words, capitalised words that only qualify a
// common noun, and Phoenix's people filed as armed groups.
import phoenix from '../lexicon/phoenix-actors.json';
import { termsOf } from '../nlp';
import {
  checkEntities as check,
  readEntities as read,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe("a seat's press and releases are the body it houses", () => {
  const cases: Case[] = [
    [
      'The figures were released by the Pentagon on Monday.',
      ['Organization:U.S. Department of Defense'],
      ['Location:Pentagon'],
    ],
    [
      'He spoke at a Pentagon news conference.',
      ['Organization:U.S. Department of Defense'],
      ['Location:Pentagon'],
    ],
    [
      'The general told Pentagon reporters the strike worked.',
      ['Organization:U.S. Department of Defense'],
      [],
    ],
    // the building itself
    ['Protesters gathered outside the Pentagon.', ['Location:Pentagon'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a US city and a comma before a state that is also a country', () => {
  const cases: Case[] = [
    ['The summit met in Atlanta, Georgia, last week.', ['Location:Georgia'], ['Country:Georgia']],
    ['Talks were held in Tbilisi, Georgia, on Friday.', ['Country:Georgia'], ['Location:Georgia']],
    ['Georgia said it would join the talks.', ['Country:Georgia'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

test('"X province" in lower case: the bare name, and the written one as an alias', () => {
  const place = read('Fighting spread across Helmand province on Sunday.').find((e) => e.name === 'Helmand');
  expect(place?.type).toBe('Location');
  expect(place?.aliases).toContain('Helmand province');
});

describe('a company noun before several unknown words', () => {
  const cases: Case[] = [
    ['The Dutch brewer Kolvane Brouwerij agreed to pay a fine.', ['Organization:Kolvane Brouwerij'], []],
    [
      'Drugmaker Corvane Labs said it would appeal.',
      ['Organization:Corvane Labs'],
      ['Person:Drugmaker Corvane Labs'],
    ],
    // a person or an office after the noun is not the company
    ['The company CEO Ana Ruiz resigned.', [], ['Organization:CEO Ana Ruiz']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('capitalised words between "a" and a common noun name no place', () => {
  const cases: Case[] = [
    [
      'The old quarter is a UNESCO World Heritage site.',
      ['Organization:UNESCO'],
      ['Location:World Heritage'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('general gazetteer: missions and groups named only so', () => {
  const cases: Case[] = [
    ['AMISOM troops patrolled the port.', ['Organization:African Union Mission in Somalia'], []],
    [
      'Fighters of Hizbul Islam attacked a base.',
      ['Organization:Hizbul Islam'],
      ['Person:Hizbul Islam', 'Location:Hizbul Islam'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("names written the wires' way", () => {
  const cases: Case[] = [
    // a listed name whose last word opens with an Arabic article
    ['Jets struck depots near Deir ez-Zor on Sunday.', ['Location:Deir ez-Zor'], ['Location:Deir']],
    // AFP's spelling of al-Shabaab
    ['Shebab fighters stormed the camp at dawn.', ['Organization:al-Shabaab'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

test("Phoenix's armed groups hold no person's name with a middle initial", () => {
  const initial = /^\S+ (?![EeIi]\b)[A-Za-z]\.? \S+$/;
  const people = (phoenix.armedGroups as string[][]).filter(([name]) => initial.test(name));
  expect(people.map(([name]) => name)).toEqual([]);
});

test('"NATO forces to …": a body\'s forces are a noun, not "forces X to"', () => {
  const forces = termsOf('The army fought alongside NATO forces to retake the town.').find(
    (t) => t.text === 'forces',
  );
  expect(forces?.tags.has('Verb')).toBe(false);
  expect(forces?.tags.has('Noun')).toBe(true);
});
