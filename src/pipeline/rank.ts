// Stage 9: how much each event matters to the story, and which events a journalist's timeline
// would hold. Importance is read from evidence across the whole collection (see README,
// "Importance and key events"); the key events get their clearest title and a verbatim summary.

import { DAY_MS, dateSpan } from '../core/dates';
import type { EventList, Source, Summary, TimelineEvent } from '../core/schema';
import { terms } from './merge';
import { titleFaults } from './title';
import type { Sentence, Timex } from './types';
import { compareText } from '../core/order';

/** What one article lends the ranking: who published it, when, and where its lead ends. */
export interface ArticleEvidence {
  /** Publisher as the metadata read it; null when unknown (the article then counts as its own publisher). */
  publisher: string | null;
  /** Publication day (`YYYY-MM-DD`), or null. */
  published: string | null;
  /** Offset where the lead (the first LEAD_SENTENCES body sentences) ends. */
  leadEnd: number;
}

/** Evidence the per-article stages leave for ranking; the event list alone does not hold it. */
export interface RankEvidence {
  articles: Map<string, ArticleEvidence>;
  /** Per date key (`2010-04-20`, `2010-04`, `2010`), how many distinct articles published after it mention it. */
  referBack: Map<string, number>;
  /** Each source's own candidate title, by `sourceKey`. */
  titles: Map<string, string>;
  /**
   * Each source's own date, by `sourceKey`: a merged event is dated by its most precise telling, and its headline and
   * first source come from a telling that gives that date (carriesDate), not a coarser one.
   */
  dates: Map<string, TimelineEvent['date']>;
  /** The sources told as still to come ("will testify on Thursday"), by `sourceKey`. */
  planned?: Set<string>;
}

/** The first sentences of an article's body: the lead paragraph, with room for a dateline or caption before it. */
export const LEAD_SENTENCES = 3;

/** Weights of the importance formula (README, "Importance and key events"); they sum to 1. */
export const WEIGHTS = { articles: 0.25, publishers: 0.1, referBack: 0.5, lead: 0.15 } as const;

/** Bounds on the default number of key events: a handful at least, never more than a page can list. */
export const MIN_KEY_EVENTS = 5;
export const MAX_KEY_EVENTS = 60;

export const sourceKey = (s: { article: string; start: number; timex: { start: number } }) => `${s.article}\u0000${s.start}\u0000${s.timex.start}`;

/** The key a date is counted under: its day, month or year; null for a week, quarter or a range. */
export function dateKey(date: { start: string; end: string; precision: string }): string | null {
  if (date.precision === 'day' || date.precision === 'minute') return date.start.slice(0, 10) === date.end.slice(0, 10) ? date.start.slice(0, 10) : null;
  if (date.precision === 'month' || date.precision === 'year') return date.start === date.end ? date.start : null;
  return null;
}

/** A date key is before a publication day when all of it is: `2010-04` is before `2010-05-02`, not before `2010-04-30`. */
const keyBefore = (key: string, day: string) => key < day.slice(0, key.length);

/** One article after stages 2-6, as evidence is gathered from it. */
export interface EvidenceInput {
  id: string;
  publisher: string | null;
  published: string | null;
  /** Body sentences in text order. */
  sentences: Sentence[];
  timexes: Timex[];
}

/** Gathers the evidence from every article and each draft's title; linear in the number of timexes. */
export function gatherEvidence(
  articles: EvidenceInput[],
  drafts: { article: string; title: string; date: TimelineEvent['date']; status?: TimelineEvent['status']; sentence: { start: number }; timex: { start: number } }[],
): RankEvidence {
  const evidence: RankEvidence = { articles: new Map(), referBack: new Map(), titles: new Map(), dates: new Map(), planned: new Set() };
  for (const a of articles) {
    const lead = a.sentences[Math.min(LEAD_SENTENCES, a.sentences.length) - 1];
    evidence.articles.set(a.id, { publisher: a.publisher, published: a.published, leadEnd: lead ? lead.end : 0 });
    if (a.published === null) continue;
    const keys = new Set<string>();
    for (const t of a.timexes) {
      const key = t.date ? dateKey(t.date) : null;
      if (key !== null && keyBefore(key, a.published)) keys.add(key);
    }
    for (const key of keys) evidence.referBack.set(key, (evidence.referBack.get(key) ?? 0) + 1);
  }
  for (const d of drafts) {
    const key = sourceKey({ article: d.article, start: d.sentence.start, timex: d.timex });
    evidence.titles.set(key, d.title);
    evidence.dates.set(key, d.date);
    if (d.status === 'planned') evidence.planned!.add(key);
  }
  return evidence;
}

