// The whole pipeline, from one entry: runPipeline reads a folder, runs the per-article stages,
// the cross-document steps and the merge (buildEventList, over texts already read), applies the
// editor's curation and validates the list. It writes nothing: the CLI and the watcher write what
// it returns (extract.ts). Each stage lives in its own module.

import { createHash } from 'node:crypto';
import { DAY_MS, instantRange, offsetMinutes, wallDay } from '../core/dates';
import { isPartialDate, validateEventList, type Article, type EventDate, type EventList } from '../core/schema';
import { borrowYears, type CrossDocArticle } from './crossdoc';
import { curateFromFolder } from './curation';
import { draftEvents } from './events';
import { findBody } from './body';
import { declaredPublication } from './html';
import { extractMetadata } from './metadata';
import { mergeAcrossSources } from './merge';
import { quoteName } from './messages';
import { findListing, readPage } from './page-chrome';
import { gatherEvidence, rankEvents, type EvidenceInput, type RankEvidence } from './rank';
import { readArticles } from './read';
import { splitSentences } from './sentences';
import { findTimexes } from './timex';
import { zoneOfCity } from './timezones';
import type { DraftEvent, PublicationDate, SourceText, Timex, TimexType } from './types';

/** One temporal expression as written by `--timexes`, for measuring accuracy. */
export interface TimexRecord {
  article: string;
  text: string;
  start: number;
  end: number;
  type: TimexType;
  value: string;
}

export interface PipelineResult {
  eventList: EventList;
  timexes: TimexRecord[];
  /** Sources that were folded into an event that another article also reports. */
  mergedSources: number;
  /** What the rank stage reads besides the list (rank.ts): leads, dates referred back to, each source's title. */
  evidence: RankEvidence;
  /** The extracted text of each article read from a web page, to write as its `article.text`. */
  articleTexts: ArticleText[];
}

/** An article's extracted text and where it goes beside the event list (`articles/<id>.txt`). */
export interface ArticleText {
  path: string;
  text: string;
}

/**
 * The records a found expression writes: one, or for a range its two ends, as TimeML annotates
 * "between 1994 and 1997" (two expressions, each with its own value).
 */
function timexRecords(article: string, t: Timex): TimexRecord[] {
  const r = t.resolution.range;
  if (!r?.values || !t.text.startsWith(r.from) || !t.text.endsWith(r.to)) return [{ article, text: t.text, start: t.start, end: t.end, type: t.type, value: t.value }];
  return [
    { article, text: r.from, start: t.start, end: t.start + r.from.length, type: t.type, value: r.values[0] },
    { article, text: r.to, start: t.end - r.to.length, end: t.end, type: t.type, value: r.values[1] },
  ];
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `2025-03-06T01:54+05:30`; the offset is left off when the text did not give or imply one. */
export function formatPublished(p: PublicationDate): string {
  const day = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === null || p.minute === null) return day;
  const time = `${day}T${pad(p.hour)}:${pad(p.minute)}`;
  if (p.offsetMinutes === null) return time;
  const sign = p.offsetMinutes < 0 ? '-' : '+';
  return `${time}${sign}${pad(Math.trunc(p.offsetMinutes / 60))}:${pad(p.offsetMinutes % 60)}`;
}

/** Longest title, publisher or dateline kept; a page's metadata is never this long, a runaway guess can be. */
const MAX_FIELD = 500;

