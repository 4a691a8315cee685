// Round 42: a body named in a compound modifier of sanction ("the X-sanctioned militia Y", "X- and
// Z-designated group Y", "other X-designated groups, including A and B", "Y, an X-sanctioned arms
// broker,") sanctions the one the modifier qualifies. The modifier tells no act, so a reason
// after it ("a group with a record of abuses") is no sanction's stated reason. Sentences written
// for these tests; the names and events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Sanction modifiers', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('a sanctioning body in a compound modifier, round 42', () => {
  it.each([
    ['The EU-designated Hamas movement fired more rockets on Sunday.', ['European Union SANCTIONED Hamas']],
    [
      'The U.S.- and EU-sanctioned Wagner Group moved more fighters into Mali.',
      ['United States SANCTIONED Wagner Group', 'European Union SANCTIONED Wagner Group'],
    ],
    [
      'The cell trained beside several U.S.-designated organizations, including Hezbollah and Hamas.',
      ['United States SANCTIONED Hezbollah', 'United States SANCTIONED Hamas'],
    ],
    [
      'The minister once dined with Karim Nasser, a U.S.-sanctioned arms broker.',
      ['United States SANCTIONED Karim Nasser'],
    ],
  ])('the body sanctions the one qualified: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // a modifier of support or leadership is no sanction
    ['The Iran-backed militia Kataib Hezbollah shelled the base.', 'Iran SANCTIONED Kataib Hezbollah'],
    // a designee with no name after the modifier gives nothing
    ['A U.S.-sanctioned Iranian firm shipped the parts.', 'United States SANCTIONED Iran'],
  ])('no sanction from another modifier: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });

  it('a modifier tells no reason for a sanction', () => {
    const got = all(
      'The EU-sanctioned Wagner Group, a force with a long record of abuses and killings, left Mali.',
    );
    expect(got).toContain('European Union SANCTIONED Wagner Group');
    expect(got).not.toContain('European Union CRITICIZED Wagner Group');
  });
});
