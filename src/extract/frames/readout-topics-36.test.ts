// Round 36: stances carried by the topics of readouts and joint statements. What the speakers
// discussed, reaffirmed, underscored or were concerned about gives a stance without a stance
// verb: a voiced commitment to supporting Y, a person renewing their country's support for Y, an
// owned fault among the topics, a concern over a state's act on the people it holds. Sentences written for these tests; the people and the group are
// invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Readout', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const SPOKE = 'Foreign Minister Ana Ruiz of Peru spoke with Foreign Minister Karl Berg of Norway on Monday.';

describe('a topic of a readout gives each speaker the stance', () => {
  it.each([
    // a voiced commitment keeps a support as a support, past a participle qualifier
    [
      `${SPOKE} The two leaders reaffirmed their steadfast commitment to continue supporting Ukraine's effort to defend itself.`,
      'SUPPORTS Ukraine',
    ],
    // a readout's "discussed" voices the speakers' own shared commitment
    [
      `${SPOKE} They also discussed our common commitment to continuing to support Ukraine's defense.`,
      'SUPPORTS Ukraine',
    ],
    // owned faults among the topics: "unjust", a judgment before its noun, "its" joined after "Y's …"
    [`${SPOKE} The two discussed Chile's unjust and unprovoked invasion of Bolivia.`, 'CRITICIZED Chile'],
    [
      `${SPOKE} The two discussed the Azure Brigade's deplorable decision to close the schools.`,
      'CRITICIZED Azure Brigade',
    ],
    [
      `${SPOKE} The two discussed the challenge posed by Chile's missile program and its destabilizing behavior across the whole region.`,
      'CRITICIZED Chile',
    ],
    // a concern over a state's act on someone it holds, and a concern joined after another topic
    [
      `${SPOKE} The two discussed their mutual concern over Chile's execution of a cleric.`,
      'CRITICIZED Chile',
    ],
    [
      `${SPOKE} They discussed the importance of lifting the blockade of the port and their shared concerns regarding the unlawful Azure Brigade detentions of aid staff.`,
      'CRITICIZED Azure Brigade',
    ],
  ])('gives each of the two the fact: "%s"', (text, fact) => {
    const speakers = all(text)
      .filter((f) => f.endsWith(` ${fact}`))
      .map((f) => f.slice(0, -fact.length - 1));
    expect(speakers).toEqual(expect.arrayContaining(['Ana Ruiz', 'Karl Berg']));
  });

  it.each([
    // a person renewing their country's support voices it too
    [`${SPOKE} Ruiz reiterated Peru's support for Ukraine's sovereignty.`, 'Ana Ruiz SUPPORTS Ukraine'],
    [`${SPOKE} Ruiz underscored Peru's strong support for Ukraine.`, 'Ana Ruiz SUPPORTS Ukraine'],
    [
      `${SPOKE} Ruiz reaffirmed support for Ukraine, whose people resist the brutal attacks of Chile's war of aggression.`,
      'Ana Ruiz CRITICIZED Chile',
    ],
    // a voiced resolve against a group stays a threat past a participle qualifier
    [
      'Peru reaffirmed its unwavering commitment to defeating the Azure Brigade.',
      'Peru THREATENED Azure Brigade',
    ],
  ])('reads the speaker\'s stance: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });
});

describe('a topic that gives no stance of the speakers', () => {
  it.each([
    // someone else's commitment discussed
    [
      `${SPOKE} The two discussed Chile's commitment to supporting Ukraine.`,
      /^(?:Ana Ruiz|Karl Berg) SUPPORTS Ukraine$/,
    ],
    // a country's support only highlighted, or named as the purpose of a call
    [`${SPOKE} Ruiz highlighted Peru's support for Ukraine.`, /^Ana Ruiz SUPPORTS Ukraine$/],
    [
      `Foreign Minister Ana Ruiz of Peru called Karl Berg to underscore Peru's support for Norway.`,
      /^Ana Ruiz SUPPORTS Norway$/,
    ],
    // a dialogue between two names dashed onto its noun supports neither
    [
      `${SPOKE} Ruiz underscored Peru's support for the UN-facilitated Kosovo-Serbia Dialogue.`,
      /SUPPORTS (?:Kosovo|Serbia)$/,
    ],
    // no fault named: a war that is no aggression, a decision with no judgment
    [`${SPOKE} The two discussed Chile's war of independence.`, /CRITICIZED Chile$/],
    [`${SPOKE} The two discussed Chile's decision to close the schools.`, /CRITICIZED Chile$/],
    // "its" far from its owner is not read through "war of aggression"
    [
      `${SPOKE} The two discussed Chile's decision to send Bolivian soldiers into its war of aggression on Ecuador.`,
      /CRITICIZED Bolivia$/,
    ],
    // the one executed is no author of the execution
    ["Peru expressed concern over Juan Soto's execution.", /CRITICIZED Juan Soto$/],
    // the importance questioned, under a modal, or a cost noted
    [`${SPOKE} Ruiz questioned the importance of supporting Ukraine.`, /^Ana Ruiz SUPPORTS Ukraine$/],
    [`${SPOKE} Ruiz may stress the importance of supporting Ukraine.`, /^Ana Ruiz SUPPORTS Ukraine$/],
    ['The report noted the cost of supporting Ukraine.', /SUPPORTS Ukraine$/],
  ])('reads nothing of it: "%s"', (text, fact) => {
    expect(all(text).filter((f) => fact.test(f))).toEqual([]);
  });
});
