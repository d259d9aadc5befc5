/**
 * Through the real bot process (`npm start` in HTTP mode) against the fake Slack, as a person uses it:
 * "Search the archive" kept to one source of an archive whose articles name their sources, and the
 * App Home listing the viewer's own channels among those that get the daily post.
 */
import { decodeFeedbackValue } from '../../src/render/slack/feedback';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { FAKE_BOT, startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { payloadBody, signedSender } from '../support/signed-request';
import { appHomeOpened, eventEnvelope, globalShortcut, USER, viewPayload } from '../support/slack-payloads';
import { blocksOf, clickables, visibleText } from '../support/slack-reading';
import { buildSmallArchive } from '../support/small-archive';
import { SIGNING_SECRET } from '../support/summit-app';
import { SOURCED_ARTICLES } from './sourced-archive';

jest.setTimeout(40_000);

/** A submitted search modal: its text inputs, and the Source menu's option as Slack sends a static select's state. */
function searchSubmission(inputs: { question: string; period?: string; speaker?: string }, source: string | null, viewId: string) {
  const payload = viewPayload(
    'view_submission',
    'summit_search',
    { question: inputs.question, period: inputs.period ?? '', speaker: inputs.speaker ?? '' },
    { viewId },
  );
  const view = payload.view as { state: { values: Record<string, unknown> } };
  view.state.values.source = {
    source: {
      type: 'static_select',
      selected_option: source === null ? null : { text: { type: 'plain_text', text: `${source} (1 article)`, emoji: true }, value: source },
    },
  };
  return payload;
}

type Option = { text: { text: string }; value: string };
type Input = { block_id?: string; element?: { type: string; options?: Option[] } };

describe('the bot process: the search modal’s Source, and the viewer’s daily channels on the Home tab', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  const send = signedSender(() => bot.eventsUrl, SIGNING_SECRET);

  beforeAll(async () => {
    fake = await startFakeSlack();
    const { indexDir } = buildSmallArchive(SOURCED_ARTICLES);
    bot = await startBotProcess({
      apiUrl: fake.apiUrl,
      env: { INDEX_DIR: indexDir, DAILY_CHANNELS: 'C0DAILYMINE,C0DAILYOTHER,G0DAILYPRIV' },
    });
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await bot?.stop();
    await fake.close();
  });

  const updated = async (viewId: string) => {
    const [update] = await fake.waitFor((c) => c.method === 'views.update' && c.body.view_id === viewId, 1, 15_000);
    return update!.body;
  };

  it('offers the archive’s sources in the modal and keeps the answer to the one picked, saying so', async () => {
    await send(payloadBody(globalShortcut('summit_search')));
    const [open] = await fake.waitFor('views.open', 1, 10_000);
    const inputs = blocksOf(open!.body) as Input[];
    expect(inputs.map((b) => b.block_id)).toEqual(['question', 'period', 'speaker', 'source']);
    const menu = inputs.find((b) => b.block_id === 'source')!.element!;
    expect(menu.type).toBe('static_select');
    expect(menu.options!.map((o) => [o.text.text, o.value])).toEqual([
      ['Reuters (1 article)', 'Reuters'],
      ['TASS (1 article)', 'TASS'],
    ]);

    await send(payloadBody(searchSubmission({ question: 'what did they say about gas?' }, 'Reuters', 'VSRC0001')));
    const reuters = await updated('VSRC0001');
    const seen = visibleText(reuters);
    expect(seen).toContain('You asked: /summit what did they say about gas? source:"Reuters"');
    expect(seen).toContain('Only articles from Reuters (1 article in the archive).');
    expect(seen).toContain('Power of Siberia');
    expect(seen).not.toContain('TASS');
    // The feedback records the source with the question, so the bench asks the same again.
    const helpful = clickables(reuters).find((b) => b.action_id === 'summit_feedback_helpful')!;
    expect(decodeFeedbackValue(helpful.value)?.query).toBe('what did they say about gas? source:"Reuters"');
  });

  it('says when the source has nothing for the question, and what to try', async () => {
    await send(payloadBody(searchSubmission({ question: 'what did they say about gas?' }, 'TASS', 'VSRC0002')));
    const seen = visibleText(await updated('VSRC0002'));
    expect(seen).toContain(
      'Nothing from TASS (1 article in the archive) matches “what did they say about gas?”. Try other words or a wider period, or search again with Source left empty to search every source.',
    );
    expect(seen).not.toContain('Power of Siberia');
  });

  it('keeps a period and a speaker’s quotes to the source too', async () => {
    await send(payloadBody(searchSubmission({ question: 'what did they say', period: '2022-06-15' }, 'TASS', 'VSRC0003')));
    const day = visibleText(await updated('VSRC0003'));
    expect(day).toContain('Only articles from TASS');
    expect(day).toContain('sovereignty and security');
    expect(day).not.toContain('Power of Siberia');

    await send(payloadBody(searchSubmission({ question: 'sovereignty', speaker: 'Xi' }, 'TASS', 'VSRC0004')));
    const quotes = visibleText(await updated('VSRC0004'));
    expect(quotes).toContain('You asked: /summit quotes Xi sovereignty source:"TASS"');
    expect(quotes).toContain('Only articles from TASS');
    expect(quotes).toContain('China is willing to continue supporting Russia');

    await send(payloadBody(searchSubmission({ question: 'sovereignty', speaker: 'Xi' }, 'Reuters', 'VSRC0005')));
    expect(visibleText(await updated('VSRC0005'))).toContain(
      'No statements by Xi Jinping about “sovereignty” from Reuters (1 article in the archive).',
    );
  });

  it('without a source, searches every source as before', async () => {
    await send(payloadBody(searchSubmission({ question: 'gas' }, null, 'VSRC0006')));
    const seen = visibleText(await updated('VSRC0006'));
    expect(seen).toContain('You asked: /summit gas');
    expect(seen).not.toContain('source:');
    expect(seen).not.toContain('Only articles from');
  });

  it('lists on the Home tab only the daily channels the viewer is in, reading every page of users.conversations', async () => {
    // 250 channels of the viewer: two pages of 200; the daily one the viewer is in comes on the second.
    for (let i = 0; i < 249; i += 1) fake.addChannel({ id: `C0FILL${String(i).padStart(4, '0')}`, name: `fill-${i}`, members: [USER] });
    fake.addChannel({ id: 'C0DAILYMINE', name: 'summits', members: [USER, FAKE_BOT.userId] });
    fake.addChannel({ id: 'C0DAILYOTHER', name: 'elsewhere', members: ['U0SOMEONE1', FAKE_BOT.userId] });
    fake.addChannel({ id: 'G0DAILYPRIV', name: 'private-summits', isPrivate: true, members: [USER, FAKE_BOT.userId] });

    await send(JSON.stringify(eventEnvelope(appHomeOpened('home'))));
    const [publish] = await fake.waitFor('views.publish', 1, 10_000);
    const seen = visibleText(publish!.body);
    expect(seen).toContain('*Your channels that get the daily post*\n<#C0DAILYMINE> <#G0DAILYPRIV>');
    expect(seen).not.toContain('C0DAILYOTHER');
    const reads = fake.callsTo('users.conversations');
    expect(reads.map((c) => [c.body.user, c.body.cursor ?? ''])).toEqual([
      [USER, ''],
      [USER, expect.any(String)],
    ]);
    expect(reads[0]!.body.types).toBe('public_channel,private_channel');

    // Opened again within the minute: the same list, no new call to Slack.
    fake.reset();
    await send(JSON.stringify(eventEnvelope(appHomeOpened('home'))));
    const [again] = await fake.waitFor('views.publish', 1, 10_000);
    expect(visibleText(again!.body)).toContain('<#C0DAILYMINE> <#G0DAILYPRIV>');
    expect(fake.callsTo('users.conversations')).toHaveLength(0);
  });

  it('without the scope, publishes the Home tab without the list and logs one line', async () => {
    fake.failNext('users.conversations', { error: 'missing_scope', body: { needed: 'channels:read', provided: 'commands,chat:write' } });
    const other = { ...appHomeOpened('home'), user: 'U0NOSCOPE1' };
    await send(JSON.stringify(eventEnvelope(other)));
    const [publish] = await fake.waitFor('views.publish', 1, 10_000);
    const seen = visibleText(publish!.body);
    expect(seen).toContain('Latest summits');
    expect(seen).not.toContain('daily post');
    const line = await bot.waitForLog((l) => l.method === 'users.conversations' && l.code === 'missing_scope');
    expect(line.msg).toBe('the App Home shows no daily channels: users.conversations failed');
    expect(bot.logs.filter((l) => l.method === 'users.conversations')).toHaveLength(1);
  });
});
