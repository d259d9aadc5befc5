/** What an event is called and which of the contract's kinds it is, from what its reports say. */
import type { ArticleClaim, EventFormat, SummitKind } from './types';

const VISITS: EventFormat[] = ['state visit', 'official visit', 'working visit'];

/** The contract's kind for a format. */
export function kindOfFormat(format: EventFormat, claims: ArticleClaim[]): SummitKind {
  if (format === 'phone call' || format === 'video call') return format;
  if (format === 'state visit' || format === 'official visit') return 'visit';
  if (format === 'multilateral' && claims.some((c) => c.format === 'video call')) return 'video call';
  return 'in-person talks';
}

/** An in-person event's format: a visit if a report says so, a trilateral, a meeting at a named summit, talks or a meeting. */
export function inPersonFormat(claims: ArticleClaim[], summit: string | undefined): EventFormat {
  const formats = new Set(claims.map((c) => c.format));
  for (const v of VISITS) if (formats.has(v) && (v !== 'working visit' || !summit)) return v;
  const contacts = claims.filter((c) => c.what === 'contact');
  if (contacts.length > 0 && contacts.every((c) => c.relation === 'trilateral')) return 'trilateral';
  if (summit) return formats.has('talks') ? 'talks' : 'meeting on the sidelines';
  return formats.has('talks') ? 'talks' : 'meeting';
}

/** The commonest value among the claims, earliest on ties. */
export function commonest(values: Array<string | undefined>): string | undefined {
  const count = new Map<string, number>();
  for (const v of values) if (v) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A summit as a title names it: "the G20 summit", "the Belt and Road forum", "the Eastern Economic Forum". */
const SUMMIT_NAMES: Record<string, string> = { EEF: 'Eastern Economic Forum', SPIEF: 'St Petersburg International Economic Forum' };
const summitWords = (summit: string) => SUMMIT_NAMES[summit] ?? (/forum|summit|assembly/i.test(summit) ? summit : `${summit} summit`);

/**
 * "Xi Jinping–Vladimir Putin phone call", "… state visit, Moscow", "… meeting on the sidelines,
 * Osaka (G20 summit)", "Xi Jinping and Vladimir Putin at the BRICS summit (no meeting of their own reported)".
 */
export function eventTitle(format: EventFormat, place: string | undefined, summit: string | undefined): string {
  if (format === 'multilateral')
    return `Xi Jinping and Vladimir Putin at ${summit ? `the ${summitWords(summit)}` : 'a gathering of leaders'}${place ? `, ${place}` : ''} (no meeting of their own reported)`;
  if (format === 'phone call' || format === 'video call') return `Xi Jinping–Vladimir Putin ${format}`;
  const what = format === 'trilateral' ? 'trilateral meeting' : format;
  // A visit is its own occasion: a forum held during it does not name it.
  const at = summit && !/visit/.test(format) ? ` (${summitWords(summit)})` : '';
  return `Xi Jinping–Vladimir Putin ${what}${place ? `, ${place}` : ''}${at}`;
}
