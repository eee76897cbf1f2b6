// The whole pipeline as one function from article texts to an event list; the CLI is a thin
// shell over it. Each stage lives in its own module.

import type { Article, EventList } from '../core/schema';
import { draftEvents } from './events';
import { findBody } from './body';
import { extractMetadata } from './metadata';
import { mergeAcrossSources } from './merge';
import { splitSentences } from './sentences';
import { findTimexes } from './timex';
import type { DraftEvent, PublicationDate, SourceText, TimexType } from './types';

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

/** Article ids come from file names, so they stay put when other files are added or removed. */
export function articleIds(files: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of [...files].sort()) {
    const stem = file.replace(/\.(txt|md)$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'article';
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    ids.set(file, id);
  }
  return ids;
}

/** Runs stages 2-7 over already-read article texts. Deterministic: no clock, no input-order dependence. */
export function buildEventList(sources: SourceText[]): PipelineResult {
  const ordered = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ids = articleIds(ordered.map((s) => s.file));
  const articles: Article[] = [];
  const drafts: DraftEvent[] = [];
  const timexes: TimexRecord[] = [];

  for (const source of ordered) {
    const id = ids.get(source.file)!;
    const meta = extractMetadata(source.text, source.file);
    const body = findBody(source.text, meta.header);
    const sentences = splitSentences(source.text, body);
    const found = findTimexes(source.text, sentences, { published: meta.published, dayFirst: meta.dayFirst });
    articles.push({
      id,
      file: source.file,
      title: meta.title,
      publisher: meta.publisher,
      published: meta.published ? formatPublished(meta.published) : null,
      dateline: meta.dateline,
      warnings: [...source.warnings, ...meta.warnings],
    });
    for (const t of found) timexes.push({ article: id, text: t.text, start: t.start, end: t.end, type: t.type, value: t.value });
    drafts.push(...draftEvents(id, sentences, found));
  }

  const events = mergeAcrossSources(drafts);
  const mergedSources = events.reduce((n, e) => n + Math.max(0, e.sources.length - 1), 0);
  return { eventList: { version: 1, articles, events }, timexes, mergedSources };
}
