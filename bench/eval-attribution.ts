/**
 * `npm run eval:quotes`: who said what, scored against the attributions read by hand
 * (test/fixtures/reference/attributions.json; the scoring is in that folder's README and in
 * score-attribution.ts). Each cited article is read, cleaned and given its statements by the same
 * functions the index build uses (src/corpus, src/quotes/statements-file.ts).
 *
 *   npm run eval:quotes [-- --kremlin DIR] [--whitehouse DIR] [--json]
 *
 * The bench archives are unpacked from ../shared/bench into /tmp/bench/kremlin and /tmp/bench/wh
 * when missing. Exits 1 when an archive misses a target (precision ≥ 95 %, recall ≥ 85 %, no
 * statement on the wrong side).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { cleanArticle } from '../src/corpus/clean-article';
import { readArticleFile } from '../src/corpus/read-archive';
import { statementsOf } from '../src/quotes/statements-file';
import { KREMLIN, WHITEHOUSE } from './archives';
import {
  scoreAttributions,
  type AttributionScore,
  type FoundStatement,
  type MustNotAttribute,
  type ReferenceStatement,
} from './score-attribution';

const ROOT = resolve(__dirname, '..');
const REFERENCE = join(ROOT, 'test', 'fixtures', 'reference', 'attributions.json');
export const TARGETS = { precision: 0.95, recall: 0.85, wrongSide: 0 };

const value = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** The folder of an archive, unpacked from its tarball into /tmp/bench the first time. */
function benchFolder(tarball: string, into: string, inner: string): string {
  const dir = join(into, inner);
  if (!existsSync(dir)) {
    mkdirSync(into, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', into]);
  }
  return dir;
}

const ARCHIVES: Record<string, () => string> = {
  bundled: () => join(ROOT, 'corpus'),
  kremlin: () => value('--kremlin') ?? benchFolder(KREMLIN, '/tmp/bench/kremlin', 'kremlin-en-1999-2020'),
  whitehouse: () => value('--whitehouse') ?? benchFolder(WHITEHOUSE, '/tmp/bench/wh', 'whitehouse-2021-2026'),
};

/** The first file of each id under `dir` (as the index keeps an id held by two files once). */
function filesById(dir: string, ids: ReadonlySet<string>, out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) filesById(path, ids, out);
    else {
      const id = e.name.replace(/\.[^.]+$/, '');
      if (/\.(md|markdown|txt)$/i.test(e.name) && ids.has(id) && !out.has(id)) out.set(id, path);
    }
  }
  return out;
}

/** The statements the index would hold for the cited articles of one archive. */
function foundIn(dir: string, ids: ReadonlySet<string>): FoundStatement[] {
  const articles = [...filesById(dir, ids).values()].flatMap((path) => {
    const read = readArticleFile({ path, file: basename(path) });
    return read.article ? [cleanArticle(read.article)] : [];
  });
  const saved = statementsOf(articles);
  return Object.entries(saved).flatMap(([articleId, list]) => list.map((s) => ({ ...s, articleId })));
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const cut = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function report(name: string, score: AttributionScore): string {
  const lines = [
    `${name}: precision ${pct(score.precision)} (${score.correct}/${score.found}), recall ${pct(score.recall)} (${score.correct}/${score.labelled}), wrong side ${score.wrongSide}`,
  ];
  for (const m of score.missed) lines.push(`  missed  ${m.articleId} ¶${m.paragraph} ${m.speaker}: …${m.includes}…`);
  for (const w of score.wrong)
    lines.push(
      `  false   ${w.found.articleId} ¶${w.found.paragraph} ${w.found.speaker} (${w.found.side}): ${cut(w.found.text)}\n          — ${cut(w.why, 120)}`,
    );
  return lines.join('\n');
}

function main(): number {
  const ref = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { statements: ReferenceStatement[]; mustNotAttribute: MustNotAttribute[] };
  const results: Array<{ name: string; score: AttributionScore }> = [];
  for (const name of Object.keys(ARCHIVES)) {
    const statements = ref.statements.filter((s) => s.archive === name);
    const mustNot = ref.mustNotAttribute.filter((m) => m.archive === name);
    const ids = new Set([...statements, ...mustNot].map((e) => e.articleId));
    results.push({ name, score: scoreAttributions(statements, mustNot, foundIn(ARCHIVES[name]!(), ids)) });
  }
  const all = scoreAttributions(ref.statements, ref.mustNotAttribute, []);
  const sum = (f: (s: AttributionScore) => number) => results.reduce((n, r) => n + f(r.score), 0);
  const total = { found: sum((s) => s.found), correct: sum((s) => s.correct), labelled: all.labelled, wrongSide: sum((s) => s.wrongSide) };
  const met = results.every(
    (r) => r.score.precision >= TARGETS.precision && r.score.recall >= TARGETS.recall && r.score.wrongSide <= TARGETS.wrongSide,
  );
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ targets: TARGETS, met, total, results }, null, 1)}\n`);
  } else {
    const out = results.map((r) => report(r.name, r.score));
    out.push(
      `all: precision ${pct(total.found ? total.correct / total.found : 1)} (${total.correct}/${total.found}), recall ${pct(total.correct / total.labelled)} (${total.correct}/${total.labelled}), wrong side ${total.wrongSide}`,
      `Targets on each archive: precision ≥ 95 %, recall ≥ 85 %, none on the wrong side: ${met ? 'met' : 'NOT met'}`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return met ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
