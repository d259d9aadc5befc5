/**
 * The surfaces beyond /summit, through the real Bolt app over signed HTTP against the fake Slack: the
 * App Home, "Check with Summit", "Search the archive", the assistant panel, feedback, "Show in
 * context" and "More" replacing its message. Assertions are about what the person would see.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive, type Archive } from '../../src/search/archive';
import { openFilesStore } from '../../src/state/files-store';
import type { FeedbackStore } from '../../src/state/store';
import { startFakeSlack, FAKE_BOT, type FakeSlack, type RecordedCall } from '../support/fake-slack';
import { payloadBody, postSigned } from '../support/signed-request';
import {
  appHomeOpened,
  appMention,
  ASSISTANT_DM,
  assistantMessage,
  assistantThreadEvent,
  buttonClick,
  CHANNEL,
  directMessage,
  DM_CHANNEL,
  eventEnvelope,
  feedbackButtonsClick,
  globalShortcut,
  messageShortcut,
  slashCommand,
  USER,
  viewClick,
  viewPayload,
} from '../support/slack-payloads';
import { formBody } from '../support/signed-request';
import { SIGNING_SECRET, startSummitApp, type RunningSummit } from '../support/summit-app';
import { blocksOf, clickables, visibleText, type Block } from '../support/slack-reading';

const NOW = new Date('2023-06-15T10:00:00Z');

describe('Summit surfaces over HTTP', () => {
  let fake: FakeSlack;
  let archive: Archive;
  let summit: RunningSummit;
  let feedback: FeedbackStore;

  beforeAll(async () => {
    fake = await startFakeSlack();
    archive = openArchive('index');
    feedback = openFilesStore(mkdtempSync(join(tmpdir(), 'summit-feedback-'))).feedback;
    summit = await startSummitApp({ fake, archive, now: () => NOW, deps: { feedback, dailyChannels: () => ['C0DAILY01', 'C0DAILY02'] } });
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await summit.stop();
    await fake.close();
  });

  let second = 0;
  /** Each request signed at its own second, as Slack signs each delivery anew. */
  async function send(rawBody: string): Promise<Response> {
    second += 1;
    const res = await postSigned(summit.eventsUrl, SIGNING_SECRET, rawBody, { timestampSec: Math.floor(Date.now() / 1000) - 200 + second });
    return res;
  }
  const event = async (e: Record<string, unknown>) => (await send(JSON.stringify(eventEnvelope(e)))).status;
  const interaction = async (payload: Record<string, unknown>) => send(payloadBody(payload));

  describe('App Home', () => {
    it('publishes the latest summits with Open, today’s anniversaries, the viewer’s daily channels and how to ask', async () => {
      for (const id of ['C0DAILY01', 'C0DAILY02']) fake.addChannel({ id, name: id.toLowerCase(), members: [USER, FAKE_BOT.userId] });
      expect(await event(appHomeOpened('home'))).toBe(200);
      const [publish] = await fake.waitFor('views.publish');
      expect(publish!.body.user_id).toBe(USER);
      const view = publish!.body.view as { type: string; blocks: Block[] };
      expect(view.type).toBe('home');
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      const seen = visibleText(publish!.body);
      expect(seen).toMatch(/30 December 2022\* · video call · 2 articles[\s\S]*15 June 2022\* · phone call[\s\S]*15 December 2021/);
      expect(seen).toContain('On this date, 15 June');
      expect(seen).toContain('1 year ago');
      expect(seen).toContain('<#C0DAILY01> <#C0DAILY02>');
      expect(seen).toContain('/summit quotes Putin 2022-12-30');
      const open = clickables(publish!.body).filter((b) => b.action_id === 'summit_open');
      expect(open).toHaveLength(3);
    });

    it('"Open" answers that day in a modal, as /summit <date> would', async () => {
      await event(appHomeOpened('home'));
      const [publish] = await fake.waitFor('views.publish');
      const open = clickables(publish!.body).find((b) => b.action_id === 'summit_open' && b.value.includes('2022-06-15'))!;
      await interaction(viewClick(open, { id: 'VHOME0001', type: 'home' }));
      const [modal] = await fake.waitFor('views.open');
      expect(typeof modal!.body.trigger_id).toBe('string');
      expect(visibleText(modal!.body)).toContain('15 June 2022 · phone call · 2 articles');
    });

    it('ignores the Messages tab', async () => {
      await event(appHomeOpened('messages'));
      await event(directMessage('list'));
      await fake.waitFor('chat.postMessage');
      expect(fake.callsTo('views.publish')).toHaveLength(0);
    });
  });

  describe('"Check with Summit"', () => {
    it('answers the person who clicked, ephemerally in the channel, with cited excerpts, Share and feedback', async () => {
      const res = await interaction(
        messageShortcut('summit_check', 'Putin told Xi that military cooperation helps &lt;stability&gt;', fake.responseUrl('check')),
      );
      expect(res.status).toBe(200);
      const [reply] = await fake.waitFor((c) => c.responseId === 'check');
      expect(reply!.body.response_type).toBe('ephemeral');
      const seen = visibleText(reply!.body);
      expect(seen).toContain('You asked: “Putin told Xi that military cooperation helps &lt;stability&gt;”');
      expect(seen).toContain('¶');
      const labels = clickables(reply!.body).map((b) => b.text);
      expect(labels).toEqual(expect.arrayContaining(['Show in context', 'Share in channel', 'Helpful', 'Not helpful']));
    });

    it('answers in a modal when the response_url refuses', async () => {
      // The answer, then its plain text: both refused.
      fake.failNext('response_url', { status: 404, error: 'expired_url' }, 2);
      await interaction(messageShortcut('summit_check', 'gas pipeline', fake.responseUrl('check2')));
      const [modal] = await fake.waitFor('views.open');
      expect((modal!.body.view as { type: string }).type).toBe('modal');
      expect(visibleText(modal!.body)).toContain('You asked: “gas pipeline”');
    });

    it('says what to do with a message without words', async () => {
      await interaction(messageShortcut('summit_check', '', fake.responseUrl('check3')));
      const [reply] = await fake.waitFor((c) => c.responseId === 'check3');
      expect(reply!.body.text).toMatch(/no text I can check/);
    });
  });

  describe('"Search the archive"', () => {
    it('opens the modal, then answers the submitted question in place', async () => {
      await interaction(globalShortcut('summit_search'));
      const [open] = await fake.waitFor('views.open');
      const view = open!.body.view as { callback_id: string; blocks: Block[] };
      expect(view.callback_id).toBe('summit_search');
      expect(view.blocks.map((b) => b.block_id)).toEqual(['question', 'period', 'speaker']);

      const res = await interaction(
        viewPayload(
          'view_submission',
          'summit_search',
          { question: 'military cooperation', period: '', speaker: '' },
          { viewId: 'VSEARCH01' },
        ),
      );
      expect(await res.json()).toMatchObject({ response_action: 'update', view: { type: 'modal' } });
      const [update] = await fake.waitFor('views.update');
      expect(update!.body.view_id).toBe('VSEARCH01');
      expect(visibleText(update!.body)).toContain('You asked: /summit military cooperation');
      expect(visibleText(update!.body)).toContain('¶');
    });

    it('a speaker makes it a quotes request', async () => {
      await interaction(
        viewPayload('view_submission', 'summit_search', { question: '', period: '2022-12-30', speaker: 'Putin' }, { viewId: 'VSEARCH02' }),
      );
      const [update] = await fake.waitFor('views.update');
      expect(visibleText(update!.body)).toContain('You asked: /summit quotes Putin 2022-12-30');
      expect(clickables(update!.body).map((b) => b.text)).toContain('Wrong attribution');
    });
  });

  describe('the assistant panel', () => {
    it('welcomes with suggested prompts, titles the thread, shows a status, answers in the thread', async () => {
      await event(assistantThreadEvent('assistant_thread_started', '1700000100.000001'));
      const [prompts] = await fake.waitFor('assistant.threads.setSuggestedPrompts');
      expect(prompts!.body).toMatchObject({ channel_id: ASSISTANT_DM, thread_ts: '1700000100.000001' });
      const list = prompts!.body.prompts as Array<{ title: string; message: string }>;
      expect(list.map((p) => p.message)).toEqual(['2022-12-30', 'on this date', 'quotes Putin 2022-12-30', 'what did they say about gas?']);
      const [welcome] = await fake.waitFor('chat.postMessage');
      expect(welcome!.body).toMatchObject({ channel: ASSISTANT_DM, thread_ts: '1700000100.000001' });
      expect(welcome!.body.metadata).toMatchObject({ event_type: 'assistant_thread_context', event_payload: { channel_id: CHANNEL } });

      await event(assistantMessage('what did they say about military cooperation?', '1700000100.000001'));
      const [title] = await fake.waitFor('assistant.threads.setTitle');
      expect(title!.body.title).toBe('what did they say about military cooperation?');
      const [status] = await fake.waitFor('assistant.threads.setStatus');
      expect(status!.body.status).toBe('is searching the archive…');
      const [, answer] = await fake.waitFor('chat.postMessage', 2);
      expect(answer!.body).toMatchObject({ channel: ASSISTANT_DM, thread_ts: '1700000100.000001' });
      expect(visibleText(answer!.body)).toContain('¶');
      expect(blocksOf(answer!.body).some((b) => b.type === 'context_actions')).toBe(true);
      expect(status!.receivedAt).toBeLessThanOrEqual(answer!.receivedAt);

      // The second question does not rename the thread.
      await event(assistantMessage('2022-06-15', '1700000100.000001'));
      await fake.waitFor('chat.postMessage', 3);
      expect(fake.callsTo('assistant.threads.setTitle')).toHaveLength(1);
    });

    it('subscribes the channel being viewed, read back from the thread after a restart', async () => {
      // No thread_started seen by this process: the context comes from conversations.replies.
      const calls: unknown[] = [];
      const other = await startSummitApp({
        fake,
        archive,
        now: () => NOW,
        subscriptionCommand: (args) => {
          calls.push(args);
          return { text: 'ok' };
        },
      });
      try {
        const thread = '1700000200.000001';
        await postSigned(
          other.eventsUrl,
          SIGNING_SECRET,
          JSON.stringify(eventEnvelope(assistantThreadEvent('assistant_thread_started', thread, 'C0VIEWED1'))),
        );
        await fake.waitFor('chat.postMessage');
        const restarted = await startSummitApp({
          fake,
          archive,
          now: () => NOW,
          subscriptionCommand: (args) => {
            calls.push(args);
            return { text: 'ok' };
          },
        });
        try {
          await postSigned(restarted.eventsUrl, SIGNING_SECRET, JSON.stringify(eventEnvelope(assistantMessage('subscribe', thread))));
          await fake.waitFor('chat.postMessage', 2);
          expect(fake.callsTo('conversations.replies').length).toBeGreaterThan(0);
          expect(calls).toContainEqual(expect.objectContaining({ action: 'subscribe', channelId: 'C0VIEWED1' }));
        } finally {
          await restarted.stop();
        }
      } finally {
        await other.stop();
      }
    });

    it('a DM outside an assistant thread is answered as before', async () => {
      await event(directMessage('2022-12-30'));
      const [post] = await fake.waitFor('chat.postMessage');
      expect(post!.body.channel).toBe(DM_CHANNEL);
      expect(fake.callsTo('assistant.threads.setStatus')).toHaveLength(0);
    });
  });

  describe('feedback', () => {
    it('"Helpful" on a thread answer is stored with its query, citations, user, channel and team', async () => {
      const mention = appMention('what did they say about military cooperation?');
      await event(mention);
      const [post] = await fake.waitFor('chat.postMessage');
      const actions = blocksOf(post!.body).find((b) => b.type === 'context_actions')!;
      const positive = actions.elements![0]!.positive_button!.value;
      const before = (await feedback.list()).length;
      await interaction(feedbackButtonsClick(positive, fake.responseUrl('thanks'), { threadTs: String(mention.ts) }));
      const [thanks] = await fake.waitFor((c) => c.responseId === 'thanks');
      expect(thanks!.body.response_type).toBe('ephemeral');
      expect(thanks!.body.text).toMatch(/^Thanks/);
      const stored = (await feedback.list()).slice(before);
      expect(stored).toEqual([
        expect.objectContaining({
          team: FAKE_BOT.teamId,
          user: USER,
          channel: CHANNEL,
          query: 'what did they say about military cooperation?',
          verdict: 'helpful',
        }),
      ]);
      expect(stored[0]!.citations.length).toBeGreaterThan(0);
      expect(stored[0]!.citations[0]).toEqual({ articleId: expect.any(String), paragraph: expect.any(Number) });
    });

    it('"Not helpful" opens the reason modal; the reason is stored with the verdict', async () => {
      const res = await send(formBody(slashCommand('2022-06-15', fake.responseUrl('nh'))));
      await res.text();
      const [reply] = await fake.waitFor((c) => c.responseId === 'nh');
      const notHelpful = clickables(reply!.body).find((b) => b.text === 'Not helpful')!;
      const before = (await feedback.list()).length;
      await interaction(buttonClick(notHelpful, fake.responseUrl('nh2')));
      const [open] = await fake.waitFor('views.open');
      const view = open!.body.view as { callback_id: string; private_metadata: string; notify_on_close: boolean };
      expect(view.callback_id).toBe('summit_feedback_reason');
      expect(view.notify_on_close).toBe(true);
      expect((await feedback.list()).length).toBe(before); // stored once the modal is sent or closed

      await interaction(
        viewPayload(
          'view_submission',
          'summit_feedback_reason',
          { reason: 'the second excerpt is about another call' },
          { privateMetadata: view.private_metadata },
        ),
      );
      await new Promise((r) => setTimeout(r, 50));
      const stored = (await feedback.list()).slice(before);
      expect(stored).toEqual([
        expect.objectContaining({
          verdict: 'not-helpful',
          query: '2022-06-15',
          reason: 'the second excerpt is about another call',
          channel: CHANNEL,
        }),
      ]);
    });

    it('"Wrong attribution" on a quote is stored when the reason modal is closed', async () => {
      const res = await send(formBody(slashCommand('quotes Putin 2022-12-30', fake.responseUrl('wa'))));
      await res.text();
      const [reply] = await fake.waitFor((c) => c.responseId === 'wa');
      const wrong = clickables(reply!.body).find((b) => b.text === 'Wrong attribution')!;
      const before = (await feedback.list()).length;
      await interaction(buttonClick(wrong, fake.responseUrl('wa2')));
      const [open] = await fake.waitFor('views.open');
      const metadata = (open!.body.view as { private_metadata: string }).private_metadata;
      await interaction(viewPayload('view_closed', 'summit_feedback_reason', {}, { privateMetadata: metadata }));
      await new Promise((r) => setTimeout(r, 50));
      const stored = (await feedback.list()).slice(before);
      expect(stored).toEqual([
        expect.objectContaining({ verdict: 'wrong-attribution', query: 'quotes Putin 2022-12-30', citations: [expect.any(Object)] }),
      ]);
      expect(stored[0]!.reason).toBeUndefined();
    });
  });

  describe('reading around an excerpt', () => {
    it('"Show in context" shows the paragraphs around the excerpt with the article’s title and source', async () => {
      const res = await send(formBody(slashCommand('2022-06-15', fake.responseUrl('ctx'))));
      await res.text();
      const [reply] = await fake.waitFor((c) => c.responseId === 'ctx');
      const show = clickables(reply!.body).find((b) => b.text === 'Show in context')!;
      const { p } = JSON.parse(show.value) as { p: number };
      await interaction(buttonClick(show, fake.responseUrl('ctx2')));
      const [shown] = await fake.waitFor((c) => c.responseId === 'ctx2');
      expect(shown!.body.response_type).toBe('ephemeral');
      expect(shown!.body.replace_original).toBe(false);
      const seen = visibleText(shown!.body);
      expect(seen).toContain(`*¶ ${p + 1}* ◀`);
      expect(seen).toMatch(/published 2022-06-1\d/);
      expect(seen).toMatch(new RegExp(`¶ ${p + 1} of \\d+, with the paragraphs around it`));
    });

    it('"More" on an ephemeral answer replaces it in place', async () => {
      const res = await send(formBody(slashCommand('2022-06-15', fake.responseUrl('more1'))));
      await res.text();
      const [first] = await fake.waitFor((c) => c.responseId === 'more1');
      const more = clickables(first!.body).find((b) => b.action_id === 'summit_more')!;
      await interaction(buttonClick(more, fake.responseUrl('more2')));
      const [page2] = await fake.waitFor((c) => c.responseId === 'more2');
      expect(page2!.body.replace_original).toBe(true);
      expect(visibleText(page2!.body)).toMatch(/Showing 4–6 of \d+ excerpts/);
    });

    it('"More" on an answer in a thread updates that message (chat.update)', async () => {
      await event(appMention('2022-06-15'));
      const [post] = await fake.waitFor('chat.postMessage');
      const more = clickables(post!.body).find((b) => b.action_id === 'summit_more')!;
      await interaction(
        buttonClick(more, fake.responseUrl('more3'), { ephemeral: false, messageTs: '1700000000.777777', threadTs: '1700000000.000001' }),
      );
      const [update] = await fake.waitFor('chat.update');
      expect(update!.body).toMatchObject({ channel: CHANNEL, ts: '1700000000.777777' });
      expect(visibleText(update!.body)).toMatch(/Showing 4–6 of \d+ excerpts/);
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    });
  });

  it('never sends mrkdwn that Slack would parse on its own, on any new surface', async () => {
    await event(appHomeOpened('home'));
    const [publish] = await fake.waitFor('views.publish');
    const unparsed = (call: RecordedCall) => JSON.stringify(call.body).match(/"type":"mrkdwn","text":"[^"]*"(?!,"verbatim":true)/g) ?? [];
    expect(unparsed(publish!)).toEqual([]);
  });
});
