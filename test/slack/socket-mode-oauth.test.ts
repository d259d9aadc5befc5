/**
 * Socket Mode with Slack's install flow (SLACK_CLIENT_ID …), in-process on loopback: Bolt's install
 * server answers /slack/install and /slack/oauth_redirect (and /healthz) on PORT, the installation is
 * stored, and a mention from that workspace, delivered over the socket, is answered with its own token.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { App, SocketModeReceiver } from '@slack/bolt';
import { openArchive } from '../../src/search/archive';
import { createLogger } from '../../src/logger';
import { createSlackApp } from '../../src/slack/create-slack-app';
import { openFilesStore } from '../../src/state/files-store';
import type { StateStore } from '../../src/state/store';
import { startProblem } from '../../src/startup/start-problem';
import { freePort } from '../support/bot-process';
import { FAKE_INSTALL, startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { startFakeSocketMode, type FakeSocketMode } from '../support/fake-socket-mode';
import { appMention, eventEnvelope } from '../support/slack-payloads';
import { testConfig } from '../support/summit-app';

const APP_TOKEN = 'xapp-1-fake-5';
const OAUTH = { clientId: '1234567890.1234567890', clientSecret: 'client-secret-0123', stateSecret: 'state-secret-0123456789abcdef' };

describe('Socket Mode with OAuth: the install pages on PORT', () => {
  let fake: FakeSlack;
  let socketMode: FakeSocketMode;
  let store: StateStore;
  let app: App;
  let port: number;

  beforeAll(async () => {
    fake = await startFakeSlack();
    socketMode = await startFakeSocketMode();
    fake.setReply('apps.connections.open', { url: socketMode.url('ticket-oauth') });
    port = await freePort();
    store = openFilesStore(fs.mkdtempSync(path.join(os.tmpdir(), 'summit-sm-oauth-')));
    const config = testConfig(fake, {
      mode: 'socket',
      appToken: APP_TOKEN,
      botToken: undefined,
      signingSecret: undefined,
      port,
      oauth: OAUTH,
      logLevel: 'warn',
    });
    app = createSlackApp({
      config,
      archive: openArchive('index'),
      logger: createLogger('warn', { write: () => undefined }),
      retryConfig: { retries: 0 },
      store,
    });
    await app.start();
    await socketMode.connected;
  });
  afterAll(async () => {
    const client = (app as unknown as { receiver: SocketModeReceiver }).receiver.client;
    const disconnected = new Promise((resolve) => client.once('disconnected', resolve));
    await app?.stop();
    await disconnected;
    await socketMode?.close();
    await fake?.close();
    await store?.close();
  });

  it('serves the install flow on loopback, stores the installation, and answers that workspace with its token', async () => {
    const base = `http://127.0.0.1:${port}`;
    const install = await fetch(`${base}/slack/install`);
    expect(install.status).toBe(200);
    const page = await install.text();
    const state = /state=([^"&]+)/.exec(page)?.[1];
    expect(state).toBeDefined();
    expect(page).toContain(`client_id=${OAUTH.clientId}`);
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0]!;

    const back = await fetch(`${base}/slack/oauth_redirect?code=code7&state=${state}`, { headers: { cookie } });
    expect(back.status).toBe(200);
    const [exchange] = await fake.waitFor('oauth.v2.access');
    expect(exchange!.body.code).toBe('code7');
    expect(await store.installations.teams()).toEqual([FAKE_INSTALL.teamId]);

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);

    socketMode.send({
      envelope_id: 'env-oauth-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: {
        ...eventEnvelope(appMention('2022-06-15', { team: FAKE_INSTALL.teamId, text: `<@${FAKE_INSTALL.botUserId}> 2022-06-15` })),
        team_id: FAKE_INSTALL.teamId,
        authorizations: [
          {
            enterprise_id: null,
            team_id: FAKE_INSTALL.teamId,
            user_id: FAKE_INSTALL.botUserId,
            is_bot: true,
            is_enterprise_install: false,
          },
        ],
      },
    });
    await socketMode.waitForAck('env-oauth-1');
    const [reply] = await fake.waitFor('chat.postMessage', 1, 15_000);
    expect(reply!.token).toBe(`xoxb-${FAKE_INSTALL.teamId}-code7`);
  });

  it('a PORT in use fails the start with what to do, instead of an uncaught error', async () => {
    const config = testConfig(fake, {
      mode: 'socket',
      appToken: APP_TOKEN,
      botToken: undefined,
      signingSecret: undefined,
      port,
      oauth: OAUTH,
    });
    const second = createSlackApp({
      config,
      archive: openArchive('index'),
      logger: createLogger('warn', { write: () => undefined }),
      retryConfig: { retries: 0 },
      store,
    });
    const error = await second.start().then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
    expect(startProblem(error, config)).toMatch(new RegExp(`port ${port} is in use`));
  });
});
