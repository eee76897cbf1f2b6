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
 * events when fewer than two are key), padded by `pad` of its length each side and never narrower
 * than `minSpanMs`. Null when that stretch is most of `domain` anyway (`wholeShare`): then the
 * whole range is the opening view.
 */
export function openingSpan(
  events: readonly FocusSpan[],
  domain: readonly [number, number],
  { share = 0.8, pad = 0.06, minSpanMs = 14 * 86_400_000, wholeShare = 0.6 } = {},
): [number, number] | null {
  const keys = events.filter((e) => e.key === true);
  const chosen = keys.length >= 2 ? keys : events;
  if (chosen.length < 2) return null;
  const sorted = [...chosen].sort((a, b) => a.from + a.to - (b.from + b.to));
  const count = Math.max(2, Math.ceil(sorted.length * share));
  // Shortest window over `count` consecutive events by middle; ends at their furthest edges.
  let best: [number, number] | null = null;
  for (let i = 0; i + count <= sorted.length; i++) {
    let from = Infinity;
    let to = -Infinity;
    for (let j = i; j < i + count; j++) {
      from = Math.min(from, sorted[j].from);
      to = Math.max(to, sorted[j].to);
    }
    if (!best || to - from < best[1] - best[0]) best = [from, to];
  }
  if (!best) return null;
  let [from, to] = best;
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
