import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { answerModal, renderNotice, waitingModal } from '../../render/slack';
import { VIEW_IDS } from '../../render/slack/modals';
import { sourceText } from '../../answers/sources';
import type { SlackAppDeps } from '../deps';
import { composeReply } from '../compose-reply';
import { APOLOGY, showModal } from '../deliver';
import { setOutcome } from './outcome';

type Values = ViewSubmitAction['view']['state']['values'];

const field = (values: Values, id: string) => (values[id]?.[id]?.value ?? '').replace(/\s+/g, ' ').trim();

/** The option picked in a static select (the Source menu), or ''. */
const picked = (values: Values, id: string) => (values[id]?.[id]?.selected_option?.value ?? '').replace(/\s+/g, ' ').trim();

/**
 * What the search modal asks, as the text `/summit` would take: a speaker makes it `quotes <speaker>
 * <question>`; a period is added to the words, where the request parser reads dates and periods; a
 * source adds `source:"<name>"`, which keeps the answer to that source's articles.
 */
export function searchText(values: Values): string {
  const question = field(values, VIEW_IDS.question);
  const period = field(values, VIEW_IDS.period);
  const speaker = field(values, VIEW_IDS.speaker);
  const source = picked(values, VIEW_IDS.source);
  const words = [question, period].filter(Boolean).join(' ');
  const text = speaker ? `quotes ${speaker} ${words}`.trim() : words;
  return source ? `${text} ${sourceText(source)}` : text;
}

/**
 * "Search the archive" submitted: the modal turns into "Searching…" at once (Slack wants the
 * submission acknowledged within 3 s), then into the answer, with More and feedback in place.
 */
export function searchSubmission(deps: SlackAppDeps) {
  return async ({ ack, view, body, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    await ack({ response_action: 'update', view: waitingModal() });
    const text = searchText(view.state.values);
    try {
      const message = await composeReply(deps, text, {
        replyIn: 'ephemeral',
        userId: body.user.id,
        channelId: '',
        teamId: body.team?.id,
        asked: `/summit ${text}`,
        feedback: 'buttons',
        showContext: true,
        sourceFrom: 'menu',
      });
      const failed = await showModal(client, deps.logger, { update: view.id }, answerModal(message));
      setOutcome(context, failed ? 'undelivered' : 'answered');
    } catch (error) {
      deps.logger.error({ err: error }, 'the search modal handler failed');
      setOutcome(context, 'apologised');
      await showModal(client, deps.logger, { update: view.id }, answerModal(renderNotice(APOLOGY.text)));
    }
  };
}
