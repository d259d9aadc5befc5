import { Cron } from 'croner';
import { addDays, cronPattern, isCalendarDate, isDue, localDate, nextWake, scheduledInstant, wakeTimes } from '../../src/daily/schedule';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('scheduledInstant: DAILY_TIME on a local date in DAILY_TZ', () => {
  it.each([
    ['UTC', '2025-06-15', 9, 0, '2025-06-15T09:00:00.000Z'],
    ['Asia/Shanghai', '2025-06-15', 9, 0, '2025-06-15T01:00:00.000Z'],
    ['Asia/Shanghai', '2025-01-01', 7, 30, '2024-12-31T23:30:00.000Z'],
    ['Europe/Berlin', '2025-01-15', 9, 0, '2025-01-15T08:00:00.000Z'],
    ['Europe/Berlin', '2025-06-15', 9, 0, '2025-06-15T07:00:00.000Z'],
    // Berlin springs forward 2025-03-30 02:00→03:00 and falls back 2025-10-26 03:00→02:00.
    ['Europe/Berlin', '2025-03-30', 9, 0, '2025-03-30T07:00:00.000Z'],
    ['Europe/Berlin', '2025-10-26', 9, 0, '2025-10-26T08:00:00.000Z'],
    ['America/New_York', '2025-03-08', 9, 0, '2025-03-08T14:00:00.000Z'],
    ['America/New_York', '2025-03-09', 9, 0, '2025-03-09T13:00:00.000Z'],
    ['America/New_York', '2025-11-02', 9, 0, '2025-11-02T14:00:00.000Z'],
  ])('%s %s %i:%i → %s', (tz, date, hour, minute, expected) => {
    expect(iso(scheduledInstant(date, { hour, minute }, tz))).toBe(expected);
  });

  it('a time inside the spring-forward gap runs at the first valid time after it, the same day', () => {
    // New York 2025-03-09: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist.
    const t = scheduledInstant('2025-03-09', { hour: 2, minute: 30 }, 'America/New_York');
    expect(iso(t)).toBe('2025-03-09T07:00:00.000Z'); // 03:00 EDT
    expect(localDate(t, 'America/New_York')).toBe('2025-03-09');
  });

  it('a time that happens twice (fall back) runs at its first occurrence', () => {
    // New York 2025-11-02: 01:30 EDT (05:30Z) and again 01:30 EST (06:30Z).
    expect(iso(scheduledInstant('2025-11-02', { hour: 1, minute: 30 }, 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
    // Berlin 2025-10-26: 02:30 CEST (00:30Z) and 02:30 CET (01:30Z).
    expect(iso(scheduledInstant('2025-10-26', { hour: 2, minute: 30 }, 'Europe/Berlin'))).toBe('2025-10-26T00:30:00.000Z');
  });
});

describe('local date and due time', () => {
  it('"today" is the date in DAILY_TZ, not in UTC', () => {
    expect(localDate(at('2025-06-14T20:00:00Z'), 'Asia/Shanghai')).toBe('2025-06-15');
    expect(localDate(at('2025-06-15T02:00:00Z'), 'America/New_York')).toBe('2025-06-14');
    expect(localDate(at('2025-06-15T23:59:59Z'), 'UTC')).toBe('2025-06-15');
  });

  it('is due from the post time until local midnight', () => {
    const nine = { hour: 9, minute: 0 };
    expect(isDue(at('2025-06-15T06:59:59Z'), nine, 'Europe/Berlin')).toBe(false);
    expect(isDue(at('2025-06-15T07:00:00Z'), nine, 'Europe/Berlin')).toBe(true);
    expect(isDue(at('2025-06-15T21:59:00Z'), nine, 'Europe/Berlin')).toBe(true);
    expect(isDue(at('2025-06-15T22:00:00Z'), nine, 'Europe/Berlin')).toBe(false); // 00:00 the next day
  });

  it('checks calendar dates and adds days across months and years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-6-15')).toBe(false);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('wake-ups: the post time and the retries later that day', () => {
  it('drops retries past midnight and builds the croner pattern', () => {
    expect(wakeTimes({ hour: 9, minute: 0 }, [1, 3, 6]).map((t) => t.hour)).toEqual([9, 10, 12, 15]);
    expect(wakeTimes({ hour: 20, minute: 15 }, [1, 3, 6]).map((t) => t.hour)).toEqual([20, 21, 23]);
    expect(cronPattern({ hour: 9, minute: 5 }, [1, 3, 6])).toBe('5 9,10,12,15 * * *');
  });

  it('the next wake-up crosses the spring-forward day once, at local time', () => {
    const time = { hour: 9, minute: 0 };
    const first = nextWake(at('2025-03-08T15:00:00Z'), time, 'America/New_York');
    expect(iso(first)).toBe('2025-03-09T13:00:00.000Z'); // 09:00 EDT
    expect(iso(nextWake(first, time, 'America/New_York'))).toBe('2025-03-10T13:00:00.000Z');
  });

  // Croner wakes the job up; the pure functions decide catch-up. They must agree, in every zone,
  // every day of a year including both DST changes, also for times in the gap or the overlap.
  it.each([
    ['UTC', 9, 0],
    ['Asia/Shanghai', 9, 0],
    ['Europe/Berlin', 9, 0],
    ['Europe/Berlin', 2, 30],
    ['America/New_York', 9, 0],
    ['America/New_York', 2, 30],
    ['America/New_York', 1, 30],
    ['Australia/Lord_Howe', 2, 15],
  ])('croner agrees with nextWake for a year in %s at %i:%i', (tz, hour, minute) => {
    const time = { hour, minute };
    const retries = [1, 3, 6];
    const cron = new Cron(cronPattern(time, retries), { timezone: tz, fixedTimeRule: 'no-wildcard', paused: true });
    try {
      let t = at('2025-01-01T00:00:00Z');
      const fromCroner = cron.nextRuns(366 * 4, t).map(iso);
      const ours: string[] = [];
      for (let i = 0; i < fromCroner.length; i++) {
        t = nextWake(t, time, tz, retries);
        ours.push(iso(t));
      }
      expect(ours).toEqual(fromCroner);
      // And the post time itself comes exactly once per local day.
      const mainRuns = ours.filter((r) => {
        const d = new Date(r);
        return d.getTime() === scheduledInstant(localDate(d, tz), time, tz).getTime();
      });
      expect(new Set(mainRuns.map((r) => localDate(new Date(r), tz))).size).toBe(mainRuns.length);
    } finally {
      cron.stop();
    }
  });
});
