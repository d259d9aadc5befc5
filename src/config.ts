import { z } from 'zod';

/** How the bot talks to Slack, chosen from which tokens are set (docs/contract.md). */
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
  /** DATABASE_URL: PostgreSQL holds the shared state (several replicas); else files in STATE_DIR. */
  databaseUrl?: string;
  /** SLACK_CLIENT_ID/SECRET and SLACK_STATE_SECRET: Slack's OAuth install, one token per workspace. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string };
}

/**
 * A start that cannot work; `problems` lists every one of them (configuration, folders, the Slack
 * token), each line starting with what to change, so a person fixes them all in one go.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    const fixThese = problems.length === 1 ? 'Fix this problem' : `Fix these ${problems.length} problems`;
    super(
      `Summit cannot start. ${fixThese} (in .env or the environment), then start again:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }

  /** The same problems on one line: the command line's reason on stderr (docs/contract.md). */
  oneLine(): string {
    return this.problems.join('; ');
  }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

function isTimeZone(tz: string): boolean {
  if (tz === 'UTC') return true; // a formatter loads the time zone data: a one-shot command's start need not
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Only plain decimal digits: `0x0C44`, `3e3`, `3000.0`, `+3000` and ` 3000 ` are refused, not reinterpreted. */
function parsePort(raw: string | undefined, ctx: z.RefinementCtx): number {
  if (raw === undefined) return DEFAULTS.PORT;
  const port = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
  if (port >= 1 && port <= 65535) return port;
  ctx.addIssue({
    code: 'custom',
    message: `must be a port number from 1 to 65535 in plain digits, such as 3000 (not ${JSON.stringify(raw)})`,
  });
  return z.NEVER;
}

/** What a variable that is not set (or not read) stands for: the schema's defaults, and the commands'. */
const DEFAULTS = {
  PORT: 3000,
  INDEX_DIR: 'index',
  DAILY_TIME: '09:00',
  DAILY_TZ: 'UTC',
  DAILY_EMPTY: 'skip',
  STATE_DIR: '.data',
  LOG_LEVEL: 'info',
} as const;
const TIME_ZONE_RULE = 'must be an IANA time zone such as Europe/Berlin';

/**
 * The rules of every variable. Built on first use: zod takes 30–60 ms to load, and the answers'
 * commands (`ask`, `summit` …) read only variables checked without it (checkCommandConfig).
 */
const makeEnvSchema = () =>
  z.object({
    SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, 'must be a bot token starting with xoxb-')),
    SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S{8,}$/, 'must be the signing secret from Basic Information (no spaces)')),
    SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-[A-Za-z0-9-]+$/, 'must be an app-level token starting with xapp-')),
    SLACK_API_URL: optional(z.string().url('must be a URL such as http://127.0.0.1:3999/api/')),
    PORT: z.preprocess(blankToUndefined, z.string().optional()).transform(parsePort),
    INDEX_DIR: z.preprocess(blankToUndefined, z.string().default(DEFAULTS.INDEX_DIR)),
    DAILY_CHANNELS: z.preprocess(
      blankToUndefined,
      z
        .string()
        .default('')
        .transform((s) =>
          s
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'each channel must be a channel id such as C0123ABCD (not a #name)'))),
    ),
    DAILY_TIME: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, 24-hour, such as 09:00')
        .default(DEFAULTS.DAILY_TIME),
    ),
    DAILY_TZ: z.preprocess(blankToUndefined, z.string().refine(isTimeZone, TIME_ZONE_RULE).default(DEFAULTS.DAILY_TZ)),
    DAILY_EMPTY: z.preprocess(blankToUndefined, z.enum(['skip', 'next']).default(DEFAULTS.DAILY_EMPTY)),
    STATE_DIR: z.preprocess(blankToUndefined, z.string().default(DEFAULTS.STATE_DIR)),
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default(DEFAULTS.LOG_LEVEL),
    ),
    DATABASE_URL: optional(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/\S+$/,
          'must be a PostgreSQL connection string such as postgres://summit:secret@db.internal:5432/summit',
        ),
    ),
    SLACK_CLIENT_ID: optional(
      z.string().regex(/^\d+\.\d+$/, 'must be the Client ID from Basic Information → App Credentials, such as 1234567890.1234567890'),
    ),
    SLACK_CLIENT_SECRET: optional(
      z.string().regex(/^\S{8,}$/, 'must be the Client Secret from Basic Information → App Credentials (no spaces)'),
    ),
    SLACK_STATE_SECRET: optional(
      z
        .string()
        .regex(
          /^\S{16,}$/,
          'must be a random secret of at least 16 characters (no spaces) that signs the install links, e.g. from openssl rand -hex 32',
        ),
    ),
  });

