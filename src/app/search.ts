// Finding events by the reader's words: in the headline, in any quote, in a source's publisher or
// article title, or in an editor's tag or note. Every word must appear somewhere; case and accents
// do not matter. A word starting with `#` picks events by tag (`#budget`), and with several such
// words an event needs any one of them: the tag filter writes them into the search, so what is
// filtered is always written where the reader can see and change it.

import type { Article, TimelineEvent } from '../core/schema';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Brackets a tag in the search text; no typed word holds it, so `#budget` cannot match `#budgets`. */
const TAG_MARK = '\u0001';

/** A tag as one search word: folded, its spaces turned to hyphens (`#public-transport`). */
export function tagWord(tag: string): string {
  return `#${fold(tag).trim().replace(/\s+/g, '-')}`;
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
  if (event.note) parts.push(event.note);
  // Plain too, so "budget" finds the events tagged budget.
  for (const tag of event.tags ?? []) parts.push(`${TAG_MARK}${tagWord(tag).slice(1)}${TAG_MARK}`);
  return fold(parts.join('\n'));
}

function words(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** True when every word of `query` occurs in `text` (already folded by `searchText`), and one of its `#tag` words if any. */
export function matchesQuery(text: string, query: string): boolean {
  let tagged = false;
  let anyTag = false;
  for (const word of words(query)) {
    if (word.length > 1 && word.startsWith('#')) {
      tagged = true;
      // An exact tag, or the words as written ("#5" in a headline).
      anyTag ||= text.includes(`${TAG_MARK}${word.slice(1)}${TAG_MARK}`) || text.includes(word);
    } else if (!text.includes(word)) return false;
  }
  return !tagged || anyTag;
}

/** The `#tag` words of a query, folded. */
export function queryTagWords(query: string): Set<string> {
  return new Set(words(query).filter((w) => w.length > 1 && w.startsWith('#')));
}

/** The query with `tag` added as a `#tag` word, or taken out when it is already there. */
export function toggleTag(query: string, tag: string): string {
  const word = tagWord(tag);
  const kept = query.split(/\s+/).filter((w) => w && fold(w) !== word);
  const had = kept.length !== query.split(/\s+/).filter(Boolean).length;
  return (had ? kept : [...kept, word]).join(' ');
}
