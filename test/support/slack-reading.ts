/**
 * How Slack reads the text of a message, for tests: which `<…>` control sequences it would act on
 * (pings, mentions, links) and what a person sees once `&amp;`, `&lt;` and `&gt;` are decoded.
 */

/** A link Summit makes itself: an http(s) target without `|`, `<`, `>` or white space, then a label. */
const SUMMIT_LINK = /^<https?:\/\/[^\s|<>]+\|[^<>]*>/;

interface TextObject {
  type?: string;
  text?: string | TextObject;
  elements?: TextObject[];
}

/**
 * Every text Slack parses or shows in a message: top-level `text`, mrkdwn and plain_text, buttons
 * included. A mrkdwn object without `verbatim: true` is reported with a text Slack would act on, since
 * Slack then turns plain "@channel", "#general" and bare URLs into mentions and links itself.
 */
export function messageTexts(message: { text?: unknown; blocks?: unknown }): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  if (typeof message.text === 'string') out.push({ where: 'text', text: message.text });
  const visit = (node: (TextObject & { verbatim?: boolean }) | undefined, where: string): void => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'mrkdwn' && node.verbatim !== true)
      out.push({ where: `${where} mrkdwn without verbatim`, text: '<automatic parsing>' });
    if ((node.type === 'mrkdwn' || node.type === 'plain_text') && typeof node.text === 'string')
      out.push({ where: `${where} ${node.type}`, text: node.text });
    else if (typeof node.text === 'object') visit(node.text, where);
    for (const e of node.elements ?? []) visit(e, where);
  };
  ((message.blocks ?? []) as TextObject[]).forEach((b, i) => visit(b, `block ${i} (${String(b.type)})`));
  return out;
}

/**
 * The control sequences Slack would act on that Summit did not make: every `<` must open a link of
 * Summit's own (or one of `mentions`, e.g. `<@U0SHARER>` for "Shared by"), and every `&` must be one
 * of the three entities Slack decodes, so nothing is read twice.
 */
export function unsafeSequences(text: string, mentions: readonly string[] = []): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const rest = text.slice(at);
    if (SUMMIT_LINK.test(rest) || mentions.some((m) => rest.startsWith(m))) continue;
    found.push(rest.slice(0, 40));
  }
  for (const m of text.matchAll(/&(?!amp;|lt;|gt;)[^\s]{0,10}/g)) found.push(m[0]);
  return found;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/** What a person reads: links shown as their labels, entities decoded once, bold marks dropped. */
export function shownText(text: string): string {
  return text
    .replace(/<https?:\/\/[^\s|<>]+\|([^<>]*)>/g, '$1')
    .replace(/\*/g, '')
    .replace(/&(amp|lt|gt);/g, (_all, name: string) => ENTITIES[name] ?? '');
}
