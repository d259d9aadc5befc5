/**
 * The URL when it may be shown as a link: plain http(s), without `|`, `<`, `>`, white space or
 * control characters (in Slack they would end the link early or open a control sequence such as
 * `<!channel>`). Anything else (`javascript:`, `!channel`, `@U…`) is `null` and is never linked.
 */
export function linkableUrl(url: string | null | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  return url && /^https?:\/\/[^\s|<>\u0000-\u001f\u007f-\u009f]+$/i.test(url) ? url : null;
}
