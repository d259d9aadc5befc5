import { slackTextToPlain } from './plain-text';

/** The plain text of a mention or DM, without the leading `<@U…>` mentions of the bot. */
export function mentionText(text: string | undefined, botUserId: string | undefined): string {
  let t = (text ?? '').trim();
  const leading = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>[\s,:]*/;
  for (let m = leading.exec(t); m; m = leading.exec(t)) {
    if (botUserId !== undefined && m[1] !== botUserId) break;
    t = t.slice(m[0].length);
  }
  return slackTextToPlain(t).trim();
}
