// The view: the chart's width, the zoom transform and the scales derived from it, and every way
// the view moves (zoom, pan, show all, frame a range, open on the story). d3-zoom writes only
// `transform`; `clamp` is the one place a view is constrained.

import type { Selection } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { openingSpan } from '../core/focus';
import { clampView, dataExtent, detailFor, formatRange, frameTransform, paddedDomain, timeScale, zoomedScale, zoomLimits, type TimeScale } from '../core/zoom';
import type { EventList } from '../core/schema';
import { EventsState } from './events-state.svelte';

/** The zoom as d3-zoom reports it: scale `k`, then translation `x` (and `y`, always 0 here). */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const SHOW_ALL: ViewTransform = { k: 1, x: 0, y: 0 };

export type ZoomTarget = Selection<SVGSVGElement, unknown, null, undefined>;

const DEFAULT_WIDTH = 960;

function prefersReducedMotion(): boolean {
  // Without matchMedia (jsdom) there is nothing to animate for.
  return typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class ViewState extends EventsState {
  #zoom: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  #svg: ZoomTarget | null = null;
  #toZoom: (t: ViewTransform) => ZoomTransform = () => {
    throw new Error('no zoom behaviour connected');
  };

  /** Width of the chart in pixels; a measured 0 (no layout yet) falls back to a default. */
  measuredWidth = $state(0);
  #fixedWidth: () => number | undefined;

  constructor(data: () => EventList, width: () => number | undefined = () => undefined) {
    super(data);
    this.#fixedWidth = width;
  }

  /** Width of the chart: fixed by the embedder, else measured, else a default while there is no layout. */
  get width(): number {
    return this.#fixedWidth() ?? (this.measuredWidth > 0 ? this.measuredWidth : DEFAULT_WIDTH);
  }

  /** The width is fixed, measured, or cannot be measured (no ResizeObserver, as in jsdom). */
  get widthKnown(): boolean {
    return this.#fixedWidth() !== undefined || this.measuredWidth > 0 || typeof ResizeObserver === 'undefined';
  }

  extent = $derived(dataExtent(this.items.map((i) => [i.from, i.to] as const)));
  domain = $derived(paddedDomain(this.extent));
  fullRangeText = $derived(this.extent ? formatRange(this.extent[0], this.extent[1]) : '');
  /** Time to pixels at "Show all"; never mutated, the view is derived from it and the transform. */
  baseScale = $derived(timeScale(this.domain, [0, this.width]));
  scale: TimeScale = $derived(zoomedScale(this.baseScale, this.transform));
  shortestSpan = $derived(this.items.reduce((s, i) => Math.min(s, i.to - i.from), Infinity));
  /** How far the view may zoom; unlike the chart's `limits` it does not need the lanes laid out. */
  scaleExtent = $derived(zoomLimits(this.domain, this.width, 0, detailFor(this.shortestSpan)).scaleExtent);
  rangeText = $derived.by(() => {
    const [from, to] = this.scale.domain();
    return formatRange(from, to);
  });
  ticks = $derived(this.scale.ticks(Math.max(2, Math.floor(this.width / 110))));
  /** The view the page opens on (see `openingView`). */
  opening = $derived(this.openingView());

  /** The view as last moved; null until the first move. */
  #moved = $state.raw<ViewTransform | null>(null);
  /**
   * The zoom. Until the view first moves it is the opening view (once the width is known), so the
   * first screen is laid out once, there, rather than for the whole range and then again.
   */
  #transform = $derived(this.#moved ?? (this.widthKnown ? this.opening : SHOW_ALL));

  get transform(): ViewTransform {
    return this.#transform;
  }

  /** A move to the view already shown keeps the same object, so nothing derived from it is redone. */
  set transform(next: ViewTransform) {
    const now = this.#transform;
    this.#moved = next.k === now.k && next.x === now.x && next.y === now.y ? now : next;
  }

  /** A view at zoom `k` and offset `x`, clamped as d3-zoom would clamp it. */
  clamp(k: number, x: number): ViewTransform {
    return { ...clampView(k, x, this.width, this.scaleExtent), y: 0 };
  }

  /**
   * Hands d3-zoom to the state so buttons and keys can drive the same gesture engine; `toZoom`
   * makes d3-zoom's transform objects. Until then (or without one, as in jsdom) they set the
   * transform directly.
   */
  connectZoom(svg: ZoomTarget, behavior: ZoomBehavior<SVGSVGElement, unknown>, toZoom: (t: ViewTransform) => ZoomTransform): () => void {
    this.#svg = svg;
    this.#zoom = behavior;
    this.#toZoom = toZoom;
    return () => {
      if (this.#zoom === behavior) {
        this.#zoom = null;
        this.#svg = null;
      }
    };
  }

  #apply(act: (behavior: ZoomBehavior<SVGSVGElement, unknown>, target: any) => void, fallback: () => ViewTransform): void {
    if (this.#zoom && this.#svg) {
      const target = prefersReducedMotion() ? this.#svg : this.#svg.transition().duration(300);
      act(this.#zoom, target);
    } else {
      this.transform = fallback();
    }
  }

  /** Zooms by `factor` around `centre` (view pixels). */
  zoomAround(factor: number, centre: [number, number]): void {
    this.#apply(
      (z, target) => z.scaleBy(target, factor, centre),
      () => {
        const { k } = this.clamp(this.transform.k * factor, 0);
        return this.clamp(k, centre[0] - ((centre[0] - this.transform.x) * k) / this.transform.k);
      },
    );
  }

  /** Pans by `px` view pixels; positive moves the view earlier in time. */
  panBy(px: number): void {
    this.#apply(
      (z, target) => z.translateBy(target, px / this.transform.k, 0),
      () => this.clamp(this.transform.k, this.transform.x + px),
    );
  }

  showAll(): void {
    this.zoomTo(SHOW_ALL);
  }

  /** Frames `[from, to)` on screen. Returns false when the view cannot zoom in any further to show it. */
  zoomToRange(from: number, to: number): boolean {
    const { k, x } = frameTransform(this.baseScale(from), this.baseScale(to), this.width, this.scaleExtent, 48);
    if (k <= this.transform.k * 1.01 && this.transform.k >= this.scaleExtent[1] * 0.99) return false;
    this.zoomTo({ k, x, y: 0 });
    return true;
  }

  /** The view `openingSpan` gives: the stretch holding most key events; "Show all" when that is most of the range. */
  openingView(): ViewTransform {
    const span = openingSpan(this.items.map((i) => ({ from: i.from, to: i.to, key: i.event.key })), this.domain);
    if (!span) return SHOW_ALL;
    const { k, x } = frameTransform(this.baseScale(span[0]), this.baseScale(span[1]), this.width, this.scaleExtent, 0);
    return this.clamp(k, x);
  }

  /** Moves the view to `k`, `x` at once (clamped), as a drag does: no animation. */
  jumpTo(next: { k: number; x: number }): void {
    const view = this.clamp(next.k, next.x);
    if (this.#zoom && this.#svg) this.#zoom.transform(this.#svg, this.#toZoom(view));
    else this.transform = view;
  }

  /** Moves the view to `next` (animated unless the reader prefers reduced motion). */
  zoomTo(next: ViewTransform): void {
    this.#apply((z, target) => z.transform(target, this.#toZoom(next)), () => next);
  }
}
