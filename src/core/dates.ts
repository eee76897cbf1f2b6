// Partial-date maths in UTC: the instant range a partial date covers, its label, and ISO weeks
// (calendar steps through d3-time's UTC intervals, which the page already ships).
// A partial date never gains precision here: "2024-11" stays a month.

import { utcDay, utcMonday } from 'd3-time';
import type { EventDate, Precision } from './schema';

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The one table of English month names, shared by the page's labels and the pipeline's lexicon. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Monday first, as ISO 8601 numbers the days. */
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Monday of ISO week `week` of ISO week-numbering `year`, as a UTC timestamp (week 1 holds 4 January). */
export function isoWeekMonday(year: number, week = 1): number {
  return +utcMonday.offset(utcMonday.floor(new Date(Date.UTC(year, 0, 4))), week - 1);
}

/** ISO week-numbering year and week of a UTC day. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const monday = utcMonday.floor(new Date(Date.UTC(year, month - 1, day)));
  const weekYear = utcDay.offset(monday, 3).getUTCFullYear(); // the week belongs to the year of its Thursday
  return { year: weekYear, week: utcMonday.count(new Date(isoWeekMonday(weekYear)), monday) + 1 };
}

/** `[from, to)` in UTC milliseconds covered by one partial-date string at `precision`. */
export function instantRange(value: string, precision: Precision): [number, number] {
  const year = Number(value.slice(0, 4));
  switch (precision) {
    case 'year':
      return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
    case 'quarter': {
      const q = Number(value.slice(6)) - 1;
      return [Date.UTC(year, q * 3, 1), Date.UTC(year, q * 3 + 3, 1)];
    }
    case 'month': {
      const m = Number(value.slice(5, 7)) - 1;
      return [Date.UTC(year, m, 1), Date.UTC(year, m + 1, 1)];
    }
    case 'week': {
      const from = isoWeekMonday(year, Number(value.slice(6)));
      return [from, +utcMonday.offset(new Date(from), 1)];
    }
    case 'day': {
      const month = Number(value.slice(5, 7)) - 1;
      const day = Number(value.slice(8, 10));
      return [Date.UTC(year, month, day), Date.UTC(year, month, day + 1)];
    }
    case 'minute': {
      const from = Date.UTC(year, Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)), Number(value.slice(11, 13)), Number(value.slice(14, 16)));
      return [from, from + 60_000];
    }
  }
}

/** `[from, to)` in UTC milliseconds covered by a whole event date (start of `start` to end of `end`). */
export function dateSpan(date: Pick<EventDate, 'start' | 'end' | 'precision'>): [number, number] {
  return [instantRange(date.start, date.precision)[0], instantRange(date.end, date.precision)[1]];
}

