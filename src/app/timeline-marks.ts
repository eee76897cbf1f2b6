// The chart's geometry and the pure steps of laying it out: sizes, lanes for the room, a mark's
// box, label widths, lanes by importance, a group's label, and a layout moved to a new scale.

import { assignByImportance, groupName, labelWeight } from '../core/labels';
import { clusterEvents, estimateTextWidth, truncateLabel, type Cluster, type Measure } from '../core/layout';
import { formatRange, type TimeScale } from '../core/zoom';
import type { TimelineItem } from './timeline-items';

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

/** Marks and cluster marks in view pixels, as the chart draws them. */
export interface Layout {
  marks: EventMark[];
  clusters: ClusterMark[];
}

export const LABEL_FONT_SIZE = 13;
export const LABEL_FONT = `${LABEL_FONT_SIZE}px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;
export const AXIS_HEIGHT = 34;
export const LANE_HEIGHT = 42;
export const CLUSTER_ROW = 34;
export const RUG_HEIGHT = 18;
/** Lanes at most when the room below the chart's top is not known (embeds, tests); with it, 4 to 14. */
const MAX_LANES = 8;
export const MIN_LANES = 2;
/** The lanes that fit in `room` px of window below the chart's top: 4 to 14; `MAX_LANES` when unknown (0). */
export function lanesForRoom(room: number): number {
  if (!(room > 0)) return MAX_LANES;
  return Math.max(4, Math.min(14, Math.floor((room - AXIS_HEIGHT - 10 - CLUSTER_ROW - RUG_HEIGHT) / LANE_HEIGHT)));
}
/** The chart's height for `lanes` lanes: axis, lanes, cluster row and rug. */
export function chartHeight(lanes: number): number {
  return AXIS_HEIGHT + 10 + lanes * LANE_HEIGHT + CLUSTER_ROW + RUG_HEIGHT;
}
/** The most focusable event controls on screen at once. */
export const MAX_CONTROLS = 240;
/** More events than this in view and the rug of every event is drawn on a canvas. */
export const DENSE = 300;
export const CLUSTER_GAP = 40;
/** A cluster's pill width (px). */
export const PILL = CLUSTER_GAP - 4;

export function compactCount(n: number): string {
  return n < 1000 ? String(n) : `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
}

/**
 * Label widths from the page font when the browser has a canvas, else the generous estimate
 * (jsdom, tests). Each character is measured once and a label is the sum of its characters, so
 * measuring costs a lookup per letter however many labels a dense view asks about. Kerning and
 * ligatures only ever make the real text narrower.
 */
export function makeMeasure(): Measure {
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

/** A mark's extent in pixels: a point is a dot 10 px wide around its middle, a bar spans its time (at least 10 px). */
export function markBox(item: TimelineItem, scale: (t: number) => number): [number, number] {
  const x0 = scale(item.from);
  const x1 = scale(item.to);
  if (!item.point && x1 - x0 >= 10) return [x0, x1];
  const middle = item.point ? (x0 + x1) / 2 : x0 + 5;
  return [middle - 5, middle + 5];
}

/**
 * `items` (in date order) placed in `lanes` lanes of a chart `width` px wide, the most important
 * first, each in its lane in `before` where that is free; at most `MAX_CONTROLS` placed.
 */
export function assignLanes(items: readonly TimelineItem[], scale: (t: number) => number, lanes: number, width: number, measure: Measure, before?: ReadonlyMap<string, number>) {
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
    bounds: [0, width],
    maxPlaced: MAX_CONTROLS,
    ordered: true,
    preferredLane: before && ((box) => before.get(box.id)),
    // Only items that may get a lane are measured: a few hundred, whatever the density.
    labelWidth: (box) => (box.item.titleWidth ??= measure(box.item.event.title)),
  }, (box) => labelWeight(box.item.event));
}

/** A group's row label: "Title and N more", the title shortened so " and N more" always shows; '' without room for some of the title. */
export function groupLabel(items: readonly TimelineItem[], room: number, measure: Measure): string {
  if (room < 64) return '';
  const name = groupName(items, (item) => item.event.title, (item) => labelWeight(item.event));
  if (measure(name) <= room) return name;
  const rest = items.length > 1 ? ` and ${items.length - 1} more` : '';
  const title = truncateLabel(name.slice(0, name.length - rest.length), room - measure(rest), measure);
  return title ? `${title}${rest}` : '';
}

/**
 * The events no lane took (in date order) as cluster pills in a chart `width` px wide: whole pills,
 * inside the chart at either edge, each named for the reader and labelled in the room before the next.
 */
export function clusterMarks(overflow: readonly TimelineItem[], scale: (t: number) => number, width: number, measure: Measure): ClusterMark[] {
  const groups = clusterEvents(overflow, (t) => scale(t), CLUSTER_GAP);
  // From the right, each pill at most where the next allows.
  const starts = groups.map((g) => g.x0);
  for (let i = starts.length - 1, limit = width - PILL; i >= 0; i--) {
    starts[i] = Math.max(0, Math.min(starts[i], limit));
    limit = starts[i] - CLUSTER_GAP;
  }
  return groups.map((cluster, i) => {
    const x0 = starts[i];
    const x1 = x0 + PILL;
    const next = i + 1 < groups.length ? starts[i + 1] : width;
    return {
      cluster,
      count: cluster.items.length,
      x0,
      x1,
      name:
        cluster.items.length === 1
          ? cluster.items[0].name
          : `${groupName(cluster.items, (item) => item.event.title, (item) => labelWeight(item.event))}, ${formatRange(cluster.from, cluster.to)}`,
      label: groupLabel(cluster.items, Math.min(next, width) - x1 - 12, measure),
    };
  });
}

/**
 * `layout` moved to `scale` mark by mark, as laid out: zoomed in, everything only moves apart;
 * zoomed out (`squeezed`), marks may meet, so their labels wait for the next layout.
 */
export function followLayout(layout: Layout, scale: TimeScale, squeezed: boolean, width: number): Layout {
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
    if (x > width || x + CLUSTER_GAP - 4 < 0 || (squeezed && x < free)) continue;
    const x0 = Math.max(0, Math.min(x, width - PILL));
    clusters.push({ ...c, x0, x1: x0 + PILL, label: squeezed ? '' : c.label });
    free = x + CLUSTER_GAP;
  }
  return { marks, clusters };
}
