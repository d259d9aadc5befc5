/**
 * What users found wrong, asked again: reads `npm run -s cli -- feedback --json` and reruns each
 * "Not helpful" and "Wrong attribution" query against an index, as Slack would answer it now.
 * Per query: the verdict and reason given, the citations users saw, where each stands now (still at
 * the top?), and the new top citations. `bench/eval-questions.ts --feedback FILE` prints it.
 */
import { readFileSync } from 'node:fs';
import { MAX_LIMIT } from '../src/answers/page';
import type { Answer } from '../src/answers/types';
import { citationsOf } from '../src/render/slack/feedback';
import { answerRequest, type ArchiveRequest } from '../src/requests/answer-request';
import { parseRequest } from '../src/requests/parse-request';
import { openArchive, type Archive } from '../src/search/archive';

export interface FeedbackCitation {
  articleId: string;
  /** 0-based, as stored (shown as ¶ paragraph + 1). */
  paragraph: number;
}

/** One record of `cli feedback --json` that users found wrong. */
export interface WrongAnswer {
  at: string;
  query: string;
  verdict: 'not-helpful' | 'wrong-attribution';
  reason?: string;
  citations: FeedbackCitation[];
}

/** The records found wrong, and why any other record of the file was left out. */
export interface FeedbackFile {
  wrong: WrongAnswer[];
  helpful: number;
  skipped: string[];
}

const WRONG = new Set(['not-helpful', 'wrong-attribution']);

const isCitation = (c: unknown): c is FeedbackCitation =>
  typeof c === 'object' &&
  c !== null &&
  typeof (c as FeedbackCitation).articleId === 'string' &&
  Number.isInteger((c as FeedbackCitation).paragraph) &&
  (c as FeedbackCitation).paragraph >= 0;

/** Reads the JSON of `cli feedback --json` (`{ feedback: [...] }`); throws on a file of another shape. */
export function readFeedback(json: string): FeedbackFile {
  const parsed = JSON.parse(json) as unknown;
  const list = (parsed as { feedback?: unknown } | null)?.feedback;
  if (!Array.isArray(list)) throw new Error('not the output of `npm run -s cli -- feedback --json`: no "feedback" list');
  const out: FeedbackFile = { wrong: [], helpful: 0, skipped: [] };
  list.forEach((r: unknown, i) => {
    const record = (r ?? {}) as Record<string, unknown>;
    if (record.verdict === 'helpful') return void (out.helpful += 1);
    const { at, query, verdict, reason, citations } = record;
    if (typeof verdict !== 'string' || !WRONG.has(verdict))
      return void out.skipped.push(`#${i + 1}: unknown verdict ${JSON.stringify(verdict)}`);
    if (typeof query !== 'string' || !query.trim()) return void out.skipped.push(`#${i + 1}: no query`);
    if (!Array.isArray(citations)) return void out.skipped.push(`#${i + 1}: no citations list`);
    out.wrong.push({
      at: typeof at === 'string' ? at : '',
      query: query.trim(),
      verdict: verdict as WrongAnswer['verdict'],
      ...(typeof reason === 'string' && reason.trim() ? { reason: reason.trim() } : {}),
      citations: citations.filter(isCitation).map((c) => ({ articleId: c.articleId, paragraph: c.paragraph })),
    });
  });
  return out;
}

export function readFeedbackFile(path: string): FeedbackFile {
  return readFeedback(readFileSync(path, 'utf8'));
}

/** One wrong answer asked again. */
export interface Rerun extends WrongAnswer {
  /** Each citation users saw, with its rank now among the top `depth` (1-based), or null: gone from it. */
  seen: Array<FeedbackCitation & { rankNow: number | null }>;
  /** The first citation users saw is still the first one: the answer they judged wrong has not changed at its top. */
  stillOnTop: boolean;
  /** The top citations now. */
  topNow: FeedbackCitation[];
  /** "Wrong attribution": the statement is still given to that speaker (on any page of their quotes). */
  stillAttributed?: boolean;
  /** Why there is nothing to compare (help, a subscription, an input error). */
  note?: string;
}

const same = (a: FeedbackCitation, b: FeedbackCitation) => a.articleId === b.articleId && a.paragraph === b.paragraph;

/** The request a feedback query asks again (what `/summit <query>` would ask), or why none. */
function requestOf(query: string): ArchiveRequest | string {
  const request = parseRequest(query);
  if (request.kind === 'help' || request.kind === 'subscription') return `a ${request.kind} request has no citations`;
  return request;
}

