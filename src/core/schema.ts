// The event list format (version 1), shared by the pipeline that writes it and the page that
// reads it, with a runtime validator that never trusts its input.

export const PRECISIONS = ['year', 'quarter', 'month', 'week', 'day', 'minute'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A partial date: ISO strings cut to `precision` (`1997`, `2024-Q3`, `2024-11`, `2013-W11`, `2025-03-05`, `2025-03-05T14:30`). */
export interface EventDate {
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
  label: string;
  /**
   * For a `minute` date read as a local time in a known zone: that zone's UTC offset then
   * (`+05:45`). `start` and `end` are UTC; the page shows the local time with this offset.
   */
  offset?: string;
}

/** The temporal expression in the quote that dated the event. */
export interface SourceTimex {
  text: string;
  start: number;
  end: number;
  value: string;
}

export interface Source {
  article: string;
  /** Exactly `text.slice(start, end)` of the article file's text (BOM removed). */
  quote: string;
  start: number;
  end: number;
  timex: SourceTimex;
}

/** Fields an editor can change (see src/pipeline/curation.ts); `edited` names the ones that were. */
export const EDITED_FIELDS = ['title', 'date', 'sources'] as const;
export type EditedField = (typeof EDITED_FIELDS)[number];

export const EVENT_STATUSES = ['happened', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface TimelineEvent {
  id: string;
  title: string;
  date: EventDate;
  /** Empty for an event written by hand or imported from another tool: no article backs it. */
  sources: Source[];
  /** `planned` for a scheduled happening ("the hearing is set for June 3"); absent means it happened. */
  status?: EventStatus;
  /** 0 to 1, from the evidence in the whole collection (see README, "Importance"); absent on lists without it. */
  importance?: number;
  /** One of the story's key events, the ones a journalist's timeline would hold. */
  key?: boolean;
  /** For a key event: one sentence taken verbatim from its best source (`quote` is `text.slice(start, end)`). */
  summary?: Summary;
  /** Marked by an editor as a key moment. */
  highlight?: boolean;
  /** Editors' categories, for colour and filtering; the first is the main one. */
  tags?: string[];
  /** Fields a person wrote or changed rather than the pipeline extracted, so the page can say "edited". */
  edited?: EditedField[];
  /** An editor's note, or the text of an imported event; never a source quote. */
  note?: string;
}

/** A verbatim sentence of one article, with its offsets in that article's text. */
export interface Summary {
  article: string;
  quote: string;
  start: number;
  end: number;
}

export interface Article {
  id: string;
  file: string;
  title: string | null;
  publisher: string | null;
  /** `2025-03-06T01:54+05:30`, `2025-03-06T11:36` (zone unknown) or `2025-03-06`; null when the text gave none. */
  published: string | null;
  dateline: string | null;
  warnings: string[];
  /** The article's address on the web (http or https only), when the input gave one. */
  url?: string;
  /** The article's extracted text beside the list (`articles/<id>.txt`), for pages read from HTML. */
  text?: string;
}

/** What an editor says about the story as a whole (curation.json's `story` block, or `--title`). */
export interface Story {
  title?: string;
  summary?: string;
  byline?: string;
  credit?: string;
  /** BCP 47 language tag of the story (`en`, `fr-CA`). */
  language?: string;
}

export interface EventList {
  version: 1;
  articles: Article[];
  events: TimelineEvent[];
  /** The story's own title, summary and credits; without it the page describes the list itself. */
  story?: Story;
  /** What an import could not carry over, and similar notes about the list as a whole. */
  notes?: string[];
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

// Years 1000-9999, the span the date maths in dates.ts handles exactly (it reads years as four
// digits, and Date.UTC takes 0-99 for 1900-1999); news needs no earlier ones.
const YEAR = String.raw`[1-9]\d{3}`;
const PATTERNS: Record<Precision, RegExp> = {
  year: new RegExp(`^${YEAR}$`),
  quarter: new RegExp(`^${YEAR}-Q[1-4]$`),
  month: new RegExp(`^${YEAR}-(0[1-9]|1[0-2])$`),
  week: new RegExp(`^${YEAR}-W(0[1-9]|[1-4]\\d|5[0-3])$`),
  day: new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`),
  minute: new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d$`),
};

/** Whether ISO week-numbering `year` has a week 53: it does when 1 January or 31 December is a Thursday. */
function hasWeek53(year: number): boolean {
  const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).getUTCDay();
  return weekday(year, 0, 1) === 4 || weekday(year, 11, 31) === 4;
}

/** True when `value` is a well-formed ISO string cut to `precision`, and a real calendar date. */
export function isPartialDate(value: unknown, precision: Precision): value is string {
  if (typeof value !== 'string' || value.length > 20 || !PATTERNS[precision].test(value)) return false;
  if (precision === 'week') return value.slice(6) !== '53' || hasWeek53(Number(value.slice(0, 4)));
  if (precision !== 'day' && precision !== 'minute') return true;
  // The pattern allows days 01-31; the day must also fall before the next month begins.
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  return Date.UTC(y, m - 1, Number(value.slice(8, 10))) < Date.UTC(y, m, 1);
}

/** Longest string the page accepts in a field of running text (a quote, a note, a warning). */
export const MAX_STRING = 100_000;
/** Longest headline, article title, publisher, dateline or file name: the pipeline cuts these at 500. */
export const MAX_TITLE = 1_000;
/** Longest label: a date label (`about the week of 10 March 2025`) or a tag. */
export const MAX_LABEL = 200;
// The limits below keep what the page draws within a few seconds. Measured in headless Chromium
// with `scripts/bench-limits.ts` (main-thread CPU from navigation to "Showing ...", on the 2-core
// dev machine under load): 100,000 events with no tags 3.6 s, with 10 tags each 5.8 s, with 50
// each 18.6 s and 985 MB; 20,000 events with 50 tags each 3.9 s. Tags cost about 3 µs per use
// once the filter draws only a handful of chips (before that, 20,000 events with 50 tags each took
// 130 s), so tags are limited in all as well as per event. Far above any real story.
export const MAX_EVENTS = 100_000;
export const MAX_ARTICLES = 100_000;
export const MAX_SOURCES = 500_000;
/** Tags on one event. */
export const MAX_TAGS = 20;
/** Tags on all events together (one event with 3 tags counts 3). */
export const MAX_TAG_USES = 200_000;
/**
 * Combining marks kept on one letter of a headline or label: written languages use a few (pointed
 * and cantillated Hebrew, Tibetan stacks); more only pile up into the rows around it.
 */
export const MAX_MARKS = 6;
/** Warnings on one article, and notes on the list. */
export const MAX_WARNINGS = 1_000;
const OFFSET = /^[+-](0\d|1[0-4]):[0-5]\d$/;
/** An address the page may link to: http or https only, no spaces or control characters. */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2_000 || /[\s\u0000-\u001f\u007f]/.test(value)) return false;
  return /^https?:\/\/[^/?#]+/i.test(value);
}
const PUBLISHED = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?$/;

