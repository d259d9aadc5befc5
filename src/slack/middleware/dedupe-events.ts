import type { AnyMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import { SeenEvents } from '../seen-events';
import { setOutcome } from '../listeners/outcome';

/** Global middleware: an event delivered again (Slack's retries, X-Slack-Retry-Num) is dropped. */
export function dedupeEvents(seen = new SeenEvents()) {
  return async ({ body, context, next }: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstTime(eventId)) {
      setOutcome(context, 'duplicate');
      return;
    }
    await next();
  };
}
