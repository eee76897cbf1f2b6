import { describe, expect, it } from 'vitest';
import { utcFormat } from 'd3-time-format';
import { compareDates, dateLabel, datesOverlap, dateSpan, eventDate, instantRange, isoWeek, isoWeekMonday, partialFromInstant, wallDay } from '../../src/core/dates';
import type { Precision } from '../../src/core/schema';

const utc = (...args: [number, number, number?, number?, number?]) => Date.UTC(args[0], args[1] - 1, args[2] ?? 1, args[3] ?? 0, args[4] ?? 0);

describe('instantRange', () => {
  it.each<{ value: string; precision: Precision; from: number; to: number }>([
    { value: '1997', precision: 'year', from: utc(1997, 1), to: utc(1998, 1) },
    { value: '2024-Q3', precision: 'quarter', from: utc(2024, 7), to: utc(2024, 10) },
    { value: '2024-Q4', precision: 'quarter', from: utc(2024, 10), to: utc(2025, 1) },
    { value: '2024-11', precision: 'month', from: utc(2024, 11), to: utc(2024, 12) },
    { value: '2024-12', precision: 'month', from: utc(2024, 12), to: utc(2025, 1) },
    { value: '2013-W11', precision: 'week', from: utc(2013, 3, 11), to: utc(2013, 3, 18) },
    { value: '2021-W01', precision: 'week', from: utc(2021, 1, 4), to: utc(2021, 1, 11) },
    { value: '2020-W53', precision: 'week', from: utc(2020, 12, 28), to: utc(2021, 1, 4) },
    { value: '2024-02-29', precision: 'day', from: utc(2024, 2, 29), to: utc(2024, 3, 1) },
    { value: '2025-03-05T14:30', precision: 'minute', from: utc(2025, 3, 5, 14, 30), to: utc(2025, 3, 5, 14, 31) },
  ])('$value ($precision)', ({ value, precision, from, to }) => {
    expect(instantRange(value, precision)).toEqual([from, to]);
  });
});

describe('isoWeek', () => {
  it.each([
    { date: [2013, 3, 14], expected: { year: 2013, week: 11 } },
    { date: [2021, 1, 1], expected: { year: 2020, week: 53 } },
    { date: [2024, 12, 30], expected: { year: 2025, week: 1 } },
    { date: [2025, 3, 6], expected: { year: 2025, week: 10 } },
  ] as const)('$date', ({ date, expected }) => {
    expect(isoWeek(date[0], date[1], date[2])).toEqual(expected);
  });
});

describe('partialFromInstant', () => {
  const t = utc(2025, 3, 5, 14, 30);
  it.each<[Precision, string]>([
    ['year', '2025'],
    ['quarter', '2025-Q1'],
    ['month', '2025-03'],
    ['week', '2025-W10'],
    ['day', '2025-03-05'],
    ['minute', '2025-03-05T14:30'],
  ])('%s', (precision, expected) => {
    expect(partialFromInstant(t, precision)).toBe(expected);
    expect(instantRange(expected, precision)[0]).toBeLessThanOrEqual(t);
  });
});

