/**
 * What an operator sees when `npm start` cannot work, through the real bot process (HTTP mode)
 * against the fake Slack: the exit code and the lines on stderr, and never "Summit is running".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { FAKE_BOT, startFakeSlack, type FakeSlack } from '../support/fake-slack';

const isRunning = (l: Record<string, unknown>) => l.msg === 'Summit is running';

describe('npm start in HTTP mode: what cannot work stops the start with its reason', () => {
  let fake: FakeSlack;
  let tmp: string;
  let bot: BotProcess | undefined;
  beforeAll(async () => {
    fake = await startFakeSlack();
    tmp = mkdtempSync(join(tmpdir(), 'summit-start-'));
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    fake.reset();
  });
  afterAll(async () => {
    await fake.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Starts the bot without waiting for it to run, and waits for it to end. */
  async function startAndExit(env: Record<string, string>): Promise<{ code: number | string; stderr: string }> {
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { STATE_DIR: join(tmp, 'state'), ...env }, waitUntilRunning: false });
    const code = await bot.exited;
    return { code, stderr: bot.stderr() };
  }

  it('a good start asks Slack who the bot is before it logs "Summit is running", and only once (Bolt does not ask again)', async () => {
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { STATE_DIR: join(tmp, 'state') } });
    expect(bot.logs.find(isRunning)).toMatchObject({ mode: 'http', port: bot.port, botUserId: FAKE_BOT.userId });
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    expect(bot.stderr()).toBe('');
  });

  it('a bot token Slack refuses (invalid_auth) stops the start with exit 1, naming the variable, what Slack said and what to do', async () => {
    fake.failNext('auth.test', 'invalid_auth');
    const { code, stderr } = await startAndExit({});
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^Summit cannot start\. Fix this problem .*\n {2}- SLACK_BOT_TOKEN: Slack refused the bot token \(auth\.test answered "invalid_auth"\): .*Copy the Bot User OAuth Token/,
    );
    expect(stderr.trim().split('\n')).toHaveLength(2);
    expect(bot!.logs.some(isRunning)).toBe(false);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('a revoked token says to reinstall the app', async () => {
    fake.failNext('auth.test', 'token_revoked');
    const { code, stderr } = await startAndExit({});
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN: Slack refused the bot token (auth.test answered "token_revoked"): the token was revoked');
    expect(stderr).toContain('Reinstall the app');
    expect(bot!.logs.some(isRunning)).toBe(false);
  });

  it('Slack out of reach at start is tried three times, then stops the start with the URL and the cause', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((r) => closed.close(() => r()));
    const { code, stderr } = await startAndExit({ SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
    expect(code).toBe(1);
    expect(stderr).toContain(`SLACK_API_URL: http://127.0.0.1:${port}/api/ could not be reached in 3 tries (last: connect ECONNREFUSED`);
    expect(stderr).toContain('so SLACK_BOT_TOKEN could not be checked');
    expect(bot!.logs.some(isRunning)).toBe(false);
  });

  it('Socket Mode: an app-level token Slack refuses stops the start with one line, after the bot token was checked', async () => {
    fake.failNext('apps.connections.open', 'invalid_auth');
    const { code, stderr } = await startAndExit({ SLACK_APP_TOKEN: 'xapp-fake-3' });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^Summit cannot start: SLACK_APP_TOKEN: Slack refused the app-level token \(apps\.connections\.open answered "invalid_auth"\)\. [^\n]*\n$/,
    );
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test', 'apps.connections.open']);
    expect(bot!.logs.some(isRunning)).toBe(false);
  });

  describe('a port already in use', () => {
    let occupier: Server;
    let busyPort: number;
    beforeAll(async () => {
      occupier = createServer();
      await new Promise<void>((r) => occupier.listen(0, r));
      busyPort = (occupier.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((r) => occupier.close(() => r())));

    it('stops the start with exit 1 and one line naming the port, no stack trace', async () => {
      const { code, stderr } = await startAndExit({ PORT: String(busyPort) });
      expect(code).toBe(1);
      expect(stderr).toBe(
        `Summit cannot start: port ${busyPort} is in use (another Summit, or another server?). Stop it, or set PORT to a free port.\n`,
      );
      expect(bot!.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
      expect(bot!.logs.some(isRunning)).toBe(false);
    });
  });

  it('a missing INDEX_DIR, a STATE_DIR that is a file, a bad DAILY_TZ and PORT=0x0C44 are listed together, in one report', async () => {
    const stateFile = join(tmp, 'state-is-a-file');
    writeFileSync(stateFile, 'not a folder\n');
    const missingIndex = join(tmp, 'no-such-index');
    const { code, stderr } = await startAndExit({
      INDEX_DIR: missingIndex,
      STATE_DIR: stateFile,
      DAILY_TZ: 'Mars/Olympus_Mons',
      PORT: '0x0C44',
    });
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Summit cannot start. Fix these 4 problems (in .env or the environment), then start again:');
    expect(lines.slice(1)).toEqual([
      '  - PORT: must be a port number from 1 to 65535 in plain digits, such as 3000 (not "0x0C44")',
      '  - DAILY_TZ: must be an IANA time zone such as Europe/Berlin',
      `  - INDEX_DIR: No index in ${missingIndex}/. Build it from the archive: npm run -s cli -- index --out ${missingIndex}`,
      `  - STATE_DIR: ${stateFile} is a file, not a folder. Summit keeps the daily ledger and the subscriptions there. Set STATE_DIR to a folder (Summit creates it when missing).`,
    ]);
    expect(bot!.logs.some(isRunning)).toBe(false);
  });

  it('a STATE_DIR under a file (cannot be created, even by root) is reported', async () => {
    const file = join(tmp, 'plain-file');
    writeFileSync(file, '');
    const { code, stderr } = await startAndExit({ STATE_DIR: join(file, 'state') });
    expect(code).toBe(1);
    expect(stderr).toContain(`STATE_DIR: ${join(file, 'state')} cannot be created: ${file} is a file, not a folder.`);
  });
});
