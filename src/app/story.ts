// The story's name for the page's heading and the document title: the editor's title when the list
// has one, else what the list is ("12 events from 5 articles, 1997–2025"), never one article's
// headline (a folder may hold several stories).

import type { EventList } from '../core/schema';
import { countLabel } from '../core/format';

/** First and last year of the events, "1997–2025", or one year; '' without events. */
export function yearSpan(list: Pick<EventList, 'events'>): string {
  let first = Infinity;
  let last = -Infinity;
  for (const e of list.events) {
    first = Math.min(first, yearOf(e.date.start));
    last = Math.max(last, yearOf(e.date.end ?? e.date.start));
  }
  if (!Number.isFinite(first) || !Number.isFinite(last)) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

// A valid list's dates begin with a four-digit year (`schema.ts`).
const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The heading: the story's title, else "N events from M articles, span". */
export function storyHeading(list: Pick<EventList, 'events' | 'articles' | 'story'>): string {
  const title = list.story?.title?.trim();
  if (title) return title;
  const span = yearSpan(list);
  return `${countLabel(list.events.length, 'event')} from ${countLabel(list.articles.length, 'article')}${span ? `, ${span}` : ''}`;
}
