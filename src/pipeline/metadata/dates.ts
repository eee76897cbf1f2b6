// Full dates written in a page's header and labelled lines ("March 6, 2025", "06/03/2025",
// "2025-03-06T09:12+05:30"), with the time and zone beside them and how the label ranks them; and
// days named with a month word, which are the evidence for reading numeric dates.

import { DAY_MS } from '../../core/dates';
import { MONTH as MONTH_NAME, monthNumber } from '../lexicon';
import { opening, type Line } from '../page-chrome';
import { zoneFrom, type Zone } from './zones';

/** How much a date's label says it is the first publication: Published > unlabelled > Updated. */
export enum Rank {
  Updated = 1,
  Plain = 2,
  Published = 3,
}

/** A date written out in the header or a labelled line. Day and month may still await an order. */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  line: number;
  year: number;
  month: number;
  day: number;
  /** Set for a numeric date like 06/03/2025 whose day and month could be swapped. */
  ambiguous: { first: number; second: number; separator: string } | null;
  /** Set when a numeric date's own fields decided the order (one of them is over 12). */
  orderFromFields: boolean | null;
  hour: number | null;
  minute: number | null;
  zone: Zone | null;
  rank: Rank;
}

/** A day named with a month word ("March 6", "6 Mar 2025"), used as evidence for d/m order. */
export interface NamedDay {
  year: number | null;
  month: number;
  day: number;
}