// Bidi controls that open a span (embeddings, overrides, isolates) and the ones that close it.
const EMBEDDINGS = '\u202a\u202b\u202d\u202e';
const ISOLATES = '\u2066\u2067\u2068';
const POP_EMBEDDING = '\u202c';
const POP_ISOLATE = '\u2069';
/** Paragraph separators, which end every open bidi span (Unicode bidi class B). */
const PARAGRAPH = /[\n\r\u001c-\u001e\u0085\u2029]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * `text` without its unpaired bidi controls: an override or embedding that is never closed, a
 * closer with nothing to close. Such a control, as in a publisher `\u202eEvil Herald`, reverses
 * the text that follows it beyond its own field; a paired one stays inside its field.
 */
export function stripUnpairedBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const drop = new Set<number>();
  const open: { at: number; isolate: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (EMBEDDINGS.includes(c)) open.push({ at: i, isolate: false });
    else if (ISOLATES.includes(c)) open.push({ at: i, isolate: true });
    else if (c === POP_EMBEDDING) {
      if (open.length && !open[open.length - 1].isolate) open.pop();
      else drop.add(i);
    } else if (c === POP_ISOLATE) {
      const match = open.findLastIndex((o) => o.isolate);
      if (match < 0) drop.add(i);
      // The isolate is closed; embeddings opened inside it and left open end here: drop them.
      else for (const o of open.splice(match).slice(1)) drop.add(o.at);
    } else if (PARAGRAPH.test(c)) {
      for (const o of open.splice(0)) drop.add(o.at);
    }
  }
  for (const o of open) drop.add(o.at);
  if (!drop.size) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}

const BEYOND_LATIN = /[^\u0000-\u02ff]/;
const MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

/**
 * A headline, label or other metadata as the page may show it: unpaired bidi controls removed and
 * runs of combining marks cut to MAX_MARKS (300 of them on one letter draw a streak across other
 * rows). Quotes are never cleaned: they stay exactly the article's text.
 */
export function cleanMetadata(text: string): string {
  // Below U+0300 there are neither combining marks nor bidi controls: most text, and the fast way.
  if (!BEYOND_LATIN.test(text)) return text;
  return stripUnpairedBidi(text).replace(MARK_RUN, '$1');
}

