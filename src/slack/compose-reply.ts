import { ArchiveError, type Archive } from '../answers';
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

const DAMAGED = 'Summit cannot read its archive right now: its index is damaged. The operator has been told how to rebuild it; please ask again later.';
const NO_DAILY = 'Daily “on this date” posts are not set up on this Summit: ask the operator to set DAILY_CHANNELS or enable subscriptions.';

const queues = new WeakMap<SlackAppDeps, AnswerQueue>();

/**
 * The Slack message answering `text`: the one place listeners turn a request into a reply. The whole
 * answer is read from one generation of the index, even if a rebuild switches it meanwhile.
 */
export async function composeReply(deps: SlackAppDeps, text: string, ctx: ReplyContext): Promise<SlackMessage> {
  let queue = queues.get(deps);
  if (!queue) queues.set(deps, (queue = createAnswerQueue()));
  const lease = deps.archive.lease();
  try {
    const { archive } = lease;
    // A question that waits for the shards waits outside the queue, so the answers behind it do not.
    if (waitsForSearch(text, archive, todayOf(deps))) await archive.searchable.catch(() => undefined);
    return await queue(() => compose(deps, archive, text, ctx));
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    // The operator learns which file and how to rebuild; the person is told the truth without the path.
    deps.logger.error({ generation: lease.archive.generation, code: error.code }, error.message);
    return renderNotice(DAMAGED, { asked: ctx.asked });
  } finally {
    lease.release();
  }
}

const todayOf = (deps: SlackAppDeps) => todayIn(deps.config.dailyTz, (deps.now ?? (() => new Date()))());

async function compose(deps: SlackAppDeps, archive: Archive, text: string, ctx: ReplyContext): Promise<SlackMessage> {
  const today = todayOf(deps);
  const resolved = await resolveRequest(text, { archive, today, offset: ctx.offset });
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
