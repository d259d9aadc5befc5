/** `index [--corpus DIR] [--out DIR]`: builds the index and prints the build report. */
import { existsSync, statSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { buildIndex } from '../search/build-index';
import { formatBuildReport } from '../search/build-report';
import { flagValue, numberFlag, UsageError, type ParsedArgs } from './args';
import { printJson, type CliIo } from './io';

export function runIndexCommand(args: ParsedArgs, io: CliIo): number {
  if (args.words.length) throw new UsageError(`index takes no words, only --corpus DIR and --out DIR (got "${args.words.join(' ')}")`);
  const corpus = flagValue(args, '--corpus') ?? 'corpus';
  const out = flagValue(args, '--out') ?? flagValue(args, '--index') ?? 'index';
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new UsageError(`--corpus ${corpus} is not a folder of articles`);
  const shardSize = numberFlag(args, '--shard-size');
  const tty = Boolean((io.stderr as NodeJS.WriteStream).isTTY) && !args.flags.has('--json');
  const bar = tty ? new SingleBar({ format: 'indexing [{bar}] {value}/{total} paragraphs', stream: io.stderr }, Presets.shades_classic) : null;
  const started = Date.now();
  const report = buildIndex(corpus, out, {
    ...(shardSize ? { shardSize } : {}),
    onProgress: (done, total) => {
      if (!bar) return;
      if (done <= Math.min(total, shardSize ?? Infinity) || !bar.getTotal()) bar.start(total, 0);
      bar.update(done);
    },
  });
  bar?.stop();
  const seconds = (Date.now() - started) / 1000;
  if (args.flags.has('--json')) printJson(io, { ...report, seconds });
  else io.stdout.write(`${formatBuildReport(report, { detail: !args.flags.has('--quiet') })}\n\nBuilt in ${seconds.toFixed(1)} s.\n`);
  return 0;
}
