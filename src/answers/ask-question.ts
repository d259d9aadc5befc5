/** A question in free text → the best cited excerpts. Never throws on what a person types. */
import type { Archive } from '../search/archive';
import {
  SEARCH_BUDGET_MS,
  SEARCH_LIMIT,
  SearchTooLong,
  searchParagraphs,
  wordVariants,
  type ParagraphHit,
  type SearchOptions,
} from '../search/search-paragraphs';
import { termWeights } from '../search/term-weights';
import { queryTerms } from '../search/terms';
import { answerToQuestion } from './answer-to-question';
import { makeResult } from './make-result';
import { clampPage, type PageOptions } from './page';
import { answerTerms, formsOf, formWords, preferAnswerShapes, withoutForms } from './question-forms';
import { questionScope, type QuestionScope } from './question-scope';
import type { SummitEvent } from '../events/types';
import { recalledOn } from '../events/grouped-event';
import { speakerFirst } from './speaker-first';
import { speakerOfQuestion } from './speaker-question';
import { summitCoverage } from './summit-coverage';
import { moreVariants, preferAskedWords } from './word-forms';
import { coverageArticles, summitFirst } from './summit-first';
import type { QuestionAnswer } from './types';

/** How a question is searched: its time budget and clock (tests), and today for "last year". */
export type QuestionOptions = PageOptions &
  Pick<SearchOptions, 'budgetMs' | 'clock'> & {
    today?: string;
    /** Only these articles are searched and shown (one source's, from the search modal). */
    articles?: ReadonlySet<number>;
  };

const BARE_YEAR = /^(?:19|20)\d\d$/;

export function askQuestion(archive: Archive, text: string, options: QuestionOptions = {}): QuestionAnswer {
  const query = String(text ?? '').trim();
  const { offset, limit } = clampPage(options);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const scope = questionScope(archive, withoutSlackMarkup(query), today);
  // The words that named the summits are not searched as plain words, except a bare year, which is as
  // often the topic's ("how much did trade reach in 2018?") as the summit's.
  const asked =
    scope && scope.events.length > 0 && queryTerms(scope.rest).terms.length > 0
      ? [scope.rest, ...scope.words.filter((w) => BARE_YEAR.test(w.trim()))].join(' ')
      : scope && queryTerms(scope.rest).terms.length > 0
        ? withoutSlackMarkup(query)
        : (scope?.rest ?? withoutSlackMarkup(query));
  const answer: QuestionAnswer = {
    kind: 'question',
    query,
    results: [],
    page: { offset, limit, total: 0 },
    ...(scope ? { scope: { words: scope.words, events: scope.events } } : {}),
  };
  // "What did they say in December 2021?": nothing left to search but the summit itself.
  if (scope && scope.events.length > 0 && queryTerms(scope.rest).terms.length === 0) {
    const coverage = scope.events.flatMap((e) => summitCoverage(archive, e)).filter((r) => kept(archive, options.articles, r.articleId));
    return { ...answer, results: coverage.slice(offset, offset + limit), page: { offset, limit, total: coverage.length } };
  }
  // "What did Xi say about …": every hit is needed to bring Xi's paragraphs forward.
  const speaker = speakerOfQuestion(asked, archive);
  // A question's form ("how many times", "how long") is not searched as words; words of its answer's
  // kind ("times", "hours") are, each for part of a word, and paragraphs that answer in that form weigh more.
  const forms = formsOf(asked);
  const own = withoutForms(asked);
  const searchText = queryTerms(own).terms.length > 0 ? own : asked;
  const searched = queryTerms(searchText).terms;
  const variants = new Map([...formWords(forms, searched), ...moreVariants(archive, searched), ...wordVariants(archive, searched)]);
  // The searches below share one time budget.
  const clock = options.clock ?? performance.now.bind(performance);
  const deadline = clock() + (options.budgetMs ?? SEARCH_BUDGET_MS);
  const searchOptions = {
    limit: SEARCH_LIMIT,
    clock,
    get budgetMs() {
      return Math.max(0, deadline - clock());
    },
    ...(variants.size ? { variants } : {}),
    ...(options.articles ? { articles: new Set(options.articles) } : {}),
  };
  const only = (articles: ReadonlySet<number>) =>
    options.articles ? new Set([...articles].filter((n) => options.articles!.has(n))) : articles;
  let search;
  let scoped: ParagraphHit[] = [];
  try {
    search = searchParagraphs(archive, searchText, searchOptions);
    const coverage = coverageArticles(archive);
    if (coverage.size > 0 && coverage.size < archive.manifest.articles) {
      // Coverage paragraphs below the archive-wide cut are searched for apart.
      search = {
        ...search,
        hits: mergeHits(search.hits, searchParagraphs(archive, searchText, { ...searchOptions, articles: only(coverage) }).hits),
      };
    }
    const named = scopeArticles(archive, scope);
    if (named.size > 0) scoped = searchParagraphs(archive, searchText, { ...searchOptions, articles: only(named) }).hits;
  } catch (e) {
    if (e instanceof SearchTooLong) return { ...answer, notice: 'too-long' };
    throw e;
  }
  const { words } = queryTerms(asked);
  const terms = queryTerms(asked).terms;
  // The named summits' coverage weighs more, as the summits' coverage does against the rest.
  const named = scopeArticles(archive, scope);
  // The question's own terms by rarity: the sentence that answers its form holds the rarest.
  const weights = termWeights(archive, searched);
  const ranked = preferAnswerShapes(
    preferAskedWords(summitFirst(archive, mergeHits(search.hits, scoped), search.terms, named), asked),
    forms,
    weights,
  );
  const answered = answerToQuestion(speaker ? speakerFirst(archive, ranked, speaker, terms, named) : ranked);
  // "Searching the coverage of … first": the named summits' paragraphs come before any other, unless a
  // bare year named them (it may be the topic's year: only their weight is raised then).
  const strict = named.size > 0 && scope!.words.some((w) => !BARE_YEAR.test(w.trim()));
  const hits = strict ? [...answered.filter((h) => named.has(h.article)), ...answered.filter((h) => !named.has(h.article))] : answered;
  if (words === 0 && !scope) return { ...answer, notice: 'empty' };
  if (terms.length === 0) return { ...answer, notice: scope ? 'no-match' : 'stop-words-only' };
  if (hits.length === 0) return { ...answer, notice: 'no-match' };
  const total = Math.min(Math.max(search.total, hits.length), SEARCH_LIMIT);
  const stems = new Set(terms);
  const results = hits.slice(offset, offset + limit).map((h) =>
    makeResult(
      archive,
      h.article,
      h.paragraph,
      h.text,
      h.score,
      // The words that answer the form ("five times", "on August 21") are marked and shown with the question's.
      new Set([...[...h.matched].filter((t) => stems.has(t) || forms.length === 0), ...answerTerms(h.text, forms, weights)]),
    ),
  );
  return { ...answer, results, page: { offset, limit, total } };
}

