// Where marks go on the timeline: lanes for overlapping events (labels included), label
// truncation so labels never collide, and clusters for events that do not fit.

/** One mark in pixels: `x0..x1` is the mark itself, the label starts at x0 and runs right. */
export interface LaneBox {
  id: string;
  x0: number;
  x1: number;
}

export interface LaneItem extends LaneBox {
  /** Width of the whole label in pixels (0 for no label). */
  labelWidth: number;
}

export interface LanePlacement<T extends LaneBox = LaneItem> {
  id: string;
  /** The input item placed here. */
  item: T;
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

export interface LaneOptions<T extends LaneBox = LaneItem> {
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
  /**
   * An item's whole label width, asked only of items that might be placed, so a dense view measures
   * a few hundred labels rather than every item. Defaults to the item's `labelWidth`.
   */
  labelWidth?: (item: T) => number;
  /** The items are already in start order (`x0`, then `x1`); skips sorting them. */
  ordered?: boolean;
  /**
   * The lane an item had in the layout before (a zoom or pan ago): it keeps it when it is free, so
   * marks stay put while the view moves. Without one, the first free lane.
   */
  preferredLane?: (item: T) => number | undefined;
}

export interface LaneLayout<T extends LaneBox = LaneItem> {
  placed: LanePlacement<T>[];
  /** Items no lane could take, in start order: they go into clusters. */
  overflow: T[];
  lanesUsed: number;
}

function byStart(a: LaneBox, b: LaneBox): number {
  return a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Greedy lane assignment by start. An item takes its preferred lane (`preferredLane`) if free there,
 * else the first lane where the previous item (mark and whole label) ends before it, or an empty one; failing that the lane where the previous
 * label, truncated, keeps the most room (at least `minLabel`); failing that it overflows.
 * Labels sit under their marks, so a label that would run past the right edge is flipped to end
 * at its mark's right end instead, when there is more room that way.
 * Once every lane is in use, an item starting before the earliest point any lane could take
 * another overflows at once, unmeasured: dense views cost one comparison per item.
 */
export function assignLanes<T extends LaneBox = LaneItem>(items: readonly T[], options: LaneOptions<T>): LaneLayout<T> {
  const gap = options.gap ?? 8;
  const minLabel = options.minLabel ?? 40;
  const [left, right] = options.bounds ?? [-Infinity, Infinity];
  const maxPlaced = options.maxPlaced ?? Infinity;
  const laneCount = Math.max(0, Math.floor(options.lanes));
  const labelWidthOf = options.labelWidth ?? ((item: T) => (item as unknown as LaneItem).labelWidth ?? 0);

  const placed: LanePlacement<T>[] = [];
  const overflow: T[] = [];
  const full = new Map<LanePlacement<T>, number>(); // each placement's whole label width
  // Last placement in each lane; a lane may stay empty above one an item preferred.
  const last: (LanePlacement<T> | undefined)[] = [];
  let opened = 0;
  // Where each lane's last item ends with its whole label, and with the least label worth keeping.
  const fullEnd: number[] = new Array<number>(laneCount).fill(-Infinity);
  const minEnd: number[] = new Array<number>(laneCount).fill(-Infinity);
  const preferred = options.preferredLane;
  /** With every lane in use, no item starting before this can be placed (see above). */
  let frontier = -Infinity;

  const sorted = options.ordered ? items : [...items].sort(byStart);
  for (const item of sorted) {
    // An item never starts taking space after its x0 (a flipped label only moves the start left).
    if (placed.length >= maxPlaced || item.x0 < frontier) {
      overflow.push(item);
      continue;
    }
    const labelWidth = labelWidthOf(item);
    const markEnd = Math.min(item.x1, right);
    const flipped = labelWidth > right - item.x0 && markEnd - left > right - item.x0;
    const labelX = flipped ? Math.max(left, markEnd - labelWidth) : Math.max(item.x0, left);
    const start = Math.min(item.x0, labelX); // where this item starts taking space in its lane
    if (start < frontier) {
      overflow.push(item);
      continue;
    }
    let lane = -1;
    const wish = preferred?.(item);
    if (wish !== undefined && wish >= 0 && wish < laneCount && fullEnd[wish] + gap <= start) lane = wish;
    // The first lane free here (an empty one counts as free from the start).
    for (let i = 0; i < laneCount && lane < 0; i++) if (fullEnd[i] + gap <= start) lane = i;
    if (lane < 0) {
      let bestRoom = -Infinity;
      for (let i = 0; i < laneCount; i++) {
        const before = last[i];
        if (!before) continue;
        const room = start - gap - before.labelX;
        // A flipped label is anchored at its right end, so it cannot give up room on that side.
        if (!before.flipped && minEnd[i] + gap <= start && room > bestRoom) {
          bestRoom = room;
          lane = i;
        }
      }
      if (lane >= 0) {
        const previous = last[lane]!;
        previous.labelRoom = Math.min(previous.labelRoom, Math.max(0, start - gap - previous.labelX));
      }
    }
    if (lane < 0) {
      overflow.push(item);
      continue;
    }
    const labelRoom = flipped ? Math.min(labelWidth, markEnd - labelX) : labelWidth;
    const placement: LanePlacement<T> = { id: item.id, item, lane, x0: item.x0, x1: item.x1, labelX, labelRoom, flipped };
    full.set(placement, labelRoom);
    if (!last[lane]) opened++;
    last[lane] = placement;
    fullEnd[lane] = Math.max(item.x1, labelX + labelRoom);
    minEnd[lane] = Math.max(item.x1, labelX + Math.min(minLabel, labelRoom));
    placed.push(placement);
    if (opened >= laneCount) {
      // minEnd never exceeds fullEnd, so this bounds both ways of taking a lane above.
      frontier = Infinity;
      for (const end of minEnd) frontier = Math.min(frontier, end + gap);
    }
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

function byTime(a: TimedItem, b: TimedItem): number {
  return a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Gathers items whose starts fall within `minGapPx` of a cluster's first start into one cluster,
 * so cluster marks never overlap and split apart as the scale zooms in.
 */
export function clusterEvents<T extends TimedItem>(items: readonly T[], scale: (t: number) => number, minGapPx: number): Cluster<T>[] {
  // Callers usually pass items already in start order: checking is one pass, sorting many.
  let ordered = true;
  for (let i = 1; i < items.length && ordered; i++) ordered = items[i - 1].from <= items[i].from;
  const sorted = ordered ? items : [...items].sort(byTime);
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
  if (lo === 0) return '';
  // Cut between words where a whole word fits, so the label reads as the start of its title (and
  // screen-reader checks find its words in the mark's name); inside the first word only when none fits.
  const prefix = chars.slice(0, lo).join('');
  const space = chars[lo] === undefined || /\s/.test(chars[lo]) ? lo : prefix.search(/\s\S*$/);
  const words = space > 0 ? prefix.slice(0, space).replace(/[\s,;:–—-]+$/, '') : '';
  return `${words || prefix.trimEnd()}…`;
}

/** Items in start order with the running maximum of their ends, so a view's items are found by bisection. */
export interface SpanIndex<T extends TimedItem = TimedItem> {
  items: readonly T[];
  from: Float64Array;
  /** `maxTo[i]` is the latest end among `items[0..i]`. */
  maxTo: Float64Array;
}

/** Indexes `items`, which must be in start order (by `from`). */
export function spanIndex<T extends TimedItem>(items: readonly T[]): SpanIndex<T> {
  const from = new Float64Array(items.length);
  const maxTo = new Float64Array(items.length);
  let latest = -Infinity;
  for (let i = 0; i < items.length; i++) {
    from[i] = items[i].from;
    latest = Math.max(latest, items[i].to);
    maxTo[i] = latest;
  }
  return { items, from, maxTo };
}

/** First index whose value is above `x` (`strict`) or at least `x`, in an ascending array. */
function bisect(values: Float64Array, x: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? values[mid] > x : values[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The items overlapping `[from, to)`, in start order; costs a bisection plus the items near the view. */
export function itemsInView<T extends TimedItem>(index: SpanIndex<T>, from: number, to: number): T[] {
  const first = bisect(index.maxTo, from, true); // before it, everything has ended by `from`
  const end = bisect(index.from, to, false); // from it on, everything starts at or after `to`
  const out: T[] = [];
  for (let i = first; i < end; i++) if (index.items[i].to > from) out.push(index.items[i]);
  return out;
}
