// The address a saved page came from, in the browsers' own convention: a first-line comment
// `<!-- saved from url=(0042)https://example.org/a -->`, where the number is the address's length.
// `--fetch` writes it; pages saved by a browser already carry it.

import { isWebAddress } from '../../core/schema';

const SAVED_FROM = /<!--\s*saved from url=\((\d{1,4})\)([^\s>]+?)\s*-->/i;
/** The comment sits at the top; a page is not searched beyond this for it. */
const LOOK_WITHIN = 4096;

/** The comment that records where a page was downloaded from. */
export function savedFromComment(url: string): string {
  // The length is of the address as written; browsers pad it to four digits.
  return `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`;
}

/** The http(s) address recorded in a page's saved-from comment, or null. */
export function readSavedFrom(html: string): string | null {
  const match = SAVED_FROM.exec(html.slice(0, LOOK_WITHIN));
  if (!match) return null;
  const url = match[2];
  return isWebAddress(url) ? url : null;
}
