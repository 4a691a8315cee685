import { ErrorCode } from '../../errors';
import { loadAnalyses } from './load-analyses';
import { parseAnalysis } from './parse-header';

const header = `// @question Who attacked whom,
//   and when?
// @param limit: int = 50 — how many pairs
// @param by: degree|evidence = "degree" — what to rank by
// @param entity: string — required entity
// @column attacker: string — who attacked
// @column titles: string[] — some titles
MATCH (a) WHERE a.id = $entity RETURN a LIMIT $limit + size($by)
`;

describe('parseAnalysis', () => {
  it('reads question, params with defaults, enums and columns', () => {
    const a = parseAnalysis('x', header);
    expect(a.question).toBe('Who attacked whom, and when?');
    expect(a.params).toEqual([
      { name: 'limit', type: 'int', default: 50, description: 'how many pairs' },
      {
        name: 'by',
        type: 'enum',
        values: ['degree', 'evidence'],
        default: 'degree',
        description: 'what to rank by',
      },
      { name: 'entity', type: 'string', description: 'required entity' },
    ]);
    expect(a.columns.map((c) => [c.name, c.type])).toEqual([
      ['attacker', 'string'],
      ['titles', 'string[]'],
    ]);
  });

  it.each([
    ['no question', '// @column a: string — x\nRETURN 1 AS a', /exactly one @question/],
    [
      'a bad type',
      '// @question Q?\n// @param n: number = 1 — n\n// @column a: string — x\nRETURN $n AS a',
      /unknown type "number"/,
    ],
    [
      'an unused param',
      '// @question Q?\n// @param n: int = 1 — n\n// @column a: string — x\nRETURN 1 AS a',
      /not used as \$n/,
    ],
    [
      'a bad default',
      '// @question Q?\n// @param n: string = abc — n\n// @column a: string — x\nRETURN $n AS a',
      /not a JSON literal/,
    ],
    ['no columns', '// @question Q?\nRETURN 1 AS a', /no @column/],
  ])('refuses a header with %s, naming the file and line', (_, text, message) => {
    expect(() => parseAnalysis('bad', text)).toThrow(message);
    try {
      parseAnalysis('bad', text);
    } catch (e) {
      expect((e as { code: string }).code).toBe(ErrorCode.ANALYSIS_INVALID);
      expect((e as Error).message).toMatch(/^bad\.cypher:\d+: /);
    }
  });

  it('reads every shipped analysis, each returning the columns it declares', () => {
    const analyses = loadAnalyses();
    expect(analyses.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'top-actors',
        'who-attacked-whom',
        'support-network',
        'shortest-path',
        'entity-profile',
        'timeline',
        'co-mentions',
        'new-actors',
        'influence',
      ]),
    );
    for (const a of analyses) {
      const finalReturn = a.cypher.slice(a.cypher.lastIndexOf('\nRETURN '));
      for (const c of a.columns)
        expect(`${a.name}: ${finalReturn}`).toMatch(new RegExp(`(AS ${c.name}\\b|[ ,]${c.name}[,\\n])`));
    }
  });
});
