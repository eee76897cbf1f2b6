// Turns calendar fields read from the text into TimeML values and date ranges, against the
// publication date and the sentence's tense. Everything here is pure day/month/year arithmetic.

import type { PublicationDate, Resolution, TimexType } from '../types';
import {
  type DateRange, type Tense, cycleOccurrence, dayIso, dayNumber, dayRange, fromDayNumber,
  isRealDay, monthIndex, monthIso, monthRange, pad, pickOccurrence, range, weekdayOf, yearRange,
} from './calendar';

/** What a sentence's expressions resolve against. */
export interface Env {
  published: PublicationDate | null;
  /** The publication's local calendar day as a day number; null when the article has no date. */
  today: number | null;
  dayFirst: boolean | null;
  /** ISO country of the article's locale evidence, which picks the reading of zone letters such as CST. */
  locale: string | null;
  /** The zone of the city the story is datelined from, for clock times without zone letters. */
  placeZone?: string | null;
  sentence: string;
  tense(start: number, end: number): Tense;
  /**
   * The article writes clock times as four figures ("at 1100", "1600 GMT"): there a far-off "year"
   * that is also a valid clock reading ("between 1100 and 1200") is a time of day, not a year.
   */
  clockFigures?: boolean;
  /**
   * The page's entries open with a four-figure clock stamp ("2346 Rescuers reach ...", "0015 Crews reach the pier"): there
   * such a stamp is the time of the entry, even where the figures could be a year ("1905 The minister says").
   */
  clockEntries?: boolean;
  /**
   * Two or more of the page's sentences open with a year and an entry's subject ("1983 Jane Roe graduates ...", "2000 Dr
   * Roe opens a clinic"): a listed timeline, whose year headings have no colon. One such opening alone is a count
   * ("2000 New Zealand troops were sent ...").
   */
  yearEntries?: boolean;
}

/** Calendar fields as the text gave them, kept so that ranges can borrow a year from their other end. */
export interface WrittenFields {
  year: number | null;
  month: number | null;
  day: number | null;
  yearGuessed: boolean;
}

/** A found expression before it is placed in the article; offsets are into the sentence until the end. */
export interface Draft {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  date: DateRange | null;
  written?: WrittenFields;
  /** A clock time still waiting for its day. */
  clock?: {
    hour: number; minute: number; offsetMinutes: number | null; zone: string | null; timeZone?: string | null;
    /** The local zone's offset, shown on a time written in UTC beside its local one ("1653 (2153 GMT)"). */
    localOffsetMinutes?: number;
    /** "midnight Friday": midnight named with its day is the one that ends it, as news writes deadlines. */
    endOfDay?: boolean;
    /** "at about midday", "around 3 p.m.": a hedged clock time, an approximate instant. */
    approximate?: boolean;
    /** "Work began at 3 p.m.": a clock time with no day in its sentence, told in the past tense. */
    past?: boolean;
  };
  /** On a page of stamped entries, the stamp of the entry the draft is in: relative dates count from it, not from the publication. */
  entry?: { text: string; day: number; hour: number | null; minute: number | null };
  /** A live page's entry clock stamp ("2.05 pm: ..."): the day it is on, when an earlier mention would give it one. */
  stampDay?: number;
  /** "the next day", "that year": resolved later against the last date the article mentioned. */
  anaphor?: { unit: 'day' | 'week' | 'month' | 'year' | 'quarter'; shift: number; /** "the 1988 quarter": the quarter reported on, in this year. */ year?: number; /** "the day of her death": the happening the day is counted from, a key of ANCHOR_HAPPENINGS. */ happening?: string; /** "days before his death", "about a week after her arrest": a rough count, so the date it gives is approximate. */ approximate?: boolean; /** "the previous Friday": the weekday met counting `shift`'s way (Monday = 0). */ weekday?: number; /** "June of that year": the month (1-12) named in the year counted. */ month?: number };
  /** Lower wins among candidates of the same length. */
  rank?: number;
  /** How it was resolved, as far as the rule knows; the rule's name and defaults are filled in when it is placed. */
  how?: Partial<Resolution>;
}

