/** What someone asked Summit for, read from the text after `/summit` or a mention. */
export type SummitRequest =
  | { kind: 'help' }
  | { kind: 'list' }
  | { kind: 'on-this-date'; day?: string }
  | { kind: 'subscription'; action: 'subscribe' | 'unsubscribe' | 'list' }
  /** `quotes <name> [date or words]`: what a speaker said. */
  | { kind: 'quotes'; text: string }
  /** A date in any common form, or a question: the engine tells which. */
  | { kind: 'summit'; text: string };

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
  const quotes = /^quotes?(?:\s+(?:of|by|from))?(?:\s+(.*))?$/i.exec(t);
  if (quotes) return { kind: 'quotes', text: quotes[1] ?? '' };
  const otd = /^on[ -]this[ -](?:date|day)\b\s*(.*)$/i.exec(t);
  if (otd) return otd[1] ? { kind: 'on-this-date', day: otd[1] } : { kind: 'on-this-date' };
  return { kind: 'summit', text: t };
}
