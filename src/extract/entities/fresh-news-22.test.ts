// Entity errors the lead found in fresh news and in never-read train files (round 22), rebuilt in
// our own words: each sentence holds the shape, never the article's names.
import {
  checkEntities as check,
  readEntities,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe('round 22 (entities: missions in a place, speakers in a place, people words, channel names)', () => {
  const cases: Case[] = [
    // a state's embassy is named with the place it sits in; the place stays an actor of its own
    [
      'Drones struck near the Chilean Embassy in Lusaka on Friday.',
      ['Organization:Chilean Embassy in Lusaka', 'Location:Lusaka', 'Country:Chile'],
      ['Organization:Chilean Embassy'],
    ],
    ['Protesters gathered outside the embassy in Lusaka.', ['Location:Lusaka'], []],
    // people told by where they are: the name after their "in" is a place, even before "said"
    ['Officials in Varnok Dol said two guards were hurt.', ['Location:Varnok Dol'], ['Person:Varnok Dol']],
    ['Reporters met Varnok Dol, who said two guards were hurt.', [], ['Location:Varnok Dol']],
    // a people's word before "police" is no place ("Serb police" are the Serbs')
    ['Ethnic Serb police officers left their posts in the north.', [], ['Location:Serb']],
    ['Tolvan police said two guards were hurt.', ['Location:Tolvan'], []],
    // capitalised words before a lower-case plural noun say whose the many are: no person
    ['The minister met Indigenous Aymara leaders on Thursday.', [], ['Person:Indigenous Aymara']],
    ['The minister met Tomas Arvelo on Thursday.', ['Person:Tomas Arvelo'], []],
    // a body named for what it works on runs on over "on"; a date or a listed body does not
    [
      'The Southern Lakes Network on Chile said troops fired on a march.',
      ['Organization:Southern Lakes Network on Chile'],
      ['Organization:Southern Lakes Network'],
    ],
    [
      'The Sanctions Committee on February 3 listed him.',
      [],
      ['Organization:Sanctions Committee on February'],
    ],
    ['The envoy briefed the Security Council on Chile.', ['Country:Chile'], []],
    // one unknown word between "the" and a lower-case "alliance" names the league
    ['Fighters of the Varkan alliance shelled the town.', ['Organization:Varkan'], []],
    ['The Chile alliance is strong.', ['Country:Chile'], ['Organization:Chile']],
    // "Um" is a spelling of the place prefix "Umm"
    ['Rebels shelled Um Tarova on Tuesday.', ['Location:Um Tarova'], []],
    // a name said to be one who holds a title is a person's
    ['Zarek Omarkhel is a retired Chilean general.', ['Person:Zarek Omarkhel', 'Country:Chile'], []],
    ['Tolo Kanda is a town in the north.', [], ['Person:Tolo Kanda']],
    // one word that speaks of itself as "it" and of what it will do is a body, not a person
    ['Norvane said it would close two plants.', ['Organization:Norvane'], ['Person:Norvane']],
    [
      'Norvane said sales fell. Norvane also said it would cut jobs.',
      ['Organization:Norvane'],
      ['Person:Norvane'],
    ],
    ['Arvelo said it was a mistake.', ['Person:Arvelo'], []],
    ['Arvelo said he would resign.', ['Person:Arvelo'], []],
    // an adverb of time opening a sentence is no part of the name after it
    [
      'Later Kalor Radio said it had closed.',
      ['Organization:Kalor Radio'],
      ['Organization:Later Kalor Radio'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));

  test('the short name of a mission, before or after its full name, is the same record', () => {
    for (const text of [
      'The Chilean Embassy in Lusaka was hit. The Chilean Embassy said no one was hurt.',
      'The Chilean Embassy said no one was hurt. Drones hit the Chilean Embassy in Lusaka.',
    ]) {
      const missions = readEntities(text).filter((e) => e.name.includes('Embassy'));
      expect(missions.map((e) => e.name)).toEqual(['Chilean Embassy in Lusaka']);
    }
  });

  test('a channel written "X TV" and "X Televisión" is one record', () => {
    const text = 'Gunmen stormed the studios of Kalor Televisión. Kalor TV went off the air.';
    const channels = readEntities(text).filter((e) => e.name.startsWith('Kalor'));
    expect(channels).toHaveLength(1);
    expect(channels[0].aliases).toEqual(expect.arrayContaining(['Kalor TV', 'Kalor Televisión']));
  });

  test('two channels of different names stay two', () => {
    const text = 'Kalor TV and Vesna Television were closed.';
    expect(readEntities(text).filter((e) => e.type === 'Organization')).toHaveLength(2);
  });

  test('a network with no broadcast word in it is no medium', () => {
    const [network] = readEntities('The Kalvo Nurses Network said 20 people were killed.');
    expect(network).toMatchObject({ name: 'Kalvo Nurses Network', type: 'Organization', category: 'other' });
    const [channel] = readEntities('The Kalvo Media Network said 20 people were killed.');
    expect(channel).toMatchObject({ name: 'Kalvo Media Network', category: 'media' });
  });

  test('initials spelled out in square brackets are another name of the body', () => {
    const text = 'Agents of the BRG [Kalvo Republican Battalion] came at night. The BRG left at dawn.';
    const bodies = readEntities(text).filter((e) => e.type === 'Organization');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ name: 'Kalvo Republican Battalion' });
    expect(bodies[0].aliases).toContain('BRG');
  });
});
