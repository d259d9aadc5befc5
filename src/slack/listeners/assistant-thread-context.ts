import type { AssistantConfig } from '@slack/bolt';

type ThreadContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type ThreadContext = Awaited<ReturnType<ThreadContextStore['get']>>;

/** The thread of an assistant event: `assistant_thread` on thread events, `channel`/`thread_ts` on messages. */
export function threadOf(payload: object): { channelId: string; threadTs: string; context: ThreadContext } {
  const p = payload as {
    channel?: string;
    thread_ts?: string;
    assistant_thread?: { channel_id?: string; thread_ts?: string; context?: ThreadContext };
  };
  const channelId = p.assistant_thread?.channel_id ?? p.channel ?? '';
  const threadTs = p.assistant_thread?.thread_ts ?? p.thread_ts ?? '';
  return { channelId, threadTs, context: p.assistant_thread?.context ?? {} };
}

/**
 * The channel each assistant thread's person is viewing, per thread. (Bolt's default store keeps one
 * context for the whole app, so two people's threads would share it.) After a restart the context is
 * read back from the metadata Bolt's `say()` put on the bot's first message in the thread.
 */
export function threadContextStore(capacity = 5000): ThreadContextStore {
  const contexts = new Map<string, ThreadContext>();
  const keyOf = (channelId: string, threadTs: string) => `${channelId}:${threadTs}`;
  return {
    async get({ payload, client, context }) {
      const { channelId, threadTs } = threadOf(payload);
      const known = contexts.get(keyOf(channelId, threadTs));
      if (known) return known;
      const thread = await client.conversations.replies({
        channel: channelId,
        ts: threadTs,
        oldest: threadTs,
        include_all_metadata: true,
        limit: 4,
      });
      const first = thread.messages?.find(
        (m) =>
          !(m as { subtype?: string }).subtype && m.user === context.botUserId && m.metadata?.event_type === 'assistant_thread_context',
      );
      return (first?.metadata?.event_payload as ThreadContext | undefined) ?? {};
    },
    async save({ payload }) {
      const { channelId, threadTs, context } = threadOf(payload);
      contexts.delete(keyOf(channelId, threadTs));
      contexts.set(keyOf(channelId, threadTs), context);
      // A Map iterates in insertion order: the oldest thread is forgotten first.
      if (contexts.size > capacity) contexts.delete(contexts.keys().next().value as string);
    },
  };
}
