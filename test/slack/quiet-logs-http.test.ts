/**
 * The real bot process in HTTP mode at LOG_LEVEL=trace: every line it writes (stdout and stderr) is
 * searched for the secrets and for what people asked. Library lines say sizes, ids and timings only.
 */
import { WITHHELD } from '../../src/slack/library-log-lines';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { rawPost, within } from '../support/raw-http';
import { formBody, payloadBody, postSigned } from '../support/signed-request';
import { appMention, buttonClick, eventEnvelope, slashCommand } from '../support/slack-payloads';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/summit-app';

const QUESTION_MARKER = 'Qmk7zebra';
const RESPONSE_MARKER = 'Rmk7heron';
const MENTION_MARKER = 'Mmk7otter';
/** Starts the body, where a JSON parser's error message quotes it. */
const MALFORMED_MARKER = 'Zmk7lynx';
const UNSIGNED_MARKER = 'Umk7crane';

type Block = { elements?: Array<{ action_id?: string; value?: string }> };

describe('logs at trace in HTTP mode (the real bot process)', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { LOG_LEVEL: 'trace' } });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('never write a secret, a token, a question, a response_url or a body', async () => {
    const responseUrl = fake.responseUrl(RESPONSE_MARKER);
    await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      formBody(slashCommand(`what did Putin say about ${QUESTION_MARKER} and pipelines?`, responseUrl)),
    );
    const [answer] = await fake.waitFor((c) => c.responseId === RESPONSE_MARKER);
    // The answer quotes the question; posting it in the channel sends it through the Web API client.
    const share = ((answer!.body.blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'summit_share');
    await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      payloadBody(buttonClick({ action_id: 'summit_share', value: share!.value! }, fake.responseUrl(`${RESPONSE_MARKER}-share`))),
    );
    await postSigned(bot.eventsUrl, SIGNING_SECRET, JSON.stringify(eventEnvelope(appMention(`2022-06-15 ${MENTION_MARKER}`))));
    await fake.waitFor('chat.postMessage', 2);

    const malformed = await postSigned(bot.eventsUrl, SIGNING_SECRET, `${MALFORMED_MARKER} is not JSON`, {
      contentType: 'application/json',
    });
    expect(malformed.status).toBe(400);
    const unsignedBody = `text=${UNSIGNED_MARKER}&token=xoxb-fake-u`;
    const unsigned = rawPost(bot.eventsUrl, {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(unsignedBody.length),
    });
    await unsigned.write(unsignedBody);
    expect(await within(unsigned.status, 3000, 'the 401')).toBe(401);
    await new Promise((r) => setTimeout(r, 300));

    const output = bot.output();
    for (const secret of [
      SIGNING_SECRET,
      BOT_TOKEN,
      'xoxb-',
      'deprecated-verification-token',
      QUESTION_MARKER,
      RESPONSE_MARKER,
      MENTION_MARKER,
      MALFORMED_MARKER,
      UNSIGNED_MARKER,
      '/response/',
      'Putin',
    ]) {
      expect({ secret, found: output.includes(secret) }).toEqual({ secret, found: false });
    }

    // Not silent: the libraries' own trace detail is there, as sizes and ids, and Summit's request lines.
    const bolt = bot.logs.filter((l) => l.component === 'bolt');
    expect(bolt.some((l) => l.msg === 'http request body' && typeof l.chars === 'number')).toBe(true);
    expect(bolt.some((l) => l.msg === "apiCall('chat.postMessage') start")).toBe(true);
    expect(bolt.some((l) => l.msg === 'Malformed request body')).toBe(true);
    expect(bolt.filter((l) => l.msg === WITHHELD)).toEqual([]);
    const requests = bot.logs.filter((l) => l.msg === 'slack request');
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(requests.every((l) => typeof l.latencyMs === 'number')).toBe(true);
    expect(bot.logs.filter((l) => l.msg === 'slack request refused' && l.reason === 'unsigned')).toHaveLength(1);
  });
});