/** A month's name, captured: the words themselves come from the lexicon. */
export const MONTH = `(${MONTH_NAME})`;
export const ORDINAL = '(?:st|nd|rd|th)?';
// Scraped pages sometimes glue the time onto the year ("March 6, 20254:12 PM GMT").
const YEAR = '(\\d{4})(?:\\b|(?=\\d{1,2}[:.]\\d{2}))';
export const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+${YEAR}`, 'gi');
export const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'gi');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL}(?!\\d)`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?![a-z])`, 'gi');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d-])/g;
const YEAR_FIRST_DATE = /\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b/g;
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g;

const TIME_AFTER = /[ \t,|/@–—·-]*(?:at[ \t]+)?(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?(?:[ \t]*([AaPp])\.?[ \t]?[Mm]\.?(?![A-Za-z]))?(?:[ \t]*(?:hrs|hours)\b)?/y;
const TIME_BEFORE = /(\d{1,2})[:.](\d{2})(?:[ \t]*([AaPp])\.?[ \t]?[Mm]\.?)?(?:[ \t]*\(?([A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)\)?)?[ \t,|–—-]*(?:on[ \t]+)?(?:[A-Z][a-z]{2,8},?[ \t]+)?$/;

export const LABELLED_LINE = /^[\s*_#>•-]*(?:first published|published|posted|created|released|last updated|updated|dated|date)\b/i;
export const LABEL_WORD = /\b(first published|published|posted|created|released|issued|last updated|updated|last modified|modified|dated|date)\b/i;
const LABEL = /\b(first published|published|posted|created|released|issued|last updated|updated|last modified|modified|dated|date)\b/gi;

export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function clockTime(hourText: string, minuteText: string | undefined, meridiem: string | undefined): { hour: number; minute: number } | null {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minuteText === undefined && !meridiem) return null;
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(meridiem) ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute };
}

/** Reads the time (and zone) written right after, or else right before, a date on the same line. */
function attachTime(line: string, date: { from: number; to: number }): { from: number; to: number; hour: number | null; minute: number | null; zone: Zone | null } {
  TIME_AFTER.lastIndex = date.to;
  const after = TIME_AFTER.exec(line);
  if (after) {
    const time = clockTime(after[1], after[2], after[3]);
    if (time) {
      const zone = zoneFrom(line, TIME_AFTER.lastIndex);
      return { from: date.from, to: zone ? zone.end : TIME_AFTER.lastIndex, ...time, zone: zone?.zone ?? null };
    }
  }
  const prefixStart = Math.max(0, date.from - 40);
  const before = TIME_BEFORE.exec(line.slice(prefixStart, date.from));
  if (before) {
    const time = clockTime(before[1], before[2], before[3]);
    if (time) {
      let zone: Zone | null = null;
      if (before[4]) zone = zoneFrom(before[4], 0)?.zone ?? null;
      return { from: prefixStart + before.index, to: date.to, ...time, zone };
    }
  }
  return { ...date, hour: null, minute: null, zone: null };
}

function labelRank(line: string, dateStart: number): Rank {
  const window = line.slice(Math.max(0, dateStart - 50), dateStart);
  const prefix = window.slice(window.lastIndexOf('|') + 1);
  let last: string | null = null;
  for (const m of prefix.matchAll(LABEL)) last = m[1].toLowerCase();
  if (last === null || last === 'date' || last === 'dated') return Rank.Plain;
  return /updated|modified/.test(last) ? Rank.Updated : Rank.Published;
}

/** Every full date (with a year) on one line, with any time and zone written beside it. */
export function datesOnLine(line: Line): FoundDate[] {
  const s = opening(line.text);
  const raw: { from: number; to: number; year: number; month: number; day: number; ambiguous: FoundDate['ambiguous']; orderFromFields: boolean | null; iso?: { hour: number; minute: number; zone: Zone | null } }[] = [];

  for (const m of s.matchAll(ISO_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isCalendarDay(year, month, day)) continue;
    let iso;
    if (m[4] !== undefined) {
      const hour = Number(m[4]);
      const minute = Number(m[5]);
      let zone: Zone | null = null;
      if (m[6] === 'Z') zone = { abbreviation: 'Z', offset: 0 };
      else if (m[6]) {
        const digits = m[6].replace(':', '');
        zone = { abbreviation: null, offset: (m[6][0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0)) };
      }
      if (hour < 24 && minute < 60) iso = { hour, minute, zone };
    }
    raw.push({ from: m.index, to: m.index + m[0].length, year, month, day, ambiguous: null, orderFromFields: null, iso });
  }
  for (const m of s.matchAll(YEAR_FIRST_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (isCalendarDay(year, month, day)) raw.push({ from: m.index, to: m.index + m[0].length, year, month, day, ambiguous: null, orderFromFields: null });
  }
  for (const m of s.matchAll(MONTH_DAY_YEAR)) {
    const [year, month, day] = [Number(m[3]), monthNumber(m[1]), Number(m[2])];
    if (isCalendarDay(year, month, day)) raw.push({ from: m.index, to: m.index + m[0].length, year, month, day, ambiguous: null, orderFromFields: null });
  }
  for (const m of s.matchAll(DAY_MONTH_YEAR)) {
    const [year, month, day] = [Number(m[3]), monthNumber(m[2]), Number(m[1])];
    if (isCalendarDay(year, month, day)) raw.push({ from: m.index, to: m.index + m[0].length, year, month, day, ambiguous: null, orderFromFields: null });
  }
  for (const m of s.matchAll(NUMERIC_DATE)) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const from = m.index;
    const to = from + m[0].length;
    const dayFirstOk = isCalendarDay(year, second, first);
    const monthFirstOk = isCalendarDay(year, first, second);
    if (dayFirstOk && monthFirstOk && first !== second) {
      raw.push({ from, to, year, month: second, day: first, ambiguous: { first, second, separator: m[2] }, orderFromFields: null });
    } else if (dayFirstOk) {
      raw.push({ from, to, year, month: second, day: first, ambiguous: null, orderFromFields: first !== second ? true : null });
    } else if (monthFirstOk) {
      raw.push({ from, to, year, month: first, day: second, ambiguous: null, orderFromFields: false });
    }
  }

  raw.sort((a, b) => a.from - b.from || b.to - a.to);
  const found: FoundDate[] = [];
  let covered = -1;
  for (const r of raw) {
    if (r.from < covered) continue;
    covered = r.to;
    const timed = r.iso ? { from: r.from, to: r.to, ...r.iso } : attachTime(s, { from: r.from, to: r.to });
    found.push({
      start: line.start + timed.from,
      end: line.start + timed.to,
      text: s.slice(timed.from, timed.to),
      line: line.index,
      year: r.year,
      month: r.month,
      day: r.day,
      ambiguous: r.ambiguous,
      orderFromFields: r.orderFromFields,
      hour: timed.hour,
      minute: timed.minute,
      zone: timed.zone,
      rank: labelRank(s, timed.from),
    });
  }
  return found;
}

/** Days named with a month word, with or without a year: evidence for reading numeric dates. */
export function namedDays(text: string): NamedDay[] {
  const days: NamedDay[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) days.push({ year: Number(m[3]), month: monthNumber(m[1]), day: Number(m[2]) });
  for (const m of text.matchAll(DAY_MONTH_YEAR)) days.push({ year: Number(m[3]), month: monthNumber(m[2]), day: Number(m[1]) });
  for (const m of text.matchAll(MONTH_DAY)) days.push({ year: null, month: monthNumber(m[1]), day: Number(m[2]) });
  for (const m of text.matchAll(DAY_MONTH)) days.push({ year: null, month: monthNumber(m[2]), day: Number(m[1]) });
  for (const m of text.matchAll(ISO_DATE)) days.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return days.filter((d) => d.day >= 1 && d.day <= 31);
}


/** Whether a named day falls within a day of a reading (a dateline can lag the web stamp by a day). */
export function agrees(day: NamedDay, year: number, month: number, dayOfMonth: number): boolean {
  const y = day.year ?? year;
  return Math.abs(Date.UTC(y, day.month - 1, day.day) - Date.UTC(year, month - 1, dayOfMonth)) <= DAY_MS;
}
