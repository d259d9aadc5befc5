/**
 * The excerpts that show what was reported about a summit: each covering article's best paragraph
 * first (the one its date was read from, or the one that best names the summit), then the rest of
 * the coverage ranked by how closely it speaks of the summit. Needs no shard: the paragraphs of
 * summit articles are stored apart, so dates are answered while the shards still load.
 */
import type { Archive } from '../search/archive';
import { queryTerms, termsOf } from '../search/terms';
import { makeResult } from './make-result';
import type { SummitEvent } from '../events/types';
import type { Result } from './types';

const KIND_WORDS: Record<SummitEvent['kind'], string> = {
  'phone call': 'phone call telephone conversation',
  'video call': 'video call videoconference video link virtual',
  'in-person talks': 'talks meeting met',
  visit: 'visit talks',
};

export function summitVocabulary(event: SummitEvent): string {
  return `Xi Jinping Vladimir Putin ${KIND_WORDS[event.kind]}`;
}

/** How closely a paragraph speaks of the summit: distinct vocabulary terms first, then their count. */
function closeness(text: string, vocabulary: ReadonlySet<string>): number {
  const found = new Set<string>();
  let count = 0;
  for (const term of termsOf(text)) {
    if (vocabulary.has(term)) {
      found.add(term);
      count += 1;
    }
  }
  return found.size * 100 + count;
}

/** Every cited paragraph of the event's coverage that names it, best of each article first. */
export function summitCoverage(archive: Archive, event: SummitEvent): Result[] {
  const vocabulary = new Set(queryTerms(summitVocabulary(event)).terms);
  const firsts: Result[] = [];
  const rest: Array<{ article: number; paragraph: number; text: string; score: number }> = [];
  for (const { articleId } of event.articles) {
    const n = archive.articleIndex.get(articleId);
    const paragraphs = n === undefined ? undefined : archive.summitParagraphs.get(n);
    if (n === undefined || !paragraphs?.length) continue;
    const scored = paragraphs.map((text, paragraph) => ({ article: n, paragraph, text, score: closeness(text, vocabulary) }));
    const dated = archive.datings.get(articleId)?.paragraph;
    const best = (dated != null && scored[dated]) || [...scored].sort((a, b) => b.score - a.score || a.paragraph - b.paragraph)[0]!;
    firsts.push(makeResult(archive, n, best.paragraph, best.text, best.score, vocabulary));
    rest.push(...scored.filter((p) => p !== best && p.score > 0));
  }
  rest.sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph);
  return [...firsts, ...rest.map((p) => makeResult(archive, p.article, p.paragraph, p.text, p.score, vocabulary))];
}

/** The summit on a day (a day inside a several-day visit counts). */
export function summitOn(archive: Archive, date: string): SummitEvent | null {
  return archive.events.find((e) => e.date <= date && date <= (e.end ?? e.date)) ?? null;
}
