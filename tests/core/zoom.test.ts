import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import { zoomIdentity } from 'd3-zoom';
import { tickLabel } from '../../src/core/format';
import { DAY_MS, HOUR_MS, dataExtent, detailFor, formatRange, frameTransform, paddedDomain, timeScale, zoomLimits, zoomedScale } from '../../src/core/zoom';

const utc = (y: number, m: number, d = 1, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('dataExtent and paddedDomain', () => {
  it.each([
    { name: 'none', spans: [], expected: null },
    { name: 'one', spans: [[10, 20]], expected: [10, 20] },
    { name: 'earliest start, latest end', spans: [[10, 20], [5, 8], [15, 40]], expected: [5, 40] },
  ])('extent of $name', ({ spans, expected }) => {
    expect(dataExtent(spans as [number, number][])).toEqual(expected);
  });

  it.each([
    { name: 'pads a wide extent by the fraction', extent: [0, 100 * DAY_MS] as [number, number], expected: [-4 * DAY_MS, 104 * DAY_MS] },
    { name: 'widens a single day around its middle', extent: [0, DAY_MS] as [number, number], expected: [-6.5 * DAY_MS - 0.56 * DAY_MS, 7.5 * DAY_MS + 0.56 * DAY_MS] },
  ])('$name', ({ extent, expected }) => {
    const [from, to] = paddedDomain(extent);
    expect(from).toBeCloseTo(expected[0], -3);
    expect(to).toBeCloseTo(expected[1], -3);
  });

  it('falls back to a year when there is no data', () => {
    const [from, to] = paddedDomain(null, 0.04, DAY_MS, utc(2025, 1));
    expect(to - from).toBeCloseTo(365.25 * DAY_MS, -3);
  });
});

describe('timeScale and zoomedScale', () => {
  const domain: [number, number] = [utc(2020, 1), utc(2025, 1)];

  it('maps time to pixels and back, linearly', () => {
    const scale = timeScale(domain, [0, 1000]);
    expect(scale(domain[0])).toBe(0);
    expect(scale(domain[1])).toBe(1000);
    expect(scale((domain[0] + domain[1]) / 2)).toBeCloseTo(500, 9);
    expect(scale.invert(250)).toBeCloseTo(domain[0] + (domain[1] - domain[0]) / 4, 0);
    expect(scale.domain()).toEqual(domain);
    expect(scale.range()).toEqual([0, 1000]);
  });

  it('maps a domain of one instant to the middle of the range', () => {
    expect(timeScale([5, 5], [0, 100])(5)).toBe(50);
  });

  // d3-scale is the reference: the page does not ship it, because scaleUtc (with the d3-format,
  // d3-time-format and interpolators it brings) took the first load from 41.7 to 51.7 KB gzipped,
  // over the 45 KB budget (measured building the page both ways). These tests hold the small
  // TimeScale to what scaleUtc and transform.rescaleX give.
  it.each([
    { name: 'five years', domain: [utc(2020, 1), utc(2025, 1)], count: 8 },
    { name: 'a few months', domain: [utc(2024, 11, 3), utc(2025, 3, 20)], count: 8 },
    { name: 'a day', domain: [utc(2025, 3, 6, 2), utc(2025, 3, 6, 23)], count: 6 },
    { name: 'centuries', domain: [utc(1850, 1), utc(2030, 1)], count: 10 },
  ])('ticks as scaleUtc gives them: $name', ({ domain, count }) => {
    const reference = scaleUtc().domain(domain).range([0, 1000]);
    expect(timeScale(domain as [number, number], [0, 1000]).ticks(count)).toEqual(reference.ticks(count).map(Number));
  });

  it.each([
    { name: 'identity', k: 1, x: 0 },
    { name: 'zoomed in at the left', k: 4, x: 0 },
    { name: 'zoomed in and panned', k: 16, x: -7300 },
  ])('gives what transform.rescaleX gives: $name', ({ k, x }) => {
    const base = timeScale(domain, [0, 960]);
    const reference = zoomIdentity.translate(x, 0).scale(k).rescaleX(scaleUtc().domain(domain).range([0, 960]));
    const view = zoomedScale(base, { k, x });
    const [from, to] = reference.domain().map(Number);
    expect(view.domain()[0]).toBeCloseTo(from, -1);
    expect(view.domain()[1]).toBeCloseTo(to, -1);
    for (const t of [from, (from + to) / 2, to]) expect(view(t)).toBeCloseTo(reference(t), 6);
  });
});

describe('zoomLimits', () => {
  it.each([
    { name: 'two years on 1000 px, day detail', span: 730 * DAY_MS, width: 1000, detail: DAY_MS, kMax: 73 },
    { name: 'ten days on 1000 px, day detail', span: 10 * DAY_MS, width: 1000, detail: DAY_MS, kMax: 1 },
    { name: 'ten days on 1000 px, hour detail', span: 10 * DAY_MS, width: 1000, detail: HOUR_MS, kMax: 24 },
    { name: 'a phone sees further in', span: 730 * DAY_MS, width: 360, detail: DAY_MS, kMax: 730 / 3.6 },
  ])('$name', ({ span, width, detail, kMax }) => {
    const limits = zoomLimits([0, span], width, 300, detail);
    expect(limits.scaleExtent[0]).toBe(1);
    expect(limits.scaleExtent[1]).toBeCloseTo(kMax, 6);
    expect(limits.translateExtent).toEqual([[0, 0], [width, 300]]);
  });

  it.each([
    { name: 'minutes present', shortest: 60_000, expected: HOUR_MS },
    { name: 'days only', shortest: DAY_MS, expected: DAY_MS },
    { name: 'months only', shortest: 31 * DAY_MS, expected: DAY_MS },
  ])('detail when $name', ({ shortest, expected }) => {
    expect(detailFor(shortest)).toBe(expected);
  });
});

describe('frameTransform', () => {
  it.each([
    { name: 'frames a range in the middle', x0: 450, x1: 550, width: 1000, extent: [1, 100], padding: 0, expected: { k: 10, x: -4500 } },
    { name: 'keeps padding either side', x0: 400, x1: 600, width: 1000, extent: [1, 100], padding: 100, expected: { k: 4, x: -1500 } },
    { name: 'never zooms past the limit', x0: 500, x1: 501, width: 1000, extent: [1, 20], padding: 0, expected: { k: 20, x: -9510 } },
    { name: 'never zooms out past the whole', x0: -100, x1: 2000, width: 1000, extent: [1, 20], padding: 0, expected: { k: 1, x: 0 } },
    { name: 'stays inside on the left', x0: 0, x1: 10, width: 1000, extent: [1, 10], padding: 0, expected: { k: 10, x: 0 } },
    { name: 'stays inside on the right', x0: 990, x1: 1000, width: 1000, extent: [1, 10], padding: 0, expected: { k: 10, x: -9000 } },
  ])('$name', ({ x0, x1, width, extent, padding, expected }) => {
    const t = frameTransform(x0, x1, width, extent as [number, number], padding);
    expect(t.k).toBeCloseTo(expected.k, 6);
    expect(t.x).toBeCloseTo(expected.x, 6);
  });
});

describe('formatRange', () => {
  it.each([
    { name: 'decades', from: utc(1990, 1), to: utc(2025, 6), expected: '1990 – 2025' },
    { name: 'months across years', from: utc(2023, 10, 3), to: utc(2025, 3, 20), expected: 'October 2023 – March 2025' },
    { name: 'months in one year', from: utc(2024, 2, 3), to: utc(2024, 11, 20), expected: 'February – November 2024' },
    { name: 'days in one month', from: utc(2025, 3, 3), to: utc(2025, 3, 29), expected: '3–28 March 2025' },
    { name: 'days across months', from: utc(2025, 2, 20), to: utc(2025, 3, 7), expected: '20 February – 6 March 2025' },
    { name: 'days across years', from: utc(2024, 12, 28), to: utc(2025, 1, 7), expected: '28 December 2024 – 6 January 2025' },
    { name: 'hours in a day', from: utc(2025, 3, 6, 9), to: utc(2025, 3, 6, 17, 30), expected: '6 March 2025, 09:00 – 17:30 UTC' },
    { name: 'hours to midnight', from: utc(2025, 3, 6, 12), to: utc(2025, 3, 7), expected: '6 March 2025, 12:00 – 24:00 UTC' },
    { name: 'hours across midnight', from: utc(2025, 3, 6, 20), to: utc(2025, 3, 7, 6), expected: '6 March 2025, 20:00 – 7 March 2025, 06:00 UTC' },
  ])('$name', ({ from, to, expected }) => {
    expect(formatRange(from, to)).toBe(expected);
  });
});

// d3's multi-scale time format (d3-time-format's documented `multiFormat`) in newsroom style. The
// page's own tickLabel is 7 lines; d3-time-format would add 2.5 KB gzipped to the first load
// (41.7 to 44.2 of 45 KB) and 2.8 KB to the element, so it is the reference here instead.
const d3Multi = (date: Date) =>
  utcFormat(utcHour(date) < date ? '%H:%M' : utcDay(date) < date ? '%H:%M' : utcMonth(date) < date ? '%-d %b' : utcYear(date) < date ? '%b' : '%Y')(date);

describe('tickLabel', () => {
  it.each([
    { name: 'centuries', domain: [utc(1850, 1), utc(2030, 1)] },
    { name: 'five years', domain: [utc(2020, 1), utc(2025, 1)] },
    { name: 'a few months', domain: [utc(2024, 11, 3), utc(2025, 3, 20)] },
    { name: 'a fortnight across a year end', domain: [utc(2024, 12, 24), utc(2025, 1, 7)] },
    { name: 'a day', domain: [utc(2025, 3, 6, 2), utc(2025, 3, 6, 23)] },
    { name: 'two hours', domain: [utc(2025, 3, 6, 13), utc(2025, 3, 6, 15)] },
  ])('labels every tick as d3\'s multi-scale format does: $name', ({ domain }) => {
    for (const count of [4, 8, 12]) {
      for (const tick of timeScale(domain as [number, number], [0, 1000]).ticks(count)) expect(tickLabel(tick)).toBe(d3Multi(new Date(tick)));
    }
  });
});
