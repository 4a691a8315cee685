// Round 48: structural facts told by a noun phrase's shape, with both sides named.
// - a body's field division named for its city is the city and the body, and its agents, its head
//   too, belong to the body (../../entities/city-division.ts, ./city-divisions.ts);
// - a field office's head written before the body's name is one of the body's, not its head;
// - a place's apposition read past names, possessives and longer qualifiers (./place-appositions.ts);
// - the staff of a state's officer belong to the state (./officers-staff.ts);
// - the head of a body owned by a city's possessive heads the body (role-rules.ts);
// - the head of a body described at length before its name (./heads-of-described-bodies.ts).
// Sentences written for these tests; the people and the small places are invented, the bodies,
// states and cities from the gazetteers.
import { extractArticle } from '../..';

const extract = (text: string) => extractArticle({ id: 't', title: 'Structure', text, source: 'test' });
const facts = (text: string): string[] =>
  extract(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
const entityNames = (text: string): string[] => extract(text).entities.map((e) => e.name);

describe("a body's field division named for its city, round 48", () => {
  it.each([
    [
      'The charges were announced by Special Agent in Charge Marta Vilches of the FBI’s Denver Division.',
      'Marta Vilches MEMBER_OF FBI',
    ],
    [
      'The arrest was made public by Special Agent in Charge Marta Vilches of the FBI Boston Division on Friday.',
      'Marta Vilches MEMBER_OF FBI',
    ],
    [
      'The plea was announced by Marta Vilches, Special Agent in Charge, Houston Division of the Federal Bureau of Investigation (FBI).',
      'Marta Vilches MEMBER_OF FBI',
    ],
    [
      'Marta Vilches, the Acting Special Agent-in-Charge of the Phoenix Division of the FBI, said the case was closed.',
      'Marta Vilches MEMBER_OF FBI',
    ],
    [
      'DEA Special Agent in Charge Marta Vilches said the network was dismantled.',
      'Marta Vilches MEMBER_OF Drug Enforcement Administration',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it('makes the city a place and the division no body', () => {
    const names = entityNames('Special Agent in Charge Marta Vilches of the FBI’s Denver Division spoke.');
    expect(names).toEqual(expect.arrayContaining(['FBI', 'Denver']));
    expect(names).not.toContain('Denver Division');
  });

  it.each([
    // the head of one field office heads no whole body
    [
      'DEA Special Agent in Charge Marta Vilches said the network was dismantled.',
      'Marta Vilches LEADS Drug Enforcement Administration',
    ],
    // a numbered army division stays a unit of its own
    ['Colonel Marta Vilches of the 15th Division said the town was retaken.', 'Marta Vilches MEMBER_OF FBI'],
  ])('does not read "%s" as %s', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });
});

describe('a place described by an apposition after its name, round 48', () => {
  it.each([
    [
      'Shelling hit Tyre, a major Hezbollah bastion deep inside the Nabatieh region, overnight.',
      'Tyre LOCATED_IN Nabatieh',
    ],
    [
      'Police regained Homs, the militants’ main hub in the Qalamoun region, at dawn.',
      'Homs LOCATED_IN Qalamoun',
    ],
    [
      'Farmers fled Maiduguri, a busy settlement in the far northeastern part of Nigeria, on Monday.',
      'Maiduguri LOCATED_IN Nigeria',
    ],
    [
      'Aid reached Mandera, a town on Kenya’s border with Somalia, late on Friday.',
      'Mandera LOCATED_IN Kenya',
    ],
    ['Two men were held near Grozny, the capital of the Republic of Chechnya.', 'Grozny LOCATED_IN Chechnya'],
    ['Fighters regrouped in Mosul, Hamas’s old Iraqi bastion.', 'Mosul LOCATED_IN Iraq'],
    [
      'Officials of Wallonia, one of three regions that make up Belgium, objected.',
      'Wallonia LOCATED_IN Belgium',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // a border written with both its states lies in either
    ['The strike hit Qarvel, a town on the Syria-Turkey border, on Monday.', 'Qarvel LOCATED_IN Syria'],
    // a people's demonym names no state the place lies in
    ['Clashes spread in Kosovo, an ethnic Albanian region in Serbia.', 'Kosovo LOCATED_IN Albania'],
  ])('does not read "%s" as %s', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });
});

describe('officers and their staff, round 48', () => {
  it.each([
    ['Tomas Brum, a spokesman for Chile’s president, denied the report.', 'Tomas Brum MEMBER_OF Chile'],
    [
      'Tomas Brum, a senior adviser to Peruvian Finance Minister Lucas Prado, resigned.',
      'Tomas Brum MEMBER_OF Peru',
    ],
    [
      'But the head of London’s International Institute for Strategic Studies, Tomas Brum, said the navy was weak.',
      'Tomas Brum LEADS International Institute for Strategic Studies',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // a party leader's aide is no state's
    [
      'Tomas Brum, an aide to opposition leader Lucas Prado, said the vote was rigged.',
      'Tomas Brum MEMBER_OF',
    ],
  ])('does not read "%s" as %s', (text, fact) => {
    expect(facts(text).some((f) => f.startsWith(fact))).toBe(false);
  });
});

describe('the head of a body described before its name, round 48', () => {
  it.each([
    [
      'Tomas Brum, the leader of the once banned Muslim Brotherhood, spoke on Monday.',
      'Tomas Brum LEADS Muslim Brotherhood',
    ],
    [
      'Police arrested Tomas Brum, chief of the dissident guerrilla movement known as Shining Path, in Lima.',
      'Tomas Brum LEADS Shining Path',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // the head of a part of the body
    ['Tomas Brum, the head of the armed wing of Hamas, was killed in the strike.', 'Tomas Brum LEADS Hamas'],
  ])('does not read "%s" as %s', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });
});
