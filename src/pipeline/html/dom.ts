// A saved page as a document a server can read: checked before parsing (a size cap, and a cheap
// tag scan for nesting and element count, since a DOM walk over 100,000 nested elements overflows
// the stack), parsed with linkedom, and stripped of everything that is never text: scripts,
// styles, templates, frames and embedded objects are removed, never run.

import { parseHTML } from 'linkedom';

/** Bytes of HTML read; a news page is rarely over 2 MB, and a bigger one is an archive or a dump. */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;
/** Nesting deeper than this is not a page anyone wrote; real pages stay under 100. */
export const MAX_DEPTH = 400;
/** Elements in one page; big news pages have 5,000-20,000. */
export const MAX_ELEMENTS = 150_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements whose open tag closes an open one of the same name (`<p>a<p>b`). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** Elements whose content is raw text, skipped by the scan. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
/** Removed before reading: never text, and never run. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, canvas, link';

/** Why a page is not parsed, or null: too many bytes, elements or levels of nesting. */
export function refuseShape(html: string): string | null {
  if (html.length > MAX_HTML_BYTES) return `page too large (${(html.length / 1048576).toFixed(1)} MB; the limit is ${MAX_HTML_BYTES / 1048576} MB)`;
  const stack: string[] = [];
  let elements = 0;
  let deepest = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<!--[\s\S]*?-->/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    if (m[1]) {
      // A closing tag closes the nearest open element of its name, and any left open inside it.
      const at = stack.lastIndexOf(name);
      if (at >= 0 && stack.length - at <= 64) stack.length = at;
      continue;
    }
    elements++;
    if (elements > MAX_ELEMENTS) return `too many elements (more than ${MAX_ELEMENTS.toLocaleString('en-US')}); not read`;
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name)) {
      // `<li>a<p>b<li>c`: the new item closes the open one and what is open inside it.
      const open = stack.lastIndexOf(name);
      if (open >= 0 && stack.length - open <= 4) stack.length = open;
    }
    stack.push(name);
    if (stack.length > deepest) deepest = stack.length;
    if (deepest > MAX_DEPTH) return `elements nested more than ${MAX_DEPTH} deep; not a page that can be read safely`;
  }
  return null;
}

/** The parsed page; nothing in it is run. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Removes scripts, styles and embedded objects (after their declared metadata is read). */
export function stripNeverText(document: Document): void {
  for (const node of [...document.querySelectorAll(NEVER_TEXT)]) node.remove();
}
