/**
 * `npm run eval` (after the timeline score): does `/summit <date>` show that event's own reports at
 * the top? For every day of every reference event (test/fixtures/reference/*-timeline.json), the
 * date page is computed as the bot and the CLI compute it (parseRequest → answerRequest on a built
 * index), and its first three excerpts are checked against the roles the reference gives articles.
 *
 *   npm run eval                                          the timeline, then the date pages, of both bench archives
 *   npx tsx bench/eval-date-pages.ts [--json]             the date pages only, of both bench archives
 *   npx tsx bench/eval-date-pages.ts --reference FILE (--index DIR | --corpus DIR|TARBALL) [--json]
 *
 * Without `--index` the archive is indexed first, by the CLI's own `index` command, into a temporary
 * folder that is removed afterwards.
 *
 * Each excerpt gets a tier by its article's role in the reference event asked about: 0 a report of
 * that event, 1 its announcement, 2 the rest (mentions in passing, neutral coverage, another event's
 * articles, articles the reference does not list). A date passes when
 * - the first three excerpts have the best tiers the whole coverage allows (its own tiers, sorted,
 *   taken from the front): no announcement or mention above a report that the coverage holds;
 * - when the reference has reports of the event, the first excerpt is one;
 * - when the coverage holds a report published on the day asked, the first excerpt is one (the
 *   reference gives no day per article; for the second day of a visit, the publication day tells
 *   that day's reports).
 * Optional reference events (announcedOnly, namesXi: false) that the index does not find are skipped.
 *
 * Target: every date checked passes. The reference is small (every date read by hand), and a date
 * that fails shows a person another article first than the event's own report: there is no share of
 * such pages that is acceptable. Exits 1 below it (2 on an error).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { DateAnswer, Result } from '../src/answers/types';
import { MAX_LIMIT } from '../src/answers/page';
import { addDays } from '../src/corpus/calendar-date';
import { answerRequest } from '../src/requests/answer-request';
import { parseRequest } from '../src/requests/parse-request';
import { openArchive, type Archive } from '../src/search/archive';
import { KREMLIN, resolveArchive, specFromArg, WHITEHOUSE } from './archives';
import { isOptional, type ReferenceEvent, type ReferenceTimeline } from './score-timeline';

const ROOT = resolve(__dirname, '..');
const REFERENCE_DIR = join(ROOT, 'test', 'fixtures', 'reference');
/** How many excerpts of the first page are checked (the top of the page). */
export const TOP = 3;
/** Share of the dates checked that must pass. */
export const TARGET = 1;

export interface DatePageArchive {
  name: string;
  reference: string;
  corpus?: string;
  index?: string;
}

export type Tier = 0 | 1 | 2;
export const TIER_NAMES = ['report', 'announcement', 'other'] as const;

export interface ShownExcerpt {
  articleId: string;
  paragraph: number;
  /** The article's role for the event asked about, or `other event YYYY-MM-DD (role)`, or `unlisted`. */
  role: string;
  tier: Tier;
  /** A report of the event published on the day asked. */
  ofTheDay: boolean;
}

export interface DateCheck {
  date: string;
  event: string;
  optional: boolean;
  /** What the date page holds: the first TOP excerpts. */
  top: ShownExcerpt[];
  /** The tiers the first TOP excerpts would have at best, from the whole coverage. */
  best: Tier[];
  total: number;
  status: 'pass' | 'fail' | 'skipped';
  why?: string;
}

export interface ArchiveDateChecks {
  name: string;
  checks: DateCheck[];
  passed: number;
  /** Dates checked: every day of each reference event, less optional events the index does not find. */
  scored: number;
  met: boolean;
}

const eventDays = (e: { date: string; end?: string }): string[] => {
  const days = [e.date];
  while (e.end && days[days.length - 1]! < e.end) days.push(addDays(days[days.length - 1]!, 1));
  return days;
};
const span = (e: { date: string; end?: string }) => (e.end && e.end !== e.date ? `${e.date}..${e.end}` : e.date);

