import { DAMAGED, NO_DAILY } from '../render/copy';
import { renderNotice, renderSlackMessage, renderUsageMessage, type FeedbackStyle, type SlackMessage } from '../render/slack';
import type { SourceFrom } from '../render/slack/options';
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
  /** The workspace asking (keys `/summit subscribe` of OAuth installs). */
  teamId?: string;
  /** The first result or summit to show. */
  offset?: number;
  /** Restated at the top of the reply. */
  asked?: string;
  /** Offer "Share in channel". */
  share?: boolean;
  /** Who shared this answer publicly. */
  sharedBy?: string;
  /** Feedback buttons under the answer, in the style the surface renders. */
  feedback?: FeedbackStyle;
  /** "Show in context" beside each excerpt. */
  showContext?: boolean;
  /** How a source was asked for: the search modal's menu, or typed (the default). */
  sourceFrom?: SourceFrom;
  /** The request, when the surface knows it without reading the text ("Check with Summit" always searches). */
  request?: SummitRequest;
}

const queues = new WeakMap<SlackAppDeps, AnswerQueue>();

/** Today in DAILY_TZ, by the injected clock. */
export function todayOf(deps: SlackAppDeps): string {
  return todayIn(deps.config.dailyTz, (deps.now ?? (() => new Date()))());
}

/**
 * Reads something from one generation of the archive (the App Home, "Show in context"), as answers
 * do: leased for the read, a damaged index logged for the operator and `null` for the person.
 */
export function readArchive<T>(deps: SlackAppDeps, read: (archive: Archive, today: string) => T): T | null {
  const lease = deps.archive.lease();
  try {
    return read(lease.archive, todayOf(deps));
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    deps.logger.error({ generation: lease.archive.generation, code: error.code }, error.message);
    return null;
  } finally {
    lease.release();
  }
}

/**
 * The Slack message answering `text`: the one place listeners turn a request into a reply. The text
 * is parsed once here; the whole answer is read from one generation of the index, even if a rebuild
 * switches it meanwhile.
 */
export async function composeReply(deps: SlackAppDeps, text: string, ctx: ReplyContext): Promise<SlackMessage> {
  let queue = queues.get(deps);
  if (!queue) queues.set(deps, (queue = createAnswerQueue()));
  const request = ctx.request ?? parseRequest(text);
  const today = todayOf(deps);
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
      const { text: reply } = await deps.subscriptionCommand({
        action: resolved.action,
        channelId: ctx.channelId,
        userId: ctx.userId,
        // Only OAuth installs key subscriptions by workspace; a static token serves one.
        teamId: deps.config.oauth ? ctx.teamId : undefined,
      });
      // The daily module writes mrkdwn of its own (channel links), so it is not escaped.
      return renderNotice(reply, { asked: ctx.asked, trusted: true });
    }
    case 'answer':
      // Buttons repeat the request as typed, so a "More" page is answered exactly as this one was.
      return renderSlackMessage(resolved.answer, {
        asked: ctx.asked,
        request: text.trim(),
        replyIn: ctx.replyIn,
        share: ctx.share,
        sharedBy: ctx.sharedBy,
        feedback: ctx.feedback,
        showContext: ctx.showContext,
        sourceFrom: ctx.sourceFrom,
      });
  }
}
