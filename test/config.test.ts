/** loadConfig / checkConfig with plain environment objects: what the start accepts and what it says. */
import { checkConfig, ConfigError, loadConfig } from '../src/config';

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-fake-2', SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789' };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('PORT', () => {
  it.each([
    ['3000', 3000],
    ['1', 1],
    ['65535', 65535],
    ['08080', 8080],
  ])('%j is port %d', (raw, port) => {
    expect(loadConfig({ ...HTTP, PORT: raw }).port).toBe(port);
  });

  it.each([undefined, '', '   '])('%j means the default, 3000', (raw) => {
    expect(loadConfig({ ...HTTP, PORT: raw }).port).toBe(3000);
  });

  it.each(['0x0C44', '3e3', '3000.0', ' 3000 ', '+3000', '-1', '0', '65536', '99999999999', 'http', '3000abc', '３０００'])(
    '%j is refused with what to type, never reinterpreted',
    (raw) => {
      expect(problemsOf({ ...HTTP, PORT: raw })).toEqual([
        `PORT: must be a port number from 1 to 65535 in plain digits, such as 3000 (not ${JSON.stringify(raw)})`,
      ]);
    },
  );
});

describe('every problem at once', () => {
  it('lists each wrong variable, with the credentials a mode lacks', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'nope',
      PORT: '0x0C44',
      DAILY_TIME: '9am',
      DAILY_TZ: 'Mars/Base',
      DAILY_CHANNELS: '#general',
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'SLACK_BOT_TOKEN',
      'PORT',
      'DAILY_CHANNELS',
      'DAILY_TIME',
      'DAILY_TZ',
      'SLACK_SIGNING_SECRET',
    ]);
  });

  it('the report says how many problems and puts one on a line', () => {
    const error = new ConfigError(['PORT: a', 'DAILY_TZ: b']);
    expect(error.message).toBe(
      'Summit cannot start. Fix these 2 problems (in .env or the environment), then start again:\n  - PORT: a\n  - DAILY_TZ: b',
    );
    expect(new ConfigError(['PORT: a']).message).toMatch(/^Summit cannot start\. Fix this problem /);
  });

  it('still reads the folders and the Slack settings when other variables are wrong', () => {
    const check = checkConfig({
      ...HTTP,
      DAILY_TZ: 'Mars/Base',
      INDEX_DIR: 'idx',
      STATE_DIR: 'st',
      SLACK_API_URL: 'http://127.0.0.1:1/api',
    });
    expect(check.config).toBeUndefined();
    expect(check.known).toEqual({
      mode: 'http',
      indexDir: 'idx',
      stateDir: 'st',
      slack: { botToken: 'xoxb-fake-2', apiUrl: 'http://127.0.0.1:1/api/' },
    });
  });

  it('does not offer a token to check when it, or SLACK_API_URL, is malformed (no call to a URL nobody asked for)', () => {
    expect(checkConfig({ ...HTTP, SLACK_BOT_TOKEN: 'xoxp-user' }).known.slack).toBeUndefined();
    expect(checkConfig({ ...HTTP, SLACK_API_URL: 'not a url' }).known.slack).toBeUndefined();
    expect(checkConfig({ ...HTTP }).known.slack).toEqual({ botToken: 'xoxb-fake-2', apiUrl: undefined });
  });
});

describe('mode', () => {
  it('is the shell without tokens, HTTP with the HTTP credentials, Socket Mode with an app token', () => {
    expect(loadConfig({}).mode).toBe('shell');
    expect(loadConfig(HTTP).mode).toBe('http');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-fake-2', SLACK_APP_TOKEN: 'xapp-fake-3' }).mode).toBe('socket');
  });

  it('a malformed token still chooses its mode, so the missing partner is reported too', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'nope' })).toEqual([
      'SLACK_BOT_TOKEN: must be a bot token starting with xoxb-',
      'SLACK_SIGNING_SECRET: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)',
    ]);
    expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-fake-3' })).toEqual([
      'SLACK_BOT_TOKEN: Socket Mode (SLACK_APP_TOKEN is set) also needs the bot token xoxb-…',
    ]);
  });

  it('defaults are those of .env.example', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      indexDir: 'index',
      stateDir: '.data',
      dailyTz: 'UTC',
      dailyTime: { text: '09:00' },
      logLevel: 'info',
    });
  });
});

