import * as fs from 'node:fs';
import * as path from 'node:path';
import { handleSubscriptionCommand } from '../../src/daily/subscription-command';
import { Subscriptions, SUBSCRIPTIONS_FILE } from '../../src/daily/subscriptions';
import { tmpStateDir } from './helpers';

const schedule = { time: '09:00', tz: 'Europe/Berlin' };
const now = () => new Date('2025-06-01T10:00:00Z');

describe('subscriptions', () => {
  it('subscribe and unsubscribe are kept across restarts', () => {
    const dir = tmpStateDir();
    const first = new Subscriptions(dir, { configured: ['CCONF1'], schedule, now });
    expect(handleSubscriptionCommand(first, { action: 'subscribe', channelId: 'CSUB1', userId: 'U1' }).text).toMatch(
      /^Subscribed: I will post "On this date" here every day at 09:00 \(Europe\/Berlin\).*\/invite @Summit/,
    );
    handleSubscriptionCommand(first, { action: 'subscribe', channelId: 'CSUB2', userId: 'U2' });

    const restarted = new Subscriptions(dir, { configured: ['CCONF1'], schedule });
    expect(restarted.channels()).toEqual(['CCONF1', 'CSUB1', 'CSUB2']);
    expect(handleSubscriptionCommand(restarted, { action: 'unsubscribe', channelId: 'CSUB1', userId: 'U1' }).text).toMatch(/^Unsubscribed/);

    const again = new Subscriptions(dir, { configured: ['CCONF1'] });
    expect(again.channels()).toEqual(['CCONF1', 'CSUB2']);
    expect(fs.readdirSync(dir)).toEqual([SUBSCRIPTIONS_FILE]);
  });

  it('answers already subscribed, not subscribed, and configured channels', () => {
    const subs = new Subscriptions(tmpStateDir(), { configured: ['CCONF1'], schedule, now });
    const run = (action: 'subscribe' | 'unsubscribe' | 'list', channelId: string) =>
      handleSubscriptionCommand(subs, { action, channelId, userId: 'U9' }).text;

    expect(run('list', 'CSUB1')).toBe('The daily "On this date" post goes out every day at 09:00 (Europe/Berlin) to:\n• <#CCONF1> (configured in DAILY_CHANNELS)');
    run('subscribe', 'CSUB1');
    expect(run('subscribe', 'CSUB1')).toBe(
      'This channel is already subscribed (since 2025-06-01, by <@U9>). `/summit unsubscribe` stops the daily post.',
    );
    expect(run('subscribe', 'CCONF1')).toMatch(/already gets the daily .* listed in DAILY_CHANNELS/);
    expect(run('unsubscribe', 'CCONF1')).toMatch(/still gets the daily post because it is listed in DAILY_CHANNELS/);
    expect(run('unsubscribe', 'CNOPE')).toMatch(/^This channel is not subscribed, so there was nothing to stop/);
    expect(run('list', 'CSUB1')).toBe(
      'The daily "On this date" post goes out every day at 09:00 (Europe/Berlin) to:\n' +
        '• <#CCONF1> (configured in DAILY_CHANNELS)\n• <#CSUB1> (subscribed by <@U9> on 2025-06-01)',
    );
    expect(subs.configured).toEqual(['CCONF1']);
  });

  it('says so when no channel gets the post', () => {
    const subs = new Subscriptions(tmpStateDir());
    expect(handleSubscriptionCommand(subs, { action: 'list', channelId: 'C1', userId: 'U1' }).text).toMatch(/^No channel gets the daily/);
  });

  it('a corrupt subscriptions file is reported to the user and never overwritten', () => {
    const dir = tmpStateDir();
    const file = path.join(dir, SUBSCRIPTIONS_FILE);
    fs.writeFileSync(file, '{"version":1,"chan');
    const subs = new Subscriptions(dir);
    expect(handleSubscriptionCommand(subs, { action: 'subscribe', channelId: 'C1', userId: 'U1' }).text).toMatch(/nothing was changed/);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"version":1,"chan');
    expect(() => subs.channels()).toThrow(file);
  });
});
