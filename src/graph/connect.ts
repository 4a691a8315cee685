// The one way newsgraph gets a Neo4j driver. With NEO4J_URI unset it starts (or reuses) the
// local Neo4j first: that is the default a new user gets. The driver is verified before it is
// returned, and driver errors become NewsgraphErrors that say what to do (STYLE.md §7).
import neo4j, { Driver, Neo4jError } from 'neo4j-driver';
import type { Config } from '../config';
import { ErrorCode, NewsgraphError } from '../errors';
import { localHomeLayout, localNeo4jOptions, startLocalNeo4j } from './local';

export interface ConnectOptions {
  /** Progress lines while the local Neo4j starts (e.g. to stderr); silent by default. */
  onProgress?: (message: string) => void;
}

/**
 * A connected, verified driver for config.neo4j (database: config.neo4j.database).
 * The caller closes it with `await driver.close()`.
 */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Driver> {
  const local = config.neo4j.uri === undefined;
  // The local Neo4j says which password it holds: NEO4J_PASSWORD, or its home's own.
  const { uri, password } = local
    ? await startLocalNeo4j(localNeo4jOptions(config, { onProgress: options.onProgress }))
    : { uri: config.neo4j.uri!, password: config.neo4j.password! };
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.username, password), {
    userAgent: 'newsgraph',
    connectionTimeout: 15_000,
  });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw toNewsgraphError(error, errorContext(config, uri));
  }
}

export interface ErrorContext {
  uri: string;
  /** True when the Neo4j is the local one newsgraph started (the hints differ). */
  local: boolean;
  username?: string;
  /** The local Neo4j's own password file (NEWSGRAPH_HOME/neo4j.password). */
  passwordFile?: string;
}

/** Where config points newsgraph, for error messages: NEO4J_URI, or the local Neo4j's Bolt address. */
export function errorContext(config: Config, uri?: string): ErrorContext {
  const local = config.neo4j.uri === undefined;
  return {
    uri: uri ?? config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.boltPort}`,
    local,
    username: config.neo4j.username,
    passwordFile: local ? localHomeLayout(config.local.home).passwordFile : undefined,
  };
}

/** Maps a neo4j-driver error to a NewsgraphError; anything else becomes DB_QUERY_FAILED. */
export function toNewsgraphError(
  error: unknown,
  { uri, local, username = 'neo4j', passwordFile }: ErrorContext,
): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const code = (error as Neo4jError)?.code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    /ECONNREFUSED/.test(message)
  ) {
    return new NewsgraphError(ErrorCode.DB_UNREACHABLE, `Neo4j is not reachable at ${uri}`, {
      hint: local
        ? 'start it with: newsgraph db start (see its log with: newsgraph db status)'
        : 'check that Neo4j runs there and NEO4J_URI is right, or unset NEO4J_URI to let newsgraph start its own',
      cause: error,
    });
  }
  // After a few wrong passwords Neo4j refuses every login for a few seconds, right ones too:
  // "wrong password" would send the user hunting for a password that is in fact right.
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new NewsgraphError(
      ErrorCode.DB_AUTH_FAILED,
      `Neo4j at ${uri} refused the login: too many failed logins; wait a few seconds`,
      {
        hint: 'Neo4j blocks logins for a few seconds after 3 wrong passwords; then retry with the right one',
        cause: error,
      },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new NewsgraphError(
      ErrorCode.DB_AUTH_FAILED,
      `Neo4j at ${uri} rejected the credentials of user "${username}"`,
      {
        hint: local
          ? `the local Neo4j's password is kept in ${passwordFile ?? 'NEWSGRAPH_HOME/neo4j.password'}: unset NEO4J_PASSWORD to use it, or set NEO4J_PASSWORD to the one this Neo4j was first started with`
          : 'set NEO4J_USERNAME and NEO4J_PASSWORD to the credentials of that Neo4j',
        cause: error,
      },
    );
  }
  // db.transaction.timeout (or a driver's own timeout) ended it: say which limit, not "failed".
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new NewsgraphError(
      ErrorCode.DB_QUERY_FAILED,
      `Neo4j at ${uri} stopped a transaction that ran past its time limit`,
      {
        hint: local
          ? 'the local Neo4j allows NEWSGRAPH_DB_TRANSACTION_TIMEOUT per transaction (default 120s): raise it and restart it (newsgraph db stop, then db start), or retry when the machine is less busy'
          : "raise that Neo4j's db.transaction.timeout, or retry when it is less busy",
        cause: error,
      },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new NewsgraphError(
      ErrorCode.DB_QUERY_FAILED,
      `Neo4j at ${uri} has no database named in NEO4J_DATABASE`,
      {
        hint: 'Neo4j Community has one user database, "neo4j": unset NEO4J_DATABASE or set it to neo4j',
        cause: error,
      },
    );
  }
  return new NewsgraphError(
    ErrorCode.DB_QUERY_FAILED,
    `Neo4j query failed: ${firstLine(message)}${code ? ` (${code})` : ''}`,
    {
      hint: 'see the message above; if it persists, check the Neo4j log (newsgraph db status says where)',
      cause: error,
    },
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
