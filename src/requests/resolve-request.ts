import { needsSearch, type Answer, type Archive } from '../answers';
import { answerRequest } from './answer-request';
import { parseRequest, type SummitRequest } from './parse-request';

/** What to show for a request: usage, a subscription change, or an answer (with where its page starts). */
export type Resolved =
  | { kind: 'help' }
  | Extract<SummitRequest, { kind: 'subscription' }>
  /** `startAt`: the first event a timeline or "on this date" page shows. */
  | { kind: 'answer'; answer: Answer; startAt: number };

/**
 * Reads what someone typed and computes its answer, from `offset` ("More" buttons, the shell's
 * `more`). The engine pages questions and dates; the renderer pages timelines and days.
 */
/** A question typed before the shards are loaded waits for them; a date, a list or help does not. */
export function waitsForSearch(text: string, archive: Archive, today: string): boolean {
  const request = parseRequest(text);
  return request.kind === 'summit' && !archive.isSearchable() && needsSearch(request.text, today);
}

export async function resolveRequest(text: string, ctx: { archive: Archive; today: string; offset?: number }): Promise<Resolved> {
  const request = parseRequest(text);
  if (request.kind === 'help' || request.kind === 'subscription') return request;
  const offset = ctx.offset ?? 0;
  // Dates are answered from the start; a question waits until the shards are loaded.
  if (waitsForSearch(text, ctx.archive, ctx.today)) await ctx.archive.searchable;
  if (request.kind === 'summit' || request.kind === 'quotes') return { kind: 'answer', answer: answerRequest(request, { ...ctx, offset }), startAt: 0 };
  return { kind: 'answer', answer: answerRequest(request, ctx), startAt: offset };
}
