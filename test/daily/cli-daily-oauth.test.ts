import * as path from 'node:path';
import { runCli } from '../../src/cli';
import { openFilesStore } from '../../src/state/files-store';
import { openStore } from '../../src/state/open-store';
import type { StateStore } from '../../src/state/store';
import { captureIo } from '../support/capture-io';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { startTestPostgres, type TestPostgres } from '../support/test-postgres';
import { tmpStateDir } from './helpers';

const INDEX = path.resolve(__dirname, '../../index');

const installation = (team: string, token: string) => ({
  team: { id: team, name: team },
  enterprise: undefined,
  isEnterpriseInstall: false,
  bot: { token, scopes: ['chat:write'], id: `B${team}`, userId: `U${team}` },
  user: { id: 'UINSTALLER', token: undefined, scopes: undefined },
  appId: 'A0SUMMIT01',
  tokenType: 'bot' as const,
});

/** `npm run -s cli -- daily …` in-process, with what it printed. */
async function daily(args: string[], env: NodeJS.ProcessEnv, nowIso = '2025-06-15T10:00:00Z') {
  const io = captureIo(env, new Date(nowIso));
  const code = await runCli(['daily', ...args], io);
  return { code, stdout: io.out, stderr: io.err };
}

/** Two installed workspaces, each with a subscribed channel (the same channel id in both). */
async function twoWorkspaces(store: StateStore): Promise<void> {
  await store.installations.storeInstallation(installation('T0AAA', 'xoxb-fake-aaa'));
  await store.installations.storeInstallation(installation('T0BBB', 'xoxb-fake-bbb'));
  await store.subscriptions.subscribe('C0SAME1', 'U1', 'T0AAA');
  await store.subscriptions.subscribe('C0AONLY', 'U1', 'T0AAA');
  await store.subscriptions.subscribe('C0SAME1', 'U2', 'T0BBB');
}

describe('cli daily with OAuth (many workspaces)', () => {
  let fake: FakeSlack;
  let pg: TestPostgres;
  beforeAll(async () => {
    [fake, pg] = await Promise.all([startFakeSlack(), startTestPostgres()]);
  }, 90_000);
  afterAll(async () => {
    await fake.close();
    await pg.stop();
  });
  beforeEach(() => fake.reset());

  const env = (place: { STATE_DIR?: string; DATABASE_URL?: string }, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    SLACK_CLIENT_ID: '111.222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'a-state-secret-of-32-characters!',
    SLACK_API_URL: fake.apiUrl,
    DAILY_CHANNELS: 'C0IGNORED',
    DAILY_TZ: 'Europe/Berlin',
    INDEX_DIR: INDEX,
    ...place,
    ...extra,
  });

  const places: Array<[string, () => Promise<{ place: { STATE_DIR?: string; DATABASE_URL?: string }; store: StateStore }>]> = [
    [
      'files (STATE_DIR)',
      async () => {
        const dir = tmpStateDir();
        return { place: { STATE_DIR: dir }, store: openFilesStore(dir) };
      },
    ],
    [
      'PostgreSQL (DATABASE_URL)',
      async () => {
        const url = await pg.freshDatabase();
        const stateDir = tmpStateDir();
        const { store } = await openStore({ databaseUrl: url, stateDir });
        return { place: { DATABASE_URL: url, STATE_DIR: stateDir }, store };
      },
    ],
  ];

  it.each(places)('%s: posts for every installation with its own token, once per team, channel and day', async (_name, open) => {
    const { place, store } = await open();
    try {
      await twoWorkspaces(store);
      const first = await daily(['--date', '2025-06-15', '--json'], env(place));
      expect(first.stderr()).toBe('');
      expect(first.code).toBe(0);
      const report = JSON.parse(first.stdout());
      expect(report.posted).toHaveLength(3);
      expect(report.failed).toEqual([]);
      const posts = fake.callsTo('chat.postMessage').map((c) => `${c.token} ${String(c.body.channel)}`);
      expect(posts.sort()).toEqual(['xoxb-fake-aaa C0AONLY', 'xoxb-fake-aaa C0SAME1', 'xoxb-fake-bbb C0SAME1']);

      // The ledger is keyed by team: the same channel id in the two workspaces was posted in each.
      expect((await store.ledger.forDay('2025-06-15', 'T0AAA')).map((e) => [e.channel, e.status]).sort()).toEqual([
        ['C0AONLY', 'posted'],
        ['C0SAME1', 'posted'],
      ]);
      expect((await store.ledger.forDay('2025-06-15', 'T0BBB')).map((e) => [e.channel, e.status])).toEqual([['C0SAME1', 'posted']]);

      const again = await daily(['--date', '2025-06-15'], env(place));
      expect(again.code).toBe(0);
      expect(again.stdout()).toMatch(/^daily post 2025-06-15: 0 posted, 3 skipped, 0 failed/);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(3);

      // An uninstalled workspace is no longer posted to.
      await store.installations.deleteInstallation({ teamId: 'T0BBB', enterpriseId: undefined, isEnterpriseInstall: false });
      const nextDay = await daily(['--date', '2025-06-16', '--json'], env(place));
      expect(nextDay.code).toBe(0);
      const next = JSON.parse(nextDay.stdout());
      expect(next.posted.length + next.skipped.length).toBe(2); // T0AAA's two channels only
      expect(
        fake
          .callsTo('chat.postMessage')
          .slice(3)
          .every((c) => c.token === 'xoxb-fake-aaa'),
      ).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('with no installation says so and exits 0', async () => {
    const run = await daily([], env({ STATE_DIR: tmpStateDir() }));
    expect(run.code).toBe(0);
    expect(run.stdout()).toMatch(/^No installed workspace/);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses a static bot token next to SLACK_CLIENT_ID …, and a missing OAuth variable (exit 2)', async () => {
    const both = await daily([], env({ STATE_DIR: tmpStateDir() }, { SLACK_BOT_TOKEN: 'xoxb-static' }));
    expect(both.code).toBe(2);
    expect(both.stderr()).toMatch(/SLACK_BOT_TOKEN: leave it empty with SLACK_CLIENT_ID/);
    const partial = await daily([], env({ STATE_DIR: tmpStateDir() }, { SLACK_STATE_SECRET: '' }));
    expect(partial.code).toBe(2);
    expect(partial.stderr()).toMatch(/SLACK_STATE_SECRET: Slack's install flow/);
  });
});
