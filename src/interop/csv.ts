// The TimelineJS spreadsheet (its Google Sheets template, exported as CSV) in and out. Rows are
// read into TimelineJS slides and go through the same import as TimelineJS JSON, so both give the
// same events and the same notes. d3-dsv reads and quotes the CSV (RFC 4180: quoted fields with
// doubled quotes, line breaks inside quotes, CRLF, LF or CR); a leading BOM is dropped and every
// malformed line is reported by row.

import { csvFormatValue, csvParseRows } from 'd3-dsv';
import type { EventList } from '../core/schema';
import { escapeHtml } from './html';
import { capNotes, fromTimelineJS, slideText, timelineDates, type ImportResult, type TLDate, type TLTimeline } from './timelinejs';

export const COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;
type Column = (typeof COLUMNS)[number];

/** Unknown columns named in the note about them; the rest are counted. */
const NAMED_COLUMNS = 10;
const quoted = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Columns of free text, where a spreadsheet would run a leading `=`, `+`, `-` or `@` as a formula. */
const TEXT_COLUMNS = new Set<Column>(['Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Group', 'Background']);

const QUOTED = /"(?:[^"]|"")*"/y;
const PLAIN = /[^,\r\n]*/y;

/**
 * The first malformed record, by row. d3-dsv reads bad quoting without a word (an unclosed quote
 * runs to the end of the file, text after a closing quote is dropped), so the fields are walked
 * first; a line break inside quotes stays in its record.
 */
function malformed(s: string): string | null {
  let row = 1;
  let field = 1;
  for (let i = 0; i < s.length; ) {
    const token = s[i] === '"' ? QUOTED : PLAIN;
    token.lastIndex = i;
    if (!token.test(s)) return `row ${row}: a quoted field is not closed`;
    i = token.lastIndex;
    if (i >= s.length) break;
    if (s[i] === ',') {
      field++;
      i++;
    } else if (s[i] === '\r' || s[i] === '\n') {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      row++;
      field = 1;
    } else {
      return `row ${row}: text after the closing quote of field ${field}`;
    }
  }
  return null;
}

/** Parses CSV into records with d3-dsv. `rows[i]` is spreadsheet row `i + 1`; blank lines are kept as `['']` so numbering matches. */
export function parseCsv(text: string): { rows: string[][]; error: string | null } {
  const s = text.replace(/^\uFEFF/, '');
  const error = malformed(s);
  return { rows: error ? [] : csvParseRows(s), error };
}

