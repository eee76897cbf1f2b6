// Words the page shows about dates and sources: axis tick labels, an article's publication date,
// how an event's date was read, and a quote split around its date words.

import type { Article, Source } from './schema';
import { dateLabel } from './dates';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An axis tick label in newsroom style, at the coarsest unit the tick sits on:
 * "2025" on a new year, "Mar" on a new month, "5 Mar" on a day, "14:00" within a day.
 */
export function tickLabel(t: number): string {
  const d = new Date(t);
  if (d.getUTCHours() || d.getUTCMinutes()) return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  if (d.getUTCDate() !== 1) return `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]}`;
  if (d.getUTCMonth() !== 0) return SHORT_MONTHS[d.getUTCMonth()];
  return String(d.getUTCFullYear());
}

/** "6 March 2025" from `2025-03-06T01:54+05:30`: the date as the article printed it, in its own zone. */
export function publishedLabel(published: string | null): string | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const day = published.slice(0, 10);
  return dateLabel({ start: day, end: day, precision: 'day', approximate: false });
}

/** How a source's date words were read: "“last month” in an article published 6 March 2025". */
export function dateReading(source: Pick<Source, 'timex'>, article: Pick<Article, 'published'> | undefined): string {
  const words = `“${source.timex.text.trim()}”`;
  const published = publishedLabel(article?.published ?? null);
  return published ? `${words} in an article published ${published}` : `${words} in an article with no publication date`;
}

/** A quote in three plain-text parts, so the page can wrap the date words in `<mark>` without HTML. */
export interface QuoteParts {
  before: string;
  marked: string;
  after: string;
}

/**
 * Splits `source.quote` around its timex using the offsets both carry (into the same article
 * text). If the offsets disagree with the text, finds the words instead; if they are not there,
 * nothing is marked.
 */
export function splitQuote(source: Pick<Source, 'quote' | 'start' | 'timex'>): QuoteParts {
  const { quote, timex } = source;
  let from = timex.start - source.start;
  let to = timex.end - source.start;
  if (!(from >= 0 && to <= quote.length && from < to && quote.slice(from, to) === timex.text)) {
    from = timex.text ? quote.indexOf(timex.text) : -1;
    to = from + timex.text.length;
  }
  if (from < 0) return { before: quote, marked: '', after: '' };
  return { before: quote.slice(0, from), marked: quote.slice(from, to), after: quote.slice(to) };
}

/** The story's name: the article title most articles share, or "Timeline" when none has one. */
export function storyTitle(articles: readonly Pick<Article, 'title'>[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const title = a.title?.trim();
    if (title) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  let best = 'Timeline';
  let bestCount = 0;
  // First seen wins a tie, so the header does not change between runs.
  for (const [title, count] of counts) {
    if (count > bestCount) {
      best = title;
      bestCount = count;
    }
  }
  return best;
}

/** "1 article", "12 events", "10,000 events". */
export function countLabel(n: number, noun: string): string {
  // Grouped by hand: toLocaleString spins up the locale data on first use, a cost on first paint.
  const digits = Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-GB');
  return `${digits} ${noun}${n === 1 ? '' : 's'}`;
}
