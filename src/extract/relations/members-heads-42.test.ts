// Round 42: members and heads in three more positions. A state's news agency called its own
// ("the official ⟦Y⟧ news agency") with the state unwritten; a copula with the body's name before
// the role ("X is a senior ⟦Y⟧ commander"); a national office set off after the name ("X, a
// military spokesman, said"). Sentences written for these tests; the group and the people are
// invented, the countries and the agencies are real.
import { extractArticle } from '..';

const read = (text: string) => extractArticle({ id: 't', title: 'Report', text, source: 'test' });
const facts = (text: string): string[] =>
  read(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

/** Two sentences that make Peru the article's country. */
const PERU = 'Peru held elections on Sunday. Peru closed its northern border.';

describe("a state's news agency called its own", () => {
  it.each([
    [
      'China held talks on Monday. China closed a border post. The official Xinhua news agency said the talks went well.',
      'Xinhua MEMBER_OF China',
    ],
    [
      'North Korea tested a rocket. North Korea later said it was a satellite. The North’s official KCNA agency called the drills a threat.',
      'KCNA MEMBER_OF North Korea',
    ],
    [
      'Syria retook a village. Syria said the rebels fled. The state-run SANA news agency reported the advance.',
      'SANA MEMBER_OF Syria',
    ],
  ])('reads the state in "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // not called the state's own
    [
      'China held talks on Monday. China closed a border post. The Xinhua news agency said the talks went well.',
      'Xinhua MEMBER_OF China',
    ],
    // the agency's state is not named in the article
    [
      'Peru held talks on Monday. Peru closed a border post. The official Xinhua news agency said the talks went well.',
      'Xinhua MEMBER_OF Peru',
    ],
    [
      'Syria retook a village. Syria said the rebels fled. The official Xinhua news agency carried the report.',
      'Xinhua MEMBER_OF Syria',
    ],
  ])('reads no state in "%s"', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });
});

describe("a copula with the body's name before the role", () => {
  it.each([
    [
      `${PERU} Tomas Berg is a senior Azure Liberation Front commander.`,
      'Tomas Berg MEMBER_OF Azure Liberation Front',
    ],
    [
      `${PERU} Tomas Berg is an Azure Liberation Front official who handles its money.`,
      'Tomas Berg MEMBER_OF Azure Liberation Front',
    ],
    [
      `${PERU} Tomas Berg is the Azure Liberation Front spokesman.`,
      'Tomas Berg MEMBER_OF Azure Liberation Front',
    ],
    [`${PERU} Tomas Berg is the Azure Liberation Front leader.`, 'Tomas Berg LEADS Azure Liberation Front'],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // another's relative or employee
    [`${PERU} Tomas Berg is an Azure Liberation Front commander's brother.`],
    [`${PERU} Tomas Berg is the Azure Liberation Front leader's driver.`],
  ])('reads no member in "%s"', (text) => {
    const out = facts(text);
    expect(out).not.toContain('Tomas Berg MEMBER_OF Azure Liberation Front');
    expect(out).not.toContain('Tomas Berg LEADS Azure Liberation Front');
  });

  it('reads no head of the whole body for a head of a place', () => {
    expect(
      facts(`${PERU} Tomas Berg is the Azure Liberation Front commander for Cusco province.`),
    ).not.toContain('Tomas Berg LEADS Azure Liberation Front');
  });
});

describe('a national office set off after the name', () => {
  it.each([
    [`${PERU} Tomas Berg, a police spokesman in Cusco, said the road was shut.`],
    [`${PERU} Tomas Berg, a military spokesman, said the road was shut.`],
    [`${PERU} Tomas Berg, a former army chief, joined the march.`],
  ])('reads the country in "%s"', (text) => {
    expect(facts(text)).toContain('Tomas Berg MEMBER_OF Peru');
  });

  it.each([
    // the office of a body named after it
    [`${PERU} Tomas Berg, a military spokesman for the Azure Liberation Front, said the road was shut.`],
    // no country the article is about
    ['Elections were held on Sunday. Tomas Berg, a military spokesman, said the road was shut.'],
  ])('reads no country in "%s"', (text) => {
    expect(facts(text)).not.toContain('Tomas Berg MEMBER_OF Peru');
  });
});
