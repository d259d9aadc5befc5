/** An event as the grouping builds it: its days, its kind of occasion, its members and how its days were set. */
import { daysBetween } from '../corpus/calendar-date';
import type { ArticleClaim, ArticleRole } from './types';

/** A claim with the article that makes it. */
export interface SourcedClaim {
  articleId: string;
  published: string | null;
  claim: ArticleClaim;
}

export interface Member {
  articleId: string;
  role: ArticleRole;
  claim: ArticleClaim;
}

export interface GroupedEvent {
  date: string;
  end: string;
  multilateral: boolean;
  call: boolean;
  announcedOnly: boolean;
  members: Member[];
  /** Claims that set the event's days beyond its reports' own (a summit's days, "a three-day visit"), and how. */
  spanFrom: Array<{ source: SourcedClaim; how: string }>;
}

/**
 * A contact an article dates more than this many days before it was published is recalled, not
 * reported ("the call came weeks after Xi hosted Putin on Feb. 4", an analysis going over ten years of
 * meetings): the article refers to that event, and its own words were said elsewhere.
 */
export const RECALL_DAYS = 7;

/** Is a contact of `day` one that a story of `published` recalls? */
export const recalledOn = (day: string, published: string): boolean => daysBetween(day, published) > RECALL_DAYS;

/** A present tense or a "latest" within a week after an event speaks of that event, not of a new one. */
export const WEAK_AFTER_DAYS = 7;

export const lastOf = (c: { date?: string; end?: string }) => c.end ?? c.date!;

export const newEvent = (
  date: string,
  end: string,
  kind: { multilateral?: boolean; call?: boolean; announcedOnly?: boolean },
  members: Member[] = [],
): GroupedEvent => ({
  date,
  end,
  multilateral: kind.multilateral ?? false,
  call: kind.call ?? false,
  announcedOnly: kind.announcedOnly ?? false,
  members,
  spanFrom: [],
});
