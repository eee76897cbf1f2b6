// Stage 2: what a scraped article says about itself - headline, publisher, publication date and
// time zone, dateline - read from the shapes of header, byline, dateline and footer lines.
// The publisher is the organisation credited with the story (dateline agency, credit line, byline)
// before the site's own marks (sign-off, copyright, syndication note), kept as written.

import { countryDayFirst, isKnownPlace, localeFromPlaces, ZONE_ABBREVIATIONS, zoneOffsetMinutes, type PlaceLocale } from './timezones';
import type { ArticleMetadata, PublicationDate, Span } from './types';

interface Line {
  text: string;
  start: number;
  index: number;
}

/** How much a date's label says it is the first publication: Published > unlabelled > Updated. */
const enum Rank {
  Updated = 1,
  Plain = 2,
  Published = 3,
}

interface Zone {
  abbreviation: string | null;
  /** Minutes east of UTC; null for a generic name (ET) whose offset depends on the date. */
  offset: number | null;
}

/** A date written out in the header or a labelled line. Day and month may still await an order. */
interface FoundDate {
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
interface NamedDay {
  year: number | null;
  month: number;
  day: number;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
// Scraped pages sometimes glue the time onto the year ("March 6, 20254:12 PM GMT").
const YEAR = '(\\d{4})(?:\\b|(?=\\d{1,2}[:.]\\d{2}))';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+${YEAR}`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'gi');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL}(?!\\d)`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?![a-z])`, 'gi');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d-])/g;
const YEAR_FIRST_DATE = /\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b/g;
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g;

const TIME_AFTER = /[ \t,|/@–—·-]*(?:at[ \t]+)?(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?(?:[ \t]*([AaPp])\.?[ \t]?[Mm]\.?(?![A-Za-z]))?(?:[ \t]*(?:hrs|hours)\b)?/y;
const TIME_BEFORE = /(\d{1,2})[:.](\d{2})(?:[ \t]*([AaPp])\.?[ \t]?[Mm]\.?)?(?:[ \t]*\(?([A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)\)?)?[ \t,|–—-]*(?:on[ \t]+)?(?:[A-Z][a-z]{2,8},?[ \t]+)?$/;
const ZONE_AFTER = /[ \t]*\(?[ \t]*(?:(?:GMT|UTC)[ \t]*([+-])[ \t]*(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})|([A-Z]{1,5})(?![a-z]))\)?/y;

const LABELLED_LINE = /^[\s*_#>•-]*(?:first published|published|posted|created|released|last updated|updated|dated|date)\b/i;
const LABEL_WORD = /\b(first published|published|posted|created|released|issued|last updated|updated|last modified|modified|dated|date)\b/i;
const LABEL = /\b(first published|published|posted|created|released|issued|last updated|updated|last modified|modified|dated|date)\b/gi;

const monthIndex = (name: string): number => {
  const m = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase());
  return m + 1;
};

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, index: lines.length });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, index: lines.length });
  return lines;
}

/** Header and footer lines are short; on a runaway line only its opening is read for metadata. */
const MAX_SCAN = 4000;
const opening = (s: string) => (s.length > MAX_SCAN ? s.slice(0, MAX_SCAN) : s);

const wordsOf = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Dates

function knownZone(abbreviation: string | null | undefined) {
  return abbreviation && Object.hasOwn(ZONE_ABBREVIATIONS, abbreviation) ? ZONE_ABBREVIATIONS[abbreviation] : undefined;
}

function zoneFrom(s: string, at: number): { zone: Zone; end: number } | null {
  ZONE_AFTER.lastIndex = at;
  const m = ZONE_AFTER.exec(s);
  if (!m) return null;
  const sign = m[1] ?? m[4];
  if (sign) {
    const hours = Number(m[2] ?? m[5]);
    const minutes = Number(m[3] ?? m[6] ?? 0);
    if (hours > 14 || minutes > 59) return null;
    const label = m[1] ? s.slice(at, ZONE_AFTER.lastIndex).trim().replace(/^\(|\)$/g, '') : null;
    return { zone: { abbreviation: label, offset: (sign === '-' ? -1 : 1) * (hours * 60 + minutes) }, end: ZONE_AFTER.lastIndex };
  }
  const known = knownZone(m[7]);
  if (!known || m[7] === 'Z') return null;
  return { zone: { abbreviation: m[7], offset: known.offset }, end: ZONE_AFTER.lastIndex };
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
function datesOnLine(line: Line): FoundDate[] {
  const s = line.text.length > MAX_SCAN ? line.text.slice(0, MAX_SCAN) : line.text;
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
    const [year, month, day] = [Number(m[3]), monthIndex(m[1]), Number(m[2])];
    if (isCalendarDay(year, month, day)) raw.push({ from: m.index, to: m.index + m[0].length, year, month, day, ambiguous: null, orderFromFields: null });
  }
  for (const m of s.matchAll(DAY_MONTH_YEAR)) {
    const [year, month, day] = [Number(m[3]), monthIndex(m[2]), Number(m[1])];
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
function namedDays(text: string): NamedDay[] {
  const days: NamedDay[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) days.push({ year: Number(m[3]), month: monthIndex(m[1]), day: Number(m[2]) });
  for (const m of text.matchAll(DAY_MONTH_YEAR)) days.push({ year: Number(m[3]), month: monthIndex(m[2]), day: Number(m[1]) });
  for (const m of text.matchAll(MONTH_DAY)) days.push({ year: null, month: monthIndex(m[1]), day: Number(m[2]) });
  for (const m of text.matchAll(DAY_MONTH)) days.push({ year: null, month: monthIndex(m[2]), day: Number(m[1]) });
  for (const m of text.matchAll(ISO_DATE)) days.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return days.filter((d) => d.day >= 1 && d.day <= 31);
}

const DAY_MS = 86_400_000;

/** Whether a named day falls within a day of a reading (a dateline can lag the web stamp by a day). */
function agrees(day: NamedDay, year: number, month: number, dayOfMonth: number): boolean {
  const y = day.year ?? year;
  return Math.abs(Date.UTC(y, day.month - 1, day.day) - Date.UTC(year, month - 1, dayOfMonth)) <= DAY_MS;
}

// ---------------------------------------------------------------------------------------------
// Page structure: header, first body line, footer

const SENTENCE_END = /[.!?]["”’')\]]*$/;

/** Running prose: a body paragraph rather than a headline, menu or credit line. */
function isProse(s: string): boolean {
  if (s.length > MAX_SCAN) return true;
  const words = wordsOf(s);
  if (words.length < 10 || (s.match(/\|/g)?.length ?? 0) >= 2) return false;
  const lower = words.filter((w) => /^[a-z]/.test(w)).length / words.length;
  return lower >= 0.3 && (SENTENCE_END.test(s.trim()) || words.length >= 40);
}

const BYLINE = /^\s*(?:by|from|written by|words by|story by)\s+\S/i;

/** A byline, credit or date line: short, and mostly a date, a label, pipes or "By ...". */
function isCreditLine(line: Line, dates: FoundDate[]): boolean {
  const s = line.text.trim();
  const words = wordsOf(s).length;
  if (BYLINE.test(s) && words <= 16) return true;
  if (dates.length === 0) return false;
  if (s.includes('|') && words <= 40) return true;
  // "The ministry updated its guidance on March 3, 2025." is a sentence, not a date stamp.
  if (words > 25 || isProse(s)) return false;
  if (dates.some((d) => d.rank !== Rank.Plain)) return true;
  const dated = dates.reduce((n, d) => n + d.text.length, 0);
  return dated >= 0.4 * s.length || words <= 8;
}

const NOT_A_PLACE = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'WATCH', 'PHOTOS', 'VIDEO', 'LIVE', 'EDITORIAL', 'COMMENT', 'REVIEW', 'NOTE', 'EDITOR']);
const DATELINE_PLACE = /[A-Z][A-Za-z'’.-]*(?:[ /][A-Z][A-Za-z'’.-]*){0,5}/y;
const DATELINE_QUALIFIER = /,[ \t]*([A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)(?=[ \t]*[,(\[:—–-])/y;
const DATELINE_BRACKET = /[ \t]*\[[^\]\n]{1,40}\]/y;
const DATELINE_DATE = new RegExp(`,?[ \\t]*(?:${MONTH}[ \\t]+\\d{1,2}${ORDINAL}|\\d{1,2}[ \\t]+${MONTH})(?:,?[ \\t]+\\d{4})?`, 'iy');
const DATELINE_AGENCY = /[ \t]*\(([^()\n]{1,50})\)/y;
const DATELINE_SEPARATOR = /[ \t]*(?:-{1,3}|—|–|:)[ \t]*/y;

const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'i');

/** What follows a dateline is the story's first sentence, not more menu items or a date. */
function opensSentence(rest: string): boolean {
  const words = wordsOf(rest);
  return words.length >= 4 && words.filter((w) => /^[a-z]/.test(w)).length >= 2;
}

interface Dateline {
  place: string | null;
  agency: string | null;
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** A news agency's name in parentheses or after a dash: short, capitalised, not a photo credit. */
function looksLikeAgency(name: string): boolean {
  const n = name.trim();
  return /^[A-Z][A-Za-z0-9&.'’ /-]*$/.test(n) && wordsOf(n).length <= 5 && !/\b(photo|file|video|image|reporting|updated|with|via|and)\b/i.test(n);
}

/** "WASHINGTON, March 6 (Agency) --", "LONDON (Agency) -", "NEW DELHI:", "(Agency) -" at a paragraph's start. */
function parseDateline(s: string): Dateline | null {
  const lead = s.length - s.trimStart().length;
  let at = lead;
  let place: string | null = null;
  const agencyFirst = sticky(DATELINE_AGENCY, s, at);
  if (agencyFirst && looksLikeAgency(agencyFirst[1])) {
    const sep = sticky(DATELINE_SEPARATOR, s, DATELINE_AGENCY.lastIndex);
    const ok = sep && /[-—–]/.test(sep[0]) && opensSentence(s.slice(DATELINE_AGENCY.lastIndex + sep[0].length));
    return ok ? { place: null, agency: agencyFirst[1].trim() } : null;
  }
  const placeMatch = sticky(DATELINE_PLACE, s, at);
  if (!placeMatch) return null;
  place = placeMatch[0].replace(/[.'’-]+$/, '');
  at = lead + place.length;
  const qualifier = sticky(DATELINE_QUALIFIER, s, at);
  if (qualifier && !MONTH_ONLY.test(qualifier[1])) {
    place += `, ${qualifier[1]}`;
    at = DATELINE_QUALIFIER.lastIndex;
  }
  const bracket = sticky(DATELINE_BRACKET, s, at);
  if (bracket) at = DATELINE_BRACKET.lastIndex;
  const date = sticky(DATELINE_DATE, s, at);
  if (date) at = DATELINE_DATE.lastIndex;
  const agency = sticky(DATELINE_AGENCY, s, at);
  const agencyName = agency && looksLikeAgency(agency[1]) ? agency[1].trim() : null;
  if (agencyName) at = DATELINE_AGENCY.lastIndex;
  // Some wires run straight on after the credit: "NEW DELHI, March 6 (Agency) Officials said ...".
  const sep = sticky(DATELINE_SEPARATOR, s, at) ?? (agencyName && /^[ \t]+[A-Z]/.test(s.slice(at)) ? [''] : null);
  if (!sep || !opensSentence(s.slice(at + sep[0].length))) return null;
  const bare = place.split(',')[0];
  const capitals = /[A-Z]{2}/.test(bare) && bare === bare.toUpperCase();
  if (NOT_A_PLACE.has(bare.toUpperCase())) return null;
  // A mixed-case word before a colon or dash is a sentence ("Officials said:") unless it is a known place.
  if (!capitals && !agencyName && !date && !isKnownPlace(bare)) return null;
  return { place: titleCasePlace(place), agency: agencyName };
}

const SMALL_WORDS = new Set(['of', 'de', 'da', 'do', 'du', 'la', 'le', 'del', 'des', 'y', 'and', 'upon', 'on', 'el']);

/** "NEW DELHI" -> "New Delhi", "GAZA CITY/CAIRO" -> "Gaza City/Cairo"; mixed case is kept as written. */
export function titleCasePlace(place: string): string {
  const bare = place.split(',')[0];
  if (bare !== bare.toUpperCase()) return place.trim();
  let first = true;
  return place.trim().replace(/[A-Za-z]+(\.?)/g, (word, dot: string, offset: number, all: string) => {
    const letters = word.slice(0, word.length - dot.length);
    const afterComma = all.slice(0, offset).includes(',');
    const result =
      !first && SMALL_WORDS.has(letters.toLowerCase())
        ? letters.toLowerCase()
        : !dot && !/[AEIOU]/.test(letters) && letters.length <= 3
          ? letters
          : afterComma && letters.length <= 2 && !dot
            ? letters
            : letters[0] + letters.slice(1).toLowerCase();
    first = false;
    return result + dot;
  });
}

const FOOTER_MARKER =
  /^\s*(?:(?:--|—|–)\s*[A-Z][^\s]*(?:\s+\S+){0,5}\s*$|©|\(c\)\s|copyright\b|all rights reserved|follow us\b|\((?:this|the) (?:story|article|report)\b|related\b|read more\b|also read\b|more from\b|recommended\b|most (?:read|popular)\b|share this\b)/i;
const SIGN_OFF = /^\s*(?:--|—|–)\s*([A-Z][^\s]*(?:[ \t]+[^\s]+){0,5})\s*$/;
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)/i;
const EDITED_BY = /\bedited by ([A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,4})[ \t]+staff\b/;
const SOURCE_LINE = /^\s*(?:source|courtesy)\s*:\s*([A-Z][^|•·\n]{1,50}?)\s*$/i;

/** "© 2025 NAME • Privacy" -> "NAME"; "Copyright 2018 Name. All rights reserved." -> "Name". */
function copyrightHolder(s: string): string | null {
  const m = COPYRIGHT.exec(s);
  if (!m) return null;
  let rest = s.slice(m.index + m[0].length);
  const hadYear = /^\s*(?:©|\(c\))?\s*\d{4}/i.test(rest);
  rest = rest.replace(/^\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*/i, '');
  const name = rest
    .split(/\s*(?:[•|·]|\s[-–—]\s|\.\s|\.$|,|\ball rights reserved\b)/i)[0]
    .replace(/\s+\d{4}$/, '')
    .trim();
  if (!name || !/^[A-Za-z]/.test(name) || wordsOf(name).length > 6) return null;
  if (!m[0].startsWith('©') && !/\(c\)/i.test(m[0]) && !hadYear) return null;
  return name;
}

const ROLE_WORDS = /\b(staff|writer|reporter|correspondent|editor|contributor|columnist|bureau|chief|desk|intern|photographer|special)\b/i;

/** The organisation at the end of a byline ("By Jane Roe, Agency", "By Jane Roe (Agency)", "By Agency"), or the place ("By Jane Roe, Springfield"). */
function bylineCredit(s: string): { publisher: string | null; place: string | null } {
  const none = { publisher: null, place: null };
  const body = s.trim().replace(/^(?:by|from|written by|words by|story by)\s+/i, '');
  const paren = /\(([^()]{2,50})\)\s*$/.exec(body);
  if (paren && looksLikeAgency(paren[1])) return { publisher: paren[1].trim(), place: null };
  const comma = body.lastIndexOf(',');
  if (comma > 0) {
    const tail = body.slice(comma + 1).trim();
    if (!tail || !looksLikeAgency(tail) || ROLE_WORDS.test(tail)) return none;
    return isKnownPlace(tail) ? { publisher: null, place: titleCasePlace(tail) } : { publisher: tail, place: null };
  }
  const name = body.replace(/\s+staff$/i, '').trim();
  return wordsOf(name).length === 1 && looksLikeAgency(name) ? { publisher: name, place: null } : none;
}

// ---------------------------------------------------------------------------------------------
// Headline

const MENU_WORDS = /\b(menu|skip to|sign in|log in|subscribe|newsletter|advertisement|search|home page|breadcrumb|cookies?)\b/i;

function looksLikeHeadline(s: string): boolean {
  const t = s.trim();
  const words = wordsOf(t);
  if (words.length < 3 || words.length > 30 || t.length > 250) return false;
  if (/[>»›]/.test(t) || /\s\/\s.*\s\/\s/.test(t) || /:$/.test(t) || /https?:\/\/|www\./i.test(t)) return false;
  if ((t.match(/[|•·]/g)?.length ?? 0) >= 1) return false;
  if (/\S(?: {2,}|\t)\S.*(?: {2,}|\t)\S/.test(t)) return false; // nav items spaced apart
  if (MENU_WORDS.test(t) && words.length <= 6) return false;
  if (!/[a-z]/.test(t) && words.length < 4) return false;
  if (/^(photo|image|file photo|picture|caption|video)\b/i.test(t)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Putting it together

const HEADER_LIMIT = 40;
const LOOKAHEAD_FOR_CREDIT = 4;

interface Sketch {
  lines: Line[];
  /** Index of the first body line, or -1 when none was found near the top. */
  body: number;
  /** Index of the first footer line (lines.length when none). */
  footer: number;
}

function nonEmptyAfter(lines: Line[], from: number, count: number): Line[] {
  const out: Line[] = [];
  for (let i = from; i < lines.length && out.length < count; i++) if (lines[i].text.trim()) out.push(lines[i]);
  return out;
}

/** Finds where the body starts (a dateline or running prose, not followed by more credit lines) and where the footer starts. */
function sketchPage(lines: Line[], from: number, dateCache: Map<number, FoundDate[]>): Sketch {
  const datesAt = (l: Line) => {
    if (!dateCache.has(l.index)) dateCache.set(l.index, datesOnLine(l));
    return dateCache.get(l.index)!;
  };
  let body = -1;
  let seen = 0;
  for (const line of lines.slice(from)) {
    if (!line.text.trim()) continue;
    if (++seen > HEADER_LIMIT) break;
    if (parseDateline(line.text)) {
      body = line.index;
      break;
    }
    if (isProse(line.text) && !isCreditLine(line, datesAt(line))) {
      // A standfirst can sit above the byline; the body starts after the last credit line nearby.
      const ahead = nonEmptyAfter(lines, line.index + 1, LOOKAHEAD_FOR_CREDIT);
      if (ahead.some((l) => isCreditLine(l, datesAt(l)) && !isProse(l.text))) continue;
      body = line.index;
      break;
    }
  }
  let footer = lines.length;
  for (let i = Math.max(body + 1, from + 1); i < lines.length; i++) {
    if (FOOTER_MARKER.test(lines[i].text)) {
      footer = i;
      break;
    }
  }
  // Short lines just above the first marker (contacts, bureaus, tags) belong to the footer too.
  for (let n = 0; n < 10 && footer < lines.length && footer - 1 > Math.max(body, from) && !isProse(lines[footer - 1].text); n++) footer--;
  if (footer === lines.length) {
    // No marker: trailing short lines after the last paragraph are chrome.
    let i = lines.length - 1;
    while (i > Math.max(body, from) && lines.length - i < 30 && !isProse(lines[i].text)) i--;
    footer = i + 1;
  }
  return { lines, body, footer };
}

interface PickedDate {
  date: FoundDate;
  dayFirst: boolean | null;
  warnings: string[];
}

interface Evidence {
  /** Day-first or not, from numeric dates elsewhere on the page with a field over 12. */
  pageOrder: boolean | null;
  named: NamedDay[];
  placeLocale: PlaceLocale | null;
  /** Zone abbreviations seen in the header, in order. */
  headerZones: string[];
}

function zoneDayFirst(abbreviation: string | null, placeLocale: PlaceLocale | null): { dayFirst: boolean | null; country: string | null } {
  const known = knownZone(abbreviation);
  if (!known) return { dayFirst: null, country: null };
  if (placeLocale && known.alternatives?.[placeLocale.country]) return { dayFirst: countryDayFirst(placeLocale.country), country: placeLocale.country };
  return { dayFirst: known.dayFirst, country: known.country };
}

const describe = (year: number, month: number, day: number) =>
  `${day} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${year}`;

/** Decides the d/m order of an ambiguous numeric date from the strongest evidence on the page. */
function settleOrder(date: FoundDate, evidence: Evidence): PickedDate | null {
  const { first, second } = date.ambiguous!;
  const read = (dayFirst: boolean, warnings: string[]): PickedDate => ({
    date: { ...date, day: dayFirst ? first : second, month: dayFirst ? second : first, ambiguous: null },
    dayFirst,
    warnings,
  });
  const named = evidence.named.filter((d) => d.year === null || Math.abs(d.year - date.year) <= 1);
  const forDayFirst = named.some((d) => agrees(d, date.year, second, first));
  const forMonthFirst = named.some((d) => agrees(d, date.year, first, second));
  if (forDayFirst !== forMonthFirst) return read(forDayFirst, []);
  if (evidence.pageOrder !== null) return read(evidence.pageOrder, []);

  const own = zoneDayFirst(date.zone?.abbreviation ?? null, evidence.placeLocale);
  if (own.dayFirst !== null) return read(own.dayFirst, []);
  const chosen = (dayFirst: boolean) => (dayFirst ? describe(date.year, second, first) : describe(date.year, first, second));
  const place = evidence.placeLocale;
  const placeOrder = place ? countryDayFirst(place.country) : null;
  if (place && placeOrder !== null) {
    const note = place.strong
      ? []
      : [`numeric date '${date.text}' read as ${chosen(placeOrder)} on weak evidence: the page names ${place.places.join(', ')} (${place.country})`];
    return read(placeOrder, note);
  }
  for (const abbreviation of evidence.headerZones) {
    const other = zoneDayFirst(abbreviation, place);
    if (other.dayFirst !== null) {
      return read(other.dayFirst, [`numeric date '${date.text}' read as ${chosen(other.dayFirst)} on weak evidence: the time zone ${abbreviation} elsewhere in the header`]);
    }
  }
  // Dotted numeric dates (06.03.2025) are a day-first convention; month-first writers use slashes.
  if (date.ambiguous!.separator === '.') {
    return read(true, [`numeric date '${date.text}' read as ${chosen(true)} on weak evidence: dots separate day-first dates`]);
  }
  return null;
}

/** The time zone of the publication time: written beside it, or else implied by the page's places. */
function zoneOfPublication(date: FoundDate, evidence: Evidence): Pick<PublicationDate, 'offsetMinutes' | 'timeZone' | 'offsetSource'> {
  const place = evidence.placeLocale;
  const hour = date.hour ?? 12;
  const minute = date.minute ?? 0;
  const placeOffset = place?.zone ? zoneOffsetMinutes(place.zone, date.year, date.month, date.day, hour, minute) : null;
  const written = date.zone ?? headerZone(evidence);
  if (written) {
    const known = knownZone(written.abbreviation);
    const alternative = place && known?.alternatives?.[place.country];
    let offset = alternative ? alternative.offset : written.offset;
    let zone = alternative ? alternative.zone : (known?.zone ?? null);
    if (offset === null && zone) offset = zoneOffsetMinutes(zone, date.year, date.month, date.day, hour, minute);
    if (place?.zone && placeOffset !== null && placeOffset === offset) zone = place.zone;
    if (offset !== null) return { offsetMinutes: offset, timeZone: zone, offsetSource: 'text' };
  }
  if (place?.zone && placeOffset !== null) return { offsetMinutes: placeOffset, timeZone: place.zone, offsetSource: 'locale' };
  return { offsetMinutes: null, timeZone: null, offsetSource: null };
}

function headerZone(evidence: Evidence): Zone | null {
  const abbreviation = evidence.headerZones[0];
  return abbreviation ? { abbreviation, offset: ZONE_ABBREVIATIONS[abbreviation].offset } : null;
}

/** Reads an article's headline, publisher, publication date and zone, dateline and header spans. */
export function extractMetadata(text: string, _file: string): ArticleMetadata {
  const lines = splitLines(text);
  const dateCache = new Map<number, FoundDate[]>();
  const datesAt = (l: Line) => {
    if (!dateCache.has(l.index)) dateCache.set(l.index, datesOnLine(l));
    return dateCache.get(l.index)!;
  };
  const warnings: string[] = [];
  const frontMatter = readFrontMatter(lines);
  const sketch = sketchPage(lines, frontMatter.end, dateCache);
  const bodyLine = sketch.body >= 0 ? sketch.lines[sketch.body] : null;
  const top = lines.slice(frontMatter.end);
  const headerLines = (bodyLine ? lines.slice(frontMatter.end, sketch.body) : top.slice(0, 60)).filter((l) => l.text.trim());
  const headerEnd = bodyLine ? bodyLine.index : lines.length;
  const footerLines = sketch.lines.slice(sketch.footer).filter((l) => l.text.trim()).slice(0, 120);

  // Headline: a markdown heading or front-matter title, else the first headline-shaped line.
  const creditLines = headerLines.filter((l) => isCreditLine(l, datesAt(l)));
  const isCredit = new Set(creditLines.map((l) => l.index));
  let titleLine: Line | null = null;
  let title: string | null = frontMatter.title;
  if (!title) {
    const candidates = headerLines.filter((l) => !isCredit.has(l.index) && datesAt(l).length === 0 && looksLikeHeadline(l.text.replace(/^#+\s*/, '')));
    titleLine =
      candidates.find((l) => /^#\s/.test(l.text)) ?? candidates.find((l) => !isProse(l.text)) ?? candidates[0] ?? null;
    if (!titleLine && !bodyLine) {
      titleLine = top.find((l) => l.text.trim() && looksLikeHeadline(l.text.replace(/^#+\s*/, ''))) ?? null;
    }
    title = titleLine ? titleLine.text.replace(/^#+\s*/, '').trim() : null;
  }
  const titleIndex = titleLine?.index ?? (headerLines[0]?.index ?? 0);

  // Dateline and the agency credited in it.
  const dateline = bodyLine ? parseDateline(bodyLine.text) : null;

  // The publisher's locale, from place names in the menus above the headline and in the footer.
  const chrome = [...headerLines.filter((l) => l.index < titleIndex), ...footerLines].map((l) => opening(l.text));
  const placeLocale = localeFromPlaces(chrome);

  // Publisher: the organisation credited with the story first, then the site's own marks.
  const publisherSources: string[] = [];
  if (frontMatter.publisher) publisherSources.push(frontMatter.publisher);
  if (dateline?.agency) publisherSources.push(dateline.agency);
  let placeFromCredit: string | null = null;
  for (const l of creditLines) {
    const credit = readCreditLine(l);
    if (credit.publisher) publisherSources.push(credit.publisher);
    placeFromCredit ??= credit.place;
  }
  const footerUsed: Line[] = [];
  for (const l of footerLines) {
    const signOff = SIGN_OFF.exec(l.text);
    const name = signOff && looksLikeAgency(signOff[1]) ? signOff[1] : (copyrightHolder(l.text) ?? EDITED_BY.exec(l.text)?.[1] ?? SOURCE_LINE.exec(l.text)?.[1]);
    if (name) {
      publisherSources.push(name.trim());
      footerUsed.push(l);
    }
  }
  const publisher = publisherSources[0]?.replace(/[\s.,;:]+$/, '') ?? null;

  // Publication date.
  const candidates: FoundDate[] = [...frontMatter.dates, ...headerLines.flatMap((l) => datesAt(l))];
  if (candidates.length === 0) {
    for (const l of lines) {
      if (l.index < headerEnd && l.index >= frontMatter.end) continue;
      // Only a line that opens with a label: "updated" in running prose is not a date stamp.
      if (!LABELLED_LINE.test(l.text) || isProse(l.text)) continue;
      candidates.push(...datesAt(l));
      if (candidates.length) break;
    }
  }
  const evidenceLines = [...headerLines, ...(bodyLine ? [bodyLine] : []), ...footerLines];
  const evidence: Evidence = {
    pageOrder: pageOrder(evidenceLines.flatMap((l) => datesAt(l))),
    named: [...headerLines, ...(bodyLine ? [bodyLine] : [])].flatMap((l) => namedDays(opening(l.text))),
    placeLocale,
    headerZones: headerLines.flatMap((l) => zoneAbbreviationsIn(opening(l.text))),
  };
  // Numeric dates are excluded from the evidence about themselves; namedDays reads ISO and month names only.
  const ranked = [...candidates].sort((a, b) => b.rank - a.rank || Number(b.hour !== null) - Number(a.hour !== null) || a.start - b.start);
  let picked: PickedDate | null = null;
  for (const candidate of ranked) {
    if (!candidate.ambiguous) {
      picked = { date: candidate, dayFirst: candidate.orderFromFields, warnings: [] };
      break;
    }
    const settled = settleOrder(candidate, evidence);
    if (settled) {
      picked = settled;
      break;
    }
    warnings.push(`ambiguous numeric date '${candidate.text}': cannot tell day from month`);
  }
  if (picked && picked.date.hour === null) {
    // "March 6, 2025" above and "Updated 11:36 AM, 06/03/2025" below: take the time from the same day.
    const same = ranked.find((d) => d.hour !== null && !d.ambiguous && d.year === picked!.date.year && d.month === picked!.date.month && d.day === picked!.date.day);
    if (same) picked = { ...picked, date: same };
  }

  let published: PublicationDate | null = null;
  if (picked) {
    const d = picked.date;
    warnings.push(...picked.warnings);
    published = {
      year: d.year,
      month: d.month,
      day: d.day,
      hour: d.hour,
      minute: d.minute,
      ...zoneOfPublication(d, evidence),
      text: d.text,
      start: d.start,
      end: d.end,
    };
  } else if (!warnings.length) warnings.push('no publication date found');

  // Locale and page-wide d/m order, for reading numeric dates in the body.
  const zoneHint = zoneDayFirst(picked?.date.zone?.abbreviation ?? evidence.headerZones[0] ?? null, placeLocale);
  const locale = placeLocale?.country ?? zoneHint.country;
  const dayFirst = picked?.dayFirst ?? evidence.pageOrder ?? (placeLocale ? countryDayFirst(placeLocale.country) : null) ?? zoneHint.dayFirst;

  // Header spans: everything above the body, else the lines metadata was read from; plus footer credits.
  const header: Span[] = [];
  if (frontMatter.end > 0) header.push({ start: 0, end: lines[frontMatter.end - 1].start + lines[frontMatter.end - 1].text.length });
  if (bodyLine && headerLines.length) {
    const first = headerLines[0];
    const last = headerLines[headerLines.length - 1];
    header.push({ start: first.start, end: last.start + last.text.length });
  } else {
    for (const l of [...creditLines, ...(titleLine ? [titleLine] : [])]) header.push(lineSpan(l));
  }
  // The date line counts as header even when it was found below the body ("Published on ..." at the end).
  if (picked) header.push(lineSpan(lines[picked.date.line]));
  for (const l of footerUsed) header.push(lineSpan(l));

  return {
    title,
    publisher,
    published,
    dateline: dateline?.place ?? placeFromCredit,
    dayFirst,
    locale,
    header: mergeSpans(header),
    warnings,
  };
}

const lineSpan = (l: Line): Span => ({ start: l.start, end: l.start + l.text.length });

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Day-first or not, when numeric dates on the page show it by a field over 12. */
function pageOrder(dates: FoundDate[]): boolean | null {
  const orders = new Set(dates.map((d) => d.orderFromFields).filter((o): o is boolean => o !== null));
  return orders.size === 1 ? [...orders][0] : null;
}

function zoneAbbreviationsIn(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\d(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?[ \t]*\(?([A-Z]{2,5})\b/g)) {
    if (knownZone(m[1])?.country) out.push(m[1]);
  }
  return out;
}

const SECTION_WORDS = /^(news|world|nation|national|local|region|regional|business|economy|markets?|sports?|opinion|politics|entertainment|lifestyle|tech|technology|science|health|home|latest|top|stories|breaking|international|asia|africa|europe|americas|middle|east|pacific|city|metro|india|us|uk)$/i;

/** "World News", "Top Stories", "India News": a site section, not a credit. */
function isSection(segment: string): boolean {
  const words = wordsOf(segment);
  return words.length <= 4 && words.some((w) => SECTION_WORDS.test(w)) && words.every((w) => SECTION_WORDS.test(w) || isKnownPlace(w));
}

/** "AGENCY | Place | Updated: ...", "By Name | Place | date", "By Name, Agency": who is credited and where it was filed. */
function readCreditLine(line: Line): { publisher: string | null; place: string | null } {
  const s = line.text.trim();
  if (!s.includes('|')) return BYLINE.test(s) ? bylineCredit(s.split(/\s+[-–—·]\s+|\s{2,}/)[0]) : { publisher: null, place: null };
  const segments = s.split('|').map((x) => x.trim()).filter(Boolean);
  const names: string[] = [];
  let publisher: string | null = null;
  let place: string | null = null;
  for (const seg of segments) {
    if (/\d/.test(seg) || LABEL_WORD.test(seg)) continue;
    if (BYLINE.test(seg)) {
      const byline = bylineCredit(seg);
      publisher ??= byline.publisher;
      place ??= byline.place;
      continue;
    }
    if ((looksLikeAgency(seg) || /^[A-Z][\w&.'’ -]*$/.test(seg)) && !isSection(seg)) names.push(seg);
  }
  // Known places are the filing place; of the rest, the first is the credited organisation.
  for (const name of names) {
    if (place === null && isKnownPlace(name)) place = titleCasePlace(name);
    else if (publisher === null) publisher = name;
    else place ??= titleCasePlace(name);
  }
  return { publisher, place };
}

interface FrontMatter {
  /** Index of the first line after the front matter (0 when there is none). */
  end: number;
  title: string | null;
  publisher: string | null;
  dates: FoundDate[];
}

/** Markdown front matter (`---` ... `---`) with title, date and source keys. */
function readFrontMatter(lines: Line[]): FrontMatter {
  const none: FrontMatter = { end: 0, title: null, publisher: null, dates: [] };
  if (lines[0]?.text.trim() !== '---') return none;
  const close = lines.findIndex((l, i) => i > 0 && i < 60 && l.text.trim() === '---');
  if (close < 0) return none;
  let title: string | null = null;
  let publisher: string | null = null;
  const dates: FoundDate[] = [];
  for (const l of lines.slice(1, close)) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(l.text);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].replace(/^["']|["']$/g, '');
    if (key === 'title' && value) title = value;
    else if (/^(publisher|source|site|site_name|agency)$/.test(key) && value) publisher = value;
    else if (/^(date|published|published_at|pubdate|created)$/.test(key)) {
      dates.push(...datesOnLine(l).map((d) => ({ ...d, rank: Rank.Published })));
    }
  }
  return { end: close + 1, title, publisher, dates };
}