let schema: ReturnType<typeof makeEnvSchema> | undefined;
const envSchema = () => (schema ??= makeEnvSchema());

type EnvValues = z.infer<ReturnType<typeof makeEnvSchema>>;
type EnvKey = keyof EnvValues;

/**
 * Who reads the configuration. `bot`: `npm start` (Slack or its local shell) and the bench's bot;
 * `daily`: `cli daily`; `feedback`: `cli feedback`; `command`: every other command of the CLI, `cli shell` included.
 */
export type Surface = 'bot' | 'daily' | 'feedback' | 'command';

/**
 * `cli daily` posts through the Web API with the bot token alone (no mode, no signing secret), or,
 * with SLACK_CLIENT_ID …, with the token of every installation in the store.
 */
export type DailyConfig = Pick<
  Config,
  'slackApiUrl' | 'indexDir' | 'dailyChannels' | 'dailyTz' | 'dailyEmpty' | 'stateDir' | 'logLevel' | 'databaseUrl' | 'botToken' | 'oauth'
>;
/** The other commands need only the index and the zone of "today". */
export type CommandConfig = Pick<Config, 'indexDir' | 'dailyTz'>;
/** `cli feedback` reads the state store only. */
export type FeedbackConfig = Pick<Config, 'indexDir' | 'dailyTz' | 'stateDir' | 'databaseUrl'>;
export interface ConfigOf {
  bot: Config;
  daily: DailyConfig;
  feedback: FeedbackConfig;
  command: CommandConfig;
}

interface SurfaceRules {
  /** The variables this surface uses ('all': every one); it neither reads nor checks the others. */
  reads: readonly EnvKey[] | 'all';
  /** Defaults that differ from the bot's. */
  defaults?: Partial<Record<EnvKey, string>>;
  /** What it cannot run without, beyond each variable's own rule. */
  needs?: (env: NodeJS.ProcessEnv) => string[];
}

const isSet = (v: string | undefined) => v !== undefined && v.trim() !== '';

const SURFACES: Record<Surface, SurfaceRules> = {
  bot: { reads: 'all', needs: (env) => missingCredentials(modeOf(env), env) },
  daily: {
    reads: [
      'SLACK_BOT_TOKEN',
      'SLACK_API_URL',
      'INDEX_DIR',
      'DAILY_CHANNELS',
      'DAILY_TZ',
      'DAILY_EMPTY',
      'STATE_DIR',
      'LOG_LEVEL',
      'DATABASE_URL',
      'SLACK_CLIENT_ID',
      'SLACK_CLIENT_SECRET',
      'SLACK_STATE_SECRET',
    ],
    // Its report on stdout is what a person reads; info lines on stderr would bury it.
    defaults: { LOG_LEVEL: 'warn' },
    needs: (env) =>
      wantsOAuth(env)
        ? dailyOAuthProblems(env)
        : isSet(env.SLACK_BOT_TOKEN)
          ? []
          : ['SLACK_BOT_TOKEN is not set: the daily command posts through the Slack Web API and needs the bot token xoxb-…'],
  },
  feedback: { reads: ['STATE_DIR', 'DATABASE_URL'] },
  command: { reads: ['INDEX_DIR', 'DAILY_TZ'] },
};

