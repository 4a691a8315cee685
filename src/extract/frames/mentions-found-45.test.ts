// Round 45: sides the entity step found ("the Secretary", "he") whose fact the frame engine still
// missed. Two readers: the state a support noun backs when its object only describes it ("a strong,
// sovereign X", "Xian independence", "efforts by X"), and a named person beside a title no holder
// was found for ("The Secretary and the Foreign Minister discussed …"). Sentences written for these
// tests; the countries are real, the people are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Readout', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const CALL = 'Secretary Maria Lund spoke today with Foreign Minister Pablo Rojas of Chile.';

describe('a state backed through a description', () => {
  it.each([
    // qualities before the name
    [
      `${CALL} The Secretary reaffirmed Norway's lasting commitment to a free, stable, and prosperous Chile, as agreed in 2020.`,
      ['Norway SUPPORTS Chile', 'Maria Lund SUPPORTS Chile'],
    ],
    // the demonym on a good of the state
    [
      `${CALL} She reaffirmed Norway's support for Chilean independence, sovereignty, and stability.`,
      ['Norway SUPPORTS Chile', 'Maria Lund SUPPORTS Chile'],
    ],
    ['Norway reaffirmed its commitment to Peruvian territorial integrity.', ['Norway SUPPORTS Peru']],
    // the ones who make the efforts backed
    [
      'Norway offered support for efforts by Chile and Peru to end the border dispute.',
      ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru'],
    ],
  ])('reads "%s"', (text, facts) => {
    expect(all(text)).toEqual(expect.arrayContaining(facts));
  });

  it.each([
    // the qualities describe a thing of the country's, not the country
    ['Norway reaffirmed its commitment to a strong and independent Chilean press.', /SUPPORTS/],
    ['Norway reaffirmed its commitment to a strong, independent press in Chile.', /SUPPORTS/],
    // the demonym's noun goes on: a movement, a firm, not the state's good
    ['Norway reaffirmed its commitment to the Chilean independence movement.', /SUPPORTS/],
    ['Norway reaffirmed its commitment to Chilean security firms.', /SUPPORTS/],
    // support questioned is no support stated
    ['Peru questioned the support for a strong, united Chile.', /SUPPORTS/],
  ])('reads no support in "%s"', (text, kind) => {
    expect(all(text).filter((f) => kind.test(f))).toEqual([]);
  });
});

describe('a named person beside a title no holder was found for', () => {
  it.each([
    [
      'Secretary Maria Lund met Prince Omar of Jordan. The Secretary and the Foreign Minister reaffirmed their support for Chile.',
      'Maria Lund SUPPORTS Chile',
    ],
    [
      'Secretary Maria Lund met Prince Omar of Jordan. The Secretary and the Foreign Minister also discussed trade and countering Iran’s destabilizing activities in the region.',
      'Maria Lund CRITICIZED Iran',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // the person is an object of another verb, not the subject
    [
      'Secretary Maria Lund met Prince Omar of Jordan. Norway welcomed Maria Lund and the Foreign Minister pledged support for Chile.',
      /^Maria Lund SUPPORTS/,
    ],
  ])('reads nothing of the person in "%s"', (text, kind) => {
    expect(all(text).filter((f) => kind.test(f))).toEqual([]);
  });
});
