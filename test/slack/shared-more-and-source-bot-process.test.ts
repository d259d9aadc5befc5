/**
 * Through the real bot process (`npm start` in HTTP mode) against the fake Slack, as people use it:
 * "More" on an answer shared in the channel answers only whoever clicked and leaves the shared post
 * as it is; a long answer keeps its Helpful / Not helpful; a typed source the archive lacks is told
 * the same way in the notification as in the message, with how to ask again.
 */
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack';
import { formBody, payloadBody, signedSender } from '../support/signed-request';
import { appMention, buttonClick, eventEnvelope, slashCommand } from '../support/slack-payloads';
import { blocksOf, buttons, shownText, visibleText } from '../support/slack-reading';
import { buildSmallArchive } from '../support/small-archive';
import { SIGNING_SECRET } from '../support/summit-app';

jest.setTimeout(40_000);

const SHARED_POST_TS = '1700000000.000001';

describe('the bot process: "More" on an answer shared in the channel', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  const send = signedSender(() => bot.eventsUrl, SIGNING_SECRET);
  const reply = async (id: string) => (await fake.waitFor((c) => c.responseId === id, 1, 15_000))[0]!.body;
  const more = (body: Record<string, unknown>) => buttons(body).find((b) => b.action_id === 'summit_more')!;

  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBotProcess({ apiUrl: fake.apiUrl });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake.close();
  });

  it('sends the next page only to whoever clicked, and leaves the shared post as shared', async () => {
    await send(formBody(slashCommand('quotes Putin', fake.responseUrl('asked'))));
    const asked = await reply('asked');
    const share = buttons(asked).find((b) => b.action_id === 'summit_share')!;
    expect(more(asked)).toBeDefined();

    await send(payloadBody(buttonClick(share, fake.responseUrl('share'))));
    const [posted] = await fake.waitFor('chat.postMessage', 1, 15_000);
    const shared = posted!.body;
    expect(visibleText(shared)).toContain('Shared by');
    const before = fake.calls.length;

    // Someone else in the channel clicks "More statements" on the public post.
    await send(payloadBody(buttonClick(more(shared), fake.responseUrl('shared-more'), { ephemeral: false, messageTs: SHARED_POST_TS })));
    const next = await reply('shared-more');
    expect(next).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(next)).not.toContain('Shared by');
    expect(next.text).not.toEqual(shared.text);
    // Nothing touched the shared post: no update, no response replacing it, no new public post.
    const after = fake.calls.slice(before);
    expect(after.filter((c: RecordedCall) => c.method === 'chat.update' || c.method === 'chat.postMessage')).toEqual([]);
    expect(after.filter((c) => c.responseId !== undefined && c.body.replace_original === true)).toEqual([]);
  });

  it('treats a post shared before its buttons were marked the same way (Slack says the message is not ephemeral)', async () => {
    await send(formBody(slashCommand('quotes Putin', fake.responseUrl('asked-2'))));
    const unmarked = more(await reply('asked-2'));
    await send(payloadBody(buttonClick(unmarked, fake.responseUrl('old-shared-more'), { ephemeral: false, messageTs: SHARED_POST_TS })));
    expect(await reply('old-shared-more')).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('still pages in place on an answer only its asker sees', async () => {
    await send(formBody(slashCommand('quotes Putin', fake.responseUrl('asked-3'))));
    await send(payloadBody(buttonClick(more(await reply('asked-3')), fake.responseUrl('own-more'))));
    expect(await reply('own-more')).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  });
});

/** One summit reported by many long TASS articles: its date page is packed to Slack's limits. */
function longArchive(): Record<string, string> {
  const opening = (i: number) =>
    `Russian President Vladimir Putin and Chinese President Xi Jinping held a phone call on June 15, 2022. ${'They discussed energy cooperation, the Power of Siberia gas pipeline and trade settlements in national currencies. '.repeat(8)}(${i})`;
  const title = (i: number) =>
    `Putin and Xi hold telephone conversation on energy, trade, security and the comprehensive strategic partnership of Russia and China, report ${i}`;
  return Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [
      `tass-${i}.md`,
      `---\ndate: 2022-06-15\ntitle: ${title(i)}\nsource: TASS\nurl: https://example.com/tass/2022/06/15/putin-xi-telephone-conversation-report-${i}\n---\n\n${opening(i)}\n\nThe Kremlin said the talks were friendly.\n`,
    ]),
  );
}

describe('the bot process: a long answer’s feedback, and a typed source the archive lacks', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  const send = signedSender(() => bot.eventsUrl, SIGNING_SECRET);

  beforeAll(async () => {
    fake = await startFakeSlack();
    const { indexDir } = buildSmallArchive(longArchive());
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { INDEX_DIR: indexDir } });
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await bot?.stop();
    await fake.close();
  });

  it('keeps Helpful / Not helpful under a date page packed to the limit, leaving the rest for More', async () => {
    await send(formBody(slashCommand('2022-06-15', fake.responseUrl('day'))));
    const [day] = await fake.waitFor((c) => c.responseId === 'day', 1, 15_000);
    const labels = buttons(day!.body).map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(['More excerpts', 'Helpful', 'Not helpful']));
    expect(
      blocksOf(day!.body)
        .at(-1)!
        .elements!.map((e) => e.action_id),
    ).toEqual(['summit_feedback_helpful', 'summit_feedback_not_helpful']);

    await send(JSON.stringify(eventEnvelope(appMention('2022-06-15'))));
    const [posted] = await fake.waitFor('chat.postMessage', 1, 15_000);
    const last = blocksOf(posted!.body).at(-1)!;
    expect(last.type).toBe('context_actions');
    expect(last.elements![0]!.type).toBe('feedback_buttons');
    expect(buttons(posted!.body).map((b) => b.text)).toContain('More excerpts');
  });

  it('a mention asking for a source the archive lacks: the notification says what the message says', async () => {
    await send(JSON.stringify(eventEnvelope(appMention('what did Xi say about NATO? source:"Reuters"'))));
    const [posted] = await fake.waitFor('chat.postMessage', 1, 15_000);
    const said = shownText(visibleText(posted!.body));
    expect(said).toContain('The archive has no article from Reuters. Ask again without _source:"Reuters"_');
    expect(said).not.toContain('Source left empty');
    expect(shownText(posted!.body.text as string)).toBe(said.replace(/_/g, '').trim());
  });
});
