import { z } from 'zod';

/** How the bot talks to Slack, chosen from which tokens are set (../shared/CONTRACT.md). */
export type Mode = 'socket' | 'http' | 'shell';

export interface Config {
  mode: Mode;
  botToken?: string;
  signingSecret?: string;
  appToken?: string;
  /** Base URL of the Slack Web API, ending in `/` (WebClient's `slackApiUrl`). */
  slackApiUrl?: string;
  port: number;
  indexDir: string;
  dailyChannels: string[];
  dailyTime: { hour: number; minute: number; text: string };
  dailyTz: string;
  dailyEmpty: 'skip' | 'next';
  stateDir: string;
  logLevel: string;
}

/** A configuration that cannot start; `problems` lists every one of them. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Summit cannot start, the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, 'must be a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S{8,}$/, 'must be the signing secret from Basic Information (no spaces)')),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-[A-Za-z0-9-]+$/, 'must be an app-level token starting with xapp-')),
  SLACK_API_URL: optional(z.string().url('must be a URL such as http://127.0.0.1:3999/api/')),
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  INDEX_DIR: z.preprocess(blankToUndefined, z.string().default('index')),
  DAILY_CHANNELS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('')
      .transform((s) => s.split(',').map((c) => c.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'each channel must be a channel id such as C0123ABCD (not a #name)'))),
  ),
  DAILY_TIME: z.preprocess(blankToUndefined, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, 24-hour, such as 09:00').default('09:00')),
  DAILY_TZ: z.preprocess(blankToUndefined, z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').default('UTC')),
  DAILY_EMPTY: z.preprocess(blankToUndefined, z.enum(['skip', 'next']).default('skip')),
  STATE_DIR: z.preprocess(blankToUndefined, z.string().default('.data')),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
});

/** Reads the configuration from an environment (pure: tests pass a plain object). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
  if (!parsed.success) throw new ConfigError(problems);
  const e = parsed.data;

  let mode: Mode = 'shell';
  if (e.SLACK_APP_TOKEN) {
    mode = 'socket';
    if (!e.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: Socket Mode (SLACK_APP_TOKEN is set) also needs the bot token xoxb-…');
  } else if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET) {
    mode = 'http';
    if (!e.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: HTTP mode (SLACK_SIGNING_SECRET is set) also needs the bot token xoxb-…');
    if (!e.SLACK_SIGNING_SECRET)
      problems.push('SLACK_SIGNING_SECRET: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const [hour, minute] = e.DAILY_TIME.split(':').map(Number) as [number, number];
  const apiUrl = e.SLACK_API_URL;
  return {
    mode,
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    slackApiUrl: apiUrl ? (apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`) : undefined,
    port: e.PORT,
    indexDir: e.INDEX_DIR,
    dailyChannels: e.DAILY_CHANNELS,
    dailyTime: { hour, minute, text: e.DAILY_TIME },
    dailyTz: e.DAILY_TZ,
    dailyEmpty: e.DAILY_EMPTY,
    stateDir: e.STATE_DIR,
    logLevel: e.LOG_LEVEL,
  };
}
