import { describe, expect, it } from 'vitest';
import { assignLanes, clusterEvents, estimateTextWidth, itemsInView, spanIndex, truncateLabel, type LaneItem } from '../../src/core/layout';

const item = (id: string, x0: number, x1: number, labelWidth = 0): LaneItem => ({ id, x0, x1, labelWidth });
const lanesOf = (placed: { id: string; lane: number }[]) => Object.fromEntries(placed.map((p) => [p.id, p.lane]));

describe('assignLanes', () => {
  it.each([
    { name: 'no items', items: [], lanes: 3, expected: {}, overflow: [] },
    { name: 'far apart marks share a lane', items: [item('a', 0, 8), item('b', 100, 108)], lanes: 3, expected: { a: 0, b: 0 }, overflow: [] },
    { name: 'overlapping bars stack', items: [item('a', 0, 100), item('b', 50, 150), item('c', 60, 70)], lanes: 3, expected: { a: 0, b: 1, c: 2 }, overflow: [] },
    { name: 'a label counts as occupied space', items: [item('a', 0, 8, 120), item('b', 60, 68, 50)], lanes: 3, expected: { a: 0, b: 1 }, overflow: [] },
    { name: 'a lane frees up once the label ends', items: [item('a', 0, 8, 50), item('b', 20, 28, 50), item('c', 70, 78, 50)], lanes: 2, expected: { a: 0, b: 1, c: 0 }, overflow: [] },
    { name: 'greedy by start, not input order', items: [item('late', 200, 208), item('early', 0, 8)], lanes: 1, expected: { early: 0, late: 0 }, overflow: [] },
    { name: 'too many at one place overflow', items: [item('a', 0, 8), item('b', 0, 8), item('c', 0, 8)], lanes: 2, expected: { a: 0, b: 1 }, overflow: ['c'] },
    { name: 'zero lanes overflow everything', items: [item('a', 0, 8)], lanes: 0, expected: {}, overflow: ['a'] },
  ])('$name', ({ items, lanes, expected, overflow }) => {
    const layout = assignLanes(items, { lanes, gap: 8, minLabel: 40 });
    expect(lanesOf(layout.placed)).toEqual(expected);
    expect(layout.overflow.map((o) => o.id)).toEqual(overflow);
  });

  it('truncates an earlier label rather than overflow when lanes are full', () => {
    const { placed, overflow } = assignLanes([item('a', 0, 8, 200), item('b', 100, 108, 60)], { lanes: 1, gap: 8, minLabel: 40 });
    expect(overflow).toEqual([]);
    expect(placed.find((p) => p.id === 'a')?.labelRoom).toBe(92);
    expect(placed.find((p) => p.id === 'b')?.labelRoom).toBe(60);
  });

  it('overflows when sharing would leave the earlier label less than the minimum', () => {
    const { overflow } = assignLanes([item('a', 0, 8, 200), item('b', 30, 38, 60)], { lanes: 1, gap: 8, minLabel: 40 });
    expect(overflow.map((o) => o.id)).toEqual(['b']);
  });

  it.each([
    { name: 'label fits to the right', x0: 500, labelWidth: 200, right: 960, expected: { labelRoom: 200, labelX: 500, flipped: false } },
    { name: 'label near the right edge flips to end at its mark', x0: 900, labelWidth: 200, right: 960, expected: { labelRoom: 200, labelX: 708, flipped: true } },
    { name: 'a flipped label is cut at the left edge', x0: 150, labelWidth: 400, right: 300, expected: { labelRoom: 158, labelX: 0, flipped: true } },
    { name: 'label stays right when that side has more room', x0: 100, labelWidth: 300, right: 300, expected: { labelRoom: 200, labelX: 100, flipped: false } },
    { name: 'label hidden when neither side leaves enough', x0: 10, labelWidth: 200, right: 40, expected: { labelRoom: 0, flipped: false } },
    { name: 'label of a bar begun off-screen starts at the left edge', x0: -300, labelWidth: 100, right: 960, expected: { labelRoom: 100, labelX: 0, flipped: false } },
  ])('$name', ({ x0, labelWidth, right, expected }) => {
    const { placed } = assignLanes([item('a', x0, x0 + 8, labelWidth)], { lanes: 1, bounds: [0, right], minLabel: 40 });
    expect(placed[0]).toMatchObject(expected);
  });

  it('does not let a later item cut into a flipped label', () => {
    const { placed, overflow } = assignLanes([item('a', 900, 908, 200), item('b', 930, 938, 200)], { lanes: 1, bounds: [0, 960], minLabel: 40 });
    expect(placed.map((p) => p.id)).toEqual(['a']);
    expect(overflow.map((o) => o.id)).toEqual(['b']);
  });

  it('never lets labels in one lane collide', () => {
    const items = Array.from({ length: 200 }, (_, i) => item(`e${i}`, (i * 37) % 900, ((i * 37) % 900) + 8, 40 + (i % 7) * 30));
    const { placed } = assignLanes(items, { lanes: 4, gap: 6, minLabel: 30, bounds: [0, 960] });
    for (let lane = 0; lane < 4; lane++) {
      const row = placed.filter((p) => p.lane === lane).sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < row.length; i++) {
        const previousEnd = Math.max(row[i - 1].x1, row[i - 1].labelX + row[i - 1].labelRoom);
        expect(previousEnd).toBeLessThanOrEqual(Math.min(row[i].x0, row[i].labelX) - 6);
      }
    }
  });

  it('caps the number of placed items', () => {
    const items = Array.from({ length: 50 }, (_, i) => item(`e${i}`, i * 100, i * 100 + 8));
    const { placed, overflow } = assignLanes(items, { lanes: 3, maxPlaced: 10 });
    expect(placed).toHaveLength(10);
    expect(overflow).toHaveLength(40);
  });
});

