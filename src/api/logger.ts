// The server's log: pino, at LOG_LEVEL, to stderr. JSON lines for a log collector; on a
// terminal, pino-pretty makes them readable. Only the long-running server logs this way: the
// one-shot commands print their results and one-line errors instead.
import tty from 'node:tty';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from '../config';

export type { Logger };

/** `fd` is the file descriptor written to: 2 (stderr) unless a test says otherwise. */
export function createLogger(level: Config['logLevel'], fd = 2): Logger {
  const base = { name: 'newsgraph' };
  if (tty.isatty(fd)) return pino({ level, base }, pretty({ destination: fd, colorize: true }));
  return pino({ level, base }, pino.destination({ fd, sync: true }));
}
