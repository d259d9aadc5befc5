/** Issue 5's targets, checked against one archive's figures (`met: null` when the figure is missing). */
import type { ArchiveResult, TargetCheck } from './result-types';

type Figures = Omit<ArchiveResult, 'targets' | 'benchSeconds'>;

function check(figure: string, target: string, value: number | boolean | undefined, ok: (v: number | boolean) => boolean): TargetCheck {
  const v = value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? null : value;
  return { figure, target, value: v, met: v === null ? null : ok(v) };
}

export function checkTargets(r: Figures): TargetCheck[] {
  const out: TargetCheck[] = [
    check('answer overhead over raw search (total)', '≤ 0.20', r.sideBySide.answerOverhead.total, (v) => Number(v) <= 0.2),
  ];
  const cold = r.coldStart.ok ? r.coldStart : undefined;
  if (r.role === 'kremlin') out.push(check('ready to answer a question (ms)', '≤ 1500', cold?.questionReadyMs, (v) => Number(v) <= 1500));
  if (r.role !== 'combined') return out;
  const lat = r.latency.ok ? r.latency : undefined;
  const mini = r.miniSearch.ok ? r.miniSearch : undefined;
  const rob = r.robustness.ok ? r.robustness : undefined;
  const slack = r.concurrentSlack.ok ? r.concurrentSlack : undefined;
  out.push(
    check('build (s)', '≤ 90', r.build.ok ? r.build.seconds : undefined, (v) => Number(v) <= 90),
    check('build peak memory (MB)', '≤ 3072', r.build.peakRssMb, (v) => Number(v) <= 3072),
    check('ready to answer a date (ms)', '≤ 2000', cold?.dateReadyMs, (v) => Number(v) <= 2000),
    check('ready to answer a question (ms)', '≤ 10000', cold?.questionReadyMs, (v) => Number(v) <= 10000),
    check('memory after start, RSS (MB)', '≤ 2048', cold?.rssMb, (v) => Number(v) <= 2048),
    check('full answer p99 (ms)', '≤ 150', lat?.questionAnswer.p99Ms, (v) => Number(v) <= 150),
    check(
      'full answer p99 / MiniSearch p99',
      '≤ 1',
      mini && lat ? lat.questionAnswer.p99Ms / mini.query.p99Ms : undefined,
      (v) => Number(v) <= 1,
    ),
    check(
      'robustness: all inputs answered within the time budget',
      'yes',
      rob ? rob.inputsRun === rob.inputs : undefined,
      (v) => v === true,
    ),
    check('robustness: exceptions', '= 0', rob?.exceptions, (v) => v === 0),
    check('robustness: slowest call (ms)', '< 1000', rob?.latency.maxMs, (v) => Number(v) < 1000),
    check('500 concurrent /summit: all acked within 3 s', 'yes', slack?.allAckedWithin3s, (v) => v === true),
    check('500 concurrent /summit: all answers delivered', 'yes', slack?.allAnswersDelivered, (v) => v === true),
  );
  return out;
}
