/**
 * `/summit quotes <name> [date or words]`: what a speaker said, cited. A date keeps the statements
 * about that day's summit; words keep those that use them, best first; else oldest summit first.
 */
import type { Archive } from '../search/archive';
import { queryTerms, termsOf } from '../search/terms';
import { KNOWN_SPEAKERS, speakerNamed } from '../quotes/speakers';
import { citedArticle } from './cited-article';
import { clampPage, type PageOptions } from './page';
import { DATE_HINT, readTypedDate } from './read-typed-date';
import { speakersInArchive } from './speaker-question';
import { summitOn } from './summit-coverage';
import type { InputErrorAnswer, QuoteResult, QuotesAnswer } from './types';

export interface QuotesOptions extends PageOptions {
  today: string;
}

export const QUOTES_HINT = 'Type a speaker, then a date or words if you like: quotes Xi, quotes Putin 2022-12-30, quotes Kremlin Ukraine.';

/** The longest leading run of words (at most four) that names a speaker, and the rest. */
function splitName(text: string, others: readonly string[]): { speaker: string; rest: string } | null {
  const words = text.split(/\s+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n -= 1) {
    const speaker = speakerNamed(words.slice(0, n).join(' '), others);
    if (speaker) return { speaker, rest: words.slice(n).join(' ') };
  }
  return null;
}

export function answerQuotes(archive: Archive, text: string, options: QuotesOptions): QuotesAnswer | InputErrorAnswer {
  const query = String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ');
  const others = speakersInArchive(archive);
  const named = splitName(query, others);
  if (!named) {
    const known = [...new Set([...KNOWN_SPEAKERS.slice(0, 6).map((s) => s.name), ...others.slice(0, 6)])].join(', ');
    return {
      kind: 'input-error',
      query,
      message: query ? `I know no speaker called “${query.split(' ')[0]}”.` : 'Whose quotes? Name a speaker.',
      hint: `${QUOTES_HINT} Speakers include ${known}.`,
    };
  }
  // `quotes Xi 2022-06-15 from 4`: a date's statements from the 4th on, where a side's list on the date page was cut.
  const from = /^(.*\S)\s+from\s+(\d{1,6})$/i.exec(named.rest);
  const fromDate = from ? readTypedDate(from[1]!, options.today) : null;
  const rest = from && fromDate?.kind === 'date' ? from[1]! : named.rest;
  const start = from && fromDate?.kind === 'date' ? Math.max(0, Number(from[2]) - 1) : 0;
  const { offset, limit } = clampPage({ ...options, offset: Math.max(options.offset ?? 0, start) });
  const typed = rest ? readTypedDate(rest, options.today) : null;
  if (typed?.kind === 'invalid') return { kind: 'input-error', query, message: `${typed.reason}.`, hint: DATE_HINT };
  const date = typed?.kind === 'date' ? typed.date : null;
  const event = date ? summitOn(archive, date) : null;
  const words = date ? '' : rest;
  const inEvent = event ? new Set(event.articles.map((a) => a.articleId)) : null;
  const wanted = new Set(queryTerms(words).terms);

  const found: Array<QuoteResult & { matches: number }> = [];
  for (const [n, list] of archive.statements) {
    const a = archive.articles[n];
    if (!a || (date && (!inEvent || !inEvent.has(a.id)))) continue;
    for (const s of list) {
      if (s.speaker !== named.speaker) continue;
      const stems = new Set(wanted.size ? termsOf(s.text, { split: 'letters' }) : []);
      const matches = [...wanted].filter((t) => stems.has(t)).length;
      if (wanted.size && matches === 0) continue;
      found.push({
        speaker: s.speaker,
        side: s.side,
        text: s.text,
        ...(typeof s.verbatim === 'boolean' ? { verbatim: s.verbatim } : {}),
        ...(s.reportedBy ? { reportedBy: s.reportedBy } : {}),
        ...(s.saidAt ? { saidAt: s.saidAt } : {}),
        ...citedArticle(archive, n),
        paragraph: s.paragraph,
        matches,
      });
    }
  }
  // On a date, in the order "What each side said" lists them (article, then paragraph), so that `from N` continues it.
  const when = (r: QuoteResult) => (date ? '' : (r.eventDate ?? r.published ?? '9999'));
  found.sort(
    (x, y) =>
      y.matches - x.matches ||
      (when(x) < when(y) ? -1 : when(x) > when(y) ? 1 : 0) ||
      (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0) ||
      x.paragraph - y.paragraph,
  );
  const results = found.slice(offset, offset + limit).map(({ matches: _matches, ...r }) => r);
  return { kind: 'quotes', query, speaker: named.speaker, date, event, words, results, page: { offset, limit, total: found.length } };
}
