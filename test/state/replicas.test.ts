/**
 * Summit as it runs in production: real bot processes (`node scripts/start.js`, HTTP mode) sharing
 * one real PostgreSQL, against the fake Slack Web API. Retries are signed anew, as Slack signs them.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startBotProcess, ROOT, type BotProcess } from '../support/bot-process';
import { FAKE_INSTALL, startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { postCaptured, postSigned, formBody, signedHeaders } from '../support/signed-request';
import { appMention, eventEnvelope, slashCommand, CHANNEL } from '../support/slack-payloads';
import { SIGNING_SECRET } from '../support/summit-app';
import { startTestPostgres, type TestPostgres } from '../support/test-postgres';
import { tmpStateDir } from '../daily/helpers';

const run = promisify(execFile);

let pg: TestPostgres;
let fake: FakeSlack;
const bots: BotProcess[] = [];

beforeAll(async () => {
  [pg, fake] = await Promise.all([startTestPostgres(), startFakeSlack()]);
}, 90_000);
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  await Promise.all([pg?.stop(), fake?.close()]);
});
beforeEach(() => fake.reset());

async function bot(env: Record<string, string>): Promise<BotProcess> {
  const b = await startBotProcess({ apiUrl: fake.apiUrl, env: { STATE_DIR: tmpStateDir(), ...env } });
  bots.push(b);
  return b;
}

const outcome = (b: BotProcess, value: string) => b.waitForLog((l) => l.msg === 'slack request' && l.outcome === value);
const send = (b: BotProcess, body: unknown, opts: { retryNum?: number; timestampSec?: number } = {}) =>
  postSigned(b.eventsUrl, SIGNING_SECRET, JSON.stringify(body), opts);
const nowSec = () => Math.floor(Date.now() / 1000);

async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A STATE_DIR as a files-mode Summit left it: one subscription and one post. */
function filesStateDir(channel: string): string {
  const dir = tmpStateDir();
  fs.writeFileSync(
    path.join(dir, 'subscriptions.json'),
    JSON.stringify({ version: 1, channels: [{ channel, by: 'U0OLD', at: '2025-01-01T00:00:00.000Z' }] }),
  );
  fs.writeFileSync(
    path.join(dir, 'daily-ledger.json'),
    JSON.stringify({ version: 1, posts: [{ date: '2025-06-14', channel, status: 'posted', at: '2025-06-14T09:00:00.000Z', ts: '1.2' }] }),
  );
  return dir;
}

