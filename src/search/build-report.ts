/** What a build did to each article, so a person can audit the cleaning and the dating. */
import type { ArticleDating, ArticleRole, DateFrom, SummitEvent, SummitKind, Timeline } from '../events/types';
import type { ArchiveProblem, Dropped, Joined, Repaired } from '../corpus/types';

export interface ArticleReport {
  id: string;
  file: string;
  title: string;
  titleFrom: string;
  published: string | null;
  paragraphs: number;
  dropped: Dropped[];
  joined: Joined[];
  /** Text mended in place, by rule (links unwrapped, speaker labels lifted out, long paragraphs split); absent when none. */
  repaired?: Repaired[];
  eventDate: string | null;
  end?: string;
  kind: SummitKind | null;
  dateFrom: DateFrom | null;
  evidence: string;
  /** What the article is to its event (report, announcement, same visit, reference, resemblance) and how its day was read. */
  role?: ArticleRole;
  how?: string;
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
  /** How many times each repair rule fired over the archive; absent when none did. */
  repaired?: Record<string, number>;
  undatedSummitArticles: number;
  /** Articles that state a contact between the two but give no day and refer to no event: listed, not guessed. */
  undated?: Array<{ id: string; why: string }>;
  inferred: number;
  problems: ArchiveProblem[];
  perArticle: ArticleReport[];
}

/** What cleaning did over the whole archive: the report's totals of every article's line. */
export interface CleaningTotals {
  dropped: number;
  joined: number;
  /** Times each repair rule fired, rules in the order of the first article they fired in. */
  repaired: Record<string, number>;
}

export function cleaningTotals(perArticle: readonly ArticleReport[]): CleaningTotals {
  return reviseTotals({ dropped: 0, joined: 0, repaired: {} }, [], perArticle);
}

/** The totals once the lines `removed` are replaced by `added` (an update's changed and new articles). */
export function reviseTotals(before: CleaningTotals, removed: readonly ArticleReport[], added: readonly ArticleReport[]): CleaningTotals {
  const totals = { dropped: before.dropped, joined: before.joined, repaired: { ...before.repaired } };
  const count = (lines: readonly ArticleReport[], sign: number) => {
    for (const a of lines) {
      totals.dropped += sign * a.dropped.length;
      totals.joined += sign * a.joined.length;
      for (const r of a.repaired ?? []) totals.repaired[r.rule] = (totals.repaired[r.rule] ?? 0) + sign * r.count;
    }
  };
  count(removed, -1);
  count(added, 1);
  for (const [rule, n] of Object.entries(totals.repaired)) if (n === 0) delete totals.repaired[rule];
  return totals;
}

/** The totals of a report (which holds none of its lines once saved: those are kept in parts). */
export const totalsOf = (r: Pick<BuildReport, 'dropped' | 'joined' | 'repaired'>): CleaningTotals => ({
  dropped: r.dropped,
  joined: r.joined,
  repaired: r.repaired ?? {},
});

/**
 * The report's totals, from what each article became and the timeline. An update passes `whole`:
 * how many articles the index holds and their totals, `perArticle` being only the lines it made.
 */
export function summariseBuild(
  where: { corpus: string; out: string; files: number; paragraphs: number; shards: number },
  timeline: Timeline,
  perArticle: ArticleReport[],
  problems: ArchiveProblem[],
  whole: { articles: number; totals: CleaningTotals } = { articles: perArticle.length, totals: cleaningTotals(perArticle) },
): BuildReport {
  // Articles that state a contact but were placed nowhere (a release that only names both is not one).
  const undated = timeline.datings
    .filter((d) => d.kind !== null && d.eventDate === null && (d.claims ?? []).some((c) => c.what === 'contact' || c.what === 'presence'))
    .map((d) => ({ id: d.articleId, why: d.evidence }));
  const { dropped, joined, repaired } = whole.totals;
  return {
    ...where,
    articles: whole.articles,
    events: timeline.events,
    dropped,
    joined,
    ...(Object.keys(repaired).length ? { repaired } : {}),
    undatedSummitArticles: undated.length,
    ...(undated.length ? { undated } : {}),
    inferred: timeline.datings.filter((d) => d.dateFrom === 'inferred').length,
    problems,
    perArticle,
  };
}

/** An article's line in the report: what cleaning did and how its summit was dated. */
export function articleReport(
  a: Pick<ArticleReport, 'id' | 'file' | 'title' | 'titleFrom' | 'published' | 'paragraphs' | 'dropped' | 'joined' | 'repaired'>,
  d: ArticleDating,
): ArticleReport {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    titleFrom: a.titleFrom,
    published: a.published,
    paragraphs: a.paragraphs,
    dropped: a.dropped,
    joined: a.joined,
    ...(a.repaired?.length ? { repaired: a.repaired } : {}),
    eventDate: d.eventDate,
    ...(d.end ? { end: d.end } : {}),
    kind: d.kind,
    dateFrom: d.dateFrom,
    evidence: d.evidence,
    ...(d.role ? { role: d.role } : {}),
    ...(d.how ? { how: d.how } : {}),
  };
}

