// The timeline state's parts, each on its own: which events show (EventsState), where the view
// may go (ViewState), and the pure layout steps (timeline-marks), with TimelineState on top.
import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../src/core/dates';
import type { EventList } from '../../src/core/schema';
import { EventsState } from '../../src/app/events-state.svelte';
import { ViewState } from '../../src/app/view-state.svelte';
import { TimelineState } from '../../src/app/timeline-state.svelte';
import { prepareItems, type TimelineItem } from '../../src/app/timeline-items';
import { AXIS_HEIGHT, CLUSTER_ROW, LANE_HEIGHT, RUG_HEIGHT, chartHeight, clusterMarks, compactCount, followLayout, markBox } from '../../src/app/timeline-marks';
import { timeScale } from '../../src/core/zoom';

/** `count` day events, one every `days` days from 2023; every `keyEvery`th is key (none when 0). */
function story(count: number, days = 7, keyEvery = 0): EventList {
  const quote = 'It happened on the day.';
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2023, 0, 1) + i * days * 86_400_000).toISOString().slice(0, 10);
    const date = { start: day, end: day, precision: 'day' as const, approximate: false };
    return {
      id: `e${i}`,
      title: i % 2 ? `Council votes on item ${i}` : `Harbour closes for day ${i}`,
      date: { ...date, label: dateLabel(date) },
      ...(keyEvery && i % keyEvery === 0 ? { key: true } : {}),
      sources: [{ article: 'a', quote, start: 0, end: quote.length, timex: { text: 'the day', start: 15, end: 22, value: day } }],
    };
  });
  return { version: 1, articles: [{ id: 'a', file: 'a.txt', title: 'A story', publisher: 'The Paper', published: '2025-01-01', dateline: null, warnings: [] }], events } as EventList;
}

describe('EventsState', () => {
  it('shows key events by default in a long story with some, and all of them once the reader asks', () => {
    const events = new EventsState(() => story(60, 7, 3));
    expect(events.hasKeyChoice).toBe(true);
    expect(events.keyOnly).toBe(true);
    expect(events.matches.map((i) => i.id)).toEqual(events.items.filter((i) => i.event.key).map((i) => i.id));
    events.ensureShown('e1'); // not key: opening it switches to All
    expect(events.keyOnly).toBe(false);
    expect(events.matches).toHaveLength(60);
  });

  it('narrows the shown events to those the search matches', () => {
    const events = new EventsState(() => story(30));
    events.query = 'harbour';
    expect(events.matches.map((i) => i.id)).toEqual(events.items.filter((i) => i.event.title.startsWith('Harbour')).map((i) => i.id));
    events.selectedId = 'e2';
    expect(events.selected?.id).toBe('e2');
  });
});

