// The acts the regex rules must not read, and the ones they still must, in sentences of our own
// with invented people and generic places: each shape is one that gave wrong facts on real news.
import { relationsOf, type HandEntity } from '../../relations/hand-mentions';

const country = (name: string, ...forms: string[]): HandEntity => ({ name, type: 'Country', forms });
const place = (name: string): HandEntity => ({ name, type: 'Location' });
const person = (name: string): HandEntity => ({ name, type: 'Person', forms: [name.split(' ')[1]] });

const WORLD: HandEntity[] = [
  country('Egypt', 'Egyptian'),
  country('France', 'French'),
  country('Russia', 'Russian'),
  country('Ukraine', 'Ukrainian'),
  country('United Kingdom', 'British', 'UK'),
  country('Valdoria', 'Valdorian'),
  { name: 'United Nations', type: 'Organization', category: 'international', forms: ['UN'] },
  { name: 'World Health Organization', type: 'Organization', category: 'international', forms: ['WHO'] },
  { name: 'Northern Front', type: 'Organization', category: 'armed_group' },
  { name: 'Atlas Brigade', type: 'Organization', category: 'armed_group' },
  person('Tom Bell'),
  person('Paul Roux'),
  person('Lisa Park'),
  place('Lakeport'),
  place('Kharkiv'),
  place('Aleppo'),
];
// The regex engine alone (`--relations rules`): the frame engine reads acts by its own lexicon.
const found = (text: string) => relationsOf(text, WORLD, 'rules').sort();

