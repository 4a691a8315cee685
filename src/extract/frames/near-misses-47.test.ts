// Round 47: near misses, where a reader took the wrong side of a fact or read a fact of the wrong
// kind. An attack noun after a word of occasion, a demonym on a private person and a border's name
// give no author (../rules/relations/violence-rules.ts); a recalled attack keeps its means
// (./events.ts); "its leader" does not reach past a body in capitals the entity step did not know
// (../rules/relations/role-rules.ts); support held important is the speakers' own
// (./importance.ts); an alliance spoken of by two people binds no pair of them (./read-frames.ts);
// two sides acting on "their borders" act each on their own (./partners.ts). Sentences written for
// these tests; states and bodies are from the gazetteers, people and groups invented.
import { extractArticle } from '..';

const read = (text: string) => extractArticle({ id: 't', title: 'Report', text, source: 'test' });
const facts = (text: string): string[] =>
  read(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

describe('an attack noun whose author is not the sentence’s subject', () => {
  it.each([
    // the attack is the occasion of a call, not the minister's act
    [
      'Ana Ruiz talked with Peruvian Defense Minister Jorge Paz on Friday following the Hezbollah rocket attack against Peru.',
      'Jorge Paz ATTACKED Peru',
    ],
    // a demonym on a private person says where he is from
    [
      'Officials say an Australian citizen was one of two gunmen behind a recent attack on a NATO convoy in the capital.',
      'Australia ATTACKED NATO',
    ],
    // the border says where the group operates
    [
      'ABC-D works out of Chile along the Chile-Bolivia border and says it led several attacks, among them a 2019 attack on a U.S. patrol near Oruro that killed four soldiers.',
      'Bolivia ATTACKED United States',
    ],
  ])('reads no attack in "%s"', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });

  it.each([
    ['Chilean border guards launched an attack on a Peruvian patrol.', 'Chile ATTACKED Peru'],
    [
      'Chilean jets carried out air strikes on Peru a day after a Peruvian attack on Chile.',
      'Peru ATTACKED Chile',
    ],
  ])('still reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });
});

describe('a recalled attack told with its means', () => {
  it('recalls no author when the means differ', () => {
    const text = 'Chile launched air strikes on Peru on Monday. Bolivia condemned the rocket attacks.';
    expect(facts(text)).not.toContain('Bolivia CRITICIZED Chile');
  });

  it('recalls the author told with the same means', () => {
    const text =
      'Chile launched a wave of rocket attacks on Peru on Monday. Bolivia condemned the rocket attacks.';
    expect(facts(text)).toContain('Bolivia CRITICIZED Chile');
  });
});

describe('"its leader" after a body the entity step did not know', () => {
  it('reads no head of the body named before it', () => {
    const text = 'The Department of State designated NF-CH and its leader, Juan Ruiz, as terrorists.';
    expect(facts(text).filter((f) => f.startsWith('Juan Ruiz LEADS'))).toEqual([]);
  });

  it('still reads the head of a known body', () => {
    const text =
      'The Department of State designated the Norte Front and its leader, Juan Ruiz, as terrorists.';
    expect(facts(text)).toContain('Juan Ruiz LEADS Norte Front');
  });
});

describe('support held important', () => {
  it('is the support of those who hold it so', () => {
    const text =
      'Foreign Minister Ana Ruiz and Defense Minister Jorge Paz underscored the importance of supporting Peru’s defense.';
    expect(facts(text)).toEqual(
      expect.arrayContaining(['Ana Ruiz SUPPORTS Peru', 'Jorge Paz SUPPORTS Peru']),
    );
  });

  it('reads no blow held important', () => {
    expect(facts('Chile stressed the importance of attacking Peru.')).not.toContain('Chile ATTACKED Peru');
  });
});

describe('two sides of a joint subject', () => {
  it('reads no alliance between two people speaking of one', () => {
    const text =
      'Foreign Minister Ana Ruiz and Defense Minister Jorge Paz emphasized the importance of the Alliance remaining strong.';
    expect(facts(text)).not.toContain('Ana Ruiz SUPPORTS Jorge Paz');
  });

  it.each([
    ['Ecuador and Peru sent troops to their borders with Chile this week.', 'Ecuador COOPERATED Peru'],
    ['Chile and Peru brought their complaints before a regional court on Monday.', 'Chile COOPERATED Peru'],
  ])('reads no dealing when each acts on its own in "%s"', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });

  it('still reads two forces acting together', () => {
    expect(facts('French and Malian forces regained control of the town.')).toContain(
      'France COOPERATED Mali',
    );
  });
});