describe('a variant per surface: the same rule for each variable, only the variables it uses', () => {
  const problemsOn = (env: NodeJS.ProcessEnv, surface: 'bot' | 'daily' | 'command') => checkConfig(env, surface).problems;
  const DAILY = { SLACK_BOT_TOKEN: 'xoxb-fake-2' };

  it('a DAILY_TZ that is no time zone is the same problem for the bot, cli daily and every other command', () => {
    const tz = 'DAILY_TZ: must be an IANA time zone such as Europe/Berlin';
    expect(problemsOn({ DAILY_TZ: 'Mars/Base' }, 'bot')).toEqual([tz]);
    expect(problemsOn({ ...DAILY, DAILY_TZ: 'Mars/Base' }, 'daily')).toEqual([tz]);
    expect(problemsOn({ DAILY_TZ: 'Mars/Base' }, 'command')).toEqual([tz]);
  });

  it("a command reads only the index and the zone: a wrong Slack token or PORT is the bot's problem, not ask's", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'nope', PORT: '3e3', INDEX_DIR: 'idx', DAILY_TZ: 'Asia/Shanghai' }, 'command')).toMatchObject({
      indexDir: 'idx',
      dailyTz: 'Asia/Shanghai',
    });
    expect(loadConfig({}, 'command')).toMatchObject({ indexDir: 'index', dailyTz: 'UTC' });
  });

  it("cli daily needs the bot token, checked by the bot's rule, and no signing secret nor mode", () => {
    expect(problemsOn({}, 'daily')).toEqual([
      'SLACK_BOT_TOKEN is not set: the daily command posts through the Slack Web API and needs the bot token xoxb-…',
    ]);
    expect(problemsOn({ SLACK_BOT_TOKEN: 'xoxp-user' }, 'daily')).toEqual(['SLACK_BOT_TOKEN: must be a bot token starting with xoxb-']);
    expect(
      loadConfig(
        { ...DAILY, SLACK_API_URL: 'http://127.0.0.1:1/api', DAILY_CHANNELS: 'C0AAA1, C0BBB2', SLACK_APP_TOKEN: 'not read' },
        'daily',
      ),
    ).toMatchObject({
      botToken: 'xoxb-fake-2',
      slackApiUrl: 'http://127.0.0.1:1/api/',
      dailyChannels: ['C0AAA1', 'C0BBB2'],
    });
  });

  it('cli daily logs warnings only, unless LOG_LEVEL says otherwise (its report is the output)', () => {
    expect(loadConfig(DAILY, 'daily').logLevel).toBe('warn');
    expect(loadConfig({ ...DAILY, LOG_LEVEL: ' ' }, 'daily').logLevel).toBe('warn');
    expect(loadConfig({ ...DAILY, LOG_LEVEL: 'debug' }, 'daily').logLevel).toBe('debug');
    expect(problemsOn({ ...DAILY, LOG_LEVEL: 'loud' }, 'daily')).toEqual([expect.stringMatching(/^LOG_LEVEL: /)]);
  });

  it("every problem at once on a command's surface too; on one line for the command line", () => {
    const error = (() => {
      try {
        loadConfig({ DAILY_TZ: 'Mars/Base', SLACK_API_URL: 'not a url' }, 'daily');
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error?.problems.map((p) => p.split(/[: ]/)[0])).toEqual(['SLACK_API_URL', 'DAILY_TZ', 'SLACK_BOT_TOKEN']);
    expect(error?.oneLine()).toBe(error?.problems.join('; '));
    expect(error?.oneLine()).not.toContain('\n');
  });
});
