// Round 46: membership told by a verb or a past "to be", with both sides named
// (./membership-told.ts): "belongs to", "is from the Y party", "was a member / leader of Y",
// "was a Y member", "became a member of Y", several people "are leaders of" a described body, a
// former member set off by commas, and a body's people named after "like" or "including".
// Also a body's office named in the body's own file note (./file-note-offices.ts).
// Sentences written for these tests; the people are invented, the bodies from the gazetteers.
import { extractArticle } from '../..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Members', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('membership told by a verb or a past copula, round 46', () => {
  it.each([
    [
      'Tomas Ferreira Brum belongs to the Likud party and lost the runoff.',
      'Tomas Ferreira Brum MEMBER_OF Likud',
    ],
    [
      'The mayor beat Tomas Ferreira Brum, who is from the Likud party, by a wide margin.',
      'Tomas Ferreira Brum MEMBER_OF Likud',
    ],
    [
      'Tomas Ferreira Brum was a senior commander of Hezbollah in the south, the army said.',
      'Tomas Ferreira Brum MEMBER_OF Hezbollah',
    ],
    [
      'Known by his alias, Tomas Ferreira Brum, was an ELN member for nearly two decades.',
      'Tomas Ferreira Brum MEMBER_OF ELN',
    ],
    [
      'Tomas Ferreira Brum later became a member of Hamas while living abroad.',
      'Tomas Ferreira Brum MEMBER_OF Hamas',
    ],
    [
      'Tomas Ferreira Brum and Lucas Vieira Prado are leaders of the Gaza-based militant group Hamas.',
      'Lucas Vieira Prado MEMBER_OF Hamas',
    ],
    [
      'Police questioned Tomas Ferreira Brum, a former member of the ruling Likud party, on Monday.',
      'Tomas Ferreira Brum MEMBER_OF Likud',
    ],
    [
      'Hezbollah leaders like Tomas Ferreira Brum rejected the offer.',
      'Tomas Ferreira Brum MEMBER_OF Hezbollah',
    ],
    [
      'The raid detained four Hamas operatives, including Tomas Ferreira Brum, near the border.',
      'Tomas Ferreira Brum MEMBER_OF Hamas',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // denied or doubted
    [
      'Tomas Ferreira Brum was never a member of Hamas, his lawyer said.',
      'Tomas Ferreira Brum MEMBER_OF Hamas',
    ],
    [
      'Investigators asked whether Tomas Ferreira Brum was a member of Hamas.',
      'Tomas Ferreira Brum MEMBER_OF Hamas',
    ],
    // another body's part or a body the name only qualifies
    [
      'Tomas Ferreira Brum was a member of the Fatah-linked Martyrs Battalions, reports said.',
      'Tomas Ferreira Brum MEMBER_OF Fatah',
    ],
    // former commanders may have left the body they are named with
    [
      'In 2019, former Hamas commanders, including Tomas Ferreira Brum, founded a new faction.',
      'Tomas Ferreira Brum MEMBER_OF Hamas',
    ],
    // where one is from is no party
    [
      'The winner, Tomas Ferreira Brum, who is from Chile, spoke first.',
      'Tomas Ferreira Brum MEMBER_OF Chile',
    ],
  ])('reads no membership in "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});

describe("an office named in its body's file note, round 46", () => {
  it("reads the office as the body's", () => {
    expect(
      all(
        'The Commission vote was 5-0. (FTC File No. 161 0042; the staff contact is Dana Ruiz, Bureau of Competition, 202-555-0101.)',
      ),
    ).toContain('Bureau of Competition MEMBER_OF Federal Trade Commission');
  });

  it('reads nothing when the note names no body', () => {
    expect(
      all(
        'The Commission vote was 5-0. (The staff contact is Dana Ruiz, Bureau of Competition, 202-555-0101.)',
      ),
    ).not.toContain('Bureau of Competition MEMBER_OF Federal Trade Commission');
  });
});
