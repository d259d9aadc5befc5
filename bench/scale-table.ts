/**
 * The results of `npm run bench -- --scale N` as one Markdown table (it reads as plain text too): one
 * column per scale, each figure with its growth against 1× in brackets, and the fitted exponent b of
 * figure ∝ scaleᵇ (1 = grows as the archive, 0 = flat); then the targets of issue 16.
 */
import type { OneShot } from './one-shot';
import type { Step } from './result-types';
import type { ScalePoint, ScaleResult } from './scale';

const num = (x: number | undefined | null, digits = 1) =>
  x === undefined || x === null || Number.isNaN(x)
    ? '—'
    : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Least-squares slope of log(value) on log(scale): the b of value ≈ a·scaleᵇ. */
export function growthExponent(points: Array<{ scale: number; value: number | undefined }>): number | undefined {
  const xy = points.filter((p) => p.value !== undefined && p.value > 0 && Number.isFinite(p.value));
  if (xy.length < 2) return undefined;
  const xs = xy.map((p) => Math.log(p.scale));
  const ys = xy.map((p) => Math.log(p.value!));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  if (sxx === 0) return undefined;
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / sxx;
}

interface Figure {
  label: string;
  /** The number the growth and the fit are computed on. */
  value: (p: ScalePoint) => number | undefined;
  /** What the cell shows (default: the value). */
  show?: (p: ScalePoint) => string;
  digits?: number;
}

const FIGURES: Figure[] = [
  { label: 'articles', value: (p) => p.articles, digits: 0 },
  { label: 'paragraphs', value: (p) => p.paragraphs, digits: 0 },
  { label: 'article files (MB)', value: (p) => p.archiveFilesMb },
  { label: 'build: wall time of `cli index` (s)', value: (p) => (p.build.ok ? p.build.wallSeconds : undefined) },
  { label: 'build: CPU, user + system (s)', value: (p) => (p.build.ok ? p.build.cpuSeconds : undefined) },
  { label: 'build: buildIndex alone (s)', value: (p) => (p.build.ok ? p.build.seconds : undefined) },
  { label: 'build: peak RSS (MB)', value: (p) => (p.build.ok ? p.build.peakRssMb : undefined), digits: 0 },
  { label: 'start → first date answer (ms)', value: (p) => (p.coldStart.ok ? p.coldStart.dateReadyMs : undefined), digits: 0 },
  { label: 'start → first question answer (ms)', value: (p) => (p.coldStart.ok ? p.coldStart.questionReadyMs : undefined), digits: 0 },
  { label: 'start → first question: CPU (ms)', value: (p) => (p.coldStart.ok ? p.coldStart.questionReadyCpuMs : undefined), digits: 0 },
  { label: 'RSS after start (MB)', value: (p) => (p.coldStart.ok ? p.coldStart.rssMb : undefined), digits: 0 },
  { label: 'question, full answer: p50 (ms)', value: (p) => (p.latency.ok ? p.latency.questionAnswer.p50Ms : undefined), digits: 2 },
  { label: 'question, full answer: p99 (ms)', value: (p) => (p.latency.ok ? p.latency.questionAnswer.p99Ms : undefined), digits: 2 },
  {
    label: 'question, full answer, CPU: p50 (ms)',
    value: (p) => (p.latency.ok ? p.latency.questionAnswerCpu?.p50Ms : undefined),
    digits: 2,
  },
  {
    label: 'question, full answer, CPU: p99 (ms)',
    value: (p) => (p.latency.ok ? p.latency.questionAnswerCpu?.p99Ms : undefined),
    digits: 2,
  },
  { label: 'query (searchParagraphs): p50 (ms)', value: (p) => (p.latency.ok ? p.latency.query.p50Ms : undefined), digits: 2 },
  { label: 'query (searchParagraphs): p99 (ms)', value: (p) => (p.latency.ok ? p.latency.query.p99Ms : undefined), digits: 2 },
  { label: 'one-shot `ask`, median (s)', value: (p) => (p.coldAsk.ok ? p.coldAsk.medianSeconds : undefined), digits: 2 },
  { label: 'one-shot `ask`, CPU median (s)', value: (p) => (p.coldAsk.ok ? p.coldAsk.medianCpuSeconds : undefined), digits: 2 },
  { label: 'add one article: `cli index` wall, median (s)', value: (p) => (p.update.ok ? p.update.medianSeconds : undefined), digits: 2 },
  { label: 'add one article: `cli index` CPU, median (s)', value: (p) => (p.update.ok ? p.update.medianCpuSeconds : undefined), digits: 2 },
  {
    label: 'add one article: update alone, median (s)',
    value: (p) => (p.update.ok ? p.update.reportedMedianSeconds : undefined),
    digits: 2,
  },
  { label: 'plain Lunr: query p50 (ms)', value: (p) => (p.plainLunr.ok ? p.plainLunr.query.p50Ms : undefined), digits: 2 },
  { label: 'plain Lunr: query p99 (ms)', value: (p) => (p.plainLunr.ok ? p.plainLunr.query.p99Ms : undefined), digits: 2 },
  { label: 'plain Lunr: build (s)', value: (p) => (p.plainLunr.ok ? p.plainLunr.buildSeconds : undefined) },
  { label: 'MiniSearch: query p50 (ms)', value: (p) => (p.miniSearch.ok ? p.miniSearch.query.p50Ms : undefined), digits: 2 },
  { label: 'MiniSearch: query p99 (ms)', value: (p) => (p.miniSearch.ok ? p.miniSearch.query.p99Ms : undefined), digits: 2 },
  { label: 'MiniSearch: build (s)', value: (p) => (p.miniSearch.ok ? p.miniSearch.buildSeconds : undefined) },
];

