/**
 * `index [--corpus DIR] [--out DIR]`: builds or updates the index and prints the build report (with
 * --json its summary; --report FILE writes the whole report, each article's part with it, as JSON).
 * An update's printed report lists only the articles it added or changed.
 *
 * The archive is listed first, and its files' stats taken in another thread when that helps
 * (archive-scan.ts) while this one loads the indexing code and reads ahead what an update of the
 * index would read.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { BuildOptions } from '../search/build-index';
import { startArchiveScan } from '../search/archive-scan';
import { saveFileStats } from '../search/file-stats';
import { currentGeneration } from '../search/index-generation';
import { parallelismAvailable } from '../search/worker-pool';
import { flagValue, numberFlag, UsageError, type ParsedArgs } from './args';
import { printJson, type CliIo } from './io';

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM_FILES = 2000;

export async function runIndexCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const corpus = flagValue(args, '--corpus') ?? 'corpus';
  const out = flagValue(args, '--out') ?? flagValue(args, '--index') ?? 'index';
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new UsageError(`--corpus ${corpus} is not a folder of articles`);
  const shardSize = numberFlag(args, '--shard-size');
  const started = Date.now();
  // Taken before any file is read: a file that still has these stats next time is unchanged since.
  const scanning = startArchiveScan(corpus);
  const { BuildError, buildIndex, buildIndexInParallel } = await import('../search/build-index');
  const { formatBuildReport } = await import('../search/build-report');
  const { readBuildReport } = await import('../search/index-metadata');
  const { openUpdate } = await import('../search/update-index');
  const full = args.flags.has('--full');
  const pending = full ? null : openUpdate(out, { readAhead: true });
  const { files, leftOut, stats } = await scanning.finished();
  const large = files.length >= PARALLEL_FROM_FILES;
  const workers = numberFlag(args, '--workers') ?? (large ? parallelismAvailable() : 0);
  const tty = Boolean((io.stderr as NodeJS.WriteStream).isTTY) && !args.flags.has('--json');
  const bars = tty
    ? new MultiBar({ format: '{stage} [{bar}] {value}/{total}', stream: io.stderr, clearOnComplete: true }, Presets.shades_classic)
    : null;
  const shown = new Map<string, SingleBar>();
  const options: BuildOptions = {
    ...(shardSize ? { shardSize } : {}),
    onProgress: (done, total, stage) => {
      if (!bars) return;
      if (!shown.has(stage))
        shown.set(stage, bars.create(total, 0, { stage: stage === 'reading' ? 'reading files   ' : 'indexing        ' }));
      shown.get(stage)!.update(done);
    },
  };
  try {
    // A large archive that was built before is updated: only what changed is indexed again.
    const tryUpdate = args.flags.has('--update') || large;
    const outcome = pending && tryUpdate ? pending.run(corpus, { anyShare: args.flags.has('--update'), files, leftOut, stats }) : null;
    pending?.close();
    const updated = outcome?.updated ? outcome : null;
    const report =
      updated?.report ?? (workers > 1 ? await buildIndexInParallel(corpus, out, workers, options) : buildIndex(corpus, out, options));
    bars?.stop();
    // Named after the build: only a build into the same folder at the same moment could come between.
    const generation = currentGeneration(out);
    if (generation) saveFileStats(out, generation.name, stats, started);
    const seconds = (Date.now() - started) / 1000;
    const fallback = outcome && !outcome.updated ? ` (a full build: ${outcome.fullBuildBecause})` : '';
    const how = updated
      ? `Updated in ${seconds.toFixed(1)} s: ${updated.summary.added.length} article(s) added, ${updated.summary.changed.length} changed; shard(s) indexed again: ${updated.summary.reindexedShards.join(', ') || 'none'} (--full rebuilds everything).`
      : `Built in ${seconds.toFixed(1)} s${workers > 1 ? ` with ${workers} worker threads` : ''}${fallback}.`;
    // The per-article report is as long as the archive (27 MB at 519k paragraphs): written only when asked.
    // An update's report holds the lines of the articles it read; the whole one is read back from the index.
    const reportFile = flagValue(args, '--report');
    const whole = () => (updated ? { ...readBuildReport(out), corpus, out } : report);
    if (reportFile) writeFileSync(reportFile, `${JSON.stringify({ ...whole(), seconds, workers }, null, 1)}\n`);
    const { perArticle: _perArticle, ...summary } = report;
    if (args.flags.has('--json'))
      printJson(io, {
        ...summary,
        seconds,
        workers,
        ...(reportFile ? { report: reportFile } : {}),
        ...(updated ? { updated: updated.summary } : {}),
        ...(fallback ? { fullBuildBecause: (outcome as { fullBuildBecause: string }).fullBuildBecause } : {}),
      });
    else {
      const articlesHeading = updated ? 'Articles added or changed (every article: --report FILE):' : 'Articles:';
      io.stdout.write(`${formatBuildReport(report, { detail: !args.flags.has('--quiet'), articlesHeading })}\n\n${how}\n`);
    }
    return 0;
  } catch (e) {
    // An archive with nothing to index: the operator's error, said in one line (exit 1).
    if (!(e instanceof BuildError)) throw e;
    io.stderr.write(`summit: ${e.message}\n`);
    return 1;
  } finally {
    bars?.stop();
  }
}