type Errors = string[];

function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

function isObject(x: unknown): x is object {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A short, printable excerpt of untrusted text for an error message. */
function excerpt(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}

function str(o: object, key: string, path: string, errors: Errors, max = MAX_STRING): string {
  const v = own(o, key);
  if (typeof v !== 'string') {
    errors.push(`${path}.${key}: expected a string`);
    return '';
  }
  if (v.length > max) errors.push(`${path}.${key}: longer than ${max} characters`);
  return v;
}

function strOrNull(o: object, key: string, path: string, errors: Errors, max = MAX_STRING): string | null {
  const v = own(o, key);
  if (v === null) return null;
  if (typeof v !== 'string') {
    errors.push(`${path}.${key}: expected a string or null`);
    return null;
  }
  if (v.length > max) errors.push(`${path}.${key}: longer than ${max} characters`);
  return v;
}

/** `str` for a field of metadata: limited to `max` and cleaned for the page (`cleanMetadata`). */
function label(o: object, key: string, path: string, errors: Errors, max: number): string {
  return cleanMetadata(str(o, key, path, errors, max));
}

function labelOrNull(o: object, key: string, path: string, errors: Errors, max: number): string | null {
  const v = strOrNull(o, key, path, errors, max);
  return v === null ? null : cleanMetadata(v);
}

function int(o: object, key: string, path: string, errors: Errors): number {
  const v = own(o, key);
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    errors.push(`${path}.${key}: expected a non-negative integer`);
    return -1;
  }
  return v;
}

function validateDate(d: unknown, path: string, errors: Errors): EventDate | null {
  if (!isObject(d)) return void errors.push(`${path}: expected an object`), null;
  const precision = own(d, 'precision');
  if (typeof precision !== 'string' || !(PRECISIONS as readonly string[]).includes(precision)) {
    return void errors.push(`${path}.precision: expected one of ${PRECISIONS.join(', ')}`), null;
  }
  const p = precision as Precision;
  const start = own(d, 'start');
  const end = own(d, 'end');
  if (!isPartialDate(start, p)) errors.push(`${path}.start: not a ${p} date`);
  if (!isPartialDate(end, p)) errors.push(`${path}.end: not a ${p} date`);
  else if (typeof start === 'string' && end < start) errors.push(`${path}.end: before start`);
  const approximate = own(d, 'approximate');
  if (typeof approximate !== 'boolean') errors.push(`${path}.approximate: expected a boolean`);
  const out: EventDate = { start: start as string, end: end as string, precision: p, approximate: approximate as boolean, label: label(d, 'label', path, errors, MAX_LABEL) };
  const offset = own(d, 'offset');
  if (offset !== undefined) {
    if (p !== 'minute' || typeof offset !== 'string' || !OFFSET.test(offset)) errors.push(`${path}.offset: expected a UTC offset like +05:45 on a minute date`);
    else out.offset = offset;
  }
  return out;
}

function validateSource(s: unknown, path: string, errors: Errors, articleIds: Set<string>): Source | null {
  if (!isObject(s)) return void errors.push(`${path}: expected an object`), null;
  const article = str(s, 'article', path, errors);
  if (typeof own(s, 'article') === 'string' && !articleIds.has(article)) errors.push(`${path}.article: no article with id ${excerpt(article)}`);
  const quote = str(s, 'quote', path, errors);
  const start = int(s, 'start', path, errors);
  const end = int(s, 'end', path, errors);
  if (start >= 0 && end >= 0 && typeof own(s, 'quote') === 'string' && end - start !== quote.length) {
    errors.push(`${path}: end - start does not match the quote's length`);
  }
  const timex = own(s, 'timex');
  if (!isObject(timex)) return void errors.push(`${path}.timex: expected an object`), null;
  const text = str(timex, 'text', `${path}.timex`, errors);
  const value = str(timex, 'value', `${path}.timex`, errors);
  const ts = int(timex, 'start', `${path}.timex`, errors);
  const te = int(timex, 'end', `${path}.timex`, errors);
  if (ts >= 0 && te >= 0 && start >= 0 && end >= 0 && (ts < start || te > end || te < ts)) {
    errors.push(`${path}.timex: offsets fall outside the quote`);
  }
  return { article, quote, start, end, timex: { text, start: ts, end: te, value } };
}

function isStringArray(v: unknown, max: number, maxLength = MAX_STRING): v is string[] {
  return Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length <= maxLength);
}