/** An expression with no calendar date: a duration, a set, a vague reference, or one resolved later. */
export function unresolved(type: TimexType, value: string): Pick<Draft, 'type' | 'value' | 'date' | 'how'> {
  return { type, value, date: null };
}

/** An expression that needs the publication date to resolve, in an article without one. */
export function noPublicationDate(type: TimexType, value: string, tense: Tense = null): Pick<Draft, 'type' | 'value' | 'date' | 'how'> {
  return { type, value, date: null, how: { anchor: 'none', tense, unresolved: 'no publication date' } };
}

/** The record of an occurrence picked around publication. */
function picked(env: Env, n: number, tense: Tense, by: Resolution['pickedBy']): Partial<Resolution> {
  return { anchor: 'publication', tense, pickedBy: by, direction: n <= env.today! ? 'back' : 'forward', yearInferred: true };
}

/** Day numbers with weekday `weekday` (Monday = 0) are ≡ this (mod 7): day 0 was a Thursday. */
const weekdaySlot = (weekday: number): number => (weekday + 4) % 7;

/** The nearest day with weekday `weekday` (Monday = 0) strictly before (`last`) or after (`next`) day number `n`. */
export function weekdayBeside(weekday: number, n: number, way: 'last' | 'next'): number {
  return way === 'last' ? cycleOccurrence(weekdaySlot(weekday), 7, n - 1, 'past') : cycleOccurrence(weekdaySlot(weekday), 7, n + 1, 'future');
}

/** A weekday by tense: "said Wednesday" is the last Wednesday (today included), "will vote Friday" the next. */
export function resolveWeekday(weekday: number, tense: Tense, env: Env, shift: 'last' | 'next' | null = null) {
  if (env.today === null) return { ...noPublicationDate('DATE', `XXXX-WXX-${weekday + 1}`, tense), n: null };
  const n = shift ? weekdayBeside(weekday, env.today, shift) : cycleOccurrence(weekdaySlot(weekday), 7, env.today, tense);
  return { type: 'DATE' as const, value: dayIso(n), date: dayRange(n), n, how: picked(env, n, tense, shift ? 'word' : tense ? 'tense' : 'nearest') };
}

/** A weekday of the week before, of or after publication's: "on Friday last week", "Monday next week". */
export function weekdayInWeek(weekday: number, weeks: -1 | 0 | 1, tense: Tense, env: Env) {
  if (env.today === null) return resolveWeekday(weekday, tense, env);
  const n = env.today - weekdayOf(env.today) + 7 * weeks + weekday;
  return { type: 'DATE' as const, value: dayIso(n), date: dayRange(n), n, how: picked(env, n, tense, 'word') };
}