describe('facts the act rules must not read', () => {
  test.each([
    // a noun act that is the occasion of the subject's deed, not the deed
    ['Valdorian officials raised the toll to 30 from an overnight truck bombing in Lakeport.', 'ATTACKED'],
    ['Last year Paul Roux pulled France out of a trade deal with Egypt.', 'COOPERATED'],
    // round 18: a receipt denied
    ['Egypt denied receiving weapons from Russia.', 'SUPPORTS'],
    // an -ing act after a noun is that noun's
    ['France remains committed to disrupting smuggling networks financing the Northern Front.', 'SUPPORTS'],
    ['Egypt announced sanctions targeting Russian shipping firms.', 'ATTACKED'],
    // dealings called off
    ["France has called off next month's planned talks with Egypt.", 'COOPERATED'],
    ['Egypt suspended its cooperation with Russia on Monday.', 'COOPERATED'],
    // support nobody is said to give
    ['Tom Bell thanked Paul Roux for the support to UN programmes.', 'SUPPORTS'],
    ['The ministers agreed on the importance of support for the Atlas Brigade.', 'SUPPORTS'],
    // an order down a hierarchy is no demand
    ['Paul Roux ordered the Valdorian army to secure the border.', 'DEMANDED'],
    // a place names where the target stood
    ['The Atlas Brigade carried out an attack on Lakeport police headquarters.', 'ATTACKED'],
    ['Russian jets struck the Lakeport power station.', 'ATTACKED'],
    // the target's phrase ends where a clause opens
    ['Egypt has targeted the networks supporting President Paul Roux.', 'ATTACKED'],
    // an armed group in a place is not the place's own
    ['Russian forces have struck at a militia in Ukraine that fired rockets at their bases.', 'ATTACKED'],
    // a clause with a subject of its own after the subject's verb
    [
      'Egypt and France have moved troops to the coast since gunmen attacked the Valdorian embassy.',
      'ATTACKED',
    ],
    // attacks a thing is associated with are nobody's act (round 13)
    ['French jets struck a compound associated with attacks on Egypt.', 'ATTACKED'],
    // an attack the subject died in is not the subject's
    ['Paul Roux was the first Northern Front figure to die in the attack on Aleppo.', 'ATTACKED'],
    // a country is where people were killed, not what was hit
    ['Russian attacks killed two people in Ukraine on Monday.', 'ATTACKED'],
    // round 10: acts a body inspired were carried out by others
    ['The Northern Front has inspired a dozen plots or attacks against targets in France.', 'ATTACKED'],

    // ties and relations as a standing state, not a dealing
    ['Egypt has tried to balance its relations with France and Russia.', 'COOPERATED'],
    ['Egypt said the relations between France and Russia are on the right path.', 'COOPERATED'],
    ['Relations between France and Russia have deteriorated since the vote.', 'COOPERATED'],
    ['Paul Roux says his relations with Tom Bell remain cordial.', 'COOPERATED'],
    // a dealing refused or only thought of
    ['With Egypt boycotting a meeting with UN envoys last week, the plan stalled.', 'COOPERATED'],
    ['Tom Bell said he has not given up on the possibility of working with Paul Roux.', 'COOPERATED'],
    // a backer "with Y support" backs the clause's subject, not what the subject condemns or reports
    ['Egypt condemned the resolution, which passed with French support.', 'SUPPORTS'],
    ['Tom Bell said the offensive, with French backing, would go on.', 'SUPPORTS'],
    // a visit alone is no dealing
    ['A French team completed a visit to Egypt this week.', 'COOPERATED'],
    // round 11: an attack the subject confirms is not the subject's
    ['Tom Bell, the head of the Lakeport clinic, confirmed the attack on Aleppo.', 'ATTACKED'],
    // round 11: people of a country who do not speak for it
    ['Tom Bell met with Egyptian expats in Lakeport.', 'COOPERATED'],
    ['Tom Bell met French community leaders on Monday.', 'COOPERATED'],
    // round 11: a name after a title inside a phrase is no actor of the next verb
    [
      'Tom Bell held talks with President Paul Roux, met with Prime Minister Lisa Park and left.',
      'COOPERATED Lisa',
    ],
    // round 11: the victim of an act condemned is not the one criticised
    ['France strongly condemned the series of attacks against the UN mission in Lakeport.', 'CRITICIZED'],
    ['Egypt condemned the killing of Tom Bell on Monday.', 'CRITICIZED'],
    ['Russia voiced its condemnation of the strikes on Ukraine.', 'CRITICIZED'],
    ['Egypt condemned the invasion of Ukraine.', 'CRITICIZED'],
    // a part of a country held, a whole town taken, or a part of something else: no attack read here
    ['The Northern Front still controls parts of Valdoria.', 'ATTACKED'],
    ['The Northern Front took control of much of the Valdorian economy.', 'ATTACKED'],
    // round 13: a participle after a common noun modifies it: the noun is the one allied
    ['Egypt imposed sanctions on elements aligned with the Atlas Brigade.', 'SUPPORTS'],
    ['Egypt sent aid to villages allied with the Northern Front.', 'SUPPORTS'],
  ])('%s (no %s)', (text, predicate) => {
    expect(found(text).filter((f) => f.includes(` ${predicate} `))).toEqual([]);
  });

  test('round 13: a demonym before a sanctioned person title and name says where the person is from', () => {
    expect(found('Egypt imposed sanctions on Russian opposition leader Paul Roux.')).not.toContain(
      'Egypt SANCTIONED Russia',
    );
  });

  test('a counterpart named after the country is the one met', () => {
    const text = 'Tom Bell met with his French counterpart, Foreign Minister Paul Roux, in Cairo.';
    expect(found(text)).not.toContain('Tom Bell COOPERATED France');
    // the default engine reads the meeting with the person
    expect(relationsOf(text, WORLD)).toContain('Tom Bell COOPERATED Paul Roux');
  });

  test('nobody deals with their own side', () => {
    const facts = found('British Ambassador Tom Bell hosted the British and Egyptian delegations at lunch.');
    expect(facts).toContain('Tom Bell MEMBER_OF United Kingdom');
    expect(facts).not.toContain('Tom Bell COOPERATED United Kingdom');
  });

  test('a host of delegations named by their countries deals with neither country', () => {
    const facts = found('Tom Bell hosted the Egyptian and Valdorian delegations for a lunch in Lakeport.');
    expect(facts.filter((f) => f.includes(' COOPERATED '))).toEqual([]);
    // a delegation met, not hosted, is still its country's
    expect(found('Tom Bell met with the Egyptian delegation in Lakeport.')).toContain(
      'Tom Bell COOPERATED Egypt',
    );
  });

  test("a dealing's party is the named body, not the one owning it", () => {
    const facts = found("Egypt reached a settlement with the UN's World Health Organization.");
    expect(facts).not.toContain('Egypt COOPERATED United Nations');
  });

  test('a speaker reporting what his government did deals with nobody', () => {
    const facts = found('Tom Bell says his government pledged to keep working with UN mediators.');
    expect(facts).not.toContain('Tom Bell COOPERATED United Nations');
  });

  test('people from a body act for the body, not for the country named on them', () => {
    const facts = found(
      'Valdorian military personnel from the Atlas Brigade partnered with the UN in Lakeport.',
    );
    expect(facts).toContain('Atlas Brigade COOPERATED United Nations');
    expect(facts).not.toContain('Valdoria COOPERATED United Nations');
  });

  test('villages southeast of a town are where, not what, was hit', () => {
    expect(
      found('Egyptian forces launched an offensive against villages southeast of Lakeport.'),
    ).not.toContain('Egypt ATTACKED Lakeport');
    expect(found('Egyptian forces launched an offensive against the north of Lakeport.')).toContain(
      'Egypt ATTACKED Lakeport',
    );
  });

  test("an act a speaker speaks of with an article is not the speaker's", () => {
    expect(found('President Tom Bell said that the assaults on Lakeport were brutal.')).not.toContain(
      'Tom Bell ATTACKED Lakeport',
    );
    expect(found('Egypt said its strikes on the Atlas Brigade would go on.')).toContain(
      'Egypt ATTACKED Atlas Brigade',
    );
  });

  test("a demonym before the act noun names the act's author", () => {
    const facts = found('France placed controls on firms enabling Russian aggression against Ukraine.');
    expect(facts).not.toContain('France ATTACKED Ukraine');
  });

  test("a word naming the act's author, or the subject's suffering, keeps the act from the subject", () => {
    expect(
      found('The Northern Front fled because of the continued government offensive in Aleppo.'),
    ).not.toContain('Northern Front ATTACKED Aleppo');
    expect(found('Two Egyptian soldiers were killed in a rebel attack on Monday in Lakeport.')).not.toContain(
      'Egypt ATTACKED Lakeport',
    );
    expect(found('Three Egyptian soldiers died in an attack in Lakeport.')).not.toContain(
      'Egypt ATTACKED Lakeport',
    );
    expect(found('The Northern Front rebel attacks on Lakeport went on.')).toContain(
      'Northern Front ATTACKED Lakeport',
    );
  });

  test('sanctions the subject criticises are not its own', () => {
    expect(found('Egypt criticized the sanctions imposed on Russia by France.')).not.toContain(
      'Egypt SANCTIONED Russia',
    );
    expect(found('Egypt imposed new sanctions on Russia.')).toContain('Egypt SANCTIONED Russia');
  });

  test('an act noun before the verb is its subject', () => {
    const text = 'Tom Bell was sworn in as interim leader after an attack on Monday killed Paul Roux.';
    expect(found(text)).not.toContain('Tom Bell KILLED Paul Roux');
    expect(found('Tom Bell killed Paul Roux.')).toContain('Tom Bell KILLED Paul Roux');
  });

  test('a pronoun opening a clause of its own meets, not the name before it', () => {
    const text = 'The Egyptian leader spoke during a trip to Lakeport, where he met with Paul Roux.';
    expect(found(text)).not.toContain('Egypt COOPERATED Paul Roux');
  });

  test('a title and a person after ", and" open a clause of their own', () => {
    const text = 'Egypt imposed sanctions on Russia, and French President Paul Roux visited Kharkiv.';
    expect(found(text)).not.toContain('Egypt SANCTIONED France');
    expect(found(text)).toContain('Egypt SANCTIONED Russia');
  });

  test('round 15: export privileges not denied, or denied only as a possibility, are no sanction', () => {
    expect(found('Egypt has not denied the export privileges of the Atlas Brigade.')).toEqual([]);
    expect(found('Egypt may deny the export privileges of the Atlas Brigade.')).toEqual([]);
  });
  test("round 16: a meeting between a person and a titled person is not with the title's country", () => {
    const text = 'A meeting between Tom Bell and French Foreign Minister Paul Roux took place in Lakeport.';
    expect(found(text)).not.toContain('Tom Bell COOPERATED France');
    expect(found(text)).toContain('Tom Bell COOPERATED Paul Roux');
    expect(found('Talks between Egypt and France resumed on Monday.')).toContain('Egypt COOPERATED France');
  });
  test('the speaker is the person, not the bureau she is of', () => {
    const facts = found("Lisa Park of the UN's WHO urged Egypt to reopen the crossing.");
    expect(facts).not.toContain('World Health Organization DEMANDED Egypt');
  });
});

