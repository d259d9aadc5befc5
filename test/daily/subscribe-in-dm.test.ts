import { handleSubscriptionCommand, type DailyChannels } from '../../src/daily/subscription-command';
import { Subscriptions } from '../../src/daily/subscriptions';
import { tmpStateDir } from './helpers';

const now = () => new Date('2025-06-01T10:00:00Z');
const daily = (store: Subscriptions, configured: string[] = []): DailyChannels => ({
  store,
  configured,
  schedule: { time: '09:00', tz: 'Europe/Berlin' },
});

describe('subscriptions typed in a direct message', () => {
  it('subscribe stores nothing and says to type /summit subscribe in the channel that should get the post', async () => {
    const store = new Subscriptions(tmpStateDir(), { now });
    const { text } = await handleSubscriptionCommand(daily(store), { action: 'subscribe', channelId: 'D0DIRECT1', userId: 'U1' });
    expect(text).toMatch(/^A direct message cannot get the daily "On this date" post, so nothing was subscribed\./);
    expect(text).toContain('Type `/summit subscribe` in the channel that should get it');
    expect(text).not.toContain('this channel');
    expect(await store.list()).toEqual([]);
    expect((await handleSubscriptionCommand(daily(store), { action: 'list', channelId: 'D0DIRECT1', userId: 'U1' })).text).toMatch(
      /^No channel gets the daily/,
    );
  });

  it('unsubscribe says where to type it, and stops a DM subscribed before DMs were refused', async () => {
    const store = new Subscriptions(tmpStateDir(), { now });
    const run = async (channelId: string) =>
      (await handleSubscriptionCommand(daily(store), { action: 'unsubscribe', channelId, userId: 'U1' })).text;
    expect(await run('D0DIRECT1')).toContain('Type `/summit unsubscribe` in the channel that should stop getting it');

    await store.subscribe('D0OLDSUB1', 'U1');
    await store.subscribe('C0CHANNEL', 'U1');
    expect(await run('D0OLDSUB1')).toMatch(/^Unsubscribed: no more daily "On this date" posts in this direct message\./);
    expect((await store.list()).map((s) => s.channel)).toEqual(['C0CHANNEL']);
  });

  it('channels are subscribed as before', async () => {
    const store = new Subscriptions(tmpStateDir(), { now });
    const { text } = await handleSubscriptionCommand(daily(store), { action: 'subscribe', channelId: 'C0CHANNEL', userId: 'U1' });
    expect(text).toMatch(/^Subscribed: I will post "On this date" here/);
    expect((await store.list()).map((s) => s.channel)).toEqual(['C0CHANNEL']);
  });
});
