import { onThisDate } from '../answers';
import type { ArchiveSource } from '../search/archive';
import { dailyPostFor, type DailyPostOptions } from './daily-post';
import type { ComposePost } from './run-daily';

/** The daily message of a date, from the archive in use that moment: `onThisDate` rendered by `dailyPostFor`. */
export function onThisDateComposer(source: ArchiveSource, options: DailyPostOptions): ComposePost {
  return (date) => {
    const { archive, release } = source.lease();
    try {
      const answer = onThisDate(archive, date, { today: date });
      if (answer.kind !== 'on-this-date') throw new Error(`on this date ${date}: ${answer.message}`);
      return dailyPostFor(answer, options);
    } finally {
      release();
    }
  };
}
