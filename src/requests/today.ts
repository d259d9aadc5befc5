/** Today's date, `YYYY-MM-DD`, in an IANA time zone, from an injectable clock. */
export function todayIn(timeZone: string, now: Date): string {
  // UTC (the default zone) needs no formatter: the first one loads the time zone data, about 15–90 ms of a one-shot command.
  const year = now.getUTCFullYear();
  if (timeZone === 'UTC' && year >= 1000 && year <= 9999) return now.toISOString().slice(0, 10);
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** One formatter per zone: the bot asks for today's date at every answer. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
