/**
 * Peak memory of a child process and everything it starts, sampled from /proc (Linux). Worker threads
 * live in the same process, so its own VmHWM covers them; child processes are added up.
 */
import { readdirSync, readFileSync } from 'node:fs';

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // exited between listing and reading
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...childrenOf(out[i]!));
  return out;
}

export interface MemorySampler {
  /** Highest sum over the process tree of each process's high-water mark, in bytes. */
  stop(): number;
}

/** Samples every `everyMs` until stopped; the high-water marks make short peaks visible between samples. */
export function samplePeakMemory(pid: number, everyMs = 50): MemorySampler {
  const hwm = new Map<number, number>();
  const sample = () => {
    for (const p of tree(pid)) hwm.set(p, Math.max(hwm.get(p) ?? 0, statusKb(p, 'VmHWM'), statusKb(p, 'VmRSS')));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return [...hwm.values()].reduce((s, kb) => s + kb, 0) * 1024;
    },
  };
}
