// The judged set: TimeML newswire turned into plain articles, the pipeline's events on them, and a
// person's judgment of each event (date right, a real happening, headline 0-2). This module holds
// the pure parts; scripts/judged-set.ts reads and writes the files.

import type { Precision } from '../core/schema';
import type { GoldArticle } from './devset/gold';
import { scoreDevset } from './devset/score';
import type { ScoredEvent } from './pipeline-adapter';
import { parseTimeML } from './timeml';

/** A TimeML document as an article the pipeline reads: a `Published:` line, then the text. */
export interface PlainArticle {
  /** The document's name, e.g. `APW19980227.0468`; the article file is `<name>.txt`. */
  name: string;
  text: string;
}

/**
 * Converts one TimeML file: the DCT's day becomes `Published: YYYY-MM-DD`, the TEXT element loses
 * its markup (entities decoded) and keeps its paragraphs. Throws when the DCT gives no day, since
 * every relative date in the text would then be read against nothing.
 */
export function timemlToArticle(xml: string, name: string): PlainArticle {
  const doc = parseTimeML(xml, name);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(doc.dctValue ?? '')?.[0];
  if (!day) throw new Error(`${name}: the DCT gives no day (${doc.dctValue ?? 'no DCT'})`);
  const body = doc.text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { name, text: `Published: ${day}\n\n${body}\n` };
}

/** One output event as it is judged: one row per event, under its first source's article. */
export interface JudgedEvent {
  article: string;
  title: string;
  /** `start` and `end` are UTC; `offset` is the zone of a local time, and `label` is the date as the page shows it. */
  date: { start: string; end: string; precision: Precision; approximate: boolean; offset?: string; label?: string };
  status: 'happened' | 'planned';
  quote: string;
}

/** `articleOf` maps the pipeline's article id to the document name. */
export function toJudgedEvents(events: ScoredEvent[], articleOf: (id: string) => string): JudgedEvent[] {
  return events.map((e) => ({
    article: e.sources[0] ? articleOf(e.sources[0].article) : '',
    title: e.title,
    date: {
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      approximate: e.date.approximate,
      ...(e.date.offset ? { offset: e.date.offset } : {}),
      ...(e.date.label ? { label: e.date.label } : {}),
    },
    status: e.status ?? 'happened',
    quote: e.sources[0]?.quote ?? '',
  }));
}

export type Headline = 0 | 1 | 2;

export interface Judgment {
  article: string;
  title: string;
  date: string;
  /** The judged event's status when it was `planned`. */
  status?: 'happened' | 'planned';
  dateOk: boolean;
  happening: boolean;
  /** null: the judge was asked about date and happening only (devset/tbaq-open's earlier samples). */
  headline: Headline | null;
  note?: string;
}

/**
 * The key a judgment and an event share: article, title, the date's start and the status (a
 * judgment without one judged a `happened` event): an event that turns planned is judged again.
 */
export const judgmentKey = (j: { article: string; title: string; date: string; status?: string }) =>
  `${j.article}\u0000${j.title}\u0000${j.date}\u0000${j.status ?? 'happened'}`;
const eventKey = (e: JudgedEvent) => judgmentKey({ article: e.article, title: e.title, date: e.date.start, status: e.status });

/** Reads judgments.json, refusing anything that is not a whole judgment (a judgment is never guessed). */
export function parseJudgments(json: string, where: string): Judgment[] {
  const raw: unknown = JSON.parse(json);
  if (!Array.isArray(raw)) throw new Error(`${where}: expected an array of judgments`);
  return raw.map((j, i) => {
    const r = j as Record<string, unknown>;
    const ok =
      typeof r?.article === 'string' &&
      typeof r.title === 'string' &&
      typeof r.date === 'string' &&
      typeof r.dateOk === 'boolean' &&
      typeof r.happening === 'boolean' &&
      (r.headline === 0 || r.headline === 1 || r.headline === 2 || r.headline === null) &&
      (r.note === undefined || typeof r.note === 'string') &&
      (r.status === undefined || r.status === 'happened' || r.status === 'planned');
    if (!ok) throw new Error(`${where}[${i}]: needs article, title, date (strings), dateOk, happening (booleans), headline 0|1|2 (null: not judged), optional status (happened|planned) and note`);
    return r as unknown as Judgment;
  });
}

export interface JudgedReport {
  events: number;
  judged: number;
  unjudged: JudgedEvent[];
  /** Judged events with the date right and a real happening, over judged events; null when none is judged. */
  precision: { hits: number; total: number; value: number | null };
  headline: { mean: number | null; counts: Record<Headline, number> };
  /** Judgments that match no event of this run (the pipeline's output changed under them). */
  stale: Judgment[];
}

