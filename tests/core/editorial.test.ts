import { describe, expect, it } from 'vitest';
import { TAG_PALETTE, mainTag, markShape, starPath, tagCssColour, tagSlots } from '../../src/core/editorial';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The page's backgrounds (Timeline.svelte): page, chart and panel, and hover.
const LIGHT_BACKGROUNDS = ['#ffffff', '#fbfaf7', '#efece5'];
const DARK_BACKGROUNDS = ['#131518', '#181b1f', '#1c1f24', '#262a30'];

describe('TAG_PALETTE', () => {
  it.each(TAG_PALETTE.map((c, slot) => ({ slot, ...c })))('slot $slot reads at AA (4.5:1) on every background of its theme', ({ light, dark }) => {
    for (const bg of LIGHT_BACKGROUNDS) expect(contrast(light, bg), `${light} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const bg of DARK_BACKGROUNDS) expect(contrast(dark, bg), `${dark} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('has distinct colours', () => {
    expect(new Set(TAG_PALETTE.map((c) => c.light)).size).toBe(TAG_PALETTE.length);
    expect(new Set(TAG_PALETTE.map((c) => c.dark)).size).toBe(TAG_PALETTE.length);
  });

  it('gives CSS that follows the colour scheme', () => {
    expect(tagCssColour(1)).toBe(`light-dark(${TAG_PALETTE[1].light}, ${TAG_PALETTE[1].dark})`);
    expect(tagCssColour(TAG_PALETTE.length + 1)).toBe(tagCssColour(1));
  });
});

describe('tagSlots', () => {
  it.each([
    { name: 'no tags', events: [{}, { tags: [] }], expected: [] },
    { name: 'sorted by name', events: [{ tags: ['zoning', 'budget'] }, { tags: ['Parks'] }], expected: [['Parks', 0], ['budget', 1], ['zoning', 2]] },
    { name: 'each tag once', events: [{ tags: ['b', 'a'] }, { tags: ['a'] }], expected: [['a', 0], ['b', 1]] },
    {
      name: 'the palette repeats past its end',
      events: [{ tags: Array.from({ length: TAG_PALETTE.length + 2 }, (_, i) => `t${String(i).padStart(2, '0')}`) }],
      expected: Array.from({ length: TAG_PALETTE.length + 2 }, (_, i) => [`t${String(i).padStart(2, '0')}`, i % TAG_PALETTE.length]),
    },
  ])('$name', ({ events, expected }) => {
    expect([...tagSlots(events)]).toEqual(expected);
  });

  it('gives the same colours whatever order the events come in', () => {
    const events = [{ tags: ['transport'] }, { tags: ['budget', 'politics'] }, { tags: ['protest'] }];
    expect([...tagSlots([...events].reverse())]).toEqual([...tagSlots(events)]);
  });

  it('takes the first tag as the main one', () => {
    expect(mainTag({ tags: ['budget', 'politics'] })).toBe('budget');
    expect(mainTag({})).toBeUndefined();
  });
});

describe('marks', () => {
  it('draws a star of ten points around its centre', () => {
    const path = starPath(10, 10, 8);
    const points = [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual([10, 2]);
    for (const [x, y] of points) expect(Math.hypot(x - 10, y - 10)).toBeLessThanOrEqual(8.01);
    expect(path.endsWith('Z')).toBe(true);
  });

  it.each([
    { name: 'a day is a dot in the middle of its box', mark: { x0: 0, x1: 10, point: true, minute: false }, expected: { x: -0.5, y: 4.5, width: 11, height: 11, rx: 5.5 } },
    { name: 'a minute is a smaller dot', mark: { x0: 0, x1: 10, point: true, minute: true }, expected: { x: 1, y: 6, width: 8, height: 8, rx: 4 } },
    { name: 'a span is a bar', mark: { x0: 10, x1: 60, point: false, minute: false }, expected: { x: 0, y: 5, width: 50, height: 10, rx: 3 } },
    { name: 'a short span is still 4 px', mark: { x0: 10, x1: 11, point: false, minute: false }, expected: { x: 0, y: 5, width: 4, height: 10, rx: 3 } },
  ])('$name', ({ mark, expected }) => {
    expect(markShape(mark)).toEqual(expected);
  });
});
