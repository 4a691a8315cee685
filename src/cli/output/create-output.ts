// What the long-running commands (serve, demo) say while they run: human lines on a terminal;
// structured JSON lines (pino's format) when asked with LOG_FORMAT=json or when the output is
// not a terminal (a pipe, a file, a container's log). One format per run, on both streams:
// JSON and prose are never mixed.
import pino from 'pino';
import type { Config } from '../../config';

export type OutputFormat = 'text' | 'json';

export interface Output {
  format: OutputFormat;
  /** Progress and notices (stderr in text). */
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  /** What the command is for (stdout in text): `text` is printed as is, `message` logged in JSON. */
  result(text: string, message: string, fields?: Record<string, unknown>): void;
  /** A log line handed over by the server (its errors). */
  error(message: string, fields?: Record<string, unknown>): void;
}

interface Streams {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

/** LOG_FORMAT when set; otherwise text only when both streams are terminals. */
export function outputFormat(asked: OutputFormat | undefined, { out, err }: Streams): OutputFormat {
  if (asked) return asked;
  return out.isTTY === true && err.isTTY === true ? 'text' : 'json';
}

export function createOutput(format: OutputFormat, level: Config['logLevel'], { out, err }: Streams): Output {
  if (format === 'text') {
    const line = (stream: NodeJS.WritableStream, text: string) => stream.write(`${text}\n`);
    return {
      format,
      info: (message) => line(err, message),
      warn: (message) => line(err, message),
      error: (message) => line(err, message),
      result: (text) => line(out, text.replace(/\n$/, '')),
    };
  }
  // Logs on stderr, as every JSON log collector expects; ISO times and named levels read well.
  const log = pino(
    {
      level,
      base: { name: 'newsgraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    err,
  );
  return {
    format,
    info: (message, fields = {}) => log.info(fields, message),
    warn: (message, fields = {}) => log.warn(fields, message),
    error: (message, fields = {}) => log.error(fields, message),
    result: (_text, message, fields = {}) => log.info(fields, message),
  };
}
