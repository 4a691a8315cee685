// Designees named away from the sanction (./designations.ts), in our own words. Each row: an
// article's text, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'designees', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const DESIGNEES: [string, string[], string[]][] = [
  // a list after the act, with descriptors and owners passed over
  [
    'Norway announced sanctions today against two shipping firms. ' +
      "Today's designations include Bergen Holdings, an Atlas Brigade front company, as well as the Atlas Brigade's shipping arm, Fjord Shipping Company.",
    ['Norway SANCTIONED Bergen Holdings', 'Norway SANCTIONED Fjord Shipping Company'],
    ['Norway SANCTIONED Atlas Brigade'],
  ],
  // the people of a body stand for it; a citizen's country is a descriptor
  [
    'Norway imposed visa restrictions on several officials. Affected individuals include Atlas Brigade officials.',
    ['Norway SANCTIONED Atlas Brigade'],
    [],
  ],
  [
    'Norway sanctioned three businessmen on Monday. The list includes Pedro Alvarez, a Chilean citizen.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway SANCTIONED Chile'],
  ],
  // "In this designation, Z is …": Z joins the sanction just told and covers its targets
  [
    'Norway is imposing sanctions on Pedro Alvarez and Omar Nadi under a new decree. ' +
      'In this designation, the Norwegian Customs Agency is promoting accountability for abuses.',
    [
      'Norway SANCTIONED Pedro Alvarez',
      'Norwegian Customs Agency SANCTIONED Pedro Alvarez',
      'Norwegian Customs Agency SANCTIONED Omar Nadi',
    ],
    [],
  ],
  [
    'Norway may impose sanctions on Pedro Alvarez under a new decree. ' +
      'In this designation, the Norwegian Customs Agency is promoting accountability for abuses.',
    [],
    ['Norwegian Customs Agency SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway imposed sanctions on Pedro Alvarez under a new decree. ' +
      'In this designation, the Norwegian Customs Agency would not take part.',
    [],
    ['Norwegian Customs Agency SANCTIONED Pedro Alvarez'],
  ],
  // inverted and plain passives with "also"
  [
    'Norway designated two militia leaders on Friday. Also named today are Pedro Alvarez and Omar Nadi.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Omar Nadi'],
    [],
  ],
  [
    'Norway blacklisted two banks on Friday. Pedro Alvarez and Omar Nadi were also designated.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Omar Nadi'],
    [],
  ],
  // round 12: an agentless passive that says what the designees are made ("as …"), "also" or not,
  // after "the" or a referring head in apposition; not an appointment
  [
    'Norway blacklisted the Atlas Brigade on Friday. Its founder, Pedro Alvarez, is also designated as a Specially Designated Terrorist.',
    ['Norway SANCTIONED Pedro Alvarez'],
    [],
  ],
  [
    'Norway sanctioned two banks on Friday. The Atlas Brigade and the Northern Front have been designated as Foreign Terrorist Organizations under a new decree.',
    ['Norway SANCTIONED Atlas Brigade', 'Norway SANCTIONED Northern Front'],
    [],
  ],
  [
    'Norway sanctioned two banks on Friday. Pedro Alvarez was designated as the new head coach.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway sanctioned two banks on Friday. Pedro Alvarez was designated.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  // an amended designation whose owner carries a descriptor: the owner, not the descriptor's place
  [
    'Norway has amended the designation of Chile-based militant group Atlas Brigade (AB) to include the alias Northern Front.',
    ['Norway SANCTIONED Atlas Brigade', 'Norway SANCTIONED Northern Front'],
    ['Norway SANCTIONED Chile'],
  ],
  // no sanction told, or only called for, threatened, or told by two: nobody is named
  [
    'Norway hosted two trade fairs. The list includes Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway called for sanctions on two banks. The list includes Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway could impose sanctions on two banks. The measures would target Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway sanctioned two banks. Chile sanctioned three ports. The list includes Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Pedro Alvarez', 'Chile SANCTIONED Pedro Alvarez'],
  ],
  // "named" in another sense
  [
    'Norway sanctioned two banks on Monday. Pedro Alvarez was also named chairman.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  // a head of state sanctions for the country written on the title, not for one named elsewhere
  [
    'Norwegian President Pedro Alvarez announced new sanctions on Chile.',
    ['Pedro Alvarez SANCTIONED Chile', 'Norway SANCTIONED Chile'],
    [],
  ],
  ['President Pedro Alvarez of Peru announced new sanctions on Chile.', [], ['Peru SANCTIONED Chile']],
  // a part of the sanction named after it
  [
    "Norway and other Western nations have enacted their own sanctions, including targeting Chile's oil exports.",
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [
    "Norway lifted its sanctions, including those targeting Chile's oil exports.",
    [],
    ['Norway SANCTIONED Chile'],
  ],
  // a breach presupposes the sanction on those dealt with; the one in breach is not sanctioned
  [
    'Acme concealed transactions with Chile and Peru that violated Norwegian sanctions.',
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Peru'],
    ['Norway SANCTIONED Acme'],
  ],
  ['Acme violated Norwegian sanctions, Peru said.', [], ['Norway SANCTIONED Acme', 'Norway SANCTIONED Peru']],
  ['Acme sold engines to Chile in violation of Norwegian safety rules.', [], ['Norway SANCTIONED Chile']],
  // an amended designation covers its owner and each new name
  [
    'Norway has amended the terrorist designation of the Atlas Brigade to include Fjord Media, Bergen Radio, and other aliases.',
    ['Norway SANCTIONED Atlas Brigade', 'Norway SANCTIONED Fjord Media', 'Norway SANCTIONED Bergen Radio'],
    [],
  ],
  // a first-person release speaks for the body that opens it; an apposition names the people
  [
    'The Norwegian Customs Agency is closing two border posts. ' +
      'We are also designating the respective leaders of those groups, Pedro Alvarez and Omar Nadi, as smugglers.',
    ['Norwegian Customs Agency SANCTIONED Pedro Alvarez', 'Norwegian Customs Agency SANCTIONED Omar Nadi'],
    [],
  ],
  // "X's President Y": the owner's title names the person sanctioned, not the owner
  [
    "Norway designated five officials, including Chile's President Pedro Alvarez, for corruption.",
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway SANCTIONED Chile'],
  ],
  // round 11: designees told through a passive or "Also included was", with no verb of sanctioning
  [
    'Norway sanctioned two shipping firms on Monday. Also included was former Chilean President Pedro Alvarez, who led the army.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway sanctioned two shipping firms on Monday. Sanctions were also placed on Pedro Alvarez, a Chilean banker.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway sanctioned two shipping firms on Monday. Sanctions may also be imposed on Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway sanctioned two shipping firms on Monday. Pedro Alvarez, a Chilean banker, was also targeted with sanctions after his arrest.',
    ['Norway SANCTIONED Pedro Alvarez'],
    [],
  ],
  // the sanctioner named on the noun; a name "among" those a relative clause says were targeted
  [
    'Pedro Alvarez was among 30 officials who are targeted by Norwegian Customs Agency sanctions.',
    ['Norwegian Customs Agency SANCTIONED Pedro Alvarez'],
    [],
  ],
  // two authors of the sanction: none is guessed; a state and its own body: the body acts
  [
    'Norway announced sanctions on Monday. Peru imposed sanctions on Tuesday. Chile was not targeted with sanctions. Sanctions were also placed on Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway imposed sanctions on two shipping firms. The firms are targeted by Norway Customs Agency sanctions. Also included was Pedro Alvarez.',
    ['Norway Customs Agency SANCTIONED Pedro Alvarez'],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  // round 22: a freeze told by "the measure" is the remembered sanction's; a proposed one is none
  [
    'Norway imposed sanctions on two officials on Monday. ' +
      'The measure Wednesday freezes any assets that Fisheries Minister Pedro Alvarez and deputy army chief Omar Nadi hold under Norwegian law.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Omar Nadi'],
    [],
  ],
  [
    'Norway imposed sanctions on two officials on Monday. ' +
      'The measure would freeze any assets that Pedro Alvarez and Omar Nadi hold under Norwegian law.',
    [],
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Omar Nadi'],
  ],
  [
    'Norway proposed sanctions on two officials on Monday. ' +
      'The measure freezes any assets that Pedro Alvarez holds in Oslo.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  // "also" before the verb "be"; "also sanctioned"; sanctions "levied on"; a nationality before a name
  [
    'Norway imposed sanctions on two officials on Monday. Pedro Alvarez and Omar Nadi also were sanctioned Wednesday.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Omar Nadi'],
    [],
  ],
  [
    'Norway imposed sanctions on two officials on Monday. Pedro Alvarez and Omar Nadi also were praised Wednesday.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway imposed sanctions on Omar Nadi on Monday. Additionally, sanctions were levied on Chilean Pedro Alvarez, a former deputy. ' +
      'Also sanctioned were former Peruvian officials accused of fraud.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Peru'],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway imposed sanctions on Omar Nadi on Monday. Sanctions may also be levied on Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
  // a list reported by "said"; the places the items are in are none of them; a dash apposition
  [
    'Norway imposed sanctions on Omar Nadi on Monday. Officials said Thursday the new targets include ' +
      'shipping firms based in Peru and Chile (Andes Tankers and Juan Perez).',
    ['Norway SANCTIONED Andes Tankers', 'Norway SANCTIONED Juan Perez'],
    ['Norway SANCTIONED Peru', 'Norway SANCTIONED Chile'],
  ],
  [
    'Norway imposed sanctions on Omar Nadi on Monday. Those sanctioned include Pedro Alvarez - the sister of the ' +
      'president and the head of its press agency, which censors the news, and Security Minister Juan Perez, whose ministry runs the camps.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Juan Perez'],
    [],
  ],
  // "the additions to the Entity List include"
  [
    'Norway added two entities to the Entity List on Monday: Omar Nadi Ltd. and Fjord Shipping Company. ' +
      'The additions to the Entity List include Andes Tankers Ltd. and Lima Maritime Company.',
    ['Norway SANCTIONED Andes Tankers Ltd.', 'Norway SANCTIONED Lima Maritime Company'],
    [],
  ],
  // the sanctioner named on "measures"; "the X administration" is no person acting; "a raft of sanctions"
  [
    'Among those targeted by the Norwegian Finance Ministry measures are officials from Chile. ' +
      'Additionally, sanctions were imposed on Pedro Alvarez, a former deputy.',
    ['Norwegian Finance Ministry SANCTIONED Pedro Alvarez'],
    [],
  ],
  [
    'The Juan Perez administration announced a raft of sanctions on Monday. Also sanctioned were Pedro Alvarez and Omar Nadi.',
    [],
    ['Juan Perez SANCTIONED Pedro Alvarez'],
  ],
  [
    'Norway announced a raft of sanctions on Monday. Also sanctioned were Pedro Alvarez and Omar Nadi.',
    ['Norway SANCTIONED Pedro Alvarez', 'Norway SANCTIONED Omar Nadi'],
    [],
  ],
  // "has targeted a dozen companies" tells a sanction; "targeted a convoy" does not
  [
    'Norway has targeted more than a dozen companies and individuals on Monday. The new targets include Pedro Alvarez.',
    ['Norway SANCTIONED Pedro Alvarez'],
    [],
  ],
  [
    'Norway has targeted a convoy on Monday. The new targets include Pedro Alvarez.',
    [],
    ['Norway SANCTIONED Pedro Alvarez'],
  ],
];

