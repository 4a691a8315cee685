// Round 44: members and leaders on unseen text. A department's secretary named by the bare title
// in the department's own release ("said Secretary X", ./department-secretaries.ts); states that
// stand "as NATO allies" or are "our NATO ally and EU partner" (../frames/roles.ts); a body's part
// told past "one of Y's … affiliates", a kind word after its name, or a second role
// (../rules/relations/role-rules.ts, structure:*); a state's membership of an international body
// stated (state:member-of-body) and its chair (state:chair-of-body). Sentences written for these
// tests; the bodies and states are from the gazetteers, the people invented.
import { extractArticle } from '..';

const read = (text: string) => extractArticle({ id: 't', title: 'Report', text, source: 'test' });
const facts = (text: string): string[] =>
  read(text).relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

/** A release's lead naming the Treasury, then a quotation its speaker is named after. */
const treasuryRelease = (speaker: string) =>
  `Today, the U.S. Department of the Treasury sanctioned two officials of the port authority. “They stole from their own people,” said ${speaker}.`;

describe('a department secretary named by the bare title', () => {
  it.each([
    [treasuryRelease('Secretary Jane Doe'), 'Jane Doe LEADS U.S. Treasury Department'],
    [treasuryRelease('Deputy Secretary John Roe'), 'John Roe MEMBER_OF U.S. Treasury Department'],
    [
      'Today, the Department of Commerce added five firms to its list. “These firms armed the junta,” said Secretary Ann Poe.',
      'Ann Poe LEADS U.S. Department of Commerce',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    // the article writes another department's secretary: the bare title may be that one's
    [
      'The Secretary of State has designated the militia. Secretary Jane Doe acted in consultation with the Secretary of the Treasury.',
      'Jane Doe LEADS U.S. Treasury Department',
    ],
    // two departments named: the bare title could be either's
    [
      'The Treasury Department and the Department of Defense acted today. “We act together,” said Secretary Jane Doe.',
      'Jane Doe LEADS U.S. Treasury Department',
    ],
    // an under secretary's remit names an office within the department: left
    [treasuryRelease('Under Secretary John Roe'), 'John Roe MEMBER_OF U.S. Treasury Department'],
  ])('reads no such office in "%s"', (text, fact) => {
    expect(facts(text)).not.toContain(fact);
  });
});

describe('members of an alliance', () => {
  it.each([
    [
      'The United States and Norway stand united as NATO Allies in support of Georgia.',
      'Norway MEMBER_OF NATO',
    ],
    ['The President noted Portugal’s solidarity as a NATO ally.', 'Portugal MEMBER_OF NATO'],
    ['The Secretary thanked our NATO ally and EU partner Latvia for its help.', 'Latvia MEMBER_OF NATO'],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  // the allies are the subject of another verb, not a role of the state before "as"
  it('reads no member in "Russia struck Ukraine as NATO allies watched."', () => {
    expect(facts('Russia struck Ukraine as NATO allies watched.')).not.toContain('Ukraine MEMBER_OF NATO');
  });
});

describe('a part of a body', () => {
  it.each([
    [
      'Boko Haram, one of the Islamic State’s strongest affiliates, raided the town.',
      'Boko Haram MEMBER_OF Islamic State',
    ],
    [
      'The Ansar Dine group is an offshoot of al-Qaeda in the Islamic Maghreb, which fought in Mali.',
      'Ansar Dine MEMBER_OF al-Qaeda in the Islamic Maghreb',
    ],
    [
      'Hamas is an offshoot and a close ally of the Muslim Brotherhood.',
      'Hamas MEMBER_OF Muslim Brotherhood',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });
});

describe("a state's membership or chair of an international body", () => {
  it.each([
    [
      'Kenya, along with Uganda and Tanzania, is a member of the East African Community.',
      'Kenya MEMBER_OF East African Community',
    ],
    [
      'Kenya, along with Uganda and Tanzania, is a member of the East African Community.',
      'Tanzania MEMBER_OF East African Community',
    ],
    [
      'Kenya and Uganda are founding members of the East African Community.',
      'Uganda MEMBER_OF East African Community',
    ],
    [
      'The talks coincide with the opening of the African Union in Addis Ababa, of which Kenya is a member.',
      'Kenya MEMBER_OF African Union',
    ],
    [
      'Ghana joined talks hosted by ECOWAS, a regional bloc with member states Ghana, Togo and Benin.',
      'Togo MEMBER_OF ECOWAS',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it.each([
    [
      'Kenya holds the rotating presidency of the African Union and has made security a priority.',
      'Kenya LEADS African Union',
    ],
    ['The Secretary welcomed Kenya’s chairmanship of the African Union.', 'Kenya LEADS African Union'],
    [
      'The Secretary praised Kenya’s leadership this past year as African Union chair.',
      'Kenya LEADS African Union',
    ],
  ])('reads the chair in "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  // a chair still to come
  it('reads no chair in "The Secretary welcomed Kenya’s upcoming African Union presidency."', () => {
    expect(facts('The Secretary welcomed Kenya’s upcoming African Union presidency.')).not.toContain(
      'Kenya LEADS African Union',
    );
  });

  // a membership that has ended
  it('reads no member in "Kenya, a former member of the East African Community, sent troops."', () => {
    expect(facts('Kenya, a former member of the East African Community, sent troops.')).not.toContain(
      'Kenya MEMBER_OF East African Community',
    );
  });
});
