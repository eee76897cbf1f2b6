// The data passed between pipeline stages. Every offset is into the article file's text with the
// BOM removed and line endings kept as they were, so a quote is always `text.slice(start, end)`.

import type { LabelOptions } from '../core/dates';
import type { EventDate, Precision } from '../core/schema';
import type { DeclaredMetadata } from './html/declared';
import type { Token } from './language/tokens';

/** Stage 1 output: one readable article file. */
export interface SourceText {
  /** File name relative to the input folder, e.g. `000_abc.txt`. */
  file: string;
  /** Decoded text, BOM removed, line endings untouched. */
  text: string;
  /** How the bytes were decoded, e.g. `utf-8` or `windows-1252`. */
  encoding: string;
  warnings: string[];
  /** For a saved web page: what it declares about itself; `text` is then the article's extracted text. */
  declared?: DeclaredMetadata;
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
  /** The article's web address (http or https), from a `URL:`/`Source:` line or front matter. */
  url?: string;
}

/** Stage 4 output. */
export interface Sentence extends Span {
  text: string;
  /** Its words with part-of-speech guesses, offsets into `text`: made once for the sentence (see `sentenceOf`), read by every later step. */
  tokens: readonly Token[];
}

/** An event date before its label, with what the label needs beyond it: a clock with no known zone, a range's own ends. */
export type DateRange = Omit<EventDate, 'label'> & Pick<LabelOptions, 'localClock' | 'ends'>;

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Stage 5 output: one temporal expression. */
export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TimeML value: `2025-03-05`, `2024-11`, `1997`, `2013-W11`, `P1M`, `PRESENT_REF`, `XXXX-11` (unresolved)... */
  value: string;
  /** The calendar range it denotes, when it is a resolved DATE/TIME; null for durations, sets and unresolved expressions. */
  date: DateRange | null;
  /** How it was resolved, as a record later steps read (never the explanation's words). */
  resolution: Resolution;
  /** How it was resolved, for the reader, rendered from `resolution` by `timex/explain.ts` and read by nothing later. */
  explanation: string;
}

/** The sentence's tense around an expression: "said Wednesday" is past, "will vote Friday" future. */
export type Tense = 'past' | 'future' | null;

/** How a temporal expression was resolved: which rule read it, what it was counted from and how. */
export interface Resolution {
  /** The catalogue rule that recognised it (`month day`, `weekday`...), or the step that built it (`range`, `anaphora`, `publication date`, `chrono fallback`, `cross-document year`). */
  rule: string;
  /** What the value was worked out from: the text alone, the publication date, the date the article mentioned before it, another article, or nothing (unresolved). */
  anchor: 'text' | 'publication' | 'earlier mention' | 'other article' | 'none';
  /** The sentence's tense as read for the expression; null for none or where it was not needed. */
  tense: Tense;
  /** For a repeating day, month, season or holiday, how its occurrence was picked: by tense, as the one nearest publication, by the weekday written beside it, by a word ("last", "next"), or by the date written beside a weekday ("Sunday (July 18)"). */
  pickedBy: 'tense' | 'nearest' | 'weekday' | 'word' | 'written date' | null;
  /** Whether the occurrence picked lies on or before the anchor ('back') or after it ('forward'); null when nothing was picked. */
  direction: 'back' | 'forward' | null;
  /** The year was not written but worked out (from the anchor, a weekday, or another article). */
  yearInferred: boolean;
  /** Why no value could be given, when none could. */
  unresolved: 'no publication date' | 'no earlier date' | 'ambiguous day order' | 'not a calendar day' | null;
  /** The publication day (ISO) it was counted from, when its anchor is the publication. */
  publication?: string;
  /** On a page of stamped entries, the stamp of the entry it is in, whose day stands for `publication`. */
  entry?: string;
  /** The expression it was counted from (an earlier mention, or another article's date and the words the two sentences share). */
  reference?: { text: string; article?: string; shared?: string[]; comparison?: boolean };
  /** A count from a happening the article dates elsewhere ("days before his death"): that happening, a key of ANCHOR_HAPPENINGS; what is told on the date is not it. */
  countedFrom?: string;
  /** A range's two ends as written. */
  range?: {
    from: string;
    to: string;
    /** Each end's own TimeML value ("between 1994 and 1997": `1994`, `1997`): TimeML annotates the ends as two expressions. */
    values?: [string, string];
  };
  /** A clock time: the zone letters written beside it (null: none), the offset it was converted with (null: zone unknown, wall clock kept), and whether it found its day. */
  clock?: { zone: string | null; offset: string | null; day: 'joined' | 'sentence' | 'earlier mention' | 'none' };
}

/** What relative expressions resolve against. */
export interface ResolutionContext {
  published: PublicationDate | null;
  dayFirst: boolean | null;
  /** ISO 3166 alpha-2 country of the article's locale evidence (metadata's `locale`); it picks how zone letters read. */
  locale?: string | null;
  /** The zone of the city the story is datelined from: a clock time without zone letters is that city's. */
  placeZone?: string | null;
}

/** Stage 6 output: one dated happening from one sentence of one article. */
export interface DraftEvent {
  article: string;
  title: string;
  date: EventDate;
  sentence: Sentence;
  timex: Timex;
  /** `planned` for a scheduled happening; a happened one leaves it out of the output. */
  status?: 'planned';
  /** The words merging compares, where they differ from the title (see eventTitles in title.ts). */
  matchTitle?: string;
  /**
   * The clause tells it as done before the article was written, in the past ("extended the offer until May 3"), the
   * perfect ("has extended") or in what someone said: a date after the publication day is not its day.
   */
  toldDone?: 'past' | 'perfect' | 'reported';
  /** A schedule ("the offer was due to expire Friday") or an expectation ("was expected to vote Friday") told in the past: see DateReading. */
  lapsed?: 'schedule' | 'expectation';
}

export type { EventDate, Precision };
