// Round 36: courts, charges and extraditions. The state whose court, prosecutors or conviction an
// article names criticised the defendants it then tells without an author ("B was sentenced along
// with C and D", "Two more defendants, E and F, pleaded not guilty", "G and H, who pleaded not
// guilty"), and "extradited from A (to B)" is A's help to B (./courts.ts). Sentences written for
// these tests; the people are invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Court', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const CHILE_COURT = 'A Chilean court sentenced Ana Ruiz to ten years in prison last year.';
const US_COURTS = 'Lars Berg and three other suspects appeared in U.S. courts on Saturday.';

describe("the court's state and the defendants told without an author", () => {
  it.each([
    // "along with" names more defendants of the same sentence
    [
      `${CHILE_COURT} Pedro Alvarez was sentenced on Tuesday along with two other bloggers, Juan Soto and Maria Vega.`,
      'Chile',
      ['Pedro Alvarez', 'Juan Soto', 'Maria Vega'],
    ],
    // a descriptor before each joined name
    [
      `${CHILE_COURT} Journalist Pedro Alvarez and opposition member Juan Soto were among those found guilty on Wednesday.`,
      'Chile',
      ['Pedro Alvarez', 'Juan Soto'],
    ],
    // a plea of not guilty answers the charges brought: names apposed to "Two more defendants"
    [
      `${US_COURTS} Two more defendants, Pedro Alvarez and Juan Soto, pleaded not guilty to charges of fraud.`,
      'United States',
      ['Pedro Alvarez', 'Juan Soto'],
    ],
    // the antecedents of "who pleaded"
    [
      `${US_COURTS} Also in court were Pedro Alvarez and Juan Soto, who pleaded not guilty to fraud charges.`,
      'United States',
      ['Pedro Alvarez', 'Juan Soto'],
    ],
    // the state's prosecutors name the court's state
    [
      'Peruvian prosecutors charged Ana Ruiz with fraud in May. Pedro Alvarez was charged on Tuesday.',
      'Peru',
      ['Pedro Alvarez'],
    ],
    // "the Xian government's conviction of"
    [
      "Norway criticized the Peruvian government's conviction of 20 people on Monday. Pedro Alvarez and Juan Soto were convicted of sedition.",
      'Peru',
      ['Pedro Alvarez', 'Juan Soto'],
    ],
  ])('the state criticised each defendant: "%s"', (text, state, defendants) => {
    const facts = all(text);
    for (const d of defendants) expect(facts).toContain(`${state} CRITICIZED ${d}`);
  });

  it.each([
    // an acquittal states nothing
    [`${CHILE_COURT} Pedro Alvarez was acquitted on Tuesday along with Juan Soto.`],
    // a sentence still to come
    [`${CHILE_COURT} Pedro Alvarez will be sentenced next month.`],
    // the defendant's own denial, charges dropped
    [`${CHILE_COURT} Pedro Alvarez denied the charges. Charges against Juan Soto were dropped.`],
    // the courts of two states: no state is the court's
    [`${CHILE_COURT} A Peruvian court convicted Maria Vega in May. Pedro Alvarez was sentenced on Tuesday.`],
    // a judge is a person: the judge, when named, is the one who sentences
    [
      'A Chilean judge in Santiago has given prison terms to three men. Pedro Alvarez was sentenced on Tuesday.',
    ],
    // the court told after the sentence
    [`Pedro Alvarez was sentenced on Tuesday. ${CHILE_COURT}`],
  ])('gives no court state a defendant: "%s"', (text) => {
    expect(
      all(text).filter((f) => /^(?:Chile|Peru) CRITICIZED (?:Pedro Alvarez|Juan Soto)$/.test(f)),
    ).toEqual([]);
  });
});

