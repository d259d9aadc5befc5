import type { webApi } from '@slack/bolt';
import type { PostMessage } from './run-daily';

/** Posts through the Slack Web API (`chat.postMessage`), without link previews. */
export function slackPoster(client: webApi.WebClient): PostMessage {
  return async (channel, message) => {
    const res = await client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    if (!res.ts) throw new Error('chat.postMessage answered ok without a ts');
    return { ts: res.ts };
  };
}
