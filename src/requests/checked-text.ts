/** What of a message "Check with Summit" searches: at most this many characters (the search has a time budget). */
export const CHECK_MAX_CHARS = 1000;

/** A link's label worth keeping: words, not the address again (Slack labels an auto-linked `example.com` so). */
const ADDRESS_LIKE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/\S*|(?:mailto|tel):\S*|www\.\S*|[^\s@]+@[^\s@]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#:]\S*)?)$/i;

/**
 * Slack's control sequences: `<@U…>` and `<@U…|name>` mentions, `<#C…|name>` channels,
 * `<!here>`/`<!subteam^…>` pings, `<!date^…|fallback>` dates, and `<scheme:…|label>` links.
 */
const SLACK_SEQUENCE = /<([@#!][^<>]*|[a-z][a-z0-9+.-]*:[^<>\s|]*(?:\|[^<>]*)?)>/gi;

/** Addresses typed bare (the shell's `check`; Slack wraps them in `<…>`) and e-mail addresses. */
const BARE_ADDRESS = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)\S+|\bmailto:\S+|[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}\b/gi;

/** `:smile:`, `:+1::skin-tone-2:`: emoji codes, not inside words or times such as 10:30:45. */
const EMOJI = /(?<![\p{L}\p{N}:]):[a-z0-9_+'-]+:(?::[a-z0-9_+'-]+:)*(?![\p{L}\p{N}])/giu;

/** What a Slack control sequence leaves of itself in the checked words. */
function sequenceWords(inner: string): string {
  const bar = inner.indexOf('|');
  const label = bar >= 0 ? inner.slice(bar + 1).trim() : '';
  // A date keeps its fallback text; mentions, channels and pings are nobody's claim.
  if (inner.startsWith('!date^')) return label;
  if (/^[@#!]/.test(inner)) return '';
  return label !== '' && !ADDRESS_LIKE.test(label) ? label : '';
}

/**
 * The words of a message "Check with Summit" searches, given its text as Slack sends it (`&lt;` for
 * `<`, `<@U…>` for mentions, `<url|label>` for links) or as typed in the shell: links, mentions,
 * channel references and `:emoji:` codes are left out (a link's label stays when it is words), entities
 * decoded, all on one line and cut at a word. '' when nothing is left to check.
 */
export function checkedText(message: string): string {
  const words = message
    .replace(SLACK_SEQUENCE, (_all, inner: string) => ` ${sequenceWords(inner)} `)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(BARE_ADDRESS, ' ')
    .replace(EMOJI, ' ');
  const t = words.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return '';
  if (t.length <= CHECK_MAX_CHARS) return t;
  const cut = t.slice(0, CHECK_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > CHECK_MAX_CHARS / 2 ? cut.slice(0, space) : cut;
}
