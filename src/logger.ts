import pino, { type Logger } from 'pino';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { describeLibraryLine } from './slack/library-log-lines';

/** Keys whose values never reach a log line. */
const REDACT = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  'headers.authorization',
];

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

/**
 * Bolt's logger interface over pino, for Bolt, its Web API client and the Socket Mode client: every
 * line they write goes through `describeLibraryLine`, which passes only what it knows to be safe
 * (never a payload, response_url, token, ticket or message body) and withholds the rest.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  let level: LogLevel = toBoltLevel[logger.level] ?? LogLevel.INFO;
  const write =
    (at: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (!child.isLevelEnabled(at)) return;
      const { msg, fields } = describeLibraryLine(args);
      child[at](fields, msg);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export type { Logger };
