import { buildSchema, graphql } from 'graphql';
import { capAnalysisRows } from './cap-analysis-rows';

describe('capAnalysisRows', () => {
  it('returns at most pageMax rows from an analysis field, and leaves other lists alone', async () => {
    const schema = buildSchema(`
      type TimelineRow { date: String }
      type Entity { name: String }
      type Query { timeline(limit: Int = 500): [TimelineRow!]!  entities: [Entity!]! }
    `);
    const fields = schema.getQueryType()!.getFields();
    fields.timeline.resolve = () => Array.from({ length: 500 }, (_, i) => ({ date: String(i) }));
    fields.entities.resolve = () => Array.from({ length: 150 }, (_, i) => ({ name: String(i) }));
    capAnalysisRows(schema, 100);
    const result = (await graphql({ schema, source: '{ timeline { date } entities { name } }' })) as {
      data: { timeline: unknown[]; entities: unknown[] };
    };
    expect(result.data.timeline).toHaveLength(100);
    expect(result.data.entities).toHaveLength(150);
  });
});
