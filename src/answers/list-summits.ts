import type { Archive } from '../search/archive';
import { restOf } from './page';
import type { TimelineAnswer } from './types';

/** The timeline: every summit found, oldest first, from `offset` (the "More summits" button's). */
export function listSummits(archive: Archive, { offset }: { offset?: number } = {}): TimelineAnswer {
  const { items, page } = restOf(archive.events, offset);
  return { kind: 'timeline', events: items, page };
}
