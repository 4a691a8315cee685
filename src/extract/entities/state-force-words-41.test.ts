// Round 41: a state's force or body written with no owner ("police", "authorities", "the regime",
// a police chief's title) stands for the country the article is about, as "Peruvian police" or
// "the junta" does. Sentences written for these tests; the group and the people are invented, the
// countries are real.
import { extractArticle } from '..';

const read = (text: string) => extractArticle({ id: 't', title: 'Report', text, source: 'test' });
const facts = (text: string): string[] =>
  read(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

/** Two sentences that make Peru the article's country. */
const PERU = 'Peru held elections on Sunday. Peru closed its northern border.';

describe('a bare police or authorities that blames, accuses or warns', () => {
  it.each([
    [`${PERU} Police are blaming the bombing on the Azure Liberation Front, a rebel group.`],
    [`${PERU} The Azure Liberation Front, a rebel group, is blamed by authorities for the bombing.`],
    [`${PERU} Authorities attributed the bombing to the Azure Liberation Front, a rebel group.`],
    [`${PERU} The authorities have also blamed the Azure Liberation Front, a rebel group, for the bombing.`],
  ])('reads the country in "%s"', (text) => {
    expect(facts(text)).toContain('Peru CRITICIZED Azure Liberation Front');
  });

  it.each([
    // no stance: the police only report
    [`${PERU} Police said the Azure Liberation Front, a rebel group, had fled the town.`],
    // another country's authorities, or another side's police
    [`${PERU} Authorities in Chile blamed the bombing on the Azure Liberation Front, a rebel group.`],
    [`${PERU} Rebel police blamed the bombing on the Azure Liberation Front, a rebel group.`],
    [`${PERU} Their police blamed the bombing on the Azure Liberation Front, a rebel group.`],
    // no country the article is about
    ['Police are blaming the bombing on the Azure Liberation Front, a rebel group.'],
  ])('reads no country in "%s"', (text) => {
    expect(facts(text)).not.toContain('Peru CRITICIZED Azure Liberation Front');
  });
});

describe("a police chief's title with no country", () => {
  it.each([
    [`${PERU} District police chief Tomas Berg said the road was shut.`, 'Tomas Berg'],
    [`${PERU} Federal police commissioner Ana Ruiz said the road was shut.`, 'Ana Ruiz'],
    [`${PERU} National police director Ana Ruiz said the road was shut.`, 'Ana Ruiz'],
    [`${PERU} Acting Police Commissioner Ana Ruiz denied the report.`, 'Ana Ruiz'],
  ])('reads "%s" as serving the country', (text, person) => {
    expect(facts(text)).toContain(`${person} MEMBER_OF Peru`);
  });

  it.each([
    // no country the article is about
    ['Elections were held on Sunday. District police chief Tomas Berg said the road was shut.', 'Tomas Berg'],
  ])('reads no country in "%s"', (text, person) => {
    expect(facts(text)).not.toContain(`${person} MEMBER_OF Peru`);
  });
});

describe('"the regime" as the state', () => {
  it('reads the country the regime is', () => {
    expect(
      facts(
        'Peru jailed two reporters. Peru closed a newspaper. The United Nations condemned the regime for the arrests.',
      ),
    ).toContain('United Nations CRITICIZED Peru');
  });

  it.each([
    [
      'Peru jailed two reporters. Peru closed a newspaper. The United Nations condemned the former regime for the arrests.',
    ],
    [
      'Reporters were jailed. A newspaper was closed. The United Nations condemned the regime for the arrests.',
    ],
  ])('reads no country in "%s"', (text) => {
    expect(facts(text)).not.toContain('United Nations CRITICIZED Peru');
  });
});
