// Editorial curation: a hand-written file of corrections applied to the extracted event list.
// Entries name events by id and are applied in file order; a correction whose event is gone is
// reported by name and the rest go on. Source quotes are never edited: they stay verbatim slices.

import { createHash } from 'node:crypto';
import { capMessages, plural, quoteName } from './messages';
import { readInputFile, realInputFolder } from './read';
import { compareDates, eventDate } from '../core/dates';
import { isPartialDate, isWebAddress, MAX_STRING, MAX_TAGS, MAX_TITLE, PRECISIONS, type EditedField, type Story, type EventDate, type EventList, type Precision, type Source, type TimelineEvent } from '../core/schema';
import { sourceId } from './merge';
import { compareSources, compareText } from '../core/order';

export const OPERATIONS = ['retitle', 'redate', 'hide', 'merge', 'split', 'add', 'highlight', 'tag', 'note'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** A date as an editor writes it: `end` defaults to `start`, `approximate` to false. */
export interface DateInput {
  start: string;
  end: string;
  precision: Precision;
  approximate: boolean;
}

/** Where a source starts: the article's id and the offset of its quote, as in the event list. */
export interface SourceRef {
  article: string;
  start: number;
}

/** One correction; `index` is its place in the file, for messages. */
export type CurationEntry = EntryBody & { index: number };

type EntryBody =
  | { op: 'retitle'; id: string; title: string }
  | { op: 'redate'; id: string; date: DateInput }
  | { op: 'hide'; ids: string[] }
  | { op: 'merge'; ids: string[] }
  | { op: 'split'; id: string; source: SourceRef; title?: string; date?: DateInput }
  | { op: 'add'; id: string; title: string; date: DateInput; note?: string; tags?: string[]; highlight?: boolean }
  | { op: 'highlight'; ids: string[] }
  | { op: 'tag'; ids: string[]; tags: string[] }
  | { op: 'note'; id: string; text: string };

export interface Curation {
  file: string;
  entries: CurationEntry[];
  /** The story's title, summary and credits, for the page's heading. */
  story?: Story;
  /** Each article's address on the web, by its file name in the input folder. */
  articles?: Record<string, string>;
}

/** The `story` block's fields and their longest lengths, as the event list's validator has them. */
const STORY_LIMITS: Record<keyof Story, number> = { title: MAX_TITLE, summary: MAX_STRING, byline: MAX_TITLE, credit: MAX_TITLE, language: 35 };
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Fields each operation takes besides its own key; `comment` (the editor's reason) is allowed everywhere. */
const FIELDS: Record<Operation, string[]> = {
  retitle: ['title'],
  redate: ['date'],
  hide: [],
  merge: [],
  split: ['source', 'title', 'date'],
  add: ['title', 'date', 'note', 'tags', 'highlight'],
  highlight: [],
  tag: ['tags'],
  note: ['text'],
};
const REQUIRED: Partial<Record<Operation, string[]>> = { retitle: ['title'], redate: ['date'], split: ['source'], add: ['title', 'date'], tag: ['tags'], note: ['text'] };
const EXAMPLES: Record<Precision, string> = { year: '1997', quarter: '2024-Q3', month: '2024-11', week: '2013-W11', day: '2025-03-05', minute: '2025-03-05T14:30' };
const MAX_TEXT = 10_000;
/**
 * Limits that keep a curation file to what an editor writes by hand and the page can draw: the
 * page lays out every event and a chip for every tag, and 20,000 added events with 50 tags each
 * took it minutes. A file past them is refused as a whole, like any other error.
 */
const MAX_ENTRIES = 10_000;
const MAX_ADDED = 2_000;
const MAX_DISTINCT_TAGS = 500;
/** Messages shown of one kind before the rest are only counted. */
const MAX_MESSAGES = 20;
/** Largest curation file read; 10,000 entries are a few MB. */
const MAX_CURATION_BYTES = 32 * 1024 * 1024;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const quoted = (s: string) => quoteName(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Where the first JSON syntax error is. JSON.parse in Node 20 does not always say (it quotes the
 * text around it instead), and an editor needs a line and column to find it.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' ? !/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      } else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (at) {
    // Nesting deeper than the stack: the place it got to is as good a pointer as any.
    return typeof at === 'number' ? Math.min(at, text.length) : Math.min(i, text.length);
  }
}

/**
 * Reads and checks a curation file. Every problem is reported with the file, the entry and the
 * field (`curation.json: entries[3].date.precision: expected one of year, ...`); a file with any
 * error gives no entries, so a half-understood file is never half applied.
 */
export function parseCuration(text: string, file: string): { curation: Curation; errors: string[] } {
  const empty = { curation: { file, entries: [] }, errors: [] as string[] };
  if (/\.ya?ml$/i.test(file)) {
    return { ...empty, errors: [`${quoteName(file)}: YAML is not supported (the project has no YAML parser); write the same entries as JSON in curation.json`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const body = text.replace(/^\uFEFF/, '');
    const at = jsonErrorOffset(body);
    return { ...empty, errors: [`${quoteName(file)}: not valid JSON at ${lineColumn(body, at)} (${(error as Error).message})`] };
  }
  const errors: string[] = [];
  let unshown = 0;
  const fail = (path: string, why: string) => {
    if (errors.length < MAX_MESSAGES) errors.push(`${quoteName(file)}: ${path}: ${why}`);
    else unshown++;
  };
  const counted = () => (unshown ? [...errors, `${quoteName(file)}: ${plural(unshown, 'more error')} not shown`] : errors);
  if (!isObject(data)) return { ...empty, errors: [`${quoteName(file)}: expected an object with an "entries" array`] };
  const TOP = ['version', 'entries', 'comment', 'story', 'articles'];
  for (const key of Object.keys(data)) if (!TOP.includes(key)) fail(key, `unknown field (expected ${TOP.join(', ')})`);
  if (has(data, 'version') && data.version !== 1) fail('version', 'expected 1');
  const story = has(data, 'story') ? readStory(data.story, fail) : undefined;
  const links = has(data, 'articles') ? readArticleLinks(data.articles, fail) : undefined;
  const extras = { ...(story ? { story } : {}), ...(links ? { articles: links } : {}) };
  // A file with only a story block (or only links) is a whole curation file.
  if (!has(data, 'entries') && (story || links)) return errors.length ? { curation: { file, entries: [] }, errors: counted() } : { curation: { file, entries: [], ...extras }, errors };
  if (!Array.isArray(data.entries)) {
    fail('entries', 'expected an array');
    return { curation: { file, entries: [] }, errors };
  }
  const many = (n: number) => n.toLocaleString('en-US');
  if (data.entries.length > MAX_ENTRIES) {
    fail('entries', `${many(data.entries.length)} entries; a curation file holds at most ${many(MAX_ENTRIES)} (corrections are written by hand; a list this long belongs in the articles)`);
  }

  const entries: CurationEntry[] = [];
  const added = new Map<string, number>();
  const tags = new Set<string>();
  data.entries.slice(0, MAX_ENTRIES).forEach((raw: unknown, index: number) => {
    const path = `entries[${index}]`;
    const entry = readEntry(raw, path, fail);
    if (!entry) return;
    if (entry.op === 'add') {
      const first = added.get(entry.id);
      if (first !== undefined) return void fail(`${path}.add`, `id ${quoted(entry.id)} is already added by entries[${first}]`);
      added.set(entry.id, index);
      if (added.size === MAX_ADDED + 1) fail(`${path}.add`, `more than ${many(MAX_ADDED)} added events; the page is made to show the articles' events, with a few added by hand`);
    }
    if ((entry.op === 'add' || entry.op === 'tag') && entry.tags) {
      for (const tag of entry.tags) {
        tags.add(tag);
        if (tags.size === MAX_DISTINCT_TAGS + 1) fail(`${path}.tags`, `more than ${many(MAX_DISTINCT_TAGS)} different tags in the file; the page lists every one in its tag filter`);
      }
    }
    entries.push({ ...entry, index } as CurationEntry);
  });
  return errors.length ? { curation: { file, entries: [] }, errors: counted() } : { curation: { file, entries, ...extras }, errors };
}

type Fail = (path: string, why: string) => void;

/** The `story` block: title, summary, byline, credit and language, each optional, nothing else. */
function readStory(raw: unknown, fail: Fail): Story | undefined {
  if (!isObject(raw)) return void fail('story', 'expected an object with title, summary, byline, credit or language');
  const story: Story = {};
  for (const key of Object.keys(raw)) {
    if (!has(STORY_LIMITS, key) && key !== 'comment') fail(`story.${key}`, `unknown field (expected ${Object.keys(STORY_LIMITS).join(', ')})`);
  }
  for (const [key, max] of Object.entries(STORY_LIMITS) as [keyof Story, number][]) {
    if (!has(raw, key)) continue;
    const v = raw[key];
    if (typeof v !== 'string' || v.trim() === '' || v.length > max) fail(`story.${key}`, `expected a non-empty string of at most ${max.toLocaleString('en-US')} characters`);
    else if (key === 'language' && !LANGUAGE_TAG.test(v.trim())) fail('story.language', 'expected a language tag like en or fr-CA');
    else story[key] = v.trim();
  }
  return story;
}

/** The `articles` map: an article's file name (as in the input folder) to its http or https address. */
function readArticleLinks(raw: unknown, fail: Fail): Record<string, string> | undefined {
  if (!isObject(raw)) return void fail('articles', 'expected an object of file name to web address ({"story.txt": "https://..."})');
  const links: Record<string, string> = {};
  for (const [name, url] of Object.entries(raw)) {
    if (!isWebAddress(url)) fail(`articles.${quoted(name)}`, 'expected an http or https address');
    else links[name] = url;
  }
  return links;
}

function readEntry(raw: unknown, path: string, fail: Fail): EntryBody | null {
  if (!isObject(raw)) return fail(path, 'expected an object'), null;
  // `note` and `highlight` are also fields of `add`: there they are fields, not operations.
  const present = OPERATIONS.filter((op) => has(raw, op));
  const ops = present.filter((op) => !present.some((other) => FIELDS[other].includes(op)));
  if (ops.length === 0) return fail(path, `no operation (expected one of ${OPERATIONS.join(', ')})`), null;
  if (ops.length > 1) return fail(path, `more than one operation (${ops.join(', ')}); write one entry for each`), null;
  const op = ops[0];
  const before = { count: 0 };
  const failHere: Fail = (p, why) => (before.count++, fail(p, why));
  for (const key of Object.keys(raw)) {
    if (key === op || key === 'comment') continue;
    if (key === 'quote' || key === 'sources') {
      failHere(`${path}.${key}`, key === 'quote'
        ? 'source quotes cannot be edited; they are verbatim slices of the article'
        : 'sources cannot be written by hand: a quote must be a verbatim slice of an article, which only the pipeline can check (use note for wording, split to move a source)');
    } else if (!FIELDS[op].includes(key)) {
      failHere(`${path}.${key}`, `unknown field for ${op} (expected ${[...FIELDS[op], 'comment'].join(', ')})`);
    }
  }
  for (const key of REQUIRED[op] ?? []) if (!has(raw, key)) failHere(`${path}.${key}`, `required by ${op}`);
  if (has(raw, 'comment') && typeof raw.comment !== 'string') failHere(`${path}.comment`, 'expected a string');

  // A missing required field is reported once, above.
  const text = (key: string): string => {
    const v = raw[key];
    if (v === undefined) return '';
    // A title is drawn on the timeline: the validator's limit for it applies here already.
    const max = key === 'title' ? MAX_TITLE : MAX_TEXT;
    if (typeof v !== 'string' || v.trim() === '' || v.length > max) failHere(`${path}.${key}`, `expected a non-empty string of at most ${max} characters`);
    return typeof v === 'string' ? v.trim() : '';
  };
  const id = (key: string): string => {
    const v = raw[key];
    if (typeof v !== 'string' || v === '' || v.length > 200) failHere(`${path}.${key}`, 'expected an event id (a non-empty string)');
    return typeof v === 'string' ? v : '';
  };
  const ids = (key: string, min: number): string[] => {
    const v = raw[key];
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.length < min || !list.every((x) => typeof x === 'string' && x !== '' && x.length <= 200)) {
      failHere(`${path}.${key}`, min > 1 ? `expected an array of at least ${min} event ids` : 'expected an event id or an array of event ids');
      return [];
    }
    if (new Set(list).size !== list.length) failHere(`${path}.${key}`, 'names an event twice');
    return list as string[];
  };
  const tags = (key: string): string[] => {
    const v = raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length === 0 || v.length > MAX_TAGS || !v.every((t) => typeof t === 'string' && t.trim() !== '' && t.length <= 200)) {
      failHere(`${path}.${key}`, `expected an array of 1 to ${MAX_TAGS} non-empty strings of up to 200 characters`);
      return [];
    }
    return [...new Set(v.map((t: string) => t.trim()))];
  };
  const date = (key: string) => (raw[key] === undefined ? null : readDate(raw[key], `${path}.${key}`, failHere));

  let entry: EntryBody;
  switch (op) {
    case 'retitle':
      entry = { op, id: id(op), title: text('title') };
      break;
    case 'redate':
      entry = { op, id: id(op), date: date('date') as DateInput };
      break;
    case 'hide':
    case 'highlight':
      entry = { op, ids: ids(op, 1) };
      break;
    case 'merge':
      entry = { op, ids: ids(op, 2) };
      break;
    case 'tag':
      entry = { op, ids: ids(op, 1), tags: tags('tags') };
      break;
    case 'note':
      entry = { op, id: id(op), text: text('text') };
      break;
    case 'split': {
      const source = raw.source === undefined ? null : readSourceRef(raw.source, `${path}.source`, failHere);
      const split: Extract<EntryBody, { op: 'split' }> = { op, id: id(op), source: source as SourceRef };
      if (has(raw, 'title')) split.title = text('title');
      if (has(raw, 'date')) split.date = date('date') as DateInput;
      entry = split;
      break;
    }
    case 'add': {
      const add: Extract<EntryBody, { op: 'add' }> = { op, id: id(op), title: text('title'), date: date('date') as DateInput };
      if (has(raw, 'note')) add.note = text('note');
      if (has(raw, 'tags')) add.tags = tags('tags');
      if (has(raw, 'highlight')) {
        if (typeof raw.highlight !== 'boolean') failHere(`${path}.highlight`, 'expected true or false');
        else add.highlight = raw.highlight;
      }
      entry = add;
      break;
    }
  }
  return before.count ? null : entry;
}

function readDate(raw: unknown, path: string, fail: Fail): DateInput | null {
  if (!isObject(raw)) return fail(path, 'expected an object like {"start": "2024-11", "precision": "month"}'), null;
  let bad = false;
  for (const key of Object.keys(raw)) {
    if (!['start', 'end', 'precision', 'approximate', 'label'].includes(key)) bad = true, fail(`${path}.${key}`, 'unknown field (expected start, end, precision, approximate)');
  }
  if (has(raw, 'label')) return fail(`${path}.label`, 'the label is written from the date; leave it out'), null;
  const precision = raw.precision;
  if (typeof precision !== 'string' || !(PRECISIONS as readonly string[]).includes(precision)) {
    return fail(`${path}.precision`, `expected one of ${PRECISIONS.join(', ')}`), null;
  }
  const p = precision as Precision;
  const start = raw.start;
  const end = has(raw, 'end') ? raw.end : start;
  if (!isPartialDate(start, p)) bad = true, fail(`${path}.start`, `not a ${p} date (expected e.g. ${EXAMPLES[p]})`);
  if (!isPartialDate(end, p)) {
    if (has(raw, 'end')) bad = true, fail(`${path}.end`, `not a ${p} date (expected e.g. ${EXAMPLES[p]})`);
  }
  // ISO strings cut to one precision sort as text.
  else if (isPartialDate(start, p) && end < start) bad = true, fail(`${path}.end`, 'before start');
  if (has(raw, 'approximate') && typeof raw.approximate !== 'boolean') bad = true, fail(`${path}.approximate`, 'expected true or false');
  return bad ? null : { start: start as string, end: end as string, precision: p, approximate: raw.approximate === true };
}

function readSourceRef(raw: unknown, path: string, fail: Fail): SourceRef | null {
  if (!isObject(raw)) return fail(path, 'expected {"article": "<article id>", "start": <offset of the quote>}'), null;
  let bad = false;
  for (const key of Object.keys(raw)) {
    if (key === 'quote') bad = true, fail(`${path}.quote`, 'source quotes cannot be edited; name the source by article and start');
    else if (key !== 'article' && key !== 'start') bad = true, fail(`${path}.${key}`, 'unknown field (expected article, start)');
  }
  if (typeof raw.article !== 'string' || raw.article === '') bad = true, fail(`${path}.article`, 'expected an article id');
  if (typeof raw.start !== 'number' || !Number.isSafeInteger(raw.start) || raw.start < 0) bad = true, fail(`${path}.start`, 'expected a non-negative integer');
  return bad ? null : { article: raw.article as string, start: raw.start as number };
}

function mark(event: TimelineEvent, ...fields: EditedField[]): void {
  const edited = new Set([...(event.edited ?? []), ...fields]);
  event.edited = (['title', 'date', 'sources'] as const).filter((f) => edited.has(f));
}

function toEventDate(d: DateInput): EventDate {
  return eventDate(d.start, d.end, d.precision, d.approximate);
}

/** A date the source's own expression gives, when its TimeML value is a plain calendar date (minutes are left out: their zone is the article's). */
function dateOfTimex(source: Source): EventDate | null {
  for (const p of ['year', 'quarter', 'month', 'week', 'day'] as const) {
    if (isPartialDate(source.timex.value, p)) return eventDate(source.timex.value, source.timex.value, p);
  }
  return null;
}

function describe(entry: CurationEntry): string {
  const targets = 'id' in entry ? [entry.id] : entry.ids;
  return `${entry.op} ${targets.map(quoteName).join(', ')}`;
}

/** The event with its fields in the schema's order, so the same list always serialises to the same bytes. */
export function inFieldOrder(e: TimelineEvent): TimelineEvent {
  const out: TimelineEvent = { id: e.id, title: e.title, date: e.date, sources: e.sources };
  if (e.status !== undefined) out.status = e.status;
  if (e.highlight !== undefined) out.highlight = e.highlight;
  if (e.tags !== undefined) out.tags = e.tags;
  if (e.edited !== undefined) out.edited = e.edited;
  if (e.note !== undefined) out.note = e.note;
  return out;
}

/**
 * Applies `curation` to a copy of `list` (the input is never changed) and returns warnings for
 * corrections that could not be applied, each naming its entry. Deterministic: the result depends
 * only on the list and the file, and events come back in the pipeline's order (date, title, id).
 */
export function applyCuration(list: EventList, curation: Curation): { list: EventList; warnings: string[] } {
  const warnings: string[] = [];
  const events = new Map<string, TimelineEvent>();
  for (const e of list.events) events.set(e.id, { ...e, sources: [...e.sources], ...(e.tags ? { tags: [...e.tags] } : {}), ...(e.edited ? { edited: [...e.edited] } : {}) });
  /** Why an id is gone, for the message. */
  const gone = new Map<string, string>();

  const warn = (entry: CurationEntry, why: string) => warnings.push(`${quoteName(curation.file)}: entries[${entry.index}] (${describe(entry)}): ${why}`);

  /** The event an id names now: itself, or (when the id came from one of its sources) the event that source is in. */
  const resolve = (entry: CurationEntry, id: string): TimelineEvent | null => {
    const found = events.get(id);
    if (found) return found;
    const why = gone.get(id);
    if (why) return warn(entry, `event ${quoteName(id)} ${why}`), null;
    for (const e of events.values()) {
      if (e.sources.some((s) => sourceId(s) === id)) {
        warn(entry, `no event with id ${quoteName(id)} now; applied to ${quoteName(e.id)}, which holds the source it was made from (update the id in ${quoteName(curation.file)})`);
        return e;
      }
    }
    warn(entry, entry.op === 'merge' || ('ids' in entry && entry.ids.length > 1) ? `no event with id ${quoteName(id)}` : 'no event with this id');
    return null;
  };

  for (const entry of curation.entries) {
    switch (entry.op) {
      case 'retitle': {
        const e = resolve(entry, entry.id);
        if (e) (e.title = entry.title), mark(e, 'title');
        break;
      }
      case 'redate': {
        const e = resolve(entry, entry.id);
        if (e) (e.date = toEventDate(entry.date)), mark(e, 'date');
        break;
      }
      case 'note': {
        const e = resolve(entry, entry.id);
        if (e) e.note = entry.text;
        break;
      }
      case 'hide':
        for (const id of entry.ids) {
          const e = resolve(entry, id);
          if (!e) continue;
          events.delete(e.id);
          gone.set(e.id, `was hidden by entries[${entry.index}]`);
        }
        break;
      case 'highlight':
        for (const id of entry.ids) {
          const e = resolve(entry, id);
          if (e) e.highlight = true;
        }
        break;
      case 'tag':
        for (const id of entry.ids) {
          const e = resolve(entry, id);
          if (e) e.tags = [...new Set([...(e.tags ?? []), ...entry.tags])];
        }
        break;
      case 'merge': {
        const [first, ...rest] = entry.ids.map((id) => resolve(entry, id));
        if (!first) {
          warn(entry, 'nothing merged: the first event, whose id the merged event keeps, is missing');
          break;
        }
        for (const other of rest) {
          if (!other || other === first) continue;
          const seen = new Set(first.sources.map((s) => `${s.article}\u0000${s.start}\u0000${s.timex.start}`));
          for (const s of other.sources) if (!seen.has(`${s.article}\u0000${s.start}\u0000${s.timex.start}`)) first.sources.push(s);
          if (other.tags) first.tags = [...new Set([...(first.tags ?? []), ...other.tags])];
          if (other.highlight) first.highlight = true;
          if (other.note && !first.note) first.note = other.note;
          events.delete(other.id);
          gone.set(other.id, `was merged into ${quoteName(first.id)} by entries[${entry.index}]`);
        }
        first.sources.sort(compareSources);
        mark(first, 'sources');
        break;
      }
      case 'split': {
        const e = resolve(entry, entry.id);
        if (!e) break;
        const at = e.sources.findIndex((s) => s.article === entry.source.article && s.start === entry.source.start);
        if (at < 0) {
          const elsewhere = [...events.values()].find((x) => x.sources.some((s) => s.article === entry.source.article && s.start === entry.source.start));
          warn(entry, `no source from article ${quoteName(entry.source.article)} at ${entry.source.start} in this event${elsewhere ? `; it is in ${quoteName(elsewhere.id)}` : ''}`);
          break;
        }
        if (e.sources.length === 1) {
          warn(entry, 'the event has only this source; nothing to split off (use redate or retitle)');
          break;
        }
        const [source] = e.sources.splice(at, 1);
        // The id the source would have alone; when that is the event's own id (it was its best
        // source), the event keeps it, so other corrections still find it, and the new one takes another.
        let id = sourceId(source);
        if (events.has(id) || gone.has(id)) id = createHash('sha1').update(`split\u0000${id}`).digest('hex').slice(0, 12);
        const split: TimelineEvent = { id, title: entry.title ?? e.title, date: entry.date ? toEventDate(entry.date) : (dateOfTimex(source) ?? e.date), sources: [source] };
        if (e.tags) split.tags = [...e.tags];
        mark(split, 'sources', ...(entry.title ? (['title'] as const) : []), ...(entry.date ? (['date'] as const) : []));
        mark(e, 'sources');
        events.set(id, split);
        break;
      }
      case 'add': {
        if (events.has(entry.id) || gone.has(entry.id)) {
          warn(entry, `an event with id ${quoteName(entry.id)} already exists; choose another id`);
          break;
        }
        const e: TimelineEvent = { id: entry.id, title: entry.title, date: toEventDate(entry.date), sources: [], edited: ['title', 'date'] };
        if (entry.tags) e.tags = [...entry.tags];
        if (entry.highlight !== undefined) e.highlight = entry.highlight;
        if (entry.note) e.note = entry.note;
        events.set(e.id, e);
        break;
      }
    }
  }
  const sorted = [...events.values()].map(inFieldOrder).sort((a, b) => compareDates(a.date, b.date) || compareText(a.title, b.title) || compareText(a.id, b.id));
  let articles = list.articles;
  const links = curation.articles;
  if (links) {
    const files = new Set(list.articles.map((a) => a.file));
    for (const name of Object.keys(links)) if (!files.has(name)) warnings.push(`${quoteName(curation.file)}: articles: no article ${quoted(name)} in the folder; its address is not used`);
    articles = list.articles.map((a) => (has(links, a.file) ? { ...a, url: links[a.file] } : a));
  }
  const story = curation.story && Object.keys(curation.story).length ? { ...list.story, ...curation.story } : list.story;
  const shown = capMessages(warnings, MAX_MESSAGES, (n) => `${quoteName(curation.file)}: ${plural(n, 'more warning')} not shown`);
  return { list: { ...list, articles, events: sorted, ...(story ? { story } : {}) }, warnings: shown };
}

export type FolderCuration = { ok: true; list: EventList; warnings: string[]; applied: number } | { ok: false; errors: string[] };

/**
 * Applies `<dir>/curation.json` to `list` when the file is there (and `list` unchanged when it is
 * not). Messages name the file as `curation.json`, like article warnings name their files. A file
 * with errors is not applied at all: a run that silently dropped an editor's corrections (showing a
 * hidden event again, say) would publish what the desk had taken out.
 */
export async function curateFromFolder(dir: string, list: EventList): Promise<FolderCuration> {
  const realDir = await realInputFolder(dir);
  if (typeof realDir !== 'string') return { ok: false, errors: [`input folder ${quoteName(dir)} ${realDir.reason}`] };
  for (const name of ['curation.yaml', 'curation.yml']) {
    if ((await readInputFile(realDir, name, { maxBytes: MAX_CURATION_BYTES })) !== null) return { ok: false, errors: parseCuration('', name).errors };
  }
  const bytes = await readInputFile(realDir, 'curation.json', { maxBytes: MAX_CURATION_BYTES });
  if (bytes === null) return { ok: true, list, warnings: [], applied: 0 };
  if (!(bytes instanceof Uint8Array)) {
    // An empty file is a file with no corrections, as it was before.
    if (bytes.reason === 'empty file') return { ok: false, errors: [`${quoteName('curation.json')}: not valid JSON at line 1, column 1 (the file is empty)`] };
    return { ok: false, errors: [`${quoteName('curation.json')}: ${bytes.reason}`] };
  }
  const { curation, errors } = parseCuration(new TextDecoder().decode(bytes), 'curation.json');
  if (errors.length) return { ok: false, errors };
  const result = applyCuration(list, curation);
  return { ok: true, list: result.list, warnings: result.warnings, applied: curation.entries.length };
}