function validateArticle(a: unknown, path: string, errors: Errors, articleIds: Set<string>): Article | null {
  if (!isObject(a)) return void errors.push(`${path}: expected an object`), null;
  const id = str(a, 'id', path, errors);
  if (typeof own(a, 'id') === 'string') {
    if (articleIds.has(id)) errors.push(`${path}.id: duplicate id ${excerpt(id)}`);
    articleIds.add(id);
  }
  const file = label(a, 'file', path, errors, MAX_TITLE);
  const title = labelOrNull(a, 'title', path, errors, MAX_TITLE);
  const publisher = labelOrNull(a, 'publisher', path, errors, MAX_TITLE);
  const published = strOrNull(a, 'published', path, errors);
  if (published !== null && !PUBLISHED.test(published)) errors.push(`${path}.published: not an ISO date`);
  const dateline = labelOrNull(a, 'dateline', path, errors, MAX_TITLE);
  const warnings = own(a, 'warnings');
  const validWarnings = isStringArray(warnings, MAX_WARNINGS);
  if (!validWarnings) errors.push(`${path}.warnings: expected an array of at most ${MAX_WARNINGS} strings`);
  const out: Article = { id, file, title, publisher, published, dateline, warnings: validWarnings ? warnings.map(cleanMetadata) : [] };
  const url = own(a, 'url');
  if (url !== undefined) {
    if (!isWebAddress(url)) errors.push(`${path}.url: expected an http or https address`);
    else out.url = url;
  }
  const text = own(a, 'text');
  if (text !== undefined) {
    if (typeof text !== 'string' || !/^articles\/[\w.-]{1,200}\.txt$/.test(text)) errors.push(`${path}.text: expected articles/<name>.txt`);
    else out.text = text;
  }
  return out;
}

/** The optional editorial fields of an event; each is copied only when present, so older lists stay byte-identical. */
function validateCuratedFields(e: object, path: string, errors: Errors): Partial<TimelineEvent> {
  const out: Partial<TimelineEvent> = {};
  // In the order the pipeline writes them: status right after the sources, then an editor's fields.
  const status = own(e, 'status');
  if (status !== undefined) {
    if (!(EVENT_STATUSES as readonly unknown[]).includes(status)) errors.push(`${path}.status: expected one of ${EVENT_STATUSES.join(', ')}`);
    else out.status = status as EventStatus;
  }
  const importance = own(e, 'importance');
  if (importance !== undefined) {
    if (typeof importance !== 'number' || !(importance >= 0 && importance <= 1)) errors.push(`${path}.importance: expected a number from 0 to 1`);
    else out.importance = importance;
  }
  const key = own(e, 'key');
  if (key !== undefined) {
    if (typeof key !== 'boolean') errors.push(`${path}.key: expected a boolean`);
    else out.key = key;
  }
  const summary = own(e, 'summary');
  if (summary !== undefined) {
    if (!isObject(summary)) errors.push(`${path}.summary: expected an object`);
    else {
      const sp = `${path}.summary`;
      const article = str(summary, 'article', sp, errors);
      const quote = str(summary, 'quote', sp, errors);
      const start = int(summary, 'start', sp, errors);
      const end = int(summary, 'end', sp, errors);
      if (start >= 0 && end >= 0 && end - start !== quote.length) errors.push(`${sp}: end - start does not match the quote's length`);
      out.summary = { article, quote, start, end };
    }
  }
  const highlight = own(e, 'highlight');
  if (highlight !== undefined) {
    if (typeof highlight !== 'boolean') errors.push(`${path}.highlight: expected a boolean`);
    else out.highlight = highlight;
  }
  const tags = own(e, 'tags');
  if (tags !== undefined) {
    if (!isStringArray(tags, MAX_TAGS, MAX_LABEL)) errors.push(`${path}.tags: expected an array of at most ${MAX_TAGS} strings of up to ${MAX_LABEL} characters`);
    else out.tags = tags.map(cleanMetadata);
  }
  const edited = own(e, 'edited');
  if (edited !== undefined) {
    if (!Array.isArray(edited) || !edited.every((f) => (EDITED_FIELDS as readonly unknown[]).includes(f))) {
      errors.push(`${path}.edited: expected an array of ${EDITED_FIELDS.join(', ')}`);
    } else out.edited = [...(edited as EditedField[])];
  }
  const note = own(e, 'note');
  if (note !== undefined) {
    if (typeof note !== 'string' || note.length > MAX_STRING) errors.push(`${path}.note: expected a string of at most ${MAX_STRING} characters`);
    else out.note = cleanMetadata(note);
  }
  return out;
}

const STORY_FIELDS = { title: MAX_TITLE, summary: MAX_STRING, byline: MAX_TITLE, credit: MAX_TITLE, language: 35 } as const;

