/**
 * The archives to measure: a folder as it is, or tarballs from ../shared/bench unpacked once into
 * os.tmpdir()/summit-bench/<tarball name>/ and reused by later runs (data is never copied into the repo).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/** The shared bench data: `../shared/bench` next to the repository, or SUMMIT_BENCH_DATA. */
export const BENCH_DATA = process.env.SUMMIT_BENCH_DATA ?? resolve(__dirname, '../../shared/bench');
export const KREMLIN = join(BENCH_DATA, 'kremlin-en-1999-2020.tar.gz');
export const WHITEHOUSE = join(BENCH_DATA, 'whitehouse-2021-2026.tar.gz');
export const CACHE_DIR = join(tmpdir(), 'summit-bench');

/** What a person names on the command line: a folder, a tarball, or several tarballs unpacked together. */
export interface ArchiveSpec {
  name: string;
  sources: string[];
}

export interface ResolvedArchive {
  name: string;
  corpusDir: string;
  /** Where the bench writes this archive's index (rebuilt each run). */
  indexDir: string;
}

const tarballName = (path: string) => basename(path).replace(/\.(tar\.gz|tgz|tar)$/, '');
const isTarball = (path: string) => /\.(tar\.gz|tgz|tar)$/.test(path);

export function defaultArchives(): ArchiveSpec[] {
  return [
    { name: 'bundled', sources: ['corpus'] },
    { name: 'kremlin', sources: [KREMLIN] },
    { name: 'kremlin+whitehouse', sources: [KREMLIN, WHITEHOUSE] },
  ];
}

/** `--corpus X`: a folder or a tarball; `A+B` unpacks several tarballs into one folder. */
export function specFromArg(arg: string): ArchiveSpec {
  const sources = arg
    .split('+')
    .map((s) => s.trim())
    .filter(Boolean);
  const named = (s: string) => (isTarball(s) ? tarballName(s) : resolve(s) === resolve('corpus') ? 'bundled' : basename(resolve(s)));
  const name = sources.map(named).join('+');
  return { name, sources };
}

/** Unpacks (once) and names the folder to index. */
export function resolveArchive(spec: ArchiveSpec, runId: string): ResolvedArchive {
  const indexDir = join(CACHE_DIR, 'runs', runId, spec.name.replace(/[^\w.+-]/g, '_'));
  const only = spec.sources[0]!;
  if (spec.sources.length === 1 && !isTarball(only)) {
    if (!existsSync(only) || !statSync(only).isDirectory()) throw new Error(`--corpus ${only} is not a folder or a tarball`);
    return { name: spec.name, corpusDir: resolve(only), indexDir };
  }
  for (const s of spec.sources) {
    if (!isTarball(s) || !existsSync(s))
      throw new Error(`--corpus ${s}: not a tarball that exists (several archives are joined with "+" only as tarballs)`);
  }
  const key = spec.sources.map(tarballName).join('+');
  const corpusDir = join(CACHE_DIR, key);
  const done = `${corpusDir}.unpacked`;
  if (!existsSync(done)) {
    rmSync(corpusDir, { recursive: true, force: true });
    mkdirSync(corpusDir, { recursive: true });
    for (const s of spec.sources) execFileSync('tar', ['-xf', resolve(s), '-C', corpusDir]);
    writeFileSync(done, `${new Date().toISOString()}\n`);
  }
  return { name: spec.name, corpusDir, indexDir };
}
