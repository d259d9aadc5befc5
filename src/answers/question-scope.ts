/**
 * A question that names a time or a place ("in December 2021", "the 2021 video call", "last year",
 * "in Kazan", "at the SCO summit in Astana"): the summits it means, so that their coverage is searched
 * first, and the question without those words (they are not also searched as plain words).
 */
import type { SummitEvent } from '../events/types';
import type { Archive } from '../search/archive';
import { MONTH_WORD } from '../corpus/calendar-date';
import { readTypedDate } from './read-typed-date';

export interface QuestionScope {
  /** The summits the question names, oldest first. */
  events: SummitEvent[];
  /** The words that named them, as typed. */
  words: string[];
  /** The question without them. */
  rest: string;
}

const YEAR = '(?:19|20)\\d\\d';
/** Time phrases, longest first: each is read by readTypedDate, so any form it knows works. */
const TIME_PHRASES = [
  `\\d{4}-\\d\\d-\\d\\d`,
  `\\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD},? ${YEAR}`,
  `${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}`,
  `(?:q[1-4]|(?:first|second|third|fourth) quarter(?: of)?) ${YEAR}`,
  `(?:spring|summer|autumn|fall|winter),? (?:of )?${YEAR}`,
  `${MONTH_WORD},? (?:of )?${YEAR}`,
  `(?:last|this|past|previous) (?:year|month|quarter|spring|summer|autumn|fall|winter|${MONTH_WORD})`,
  YEAR,
];
const TIME = new RegExp(`(?:\\b(?:in|during|on|from|of|since)\\s+(?:the\\s+)?)?\\b(${TIME_PHRASES.join('|')})(?![\\w-])`, 'gi');
/**
 * Every time phrase holds a digit or starts with one of these words: a question with neither names no
 * time, and TIME (whose month words cost a one-shot command ~7 ms to compile) is not run on it.
 */
const MAY_NAME_TIME = /\d|\b(?:last|this|past|previous)\s/i;
/** A month without a year after "in": that month in any year ("the video call in December"). */
const MONTH_ONLY = new RegExp(`\\b(?:in|during)\\s+(${MONTH_WORD})(?![\\w-])`, 'gi');
/** A capitalised place after in/at/during: "in Kazan", "at the SCO summit in Astana", "at Tsinghua". */
const PLACE = /\b(?:in|at|during|to|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)*)/gu;
/** A place naming the occasion: "the Kazan meeting", "the Samarkand talks", "their Astana summit". */
const PLACE_OCCASION =
  /\b(?:the|their|that)\s+((?:\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}-]+)*)\s+(?:meeting|meetings|talks|summit|visit|trip|call|forum)\b/gu;
/** Names that are the summit's own subject, not places: they would scope nothing. */
const NOT_PLACES = new Set(['xi', 'jinping', 'putin', 'vladimir', 'russia', 'china', 'beijing', 'moscow', 'kremlin', 'russian', 'chinese']);

const within = (e: SummitEvent, from: string, to: string) => e.date <= to && (e.end ?? e.date) >= from;

/** The time or place a question names, and the summits of it; null when it names none the archive has. */
export function questionScope(archive: Archive, question: string, today: string): QuestionScope | null {
  let events: SummitEvent[] | null = null;
  const words: string[] = [];
  let rest = question;
  const narrow = (found: SummitEvent[], phrase: string, typed: string) => {
    events = events === null ? found : events.filter((e) => found.includes(e));
    words.push(phrase);
    rest = rest.replace(typed, ' ');
  };
  for (const m of MAY_NAME_TIME.test(question) ? question.matchAll(TIME) : []) {
    const typed = readTypedDate(m[1]!, today);
    if (typed?.kind === 'date')
      narrow(
        archive.events.filter((e) => within(e, typed.date, typed.date)),
        m[1]!,
        m[0],
      );
    else if (typed?.kind === 'period')
      narrow(
        archive.events.filter((e) => within(e, typed.from, typed.to)),
        m[1]!,
        m[0],
      );
  }
  for (const m of question.matchAll(MONTH_ONLY)) {
    const month = readTypedDate(`${m[1]!} 2000`, today);
    if (month?.kind !== 'period' || words.some((w) => w.toLowerCase().includes(m[1]!.toLowerCase()))) continue;
    const mm = month.from.slice(5, 7);
    narrow(
      archive.events.filter((e) => e.date.slice(5, 7) === mm || (e.end ?? e.date).slice(5, 7) === mm),
      m[1]!,
      m[0],
    );
  }
  for (const m of [...question.matchAll(PLACE), ...question.matchAll(PLACE_OCCASION)]) {
    const place = m[1]!;
    if (NOT_PLACES.has(place.toLowerCase()) || new RegExp(`^${MONTH_WORD}$`, 'i').test(place) || words.includes(place)) continue;
    const found = summitsAt(archive, place);
    // A place no summit is known by stays a word of the question.
    if (found.length > 0) narrow(found, place, place);
  }
  if (words.length === 0) return null;
  return { events: events ?? [], words, rest: rest.replace(/\s+/g, ' ').trim() };
}

/**
 * The summits a place names: those whose record (place, summit name, title) names it; else those whose
 * coverage names it most, as a later visit's speech recalling "our talks in Vladivostok" names it once.
 */
function summitsAt(archive: Archive, place: string): SummitEvent[] {
  let known = placesCache.get(archive);
  if (!known) placesCache.set(archive, (known = new Map()));
  let found = known.get(place);
  if (!found) {
    found = summitsNaming(archive, place);
    if (known.size >= PLACES_MEMO_LIMIT) known.clear();
    known.set(place, found);
  }
  return [...found];
}

/** The places asked about, each with its summits: finding them reads every summit paragraph. */
const placesCache = new WeakMap<Archive, Map<string, SummitEvent[]>>();
const PLACES_MEMO_LIMIT = 1000;

function summitsNaming(archive: Archive, place: string): SummitEvent[] {
  const pattern = new RegExp(`(?<![\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
  const byRecord = archive.events.filter((e) => [e.place, e.summit, e.title].some((t) => t && pattern.test(t)));
  if (byRecord.length > 0) return byRecord;
  const named = archive.events.map((e) => ({
    e,
    paragraphs: e.articles.reduce((sum, a) => {
      const n = archive.articleNumber(a.articleId);
      const paragraphs = n === undefined ? undefined : archive.summitParagraphs.get(n);
      const title = n === undefined ? '' : (archive.article(n)?.title ?? '');
      return sum + [title, ...(paragraphs ?? [])].filter((p) => pattern.test(p)).length;
    }, 0),
  }));
  const most = Math.max(0, ...named.map((x) => x.paragraphs));
  return named.filter((x) => x.paragraphs > 0 && x.paragraphs * 2 >= most).map((x) => x.e);
}
