import * as fs from 'node:fs';
import * as path from 'node:path';
import { handleSubscriptionCommand, type DailyChannels } from '../../src/daily/subscription-command';
import { Subscriptions, SUBSCRIPTIONS_FILE } from '../../src/daily/subscriptions';
import { tmpStateDir } from './helpers';

const schedule = { time: '09:00', tz: 'Europe/Berlin' };
const now = () => new Date('2025-06-01T10:00:00Z');

const daily = (store: Subscriptions, configured: string[] = [], withSchedule = true): DailyChannels => ({
  store,
  configured,
  schedule: withSchedule ? schedule : undefined,
});
const channels = async (d: DailyChannels) => [...new Set([...d.configured, ...(await d.store.list()).map((s) => s.channel)])];

describe('subscriptions', () => {
  it('subscribe and unsubscribe are kept across restarts', async () => {
    const dir = tmpStateDir();
    const first = daily(new Subscriptions(dir, { now }), ['CCONF1']);
    expect((await handleSubscriptionCommand(first, { action: 'subscribe', channelId: 'CSUB1', userId: 'U1' })).text).toMatch(
      /^Subscribed: I will post "On this date" here every day at 09:00 \(Europe\/Berlin\).*\/invite @Summit/,
    );
    await handleSubscriptionCommand(first, { action: 'subscribe', channelId: 'CSUB2', userId: 'U2' });

    const restarted = daily(new Subscriptions(dir), ['CCONF1']);
    expect(await channels(restarted)).toEqual(['CCONF1', 'CSUB1', 'CSUB2']);
    expect((await handleSubscriptionCommand(restarted, { action: 'unsubscribe', channelId: 'CSUB1', userId: 'U1' })).text).toMatch(
      /^Unsubscribed/,
    );

    const again = daily(new Subscriptions(dir), ['CCONF1'], false);
    expect(await channels(again)).toEqual(['CCONF1', 'CSUB2']);
    expect(fs.readdirSync(dir)).toEqual([SUBSCRIPTIONS_FILE]);
  });

  it('answers already subscribed, not subscribed, and configured channels', async () => {
    const subs = daily(new Subscriptions(tmpStateDir(), { now }), ['CCONF1']);
    const run = async (action: 'subscribe' | 'unsubscribe' | 'list', channelId: string) =>
      (await handleSubscriptionCommand(subs, { action, channelId, userId: 'U9' })).text;

    expect(await run('list', 'CSUB1')).toBe(
      'The daily "On this date" post goes out every day at 09:00 (Europe/Berlin) to:\n• <#CCONF1> (configured in DAILY_CHANNELS)',
    );
    await run('subscribe', 'CSUB1');
    expect(await run('subscribe', 'CSUB1')).toBe(
      'This channel is already subscribed (since 2025-06-01, by <@U9>). `/summit unsubscribe` stops the daily post.',
    );
    expect(await run('subscribe', 'CCONF1')).toMatch(/already gets the daily .* listed in DAILY_CHANNELS/);
    expect(await run('unsubscribe', 'CCONF1')).toMatch(/still gets the daily post because it is listed in DAILY_CHANNELS/);
    expect(await run('unsubscribe', 'CNOPE')).toMatch(/^This channel is not subscribed, so there was nothing to stop/);
    expect(await run('list', 'CSUB1')).toBe(
      'The daily "On this date" post goes out every day at 09:00 (Europe/Berlin) to:\n' +
        '• <#CCONF1> (configured in DAILY_CHANNELS)\n• <#CSUB1> (subscribed by <@U9> on 2025-06-01)',
    );
  });

  it("keeps each workspace apart; DAILY_CHANNELS belong to the static token's workspace only", async () => {
    const subs = daily(new Subscriptions(tmpStateDir(), { now }), ['CCONF1']);
    await handleSubscriptionCommand(subs, { action: 'subscribe', channelId: 'CSUB1', userId: 'U1', teamId: 'T0OTHER' });
    expect((await handleSubscriptionCommand(subs, { action: 'list', channelId: 'C1', userId: 'U1', teamId: 'T0OTHER' })).text).toBe(
      'The daily "On this date" post goes out every day at 09:00 (Europe/Berlin) to:\n• <#CSUB1> (subscribed by <@U1> on 2025-06-01)',
    );
    expect(await subs.store.list()).toEqual([]);
  });

  it('says so when no channel gets the post', async () => {
    const subs = daily(new Subscriptions(tmpStateDir()));
    expect((await handleSubscriptionCommand(subs, { action: 'list', channelId: 'C1', userId: 'U1' })).text).toMatch(
      /^No channel gets the daily/,
    );
  });

  it('a corrupt subscriptions file is reported to the user and never overwritten', async () => {
    const dir = tmpStateDir();
    const file = path.join(dir, SUBSCRIPTIONS_FILE);
    fs.writeFileSync(file, '{"version":1,"chan');
    const subs = daily(new Subscriptions(dir));
    expect((await handleSubscriptionCommand(subs, { action: 'subscribe', channelId: 'C1', userId: 'U1' })).text).toMatch(
      /nothing was changed/,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('{"version":1,"chan');
    await expect(subs.store.list()).rejects.toThrow(file);
  });
});
