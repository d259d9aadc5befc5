import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeAnswer } from '../../answers/home';
import { renderHomeView } from '../../render/slack';
import { readArchive } from '../compose-reply';
import type { SlackAppDeps } from '../deps';
import { logSlackFailure } from '../deliver';
import { createViewerChannels, type ViewerChannels } from '../viewer-channels';
import { setOutcome } from './outcome';

/** The channels that get the daily post in a workspace: DAILY_CHANNELS and its subscriptions. */
export async function dailyChannelsOf(deps: SlackAppDeps, teamId: string | undefined): Promise<string[]> {
  if (deps.dailyChannels) return deps.dailyChannels(teamId);
  const subscribed = (await deps.store?.subscriptions.list(deps.config.oauth ? teamId : undefined)) ?? [];
  return [...new Set([...deps.config.dailyChannels, ...subscribed.map((s) => s.channel)])];
}

/**
 * The Home tab, published each time someone opens it (`app_home_opened` → `views.publish`), from what
 * the archive holds in memory, so it is fresh and fast. It lists the viewer's own channels among those
 * that get the daily post (`users.conversations`, kept a minute per person). The Messages tab sends the
 * same event: ignored.
 */
export function appHomeOpened(deps: SlackAppDeps, viewerChannels: ViewerChannels = createViewerChannels(deps.logger)) {
  return async ({ event, client, context, body }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return setOutcome(context, 'ignored');
    const teamId = (body as { team_id?: string }).team_id;
    let channels: string[] | null = null;
    try {
      const daily = await dailyChannelsOf(deps, teamId);
      // No daily channel at all: nothing to ask Slack.
      const mine = daily.length > 0 ? await viewerChannels(client, teamId, event.user) : new Set<string>();
      channels = mine && daily.filter((c) => mine.has(c));
    } catch (error) {
      // The tab is still worth showing without the channels.
      deps.logger.warn({ err: error }, 'the daily channels could not be read for the App Home');
    }
    const home = readArchive(deps, (archive, today) => homeAnswer(archive, { today, dailyChannels: channels }));
    if (!home) return setOutcome(context, 'apologised');
    try {
      await client.views.publish({ user_id: event.user, view: renderHomeView(home) });
      setOutcome(context, 'answered');
    } catch (error) {
      logSlackFailure(deps.logger, 'views.publish', error);
      setOutcome(context, 'undelivered');
    }
  };
}
