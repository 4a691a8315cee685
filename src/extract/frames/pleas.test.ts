// Acts told through a plea, a conviction or a sentence (./pleas.ts, round 21), in our own words:
// the act pleaded or proven is the defendant's; a charge, a plea of not guilty, a plea still to
// come or a conviction only possible states nothing; a killing conspired or attempted is an attack.
import { extractArticle } from '..';

const factsOf = (text: string, predicates: string[]) =>
  extractArticle({ id: 'pleas', title: '', text, source: 'test' })
    .relations.filter((r) => predicates.includes(r.predicate))
    .map((r) => `${r.subject}|${r.predicate}|${r.object}`)
    .sort();
/** Acts of a defendant. */
const factsIn = (text: string) => factsOf(text, ['SUPPORTS', 'ATTACKED', 'KILLED']);
/** Settlements, penalties and the acts pleaded. */
const settledIn = (text: string) => factsOf(text, ['SUPPORTS', 'COOPERATED', 'CRITICIZED']);

describe('the act pleaded or proven is the defendant’s (round 21)', () => {
  test.each([
    [
      'Lars Berg pleaded guilty to providing material support to the Nordic Front.',
      ['Lars Berg|SUPPORTS|Nordic Front'],
    ],
    [
      'Lars Berg pled guilty to conspiring to provide weapons to the Nordic Front.',
      ['Lars Berg|SUPPORTS|Nordic Front'],
    ],
    [
      'Lars Berg pled guilty to providing, conspiring to provide and attempting to provide material support to the Nordic Front.',
      ['Lars Berg|SUPPORTS|Nordic Front'],
    ],
    [
      'Lars Berg was convicted of attempting to provide funds to the Nordic Front.',
      ['Lars Berg|SUPPORTS|Nordic Front'],
    ],
    ['Lars Berg was found guilty of helping the Nordic Front.', ['Lars Berg|SUPPORTS|Nordic Front']],
    [
      'Lars Berg was sentenced to 12 years in prison on charges of providing material support to the Nordic Front.',
      ['Lars Berg|SUPPORTS|Nordic Front'],
    ],
    [
      'Lars Berg, who pleaded guilty to providing weapons to the Nordic Front, was sentenced on Monday.',
      ['Lars Berg|SUPPORTS|Nordic Front'],
    ],
    // a killing conspired or attempted is an attack, not a killing
    [
      'Lars Berg was sentenced today to 20 years in prison for conspiring and attempting to murder Chilean soldiers.',
      ['Lars Berg|ATTACKED|Chile'],
    ],
  ])('%s', (text, expected) => expect(factsIn(text)).toEqual(expected));
});

describe('no plea, no act (round 21)', () => {
  test.each([
    // charged or indicted: alleged
    ['Lars Berg was charged with providing material support to the Nordic Front.'],
    ['Lars Berg was indicted for conspiring to provide weapons to the Nordic Front.'],
    // not guilty, negated, to come, conditional
    ['Lars Berg pleaded not guilty to providing material support to the Nordic Front.'],
    ['Lars Berg did not plead guilty to providing material support to the Nordic Front.'],
    ['Lars Berg is expected to plead guilty to providing weapons to the Nordic Front.'],
    ['Lars Berg faces ten years in prison if convicted of providing weapons to the Nordic Front.'],
    // a country's people are no defendant
    [
      'A judge jailed three Chileans found guilty of conspiring to provide material support to the Nordic Front.',
    ],
  ])('%s', (text) => expect(factsIn(text)).toEqual([]));
});

describe('a defendant before the asides of its particulars (round 21)', () => {
  test.each([
    // an age and a home: the person pleads, not the home
    [
      'Lars Berg, 35, of Bergen, Norway, pleaded guilty to providing weapons to the Nordic Front.',
      ['Lars Berg|SUPPORTS|Nordic Front'],
    ],
    // two defendants, each with an age
    [
      'Lars Berg, 40, and Ole Dahl, 31, were convicted of providing funds to the Nordic Front.',
      ['Lars Berg|SUPPORTS|Nordic Front', 'Ole Dahl|SUPPORTS|Nordic Front'],
    ],
    // companies with their acronym and a description, one "based in" a city
    [
      'Fjord Shipping S.A. (Fjord), a freight company based in Bergen, and Andes Cargo S.A. (Andes), a Peruvian trading firm, agreed to pay a penalty of $3 million to resolve charges with authorities in Norway and Chile.',
      [
        'Andes Cargo S.A.|COOPERATED|Chile',
        'Andes Cargo S.A.|COOPERATED|Norway',
        'Chile|CRITICIZED|Andes Cargo S.A.',
        'Chile|CRITICIZED|Fjord Shipping S.A.',
        'Fjord Shipping S.A.|COOPERATED|Chile',
        'Fjord Shipping S.A.|COOPERATED|Norway',
        'Norway|CRITICIZED|Andes Cargo S.A.',
        'Norway|CRITICIZED|Fjord Shipping S.A.',
      ],
    ],
    // an aside that is no particulars (a clause with its own verb) names no defendant here
    ['An official in Bergen, Norway, pleaded guilty to providing weapons to the Nordic Front.', []],
  ])('%s', (text, expected) => expect(settledIn(text)).toEqual(expected));
});

describe('agencies listed with their owners and acronyms (round 21)', () => {
  test.each([
    [
      "The Department of Commerce's Bureau of Industry and Security (BIS) and the Department of the Treasury's Office of Foreign Assets Control (OFAC) imposed civil penalties against Fjord Shipping S.A.",
      [
        'Bureau of Industry and Security|CRITICIZED|Fjord Shipping S.A.',
        'Office of Foreign Assets Control|CRITICIZED|Fjord Shipping S.A.',
      ],
    ],
    [
      "Fjord Shipping S.A. agreed to pay $3 million to settle the SEC's charges and parallel actions by the Department of Commerce's Bureau of Industry and Security, and the Department of the Treasury's Office of Foreign Assets Control.",
      [
        'Bureau of Industry and Security|CRITICIZED|Fjord Shipping S.A.',
        'Fjord Shipping S.A.|COOPERATED|Bureau of Industry and Security',
        'Fjord Shipping S.A.|COOPERATED|Office of Foreign Assets Control',
        'Fjord Shipping S.A.|COOPERATED|Securities and Exchange Commission',
        'Office of Foreign Assets Control|CRITICIZED|Fjord Shipping S.A.',
        'Securities and Exchange Commission|CRITICIZED|Fjord Shipping S.A.',
      ],
    ],
    // a comma alone that no "and" closes joins no list: the owner's body after it is another clause
    [
      "Norway imposed civil penalties against Fjord Shipping S.A., the Department of Commerce's Bureau of Industry and Security reported.",
      ['Norway|CRITICIZED|Fjord Shipping S.A.'],
    ],
  ])('%s', (text, expected) => expect(settledIn(text)).toEqual(expected));
});

describe('an extradition told in the passive (round 21)', () => {
  test.each([
    [
      'A senior member of the Nordic Front has been extradited by the government of Norway to Chile.',
      ['Norway|SUPPORTS|Chile'],
    ],
    ['Lars Berg was extradited to Chile by Norway on Monday.', ['Norway|SUPPORTS|Chile']],
    // no mover named, or an extradition only possible
    ['Lars Berg was extradited to Chile on Monday.', []],
    ['Lars Berg could be extradited by Norway to Chile.', []],
  ])('%s', (text, expected) => expect(factsIn(text)).toEqual(expected));
});
