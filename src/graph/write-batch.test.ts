import type { Entity, Extraction, Relation } from '../model';
import { makeEntity as entity, makeRelation } from '../../test/support/extractions';
import { affectedTriples, buildWriteBatch, factId, isoInstant } from './write-batch';

const at = '2026-11-24T09:00:00.000Z';

/** Names are the ids here: the batch is built from ids alone. */
function relation(subjectId: string, predicate: string, objectId: string, start = 0): Relation {
  const [subject, object] = [
    { id: subjectId, name: subjectId },
    { id: objectId, name: objectId },
  ];
  return makeRelation(
    subject,
    predicate as Relation['predicate'],
    object,
    'The US struck Kataib Hezbollah.',
    {
      start,
      confidence: 0.8,
      reason: 'verb:active:strike',
    },
  );
}

const us = entity('country:united-states', 'United States', 'Country', ['US', 'U.S.'], 3);
const kh = entity(
  'organization:kataib-hezbollah',
  'Kataib Hezbollah',
  'Organization',
  ['Kataib Hezbollah'],
  2,
);

function extraction(id: string, entities: Entity[], relations: Relation[], published?: string): Extraction {
  return {
    article: { id, title: `title ${id}`, text: `text ${id}`, source: `${id}.txt`, published },
    entities,
    relations,
  };
}

describe('buildWriteBatch', () => {
  it('turns an extraction into article, entity, mention and fact rows', () => {
    const b = buildWriteBatch(
      [extraction('a1', [us, kh], [relation(us.id, 'ATTACKED', kh.id)], '2024-02-07')],
      at,
    );
    expect(b.articles).toEqual([
      expect.objectContaining({
        id: 'a1',
        title: 'title a1',
        url: null,
        published: '2024-02-07T00:00:00Z', // one stored format: an ISO instant
        source: 'a1.txt',
        ingestedAt: at,
      }),
    ]);
    expect(b.articles[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.entities.map((e) => e.id)).toEqual([us.id, kh.id].sort());
    expect(b.entitiesByType).toEqual({
      Country: [{ id: us.id, name: 'United States', type: 'Country', category: null }],
      Organization: [{ id: kh.id, name: 'Kataib Hezbollah', type: 'Organization', category: null }],
    });
    expect(b.mentions).toContainEqual({
      entityId: us.id,
      articleId: 'a1',
      count: 3,
      aliases: ['U.S.', 'US', 'United States'],
      category: null,
    });
    expect(b.facts).toEqual([
      expect.objectContaining({
        articleId: 'a1',
        subjectId: us.id,
        predicate: 'ATTACKED',
        objectId: kh.id,
        confidence: 0.8,
      }),
    ]);
    expect(b.dropped).toEqual([]);
  });

  it('merges an entity seen in several articles into one row, with one mention per article', () => {
    const b = buildWriteBatch(
      [extraction('a1', [us], []), extraction('a2', [{ ...us, aliases: ['America'] }], [])],
      at,
    );
    expect(b.entities).toHaveLength(1);
    expect(b.mentions.map((m) => [m.articleId, m.aliases])).toEqual([
      ['a1', ['U.S.', 'US', 'United States']],
      ['a2', ['America', 'United States']],
    ]);
  });

  it('drops relations with an unknown predicate or an entity the article does not list', () => {
    const b = buildWriteBatch(
      [
        extraction(
          'a1',
          [us, kh],
          [relation(us.id, 'LIKES', kh.id), relation(us.id, 'ATTACKED', 'country:iran')],
        ),
      ],
      at,
    );
    expect(b.facts).toEqual([]);
    expect(b.dropped.map((d) => d.why)).toEqual([
      'unknown predicate',
      'subject or object is not among the article entities',
    ]);
  });

  it('gives the same fact the same id, once', () => {
    const r = relation(us.id, 'ATTACKED', kh.id);
    const b = buildWriteBatch([extraction('a1', [us, kh], [r, r])], at);
    expect(b.facts).toHaveLength(1);
    expect(b.facts[0].id).toBe(factId('a1', us.id, 'ATTACKED', kh.id, 0, 31));
    expect(factId('a2', us.id, 'ATTACKED', kh.id, 0, 31)).not.toBe(b.facts[0].id);
  });

  it('keeps only the last version of an article given twice', () => {
    const b = buildWriteBatch([extraction('a1', [us, kh], []), extraction('a1', [us], [])], at);
    expect(b.articles).toHaveLength(1);
    expect(b.mentions).toEqual([expect.objectContaining({ entityId: us.id, count: 3 })]);
  });

  it('is the same for the same input', () => {
    const x = [extraction('a1', [us, kh], [relation(us.id, 'ATTACKED', kh.id)])];
    expect(buildWriteBatch(x, at)).toEqual(buildWriteBatch(x, at));
  });
});

describe('affectedTriples', () => {
  it('groups distinct subject/object pairs by predicate, ignoring unknown predicates', () => {
    const t = affectedTriples([
      { subjectId: 'b', predicate: 'ATTACKED', objectId: 'c' },
      { subjectId: 'a', predicate: 'ATTACKED', objectId: 'c' },
      { subjectId: 'b', predicate: 'ATTACKED', objectId: 'c' },
      { subjectId: 'a', predicate: 'SUPPORTS', objectId: 'b' },
      { subjectId: 'a', predicate: 'DROP TABLE' as 'ATTACKED', objectId: 'b' },
    ]);
    expect(t).toEqual({
      ATTACKED: [
        { subjectId: 'a', objectId: 'c' },
        { subjectId: 'b', objectId: 'c' },
      ],
      SUPPORTS: [{ subjectId: 'a', objectId: 'b' }],
    });
  });
});

describe('isoInstant: Article.published in one stored format', () => {
  it.each([
    ['2024-01-23', '2024-01-23T00:00:00Z'],
    ['2024-01-23T10:30:00+02:00', '2024-01-23T10:30:00+02:00'],
    ['2024-01-23T10:30:00', '2024-01-23T10:30:00.000Z'],
    ['Tue, 23 Jan 2024 10:00:00 GMT', '2024-01-23T10:00:00.000Z'],
    ['soon', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (given, stored) => {
    expect(isoInstant(given)).toBe(stored);
  });
});