/** A month and day without a year: the occurrence around publication that the tense points to. */
/** `nearPublication`: a tense read from the verbs may give way to an occurrence days from publication; "since" may not. */
export function resolveMonthDay(month: number, day: number, tense: Tense, env: Env, weekday: number | null = null, nearPublication = true) {
  const written: WrittenFields = { year: null, month, day, yearGuessed: true };
  if (env.today === null) return { ...noPublicationDate('DATE', `XXXX-${pad(month)}-${pad(day)}`, tense), written };
  const { year } = fromDayNumber(env.today);
  let candidates = [year - 1, year, year + 1].filter((y) => isRealDay(y, month, day)).map((y) => dayNumber(y, month, day));
  // "Saturday, Sept. 13" names its year by the weekday, when one nearby year fits
  const fitting = weekday === null ? [] : candidates.filter((n) => weekdayOf(n) === weekday);
  if (fitting.length === 1) {
    const n = fitting[0];
    written.year = fromDayNumber(n).year;
    return { type: 'DATE' as const, value: dayIso(n), date: dayRange(n), written, how: picked(env, n, tense, 'weekday') };
  }
  if (fitting.length > 1) candidates = fitting;
  const before = candidates.filter((n) => n <= env.today!).at(-1);
  const after = candidates.find((n) => n >= env.today!);
  if (before === undefined && after === undefined) return { ...unresolved('DATE', `XXXX-${pad(month)}-${pad(day)}`), written, how: { anchor: 'none', unresolved: 'not a calendar day' } as Partial<Resolution> };
  let n = before === undefined ? after! : after === undefined ? before : pickOccurrence(before, after, env.today, tense);
  // A day written without its year is near publication: a past-tense sentence about "the concerts on
  // July 9" a week ahead means this July, not eleven months ago (and the same the other way round).
  const near = (m: number | undefined) => m !== undefined && Math.abs(m - env.today!) <= NEAR_DAYS;
  const far = (m: number) => Math.abs(m - env.today!) > FAR_DAYS;
  let nearer = false;
  if (nearPublication && far(n) && n === before && near(after)) [n, nearer] = [after!, true];
  else if (nearPublication && far(n) && n === after && near(before)) [n, nearer] = [before!, true];
  written.year = fromDayNumber(n).year;
  return { type: 'DATE' as const, value: dayIso(n), date: dayRange(n), written, how: picked(env, n, tense, tense && !nearer ? 'tense' : 'nearest') };
}

const NEAR_DAYS = 62;
const HOLIDAY_NEAR_DAYS = 7;
const FAR_DAYS = 183;
const NEAR_MONTHS = 1;
const FAR_MONTHS = 6;

/** A month without a year ("in November"): a month, never a day. */
export function resolveMonth(month: number, tense: Tense, env: Env, shift: 'last' | 'next' | 'this' | null = null) {
  const written: WrittenFields = { year: null, month, day: null, yearGuessed: true };
  if (env.today === null) return { ...noPublicationDate('DATE', `XXXX-${pad(month)}`, tense), written };
  const { year, month: pubMonth } = fromDayNumber(env.today);
  const now = monthIndex(year, pubMonth);
  let index: number;
  if (shift === 'last') {
    index = cycleOccurrence(month - 1, 12, now - 1, 'past');
  } else if (shift === 'next') {
    index = cycleOccurrence(month - 1, 12, now + 1, 'future');
  } else if (shift === 'this') {
    index = monthIndex(year, month);
  } else {
    index = cycleOccurrence(month - 1, 12, now, tense);
  }
  // As for a day without its year: a past-tense sentence about "a cut in September" written in
  // August means this September, not eleven months ago (and the same the other way round).
  let nearer = false;
  if (shift === null && Math.abs(index - now) > FAR_MONTHS) {
    const other = index < now ? index + 12 : index - 12;
    if (Math.abs(other - now) <= NEAR_MONTHS) [index, nearer] = [other, true];
  }
  written.year = Math.floor(index / 12);
  const how: Partial<Resolution> = { anchor: 'publication', tense, pickedBy: shift ? 'word' : tense && !nearer ? 'tense' : 'nearest', direction: index <= now ? 'back' : 'forward', yearInferred: true };
  return { type: 'DATE' as const, value: monthIso(index), date: monthRange(index), written, how };
}

/** An explicit calendar day; null if it does not exist (31 June). */
export function explicitDay(year: number, month: number, day: number) {
  if (!isRealDay(year, month, day)) return null;
  const n = dayNumber(year, month, day);
  return { type: 'DATE' as const, value: dayIso(n), date: dayRange(n), written: { year, month, day, yearGuessed: false } };
}

export function explicitMonth(year: number, month: number, approximate = false) {
  const i = monthIndex(year, month);
  return { type: 'DATE' as const, value: monthIso(i), date: monthRange(i, i, approximate), written: { year, month, day: null, yearGuessed: false } };
}