/** Cuts a UTC timestamp to a partial-date string at `precision`. */
export function partialFromInstant(t: number, precision: Precision): string {
  const d = new Date(t);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  switch (precision) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
    case 'month':
      return `${y}-${m}`;
    case 'week': {
      const w = isoWeek(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      return `${w.year}-W${String(w.week).padStart(2, '0')}`;
    }
    case 'day':
      return `${y}-${m}-${day}`;
    case 'minute':
      return `${y}-${m}-${day}T${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  }
}

function labelOne(value: string, precision: Precision): string {
  const year = value.slice(0, 4);
  switch (precision) {
    case 'year':
      return year;
    case 'quarter':
      return `${value.slice(5)} ${year}`;
    case 'month':
      return `${MONTH_NAMES[Number(value.slice(5, 7)) - 1]} ${year}`;
    case 'week': {
      // readers name a week by its Monday ("the week of 7 October 2024"), not by its ISO number
      const monday = new Date(isoWeekMonday(Number(year), Number(value.slice(6))));
      return `the week of ${monday.getUTCDate()} ${MONTH_NAMES[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`;
    }
    case 'day':
      return `${Number(value.slice(8, 10))} ${MONTH_NAMES[Number(value.slice(5, 7)) - 1]} ${year}`;
    case 'minute':
      return `${labelOne(value.slice(0, 10), 'day')}, ${value.slice(11, 16)} UTC`;
  }
}

/** Minutes east of UTC from "+05:45" / "-03:00"; null when not an offset. */
export function offsetMinutes(offset: string | undefined): number | null {
  const m = offset === undefined ? null : /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/** "+05:45" from minutes east of UTC. */
export function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/**
 * A minute as the reader's clock: "7 March 2025, 04:30 (UTC+05:45)" is the local time where the
 * article was written, from a UTC minute and that zone's offset.
 */
function localMinuteLabel(utc: string, offset: string): string {
  const minutes = offsetMinutes(offset)!;
  const local = partialFromInstant(instantRange(utc, 'minute')[0] + minutes * 60_000, 'minute');
  return `${labelOne(local.slice(0, 10), 'day')}, ${local.slice(11, 16)} (UTC${offset})`;
}

/** How a range's ends were written when they differ in precision ("From 2010 until January 2014"). */
export interface RangeEnds {
  start: { value: string; precision: Precision };
  end: { value: string; precision: Precision };
}

/**
 * How a date is shown beside its precision: a minute's zone (`offset` when it was converted to UTC;
 * `localClock` when no zone was known and start is the text's own wall clock), a range's own ends.
 */
export interface LabelOptions {
  offset?: string;
  localClock?: boolean;
  ends?: RangeEnds;
}

/** A reader's label: "5 March 2025", "November 2024", "1997", "Q3 2024", "30 January – 10 February 2025", "about March 2025". */
export function dateLabel(date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'offset'>, options: Omit<LabelOptions, 'offset'> = {}): string {
  const { start, end, precision } = date;
  let label: string;
  if (options.ends) label = `${labelOne(options.ends.start.value, options.ends.start.precision)} – ${labelOne(options.ends.end.value, options.ends.end.precision)}`;
  else if (precision === 'minute' && date.offset !== undefined && offsetMinutes(date.offset) !== null) {
    label = start === end ? localMinuteLabel(start, date.offset) : `${localMinuteLabel(start, date.offset)} – ${localMinuteLabel(end, date.offset)}`;
  } else if (precision === 'minute' && options.localClock) {
    const one = (v: string) => `${labelOne(v.slice(0, 10), 'day')}, ${v.slice(11, 16)} local time (zone not known)`;
    label = start === end ? one(start) : `${one(start)} – ${one(end)}`;
  } else if (start === end) label = labelOne(start, precision);
  else if (precision === 'day' && start.slice(0, 4) === end.slice(0, 4)) {
    const from = labelOne(start, 'day');
    label = start.slice(0, 7) === end.slice(0, 7)
      ? `${Number(start.slice(8, 10))}–${labelOne(end, 'day')}`
      : `${from.slice(0, -5)} – ${labelOne(end, 'day')}`;
  } else if (precision === 'month' && start.slice(0, 4) === end.slice(0, 4)) {
    label = `${MONTH_NAMES[Number(start.slice(5, 7)) - 1]} – ${labelOne(end, 'month')}`;
  } else label = `${labelOne(start, precision)} – ${labelOne(end, precision)}`;
  // a hedged clock time is about the minute, not the day: "29 February 2024, about 12:00 (UTC+01:00)"
  if (date.approximate && precision === 'minute' && start === end && label.includes(', ')) return label.replace(', ', ', about ');
  return date.approximate ? `about ${label}` : label;
}

/** Builds a full EventDate with its label; `offset` is kept on a minute date converted from a known zone. */
export function eventDate(start: string, end: string, precision: Precision, approximate = false, options: LabelOptions = {}): EventDate {
  const date: Omit<EventDate, 'label'> = { start, end, precision, approximate };
  if (options.offset !== undefined && precision === 'minute') date.offset = options.offset;
  return { ...date, label: dateLabel(date, options) };
}

/** Whether two dates could describe the same happening: their instant ranges overlap. */
export function datesOverlap(a: Pick<EventDate, 'start' | 'end' | 'precision' | 'offset'>, b: Pick<EventDate, 'start' | 'end' | 'precision' | 'offset'>): boolean {
  const [af, at] = wallSpan(a, b);
  const [bf, bt] = wallSpan(b, a);
  return af < bt && bf < at;
}

/** The calendar day a date falls on where it was told: a minute's wall-clock day ("04:30 (UTC+05:45)" on 4 March), else its start's. */
export function wallDay(d: Pick<EventDate, 'start' | 'precision' | 'offset'>): string {
  const shift = wallShift(d);
  return shift ? new Date(Date.parse(`${d.start}Z`) + shift).toISOString().slice(0, 10) : d.start.slice(0, 10);
}

/** How far (ms) a minute's wall clock is ahead of UTC; 0 for a coarser date, which is already the place's own calendar. */
function wallShift(d: Pick<EventDate, 'precision' | 'offset'>): number {
  return d.precision === 'minute' ? (offsetMinutes(d.offset) ?? 0) * 60_000 : 0;
}

/**
 * A minute beside a coarser date is read on its own wall clock: "04:30 (UTC+05:45)" on 4 March is
 * 22:45 UTC on 3 March, but it falls within the article's "Tuesday, 4 March".
 */
export function wallSpan(d: Pick<EventDate, 'start' | 'end' | 'precision' | 'offset'>, other: Pick<EventDate, 'precision'>): [number, number] {
  const span = dateSpan(d);
  const shift = other.precision !== 'minute' ? wallShift(d) : 0;
  return [span[0] + shift, span[1] + shift];
}

const RANK: Record<Precision, number> = { year: 0, quarter: 1, month: 2, week: 3, day: 4, minute: 5 };

/** Orders precisions from coarse (year) to fine (minute). */
export function precisionRank(p: Precision): number {
  return RANK[p];
}

/** Sort order for dates: by start instant, then the shorter span first. */
export function compareDates(a: Pick<EventDate, 'start' | 'end' | 'precision'>, b: Pick<EventDate, 'start' | 'end' | 'precision'>): number {
  const [af, at] = dateSpan(a);
  const [bf, bt] = dateSpan(b);
  return af - bf || at - bt;
}
