// Round 39: a verb's subject the frame engine did not reach. An act noun whose author is given by
// "by" past more words of where, when or whom before the verb it is subject of ("the raids carried
// out on Friday by X in Y, which killed …"); a relative pronoun the tagger calls a preposition
// before "the" ("Y, which the X ministry has described as …"); and a guess ("speculation
// that …") told as no fact. Sentences written for these tests; the events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Subjects', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('an act noun whose author stands past more words, round 39', () => {
  it.each([
    [
      'Norway condemned the raids carried out on Friday by the Burmese army in Shan State, which killed 30 Thai soldiers.',
      'Myanmar KILLED Thailand',
    ],
    [
      'Norway deplored the recent bombings in eastern Niger inflicted by Boko Haram that killed 30 Chadian soldiers.',
      'Boko Haram KILLED Chad',
    ],
    [
      'A dawn raid by Taliban fighters on Maimana in the Faryab region killed 12 Afghan soldiers.',
      'Taliban KILLED Afghanistan',
    ],
    [
      'Officials said a night raid by Taliban fighters on Maimana in the Faryab region killed 12 Afghan soldiers.',
      'Taliban ATTACKED Afghanistan',
    ],
  ])('reads the author: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // the one who ordered the raids is no author "by" names
    [
      'Norway condemned the raids ordered by the Burmese president in Shan State, which killed 30 Thai soldiers.',
      'Myanmar KILLED Thailand',
    ],
  ])('reads no author: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});

describe('a relative pronoun tagged a preposition, round 39', () => {
  it.each([
    [
      'Hezbollah, which the European Union has described as a terrorist group, rejected the plan.',
      'European Union CRITICIZED Hezbollah',
    ],
    [
      'The court heard about al-Shabaab, a Kenya-based faction that the European Union considers a terrorist group.',
      'European Union CRITICIZED al-Shabaab',
    ],
    [
      'Fighting resumed near the town of Baidoa, which the Somali National Army recaptured from al-Shabaab in May.',
      'Somali National Army ATTACKED al-Shabaab',
    ],
  ])('reads the clause subject: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a visit judges no one
    [
      'Hezbollah, which the European Union has visited twice, rejected the plan.',
      'European Union CRITICIZED Hezbollah',
    ],
    [
      'Fighting resumed near the town of Baidoa, which the Somali National Army visited in May.',
      'Somali National Army ATTACKED al-Shabaab',
    ],
  ])('reads nothing more: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});

describe('speculation states no fact, round 39', () => {
  it('reads no deal guessed at', () => {
    expect(
      all(
        'The count has fed speculation that outgoing President Uhuru Kenyatta struck a deal with Raila Odinga to share power.',
      ),
    ).not.toContain('Uhuru Kenyatta COOPERATED Raila Odinga');
  });

  it('reads a deal shown', () => {
    expect(
      all(
        'The count has shown that outgoing President Uhuru Kenyatta struck a deal with Raila Odinga to share power.',
      ),
    ).toContain('Uhuru Kenyatta COOPERATED Raila Odinga');
  });
});
