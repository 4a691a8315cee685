// Environment (and an optional .env file) → one validated, typed Config, checked in full and
// reported once (STYLE.md §10). Secrets come from the environment, never from the code: with
// NEO4J_PASSWORD unset, the local Neo4j uses a random password of its own, kept in
// NEWSGRAPH_HOME (src/graph/local).
import path from 'node:path';
import fs from 'node:fs';
import dotenv from 'dotenv';
import { z } from 'zod';
import { ErrorCode, NewsgraphError } from '../errors';

/** A few seconds: every query of the API and the analyses answers in well under one on the samples. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

const boolean = z.string().transform((v) => ['1', 'true', 'yes', 'on'].includes(v.trim().toLowerCase()));

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j://host:7687')
    .optional()
    .describe('Neo4j to use; when unset, newsgraph starts its own local Neo4j'),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j requires it)').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEWSGRAPH_HOME: z.string().default('.newsgraph').describe('where the local Neo4j keeps data and logs'),
  NEWSGRAPH_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEWSGRAPH_DB_TRANSACTION_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m)$/, 'must look like 30s, 500ms or 2m (0s: no limit)')
    .default('120s')
    .describe("the local Neo4j's db.transaction.timeout: the longest any transaction may run"),
  NEWSGRAPH_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must look like 512m or 2g')
    .default('1g'),
  NEWSGRAPH_MAX_INPUT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEWSGRAPH_CORS_ORIGINS: z
    .string()
    .default('')
    .describe('comma-separated origins allowed by CORS besides local pages, or *'),
  NEWSGRAPH_ALLOWED_HOSTS: z
    .string()
    .default('')
    .describe('comma-separated Host names the server answers to besides its own address, or *'),
  NEWSGRAPH_QUERY_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(DEFAULT_QUERY_TIMEOUT_MS)
    .describe('transaction timeout of every query the API and the analyses run'),
  NEWSGRAPH_REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(30_000)
    .describe('after this, a GraphQL request is cancelled in Neo4j whatever it is doing'),
  NEWSGRAPH_ENABLE_MUTATIONS: boolean.default(false),
  NEWSGRAPH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  NODE_ENV: z.string().default('development'),
  LOG_FORMAT: z
    .enum(['text', 'json'])
    .optional()
    .describe('text (human lines) or json (structured logs); default: text on a terminal, else json'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  neo4j: {
    /** Undefined when newsgraph should start (or reuse) its own local Neo4j. */
    uri?: string;
    username: string;
    /** NEO4J_PASSWORD. Unset with the local Neo4j: it uses the random one kept in its home. */
    password?: string;
    database: string;
    /** Transaction timeout of every query the API and the analyses run, in ms. */
    queryTimeoutMs: number;
  };
  local: {
    /** Absolute directory for the local Neo4j's data, logs and pid file. */
    home: string;
    boltPort: number;
    heap: string;
    /** Neo4j's db.transaction.timeout for the local Neo4j, e.g. 30s. */
    transactionTimeout: string;
  };
  ingest: { maxInputBytes: number };
  server: {
    port: number;
    host: string;
    /** Origins allowed by CORS besides local pages (an empty list: local pages only). */
    corsOrigins: string[] | '*';
    /** Host header values accepted besides the listen address and loopback names. */
    allowedHosts: string[] | '*';
    /** A GraphQL request's deadline: then its Neo4j sessions are closed, stopping its queries. */
    requestTimeoutMs: number;
    enableMutations: boolean;
    jwtSecret?: string;
    introspection: boolean;
  };
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** LOG_FORMAT; undefined lets the CLI choose by whether its output is a terminal. */
  logFormat?: 'text' | 'json';
}

export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  /** Directory that holds .env and against which NEWSGRAPH_HOME is resolved. */
  cwd?: string;
}

/** Reads the environment (with .env under it, never over it) and validates every value at once. */
export function loadConfig({ env = process.env, cwd = process.cwd() }: LoadConfigOptions = {}): Config {
  const fromFile = readDotEnv(cwd);
  const merged = { ...fromFile, ...env };
  const raw = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new NewsgraphError(ErrorCode.CONFIG_INVALID, `Invalid configuration: ${problems.join('; ')}`, {
      hint: 'fix these variables in the environment or in .env (see docs/operations.md, "Configuration")',
    });
  }
  const c = parsed.data;
  if (c.NEO4J_URI && !c.NEO4J_PASSWORD) {
    throw new NewsgraphError(
      ErrorCode.CONFIG_INVALID,
      'Invalid configuration: NEO4J_PASSWORD is required when NEO4J_URI is set',
      {
        hint: 'set NEO4J_PASSWORD to the password of the Neo4j at NEO4J_URI',
      },
    );
  }
  if (c.NEWSGRAPH_ENABLE_MUTATIONS && !c.NEWSGRAPH_JWT_SECRET) {
    throw new NewsgraphError(
      ErrorCode.CONFIG_INVALID,
      'Invalid configuration: NEWSGRAPH_ENABLE_MUTATIONS needs NEWSGRAPH_JWT_SECRET',
      { hint: 'mutations are only exposed behind JWT authentication; set a secret of 32+ characters' },
    );
  }
  return {
    neo4j: {
      uri: c.NEO4J_URI,
      username: c.NEO4J_USERNAME,
      password: c.NEO4J_PASSWORD,
      database: c.NEO4J_DATABASE,
      queryTimeoutMs: c.NEWSGRAPH_QUERY_TIMEOUT_MS,
    },
    local: {
      home: path.resolve(cwd, c.NEWSGRAPH_HOME),
      boltPort: c.NEWSGRAPH_BOLT_PORT,
      heap: c.NEWSGRAPH_HEAP,
      transactionTimeout: c.NEWSGRAPH_DB_TRANSACTION_TIMEOUT,
    },
    ingest: { maxInputBytes: c.NEWSGRAPH_MAX_INPUT_BYTES },
    server: {
      port: c.PORT,
      host: c.HOST,
      corsOrigins: listOrAny(c.NEWSGRAPH_CORS_ORIGINS),
      allowedHosts: listOrAny(c.NEWSGRAPH_ALLOWED_HOSTS),
      requestTimeoutMs: c.NEWSGRAPH_REQUEST_TIMEOUT_MS,
      enableMutations: c.NEWSGRAPH_ENABLE_MUTATIONS,
      jwtSecret: c.NEWSGRAPH_JWT_SECRET,
      introspection: c.NODE_ENV !== 'production',
    },
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT,
  };
}

/** "a, b" → ["a", "b"]; "*" → "*". */
function listOrAny(text: string): string[] | '*' {
  if (text.trim() === '*') return '*';
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function readDotEnv(cwd: string): Record<string, string> {
  const file = path.join(cwd, '.env');
  if (!fs.existsSync(file)) return {};
  return dotenv.parse(fs.readFileSync(file));
}
