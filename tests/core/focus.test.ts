import { describe, expect, it } from 'vitest';
import { openingSpan, outsideView, type FocusSpan } from '../../src/core/focus';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const day = (y: number, m: number, d = 1, key = false): FocusSpan => ({ from: utc(y, m, d), to: utc(y, m, d) + DAY, key });

const background = [day(1985, 3), day(1995, 6), day(2005, 1), day(2015, 9)];
const news = Array.from({ length: 20 }, (_, i) => day(2024, 1 + Math.floor(i / 2), 1 + (i % 2) * 14, i % 4 === 0));
const whole: [number, number] = [utc(1984, 1), utc(2026, 1)];

describe('openingSpan', () => {
  it.each([
    { name: 'no events', events: [], expected: null },
    { name: 'one event', events: [day(2024, 1)], expected: null },
    { name: 'events spread over the whole range', events: [day(1985, 1), day(1995, 1), day(2005, 1), day(2015, 1), day(2025, 1)], expected: null },
  ])('shows the whole range: $name', ({ events, expected }) => {
    expect(openingSpan(events, whole)).toEqual(expected);
  });

  it.each([
    { name: 'key events in 2024 after decades of background', events: [...background, ...news], inside: [utc(2024, 3), utc(2024, 7)] },
    { name: 'no key events: the densest stretch of all events', events: [...background, ...news.map((e) => ({ ...e, key: false }))], inside: [utc(2024, 1, 15), utc(2024, 9)] },
    { name: 'one key event counts as none', events: [...background, ...news.map((e, i) => ({ ...e, key: i === 0 }))], inside: [utc(2024, 1, 15), utc(2024, 9)] },
  ])('opens on the story: $name', ({ events, inside }) => {
    const span = openingSpan(events, whole);
    expect(span).not.toBeNull();
    const [from, to] = span!;
    expect(from).toBeLessThanOrEqual(inside[0]);
    expect(to).toBeGreaterThanOrEqual(inside[1]);
    expect(from).toBeGreaterThan(utc(2023, 6));
    expect(to).toBeLessThan(utc(2025, 6));
  });

  it('takes in every evenly spread key event, but leaves out one far away', () => {
    const spread = Array.from({ length: 9 }, (_, i) => day(2024, 1 + i, 1, true));
    const [from, to] = openingSpan([...background, ...spread], whole)!;
    expect(from).toBeLessThanOrEqual(utc(2024, 1));
    expect(to).toBeGreaterThanOrEqual(utc(2024, 9, 2));
    const [, end] = openingSpan([...background, ...spread.slice(0, 8), day(2025, 12, 1, true)], whole)!;
    expect(end).toBeLessThan(utc(2025, 1));
  });

  it('pads the span and keeps it inside the domain', () => {
    const events = [day(2024, 1, 1, true), day(2024, 1, 30, true), day(1990, 1)];
    const [from, to] = openingSpan(events, whole)!;
    expect(from).toBeLessThan(utc(2024, 1, 1));
    expect(to).toBeGreaterThan(utc(2024, 1, 31));
    const clipped = openingSpan(events, [utc(2024, 1, 1), utc(2030, 1)])!;
    expect(clipped[0]).toBe(utc(2024, 1, 1));
  });

  it('is never narrower than the minimum span', () => {
    const events = [day(2024, 5, 1, true), day(2024, 5, 1, true), day(1990, 1)];
    const [from, to] = openingSpan(events, whole)!;
    expect(to - from).toBeGreaterThanOrEqual(14 * DAY);
  });
});

describe('outsideView', () => {
  it.each([
    { name: 'nothing outside', view: [utc(1980, 1), utc(2030, 1)], earlier: 0, later: 0, nearestEarlier: null, nearestLater: null },
    { name: 'background before the news', view: [utc(2023, 1), utc(2030, 1)], earlier: 4, later: 0, nearestEarlier: utc(2015, 9) + DAY, nearestLater: null },
    { name: 'both sides', view: [utc(2000, 1), utc(2010, 1)], earlier: 2, later: 21, nearestEarlier: utc(1995, 6) + DAY, nearestLater: utc(2015, 9) },
    { name: 'an event across the edge is in view', view: [utc(1985, 3) + DAY / 2, utc(1990, 1)], earlier: 0, later: 23, nearestEarlier: null, nearestLater: utc(1995, 6) },
  ])('$name', ({ view, earlier, later, nearestEarlier, nearestLater }) => {
    expect(outsideView(view as [number, number], [...background, ...news])).toEqual({ earlier, later, nearestEarlier, nearestLater });
  });
});
