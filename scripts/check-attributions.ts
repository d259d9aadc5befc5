/**
 * Checks the hand-read attributions (test/fixtures/reference/attributions.json) against the archives,
 * read with Summit's own reader and cleaner (src/corpus), so paragraph numbers are the index's:
 * every article exists once, every `includes` has at most 12 words and occurs word for word in its
 * paragraph, every meeting is an event of that archive's timeline, and the fields agree.
 *   npx tsx scripts/check-attributions.ts [--kremlin DIR] [--whitehouse DIR] [--pin]
 * --pin rewrites each `paragraph` to the one paragraph that holds its `includes` (after the cleaning
 * rules change); an `includes` found in no paragraph, or in several, is reported and left alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readArticleFile } from '../src/corpus/read-archive';
import { cleanArticle } from '../src/corpus/clean-article';

type Archive = 'bundled' | 'kremlin' | 'whitehouse';
interface Entry {
  archive: Archive;
  articleId: string;
  paragraph: number | null;
  includes: string;
  speaker?: string;
  side?: string;
  reportedBy?: string | null;
  verbatim?: boolean;
  meeting?: string | null;
  saidAtMeeting?: boolean;
  day?: string;
  saidAt?: string;
  scope?: string;
  wouldBeWronglyGivenTo?: string;
  kind?: string;
  why?: string;
}
interface Reference {
  about: string;
  bundledMeetings: string[];
  statements: Entry[];
  mustNotAttribute: Entry[];
}

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const ROOT = join(__dirname, '..');
const REFERENCE = join(ROOT, 'test', 'fixtures', 'reference');
const FILE = join(REFERENCE, 'attributions.json');
const DIRS: Record<Archive, string> = {
  bundled: join(ROOT, 'corpus'),
  kremlin: arg('--kremlin', '/tmp/bench/kremlin/kremlin-en-1999-2020'),
  whitehouse: arg('--whitehouse', '/tmp/bench/wh/whitehouse-2021-2026'),
};
const pin = process.argv.includes('--pin');
const ref = JSON.parse(readFileSync(FILE, 'utf8')) as Reference;

/** Every article file of an archive by id; an id held by two files is kept once, as the index keeps it. */
const files = new Map<string, string[]>();
function walk(archive: Archive, dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(archive, path);
    else if (/\.(md|markdown|txt)$/i.test(e.name)) {
      const key = `${archive}/${e.name.replace(/\.[^.]+$/, '')}`;
      files.set(key, [...(files.get(key) ?? []), path]);
    }
  }
}
const wanted = new Set([...ref.statements, ...ref.mustNotAttribute].map((e) => e.archive));
for (const archive of wanted) walk(archive, DIRS[archive]);

const cache = new Map<string, string[] | null>();
function paragraphsOf(archive: Archive, id: string): string[] | null {
  const key = `${archive}/${id}`;
  if (!cache.has(key)) {
    const path = files.get(key)?.[0];
    const read = path ? readArticleFile({ path, file: basename(path) }) : null;
    cache.set(key, read?.article ? cleanArticle(read.article).paragraphs : null);
  }
  return cache.get(key)!;
}

const timeline = (name: string) =>
  (JSON.parse(readFileSync(join(REFERENCE, name), 'utf8')) as { events: Array<{ date: string; end?: string }> }).events;
const EVENTS: Record<Archive, Array<{ date: string; end?: string }>> = {
  bundled: ref.bundledMeetings.map((date) => ({ date })),
  kremlin: timeline('kremlin-timeline.json'),
  whitehouse: timeline('whitehouse-timeline.json'),
};

const problems: string[] = [];
let repinned = 0;
const wordCount = (s: string) => s.trim().split(/\s+/).length;

