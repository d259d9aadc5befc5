/**
 * HTTP mode under hostile traffic, through the real bot process (`node scripts/start.js`) against the
 * fake Slack: what is refused before its body is read, the body limit, replays and timestamps ahead.
 */
import { MAX_BODY_BYTES } from '../../src/slack/http/request-limits';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { httpChunk, rawPost, within } from '../support/raw-http';
import { formBody, payloadBody, postCaptured, postSigned, signedHeaders } from '../support/signed-request';
import { buttonClick, directMessage, eventEnvelope, slashCommand } from '../support/slack-payloads';
import { SIGNING_SECRET } from '../support/summit-app';

const MiB = 1024 * 1024;
/** Well-formed, but not the signature of anything: what an attacker can always send. */
const FORGED_SIGNATURE = `v0=${'ab'.repeat(32)}`;
const nowSec = () => Math.floor(Date.now() / 1000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** JSON as Slack's Events API writes it: every non-ASCII character as a \u escape. */
function slackJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Block = { type: string; elements?: Array<{ action_id?: string; value?: string }> };
function button(body: Record<string, unknown>, actionId: string): { action_id: string; value: string } {
  const found = ((body.blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!found?.value) throw new Error(`no ${actionId} button`);
  return { action_id: actionId, value: found.value };
}

describe('HTTP mode under hostile traffic (the real bot process)', () => {
  let fake: FakeSlack;
  let bot: BotProcess;

  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBotProcess({ apiUrl: fake.apiUrl });
  }, 60_000);
  afterEach(() => fake.reset());
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  const refusals = (reason: string) => bot.logs.filter((l) => l.msg === 'slack request refused' && l.reason === reason);

  describe('before the body is read', () => {
    it('refuses a POST without both well-formed signature headers with 401 at once, and closes the connection', async () => {
      const variants: Array<Record<string, string>> = [
        {},
        { 'x-slack-request-timestamp': String(nowSec()) },
        { 'x-slack-signature': FORGED_SIGNATURE },
        { 'x-slack-signature': 'v0=deadbeef', 'x-slack-request-timestamp': String(nowSec()) },
        { 'x-slack-signature': FORGED_SIGNATURE, 'x-slack-request-timestamp': '1.7e9' },
      ];
      for (const headers of variants) {
        // 4 MB promised, 64 KB sent, the rest never: the answer must not wait for it.
        const req = rawPost(bot.eventsUrl, { 'content-type': 'application/json', 'content-length': String(4 * MiB), ...headers });
        await req.write(Buffer.alloc(64 * 1024, 'a'));
        expect(await within(req.status, 3000, `401 for ${JSON.stringify(headers)}`)).toBe(401);
        await within(req.closed, 3000, 'the connection closed');
      }
      // A chunked body without headers is refused the same way.
      const chunked = rawPost(bot.eventsUrl, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      await chunked.write(httpChunk(Buffer.alloc(64 * 1024, 'a')));
      expect(await within(chunked.status, 3000, 'the 401 of a chunked body')).toBe(401);
    });

    it('refuses a signed request whose Content-Length is over the limit with 413, reading none of it', async () => {
      const body = formBody(slashCommand(`list ${'x'.repeat(MAX_BODY_BYTES)}`, fake.responseUrl('oversized')));
      const req = rawPost(bot.eventsUrl, { ...signedHeaders(SIGNING_SECRET, body), 'content-length': String(Buffer.byteLength(body)) });
      expect(await within(req.status, 3000, 'the 413')).toBe(413);
      expect(req.bodyBytesWritten()).toBe(0);
      await within(req.closed, 3000, 'the connection closed');
      await sleep(200);
      expect(fake.responses('oversized')).toHaveLength(0);
    });

    it('stops reading a chunked body at the limit and answers 413 without waiting for its end', async () => {
      const req = rawPost(bot.eventsUrl, {
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
        'x-slack-signature': FORGED_SIGNATURE,
        'x-slack-request-timestamp': String(nowSec()),
      });
      const chunk = httpChunk(Buffer.alloc(64 * 1024, 'a'));
      // Past the limit, then silence: the body never ends.
      while (req.bodyBytesWritten() < MAX_BODY_BYTES + 256 * 1024 && (await req.write(chunk)));
      expect(await within(req.status, 3000, 'the 413')).toBe(413);
      await within(req.closed, 3000, 'the connection closed');
    });
  });

  describe('replays and timestamps', () => {
    it('refuses a captured /summit sent again with 401, logs one line without its content, and answers once', async () => {
      const body = formBody(slashCommand('2022-06-15 replayed question', fake.responseUrl('replayed')));
      const captured = signedHeaders(SIGNING_SECRET, body);
      expect((await postCaptured(bot.eventsUrl, body, captured)).status).toBe(200);
      await fake.waitFor((c) => c.responseId === 'replayed');
      for (let i = 0; i < 2; i++) expect((await postCaptured(bot.eventsUrl, body, captured)).status).toBe(401);
      await sleep(300);
      expect(fake.responses('replayed')).toHaveLength(1);
      const lines = refusals('replay');
      expect(lines).toHaveLength(2);
      expect(JSON.stringify(lines)).not.toMatch(/replayed|2022-06-15|response|x-slack/i);
    });

    it('refuses a captured Share click sent again: the answer is posted in the channel once', async () => {
      await postSigned(bot.eventsUrl, SIGNING_SECRET, formBody(slashCommand('2022-12-30', fake.responseUrl('to-share'))));
      const [answer] = await fake.waitFor((c) => c.responseId === 'to-share');
      const body = payloadBody(buttonClick(button(answer!.body, 'summit_share'), fake.responseUrl('shared')));
      const captured = signedHeaders(SIGNING_SECRET, body);
      expect((await postCaptured(bot.eventsUrl, body, captured)).status).toBe(200);
      await fake.waitFor('chat.postMessage');
      for (let i = 0; i < 2; i++) expect((await postCaptured(bot.eventsUrl, body, captured)).status).toBe(401);
      await sleep(300);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    });

    it('refuses a correctly signed request stamped more than five minutes ahead', async () => {
      for (const [ahead, id] of [
        [6 * 60, 'ahead-6min'],
        [3600, 'ahead-1h'],
        [10 * 365 * 86400, 'ahead-10y'],
      ] as const) {
        const res = await postSigned(bot.eventsUrl, SIGNING_SECRET, formBody(slashCommand('list', fake.responseUrl(id))), {
          timestampSec: nowSec() + ahead,
        });
        expect(res.status).toBe(401);
      }
      await sleep(300);
      expect(fake.responses()).toHaveLength(0);
      expect(refusals('future').length).toBeGreaterThanOrEqual(3);
    });

    it('still answers a request stamped a little ahead (Slack clock skew), and Slack retries signed anew', async () => {
      const res = await postSigned(bot.eventsUrl, SIGNING_SECRET, formBody(slashCommand('list', fake.responseUrl('skewed'))), {
        timestampSec: nowSec() + 4 * 60,
      });
      expect(res.status).toBe(200);
      await fake.waitFor((c) => c.responseId === 'skewed');
      // The same event delivered again with a new signature (Slack's retry) is deduplicated, not refused.
      const envelope = JSON.stringify(eventEnvelope(directMessage('2022-06-15'), 'EvRETRIED0001'));
      expect((await postSigned(bot.eventsUrl, SIGNING_SECRET, envelope, { timestampSec: nowSec() - 4 })).status).toBe(200);
      expect((await postSigned(bot.eventsUrl, SIGNING_SECRET, envelope, { timestampSec: nowSec(), retryNum: 1 })).status).toBe(200);
      await fake.waitFor('chat.postMessage');
      await sleep(300);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    });
  });

  describe('what Slack sends still works', () => {
    it('answers a real /summit', async () => {
      const res = await postSigned(bot.eventsUrl, SIGNING_SECRET, formBody(slashCommand('2022-06-15', fake.responseUrl('real'))));
      expect(res.status).toBe(200);
      const [reply] = await fake.waitFor((c) => c.responseId === 'real');
      expect(JSON.stringify(reply!.body.blocks)).toContain('15 June 2022');
    });

    it("accepts Slack's largest payloads: a 40,000-character DM with its rich_text copy, a click on a 50-block message", async () => {
      const text = '中'.repeat(40_000);
      const dm = directMessage(text, {
        blocks: [{ type: 'rich_text', block_id: 'r1', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }],
      });
      const eventBody = slackJson(eventEnvelope(dm));
      expect(eventBody.length).toBeGreaterThan(450_000);
      expect((await postSigned(bot.eventsUrl, SIGNING_SECRET, eventBody)).status).toBe(200);
      await fake.waitFor('chat.postMessage', 1, 10_000);

      await postSigned(bot.eventsUrl, SIGNING_SECRET, formBody(slashCommand('2022-12-30', fake.responseUrl('big-source'))));
      const [answer] = await fake.waitFor((c) => c.responseId === 'big-source');
      const click = buttonClick(button(answer!.body, 'summit_more'), fake.responseUrl('big-click'));
      const blocks = Array.from({ length: 50 }, (_, i) => ({
        type: 'section',
        block_id: `s${i}`,
        text: { type: 'mrkdwn', text: 'Путин и Си Цзиньпин '.repeat(13) },
      }));
      const body = new URLSearchParams({
        payload: slackJson({
          ...click,
          message: { type: 'message', ts: '1700000000.000900', bot_id: 'BBOTSUMMIT', text: 'answer', blocks },
        }),
      }).toString();
      expect(body.length).toBeGreaterThan(90_000);
      expect((await postSigned(bot.eventsUrl, SIGNING_SECRET, body)).status).toBe(200);
      await fake.waitFor((c) => c.responseId === 'big-click');
    });

    it("answers Slack's unsigned ssl_check, and url_verification", async () => {
      const ssl = await fetch(bot.eventsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'ssl_check=1&token=xyzz0WbapA4vBCDEFasx0q6G',
      });
      expect(ssl.status).toBe(200);
      const verification = await postSigned(
        bot.eventsUrl,
        SIGNING_SECRET,
        JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 't' }),
      );
      expect(await verification.json()).toEqual({ challenge: 'c-123' });
    });
  });
});
