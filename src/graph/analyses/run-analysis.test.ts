import neo4j from 'neo4j-driver';
import { ErrorCode } from '../../errors';
import { findAnalysis } from './load-analyses';
import { runAnalysis } from './run-analysis';

describe('runAnalysis', () => {
  it('reports an unreachable Neo4j as connect does, naming where it looked', async () => {
    // Nothing listens on port 1: the driver fails at once, with no retries to wait through.
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused-password'), {
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      await expect(
        runAnalysis({
          driver,
          analysis: findAnalysis('graph-size'),
          errorContext: { uri: 'bolt://127.0.0.1:1', local: true },
        }),
      ).rejects.toMatchObject({
        code: ErrorCode.DB_UNREACHABLE,
        message: 'Neo4j is not reachable at bolt://127.0.0.1:1',
        hint: expect.stringMatching(/newsgraph db start/),
      });
    } finally {
      await driver.close();
    }
  });
});
