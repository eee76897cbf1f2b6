// Where marks go on the timeline: lanes for overlapping events (labels included), label
// truncation so labels never collide, and clusters for events that do not fit.

/** One mark in pixels: `x0..x1` is the mark itself, the label starts at x0 and runs right. */
export interface LaneItem {
  id: string;
  x0: number;
  x1: number;
  /** Width of the whole label in pixels (0 for no label). */
  labelWidth: number;
}

export interface LanePlacement {
  id: string;
  lane: number;
  x0: number;
  x1: number;
  /** Left edge of the label's box: at the mark, or at the left edge when the mark began off-screen. */
  labelX: number;
  /** Room granted to the label; less than its full width means the label must be truncated, 0 hides it. */
  labelRoom: number;
  /** The label ends at the mark's right end instead of starting at its left (no room to the right). */
  flipped: boolean;
}

export interface LaneOptions {
  /** How many lanes there are room for. */
  lanes: number;
  /** Space kept between one item's label and the next mark in the same lane. */
  gap?: number;
  /** A label is not worth showing in less room than this; a lane is shared only if the earlier label keeps it. */
  minLabel?: number;
  /** Visible pixel range; labels start inside it and are cut at its right edge. */
  bounds?: [number, number];
  /** Cap on placed items, so the page never holds more focusable controls than it can handle. */
  maxPlaced?: number;
}

export interface LaneLayout {
  placed: LanePlacement[];
  /** Items no lane could take, in start order: they go into clusters. */
  overflow: LaneItem[];
  lanesUsed: number;
}

function byStart(a: LaneItem, b: LaneItem): number {
  return a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Greedy lane assignment by start. An item takes the first lane where the previous item (mark and
 * whole label) ends before it; failing that a new lane; failing that the lane where the previous
 * label, truncated, keeps the most room (at least `minLabel`); failing that it overflows.
 * Labels sit under their marks, so a label that would run past the right edge is flipped to end
 * at its mark's right end instead, when there is more room that way.
 */
export function assignLanes(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const gap = options.gap ?? 8;
  const minLabel = options.minLabel ?? 40;
  const [left, right] = options.bounds ?? [-Infinity, Infinity];
  const maxPlaced = options.maxPlaced ?? Infinity;
  const laneCount = Math.max(0, Math.floor(options.lanes));

  const placed: LanePlacement[] = [];
  const overflow: LaneItem[] = [];
  const full = new Map<LanePlacement, number>(); // each placement's whole label width
  const last: LanePlacement[] = []; // last placement in each lane

  const fullEnd = (p: LanePlacement) => Math.max(p.x1, p.labelX + (full.get(p) ?? 0));
  const minEnd = (p: LanePlacement) => Math.max(p.x1, p.labelX + Math.min(minLabel, full.get(p) ?? 0));

  for (const item of [...items].sort(byStart)) {
    if (placed.length >= maxPlaced) {
      overflow.push(item);
      continue;
    }
    const markEnd = Math.min(item.x1, right);
    const flipped = item.labelWidth > right - item.x0 && markEnd - left > right - item.x0;
    const labelX = flipped ? Math.max(left, markEnd - item.labelWidth) : Math.max(item.x0, left);
    const start = Math.min(item.x0, labelX); // where this item starts taking space in its lane
    let lane = last.findIndex((p) => fullEnd(p) + gap <= start);
    if (lane < 0 && last.length < laneCount) lane = last.length;
    if (lane < 0) {
      let bestRoom = -Infinity;
      last.forEach((p, i) => {
        const room = start - gap - p.labelX;
        // A flipped label is anchored at its right end, so it cannot give up room on that side.
        if (!p.flipped && minEnd(p) + gap <= start && room > bestRoom) {
          bestRoom = room;
          lane = i;
        }
      });
      if (lane >= 0) {
        const previous = last[lane];
        previous.labelRoom = Math.min(previous.labelRoom, Math.max(0, start - gap - previous.labelX));
      }
    }
    if (lane < 0) {
      overflow.push(item);
      continue;
    }
    const labelRoom = flipped ? Math.min(item.labelWidth, markEnd - labelX) : item.labelWidth;
    const placement: LanePlacement = { id: item.id, lane, x0: item.x0, x1: item.x1, labelX, labelRoom, flipped };
    full.set(placement, labelRoom);
    last[lane] = placement;
    placed.push(placement);
  }

  for (const p of placed) {
    p.labelRoom = Math.max(0, Math.min(p.labelRoom, right - p.labelX));
    if (p.labelRoom < Math.min(minLabel, full.get(p) ?? 0)) p.labelRoom = 0;
  }
  return { placed, overflow, lanesUsed: last.length };
}

/** An item with its time span in UTC milliseconds `[from, to)`. */
export interface TimedItem {
  id: string;
  from: number;
  to: number;
}

export interface Cluster<T extends TimedItem = TimedItem> {
  /** Stable key: the first member's id. */
  id: string;
  items: T[];
  /** Time covered by the members, for zooming to the cluster. */
  from: number;
  to: number;
  /** Pixel extent of the cluster mark: from its first member's start, `minGapPx` wide. */
  x0: number;
  x1: number;
}

/**
 * Gathers items whose starts fall within `minGapPx` of a cluster's first start into one cluster,
 * so cluster marks never overlap and split apart as the scale zooms in.
 */
export function clusterEvents<T extends TimedItem>(items: readonly T[], scale: (t: number) => number, minGapPx: number): Cluster<T>[] {
  const sorted = [...items].sort((a, b) => a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const clusters: Cluster<T>[] = [];
  let current: Cluster<T> | null = null;
  for (const item of sorted) {
    const x = scale(item.from);
    if (current && x < current.x0 + minGapPx) {
      current.items.push(item);
      current.to = Math.max(current.to, item.to);
    } else {
      current = { id: item.id, items: [item], from: item.from, to: item.to, x0: x, x1: x + minGapPx };
      clusters.push(current);
    }
  }
  return clusters;
}

/** Measures text in pixels; the page passes a canvas-backed one, tests and jsdom use the estimate. */
export type Measure = (text: string) => number;

const NARROW = new Set("iljtfrI.,;:'!|()[] ‘’");
const WIDE = new Set('mwMW@%—');

/** A deliberately generous width estimate for sans-serif text at `fontSize` px, so labels never overrun. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.88;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Cuts `text` to fit `room` pixels with an ellipsis; '' when not even one letter and the ellipsis fit. */
export function truncateLabel(text: string, room: number, measure: Measure = (t) => estimateTextWidth(t)): string {
  if (room <= 0) return '';
  if (measure(text) <= room) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length - 1;
  // The longest prefix whose "prefix…" fits.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}
