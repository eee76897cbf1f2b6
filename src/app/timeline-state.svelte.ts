// The timeline's state: the events, the search, the selection and the zoom transform, and
// everything derived from them (scales, lanes, clusters, the words for the visible range).
// Components read it and render; d3-zoom writes only `transform`.

import type { Selection } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import type { Article, EventList, Precision, TimelineEvent } from '../core/schema';
import { dateLabel, dateSpan } from '../core/dates';
import { clusterEvents, estimateTextWidth, itemsInView, spanIndex, truncateLabel, type Cluster, type Measure } from '../core/layout';
import { openingSpan } from '../core/focus';
import { clampView, dataExtent, detailFor, formatRange, frameTransform, paddedDomain, timeScale, zoomLimits, zoomedScale, type TimeScale } from '../core/zoom';
import { matchesQuery, searchText } from './search';
import { assignByImportance, groupName, labelWeight } from '../core/labels';

/** One event ready to draw: its span in UTC ms and what the page says about it. */
export interface TimelineItem {
  id: string;
  event: TimelineEvent;
  from: number;
  to: number;
  precision: Precision;
  approximate: boolean;
  /** A single day or minute is a point; anything longer is a bar. */
  point: boolean;
  dateText: string;
  /** The accessible name of its control: date label, then headline. */
  name: string;
  /** Folded text to search, made on the first search rather than while the page loads. */
  search?: string;
  /** Width of the whole headline as a label, measured the first time a layout asks. */
  titleWidth?: number;
}

/** The zoom as d3-zoom reports it: scale `k`, then translation `x` (and `y`, always 0 here). */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const SHOW_ALL: ViewTransform = { k: 1, x: 0, y: 0 };

type ZoomTarget = Selection<SVGSVGElement, unknown, null, undefined>;

/** A placed event mark, in view pixels. */
export interface EventMark {
  item: TimelineItem;
  lane: number;
  x0: number;
  x1: number;
  labelX: number;
  label: string;
  labelWidth: number;
  /** The label ends at the mark instead of starting there. */
  flipped: boolean;
}

export interface ClusterMark {
  cluster: Cluster<TimelineItem>;
  count: number;
  x0: number;
  x1: number;
  name: string;
  /** What the row shows beside the pill: its most important member's title, shortened to the room before the next pill ('' when none). */
  label: string;
}