describe('assignLanes on dense views', () => {
  // Many items piled on a few pixels, as a story's busy week looks zoomed out.
  const pile = Array.from({ length: 2000 }, (_, i) => item(`e${String(i).padStart(4, '0')}`, 100 + (i % 40) / 4, 108 + (i % 40) / 4, 90));

  it('measures only the items that might be placed', () => {
    const asked: string[] = [];
    const { placed, overflow } = assignLanes(pile, {
      lanes: 4,
      gap: 8,
      minLabel: 40,
      bounds: [0, 960],
      labelWidth: (box) => {
        asked.push(box.id);
        return box.labelWidth;
      },
    });
    expect(placed.length + overflow.length).toBe(pile.length);
    expect(asked.length).toBeLessThan(50);
    expect(new Set(asked)).toEqual(new Set(placed.map((p) => p.id).concat(asked)));
  });

  it('places the same items whether or not widths are asked for lazily', () => {
    const eager = assignLanes(pile, { lanes: 4, gap: 8, minLabel: 40, bounds: [0, 960] });
    const lazy = assignLanes(pile, { lanes: 4, gap: 8, minLabel: 40, bounds: [0, 960], labelWidth: (box) => box.labelWidth });
    expect(lazy.placed.map((p) => [p.id, p.lane, p.labelRoom])).toEqual(eager.placed.map((p) => [p.id, p.lane, p.labelRoom]));
  });

  it('gives each placement its input item', () => {
    const { placed } = assignLanes([item('a', 0, 8, 20)], { lanes: 1 });
    expect(placed[0].item).toEqual(item('a', 0, 8, 20));
  });

  it('takes items already in start order as they are when told so', () => {
    const items = [item('b', 0, 8), item('a', 0, 8)];
    expect(assignLanes(items, { lanes: 2, ordered: true }).placed.map((p) => p.id)).toEqual(['b', 'a']);
    expect(assignLanes(items, { lanes: 2 }).placed.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('spanIndex and itemsInView', () => {
  const at = (id: string, from: number, to: number) => ({ id, from, to });
  const items = [at('long', 0, 1000), at('a', 10, 20), at('b', 30, 40), at('c', 50, 60), at('d', 70, 80)];
  const index = spanIndex(items);

  it.each([
    { name: 'a window in the middle', from: 32, to: 55, expected: ['long', 'b', 'c'] },
    { name: 'ends are exclusive', from: 20, to: 30, expected: ['long'] },
    { name: 'before everything', from: -50, to: 0, expected: [] },
    { name: 'after everything', from: 1000, to: 2000, expected: [] },
    { name: 'all of it', from: -1, to: 1001, expected: ['long', 'a', 'b', 'c', 'd'] },
  ])('$name', ({ from, to, expected }) => {
    expect(itemsInView(index, from, to).map((i) => i.id)).toEqual(expected);
  });

  it('agrees with a plain filter on random spans', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const spans = Array.from({ length: 500 }, (_, i) => {
      const from = Math.floor(random() * 10_000);
      return at(`s${i}`, from, from + 1 + Math.floor(random() ** 4 * 3000));
    }).sort((a, b) => a.from - b.from);
    const spanned = spanIndex(spans);
    for (let n = 0; n < 50; n++) {
      const from = Math.floor(random() * 11_000) - 500;
      const to = from + Math.floor(random() * 2000);
      expect(itemsInView(spanned, from, to)).toEqual(spans.filter((s) => s.to > from && s.from < to));
    }
  });
});

describe('clusterEvents', () => {
  const at = (id: string, from: number, to = from + 1) => ({ id, from, to });
  const identity = (t: number) => t;

  it.each([
    { name: 'no items', items: [], gap: 10, expected: [] },
    { name: 'apart items stay single', items: [at('a', 0), at('b', 20)], gap: 10, expected: [['a'], ['b']] },
    { name: 'near items join', items: [at('a', 0), at('b', 5), at('c', 9)], gap: 10, expected: [['a', 'b', 'c']] },
    { name: 'a cluster is at most the gap wide, so even spacing does not chain', items: [at('a', 0), at('b', 6), at('c', 12), at('d', 18)], gap: 10, expected: [['a', 'b'], ['c', 'd']] },
    { name: 'sorted by start first', items: [at('c', 30), at('a', 0), at('b', 2)], gap: 10, expected: [['a', 'b'], ['c']] },
  ])('$name', ({ items, gap, expected }) => {
    expect(clusterEvents(items, identity, gap).map((c) => c.items.map((i) => i.id))).toEqual(expected);
  });

  it('splits as the scale zooms in', () => {
    const items = [at('a', 0), at('b', 4), at('c', 8)];
    expect(clusterEvents(items, (t) => t, 10)).toHaveLength(1);
    expect(clusterEvents(items, (t) => t * 4, 10)).toHaveLength(3);
  });

  it('reports the time covered, for zooming to the cluster', () => {
    const [cluster] = clusterEvents([at('a', 100, 500), at('b', 102, 130)], (t) => t / 10, 24);
    expect(cluster).toMatchObject({ id: 'a', from: 100, to: 500, x0: 10, x1: 34 });
  });
});

describe('assignLanes with preferred lanes', () => {
  it('keeps an item in the lane it had when that lane is free, even above empty ones', () => {
    const items = [item('a', 0, 8, 50), item('b', 100, 108, 50)];
    const { placed, lanesUsed } = assignLanes(items, { lanes: 4, preferredLane: (i) => ({ a: 2, b: 1 })[i.id] });
    expect(lanesOf(placed)).toEqual({ a: 2, b: 1 });
    expect(lanesUsed).toBe(3);
  });

  it('takes the first free lane when its own is taken or out of range', () => {
    const items = [item('a', 0, 8, 50), item('b', 20, 28, 50), item('c', 40, 48, 50)];
    const { placed } = assignLanes(items, { lanes: 3, preferredLane: (i) => ({ a: 0, b: 0, c: 7 })[i.id] });
    expect(lanesOf(placed)).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('without preferences lays out as before', () => {
    const items = [item('a', 0, 8, 50), item('b', 20, 28, 50), item('c', 70, 78, 50)];
    expect(lanesOf(assignLanes(items, { lanes: 2, preferredLane: () => undefined }).placed)).toEqual({ a: 0, b: 1, c: 0 });
  });
});

describe('labels', () => {
  const perChar = (t: string) => t.length * 10;
  it.each([
    { name: 'fits whole', text: 'Talks resume', room: 200, expected: 'Talks resume' },
    { name: 'cut with an ellipsis', text: 'Talks resume', room: 60, expected: 'Talks…' },
    { name: 'no trailing space before the ellipsis', text: 'Talks resume', room: 70, expected: 'Talks…' },
    { name: 'cut between words, not inside one', text: 'Talks resume in Geneva', room: 140, expected: 'Talks resume…' },
    { name: 'no comma before the ellipsis', text: 'Talks resume, officials say', room: 170, expected: 'Talks resume…' },
    { name: 'inside the first word when no whole word fits', text: 'Negotiations resume', room: 60, expected: 'Negot…' },
    { name: 'hidden when nothing fits', text: 'Talks resume', room: 15, expected: '' },
    { name: 'hidden with no room', text: 'Talks', room: 0, expected: '' },
  ])('$name', ({ text, room, expected }) => {
    expect(truncateLabel(text, room, perChar)).toBe(expected);
  });

  it('estimates wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('WWW')).toBeGreaterThan(estimateTextWidth('iii'));
    expect(estimateTextWidth('')).toBe(0);
  });
});