export function explicitYear(year: number, approximate = false) {
  return { type: 'DATE' as const, value: pad(year, 4), date: yearRange(year, year, approximate), written: { year, month: null, day: null, yearGuessed: false } };
}

/** Seasons as northern-hemisphere month ranges; winter of year Y runs December Y to February Y+1. */
const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;
export function seasonNumber(word: string): number {
  const w = word.toLowerCase();
  return w === 'spring' ? 0 : w === 'summer' ? 1 : w === 'winter' ? 3 : 2;
}

export function seasonRange(index: number, approximate = true): { value: string; date: DateRange } {
  const year = Math.floor(index / 4);
  const s = index % 4;
  const first = monthIndex(year, 3 + s * 3);
  return { value: `${pad(year, 4)}-${SEASONS[s]}`, date: monthRange(first, first + 2, approximate) };
}

/** The season index (year * 4 + season) holding a day. */
export function seasonOf(n: number): number {
  const { year, month } = fromDayNumber(n);
  if (month <= 2) return (year - 1) * 4 + 3;
  return year * 4 + Math.min(3, Math.floor((month - 3) / 3));
}

export function quarterRange(year: number, quarter: number, approximate = false): DateRange {
  return range(`${pad(year, 4)}-Q${quarter}`, `${pad(year, 4)}-Q${quarter}`, 'quarter', approximate);
}

/** The quarter `shift` quarters from a quarter value ("1989-Q3", -4 → "1988-Q3"). */
export function countQuarters(quarter: string, shift: number): { value: string; date: DateRange } {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + shift;
  const value = `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
  return { value, date: range(value, value, 'quarter') };
}

/** Cuts a date to a coarser precision so the two ends of a range can share one. */
export function coarsen(date: DateRange, precision: 'year' | 'month'): DateRange {
  if (date.precision === precision) return date;
  const cut = precision === 'year' ? 4 : 7;
  if (!['day', 'month', 'year', 'minute'].includes(date.precision)) return date;
  return { ...date, start: date.start.slice(0, cut), end: date.end.slice(0, cut), precision };
}

export { weekdayOf };

/** Easter Sunday of a year (Gregorian computus), as a day number. */
export function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** A day that comes once a year (a holiday): written with its year, or the occurrence the tense points to. */
export function resolveYearly(dayIn: (year: number) => number, year: number | null, tense: Tense, env: Env, shift: 'last' | 'next' | null) {
  if (year !== null) {
    const n = dayIn(year);
    return { type: 'DATE' as const, value: dayIso(n), date: dayRange(n) };
  }
  if (env.today === null) return noPublicationDate('DATE', 'XXXX-XX-XX', tense);
  const y = fromDayNumber(env.today).year;
  const days = [y - 1, y, y + 1].map(dayIn);
  const before = days.filter((n) => (shift === 'last' ? n < env.today! : n <= env.today!)).at(-1)!;
  const after = days.find((n) => (shift === 'next' ? n > env.today! : n >= env.today!))!;
  let n = shift === 'last' ? before : shift === 'next' ? after : pickOccurrence(before, after, env.today, tense);
  // a holiday in the week of publication is that one, whatever the tense ("said the meeting clashed with Thanksgiving
  // plans", written two days before it), not last year's (a wider reach than the week would take "the church was full
  // at Easter", written weeks before it, to the coming one)
  let nearer = false;
  const near = (m: number) => Math.abs(m - env.today!) <= HOLIDAY_NEAR_DAYS;
  if (shift === null && Math.abs(n - env.today) > FAR_DAYS) {
    const other = n === before ? after : before;
    if (near(other)) [n, nearer] = [other, true];
  }
  return { type: 'DATE' as const, value: dayIso(n), date: dayRange(n), how: picked(env, n, tense, shift ? 'word' : tense && !nearer ? 'tense' : 'nearest') };
}