export interface RankOptions {
  /** How many key events to mark; by default as many as the story's span and density call for (keyEventCount). */
  keyEvents?: number;
}

/** Scales a count to 0..1 against the largest in the collection, on a log scale: the tenth report adds less than the second. */
const scaled = (x: number, max: number) => (max > 0 ? Math.log1p(x) / Math.log1p(max) : 0);

interface Features {
  articles: number;
  publishers: number;
  referBack: number;
  lead: boolean;
}

function featuresOf(e: TimelineEvent, evidence: RankEvidence): Features {
  const articles = new Set(e.sources.map((s) => s.article));
  const publishers = new Set([...articles].map((a) => evidence.articles.get(a)?.publisher?.toLowerCase() ?? `\u0000${a}`));
  const key = dateKey(e.date);
  const lead = e.sources.some((s) => s.start < (evidence.articles.get(s.article)?.leadEnd ?? 0));
  return { articles: articles.size, publishers: publishers.size, referBack: key === null ? 0 : (evidence.referBack.get(key) ?? 0), lead };
}

/** Each event's importance, 0..1, in list order (README, "Importance and key events"). */
export function importanceOf(events: TimelineEvent[], evidence: RankEvidence): number[] {
  const features = events.map((e) => featuresOf(e, evidence));
  const max = (pick: (f: Features) => number) => features.reduce((m, f) => Math.max(m, pick(f)), 0);
  const maxArticles = max((f) => f.articles);
  const maxPublishers = max((f) => f.publishers);
  const maxReferBack = max((f) => f.referBack);
  return events.map((e, i) => {
    if (e.highlight) return 1;
    const f = features[i];
    const score =
      WEIGHTS.articles * scaled(f.articles, maxArticles) +
      WEIGHTS.publishers * scaled(f.publishers, maxPublishers) +
      WEIGHTS.referBack * scaled(f.referBack, maxReferBack) +
      WEIGHTS.lead * (f.lead ? 1 : 0);
    return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  });
}

/**
 * How many key events a story calls for: two per square root of the days its articles cover (a
 * month's story gets about 11, a year's about 38), bounded by MIN_KEY_EVENTS..MAX_KEY_EVENTS and
 * never more than the days the events fall on. The span is that of the publication days; without
 * any, of the events' own dates.
 */
export function keyEventCount(events: TimelineEvent[], evidence: RankEvidence): number {
  const published = [...evidence.articles.values()].map((a) => a.published).filter((p): p is string => p !== null).sort();
  let spanDays: number;
  if (published.length > 0) spanDays = (Date.parse(published[published.length - 1]) - Date.parse(published[0])) / DAY_MS + 1;
  else {
    // A loop, not Math.max(...): a huge list has more events than a call has room for arguments.
    let first = Infinity;
    let last = -Infinity;
    for (const e of events) {
      const [from, to] = dateSpan(e.date);
      first = Math.min(first, from);
      last = Math.max(last, to);
    }
    spanDays = events.length ? (last - first) / DAY_MS : 0;
  }
  const days = new Set(events.map((e) => dateKey(e.date) ?? e.date.start)).size;
  const wanted = Math.min(MAX_KEY_EVENTS, Math.max(MIN_KEY_EVENTS, Math.round(2 * Math.sqrt(Math.max(0, spanDays)))));
  return Math.min(wanted, days, events.length);
}

