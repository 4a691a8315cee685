// Driver errors become one NewsgraphError each, with a hint that fits where the Neo4j is.
import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { ErrorCode, NewsgraphError } from '../errors';
import { toNewsgraphError } from './connect';

const remote = { uri: 'bolt://db.example:7687', local: false, toString: () => 'Neo4j at NEO4J_URI' };
const local = {
  uri: 'bolt://127.0.0.1:7687',
  local: true,
  passwordFile: '/home/me/.newsgraph/neo4j.password',
  toString: () => 'local Neo4j',
};

it.each([
  [
    driverErrors.SERVICE_UNAVAILABLE,
    remote,
    ErrorCode.DB_UNREACHABLE,
    'Neo4j is not reachable at bolt://db.example:7687',
    /NEO4J_URI/,
  ],
  [
    driverErrors.SERVICE_UNAVAILABLE,
    local,
    ErrorCode.DB_UNREACHABLE,
    'Neo4j is not reachable at bolt://127.0.0.1:7687',
    /newsgraph db start/,
  ],
  [
    driverErrors.SESSION_EXPIRED,
    remote,
    ErrorCode.DB_UNREACHABLE,
    'Neo4j is not reachable at bolt://db.example:7687',
    /NEO4J_URI/,
  ],
  [
    'Neo.ClientError.Security.Unauthorized',
    remote,
    ErrorCode.DB_AUTH_FAILED,
    'Neo4j at bolt://db.example:7687 rejected the credentials of user "neo4j"',
    /NEO4J_USERNAME and NEO4J_PASSWORD/,
  ],
  [
    'Neo.ClientError.Security.Unauthorized',
    local,
    ErrorCode.DB_AUTH_FAILED,
    'Neo4j at bolt://127.0.0.1:7687 rejected the credentials of user "neo4j"',
    /kept in \/home\/me\/\.newsgraph\/neo4j\.password: unset NEO4J_PASSWORD/,
  ],
  [
    'Neo.ClientError.Security.AuthenticationRateLimit',
    local,
    ErrorCode.DB_AUTH_FAILED,
    'Neo4j at bolt://127.0.0.1:7687 refused the login: too many failed logins; wait a few seconds',
    /wait|retry/,
  ],
  [
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    local,
    ErrorCode.DB_QUERY_FAILED,
    'Neo4j at bolt://127.0.0.1:7687 stopped a transaction that ran past its time limit',
    /NEWSGRAPH_DB_TRANSACTION_TIMEOUT/,
  ],
  [
    'Neo.ClientError.Database.DatabaseNotFound',
    remote,
    ErrorCode.DB_QUERY_FAILED,
    'Neo4j at bolt://db.example:7687 has no database named in NEO4J_DATABASE',
    /NEO4J_DATABASE/,
  ],
  [
    'Neo.ClientError.Statement.SyntaxError',
    remote,
    ErrorCode.DB_QUERY_FAILED,
    'Neo4j query failed: the message (Neo.ClientError.Statement.SyntaxError)',
    /Neo4j log/,
  ],
])('%s from the %s → %s', (code, where, expected, message, hint) => {
  const e = toNewsgraphError(new Neo4jError('the message\nsecond line', code, '', ''), where);
  expect(e).toBeInstanceOf(NewsgraphError);
  expect(e).toMatchObject({ code: expected, message });
  expect(e.hint).toMatch(hint);
});

it('passes a NewsgraphError through unchanged', () => {
  const original = new NewsgraphError(ErrorCode.PORT_IN_USE, 'Port 7687 on 127.0.0.1 is already in use');
  expect(toNewsgraphError(original, local)).toBe(original);
});
