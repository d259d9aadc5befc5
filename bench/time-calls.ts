/** Times a function over a workload: one warm-up pass, then `rounds` passes, one sample per call. */
import { performance } from 'node:perf_hooks';

export function timeEach<T>(inputs: readonly T[], rounds: number, call: (input: T) => unknown): number[] {
  for (const input of inputs) call(input); // warm-up: JIT, lazily built structures, caches
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t = performance.now();
      call(input);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

/**
 * Times two functions on the same inputs, interleaved so that drift (GC, CPU clock) hits both alike.
 * `cpuOfB`, when given, also gets the CPU milliseconds (user + system) of each call of `b`: on a
 * machine shared with other work they move far less than the wall time.
 */
export function timePaired<T>(
  inputs: readonly T[],
  rounds: number,
  a: (input: T) => unknown,
  b: (input: T) => unknown,
  cpuOfB?: number[],
): [number[], number[]] {
  for (const input of inputs) {
    a(input);
    b(input);
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      let t = performance.now();
      a(input);
      as.push(performance.now() - t);
      const cpu = cpuOfB ? process.cpuUsage() : null;
      t = performance.now();
      b(input);
      bs.push(performance.now() - t);
      if (cpu && cpuOfB) {
        const used = process.cpuUsage(cpu);
        cpuOfB.push((used.user + used.system) / 1000);
      }
    }
  }
  return [as, bs];
}
