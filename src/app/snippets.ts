// The copy-paste HTML a publisher puts in an article to embed a timeline: an iframe (with the
// resize helper) or the <event-timeline> element. Text only; the page shows it, never renders it.
import { hashForEvent } from '../core/protocol';

export interface EmbedTarget {
  /** The timeline page, absolute, without query or fragment. */
  pageUrl: string;
  /** The event list, absolute. */
  dataUrl: string;
  /** The folder holding event-timeline.js and resize.js, absolute, ending in `/`. */
  embedBase: string;
  /** The story's title, for the iframe's accessible name. */
  title: string;
  /** The event to open, if any. */
  eventId: string | null;
}

/** `&`, `"`, `<` and `>` escaped, for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Where the embed files of the page at `pageHref` (with its `<base>` as `baseHref`) are. */
export function embedTarget(pageHref: string, baseHref: string, dataPath: string, title: string, eventId: string | null): EmbedTarget {
  const page = new URL(pageHref);
  return {
    pageUrl: `${page.origin}${page.pathname}`,
    dataUrl: new URL(dataPath, baseHref).href,
    embedBase: new URL('embed/', baseHref).href,
    title,
    eventId,
  };
}

export function iframeSnippet(target: EmbedTarget): string {
  const fragment = target.eventId === null ? '' : hashForEvent(target.eventId);
  const src = `${target.pageUrl}?embed=1${fragment}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Timeline: ${target.title}`)}"`,
    `  width="100%" height="640" loading="lazy" sandbox="allow-scripts allow-same-origin"`,
    `  data-newsroom-timeline></iframe>`,
    `<script src="${escapeAttribute(`${target.embedBase}resize.js`)}" async></script>`,
  ].join('\n');
}

export function elementSnippet(target: EmbedTarget): string {
  const event = target.eventId === null ? '' : ` event="${escapeAttribute(target.eventId)}"`;
  return [
    `<script type="module" src="${escapeAttribute(`${target.embedBase}event-timeline.js`)}"></script>`,
    `<event-timeline src="${escapeAttribute(target.dataUrl)}"${event} theme="auto"></event-timeline>`,
  ].join('\n');
}
