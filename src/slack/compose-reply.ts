import type { ReplyIn } from '../render/action-value';
import { renderNotice, renderSlackMessage, renderUsageMessage, type SlackMessage } from '../render/blocks';
import { resolveRequest, waitsForSearch } from '../requests/resolve-request';
import { todayIn } from '../requests/today';
import type { SlackAppDeps } from './deps';
import { createAnswerQueue, type AnswerQueue } from './answer-queue';

export interface ReplyContext {
  /** Where buttons' follow-ups go: `ephemeral` for /summit replies, `thread` for mentions and DMs. */
  replyIn: ReplyIn;
  userId: string;
  channelId: string;
  /** The first result or event to show. */
  offset?: number;
  /** Restated at the top of the reply. */
  asked?: string;
  /** Offer "Share in channel". */
  share?: boolean;
  /** Who shared this answer publicly. */
  sharedBy?: string;
}

const NO_DAILY = 'Daily “on this date” posts are not set up on this Summit: ask the operator to set DAILY_CHANNELS or enable subscriptions.';

const queues = new WeakMap<SlackAppDeps, AnswerQueue>();

/** The Slack message answering `text`: the one place listeners turn a request into a reply. */
export async function composeReply(deps: SlackAppDeps, text: string, ctx: ReplyContext): Promise<SlackMessage> {
  let queue = queues.get(deps);
  if (!queue) queues.set(deps, (queue = createAnswerQueue()));
  // A question that waits for the shards waits outside the queue, so the answers behind it do not.
  if (waitsForSearch(text, deps.archive, todayOf(deps))) await deps.archive.searchable.catch(() => undefined);
  return queue(() => compose(deps, text, ctx));
}

const todayOf = (deps: SlackAppDeps) => todayIn(deps.config.dailyTz, (deps.now ?? (() => new Date()))());

async function compose(deps: SlackAppDeps, text: string, ctx: ReplyContext): Promise<SlackMessage> {
  const today = todayOf(deps);
  const resolved = await resolveRequest(text, { archive: deps.archive, today, offset: ctx.offset });
  switch (resolved.kind) {
    case 'help':
      return renderUsageMessage({ asked: ctx.asked });
    case 'subscription': {
      if (!deps.subscriptionCommand) return renderNotice(NO_DAILY, { asked: ctx.asked });
      const { text: reply } = await deps.subscriptionCommand({ action: resolved.action, channelId: ctx.channelId, userId: ctx.userId });
      // The daily module writes mrkdwn of its own (channel links), so it is not escaped.
      return renderNotice(reply, { asked: ctx.asked, trusted: true });
    }
    case 'answer':
      return renderSlackMessage(resolved.answer, {
        asked: ctx.asked,
        request: text.trim(),
        replyIn: ctx.replyIn,
        share: ctx.share,
        sharedBy: ctx.sharedBy,
        startAt: resolved.startAt,
      });
  }
}
