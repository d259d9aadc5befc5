import { Assistant, type AssistantThreadStartedMiddleware, type AssistantUserMessageMiddleware } from '@slack/bolt';
import * as copy from '../../render/copy';
import { renderMentionHint, renderNotice } from '../../render/slack';
import { truncate } from '../../render/slack/slack-limits';
import type { SlackAppDeps } from '../deps';
import { asksForMore } from '../asks-for-more';
import { composeReply, readArchive } from '../compose-reply';
import { APOLOGY, logSlackFailure, postReply } from '../deliver';
import { mentionText } from '../mention-text';
import { threadContextStore } from './assistant-thread-context';
import { setOutcome } from './outcome';

/** A thread title from the first question: Slack shows it in the history of assistant threads. */
const TITLE_CHARS = 60;

/** The suggested prompts: the latest summit, "on this date", a quotes example and a question. */
export function suggestedPrompts(deps: SlackAppDeps): Array<{ title: string; message: string }> {
  const latest = readArchive(deps, (archive) =>
    archive.events.reduce<string | null>((last, e) => (last === null || e.date > last ? e.date : last), null),
  );
  const prompts = [
    ...(latest ? [{ title: copy.promptLatest(latest), message: latest }] : []),
    { title: copy.PROMPT_ON_THIS_DATE, message: 'on this date' },
    { title: copy.PROMPT_QUOTES, message: latest ? `quotes Putin ${latest}` : 'quotes Putin' },
    { title: copy.PROMPT_QUESTION, message: copy.PROMPT_QUESTION_TEXT },
  ];
  return prompts;
}

/** Calls Slack for something the answer does not depend on (status, title, prompts): a failure is only logged. */
async function bestEffort(deps: SlackAppDeps, method: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    logSlackFailure(deps.logger, method, error);
  }
}

function threadStarted(deps: SlackAppDeps): AssistantThreadStartedMiddleware {
  return async ({ say, setSuggestedPrompts, saveThreadContext, context }) => {
    await bestEffort(deps, 'thread context', saveThreadContext);
    // say() carries the thread's context as metadata, so it is found again after a restart.
    await bestEffort(deps, 'chat.postMessage', () => say({ text: copy.ASSISTANT_WELCOME }));
    await bestEffort(deps, 'assistant.threads.setSuggestedPrompts', () =>
      setSuggestedPrompts({ title: copy.ASSISTANT_PROMPTS_TITLE, prompts: suggestedPrompts(deps) }),
    );
    setOutcome(context, 'answered');
  };
}

/**
 * A message in an assistant thread: titled from the first question, a status while searching (or
 * while the archive still loads after a start), then the answer with citations in the thread. The
 * channel the person is viewing is the one `/summit subscribe` there would act on.
 */
function userMessage(deps: SlackAppDeps, titled: Set<string>): AssistantUserMessageMiddleware {
  return async ({ message, client, context, setStatus, setTitle, getThreadContext }) => {
    const m = message as { text?: string; user?: string; bot_id?: string; subtype?: string; channel: string; thread_ts?: string };
    if (m.bot_id || m.subtype || !m.user || m.user === context.botUserId) return setOutcome(context, 'ignored');
    const where = { channel: m.channel, thread_ts: m.thread_ts };
    const text = mentionText(m.text, context.botUserId);
    const logger = deps.logger;
    try {
      if (text === '') {
        await postReply(client, logger, where, renderMentionHint());
        return setOutcome(context, 'hint');
      }
      // "more" is no question: answers page with their "More …" button.
      if (asksForMore(text)) {
        await postReply(client, logger, where, renderNotice(copy.MORE_HINT));
        return setOutcome(context, 'hint');
      }
      const key = `${m.channel}:${m.thread_ts}`;
      if (!titled.has(key)) {
        if (titled.size >= 5000) titled.clear();
        titled.add(key);
        await bestEffort(deps, 'assistant.threads.setTitle', () => setTitle(truncate(text, TITLE_CHARS)));
      }
      const lease = deps.archive.lease();
      const loading = !lease.archive.isSearchable();
      lease.release();
      await bestEffort(deps, 'assistant.threads.setStatus', () => setStatus(loading ? copy.ASSISTANT_LOADING : copy.ASSISTANT_SEARCHING));
      let viewing: string | undefined;
      await bestEffort(deps, 'thread context', async () => (viewing = (await getThreadContext()).channel_id));
      const reply = await composeReply(deps, text, {
        replyIn: 'thread',
        userId: m.user,
        channelId: viewing ?? m.channel,
        teamId: context.teamId,
        feedback: 'context_actions',
        showContext: true,
      });
      // Posting in the thread clears the status; when nothing could be posted, clear it here.
      const failed = await postReply(client, logger, where, reply);
      if (failed) await bestEffort(deps, 'assistant.threads.setStatus', () => setStatus(''));
      setOutcome(context, failed ? 'undelivered' : 'answered');
    } catch (error) {
      logger.error({ err: error }, 'the assistant handler failed');
      setOutcome(context, 'apologised');
      await postReply(client, logger, where, APOLOGY);
    }
  };
}

/**
 * The assistant panel (Bolt's Assistant): thread started (welcome and suggested prompts), context
 * changed (the channel being viewed), and messages in the thread. DMs outside assistant threads go
 * on to the direct-message listener as before.
 */
export function summitAssistant(deps: SlackAppDeps): Assistant {
  const store = threadContextStore();
  return new Assistant({
    threadContextStore: store,
    threadStarted: threadStarted(deps),
    threadContextChanged: async ({ saveThreadContext, context }) => {
      await bestEffort(deps, 'thread context', saveThreadContext);
      setOutcome(context, 'answered');
    },
    userMessage: userMessage(deps, new Set()),
  });
}
