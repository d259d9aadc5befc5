/** `index [--corpus DIR] [--out DIR]`: builds the index and prints the build report. */
import { existsSync, statSync } from 'node:fs';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { listArchiveFiles } from '../corpus/read-archive';
import { buildIndex, buildIndexInParallel, type BuildOptions } from '../search/build-index';
import { formatBuildReport } from '../search/build-report';
import { parallelismAvailable } from '../search/worker-pool';
import { updateIndex } from '../search/update-index';
import { flagValue, numberFlag, UsageError, type ParsedArgs } from './args';
import { printJson, type CliIo } from './io';

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM_FILES = 2000;

export async function runIndexCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const corpus = flagValue(args, '--corpus') ?? 'corpus';
  const out = flagValue(args, '--out') ?? flagValue(args, '--index') ?? 'index';
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new UsageError(`--corpus ${corpus} is not a folder of articles`);
  const shardSize = numberFlag(args, '--shard-size');
  const files = listArchiveFiles(corpus);
  const large = files.length >= PARALLEL_FROM_FILES;
  const workers = numberFlag(args, '--workers') ?? (large ? parallelismAvailable() : 0);
  const tty = Boolean((io.stderr as NodeJS.WriteStream).isTTY) && !args.flags.has('--json');
  const bars = tty ? new MultiBar({ format: '{stage} [{bar}] {value}/{total}', stream: io.stderr, clearOnComplete: true }, Presets.shades_classic) : null;
  const shown = new Map<string, SingleBar>();
  const options: BuildOptions = {
    ...(shardSize ? { shardSize } : {}),
    onProgress: (done, total, stage) => {
      if (!bars) return;
      if (!shown.has(stage)) shown.set(stage, bars.create(total, 0, { stage: stage === 'reading' ? 'reading files   ' : 'indexing        ' }));
      shown.get(stage)!.update(done);
    },
  };
  const started = Date.now();
  try {
    // A large archive that was built before is updated: only what changed is indexed again.
    const tryUpdate = !args.flags.has('--full') && (args.flags.has('--update') || large);
    const outcome = tryUpdate ? updateIndex(corpus, out, { anyShare: args.flags.has('--update'), files }) : null;
    const updated = outcome?.updated ? outcome : null;
    const report = updated?.report ?? (workers > 1 ? await buildIndexInParallel(corpus, out, workers, options) : buildIndex(corpus, out, options));
    bars?.stop();
    const seconds = (Date.now() - started) / 1000;
    const fallback = outcome && !outcome.updated ? ` (a full build: ${outcome.fullBuildBecause})` : '';
    const how = updated
      ? `Updated in ${seconds.toFixed(1)} s: ${updated.summary.added.length} article(s) added, ${updated.summary.changed.length} changed; shard(s) indexed again: ${updated.summary.reindexedShards.join(', ') || 'none'} (--full rebuilds everything).`
      : `Built in ${seconds.toFixed(1)} s${workers > 1 ? ` with ${workers} worker threads` : ''}${fallback}.`;
    if (args.flags.has('--json')) printJson(io, { ...report, seconds, workers, ...(updated ? { updated: updated.summary } : {}), ...(fallback ? { fullBuildBecause: (outcome as { fullBuildBecause: string }).fullBuildBecause } : {}) });
    else io.stdout.write(`${formatBuildReport(report, { detail: !args.flags.has('--quiet') })}\n\n${how}\n`);
    return 0;
  } finally {
    bars?.stop();
  }
}
