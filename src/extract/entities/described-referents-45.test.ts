// Round 45: actors and places named by what they are (described-referents.ts). Each row is a
// sentence pair written for these tests; the groups, people and towns are invented, the
// countries real. Each says what the phrase stands for, or that it stands for nothing.
import { extractArticle } from '..';
import { corefs } from '../../../test/support/entity-cases';

/** "subject PREDICATE object" for each fact read in the text. */
const facts = (text: string): string[] =>
  extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

/** The described mentions of a text: "words → entity (reason)". */
const described = (text: string): string[] => corefs(text).filter((c) => c.includes('coref:described-'));

describe('an armed band by description is the one armed group of the article', () => {
  const rows: [string, string][] = [
    [
      // named after the phrase: the article read in both directions
      'Officials said the rebels burned two police posts overnight. The Crimson Brigade has fought the army in Peru for a decade. The Crimson Brigade denies it.',
      'the rebels → Crimson Brigade (coref:described-rebels)',
    ],
    [
      'The Crimson Brigade holds the hills. The Crimson Brigade closed the roads on Monday. Markets shut early. Leftist rebels later criticized the president.',
      'Leftist rebels → Crimson Brigade (coref:described-rebels)',
    ],
    [
      'The Crimson Brigade holds the hills. The Crimson Brigade closed the roads on Monday. Markets shut early. Power failed. Witnesses said the insurgents fled.',
      'the insurgents → Crimson Brigade (coref:described-insurgents)',
    ],
    [
      // a party by its category, armed by the word the article writes beside it
      'Rebel fighters from the Ixtapa Popular Movement seized a village. The Ixtapa Popular Movement denied it. Observers said the rebels shelled the road.',
      'the rebels → Ixtapa Popular Movement (coref:described-rebels)',
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(described(text)).toContain(expected);
  });

  it('reads the facts the phrase is a side of', () => {
    const attack =
      'Officials say the rebels attacked Peru on Sunday. The Crimson Brigade has fought in Peru for a decade. The Crimson Brigade denies it.';
    expect(facts(attack)).toContain('Crimson Brigade ATTACKED Peru');
    const blame =
      'The Crimson Brigade holds the hills. The Crimson Brigade closed the roads on Monday. Markets shut early. Leftist rebels later criticized President Juan Mora.';
    expect(facts(blame)).toContain('Crimson Brigade CRITICIZED Juan Mora');
  });
});

describe('an armed band by description stands for nothing when', () => {
  const rows: [string, string][] = [
    [
      'two armed groups are named and none nearer decides',
      'The Crimson Brigade and the Jade Brigade hold the hills. Roads were closed. Markets shut. Power failed. Officials said the rebels fled.',
    ],
    [
      'the group is named beside the phrase',
      'The Crimson Brigade holds the hills. The Crimson Brigade said the rebels of the north had joined it.',
    ],
    [
      'the group is the one the phrase is fought by',
      'The Azure Liberation Army holds the valley. The Azure Liberation Army will defeat the rebels, its leader said. Roads closed. Leftist rebels fled.',
    ],
    [
      'the plural is counted',
      'The Crimson Brigade holds the hills. Roads closed. Markets shut. Officials said five militants died.',
    ],
    [
      'a place after "in" may make them a band of their own',
      'The Crimson Brigade holds the hills. Roads closed. Officials said leftist rebels in the Ucayali region burned a post.',
    ],
    [
      'the only armed group is one the article calls a militia',
      'The Jade Brigade, a pro-government militia, patrols Lima. Roads closed. Markets shut. Officials said leftist rebels burned a post.',
    ],
  ];
  it.each(rows)('%s', (_why, text) => {
    expect(described(text)).toEqual([]);
  });
});

describe('a state by description', () => {
  it('is the country the sentence before names, past a region word', () => {
    const text = 'Peru closed its border on Monday. The South American country said the move was temporary.';
    expect(described(text)).toContain('The South American country → Peru (coref:described-country)');
  });
  it('is the country the story is about when none is named nearby', () => {
    const text =
      'Peru held a vote on Sunday. Peru counted the ballots. The count took days. Turnout was high. A regional bloc suspended the war-torn country’s membership.';
    expect(described(text)).toContain('the war-torn country → Peru (coref:described-country)');
  });
  it('is no state a capital only placed ("the Chilean capital Santiago")', () => {
    const text =
      'Peru held a vote on Sunday. Peru counted the ballots. Leaders met in the Chilean capital Santiago. Crowds filled the war-torn country’s squares.';
    expect(described(text)).toContain('the war-torn country → Peru (coref:described-country)');
  });
  it('"the kingdom" is only a kingdom, and none when another state is nearer', () => {
    expect(described('Jordan closed its border. The kingdom said the move was temporary.')).toContain(
      'The kingdom → Jordan (coref:described-kingdom)',
    );
    expect(
      described('Jordan closed its border. Ecuador said the kingdom is facing a campaign of lies.'),
    ).toEqual([]);
  });
});

describe('a place by description', () => {
  it('"the town" is the one town the sentence before names', () => {
    const text = 'Gunmen entered the town of Villa Rica in Peru. Peruvian troops shelled the town on Monday.';
    expect(described(text)).toContain('the town → Villa Rica (coref:described-town)');
    expect(facts(text)).toContain('Peru ATTACKED Villa Rica');
  });
  it('"the capital" is the capital of the country the story is about', () => {
    const text =
      'Peru held a vote. Peru counted the ballots in Lima. Roads closed. Crowds marched in the capital.';
    expect(described(text)).toContain('the capital → Lima (coref:described-capital)');
  });
  it('is nothing as a predicate, a modifier, or after "of"', () => {
    expect(described('Peru held a vote. Lima is the capital.')).toEqual([]);
    expect(
      described('Gunmen entered the town of Villa Rica in Peru. The town council met on Monday.'),
    ).toEqual([]);
    expect(
      described('Peru held a vote. Peru counted ballots in Lima. Crowds filled the city of Cusco.'),
    ).toEqual([]);
  });
  it('is nothing when the sentence before names two places', () => {
    const text =
      'Gunmen entered the town of Villa Rica and the town of Santa Fe in Peru. Troops retook the town on Monday.';
    expect(described(text)).toEqual([]);
  });
});
