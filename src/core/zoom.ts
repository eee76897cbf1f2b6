// Zoom-domain maths for the timeline: the time scale, the domain the data asks for, how far the
// reader may zoom and pan, the transform that frames a time range, and the words for the range on screen.

import { utcTicks } from 'd3-time';
import { DAY_MS } from './dates';

export { DAY_MS };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
const YEAR_MS = 365.25 * DAY_MS;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Linear map from UTC milliseconds to pixels, with d3-time's UTC ticks: all the page needs of
 * d3-scale's `scaleUtc`, without the number and date formatting and interpolators it brings along.
 */
export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round UTC instants (years, months, days, hours...) inside the domain. */
  ticks(count: number): number[];
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // A domain of one instant maps to the middle of the range, as d3's scales do.
  const scale = ((t: number) => (span ? r0 + ((t - d0) / span) * (r1 - r0) : (r0 + r1) / 2)) as TimeScale;
  scale.invert = (x) => (r1 !== r0 ? d0 + ((x - r0) / (r1 - r0)) * span : d0);
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count) => utcTicks(new Date(d0), new Date(d1), count).map(Number);
  return scale;
}

/** The scale a zoom transform `{ k, x }` makes of `base`: what d3-zoom's `transform.rescaleX(base)` gives. */
export function zoomedScale(base: TimeScale, transform: { k: number; x: number }): TimeScale {
  const { k, x } = transform;
  if (k === 1 && x === 0) return base;
  const range = base.range();
  return timeScale([base.invert((range[0] - x) / k), base.invert((range[1] - x) / k)], range);
}

/** Earliest start and latest end of `[from, to)` spans; null when there are none. */
export function dataExtent(spans: Iterable<readonly [number, number]>): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (const [a, b] of spans) {
    if (a < from) from = a;
    if (b > to) to = b;
  }
  return from <= to ? [from, to] : null;
}

/**
 * The domain the timeline shows at "Show all": the data's extent padded by `fraction` on each side,
 * and never narrower than `minSpanMs` so a single event does not fill the whole width.
 * With no data it falls back to the year around `fallback`.
 */
export function paddedDomain(extent: [number, number] | null, fraction = 0.04, minSpanMs = 14 * DAY_MS, fallback = 0): [number, number] {
  if (!extent) return [fallback - YEAR_MS / 2, fallback + YEAR_MS / 2];
  let [from, to] = extent;
  if (to - from < minSpanMs) {
    const middle = (from + to) / 2;
    from = middle - minSpanMs / 2;
    to = middle + minSpanMs / 2;
  }
  const pad = (to - from) * fraction;
  return [from - pad, to + pad];
}

export interface ZoomLimits {
  /** `[min k, max k]` for d3-zoom's scaleExtent. */
  scaleExtent: [number, number];
  /** Pan bounds in base-scale pixels, for d3-zoom's translateExtent. */
  translateExtent: [[number, number], [number, number]];
}

/**
 * How far the reader may zoom: out to the whole padded domain (k = 1, panning stays inside it), in
 * until `detailMs` covers `detailPx` pixels. `detailMs` comes from the finest precision present
 * (see `detailFor`); k never drops below 1 so short data can still be looked at whole.
 */
export function zoomLimits(domain: [number, number], width: number, height: number, detailMs: number, detailPx = 100): ZoomLimits {
  const span = Math.max(1, domain[1] - domain[0]);
  const kMax = Math.max(1, (span / Math.max(1, width)) / (detailMs / detailPx));
  return { scaleExtent: [1, kMax], translateExtent: [[0, 0], [width, height]] };
}

/**
 * Time worth 100 px at the deepest zoom: an hour when events are dated to the minute, otherwise a
 * day, so the reader can always read day ticks but is not sent into empty hours.
 */
export function detailFor(shortestSpanMs: number): number {
  return shortestSpanMs < DAY_MS ? HOUR_MS : DAY_MS;
}

/**
 * The one place the view is clamped: `k` inside `scaleExtent`, and `x` so that the view stays inside
 * the base range `0..width`, as d3-zoom's scaleExtent and translateExtent keep it.
 */
export function clampView(k: number, x: number, width: number, scaleExtent: readonly [number, number]): { k: number; x: number } {
  const kept = Math.min(scaleExtent[1], Math.max(scaleExtent[0], k));
  return { k: kept, x: Math.min(0, Math.max(width - kept * width, x)) };
}

/**
 * The zoom `{ k, x }` that frames base-scale pixels `x0..x1` inside a view `width` wide with
 * `paddingPx` either side, with k clamped to `scaleExtent` and the frame kept inside `0..width`.
 */
export function frameTransform(x0: number, x1: number, width: number, scaleExtent: [number, number], paddingPx = 40): { k: number; x: number } {
  const inner = Math.max(1, width - 2 * paddingPx);
  const k = clampView(inner / Math.max(1e-9, x1 - x0), 0, width, scaleExtent).k;
  return clampView(k, width / 2 - (k * (x0 + x1)) / 2, width, scaleExtent);
}

function utcParts(t: number) {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), h: d.getUTCHours(), min: d.getUTCMinutes() };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Words for the time on screen, `[from, to)` in UTC ms, at a grain that suits its length:
 * "1990 – 2025", "October 2023 – March 2025", "28 February – 6 March 2025", "6 March 2025, 09:00 – 17:30 UTC".
 */
export function formatRange(from: number, to: number): string {
  const span = to - from;
  const a = utcParts(from);
  const b = utcParts(Math.max(from, to - 1));
  if (span > 6 * YEAR_MS) return a.y === b.y ? `${a.y}` : `${a.y} – ${b.y}`;
  if (span > 62 * DAY_MS) {
    if (a.y === b.y) return a.m === b.m ? `${MONTHS[a.m]} ${a.y}` : `${MONTHS[a.m]} – ${MONTHS[b.m]} ${a.y}`;
    return `${MONTHS[a.m]} ${a.y} – ${MONTHS[b.m]} ${b.y}`;
  }
  if (span > 2 * DAY_MS) {
    if (a.y !== b.y) return `${a.d} ${MONTHS[a.m]} ${a.y} – ${b.d} ${MONTHS[b.m]} ${b.y}`;
    if (a.m !== b.m) return `${a.d} ${MONTHS[a.m]} – ${b.d} ${MONTHS[b.m]} ${b.y}`;
    return a.d === b.d ? `${a.d} ${MONTHS[a.m]} ${a.y}` : `${a.d}–${b.d} ${MONTHS[b.m]} ${b.y}`;
  }
  const endTime = utcParts(to);
  const dayA = `${a.d} ${MONTHS[a.m]} ${a.y}`;
  const timeA = `${pad2(a.h)}:${pad2(a.min)}`;
  // A view ending exactly at midnight ends the day it shows, not the next one.
  const timeB = endTime.h === 0 && endTime.min === 0 && to > from ? '24:00' : `${pad2(endTime.h)}:${pad2(endTime.min)}`;
  if (a.y === b.y && a.m === b.m && a.d === b.d) return `${dayA}, ${timeA} – ${timeB} UTC`;
  return `${dayA}, ${timeA} – ${b.d} ${MONTHS[b.m]} ${b.y}, ${timeB} UTC`;
}
