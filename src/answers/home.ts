/**
 * What the App Home shows (and the shell's `home`): the latest summits, today's anniversaries and the
 * channels that get the daily post. Read from what the archive holds in memory: no shard, no search.
 */
import type { Archive } from '../search/archive';
import type { SummitEvent } from '../events/types';
import { onThisDate } from './on-this-date';
import type { OnThisDateAnswer } from './types';

/** Enough to see what is recent while keeping the tab far below Slack's 100 blocks. */
export const HOME_LATEST_COUNT = 8;

export interface HomeAnswer {
  kind: 'home';
  /** The latest summits, newest first. */
  latest: SummitEvent[];
  /** Today's anniversaries (earlier years), without excerpts. */
  today: OnThisDateAnswer;
  /**
   * Channel ids that get the daily post (DAILY_CHANNELS and subscriptions): in Slack, those the viewer
   * is in; null when they could not be read (the list is left out).
   */
  dailyChannels: string[] | null;
}

export function homeAnswer(
  archive: Archive,
  { today, dailyChannels }: { today: string; dailyChannels: readonly string[] | null },
): HomeAnswer {
  const latest = [...archive.events].sort((a, b) => b.date.localeCompare(a.date)).slice(0, HOME_LATEST_COUNT);
  const otd = onThisDate(archive, undefined, { today });
  // Without a day typed, onThisDate cannot fail; the guard keeps the type honest.
  const anniversaries: OnThisDateAnswer =
    otd.kind === 'on-this-date'
      ? { ...otd, events: otd.events.map((e) => ({ ...e, excerpts: [] })) }
      : { kind: 'on-this-date', day: today.slice(5), date: today, events: [], page: { offset: 0, limit: 0, total: 0 }, next: null };
  return { kind: 'home', latest, today: anniversaries, dailyChannels: dailyChannels && [...dailyChannels] };
}
