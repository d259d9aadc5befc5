/**
 * The summits' coverage, as the build stores it (coverage.json): the articles of the timeline's
 * summits and the articles that name both leaders (in a paragraph or in the title: a transcript's
 * paragraphs say "I", its title "Vladimir Putin"). Questions weigh these articles' paragraphs up
 * (src/answers/summit-first.ts); working it out from every shard's postings and every title cost a
 * one-shot question most of its time on a large archive. `naming` keeps, per leader, the articles that
 * name them, so an update revises the set from the shards it indexes again.
 */
import type { SummitEvent } from '../events/types';
import type { ShardData } from './shard-data';
import { holdsNameTerm, queryTerms } from './terms';

/** The leaders' names as index terms. */
export const LEADER_TERMS: readonly string[] = ['Jinping', 'Putin'].map((name) => queryTerms(name).terms[0]!);

export interface SavedCoverage {
  /** LEADER_TERMS, as the index holds them. */
  leaders: string[];
  /** Per leader, the numbers of the articles that name them, ascending. */
  naming: number[][];
  /** The coverage: articles naming both, and the summits' articles, ascending. */
  articles: number[];
}

/** Per leader, the articles (ascending) whose paragraphs in this shard hold their term; `articleOf(doc)` numbers a paragraph. */
export function leadersInShard(
  data: Pick<ShardData, 'terms' | 'postingStart' | 'postingDocs'>,
  articleOf: (doc: number) => number,
): number[][] {
  return LEADER_TERMS.map((term) => {
    const t = sortedIndexOf(data.terms, term);
    const out = new Set<number>();
    if (t >= 0) for (let i = data.postingStart[t]!; i < data.postingStart[t + 1]!; i += 1) out.add(articleOf(data.postingDocs[i]!));
    return [...out].sort((a, b) => a - b);
  });
}

function sortedIndexOf(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = terms[mid]!;
    if (t === term) return mid;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface CoverageParts {
  /** Per leader, articles whose paragraphs name them (any order, repeats allowed). */
  inParagraphs: ReadonlyArray<Iterable<number>>;
  /** The titles to look for the leaders in, by article number. */
  titles: Iterable<[number, string]>;
  events: readonly SummitEvent[];
  numberOf: (id: string) => number | undefined;
}

/** The coverage from where the leaders are named and the summits' articles. */
export function coverageOf({ inParagraphs, titles, events, numberOf }: CoverageParts): SavedCoverage {
  const naming = LEADER_TERMS.map((_, i) => new Set(inParagraphs[i] ?? []));
  for (const [n, title] of titles) LEADER_TERMS.forEach((term, i) => holdsNameTerm(title, term) && naming[i]!.add(n));
  const [first, ...rest] = naming;
  const articles = new Set([...first!].filter((n) => rest.every((s) => s.has(n))));
  for (const e of events) {
    for (const a of e.articles) {
      const n = numberOf(a.articleId);
      if (n !== undefined) articles.add(n);
    }
  }
  const ascending = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { leaders: [...LEADER_TERMS], naming: naming.map(ascending), articles: ascending(articles) };
}

/**
 * The coverage after an update: the articles read again (`reread`) lose what they named; the shards
 * indexed again, and the titles of the articles read again, say what they name now.
 */
export function revisedCoverage(saved: SavedCoverage, reread: ReadonlySet<number>, parts: CoverageParts): SavedCoverage {
  const kept = saved.naming.map((ns) => ns.filter((n) => !reread.has(n)));
  return coverageOf({ ...parts, inParagraphs: kept.map((ns, i) => [...ns, ...(parts.inParagraphs[i] ?? [])]) });
}
