import { describe, expect, it } from 'vitest';
import { assignByImportance, groupName, labelWeight, topByImportance } from '../../src/core/labels';

interface Box {
  id: string;
  x0: number;
  x1: number;
  labelWidth: number;
  weight: number;
}

/** Ten-pixel marks at the given starts, each with a 100 px label and its weight. */
function boxes(spec: [string, number, number][]): Box[] {
  return spec.map(([id, x0, weight]) => ({ id, x0, x1: x0 + 10, labelWidth: 100, weight }));
}

describe('assignByImportance', () => {
  it.each([
    {
      name: 'everything fits: the plain layout by start',
      items: boxes([['a', 0, 0], ['b', 200, 1], ['c', 400, 0.5]]),
      lanes: 1,
      placed: ['a', 'b', 'c'],
    },
    {
      name: 'one lane, crowded: the most important takes it, not the first',
      items: boxes([['a', 0, 0.1], ['b', 20, 0.9], ['c', 40, 0.2]]),
      lanes: 1,
      placed: ['b'],
    },
    {
      name: 'two lanes: the two most important, in start order',
      items: boxes([['a', 0, 0.3], ['b', 20, 0.1], ['c', 40, 0.8], ['d', 60, 0.5]]),
      lanes: 2,
      placed: ['c', 'd'],
    },
    {
      name: 'equal importance keeps start order',
      items: boxes([['a', 0, 0], ['b', 20, 0], ['c', 40, 0]]),
      lanes: 1,
      placed: ['a'],
    },
    {
      name: 'what is left out weighs no more than what is placed: the first-come layout stays',
      // Fifty equal marks 20 px apart: by start, every sixth takes the lane (nine of them). Laid out
      // again from the "most important" (the first nine, on ties) only two would fit, and a few
      // more passes would still leave most of the lane empty.
      items: boxes(Array.from({ length: 50 }, (_, i): [string, number, number] => [`e${i}`, i * 20, 0.5])),
      lanes: 1,
      placed: Array.from({ length: 9 }, (_, i) => `e${i * 6}`),
    },
  ])('$name', ({ items, lanes, placed }) => {
    const layout = assignByImportance(items, { lanes, gap: 8, minLabel: 200 }, (b) => b.weight);
    expect(layout.placed.map((p) => p.id).sort()).toEqual([...placed].sort());
    // Nothing is lost: every item is placed or overflows into a cluster.
    expect(layout.placed.length + layout.overflow.length).toBe(items.length);
  });
});

describe('topByImportance', () => {
  it.each([
    { name: 'keeps the given order', values: [1, 3, 2], count: 2, expected: [3, 2] },
    { name: 'ties go to the earlier', values: [5, 5, 5], count: 2, expected: [5, 5] },
    { name: 'count past the length keeps all', values: [1, 2], count: 5, expected: [1, 2] },
    { name: 'count zero keeps none', values: [1, 2], count: 0, expected: [] },
  ])('$name', ({ values, count, expected }) => {
    expect(topByImportance(values, count, (v) => v)).toEqual(expected);
  });
});

describe('labelWeight', () => {
  it.each([
    { name: 'nothing known', event: {}, expected: 0 },
    { name: 'importance alone', event: { importance: 0.4 }, expected: 0.4 },
    { name: 'a key event outranks any importance', event: { key: true, importance: 0 }, expected: 1 },
    { name: 'an editor highlight counts', event: { highlight: true, importance: 0.2 }, expected: 0.7 },
  ])('$name', ({ event, expected }) => {
    expect(labelWeight(event)).toBeCloseTo(expected);
  });
});

describe('groupName', () => {
  const title = (e: { title: string }) => e.title;
  const weight = (e: { w: number }) => e.w;
  it.each([
    { name: 'empty', members: [], expected: '' },
    { name: 'one member is its title', members: [{ title: 'Vote held', w: 0 }], expected: 'Vote held' },
    {
      name: 'names the most important member',
      members: [{ title: 'Talks begin', w: 0.1 }, { title: 'Leader killed', w: 0.9 }, { title: 'Rally', w: 0.3 }],
      expected: 'Leader killed and 2 more',
    },
    {
      name: 'ties name the earliest',
      members: [{ title: 'First', w: 0.5 }, { title: 'Second', w: 0.5 }],
      expected: 'First and 1 more',
    },
  ])('$name', ({ members, expected }) => {
    expect(groupName(members, title, weight)).toBe(expected);
  });
});
