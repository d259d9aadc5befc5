/** The start's checks together: one list of every problem, whichever kind, with plain env objects. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStart } from '../../src/startup/check-start';
import type { TokenCheck, TokenCheckOptions } from '../../src/startup/check-bot-token';
import { webApi } from '@slack/bolt';
import { startProblem } from '../../src/startup/start-problem';

const HTTP = {
  SLACK_BOT_TOKEN: 'xoxb-fake-2',
  SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789',
  SLACK_API_URL: 'http://127.0.0.1:1/api/',
};
const IDENTITY = { botId: 'BBOTSUMMIT', botUserId: 'UBOTSUMMIT' };

describe('checkStart', () => {
  let tmp: string;
  let tokenChecks: TokenCheckOptions[];
  const tokenAnswer = (answer: TokenCheck) => async (opts: TokenCheckOptions) => {
    tokenChecks.push(opts);
    return answer;
  };
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'summit-check-'));
    tokenChecks = [];
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('a good start: the configuration, the open index and who the bot is', async () => {
    const checked = await checkStart({ ...HTTP, STATE_DIR: join(tmp, 'state') }, { checkToken: tokenAnswer({ identity: IDENTITY }) });
    expect(checked.problems).toBeUndefined();
    if (checked.problems) return;
    expect(checked.config).toMatchObject({ mode: 'http', port: 3000, indexDir: 'index' });
    expect(checked.archive.archive.events.length).toBeGreaterThan(0);
    checked.archive.close();
    expect(checked.identity).toEqual(IDENTITY);
    expect(tokenChecks).toEqual([{ token: 'xoxb-fake-2', slackApiUrl: 'http://127.0.0.1:1/api/' }]);
  });

  it('lists configuration, INDEX_DIR, STATE_DIR and the Slack token problems together, in that order', async () => {
    const stateFile = join(tmp, 'state');
    writeFileSync(stateFile, '');
    const env = { ...HTTP, PORT: '3e3', DAILY_TIME: '9am', INDEX_DIR: join(tmp, 'none'), STATE_DIR: stateFile };
    const checked = await checkStart(env, { checkToken: tokenAnswer({ problem: 'SLACK_BOT_TOKEN: refused' }) });
    expect(checked.problems?.map((p) => p.split(':')[0])).toEqual(['PORT', 'DAILY_TIME', 'INDEX_DIR', 'STATE_DIR', 'SLACK_BOT_TOKEN']);
  });

  it('does not ask Slack about a malformed token (the format problem is listed instead)', async () => {
    const checked = await checkStart(
      { ...HTTP, SLACK_BOT_TOKEN: 'xoxb bad', STATE_DIR: join(tmp, 'state') },
      { checkToken: tokenAnswer({ identity: IDENTITY }) },
    );
    expect(checked.problems).toEqual(['SLACK_BOT_TOKEN: must be a bot token starting with xoxb-']);
    expect(tokenChecks).toEqual([]);
  });

  it('the local shell (no tokens) needs no STATE_DIR and asks Slack nothing', async () => {
    const stateFile = join(tmp, 'state');
    writeFileSync(stateFile, '');
    const checked = await checkStart({ STATE_DIR: stateFile }, { checkToken: tokenAnswer({ identity: IDENTITY }) });
    expect(checked.problems).toBeUndefined();
    expect(tokenChecks).toEqual([]);
  });

  it('the local shell still needs the index', async () => {
    const checked = await checkStart({ INDEX_DIR: join(tmp, 'none') });
    expect(checked.problems).toEqual([
      `INDEX_DIR: No index in ${join(tmp, 'none')}/. Build it from the archive: npm run -s cli -- index --out ${join(tmp, 'none')}`,
    ]);
  });

  it('INDEX_DIR that is a file, or holds a damaged index, says so and how to rebuild', async () => {
    const file = join(tmp, 'index-file');
    writeFileSync(file, '');
    expect((await checkStart({ INDEX_DIR: file })).problems).toEqual([
      `INDEX_DIR: ${file} is a file, not a folder. Set INDEX_DIR to the folder the index was built into (npm run -s cli -- index --out DIR builds one).`,
    ]);
    const damaged = join(tmp, 'damaged');
    mkdirSync(damaged);
    writeFileSync(join(damaged, 'manifest.json'), '{ not json');
    const [problem] = (await checkStart({ INDEX_DIR: damaged })).problems ?? [];
    expect(problem).toMatch(/^INDEX_DIR: .*damaged.*npm run -s cli -- index/);
  });
});

describe('startProblem', () => {
  const http = { mode: 'http' as const, port: 3000 };
  const errno = (code: string) => Object.assign(new Error(`listen ${code}`), { code });

  it('names the port in use and what to do, in one line', () => {
    expect(startProblem(errno('EADDRINUSE'), http)).toBe(
      'Summit cannot start: port 3000 is in use (another Summit, or another server?). Stop it, or set PORT to a free port.',
    );
  });

  it('names a privileged port this user may not use', () => {
    expect(startProblem(errno('EACCES'), { mode: 'http', port: 80 })).toBe(
      'Summit cannot start: this user may not listen on port 80 (ports below 1024 need privileges). Set PORT to a free port from 1024 up, such as 3000.',
    );
  });

  it('names the app-level token Slack refuses in Socket Mode', () => {
    const refused = new webApi.WebAPIPlatformError({ ok: false, error: 'invalid_auth' });
    expect(startProblem(refused, { mode: 'socket', port: 3000 })).toMatch(
      /^Summit cannot start: SLACK_APP_TOKEN: Slack refused the app-level token \(apps\.connections\.open answered "invalid_auth"\)\. Copy an App-Level Token/,
    );
  });

  it('leaves other errors to their stack (they are bugs)', () => {
    expect(startProblem(new Error('boom'), http)).toBeUndefined();
    expect(startProblem(errno('EADDRINUSE'), { mode: 'socket', port: 3000 })).toBeUndefined();
  });
});
