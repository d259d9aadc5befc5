/** Ratios taken in the same run on the same paragraphs and questions (NaN when a side is missing). */
import type { ArchiveResult, SideBySide } from './result-types';

const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 1000) / 1000 : NaN;

export function sideBySide(r: Pick<ArchiveResult, 'build' | 'latency' | 'plainLunr' | 'miniSearch'>): SideBySide {
  const q = r.latency.ok ? r.latency.query : undefined;
  const a = r.latency.ok ? r.latency.questionAnswer : undefined;
  const lunr = r.plainLunr.ok ? r.plainLunr : undefined;
  const mini = r.miniSearch.ok ? r.miniSearch : undefined;
  const overhead = (x?: number, y?: number) =>
    x !== undefined && y !== undefined && y > 0 ? Math.round(((x - y) / y) * 1000) / 1000 : NaN;
  return {
    queryVsPlainLunr: { p50: ratio(q?.p50Ms, lunr?.query.p50Ms), p99: ratio(q?.p99Ms, lunr?.query.p99Ms) },
    answerVsMiniSearch: { p50: ratio(a?.p50Ms, mini?.query.p50Ms), p99: ratio(a?.p99Ms, mini?.query.p99Ms) },
    queryVsMiniSearch: { p50: ratio(q?.p50Ms, mini?.query.p50Ms), p99: ratio(q?.p99Ms, mini?.query.p99Ms) },
    answerOverhead: {
      p50: overhead(a?.p50Ms, q?.p50Ms),
      p99: overhead(a?.p99Ms, q?.p99Ms),
      total: r.latency.ok ? r.latency.answerOverhead : NaN,
    },
    buildVsPlainLunr: ratio(r.build.ok ? r.build.seconds : undefined, lunr?.buildSeconds),
    buildVsMiniSearch: ratio(r.build.ok ? r.build.seconds : undefined, mini?.buildSeconds),
  };
}
