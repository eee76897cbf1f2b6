// The article in a page: Mozilla's Readability picks the article element, and its content becomes
// plain text with one blank line between blocks, which is the text quotes are offsets into. A page
// whose best candidate is short (a paywall stub, a 404 page) or mostly links (an index page) has
// no article.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Fewer characters of body text than this is a teaser, a stub or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 400;
/** Share of the text inside links above which the "article" is a list of links. */
const MAX_LINK_SHARE = 0.5;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul', 'td', 'th',
]);

/**
 * Plain text of an element: text nodes joined, white space collapsed within a block, blocks
 * separated by a blank line, `<br>` as a line break. Walks without recursion.
 */
export function plainText(root: Node): string {
  const blocks: string[] = [];
  let line = '';
  let current: string[] = [];
  const flushLine = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) current.push(t);
    line = '';
  };
  const flushBlock = () => {
    flushLine();
    if (current.length) blocks.push(current.join('\n'));
    current = [];
  };
  type Step = { node: Node; exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = (node as Element).localName?.toLowerCase() ?? '';
    if (exit) {
      if (BLOCK.has(name)) flushBlock();
      continue;
    }
    if (name === 'br') {
      flushLine();
      continue;
    }
    if (BLOCK.has(name)) flushBlock();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flushBlock();
  return blocks.join('\n\n');
}

/** Characters of text inside links, over all characters of text. */
function linkShare(root: Element): number {
  const all = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (all === 0) return 1;
  let linked = 0;
  for (const a of root.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / all;
}

export interface PageBody {
  /** The article's title as Readability read it. */
  title: string | null;
  byline: string | null;
  text: string;
}

/** The article's plain text, or why the page has none. `document` is consumed (Readability changes it). */
export function readBody(document: Document): PageBody | { reason: string } {
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document, { disableJSONLD: true }).parse();
  } catch (error) {
    return { reason: `could not be read as an article (${(error as Error).message})` };
  }
  if (!parsed || !parsed.content) return { reason: 'no article found in the page' };
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const body = content.body as unknown as Element;
  const text = plainText(body as unknown as Node);
  if (text.length < MIN_ARTICLE_CHARS) return { reason: `no article found in the page (only ${text.length} characters of text: a stub, a paywall or an error page?)` };
  if (linkShare(body) > MAX_LINK_SHARE) return { reason: 'no article found in the page (its text is mostly links: an index page?)' };
  return { title: parsed.title?.trim() || null, byline: parsed.byline?.trim() || null, text };
}