/** Matches judgments to events by key and does the arithmetic; events without a judgment stay unjudged. */
export function scoreJudged(events: JudgedEvent[], judgments: Judgment[]): JudgedReport {
  const byKey = new Map(judgments.map((j) => [judgmentKey(j), j]));
  const used = new Set<string>();
  const unjudged: JudgedEvent[] = [];
  const counts: Record<Headline, number> = { 0: 0, 1: 0, 2: 0 };
  let hits = 0;
  let total = 0;
  for (const e of events) {
    const key = eventKey(e);
    const j = byKey.get(key);
    if (!j) {
      unjudged.push(e);
      continue;
    }
    used.add(key);
    total++;
    if (j.dateOk && j.happening) hits++;
    if (j.headline !== null) counts[j.headline]++;
  }
  const headlineSum = counts[1] + 2 * counts[2];
  const headlines = counts[0] + counts[1] + counts[2];
  return {
    events: events.length,
    judged: total,
    unjudged,
    precision: { hits, total, value: total ? hits / total : null },
    headline: { mean: headlines ? headlineSum / headlines : null, counts },
    stale: judgments.filter((j) => !used.has(judgmentKey(j))),
  };
}

export function judgedSummary(r: JudgedReport): string {
  const pct = r.precision.value === null ? '-' : `${(100 * r.precision.value).toFixed(1)}%`;
  const mean = r.headline.mean === null ? '-' : r.headline.mean.toFixed(2);
  const c = r.headline.counts;
  return [
    `events     ${r.events}`,
    `judged     ${r.judged}`,
    `unjudged   ${r.unjudged.length}`,
    `precision  ${pct} (${r.precision.hits}/${r.precision.total} judged with the date right and a real happening)`,
    `headline   ${mean} (0: ${c[0]}, 1: ${c[1]}, 2: ${c[2]})`,
    ...(r.stale.length ? [`stale      ${r.stale.length} judgments match no event of this run`] : []),
  ].join('\n');
}

/** The story name the judged set's gold files carry; a gold happening's article key is `tbaq/<name>.txt`. */
export const JUDGED_STORY = 'tbaq';

/** A gold happening no output event tells with the right date, with what the pipeline said near it. */
export interface MissedHappening {
  article: string;
  id: string;
  date: string;
  precision: Precision;
  status: string;
  headline: string;
  evidence: string[];
  /** Output events whose quote overlaps the evidence but whose date (or status) is not the gold's. */
  near: { title: string; date: string; precision: Precision }[];
}

export interface RecallReport {
  found: number;
  total: number;
  /** Of those found, the ones found by an event a judgment says is right (date and happening); null without judgments. */
  foundRight: number | null;
  missed: MissedHappening[];
}

/**
 * Recall against gold files in the development set's form (devset/README.md), decided by the
 * development set's scorer: a gold happening is found when an output event has its date and one of
 * the event's quotes overlaps its evidence. `articleOf` maps the pipeline's article id to the
 * document name, as for `toJudgedEvents`.
 */
export function scoreRecall(gold: GoldArticle[], events: ScoredEvent[], articleOf: (id: string) => string, judgments?: Judgment[]): RecallReport {
  const keys = new Map(events.flatMap((e) => e.sources.map((s) => [s.article, `${JUDGED_STORY}/${articleOf(s.article)}.txt`] as const)));
  const score = scoreDevset(gold, events, keys);
  // Found by an event judged right: the scorer alone asks only for the date and an overlapping quote.
  let foundRight: number | null = null;
  if (judgments) {
    const byKey = new Map(judgments.map((j) => [judgmentKey(j), j]));
    const judged = toJudgedEvents(events, articleOf);
    const right = new Set<string>();
    score.events.forEach((v, i) => {
      const j = byKey.get(eventKey(judged[i]));
      if (j?.dateOk && j.happening) for (const src of v.sources) for (const id of src.matches) right.add(`${src.article}\u0000${id}`);
    });
    foundRight = right.size;
  }
  const byKey = new Map(gold.flatMap((a) => a.happenings.map((h) => [`${a.key}\u0000${h.id}`, h] as const)));
  const missed = score.missed.map((m) => {
    const near = score.events.filter((v) => v.sources.some((s) => s.article === m.article && s.overlaps.includes(m.id)));
    return {
      ...m,
      evidence: byKey.get(`${m.article}\u0000${m.id}`)?.evidence ?? [],
      near: near.map((v) => ({ title: v.title, date: v.date.start, precision: v.date.precision })),
    };
  });
  return { found: score.recall.hits, total: score.recall.total, foundRight, missed };
}

export function recallSummary(r: RecallReport): string {
  const pct = (n: number) => (r.total ? ` (${((100 * n) / r.total).toFixed(1)}%)` : '');
  const right = r.foundRight === null ? '' : `; ${r.foundRight}/${r.total}${pct(r.foundRight)} by an event judged right (unjudged events count as not right)`;
  return `recall     ${r.found}/${r.total}${pct(r.found)} gold happenings found${right}`;
}