/** Slack's markup is not words of the question: `<!channel>`, `<@U123>` go, `<#C1|general>` and `<https://x|label>` keep their label. */
export function withoutSlackMarkup(text: string): string {
  return text.replace(/<([!@#][^>|]*|(?:https?|mailto):[^>|]*)(?:\|([^>]*))?>/g, (_, _target: string, label?: string) =>
    label ? ` ${label} ` : ' ',
  );
}

/**
 * The article numbers of the summits a question names; a story that only refers to one and is dated
 * by another (a later call's report recalling it, an analysis of ten years of meetings) only when the
 * summit has no other.
 */
function scopeArticles(archive: Archive, scope: QuestionScope | null): Set<number> {
  const out = new Set<number>();
  for (const e of scope?.events ?? []) {
    const numbered = e.articles.flatMap((a) => {
      const n = archive.articleNumber(a.articleId);
      if (n === undefined) return [];
      const dated = datedBy(archive.dating(n)?.eventDate ?? null, e);
      return [{ n, elsewhere: a.role === 'reference' && (!dated || weeksAfter(a.published, e)) }];
    });
    const own = numbered.filter((a) => !a.elsewhere);
    for (const { n } of own.length > 0 ? own : numbered) out.add(n);
  }
  return out;
}

const datedBy = (day: string | null, e: SummitEvent) => day !== null && e.date <= day && day <= (e.end ?? e.date);
const weeksAfter = (published: string | null, e: SummitEvent) => published !== null && recalledOn(e.end ?? e.date, published);

/** Is the article among those a question is kept to (all, when it is kept to none)? */
function kept(archive: Archive, articles: ReadonlySet<number> | undefined, articleId: string): boolean {
  const n = archive.articleNumber(articleId);
  return !articles || (n !== undefined && articles.has(n));
}

/** Both lists, each paragraph once, in order. */
function mergeHits(a: readonly ParagraphHit[], b: readonly ParagraphHit[]): ParagraphHit[] {
  const seen = new Set(a.map((h) => `${h.article}:${h.paragraph}`));
  return [...a, ...b.filter((h) => !seen.has(`${h.article}:${h.paragraph}`))];
}