function validateStory(story: unknown, errors: Errors): Story {
  const out: Story = {};
  if (!isObject(story)) return void errors.push('story: expected an object'), out;
  for (const [key, max] of Object.entries(STORY_FIELDS) as [keyof Story, number][]) {
    const v = own(story, key);
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length > max) errors.push(`story.${key}: expected a string of at most ${max} characters`);
    else if (key === 'language' && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v)) errors.push('story.language: expected a language tag like en or fr-CA');
    else out[key] = cleanMetadata(v);
  }
  return out;
}

/**
 * Checks that `input` is a version 1 event list. Collects up to `maxErrors` messages, each naming
 * the path of the bad field, so a reader of the message can find it. The value it returns is a
 * fresh copy holding only the fields of the format: unknown keys (`__proto__` among them) are left
 * behind, so nothing the page does with it can reach a prototype.
 */
export function validateEventList(input: unknown, maxErrors = 20): Validation<EventList> {
  const errors: Errors = [];
  if (!isObject(input)) return { ok: false, errors: ['event list: expected a JSON object'] };
  if (own(input, 'version') !== 1) errors.push('version: expected 1');
  const articles = own(input, 'articles');
  const events = own(input, 'events');
  if (!Array.isArray(articles)) errors.push('articles: expected an array');
  else if (articles.length > MAX_ARTICLES) errors.push(`articles: ${articles.length} articles; the page shows at most ${MAX_ARTICLES}`);
  if (!Array.isArray(events)) errors.push('events: expected an array');
  else if (events.length > MAX_EVENTS) errors.push(`events: ${events.length} events; the page shows at most ${MAX_EVENTS}`);
  if (errors.length) return { ok: false, errors };

  const articleIds = new Set<string>();
  const cleanArticles: Article[] = [];
  for (let i = 0; i < (articles as unknown[]).length && errors.length < maxErrors; i++) {
    const article = validateArticle((articles as unknown[])[i], `articles[${i}]`, errors, articleIds);
    if (article) cleanArticles.push(article);
  }

  const eventIds = new Set<string>();
  const cleanEvents: TimelineEvent[] = [];
  let sourceCount = 0;
  let tagUses = 0;
  for (let i = 0; i < (events as unknown[]).length && errors.length < maxErrors; i++) {
    const e = (events as unknown[])[i];
    const path = `events[${i}]`;
    if (!isObject(e)) {
      errors.push(`${path}: expected an object`);
      continue;
    }
    const id = str(e, 'id', path, errors);
    if (typeof own(e, 'id') === 'string') {
      if (eventIds.has(id)) errors.push(`${path}.id: duplicate id ${excerpt(id)}`);
      eventIds.add(id);
    }
    const title = label(e, 'title', path, errors, MAX_TITLE);
    const date = validateDate(own(e, 'date'), `${path}.date`, errors);
    const sources = own(e, 'sources');
    const cleanSources: Source[] = [];
    if (!Array.isArray(sources)) errors.push(`${path}.sources: expected an array`);
    else if ((sourceCount += sources.length) > MAX_SOURCES) errors.push(`${path}.sources: more than ${MAX_SOURCES} sources in all; the page shows at most that many`);
    else {
      for (let j = 0; j < sources.length && errors.length < maxErrors; j++) {
        const source = validateSource(sources[j], `${path}.sources[${j}]`, errors, articleIds);
        if (source) cleanSources.push(source);
      }
    }
    const curated = validateCuratedFields(e, path, errors);
    if ((tagUses += curated.tags?.length ?? 0) > MAX_TAG_USES && tagUses - (curated.tags?.length ?? 0) <= MAX_TAG_USES) {
      errors.push(`${path}.tags: more than ${MAX_TAG_USES} tags in all; the page shows at most that many`);
    }
    if (date) cleanEvents.push({ id, title, date, sources: cleanSources, ...curated });
  }
  const notes = own(input, 'notes');
  if (notes !== undefined && !isStringArray(notes, MAX_WARNINGS)) errors.push(`notes: expected an array of at most ${MAX_WARNINGS} strings`);
  if (errors.length) return { ok: false, errors: errors.slice(0, maxErrors) };
  const list: EventList = { version: 1, articles: cleanArticles, events: cleanEvents };
  const story = own(input, 'story');
  if (story !== undefined) {
    const clean = validateStory(story, errors);
    if (errors.length) return { ok: false, errors: errors.slice(0, maxErrors) };
    list.story = clean;
  }
  if (notes !== undefined) list.notes = (notes as string[]).map(cleanMetadata);
  return { ok: true, value: list };
}
