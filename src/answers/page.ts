/** Paging, owned by the answers: every answer says which part of its list it holds, and renderers never slice. */
import type { Page } from './types';

export const DEFAULT_LIMIT = 3;
export const MAX_LIMIT = 20;

export interface PageOptions {
  offset?: number;
  limit?: number;
}

/** The page asked for, within bounds: `limit` results (at most MAX_LIMIT) from `offset`. */
export function clampPage({ offset, limit }: PageOptions, fallback = DEFAULT_LIMIT): { offset: number; limit: number } {
  const o = Number.isFinite(offset) ? Math.max(0, Math.floor(offset!)) : 0;
  const l = Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit!))) : fallback;
  return { offset: o, limit: l };
}

/**
 * A list of summits from `offset` to its end (the timeline, "on this date"): Slack shows as many as
 * fit and offers the rest. An offset past the end (an old "More" button) gives the last one, so a
 * page is never empty while the list is not.
 */
export function restOf<T>(list: readonly T[], offset = 0): { items: T[]; page: Page } {
  const start = Math.min(clampPage({ offset }).offset, Math.max(0, list.length - 1));
  return { items: list.slice(start), page: { offset: start, limit: list.length - start, total: list.length } };
}
