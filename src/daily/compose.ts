import { onThisDate, type Archive } from '../answers';
import { dailyPostFor, type DailyPostOptions } from './daily-post';
import type { ComposePost } from './run-daily';

/** The daily message of a date, from the archive: `onThisDate` rendered by `dailyPostFor`. */
export function onThisDateComposer(archive: Archive, options: DailyPostOptions): ComposePost {
  return (date) => {
    const answer = onThisDate(archive, date, { today: date });
    if (answer.kind !== 'on-this-date') throw new Error(`on this date ${date}: ${answer.message}`);
    return dailyPostFor(answer, options);
  };
}