function checkText(kind: string, e: Entry): void {
  const tag = `${kind} ${e.archive}/${e.articleId} ¶${e.paragraph} “${e.includes}”`;
  const found = files.get(`${e.archive}/${e.articleId}`);
  if (!found) return void problems.push(`${tag}: no such article`);
  if (found.length > 1) problems.push(`${tag}: the id names ${found.length} files; the index keeps ${found[0]}`);
  const paragraphs = paragraphsOf(e.archive, e.articleId);
  if (!paragraphs) return void problems.push(`${tag}: the article cannot be read`);
  if (wordCount(e.includes) > 12) problems.push(`${tag}: more than 12 words`);
  const hits = paragraphs.flatMap((p, i) => (p.includes(e.includes) ? [i] : []));
  if (hits.length === 0) return void problems.push(`${tag}: not in the article`);
  if (hits.length > 1) problems.push(`${tag}: in several paragraphs (${hits.join(', ')}); choose words found once`);
  if (e.paragraph !== null && paragraphs[e.paragraph]?.includes(e.includes)) return;
  if (pin && hits.length === 1) {
    e.paragraph = hits[0]!;
    repinned += 1;
  } else if (e.paragraph !== null) problems.push(`${tag}: not in that paragraph; in ${hits.join(', ')}`);
}

const SIDES = ['Chinese', 'Russian', 'other'];
for (const s of ref.statements) {
  checkText('statement', s);
  const tag = `statement ${s.articleId} “${s.includes}”`;
  if (!s.speaker || !SIDES.includes(s.side ?? '')) problems.push(`${tag}: speaker or side missing`);
  if (typeof s.verbatim !== 'boolean' || typeof s.saidAtMeeting !== 'boolean')
    problems.push(`${tag}: verbatim and saidAtMeeting are true or false`);
  if (s.reportedBy === s.speaker) problems.push(`${tag}: reportedBy is the speaker`);
  if ((!s.meeting || !s.saidAtMeeting) && !s.saidAt) problems.push(`${tag}: saidAt is needed when the words were not said at the meeting`);
  if (!s.meeting && s.saidAtMeeting) problems.push(`${tag}: saidAtMeeting without a meeting`);
  if (s.scope !== 'phrase' && s.scope !== 'paragraph') problems.push(`${tag}: scope is phrase or paragraph`);
  if (s.meeting) {
    const event = EVENTS[s.archive].find((ev) => ev.date === s.meeting);
    if (!event) problems.push(`${tag}: ${s.meeting} is not an event of the ${s.archive} timeline`);
    else if (s.day && (s.day < event.date || s.day > (event.end ?? event.date))) problems.push(`${tag}: day ${s.day} is outside the event`);
  }
}
for (const m of ref.mustNotAttribute) {
  checkText('mustNot', m);
  if (!m.wouldBeWronglyGivenTo || !m.kind || !m.why)
    problems.push(`mustNot ${m.articleId} “${m.includes}”: wouldBeWronglyGivenTo, kind and why are needed`);
}

if (pin) {
  const line = (e: Entry) => `  ${JSON.stringify(e)}`;
  const body = [
    '{',
    `"about": ${JSON.stringify(ref.about)},`,
    `"bundledMeetings": ${JSON.stringify(ref.bundledMeetings)},`,
    '"statements": [',
    ref.statements.map(line).join(',\n'),
    '],',
    '"mustNotAttribute": [',
    ref.mustNotAttribute.map(line).join(',\n'),
    ']',
    '}',
    '',
  ].join('\n');
  writeFileSync(FILE, body);
  console.log(`pinned ${repinned} paragraph number(s) to the current cleaning rules; file rewritten`);
}

const tally = (xs: Entry[], f: (e: Entry) => string) => {
  const t: Record<string, number> = {};
  for (const x of xs) t[f(x)] = (t[f(x)] ?? 0) + 1;
  return Object.entries(t)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
};
console.log(`statements ${ref.statements.length}: ${tally(ref.statements, (s) => s.archive)}`);
console.log(`  by side: ${tally(ref.statements, (s) => s.side ?? '?')}`);
console.log(`  by archive and side: ${tally(ref.statements, (s) => `${s.archive}/${s.side}`)}`);
console.log(
  `  verbatim: ${tally(ref.statements, (s) => String(s.verbatim))}; relayed: ${ref.statements.filter((s) => s.reportedBy).length}; not at a meeting: ${ref.statements.filter((s) => !s.meeting).length}`,
);
console.log(`mustNotAttribute ${ref.mustNotAttribute.length}: ${tally(ref.mustNotAttribute, (m) => m.kind ?? '?')}`);
for (const p of problems) console.log(`problem: ${p}`);
console.log(problems.length ? `${problems.length} problem(s)` : 'every check passes');
process.exit(problems.length ? 1 : 0);