function clip(s: string | null): string | null {
  return s !== null && s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD - 1)}…` : s;
}

/** Article ids come from file names, so they stay put when other files are added or removed. */
export function articleIds(files: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of [...files].sort()) {
    const stem = file.replace(/\.(txt|md|html?)$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'article';
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    ids.set(file, id);
  }
  return ids;
}

/**
 * A fingerprint of what an article says, for finding the same file saved twice: a BOM, the kind of
 * line ending and whitespace at the very end do not count. Used for comparison only; offsets stay
 * those of each file's own text.
 */
export function textFingerprint(text: string): string {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trimEnd();
  return createHash('sha256').update(normalised).digest('hex');
}

/**
 * Runs stages 2-7 over already-read article texts. Deterministic: no clock, no input-order dependence.
 * `onProgress` hears of each article once its dates are found (stages 2-5, most of the time a
 * large folder takes); drafting and merging follow.
 */
export function buildEventList(sources: SourceText[], onProgress?: (done: number, total: number) => void): PipelineResult {
  const ordered = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ids = articleIds(ordered.map((s) => s.file));
  const articles: Article[] = [];
  const drafts: DraftEvent[] = [];
  const timexes: TimexRecord[] = [];
  const texts: ArticleText[] = [];
  /** Fingerprint -> the first file (by name) with that text. */
  const firstWithText = new Map<string, string>();
  /** Articles with their own text, after stages 2-5, in file order. */
  const prepared: (CrossDocArticle & { article: Article; wholeListing: boolean })[] = [];

  for (const source of ordered) {
    const id = ids.get(source.file)!;
    const page = readPage(source.text);
    const meta = extractMetadata(source.text, source.file, page);
    // A web page's declared metadata comes first; the text's own reading fills what it leaves out.
    const declared = source.declared;
    const published = declaredPublication(declared?.published ?? null) ?? meta.published;
    if (published !== meta.published) meta.published = published;
    if (declared) {
      // What the page declares is not missing, whatever its text said.
      const found = new Set([declared.title && 'no title found', declared.publisher && 'no publisher found', declared.published && published && 'no publication date found']);
      meta.warnings = meta.warnings.filter((w) => !found.has(w));
    }
    const article: Article = {
      id,
      file: source.file,
      title: clip(declared?.title ?? meta.title),
      publisher: clip(declared?.publisher ?? meta.publisher),
      published: meta.published ? formatPublished(meta.published) : null,
      dateline: clip(meta.dateline),
      warnings: [...source.warnings, ...meta.warnings],
    };
    if (meta.url) article.url = meta.url;
    if (declared) {
      if (declared.url) article.url = declared.url;
      article.text = `articles/${id}.txt`;
      texts.push({ path: article.text, text: source.text });
    }
    articles.push(article);
    // The same article saved under two names is listed twice but tells its events once: the first
    // by name contributes them, so the output does not depend on which copy was added last.
    const fingerprint = textFingerprint(source.text);
    const original = firstWithText.get(fingerprint);
    if (original !== undefined) {
      article.warnings.push(`same text as ${original}; its events are not repeated`);
      onProgress?.(articles.length, ordered.length);
      continue;
    }
    firstWithText.set(fingerprint, source.file);

    let body = findBody(source.text, meta.header, page);
    // A programme listing's dates are the programmes': only an article before it gives events.
    const listing = findListing(source.text, body);
    if (listing) {
      article.warnings.push(listing.warning);
      body = body.slice(0, listing.articleParagraphs);
    }
    const sentences = splitSentences(source.text, body);
    const placeZone = meta.dateline ? zoneOfCity(meta.dateline) : null;
    const found = findTimexes(source.text, sentences, { published: meta.published, dayFirst: meta.dayFirst, locale: meta.locale, placeZone });
    prepared.push({ article, id, file: source.file, text: source.text, published: meta.published, sentences, timexes: found, wholeListing: listing?.articleParagraphs === 0 });
    onProgress?.(articles.length, ordered.length);
  }

  // A day written without its year ("its Oct. 7 attack") may take it from another article that
  // wrote the same day in full, so every article's timexes are found before any event is drafted.
  const redated = borrowYears(prepared);
  const evidenceInput: EvidenceInput[] = [];
  for (const { article, id, sentences, timexes: own, wholeListing } of prepared) {
    const found = redated.get(id) ?? own;
    evidenceInput.push({ id, publisher: article.publisher, published: article.published?.slice(0, 10) ?? null, sentences, timexes: found });
    for (const t of found) timexes.push(...timexRecords(id, t));
    const kept = draftEvents(id, sentences, found).filter((d) => {
      // "0050-03-05" is a date, but not one the timeline can draw (see isPartialDate).
      if (isPartialDate(d.date.start, d.date.precision) && isPartialDate(d.date.end, d.date.precision)) return true;
      article.warnings.push(`"${d.timex.text}" (${d.timex.value}) is outside the years the timeline shows; left out`);
      return false;
    });
    // A loop, not push(...kept): a huge article can have more drafts than a call has room for arguments.
    for (const draft of kept) {
      // An article cannot report as done what falls after the day it was published: "the board meets
      // on Thursday", "restaurants are to reopen in June" are on the calendar.
      if (draft.status !== 'planned' && article.published && afterPublicationDay(draft.date, article.published)) {
        // "extended its offer until May 3", "announced plans for a visit next week": what was done by then is
        // dated by what it looks ahead to, the day of neither the doing nor a happening of its own
        if (draft.toldDone) continue;
        draft.status = 'planned';
      }
      // "Tomorrow the minister visits the port": "tomorrow" is ahead of the writing whatever day the article is filed
      // under (a live page dated by its last update), so what it dates is not yet done
      if (draft.status !== 'planned' && !draft.toldDone && /^tomorrow\b/i.test(draft.timex.text)) draft.status = 'planned';
      // "the offer was due to expire Friday", "the school had been due to reopen on Sunday, but will stay shut":
      // a schedule told in the past tense, before or after the day of writing, is told because it was upset (put
      // off, called off, overtaken); a schedule that stands is told in the present ("is due to", "is set to").
      // An expectation is told in the past by the story's own tense ("the Senate was expected to vote on Thursday"):
      // for a day ahead it stands; by a day gone, whether it came is left open
      if (draft.lapsed === 'schedule' || draft.lapsed && article.published && !afterPublicationDay(draft.date, article.published)) continue;
      // "shipped 28,000 systems in the quarter", "the dividend rise was its second this year": a period the writer is
      // still in, or a books' quarter, dates a tally or a state, not a happening
      if (talliedOverQuarter(draft, article.published) || toldOfYearOfWriting(draft, article.published)) continue;
      drafts.push(draft);
    }
    // (a listing has said why it adds none)
    if (kept.length === 0 && !wholeListing) {
      article.warnings.push(found.length === 0 ? 'no dates found; it adds no events' : 'no date in it anchors a happening; it adds no events');
    }
  }

  const events = mergeAcrossSources(drafts);
  const mergedSources = events.reduce((n, e) => n + Math.max(0, e.sources.length - 1), 0);
  const evidence = gatherEvidence(evidenceInput, drafts);
  return { eventList: { version: 1, articles, events }, timexes, mergedSources, evidence, articleTexts: texts };
}

export interface PipelineOptions {
  /** Hears of each article as it is done, for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /** How many key events to mark (`--key-events`); by default as the story calls for (rank.ts). */
  keyEvents?: number;
}

/**
 * One run over a folder: the checked, curated event list with its warnings, or why there is none.
 * Every message names its file quoted (`"a.txt": empty file`).
 */
export type PipelineRun =
  | { ok: true; eventList: EventList; timexes: TimexRecord[]; mergedSources: number; articleTexts: ArticleText[]; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

/**
 * The whole pipeline: read -> per-article stages -> cross-document steps -> merge -> curate ->
 * rank -> validate. Bad files and stale corrections are warnings and the rest go on; a folder that cannot
 * be read, a curation file with errors or a list the page would refuse are errors.
 */
export async function runPipeline(input: string, options: PipelineOptions = {}): Promise<PipelineRun> {
  let read: Awaited<ReturnType<typeof readArticles>>;
  try {
    read = await readArticles(input);
  } catch (error) {
    return { ok: false, errors: [(error as Error).message], warnings: [] };
  }
  const warnings = read.warnings.map((w) => `${quoteName(w.file)}: ${w.reason}`);
  const built = buildEventList(read.articles, options.onProgress);
  for (const a of built.eventList.articles) for (const w of a.warnings) warnings.push(`${quoteName(a.file)}: ${w}`);
  if (read.articles.length === 0) warnings.push(`${quoteName(input)}: no readable .txt, .md or .html articles`);
  // An editor's corrections (curation.json beside the articles) apply after extraction.
  const curated = await curateFromFolder(input, built.eventList);
  if (!curated.ok) return { ok: false, errors: [...curated.errors, 'the curation file has errors'], warnings };
  warnings.push(...curated.warnings);
  // Ranked after curation, so an editor's highlight, merges and hides count.
  const ranked = rankEvents(curated.list, built.evidence, { keyEvents: options.keyEvents });
  // The page refuses a list that fails this check, so such a list is not worth writing; the
  // checked copy is the one returned, its metadata cleaned for the page (see cleanMetadata).
  const check = validateEventList(ranked, 1);
  if (!check.ok) return { ok: false, errors: [`the event list cannot be shown (${check.errors[0]})`], warnings };
  return { ok: true, eventList: check.value, timexes: built.timexes, mergedSources: built.mergedSources, articleTexts: built.articleTexts, warnings };
}

/**
 * Whether a happening told as done is dated by nothing finer than a quarter that has begun by the day of writing
 * ("in the quarter", "during the third quarter", "by the first quarter of 2010"). A quarter is the period a firm's
 * books are kept over: what is told of it is a figure tallied over the period ("shipped 28,000 systems in the
 * quarter") or how things stood during it ("was only beginning to recover"), told when the results come out; a
 * happening worth a timeline has a finer day. A quarter still to come is on the calendar ("will open its plant in
 * the fourth quarter"), and with no day of writing known whether the quarter is past is not told: both stay.
 */
function talliedOverQuarter(draft: DraftEvent, published: string | null): boolean {
  return draft.status !== 'planned' && draft.date.precision === 'quarter' && !!published && !afterPublicationDay(draft.date, published);
}

/**
 * Whether a happening is dated by nothing finer than the year the article is written in ("this year", "in 2025"
 * written in 2025) and not told as a deed in the past tense. The year of writing is not yet over: told of it in the
 * present or the perfect is a figure tallied so far ("the dividend increase was its second this year", "deals have
 * been cancelled this year"), how things stood ("analysts had been burned repeatedly this year") or a guess ("may
 * have put on the spending taps this year"); one inside what someone said is the speaker's view ("said the turtles
 * found this year might be explained by ..."). A deed the writer tells in the past tense ("the mill closed this year",
 * "voters elected a new mayor this year") happened, and its year is a true if coarse date. A year still to come is on the calendar,
 * and with no day of writing known the year of writing is not told: both stay.
 */
function toldOfYearOfWriting(draft: DraftEvent, published: string | null): boolean {
  return draft.status !== 'planned' && draft.toldDone !== 'past' && draft.date.precision === 'year' && !!published && draft.date.start === published.slice(0, 4);
}

/**
 * Whether a date begins after the local day `published` names (`2025-03-04T14:00+00:00`). A day,
 * week, month or year is read as the article's own calendar; a minute, in UTC, only when the
 * publication gives its zone's offset, and a wall clock with no zone by its calendar day.
 */
export function afterPublicationDay(date: Pick<EventDate, 'start' | 'precision' | 'offset'>, published: string): boolean {
  const day = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  if (date.precision !== 'minute') return instantRange(date.start, date.precision)[0] >= day + DAY_MS;
  const east = published.endsWith('Z') ? 0 : offsetMinutes(published.slice(16) || undefined);
  // a wall clock with no zone ("9 a.m. Tuesday") and a publication with none are on one calendar; so is a clock
  // read in its place's zone and kept in UTC ("7:15 p.m." in a New York story is 00:15 UTC the next day): its own
  // wall day is the one the story tells
  if (east === null) return !/(?:Z|[+-]\d{2}:\d{2})$/.test(date.start) && wallDay(date) > published.slice(0, 10);
  return instantRange(date.start, 'minute')[0] >= day + DAY_MS - east * 60_000;
}
