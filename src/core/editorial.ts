// How an event's mark is drawn, shared by the chart and the image export: a dot or a bar, the star
// of an editor's highlight, and a colour per tag from a small palette that reads on both themes.

import type { TimelineEvent } from './schema';
import { compareText } from './order';

/** A tag colour for each theme; every one has at least 4.5:1 contrast on that theme's backgrounds. */
export interface TagColour {
  light: string;
  dark: string;
}

/**
 * Eight hues apart from the page's untagged blue and its red accent (the open event). Light values
 * are checked against #ffffff, #fbfaf7 and #efece5; dark ones against #131518, #181b1f, #1c1f24
 * and #262a30 (tests/core/editorial.test.ts).
 */
export const TAG_PALETTE: readonly TagColour[] = [
  { light: '#00727a', dark: '#4fc4cc' }, // teal
  { light: '#a35200', dark: '#f0a04b' }, // orange
  { light: '#7241a8', dark: '#c29cf0' }, // purple
  { light: '#2f7a2f', dark: '#79c779' }, // green
  { light: '#a3306f', dark: '#f08cc0' }, // magenta
  { light: '#766800', dark: '#d4c04a' }, // olive
  { light: '#4b53bc', dark: '#9da3f5' }, // indigo
  { light: '#8a4b08', dark: '#d9a070' }, // brown
];

const slotsCache = new WeakMap<readonly Pick<TimelineEvent, 'tags'>[], ReadonlyMap<string, number>>();

/**
 * Every tag in the list, in sorted order (by code unit, so no locale can reorder them), each with
 * its palette slot: the same tags get the same colours whatever order the events come in. Past
 * eight tags the palette repeats; the chips always name the tag. Remembered per array, so the
 * chart, the filter and the details share one map.
 */
export function tagSlots(events: readonly Pick<TimelineEvent, 'tags'>[]): ReadonlyMap<string, number> {
  let slots = slotsCache.get(events);
  if (slots) return slots;
  const names = new Set<string>();
  for (const event of events) for (const tag of event.tags ?? []) names.add(tag);
  const sorted = [...names].sort(compareText);
  slots = new Map(sorted.map((name, i) => [name, i % TAG_PALETTE.length]));
  slotsCache.set(events, slots);
  return slots;
}

/** The most tag chips the filter draws at once (besides the ones the reader pressed). */
export const TAG_CHIPS = 12;

const countsCache = new WeakMap<readonly Pick<TimelineEvent, 'tags'>[], ReadonlyMap<string, number>>();

/** How many events carry each tag. Remembered per array, like `tagSlots`. */
export function tagCounts(events: readonly Pick<TimelineEvent, 'tags'>[]): ReadonlyMap<string, number> {
  let counts = countsCache.get(events);
  if (counts) return counts;
  const out = new Map<string, number>();
  for (const event of events) for (const tag of new Set(event.tags ?? [])) out.set(tag, (out.get(tag) ?? 0) + 1);
  countsCache.set(events, out);
  return out;
}

/**
 * The `limit` most used tags that `keep` accepts (all by default), most used first and ties in
 * sorted order, so a list with a million tags still offers a handful of chips.
 */
export function mostUsedTags(counts: ReadonlyMap<string, number>, limit: number, keep: (tag: string) => boolean = () => true): string[] {
  const top: [string, number][] = [];
  if (limit <= 0) return [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of counts) {
    if (top.length === limit && !before(entry, top[limit - 1])) continue;
    if (!keep(entry[0])) continue;
    let i = top.length < limit ? top.length : limit - 1;
    top[i] = entry;
    // One insertion step per kept tag: `limit` is small.
    for (; i > 0 && before(top[i], top[i - 1]); i--) [top[i], top[i - 1]] = [top[i - 1], top[i]];
  }
  return top.map(([tag]) => tag);
}

/** The event's main tag (its first), which gives its marks their colour. */
export function mainTag(event: Pick<TimelineEvent, 'tags'>): string | undefined {
  return event.tags?.[0];
}

/** A CSS colour for a palette slot that follows the element's colour scheme. */
export function tagCssColour(slot: number): string {
  const colour = TAG_PALETTE[slot % TAG_PALETTE.length];
  return `light-dark(${colour.light}, ${colour.dark})`;
}

/** A five-pointed star centred on (cx, cy), its points `outer` px from the centre, as SVG path data. */
export function starPath(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.45;
  let d = '';
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? inner : outer;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    d += `${i ? 'L' : 'M'}${round(cx + r * Math.cos(angle))} ${round(cy + r * Math.sin(angle))}`;
  }
  return `${d}Z`;
}

/** A mark's shape relative to its start: a dot (day or minute) centred in its box, or a bar over its span. */
export function markShape(mark: { x0: number; x1: number; point: boolean; minute: boolean }): {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
} {
  if (mark.point) {
    const r = mark.minute ? 4 : 5.5;
    const middle = (mark.x1 - mark.x0) / 2;
    return { x: middle - r, y: 10 - r, width: 2 * r, height: 2 * r, rx: r };
  }
  return { x: 0, y: 5, width: Math.max(4, mark.x1 - mark.x0), height: 10, rx: 3 };
}

/** Where a highlight's star goes, relative to the mark's start: on the dot, or at the bar's start. */
export function starCentre(mark: { x0: number; x1: number; point: boolean }): { cx: number; cy: number } {
  return { cx: mark.point ? (mark.x1 - mark.x0) / 2 : 0, cy: 10 };
}

/** Two decimals are plenty for pixels and keep the SVG short; never `NaN` or `-0` in markup. */
export function round(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}
