// Listens with the app of create-app.ts and says where: what `newsgraph serve`, the demo
// command and the tests call.
import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import type { Driver } from '../graph';
import { ErrorCode, NewsgraphError } from '../errors';
import { createApp, type CreateAppOptions } from './create-app';

export interface StartServerOptions extends Omit<CreateAppOptions, 'config'> {
  driver: Driver;
  config: Pick<Config, 'server' | 'neo4j'>;
  /** Defaults to config.server.port; 0 picks a free port. */
  port?: number;
  /** Defaults to config.server.host. */
  host?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  graphqlUrl: string;
  dashboardUrl: string;
  healthUrl: string;
  port: number;
  /** Drains requests and stops listening; the driver is the caller's to close. */
  close: () => Promise<void>;
}

export async function startServer({ port, host, ...options }: StartServerOptions): Promise<RunningServer> {
  const listenPort = port ?? options.config.server.port;
  const listenHost = host ?? options.config.server.host;
  // The app checks the Host header against the address it really listens on.
  const config = { ...options.config, server: { ...options.config.server, host: listenHost } };
  const { httpServer, stop } = await createApp({ ...options, config });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      httpServer.off('listening', onListening);
      reject(listenError(error, listenHost, listenPort));
    };
    const onListening = () => {
      httpServer.off('error', onError);
      resolve();
    };
    httpServer.once('error', onError);
    httpServer.once('listening', onListening);
    httpServer.listen(listenPort, listenHost);
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  const actual = (httpServer.address() as AddressInfo).port;
  // Browsers cannot open 0.0.0.0 or ::; the links printed for people use localhost instead.
  const shownHost = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(listenHost) ? 'localhost' : listenHost;
  const url = `http://${shownHost}:${actual}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    dashboardUrl: `${url}/`,
    healthUrl: `${url}/health`,
    port: actual,
    close: stop,
  };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new NewsgraphError(ErrorCode.PORT_IN_USE, `Port ${port} on ${host} is already in use`, {
      hint: 'stop the other server, or choose another port with --port (or PORT)',
      cause: error,
    });
  }
  return new NewsgraphError(ErrorCode.USAGE, `Cannot listen on ${host}:${port}: ${error.message}`, {
    hint: 'check --host (or HOST) names an interface of this machine',
    cause: error,
  });
}
