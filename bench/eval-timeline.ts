/**
 * `npm run eval`: the timeline of Xi–Putin events found in each bench archive, scored against the
 * reference timeline read by hand (test/fixtures/reference; the scoring rules are in its README and
 * in score-timeline.ts). The archive is read, cleaned and dated by the same functions as `index`;
 * `--index DIR` scores the timeline of an index already built instead.
 *
 *   npm run eval                                    both bench archives from ../shared/bench
 *   npm run eval -- --corpus DIR|TARBALL --reference FILE [--index DIR] [--json]
 *
 * Exits 1 when an archive misses a target (precision ≥ 95 %, recall ≥ 90 %).
 *
 * `npm run eval` runs this script, then checks the date pages (bench/eval-date-pages.ts) with the
 * same arguments; `npx tsx bench/eval-timeline.ts` runs the timeline score alone.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanArticle } from '../src/corpus/clean-article';
import { readArchive } from '../src/corpus/read-archive';
import { buildTimeline } from '../src/events/build-timeline';
import type { SummitEvent } from '../src/events/types';
import { openArchive } from '../src/search/archive';
import { KREMLIN, resolveArchive, specFromArg, WHITEHOUSE } from './archives';
import { formatScore, scoreTimeline, type ReferenceTimeline, type Score } from './score-timeline';

const REFERENCE_DIR = resolve(__dirname, '..', 'test', 'fixtures', 'reference');
export const TARGETS = { precision: 0.95, recall: 0.9 };

interface EvalArchive {
  name: string;
  corpus: string;
  reference: string;
  index?: string;
}

export const SCORING_RULES = [
  'Scoring: a found event is right when a reference event starts and ends on its days (no end = one day) and is of its kind family',
  '(phone call | video call | in person: meeting, talks, visits, meeting on the sidelines, trilateral | multilateral: both present, no meeting of their own).',
  'Reference events marked announcedOnly (only announced) or namesXi:false (Xi never named there) are optional: found, they count',
  'as right; missing, they are no miss; found with other days, they are left out of precision. Multilateral days are required;',
  'found as a meeting of their own, they are false events.',
  'Precision = right / found (less those left out); recall = required reference events found / required.',
].join('\n');

function parseArgs(argv: string[]): { archives: EvalArchive[]; json: boolean } {
  const json = argv.includes('--json');
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpus = value('--corpus');
  if (!corpus) {
    return {
      json,
      archives: [
        { name: 'kremlin', corpus: KREMLIN, reference: join(REFERENCE_DIR, 'kremlin-timeline.json') },
        { name: 'whitehouse', corpus: WHITEHOUSE, reference: join(REFERENCE_DIR, 'whitehouse-timeline.json') },
      ],
    };
  }
  const reference = value('--reference');
  if (!reference) throw new Error('--corpus needs --reference FILE (a timeline read by hand, as in test/fixtures/reference)');
  const index = value('--index');
  return { json, archives: [{ name: specFromArg(corpus).name, corpus, reference, ...(index ? { index } : {}) }] };
}

/** The events the index build would find in the archive, or those of a built index. */
function eventsOf(archive: EvalArchive): SummitEvent[] {
  if (archive.index) return openArchive(archive.index).events;
  const { corpusDir } = resolveArchive(specFromArg(archive.corpus), 'eval');
  const articles = readArchive(corpusDir)
    .articles.map(cleanArticle)
    .filter((a) => a.paragraphs.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return buildTimeline(articles).events;
}

function main(): number {
  const { archives, json } = parseArgs(process.argv.slice(2));
  const results: Array<{ name: string; seconds: number; score: Score; events: SummitEvent[] }> = [];
  for (const archive of archives) {
    const started = performance.now();
    const events = eventsOf(archive);
    const reference = JSON.parse(readFileSync(archive.reference, 'utf8')) as ReferenceTimeline;
    results.push({ name: archive.name, seconds: (performance.now() - started) / 1000, score: scoreTimeline(events, reference), events });
  }
  const met = results.every((r) => r.score.precision >= TARGETS.precision && r.score.recall >= TARGETS.recall);
  if (json) {
    process.stdout.write(`${JSON.stringify({ targets: TARGETS, met, results }, null, 1)}\n`);
  } else {
    const out = [SCORING_RULES, ''];
    for (const r of results) out.push(`${formatScore(r.name, r.score)}\n  (${r.score.found} events, ${r.seconds.toFixed(1)} s)`, '');
    out.push(
      `Targets on each archive: precision ≥ ${TARGETS.precision * 100} %, recall ≥ ${TARGETS.recall * 100} %: ${met ? 'met' : 'NOT met'}`,
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
