/**
 * Button values never carry a cut request. Reproduction: `/summit unsubscribe␠…(1,495 spaces)…NATO`
 * got a Share button whose value held only `unsubscribe` and some spaces, and sharing unsubscribed the
 * channel publicly. Through the real Bolt app over HTTP, against the fake Slack.
 */
import { openArchive } from '../../src/search/archive';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack';
import { formBody, payloadBody, postSigned } from '../support/signed-request';
import { buttonClick, CHANNEL, slashCommand, USER } from '../support/slack-payloads';
import { SIGNING_SECRET, startSummitApp, type RunningSummit } from '../support/summit-app';
import { buttons, visibleText } from '../support/slack-reading';

/** The reproduction: 1,510 characters, which older versions cut at 1,500 into `unsubscribe` and spaces. */
const PADDED_UNSUBSCRIBE = `unsubscribe${' '.repeat(1495)}NATO`;

describe('button values carry the request whole, or there is no button', () => {
  let fake: FakeSlack;
  let summit: RunningSummit;
  const subscriptionCalls: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack();
    summit = await startSummitApp({
      fake,
      archive: openArchive('index'),
      now: () => new Date('2023-06-15T10:00:00Z'),
      subscriptionCommand: (args) => {
        subscriptionCalls.push(args);
        return { text: args.action === 'unsubscribe' ? 'Unsubscribed: no more daily "On this date" posts here.' : 'Subscribed.' };
      },
    });
  });
  afterEach(() => {
    fake.reset();
    subscriptionCalls.length = 0;
  });
  afterAll(async () => {
    await summit.stop();
    await fake.close();
  });

  async function command(text: string, id: string): Promise<RecordedCall> {
    await postSigned(summit.eventsUrl, SIGNING_SECRET, formBody(slashCommand(text, fake.responseUrl(id))));
    const [reply] = await fake.waitFor((c) => c.method === 'response_url' && c.responseId === id);
    return reply!;
  }

  async function click(button: { action_id: string; value: string }, id: string): Promise<void> {
    await postSigned(summit.eventsUrl, SIGNING_SECRET, payloadBody(buttonClick(button, fake.responseUrl(id))));
  }

  it('the reproduction: Share posts the answer to what was asked, "unsubscribe NATO", and unsubscribes nothing', async () => {
    const reply = await command(PADDED_UNSUBSCRIBE, 'padded');
    expect(visibleText(reply.body)).toContain('You asked: /summit unsubscribe NATO');
    expect(visibleText(reply.body)).toContain('*NATO*');
    const share = buttons(reply.body).find((b) => b.action_id === 'summit_share')!;
    expect(share).toBeDefined();

    await click(share, 'padded-share');
    const [post] = await fake.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe(CHANNEL);
    expect(visibleText(post!.body)).toContain(`Shared by <@${USER}>, who asked: /summit unsubscribe NATO`);
    expect(visibleText(post!.body)).toContain('*NATO*');
    expect(visibleText(post!.body)).not.toMatch(/Unsubscribed/);
    expect(subscriptionCalls).toEqual([]);
  });

  it('"More" on a padded request pages the same question', async () => {
    const reply = await command(`unsubscribe${' '.repeat(1495)}Putin`, 'padded-2');
    const more = buttons(reply.body).find((b) => b.action_id === 'summit_more')!;
    expect(more).toBeDefined();
    await click(more, 'padded-more');
    const [page] = await fake.waitFor((c) => c.responseId === 'padded-more');
    expect(visibleText(page!.body)).toContain('You asked: /summit unsubscribe Putin');
    expect(visibleText(page!.body)).toMatch(/Showing 4–6 of \d+ excerpts/);
    expect(visibleText(page!.body)).toContain('*Putin*');
    expect(subscriptionCalls).toEqual([]);
  });

  it('a request too long to carry whole gets an answer without More or Share, and nothing is unsubscribed', async () => {
    const reply = await command(`unsubscribe${' '.repeat(2500)}NATO`, 'too-long');
    expect(visibleText(reply.body)).toContain('*NATO*');
    // Feedback buttons stay: they carry the query only to record it, never to ask it again.
    expect(buttons(reply.body).filter((b) => !b.action_id.startsWith('summit_feedback'))).toEqual([]);
    expect(subscriptionCalls).toEqual([]);
  });

  it('a button written by an older version with the request cut at 1,500 characters does nothing', async () => {
    const cut = PADDED_UNSUBSCRIBE.slice(0, 1500);
    await click({ action_id: 'summit_share', value: JSON.stringify({ r: cut, o: 0, i: 'e' }) }, 'legacy');
    const [reply] = await fake.waitFor((c) => c.responseId === 'legacy');
    expect(reply!.body.text).toMatch(/^This button is out of date/);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    expect(subscriptionCalls).toEqual([]);
  });

  it("a normal request's More and Share still work", async () => {
    const reply = await command('2022-06-15', 'normal');
    const more = buttons(reply.body).find((b) => b.action_id === 'summit_more')!;
    await click(more, 'normal-more');
    const [page] = await fake.waitFor((c) => c.responseId === 'normal-more');
    expect(visibleText(page!.body)).toMatch(/Showing 4–6 of \d+ excerpts/);

    const share = buttons(reply.body).find((b) => b.action_id === 'summit_share')!;
    await click(share, 'normal-share');
    const [post] = await fake.waitFor('chat.postMessage');
    expect(visibleText(post!.body)).toContain(`Shared by <@${USER}>, who asked: /summit 2022-06-15`);
    expect(visibleText(post!.body)).toContain('15 June 2022 · phone call');
  });
});
