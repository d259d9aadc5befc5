/** A progress bar on stderr when it is a terminal; otherwise one line per step (stdout stays clean). */
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  step(label: string): void;
  stop(): void;
}

export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return { step: (label) => stream.write(`bench: ${label}…\n`), stop: () => undefined };
  }
  const bar = new SingleBar(
    { format: 'bench [{bar}] {value}/{total} {label}', stream, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let done = -1;
  bar.start(total, 0, { label: '' });
  return {
    step(label) {
      done += 1;
      bar.update(Math.max(0, done), { label });
    },
    stop: () => bar.stop(),
  };
}
