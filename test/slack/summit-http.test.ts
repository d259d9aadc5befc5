/**
 * The real Bolt app over HTTP on loopback: signed requests in, a fake Slack Web API recording what
 * the bot sent. Assertions are about what the person would see.
 */
import { openArchive, type Archive } from '../../src/search/archive';
import { startFakeSlack, FAKE_BOT, type FakeSlack, type RecordedCall } from '../support/fake-slack';
import { formBody, payloadBody, postSigned } from '../support/signed-request';
import { appMention, buttonClick, CHANNEL, directMessage, DM_CHANNEL, eventEnvelope, slashCommand, USER } from '../support/slack-payloads';
import { SIGNING_SECRET, startSummitApp, type RunningSummit } from '../support/summit-app';
import { buttons, visibleText, type Block } from '../support/slack-reading';

const NOW = new Date('2023-06-15T10:00:00Z');

describe('Summit in Slack over HTTP', () => {
  let fake: FakeSlack;
  let archive: Archive;
  let summit: RunningSummit;
  const subscriptionCalls: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack();
    archive = openArchive('index');
    summit = await startSummitApp({
      fake,
      archive,
      now: () => NOW,
      subscriptionCommand: (args) => {
        subscriptionCalls.push(args);
        if (args.action === 'unsubscribe') throw new Error('ledger exploded');
        return { text: `Subscribed <#${args.channelId}> for <@${args.userId}>` };
      },
    });
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await summit.stop();
    await fake.close();
  });

  /** `/summit <text>`: the HTTP reply (the ack) and the answer posted to the response_url. */
  async function command(text: string, id: string): Promise<{ status: number; ackBody: string; reply: RecordedCall }> {
    const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, formBody(slashCommand(text, fake.responseUrl(id))));
    const ackBody = await res.text();
    const [reply] = await fake.waitFor((c) => c.method === 'response_url' && c.responseId === id);
    return { status: res.status, ackBody, reply: reply! };
  }

  async function event(envelope: Record<string, unknown>, retryNum?: number): Promise<number> {
    // Slack signs each delivery anew: a retry leaves seconds later, with its own timestamp and signature.
    const timestampSec = Math.floor(Date.now() / 1000) + (retryNum ?? 0);
    const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, JSON.stringify(envelope), { retryNum, timestampSec });
    await res.text();
    return res.status;
  }

  describe('/summit', () => {
    it('acks with an empty 200, then answers a date ephemerally: header, cited excerpts, More and Share', async () => {
      const { status, ackBody, reply } = await command('2022-06-15', 'date');
      expect(status).toBe(200);
      expect(ackBody).toBe('');
      expect(reply.body.response_type).toBe('ephemeral');
      expect(typeof reply.body.text).toBe('string');
      expect((reply.body.text as string).length).toBeGreaterThan(0);
      const seen = visibleText(reply.body);
      expect(seen).toContain('You asked: /summit 2022-06-15');
      expect(seen).toMatch(/15 June 2022 · phone call · 2 articles/);
      expect(seen).toMatch(/published 2022-06-1\d · summit 2022-06-15 · ¶ \d+/);
      expect(seen).toMatch(/\*[A-Za-z’]+\*/); // matched words in bold
      expect(buttons(reply.body).map((b) => b.text)).toEqual(['More excerpts', 'Share in channel', 'Helpful', 'Not helpful']);
    });

    it('answers a question with three cited excerpts at first', async () => {
      const { reply } = await command('what did Putin say about military cooperation?', 'question');
      const sections = (reply.body.blocks as Block[]).filter((b) => b.type === 'section');
      expect(sections).toHaveLength(3);
      expect(visibleText(reply.body)).toContain('¶');
      expect(visibleText(reply.body)).toMatch(/\*military\*|\*cooperation\*/i);
    });

    it('says there was no summit on a day without one and offers the nearest as buttons', async () => {
      const { reply } = await command('June 14, 2022', 'nearest');
      expect(visibleText(reply.body)).toContain('No Xi–Putin summit on *14 June 2022*');
      expect(visibleText(reply.body)).toContain('15 June 2022 (1 day after): phone call');
      expect(visibleText(reply.body)).toContain('15 December 2021 (181 days before): video call');
      const nearest = buttons(reply.body).filter((b) => b.action_id.startsWith('summit_nearest_'));
      expect(nearest.map((b) => b.text)).toContain('15 June 2022 · phone call');
    });

    it('lists the timeline, and gives usage for help and a bare /summit', async () => {
      const list = await command('list', 'list');
      expect(visibleText(list.reply.body)).toMatch(/15 December 2021[\s\S]*15 June 2022[\s\S]*30 December 2022/);
      for (const [text, id] of [
        ['help', 'help'],
        ['', 'bare'],
      ] as const) {
        const { reply } = await command(text, id);
        expect(visibleText(reply.body)).toContain('/summit 2022-06-15');
        expect(visibleText(reply.body)).toContain('/summit on this date [MM-DD]');
      }
    });

    it('answers "on this date" for today in DAILY_TZ (injected clock) and for a given day', async () => {
      const today = await command('on this date', 'otd');
      expect(visibleText(today.reply.body)).toContain('On this date, 15 June');
      expect(visibleText(today.reply.body)).toContain('1 year ago');
      const given = await command('on this date 12-30', 'otd2');
      expect(visibleText(given.reply.body)).toContain('On this date, 30 December');
    });

    it('routes subscribe to the daily module with the channel and user', async () => {
      const { reply } = await command('subscribe', 'sub');
      expect(subscriptionCalls).toContainEqual({ action: 'subscribe', channelId: CHANNEL, userId: USER });
      expect(reply.body.text).toBe(`Subscribed <#${CHANNEL}> for <@${USER}>`);
    });

    it('escapes what was typed: no channel ping, mention or link can be smuggled', async () => {
      // As Slack sends it: typed & < > arrive escaped, a real @channel as <!channel>.
      const { reply } = await command('<!channel> <@U999|bob> <https://evil.example|click> &amp; &lt;b&gt;', 'escape');
      const seen = `${visibleText(reply.body)}\n${String(reply.body.text)}`;
      for (const smuggled of ['<!channel>', '<!here>', '<@U999', '<https://evil', '<b>']) expect(seen).not.toContain(smuggled);
      expect(seen).toContain('You asked: /summit @channel @bob click &amp; &lt;b&gt;');
    });

    it('apologises when a handler throws, logs the stack, and keeps serving', async () => {
      const { reply } = await command('unsubscribe', 'boom');
      expect(reply.body.text).toMatch(/^Sorry, something went wrong/);
      const failure = summit.logs.find((l) => l.msg === 'the /summit handler failed');
      expect((failure?.err as { stack?: string } | undefined)?.stack).toContain('ledger exploded');
      const after = await command('list', 'after-boom');
      expect(visibleText(after.reply.body)).toContain('Xi–Putin summits in the archive');
    });
  });

  describe('buttons', () => {
    it('"More excerpts" shows the next page ephemerally', async () => {
      const first = await command('2022-06-15', 'page1');
      const more = buttons(first.reply.body).find((b) => b.action_id === 'summit_more')!;
      await postSigned(summit.eventsUrl, SIGNING_SECRET, payloadBody(buttonClick(more, fake.responseUrl('page2'))));
      const [page2] = await fake.waitFor((c) => c.responseId === 'page2');
      expect(page2!.body.response_type).toBe('ephemeral');
      expect(visibleText(page2!.body)).toMatch(/Showing 4–6 of \d+ excerpts/);
    });

    it('"More statements" pages through all of a speaker\'s statements, each page new, until none is left', async () => {
      const first = await command('quotes Xi', 'quotes1');
      const total = Number(/\((\d+) statements\)/.exec(visibleText(first.reply.body))![1]);
      expect(total).toBeGreaterThan(6);
      expect(visibleText(first.reply.body)).toContain(`Showing 1–3 of ${total} statements.`);
      const seen = new Set<string>();
      const statementsOf = (body: Record<string, unknown>) =>
        ((body.blocks ?? []) as Block[])
          .filter((b) => b.type === 'section' && !(b.text?.text ?? '').startsWith('*Statements by'))
          .map((b) => b.text!.text);
      let body = first.reply.body;
      for (let page = 1; ; page += 1) {
        for (const text of statementsOf(body)) {
          expect(seen.has(text)).toBe(false);
          seen.add(text);
        }
        const more = buttons(body).find((b) => b.action_id === 'summit_more');
        if (!more) break;
        expect(more.text).toBe('More statements');
        await postSigned(summit.eventsUrl, SIGNING_SECRET, payloadBody(buttonClick(more, fake.responseUrl(`quotes-more${page}`))));
        const [next] = await fake.waitFor((c) => c.responseId === `quotes-more${page}`);
        body = next!.body;
        if (page === 1) expect(visibleText(body)).toContain(`Showing 4–6 of ${total} statements.`);
      }
      expect(seen.size).toBe(total);
      const all = [...seen].join('\n');
      expect(all).toMatch(/\(reported\)/);
      expect(all).toContain('— as relayed by Yuri Ushakov');
      expect(all).toMatch(/\(said on another occasion: [^)]*Uzbekistan/);
    });

    it('the hint under "What each side said" leads to the statements it left out', async () => {
      const datePage = visibleText((await command('2022-06-15', 'sides1')).reply.body);
      const hint = /…and (\d+) more by Xi Jinping: `\/summit (quotes Xi Jinping 2022-06-15 from (\d+))`/.exec(datePage);
      expect(hint).not.toBeNull();
      const [, left, request, from] = hint!;
      const shown = datePage
        .split('\n')
        .filter((l) => l.startsWith('• *Xi Jinping*: '))
        .map((l) => l.slice('• *Xi Jinping*: '.length, l.lastIndexOf(' — _')));
      expect(shown).toHaveLength(Number(from) - 1);
      const rest = visibleText((await command(request!, 'sides2')).reply.body);
      expect(rest).toContain(
        `Showing ${from}–${Math.min(Number(from) + 2, Number(from) - 1 + Number(left))} of ${Number(from) - 1 + Number(left)} statements.`,
      );
      for (const words of shown) expect(rest).not.toContain(words.slice(0, 40));
    });

    it('a nearest-summit button answers that day', async () => {
      const first = await command('2022-06-14', 'near1');
      const near = buttons(first.reply.body).find((b) => b.text.startsWith('15 June 2022'))!;
      await postSigned(summit.eventsUrl, SIGNING_SECRET, payloadBody(buttonClick(near, fake.responseUrl('near2'))));
      const [answer] = await fake.waitFor((c) => c.responseId === 'near2');
      expect(visibleText(answer!.body)).toContain('15 June 2022 · phone call');
    });

    it('"Share in channel" posts the same answer publicly, saying who shared it', async () => {
      const first = await command('2022-12-30', 'share1');
      const share = buttons(first.reply.body).find((b) => b.action_id === 'summit_share')!;
      await postSigned(summit.eventsUrl, SIGNING_SECRET, payloadBody(buttonClick(share, fake.responseUrl('share2'))));
      const [post] = await fake.waitFor('chat.postMessage');
      expect(post!.body.channel).toBe(CHANNEL);
      expect(post!.body.text).toMatch(new RegExp(`^Shared by <@${USER}>`));
      expect(visibleText(post!.body)).toContain(`Shared by <@${USER}>, who asked: /summit 2022-12-30`);
      expect(visibleText(post!.body)).toContain('30 December 2022 · video call');
      expect(buttons(post!.body).map((b) => b.text)).not.toContain('Share in channel');
    });

    it('shares through the response_url when the bot is not in the channel', async () => {
      const first = await command('2022-12-30', 'share3');
      const share = buttons(first.reply.body).find((b) => b.action_id === 'summit_share')!;
      fake.failNext('chat.postMessage', 'not_in_channel');
      await postSigned(summit.eventsUrl, SIGNING_SECRET, payloadBody(buttonClick(share, fake.responseUrl('share4'))));
      const [shared] = await fake.waitFor((c) => c.responseId === 'share4');
      expect(shared!.body.response_type).toBe('in_channel');
      expect(shared!.body.text).toMatch(/^Shared by/);
      expect(summit.logs.some((l) => l.method === 'chat.postMessage' && l.code === 'not_in_channel')).toBe(true);
    });
  });

  describe('mentions and DMs', () => {
    it('answers a mention in its thread', async () => {
      const mention = appMention('what did they say about the spring visit to Moscow?');
      expect(await event(eventEnvelope(mention))).toBe(200);
      const [post] = await fake.waitFor('chat.postMessage');
      expect(post!.body).toMatchObject({ channel: CHANNEL, thread_ts: mention.ts });
      expect(visibleText(post!.body)).toContain('¶');
      expect(buttons(post!.body).map((b) => b.text)).not.toContain('Share in channel');
    });

    it('answers a mention inside a thread in that thread', async () => {
      const mention = appMention('2022-06-15', { thread_ts: '1699999999.000001' });
      await event(eventEnvelope(mention));
      const [post] = await fake.waitFor('chat.postMessage');
      expect(post!.body.thread_ts).toBe('1699999999.000001');
      expect(visibleText(post!.body)).toContain('15 June 2022 · phone call');
    });

    it('gives a short usage hint for an empty mention', async () => {
      await event(eventEnvelope(appMention('')));
      const [post] = await fake.waitFor('chat.postMessage');
      expect(post!.body.text).toMatch(/^Ask me about a Xi–Putin call or meeting/);
    });

    it('answers a DM in the DM', async () => {
      await event(eventEnvelope(directMessage('2022-12-30')));
      const [post] = await fake.waitFor('chat.postMessage');
      expect(post!.body.channel).toBe(DM_CHANNEL);
      expect(post!.body.thread_ts).toBeUndefined();
      expect(visibleText(post!.body)).toContain('30 December 2022 · video call');
    });

    it('never answers a bot, itself, or a message subtype', async () => {
      await event(eventEnvelope(appMention('2022-06-15', { bot_id: 'BOTHER01' })));
      await event(eventEnvelope(directMessage('2022-06-15', { bot_id: FAKE_BOT.botId, user: FAKE_BOT.userId })));
      await event(eventEnvelope(directMessage('2022-06-15', { subtype: 'message_changed' })));
      await event(eventEnvelope(directMessage('2022-06-15', { bot_id: 'BOTHER01', subtype: 'bot_message' })));
      // A later real question is answered, and it is the only post.
      await event(eventEnvelope(directMessage('list')));
      await fake.waitFor('chat.postMessage');
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
      expect(visibleText(fake.callsTo('chat.postMessage')[0]!.body)).toContain('Xi–Putin summits in the archive');
    });

    it('answers an event once when Slack re-sends it (X-Slack-Retry-Num)', async () => {
      const envelope = eventEnvelope(appMention('2022-06-15'), 'EvRESENT0001');
      await event(envelope);
      await event(envelope, 1);
      await event(envelope, 2);
      await event(eventEnvelope(directMessage('list')));
      await fake.waitFor('chat.postMessage', 2);
      expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === CHANNEL)).toHaveLength(1);
      expect(summit.logs.filter((l) => l.outcome === 'duplicate')).toHaveLength(2);
    });
  });

  describe('Slack API failures', () => {
    it('refused blocks: the plain text is posted instead, and the code is logged', async () => {
      fake.failNext('chat.postMessage', 'invalid_blocks');
      await event(eventEnvelope(appMention('2022-06-15')));
      const [failed, plain] = await fake.waitFor('chat.postMessage', 2);
      expect(failed!.body.blocks).toBeDefined();
      expect(plain!.body.blocks).toBeUndefined();
      expect(plain!.body.text).toContain('15 June 2022');
      expect(summit.logs.some((l) => l.code === 'invalid_blocks')).toBe(true);
    });

    it('channel_not_found is logged with its code and the bot keeps answering', async () => {
      fake.failNext('chat.postMessage', 'channel_not_found');
      await event(eventEnvelope(appMention('2022-06-15')));
      await fake.waitFor('chat.postMessage');
      await event(eventEnvelope(directMessage('list')));
      await fake.waitFor('chat.postMessage', 2);
      expect(summit.logs.some((l) => l.code === 'channel_not_found' && l.method === 'chat.postMessage')).toBe(true);
    });

    it('a rate-limited post waits for Retry-After, then gets through', async () => {
      fake.rateLimitNext('chat.postMessage', 1);
      await event(eventEnvelope(directMessage('2022-06-15')));
      const [limited, retried] = await fake.waitFor('chat.postMessage', 2, 8000);
      expect(retried!.receivedAt - limited!.receivedAt).toBeGreaterThanOrEqual(900);
    });
  });

  describe('requests', () => {
    it('refuses a bad signature with 401 and runs nothing', async () => {
      const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, formBody(slashCommand('list', fake.responseUrl('forged'))), {
        signature: 'v0=deadbeef',
      });
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 100));
      expect(fake.responses('forged')).toHaveLength(0);
    });

    it('refuses a correctly signed request older than 5 minutes', async () => {
      const stale = Math.floor(Date.now() / 1000) - 6 * 60;
      const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, formBody(slashCommand('list', fake.responseUrl('stale'))), {
        timestampSec: stale,
      });
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 100));
      expect(fake.responses('stale')).toHaveLength(0);
    });

    it('answers url_verification', async () => {
      const res = await postSigned(
        summit.eventsUrl,
        SIGNING_SECRET,
        JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 't' }),
      );
      expect(await res.json()).toEqual({ challenge: 'c-123' });
    });

    it('logs one line per request with its latency, and never a token or the text asked', async () => {
      summit.logs.length = 0;
      await command('secret question about pipelines', 'logged');
      await new Promise((r) => setTimeout(r, 50));
      const lines = summit.logs.filter((l) => l.msg === 'slack request');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ request: { type: 'command', command: '/summit', user: USER }, outcome: 'answered' });
      expect(typeof lines[0]!.latencyMs).toBe('number');
      const all = JSON.stringify(summit.logs);
      expect(all).not.toContain('xoxb-');
      expect(all).not.toContain(SIGNING_SECRET);
      expect(all).not.toContain('secret question');
    });
  });
});