/** Fewer content words than this cannot say who did what ("Tremor hit"): a stub. */
const MIN_TITLE_WORDS = 3;

/** Words a title shares with the other sources' sentences count in steps of this many: one shared word is chance. */
const AGREEMENT_STEP = 2;

/**
 * The clearest of the candidate titles: with the fewest faults a reader would stumble on
 * (titleFaults), not cut short, then (given the sources' sentences) the one whose words the other
 * sources' sentences tell, counted in steps of two words (one shared word is chance), then the one
 * whose words the other candidates share most (the way most sources put it), then the shorter, then by
 * text. A single candidate wins.
 */
export function clearestTitle(candidates: string[], sentences?: string[]): string {
  const unique = [...new Set(candidates)].sort(compareText);
  if (unique.length <= 1) return unique[0] ?? '';
  const words = unique.map((t) => new Set(terms(t).keys()));
  // How many candidates hold each word: one pass, so an event with thousands of sources stays linear.
  const holders = new Map<string, number>();
  for (const ws of words) for (const w of ws) holders.set(w, (holders.get(w) ?? 0) + 1);
  const support = words.map((ws) => {
    let shared = 0;
    for (const w of ws) shared += holders.get(w)! - 1;
    return ws.size === 0 ? 0 : shared / Math.sqrt(ws.size);
  });
  // The same over the sentences: a word every sentence holds once, its own among them.
  const told = new Map<string, number>();
  for (const s of new Set(sentences)) for (const w of terms(s).keys()) told.set(w, (told.get(w) ?? 0) + 1);
  const agreement = words.map((ws) => {
    let shared = 0;
    for (const w of ws) shared += Math.max(0, (told.get(w) ?? 0) - 1);
    return Math.floor(shared / AGREEMENT_STEP);
  });
  const faults = unique.map(titleFaults);
  const order = unique.map((_, i) => i).sort((a, b) => {
    const cutA = unique[a].endsWith('…') ? 1 : 0;
    const cutB = unique[b].endsWith('…') ? 1 : 0;
    const stubA = words[a].size < MIN_TITLE_WORDS ? 1 : 0;
    const stubB = words[b].size < MIN_TITLE_WORDS ? 1 : 0;
    return stubA - stubB || faults[a] - faults[b] || cutA - cutB || agreement[b] - agreement[a] || support[b] - support[a] || unique[a].length - unique[b].length || compareText(unique[a], unique[b]);
  });
  return unique[order[0]];
}

/** A title a reader would stumble on: too few words to say who did what, a fault, or cut short. */
function weakTitle(title: string): boolean {
  return terms(title).size < MIN_TITLE_WORDS || titleFaults(title) > 0 || title.endsWith('…');
}

/** A readable one-sentence summary is at least this long; shorter quotes are fragments (a caption, a dateline). */
const MIN_SUMMARY = 40;
const MAX_SUMMARY = 400;

/**
 * The source a key event is summarised from: a sentence of readable length first, then the one
 * the event's title was taken from (so summary and title tell the same thing), then a lead
 * sentence, then the earliest published article, then by article and offset.
 */
export function bestSource(e: TimelineEvent, evidence: RankEvidence): Source | null {
  const rank = (s: Source) => {
    const a = evidence.articles.get(s.article);
    const length = s.quote.trim().length;
    return {
      readable: length >= MIN_SUMMARY && length <= MAX_SUMMARY ? 0 : 1,
      titled: evidence.titles.get(sourceKey(s)) === e.title ? 0 : 1,
      lead: s.start < (a?.leadEnd ?? 0) ? 0 : 1,
      published: a?.published ?? '\uffff',
    };
  };
  const sorted = [...e.sources].sort((p, q) => {
    const a = rank(p);
    const b = rank(q);
    return a.readable - b.readable || a.titled - b.titled || a.lead - b.lead || compareText(a.published, b.published) || compareText(p.article, q.article) || p.start - q.start;
  });
  return sorted[0] ?? null;
}

/**
 * The event's sources with the one its title was drawn from first, the rest in their order: a reader
 * opening the event reads first the words its headline tells. An editor's grouping keeps its order.
 */
