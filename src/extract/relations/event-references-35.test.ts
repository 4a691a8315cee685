// Round 35: sides told by an event. A killer told, or an act recalled from the article's event
// memory ("this airstrike", "the attack"), killed unnamed dead ("two terrorists", "12 soldiers"):
// the dead are the side the killer fought. Sentences written for these tests; the groups are
// invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );
const killed = (text: string) => all(text).filter((f) => / KILLED /.test(f));

describe('unnamed dead of a told or recalled killer', () => {
  it.each([
    // the airstrike recalled: its author told it against the group
    'U.S. forces conducted an airstrike against the Azure Brigade near Kismayo on Monday. The command said this airstrike killed four (4) terrorists.',
    // with a modifier between the demonstrative and the noun
    'U.S. forces conducted an airstrike against the Azure Brigade near Kismayo on Monday. Officials assess this precision airstrike killed five militants.',
  ])('the author killed the group it struck: "%s"', (text) => {
    expect(all(text)).toEqual(expect.arrayContaining(['United States KILLED Azure Brigade']));
  });

  it('a state\'s unnamed troops killed the group of the one fight: "the troops killed 13 militants"', () => {
    expect(
      all(
        'Peru launched an offensive against the Azure Brigade in the hills. Officials said the troops killed 21 militants.',
      ),
    ).toContain('Peru KILLED Azure Brigade');
  });

  it('the group\'s recalled attack killed the country\'s soldiers: "the attack killed 12 soldiers"', () => {
    expect(
      all(
        'The Azure Brigade attacked Peruvian troops near the border on Monday. Officials said the attack killed 12 soldiers.',
      ),
    ).toContain('Azure Brigade KILLED Peru');
  });

  it('a participle after the clause tells the clause subject\'s kill: ", killing 16 terrorists"', () => {
    expect(
      all(
        'The Azure Brigade attacked Peru on Friday. Peruvian forces repulsed the attack on Saturday, killing 16 terrorists.',
      ),
    ).toContain('Peru KILLED Azure Brigade');
  });

  it('the fight of the sentence is the one the dead fell in, not an older one', () => {
    const text =
      'U.S. forces struck the Azure Brigade near Kismayo in May. In June, the Azure Brigade attacked a Crimson Front base, killing more than 50 soldiers.';
    expect(killed(text).filter((f) => f.startsWith('Azure Brigade'))).toEqual([]);
  });

  it("soldiers named after their head are the verb's own to read, not the fight's other side", () => {
    const text =
      'Peru launched an offensive against the Azure Brigade. Officials said the Azure Brigade killed 50 soldiers from Chile.';
    expect(all(text)).not.toContain('Azure Brigade KILLED Peru');
  });

  it.each([
    // the author struck two bodies: whose the dead were is unclear
    'U.S. forces struck the Azure Brigade and the Crimson Front near Kismayo. This airstrike killed two terrorists.',
    // an indefinite airstrike names no author
    'An airstrike killed two terrorists near Kismayo on Monday. The Azure Brigade mourned them.',
    // two authors told the kind of act: the recall names none
    'U.S. forces conducted an airstrike against the Azure Brigade. Kenya also launched strikes against the Azure Brigade. The airstrike killed two terrorists.',
    // civilians are no side's own
    'U.S. forces conducted an airstrike against the Azure Brigade near Kismayo. This airstrike killed two civilians.',
    // a death only possible
    'U.S. forces conducted an airstrike against the Azure Brigade near Kismayo. This airstrike may have killed two terrorists.',
    // two fights between a state and a group: "the troops" may be either state's
    'Peru launched an offensive against the Azure Brigade. Chile struck the Crimson Front. Officials said the troops killed 21 militants.',
    // a state's recalled strike: unnamed soldiers may be anyone's (round 19)
    'Peru struck Chilean border posts on Monday. The strike killed 12 soldiers.',
    // civilians of the recalled attack
    'The Azure Brigade attacked Peruvian troops near the border on Monday. Officials said the attack killed 12 civilians.',
  ])('reads no killing: "%s"', (text) => {
    expect(killed(text)).toEqual([]);
  });
});