describe('ViewState', () => {
  it('falls back to a default width until one is measured or fixed', () => {
    const view = new ViewState(() => story(10));
    expect(view.width).toBe(960);
    view.measuredWidth = 500;
    expect(view.width).toBe(500);
    expect(new ViewState(() => story(10), () => 320).width).toBe(320);
  });

  it.each([
    { name: 'zoomed out past show all', k: 0.2, x: 50, expected: { k: 1, x: 0 } },
    { name: 'panned before the start', k: 2, x: 100, expected: { k: 2, x: 0 } },
    { name: 'panned past the end', k: 2, x: -5000, expected: { k: 2, x: -800 } },
    { name: 'a view inside the range', k: 4, x: -1000, expected: { k: 4, x: -1000 } },
  ])('jumpTo clamps $name', ({ k, x, expected }) => {
    const view = new ViewState(() => story(40), () => 800);
    view.jumpTo({ k, x });
    expect(view.transform).toEqual({ ...expected, y: 0 });
  });

  it('is the opening view from the first layout, and a move to the view shown keeps it', () => {
    // Key events only in the second half: the story opens there, not on the whole range.
    const list = story(60, 7);
    list.events.forEach((e, i) => (e.key = i >= 40));
    const view = new ViewState(() => list, () => 800);
    const first = view.transform;
    expect(first).toBe(view.opening);
    expect(first.k).toBeGreaterThan(1);
    view.jumpTo(first);
    expect(view.transform).toBe(first);
    view.panBy(50);
    expect(view.transform).not.toBe(first);
    expect(view.transform.x).toBeCloseTo(first.x + 50);
  });

  it('pans and zooms without d3-zoom within the same limits', () => {
    const view = new ViewState(() => story(40), () => 800);
    view.panBy(100);
    expect(view.transform).toEqual({ k: 1, x: 0, y: 0 });
    view.zoomAround(2, [400, 0]);
    expect(view.transform).toEqual({ k: 2, x: -400, y: 0 });
    view.zoomAround(1e9, [400, 0]);
    expect(view.transform.k).toBe(view.scaleExtent[1]);
    view.showAll();
    expect(view.transform).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('timeline-marks', () => {
  const [item] = prepareItems(story(1));
  const bar: TimelineItem = { ...item, point: false, from: 0, to: 100 };
  const scale = timeScale([0, 1000], [0, 1000]);
  it.each([
    { name: 'a point is a dot 10 px wide around its middle', mark: { ...item, point: true, from: 200, to: 300 }, box: [245, 255] },
    { name: 'a bar spans its time', mark: bar, box: [0, 100] },
    { name: 'a bar shorter than 10 px starts where it starts', mark: { ...bar, to: 4 }, box: [0, 10] },
  ])('markBox: $name', ({ mark, box }) => {
    expect(markBox(mark, scale)).toEqual(box);
  });

  it.each([
    { n: 999, text: '999' },
    { n: 1234, text: '1.2k' },
    { n: 12_345, text: '12k' },
  ])('compactCount($n) is $text', ({ n, text }) => {
    expect(compactCount(n)).toBe(text);
  });

  it('the chart is as tall as its axis, lanes, cluster row and rug', () => {
    expect(chartHeight(3)).toBe(AXIS_HEIGHT + 10 + 3 * LANE_HEIGHT + CLUSTER_ROW + RUG_HEIGHT);
  });

  it('events no lane took at the right edge become one whole pill inside the chart', () => {
    const items = prepareItems(story(3, 1));
    const [pill, ...more] = clusterMarks(items, () => 995, 1000, (text) => text.length * 7);
    expect(more).toHaveLength(0);
    expect(pill).toMatchObject({ count: 3, x0: 1000 - 36, x1: 1000 });
    expect(pill.name).toMatch(/, .*2023/);
  });

  it('a held layout follows the scale: labels keep their place zoomed in and wait zoomed out', () => {
    const mark = { item: bar, lane: 0, x0: 0, x1: 100, labelX: 104, label: 'A label', labelWidth: 50, flipped: false };
    const wider = timeScale([0, 500], [0, 1000]);
    expect(followLayout({ marks: [mark], clusters: [] }, wider, false, 1000).marks[0]).toMatchObject({ x0: 0, x1: 200, labelX: 104, label: 'A label' });
    const narrower = timeScale([0, 2000], [0, 1000]);
    expect(followLayout({ marks: [mark], clusters: [] }, narrower, true, 1000).marks[0]).toMatchObject({ x0: 0, x1: 50, label: '', labelWidth: 0 });
  });
});

describe('TimelineState', () => {
  it('zooms buttons around the events on screen, within the view limits', () => {
    const timeline = new TimelineState(() => story(40), () => 800);
    timeline.zoomBy(2);
    expect(timeline.transform.k).toBe(2);
    expect(timeline.transform.x).toBeLessThanOrEqual(0);
    expect(timeline.transform.x).toBeGreaterThanOrEqual(800 - 2 * 800);
  });

  it('reveals an event off screen by bringing it into view as its own mark', () => {
    const timeline = new TimelineState(() => story(40), () => 800);
    timeline.jumpTo({ k: 8, x: 0 });
    timeline.reveal('e39');
    const middle = timeline.baseScale(timeline.byId.get('e39')!.from) * timeline.transform.k + timeline.transform.x;
    expect(middle).toBeGreaterThanOrEqual(0);
    expect(middle).toBeLessThanOrEqual(800);
    expect(timeline.layout.marks.some((m) => m.item.id === 'e39')).toBe(true);
  });
});
