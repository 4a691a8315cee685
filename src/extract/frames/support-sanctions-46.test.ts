// Round 46: support and sanctions between named sides on unseen text. Support for an undertaking
// that someone leads is support for its leader ("the X-led process", "mediation led by X and Y",
// "the ongoing efforts of X" after a support noun); an envoy ordered out or expelled stands for
// his state when the state is named only by his title ("Xian Ambassador A") or as the owner of
// "ambassador" before "to leave". Sentences written for these tests; the people and the group are
// invented, the countries and the African Union real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Statement', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('support and sanctions between named sides on unseen text, round 46', () => {
  it.each([
    ['Norway is committed to supporting the Chile-led process in the region.', 'Norway SUPPORTS Chile'],
    ['Norway backs the African Union-led efforts to end the fighting.', 'Norway SUPPORTS African Union'],
    ['Norway pledged firm support for the Chile-led peace process on Tuesday.', 'Norway SUPPORTS Chile'],
    [
      'The minister said Norway expressed strong support for regional mediation and dialogue led by Chile and the African Union.',
      'Norway SUPPORTS Chile',
    ],
    [
      'The minister said Norway expressed strong support for regional mediation and dialogue led by Chile and the African Union.',
      'Norway SUPPORTS African Union',
    ],
    [
      'Norway pledged support for the ongoing efforts of the African Union to broker a truce.',
      'Norway SUPPORTS African Union',
    ],
    ["Norway ordered Chile's ambassador to leave the country within three days.", 'Norway SANCTIONED Chile'],
    [
      'Norway has ordered Chilean Ambassador Pablo Herrera to leave the country as soon as possible.',
      'Norway SANCTIONED Chile',
    ],
    ['Norway on Friday expelled Chilean Ambassador Pablo Herrera.', 'Norway SANCTIONED Chile'],
  ])('reads the fact: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // an undertaking opposed, or support only promised, is no support
    ['Norway opposes the Chile-led process in the region.', 'Norway SUPPORTS Chile'],
    ['Norway will not support the Chile-led process in the region.', 'Norway SUPPORTS Chile'],
    // the leader of what support is given against is not supported
    ['Norway supports efforts against the Chile-led insurgency.', 'Norway SUPPORTS Chile'],
    // an envoy told to do anything but leave is not expelled
    ['Norway ordered Chilean Ambassador Pablo Herrera to attend the hearing.', 'Norway SANCTIONED Chile'],
    ["Norway ordered Chile's ambassador to attend the hearing.", 'Norway SANCTIONED Chile'],
    // an envoy welcomed is no envoy expelled
    ['Norway welcomed Chilean Ambassador Pablo Herrera.', 'Norway SANCTIONED Chile'],
  ])('states nothing: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
