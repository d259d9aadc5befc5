import { todayIn } from '../../src/requests/today';

/** What a formatter of the zone says, as todayIn said it before its UTC shortcut and its kept formatters. */
const byFormatter = (timeZone: string, now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

describe('todayIn', () => {
  const instants = [
    '2023-06-14T23:59:59.999Z',
    '2023-06-15T00:00:00Z',
    '2024-02-29T12:00:00Z',
    '1999-12-31T23:30:00Z',
    '0999-03-01T00:00:00Z',
  ].map((t) => new Date(t));

  it('gives the date a formatter of the zone gives, in UTC and in other zones, asked again and again', () => {
    for (const zone of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Asia/Shanghai', 'UTC'])
      for (const now of instants)
        expect([zone, now.toISOString(), todayIn(zone, now)]).toEqual([zone, now.toISOString(), byFormatter(zone, now)]);
  });

  it('refuses a zone that is not one, every time it is asked', () => {
    expect(() => todayIn('Mars/Base', instants[0]!)).toThrow(RangeError);
    expect(() => todayIn('Mars/Base', instants[0]!)).toThrow(RangeError);
  });
});
