/** Socket Mode wiring at the app level: the receiver config picks, fed an event without a network. */
import { SocketModeReceiver } from '@slack/bolt';
import { openArchive } from '../../src/search/archive';
import { createLogger } from '../../src/logger';
import { createSlackApp } from '../../src/slack/create-slack-app';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { appMention, CHANNEL, eventEnvelope } from '../support/slack-payloads';
import { testConfig } from '../support/summit-app';

describe('Socket Mode', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(() => fake.close());

  it('uses a SocketModeReceiver with the app token, and every Web API call goes to SLACK_API_URL', async () => {
    const config = testConfig(fake, { mode: 'socket', appToken: 'xapp-fake-3', signingSecret: undefined });
    const app = createSlackApp({ config, archive: openArchive('index'), logger: createLogger('silent'), retryConfig: { retries: 0 } });
    const receiver = (app as unknown as { receiver: unknown }).receiver;
    expect(receiver).toBeInstanceOf(SocketModeReceiver);
    const socket = (receiver as SocketModeReceiver).client as unknown as {
      webClient: { apps: { connections: { open(args: object): Promise<unknown> } } };
      emit: (e: string, a: unknown) => boolean;
    };
    // The call that opens the WebSocket goes to the fake with the app token (not the bot token).
    await socket.webClient.apps.connections.open({});
    const [open] = await fake.waitFor('apps.connections.open');
    expect(open!.token).toBe(config.appToken);
    expect(app.client.slackApiUrl).toBe(fake.apiUrl);

    // What the Socket Mode client emits for an Events API envelope arriving over the WebSocket.
    const acks: unknown[] = [];
    const mention = appMention('2022-12-30');
    socket.emit('slack_event', {
      ack: async (res?: unknown) => void acks.push(res ?? 'acked'),
      envelope_id: 'env-1',
      body: eventEnvelope(mention),
      retry_num: undefined,
      retry_reason: undefined,
    });
    const [post] = await fake.waitFor('chat.postMessage');
    expect(acks).toHaveLength(1);
    expect(post!.body).toMatchObject({ channel: CHANNEL, thread_ts: mention.ts });
    expect(JSON.stringify(post!.body.blocks)).toContain('30 December 2022 · video call');
  });

  it('refuses to build a receiver without a Slack mode', () => {
    expect(() =>
      createSlackApp({
        config: testConfig(fake, { mode: 'shell', signingSecret: undefined }),
        archive: openArchive('index'),
        logger: createLogger('silent'),
      }),
    ).toThrow(/SLACK_APP_TOKEN/);
  });
});
