import type { HomeAnswer } from '../../answers/home';
import type { SummitEvent } from '../../answers/types';
import * as copy from '../copy';
import { eventDays, plural, sentenceStart, yearsAgo, eventKind } from '../format-date';
import { ACTION_IDS, encodeActionValue } from './action-value';
import { type KnownBlock, mrkdwn } from './block-kit';
import { escapeMrkdwn } from './escape-mrkdwn';
import { headerBlock, mrkdwnSection } from './section';
import { truncate } from './slack-limits';

/** A Home tab's view: what `views.publish` takes. */
export interface HomeView {
  type: 'home';
  blocks: KnownBlock[];
}

const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;
/** Slack allows 100 blocks in a Home tab; the data is cut well before. */
const MAX_ANNIVERSARIES = 5;
const MAX_CHANNELS = 30;

/** One summit with an "Open" button that answers that day as `/summit <date>` would. */
function latestItem(event: SummitEvent): KnownBlock {
  const line = `*${eventDays(event)}* · ${eventKind(event)} · ${plural(event.articles.length, 'article')}\n${escapeMrkdwn(truncate(event.title, 200))}`;
  const value = encodeActionValue({ request: event.date, offset: 0, replyIn: 'ephemeral' });
  const section = mrkdwnSection(line);
  return value === null
    ? section
    : { ...section, accessory: { type: 'button', action_id: ACTION_IDS.open, text: { type: 'plain_text', text: copy.HOME_OPEN }, value } };
}

/**
 * The App Home: the latest summits (each opens as `/summit <date>`), today's anniversaries, the
 * viewer's channels that get the daily post, and how to ask. Titles are escaped as everywhere else.
 */
export function renderHomeView(home: HomeAnswer): HomeView {
  const blocks: KnownBlock[] = [headerBlock(copy.HOME_HEADING), mrkdwnSection(`*${copy.HOME_LATEST}*`)];
  if (home.latest.length === 0) blocks.push(mrkdwnSection(copy.NO_SUMMIT_YET));
  blocks.push(...home.latest.map(latestItem), { type: 'divider' });

  const { today } = home;
  const anniversaries = today.events
    .slice(0, MAX_ANNIVERSARIES)
    .map((e) => `• *${sentenceStart(yearsAgo(e.yearsAgo))}*, ${eventDays(e)} — ${eventKind(e)}: ${escapeMrkdwn(truncate(e.title, 150))}`);
  const none = [
    copy.noSummitOnThisDay(today.day),
    ...(today.next ? [copy.nextAnniversary(today.next, escapeMrkdwn(truncate(today.next.title, 150)))] : []),
  ];
  blocks.push(mrkdwnSection(`*${copy.onThisDateHeading(today.day)}*\n${(anniversaries.length ? anniversaries : none).join('\n')}`), {
    type: 'divider',
  });

  // The viewer's channels among those that get the daily post; left out when Slack could not say which.
  if (home.dailyChannels) {
    const channels = home.dailyChannels.filter((c) => CHANNEL_ID.test(c)).slice(0, MAX_CHANNELS);
    const list = channels.length ? channels.map((c) => `<#${c}>`).join(' ') : copy.HOME_YOUR_NO_DAILY;
    blocks.push(mrkdwnSection(`*${copy.HOME_YOUR_DAILY}*\n${list}`), { type: 'divider' });
  }

  const examples = copy.HOME_EXAMPLES.map(([example, what]) => `\`${example}\` — ${what}`);
  blocks.push(mrkdwnSection(`*${copy.HOME_ASK}*\n${examples.join('\n')}`), { type: 'context', elements: [mrkdwn(copy.HOME_ELSEWHERE)] });
  return { type: 'home', blocks };
}
