/**
 * What else the machine was doing while the bench timed a one-shot command. On a 2-core box a set of
 * runs taken while another process keeps a core busy reads 30–40 % slower, in CPU time as well as in
 * wall time, and every run of the set moves together, so a median of consecutive runs carries it
 * whole. The bench records the share of the CPUs other processes used during each timed set, and
 * flushes the files earlier steps wrote before it starts one (see settleDisk).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

/** The machine's busy and total CPU time so far, in clock ticks (the first line of /proc/stat). */
export interface CpuTicks {
  busy: number;
  total: number;
}

/** `cpu  user nice system idle iowait irq softirq steal …`: busy is all but idle and iowait. */
export function parseCpuTicks(procStat: string): CpuTicks | null {
  const line = /^cpu\s+([\d\s]+)$/m.exec(procStat)?.[1];
  if (!line) return null;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

function readCpuTicks(): CpuTicks | null {
  try {
    return parseCpuTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null; // not Linux: the share is left out
  }
}

/**
 * The share (0–1) of all CPUs that processes other than ours used over a window: the machine's busy
 * share minus our own (`ownCpuSeconds`: the timed commands' CPU and the bench's own).
 */
export function otherCpuShare(start: CpuTicks, end: CpuTicks, ownCpuSeconds: number, wallSeconds: number, cores: number): number {
  const total = end.total - start.total;
  if (total <= 0 || wallSeconds <= 0 || cores <= 0) return 0;
  const machineBusy = (end.busy - start.busy) / total;
  const own = ownCpuSeconds / (wallSeconds * cores);
  return Math.round(Math.min(1, Math.max(0, machineBusy - own)) * 1000) / 1000;
}

export interface LoadWindow {
  /** Ends the window; `childCpuSeconds` is the CPU the timed commands used in it. Null when /proc/stat cannot be read. */
  end(childCpuSeconds: number): number | null;
}

/** Starts a window over which otherCpuShare is measured. */
export function watchOtherLoad(): LoadWindow {
  const start = readCpuTicks();
  const startedAt = performance.now();
  const ownStart = process.cpuUsage();
  return {
    end(childCpuSeconds) {
      const end = readCpuTicks();
      if (!start || !end) return null;
      const own = process.cpuUsage(ownStart);
      const ownSeconds = childCpuSeconds + (own.user + own.system) / 1e6;
      return otherCpuShare(start, end, ownSeconds, (performance.now() - startedAt) / 1000, cpus().length);
    },
  };
}

/**
 * Writes out what earlier steps left in the page cache (a just-built index is hundreds of MB), so the
 * kernel's writeback does not run during the timed runs. A user's index was built earlier: its pages
 * were written long ago.
 */
export function settleDisk(): void {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // no sync command: the runs are timed as they come
  }
}