export const LABEL_FONT_SIZE = 13;
export const LABEL_FONT = `${LABEL_FONT_SIZE}px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;
export const AXIS_HEIGHT = 34;
export const LANE_HEIGHT = 42;
export const CLUSTER_ROW = 34;
export const RUG_HEIGHT = 18;
/** Lanes at most when the room below the chart's top is not known (embeds, tests); with it, 4 to 14. */
const MAX_LANES = 8;
const MIN_LANES = 2;
/** The lanes that fit in `room` px of window below the chart's top: 4 to 14; `MAX_LANES` when unknown (0). */
export function lanesForRoom(room: number): number {
  if (!(room > 0)) return MAX_LANES;
  return Math.max(4, Math.min(14, Math.floor((room - AXIS_HEIGHT - 10 - CLUSTER_ROW - RUG_HEIGHT) / LANE_HEIGHT)));
}
/** The most focusable event controls on screen at once. */
export const MAX_CONTROLS = 240;
/** More events than this in view and the rug of every event is drawn on a canvas. */
export const DENSE = 300;
const CLUSTER_GAP = 40;
/** A cluster's pill width (px). */
const PILL = CLUSTER_GAP - 4;
const DEFAULT_WIDTH = 960;

/**
 * Label widths from the page font when the browser has a canvas, else the generous estimate
 * (jsdom, tests). Each character is measured once and a label is the sum of its characters, so
 * measuring costs a lookup per letter however many labels a dense view asks about. Kerning and
 * ligatures only ever make the real text narrower.
 */
function makeMeasure(): Measure {
  let context: OffscreenCanvasRenderingContext2D | null = null;
  if (typeof OffscreenCanvas !== 'undefined') {
    context = new OffscreenCanvas(1, 1).getContext('2d');
    if (context) context.font = LABEL_FONT;
  }
  if (!context) return (text) => Math.ceil(estimateTextWidth(text, LABEL_FONT_SIZE));
  const canvas = context;
  // Widths of the common characters (below U+3000) by code, the rest by character.
  const common = new Float64Array(0x3000).fill(-1);
  const others = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x3000) {
        let w = common[code];
        if (w < 0) common[code] = w = canvas.measureText(text[i]).width;
        width += w;
        continue;
      }
      const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
      i += ch.length - 1;
      let w = others.get(ch);
      if (w === undefined) others.set(ch, (w = canvas.measureText(ch).width));
      width += w;
    }
    // A few pixels of slack: the page font may differ a little from the one measured.
    // Whole pixels, so a label granted exactly its width is never cut by rounding.
    return Math.ceil(width * 1.04 + 2);
  };
}

/**
 * An event ready to draw. Its date label and accessible name are made the first time something
 * shows them: a long story puts a few hundred of its events on screen, not all of them.
 */
class Item implements TimelineItem {
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly point: boolean;
  #dateText: string | undefined;
  #name: string | undefined;
  search?: string;
  titleWidth?: number;

  constructor(
    readonly id: string,
    readonly event: TimelineEvent,
    readonly from: number,
    readonly to: number,
  ) {
    const date = event.date;
    this.precision = date.precision;
    this.approximate = date.approximate;
    this.point = (date.precision === 'day' || date.precision === 'minute') && date.start === date.end;
  }

  get dateText(): string {
    return (this.#dateText ??= this.event.date.label || dateLabel(this.event.date));
  }

  get name(): string {
    return (this.#name ??= `${this.dateText}: ${this.event.title}`);
  }
}

function prepareItems(data: EventList): TimelineItem[] {
  const items = data.events.map((event): TimelineItem => {
    const [from, to] = dateSpan(event.date);
    return new Item(event.id, event, from, to);
  });
  return items.sort((a, b) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Marks and cluster marks in view pixels, as the chart draws them. */
export interface Layout {
  marks: EventMark[];
  clusters: ClusterMark[];
}

/** A layout held through a wheel gesture, and what it was laid out for. */
interface HeldLayout {
  layout: Layout;
  k: number;
  width: number;
  lanes: number;
  matches: readonly TimelineItem[];
}

/** A mark's extent in pixels: a point is a dot 10 px wide around its middle, a bar spans its time (at least 10 px). */
function markBox(item: TimelineItem, scale: (t: number) => number): [number, number] {
  const x0 = scale(item.from);
  const x1 = scale(item.to);
  if (!item.point && x1 - x0 >= 10) return [x0, x1];
  const middle = item.point ? (x0 + x1) / 2 : x0 + 5;
  return [middle - 5, middle + 5];
}

/** A story of up to this many events shows them all, without a Key / All switch: it would hide a few at most. */
const KEY_SWITCH_FROM = 20;

/** Key events by default for a story of more than 40 events of which some are key. */
export function keyByDefault(data: EventList): boolean {
  return data.events.length > 40 && data.events.some((e) => e.key === true) && data.events.some((e) => e.key !== true);
}

export function compactCount(n: number): string {
  return n < 1000 ? String(n) : `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
}

