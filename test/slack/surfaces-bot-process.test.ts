/**
 * The new surfaces through the real bot process (`npm start` in HTTP mode) against the fake Slack, as a
 * person uses them: the Home tab, "Check with Summit", a feedback click, and `cli feedback` listing it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { captureIo } from '../support/capture-io';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { payloadBody, postSigned } from '../support/signed-request';
import { appHomeOpened, buttonClick, eventEnvelope, messageShortcut } from '../support/slack-payloads';
import { SIGNING_SECRET } from '../support/summit-app';

jest.setTimeout(30_000);

describe('the bot process serves the new surfaces', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  const stateDir = join(mkdtempSync(join(tmpdir(), 'summit-surfaces-')), 'state');

  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startBotProcess({ apiUrl: fake.apiUrl, env: { STATE_DIR: stateDir } });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake.close();
  });

  it('publishes the Home tab, checks a message, stores a feedback click that cli feedback lists', async () => {
    await (await postSigned(bot.eventsUrl, SIGNING_SECRET, JSON.stringify(eventEnvelope(appHomeOpened('home'))))).text();
    const [publish] = await fake.waitFor('views.publish', 1, 10_000);
    expect(JSON.stringify(publish!.body.view)).toContain('Latest summits');

    await (
      await postSigned(
        bot.eventsUrl,
        SIGNING_SECRET,
        payloadBody(messageShortcut('summit_check', 'Putin and Xi discussed military cooperation', fake.responseUrl('check'))),
      )
    ).text();
    const [answer] = await fake.waitFor((c) => c.responseId === 'check', 1, 10_000);
    const blocks = answer!.body.blocks as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;
    const helpful = blocks
      .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
      .find((e) => e.action_id === 'summit_feedback_helpful')!;

    await (
      await postSigned(
        bot.eventsUrl,
        SIGNING_SECRET,
        payloadBody(buttonClick({ action_id: helpful.action_id!, value: helpful.value! }, fake.responseUrl('thanks'))),
      )
    ).text();
    await fake.waitFor((c) => c.responseId === 'thanks', 1, 10_000);

    const io = captureIo({ STATE_DIR: stateDir });
    expect(await runCli(['feedback', '--json'], io)).toBe(0);
    const { feedback } = JSON.parse(io.out()) as { feedback: Array<{ verdict: string; query: string; citations: unknown[] }> };
    expect(feedback).toEqual([expect.objectContaining({ verdict: 'helpful', query: 'Putin and Xi discussed military cooperation' })]);
    expect(feedback[0]!.citations.length).toBeGreaterThan(0);
  });
});