describe('two replicas on one database', () => {
  it('answer a retried event once, share subscriptions and the replay memory, import STATE_DIR once, and report health', async () => {
    const url = await pg.freshDatabase();
    const a = await bot({ DATABASE_URL: url, STATE_DIR: filesStateDir('C0OLDSUB1') });
    const b = await bot({ DATABASE_URL: url, STATE_DIR: filesStateDir('C0OLDSUB2') });

    // The first replica to start imported its STATE_DIR, once; the other found it done.
    const imports = [a, b].map((x) =>
      x.logs.filter((l) => String(l.msg).startsWith('imported 1 daily-ledger entries and 1 subscriptions')),
    );
    expect(imports.map((i) => i.length).sort()).toEqual([0, 1]);

    // An event answered by one replica and retried (signed anew) on the other is answered once.
    const event = eventEnvelope(appMention('2022-06-15'));
    expect((await send(a, event)).status).toBe(200);
    await fake.waitFor('chat.postMessage', 1, 15_000);
    expect((await send(b, event, { retryNum: 1, timestampSec: nowSec() + 1 })).status).toBe(200);
    await outcome(b, 'duplicate');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);

    // A request captured on its way to one replica and replayed to the other is refused.
    const body = formBody(slashCommand('help', fake.responseUrl('replay')));
    const headers = signedHeaders(SIGNING_SECRET, body);
    expect((await postCaptured(a.eventsUrl, body, headers)).status).toBe(200);
    expect((await postCaptured(b.eventsUrl, body, headers)).status).toBe(401);

    // A subscription made through one replica is listed by the other, with the imported one.
    await postSigned(a.eventsUrl, SIGNING_SECRET, formBody(slashCommand('subscribe', fake.responseUrl('sub'))));
    await fake.waitFor((c) => c.responseId === 'sub', 1, 15_000);
    await postSigned(b.eventsUrl, SIGNING_SECRET, formBody(slashCommand('subscriptions', fake.responseUrl('list'))));
    const [list] = await fake.waitFor((c) => c.responseId === 'list', 1, 15_000);
    const text = JSON.stringify(list!.body);
    expect(text).toContain(`<#${CHANNEL}>`);
    expect(text).toMatch(/<#C0OLDSUB[12]>/);

    const health = await fetch(`http://127.0.0.1:${a.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, index: 'ready', store: 'ready', storeKind: 'postgres' });
  }, 90_000);

  it('a restart does not forget answered events', async () => {
    const url = await pg.freshDatabase();
    const first = await bot({ DATABASE_URL: url });
    const event = eventEnvelope(appMention('2022-06-15'));
    await send(first, event);
    await fake.waitFor('chat.postMessage', 1, 15_000);
    await first.stop();
    const restarted = await bot({ DATABASE_URL: url });
    await send(restarted, event, { retryNum: 2, timestampSec: nowSec() + 2 });
    await outcome(restarted, 'duplicate');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  }, 60_000);

  it('three `daily` runs at once post once per channel', async () => {
    const url = await pg.freshDatabase();
    const channels = Array.from({ length: 6 }, (_, i) => `C0DAILY${i}`);
    const env = {
      ...process.env,
      DATABASE_URL: url,
      SLACK_BOT_TOKEN: 'xoxb-daily-1',
      SLACK_API_URL: fake.apiUrl,
      DAILY_CHANNELS: channels.join(','),
      STATE_DIR: tmpStateDir(),
      INDEX_DIR: path.join(ROOT, 'index'),
    };
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'daily', '--date', '2025-06-15', '--json'], { cwd: ROOT, env }),
      ),
    );
    const reports = runs.map((r) => JSON.parse(r.stdout) as { posted: Array<{ channel: string }> });
    expect(
      fake
        .callsTo('chat.postMessage')
        .map((c) => String(c.body.channel))
        .sort(),
    ).toEqual(channels);
    expect(reports.flatMap((r) => r.posted.map((p) => p.channel)).sort()).toEqual(channels);
    const rows = await sql<{ status: string }>(url, `SELECT status FROM daily_posts WHERE day = '2025-06-15'`);
    expect(rows.map((r) => r.status)).toEqual(channels.map(() => 'posted'));
  }, 90_000);
});

describe('files mode', () => {
  it('a restart does not forget answered events', async () => {
    const stateDir = tmpStateDir();
    const first = await bot({ STATE_DIR: stateDir });
    const event = eventEnvelope(appMention('2022-06-15'));
    await send(first, event);
    await fake.waitFor('chat.postMessage', 1, 15_000);
    await first.stop();
    const restarted = await bot({ STATE_DIR: stateDir });
    await send(restarted, event, { retryNum: 1, timestampSec: nowSec() + 1 });
    await outcome(restarted, 'duplicate');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    const health = await fetch(`http://127.0.0.1:${restarted.port}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, storeKind: 'files' });
  }, 60_000);
});

describe('many workspaces (OAuth)', () => {
  it('installs through Slack, answers the new workspace with its own token, and forgets it on uninstall', async () => {
    const url = await pg.freshDatabase();
    const b = await bot({
      DATABASE_URL: url,
      SLACK_BOT_TOKEN: '',
      SLACK_CLIENT_ID: '1234567890.1234567890',
      SLACK_CLIENT_SECRET: 'client-secret-0123',
      SLACK_STATE_SECRET: 'state-secret-0123456789abcdef',
    });
    const base = `http://127.0.0.1:${b.port}`;

    // The install page links to Slack's consent page with a signed state, also set as a cookie.
    const install = await fetch(`${base}/slack/install`);
    expect(install.status).toBe(200);
    const page = await install.text();
    const state = /state=([^"&]+)/.exec(page)?.[1];
    expect(state).toBeDefined();
    expect(page).toContain('client_id=1234567890.1234567890');
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0]!;

    // Slack sends the browser back with a code; Summit exchanges it (oauth.v2.access) and stores the installation.
    const back = await fetch(`${base}/slack/oauth_redirect?code=code1&state=${state}`, { headers: { cookie } });
    expect(back.status).toBe(200);
    const [exchange] = await fake.waitFor('oauth.v2.access');
    expect(exchange!.body.code).toBe('code1');
    const token = `xoxb-${FAKE_INSTALL.teamId}-code1`;
    const stored = await sql<{ install_key: string }>(url, 'SELECT install_key FROM installations');
    expect(stored.map((r) => r.install_key)).toEqual([FAKE_INSTALL.teamId]);

    // A mention from that workspace is answered with that workspace's token.
    const fromTeam = (event: Record<string, unknown>) => ({
      ...eventEnvelope(event),
      team_id: FAKE_INSTALL.teamId,
      authorizations: [
        { enterprise_id: null, team_id: FAKE_INSTALL.teamId, user_id: FAKE_INSTALL.botUserId, is_bot: true, is_enterprise_install: false },
      ],
    });
    await send(b, fromTeam(appMention('2022-06-15', { team: FAKE_INSTALL.teamId, text: `<@${FAKE_INSTALL.botUserId}> 2022-06-15` })));
    const [reply] = await fake.waitFor('chat.postMessage', 1, 15_000);
    expect(reply!.token).toBe(token);

    // And a /summit command from it is answered.
    await postSigned(
      b.eventsUrl,
      SIGNING_SECRET,
      formBody(slashCommand('2022-06-15', fake.responseUrl('team-cmd'), { team_id: FAKE_INSTALL.teamId })),
    );
    const [answer] = await fake.waitFor((c) => c.responseId === 'team-cmd', 1, 15_000);
    expect(JSON.stringify(answer!.body)).toContain('2022');

    // Uninstalling removes the workspace's tokens.
    await send(b, fromTeam({ type: 'app_uninstalled', event_ts: '1700000000.000300' }));
    await b.waitForLog((l) => String(l.msg).startsWith(`removed the installation of ${FAKE_INSTALL.teamId}`));
    expect(await sql(url, 'SELECT install_key FROM installations')).toEqual([]);
  }, 90_000);
});
