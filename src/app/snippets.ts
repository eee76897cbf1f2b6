// The copy-paste HTML a publisher puts in an article to embed a timeline: an iframe (with the
// resize helper) or the <event-timeline> element. Text only; the page shows it, never renders it.
import { hashForEvent } from '../core/protocol';
import type { EmbedLayout } from './embed-context';
import type { Theme } from './frame';

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

/**
 * The iframe embed's address for the page at `pageUrl`: the query `frameOptions` (frame.ts) reads,
 * defaults left out, and the open event's `#event=` fragment.
 */
export function frameUrl(pageUrl: string, theme: Theme, layout: EmbedLayout, eventId: string | null): string {
  const params = new URLSearchParams({ embed: '1' });
  if (theme !== 'light') params.set('theme', theme);
  if (layout !== 'compact') params.set('layout', layout);
  return `${pageUrl}?${params}${eventId === null ? '' : hashForEvent(eventId)}`;
}

/** What the publisher chose in the Embed panel. */
export interface EmbedOptions {
  theme: Theme;
  layout: EmbedLayout;
  /** A fixed height in CSS pixels (the timeline scrolls inside), or null: it grows with its content. */
  height: number | null;
}

/** Light, compact, growing with its content: what an embed does when nothing is asked. */
export const DEFAULT_EMBED: EmbedOptions = { theme: 'light', layout: 'compact', height: null };

/** The iframe embed's address: the page in embed mode with the chosen options and event. */
export function frameSource(target: EmbedTarget, options: EmbedOptions = DEFAULT_EMBED): string {
  return frameUrl(target.pageUrl, options.theme, options.layout, target.eventId);
}

/**
 * An iframe. Growing with its content, it carries `data-newsroom-timeline` and the resize helper,
 * which sets its height from the frame's messages; at a fixed height it is a plain frame.
 */
export function iframeSnippet(target: EmbedTarget, options: EmbedOptions = DEFAULT_EMBED): string {
  const title = `title="${escapeAttribute(`Timeline: ${target.title}`)}"`;
  const frame = `<iframe src="${escapeAttribute(frameSource(target, options))}" ${title}`;
  const sandbox = 'loading="lazy" sandbox="allow-scripts allow-same-origin"';
  if (options.height !== null) {
    return [frame, `  width="100%" height="${Math.round(options.height)}" ${sandbox}></iframe>`].join('\n');
  }
  return [
    frame,
    `  width="100%" height="640" ${sandbox}`,
    `  data-newsroom-timeline></iframe>`,
    `<script src="${escapeAttribute(`${target.embedBase}resize.js`)}" async></script>`,
  ].join('\n');
}

/** An <event-timeline> element and its module script; attributes only where they differ from the defaults. */
export function elementSnippet(target: EmbedTarget, options: EmbedOptions = DEFAULT_EMBED): string {
  const attributes = [`src="${escapeAttribute(target.dataUrl)}"`];
  if (target.eventId !== null) attributes.push(`event="${escapeAttribute(target.eventId)}"`);
  if (options.theme !== DEFAULT_EMBED.theme) attributes.push(`theme="${options.theme}"`);
  if (options.layout !== DEFAULT_EMBED.layout) attributes.push(`layout="${options.layout}"`);
  if (options.height !== null) attributes.push(`height="${Math.round(options.height)}px"`);
  return [
    `<script type="module" src="${escapeAttribute(`${target.embedBase}event-timeline.js`)}"></script>`,
    `<event-timeline ${attributes.join(' ')}></event-timeline>`,
  ].join('\n');
}
