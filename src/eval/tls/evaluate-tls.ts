// `npm run eval -- --tls <folder>`: runs the pipeline on each story's articles and scores, for
// every gold timeline, a timeline of the gold's length, window and sentences a day.

import { readArticleFolder, runRankedPipeline, type ScoredEvent } from '../pipeline-adapter';
import { buildTimeline, defaultRanker, type EventRanker, requestFor, type TimelineRequest } from './system-timeline';
import { type Story } from './timeline17';
import { type Timeline, type TimelineScores, scoreTimeline } from './tilse';

export interface TimelineResult {
  story: string;
  timeline: string;
  request: TimelineRequest;
  /** Days the system could offer inside the window (day-precision events). */
  candidateDays: number;
  system: Timeline;
  scores: TimelineScores;
}

export interface StoryRun {
  story: string;
  articles: number;
  events: number;
  ranker: string;
  seconds: number;
  timelines: TimelineResult[];
  warnings: string[];
}

export function scoreStory(story: Story, events: ScoredEvent[], ranker?: { name: string; rank: EventRanker }): Omit<StoryRun, 'articles' | 'seconds'> {
  const chosen = ranker ?? defaultRanker(events);
  const ranked = chosen.rank(events);
  const warnings = story.timelines.flatMap((t) => t.warnings);
  const timelines: TimelineResult[] = [];
  for (const gold of story.timelines) {
    if (gold.timeline.size === 0) {
      warnings.push(`${gold.name}: no dated entries; not scored`);
      continue;
    }
    const request = requestFor(gold.timeline);
    const system = buildTimeline(ranked, request);
    const candidateDays = buildTimeline(ranked, { ...request, days: Infinity, perDay: 1 }).size;
    timelines.push({ story: story.name, timeline: gold.name, request, candidateDays, system, scores: scoreTimeline(system, gold.timeline) });
  }
  return { story: story.name, events: events.length, ranker: chosen.name, timelines, warnings };
}

export async function runStory(story: Story, ranker?: { name: string; rank: EventRanker }): Promise<StoryRun> {
  const started = performance.now();
  const { articles, unreadable } = await readArticleFolder(story.articles);
  const { eventList } = runRankedPipeline(articles);
  const seconds = (performance.now() - started) / 1000;
  const scored = scoreStory(story, eventList.events, ranker);
  return { ...scored, articles: articles.length, seconds, warnings: [...unreadable.map((u) => `${story.name}/articles/${u}`), ...scored.warnings] };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function tlsSummary(runs: StoryRun[]): string {
  const rows = runs.flatMap((r) => r.timelines);
  const lines = [
    'Timeline summarisation (tilse): date F1; align+ m:1 ROUGE-1/2 F1; concat ROUGE-1/2 F1 (%)',
    `${'timeline'.padEnd(52)}  l  k  cand  dateF1    R1    R2  cR1   cR2`,
  ];
  for (const t of rows) {
    const s = t.scores;
    lines.push(`${t.timeline.padEnd(52).slice(0, 52)} ${String(t.request.days).padStart(2)} ${String(t.request.perDay).padStart(2)} ${String(t.candidateDays).padStart(5)} ${pct(s.date.f1)} ${pct(s.rouge1.f1)} ${pct(s.rouge2.f1)} ${pct(s.concat1.f1)} ${pct(s.concat2.f1)}`);
  }
  const m = meanScores(rows);
  if (m) lines.push(`${`MEAN of ${rows.length} timelines`.padEnd(52)} ${''.padStart(2)} ${''.padStart(2)} ${''.padStart(5)} ${pct(m.date)} ${pct(m.rouge1)} ${pct(m.rouge2)} ${pct(m.concat1)} ${pct(m.concat2)}`);
  for (const r of runs) lines.push(`${r.story}: ${r.articles} articles, ${r.events} events in ${r.seconds.toFixed(1)} s; days ranked by ${r.ranker}`);
  for (const r of runs) for (const w of r.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

export function meanScores(rows: TimelineResult[]) {
  if (rows.length === 0) return null;
  const mean = (pick: (s: TimelineScores) => number) => rows.reduce((a, t) => a + pick(t.scores), 0) / rows.length;
  return { date: mean((s) => s.date.f1), rouge1: mean((s) => s.rouge1.f1), rouge2: mean((s) => s.rouge2.f1), concat1: mean((s) => s.concat1.f1), concat2: mean((s) => s.concat2.f1) };
}

export function tlsFigures(runs: StoryRun[]) {
  const rows = runs.flatMap((r) => r.timelines);
  return {
    measure: 'tilse: date F1, align_date_content_costs_many_to_one ROUGE-1/2, concat ROUGE-1/2',
    mean: meanScores(rows),
    timelines: rows.map((t) => ({ story: t.story, timeline: t.timeline, request: t.request, candidateDays: t.candidateDays, scores: t.scores, system: Object.fromEntries([...t.system].sort()) })),
    stories: runs.map((r) => ({ story: r.story, articles: r.articles, events: r.events, ranker: r.ranker, seconds: Number(r.seconds.toFixed(2)), warnings: r.warnings })),
  };
}
