// Round 35: pairs and joint subjects. A readout's plural that stands for the two people of its
// meeting ("The leaders", a bare "Both", "They" a few sentences on) is read by the regex rules
// too, and "They" reaches past sentences about one of the two. Sentences written for these
// tests; the people and the group are invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Readout', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const SPOKE = 'Foreign Minister Ana Ruiz of Peru spoke with Foreign Minister Karl Berg of Norway on Monday.';
const MET = 'Foreign Minister Ana Ruiz of Peru met with Foreign Minister Karl Berg of Norway in Lima.';

describe('a meeting pair as the subject of a stance', () => {
  it.each([
    // a bare "Both" before a readout's verb; the support is read by a regex rule only
    [`${MET} Both reaffirmed their firm support for Ukraine's independence.`, 'SUPPORTS Ukraine'],
    // "The leaders … and called for Y to …": the joined verb is read by a regex rule only
    [
      `${SPOKE} Ruiz and Berg emphasized the importance of aid reaching civilians. The leaders also underlined the need to keep civilians safe and called for the Azure Brigade to free all hostages at once.`,
      'DEMANDED Azure Brigade',
    ],
    // "They" two sentences after the call, past a sentence about one of the two
    [
      `${SPOKE} Ruiz thanked Norway for its help after the floods. They condemned the Azure Brigade's attacks on Chile.`,
      'CRITICIZED Azure Brigade',
    ],
  ])('gives each of the two the fact: "%s"', (text, fact) => {
    const facts = all(text);
    expect(facts).toContain(`Ana Ruiz ${fact}`);
    expect(facts).toContain(`Karl Berg ${fact}`);
  });

  it.each([
    // three people met: the rules read pairs only
    [
      'Foreign Minister Ana Ruiz of Peru met with Foreign Minister Karl Berg of Norway and Foreign Minister Omar Sy of Senegal in Lima. The leaders also underlined the need to keep civilians safe and called for the Azure Brigade to free all hostages at once.',
      /DEMANDED Azure Brigade$/,
    ],
    // another person named after the call: "They" may be others
    [
      `${SPOKE} Ruiz said the rebel commander Juan Soto had fled to the hills. They condemned the Azure Brigade's attacks on Chile.`,
      /^(?:Ana Ruiz|Karl Berg) CRITICIZED/,
    ],
    // a dealing the rules read off "talks with Iran" is no dealing of the pair with Iran
    [
      `${SPOKE} The leaders also talked over the nuclear negotiations with Iran and agreed the work should go on.`,
      /^(?:Ana Ruiz|Karl Berg) COOPERATED Iran$/,
    ],
    // a bare "Both" before a verb no readout tells of the meeting's people
    [`${MET} Both testified against the Azure Brigade before a court in Lima.`, /Azure Brigade$/],
  ])('gives the pair nothing: "%s"', (text, fact) => {
    expect(all(text).filter((f) => fact.test(f))).toEqual([]);
  });
});