/** The report for a person: totals, problems, the timeline, then each article's changes. */
export function formatBuildReport(
  r: BuildReport,
  { detail = true, articlesHeading = 'Articles:' }: { detail?: boolean; articlesHeading?: string } = {},
): string {
  const lines: string[] = [];
  lines.push(`Built the index of ${r.corpus} in ${r.out}`);
  lines.push(`  ${r.articles} articles (${r.files} files), ${r.paragraphs} paragraphs, ${r.shards} shard(s)`);
  lines.push(`  cleaning: ${r.dropped} pieces of page furniture dropped, ${r.joined} split paragraphs joined`);
  if (r.repaired)
    lines.push(
      `  repaired in place: ${Object.entries(r.repaired)
        .map(([rule, n]) => `${rule} ×${n}`)
        .join(', ')}`,
    );
  lines.push(
    `  summits: ${r.events.length}; ${r.inferred} article(s) dated by resemblance (inferred), ${r.undatedSummitArticles} left undated`,
  );
  if (r.problems.length) {
    lines.push(`  problems (${r.problems.length}):`);
    const shown = detail ? r.problems : r.problems.slice(0, 10);
    for (const p of shown) lines.push(`    ${p.file}: ${p.problem}`);
    if (shown.length < r.problems.length)
      lines.push(`    … and ${r.problems.length - shown.length} more (all in report.json, or without --quiet)`);
  }
  lines.push('', 'Timeline:');
  for (const e of r.events) lines.push(...eventLines(e, detail));
  if (r.undated?.length) {
    lines.push('', `Undated (${r.undated.length} article(s) state a contact but give no day and refer to no event; not guessed):`);
    for (const u of detail ? r.undated : r.undated.slice(0, 10))
      lines.push(`  ${u.id}: ${u.why.length > 160 ? `${u.why.slice(0, 159)}…` : u.why}`);
    if (!detail && r.undated.length > 10) lines.push(`  … and ${r.undated.length - 10} more (all in report.json, or without --quiet)`);
  }
  if (!detail) return lines.join('\n');
  lines.push('', articlesHeading);
  for (const a of r.perArticle) {
    lines.push(`  ${a.id}  "${a.title}" (title from ${a.titleFrom})`);
    lines.push(`    published ${a.published ?? 'unknown'}; ${a.paragraphs} paragraphs kept`);
    lines.push(
      `    event: ${a.eventDate ? `${a.eventDate}${a.end ? `…${a.end}` : ''} ${a.kind ?? ''} (${a.role ? `${a.role}, ` : ''}${a.dateFrom}): ${a.evidence}${a.how ? ` — ${a.how}` : ''}` : `none: ${a.evidence}`}`,
    );
    for (const d of a.dropped)
      lines.push(`    dropped (${d.rule}): ${JSON.stringify(d.text.length > 100 ? `${d.text.slice(0, 99)}…` : d.text)}`);
    for (const f of a.repaired ?? [])
      lines.push(`    repaired (${f.rule}) ×${f.count}: ${f.examples.map((e) => JSON.stringify(e)).join(', ')}`);
    for (const j of a.joined)
      lines.push(
        `    joined into ¶${j.paragraph + 1} (${j.rule}): ${j.parts.map((p) => JSON.stringify(p.length > 60 ? `${p.slice(0, 59)}…` : p)).join(' + ')}`,
      );
  }
  return lines.join('\n');
}

/** An event in the report: its days, what it was, its articles, and the sentences that dated it and how. */
function eventLines(e: SummitEvent, detail: boolean): string[] {
  const what = [e.format && e.format !== e.kind ? e.format : null, e.summit, e.place].filter(Boolean).join(', ');
  const confidence =
    e.confidence === 'announced' ? ' [announced only]' : e.confidence === 'mentioned' ? ' [only mentioned in passing]' : '';
  const roles = e.articles
    .filter((a) => a.role && a.role !== 'report')
    .map((a) => `${a.articleId} (${a.role === 'resemblance' ? 'attached by resemblance' : a.role})`);
  const lines = [
    `  ${e.date}${e.end ? `…${e.end}` : ''}  ${e.kind}  (${e.articles.map((a) => `${a.articleId}${a.dateFrom === 'inferred' ? ' inferred' : ''}`).join(', ')})`,
    `    ${e.title}${what ? ` — ${what}` : ''}${confidence}`,
    ...(roles.length ? [`    not reports: ${roles.join(', ')}`] : []),
  ];
  for (const ev of (e.evidence ?? []).slice(0, detail ? 5 : 2)) {
    const sentence = ev.sentence.length > 140 ? `${ev.sentence.slice(0, 139)}…` : ev.sentence;
    lines.push(`    dated by ${ev.articleId}${ev.paragraph >= 0 ? ` ¶${ev.paragraph + 1}` : ''}: ${JSON.stringify(sentence)} — ${ev.how}`);
  }
  return lines;
}
