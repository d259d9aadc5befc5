import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli';
import { LEDGER_FILE } from '../../src/daily/ledger';
import { Subscriptions } from '../../src/daily/subscriptions';
import { captureIo } from '../support/capture-io';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { tmpStateDir } from './helpers';

const INDEX = path.resolve(__dirname, '../../index');

/** `npm run -s cli -- daily …` in-process, with what it printed. */
async function daily(args: string[], env: NodeJS.ProcessEnv, nowIso = '2025-06-15T10:00:00Z') {
  const io = captureIo(env, new Date(nowIso));
  const code = await runCli(['daily', ...args], io);
  return { code, stdout: io.out, stderr: io.err };
}

describe('cli daily', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  const env = (stateDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    SLACK_BOT_TOKEN: 'xoxb-fake-1',
    SLACK_API_URL: fake.apiUrl,
    DAILY_CHANNELS: 'C0AAA1,C0BBB2',
    DAILY_TZ: 'Europe/Berlin',
    STATE_DIR: stateDir,
    INDEX_DIR: INDEX,
    ...extra,
  });

  it('posts the day to every daily channel once, and a rerun posts nothing (--json)', async () => {
    const stateDir = tmpStateDir();
    new Subscriptions(stateDir).subscribe('C0SUB3', 'U1');
    const first = await daily(['--date', '2025-06-15', '--json'], env(stateDir));
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout());
    expect(report).toEqual({
      date: '2025-06-15',
      posted: [
        { channel: 'C0AAA1', ts: expect.any(String) },
        { channel: 'C0BBB2', ts: expect.any(String) },
        { channel: 'C0SUB3', ts: expect.any(String) },
      ],
      skipped: [],
      failed: [],
    });
    const posts = fake.callsTo('chat.postMessage');
    expect(posts.map((c) => c.body.channel)).toEqual(['C0AAA1', 'C0BBB2', 'C0SUB3']);
    expect(posts[0]?.token).toBe('xoxb-fake-1');
    expect(posts[0]?.body.text).toBe('On this date, 15 June: 2022 phone call (3 years ago)');
    expect(JSON.stringify(posts[0]?.body.blocks)).toContain('/summit 2022-06-15');

    const again = await daily(['--date=2025-06-15', '--json'], env(stateDir));
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout()).skipped.map((s: { reason: string }) => s.reason)).toEqual([
      'already-posted',
      'already-posted',
      'already-posted',
    ]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('defaults to today in DAILY_TZ and prints text for a person', async () => {
    const stateDir = tmpStateDir();
    const run = await daily([], env(stateDir, { DAILY_CHANNELS: 'C0AAA1' }), '2025-06-14T22:30:00Z'); // already 15 June in Berlin
    expect(run.code).toBe(0);
    expect(run.stdout()).toMatch(/^daily post 2025-06-15: 1 posted, 0 skipped, 0 failed\n {2}posted {3}C0AAA1 {2}ts /);
  });

  it('a failing channel is reported with the fix, the others are posted, exit 1; the next run retries it', async () => {
    const stateDir = tmpStateDir();
    fake.failNext('chat.postMessage', 'not_in_channel');
    const run = await daily(['--date', '2025-06-15'], env(stateDir));
    expect(run.code).toBe(1);
    expect(run.stdout()).toContain(
      'failed   C0AAA1  not_in_channel: Summit is not a member of C0AAA1: invite the bot there with /invite @Summit',
    );
    expect(run.stdout()).toContain('posted   C0BBB2');
    expect(run.stderr()).toContain('not_in_channel'); // the log line

    const retry = await daily(['--date', '2025-06-15', '--json'], env(stateDir));
    expect(retry.code).toBe(0);
    expect(JSON.parse(retry.stdout()).posted.map((p: { channel: string }) => p.channel)).toEqual(['C0AAA1']);
    expect(fake.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual(['C0AAA1', 'C0BBB2', 'C0AAA1']);
  });

  it('DAILY_EMPTY=skip posts nothing on a day without a summit; next posts the next anniversary', async () => {
    const stateDir = tmpStateDir();
    const skip = await daily(['--date', '2025-06-20', '--json'], env(stateDir));
    expect(skip.code).toBe(0);
    expect(JSON.parse(skip.stdout()).skipped).toHaveLength(2);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);

    const next = await daily(['--date', '2025-06-20', '--json'], env(stateDir, { DAILY_EMPTY: 'next' }));
    expect(next.code).toBe(0);
    expect(fake.callsTo('chat.postMessage')[0]?.body.text).toContain('Next anniversary: 15 December');
  });

  it.each([
    [['--date', '2025-02-30'], /--date must be a calendar date written YYYY-MM-DD, not "2025-02-30"/],
    [['--date'], /--date needs a date/],
    [['--frobnicate'], /unknown argument "--frobnicate"/],
  ])('a bad argument %j exits 2 with one line on stderr', async (args, message) => {
    const run = await daily(args, env(tmpStateDir()));
    expect(run.code).toBe(2);
    expect(run.stderr()).toMatch(message);
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
    expect(run.stdout()).toBe('');
  });

  it('without SLACK_BOT_TOKEN exits 2 saying so', async () => {
    const run = await daily([], env(tmpStateDir(), { SLACK_BOT_TOKEN: '' }));
    expect(run.code).toBe(2);
    expect(run.stderr()).toMatch(/^SLACK_BOT_TOKEN is not set/);
  });

  it('a bad configuration exits 2 listing the problem', async () => {
    const run = await daily([], env(tmpStateDir(), { DAILY_TZ: 'Mars/Olympus' }));
    expect(run.code).toBe(2);
    expect(run.stderr()).toMatch(/DAILY_TZ: must be an IANA time zone/);
  });

  it('a missing index exits 1 saying how to build it', async () => {
    const missing = path.join(tmpStateDir(), 'no-index');
    const run = await daily(['--index', missing], env(tmpStateDir()));
    expect(run.code).toBe(1);
    expect(run.stderr()).toMatch(/npm run -s cli -- index/);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('a corrupt ledger exits 1 naming the file, and posts nothing', async () => {
    const stateDir = tmpStateDir();
    fs.writeFileSync(path.join(stateDir, LEDGER_FILE), '{"version":1,');
    const run = await daily(['--date', '2025-06-15'], env(stateDir));
    expect(run.code).toBe(1);
    expect(run.stderr()).toContain(path.join(stateDir, LEDGER_FILE));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('with no daily channel says so and exits 0', async () => {
    const run = await daily([], env(tmpStateDir(), { DAILY_CHANNELS: '' }));
    expect(run.code).toBe(0);
    expect(run.stdout()).toMatch(/^No daily channels/);
  });
});
