/**
 * When the daily post is due, as pure functions of an instant, a local time and an IANA zone.
 * Croner wakes the job up; these functions decide what "today" and "due" mean, so catch-up after a
 * restart and the tests agree with croner's own rules for daylight-saving days:
 * a local time that does not exist (clocks spring forward) runs at the first valid time after the
 * gap, the same day; a local time that happens twice (clocks fall back) runs at its first occurrence.
 */

export interface LocalTime {
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall clock in `tz` at `instantMs`, written as if it were a UTC instant (ms). */
function wallClockMs(instantMs: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(tz).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDay(ms) === text;
}

/** The local date (`YYYY-MM-DD`) in `tz` at `instant`. */
export function localDate(instant: Date, tz: string): string {
  return isoDay(wallClockMs(instant.getTime(), tz));
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoDay(Date.UTC(y, m - 1, d) + days * DAY);
}

/**
 * The instant at which the wall clock in `tz` reads `time` on `date`. In a spring-forward gap, the
 * first valid instant after the gap; when the time happens twice, the first occurrence.
 */
export function scheduledInstant(date: string, time: LocalTime, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = Date.UTC(y, m - 1, d, time.hour, time.minute);
  // Every instant showing `target` is `target - offset` for an offset in effect around that day.
  const offsets = new Set([-DAY, 0, DAY].map((shift) => wallClockMs(target + shift, tz) - (target + shift)));
  const candidates = [...offsets].map((offset) => target - offset);
  const exact = candidates.filter((t) => wallClockMs(t, tz) === target).sort((a, b) => a - b);
  if (exact[0] !== undefined) return new Date(exact[0]);

  // A gap: find, to the minute, the first instant whose wall clock is at or past `target`.
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (wallClockMs(mid, tz) >= target) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** True when today's (local) post time in `tz` has come at `now`. */
export function isDue(now: Date, time: LocalTime, tz: string): boolean {
  return now.getTime() >= scheduledInstant(localDate(now, tz), time, tz).getTime();
}

/**
 * The local times the job wakes up each day: the post time, then retries `retryHours` later for
 * channels that failed (or were subscribed since). Retries past midnight are dropped.
 */
export function wakeTimes(time: LocalTime, retryHours: readonly number[]): LocalTime[] {
  const hours = [0, ...retryHours].map((h) => time.hour + h).filter((h) => h < 24);
  return [...new Set(hours)].sort((a, b) => a - b).map((hour) => ({ hour, minute: time.minute }));
}

/** The croner pattern that wakes the job at `wakeTimes(time, retryHours)`. */
export function cronPattern(time: LocalTime, retryHours: readonly number[]): string {
  return `${time.minute} ${wakeTimes(time, retryHours)
    .map((t) => t.hour)
    .join(',')} * * *`;
}

/** The first wake-up strictly after `after` (what croner computes for `cronPattern`). */
export function nextWake(after: Date, time: LocalTime, tz: string, retryHours: readonly number[] = []): Date {
  const today = localDate(after, tz);
  for (const date of [addDays(today, -1), today, addDays(today, 1), addDays(today, 2)]) {
    for (const wake of wakeTimes(time, retryHours)) {
      const at = scheduledInstant(date, wake, tz);
      if (at.getTime() > after.getTime()) return at;
    }
  }
  throw new Error(`no wake-up found after ${after.toISOString()} in ${tz}`);
}
