/**
 * Ranking on a real archive: questions an analyst asks about Xi–Putin calls and meetings, each with
 * the paragraphs that answer it, read by hand (test/fixtures/reference/kremlin-questions.json).
 * Prints hit@1, success@3 and MRR (over the top 20) for the search alone (BM25 over the postings)
 * and for the answers (`askQuestion`, what Slack shows), and each question's rank.
 *
 *   npx tsx bench/eval-questions.ts [--index DIR] [--questions FILE] [--json]
 *
 * Build the index first: npm run -s cli -- index --corpus DIR --out /tmp/bench/kidx13 --quiet
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { askQuestion } from '../src/answers';
import { openArchive, type Archive } from '../src/search/archive';
import { searchParagraphs } from '../src/search/search-paragraphs';

export interface QuestionSet {
  questions: Array<{ id: string; ask: string; answers: Array<{ article: string; words: string }> }>;
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

function main(argv: string[]): void {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const set = JSON.parse(
    readFileSync(resolve(arg('--questions', resolve(__dirname, '..', 'test', 'fixtures', 'reference', 'kremlin-questions.json'))), 'utf8'),
  ) as QuestionSet;
  const archive = openArchive(arg('--index', '/tmp/bench/kidx13'));
  const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
  const runs = { search: [] as number[], answers: [] as number[] };
  for (const q of set.questions) {
    runs.search.push(rankOf(searchOnly(archive, q.ask), q.answers));
    runs.answers.push(rankOf(answers(archive, q.ask), q.answers));
  }
  const result = { search: figures(runs.search), answers: figures(runs.answers) };
  if (argv.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  set.questions.forEach((q, i) =>
    console.log(
      `${q.id}  search ${String(runs.search[i] || '-').padStart(2)}  answers ${String(runs.answers[i] || '-').padStart(2)}  ${q.ask}`,
    ),
  );
  console.log(`\n${set.questions.length} questions; rank within the top ${DEPTH} ('-' = not there)`);
  for (const [name, f] of Object.entries(result))
    console.log(`${name.padEnd(8)} hit@1 ${pct(f.hit1)}  success@3 ${pct(f.success3)}  MRR ${f.mrr.toFixed(3)}`);
  archive.close();
}

if (require.main === module) main(process.argv.slice(2));
