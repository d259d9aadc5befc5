/**
 * Which of the timeline's summits a statement's occasion names ("last September, in Uzbekistan",
 * "back in September at the summit in Hangzhou", "at our meeting in Moscow in March"), read against
 * the day the article was published. A link is made only when the occasion's time, place and kind fit
 * exactly one summit held before the article; an occasion with someone else (a U.S.–Russia call) never
 * links. And which articles are occasions of their own: an interview, a written message, a news
 * conference, a briefing.
 */
import type { SummitEvent } from '../events/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;

/** An occasion with another party than the two leaders' sides is never one of their summits. */
const SOMEONE_ELSE = /(?:U\.S\.|\bUS\b|\bAmerican\b|\bBiden\b|\bTrump\b|\bObama\b|\bWashington\b|\bWhite House\b|\bNATO\b|\bEU\b)/;
/** Named gatherings, matched against a summit's own `summit` field, title and dating sentences. */
const NAMED_SUMMIT = /\b(G20|G-20|BRICS|SCO|APEC|CICA|EEF|SPIEF|Belt and Road)\b/;
const CALL = /\b(?:call|phone|telephone|video ?conference|videoconference|video link)\b/i;
const IN_PERSON = /\b(?:meeting|met|summit|talks|visit|forum|ceremony)\b/i;
/** Capitalised words after "in" or "at": places ("in Uzbekistan", "in Moscow"), not months or sides. */
const PLACE = /\b(?:in|at) (?:the )?((?:\p{Lu}[\p{L}’'-]+)(?: \p{Lu}[\p{L}’'-]+)*)/gu;
const NOT_A_PLACE = new RegExp(`^(?:${MONTHS.join('|')}|Russian-Chinese|Chinese-Russian|Russian|Chinese|The|Our|Their)$`);

interface Window {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthWindow = (y: number, m: number): Window => ({ from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` });

/** The days an occasion's own words put it in, read against the article's publication day; null: none said. */
export function occasionWindow(saidAt: string, published: string): Window | null {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const named = new RegExp(`\\b([Ll]ast|[Bb]ack in|[Ii]n|[Tt]his past)\\s+${MONTH}(?:,?\\s+((?:19|20)\\d\\d))?`).exec(saidAt);
  if (named) {
    const m = MONTHS.indexOf(named[2]!) + 1;
    if (named[3]) return monthWindow(Number(named[3]), m);
    // "last September" is the latest September before this month; "in September", the latest up to this month.
    const strict = /^last$/i.test(named[1]!);
    return monthWindow(m < month || (!strict && m === month) ? year : year - 1, m);
  }
  const inYear = /\b(?:[Ii]n|[Bb]ack in) ((?:19|20)\d\d)\b/.exec(saidAt);
  if (inYear) return { from: `${inYear[1]}-01-01`, to: `${inYear[1]}-12-31` };
  if (/\b[Ll]ast year\b/.test(saidAt)) return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (/\b[Ee]arlier this year\b/.test(saidAt)) return { from: `${year}-01-01`, to: published };
  if (/\b[Ll]ast month\b/.test(saidAt)) return month === 1 ? monthWindow(year - 1, 12) : monthWindow(year, month - 1);
  return null;
}

/** Places and named summits an occasion gives ("Uzbekistan", "Hangzhou", "G20"). */
function placesOf(saidAt: string): string[] {
  const places = [...saidAt.matchAll(PLACE)]
    .map((m) =>
      m[1]!
        .split(' ')
        .filter((w) => !NOT_A_PLACE.test(w))
        .join(' '),
    )
    .filter((p) => p && !NAMED_SUMMIT.test(p));
  const summit = NAMED_SUMMIT.exec(saidAt)?.[1];
  return [...new Set([...places, ...(summit ? [summit.replace('G-20', 'G20')] : [])])];
}

/** Everything the timeline says of a summit, where a place or a gathering's name would appear. */
const summitWords = (e: SummitEvent) => [e.title, e.place ?? '', e.summit ?? '', ...(e.evidence ?? []).map((x) => x.sentence)].join('\n');

function fitsOccasion(
  saidAt: string,
  published: string,
  e: SummitEvent,
  window: Window | null,
  places: readonly string[],
  placeUnknown = false,
): boolean {
  const call = CALL.test(saidAt);
  const inPerson = !call && IN_PERSON.test(saidAt);
  if (e.date > published) return false;
  if (window && (e.date > window.to || (e.end ?? e.date) < window.from)) return false;
  if (call && e.kind !== 'phone call' && e.kind !== 'video call') return false;
  if (inPerson && (e.kind === 'phone call' || e.kind === 'video call')) return false;
  const words = summitWords(e);
  return places.every((p) => words.includes(p)) || (placeUnknown && !e.place);
}

/**
 * Whether an occasion with a month of its own ("at the talks in Moscow in March") is the summit the
 * article is filed under: that month, that kind, and that place unless the timeline gives it none.
 */
export function isOwnOccasion(saidAt: string, published: string | null, own: SummitEvent): boolean {
  if (!published || SOMEONE_ELSE.test(saidAt)) return false;
  const window = occasionWindow(saidAt, published);
  if (!window || window.from.slice(0, 7) !== window.to.slice(0, 7)) return false;
  return fitsOccasion(saidAt, published, own, window, placesOf(saidAt), true);
}

/**
 * The summit of `events` that an occasion names, or null when none fits or more than one does. The
 * occasion must give a time or a place; the summit must have begun by the article's publication day,
 * within that time, at that place, and be a call when the occasion is a call (a meeting otherwise).
 */
export function linkOccasion(saidAt: string, published: string | null, events: readonly SummitEvent[]): SummitEvent | null {
  if (!published || SOMEONE_ELSE.test(saidAt)) return null;
  const window = occasionWindow(saidAt, published);
  const places = placesOf(saidAt);
  if (!window && places.length === 0) return null;
  const fits = events.filter((e) => fitsOccasion(saidAt, published, e, window, places));

  // A summit trip's own meeting before the multilateral days it also spans.
  const own = fits.length > 1 ? fits.filter((e) => e.format !== 'multilateral') : fits;
  return own.length === 1 ? own[0]! : null;
}

/**
 * An article whose title names an occasion of its own — an interview, a written message, a news
 * conference or journalists' questions, a briefing — and not the two leaders' joint appearance
 * ("Joint news conference", "… following Russian-Chinese talks"): what its speaker says there is said
 * there, not at the summit the article is filed under.
 */
const OWN_OCCASION =
  /\b(?:[Ii]nterview|[Nn]ews conference|[Pp]ress conference|[Bb]riefing|[Gg]aggle|[Pp]ress [Cc]all|journalists[’'] questions|[Qq]uestions from journalists|[Mm]essage|[Tt]elegram|[Ll]etter|[Gg]reetings|[Cc]ondolences|[Aa]rticle by)\b/;
const JOINT = /\b(?:[Jj]oint|talks)\b/;

export function ownOccasionTitle(title: string): boolean {
  return OWN_OCCASION.test(title) && !JOINT.test(title);
}