/** What could be read from the environment even when other variables are wrong. */
export interface KnownSettings {
  mode: Mode;
  indexDir: string;
  stateDir: string;
  /** DATABASE_URL when well-formed: the store to check instead of STATE_DIR. */
  databaseUrl?: string;
  /** Where to check the bot token: only when the token and SLACK_API_URL (if set) are well-formed. */
  slack?: { botToken: string; apiUrl?: string };
}

/** Every problem of an environment; `config` only when there is none. */
export interface ConfigCheck {
  config?: Config;
  problems: string[];
  known: KnownSettings;
}

/** Socket Mode when an app token is set; else HTTP mode when either HTTP credential is set; else the shell. */
function modeOf(env: NodeJS.ProcessEnv): Mode {
  if (isSet(env.SLACK_APP_TOKEN)) return 'socket';
  if (isSet(env.SLACK_BOT_TOKEN) || isSet(env.SLACK_SIGNING_SECRET)) return 'http';
  return 'shell';
}

const OAUTH_KEYS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** Whether any of the OAuth install variables is set: then all three must be. */
function wantsOAuth(env: NodeJS.ProcessEnv): boolean {
  return OAUTH_KEYS.some((k) => isSet(env[k]));
}

/** SLACK_CLIENT_ID …: all three set. */
function missingOAuthKeys(env: NodeJS.ProcessEnv): string[] {
  return OAUTH_KEYS.filter((k) => !isSet(env[k])).map(
    (k) =>
      `${k}: Slack's install flow (${OAUTH_KEYS.filter((o) => isSet(env[o])).join(', ')} set) needs all of ${OAUTH_KEYS.join(', ')}; set it, or empty the others for the single-workspace token`,
  );
}

/** No static bot token next to SLACK_CLIENT_ID …: each workspace brings its own. */
function staticTokenWithOAuth(env: NodeJS.ProcessEnv): string[] {
  return isSet(env.SLACK_BOT_TOKEN)
    ? ["SLACK_BOT_TOKEN: leave it empty with SLACK_CLIENT_ID …: each workspace's bot token comes from its install and is kept in the store"]
    : [];
}

/**
 * Slack's install flow (many workspaces), each workspace bringing its token: in HTTP mode on the
 * events server (which needs the signing secret); in Socket Mode on Bolt's own install server,
 * which listens on PORT (no signing secret: events come over the socket).
 */
function oauthProblems(mode: Mode, env: NodeJS.ProcessEnv): string[] {
  if (!wantsOAuth(env)) return [];
  const problems = missingOAuthKeys(env);
  if (mode !== 'socket' && !isSet(env.SLACK_SIGNING_SECRET))
    problems.push("SLACK_SIGNING_SECRET: Slack's install flow (SLACK_CLIENT_ID …) runs in HTTP mode, which needs the signing secret");
  return [...problems, ...staticTokenWithOAuth(env)];
}

/** `cli daily` with SLACK_CLIENT_ID …: all three, as the bot reads them, and no static token. */
function dailyOAuthProblems(env: NodeJS.ProcessEnv): string[] {
  return [...missingOAuthKeys(env), ...staticTokenWithOAuth(env)];
}

