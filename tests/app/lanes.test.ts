import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Timeline from '../../src/app/Timeline.svelte';
import { dateLabel } from '../../src/core/dates';
import type { EventList } from '../../src/core/schema';
import { AXIS_HEIGHT, CLUSTER_ROW, LANE_HEIGHT, RUG_HEIGHT, lanesForRoom } from '../../src/app/timeline-state.svelte';

describe('lanesForRoom', () => {
  const chrome = AXIS_HEIGHT + 10 + CLUSTER_ROW + RUG_HEIGHT;
  it.each([
    { name: 'unknown room keeps the default', room: 0, lanes: 8 },
    { name: 'a phone window below the toolbar', room: chrome + 10.5 * LANE_HEIGHT, lanes: 10 },
    { name: 'a short window still has four', room: 120, lanes: 4 },
    { name: 'a very tall window stops at fourteen', room: 3000, lanes: 14 },
  ])('$name', ({ room, lanes }) => {
    expect(lanesForRoom(room)).toBe(lanes);
  });
});

describe('marks while zooming', () => {
  /** `count` events, one every `days` days from 2023, no key events: all of them show. */
  function story(count: number, days: number): EventList {
    const quote = 'It happened on the day.';
    const events = Array.from({ length: count }, (_, i) => {
      const day = new Date(Date.UTC(2023, 0, 1) + i * days * 86_400_000).toISOString().slice(0, 10);
      const date = { start: day, end: day, precision: 'day' as const, approximate: false };
      return {
        id: `e${i}`,
        title: `Happening ${i} with a headline of some length`,
        date: { ...date, label: dateLabel(date) },
        sources: [{ article: 'a', quote, start: 0, end: quote.length, timex: { text: 'the day', start: 15, end: 22, value: day } }],
      };
    });
    return { version: 1, articles: [{ id: 'a', file: 'a.txt', title: 'A story', publisher: 'The Paper', published: '2025-01-01', dateline: null, warnings: [] }], events } as EventList;
  }

  /** Each event mark's lane, read from its place in the chart. */
  function lanes(): Map<string, number> {
    const chart = screen.getByRole('group', { name: /^Timeline of/ });
    return new Map(
      [...chart.querySelectorAll<SVGGElement>('g.event')].map((g) => [g.dataset.eventId!, Number(/translate\([^ ]+ ([^)]+)\)/.exec(g.getAttribute('transform')!)![1])]),
    );
  }

  it('keeps each mark in its lane when the view zooms in, where the lane is free', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: story(90, 8), width: 960 } });
    const before = lanes();
    const status = screen.getByRole('status');
    const shown = status.textContent;
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(status.textContent).not.toBe(shown));
    const after = lanes();
    const both = [...before.keys()].filter((id) => after.has(id));
    const kept = both.filter((id) => before.get(id) === after.get(id));
    console.log(`marks in both views: ${both.length}, in the same lane: ${kept.length}`);
    expect(both.length).toBeGreaterThan(10);
    expect(kept.length / both.length).toBeGreaterThanOrEqual(0.9);
  });
});
