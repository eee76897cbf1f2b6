// TimelineJS3 JSON in and out, so a newsroom can move a timeline between TimelineJS and this tool.
// Out: every event becomes a slide whose every field TimelineJS renders (headline, text, group,
// display date) is our text escaped for HTML, since it sets them as HTML (the group label with
// innerHTML), and
// which also carries our own fields under `newsroom_timeline` (TimelineJS ignores unknown keys),
// so ours -> TimelineJS -> ours keeps ids, dates, precision, titles and sources exactly.
// In: dates keep the precision of the parts given, HTML becomes plain text, and every part that
// is not carried over is reported as a note naming its slide.

import { createHash } from 'node:crypto';
import { compareDates, dateLabel, eventDate, isoWeek, precisionRank } from '../core/dates';
import { MAX_LABEL, MAX_STRING, MAX_TITLE, MAX_WARNINGS, isPartialDate, validateEventList, type Article, type EventDate, type EventList, type Precision, type TimelineEvent } from '../core/schema';
import { inFieldOrder } from '../pipeline/curation';
import { escapeHtml, htmlToText } from './html';
import { compareText } from '../core/order';

/** The key under which our own fields travel inside TimelineJS JSON. */
export const CARRIER = 'newsroom_timeline';

export interface TLDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
  format?: string;
}

export interface TLSlide {
  start_date?: TLDate;
  end_date?: TLDate;
  text?: { headline?: string; text?: string };
  media?: Record<string, unknown>;
  group?: string;
  display_date?: string;
  background?: Record<string, unknown>;
  autolink?: boolean;
  unique_id?: string;
  [CARRIER]?: CarriedEvent;
}

export interface TLTimeline {
  title?: TLSlide;
  events: TLSlide[];
  eras?: { start_date: TLDate; end_date: TLDate; text?: { headline?: string; text?: string } }[];
  scale?: 'human' | 'cosmological';
  [CARRIER]?: { version: 1; articles: Article[]; notes?: string[] };
}

/** Our fields of one event that TimelineJS cannot hold. */
interface CarriedEvent {
  title: string;
  date: Omit<EventDate, 'label'>;
  sources: TimelineEvent['sources'];
  status?: TimelineEvent['status'];
  tags?: string[];
  highlight?: boolean;
  edited?: TimelineEvent['edited'];
  note?: string;
}

const MONTH_DAYS = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The TimelineJS date parts of one of our partial dates; `end` picks the last day of a week or the last month of a quarter. */
function partsOf(value: string, precision: Precision, end: boolean): TLDate {
  const year = Number(value.slice(0, 4));
  switch (precision) {
    case 'year':
      return { year };
    case 'quarter': {
      const q = Number(value.slice(6));
      return { year, month: end ? q * 3 : q * 3 - 2 };
    }
    case 'month':
      return { year, month: Number(value.slice(5, 7)) };
    case 'week': {
      // Monday of ISO week 1 is the Monday on or before 4 January.
      const jan4 = Date.UTC(year, 0, 4);
      const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(value.slice(6)) - 1) * 7 * 86_400_000;
      const d = new Date(monday + (end ? 6 : 0) * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
    case 'day':
      return { year, month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
    case 'minute':
      return { year, month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)), hour: Number(value.slice(11, 13)), minute: Number(value.slice(14, 16)) };
  }
}

/** `start_date` and, for a range (quarters and weeks always are one), `end_date`. Times are UTC, as in our list. */
export function timelineDates(date: Pick<EventDate, 'start' | 'end' | 'precision'>): { start_date: TLDate; end_date?: TLDate } {
  const start_date = partsOf(date.start, date.precision, false);
  const end = partsOf(date.end, date.precision, true);
  return JSON.stringify(start_date) === JSON.stringify(end) ? { start_date } : { start_date, end_date: end };
}

function attribution(article: Article | undefined, id: string): string {
  if (!article) return `— ${id}`;
  const title = article.title ? `“${article.title}”` : article.file;
  return `— ${[article.publisher, title, article.published?.slice(0, 10)].filter(Boolean).join(', ')}`;
}

/** The slide text: the editor's note, then each quote with where it comes from; all of it escaped. */
export function slideText(event: TimelineEvent, articles: Map<string, Article>): string {
  const parts: string[] = [];
  if (event.note) parts.push(`<p>${escapeHtml(event.note)}</p>`);
  for (const s of event.sources) {
    parts.push(`<blockquote>${escapeHtml(s.quote)}</blockquote><p>${escapeHtml(attribution(articles.get(s.article), s.article))}</p>`);
  }
  return parts.join('');
}

