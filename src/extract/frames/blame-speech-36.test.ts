// Round 36: accusations and blame carried by reported speech. A speaker who says an attack was
// unprovoked, or that a side killed or shelled civilians, criticises that side (round 8, reported
// wrongdoing). Plain reports of an attack stay reporting. Sentences written for these tests; the group
// and the people are invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('a wrong told in a reported clause', () => {
  it.each([
    // an attack the speaker calls unprovoked, its author's name on the head or owning it
    ['Norwegian authorities say the Azure Brigade attack was unprovoked.', 'Norway CRITICIZED Azure Brigade'],
    ["Norway said Chile's attack on the border post was unprovoked.", 'Norway CRITICIZED Chile'],
    // civilians as the victims of the act
    ['Norway said Chilean forces killed three civilians in the raid.', 'Norway CRITICIZED Chile'],
    ['Norway said Chile had shelled civilian areas near the border.', 'Norway CRITICIZED Chile'],
    ['Norway said the Azure Brigade fighters killed dozens of civilians.', 'Norway CRITICIZED Azure Brigade'],
  ])('criticises the author: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a plain report of an attack is no judgement
    'Norway said Chile attacked the border post on Monday.',
    'Norway said Chile killed ten soldiers in the raid.',
    // no civilians killed, a possible killing, a denial
    'Norway said Chile killed no civilians in the raid.',
    'Norway said Chile may have killed civilians in the raid.',
    'Norway denied that Chile killed civilians in the raid.',
    // soldiers and civilians: the phrase's head is the soldiers
    'Norway said Chile killed ten soldiers and two civilians.',
    // an attack undergone, not judged
    'Norway said the Azure Brigade attack was repelled by the army.',
  ])('criticises no one: "%s"', (text) => {
    expect(all(text).filter((f) => / CRITICIZED /.test(f))).toEqual([]);
  });
});