/** Why a step has no figures, for the notes under the table. */
function failures(p: ScalePoint): string[] {
  const steps = {
    coldStart: p.coldStart,
    latency: p.latency,
    coldAsk: p.coldAsk,
    update: p.update,
    plainLunr: p.plainLunr,
    miniSearch: p.miniSearch,
  };
  const out = p.build.ok ? [] : [`${p.scale}× build failed: ${p.build.error ?? ''}`];
  for (const [name, s] of Object.entries(steps)) if (!s.ok && s.error) out.push(`${p.scale}× ${name} failed: ${s.error}`);
  if (p.update.ok && !p.update.allUpdates) out.push(`${p.scale}× update: a run rebuilt everything instead of updating`);
  return out;
}

/**
 * The share of the CPUs other processes used while the one-shot commands ran: a set of runs timed on a
 * busy machine reads slower in CPU time as well as in wall time, so the figures above say when to
 * measure again.
 */
export function otherLoadNote(r: ScaleResult): string | null {
  const share = (s: Step<OneShot>) => (s.ok && s.otherCpuShare !== undefined ? `${Math.round(s.otherCpuShare * 100)} %` : null);
  const parts = [
    ...(share(r.kremlin.coldAsk) ? [`Kremlin \`ask\` ${share(r.kremlin.coldAsk)}`] : []),
    ...r.points.flatMap((p) => {
      const ask = share(p.coldAsk);
      const update = share(p.update);
      return ask || update ? [`${p.scale}×: \`ask\` ${ask ?? '—'}, add one article ${update ?? '—'}`] : [];
    }),
  ];
  return parts.length
    ? `Other processes' share of the CPUs while the one-shot commands ran (median over the runs; 0 % on an idle machine): ${parts.join('; ')}.`
    : null;
}

export function renderScaleTable(r: ScaleResult): string {
  const pts = r.points;
  const one = pts.find((p) => p.scale === 1);
  const m = r.machine;
  const out = [
    `Scale run of ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node} (${m.platform}).`,
    `${r.archive} at ${pts.map((p) => `${p.scale}×`).join(', ')} (copies: seed ${r.options.seed}); ${r.workload.questions} questions × ${r.options.rounds} rounds; one-shot \`ask\`: median of ${r.options.coldRuns} runs after one untimed run (on the Kremlin archive in turn with plain Lunr's); update: ${r.options.updateRuns} articles added one at a time; the files earlier steps wrote are flushed before each timed set and each add; engines: ${r.options.engines}.`,
    '',
    `| figure | ${pts.map((p) => `${p.scale}×`).join(' | ')} | fit b |`,
    `|---|${pts.map(() => '---:').join('|')}|---:|`,
  ];
  for (const f of FIGURES) {
    const values = pts.map((p) => f.value(p));
    if (values.every((v) => v === undefined || Number.isNaN(v))) continue;
    const base = one ? f.value(one) : undefined;
    const cells = pts.map((p, i) => {
      const v = values[i];
      const shown = f.show ? f.show(p) : num(v, f.digits ?? 1);
      return p.scale === 1 || !base || v === undefined || Number.isNaN(v) ? shown : `${shown} (${num(v / base, 2)}×)`;
    });
    const b = growthExponent(pts.map((p, i) => ({ scale: p.scale, value: values[i] })));
    out.push(`| ${f.label} | ${cells.join(' | ')} | ${num(b, 2)} |`);
  }
  const k = r.kremlin;
  const oneShot = (s: ScaleResult['kremlin']['coldAsk']) =>
    s.ok
      ? `${num(s.medianSeconds, 3)} s median wall (runs: ${s.seconds.map((x) => num(x, 3)).join(', ')})${s.medianCpuSeconds !== undefined ? `, ${num(s.medianCpuSeconds, 2)} s median CPU` : ''}`
      : s.skipped
        ? `skipped: ${s.skipped}`
        : `failed: ${s.error ?? ''}`;
  out.push(
    '',
    `Kremlin archive (${num(k.paragraphs, 0)} paragraphs): one-shot \`ask\` ${oneShot(k.coldAsk)}; plain Lunr one-shot question ${oneShot(k.plainLunrColdAsk)}.`,
  );
  const busy = otherLoadNote(r);
  if (busy) out.push('', busy);
  const notes = pts.flatMap(failures);
  if (notes.length) out.push('', ...notes.map((n) => `- ${n}`));
  out.push('', 'Targets of issue 16:', ...r.targets.map((t) => `- ${t.figure} ${t.target}: ${t.verdict}`));
  return out.join('\n');
}
