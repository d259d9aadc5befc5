/**
 * Socket Mode at LOG_LEVEL=trace, end to end on loopback: Summit's Bolt app with the receiver config
 * picks, its Socket Mode client connecting to a fake WebSocket endpoint, envelopes delivered and acked.
 * Every line logged is searched for the tokens, the ticket and what people asked.
 */
import type { App, SocketModeReceiver } from '@slack/bolt';
import { openArchive } from '../../src/search/archive';
import { createLogger } from '../../src/logger';
import { createSlackApp } from '../../src/slack/create-slack-app';
import { WITHHELD } from '../../src/slack/library-log-lines';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { startFakeSocketMode, type FakeSocketMode } from '../support/fake-socket-mode';
import { appMention, buttonClick, eventEnvelope, slashCommand } from '../support/slack-payloads';
import { BOT_TOKEN, testConfig } from '../support/summit-app';

const APP_TOKEN = 'xapp-1-fake-4';
const TICKET_MARKER = 'Tmk7badger-ticket';
const QUESTION_MARKER = 'Qmk7walrus';
const RESPONSE_MARKER = 'Rmk7falcon';
const MENTION_MARKER = 'Mmk7beaver';

type Block = { elements?: Array<{ action_id?: string; value?: string }> };

describe('logs at trace in Socket Mode', () => {
  let fake: FakeSlack;
  let socketMode: FakeSocketMode;
  let app: App;
  const lines: string[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack();
    socketMode = await startFakeSocketMode();
    fake.setReply('apps.connections.open', { url: socketMode.url(TICKET_MARKER) });
    const config = testConfig(fake, { mode: 'socket', appToken: APP_TOKEN, signingSecret: undefined, logLevel: 'trace' });
    const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
    app = createSlackApp({ config, archive: openArchive('index'), logger, retryConfig: { retries: 0 } });
    await app.start();
  });
  afterAll(async () => {
    // Stopping sends the close frame; the client is done once the handshake completes.
    const client = (app as unknown as { receiver: SocketModeReceiver }).receiver.client;
    const disconnected = new Promise((resolve) => client.once('disconnected', resolve));
    await app?.stop();
    await disconnected;
    await socketMode?.close();
    await fake?.close();
  });

  it('never write a token, the ticket, a question, a response_url or a verification token', async () => {
    socketMode.send({
      envelope_id: 'env-cmd-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: slashCommand(`what did Xi say about ${QUESTION_MARKER}?`, fake.responseUrl(RESPONSE_MARKER)),
    });
    await socketMode.waitForAck('env-cmd-1');
    const [answer] = await fake.waitFor((c) => c.responseId === RESPONSE_MARKER);
    const share = ((answer!.body.blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'summit_share');
    socketMode.send({
      envelope_id: 'env-click-1',
      type: 'interactive',
      accepts_response_payload: false,
      payload: buttonClick({ action_id: 'summit_share', value: share!.value! }, fake.responseUrl(`${RESPONSE_MARKER}-2`)),
    });
    socketMode.send({
      envelope_id: 'env-event-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: eventEnvelope(appMention(`2022-06-15 ${MENTION_MARKER}`)),
    });
    await socketMode.waitForAck('env-click-1');
    await socketMode.waitForAck('env-event-1');
    await fake.waitFor('chat.postMessage', 2);
    await new Promise((r) => setTimeout(r, 100));

    const output = lines.join('');
    for (const secret of [
      APP_TOKEN,
      'xapp-',
      BOT_TOKEN,
      'xoxb-',
      TICKET_MARKER,
      'ws://',
      'deprecated-verification-token',
      QUESTION_MARKER,
      RESPONSE_MARKER,
      MENTION_MARKER,
      '/response/',
      'Xi–Putin',
    ]) {
      expect({ secret, found: output.includes(secret) }).toEqual({ secret, found: false });
    }

    // The Socket Mode client's own lines went through the adapter: ids and sizes of each envelope.
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const envelopes = logged.filter((l) => l.msg === 'Received a message on the WebSocket');
    expect(envelopes.map((l) => l.envelopeId)).toEqual(expect.arrayContaining(['env-cmd-1', 'env-click-1', 'env-event-1']));
    expect(envelopes.every((l) => typeof l.chars === 'number' && l.component === 'bolt')).toBe(true);
    expect(logged.some((l) => l.msg === 'Sending a WebSocket message' && l.envelopeId === 'env-cmd-1')).toBe(true);
    expect(logged.some((l) => l.msg === "apiCall('apps.connections.open') start")).toBe(true);
    expect(logged.filter((l) => l.msg === 'slack request').length).toBeGreaterThanOrEqual(3);
    // Every line the libraries wrote here is one the adapter knows (a new one is withheld: add it).
    expect(logged.filter((l) => l.msg === WITHHELD)).toEqual([]);
  });
});
