// Runs the pipeline over rendered TimeML documents, exactly as `npm run events -- --timexes` does,
// and scores its temporal expressions against the gold ones, document by document.

import type { TimexType } from '../pipeline/types';
import { pipelineArticleIds, runPipeline } from './pipeline-adapter';
import { type RenderedDocument, renderDocument } from './render';
import { type Alignment, type Counts, type Span, addCounts, align, count, emptyCounts, ofTypes } from './score';
import type { TimeMLDocument } from './timeml';

export const DATE_TIME: readonly TimexType[] = ['DATE', 'TIME'];
export const ALL_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

export interface DocumentResult {
  id: string;
  rendered: RenderedDocument;
  /** The publication date the pipeline read, as it writes it, or null. */
  published: string | null;
  /** Gold and system expressions inside the scored region. */
  gold: Span[];
  system: Span[];
  /** Alignment over all types; subsets are re-aligned from their own spans. */
  alignment: Alignment;
  dateTime: Counts;
  all: Counts;
}

export interface Evaluation {
  documents: DocumentResult[];
  dateTime: Counts;
  all: Counts;
  /** Scoring stopped after this many non-blank lines of each TEXT; null when whole texts were scored. */
  lines: number | null;
  warnings: string[];
}

export interface EvaluateOptions {
  /** Score only the first `lines` non-blank lines of each TEXT; null for all; 'auto' to find out with `annotatedLines`. */
  lines: number | null | 'auto';
}

/**
 * Some corpora annotate only the start of each article (MEANTIME: the first five sentences). When, over
 * ten or more documents, no gold expression lies past line L (L at most 10) while half the documents
 * run past 2L lines, only the first L lines were annotated, and scoring past them would count correct
 * expressions as spurious. Returns L, or null for fully annotated texts.
 */
export function annotatedLines(docs: RenderedDocument[]): number | null {
  if (docs.length < 10) return null;
  let last = 0;
  for (const d of docs) {
    for (const g of d.gold) {
      const line = d.lineEnds.findIndex((end) => g.start < end);
      last = Math.max(last, (line < 0 ? d.lineEnds.length - 1 : line) + 1);
    }
  }
  if (last === 0 || last > 10) return null;
  const longer = docs.filter((d) => d.lineEnds.length > 2 * last).length;
  return longer * 2 >= docs.length ? last : null;
}

/** Where scoring stops in a rendered document. */
function scoredEnd(d: RenderedDocument, lines: number | null): number {
  if (lines === null || lines >= d.lineEnds.length) return d.text.length;
  return d.lineEnds[lines - 1];
}

export function evaluate(docs: TimeMLDocument[], options: EvaluateOptions): Evaluation {
  const rendered = docs.map(renderDocument);
  const ids = pipelineArticleIds(rendered.map((d) => d.file));
  const warnings: string[] = [];
  const lines = options.lines === 'auto' ? annotatedLines(rendered) : options.lines;
  if (ids.size !== rendered.length) throw new Error('two documents have the same DOCID; give each document its own');
  const { eventList, timexes } = runPipeline(rendered.map((d) => ({ file: d.file, text: d.text, encoding: 'utf-8', warnings: [] })));

  const documents: DocumentResult[] = [];
  let dateTime = emptyCounts();
  let all = emptyCounts();
  for (const d of rendered) {
    const id = ids.get(d.file)!;
    const article = eventList.articles.find((a) => a.id === id)!;
    if (d.dct && article.published?.slice(0, 10) !== d.dct) {
      warnings.push(`${d.id}: the pipeline read the publication date as ${article.published ?? 'nothing'}, the DCT is ${d.dct}`);
    }
    const end = scoredEnd(d, lines);
    const inScope = (s: { start: number }) => s.start >= d.textStart && s.start < end;
    const gold: Span[] = d.gold.filter(inScope);
    const system: Span[] = timexes
      .filter((t) => t.article === id)
      .map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value }))
      .filter(inScope);
    const result: DocumentResult = {
      id: d.id,
      rendered: d,
      published: article.published,
      gold,
      system,
      alignment: align(gold, system),
      dateTime: count(ofTypes(gold, DATE_TIME), ofTypes(system, DATE_TIME)),
      all: count(gold, system),
    };
    dateTime = addCounts(dateTime, result.dateTime);
    all = addCounts(all, result.all);
    documents.push(result);
  }
  return { documents, dateTime, all, lines, warnings };
}

export { renderDocument };
