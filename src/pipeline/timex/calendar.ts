// Calendar arithmetic on plain numbers in UTC for resolving temporal expressions: day numbers,
// month/quarter/week indexes and the ISO strings a partial date is written in.

import { DAY_MS, isoWeek, MONTH_NAMES, WEEKDAY_NAMES } from '../../core/dates';

export { MONTH_NAMES, WEEKDAY_NAMES };
import type { Precision } from '../../core/schema';

export type { DateRange };


export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A calendar day as a count of days since 1970-01-01 (UTC maths only). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Monday = 0 ... Sunday = 6. */
export function weekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = fromDayNumber(dayNumber(year, month, day));
  return back.month === month && back.day === day;
}

export const dayIso = (n: number): string => {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};
export const monthIso = (index: number): string => `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
/** Months counted from year 0, so "the month before" is index - 1 across year ends. */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;
export const quarterIso = (index: number): string => `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;

export function weekIso(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  const w = isoWeek(year, month, day);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Monday of the ISO week holding day `n`. */
export const mondayOf = (n: number): number => n - weekdayOf(n);

export function range(start: string, end: string, precision: Precision, approximate = false): DateRange {
  return { start, end, precision, approximate };
}

export const dayRange = (from: number, to = from, approximate = false): DateRange => range(dayIso(from), dayIso(to), 'day', approximate);
export const monthRange = (from: number, to = from, approximate = false): DateRange => range(monthIso(from), monthIso(to), 'month', approximate);
export const yearRange = (from: number, to = from, approximate = false): DateRange => range(pad(from, 4), pad(to, 4), 'year', approximate);

/**
 * Picks which occurrence of a repeating thing (a weekday, a month, a season...) an expression means,
 * from the occurrences just before and just after the reference: the sentence's tense decides, and
 * without tense the nearer one wins (ties go to the past, as news mostly reports what happened).
 */
export type { Tense } from '../types';
import type { DateRange, Tense } from '../types';

export function pickOccurrence(onOrBefore: number, onOrAfter: number, reference: number, tense: Tense): number {
  if (tense === 'past') return onOrBefore;
  if (tense === 'future') return onOrAfter;
  return reference - onOrBefore <= onOrAfter - reference ? onOrBefore : onOrAfter;
}

/** The occurrence of a cycle position `slot` (0..cycle-1) in an index space, relative to `reference`. */
export function cycleOccurrence(slot: number, cycle: number, reference: number, tense: Tense): number {
  const before = reference - ((((reference - slot) % cycle) + cycle) % cycle);
  const after = before === reference ? reference : before + cycle;
  return pickOccurrence(before, after, reference, tense);
}
