import type { Archive } from '../search/archive';
import type { TimelineAnswer } from './types';

/** The timeline: every summit found, oldest first. */
export function listSummits(archive: Archive): TimelineAnswer {
  return { kind: 'timeline', events: archive.events };
}
