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

/** An element of a block, as the tests read it. */
export type Element = {
  type?: string;
  text?: string | { text: string };
  action_id?: string;
  value?: string;
  positive_button?: { value: string };
  negative_button?: { value: string };
};
export type Block = { type: string; block_id?: string; text?: { text: string }; elements?: Element[]; accessory?: Element };

/** The blocks of a message, or of the view a `views.*` call carries. */
export const blocksOf = (body: Record<string, unknown>): Block[] =>
  (body.blocks ?? (body.view as { blocks?: Block[] } | undefined)?.blocks ?? []) as Block[];

const label = (e: Element) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? ''));

/** Every piece of text a person would read in the blocks. */
export function visibleText(body: Record<string, unknown>): string {
  return blocksOf(body)
    .flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map(label)])
    .join('\n');
}

/** The buttons of the actions blocks. */
export function buttons(body: Record<string, unknown>): Array<{ action_id: string; value: string; text: string }> {
  return blocksOf(body)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({ action_id: e.action_id ?? '', value: e.value ?? '', text: label(e) }));
}

/** Every clickable thing: buttons in actions blocks and section accessories. */
export function clickables(body: Record<string, unknown>): Array<{ action_id: string; value: string; text: string }> {
  return blocksOf(body)
    .flatMap((b) => [...(b.type === 'actions' ? (b.elements ?? []) : []), ...(b.accessory ? [b.accessory] : [])])
    .map((e) => ({ action_id: e.action_id ?? '', value: e.value ?? '', text: label(e) }));
}
