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
      'The charges were announced by Special Agent in Charge Marta Vilches of the FBI’s Cleveland Division.',
      'Marta Vilches MEMBER_OF FBI',
    ],
    [
      'The arrest was made public by Special Agent in Charge Marta Vilches of the FBI Cincinnati Division on Friday.',
      'Marta Vilches MEMBER_OF FBI',
    ],
    [
      'The plea was announced by Marta Vilches, Special Agent in Charge, Miami Division of the Federal Bureau of Investigation (FBI).',
      'Marta Vilches MEMBER_OF FBI',
    ],
    [
      'Marta Vilches, the Acting Special Agent-in-Charge of the Cleveland Division of the FBI, said the case was closed.',
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
    const names = entityNames('Special Agent in Charge Marta Vilches of the FBI’s Cleveland Division spoke.');
    expect(names).toEqual(expect.arrayContaining(['FBI', 'Cleveland']));
    expect(names).not.toContain('Cleveland Division');
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
      'Two soldiers died near Qarvel, a key Hezbollah stronghold just inside Lebanon.',
      'Qarvel LOCATED_IN Lebanon',
    ],
    [
      'Troops took control of Homs, the rebels’ last stronghold in the Qalamoun region, on Sunday.',
      'Homs LOCATED_IN Qalamoun',
    ],
    [
      'Tomas Brum, the top official in Qarvel, an administrative unit in the western region of Cameroon, said the roads were cut.',
      'Qarvel LOCATED_IN Cameroon',
    ],
    [
      'Residents of Qarvel, a town on Somalia’s border with Kenya, fled the fighting.',
      'Qarvel LOCATED_IN Somalia',
    ],
    [
      'Police detained five men near Makhachkala, the capital of the Republic of Dagestan.',
      'Makhachkala LOCATED_IN Dagestan',
    ],
    ['He was killed in Mosul, al-Qaida’s last Iraqi stronghold.', 'Mosul LOCATED_IN Iraq'],
    [
      'Officials of the Republika Srpska (RS), one of two entities that make up Bosnia and Herzegovina, were named.',
      'Republika Srpska LOCATED_IN Bosnia and Herzegovina',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // a border written with both its states lies in either
    ['The strike hit Qarvel, a town on the Syria-Turkey border, on Monday.', 'Qarvel LOCATED_IN Syria'],
    // a people's demonym names no state the place lies in
    [
      'Fighting went on over Nagorno-Karabakh, an ethnic Armenian region in Azerbaijan.',
      'Nagorno-Karabakh LOCATED_IN Armenia',
    ],
  ])('does not read "%s" as %s', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });
});

describe('officers and their staff, round 48', () => {
  it.each([
    [
      'Tomas Brum, a spokesperson for Nagorno-Karabakh’s president, said the shelling went on.',
      'Tomas Brum MEMBER_OF Nagorno-Karabakh',
    ],
    [
      'Tomas Brum, an adviser to Ukrainian Interior Minister Lucas Prado, said the police acted.',
      'Tomas Brum MEMBER_OF Ukraine',
    ],
    [
      'But the head of New Delhi’s Institute for Conflict Management, Tomas Brum, says the police are outgunned.',
      'Tomas Brum LEADS Institute for Conflict Management',
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
      'Tomas Brum, the head of the increasingly defiant opposition-run National Assembly, held a rally.',
      'Tomas Brum LEADS National Assembly',
    ],
    [
      'Troops captured Tomas Brum, head of the remnant organized armed group known as Shining Path, on Monday.',
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
