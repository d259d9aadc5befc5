/** What someone asked Summit for, read from the text after `/summit` or a mention. */
export type SummitRequest =
  | { kind: 'help' }
  | { kind: 'list' }
  | { kind: 'on-this-date'; day?: string }
  | { kind: 'subscription'; action: 'subscribe' | 'unsubscribe' | 'list' }
  /** `quotes <name> [date or words]`: what a speaker said; `source:"Name"` keeps one source's articles. */
  | { kind: 'quotes'; text: string; source?: string }
  /** A date in any common form, or a question: the engine tells which; `source:"Name"` makes it a question kept to one source. */
  | { kind: 'summit'; text: string; source?: string };

const SUBSCRIPTION: Record<string, 'subscribe' | 'unsubscribe' | 'list'> = {
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  subscriptions: 'list',
  subscription: 'list',
};

/** Reads a request; empty text is `help` (callers that want another hint check for it first). */
export function parseRequest(text: string): SummitRequest {
  const t = text.trim().replace(/\s+/g, ' ');
  const word = t.toLowerCase();
  if (word === '' || word === 'help' || word === '?' || word === 'usage') return { kind: 'help' };
  if (word === 'list' || word === 'events' || word === 'timeline' || word === 'all') return { kind: 'list' };
  const sub = SUBSCRIPTION[word];
  if (sub) return { kind: 'subscription', action: sub };
  const otd = /^on[ -]this[ -](?:date|day)\b\s*(.*)$/i.exec(t);
  if (otd) return otd[1] ? { kind: 'on-this-date', day: otd[1] } : { kind: 'on-this-date' };
  const { source, rest } = sourceOf(t);
  const quotes = /^quotes?(?:\s+(?:of|by|from))?(?:\s+(.*))?$/i.exec(rest);
  if (quotes) return { kind: 'quotes', text: quotes[1] ?? '', ...(source ? { source } : {}) };
  return { kind: 'summit', text: rest, ...(source ? { source } : {}) };
}

/** `source:"South China Morning Post"` or `source:TASS` anywhere in the text (the search modal writes it). */
const SOURCE = /(?:^|\s)source:\s*(?:"([^"]*)"|“([^”]*)”|([^\s"“”]+))/i;

/** The source a request is kept to, and the text without it. */
export function sourceOf(text: string): { source: string | null; rest: string } {
  const m = SOURCE.exec(text);
  const source = m ? (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/g, ' ').trim() : '';
  if (!m || !source) return { source: null, rest: text };
  return { source, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim() };
}