/** Our event list as a TimelineJS3 timeline. */
export function toTimelineJS(list: EventList): TLTimeline {
  const articles = new Map(list.articles.map((a) => [a.id, a]));
  const events = list.events.map((e): TLSlide => {
    const carried: CarriedEvent = {
      title: e.title,
      date: { start: e.date.start, end: e.date.end, precision: e.date.precision, approximate: e.date.approximate },
      sources: e.sources,
    };
    if (e.status) carried.status = e.status;
    if (e.tags) carried.tags = e.tags;
    if (e.highlight !== undefined) carried.highlight = e.highlight;
    if (e.edited) carried.edited = e.edited;
    if (e.note !== undefined) carried.note = e.note;
    const slide: TLSlide = {
      unique_id: e.id,
      ...timelineDates(e.date),
      display_date: escapeHtml(e.date.label),
      text: { headline: escapeHtml(e.title), text: slideText(e, articles) },
    };
    if (e.tags?.length) slide.group = escapeHtml(e.tags[0]);
    // Quotes are shown as written: no links made out of addresses inside them.
    slide.autolink = false;
    slide[CARRIER] = carried;
    return slide;
  });
  const carrier: NonNullable<TLTimeline[typeof CARRIER]> = { version: 1, articles: list.articles };
  if (list.notes) carrier.notes = list.notes;
  return { events, [CARRIER]: carrier };
}

// ---------------------------------------------------------------------------------------------
// Import

/** Tells where a slide, era or the title came from, for notes (`events[3]`, or a CSV row). */
export type Locate = (kind: 'events' | 'eras' | 'title', index: number) => string;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const quoted = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

const PART_RANGES: Record<string, [number, number]> = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59], millisecond: [0, 999] };
const PART_NAMES = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Parts = Partial<Record<(typeof PART_NAMES)[number], number>>;

/** Reads a TimelineJS date object (numbers or numeric strings, as spreadsheets give them); empty parts are absent. */
function readParts(raw: unknown, what: string, fatal: (why: string) => void): Parts | null {
  if (raw === undefined || raw === null) return fatal(`no ${what}`), null;
  if (!isObject(raw)) return fatal(`${what}: expected an object with a year`), null;
  const parts: Parts = {};
  for (const name of PART_NAMES) {
    let v = raw[name];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) v = Number(v);
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) return fatal(`${what}.${name}: ${quoted(String(v))} is not a whole number`), null;
    const range = PART_RANGES[name];
    if (range && (v < range[0] || v > range[1])) return fatal(`${what}.${name}: ${v} is not between ${range[0]} and ${range[1]}`), null;
    parts[name] = v;
  }
  if (parts.year === undefined) return fatal(`${what}: no year`), null;
  return parts;
}

