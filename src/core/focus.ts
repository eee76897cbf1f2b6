// Focus and context: where the main view opens (the stretch holding most of the story's key
// events, not the whole range), and how many events lie outside the view on either side.

/** An event as the focus maths needs it: `[from, to)` in UTC ms, and whether it is a key event. */
export interface FocusSpan {
  from: number;
  to: number;
  key?: boolean;
}

/**
 * The span the main view opens on: the shortest stretch holding `share` of the key events (of all
 * events when fewer than two are key), or more of them while each costs little room (`grow`), padded by `pad` of its length each side and never narrower
 * than `minSpanMs`. Null when that stretch is most of `domain` anyway (`wholeShare`): then the
 * whole range is the opening view.
 */
export function openingSpan(
  events: readonly FocusSpan[],
  domain: readonly [number, number],
  { share = 0.8, grow = 1.5, pad = 0.06, minSpanMs = 14 * 86_400_000, wholeShare = 0.6 } = {},
): [number, number] | null {
  const keys = events.filter((e) => e.key === true);
  const chosen = keys.length >= 2 ? keys : events;
  if (chosen.length < 2) return null;
  const sorted = [...chosen].sort((a, b) => a.from + a.to - (b.from + b.to));
  // Shortest window over `least` consecutive events by middle; ends at their furthest edges.
  const least = Math.max(2, Math.ceil(sorted.length * share));
  interface Window { i: number; j: number; from: number; to: number }
  let best: Window | null = null;
  // Sliding windows: deques of indices whose starts rise and whose ends fall, so each window's
  // earliest start and latest end are at their heads (linear, not `least` per window).
  const starts: number[] = [];
  const ends: number[] = [];
  let startHead = 0;
  let endHead = 0;
  for (let j = 0; j < sorted.length; j++) {
    while (starts.length > startHead && sorted[starts[starts.length - 1]].from >= sorted[j].from) starts.pop();
    starts.push(j);
    while (ends.length > endHead && sorted[ends[ends.length - 1]].to <= sorted[j].to) ends.pop();
    ends.push(j);
    const i = j - least + 1;
    if (i < 0) continue;
    while (starts[startHead] < i) startHead++;
    while (ends[endHead] < i) endHead++;
    const from = sorted[starts[startHead]].from;
    const to = sorted[ends[endHead]].to;
    if (!best || to - from < best.to - best.from) best = { i, j, from, to };
  }
  if (!best) return null;
  let window: Window = best;
  // The rest come in, nearest first, while the span stays within `grow` times the span for
  // `share`: evenly spread key events all show; an outlier years away stays out.
  const limit = (window.to - window.from) * grow;
  for (;;) {
    const { i, j, from, to }: Window = window;
    const left: FocusSpan | null = i > 0 ? sorted[i - 1] : null;
    const right: FocusSpan | null = j + 1 < sorted.length ? sorted[j + 1] : null;
    const leftSpan = left ? to - Math.min(from, left.from) : Infinity;
    const rightSpan = right ? Math.max(to, right.to) - from : Infinity;
    if (Math.min(leftSpan, rightSpan) > limit) break;
    if (left && leftSpan <= rightSpan) window = { i: i - 1, j, from: Math.min(from, left.from), to };
    else if (right) window = { i, j: j + 1, from, to: Math.max(to, right.to) };
  }
  let { from, to } = window;
  if (to - from < minSpanMs) {
    const middle = (from + to) / 2;
    from = middle - minSpanMs / 2;
    to = middle + minSpanMs / 2;
  }
  const padding = (to - from) * pad;
  from = Math.max(domain[0], from - padding);
  to = Math.min(domain[1], to + padding);
  if (to - from >= (domain[1] - domain[0]) * wholeShare) return null;
  return [from, to];
}

/**
 * Events wholly before and wholly after the view `[from, to)`, and the nearest of each: the end
 * nearest the view of the latest earlier event and the start of the earliest later one.
 */
export function outsideView(view: readonly [number, number], events: readonly FocusSpan[]): { earlier: number; later: number; nearestEarlier: number | null; nearestLater: number | null } {
  const [from, to] = view;
  let earlier = 0;
  let later = 0;
  let nearestEarlier: number | null = null;
  let nearestLater: number | null = null;
  for (const e of events) {
    if (e.to <= from) {
      earlier++;
      if (nearestEarlier === null || e.to > nearestEarlier) nearestEarlier = e.to;
    } else if (e.from >= to) {
      later++;
      if (nearestLater === null || e.from < nearestLater) nearestLater = e.from;
    }
  }
  return { earlier, later, nearestEarlier, nearestLater };
}
