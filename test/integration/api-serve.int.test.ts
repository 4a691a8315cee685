// `newsgraph serve` as the CLI runs it: connect, migrate, listen, report where, and stop.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { serveCommand, type ServeResult } from '../../src/cli/commands/serve';
import { WEB_ROOT } from '../../src/api';

jest.setTimeout(60_000);

describe('newsgraph serve', () => {
  let served: ServeResult | undefined;

  afterAll(async () => {
    await served?.close();
  });

  it('serves /graphql, /health and / on the chosen port, then stops when closed', async () => {
    served = await serveCommand({ config: loadConfig(), port: 0, host: '127.0.0.1' });
    expect(served.graphqlUrl).toMatch(/^http:\/\/localhost:\d+\/graphql$/);

    const health = await fetch(served.healthUrl);
    expect(health.status).toBe(200);

    const answer = await fetch(served.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ searchEntities(query: "anything") { id } }' }),
    });
    // The full-text index exists because serve migrated the database first.
    const body = (await answer.json()) as { data?: { searchEntities: unknown }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    // Array.isArray, not expect.any(Array): fetch parses JSON in another realm than jest's.
    expect(Array.isArray(body.data?.searchEntities)).toBe(true);

    const home = await fetch(served.dashboardUrl);
    expect(home.status).toBe(200);
    const built = fs.existsSync(path.join(WEB_ROOT, 'index.html'));
    expect(await home.text()).toMatch(built ? /<!doctype html>/i : /The dashboard is not built/);

    const { graphqlUrl } = served;
    await served.close();
    served = undefined;
    await expect(fetch(graphqlUrl)).rejects.toThrow();
  });
});
