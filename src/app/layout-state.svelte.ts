// The lane layout: how many lanes the first screen needs, where each visible event's mark and
// label go, what no lane took (clusters), and the layout held still through a wheel gesture.
// It builds on the view (and the view on the events): each layer reads the one below and adds
// one concern, with no forwarding between them (forwarding cost more page weight than the budget).

import { itemsInView, truncateLabel } from '../core/layout';
import { detailFor, zoomedScale, zoomLimits, type TimeScale } from '../core/zoom';
import type { TimelineItem } from './timeline-items';
import { DENSE, MIN_LANES, assignLanes, chartHeight, clusterMarks, followLayout, lanesForRoom, makeMeasure, type EventMark, type Layout } from './timeline-marks';
import { ViewState, type ViewTransform } from './view-state.svelte';

/** A layout held through a wheel gesture, and what it was laid out for. */
interface HeldLayout {
  layout: Layout;
  k: number;
  width: number;
  lanes: number;
  matches: readonly TimelineItem[];
}

export class LayoutState extends ViewState {
  #measure = makeMeasure();
  #truncated = new Map<string, string>();
  /** The window's height below the chart's top, less the strip and hint under it (px; 0 when not measured). */
  roomHeight = $state(0);
  /** As many lanes as fill that room. */
  maxLanes = $derived(lanesForRoom(this.roomHeight));
  /** The events the Key / All switch shows in the opening view, laid out in as many lanes as allowed. */
  #firstScreen = $derived.by(() => {
    const opening = this.opening;
    const scale = zoomedScale(this.baseScale, opening);
    const [from, to] = scale.domain();
    const inView = this.filtered.filter((i) => i.to >= from && i.from <= to);
    return { k: opening.k, x: opening.x, count: inView.length, layout: this.#assign(inView, scale, this.maxLanes) };
  });
  /**
   * Each event's lane in the opening view: every other view keeps an event in that lane where it is
   * free, so marks stay put while the reader zooms and pans (and every view is the same for the
   * same transform, whatever the way there).
   */
  #firstLanes = $derived(new Map(this.#firstScreen.layout.placed.map((p) => [p.id, p.lane])));
  /**
   * As many lanes as the opening view needs, within bounds: the chart is no taller than its first
   * screen calls for, and its height holds still while zooming.
   */
  lanes = $derived(Math.max(MIN_LANES, Math.min(this.maxLanes, this.#firstScreen.layout.lanesUsed)));
  height = $derived(chartHeight(this.lanes));
  limits = $derived(zoomLimits(this.domain, this.width, this.height, detailFor(this.shortestSpan)));

  visible = $derived.by(() => {
    const [from, to] = this.scale.domain();
    return itemsInView(this.matchIndex, from, to);
  });
  dense = $derived(this.visible.length > DENSE);

  /**
   * A wheel gesture is under way (`zoomGesture` starts it, `settle` ends it once the wheel has been
   * still for a moment). Meanwhile the layout is not redone each frame: the one held from the
   * gesture's start moves with the scale, so a frame costs what a pan does, and the lanes, labels
   * and clusters are laid out afresh when the gesture settles (or has zoomed too far from them).
   */
  zooming = $state(false);
  /** The layout a wheel gesture holds, and what it was laid out for. Written by the methods below, never while deriving. */
  #held = $state.raw<HeldLayout | null>(null);

  layout: Layout = $derived.by(() => {
    const held = this.#held;
    if (this.zooming && held && this.#holds(held)) return followLayout(held.layout, this.scale, this.transform.k < held.k, this.width);
    return this.#layOut(this.scale);
  });

  /** The held layout still fits: same width, lanes and matches, and not zoomed too far from it. */
  #holds(held: HeldLayout): boolean {
    const k = this.transform.k;
    return held.width === this.width && held.lanes === this.lanes && held.matches === this.matches && k <= held.k * 16 && k >= held.k / 8;
  }

  /** Holds the layout on screen now (laid out afresh if the held one no longer fits). */
  #hold(): void {
    this.#held = { layout: this.layout, k: this.transform.k, width: this.width, lanes: this.lanes, matches: this.matches };
  }

  /** A wheel gesture zooms: from its first step the layout holds (see `zooming`). */
  zoomGesture(): void {
    if (this.zooming) return;
    this.#hold();
    this.zooming = true;
  }

  /** The wheel gesture is over: lay out afresh. */
  settle(): void {
    this.zooming = false;
    this.#held = null;
  }

  /** d3-zoom moved the this. During a wheel gesture zoomed too far from the held layout, hold a fresh one. */
  moveView(next: ViewTransform): void {
    this.transform = next;
    const held = this.#held;
    if (this.zooming && held && !this.#holds(held)) this.#hold();
  }

  #layOut(scale: TimeScale): Layout {
    const visible = this.visible;
    const width = this.width;
    const transform = this.transform;
    // The first screen is laid out once: the layout the height came from (fewer lanes place the same).
    const first = this.#firstScreen;
    const same = transform.k === first.k && transform.x === first.x && visible.length === first.count;
    const { placed } = same ? first.layout : this.#assign(visible, scale, this.lanes, this.#firstLanes);
    const marks: EventMark[] = placed.map((p) => {
      const item = p.item.item;
      const label = this.#truncate(item, p.labelRoom);
      const labelWidth = !label ? 0 : label === item.event.title ? (item.titleWidth ??= this.#measure(label)) : this.#measure(label);
      const labelX = p.flipped ? p.labelX + p.labelRoom - labelWidth : p.labelX;
      return { item, lane: p.lane, x0: p.x0, x1: p.x1, labelX, label, labelWidth, flipped: p.flipped };
    });
    // What no lane took, in date order (the order clustering wants).
    const taken = new Set(marks.map((m) => m.item));
    const clusters = clusterMarks(taken.size ? visible.filter((i) => !taken.has(i)) : visible, scale, width, this.#measure);
    return { marks, clusters };
  }

  #assign(items: readonly TimelineItem[], scale: (t: number) => number, lanes: number, before?: ReadonlyMap<string, number>) {
    return assignLanes(items, scale, lanes, this.width, this.#measure, before);
  }

  #truncate(item: TimelineItem, room: number): string {
    const whole = Math.floor(room + 1e-6); // float noise must not cost a pixel
    const key = `${item.id}\u0000${whole}`;
    let label = this.#truncated.get(key);
    if (label === undefined) {
      label = truncateLabel(item.event.title, whole, this.#measure);
      if (this.#truncated.size > 20_000) this.#truncated.clear();
      this.#truncated.set(key, label);
    }
    return label;
  }

  /**
   * Where button and key zooms centre: the open event if it is on screen, else the middle event on
   * screen (so zooming heads towards the events, not into an empty middle), else the middle.
   */
  get focus(): number {
    const scale = this.scale;
    const [from, to] = scale.domain();
    const middle = (i: TimelineItem) => (Math.max(i.from, from) + Math.min(i.to, to)) / 2;
    const selected = this.selected;
    if (selected && selected.to > from && selected.from < to) return scale(middle(selected));
    const visible = this.visible;
    if (visible.length) return scale(middle(visible[Math.floor(visible.length / 2)]));
    return this.width / 2;
  }

  /**
   * The view that shows event `id` as its own mark: none when it already has one with its middle on
   * screen (or is not among the matches), else the current zoom panned to centre it, else zoomed in
   * by halves around it.
   * At the deepest zoom it may still share a cluster; that view is the nearest there is.
   */
  revealTransform(id: string): ViewTransform | null {
    const item = this.byId.get(id);
    if (!item || !this.matches.includes(item)) return null;
    const middle = this.baseScale((item.from + item.to) / 2);
    // Its own mark, with the mark's middle on screen (a mark half off the edge is not shown).
    const onScreen = this.transform.x + this.transform.k * middle;
    if (onScreen >= 0 && onScreen <= this.width && this.layout.marks.some((m) => m.item === item)) return null;
    const [, kMax] = this.scaleExtent;
    let candidate: ViewTransform | null = null;
    for (let k = this.transform.k; ; k = Math.min(kMax, k * 2)) {
      candidate = this.clamp(k, this.width / 2 - k * middle);
      const scale = zoomedScale(this.baseScale, candidate);
      const [from, to] = scale.domain();
      const { placed } = this.#assign(itemsInView(this.matchIndex, from, to), scale, this.lanes, this.#firstLanes);
      if (placed.some((p) => p.item.item === item) || k >= kMax) break;
    }
    return candidate;
  }
}
