// How a verb or noun finds its object, round 32, in our own words: a list of demonyms each with
// its own article (./apposed-lists.ts `asideClose`), the people of several states asked through
// their governments (./words.ts `PEOPLE_HEADS`), "stand behind / in support of" (the frame
// lexicon), the ground taken before "from" (./read-frames.ts `takenGround`) and a country's envoys
// expelled (`countryOfHead`, the lexicon's expulsion records). Each row: an article's text, facts
// it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'objects-32', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // each demonym of the list is a side, the middle one too; an aside still names no one more
  [
    'Norway stands with the Chilean, the Peruvian, and the Bolivian governments and people.',
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru', 'Norway SUPPORTS Bolivia'],
    [],
  ],
  [
    'Norway met Juan Perez, the leader of the opposition, and Ana Diaz on Monday.',
    ['Norway COOPERATED Juan Perez', 'Norway COOPERATED Ana Diaz'],
    [],
  ],
  // "the governments of A and B" are asked for A and B, as "the government of A" is
  [
    'Norway called on the governments of Chile and Peru to refrain from violence.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  [
    'Norway urged the governments of Chile and Peru to resume talks.',
    ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    [],
  ],
  // standing behind a state, or in support of it, supports it; refusing to does not
  ['Norway stands behind the sovereignty of Chile.', ['Norway SUPPORTS Chile'], []],
  ['Norway stands in support of Chile in its quarrel with Peru.', ['Norway SUPPORTS Chile'], []],
  ['Norway will not stand in support of Chile in this dispute.', [], ['Norway SUPPORTS Chile']],
  // a place named between the verb and "from" is the ground taken; the one it is taken from is hit
  ['Peruvian troops recaptured Mosul from the Arbor Front on Monday.', ['Peru ATTACKED Arbor Front'], []],
  ['Peruvian troops retook a Bolivian village from the Arbor Front.', ['Peru ATTACKED Arbor Front'], []],
  ['Peruvian troops failed to recapture Mosul from the Arbor Front.', [], ['Peru ATTACKED Arbor Front']],
  // a country's envoys expelled, by any of the words for it, are the country's
  ['Norway expelled the Chilean ambassador on Monday.', ['Norway SANCTIONED Chile'], []],
  ["Norway expelled Chile's ambassador on Monday.", ['Norway SANCTIONED Chile'], []],
  ['Norway ordered out the Chilean defense attache.', ['Norway SANCTIONED Chile'], []],
  ['Norway ordered two Chilean diplomats to leave the country.', ['Norway SANCTIONED Chile'], []],
  ['Norway ordered two Chilean diplomats to attend the hearing.', [], ['Norway SANCTIONED Chile']],
  ['Norway expelled the Chilean defense minister from the meeting.', [], ['Norway SANCTIONED Chile']],
  ['Norway declared four Chilean diplomats persona non grata.', ['Norway SANCTIONED Chile'], []],
  ['Norway asked 34 Chilean diplomats to leave the country.', ['Norway SANCTIONED Chile'], []],
  // the record's following words must follow the envoy, past any more people joined to them
  ['Norway ordered the Chilean ambassador to attend the hearing.', [], ['Norway SANCTIONED Chile']],
  [
    'Norway ordered the Chilean ambassador and his deputy to leave the country.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  ['Norway asked Chilean officials to relax the visa rules.', [], ['Norway SANCTIONED Chile']],
];

describe('how a verb or noun finds its object, round 32', () => {
  it.each(ROWS)('%s', (text, must, mustNot) => {
    const facts = factsOf(text);
    for (const f of must) expect(facts).toContain(f);
    for (const f of mustNot) expect(facts).not.toContain(f);
  });
});
