import type { Entity, Mention, Sentence } from '../../model';
import { nameRelations } from './name-relations';

const country = (id: string, name: string, aliases: string[] = []): Entity =>
  ({ id, name, type: 'Country', aliases }) as Entity;
const body = (id: string, name: string, category: Entity['category'], aliases: string[] = []): Entity =>
  ({ id, name, type: 'Organization', category, aliases }) as Entity;
const sentence: Sentence = { index: 0, text: 'A sentence of our own.', start: 0, end: 22, titleCase: false };
const mentionOf = (e: Entity): Mention => ({
  entityId: e.id,
  text: e.name,
  start: 0,
  end: 1,
  sentenceIndex: 0,
  reason: 'name',
});
const facts = (entities: Entity[]) =>
  nameRelations(entities, entities.map(mentionOf), [sentence]).map(
    (f) => `${f.subject.name} ${f.predicate} ${f.object.name}`,
  );

describe('nameRelations', () => {
  const freedonia = country('c1', 'Freedonia', ['Freedonian']);
  test.each([
    [
      'a state body named with the country',
      [freedonia, body('o1', 'Freedonia Coast Guard', 'military')],
      ['Freedonia Coast Guard MEMBER_OF Freedonia'],
    ],
    [
      'named with its demonym alias',
      [freedonia, body('o2', 'Freedonian Navy', 'military')],
      ['Freedonian Navy MEMBER_OF Freedonia'],
    ],
    [
      'a body whose name holds no name of the country',
      [freedonia, body('o3', 'Coast Guard', 'military')],
      [],
    ],
    [
      'an armed group is not the state',
      [freedonia, body('o4', 'Freedonia Liberation Forces', 'armed_group')],
      [],
    ],
    [
      'round 14: a government with a name of its own, of the country',
      [freedonia, body('o11', 'Federal Government of Freedonia', 'government')],
      ['Federal Government of Freedonia MEMBER_OF Freedonia'],
    ],
    [
      'round 14: not the bare government of the country, which is the state',
      [freedonia, body('o12', 'The Government of Freedonia', 'government')],
      [],
    ],
    [
      "round 16: a state's electoral commission named with it, and a council named 'of' it",
      [
        freedonia,
        body('o13', 'Freedonia Electoral Commission', 'government'),
        body('o14', 'Sovereign Council of Freedonia', 'government'),
      ],
      [
        'Freedonia Electoral Commission MEMBER_OF Freedonia',
        'Sovereign Council of Freedonia MEMBER_OF Freedonia',
      ],
    ],
    [
      "round 16: not a party's council named with the country",
      [freedonia, body('o15', 'Freedonian Leadership Council', 'political')],
      [],
    ],
    [
      "round 20: a state's central bank, directorate and lower chamber named with it or 'of' it",
      [
        freedonia,
        body('o16', 'Central Bank of Freedonia', 'government'),
        body('o17', 'Freedonian General Intelligence Directorate', 'government'),
        body('o18', 'Freedonian House of Representatives', 'government'),
      ],
      [
        'Central Bank of Freedonia MEMBER_OF Freedonia',
        'Freedonian General Intelligence Directorate MEMBER_OF Freedonia',
        'Freedonian House of Representatives MEMBER_OF Freedonia',
      ],
    ],
    [
      "round 20: not a company's bank nor a party's directorate named with the country",
      [
        freedonia,
        body('o19', 'Freedonian Savings Bank', 'company'),
        body('o20', 'Freedonian Workers Party Directorate', 'political'),
      ],
      [],
    ],
    [
      "round 11: a government body's office named with the body",
      [body('o5', 'FAID', 'government'), body('o6', 'FAID Field Mission', 'government')],
      ['FAID Field Mission MEMBER_OF FAID'],
    ],
    [
      "round 11: not a company's office, nor a body that is no office",
      [
        body('o7', 'Acme', 'company'),
        body('o8', 'Acme Sales Office', 'company'),
        body('o9', 'FAID', 'government'),
        body('o10', 'FAID Watch', 'other'),
      ],
      [],
    ],
  ])('%s', (_, entities, expected) => {
    expect(facts(entities)).toEqual(expected);
    // the regexes are kept from article to article: a second reading gives the same
    expect(facts(entities)).toEqual(expected);
  });
});

describe('round 13: a civil body is read from its name as written, not from a canonical name', () => {
  const freedonia = country('c1', 'Freedonia', ['Freedonian']);
  const department = body('o1', 'Freedonian State Department', 'government', ['State Department']);
  const written = (text: string): Mention => ({ ...mentionOf(department), text });
  const read = (text: string) =>
    nameRelations([freedonia, department], [mentionOf(freedonia), written(text)], [sentence]).map(
      (f) => `${f.subject.name} ${f.predicate} ${f.object.name} (${f.reason})`,
    );
  test('the text names the state with it', () => {
    expect(read('Freedonian State Department')).toEqual([
      'Freedonian State Department MEMBER_OF Freedonia (name:national-civil-body)',
    ]);
  });
  test('the text writes it without the state', () => {
    expect(read('State Department')).toEqual([]);
  });
});

describe('round 14: a state body the gazetteers file under a country, named without it', () => {
  const read = (entities: Entity[]) =>
    nameRelations(entities, entities.map(mentionOf), [sentence]).map(
      (f) => `${f.subject.name} ${f.predicate} ${f.object.name} (${f.reason})`,
    );
  const named = (e: Entity): Entity => ({ ...e, mentionCount: 1 });
  const israel = named(country('c1', 'Israel', ['Israeli']));
  const unitedStates = named(country('c2', 'United States', ['U.S.']));
  test.each([
    [
      'a parliament',
      [israel, body('o1', 'Knesset', 'government')],
      ['Knesset MEMBER_OF Israel (name:state-body)'],
    ],
    [
      'a bureau written without the state',
      [unitedStates, body('o2', 'FBI', 'government', ['Federal Bureau of Investigation'])],
      ['FBI MEMBER_OF United States (name:state-body)'],
    ],
    [
      "a body of Phoenix's country records",
      [named(country('c3', 'Iran')), body('o3', 'Guardian Council', 'government')],
      ['Guardian Council MEMBER_OF Iran (name:state-body)'],
    ],
    ['not where the article names no such country', [israel, body('o4', 'FBI', 'government')], []],
    [
      'not a country the article does not write',
      [{ ...unitedStates, mentionCount: 0 }, body('o7', 'FBI', 'government')],
      [],
    ],
    ['not a body of no state', [unitedStates, body('o5', 'Green Watch', 'government')], []],
    ['not a company of that name', [israel, body('o6', 'Knesset', 'company')], []],
  ])('%s', (_, entities, expected) => {
    expect(read(entities as Entity[])).toEqual(expected);
  });
});
