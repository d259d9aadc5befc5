import pino, { type Logger } from 'pino';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

/** Keys whose values never reach a log line. */
const REDACT = ['token', 'botToken', 'appToken', 'signingSecret', '*.token', '*.botToken', '*.appToken', '*.signingSecret', 'headers.authorization'];

/** The process logger: pino JSON on stdout (or on `destination`, for tests). */
export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'summit' } }, destination);
}

const toBoltLevel: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt's logger interface over pino, so Bolt's own lines are JSON too. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  let level: LogLevel = toBoltLevel[logger.level] ?? LogLevel.INFO;
  const join = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => child.debug(join(msg)),
    info: (...msg) => child.info(join(msg)),
    warn: (...msg) => child.warn(join(msg)),
    error: (...msg) => child.error(join(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export type { Logger };
