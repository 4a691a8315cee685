// One node per national force: a country's force written as a generic body ("the Peruvian army",
// "Peru's armed forces") is the force the article names for that country, and the facts of its
// chief and spokesman hang on that node. Invented forces and people; the one real force comes
// from the lexicon's own records, not from this file.
import type { Extraction, Mention } from '../../model';
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';
import { extractArticle } from '..';
import { COUNTRIES } from '../lexicon/countries';
import { ORGANIZATIONS } from '../lexicon/organizations';
import { PHOENIX_STATE_BODIES } from '../lexicon/phoenix';
import { forceOfName, forceOfRecord } from './national-force';

const extract = (text: string): Extraction => extractArticle({ id: 't', title: '', text, source: 'test' });
const extractMentions = (text: string): Extraction & { mentions: Mention[] } => {
  const sentences = splitSentences(text);
  const article = { id: 't', title: '', text, source: 'test' };
  return { ...extractArticle(article), mentions: recognizeEntities(article, sentences).mentions };
};
const orgs = (x: Extraction): string[] =>
  x.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
/** The other ways the article wrote an entity ("Peruvian army" for Peru). */
const alsoWritten = (x: Extraction, name: string): string[] =>
  x.entities.find((e) => e.name === name)?.aliases ?? [];
const facts = (x: Extraction, predicate: string): string[] =>
  x.relations
    .filter((r) => r.predicate === predicate)
    .map((r) => `${r.subject} ${r.predicate} ${r.object}`)
    .sort();

describe('the country and kind a force’s own name says', () => {
  it.each([
    ['Peru Defense Forces', { country: 'Peru', kind: 'whole' }],
    ['Peruvian National Army', { country: 'Peru', kind: 'army' }],
    ['Royal Peruvian Navy', { country: 'Peru', kind: 'navy' }],
    ['Peruvian Air Force', { country: 'Peru', kind: 'air' }],
  ])('%s', (name, force) => {
    expect(forceOfName(name)).toEqual(force);
  });

  it.each(['Free Peruvian Army', 'Peruvian Liberation Army', 'Peruvian Security Forces', 'Andean Army'])(
    'names no state’s force in "%s"',
    (name) => {
      expect(forceOfName(name)).toBeUndefined();
    },
  );
});

describe('a country’s generic force is the force the article names for it', () => {
  it('reads the army, its chief and its spokesman as the named force', () => {
    const x = extract(
      'The Peru Defense Forces said on Monday they had retaken the pass. ' +
        'Peru’s army chief, Gen. Ana Ruiz, said the rebels had fled. ' +
        'The Peruvian army spokesman, Tom Bell, said two soldiers were hurt.',
    );
    expect(orgs(x)).toEqual(['Peru Defense Forces']);
    expect(facts(x, 'LEADS')).toEqual(['Ana Ruiz LEADS Peru Defense Forces']);
    expect(facts(x, 'MEMBER_OF')).toContain('Tom Bell MEMBER_OF Peru Defense Forces');
  });

  it('reads "the Country army chief, X" after the country’s name', () => {
    const x = extract('The Peru Defense Forces moved north. The Peru army chief, Gen. Ana Ruiz, said so.');
    expect(orgs(x)).toEqual(['Peru Defense Forces']);
    expect(facts(x, 'LEADS')).toEqual(['Ana Ruiz LEADS Peru Defense Forces']);
  });

  it('reads "the Country army chief of staff, Lt.-Gen. X" as the force’s head', () => {
    const x = extract(
      'The Peruvian National Army moved north. The Peruvian army chief of staff, Lt.-General Dan Moss, said so.',
    );
    expect(orgs(x)).toEqual(['Peruvian National Army']);
    expect(facts(x, 'LEADS')).toEqual(['Dan Moss LEADS Peruvian National Army']);
  });

  it('takes the force of the fitting kind: an army its Army, the military its Defense Forces', () => {
    const x = extract(
      'The Peruvian National Army and the Peru Defense Forces held drills. ' +
        'The Peruvian army said the drills ended. The Peruvian military said more would follow.',
    );
    const army = x.entities.find((e) => e.name === 'Peruvian National Army');
    const whole = x.entities.find((e) => e.name === 'Peru Defense Forces');
    expect(army?.aliases).toContain('Peruvian army');
    expect(whole?.aliases).toContain('Peruvian military');
    expect(orgs(x)).toHaveLength(2);
  });

  it('keeps a navy apart from the named army, and another country’s army apart', () => {
    const x = extract(
      'The Peru Defense Forces said the coast was calm. The Peruvian navy said so too. ' +
        'The Chilean army said it saw no ships.',
    );
    expect(orgs(x)).toEqual(['Peru Defense Forces']);
    expect(alsoWritten(x, 'Peru')).toContain('Peruvian navy');
    expect(alsoWritten(x, 'Chile')).toContain('Chilean army');
  });

  it('leaves an armed group named after the country alone', () => {
    const x = extract(
      'The Free Peruvian Army said it held the town. The Peruvian army said it would attack.',
    );
    expect(orgs(x)).toEqual(['Free Peruvian Army']);
    expect(alsoWritten(x, 'Peru')).toContain('Peruvian army');
  });
});