/** An article's role for `event`, as the reference reads it, its tier, and whether it is a report of `day`. */
export function roleOf(
  reference: ReferenceTimeline,
  event: ReferenceEvent,
  day: string,
  r: Pick<Result, 'articleId' | 'published'>,
): { role: string; tier: Tier; ofTheDay: boolean } {
  const note = event.articleNotes?.[r.articleId] ?? (event.neutral?.includes(r.articleId) ? 'neutral' : undefined);
  if (note === 'report')
    return { role: r.published === day ? 'report, published that day' : 'report', tier: 0, ofTheDay: r.published === day };
  if (note) return { role: note, tier: note === 'announcement' ? 1 : 2, ofTheDay: false };
  const other = reference.events.find((e) => e !== event && (e.articleNotes?.[r.articleId] || e.neutral?.includes(r.articleId)));
  if (other) return { role: `other event ${span(other)} (${other.articleNotes?.[r.articleId] ?? 'neutral'})`, tier: 2, ofTheDay: false };
  return { role: 'unlisted', tier: 2, ofTheDay: false };
}

/** The date page for `day`, as `/summit <day>` computes it, and every page after it. */
function datePages(archive: Archive, day: string): { first: DateAnswer; all: Result[] } {
  const today = new Date().toISOString().slice(0, 10);
  const request = parseRequest(day);
  if (request.kind !== 'summit') throw new Error(`${day} is not read as a date`);
  const page = (offset?: number, limit?: number) => {
    const answer = answerRequest(request, { archive, today, offset, limit });
    if (answer.kind !== 'date') throw new Error(`${day} is answered as ${answer.kind}, not as a date`);
    return answer;
  };
  const first = page();
  const all: Result[] = [];
  while (all.length < first.page.total) {
    const next = page(all.length, MAX_LIMIT).results;
    if (next.length === 0) break;
    all.push(...next);
  }
  return { first, all };
}

export function checkDate(archive: Archive, reference: ReferenceTimeline, event: ReferenceEvent, day: string): DateCheck {
  const { first, all } = datePages(archive, day);
  const base = { date: day, event: `${span(event)} ${event.kind}`, optional: isOptional(event), total: first.page.total };
  const shown = (r: Result): ShownExcerpt => ({ articleId: r.articleId, paragraph: r.paragraph, ...roleOf(reference, event, day, r) });
  const top = first.results.slice(0, TOP).map(shown);
  const every = all.map(shown);
  const best = every
    .map((r) => r.tier)
    .sort((a, b) => a - b)
    .slice(0, TOP);
  if (!first.event) {
    if (base.optional) return { ...base, top, best, status: 'skipped', why: 'optional event, not found by the index' };
    return { ...base, top, best, status: 'fail', why: 'no event found on this day' };
  }
  const hasReports = Object.values(event.articleNotes ?? {}).includes('report');
  if (hasReports && top[0]?.tier !== 0) {
    const why = best[0] === 0 ? 'a report ranks lower' : "none of the event's reports is on the page";
    return { ...base, top, best, status: 'fail', why: `the first excerpt is no report of the event (${why})` };
  }
  if (every.some((r) => r.ofTheDay) && !top[0]?.ofTheDay) {
    return { ...base, top, best, status: 'fail', why: 'the first excerpt is no report published that day, and the coverage has one' };
  }
  const worse = top.findIndex((t, i) => t.tier !== best[i]);
  if (worse >= 0) {
    const want = best[worse] === undefined ? 'nothing' : TIER_NAMES[best[worse]];
    return { ...base, top, best, status: 'fail', why: `excerpt ${worse + 1} is ${TIER_NAMES[top[worse]!.tier]}, ${want} was there` };
  }
  return { ...base, top, best, status: 'pass' };
}

export function checkArchive(name: string, archive: Archive, reference: ReferenceTimeline): ArchiveDateChecks {
  const checks = reference.events.flatMap((event) => eventDays(event).map((day) => checkDate(archive, reference, event, day)));
  // An optional event the index finds is shown like any other: its dates count.
  const scored = checks.filter((c) => c.status !== 'skipped');
  const passed = scored.filter((c) => c.status === 'pass').length;
  return { name, checks, passed, scored: scored.length, met: passed >= Math.ceil(TARGET * scored.length) };
}

