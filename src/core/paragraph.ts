// The paragraph of an article's saved text around a source's quote, so a reader can see the quote
// in its place and check it: the quote must still be exactly `text.slice(start, end)`.

/** A paragraph split around the quote; `clippedBefore`/`clippedAfter` when a long paragraph was cut. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Characters of context kept on each side of the quote within a very long paragraph. */
export const CONTEXT_CHARS = 600;

/**
 * The paragraph (text between blank lines) holding `text.slice(start, end)`, or null when the
 * saved text no longer holds `quote` at those offsets: then the list and its text disagree, and
 * showing the surrounding words would be showing something else.
 */
export function quoteInContext(text: string, quote: string, start: number, end: number, limit = CONTEXT_CHARS): QuoteInContext | null {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) return null;
  if (text.slice(start, end) !== quote) return null;
  const blankBefore = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  const blankAfter = text.indexOf('\n\n', end);
  let from = blankBefore < 0 ? 0 : blankBefore + 2;
  let to = blankAfter < 0 ? text.length : blankAfter;
  // A quote that itself spans a blank line keeps the paragraphs it joins.
  if (from > start) from = start;
  const clippedBefore = start - from > limit;
  const clippedAfter = to - end > limit;
  if (clippedBefore) from = wordStart(text, start - limit);
  if (clippedAfter) to = wordEnd(text, end + limit);
  return {
    before: text.slice(from, start).replace(/^\s+/, ''),
    quote,
    after: text.slice(end, to).replace(/\s+$/, ''),
    clippedBefore,
    clippedAfter,
  };
}

/** The start of the word at or after `index`, so a cut never splits a word. */
function wordStart(text: string, index: number): number {
  const space = text.slice(index).search(/\s/);
  return space < 0 ? index : index + space + 1;
}

/** The end of the word at or before `index`. */
function wordEnd(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space < 0 ? index : space;
}
