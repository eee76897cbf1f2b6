// The data passed between pipeline stages. Every offset is into the article file's text with the
// BOM removed and line endings kept as they were, so a quote is always `text.slice(start, end)`.

import type { EventDate, Precision } from '../core/schema';

/** Stage 1 output: one readable article file. */
export interface SourceText {
  /** File name relative to the input folder, e.g. `000_abc.txt`. */
  file: string;
  /** Decoded text, BOM removed, line endings untouched. */
  text: string;
  /** How the bytes were decoded, e.g. `utf-8` or `windows-1252`. */
  encoding: string;
  warnings: string[];
}

/** A warning about a file that could not be read at all. */
export interface FileWarning {
  file: string;
  reason: string;
}

export interface Span {
  start: number;
  end: number;
}

/** When the article was published, as far as the text says. */
export interface PublicationDate {
  year: number;
  month: number;
  day: number;
  /** Local wall-clock time of publication, when given. */
  hour: number | null;
  minute: number | null;
  /** Minutes east of UTC of the article's own time zone, when known (IST = 330, EDT = -240). */
  offsetMinutes: number | null;
  /** IANA zone when inferred from place evidence (e.g. `Asia/Kuala_Lumpur`), for DST-correct maths. */
  timeZone: string | null;
  /** Where the time zone came from, for the warning/explanation trail. */
  offsetSource: 'text' | 'locale' | null;
  /** The exact text the date was read from and where. */
  text: string;
  start: number;
  end: number;
}

/** Stage 2 output. */
export interface ArticleMetadata {
  title: string | null;
  publisher: string | null;
  published: PublicationDate | null;
  dateline: string | null;
  /** Day-before-month order for numeric dates in this article, decided from evidence; null if no evidence was needed or found. */
  dayFirst: boolean | null;
  /** ISO 3166 alpha-2 country of the publisher's locale when evidence shows one. */
  locale: string | null;
  /** Spans of header material (title line, byline, date lines) that are not body text. */
  header: Span[];
  warnings: string[];
}

/** Stage 4 output. */
export interface Sentence extends Span {
  text: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Stage 5 output: one temporal expression. */
export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TimeML value: `2025-03-05`, `2024-11`, `1997`, `2013-W11`, `P1M`, `PRESENT_REF`, `XXXX-11` (unresolved)... */
  value: string;
  /** The calendar range it denotes, when it is a resolved DATE/TIME; null for durations, sets and unresolved expressions. */
  date: Omit<EventDate, 'label'> | null;
  /** How it was resolved, for the reader: e.g. "'last month' in an article published 6 March 2025". */
  explanation: string;
}

/** What relative expressions resolve against. */
export interface ResolutionContext {
  published: PublicationDate | null;
  dayFirst: boolean | null;
  /** ISO 3166 alpha-2 country of the article's locale evidence (metadata's `locale`); it picks how zone letters read. */
  locale?: string | null;
}

/** Stage 6 output: one dated happening from one sentence of one article. */
export interface DraftEvent {
  article: string;
  title: string;
  date: EventDate;
  sentence: Sentence;
  timex: Timex;
}

export type { EventDate, Precision };
