/** auth.test at start, against the fake Slack: refusals are final, Slack out of reach is retried. */
import { createServer, type Socket } from 'node:net';
import { checkBotToken } from '../../src/startup/check-bot-token';
import { FAKE_BOT, startFakeSlack, type FakeSlack } from '../support/fake-slack';

const TOKEN = 'xoxb-fake-2';

describe('checkBotToken', () => {
  let fake: FakeSlack;
  let waits: number[];
  const sleep = async (ms: number) => void waits.push(ms);
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  beforeEach(() => {
    waits = [];
    fake.reset();
  });
  afterAll(() => fake.close());

  it('answers who the bot is, from one auth.test made with the token', async () => {
    expect(await checkBotToken({ token: TOKEN, slackApiUrl: fake.apiUrl, sleep })).toEqual({
      identity: { botId: FAKE_BOT.botId, botUserId: FAKE_BOT.userId },
    });
    expect(fake.callsTo('auth.test').map((c) => c.token)).toEqual([TOKEN]);
  });

  it.each([
    ['invalid_auth', 'Slack does not know this token'],
    ['not_authed', 'no token reached Slack'],
    ['token_revoked', 'Reinstall the app'],
    ['token_expired', 'token rotation'],
    ['account_inactive', 'deactivated'],
    ['team_access_not_granted', 'Check the app at https://api.slack.com/apps'],
  ])('a refusal (%s) is final: no second try, and says what to do', async (code, advice) => {
    fake.failNext('auth.test', code);
    const { problem } = await checkBotToken({ token: TOKEN, slackApiUrl: fake.apiUrl, sleep });
    expect(problem).toMatch(new RegExp(`^SLACK_BOT_TOKEN: Slack refused the bot token \\(auth\\.test answered "${code}"\\): `));
    expect(problem).toContain(advice);
    expect(problem).not.toContain(TOKEN);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("an error on Slack's side, or a rate limit, is tried again", async () => {
    fake.failNext('auth.test', { status: 503 });
    fake.rateLimitNext('auth.test', 2);
    const result = await checkBotToken({ token: TOKEN, slackApiUrl: fake.apiUrl, sleep });
    expect(result.identity).toBeDefined();
    expect(waits).toEqual([1000, 2000]); // then Retry-After: 2
    expect(fake.callsTo('auth.test')).toHaveLength(3);
  });

  it('Slack out of reach: three tries, then the URL, the cause and what to check', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    await new Promise<void>((r) => server.close(() => r()));
    const { problem } = await checkBotToken({ token: TOKEN, slackApiUrl: `http://127.0.0.1:${port}/api/`, sleep });
    expect(problem).toMatch(
      new RegExp(
        `^SLACK_API_URL: http://127\\.0\\.0\\.1:${port}/api/ could not be reached in 3 tries \\(last: .+\\), so SLACK_BOT_TOKEN could not be checked\\. Check the network, DNS or proxy, or SLACK_API_URL, then start again\\.$`,
      ),
    );
    expect(waits).toEqual([1000, 2000]);
  });

  it('a Slack that never answers is given up on after the time limit', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket)); // accepts, never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as { port: number };
    try {
      const { problem } = await checkBotToken({
        token: TOKEN,
        slackApiUrl: `http://127.0.0.1:${port}/api/`,
        sleep,
        attempts: 1,
        timeoutMs: 200,
      });
      expect(problem).toContain('could not be reached in 1 try (last: no answer within 0.2 s)');
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('SLACK_API_URL that is not the Web API (HTTP 404) is named, not retried', async () => {
    const { problem } = await checkBotToken({ token: TOKEN, slackApiUrl: fake.url, sleep });
    expect(problem).toBe(
      `SLACK_API_URL: ${fake.url}auth.test answered HTTP 404, not Slack's answer, so the bot token cannot be checked. Is it the Web API's base URL (such as https://slack.com/api/)? Leave it empty for Slack's own.`,
    );
    expect(waits).toEqual([]);
  });
});
