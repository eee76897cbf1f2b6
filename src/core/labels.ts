// Which events get a label when not all fit: the most important first, as a map labels its
// biggest cities first. The rest stay as small marks (clusters) until the reader zooms in.

import { assignLanes, type LaneBox, type LaneLayout, type LaneOptions } from './layout';

/**
 * Lanes for `items` (in start order) giving places to the most important first. Everything is
 * laid out by start once; if some items overflow, the layout is redone with only the `placed`
 * count's most important items, so the places go to them rather than to whichever came first
 * (then, while it places more, with the next most important too).
 * Equal importance keeps start order. Without any overflow, or when nothing left out outweighs
 * something placed, the layout is the plain one.
 */
export function assignByImportance<T extends LaneBox>(
  items: readonly T[],
  options: LaneOptions<T>,
  importance: (item: T) => number,
): LaneLayout<T> {
  const first = assignLanes(items, options);
  if (first.overflow.length === 0 || first.placed.length === 0) return first;
  // No event left out outweighs one placed (all equal, say): the labels already go to the most important.
  let lightest = Infinity;
  for (const p of first.placed) lightest = Math.min(lightest, importance(p.item));
  if (first.overflow.every((item) => importance(item) <= lightest)) return first;
  const target = first.placed.length;
  let chosen = topByImportance(items, target, importance);
  let layout = assignLanes(chosen, options);
  // The most important collide more than the first-come did: take in the next most important
  // while that places more, so the view keeps about as many marks as the plain layout had.
  // A few passes at most: each costs a sort and a layout of the chosen.
  for (let count = target, pass = 0; layout.placed.length < target && count < items.length && pass < 3; pass++) {
    count = Math.min(items.length, count + target - layout.placed.length);
    const wider = topByImportance(items, count, importance);
    const next = assignLanes(wider, options);
    if (next.placed.length <= layout.placed.length) break;
    chosen = wider;
    layout = next;
  }
  const keep = new Set(chosen);
  const overflow = items.filter((item) => !keep.has(item)).concat(layout.overflow);
  return { placed: layout.placed, overflow, lanesUsed: Math.max(layout.lanesUsed, first.lanesUsed) };
}

/** The `count` most important of `items`, in their given order; ties go to the earlier item. */
export function topByImportance<T>(items: readonly T[], count: number, importance: (item: T) => number): T[] {
  if (count >= items.length) return [...items];
  const ranked = items.map((item, index) => ({ index, value: importance(item) }));
  ranked.sort((a, b) => b.value - a.value || a.index - b.index);
  const chosen = ranked.slice(0, Math.max(0, count)).map((r) => r.index).sort((a, b) => a - b);
  return chosen.map((i) => items[i]);
}

/** An event's weight for labelling: its importance, a key event above any other, else 0. */
export function labelWeight(event: { importance?: number; key?: boolean; highlight?: boolean }): number {
  return (event.key ? 1 : 0) + (event.highlight ? 0.5 : 0) + (event.importance ?? 0);
}

/** The name of a "+N" group: its most important member's title "and N more". */
export function groupName<T>(members: readonly T[], title: (item: T) => string, weight: (item: T) => number): string {
  if (members.length === 0) return '';
  let best = members[0];
  for (const m of members) if (weight(m) > weight(best)) best = m;
  const rest = members.length - 1;
  return rest === 0 ? title(best) : `${title(best)} and ${rest} more`;
}
