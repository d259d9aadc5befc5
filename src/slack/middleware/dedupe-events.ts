import type { AnyMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import type { AnsweredEvents } from '../../state/store';
import { SeenEvents } from '../seen-events';
import { setOutcome } from '../listeners/outcome';

/**
 * Global middleware: an event delivered again (Slack's retries, X-Slack-Retry-Num) is dropped. The
 * memory is the store's, so a retry after a restart, or sent to another replica, is dropped too.
 */
export function dedupeEvents(answered: AnsweredEvents | SeenEvents = new SeenEvents()) {
  return async ({ body, context, next }: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await answered.firstTime(eventId))) {
      setOutcome(context, 'duplicate');
      return;
    }
    await next();
  };
}
