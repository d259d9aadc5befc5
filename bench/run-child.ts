/**
 * Runs a TypeScript script in a fresh Node process (through tsx, as `npm run` would) and reads the one
 * JSON line it prints last on stdout. Each measurement gets its own process so that one archive's heap
 * never skews another's figures, and an out-of-memory crash becomes a recorded reason, not a lost run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { samplePeakMemory } from './proc-memory';

export interface ChildOptions {
  /** `--max-old-space-size` in MB (Node's default when absent). */
  heapMb?: number;
  exposeGc?: boolean;
  timeoutMs?: number;
  cwd?: string;
  /** Also measure the CPU time the command used (through /usr/bin/time, when the machine has it). */
  cpu?: boolean;
}

export interface ChildRun<T> {
  ok: boolean;
  /** The last JSON line printed, when the child printed one. */
  result: T | null;
  wallSeconds: number;
  /** Peak resident memory of the child's process tree, bytes. */
  peakRssBytes: number;
  /**
   * With `cpu`: user + system CPU seconds of the command and the children it waited for (its threads
   * included). On a shared machine this moves far less than the wall time.
   */
  cpuSeconds?: number;
  /** Why it failed, in a line (exit code, out of memory, timeout). */
  error?: string;
}

function lastJsonLine(stdout: string): unknown {
  try {
    return JSON.parse(stdout); // a pretty-printed document (the CLI's --json)
  } catch {
    // else one JSON line among others
  }
  const lines = stdout.split('\n').filter((l) => l.trim().startsWith('{'));
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      return JSON.parse(lines[i]!);
    } catch {
      // not the result line; keep looking
    }
  }
  return null;
}

function failureReason(code: number | null, signal: string | null, stderr: string, timedOut: boolean, opts: ChildOptions): string {
  if (timedOut) return `did not finish within ${Math.round((opts.timeoutMs ?? 0) / 1000)} s`;
  if (/heap out of memory|Invalid string length|Array buffer allocation failed/.test(stderr)) {
    const what = /Invalid string length/.test(stderr) ? 'RangeError: Invalid string length' : 'JavaScript heap out of memory';
    return `${what}${opts.heapMb ? ` (--max-old-space-size=${opts.heapMb})` : ''}`;
  }
  const lastLine = stderr
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .slice(-3)
    .join(' | ')
    .slice(0, 300);
  return `exited with ${signal ?? `code ${code}`}${lastLine ? `: ${lastLine}` : ''}`;
}

/**
 * `node --import tsx <script> ...args`; the script prints its result as one JSON line on stdout. With
 * `bundled`, the script is bundled with esbuild first and run by plain Node, as `npm start` runs the bot.
 */
export function runScript<T>(script: string, args: string[], opts: ChildOptions & { bundled?: boolean } = {}): Promise<ChildRun<T>> {
  const nodeArgs: string[] = [];
  if (opts.heapMb) nodeArgs.push(`--max-old-space-size=${opts.heapMb}`);
  if (opts.exposeGc) nodeArgs.push('--expose-gc');
  if (opts.bundled) return runCommand<T>(process.execPath, [...nodeArgs, bundle(script), ...args], opts);
  return runCommand<T>(process.execPath, ['--import', 'tsx', ...nodeArgs, script, ...args], opts);
}

function bundle(script: string): string {
  // Inside the project, beside the bot's own bundle, so dependencies resolve from node_modules.
  const outfile = join(process.cwd(), '.build', 'bench', `${basename(script, '.ts')}.js`);
  buildSync({
    entryPoints: [script],
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

const TIME = '/usr/bin/time';

export function runCommand<T>(command: string, args: string[], opts: ChildOptions = {}): Promise<ChildRun<T>> {
  return new Promise((resolve) => {
    const timing = opts.cpu && existsSync(TIME) ? join(mkdtempSync(join(tmpdir(), 'summit-cpu-')), 'time') : null;
    const [cmd, argv] = timing ? [TIME, ['-f', '%U %S', '-o', timing, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: opts.cwd ?? process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = samplePeakMemory(child.pid ?? -1);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errBytes = 0;
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      errBytes += c.length;
      if (errBytes < 1_000_000)
        err.push(c); // a crash dump is long; its head and tail say enough
      else err.splice(1, Math.max(0, err.length - 2), c);
    });
    let timedOut = false;
    const timer = opts.timeoutMs ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), opts.timeoutMs) : null;
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const peakRssBytes = memory.stop();
      const wallSeconds = (performance.now() - started) / 1000;
      const stdout = Buffer.concat(out).toString('utf8');
      const result = lastJsonLine(stdout) as T | null;
      const ok = code === 0 && !timedOut && result !== null;
      const error = ok
        ? undefined
        : result === null && code === 0
          ? 'printed no JSON result'
          : failureReason(code, signal, Buffer.concat(err).toString('utf8'), timedOut, opts);
      let cpuSeconds: number | undefined;
      if (timing) {
        try {
          const m = /([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timing, 'utf8'));
          if (m) cpuSeconds = Math.round((Number(m[1]) + Number(m[2])) * 100) / 100;
        } catch {
          // no timing: the figure is left out
        }
        rmSync(join(timing, '..'), { recursive: true, force: true });
      }
      resolve({ ok, result, wallSeconds, peakRssBytes, ...(cpuSeconds !== undefined ? { cpuSeconds } : {}), ...(error ? { error } : {}) });
    });
  });
}
