// Round 35: a state's forces and the group they fight as the sides of an act. A bare "rebels"
// joined to a state's force ("government troops and rebels", "fighting between the army and
// rebels", "troops clashed with rebels"), "one government soldier", and a people's word on a
// group's fighters ("six Aymara rebels") as the group's own dead. Sentences written for these
// tests; the groups are invented, the countries real, the events invented.
import type { Mention } from '../../model';
import { extractArticle } from '..';
import { recognizeEntities } from '../entities';
import { FIGHTING_WITH_WORDS, REBELS_FOE_FORCES } from '../lexicon/coref-words';
import { splitSentences } from '../sentences';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

/** "word → entity name" for each "rebels" read as a group. */
function rebelsRead(text: string): string[] {
  const { entities, mentions } = recognizeEntities(
    { id: 't', title: '', text, source: 'test' },
    splitSentences(text),
  );
  const name = (m: Mention): string => entities.find((e) => e.id === m.entityId)?.name ?? '?';
  return mentions.filter((m) => m.reason === 'coref:the-rebels').map((m) => `${m.text} → ${name(m)}`);
}

const REBEL = 'The rebel Azure Brigade took Ica in Peru. Peru held a vote.';

describe('a bare "rebels" beside a state force is the group the article calls rebel', () => {
  it.each([
    `${REBEL} Government troops and rebels clashed overnight.`,
    `${REBEL} Fighting between the army and rebels spread to the south.`,
    `${REBEL} Fighting between rebels and government forces went on for a week.`,
    // the group named in the same sentence, beside another side's clash with it
    'Peru held a vote. Peru closed Ica. United Nations peacekeepers in Peru clashed with the rebel Azure Brigade, as fighting between the Peruvian army and rebels went on.',
  ])('both ways: "%s"', (text) => {
    expect(all(text)).toEqual(
      expect.arrayContaining(['Peru ATTACKED Azure Brigade', 'Azure Brigade ATTACKED Peru']),
    );
  });

  it.each([...REBELS_FOE_FORCES, ...FIGHTING_WITH_WORDS])(
    'the lexicon example of "%s" reads the rebels as the group',
    (_, example) => {
      expect(rebelsRead(example)).toEqual(['rebels → Azure Brigade']);
    },
  );

  it('one way after "clashed with": "Peruvian troops clashed with rebels"', () => {
    expect(all(`${REBEL} Peruvian troops clashed with rebels near the town.`)).toContain(
      'Peru ATTACKED Azure Brigade',
    );
  });

  it.each([
    // a count or a determiner says which rebels
    `${REBEL} Government troops and some rebels clashed overnight.`,
    // two groups called rebel: the plural may be either
    'The rebel Azure Brigade and the rebel Crimson Front took Ica in Peru. Peru held a vote. Government troops and rebels clashed overnight.',
    // "rebels of X" names its own group
    `${REBEL} Government troops and rebels of the Crimson Front clashed overnight.`,
    // no state force on the other side
    `${REBEL} The Crimson Front clashed with rebels near the town.`,
    `${REBEL} Farmers and rebels traded goods at the market.`,
  ])('is no one: "%s"', (text) => {
    expect(all(text).filter((f) => /Azure Brigade ATTACKED|ATTACKED Azure Brigade/.test(f))).toEqual([]);
  });
});

describe('"one government soldier" is the article\'s state', () => {
  it('killing one is KILLED the state', () => {
    expect(
      all('Rain fell on Peru. Peru held a vote. The Azure Brigade killed one government soldier.'),
    ).toContain('Azure Brigade KILLED Peru');
  });

  it('not a pro-government soldier', () => {
    expect(
      all('Rain fell on Peru. Peru held a vote. The Azure Brigade killed one pro-government soldier.'),
    ).not.toContain('Azure Brigade KILLED Peru');
  });
});

describe("a people's word on a group's fighters names its own people", () => {
  it('killing "six Aymara rebels" is KILLED the group', () => {
    expect(
      all(
        'The Aymara Liberation Army raided Ica. Peru held a vote. The Peruvian army said its troops killed six Aymara rebels near the border.',
      ),
    ).toContain('Peru KILLED Aymara Liberation Army');
  });

  it('an arrest is no killing', () => {
    const facts = all(
      'The Aymara Liberation Army raided Ica. Peru held a vote. Peruvian police arrested six Aymara rebels near the border.',
    );
    expect(facts).not.toContain('Peru KILLED Aymara Liberation Army');
    expect(facts).not.toContain('Peru ATTACKED Aymara Liberation Army');
  });
});