describe('a country’s force written only as a common noun, when the article names none', () => {
  // test/gold/README.md, "State forces": no body of its own; what it does, the country does
  it.each([
    ['The Peruvian military said the pass was open.', 'Peruvian military'],
    ['Peru’s armed forces said the pass was open.', 'Peru’s armed forces'],
    ['The Peru army chief, Ana Ruiz, said the rebels had fled.', 'Peru army'],
    ['The Peruvian air force said the pass was open.', 'Peruvian air force'],
  ])('is the country in "%s"', (text, written) => {
    const x = extract(text);
    expect(orgs(x)).toEqual([]);
    expect(alsoWritten(x, 'Peru')).toContain(written);
  });

  it('round 15: stays the country when a later sentence opens on "Army spokesman"', () => {
    const x = extract(
      'Peru’s army said the pass was open. Peru sent troops. Army spokesman Ana Ruiz said the rebels had fled.',
    );
    expect(orgs(x)).toEqual([]);
    expect(facts(x, 'MEMBER_OF')).toEqual(['Ana Ruiz MEMBER_OF Peru']);
  });

  it('does what the country does, and its chief heads no body', () => {
    const x = extract(
      'The Peruvian army shelled the Azure Brigade on Monday. Peru’s army chief, Gen. Ana Ruiz, said the rebels had fled.',
    );
    expect(facts(x, 'ATTACKED')).toEqual(['Peru ATTACKED Azure Brigade']);
    expect(facts(x, 'LEADS')).toEqual([]);
  });

  it.each([
    'Peru’s army chief, Gen. Ana Ruiz, said the rebels had fled.',
    'The Peruvian army commander, Ana Ruiz, said the rebels had fled.',
    'Rebels met the head of Peru’s armed forces, General Ana Ruiz, on Monday.',
    'A Peruvian army spokesman, Ana Ruiz, said the rebels had fled.',
  ])('makes its chief, commander or spokesman one of the country’s people: "%s"', (text) => {
    const x = extract(text);
    expect(facts(x, 'MEMBER_OF')).toEqual(['Ana Ruiz MEMBER_OF Peru']);
    expect(facts(x, 'LEADS')).toEqual([]);
  });

  it.each([
    // the country by its name heads nothing here, and a force with its own name keeps its chief
    'Rebels met the head of Peru, Ana Ruiz, on Monday.',
    'The Peruvian Army chief, Gen. Ana Ruiz, said the rebels had fled.',
  ])('reads no member of the country in "%s"', (text) => {
    expect(facts(extract(text), 'MEMBER_OF')).not.toContain('Ana Ruiz MEMBER_OF Peru');
  });

  it('keeps two countries’ forces apart: they are two countries', () => {
    const x = extract('The Peruvian army shelled the border. The Chilean army shelled the Peruvian army.');
    expect(orgs(x)).toEqual([]);
    expect(facts(x, 'ATTACKED')).toEqual(['Chile ATTACKED Peru']);
  });

  it('reads a list of two countries’ forces after their possessives as two actors', () => {
    const x = extract('Peru’s army and Chile’s army attacked the Azure Brigade near the border.');
    expect(facts(x, 'ATTACKED')).toEqual(['Chile ATTACKED Azure Brigade', 'Peru ATTACKED Azure Brigade']);
    expect(alsoWritten(x, 'Peru')).toContain('Peru’s army');
  });

  it('stays a body once written with capitals, as a force’s own name', () => {
    expect(orgs(extract('Peru’s Armed Forces said the pass was open.'))).toEqual(['Peruvian Armed Forces']);
  });

  it('reads "the Country military" after the country’s name as the state itself', () => {
    expect(orgs(extract('The Peru military said the pass was open.'))).toEqual([]);
  });

  it('gives a government office’s chief of staff no lead', () => {
    const x = extract('The Peruvian foreign ministry chief of staff, Tom Bell, said the talks were over.');
    expect(facts(x, 'LEADS')).toEqual([]);
  });
});

describe('a force the lexicon names', () => {
  // Every listed military record whose name says its country: none of them written here.
  const listed = ORGANIZATIONS.filter((r) => r[1] === 'military')
    .map((r) => ({ name: r[0], force: forceOfName(r[0]) }))
    .filter((r) => r.force?.kind === 'whole');
  const demonym = (country: string): string | undefined =>
    COUNTRIES.find((c) => c.name === country)?.demonyms[0];

  it('has at least one such record', () => {
    expect(listed.length).toBeGreaterThan(0);
  });

  it.each(listed.map((r) => [r.name, demonym(r.force?.country ?? '')]))(
    '%s takes the %s army and its chief',
    (name, adjective) => {
      const x = extract(
        `The ${name} said it struck a depot. The ${adjective} army chief, Gen. Ana Ruiz, said the strike was over.`,
      );
      expect(orgs(x)).toEqual([name]);
      expect(facts(x, 'LEADS')).toEqual([`Ana Ruiz LEADS ${name}`]);
    },
  );
});