export function formatChecks(result: ArchiveDateChecks): string {
  const out = [`${result.name}: ${result.passed} of ${result.scored} dates show the event's own reports at the top`];
  for (const c of result.checks) {
    const mark = c.status === 'pass' ? 'pass' : c.status === 'fail' ? 'FAIL' : 'skip';
    out.push(`  ${mark}  ${c.date}  ${c.event}${c.optional ? ' (optional)' : ''}  — ${c.total} excerpts${c.why ? `; ${c.why}` : ''}`);
    for (const [i, t] of c.top.entries()) out.push(`        ${i + 1}. ${t.articleId} ¶${t.paragraph + 1}  ${t.role}`);
  }
  return out.join('\n');
}

/** The index folder to check: `--index`, or the archive indexed by the CLI into a temporary folder. */
function indexOf(archive: DatePageArchive, temporary: string[]): string {
  if (archive.index) return archive.index;
  if (!archive.corpus) throw new Error(`${archive.name}: --index DIR or --corpus DIR|TARBALL is needed`);
  const { corpusDir } = resolveArchive(specFromArg(archive.corpus), 'eval-date-pages');
  const out = mkdtempSync(join(tmpdir(), `summit-date-pages-${archive.name}-`));
  temporary.push(out);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'cli.js'), 'index', '--corpus', corpusDir, '--out', out, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

export function evalDatePages(archives: DatePageArchive[]): ArchiveDateChecks[] {
  const temporary: string[] = [];
  try {
    return archives.map((a) => {
      const reference = JSON.parse(readFileSync(a.reference, 'utf8')) as ReferenceTimeline;
      return checkArchive(a.name, openArchive(indexOf(a, temporary)), reference);
    });
  } finally {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
}

function parseArgs(argv: string[]): { archives: DatePageArchive[]; json: boolean; afterTimeline: boolean } {
  const json = argv.includes('--json');
  const afterTimeline = argv.includes('--after-timeline');
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpus = value('--corpus');
  const index = value('--index');
  const reference = value('--reference');
  if (!corpus && !index) {
    return {
      json,
      afterTimeline,
      archives: [
        { name: 'kremlin', corpus: KREMLIN, reference: join(REFERENCE_DIR, 'kremlin-timeline.json') },
        { name: 'whitehouse', corpus: WHITEHOUSE, reference: join(REFERENCE_DIR, 'whitehouse-timeline.json') },
      ],
    };
  }
  if (!reference) throw new Error('--corpus or --index needs --reference FILE (a timeline read by hand, as in test/fixtures/reference)');
  if (index && !(existsSync(index) && statSync(index).isDirectory())) throw new Error(`--index ${index} is not a folder`);
  const name = corpus ? specFromArg(corpus).name : basename(resolve(index!));
  return { json, afterTimeline, archives: [{ name, reference, ...(corpus ? { corpus } : {}), ...(index ? { index } : {}) }] };
}

/** `npm run eval`: the timeline score first, exactly as bench/eval-timeline.ts prints it, with the same arguments. */
function runTimeline(argv: string[], json: boolean): { code: number; document?: Record<string, unknown> } {
  const args = argv.filter((a) => a !== '--after-timeline');
  const run = spawnSync(process.execPath, [...process.execArgv, join(__dirname, 'eval-timeline.ts'), ...args], {
    stdio: ['ignore', json ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  const code = run.status ?? 2;
  if (!json) return { code };
  try {
    return { code, document: JSON.parse(run.stdout) as Record<string, unknown> };
  } catch {
    return { code: code || 2 };
  }
}

function main(argv: string[]): number {
  const { archives, json, afterTimeline } = parseArgs(argv);
  const timeline = afterTimeline ? runTimeline(argv, json) : undefined;
  const results = evalDatePages(archives);
  const met = results.every((r) => r.met);
  const code = met ? 0 : 1;
  if (json) {
    const datePages = { top: TOP, target: TARGET, met, results };
    process.stdout.write(`${JSON.stringify(timeline ? { ...timeline.document, datePages } : datePages, null, 1)}\n`);
  } else {
    const out = [timeline ? '\nDate pages' : 'Date pages', ''];
    for (const r of results) out.push(formatChecks(r), '');
    const passed = results.reduce((s, r) => s + r.passed, 0);
    const scored = results.reduce((s, r) => s + r.scored, 0);
    out.push(
      `Date pages: ${passed} of ${scored} dates pass; target: every date (the first ${TOP} excerpts the best the coverage allows): ${met ? 'met' : 'NOT met'}`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return timeline && timeline.code !== 0 ? Math.max(timeline.code, code) : code;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
