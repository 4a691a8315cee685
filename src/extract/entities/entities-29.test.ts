// Entity shapes of round 29 (people's names: the span of a name from a tradition with no family
// name last), each in our own words with its nearest negatives. Invented names.
import {
  checkEntities as check,
  type EntityCase as Case,
  readEntities,
} from '../../../test/support/entity-cases';

describe('round 29 (entities: a Burmese or Vietnamese name whose syllables are English words)', () => {
  const cases: Case[] = [
    // a first syllable that is an English verb, opening the sentence
    ['Win Myat Soe told reporters the ceasefire had failed.', ['Person:Win Myat Soe'], ['Person:Myat Soe']],
    // "Min", "Tun" are English words too
    ['The army is ready to talk, said Myo Min Tun.', ['Person:Myo Min Tun'], []],
    // a Vietnamese family name, then given names one of which is an English word ("Son")
    ['Deputy Minister Dang Van Son met the envoy in Hanoi.', ['Person:Dang Van Son'], ['Person:Van Son']],
    ['Dang Van Son said the deal would be signed next year.', ['Person:Dang Van Son'], []],
    ['Police arrested Tin Moe Lwin in Yangon on Friday.', ['Person:Tin Moe Lwin'], []],
    // nearest negatives: the same words as ordinary English, and two Vietnamese places
    ['Win or lose, the party will stay in the coalition.', [], ['Person:Win']],
    ['Fighting spread to Hai Phong and Long An on Monday.', [], ['Person:Hai Phong', 'Person:Long An']],
    ['More people came than ever before, Lwin said.', [], ['Person:Than']],
  ];
  it.each(cases)('%s', (...c) => check(c));

  it('gives a Burmese name no surname alias, so another name opening on that syllable stays whole', () => {
    const found = readEntities(
      'Thet Min Aung told reporters the talks would go on. Aung Myo Thein, a lawmaker, agreed.',
    ).filter((e) => e.type === 'Person');
    expect(found.map((e) => e.name).sort()).toEqual(['Aung Myo Thein', 'Thet Min Aung']);
    expect(found.find((e) => e.name === 'Thet Min Aung')?.aliases).not.toContain('Aung');
  });

  it('keeps a Western two-word name its surname alias', () => {
    const found = readEntities('Ana Lombardi told reporters the talks would go on. Lombardi left.');
    expect(found.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Ana Lombardi']);
  });
});
