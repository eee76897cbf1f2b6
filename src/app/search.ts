// Finding events by the reader's words: in the headline, in any quote, or in a source's publisher
// or article title. Every word must appear somewhere; case and accents do not matter.

import type { Article, TimelineEvent } from '../core/schema';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The text an event can be found by, folded once when the data loads. */
export function searchText(event: TimelineEvent, articles: ReadonlyMap<string, Article>): string {
  const parts = [event.title, event.date.label];
  for (const source of event.sources) {
    parts.push(source.quote);
    const article = articles.get(source.article);
    if (article?.publisher) parts.push(article.publisher);
    if (article?.title) parts.push(article.title);
  }
  return fold(parts.join('\n'));
}

/** True when every word of `query` occurs in `text` (already folded by `searchText`). */
export function matchesQuery(text: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.every((w) => text.includes(w));
}
