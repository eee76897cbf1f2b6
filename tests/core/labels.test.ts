import { describe, expect, it } from 'vitest';
import { assignByImportance, groupName, labelWeight, topByImportance } from '../../src/core/labels';

interface Box {
  id: string;
  x0: number;
  x1: number;
  labelWidth: number;
  weight: number;
}

const box = (id: string, x0: number, weight: number, labelWidth = 100): Box => ({ id, x0, x1: x0 + 10, labelWidth, weight });

describe('topByImportance', () => {
  it.each([
    { values: [1, 5, 3, 4], count: 2, want: [5, 4] },
    { values: [1, 5, 3, 4], count: 0, want: [] },
    { values: [1, 5, 3], count: 5, want: [1, 5, 3] },
    { values: [2, 2, 2], count: 2, want: [2, 2] },
  ])('keeps the $count most important of $values in their order', ({ values, count, want }) => {
    expect(topByImportance(values, count, (v) => v)).toEqual(want);
  });

  it('breaks ties by the earlier item', () => {
    const items = [box('a', 0, 1), box('b', 0, 1), box('c', 0, 1)];
    expect(topByImportance(items, 2, (b) => b.weight).map((b) => b.id)).toEqual(['a', 'b']);
  });
});

describe('assignByImportance', () => {
  it('gives the one lane to the most important of crowded events', () => {
    // Three events 20 px apart with 100 px labels: one lane holds only one of them.
    const items = [box('minor', 0, 0.1), box('major', 20, 0.9), box('middle', 40, 0.5)];
    const layout = assignByImportance(items, { lanes: 1, minLabel: 64 }, (b) => b.weight);
    expect(layout.placed.map((p) => p.id)).toEqual(['major']);
    expect(layout.overflow.map((b) => b.id).sort()).toEqual(['middle', 'minor']);
  });

  it('is the plain layout when everything fits', () => {
    const items = [box('a', 0, 0), box('b', 200, 1), box('c', 400, 0.5)];
    const layout = assignByImportance(items, { lanes: 1 }, (b) => b.weight);
    expect(layout.placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(layout.overflow).toEqual([]);
  });

  it('places the most important in a crowded story of many events', () => {
    const items = Array.from({ length: 200 }, (_, i) => box(`e${i}`, i * 5, (i * 37) % 100));
    const layout = assignByImportance(items, { lanes: 3, minLabel: 64 }, (b) => b.weight);
    const placed = new Set(layout.placed.map((p) => p.id));
    const least = Math.min(...layout.placed.map((p) => p.item.weight));
    const bestLeft = Math.max(...items.filter((b) => !placed.has(b.id)).map((b) => b.weight));
    expect(layout.placed.length + layout.overflow.length).toBe(200);
    expect(least).toBeGreaterThan(bestLeft - 40);
    expect(layout.placed.map((p) => p.item.weight).reduce((a, b) => a + b, 0) / layout.placed.length).toBeGreaterThan(60);
  });
});

describe('labelWeight and groupName', () => {
  it.each([
    { event: {}, want: 0 },
    { event: { importance: 0.4 }, want: 0.4 },
    { event: { importance: 0.4, key: true }, want: 1.4 },
    { event: { highlight: true }, want: 0.5 },
  ])('weighs $event as $want', ({ event, want }) => {
    expect(labelWeight(event)).toBeCloseTo(want);
  });

  it.each([
    { members: [['Talks begin', 0.2], ['Leader killed', 0.9], ['Talks end', 0.1]], want: 'Leader killed and 2 more' },
    { members: [['Only one', 0]], want: 'Only one' },
    { members: [['First', 0.5], ['Second', 0.5]], want: 'First and 1 more' },
    { members: [], want: '' },
  ] as { members: [string, number][]; want: string }[])('names a group $want', ({ members, want }) => {
    expect(groupName(members, (m) => m[0], (m) => m[1])).toBe(want);
  });
});
