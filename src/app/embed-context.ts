// How a timeline knows it is embedded: the embed's entry (src/main.ts for `?embed=1`, the
// <event-timeline> element) puts an `Embedding` in the component context. The page has none, so
// the embed's own code (embedding.svelte.ts, with its hint and styles) stays out of its first load.
import { getContext, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** `compact` (title line, search and tools behind one button) or `full` (the page's header and toolbar). */
export type EmbedLayout = 'compact' | 'full';

/** `full` if asked for; anything else is the compact layout. */
export function readLayout(value: string | null | undefined): EmbedLayout {
  return value === 'full' ? 'full' : 'compact';
}

/** Whether a wheel or touch goes to the chart or is left to the host page. */
export interface GestureGuard {
  /** The reader clicked or tapped the chart. */
  readonly engaged: boolean;
  /** The reader scrolled over the chart without engaging it. */
  readonly nudged: boolean;
  /** Asked by d3-zoom's filter about each gesture event. */
  allows(event: Event): boolean;
  /** On the chart's SVG: follows the reader's clicks and keeps `touch-action` in step. */
  attach: Attachment<SVGSVGElement>;
}

export interface Embedding {
  guard: GestureGuard;
  /** The line under the chart that says how to zoom it here. */
  Hint: Component<{ guard: GestureGuard }>;
  /** The compact layout (else the page's header and toolbar). */
  readonly compact: boolean;
}

/** The context key. */
export const EMBEDDING = Symbol('embedding');

/** The embed's settings, or undefined on the full page. Call during component initialisation. */
export function embedding(): Embedding | undefined {
  return getContext<Embedding | undefined>(EMBEDDING);
}
