/**
 * Through the real bot process (`npm start` in HTTP mode) against the fake Slack, as a person uses it:
 * "more" typed in a conversation is told how to page an answer, `subscribe` in a DM subscribes
 * nothing and says where to type it, and "Check with Summit" leaves out links, mentions and emoji.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack';
import { formBody, payloadBody, signedSender } from '../support/signed-request';
import {
  appMention,
  assistantMessage,
  assistantThreadEvent,
  ASSISTANT_DM,
  CHANNEL,
  directMessage,
  DM_CHANNEL,
  eventEnvelope,
  messageShortcut,
  slashCommand,
} from '../support/slack-payloads';
import { shownText, visibleText } from '../support/slack-reading';
import { SIGNING_SECRET } from '../support/summit-app';

jest.setTimeout(60_000);

/** What a person reads in a message the bot posted. */
const read = (call: RecordedCall | undefined) => shownText(visibleText(call!.body));

describe('the bot process: "more" in conversations, subscribe in a DM, and what "Check with Summit" checks', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  const send = signedSender(() => bot.eventsUrl, SIGNING_SECRET);
  /** `/summit <text>` typed in `channel`: what the person reads in the reply. */
  const command = async (text: string, id: string, channel = CHANNEL) => {
    await send(formBody(slashCommand(text, fake.responseUrl(id), { channel_id: channel, channel_name: 'x' })));
    const [reply] = await fake.waitFor((c) => c.responseId === id, 1, 15_000);
    return read(reply);
  };
  /** The bot's next post in `channel` (and thread). */
  const posted = async (channel: string, threadTs?: string) => {
    const [post] = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === channel && (threadTs === undefined || c.body.thread_ts === threadTs),
      1,
      15_000,
    );
    return post!;
  };

  beforeAll(async () => {
    fake = await startFakeSlack();
    const stateDir = join(mkdtempSync(join(tmpdir(), 'summit-more-sub-check-')), 'state');
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { STATE_DIR: stateDir } });
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await bot?.stop();
    await fake.close();
  });

  describe('"more" typed in a conversation', () => {
    it.each(['more', 'More please', 'NEXT'])('a DM saying %p is told to click "More …" under the answer, not searched', async (typed) => {
      await send(JSON.stringify(eventEnvelope(directMessage(typed))));
      const text = read(await posted(DM_CHANNEL));
      expect(text).toContain('click the “More …” button under it');
      expect(text).not.toMatch(/excerpts? for|Nothing in the archive matches/i);
    });

    it('a mention in a thread saying "more" gets the hint in that thread', async () => {
      await send(JSON.stringify(eventEnvelope(appMention('more', { thread_ts: '1700000000.000100' }))));
      const post = await posted(CHANNEL, '1700000000.000100');
      expect(read(post)).toContain('click the “More …” button under it');
    });

    it('"more" in an assistant thread gets the hint there; a question after it is still answered', async () => {
      const threadTs = '1700000500.000100';
      await send(JSON.stringify(eventEnvelope(assistantThreadEvent('assistant_thread_started', threadTs))));
      await posted(ASSISTANT_DM, threadTs); // the welcome
      fake.reset();
      await send(JSON.stringify(eventEnvelope(assistantMessage('more', threadTs))));
      expect(read(await posted(ASSISTANT_DM, threadTs))).toContain('click the “More …” button under it');
      fake.reset();
      await send(JSON.stringify(eventEnvelope(assistantMessage('more about gas', threadTs))));
      const answer = read(await posted(ASSISTANT_DM, threadTs));
      expect(answer).not.toContain('“More …” button');
      // Cited excerpts: the question was searched.
      expect(answer).toMatch(/· summit \d{4}-\d{2}-\d{2}/);
    });
  });

  describe('subscribe in a DM', () => {
    it('subscribes nothing and says to type /summit subscribe in the channel that should get the post', async () => {
      await send(JSON.stringify(eventEnvelope(directMessage('subscribe'))));
      const text = read(await posted(DM_CHANNEL));
      expect(text).toContain('nothing was subscribed');
      expect(text).toContain('Type `/summit subscribe` in the channel that should get it');
      expect(text).not.toContain('this channel');

      // The same typed as /summit in a DM.
      expect(await command('subscribe', 'dm-slash', DM_CHANNEL)).toContain('Type `/summit subscribe` in the channel that should get it');

      // Nothing was stored: no channel gets the daily post.
      expect(await command('subscriptions', 'list-after-dm')).toContain('No channel gets the daily "On this date" post yet');
    });

    it('unsubscribe in a DM says where to type it; subscribe in a channel still works', async () => {
      await send(JSON.stringify(eventEnvelope(directMessage('unsubscribe'))));
      expect(read(await posted(DM_CHANNEL))).toContain('Type `/summit unsubscribe` in the channel that should stop getting it');

      expect(await command('subscribe', 'channel-sub')).toContain('Subscribed: I will post "On this date" here');
      expect(await command('subscriptions', 'list-after-channel')).toContain(`#${CHANNEL}`);
      expect(await command('unsubscribe', 'channel-unsub')).toContain('Unsubscribed: no more daily');
    });

    it('in the assistant panel, subscribe still acts on the channel being viewed', async () => {
      const threadTs = '1700000600.000100';
      await send(JSON.stringify(eventEnvelope(assistantThreadEvent('assistant_thread_started', threadTs, 'C0VIEWED1'))));
      await posted(ASSISTANT_DM, threadTs); // the welcome
      fake.reset();
      await send(JSON.stringify(eventEnvelope(assistantMessage('subscribe', threadTs))));
      expect(read(await posted(ASSISTANT_DM, threadTs))).toContain('Subscribed: I will post "On this date" here');
      expect(await command('subscriptions', 'list-after-panel')).toContain('#C0VIEWED1');
      expect(await command('unsubscribe', 'panel-unsub', 'C0VIEWED1')).toContain('Unsubscribed: no more daily');
    });
  });

  describe('"Check with Summit"', () => {
    const check = async (text: string, id: string) => {
      await send(payloadBody(messageShortcut('summit_check', text, fake.responseUrl(id))));
      const [reply] = await fake.waitFor((c) => c.responseId === id, 1, 15_000);
      return read(reply);
    };

    it('says there is nothing to check in a message of a mention, an emoji code and a link', async () => {
      const text = await check('<@U0123ABC> :smile: <https://example.com>', 'check-nothing');
      expect(text).toContain('There is nothing to check in that message');
      expect(text).not.toMatch(/example|smile|excerpts/i);
    });

    it('checks the words only, keeping a link’s label', async () => {
      const text = await check(
        '<@U0123ABC> Putin and Xi discussed <https://example.com/story|military cooperation> :smile: <#C0123ABC|general> <http://example.com|example.com>',
        'check-words',
      );
      expect(text).toContain('You asked: “Putin and Xi discussed military cooperation”');
      expect(text).toContain('military cooperation');
      expect(text).not.toMatch(/example|smile|U0123ABC|general/i);
    });
  });
});
