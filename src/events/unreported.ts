/**
 * The dating of an article that reports no call or meeting between the two and states nothing the
 * timeline reads: nearly every article of an archive. The index stores only the other datings
 * (timeline.json); an article it does not list is dated so.
 */
import type { ArticleDating } from './types';

export const NOT_A_SUMMIT = 'does not report a call or meeting between Xi and Putin';

export const unreported = (articleId: string): ArticleDating => ({
  articleId,
  eventDate: null,
  kind: null,
  dateFrom: null,
  paragraph: null,
  evidence: NOT_A_SUMMIT,
});

/** Whether `d` is exactly `unreported(d.articleId)`: no claims, no kind, nothing else set. */
export const isUnreported = (d: ArticleDating): boolean =>
  d.evidence === NOT_A_SUMMIT &&
  d.kind === null &&
  d.eventDate === null &&
  d.dateFrom === null &&
  d.paragraph === null &&
  Object.keys(d).length === 6;
