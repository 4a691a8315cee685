import neo4j from 'neo4j-driver';
import { ErrorCode, NewsgraphError } from '../../errors';
import { convertParams, parseParamPairs } from './convert-params';
import { parseAnalysis } from './parse-header';

const analysis = parseAnalysis(
  'demo',
  `// @question Q?
// @param since: date — from when
// @param limit: int = 10 — how many
// @param damping: float = 0.85 — damping
// @param by: degree|evidence = "degree" — order
// @param strict: boolean = false — strict
// @column a: string — a
RETURN $since + $limit + $damping + $by + $strict AS a`,
);

function errorOf(fn: () => unknown): NewsgraphError {
  try {
    fn();
  } catch (e) {
    return e as NewsgraphError;
  }
  throw new Error('expected an error');
}

describe('convertParams', () => {
  it('fills defaults and converts text to typed Cypher values', () => {
    const p = convertParams(analysis, {
      since: '2024-02-01',
      limit: '5',
      damping: '0.5',
      by: 'evidence',
      strict: 'yes',
    });
    expect(p).toEqual({
      since: '2024-02-01',
      limit: neo4j.int(5),
      damping: 0.5,
      by: 'evidence',
      strict: true,
    });
    expect(convertParams(analysis, { since: '2024-02-01' })).toMatchObject({
      limit: neo4j.int(10),
      by: 'degree',
      strict: false,
    });
  });

  it.each([
    [{}, /needs --param since=/],
    [{ since: 'yesterday' }, /not an ISO date/],
    [{ since: '2024-02-01', limit: '5.5' }, /not a whole number/],
    [{ since: '2024-02-01', by: 'size' }, /one of degree, evidence/],
    [{ since: '2024-02-01', colour: 'red' }, /no parameter "colour"/],
  ])('refuses %j with a hint listing the parameters', (given, message) => {
    const e = errorOf(() => convertParams(analysis, given));
    expect(e.code).toBe(ErrorCode.ANALYSIS_PARAM_INVALID);
    expect(e.message).toMatch(message);
    expect(e.hint).toBe(
      'parameters of demo: since (required), limit=10, damping=0.85, by="degree", strict=false',
    );
  });
});

describe('parseParamPairs', () => {
  it('splits at the first =, keeping = and spaces in values', () => {
    expect(parseParamPairs(['entity=Kataib Hezbollah', 'q=a=b'])).toEqual({
      entity: 'Kataib Hezbollah',
      q: 'a=b',
    });
  });
  it('refuses a pair without =', () => {
    expect(errorOf(() => parseParamPairs(['limit'])).code).toBe(ErrorCode.ANALYSIS_PARAM_INVALID);
  });
});
