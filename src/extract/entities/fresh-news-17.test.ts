// Entity errors the lead found in fresh news outside the gold (round 17), as text of our own.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe("round 17 (the lead's fresh news)", () => {
  const cases: Case[] = [
    // an owner's pronoun before "X party" cues a party as "the" does
    ['The candidate Tom Berg was arrested, his Varodema party said.', ['Organization:Varodema'], []],
    ['Tom Berg left his Varodema party on Monday.', ['Organization:Varodema'], []],
    // a sentence opening on a known person's surname with another name after it: no crash (b17's
    // blind batch stopped the extractor on this shape; the span's first token has no run before it)
    [
      'Juan Carlos Medina Ortiz was sentenced today. Medina Ortiz riding a motorcycle delivered the car.',
      ['Person:Juan Carlos Medina Ortiz'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
