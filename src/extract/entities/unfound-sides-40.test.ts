// Round 40: an acronym that no list knows and the article never spells out is a body's name when
// a lower-case noun for a body stands beside it (after it, in an apposition after it, or before
// it with a comma or brackets); without such a noun it stays unread, as before. Sentences written
// for these tests; the acronyms and the people are invented, the countries are real.
import { extractArticle } from '..';

const read = (text: string) => extractArticle({ id: 't', title: 'Report', text, source: 'test' });
const organizations = (text: string): string[] =>
  read(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);
const facts = (text: string): string[] =>
  read(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

describe('an unknown acronym a body noun describes', () => {
  it.each([
    // the noun right after it, with or without modifiers
    ['The truck was stopped by the ZVK border service at dawn.', 'ZVK'],
    ['The attack was planned by the QRTM military intelligence agency, a source said.', 'QRTM'],
    // an apposition after it, with capitalised modifiers
    ['Ministers condemned the ZLF, a Peru-based Andean rebel group.', 'ZLF'],
    ['The ZLF is the secular Andean separatist movement that took the valley.', 'ZLF'],
    // the noun before it, with a comma pair or brackets
    ["The country's vote board, XVKO, said the count was over.", 'XVKO'],
    ['According to the peace mission in Liberia, UNPLX, gunmen fired on a convoy.', 'UNPLX'],
    ['A spokesman for the army (KPLA) said the camp was quiet.', 'KPLA'],
  ])('reads "%s" as naming %s', (text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it.each([
    // no body noun beside it
    ['Ministers condemned the ZLF on Monday.', 'ZLF'],
    ['The ZLF said on Monday that the road was open.', 'ZLF'],
    // the noun beside it is no body's
    ['The QRTM report was sent to the ministers.', 'QRTM'],
    ['The ZVK service road was closed for the day.', 'ZVK'],
    // initials of a kind of body, or an acronym written in the plural
    ['An NGO group handed out food in the camp.', 'NGO'],
    ['The ZVKs and an ZVK group met in the capital.', 'ZVK'],
  ])('reads no body in "%s"', (text, name) => {
    expect(organizations(text)).not.toContain(name);
  });

  it('reads the facts of the body it names', () => {
    expect(facts("The strike was carried out by Ukraine's ZBU security service, officials said.")).toContain(
      'ZBU MEMBER_OF Ukraine',
    );
    expect(
      facts(
        'According to the peace mission in Liberia, UNPLX, gunmen attacked a convoy. Ruben Kowa lashed out at UNPLX, which he accuses of bias.',
      ),
    ).toContain('Ruben Kowa CRITICIZED UNPLX');
  });
});

// An ideology's word whose armed movement news names by the word alone ("Maoist rebels", "the
// Maoists") names that movement, one group over the article, unless the article names another
// armed group (which the phrase then means).
describe("an ideology's armed movement named by its word", () => {
  it.each([
    ['Maoist rebels ambushed a police patrol in Bihar on Sunday, officials said.', 'Maoist rebels'],
    ['The Maoists have vowed to carry their revolt into the towns of Nepal.', 'Maoists'],
    ['Officials said Maoist guerrillas set fire to a rail station in Jharkhand.', 'Maoist guerrillas'],
  ])('reads "%s" as naming %s', (text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it('reads the phrases of one article as one group', () => {
    const text =
      'Maoist rebels ambushed a police patrol in Bihar. The state has called the Maoists its gravest threat.';
    const groups = read(text).entities.filter((e) => e.type === 'Organization');
    expect(groups.map((e) => e.name)).toEqual(['Maoist rebels']);
    expect(groups[0].aliases).toContain('Maoists');
  });

  it.each([
    // one fighter, or a modifier of a title
    ['A Maoist rebel was arrested in Bihar on Sunday.'],
    ['The Maoist rebel chief spoke to reporters in Nepal.'],
    // another word of creed names no group of its own
    ['Islamist militants ambushed a police patrol on Sunday.'],
    // the article names the armed group the phrase means
    [
      'Maoist rebels ambushed a police patrol. Officials blamed Kalvo rebels, who have fought the army since 2001.',
    ],
  ])('reads no ideology group in "%s"', (text) => {
    expect(organizations(text).filter((n) => /Maoist|Islamist/.test(n))).toEqual([]);
  });
});
