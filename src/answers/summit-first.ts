/**
 * Which paragraphs a question should find first, by what their article is: Summit answers about
 * Xi–Putin calls and meetings, so the paragraphs of the articles that cover them (the timeline's
 * articles, and articles that name both leaders) weigh more than the rest of an archive whose words
 * are just as common in other leaders' calls and in domestic news; and an article whose title says
 * what the question asks lends its paragraphs weight (titles are scored apart, not copied onto every
 * paragraph, where they drown paragraph evidence). On an archive that is all summit coverage the
 * first weight changes nothing. A question that names a time or place weighs the named summits'
 * coverage up again.
 */
import type { Archive } from '../search/archive';
import { documentFrequency, markArticles, type ParagraphHit } from '../search/search-paragraphs';
import { termsOf } from '../search/terms';

/** How much more a covering article's paragraph weighs than another with the same words. */
export const COVERAGE_WEIGHT = 2;
/** How much more a paragraph weighs when its article covers a summit the question names (its time or place). */
export const SCOPE_WEIGHT = 2;
/** How much more a paragraph weighs when its article's title holds all of the question's words (by rarity). */
export const TITLE_WEIGHT = 0.5;

/** The article numbers of the summits' coverage, as the build stored them (src/search/coverage-file.ts). */
export function coverageArticles(archive: Archive): ReadonlySet<number> {
  const set = archive.coverage;
  markArticles(set);
  return set;
}

const titles = new WeakMap<Archive, Map<number, ReadonlySet<string>>>();
/** Titles tokenized and kept: the same articles' titles are weighed for question after question. */
const TITLE_MEMO_LIMIT = 20_000;

/** The terms of an article's title. */
function titleTerms(archive: Archive, article: number): ReadonlySet<string> {
  let known = titles.get(archive);
  if (!known) titles.set(archive, (known = new Map()));
  let terms = known.get(article);
  if (!terms) {
    terms = new Set(termsOf(archive.article(article)?.title ?? ''));
    if (known.size >= TITLE_MEMO_LIMIT) known.clear();
    known.set(article, terms);
  }
  return terms;
}

/** The hits weighed by their article (coverage, title), best first; stable for equal scores. */
export function summitFirst(
  archive: Archive,
  hits: readonly ParagraphHit[],
  terms: readonly string[],
  named: ReadonlySet<number> = new Set(),
): ParagraphHit[] {
  const coverage = coverageArticles(archive);
  // Nothing to tell apart when every article (or none) is coverage.
  const covers = coverage.size > 0 && coverage.size < archive.manifest.articles;
  const { size, df } = documentFrequency(archive, terms);
  const idf = new Map(terms.map((t) => [t, Math.log(1 + (size - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5))]));
  const whole = terms.reduce((s, t) => s + idf.get(t)!, 0) || 1;
  const titleShare = new Map<number, number>();
  const titled = (article: number) => {
    let share = titleShare.get(article);
    if (share === undefined) {
      const inTitle = titleTerms(archive, article);
      share = terms.reduce((s, t) => s + (inTitle.has(t) ? idf.get(t)! : 0), 0) / whole;
      titleShare.set(article, share);
    }
    return share;
  };
  const weight = (h: ParagraphHit) =>
    (covers && coverage.has(h.article) ? COVERAGE_WEIGHT : 1) *
    (named.has(h.article) ? SCOPE_WEIGHT : 1) *
    (1 + TITLE_WEIGHT * titled(h.article));
  const weighed = hits.map((h) => reweighed(h, h.score * weight(h)));
  return weighed.sort((a, b) => b.score - a.score || a.article - b.article || a.paragraph - b.paragraph);
}

/** The same hit with another score; its text is still read only when shown. */
export function reweighed(h: ParagraphHit, score: number): ParagraphHit {
  return {
    article: h.article,
    paragraph: h.paragraph,
    matched: h.matched,
    next: h.next,
    score,
    get text() {
      return h.text;
    },
  };
}
