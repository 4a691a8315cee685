// Round 44: criticism, demands and threats on unseen text. A demand of "both the X and the Y"; a
// call for "a cessation of" Y's act; a resolve or vow to work with others toward an act of force
// ("committed to working with X to dismantle Y"); an infinitive split by an adverb; a participle
// on a hostile act faced and its author after "from"; coercion owned as a fault; a span of time
// before an allegation's "that"; an accusation told as its owner's noun; a demand "for Y to act".
// Sentences written for these tests; the events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Stance', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('criticism, demands and threats, round 44', () => {
  it.each([
    [
      'Norway called for both the Azure Brigade and the Crimson Front to join the talks in Oslo.',
      ['Norway DEMANDED Azure Brigade', 'Norway DEMANDED Crimson Front'],
    ],
    [
      'Norway called for an immediate cessation of Chile’s attacks on the border towns.',
      ['Norway DEMANDED Chile'],
    ],
    [
      'Norway remains committed to working with Peru and its neighbours to dismantle the Crimson Front.',
      ['Norway THREATENED Crimson Front'],
    ],
    ['Norway pledged to work together to defeat the Crimson Front.', ['Norway THREATENED Crimson Front']],
    ['Norway vowed to swiftly defeat the Crimson Front.', ['Norway THREATENED Crimson Front']],
    [
      'Norway pledged its full support for Peru in the face of attempted coercion from Chile.',
      ['Norway CRITICIZED Chile'],
    ],
    ['Norway and Sweden discussed Chile’s economic coercion of Peru.', ['Norway CRITICIZED Chile']],
    [
      'Norway alleged over the weekend that Chile is using mercenaries in the north.',
      ['Norway CRITICIZED Chile'],
    ],
    ['Norway’s accusation that Chile violated the truce angered Santiago.', ['Norway CRITICIZED Chile']],
    ['Peru renewed its demand for Chile to withdraw its troops.', ['Peru DEMANDED Chile']],
  ])('states: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // a cessation with no author named
    ['Norway called for an immediate cessation of hostilities in Chile.', 'Norway DEMANDED Chile'],
    // work told as done passes no resolve to its aim
    ['Norway worked with Peru to defeat the Crimson Front.', 'Norway THREATENED Crimson Front'],
    // the one who withdrew in the face of an offensive states no stance
    ['Peru’s troops withdrew in the face of an offensive from Chile.', 'Peru CRITICIZED Chile'],
    // accusations with no owner are no one's; rejecting them criticises no one
    ['Peru rejected the accusations that Chile had violated the truce.', 'Peru CRITICIZED Chile'],
    // an accused who underwent the act is not accused
    ['Norway’s accusation that Chile had been attacked by rebels was denied.', 'Norway CRITICIZED Chile'],
    // a demand for goods is no demand of their seller
    ['Peru noted the rising demand for Chile’s copper to feed its factories.', 'Peru DEMANDED Chile'],
  ])('states nothing: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
