// The one place the evaluation calls the pipeline: every scorer goes through here, so when the
// pipeline's entry moves only this file changes.

import type { EventList, TimelineEvent } from '../core/schema';
import { articleIds, buildEventList, type TimexRecord } from '../pipeline/pipeline';
import { rankEvents } from '../pipeline/rank';
import { readArticles } from '../pipeline/read';
import type { SourceText } from '../pipeline/types';

export type { SourceText };

/** One temporal expression the pipeline found, with offsets into its article's text. */
export type FoundTimex = TimexRecord;

/**
 * An output event as the scorers read it. `importance` is an optional field other work adds to the
 * format, and `status` (in the format) is optional too; the scorers use them when present and say so.
 */
export type ScoredEvent = TimelineEvent & { importance?: number; key?: boolean };

export interface PipelineOutput {
  eventList: EventList & { events: ScoredEvent[] };
  timexes: FoundTimex[];
}

/** Runs the whole pipeline in-process over already-read article texts. */
export function runPipeline(sources: SourceText[]): PipelineOutput {
  const { eventList, timexes } = buildEventList(sources);
  return { eventList, timexes };
}

/** As runPipeline, with the rank stage (importance, key events) as the CLI runs it without a curation file. */
export function runRankedPipeline(sources: SourceText[]): PipelineOutput {
  const { eventList, timexes, evidence } = buildEventList(sources);
  return { eventList: rankEvents(eventList, evidence), timexes };
}

/** The article id the pipeline gives each file name. */
export function pipelineArticleIds(files: string[]): Map<string, string> {
  return articleIds(files);
}

/** Reads a folder of article files as the CLI does (`.txt`/`.md`, decoded, unreadable files listed). */
export async function readArticleFolder(dir: string): Promise<{ articles: SourceText[]; unreadable: string[] }> {
  const { articles, warnings } = await readArticles(dir);
  return { articles, unreadable: warnings.map((w) => `${w.file}: ${w.reason}`) };
}