describe('dateLabel', () => {
  it.each([
    { date: { start: '2025-03-05', end: '2025-03-05', precision: 'day', approximate: false }, label: '5 March 2025' },
    { date: { start: '2024-11', end: '2024-11', precision: 'month', approximate: false }, label: 'November 2024' },
    { date: { start: '1997', end: '1997', precision: 'year', approximate: false }, label: '1997' },
    { date: { start: '2024-Q3', end: '2024-Q3', precision: 'quarter', approximate: false }, label: 'Q3 2024' },
    { date: { start: '2013-W11', end: '2013-W11', precision: 'week', approximate: false }, label: 'the week of 11 March 2013' },
    { date: { start: '2020-W01', end: '2020-W01', precision: 'week', approximate: false }, label: 'the week of 30 December 2019' },
    { date: { start: '2025-01-30', end: '2025-02-10', precision: 'day', approximate: false }, label: '30 January – 10 February 2025' },
    { date: { start: '2025-03-01', end: '2025-03-05', precision: 'day', approximate: false }, label: '1–5 March 2025' },
    { date: { start: '2024-12-30', end: '2025-01-02', precision: 'day', approximate: false }, label: '30 December 2024 – 2 January 2025' },
    { date: { start: '2025-02-06', end: '2025-03-05', precision: 'day', approximate: true }, label: 'about 6 February – 5 March 2025' },
    { date: { start: '2010', end: '2015', precision: 'year', approximate: false }, label: '2010 – 2015' },
    { date: { start: '2025-03-05T14:30', end: '2025-03-05T14:30', precision: 'minute', approximate: false }, label: '5 March 2025, 14:30 UTC' },
    // a hedged clock time ("at about 14:30") is about the minute, not the day
    { date: { start: '2025-03-05T14:30', end: '2025-03-05T14:30', precision: 'minute', approximate: true }, label: '5 March 2025, about 14:30 UTC' },
    // a minute converted from a known zone shows the local clock with its offset
    { date: { start: '2015-04-25T06:11', end: '2015-04-25T06:11', precision: 'minute', approximate: false, offset: '+05:45' }, label: '25 April 2015, 11:56 (UTC+05:45)' },
    { date: { start: '2010-01-12T21:53', end: '2010-01-12T21:53', precision: 'minute', approximate: false, offset: '-05:00' }, label: '12 January 2010, 16:53 (UTC-05:00)' },
    { date: { start: '2024-12-31T20:30', end: '2024-12-31T20:30', precision: 'minute', approximate: false, offset: '+09:00' }, label: '1 January 2025, 05:30 (UTC+09:00)' },
  ] as const)('$label', ({ date, label }) => {
    expect(dateLabel(date)).toBe(label);
  });

  it('a clock time with no known zone says so instead of claiming UTC', () => {
    expect(dateLabel({ start: '2025-03-05T04:30', end: '2025-03-05T04:30', precision: 'minute', approximate: false }, { localClock: true })).toBe(
      '5 March 2025, 04:30 local time (zone not known)',
    );
  });

  it("a range keeps each end's own precision in its label", () => {
    const ends = { start: { value: '2010', precision: 'year' }, end: { value: '2014-01', precision: 'month' } } as const;
    expect(dateLabel({ start: '2010', end: '2014', precision: 'year', approximate: false }, { ends })).toBe('2010 – January 2014');
  });

  it('eventDate keeps an offset on a minute only, and labels it', () => {
    expect(eventDate('2025-03-04T23:00', '2025-03-04T23:00', 'minute', false, { offset: '+05:30' })).toEqual({
      start: '2025-03-04T23:00', end: '2025-03-04T23:00', precision: 'minute', approximate: false, offset: '+05:30', label: '5 March 2025, 04:30 (UTC+05:30)',
    });
    expect(eventDate('2025-03-04', '2025-03-04', 'day', false, { offset: '+05:30' })).not.toHaveProperty('offset');
  });
});

describe('datesOverlap and compareDates', () => {
  const month = { start: '2025-02', end: '2025-02', precision: 'month' } as const;
  const recentWeeks = { start: '2025-02-06', end: '2025-03-05', precision: 'day' } as const;
  const day = { start: '2025-03-05', end: '2025-03-05', precision: 'day' } as const;
  it('a month overlaps an approximate range that reaches into it', () => expect(datesOverlap(month, recentWeeks)).toBe(true));
  it('adjacent ranges do not overlap', () => expect(datesOverlap(month, { start: '2025-03', end: '2025-03', precision: 'month' })).toBe(false));
  it('a day inside a year overlaps it', () => expect(datesOverlap(day, { start: '2025', end: '2025', precision: 'year' })).toBe(true));
  it('sorts by start, then the shorter span first', () => {
    const year = { start: '2025', end: '2025', precision: 'year' } as const;
    const jan1 = { start: '2025-01-01', end: '2025-01-01', precision: 'day' } as const;
    expect([year, day, jan1].sort(compareDates)).toEqual([jan1, year, day]);
    expect(dateSpan(year)[1] - dateSpan(year)[0]).toBe(365 * 86_400_000);
  });
});

describe('ISO weeks against d3-time-format', () => {
  it('agrees with %G-W%V on every day of 2019-2027, and each week starts on its Monday', () => {
    const iso = utcFormat('%G-W%V');
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const w = isoWeek(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      expect(`${w.year}-W${String(w.week).padStart(2, '0')}`).toBe(iso(d));
      const monday = isoWeekMonday(w.year, w.week);
      expect(t - monday).toBeGreaterThanOrEqual(0);
      expect(t - monday).toBeLessThan(7 * 86_400_000);
    }
  });
});

describe('a minute read on its own wall clock beside a coarser date', () => {
  const minute = { start: '2025-03-03T22:45', end: '2025-03-03T22:45', precision: 'minute' as const, offset: '+05:45' };
  const day = { start: '2025-03-04', end: '2025-03-04', precision: 'day' as const };
  it('falls on the day its clock shows, not the UTC day', () => {
    expect(wallDay(minute)).toBe('2025-03-04');
    expect(datesOverlap(minute, day)).toBe(true);
    expect(datesOverlap(minute, { ...day, start: '2025-03-03', end: '2025-03-03' })).toBe(false);
  });
  it('compares two minutes as instants', () => {
    expect(datesOverlap(minute, { ...minute, offset: undefined })).toBe(true);
  });
});
