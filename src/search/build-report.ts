/** What a build did to each article, so a person can audit the cleaning and the dating. */
import type { ArticleDating, DateFrom, SummitEvent, SummitKind, Timeline } from '../events/types';
import type { ArchiveProblem, Dropped, Joined } from '../corpus/types';

export interface ArticleReport {
  id: string;
  file: string;
  title: string;
  titleFrom: string;
  published: string | null;
  paragraphs: number;
  dropped: Dropped[];
  joined: Joined[];
  eventDate: string | null;
  end?: string;
  kind: SummitKind | null;
  dateFrom: DateFrom | null;
  evidence: string;
}

export interface BuildReport {
  corpus: string;
  out: string;
  files: number;
  articles: number;
  paragraphs: number;
  shards: number;
  events: SummitEvent[];
  dropped: number;
  joined: number;
  undatedSummitArticles: number;
  inferred: number;
  problems: ArchiveProblem[];
  perArticle: ArticleReport[];
}

/** The report's totals, from what each article became and the timeline. */
export function summariseBuild(where: { corpus: string; out: string; files: number; paragraphs: number; shards: number }, timeline: Timeline, perArticle: ArticleReport[], problems: ArchiveProblem[]): BuildReport {
  return {
    ...where,
    articles: perArticle.length,
    events: timeline.events,
    dropped: perArticle.reduce((n, a) => n + a.dropped.length, 0),
    joined: perArticle.reduce((n, a) => n + a.joined.length, 0),
    undatedSummitArticles: timeline.datings.filter((d) => d.kind !== null && d.eventDate === null).length,
    inferred: timeline.datings.filter((d) => d.dateFrom === 'inferred').length,
    problems,
    perArticle,
  };
}

/** An article's line in the report: what cleaning did and how its summit was dated. */
export function articleReport(a: Pick<ArticleReport, 'id' | 'file' | 'title' | 'titleFrom' | 'published' | 'paragraphs' | 'dropped' | 'joined'>, d: ArticleDating): ArticleReport {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    titleFrom: a.titleFrom,
    published: a.published,
    paragraphs: a.paragraphs,
    dropped: a.dropped,
    joined: a.joined,
    eventDate: d.eventDate,
    ...(d.end ? { end: d.end } : {}),
    kind: d.kind,
    dateFrom: d.dateFrom,
    evidence: d.evidence,
  };
}

/** The report for a person: totals, problems, the timeline, then each article's changes. */
export function formatBuildReport(r: BuildReport, { detail = true }: { detail?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`Built the index of ${r.corpus} in ${r.out}`);
  lines.push(`  ${r.articles} articles (${r.files} files), ${r.paragraphs} paragraphs, ${r.shards} shard(s)`);
  lines.push(`  cleaning: ${r.dropped} pieces of page furniture dropped, ${r.joined} split paragraphs joined`);
  lines.push(`  summits: ${r.events.length}; ${r.inferred} article(s) dated by resemblance (inferred), ${r.undatedSummitArticles} left undated`);
  if (r.problems.length) {
    lines.push(`  problems (${r.problems.length}):`);
    const shown = detail ? r.problems : r.problems.slice(0, 10);
    for (const p of shown) lines.push(`    ${p.file}: ${p.problem}`);
    if (shown.length < r.problems.length) lines.push(`    … and ${r.problems.length - shown.length} more (all in report.json, or without --quiet)`);
  }
  lines.push('', 'Timeline:');
  for (const e of r.events) lines.push(`  ${e.date}${e.end ? `…${e.end}` : ''}  ${e.kind}  (${e.articles.map((a) => `${a.articleId}${a.dateFrom === 'inferred' ? ' inferred' : ''}`).join(', ')})`);
  if (!detail) return lines.join('\n');
  lines.push('', 'Articles:');
  for (const a of r.perArticle) {
    lines.push(`  ${a.id}  "${a.title}" (title from ${a.titleFrom})`);
    lines.push(`    published ${a.published ?? 'unknown'}; ${a.paragraphs} paragraphs kept`);
    lines.push(`    event: ${a.eventDate ? `${a.eventDate}${a.end ? `…${a.end}` : ''} ${a.kind ?? ''} (${a.dateFrom}): ${a.evidence}` : `none: ${a.evidence}`}`);
    for (const d of a.dropped) lines.push(`    dropped (${d.rule}): ${JSON.stringify(d.text.length > 100 ? `${d.text.slice(0, 99)}…` : d.text)}`);
    for (const j of a.joined) lines.push(`    joined into ¶${j.paragraph + 1} (${j.rule}): ${j.parts.map((p) => JSON.stringify(p.length > 60 ? `${p.slice(0, 59)}…` : p)).join(' + ')}`);
  }
  return lines.join('\n');
}
