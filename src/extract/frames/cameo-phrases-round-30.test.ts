// The CAMEO phrase records (round 30: scripts/cameo-phrases.tsv, built into ../lexicon/frames.json
// by scripts/build-lexicon.mjs), in our own words with invented names: each shape on several
// sentences, and the nearest sentences that must state nothing of the kind.
import { extractArticle } from '..';

const factsIn = (text: string) =>
  extractArticle({ id: 'cameo-phrases', title: '', text, source: 'test' })
    .relations.filter((r) => !['MEMBER_OF', 'LEADS', 'LOCATED_IN'].includes(r.predicate))
    .map((r) => `${r.subject}|${r.predicate}|${r.object}`)
    .sort();

describe('diplomatic sanctions (CAMEO 161)', () => {
  test.each([
    ['Norway recalled its ambassador from Chile on Monday.', 'Norway|SANCTIONED|Chile'],
    ['Finland has withdrawn its ambassador to Peru in protest.', 'Finland|SANCTIONED|Peru'],
    ['Estonia recalled two diplomats from Bolivia after the vote.', 'Estonia|SANCTIONED|Bolivia'],
    ['Norway expelled two Chilean diplomats on Monday.', 'Norway|SANCTIONED|Chile'],
    ["Finland expelled Peru's diplomats over the spying affair.", 'Finland|SANCTIONED|Peru'],
    ['Estonia expelled a senior Bolivian diplomat on Friday, citing spying.', 'Estonia|SANCTIONED|Bolivia'],
  ])('%s', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });

  test.each([
    'Norway named a new ambassador to Chile on Monday.',
    // "recalled" of memory: the ambassador opens a clause of its own
    'Norway recalled that its ambassador to Chile had warned of the crisis.',
    'Norway may recall its ambassador from Chile.',
    'Norway expelled two Chilean fishermen on Monday.',
  ])('%s states no sanction', (text) => {
    expect(factsIn(text).filter((f) => f.includes('SANCTIONED'))).toEqual([]);
  });
});

describe('aid, talks and trade cut off (CAMEO 160, 162, 163, 164)', () => {
  test.each([
    ['Norway cut aid to Chile on Monday.', 'Norway|SANCTIONED|Chile'],
    ['Finland suspended all military assistance to Peru after the coup.', 'Finland|SANCTIONED|Peru'],
    ['Estonia is withholding aid from Bolivia until the vote is held.', 'Estonia|SANCTIONED|Bolivia'],
    ['Norway froze development aid for Chile.', 'Norway|SANCTIONED|Chile'],
    ['Finland cancelled its meeting with Peru after the border incident.', 'Finland|SANCTIONED|Peru'],
    ['Estonia terminated the talks with Bolivia in November.', 'Estonia|SANCTIONED|Bolivia'],
    ['Norway banned arms sales to Chile last year.', 'Norway|SANCTIONED|Chile'],
    ['Finland reduced its diplomatic ties with Peru after the expulsions.', 'Finland|SANCTIONED|Peru'],
  ])('%s', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });

  test.each([
    'Norway doubled its military aid to Chile after the coup.',
    'Norway did not cut aid to Chile.',
    'Finland held its meeting with Peru after the border incident.',
    'Estonia raised arms sales to Bolivia last year.',
    'Finland deepened its diplomatic ties with Peru after the expulsions.',
  ])('%s states no sanction', (text) => {
    expect(factsIn(text).filter((f) => f.includes('SANCTIONED'))).toEqual([]);
  });
});

describe('violence (CAMEO 180, 181, 1823, 194)', () => {
  test.each([
    ["Azure Front fighters set fire to Chile's consulate in the port.", 'Azure Front|ATTACKED|Chile'],
    ["Azure Front fighters set Chile's consulate on fire overnight.", 'Azure Front|ATTACKED|Chile'],
    ["Azure Front fighters set Peru's embassy ablaze on Sunday.", 'Azure Front|ATTACKED|Peru'],
    ['Azure Front militants hacked Pedro Alvarez to death on Monday.', 'Azure Front|KILLED|Pedro Alvarez'],
    ['Azure Brigade militants took two Chilean engineers hostage on Monday.', 'Azure Brigade|ATTACKED|Chile'],
    ['Norwegian jets dropped bombs on Chilean positions overnight.', 'Norway|ATTACKED|Chile'],
  ])('%s', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });

  test.each([
    'Azure Front fighters set fire to tyres outside the port.',
    'Azure Front fighters set the tyres on fire overnight.',
    "Azure Front militants hacked Pedro Alvarez's email account on Monday.",
    'Azure Brigade militants took two Chilean engineers to the border on Monday.',
    'Norwegian jets dropped leaflets on Chilean positions overnight.',
  ])('%s states no act of force', (text) => {
    expect(factsIn(text).filter((f) => /ATTACKED|KILLED/.test(f))).toEqual([]);
  });
});

describe('accusations, backing and views exchanged (CAMEO 112, 051, 046)', () => {
  test('a joint subject exchanging accusations accuses each other', () => {
    expect(factsIn('Norway and Chile exchanged accusations over the sinking.')).toEqual([
      'Chile|CRITICIZED|Norway',
      'Norway|CRITICIZED|Chile',
    ]);
  });
  test('accusations traded with a named party go both ways', () => {
    expect(factsIn('Finland traded accusations with Peru over the drills.')).toEqual(
      expect.arrayContaining(['Finland|CRITICIZED|Peru', 'Peru|CRITICIZED|Finland']),
    );
  });
  test.each([
    ["Norway threw its weight behind Chile's bid for the seat.", 'Norway|SUPPORTS|Chile'],
    ['Finland exchanged views with Peru on the fishing dispute.', 'Finland|COOPERATED|Peru'],
  ])('%s', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });
  test.each([
    'Norway and Chile exchanged prisoners over the weekend.',
    'Norway and Chile did not exchange accusations over the sinking.',
    // "which" is said of the faction, not of the leader named in "led by"
    'The rival faction led by Lena Dahlberg, which had thrown its weight behind Tomas Ekwall, lost the vote.',
  ])('%s states nothing', (text) => {
    expect(factsIn(text)).toEqual([]);
  });
});

describe('a verbal attack is criticism, no attack (CAMEO 111: ATTACK / BLAST * DECISION …)', () => {
  test.each([
    ["Norway sharply attacked Chile's decision to leave the fisheries pact.", 'Norway|CRITICIZED|Chile'],
    ["Finland attacked Peru's new fishing policy in a statement.", 'Finland|CRITICIZED|Peru'],
    ['Estonia attacked the Bolivian proposal at the summit.', 'Estonia|CRITICIZED|Bolivia'],
    ["Norway blasted Chile's interference in the vote.", 'Norway|CRITICIZED|Chile'],
    ['Finland attacked Peru over its decision to quit the treaty.', 'Finland|CRITICIZED|Peru'],
  ])('%s', (text, fact) => {
    const facts = factsIn(text);
    expect(facts).toContain(fact);
    expect(facts.filter((f) => f.includes('ATTACKED'))).toEqual([]);
  });

  test.each([
    ["Norway sharply attacked Chile's border posts at dawn.", 'Norway|ATTACKED|Chile'],
    ['Norwegian jets attacked Chilean positions after the decision.', 'Norway|ATTACKED|Chile'],
    ["Norwegian artillery blasted Chile's border posts overnight.", 'Norway|ATTACKED|Chile'],
  ])('%s is still an attack', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });
});
