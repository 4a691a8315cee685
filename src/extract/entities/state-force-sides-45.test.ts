// Round 45: a state's forces or acts named by description with no owner ("military helicopters",
// "security forces", "the army offensive", "when troops …") stand for the state the story is set
// in. Sentences written for these tests; the groups and people are invented, the countries real.
import { extractArticle } from '..';
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';
import { STATE_ATTRIBUTE_EXAMPLES, BARE_STATE_FORCES } from '../lexicon/state-word-sides';

const read = (text: string) => extractArticle({ id: 't', title: 'Report', text, source: 'test' });
const facts = (text: string): string[] =>
  read(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
const reasons = (text: string): string[] =>
  recognizeEntities({ id: 't', title: 'Report', text, source: 'test' }, splitSentences(text)).mentions.map(
    (m) => m.reason,
  );

/** Two sentences that make Peru the article's country. */
const PERU = 'Peru held elections on Sunday. Peru closed its northern border.';

describe('an unowned force word as the acting side', () => {
  it.each([
    [
      `${PERU} Security forces drove the Azure Liberation Front out of two towns.`,
      'Peru ATTACKED Azure Liberation Front',
    ],
    [
      `${PERU} The Azure Liberation Front, a rebel group, has carried out attacks on security forces.`,
      'Azure Liberation Front ATTACKED Peru',
    ],
    [
      `${PERU} Military helicopters bombed camps of the Azure Liberation Front, a rebel group.`,
      'Peru ATTACKED Azure Liberation Front',
    ],
    [
      `${PERU} The Azure Liberation Front, a rebel group, lost ground on Monday. Villagers fled when troops attacked the Azure Liberation Front near the river.`,
      'Peru ATTACKED Azure Liberation Front',
    ],
  ])('reads the state in "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // the article writes another state's own forces: the bare words may be theirs
    [
      `${PERU} Chilean troops crossed the border. Security forces drove the Azure Liberation Front out of two towns.`,
    ],
    // another state in the sentence may own the force
    [`${PERU} In Chile, security forces drove the Azure Liberation Front out of two towns.`],
    // a side's own force
    [`${PERU} Rebel security forces drove the Azure Liberation Front out of two towns.`],
    // no state the article is about
    ['Security forces drove the Azure Liberation Front out of two towns.'],
  ])('reads no state in "%s"', (text) => {
    expect(facts(text)).not.toContain('Peru ATTACKED Azure Liberation Front');
  });
});

describe('the mention and what it leaves alone', () => {
  it('marks the attribute word of an act noun, not one after a light verb', () => {
    expect(reasons(`${PERU} The Azure Liberation Front condemned the army offensive.`)).toContain(
      'coref:state-word',
    );
    expect(
      reasons(`${PERU} The government launched military operations against the Azure Liberation Front.`),
    ).not.toContain('coref:state-word');
  });

  it('leaves victims to the fallen-forces reading and counts to no one', () => {
    expect(reasons(`${PERU} Five soldiers were killed near the river.`)).not.toContain('coref:bare-force');
  });

  it("does not make a bare spokesman of an international body the state's", () => {
    const text =
      'Chile held a vote. Chile closed a port. Officials of the United Nations warned that a military assault on Ica would hurt civilians. Spokesman Ana Ruiz said aid was blocked.';
    expect(facts(text)).not.toContain('Ana Ruiz MEMBER_OF Chile');
  });
});

describe('lexicon examples', () => {
  it.each([...STATE_ATTRIBUTE_EXAMPLES.entries(), ...BARE_STATE_FORCES.entries()])(
    '"%s" stands for the state in its example',
    (_word, text) => {
      expect(reasons(text).some((r) => r === 'coref:state-word' || r === 'coref:bare-force')).toBe(true);
    },
  );
});
