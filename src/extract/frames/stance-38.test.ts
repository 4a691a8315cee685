// Round 38: stance and support between named sides. A commitment or determination reached
// through a gerund or "working with"; a support noun that shares its owner with a first support
// noun joined by "and"; support for the development of a state's assets; a joined verb whose
// subject is the first verb's although that verb's object holds an event noun with a name on it;
// a support given in the face of someone's hostile act. Sentences written for these tests; the
// people are invented, the countries real.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('stance and support between named sides', () => {
  it.each([
    // a commitment or determination and the verb that carries it to its object
    ['The envoy said nothing would shake Norway’s determination to assist Chile.', 'Norway SUPPORTS Chile'],
    [
      'The envoy restated the Norwegian commitment to working with Chile on reforms.',
      'Norway SUPPORTS Chile',
    ],
    ['The envoy restated Norway’s commitment to defending Chile at sea.', 'Norway SUPPORTS Chile'],
    // two support nouns joined by "and" share their owner
    [
      'The envoy stressed Norway’s close partnership and continued support to the Chilean people during the drought.',
      'Norway SUPPORTS Chile',
    ],
    // support for the development of a state's assets
    [
      'The envoy restated Norwegian support for the development of Chile’s fishing ports.',
      'Norway SUPPORTS Chile',
    ],
    // a joined verb past an event noun with a name on it in the first verb's object
    [
      'Deputy Secretary Lars Berg restated U.S. support for the expansion of Chile’s port network, and encouraged Chile to open its markets.',
      'Lars Berg DEMANDED Chile',
    ],
    [
      'Deputy Secretary Lars Berg stressed continued U.S. opposition toward the dam and encouraged Peru to halt the dredging.',
      'Lars Berg DEMANDED Peru',
    ],
    // a support given in the face of a hostile act
    ['Norway stands with Chile in the face of Peruvian coercion.', 'Norway CRITICIZED Peru'],
    [
      'Lars Berg, the Norwegian envoy, pledged his firm support for Chile in the face of a sudden and brutal assault by Peru.',
      'Lars Berg CRITICIZED Peru',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a commitment the subject gives nobody; a determination to do harm
    ['The envoy praised the commitment to working with local charities.', / SUPPORTS /],
    ['The envoy deplored Norway’s determination to isolate Chile.', /Norway SUPPORTS Chile/],
    // an owned act joined to a support noun: the act's owner gives no support
    ['The envoy condemned Peru’s invasion and welcomed international support for Chile.', /Peru SUPPORTS/],
    // the development of something that is no state's
    ['The envoy opposed the development of new weapons by Peru.', / SUPPORTS /],
    // no stated support: retreating in the face of an offensive is no stance
    ['Norwegian troops withdrew from Chile in the face of Peru’s offensive.', / CRITICIZED /],
    // support in the face of a disaster blames nobody
    ['Norway pledged support for Chile in the face of the floods.', / CRITICIZED /],
    // the name on the first verb's object is not the joined verb's subject
    [
      'Deputy Secretary Lars Berg restated U.S. support for the expansion of Chile’s port network, and urged Chile to open its markets.',
      /^United States DEMANDED/,
    ],
    // a support owned by a name in someone else's words stays unread for its owner
    [
      'Deputy Minister Lars Berg highlighted Norway’s strong support for Chile in the face of Peru’s unlawful war.',
      /^Norway CRITICIZED/,
    ],
  ])('reads nothing of the kind in "%s"', (text, kind) => {
    expect(all(text).filter((f) => kind.test(f))).toEqual([]);
  });
});