/** Reruns each wrong answer against `archive`, as of the day it was given ("last year" stays that year). */
export function rerunFeedback(archive: Archive, wrong: readonly WrongAnswer[], { depth = 10 }: { depth?: number } = {}): Rerun[] {
  return wrong.map((w) => {
    const request = requestOf(w.query);
    const today = /^\d{4}-\d\d-\d\d/.test(w.at) ? w.at.slice(0, 10) : new Date().toISOString().slice(0, 10);
    const answer: Answer | null = typeof request === 'string' ? null : answerRequest(request, { archive, today, limit: depth });
    const topNow = (answer && citationsOf(answer)) ?? [];
    const seen = w.citations.map((c) => {
      const i = topNow.findIndex((t) => same(t, c));
      return { ...c, rankNow: i < 0 ? null : i + 1 };
    });
    const note =
      typeof request === 'string' ? request : answer?.kind === 'input-error' ? `now an input error: ${answer.message}` : undefined;
    const all =
      w.verdict === 'wrong-attribution' && typeof request !== 'string' && w.citations.length > 0
        ? everyCitation(archive, request, today)
        : null;
    const attributed = all ? w.citations.every((c) => all.some((t) => same(t, c))) : undefined;
    return {
      ...w,
      seen,
      stillOnTop: seen.length > 0 && seen[0]!.rankNow === 1,
      topNow: topNow.map(({ articleId, paragraph }) => ({ articleId, paragraph })),
      ...(attributed !== undefined ? { stillAttributed: attributed } : {}),
      ...(note ? { note } : {}),
    };
  });
}

/** Every citation of an answer, page after page (a speaker's quotes run to hundreds), up to `max`. */
function everyCitation(archive: Archive, request: ArchiveRequest, today: string, max = 400): FeedbackCitation[] {
  const out: FeedbackCitation[] = [];
  for (let offset = 0; offset < max; offset += MAX_LIMIT) {
    const answer = answerRequest(request, { archive, today, offset, limit: MAX_LIMIT });
    const page = citationsOf(answer) ?? [];
    out.push(...page);
    if (page.length < MAX_LIMIT || !('page' in answer) || offset + MAX_LIMIT >= answer.page.total) break;
  }
  return out;
}

const cite = (c: FeedbackCitation) => `${c.articleId} ¶${c.paragraph + 1}`;

/** The rerun as a reader checks it, one block per query. */
export function renderRerun(file: FeedbackFile, reruns: readonly Rerun[], shown = 5): string {
  const lines: string[] = [];
  for (const r of reruns) {
    lines.push(`[${r.verdict}] ${JSON.stringify(r.query)}${r.at ? `  (${r.at.slice(0, 10)})` : ''}`);
    lines.push(`  reason:        ${r.reason ?? '(none given)'}`);
    lines.push(
      `  users saw:     ${r.seen.length ? r.seen.map((c) => `${cite(c)} (${c.rankNow ? `now #${c.rankNow}` : 'now gone'})`).join(', ') : '(no citations)'}`,
    );
    lines.push(`  still on top:  ${r.seen.length === 0 ? '-' : r.stillOnTop ? 'yes, unchanged' : 'no, changed'}`);
    if (r.stillAttributed !== undefined)
      lines.push(`  attributed:    ${r.stillAttributed ? 'still to the same speaker' : 'no longer to that speaker'}`);
    lines.push(`  top now:       ${r.topNow.length ? r.topNow.slice(0, shown).map(cite).join(', ') : '(nothing)'}`);
    if (r.note) lines.push(`  note:          ${r.note}`);
    lines.push('');
  }
  const unchanged = reruns.filter((r) => r.stillOnTop).length;
  lines.push(
    `${reruns.length} answers users found wrong (${file.helpful} helpful left out${file.skipped.length ? `, ${file.skipped.length} unreadable` : ''}); ${unchanged} still give the same top citation.`,
  );
  for (const s of file.skipped) lines.push(`  skipped ${s}`);
  return `${lines.join('\n')}\n`;
}

/** `--feedback FILE [--index DIR] [--json]`: reads the file, reruns, prints (JSON: `{ helpful, skipped, reruns }`). */
export function feedbackEval(file: string, indexDir: string, json: boolean): void {
  const feedback = readFeedbackFile(file);
  const archive = openArchive(indexDir);
  try {
    const reruns = rerunFeedback(archive, feedback.wrong);
    if (json) console.log(JSON.stringify({ helpful: feedback.helpful, skipped: feedback.skipped, reruns }));
    else process.stdout.write(renderRerun(feedback, reruns));
  } finally {
    archive.close();
  }
}
