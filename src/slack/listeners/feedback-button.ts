import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { FEEDBACK_THANKS } from '../../render/copy';
import { reasonModal, renderNotice } from '../../render/slack';
import { decodeFeedbackValue } from '../../render/slack/feedback';
import { MAX_METADATA } from '../../render/slack/modals';
import { openFilesStore } from '../../state/files-store';
import type { FeedbackRecord, FeedbackStore } from '../../state/store';
import type { SlackAppDeps } from '../deps';
import { respondWith, showModal } from '../deliver';
import { setOutcome } from './outcome';

const fallbackStores = new WeakMap<SlackAppDeps, FeedbackStore>();

/** Where feedback goes: the injected store, the state store's, or the files store's under STATE_DIR. */
export function feedbackStoreOf(deps: SlackAppDeps): FeedbackStore {
  if (deps.feedback) return deps.feedback;
  if (deps.store) return deps.store.feedback;
  let store = fallbackStores.get(deps);
  if (!store) fallbackStores.set(deps, (store = openFilesStore(deps.config.stateDir).feedback));
  return store;
}

/** Stores a record; a store that fails is logged, and the person still gets their thanks. */
export async function keepFeedback(deps: SlackAppDeps, record: FeedbackRecord): Promise<boolean> {
  try {
    await feedbackStoreOf(deps).add(record);
    deps.logger.info(
      { verdict: record.verdict, citations: record.citations.length, reason: record.reason !== undefined },
      'feedback stored',
    );
    return true;
  } catch (error) {
    deps.logger.error({ err: error }, 'feedback could not be stored');
    return false;
  }
}

type FeedbackArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Helpful / Not helpful (Slack's feedback buttons or plain ones) and "Wrong attribution": the verdict
 * is stored with the query, the citations shown, user, channel and team. "Helpful" is stored at once
 * and thanked; the others open a short modal for an optional reason and are stored when it is sent or
 * closed (at once, when the modal cannot be opened).
 */
export function feedbackButton(deps: SlackAppDeps) {
  return async ({ ack, body, action, respond, client, context }: FeedbackArgs): Promise<void> => {
    await ack();
    const value = decodeFeedbackValue((action as { value?: string }).value);
    if (!value) {
      deps.logger.warn({ actionId: (action as { action_id?: string }).action_id }, 'a feedback value that is not ours');
      return setOutcome(context, 'ignored');
    }
    const record: FeedbackRecord = {
      at: (deps.now ?? (() => new Date()))().toISOString(),
      team: body.team?.id ?? body.user.team_id ?? '',
      user: body.user.id,
      channel: body.channel?.id ?? (body.container as { channel_id?: string }).channel_id ?? '',
      query: value.query,
      verdict: value.verdict,
      citations: value.citations,
    };
    const inView = body.container.type === 'view';
    if (value.verdict !== 'helpful') {
      const metadata = JSON.stringify(record);
      const how = inView ? { push: body.trigger_id } : { open: body.trigger_id };
      const failed =
        metadata.length <= MAX_METADATA ? await showModal(client, deps.logger, how, reasonModal(metadata)) : 'metadata_too_long';
      if (!failed) return setOutcome(context, 'answered');
    }
    const kept = await keepFeedback(deps, record);
    if (!inView) await respondWith(respond, deps.logger, renderNotice(FEEDBACK_THANKS));
    setOutcome(context, kept ? 'answered' : 'undelivered');
  };
}