describe('facts the act rules still read', () => {
  test.each([
    // the author of an act condemned is criticised, also beside its victim
    ["Egypt condemned Russia's invasion of Ukraine.", 'Egypt CRITICIZED Russia'],
    ['Egypt condemned the Atlas Brigade for the attack on Lakeport.', 'Egypt CRITICIZED Atlas Brigade'],
    ['Egypt has expressed support for the Atlas Brigade.', 'Egypt SUPPORTS Atlas Brigade'],
    // round 18: what comes "from" a backer backs the clause's subject
    ['The Atlas Brigade was founded in 1991 with funding from Egypt.', 'Egypt SUPPORTS Atlas Brigade'],
    ['The Atlas Brigade has been receiving weapons from Egypt.', 'Egypt SUPPORTS Atlas Brigade'],
    ["France's support for Ukraine has not wavered.", 'France SUPPORTS Ukraine'],
    ['Egypt, which is closely aligned with France, abstained.', 'Egypt SUPPORTS France'],
    ['Egypt has allied with the Atlas Brigade.', 'Egypt SUPPORTS Atlas Brigade'],
    ['Egypt imposed sanctions on six Russian officials.', 'Egypt SANCTIONED Russia'],
    ['Russian troops began shelling Kharkiv on Monday.', 'Russia ATTACKED Kharkiv'],
    [
      'Egypt denounced a Russian missile strike on a residential neighborhood in Lakeport.',
      'Russia ATTACKED Lakeport',
    ],
    ['Russian jets struck the ruling Northern Front in Aleppo.', 'Russia ATTACKED Northern Front'],
    ['Russian jets struck Kharkiv overnight.', 'Russia ATTACKED Kharkiv'],
    ['Russian jets struck targets in Ukraine.', 'Russia ATTACKED Ukraine'],
    ['Egypt has moved troops since Monday and attacked the Atlas Brigade.', 'Egypt ATTACKED Atlas Brigade'],
    ['The Northern Front launched an attack on Aleppo.', 'Northern Front ATTACKED Aleppo'],
    // a city whose people an attack killed, or named as "the city of X", was hit
    ['Russian drone attacks on Sunday killed three people in Kharkiv and Aleppo.', 'Russia ATTACKED Aleppo'],
    ['Egypt reported Valdorian attacks in the northern city of Lakeport.', 'Valdoria ATTACKED Lakeport'],
    [
      'The Atlas Brigade carried out a series of airstrikes on Monday in Aleppo.',
      'Atlas Brigade ATTACKED Aleppo',
    ],
    // part of a country's ground taken is an attack on the country (round 12)
    [
      'The Northern Front took control of parts of southern Valdoria in May.',
      'Northern Front ATTACKED Valdoria',
    ],
    [
      "The Atlas Brigade, which has seized much of Valdoria's Lakeport region, attacked again.",
      'Atlas Brigade ATTACKED Valdoria',
    ],
    ['Tom Bell met with his Egyptian counterpart in Cairo.', 'Tom Bell COOPERATED Egypt'],
    ['Egypt restored diplomatic ties with France last year.', 'Egypt COOPERATED France'],
    ['France keeps informal relations and defence ties with Egypt.', 'France COOPERATED Egypt'],
    ['Egypt held talks with France on Monday.', 'Egypt COOPERATED France'],
    ['Egyptian troops retook Lakeport with French air support.', 'France SUPPORTS Egypt'],
    [
      'The Atlas Brigade, which fielded a team of observers with Egyptian government support, left.',
      'Egypt SUPPORTS Atlas Brigade',
    ],
    [
      'Tom Bell welcomed French Defence Minister Paul Roux to London on Friday.',
      'Tom Bell COOPERATED Paul Roux',
    ],
    ['Paul Roux pressed Egypt to reopen the crossing.', 'Paul Roux DEMANDED Egypt'],
    [
      'Tom Bell has warned of sanctions and other "costs" if Egyptian officials do not reopen the border.',
      'Tom Bell THREATENED Egypt',
    ],
    // round 15: export denial orders, their targets listed between dashes after a count and a kind
    [
      'Today, Assistant Secretary Tom Bell issued orders denying the export privileges of two Valdorian groups – the Atlas Brigade and the Northern Front – due to export violations.',
      'Tom Bell SANCTIONED Northern Front',
    ],
    [
      'The ministry of Egypt denied the export privileges of the Atlas Brigade.',
      'Egypt SANCTIONED Atlas Brigade',
    ],
  ])('%s', (text, fact) => {
    expect(found(text)).toContain(fact);
  });
});
