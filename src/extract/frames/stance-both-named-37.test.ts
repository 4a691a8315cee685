// Round 37: stance where both sides are named in the sentence. A fault among what a speaker
// commends, demonstrates or rejects; an evaluative verb's complement that names the doer; a
// quotation that opens on the speaker's state; a title before the one thanked. Sentences written for these tests; the people are invented, the countries real.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('stance with both sides named', () => {
  it.each([
    // a fault among the topics of commend, demonstrate, reject
    [
      'Deputy Minister Lars Berg commended Denmark for rallying its partners against Chile’s aggression.',
      'Lars Berg CRITICIZED Chile',
    ],
    ['Norway firmly rejects Chile’s fraudulent bid to redraw the border.', 'Norway CRITICIZED Chile'],
    [
      'Norway has demonstrated its resolve to counter the Chilean government’s malign influence operations in Peru.',
      'Norway CRITICIZED Chile',
    ],
    // an evaluative verb: the doer its complement names, and new complement words
    ['Lars Berg called the war a reckless gamble launched by Chile.', 'Lars Berg CRITICIZED Chile'],
    [
      'Lars Berg called the war a reckless gamble carried out by the Azure Brigade.',
      'Lars Berg CRITICIZED Azure Brigade',
    ],
    ['Lars Berg called the Chilean raid an unjustified escalation.', 'Lars Berg CRITICIZED Chile'],
    // a quotation that opens on the speaker's state
    [
      '“Norway remains deeply troubled by the abuses and corruption in Chile,” said Deputy Minister Lars Berg.',
      'Lars Berg CRITICIZED Chile',
    ],
    // the one thanked: a title before the name
    ['Lars Berg thanked Foreign Minister Pedro Gomez for helping Norway.', 'Pedro Gomez SUPPORTS Norway'],
  ])('reads "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a claim the speaker rejects is not the speaker's; an offer is no fault
    ['Norway rejected Chile’s claims that Peru violated the truce.', / CRITICIZED /],
    ['Norway firmly rejects Chile’s offer to redraw the border.', / CRITICIZED /],
    ['Norway commended Peru for rallying its neighbours after the floods.', / CRITICIZED /],
    // a complement that judges nothing; a doer named outside the complement's clause
    ['Lars Berg called the war a noble effort launched by Chile.', / CRITICIZED /],
    ['Lars Berg called the war a reckless gamble, as reported by Chilean media.', / CRITICIZED Chile/],
    // a body's support voiced in a quotation stays the body's
    ['“Norway supports Peru in its struggle,” said Lars Berg.', /^Lars Berg SUPPORTS/],
  ])('reads nothing of the kind in "%s"', (text, kind) => {
    expect(all(text).filter((f) => kind.test(f))).toEqual([]);
  });
});
