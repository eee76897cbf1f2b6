// Turns an event list into a dated summary as timeline-summarisation papers score it: l days, k
// sentences a day, within the reference's first and last day. Which days come first is a ranking
// of events, kept a small pluggable function so that work on importance (issue 13) plugs in.

import type { ScoredEvent } from '../pipeline-adapter';
import type { Timeline } from './tilse';

/** Orders events most important first. Must be deterministic. */
export type EventRanker = (events: ScoredEvent[]) => ScoredEvent[];

/** The day an event is on, or null when the event is not dated to a day (a month is not a day). */
export function eventDay(e: ScoredEvent): string | null {
  return e.date.precision === 'day' || e.date.precision === 'minute' ? e.date.start.slice(0, 10) : null;
}

const byDateThenId = (a: ScoredEvent, b: ScoredEvent) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The proxy of issue 13: sources per event, then how often the collection mentions the event's day
 * (sources over all events on that day).
 */
export const bySourcesThenDateMentions: EventRanker = (events) => {
  const mentions = new Map<string, number>();
  for (const e of events) {
    const day = eventDay(e) ?? e.date.start;
    mentions.set(day, (mentions.get(day) ?? 0) + e.sources.length);
  }
  const dayOf = (e: ScoredEvent) => eventDay(e) ?? e.date.start;
  return [...events].sort((a, b) => b.sources.length - a.sources.length || mentions.get(dayOf(b))! - mentions.get(dayOf(a))! || byDateThenId(a, b));
};

/** Events by their `importance` field, then as the proxy orders them. */
export const byImportance: EventRanker = (events) => {
  const proxyOrder = new Map(bySourcesThenDateMentions(events).map((e, i) => [e, i]));
  return [...events].sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0) || proxyOrder.get(a)! - proxyOrder.get(b)!);
};

/** `importance` when the events carry it, else the proxy. */
export function defaultRanker(events: ScoredEvent[]): { name: string; rank: EventRanker } {
  return events.some((e) => typeof e.importance === 'number')
    ? { name: 'importance', rank: byImportance }
    : { name: 'sources, then mentions of the day', rank: bySourcesThenDateMentions };
}

export interface TimelineRequest {
  /** Number of days. */
  days: number;
  /** Sentences a day. */
  perDay: number;
  first: string;
  last: string;
}

/**
 * The first `days` distinct days of the ranked events inside first..last; each day's sentences are
 * the quotes of its events in rank order, best (first) source first, one an event, then the
 * events' further sources, until `perDay`. Identical quotes count once.
 */
export function buildTimeline(ranked: ScoredEvent[], request: TimelineRequest): Timeline {
  const onDay = new Map<string, ScoredEvent[]>();
  const order: string[] = [];
  for (const e of ranked) {
    const day = eventDay(e);
    if (day === null || day < request.first || day > request.last || e.sources.length === 0) continue;
    if (!onDay.has(day)) {
      if (order.length >= request.days) continue;
      onDay.set(day, []);
      order.push(day);
    }
    onDay.get(day)!.push(e);
  }
  const timeline: Timeline = new Map();
  for (const day of order) {
    const events = onDay.get(day)!;
    const sentences: string[] = [];
    const seen = new Set<string>();
    const depth = Math.max(...events.map((e) => e.sources.length));
    for (let s = 0; s < depth && sentences.length < request.perDay; s++) {
      for (const e of events) {
        const quote = e.sources[s]?.quote.replace(/\s+/g, ' ').trim();
        if (!quote || seen.has(quote)) continue;
        seen.add(quote);
        sentences.push(quote);
        if (sentences.length >= request.perDay) break;
      }
    }
    timeline.set(day, sentences);
  }
  return timeline;
}

/** l, k and the window that the papers give a system for one reference timeline. */
export function requestFor(reference: Timeline): TimelineRequest {
  const days = [...reference.keys()].sort();
  const sentences = [...reference.values()].reduce((n, s) => n + s.length, 0);
  return { days: days.length, perDay: Math.max(1, Math.round(sentences / Math.max(1, days.length))), first: days[0], last: days[days.length - 1] };
}