function prefersReducedMotion(): boolean {
  // Without matchMedia (jsdom) there is nothing to animate for.
  return typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class TimelineState {
  #measure = makeMeasure();
  #truncated = new Map<string, string>();
  #zoom: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  #svg: ZoomTarget | null = null;
  #toZoom: (t: ViewTransform) => ZoomTransform = () => {
    throw new Error('no zoom behaviour connected');
  };

  /** Width of the chart in pixels; a measured 0 (no layout yet) falls back to a default. */
  measuredWidth = $state(0);
  query = $state('');
  selectedId = $state<string | null>(null);
  transform = $state.raw<ViewTransform>(SHOW_ALL);
  showList = $state(false);
  /** The reader's Key / All choice; null until they choose. */
  keyChoice = $state<boolean | null>(null);
  /** Only the key events show: the reader's choice, else on for a long story with some key events. */
  keyOnly = $derived(this.keyChoice ?? keyByDefault(this.data));

  #data: () => EventList;
  #fixedWidth: () => number | undefined;

  /** Takes getters, not values, so the state follows the component's props. */
  constructor(data: () => EventList, width: () => number | undefined = () => undefined) {
    this.#data = data;
    this.#fixedWidth = width;
  }

  get data(): EventList {
    return this.#data();
  }

  /** Width of the chart: fixed by the embedder, else measured, else a default while there is no layout. */
  get width(): number {
    return this.#fixedWidth() ?? (this.measuredWidth > 0 ? this.measuredWidth : DEFAULT_WIDTH);
  }

  articles = $derived(new Map<string, Article>(this.data.articles.map((a) => [a.id, a])));
  items = $derived(prepareItems(this.data));
  byId = $derived(new Map(this.items.map((i) => [i.id, i])));
  /** Some events are key and some are not: the Key / All switch has something to do. */
  hasKeyChoice = $derived(this.items.length > KEY_SWITCH_FROM && this.items.some((i) => i.event.key === true) && this.items.some((i) => i.event.key !== true));
  /** An event about to open is shown: a non-key one switches to All events. */
  ensureShown(id: string): void {
    const item = this.byId.get(id);
    if (item && this.keyOnly && this.hasKeyChoice && item.event.key !== true) this.keyChoice = false;
  }
  /** The items the Key / All switch lets through. */
  filtered = $derived(this.keyOnly && this.hasKeyChoice ? this.items.filter((i) => i.event.key === true) : this.items);
  matches = $derived.by(() => {
    const query = this.query.trim();
    if (!query) return this.filtered;
    return this.filtered.filter((i) => matchesQuery((i.search ??= searchText(i.event, this.articles)), query));
  });
  /** The matches indexed by time, so each frame finds what is on screen without scanning them all. */
  matchIndex = $derived(spanIndex(this.matches));
  selected = $derived(this.selectedId === null ? null : (this.byId.get(this.selectedId) ?? null));

  extent = $derived(dataExtent(this.items.map((i) => [i.from, i.to] as const)));
  domain = $derived(paddedDomain(this.extent));
  fullRangeText = $derived(this.extent ? formatRange(this.extent[0], this.extent[1]) : '');
  /** Time to pixels at "Show all"; never mutated, the view is derived from it and the transform. */
  baseScale = $derived(timeScale(this.domain, [0, this.width]));
  scale: TimeScale = $derived(zoomedScale(this.baseScale, this.transform));
  shortestSpan = $derived(this.items.reduce((s, i) => Math.min(s, i.to - i.from), Infinity));

  /** The window's height below the chart's top, less the strip and hint under it (px; 0 when not measured). */
  roomHeight = $state(0);
  /** As many lanes as fill that room. */
  maxLanes = $derived(lanesForRoom(this.roomHeight));
  /** The view the page opens on (see `openingView`). */
  #opening = $derived(this.openingView());
  /** The events the Key / All switch shows in the opening view, laid out in as many lanes as allowed. */
  #firstScreen = $derived.by(() => {
    const scale = zoomedScale(this.baseScale, this.#opening);
    const [from, to] = scale.domain();
    const inView = this.filtered.filter((i) => i.to >= from && i.from <= to);
    return { k: this.#opening.k, x: this.#opening.x, count: inView.length, layout: this.#assign(inView, scale, this.maxLanes) };
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
  height = $derived(AXIS_HEIGHT + 10 + this.lanes * LANE_HEIGHT + CLUSTER_ROW + RUG_HEIGHT);
  limits = $derived(zoomLimits(this.domain, this.width, this.height, detailFor(this.shortestSpan)));
  /** How far the view may zoom; unlike `limits` it does not need the lanes laid out. */
  scaleExtent = $derived(zoomLimits(this.domain, this.width, 0, detailFor(this.shortestSpan)).scaleExtent);

  visible = $derived.by(() => {
    const [from, to] = this.scale.domain();
    return itemsInView(this.matchIndex, from, to);
  });
  dense = $derived(this.visible.length > DENSE);
  rangeText = $derived.by(() => {
    const [from, to] = this.scale.domain();
    return formatRange(from, to);
  });

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
    if (this.zooming && held && this.#holds(held)) return this.#follow(held.layout, this.scale, this.transform.k < held.k);
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

  /** d3-zoom moved the view. During a wheel gesture zoomed too far from the held layout, hold a fresh one. */
  moveView(next: ViewTransform): void {
    this.transform = next;
    const held = this.#held;
    if (this.zooming && held && !this.#holds(held)) this.#hold();
  }

  #layOut(scale: TimeScale): Layout {
    const visible = this.visible;
    // The first screen is laid out once: the layout the height came from (fewer lanes place the same).
    const first = this.#firstScreen;
    const same = this.transform.k === first.k && this.transform.x === first.x && visible.length === first.count;
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
    const overflowItems = taken.size ? visible.filter((i) => !taken.has(i)) : visible;
    const groups = clusterEvents(overflowItems, (t) => scale(t), CLUSTER_GAP);
    // Whole pills, inside the chart at either edge: from the right, each at most where the next allows.
    const starts = groups.map((g) => g.x0);
    for (let i = starts.length - 1, limit = this.width - PILL; i >= 0; i--) {
      starts[i] = Math.max(0, Math.min(starts[i], limit));
      limit = starts[i] - CLUSTER_GAP;
    }
    const clusters: ClusterMark[] = groups.map((cluster, i) => {
      const x0 = starts[i];
      const x1 = x0 + PILL;
      const next = i + 1 < groups.length ? starts[i + 1] : this.width;
      return {
        cluster,
        count: cluster.items.length,
        x0,
        x1,
        name:
          cluster.items.length === 1
            ? cluster.items[0].name
            : `${groupName(cluster.items, (item) => item.event.title, (item) => labelWeight(item.event))}, ${formatRange(cluster.from, cluster.to)}`,
        label: this.#groupLabel(cluster.items, Math.min(next, this.width) - x1 - 12),
      };
    });
    return { marks, clusters };
  }

  /**
   * `layout` moved to `scale` mark by mark, as laid out: zoomed in, everything only moves apart;
   * zoomed out (`squeezed`), marks may meet, so their labels wait for the next layout.
   */
  #follow(layout: Layout, scale: TimeScale, squeezed: boolean): Layout {
    const marks = layout.marks.map((m): EventMark => {
      const [x0, x1] = markBox(m.item, scale);
      if (squeezed) return { ...m, x0, x1, labelX: x0, label: '', labelWidth: 0 };
      // A label keeps its place beside its mark: after the start, or ending at the end when flipped.
      return { ...m, x0, x1, labelX: m.flipped ? x1 - (m.x1 - m.labelX) : x0 + (m.labelX - m.x0) };
    });
    const clusters: ClusterMark[] = [];
    let free = -Infinity; // squeezed, a cluster mark that would overlap the one before it waits too
    for (const c of layout.clusters) {
      const x = scale(c.cluster.from);
      if (x > this.width || x + CLUSTER_GAP - 4 < 0 || (squeezed && x < free)) continue;
      const x0 = Math.max(0, Math.min(x, this.width - PILL));
      clusters.push({ ...c, x0, x1: x0 + PILL, label: squeezed ? '' : c.label });
      free = x + CLUSTER_GAP;
    }
    return { marks, clusters };
  }

  ticks = $derived(this.scale.ticks(Math.max(2, Math.floor(this.width / 110))));

  /** Marks in pixels for lane layout: a point is a dot 10 px wide around its middle, a bar spans its time. */
  #assign(items: readonly TimelineItem[], scale: (t: number) => number, lanes: number, before?: ReadonlyMap<string, number>) {
    const boxes = items.map((item) => {
      const [x0, x1] = markBox(item, scale);
      return { id: item.id, x0, x1, item };
    });
    // Items come in date order, so this is nearly sorted already; the sort is stable, so equal
    // boxes keep that order.
    boxes.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
    return assignByImportance(boxes, {
      lanes,
      gap: 10,
      minLabel: 64,
      bounds: [0, this.width],
      maxPlaced: MAX_CONTROLS,
      ordered: true,
      preferredLane: before && ((box) => before.get(box.id)),
      // Only items that may get a lane are measured: a few hundred, whatever the density.
      labelWidth: (box) => (box.item.titleWidth ??= this.#measure(box.item.event.title)),
    }, (box) => labelWeight(box.item.event));
  }

  /** A group's row label: "Title and N more", the title shortened so " and N more" always shows; '' without room for some of the title. */
  #groupLabel(items: readonly TimelineItem[], room: number): string {
    if (room < 64) return '';
    const name = groupName(items, (item) => item.event.title, (item) => labelWeight(item.event));
    if (this.#measure(name) <= room) return name;
    const rest = items.length > 1 ? ` and ${items.length - 1} more` : '';
    const title = truncateLabel(name.slice(0, name.length - rest.length), room - this.#measure(rest), this.#measure);
    return title ? `${title}${rest}` : '';
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

  /**
   * Where button and key zooms centre: the open event if it is on screen, else the middle event on
   * screen (so zooming heads towards the events, not into an empty middle), else the middle.
   */
  get #focus(): number {
    const [from, to] = this.scale.domain();
    const middle = (i: TimelineItem) => (Math.max(i.from, from) + Math.min(i.to, to)) / 2;
    const selected = this.selected;
    if (selected && selected.to > from && selected.from < to) return this.scale(middle(selected));
    const visible = this.visible;
    if (visible.length) return this.scale(middle(visible[Math.floor(visible.length / 2)]));
    return this.width / 2;
  }

  /** A view at zoom `k` and offset `x`, clamped as d3-zoom would clamp it. */
  #view(k: number, x: number): ViewTransform {
    return { ...clampView(k, x, this.width, this.scaleExtent), y: 0 };
  }

  zoomBy(factor: number): void {
    const centre: [number, number] = [this.#focus, this.height / 2];
    this.#apply(
      (z, target) => z.scaleBy(target, factor, centre),
      () => {
        const { k } = clampView(this.transform.k * factor, 0, this.width, this.scaleExtent);
        return this.#view(k, centre[0] - ((centre[0] - this.transform.x) * k) / this.transform.k);
      },
    );
  }

  /** Pans by `px` view pixels; positive moves the view earlier in time. */
  panBy(px: number): void {
    this.#apply(
      (z, target) => z.translateBy(target, px / this.transform.k, 0),
      () => this.#view(this.transform.k, this.transform.x + px),
    );
  }

  showAll(): void {
    this.#apply((z, target) => z.transform(target, this.#toZoom(SHOW_ALL)), () => SHOW_ALL);
  }

  /** Frames `[from, to)` on screen. Returns false when the view cannot zoom in any further to show it. */
  zoomToRange(from: number, to: number): boolean {
    const { k, x } = frameTransform(this.baseScale(from), this.baseScale(to), this.width, this.scaleExtent, 48);
    if (k <= this.transform.k * 1.01 && this.transform.k >= this.scaleExtent[1] * 0.99) return false;
    const next: ViewTransform = { k, x, y: 0 };
    this.#apply((z, target) => z.transform(target, this.#toZoom(next)), () => next);
    return true;
  }

  /** The width is fixed, measured, or cannot be measured (no ResizeObserver, as in jsdom). */
  get widthKnown(): boolean {
    return this.#fixedWidth() !== undefined || this.measuredWidth > 0 || typeof ResizeObserver === 'undefined';
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
      candidate = this.#view(k, this.width / 2 - k * middle);
      const scale = zoomedScale(this.baseScale, candidate);
      const [from, to] = scale.domain();
      const { placed } = this.#assign(itemsInView(this.matchIndex, from, to), scale, this.lanes, this.#firstLanes);
      if (placed.some((p) => p.item.item === item) || k >= kMax) break;
    }
    return candidate;
  }

  /** The view `openingSpan` gives: the stretch holding most key events; "Show all" when that is most of the range. */
  openingView(): ViewTransform {
    const span = openingSpan(this.items.map((i) => ({ from: i.from, to: i.to, key: i.event.key })), this.domain);
    if (!span) return SHOW_ALL;
    const { k, x } = frameTransform(this.baseScale(span[0]), this.baseScale(span[1]), this.width, this.scaleExtent, 0);
    return { k, x, y: 0 };
  }

  /** Opens on the story (`openingView`) at once, without animating from the whole range. */
  openStory(): void {
    this.jumpTo(this.#opening);
  }

  /** Moves the view to `k`, `x` at once (clamped), as a drag does: no animation. */
  jumpTo(next: { k: number; x: number }): void {
    const view = this.#view(next.k, next.x);
    if (this.#zoom && this.#svg) this.#zoom.transform(this.#svg, this.#toZoom(view));
    else this.transform = view;
  }

  /** Shows event `id` as its own mark, panning or zooming in as little as it takes (see `revealTransform`). */
  reveal(id: string): void {
    const next = this.revealTransform(id);
    if (next) this.zoomTo(next);
  }

  /** Moves the view to `next` (animated unless the reader prefers reduced motion). */
  zoomTo(next: ViewTransform): void {
    this.#apply((z, target) => z.transform(target, this.#toZoom(next)), () => next);
  }

  articleOf(id: string): Article | undefined {
    return this.articles.get(id);
  }
}