describe('extraditions', () => {
  it.each([
    ['Two suspects were extradited from Norway to Chile on Monday.', 'Norway SUPPORTS Chile'],
    // the state the suspects were extradited to is the court's
    [
      'Pedro Alvarez appeared in a Chilean court on Monday, hours after being extradited from Norway.',
      'Norway SUPPORTS Chile',
    ],
  ])('the extraditing state helped the other: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // an extradition only possible, or fought
    ['Two suspects may be extradited from Norway to Chile next year.'],
    ['Two suspects fought extradition from Norway to Chile for years.'],
    // no state to receive them
    ['Two suspects were extradited from Norway on Monday.'],
  ])('states no help: "%s"', (text) => {
    expect(all(text).filter((f) => /^Norway SUPPORTS/.test(f))).toEqual([]);
  });
});

describe("warrants and concern over a state's conviction", () => {
  it.each([
    // a warrant issued for someone is the issuer's charge
    [
      'A Chilean court issued an arrest warrant for ex-president Pedro Alvarez over fraud.',
      'Chile CRITICIZED Pedro Alvarez',
    ],
    // concern about a state's conviction of people is criticism of the state
    [
      "Norway remains “deeply concerned” about the Chilean government's conviction of 24 people.",
      'Norway CRITICIZED Chile',
    ],
    ["Norway is deeply concerned about Chile's conviction of 24 journalists.", 'Norway CRITICIZED Chile'],
  ])('reads "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a warrant only considered
    [
      'The court in Santiago is weighing whether it should issue an arrest warrant for Pedro Alvarez.',
      /CRITICIZED Pedro Alvarez$/,
    ],
    // concern about a state's own affairs, no legal act
    ["Norway is deeply concerned about Chile's security.", /^Norway CRITICIZED Chile$/],
  ])('reads nothing from "%s"', (text, fact) => {
    expect(all(text).filter((f) => fact.test(f))).toEqual([]);
  });
});

describe('a case announced before its defendant is named', () => {
  it.each([
    [
      'The Norwegian Justice Department said on Thursday that a Chilean citizen was sentenced to fifteen years behind bars for fraud. Pedro Alvarez pleaded guilty last July to fraud charges.',
      ['Norwegian Justice Department CRITICIZED Pedro Alvarez'],
    ],
    [
      'Attorney General Lars Berg and Prosecutor Ana Ruiz announced today that a senior member of the Azure Front has been extradited to Norway to face prosecution. He arrived yesterday. The indictment charges Pedro Alvarez and Juan Soto with smuggling.',
      ['Lars Berg CRITICIZED Pedro Alvarez', 'Ana Ruiz CRITICIZED Juan Soto'],
    ],
  ])('each announcer criticised the defendants named after: "%s"', (text, expected) => {
    const facts = all(text);
    for (const f of expected) expect(facts).toContain(f);
  });

  it.each([
    // a person's "said" may be anyone's report
    'Researcher Lars Berg said on Thursday that a Chilean journalist was sentenced to fifteen years behind bars. Pedro Alvarez pleaded guilty last July to fraud charges.',
    // a sentence still to come is no case announced
    'The Norwegian Justice Department said on Thursday that a Chilean citizen will be sentenced next month. Pedro Alvarez pleaded guilty last July to fraud charges.',
    // the defendant named too long after
    'The Norwegian Justice Department said on Thursday that a Chilean citizen was sentenced to fifteen years behind bars. Chile protested in May. Peru said nothing. Brazil asked for details. Sweden offered help. Pedro Alvarez pleaded guilty last July to fraud charges.',
  ])('gives no announcer the defendant: "%s"', (text) => {
    expect(all(text).filter((f) => /CRITICIZED Pedro Alvarez$/.test(f))).toEqual([]);
  });
});

describe('a legal act named with its defendant', () => {
  it('gives the court state the defendant of "the conviction by a Xian court of A"', () => {
    expect(
      all(
        "Monday's conviction and sentencing by a Chilean court of Norwegian citizen Pedro Alvarez compounds the injustice.",
      ),
    ).toContain('Chile CRITICIZED Pedro Alvarez');
  });

  it.each([
    // a trial called for is not held
    `${CHILE_COURT} Norway called for the trial of Pedro Alvarez.`,
    // a conviction only possible
    `${CHILE_COURT} Pedro Alvarez faces a possible conviction.`,
  ])('gives nothing for "%s"', (text) => {
    expect(all(text)).not.toContain('Chile CRITICIZED Pedro Alvarez');
  });
});
