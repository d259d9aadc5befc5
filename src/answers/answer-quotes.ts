/**
 * `/summit quotes <name> [date or words]`: what a speaker said, cited. A date keeps the statements
 * said at that day's summit, then its coverage's words said on other occasions (each with its own:
 * an interview before the visit, a news conference after it); words keep those that use them, best
 * first; else oldest summit first. A statement is never shown as said at a summit it was not said at.
 */
import type { Archive } from '../search/archive';
import { queryTerms, termsOf } from '../search/terms';
import { KNOWN_SPEAKERS, speakerNamed } from '../quotes/speakers';
import { citedArticle } from './cited-article';
import { clampPage, type PageOptions } from './page';
import { DATE_HINT, readTypedDate } from './read-typed-date';
import { speakersInArchive } from './speaker-question';
import { summitOn } from './summit-coverage';
import { placeStatement, summitStatements, type Placed } from './summit-sides';
import type { InputErrorAnswer, QuoteResult, QuotesAnswer, SummitEvent } from './types';

export interface QuotesOptions extends PageOptions {
  today: string;
  /** Only the statements of these articles (one source's, from the search modal). */
  articles?: ReadonlySet<number>;
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

/** A summit's statements: those said at it, then those of its coverage said elsewhere. */
function atThenElsewhere(archive: Archive, event: SummitEvent): Array<Placed & { elsewhere: boolean }> {
  const { at, elsewhere } = summitStatements(archive, event);
  return [...at.map((p) => ({ ...p, elsewhere: false })), ...elsewhere.map((p) => ({ ...p, elsewhere: true }))];
}

/** Every statement, each placed against the summit its article is filed under (none: said where the article says). */
function everyStatement(archive: Archive): Array<Placed & { elsewhere: boolean }> {
  const out: Array<Placed & { elsewhere: boolean }> = [];
  for (const [n, list] of archive.statements) {
    const a = archive.article(n);
    if (!a) continue;
    const event = a.eventDate
      ? archive.events.find(
          (e) => e.date <= a.eventDate! && a.eventDate! <= (e.end ?? e.date) && e.articles.some((x) => x.articleId === a.id),
        )
      : undefined;
    for (const statement of list)
      out.push({ n, statement, elsewhere: false, placement: placeStatement(archive, n, statement, event ?? null) });
  }
  return out;
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
  const wanted = new Set(queryTerms(words).terms);

  // On a date: that summit's words first, in the order "What each side said" lists them (article, then
  // paragraph), so that `from N` continues it; then its coverage's words said on other occasions.
  const candidates = event ? atThenElsewhere(archive, event) : date ? [] : everyStatement(archive);
  const found: Array<QuoteResult & { matches: number; elsewhere: boolean; when: string }> = [];
  for (const { n, statement: s, placement, elsewhere } of candidates) {
    if (s.speaker !== named.speaker || (options.articles && !options.articles.has(n))) continue;
    const stems = new Set(wanted.size ? termsOf(s.text, { split: 'letters' }) : []);
    const matches = [...wanted].filter((t) => stems.has(t)).length;
    if (wanted.size && matches === 0) continue;
    const cited = citedArticle(archive, n);
    found.push({
      speaker: s.speaker,
      side: s.side,
      text: s.text,
      ...(typeof s.verbatim === 'boolean' ? { verbatim: s.verbatim } : {}),
      ...(s.reportedBy ? { reportedBy: s.reportedBy } : {}),
      ...(placement.saidAt ? { saidAt: placement.saidAt } : {}),
      ...(placement.saidOn ? { saidOn: placement.saidOn } : {}),
      ...cited,
      paragraph: s.paragraph,
      matches,
      elsewhere,
      // Undated, oldest first by the summit the words were said at, else the article's.
      when: placement.linked?.date ?? cited.eventDate ?? cited.published ?? '9999',
    });
  }
  if (!date)
    found.sort(
      (x, y) =>
        y.matches - x.matches ||
        (x.when < y.when ? -1 : x.when > y.when ? 1 : 0) ||
        (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0) ||
        x.paragraph - y.paragraph,
    );
  const results = found.slice(offset, offset + limit).map(({ matches: _matches, elsewhere: _elsewhere, when: _when, ...r }) => r);
  const elsewhere = found.filter((r) => r.elsewhere).length;
  return {
    kind: 'quotes',
    query,
    speaker: named.speaker,
    date,
    event,
    words,
    results,
    page: { offset, limit, total: found.length },
    ...(event ? { elsewhere } : {}),
  };
}