function guard(value: string): string {
  // A leading apostrophe makes a spreadsheet keep the cell as text; it is removed again on import.
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

function unguard(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

/** d3-dsv's quoting, and quotes around leading or trailing spaces too, which spreadsheets may trim. */
function field(value: string): string {
  return /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : csvFormatValue(value);
}

const pad = (n: number | string | undefined) => String(n).padStart(2, '0');

/** Our event list as a TimelineJS spreadsheet, CRLF line endings. Lossy: see the README (sources go as text). */
export function toCsv(list: EventList): string {
  const articles = new Map(list.articles.map((a) => [a.id, a]));
  const lines = [COLUMNS.join(',')];
  for (const e of list.events) {
    const { start_date, end_date } = timelineDates(e.date);
    const time = (d: TLDate | undefined) => (d?.hour !== undefined ? `${pad(d.hour)}:${pad(d.minute)}` : '');
    const cells: Record<Column, string> = {
      Year: String(start_date.year), Month: String(start_date.month ?? ''), Day: String(start_date.day ?? ''), Time: time(start_date),
      'End Year': String(end_date?.year ?? ''), 'End Month': String(end_date?.month ?? ''), 'End Day': String(end_date?.day ?? ''), 'End Time': time(end_date),
      // TimelineJS renders these as HTML: every one escaped.
      'Display Date': escapeHtml(e.date.label), Headline: escapeHtml(e.title), Text: slideText(e, articles),
      Media: '', 'Media Credit': '', 'Media Caption': '', 'Media Thumbnail': '', Type: '', Group: escapeHtml(e.tags?.[0] ?? ''), Background: '',
    };
    lines.push(COLUMNS.map((c) => field(TEXT_COLUMNS.has(c) ? guard(cells[c]) : cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `14:30`, `2:30 PM`, `14:30:15`, `14:30:15.250`; null when it is none of these. */
function readTime(value: string): Pick<TLDate, 'hour' | 'minute' | 'second' | 'millisecond'> | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(value.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[5]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(m[5]) ? 12 : 0);
  }
  const out: Pick<TLDate, 'hour' | 'minute' | 'second' | 'millisecond'> = { hour, minute: Number(m[2]) };
  if (m[3]) out.second = Number(m[3]);
  if (m[4]) out.millisecond = Number(m[4].padEnd(3, '0'));
  return out;
}

/**
 * A TimelineJS spreadsheet as our event list, with notes naming rows (`row 5 ("Headline")`).
 * Throws, naming the file, when it is not such a sheet (no Year column, or broken quoting).
 */
export function fromCsv(text: string, file: string): ImportResult {
  const { rows, error } = parseCsv(text);
  if (error) throw new Error(`${file}: ${error}`);
  if (!rows.length) throw new Error(`${file}: empty; expected a header row with the TimelineJS columns (${COLUMNS.join(', ')})`);
  const known = new Map(COLUMNS.map((c) => [c.toLowerCase(), c]));
  const index = new Map<Column, number>();
  const unknown: string[] = [];
  rows[0].forEach((name, i) => {
    const column = known.get(name.trim().replace(/\s+/g, ' ').toLowerCase());
    if (column && !index.has(column)) index.set(column, i);
    else if (name.trim()) unknown.push(name.trim());
  });
  if (!index.has('Year')) throw new Error(`${file}: no "Year" column; expected the TimelineJS columns (${COLUMNS.join(', ')})`);
  const notes: string[] = [];
  if (unknown.length) {
    // Named up to a handful (a sheet can have 200,000 columns), each by a short excerpt.
    const named = unknown.slice(0, NAMED_COLUMNS).map(quoted).join(', ');
    const more = unknown.length > NAMED_COLUMNS ? ` and ${(unknown.length - NAMED_COLUMNS).toLocaleString('en-GB')} more` : '';
    notes.push(`${file}: row 1: ${unknown.length === 1 ? 'column' : `${unknown.length.toLocaleString('en-GB')} columns`} ${named}${more} not carried over`);
  }

  const timeline: TLTimeline = { events: [], eras: [] };
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  let titleRow = 0;
  rows.slice(1).forEach((cells, r) => {
    const rowNumber = r + 2;
    const get = (c: Column) => {
      const i = index.get(c);
      const v = i === undefined ? '' : (cells[i] ?? '').trim();
      return TEXT_COLUMNS.has(c) ? unguard(v) : v;
    };
    if (cells.every((c) => c.trim() === '')) return;
    const date = (prefix: '' | 'End ', where: string): TLDate | undefined => {
      const year = get(`${prefix}Year` as Column);
      if (!year) return undefined;
      const d: TLDate = { year };
      const month = get(`${prefix}Month` as Column);
      const day = get(`${prefix}Day` as Column);
      if (month) d.month = month;
      if (day) d.day = day;
      const time = get(`${prefix}Time` as Column);
      if (time) {
        const t = readTime(time);
        if (t) Object.assign(d, t);
        else notes.push(`${file}: row ${rowNumber}: ${where} ${JSON.stringify(time)} is not a time (expected e.g. 14:30 or 2:30 PM); left out`);
      }
      return d;
    };
    const slide: TLTimeline['events'][number] = { text: { headline: get('Headline'), text: get('Text') } };
    const start = date('', 'Time');
    const end = date('End ', 'End Time');
    if (start) slide.start_date = start;
    if (end) slide.end_date = end;
    if (get('Display Date')) slide.display_date = get('Display Date');
    if (get('Group')) slide.group = get('Group');
    if (get('Media')) slide.media = { url: get('Media'), credit: get('Media Credit'), caption: get('Media Caption'), thumbnail: get('Media Thumbnail') };
    if (get('Background')) slide.background = /^#|^rgb/i.test(get('Background')) ? { color: get('Background') } : { url: get('Background') };
    const type = get('Type').toLowerCase();
    if (type === 'title') {
      timeline.title = slide;
      titleRow = rowNumber;
    } else if (type === 'era') {
      timeline.eras!.push({ start_date: start ?? { year: '' }, end_date: end ?? { year: '' }, text: slide.text });
      eraRows.push(rowNumber);
    } else {
      if (type) notes.push(`${file}: row ${rowNumber}: Type ${JSON.stringify(get('Type'))} is not one TimelineJS knows (title, era); read as an event`);
      timeline.events.push(slide);
      eventRows.push(rowNumber);
    }
  });
  const result = fromTimelineJS(timeline, file, (kind, i) => `row ${kind === 'title' ? titleRow : kind === 'eras' ? eraRows[i] : eventRows[i]}`);
  const all = [...notes, ...result.notes];
  if (all.length) result.list.notes = capNotes(all, file);
  else delete result.list.notes;
  return { list: result.list, notes: all };
}
