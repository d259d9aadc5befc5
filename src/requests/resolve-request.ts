import { needsSearch, type Answer } from '../answers';
import type { Archive } from '../search/archive';
import { answerRequest, type AnswerContext } from './answer-request';
import type { SummitRequest } from './parse-request';

/** What to show for a request: usage, a subscription change, or an answer. */
export type Resolved = { kind: 'help' } | Extract<SummitRequest, { kind: 'subscription' }> | { kind: 'answer'; answer: Answer };

/** A question asked before the shards are loaded waits for them; a date, a list or help does not. */
export function waitsForSearch(request: SummitRequest, archive: Archive, today: string): boolean {
  // A request kept to a source is always a question (answer-request.ts), even when it names a date.
  return request.kind === 'summit' && !archive.isSearchable() && (needsSearch(request.text, today) || Boolean(request.source));
}

/** What Slack and the shell show for a parsed request, answered once the archive can answer it. */
export async function resolveRequest(request: SummitRequest, ctx: AnswerContext): Promise<Resolved> {
  if (request.kind === 'help' || request.kind === 'subscription') return request;
  if (waitsForSearch(request, ctx.archive, ctx.today)) await ctx.archive.searchable;
  return { kind: 'answer', answer: answerRequest(request, ctx) };
}
