// Names are index keys: an entity named past the limit is left out with its relations, long
// aliases are dropped, and each dropped entity is one note; anything else passes unchanged.
import type { Entity, Extraction, Relation } from '../model';
import { boundExtraction, MAX_NAME_CHARS } from './bound-extraction';

const entity = (name: string, aliases: string[] = [name]): Entity => ({
  id: `organization:${name.toLowerCase().replace(/\s+/g, '-')}`,
  name,
  type: 'Organization',
  aliases,
  mentionCount: 1,
});
const relation = (subject: Entity, object: Entity): Relation => ({
  subject: subject.name,
  predicate: 'ATTACKED',
  object: object.name,
  subjectId: subject.id,
  objectId: object.id,
  sentence: 'They met.',
  start: 0,
  end: 9,
  confidence: 0.8,
  reason: 'test',
});

const army = entity('Northern Army', ['Northern Army', `Army ${'x'.repeat(300)}`]);
const militia = entity('Delta Militia');
const huge = entity(`Huge ${'Name '.repeat(2000)}`.trim());
const extraction: Extraction = {
  article: { id: 'a', title: 'A', text: 'They met.', source: 'a.txt' },
  entities: [army, militia, huge],
  relations: [relation(army, militia), relation(huge, militia)],
};

test('an over-long name is left out with its relations, and noted', () => {
  const { extraction: bounded, notes } = boundExtraction(extraction);
  expect(bounded.entities.map((e) => e.name)).toEqual(['Northern Army', 'Delta Militia']);
  expect(bounded.entities[0].aliases).toEqual(['Northern Army']);
  expect(bounded.relations).toEqual([relation(army, militia)]);
  expect(notes).toEqual([
    `left out an entity whose name has ${huge.name.length} characters (the limit is ${MAX_NAME_CHARS})`,
  ]);
});

test('an extraction within the limits passes as it is', () => {
  const fine: Extraction = { ...extraction, entities: [militia], relations: [] };
  expect(boundExtraction(fine)).toEqual({ extraction: fine, notes: [] });
  expect(boundExtraction(fine).extraction).toBe(fine);
});
