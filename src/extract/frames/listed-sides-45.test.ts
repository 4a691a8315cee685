// Round 45: a plural that stands for actors listed before it ("X and her counterparts", "both
// sides", "the two countries") is read as their list, so every frame gives each of them the fact
// (./listed-sides.ts). Sentences written for these tests; the people and the group are invented,
// the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const CALL =
  'Deputy Secretary Ana Ruiz spoke today with Chilean Vice Minister Karl Berg and Peruvian Vice Minister Omar Sy about the crisis.';
const ONE_CALL =
  'Deputy Secretary Ana Ruiz spoke today with Chilean Vice Minister Karl Berg about the crisis.';
const FIGHT = 'Bolivian troops attacked Azure Brigade positions near the border on Monday.';

describe('a plural read as the actors listed before it', () => {
  it.each([
    // "X and her counterparts": the other people of the call
    [
      `${CALL} Deputy Secretary Ruiz and her counterparts jointly condemned Ecuador's missile launches.`,
      ['Karl Berg CRITICIZED Ecuador', 'Omar Sy CRITICIZED Ecuador'],
    ],
    // a singular counterpart after a call with one person
    [
      `${ONE_CALL} Deputy Secretary Ruiz and her Chilean counterpart called on Ecuador to halt its missile launches.`,
      ['Karl Berg DEMANDED Ecuador'],
    ],
    // "between the two countries" after two countries named in the sentence before
    [
      'Deputy Secretary Ana Ruiz praised the growing Chile-Peru trade ties. The visit marked the first strategic dialogue between the two countries in a decade.',
      ['Chile COOPERATED Peru'],
    ],
    // "peace talks between the two sides": the pair the article tells fighting
    [
      `${FIGHT} The raid was the deadliest since peace talks between the two sides began last year.`,
      ['Bolivia COOPERATED Azure Brigade'],
    ],
  ])('"%s"', (text, facts) => {
    const read = all(text);
    for (const f of facts) expect(read).toContain(f);
  });

  it.each([
    // the counterpart named by apposition is read as such, not as every participant
    [
      `${CALL} Deputy Secretary Ruiz and her Chilean counterpart, Karl Berg, condemned Ecuador's launches.`,
      /^Omar Sy CRITICIZED/,
    ],
    // a singular counterpart after a call with two people is not one of them
    [
      `${CALL} Deputy Secretary Ruiz and her counterpart condemned Ecuador's launches.`,
      /^(?:Karl Berg|Omar Sy) CRITICIZED/,
    ],
    // the speaker of "X urged both sides" is no side of its own demand
    [`${FIGHT} Bolivia urged both sides to respect the truce.`, /DEMANDED Bolivia$/],
    // "both sides of the border" are places, not the two sides
    [
      `${FIGHT} Officials met with villagers on both sides of the border.`,
      /COOPERATED (?:Bolivia|Azure Brigade)$/,
    ],
    // a bare "two sides" may be two directions
    [`${FIGHT} Militants then attacked the base from two sides.`, /^Azure Brigade ATTACKED Bolivia$/],
    // three countries named before: "the two countries" is none of them
    [
      'Deputy Secretary Ana Ruiz praised Chile, Peru and Ecuador for their trade ties. The visit marked the first strategic dialogue between the two countries in a decade.',
      /COOPERATED/,
    ],
  ])('reads no list: "%s"', (text, fact) => {
    expect(all(text).filter((f) => fact.test(f))).toEqual([]);
  });
});
