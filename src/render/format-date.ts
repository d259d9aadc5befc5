const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2022-06-15` → `15 June 2022`; anything else is returned as it is. */
export function humanDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : isoDate;
}

/** A summit's day, or its span when it lasted several days. */
export function eventDays(event: { date: string; end?: string }): string {
  return event.end && event.end !== event.date ? `${humanDate(event.date)} – ${humanDate(event.end)}` : humanDate(event.date);
}

/** `1 article`, `3 articles`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How far a nearby summit is from the day asked: `5 days before`, `1 day after`. */
export function distanceFrom(days: number): string {
  return `${plural(Math.abs(days), 'day')} ${days < 0 ? 'before' : 'after'}`;
}

/** A month and day: `06-15` → `15 June`. */
export function humanDay(day: string): string {
  return humanDate(`2000-${day}`).replace(/ 2000$/, '');
}

/** How long before the day asked a summit was: `this year`, `1 year ago`, `3 years ago`. */
export function yearsAgo(n: number): string {
  return n <= 0 ? 'this year' : `${plural(n, 'year')} ago`;
}

/** The same words at the start of a sentence: `This year`. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