describe('a force whose name does not say its country, filed under it in the reference data', () => {
  const WORD = { army: 'army', whole: 'military', navy: 'navy', air: 'air force' };
  // (read as itself: one spelling is also an alias of an armed group in the lists)
  const readAsItself = (name: string): boolean =>
    extract(`The ${name} held drills.`).entities.some((e) => forceOfRecord(e.name));
  const filed = PHOENIX_STATE_BODIES.map((r) => ({ name: r[0], force: forceOfRecord(r[0]) })).filter(
    (r) => r.force && !forceOfName(r.name) && readAsItself(r.name),
  );
  const demonym = (country: string): string | undefined =>
    COUNTRIES.find((c) => c.name === country)?.demonyms[0];

  it('has such records', () => {
    expect(filed.length).toBeGreaterThan(0);
  });

  it.each(filed.map((r) => [r.name, demonym(r.force?.country ?? ''), WORD[r.force?.kind ?? 'army']]))(
    '%s takes the %s %s',
    (name, adjective, word) => {
      const x = extract(
        `The ${name} held drills on Monday. The ${adjective} ${word} said the drills would go on.`,
      );
      const force = x.entities.find((e) => e.aliases.includes(`${adjective} ${word}`));
      expect(force?.aliases).toContain(name);
    },
  );
});

describe('"the army" and "the military" alone', () => {
  const forceMentions = (x: { mentions: Mention[] }): string[] =>
    x.mentions.filter((m) => m.reason === 'coref:the-force').map((m) => m.text);

  it('stand for the article’s one national force, whose chief leads it', () => {
    const x = extractMentions(
      'The Peru Defense Forces moved north. The army chief, Gen. Ana Ruiz, said the pass was held. ' +
        'The Azure Brigade has been fighting the army since May.',
    );
    expect(forceMentions(x)).toEqual(['The army', 'the army']);
    expect(facts(x, 'LEADS')).toEqual(['Ana Ruiz LEADS Peru Defense Forces']);
  });

  it('stand for the country whose force the article wrote in lower case', () => {
    const x = extractMentions(
      'Peru’s army moved north on Monday. The army shelled the Azure Brigade near the pass.',
    );
    expect(forceMentions(x)).toEqual(['The army']);
    expect(facts(x, 'ATTACKED')).toEqual(['Peru ATTACKED Azure Brigade']);
  });

  it.each([
    // an adjective before a noun
    'Peru’s army moved north. The army base was shelled. The military operation ended.',
    // two national forces: which one is not said
    'Peru’s army moved north. Chile’s army stayed. The army said the pass was held.',
    // no national force at all
    'The Azure Brigade took the pass. The army said it would retake it.',
  ])('stand for nothing in "%s"', (text) => {
    expect(forceMentions(extractMentions(text))).toEqual([]);
  });
});

describe('"the army" and "the military" alone in a story about one country (round 24)', () => {
  const forceMentions = (x: { mentions: Mention[] }): string[] =>
    x.mentions.filter((m) => m.reason === 'coref:the-force').map((m) => m.text);
  /** Two sentences naming Peru: the country the article names most. */
  const story = 'Floods hit Peru in March. Peru has asked for help.';
  const read = (text: string): string[] => {
    const x = extractMentions(text);
    const country = (m: Mention): string => x.entities.find((e) => e.id === m.entityId)?.name ?? '?';
    return x.mentions.filter((m) => m.reason === 'coref:the-force').map((m) => `${m.text} → ${country(m)}`);
  };

  it.each([
    [`${story} The military says it has sent troops to the coast.`, ['The military → Peru']],
    [
      `${story} Rebels of the Azure Brigade attacked a road. The army and the rebels blame each other.`,
      ['The army → Peru'],
    ],
    [`${story} Two guards died, according to the military.`, ['the military → Peru']],
    [
      `${story} The crowd cheered when the army, which had sided with the protesters, took the palace.`,
      ['the army → Peru'],
    ],
  ])('stand for the country the article names most when it writes no force: "%s"', (text, wanted) => {
    expect(read(text)).toEqual(wanted);
  });

  it('give that country the act', () => {
    const x = extractMentions(`${story} The army shelled the Azure Brigade near the pass.`);
    expect(facts(x, 'ATTACKED')).toEqual(['Peru ATTACKED Azure Brigade']);
  });

  it.each([
    // its own place after it
    `${story} Envoys urged the military in Chile to hold the vote.`,
    // no country named most: Peru and Chile twice each
    'Peru and Chile met in March. Peru and Chile signed a pact. The army said the pass was held.',
    // an "of" phrase says whose
    `${story} Generals said the army of any state needs rest.`,
    // an adjective before a noun
    `${story} The military base was shelled.`,
  ])('stand for nothing in "%s"', (text) => {
    expect(forceMentions(extractMentions(text))).toEqual([]);
  });
});