describe('designees named after the sanction', () => {
  test.each(DESIGNEES)('%s', (text, expected, forbidden) => {
    const got = factsOf(text);
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of forbidden) expect(got).not.toContain(fact);
  });
});

// Both engines: a country's firms are not its state (its officials are); an office holder named after
// "the President of X," is the one sanctioned.
const combinedFacts = (text: string) =>
  extractArticle({ id: 'designees', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const OBJECTS: [string, string[], string[]][] = [
  // a counted group of a country's entities sanctioned is the country sanctioned (test/gold/README.md,
  // round 10, "Demonyms as targets"; round 23: 6 of the 7 such train sentences give the country)
  [
    'Norway announced sanctions today against two Chilean entities and two banks.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  ['France sanctioned six Egyptian officials on Thursday.', ['France SANCTIONED Egypt'], []],
  [
    'Norway has sanctioned the President of Chile, Pedro Alvarez.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway SANCTIONED Chile'],
  ],
  // round 17: a group's name before its helpers' noun qualifies the helpers, who are the designees
  ['Norway designates five Atlas Brigade financial facilitators.', [], ['Norway SANCTIONED Atlas Brigade']],
  ['Norway sanctioned three Atlas Brigade financiers on Monday.', [], ['Norway SANCTIONED Atlas Brigade']],
  ['Norway designated the Atlas Brigade on Monday.', ['Norway SANCTIONED Atlas Brigade'], []],
  // round 22: "X National, Y" names the person Y
  [
    'Norway announced targeted sanctions against Chilean National, Pedro Alvarez and three of his companies.',
    ['Norway SANCTIONED Pedro Alvarez'],
    ['Norway SANCTIONED Chile'],
  ],
  ['Norway announced targeted sanctions against Chilean officials.', ['Norway SANCTIONED Chile'], []],
  // "current or former" officials of a country
  [
    'Norway says it has now sanctioned 180 current or former Chilean officials for abuses.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  ['Norway may sanction ten current or former Chilean officials.', [], ['Norway SANCTIONED Chile']],
];

describe('who a sanction names, in both engines', () => {
  test.each(OBJECTS)('%s', (text, expected, forbidden) => {
    const got = combinedFacts(text);
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of forbidden) expect(got).not.toContain(fact);
  });
});

// Round 14: a passive designation with what it makes of its designee before the agent ("was
// designated as a terrorist group by A, B and C"); not an office given.
const AGENT_AFTER_COMPLEMENT: [string, string[], string[]][] = [
  [
    'The Atlas Brigade has been designated as a terrorist group by Norway, Chile and the United Nations.',
    [
      'Norway SANCTIONED Atlas Brigade',
      'Chile SANCTIONED Atlas Brigade',
      'United Nations SANCTIONED Atlas Brigade',
    ],
    [],
  ],
  [
    'The Atlas Brigade was designated a terrorist organization by Norway.',
    ['Norway SANCTIONED Atlas Brigade'],
    [],
  ],
  ['Pedro Alvarez was designated as the new coach by Chile.', [], ['Chile SANCTIONED Pedro Alvarez']],
  [
    'Pedro Alvarez and Omar Nadi were tagged by the Norwegian Customs Agency as Specially Designated Nationals.',
    ['Norwegian Customs Agency SANCTIONED Pedro Alvarez', 'Norwegian Customs Agency SANCTIONED Omar Nadi'],
    [],
  ],
  ['Pedro Alvarez was tagged by Chile as a likely winner.', [], ['Chile SANCTIONED Pedro Alvarez']],
];

describe('a passive designation whose agent follows what it makes of the designee', () => {
  test.each(AGENT_AFTER_COMPLEMENT)('%s', (text, expected, forbidden) => {
    const got = combinedFacts(text);
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of forbidden) expect(got).not.toContain(fact);
  });
});
