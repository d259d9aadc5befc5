import { DAMAGED, NO_DAILY } from '../render/copy';
import { renderNotice, renderSlackMessage, renderUsageMessage, type SlackMessage } from '../render/slack';
import type { ReplyIn } from '../render/slack/action-value';
import { parseRequest, type SummitRequest } from '../requests/parse-request';
import { resolveRequest, waitsForSearch } from '../requests/resolve-request';
import { todayIn } from '../requests/today';
import { ArchiveError, type Archive } from '../search/archive';
import type { SlackAppDeps } from './deps';
import { createAnswerQueue, type AnswerQueue } from './answer-queue';

export interface ReplyContext {
  /** Where buttons' follow-ups go: `ephemeral` for /summit replies, `thread` for mentions and DMs. */
  replyIn: ReplyIn;
  userId: string;
  channelId: string;
  /** The first result or summit to show. */
  offset?: number;
  /** Restated at the top of the reply. */
  asked?: string;
  /** Offer "Share in channel". */
  share?: boolean;
  /** Who shared this answer publicly. */
  sharedBy?: string;
}

const queues = new WeakMap<SlackAppDeps, AnswerQueue>();

/**
 * The Slack message answering `text`: the one place listeners turn a request into a reply. The text
 * is parsed once here; the whole answer is read from one generation of the index, even if a rebuild
 * switches it meanwhile.
 */
export async function composeReply(deps: SlackAppDeps, text: string, ctx: ReplyContext): Promise<SlackMessage> {
  let queue = queues.get(deps);
  if (!queue) queues.set(deps, (queue = createAnswerQueue()));
  const request = parseRequest(text);
  const today = todayIn(deps.config.dailyTz, (deps.now ?? (() => new Date()))());
  const lease = deps.archive.lease();
  try {
    const { archive } = lease;
    // A question that waits for the shards waits outside the queue, so the answers behind it do not.
    if (waitsForSearch(request, archive, today)) await archive.searchable.catch(() => undefined);
    return await queue(() => compose(deps, { archive, request, text, today }, ctx));
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    // The operator learns which file and how to rebuild; the person is told the truth without the path.
    deps.logger.error({ generation: lease.archive.generation, code: error.code }, error.message);
    return renderNotice(DAMAGED, { asked: ctx.asked });
  } finally {
    lease.release();
  }
}

async function compose(
  deps: SlackAppDeps,
  { archive, request, text, today }: { archive: Archive; request: SummitRequest; text: string; today: string },
  ctx: ReplyContext,
): Promise<SlackMessage> {
  const resolved = await resolveRequest(request, { archive, today, offset: ctx.offset });
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
      // Buttons repeat the request as typed, so a "More" page is answered exactly as this one was.
      return renderSlackMessage(resolved.answer, { asked: ctx.asked, request: text.trim(), replyIn: ctx.replyIn, share: ctx.share, sharedBy: ctx.sharedBy });
  }
}
