const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2022-06-15` → `15 June 2022`; anything else is returned as it is. */
export function humanDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : isoDate;
}

/** A summit's day, or its span when it lasted several days: `20–22 March 2023`, `30 June – 2 July 2023`. */
export function eventDays(event: { date: string; end?: string }): string {
  if (!event.end || event.end === event.date) return humanDate(event.date);
  const [from, to] = [humanDate(event.date), humanDate(event.end)];
  if (event.date.slice(0, 7) === event.end.slice(0, 7)) return `${from.replace(/ .*$/, '')}–${to}`;
  if (event.date.slice(0, 4) === event.end.slice(0, 4)) return `${from.replace(/ \d{4}$/, '')} – ${to}`;
  return `${from} – ${to}`;
}

/** The same as dates in data are written: `2022-06-15`, or `2023-03-20–2023-03-22` for several days. */
export function isoDays(event: { date: string; end?: string }): string {
  return event.end && event.end !== event.date ? `${event.date}–${event.end}` : event.date;
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

/** What kind of contact an event was, as people say it: the precise format when the timeline knows it ("state visit", "multilateral"). */
export function eventKind(event: { kind: string; format?: string }): string {
  return event.format ?? event.kind;
}
