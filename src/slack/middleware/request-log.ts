import { performance } from 'node:perf_hooks';
import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../logger';

/** What a request was, without its text or tokens. */
export function describeRequest(body: Record<string, unknown>): Record<string, unknown> {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (typeof body.command === 'string') {
    return {
      type: 'command',
      command: body.command,
      team: str(body.team_id),
      channel: str(body.channel_id),
      user: str(body.user_id),
      textLength: str(body.text)?.length ?? 0,
    };
  }
  if (body.type === 'block_actions') {
    const actions = body.actions as Array<{ action_id?: string }> | undefined;
    return {
      type: 'action',
      action: actions?.[0]?.action_id,
      team: str((body.team as { id?: string } | undefined)?.id),
      user: str((body.user as { id?: string } | undefined)?.id),
    };
  }
  if (body.type === 'event_callback') {
    const event = (body.event ?? {}) as Record<string, unknown>;
    return {
      type: 'event',
      event: str(event.type),
      eventId: str(body.event_id),
      team: str(body.team_id),
      channel: str(event.channel),
      user: str(event.user),
    };
  }
  return { type: str(body.type) ?? 'unknown' };
}

/** Global middleware: one log line per request, with its latency and how it ended. */
export function requestLog(logger: Logger) {
  return async ({ body, context, next }: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const outcome = failed ? 'error' : ((context.summitOutcome as string | undefined) ?? 'ignored');
      logger.info(
        { request: describeRequest(body as unknown as Record<string, unknown>), retryNum: context.retryNum, latencyMs, outcome },
        'slack request',
      );
    }
  };
}