function missingCredentials(mode: Mode, env: NodeJS.ProcessEnv): string[] {
  if (wantsOAuth(env)) return oauthProblems(mode, env);
  const problems: string[] = [];
  if (mode === 'socket' && !isSet(env.SLACK_BOT_TOKEN))
    problems.push('SLACK_BOT_TOKEN: Socket Mode (SLACK_APP_TOKEN is set) also needs the bot token xoxb-…');
  if (mode === 'http') {
    if (!isSet(env.SLACK_BOT_TOKEN))
      problems.push('SLACK_BOT_TOKEN: HTTP mode (SLACK_SIGNING_SECRET is set) also needs the bot token xoxb-…');
    if (!isSet(env.SLACK_SIGNING_SECRET))
      problems.push('SLACK_SIGNING_SECRET: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  return problems;
}

/**
 * The answers' commands read INDEX_DIR and DAILY_TZ only, whose rules need no schema: checked here by
 * the schema's rules and words, and every other variable takes the schema's default, so a one-shot
 * `ask` never loads zod. test/cli/config-lazy.test.ts holds both ways to the same configuration.
 */
function commandValues(indexDir: string | undefined, tz: string | undefined, problems: string[]): Partial<EnvValues> {
  if (tz !== undefined && !isTimeZone(tz)) problems.push(`DAILY_TZ: ${TIME_ZONE_RULE}`);
  return { ...DEFAULTS, DAILY_CHANNELS: [], INDEX_DIR: indexDir ?? DEFAULTS.INDEX_DIR, DAILY_TZ: tz ?? DEFAULTS.DAILY_TZ };
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * Reads the configuration a surface uses from an environment (pure: tests pass a plain object). Each
 * variable is read on its own, by the same rule on every surface, so one wrong value neither hides
 * another nor the settings the start still checks.
 */
export function checkConfig(env: NodeJS.ProcessEnv = process.env, surface: Surface = 'bot'): ConfigCheck {
  const rules = SURFACES[surface];
  const values: Partial<EnvValues> = {};
  const problems: string[] = [];
  // A variable this surface does not read takes its default, unchecked.
  const raw = (key: EnvKey) =>
    rules.reads !== 'all' && !rules.reads.includes(key) ? undefined : isSet(env[key]) ? env[key] : rules.defaults?.[key];
  if (surface === 'command') Object.assign(values, commandValues(raw('INDEX_DIR'), raw('DAILY_TZ'), problems));
  else {
    for (const [key, rule] of Object.entries(envSchema().shape) as Array<[EnvKey, z.ZodTypeAny]>) {
      const parsed = rule.safeParse(raw(key));
      if (parsed.success) Object.assign(values, { [key]: parsed.data });
      else problems.push(...new Set(parsed.error.issues.map((issue) => `${key}: ${issue.message}`)));
    }
  }
  const mode = modeOf(env);
  problems.push(...(rules.needs?.(env) ?? []));
  const apiUrl = values.SLACK_API_URL === undefined ? undefined : withSlash(values.SLACK_API_URL);
  const apiUrlOk = apiUrl !== undefined || !isSet(env.SLACK_API_URL);
  const known: KnownSettings = {
    mode,
    indexDir: values.INDEX_DIR ?? 'index',
    stateDir: values.STATE_DIR ?? '.data',
    databaseUrl: values.DATABASE_URL,
    slack: values.SLACK_BOT_TOKEN && apiUrlOk ? { botToken: values.SLACK_BOT_TOKEN, apiUrl } : undefined,
  };
  if (problems.length > 0) return { problems, known };

  const e = values as EnvValues;
  const [hour, minute] = e.DAILY_TIME.split(':').map(Number) as [number, number];
  const config: Config = {
    mode,
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    slackApiUrl: apiUrl,
    port: e.PORT,
    indexDir: e.INDEX_DIR,
    dailyChannels: e.DAILY_CHANNELS,
    dailyTime: { hour, minute, text: e.DAILY_TIME },
    dailyTz: e.DAILY_TZ,
    dailyEmpty: e.DAILY_EMPTY,
    stateDir: e.STATE_DIR,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    oauth:
      e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
        ? { clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET }
        : undefined,
  };
  return { config, problems, known };
}

/**
 * The configuration of a surface (the bot's unless named); throws ConfigError listing every problem.
 * The bot prints `message` and stops with 1; a command prints `oneLine()` and exits 2.
 */
export function loadConfig<S extends Surface = 'bot'>(env: NodeJS.ProcessEnv = process.env, surface: S = 'bot' as S): ConfigOf[S] {
  const { config, problems } = checkConfig(env, surface);
  if (!config) throw new ConfigError(problems);
  return config as ConfigOf[S];
}
