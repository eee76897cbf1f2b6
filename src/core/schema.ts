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

export interface TimelineEvent {
  id: string;
  title: string;
  date: EventDate;
  sources: Source[];
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
}

export interface EventList {
  version: 1;
  articles: Article[];
  events: TimelineEvent[];
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const PATTERNS: Record<Precision, RegExp> = {
  year: /^-?\d{4}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  minute: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
};

/** True when `value` is a well-formed ISO string cut to `precision`, and a real calendar date. */
export function isPartialDate(value: unknown, precision: Precision): value is string {
  if (typeof value !== 'string' || value.length > 20 || !PATTERNS[precision].test(value)) return false;
  if (precision !== 'day' && precision !== 'minute') return true;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

const MAX_STRING = 100_000;
export const MAX_EVENTS = 200_000;
const PUBLISHED = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?$/;

type Errors = string[];

function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

function isObject(x: unknown): x is object {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(o: object, key: string, path: string, errors: Errors, nullable = false): string | null {
  const v = own(o, key);
  if (nullable && v === null) return null;
  if (typeof v !== 'string') {
    errors.push(`${path}.${key}: expected ${nullable ? 'a string or null' : 'a string'}`);
    return null;
  }
  if (v.length > MAX_STRING) errors.push(`${path}.${key}: longer than ${MAX_STRING} characters`);
  return v;
}

function int(o: object, key: string, path: string, errors: Errors): number {
  const v = own(o, key);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    errors.push(`${path}.${key}: expected a non-negative integer`);
    return -1;
  }
  return v;
}

function validateDate(d: unknown, path: string, errors: Errors): void {
  if (!isObject(d)) return void errors.push(`${path}: expected an object`);
  const precision = own(d, 'precision');
  if (typeof precision !== 'string' || !(PRECISIONS as readonly string[]).includes(precision)) {
    return void errors.push(`${path}.precision: expected one of ${PRECISIONS.join(', ')}`);
  }
  const start = own(d, 'start');
  const end = own(d, 'end');
  if (!isPartialDate(start, precision as Precision)) errors.push(`${path}.start: not a ${precision} date`);
  if (!isPartialDate(end, precision as Precision)) errors.push(`${path}.end: not a ${precision} date`);
  else if (typeof start === 'string' && end < start) errors.push(`${path}.end: before start`);
  if (typeof own(d, 'approximate') !== 'boolean') errors.push(`${path}.approximate: expected a boolean`);
  str(d, 'label', path, errors);
}

function validateSource(s: unknown, path: string, errors: Errors, articleIds: Set<string>): void {
  if (!isObject(s)) return void errors.push(`${path}: expected an object`);
  const article = str(s, 'article', path, errors);
  if (article !== null && !articleIds.has(article)) errors.push(`${path}.article: no article with id "${article.slice(0, 80)}"`);
  const quote = str(s, 'quote', path, errors);
  const start = int(s, 'start', path, errors);
  const end = int(s, 'end', path, errors);
  if (start >= 0 && end >= 0 && quote !== null && end - start !== quote.length) {
    errors.push(`${path}: end - start does not match the quote's length`);
  }
  const timex = own(s, 'timex');
  if (!isObject(timex)) return void errors.push(`${path}.timex: expected an object`);
  str(timex, 'text', `${path}.timex`, errors);
  str(timex, 'value', `${path}.timex`, errors);
  const ts = int(timex, 'start', `${path}.timex`, errors);
  const te = int(timex, 'end', `${path}.timex`, errors);
  if (ts >= 0 && te >= 0 && start >= 0 && end >= 0 && (ts < start || te > end || te < ts)) {
    errors.push(`${path}.timex: offsets fall outside the quote`);
  }
}

/**
 * Checks that `input` is a version 1 event list. Collects up to `maxErrors` messages, each naming
 * the path of the bad field, so a reader of the message can find it.
 */
export function validateEventList(input: unknown, maxErrors = 20): Validation<EventList> {
  const errors: Errors = [];
  if (!isObject(input)) return { ok: false, errors: ['event list: expected a JSON object'] };
  if (own(input, 'version') !== 1) errors.push('version: expected 1');
  const articles = own(input, 'articles');
  const events = own(input, 'events');
  if (!Array.isArray(articles)) errors.push('articles: expected an array');
  if (!Array.isArray(events)) errors.push('events: expected an array');
  else if (events.length > MAX_EVENTS) errors.push(`events: more than ${MAX_EVENTS} events`);
  if (errors.length) return { ok: false, errors };

  const articleIds = new Set<string>();
  (articles as unknown[]).forEach((a, i) => {
    if (errors.length >= maxErrors) return;
    const path = `articles[${i}]`;
    if (!isObject(a)) return void errors.push(`${path}: expected an object`);
    const id = str(a, 'id', path, errors);
    if (id !== null) {
      if (articleIds.has(id)) errors.push(`${path}.id: duplicate id "${id.slice(0, 80)}"`);
      articleIds.add(id);
    }
    str(a, 'file', path, errors);
    str(a, 'title', path, errors, true);
    str(a, 'publisher', path, errors, true);
    const published = str(a, 'published', path, errors, true);
    if (published !== null && !PUBLISHED.test(published)) errors.push(`${path}.published: not an ISO date`);
    str(a, 'dateline', path, errors, true);
    const warnings = own(a, 'warnings');
    if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === 'string')) {
      errors.push(`${path}.warnings: expected an array of strings`);
    }
  });

  const eventIds = new Set<string>();
  for (let i = 0; i < (events as unknown[]).length && errors.length < maxErrors; i++) {
    const e = (events as unknown[])[i];
    const path = `events[${i}]`;
    if (!isObject(e)) {
      errors.push(`${path}: expected an object`);
      continue;
    }
    const id = str(e, 'id', path, errors);
    if (id !== null) {
      if (eventIds.has(id)) errors.push(`${path}.id: duplicate id "${id.slice(0, 80)}"`);
      eventIds.add(id);
    }
    str(e, 'title', path, errors);
    validateDate(own(e, 'date'), `${path}.date`, errors);
    const sources = own(e, 'sources');
    if (!Array.isArray(sources)) errors.push(`${path}.sources: expected an array`);
    else sources.forEach((s, j) => validateSource(s, `${path}.sources[${j}]`, errors, articleIds));
  }
  return errors.length ? { ok: false, errors: errors.slice(0, maxErrors) } : { ok: true, value: input as EventList };
}
