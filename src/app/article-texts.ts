// Where an article's saved text is (`articles/<id>.txt` beside the event list), for the details
// to show a quote's paragraph. The page and the element say where their list came from; the
// fetching itself lives with the details, which load on first use.
import { getContext, setContext } from 'svelte';
import type { Article } from '../core/schema';

const KEY = Symbol('article-texts');

export interface ArticleTexts {
  /** The saved text's address, or null when the article has none or the list is not loaded. */
  address(article: Pick<Article, 'text'> | undefined): URL | null;
  /** How to fetch it: the element never sends the host page's cookies. */
  init?: RequestInit;
}

/** Called by the component that loads the list, with a getter for the list's address. */
export function provideArticleTexts(listAddress: () => URL | null, init?: RequestInit): void {
  setContext<ArticleTexts>(KEY, {
    address(article) {
      const base = listAddress();
      return base && article?.text ? new URL(article.text, base) : null;
    },
    init,
  });
}

export function articleTexts(): ArticleTexts | undefined {
  return getContext<ArticleTexts | undefined>(KEY);
}
