import { WebClient, ErrorCode, type WebAPIPlatformError } from '@slack/web-api';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';

describe('fake Slack Web API', () => {
  let fake: FakeSlack;
  let client: WebClient;
  beforeAll(async () => {
    fake = await startFakeSlack();
    client = new WebClient('xoxb-fake-1', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 20 } });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('records a post with its blocks parsed and the token used', async () => {
    const res = await client.chat.postMessage({
      channel: 'C1',
      text: 'hi',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }],
    });
    expect(res.ok).toBe(true);
    expect(res.ts).toMatch(/^\d+\.\d+$/);
    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.body).toMatchObject({ channel: 'C1', text: 'hi', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }] });
    expect(call?.token).toBe('xoxb-fake-1');
  });

  it('fails a method with a scripted Slack error', async () => {
    fake.failNext('chat.postMessage', 'not_in_channel');
    const err = (await client.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e)) as WebAPIPlatformError;
    expect(err.code).toBe(ErrorCode.PlatformError);
    expect(err.data.error).toBe('not_in_channel');
    await expect(client.chat.postMessage({ channel: 'C1', text: 'y' })).resolves.toMatchObject({ ok: true });
  });

  it('rate-limits with Retry-After, and the client waits and retries', async () => {
    fake.rateLimitNext('chat.postMessage', 1);
    const started = Date.now();
    await expect(client.chat.postMessage({ channel: 'C1', text: 'z' })).resolves.toMatchObject({ ok: true });
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('accepts JSON posts to a response_url and can be awaited', async () => {
    const waiting = fake.waitFor('response_url');
    await fetch(fake.responseUrl('abc'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'answer', response_type: 'ephemeral' }),
    });
    const [call] = await waiting;
    expect(call).toMatchObject({ responseId: 'abc', body: { text: 'answer', response_type: 'ephemeral' } });
    expect(fake.responses('abc')).toHaveLength(1);
  });
});