/** The finest precision the parts give without inventing anything, and what had to be left out. */
function partial(parts: Parts, what: string, note: (why: string) => void, fatal: (why: string) => void): { value: string; precision: Precision } | null {
  const y = parts.year!;
  if (y < 1000 || y > 9999) {
    return fatal(`${what}: year ${y}${y < 0 ? ' (BCE)' : ''} is outside the years the timeline shows (1000 to 9999)`), null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const { month, day, hour, minute, second, millisecond } = parts;
  if (month === undefined) {
    if (day !== undefined || hour !== undefined) note(`${what}: a day or time without a month; read as the year`);
    return { value: String(y), precision: 'year' };
  }
  if (day === undefined) {
    if (hour !== undefined) note(`${what}: a time without a day; read as the month`);
    return { value: `${y}-${pad(month)}`, precision: 'month' };
  }
  if (day > MONTH_DAYS(y, month)) return fatal(`${what}: ${y}-${pad(month)} has no day ${day}`), null;
  const dayValue = `${y}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) {
    if (hour !== undefined) note(`${what}: hour ${hour} without minutes left out (the list has no hour precision); read as the day`);
    else if (minute !== undefined) note(`${what}: minutes without an hour left out; read as the day`);
    return { value: dayValue, precision: 'day' };
  }
  if (second || millisecond) note(`${what}: seconds and milliseconds left out (the list keeps minutes)`);
  return { value: `${dayValue}T${pad(hour)}:${pad(minute)}`, precision: 'minute' };
}

/** Cuts a partial date to a coarser precision (year, month or day: the ones TimelineJS parts give). */
function coarsen(value: string, precision: Precision): string {
  return precision === 'year' ? value.slice(0, 4) : precision === 'month' ? value.slice(0, 7) : precision === 'day' ? value.slice(0, 10) : value;
}

/**
 * Readings of the same span our own labels would give: a month range that is a whole quarter, a
 * Monday-to-Sunday day range that is an ISO week, and "about ..." for approximate. A display date
 * equal to one of their labels restores it, so quarters, weeks and "about" survive a spreadsheet.
 */
function readings(date: Omit<EventDate, 'label'>): Omit<EventDate, 'label'>[] {
  const out = [date];
  const { start, end, precision } = date;
  if (precision === 'month') {
    const sm = Number(start.slice(5, 7));
    const em = Number(end.slice(5, 7));
    if (sm % 3 === 1 && em % 3 === 0) {
      out.push({ start: `${start.slice(0, 4)}-Q${(sm + 2) / 3}`, end: `${end.slice(0, 4)}-Q${em / 3}`, precision: 'quarter', approximate: false });
    }
  }
  if (precision === 'day') {
    const [sy, sm, sd] = start.split('-').map(Number);
    const [ey, em, ed] = end.split('-').map(Number);
    const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (weekday(sy, sm, sd) === 1 && weekday(ey, em, ed) === 0) {
      const a = isoWeek(sy, sm, sd);
      const b = isoWeek(ey, em, ed);
      const week = (w: { year: number; week: number }) => `${w.year}-W${String(w.week).padStart(2, '0')}`;
      out.push({ start: week(a), end: week(b), precision: 'week', approximate: false });
    }
  }
  return [...out, ...out.map((d) => ({ ...d, approximate: true }))];
}

/** "week 11 of 2013": how weeks were labelled before "the week of 11 March 2013", still read from older sheets. */
function olderWeekLabel(d: Omit<EventDate, 'label'>): string | null {
  return d.precision === 'week' && d.start === d.end && !d.approximate ? `week ${Number(d.start.slice(6))} of ${d.start.slice(0, 4)}` : null;
}

function readCarriedDate(raw: unknown): Omit<EventDate, 'label'> | null {
  if (!isObject(raw)) return null;
  const { start, end, precision, approximate } = raw;
  if (typeof precision !== 'string' || !['year', 'quarter', 'month', 'week', 'day', 'minute'].includes(precision)) return null;
  const p = precision as Precision;
  if (!isPartialDate(start, p) || !isPartialDate(end, p) || end < start || typeof approximate !== 'boolean') return null;
  return { start, end, precision: p, approximate };
}

function samePartsAs(date: Omit<EventDate, 'label'>, start: Parts, end: Parts | null): boolean {
  const ours = timelineDates(date);
  const norm = (p: Parts) => JSON.stringify(PART_NAMES.filter((n) => p[n] !== undefined && !(n === 'second' || n === 'millisecond')).map((n) => [n, p[n]]));
  const theirEnd = end && norm(end) !== norm(start) ? norm(end) : null;
  return norm(ours.start_date as Parts) === norm(start) && (ours.end_date ? norm(ours.end_date as Parts) : null) === theirEnd;
}

/** An id for a slide without `unique_id`, from what it says, so the same file always gives the same ids. */
function contentId(title: string, date: Omit<EventDate, 'label'>): string {
  return `tl-${createHash('sha1').update(`${title}\u0000${date.start}\u0000${date.end}\u0000${date.precision}`).digest('hex').slice(0, 10)}`;
}

export interface ImportResult {
  list: EventList;
  /** What was not carried over or had to be read in a particular way, each naming its slide. */
  notes: string[];
}

/**
 * A TimelineJS3 timeline as our event list. Throws (with the file named) only when the input is
 * not a timeline at all; a slide that cannot be read is left out with a note saying why.
 * Imported slides become events with no sources (nothing ties them to an article), the slide's
 * text as their note, and `edited: ["title", "date"]`: a person wrote them. A slide this tool
 * exported comes back with its own sources, tags and flags, and with `edited` extended by any
 * field changed in TimelineJS since.
 */
export function fromTimelineJS(json: unknown, file: string, locate: Locate = (kind, i) => (kind === 'title' ? 'title' : `${kind}[${i}]`)): ImportResult {
  if (!isObject(json) || !Array.isArray(json.events)) throw new Error(`${file}: not a TimelineJS timeline (expected an object with an "events" array)`);
  const notes: string[] = [];

  const carrier = isObject(json[CARRIER]) ? json[CARRIER] : null;
  let articles: Article[] = [];
  if (carrier && Array.isArray(carrier.articles)) {
    const check = validateEventList({ version: 1, articles: carrier.articles, events: [] });
    if (check.ok) articles = check.value.articles;
    else notes.push(`${file}: ${CARRIER}.articles: ${check.errors[0]}; articles not carried over, so neither are sources`);
  }

  if (isObject(json.title)) {
    const headline = isObject(json.title.text) && typeof json.title.text.headline === 'string' ? htmlToText(json.title.text.headline) : '';
    notes.push(`${file}: ${locate('title', 0)}${headline ? ` (${quoted(headline)})` : ''}: the title slide is not carried over (the list has no title)`);
  }
  if (Array.isArray(json.eras)) {
    json.eras.forEach((era: unknown, i: number) => {
      const name = isObject(era) && isObject(era.text) && typeof era.text.headline === 'string' ? ` (${quoted(htmlToText(era.text.headline))})` : '';
      notes.push(`${file}: ${locate('eras', i)}${name}: eras are not carried over`);
    });
  }
  if (json.scale === 'cosmological') notes.push(`${file}: scale: "cosmological" is not carried over; only years 1000 to 9999 are read`);
  let times = false;

  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  json.events.forEach((raw: unknown, i: number) => {
    const where = locate('events', i);
    if (!isObject(raw)) return void notes.push(`${file}: ${where}: not an object; left out`);
    const text = isObject(raw.text) ? raw.text : {};
    const headline = typeof text.headline === 'string' ? htmlToText(text.headline) : '';
    const body = typeof text.text === 'string' ? text.text : '';
    const named = `${where}${headline ? ` (${quoted(headline)})` : ''}`;
    const note = (why: string) => notes.push(`${file}: ${named}: ${why}`);

    const leftOut = (why: string) => note(`${why}; left out`);
    const startParts = readParts(raw.start_date, 'start_date', leftOut);
    const start = startParts && partial(startParts, 'start_date', note, leftOut);
    if (!startParts || !start) return;
    let endParts: Parts | null = null;
    let end = start;
    // TimelineJS's own sheets write an end date with no year when there is none.
    if (raw.end_date !== undefined && raw.end_date !== null && !(isObject(raw.end_date) && !raw.end_date.year)) {
      const pointOnly = (why: string) => note(`${why}; the event is read as a point at its start`);
      endParts = readParts(raw.end_date, 'end_date', pointOnly);
      const read = endParts && partial(endParts, 'end_date', note, pointOnly);
      if (read) end = read;
      else endParts = null;
    }
    if (startParts.hour !== undefined || endParts?.hour !== undefined) times = true;
    // One precision for both ends: the coarser, so neither end claims more than it was given.
    let precision = start.precision;
    if (precisionRank(end.precision) < precisionRank(precision)) precision = end.precision;
    if (start.precision !== end.precision) note(`start and end are given to different precisions; both read as a ${precision}`);
    let visible: Omit<EventDate, 'label'> = { start: coarsen(start.value, precision), end: coarsen(end.value, precision), precision, approximate: false };
    if (visible.end < visible.start) {
      note('end_date is before start_date; the event is read as a point at its start');
      visible = { ...visible, end: visible.start };
    }

    const display = typeof raw.display_date === 'string' ? raw.display_date : isObject(raw.start_date) && typeof raw.start_date.display_date === 'string' ? raw.start_date.display_date : null;
    const carried = isObject(raw[CARRIER]) ? (raw[CARRIER] as Record<string, unknown>) : null;
    const carriedDate = carried ? readCarriedDate(carried.date) : null;
    let date: Omit<EventDate, 'label'>;
    if (carriedDate && samePartsAs(carriedDate, startParts, endParts)) date = carriedDate;
    else {
      const wanted = display === null ? null : htmlToText(display);
      date = readings(visible).find((d) => dateLabel(d) === wanted || olderWeekLabel(d) === wanted) ?? visible;
      if (wanted !== null && wanted !== '' && dateLabel(date) !== wanted && olderWeekLabel(date) !== wanted) {
        note(`display_date ${quoted(wanted)} not carried over; the label is written from the date (${quoted(dateLabel(date))})`);
      }
    }
    if (isObject(raw.end_date) && typeof raw.end_date.display_date === 'string') note('end_date.display_date not carried over');
    for (const d of [raw.start_date, raw.end_date]) if (isObject(d) && d.format !== undefined) note('a date format is not carried over');

    if (isObject(raw.media) && raw.media.url) note(`media not carried over (${quoted(String(raw.media.url))})`);
    if (isObject(raw.background) && (raw.background.url || raw.background.color)) note('background not carried over');

    const title = headline || 'Untitled';
    if (!headline) note('no headline; titled "Untitled"');
    let id = typeof raw.unique_id === 'string' && raw.unique_id.trim() !== '' && raw.unique_id.length <= 200 ? raw.unique_id.trim() : contentId(title, date);
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      note(`id ${quoted(id)} is used by an earlier slide; this one is "${id}-${n}"`);
      id = `${id}-${n}`;
    }
    ids.add(id);

    const event: TimelineEvent = { id, title, date: eventDate(date.start, date.end, date.precision, date.approximate), sources: [] };
    const group = typeof raw.group === 'string' ? htmlToText(raw.group) : '';
    const plain = htmlToText(body);

    const own = carried ? ownEvent(carried, event, articles) : null;
    if (carried && !own) note(`${CARRIER}: its sources and fields do not check out against the carried articles; read as a slide written in TimelineJS`);
    if (own) {
      const edited = new Set(own.edited ?? []);
      if (own.title !== title && htmlToText(escapeHtml(own.title)) === title) event.title = own.title;
      else if (own.title !== title) edited.add('title');
      if (date !== carriedDate) edited.add('date');
      event.sources = own.sources;
      if (own.status) event.status = own.status;
      const tags = group ? [group, ...(own.tags ?? []).filter((t) => t !== group)] : (own.tags ?? []).slice(own.tags?.[0] ? 1 : 0);
      if (tags.length) event.tags = tags;
      if (own.highlight !== undefined) event.highlight = own.highlight;
      if (edited.size) event.edited = (['title', 'date', 'sources'] as const).filter((f) => edited.has(f));
      if (body === slideText({ ...event, note: own.note }, new Map(articles.map((a) => [a.id, a])))) {
        if (own.note !== undefined) event.note = own.note;
      } else {
        if (plain) event.note = plain;
        note("text changed since it was exported; kept as the event's note (the sources' quotes are unchanged)");
      }
    } else {
      event.edited = ['title', 'date'];
      if (plain) event.note = plain;
      if (group) event.tags = [group];
    }
    // A slide whose fields the page cannot show is left out on its own, not the whole file with it.
    const tooLong = ([['headline', event.title, MAX_TITLE], ['group', group, MAX_LABEL], ['text', event.note ?? '', MAX_STRING]] as const).find(([, v, max]) => v.length > max);
    if (tooLong) return void leftOut(`${tooLong[0]} longer than ${tooLong[2].toLocaleString('en-GB')} characters`);
    const check = validateEventList({ version: 1, articles, events: [event] }, 1);
    if (!check.ok) return void leftOut(check.errors[0].replace(/^events\[0\]\./, ''));
    events.push(event);
  });

  if (times) notes.push(`${file}: times are read as UTC (TimelineJS shows them in each reader's own time zone)`);
  const list: EventList = { version: 1, articles, events: sortEvents(events.map(inFieldOrder)) };
  const allNotes = capNotes([...(carrier && Array.isArray(carrier.notes) ? carrier.notes.filter((n): n is string => typeof n === 'string') : []), ...notes], file);
  if (allNotes.length) list.notes = allNotes;
  return { list, notes };
}

/**
 * Notes as the list can keep them: at most MAX_WARNINGS, each cut to 1,000 characters, the last
 * saying how many more there were (all of them are still printed by `convert`).
 */
export function capNotes(notes: string[], file: string): string[] {
  const cut = notes.map((n) => (n.length > 1_000 ? `${n.slice(0, 999)}…` : n));
  if (cut.length <= MAX_WARNINGS) return cut;
  const more = cut.length - (MAX_WARNINGS - 1);
  return [...cut.slice(0, MAX_WARNINGS - 1), `${file}: ${more.toLocaleString('en-GB')} more notes, not kept in the list`];
}

/** Our own fields carried by a slide, when they still form a valid event against the carried articles. */
function ownEvent(carried: Record<string, unknown>, event: TimelineEvent, articles: Article[]): CarriedEvent | null {
  const candidate = { ...event, sources: carried.sources ?? [] } as Record<string, unknown>;
  for (const key of ['status', 'tags', 'highlight', 'edited', 'note'] as const) if (has(carried, key)) candidate[key] = carried[key];
  const check = validateEventList({ version: 1, articles, events: [candidate] }, 1);
  if (!check.ok || typeof carried.title !== 'string') return null;
  const e = check.value.events[0];
  const out: CarriedEvent = { title: carried.title, date: event.date, sources: e.sources };
  if (e.status) out.status = e.status;
  if (e.tags) out.tags = e.tags;
  if (e.highlight !== undefined) out.highlight = e.highlight;
  if (e.edited) out.edited = e.edited;
  if (e.note !== undefined) out.note = e.note;
  return out;
}

function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events.sort((a, b) => compareDates(a.date, b.date) || compareText(a.title, b.title) || compareText(a.id, b.id));
}
