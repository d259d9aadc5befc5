/** The results as rows (one figure each) and columns (one archive each), for the terminal and the docs. */
import type { LatencySummary } from './stats';
import type { ArchiveResult, BenchResult, Step } from './result-types';

export interface FigureRow {
  section: string;
  label: string;
  values: string[];
}

const num = (x: number | undefined | null, digits = 1) =>
  x === undefined || x === null || Number.isNaN(x)
    ? '—'
    : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const int = (x: number | undefined) => num(x, 0);
const ms = (s: LatencySummary | undefined) => (s ? `${num(s.p50Ms, 2)} / ${num(s.p99Ms, 2)}` : '—');
const pct = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : `${Math.round(x * 100)} %`);
const times = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : `${num(x, 2)} ×`);

function why<T>(s: Step<T>): string {
  if (s.ok) return '';
  return s.skipped ? `skipped: ${s.skipped}` : `failed: ${s.error ?? ''}`;
}

/** A figure from a step, or why there is none (first row of the step only). */
function from<T>(s: Step<T>, get: (v: T) => string, explain = false): string {
  if (s.ok) return get(s as T);
  return explain ? why(s).slice(0, 120) : '—';
}

export function figureRows(result: BenchResult): FigureRow[] {
  const a = result.archives;
  const row = (section: string, label: string, get: (r: ArchiveResult) => string): FigureRow => ({ section, label, values: a.map(get) });
  return [
    row('archive', 'articles', (r) => int(r.corpus.articles)),
    row('archive', 'paragraphs', (r) => int(r.corpus.paragraphs)),
    row('archive', 'paragraph text (MB)', (r) => num(r.corpus.paragraphTextMb, 2)),
    row('archive', 'article files (MB)', (r) => num(r.corpus.archiveFilesMb, 2)),
    row('build', 'build time, buildIndex (s)', (r) =>
      r.build.ok ? num(r.build.seconds, 1) : `failed: ${r.build.error ?? ''}`.slice(0, 120),
    ),
    row('build', 'build peak memory (MB)', (r) => num(r.build.peakRssMb, 0)),
    row('build', 'shards', (r) => int(r.build.shards)),
    row('build', 'summits found', (r) => int(r.build.events)),
    row('index', 'index on disk (MB)', (r) => from(r.indexSize, (s) => num(s.totalMb), true)),
    row('index', '  Lunr shards / paragraph store (MB)', (r) => from(r.indexSize, (s) => `${num(s.lunrMb)} / ${num(s.paragraphsMb)}`)),
    row('cold start', 'archive opened (ms)', (r) => from(r.coldStart, (s) => int(s.archiveOpenedMs), true)),
    row('cold start', 'ready to answer a date (ms)', (r) => from(r.coldStart, (s) => int(s.dateReadyMs))),
    row('cold start', 'ready to answer a question (ms)', (r) => from(r.coldStart, (s) => int(s.questionReadyMs))),
    row('cold start', 'memory after start: RSS / heap (MB)', (r) =>
      from(r.coldStart, (s) => `${num(s.rssMb, 0)} / ${num(s.heapUsedMb, 0)}`),
    ),
    row('cold start', 'heap after GC (MB)', (r) => from(r.coldStart, (s) => num(s.heapUsedAfterGcMb, 0))),
    row('latency (p50 / p99 ms)', 'query: searchParagraphs', (r) => from(r.latency, (s) => ms(s.query), true)),
    row('latency (p50 / p99 ms)', 'full answer: question + Block Kit', (r) => from(r.latency, (s) => ms(s.questionAnswer))),
    row('latency (p50 / p99 ms)', 'full answer: date + Block Kit', (r) => from(r.latency, (s) => ms(s.dateAnswer))),
    row('latency (p50 / p99 ms)', 'plain Lunr, one index: query', (r) => from(r.plainLunr, (s) => ms(s.query), true)),
    row('latency (p50 / p99 ms)', 'MiniSearch: search', (r) => from(r.miniSearch, (s) => ms(s.query), true)),
    row('baselines', 'plain Lunr: build (s) / index heap (MB) / peak RSS (MB)', (r) =>
      from(r.plainLunr, (s) => `${num(s.buildSeconds)} / ${num(s.indexHeapMb, 0)} / ${num(s.peakRssMb, 0)}`),
    ),
    row('baselines', 'MiniSearch: build (s) / index heap (MB) / peak RSS (MB)', (r) =>
      from(r.miniSearch, (s) => `${num(s.buildSeconds)} / ${num(s.indexHeapMb, 0)} / ${num(s.peakRssMb, 0)}`),
    ),
    row(
      'side by side',
      'our query / plain Lunr query (p50, p99)',
      (r) => `${times(r.sideBySide.queryVsPlainLunr.p50)}, ${times(r.sideBySide.queryVsPlainLunr.p99)}`,
    ),
    row(
      'side by side',
      'our full answer / MiniSearch (p50, p99)',
      (r) => `${times(r.sideBySide.answerVsMiniSearch.p50)}, ${times(r.sideBySide.answerVsMiniSearch.p99)}`,
    ),
    row(
      'side by side',
      'our query / MiniSearch (p50, p99)',
      (r) => `${times(r.sideBySide.queryVsMiniSearch.p50)}, ${times(r.sideBySide.queryVsMiniSearch.p99)}`,
    ),
    row(
      'side by side',
      'answer overhead over raw search (p50, p99, total)',
      (r) => `${pct(r.sideBySide.answerOverhead.p50)}, ${pct(r.sideBySide.answerOverhead.p99)}, ${pct(r.sideBySide.answerOverhead.total)}`,
    ),
    row(
      'side by side',
      'build / plain Lunr build, / MiniSearch build',
      (r) => `${times(r.sideBySide.buildVsPlainLunr)}, ${times(r.sideBySide.buildVsMiniSearch)}`,
    ),
    row('robustness', 'inputs run / generated: exceptions / over 1 s', (r) =>
      from(r.robustness, (s) => `${int(s.inputsRun)} / ${int(s.inputs)}: ${s.exceptions} / ${s.slowerThan1s}`, true),
    ),
    row('robustness', 'latency p50 / p99 / max (ms)', (r) =>
      from(r.robustness, (s) => `${num(s.latency.p50Ms, 2)} / ${num(s.latency.p99Ms, 1)} / ${num(s.latency.maxMs, 1)}`),
    ),
    row('concurrent /summit', 'requests: acked ≤ 3 s / answers delivered', (r) =>
      from(r.concurrentSlack, (s) => `${s.requests}: ${s.ackedWithin3s} / ${s.answersDelivered}`, true),
    ),
    row('concurrent /summit', 'ack p50 / p99 / max (ms)', (r) =>
      from(r.concurrentSlack, (s) => `${int(s.ack.p50Ms)} / ${int(s.ack.p99Ms)} / ${int(s.ack.maxMs)}`),
    ),
    row('concurrent /summit', 'answer p50 / p99 (ms)', (r) =>
      from(r.concurrentSlack, (s) => `${int(s.answer.p50Ms)} / ${int(s.answer.p99Ms)}`),
    ),
  ];
}

/** Targets of issue 5 that were checked, one line each. */
export function targetLines(result: BenchResult): string[] {
  return result.archives.flatMap((r) =>
    r.targets.map(
      (t) =>
        `${t.met === null ? '?' : t.met ? 'met' : 'NOT met'} · ${r.name}: ${t.figure} ${t.target} (measured ${typeof t.value === 'number' ? num(t.value, 2) : String(t.value)})`,
    ),
  );
}
