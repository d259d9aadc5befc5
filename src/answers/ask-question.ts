/** A question in free text → the best cited excerpts. Never throws on what a person types. */
import type { Archive } from '../search/archive';
import { SEARCH_LIMIT, SearchTooLong, searchParagraphs, type SearchOptions } from '../search/search-paragraphs';
import { makeResult } from './make-result';
import { clampPage, type PageOptions } from './page';
import { speakerFirst } from './speaker-first';
import { speakerOfQuestion } from './speaker-question';
import type { QuestionAnswer } from './types';

/** How a question is searched: its time budget and clock (tests). */
export type QuestionOptions = PageOptions & Pick<SearchOptions, 'budgetMs' | 'clock'>;

export function askQuestion(archive: Archive, text: string, options: QuestionOptions = {}): QuestionAnswer {
  const query = String(text ?? '').trim();
  const { offset, limit } = clampPage(options);
  // "What did Xi say about …": every hit is needed to bring Xi's paragraphs forward.
  const speaker = speakerOfQuestion(query, archive);
  let search;
  try {
    search = searchParagraphs(archive, query, { limit: speaker ? SEARCH_LIMIT : Math.min(offset + limit, SEARCH_LIMIT), budgetMs: options.budgetMs, clock: options.clock });
  } catch (e) {
    if (e instanceof SearchTooLong) return { kind: 'question', query, results: [], page: { offset, limit, total: 0 }, notice: 'too-long' };
    throw e;
  }
  const { terms, words, total } = search;
  const hits = speaker ? speakerFirst(archive, search.hits, speaker, terms) : search.hits;
  const answer: QuestionAnswer = { kind: 'question', query, results: [], page: { offset, limit, total: Math.min(total, SEARCH_LIMIT) } };
  if (words === 0) return { ...answer, notice: 'empty' };
  if (terms.length === 0) return { ...answer, notice: 'stop-words-only' };
  if (hits.length === 0) return { ...answer, notice: 'no-match' };
  answer.results = hits.slice(offset, offset + limit).map((h) => makeResult(archive, h.article, h.paragraph, h.text, h.score, h.matched));
  return answer;
}
