import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { paragraphContext } from '../../answers/paragraph-context';
import { CONTEXT_GONE, DAMAGED, SHOW_IN_CONTEXT } from '../../render/copy';
import { answerModal, renderNotice, renderParagraphContext } from '../../render/slack';
import { decodeContextValue } from '../../render/slack/feedback';
import type { SlackAppDeps } from '../deps';
import { readArchive } from '../compose-reply';
import { respondWith, showModal } from '../deliver';
import { setOutcome } from './outcome';

/**
 * "Show in context" beside an excerpt: the paragraphs before and after it with the article's title,
 * source and link, to the person who clicked (ephemerally; pushed onto the modal when it was one).
 */
export function showContext(deps: SlackAppDeps) {
  return async ({
    ack,
    body,
    action,
    respond,
    client,
    context,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const cited = decodeContextValue(action.value);
    const found = cited
      ? readArchive(deps, (archive) => ({ ctx: paragraphContext(archive, cited.articleId, cited.paragraph) }))
      : { ctx: null };
    const message = found === null ? renderNotice(DAMAGED) : found.ctx ? renderParagraphContext(found.ctx) : renderNotice(CONTEXT_GONE);
    const failed =
      body.container.type === 'view'
        ? await showModal(client, deps.logger, { push: body.trigger_id }, answerModal(message, SHOW_IN_CONTEXT))
        : await respondWith(respond, deps.logger, message);
    setOutcome(context, failed ? 'undelivered' : found?.ctx ? 'answered' : 'hint');
  };
}
