// Round 46: leadership and places read where both sides are named. A country's place written with
// describing words the older place rules did not pass (../rules/relations/qualified-places.ts), a
// possessive "its" before a kind of place read as the country named before it (./its-owner.ts), and
// the head of a body's unnamed faction (../rules/relations/faction-leaders.ts). Sentences written
// for these tests; places and states are from the gazetteers, the people and the party invented.
import { extractArticle } from '..';

const read = (text: string) => extractArticle({ id: 't', title: 'Report', text, source: 'test' });
const facts = (text: string): string[] =>
  read(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

describe('a country’s place past describing words', () => {
  it.each([
    [
      'Refugees crossed from Sri Lanka’s war-scarred Jaffna district last week.',
      'Jaffna LOCATED_IN Sri Lanka',
    ],
    ['Floods cut off roads in Pakistan’s remote Chitral valley.', 'Chitral LOCATED_IN Pakistan'],
    ['Troops patrolled the Turkish Kurdish city of Diyarbakir on Monday.', 'Diyarbakir LOCATED_IN Turkey'],
    ['Voters queued for hours in Canada’s French-speaking province of Quebec.', 'Quebec LOCATED_IN Canada'],
    [
      'Nigeria’s three northeastern states - Borno, Yobe and Adamawa - remain under emergency rule.',
      'Yobe LOCATED_IN Nigeria',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });
});

describe('a possessive "its" before a kind of place', () => {
  it.each([
    [
      'Observers say Moldova is losing control of its breakaway region of Transnistria.',
      'Transnistria LOCATED_IN Moldova',
    ],
    ['Officials said Kenya had closed its border town of Mandera to traffic.', 'Mandera LOCATED_IN Kenya'],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // the country is where the government was formed; "its" is the government's
    [
      'The interim government, formed in Kenya two years ago, moved its base from the town of Kismayo to the coast.',
      'Kismayo LOCATED_IN Kenya',
    ],
    // "its" stands for the party the country's possessive owns, and no head's title is read
    [
      'Chile’s main opposition party says its leader, Tomas Rendel, was freed on Sunday.',
      'Tomas Rendel LEADS Chile',
    ],
    // a definite noun phrase stands nearer than the country: "its" is the province's
    [
      'Chile said the rebels had seized the border province and its main town of Tacna.',
      'Tacna LOCATED_IN Chile',
    ],
  ])('reads no place of the country in "%s"', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });
});

describe('the head of a body’s unnamed faction', () => {
  it.each([
    [
      'The rival Liberty Party faction led by Tomas Rendel won two seats.',
      'Tomas Rendel LEADS Liberty Party',
    ],
    [
      'A second warning came from the Liberty Party formation headed by Tomas Rendel, which boycotted the vote.',
      'Tomas Rendel LEADS Liberty Party',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  // a splinter group of the body is a part of its own
  it('reads no head of the body in a splinter group of it', () => {
    expect(
      facts('He joined a splinter group of the Liberty Party faction led by Tomas Rendel.'),
    ).not.toContain('Tomas Rendel LEADS Liberty Party');
  });
});
