import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewClosedAction, ViewSubmitAction } from '@slack/bolt';
import { VIEW_IDS } from '../../render/slack/modals';
import type { FeedbackRecord } from '../../state/store';
import type { SlackAppDeps } from '../deps';
import { keepFeedback } from './feedback-button';
import { setOutcome } from './outcome';

/** The feedback a reason modal carries (written by feedback-button.ts), or null when it is not ours. */
function recordOf(metadata: string): FeedbackRecord | null {
  try {
    const r = JSON.parse(metadata) as FeedbackRecord;
    return typeof r.at === 'string' && typeof r.verdict === 'string' && typeof r.query === 'string' && Array.isArray(r.citations)
      ? r
      : null;
  } catch {
    return null;
  }
}

/** The reason modal sent (with or without a reason) or closed: the feedback is stored once either way. */
export function feedbackReason(deps: SlackAppDeps) {
  return async ({
    ack,
    view,
    context,
  }: SlackViewMiddlewareArgs<ViewSubmitAction | ViewClosedAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const record = recordOf(view.private_metadata);
    if (!record) {
      deps.logger.warn('a feedback reason modal without its feedback');
      return setOutcome(context, 'ignored');
    }
    const reason = (view.state?.values?.[VIEW_IDS.reasonInput]?.[VIEW_IDS.reasonInput]?.value ?? '').trim();
    const kept = await keepFeedback(deps, reason ? { ...record, reason } : record);
    setOutcome(context, kept ? 'answered' : 'undelivered');
  };
}
