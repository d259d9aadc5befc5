/**
 * The excerpts that show what was reported about a summit: each covering article's best paragraph
 * first (the one its date was read from, or the one that best names the summit), then the rest of
 * the coverage ranked by how closely it speaks of the summit.
 */
import type { Archive } from '../search/archive';
import { paragraphText } from '../search/archive';
import { queryTerms } from '../search/pipeline';
import { searchParagraphs } from '../search/search-paragraphs';
import { makeResult } from './make-result';
import type { Result, SummitEvent } from './types';

const KIND_WORDS: Record<SummitEvent['kind'], string> = {
  'phone call': 'phone call telephone conversation',
  'video call': 'video call videoconference video link virtual',
  'in-person talks': 'talks meeting met',
  visit: 'visit talks',
};

export function summitVocabulary(event: SummitEvent): string {
  return `Xi Jinping Vladimir Putin ${KIND_WORDS[event.kind]}`;
}

/** Every cited paragraph of the event's coverage, best of each article first. */
export function summitCoverage(archive: Archive, event: SummitEvent): Result[] {
  const vocabulary = summitVocabulary(event);
  const stems = new Set(queryTerms(vocabulary).terms);
  const articleNumbers = event.articles.map((a) => archive.articleIndex.get(a.articleId)).filter((n): n is number => n !== undefined);
  const { hits } = searchParagraphs(archive, vocabulary, { articles: new Set(articleNumbers) });
  const firsts: Result[] = [];
  const shown = new Set<string>();
  for (const n of articleNumbers) {
    const a = archive.articles[n]!;
    const dated = archive.datings.get(a.id)?.paragraph;
    const best = dated != null ? { paragraph: dated, text: paragraphText(archive, n, dated), score: 0, matched: stems } : hits.find((h) => h.article === n);
    const paragraph = best?.paragraph ?? 0;
    const text = best?.text ?? paragraphText(archive, n, 0);
    if (text == null) continue;
    firsts.push(makeResult(archive, n, paragraph, text, best?.score ?? 0, stems));
    shown.add(`${n}:${paragraph}`);
  }
  const rest = hits.filter((h) => !shown.has(`${h.article}:${h.paragraph}`)).map((h) => makeResult(archive, h.article, h.paragraph, h.text, h.score, h.matched));
  return [...firsts, ...rest];
}

/** The summit on a day (a day inside a several-day visit counts). */
export function summitOn(archive: Archive, date: string): SummitEvent | null {
  return archive.events.find((e) => e.date <= date && date <= (e.end ?? e.date)) ?? null;
}