function titledFirst(e: TimelineEvent, evidence: RankEvidence): Source[] {
  if (e.edited?.includes('sources')) return e.sources;
  const [first] = datedFirst(e, evidence, (s) => evidence.titles.get(sourceKey(s)) === e.title);
  const at = first ? e.sources.indexOf(first) : -1;
  return at <= 0 ? e.sources : [e.sources[at], ...e.sources.slice(0, at), ...e.sources.slice(at + 1)];
}

/** The event's sources that pass `keep` and give its date (carriesDate), in order; if none gives it, all that pass `keep`. */
function datedFirst(e: TimelineEvent, evidence: RankEvidence, keep: (s: Source) => boolean): Source[] {
  const kept = e.sources.filter(keep);
  const dated = kept.filter((s) => carriesDate(s, e, evidence));
  return dated.length ? dated : kept;
}

/**
 * Whether the source tells the event's date as finely as the event gives it, not a coarser one ("on 3 October 2031"
 * where another says "in October 2031"); a source whose date is not known counts as telling it.
 */
function carriesDate(s: Source, e: TimelineEvent, evidence: RankEvidence): boolean {
  const d = evidence.dates.get(sourceKey(s));
  return !d || d.precision === e.date.precision;
}

/** The source's sentence without the whitespace around it, still an exact slice of the article. */
export function summaryOf(s: Source): Summary {
  const lead = s.quote.length - s.quote.trimStart().length;
  const quote = s.quote.trim();
  return { article: s.article, quote, start: s.start + lead, end: s.start + lead + quote.length };
}

/**
 * Sets `importance` on every event and marks the key ones, giving each key event its clearest
 * title (unless an editor wrote one) and a verbatim summary. Key events are picked most important
 * first, one per date until every date has one, then the next most important. Deterministic;
 * returns a new list.
 */
export function rankEvents(list: EventList, evidence: RankEvidence, options: RankOptions = {}): EventList {
  const importance = importanceOf(list.events, evidence);
  const wanted = options.keyEvents ?? keyEventCount(list.events, evidence);
  const order = list.events.map((_, i) => i).sort((a, b) => importance[b] - importance[a] || compareText(list.events[a].id, list.events[b].id));
  const key = new Set<number>();
  const datesTaken = new Set<string>();
  for (const i of order) {
    if (key.size >= wanted) break;
    const e = list.events[i];
    const date = dateKey(e.date) ?? `${e.date.start}/${e.date.end}`;
    if (datesTaken.has(date)) continue;
    datesTaken.add(date);
    key.add(i);
  }
  for (const i of order) {
    if (key.size >= wanted) break;
    key.add(i);
  }
  const events = list.events.map((e, i) => {
    const out: TimelineEvent = { ...e, importance: importance[i] };
    delete out.key;
    delete out.summary;
    // A key event takes the clearest of its sources' titles; any other event only when its own is weak.
    if (!e.edited?.includes('title') && (key.has(i) || weakTitle(e.title))) {
      // from the tellings that give the event's date when any has a title, so the headline's source can lead
      // (of an event told done, from the tellings not planned when any has a title: "Roe testified", not "Roe will testify")
      const done = (s: Source) => evidence.titles.has(sourceKey(s)) && !evidence.planned?.has(sourceKey(s));
      const toldDone = e.status !== 'planned' && e.sources.some((s) => evidence.planned?.has(sourceKey(s))) && e.sources.some(done);
      const titled = datedFirst(e, evidence, toldDone ? done : (s) => evidence.titles.has(sourceKey(s)));
      const candidates = titled.map((s) => evidence.titles.get(sourceKey(s))!);
      if (candidates.length > 1 || toldDone) out.title = clearestTitle(candidates, titled.map((s) => s.quote));
    }
    out.sources = titledFirst(out, evidence);
    if (!key.has(i)) return out;
    out.key = true;
    const best = bestSource(out, evidence);
    if (best) out.summary = summaryOf(best);
    return out;
  });
  return { ...list, events };
}
