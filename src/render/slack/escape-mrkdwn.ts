/**
 * Escapes text that is not ours (articles, queries) for Slack mrkdwn: with `&`, `<` and `>` escaped,
 * nothing typed or archived can ping `<!channel>`, mention a user or smuggle a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
