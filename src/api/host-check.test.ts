import { isAllowedOrigin } from './cors-origin';
import { isAllowedHost } from './host-check';

describe('isAllowedHost (DNS rebinding)', () => {
  const loopback = { listenHost: '127.0.0.1', allowedHosts: [] as string[] };

  it.each(['localhost:4000', '127.0.0.1:4000', '[::1]:4000', 'LOCALHOST', 'app.localhost:4000'])(
    'lets a loopback server answer %s',
    (host) => {
      expect(isAllowedHost(host, loopback)).toBe(true);
    },
  );

  it.each(['evil.example:4000', 'evil.example', '127.0.0.1.evil.example', ''])(
    'refuses %j on a loopback server',
    (host) => {
      expect(isAllowedHost(host, loopback)).toBe(false);
    },
  );

  it('answers the names it is told, or any with *', () => {
    expect(isAllowedHost('news.internal:4000', { ...loopback, allowedHosts: ['news.internal'] })).toBe(true);
    expect(isAllowedHost('anything:4000', { ...loopback, allowedHosts: '*' })).toBe(true);
  });

  it('accepts any name on every interface (Docker), unless names are listed', () => {
    expect(isAllowedHost('newsgraph:4000', { listenHost: '0.0.0.0', allowedHosts: [] })).toBe(true);
    expect(isAllowedHost('evil.example', { listenHost: '0.0.0.0', allowedHosts: ['news.internal'] })).toBe(
      false,
    );
  });
});

describe('isAllowedOrigin (CORS)', () => {
  it('allows pages of this machine and the listed origins only', () => {
    expect(isAllowedOrigin('http://localhost:5173', [])).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', [])).toBe(true);
    expect(isAllowedOrigin('http://[::1]:4000', [])).toBe(true);
    expect(isAllowedOrigin('https://evil.example', [])).toBe(false);
    expect(isAllowedOrigin('http://localhost.evil.example', [])).toBe(false);
    expect(isAllowedOrigin('https://dash.example', ['https://dash.example'])).toBe(true);
    expect(isAllowedOrigin('https://evil.example', '*')).toBe(true);
  });
});

describe('startServer', () => {
  it('checks the Host header against the host it listens on, not only the configured one', async () => {
    const { startServer } = await import('./start-server');
    const { loadConfig } = await import('../config');
    const neo4j = (await import('neo4j-driver')).default;
    // Nothing is asked of Neo4j here: the driver is never used.
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused-password'));
    // Configured for every interface, told to listen on loopback: loopback's rules apply.
    const config = loadConfig({ env: { HOST: '0.0.0.0' }, cwd: '/tmp' });
    const server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
    try {
      const http = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get(
            {
              host: '127.0.0.1',
              port: server.port,
              path: '/nothing',
              headers: { host: 'my-laptop.lan:4000' },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          )
          .on('error', reject);
      });
      expect(status).toBe(403);
    } finally {
      await server.close();
      await driver.close();
    }
  });
});
