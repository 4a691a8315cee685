// Every error newsgraph shows a user has a code, a one-line message and a hint that says
// what to do next (STYLE.md §7). Only the CLI entry point turns them into exit codes.

export enum ErrorCode {
  CONFIG_INVALID = 'CONFIG_INVALID',
  INPUT_NOT_FOUND = 'INPUT_NOT_FOUND',
  INPUT_UNREADABLE = 'INPUT_UNREADABLE',
  INPUT_INVALID = 'INPUT_INVALID',
  INPUT_TOO_LARGE = 'INPUT_TOO_LARGE',
  JAVA_MISSING = 'JAVA_MISSING',
  MAVEN_FAILED = 'MAVEN_FAILED',
  PORT_IN_USE = 'PORT_IN_USE',
  DB_START_FAILED = 'DB_START_FAILED',
  DB_UNREACHABLE = 'DB_UNREACHABLE',
  DB_AUTH_FAILED = 'DB_AUTH_FAILED',
  DB_QUERY_FAILED = 'DB_QUERY_FAILED',
  ANALYSIS_NOT_FOUND = 'ANALYSIS_NOT_FOUND',
  ANALYSIS_PARAM_INVALID = 'ANALYSIS_PARAM_INVALID',
  ANALYSIS_INVALID = 'ANALYSIS_INVALID',
  INGEST_PARTIAL = 'INGEST_PARTIAL',
  USAGE = 'USAGE',
}

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'NewsgraphError';
    this.code = code;
    this.hint = options.hint;
  }

  /** The text a user sees: the message, then the hint on its own line. */
  toUserString(): string {
    return this.hint ? `${this.message}\n  hint: ${this.hint}` : this.message;
  }
}

export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError;
}

/** Makes a `switch` over a union fail to compile when a case is missing. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
