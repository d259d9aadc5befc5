/**
 * Ranking on a real archive: questions an analyst asks about Xi–Putin calls and meetings, each with
 * the paragraphs that answer it, read by hand (test/fixtures/reference/kremlin-questions.json).
 * Prints hit@1, success@3 and MRR (over the top 20) for the search alone (BM25 over the postings)
 * and for the answers (`askQuestion`, what Slack shows), and each question's rank.
 *
 *   npx tsx bench/eval-questions.ts [--index DIR] [--questions FILE] [--form NAME] [--json]
 *   npx tsx bench/eval-questions.ts --public [FILE]   # the public checks (../shared/eval/questions.json) on index/
 *   npx tsx bench/eval-questions.ts --feedback FILE [--index DIR] [--json]   # what users found wrong, asked again
 *
 * A question may name its form ("form": "how many times", "when", "who", "variants"); `--form NAME`
 * scores only those, and the figures are printed per form as well.
 *
 * Build the index first: npm run -s cli -- index --corpus DIR --out /tmp/bench/kidx13 --quiet
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askQuestion } from '../src/answers';
import { openArchive, type Archive } from '../src/search/archive';
import { feedbackEval } from './eval-feedback';
import { searchParagraphs } from '../src/search/search-paragraphs';

export interface QuestionSet {
  questions: Array<{
    id: string;
    ask: string;
    /** The question form it measures ("how many times", "when", "who", "variants"), when it was added for one. */
    form?: string;
    /** The answering paragraphs: an article id, the paragraph's number (1-based, for a reader) and a few of its words. */
    answers: Array<{ article: string; paragraph?: number; words: string }>;
  }>;
}

/** The public checks' shape (../shared/eval/questions.json): any excerpt holding an expected phrase answers. */
interface PublicChecks {
  k: number;
  questions: Array<{ id: string; ask: string; expect: string[] }>;
}

const DEPTH = 20;
const fold = (s: string) => s.toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

type Ranked = Array<{ articleId: string; text: string }>;

/** 1-based rank of the first excerpt that answers, or 0 when none of the top DEPTH does. */
export function rankOf(ranked: Ranked, answers: QuestionSet['questions'][number]['answers']): number {
  const i = ranked.findIndex((r) => answers.some((a) => a.article === r.articleId && fold(r.text).includes(fold(a.words))));
  return i < 0 ? 0 : i + 1;
}

export interface Figures {
  hit1: number;
  success3: number;
  mrr: number;
  ranks: number[];
}

export function figures(ranks: number[]): Figures {
  const n = ranks.length || 1;
  return {
    hit1: ranks.filter((r) => r === 1).length / n,
    success3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((s, r) => s + (r ? 1 / r : 0), 0) / n,
    ranks,
  };
}

function searchOnly(archive: Archive, ask: string): Ranked {
  return searchParagraphs(archive, ask, { limit: DEPTH }).hits.map((h) => ({ articleId: archive.articles[h.article]!.id, text: h.text }));
}

function answers(archive: Archive, ask: string): Ranked {
  return askQuestion(archive, ask, { limit: DEPTH, budgetMs: 5000 }).results.map((r) => ({ articleId: r.articleId, text: r.text }));
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const line = (name: string, f: Figures) => `${name.padEnd(8)} hit@1 ${pct(f.hit1)}  success@3 ${pct(f.success3)}  MRR ${f.mrr.toFixed(3)}`;

/** The public checks on the bundled index: hit@1, success@3 (what the checks require at k = 3) and MRR. */
function publicChecks(file: string, indexDir: string, json: boolean): void {
  const checks = JSON.parse(readFileSync(file, 'utf8')) as PublicChecks;
  const archive = openArchive(indexDir);
  const ranks = checks.questions.map((q) => {
    const ranked = askQuestion(archive, q.ask, { limit: DEPTH, budgetMs: 5000 }).results;
    const i = ranked.findIndex((r) => q.expect.some((e) => fold(r.text).includes(fold(e))));
    return i < 0 ? 0 : i + 1;
  });
  const f = figures(ranks);
  if (json) console.log(JSON.stringify({ answers: f }));
  else {
    checks.questions.forEach((q, i) => console.log(`${q.id}  answers ${String(ranks[i] || '-').padStart(2)}  ${q.ask}`));
    console.log(`\n${checks.questions.length} public checks; rank within the top ${DEPTH} ('-' = not there)\n${line('answers', f)}`);
  }
  archive.close();
}

function main(argv: string[]): void {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] && !argv[i + 1]!.startsWith('--') ? argv[i + 1]! : fallback;
  };
  if (argv.includes('--public')) {
    const shared = resolve(__dirname, '..', '..', 'shared', 'eval', 'questions.json');
    const fallback = existsSync(shared) ? shared : resolve(__dirname, '..', 'test', 'fixtures', 'eval-questions.json');
    publicChecks(resolve(arg('--public', fallback)), arg('--index', resolve(__dirname, '..', 'index')), argv.includes('--json'));
    return;
  }
  if (argv.includes('--feedback')) {
    // The answers users found wrong (`cli feedback --json`), asked again: bench/eval-feedback.ts.
    const file = arg('--feedback', '');
    if (!file) throw new Error('--feedback takes a file: npm run -s cli -- feedback --json > feedback.json');
    feedbackEval(resolve(file), arg('--index', resolve(__dirname, '..', 'index')), argv.includes('--json'));
    return;
  }
  const set = JSON.parse(
    readFileSync(resolve(arg('--questions', resolve(__dirname, '..', 'test', 'fixtures', 'reference', 'kremlin-questions.json'))), 'utf8'),
  ) as QuestionSet;
  const form = arg('--form', '');
  const questions = form ? set.questions.filter((q) => q.form === form) : set.questions;
  const archive = openArchive(arg('--index', '/tmp/bench/kidx13'));
  const runs = { search: [] as number[], answers: [] as number[] };
  for (const q of questions) {
    runs.search.push(rankOf(searchOnly(archive, q.ask), q.answers));
    runs.answers.push(rankOf(answers(archive, q.ask), q.answers));
  }
  const result = { search: figures(runs.search), answers: figures(runs.answers) };
  if (argv.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  questions.forEach((q, i) =>
    console.log(
      `${q.id}  search ${String(runs.search[i] || '-').padStart(2)}  answers ${String(runs.answers[i] || '-').padStart(2)}  ${q.ask}`,
    ),
  );
  console.log(`\n${questions.length} questions; rank within the top ${DEPTH} ('-' = not there)`);
  for (const [name, f] of Object.entries(result)) console.log(line(name, f));
  const forms = [...new Set(questions.flatMap((q) => (q.form ? [q.form] : [])))];
  if (forms.length > 0) forms.push('');
  for (const name of forms) {
    const at = questions.flatMap((q, i) => ((q.form ?? '') === name ? [i] : []));
    console.log(`  ${name || 'no form'} (${at.length}): ${line('answers', figures(at.map((i) => runs.answers[i]!)))}`);
  }
  archive.close();
}

if (require.main === module) main(process.argv.slice(2));
