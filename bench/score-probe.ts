/**
 * A probe archive (test/fixtures/probes/<name>: synthetic stories in the house styles of sites the
 * bench archives do not cover, with truth.json written beside them) built and scored: the timeline's
 * events against the contacts the stories report or mention, the statements given to Xi and Putin
 * and to others, and the page furniture left in the text.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanArticle } from '../src/corpus/clean-article';
import { listArchiveFiles, readArticleFile } from '../src/corpus/read-archive';
import type { Article } from '../src/corpus/types';
import { statementsOf } from '../src/quotes/statements-file';
import { openArchive } from '../src/search/archive';
import { buildIndex } from '../src/search/build-index';

export const PROBES_DIR = join(__dirname, '..', 'test', 'fixtures', 'probes');

interface TruthEvent {
  date: string;
  kind: string;
  place?: string | null;
  articles?: string[];
  mentionedIn?: string[];
}
interface Truth {
  events: TruthEvent[];
  statements?: Array<{ article: string; speaker: string; words: string }>;
  furniture?: Array<{ article: string; line: string }>;
}

export interface ProbeScore {
  name: string;
  events: number;
  /** Contacts the stories report, not in the timeline (date, kind). */
  missing: string[];
  /** Found with another kind: a call for a meeting or the other way round. */
  wrongKind: string[];
  /** Events the timeline shows that no story reports or mentions, but announced ones. */
  invented: string[];
  statements: { right: number; total: number };
  /** Words given to the wrong person (truth / found). */
  wrongSpeaker: string[];
  /** A leader's words found nowhere. */
  leaderMissing: string[];
  furnitureKept: string[];
}

const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
const family = (kind: string) => (/phone|video/.test(kind) ? kind : 'in person');
const surname = (name: string) => name.split(' ').pop()!.toLowerCase();
const isLeader = (name: string) => /\b(?:Xi|Jinping|Putin)\b/.test(name);

export function scoreProbe(name: string, dir = join(PROBES_DIR, name)): ProbeScore {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const indexDir = join(mkdtempSync(join(tmpdir(), `summit-probe-${name}-`)), 'index');
  buildIndex(join(dir, 'arch'), indexDir);
  const archive = openArchive(indexDir);
  const events = archive.events;
  archive.close();
  const within = (e: { date: string; end?: string }, day: string) => e.date <= day && (e.end ?? e.date) >= day;

  const reported = truth.events.filter((t) => (t.articles ?? []).length > 0);
  const missing: string[] = [];
  const wrongKind: string[] = [];
  for (const t of reported) {
    const found = events.find((e) => within(e, t.date));
    if (!found) missing.push(`${t.date} ${t.kind}`);
    else if (family(found.kind) !== family(t.kind)) wrongKind.push(`${t.date}: ${t.kind}, found ${found.kind}`);
  }
  const invented = events
    .filter((e) => e.confidence !== 'announced' && !truth.events.some((t) => within(e, t.date)))
    .map((e) => `${e.date} ${e.kind} (${e.articles.map((a) => a.articleId).join(', ')})`);

  const articles = new Map<string, Article>();
  for (const f of listArchiveFiles(join(dir, 'arch'))) {
    const read = readArticleFile(f);
    if (read.article) articles.set(read.article.id, cleanArticle(read.article));
  }
  let right = 0;
  const wrongSpeaker: string[] = [];
  const leaderMissing: string[] = [];
  for (const s of truth.statements ?? []) {
    const a = articles.get(s.article);
    if (!a) continue;
    const found = (statementsOf([{ ...a, id: a.id }])[a.id] ?? []).filter((x) => fold(x.text).includes(fold(s.words)));
    if (found.length === 0) {
      if (isLeader(s.speaker)) leaderMissing.push(`${s.speaker}: ${s.words}`);
      continue;
    }
    if (found.some((x) => surname(x.speaker) === surname(s.speaker))) right += 1;
    else wrongSpeaker.push(`${s.words} — ${s.speaker} / found ${found.map((x) => x.speaker).join(', ')}`);
  }
  const furnitureKept = (truth.furniture ?? [])
    .filter((f) => articles.get(f.article)?.paragraphs.some((p) => fold(p).includes(fold(f.line))))
    .map((f) => f.line);

  return {
    name,
    events: events.length,
    missing,
    wrongKind,
    invented,
    statements: { right, total: (truth.statements ?? []).length },
    wrongSpeaker,
    leaderMissing,
    furnitureKept,
  };
}
