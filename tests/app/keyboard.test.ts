// The chart from the keyboard: one Tab stop with a roving focus, the arrows, Home and End through
// the events in date order, Enter to open, Tab into the details, Escape back to the mark.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventList } from '../../src/core/schema';
import Timeline from '../../src/app/Timeline.svelte';

const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;
/** The fixture's events in date order, by id. */
const dateOrder = ['ev-opened', 'ev-cracks', 'ev-restricted', 'ev-consultation', 'ev-vote', 'ev-closed', 'ev-work'];
const byId = new Map(bridge.events.map((e) => [e.id, e]));
const name = (id: string) => `${byId.get(id)!.date.label}: ${byId.get(id)!.title}`;

/** The timeline at its whole range (it opens on where the story's events are). */
async function renderTimeline() {
  render(Timeline, { props: { data: bridge, width: 960, hashSync: false } });
  await userEvent.setup().click(screen.getByRole('button', { name: 'Show all' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Showing 1985 – 2026/));
  return screen.getByRole('group', { name: /^Timeline of 7 events/ });
}

/** The event mark that has focus, by id, or null. */
function focusedEvent(): string | null {
  const active = document.activeElement;
  return active?.classList.contains('event') ? (active.getAttribute('data-event-id') ?? null) : null;
}

/** The chart's controls that Tab stops at. */
const tabStops = (chart: HTMLElement) => [...chart.querySelectorAll('[tabindex="0"]')];

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('the chart from the keyboard', () => {
  it('is one Tab stop: the first event in date order, and the next Tab leaves the chart', async () => {
    const user = userEvent.setup();
    const chart = await renderTimeline();
    expect(tabStops(chart)).toHaveLength(1);
    expect(tabStops(chart)[0]).toHaveAttribute('data-event-id', 'ev-opened');
    for (let presses = 0; presses < 40 && !chart.contains(document.activeElement); presses++) await user.tab();
    expect(focusedEvent()).toBe('ev-opened');
    await user.tab();
    expect(chart.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(focusedEvent()).toBe('ev-opened');
  });

  it.each([
    { keys: '{ArrowRight}', expected: 'ev-cracks' },
    { keys: '{ArrowDown}', expected: 'ev-cracks' },
    { keys: '{ArrowRight}{ArrowRight}{ArrowLeft}', expected: 'ev-cracks' },
    { keys: '{ArrowRight}{ArrowRight}{ArrowUp}', expected: 'ev-cracks' },
    { keys: '{ArrowLeft}', expected: 'ev-opened' },
    { keys: '{End}', expected: 'ev-work' },
    { keys: '{End}{ArrowRight}', expected: 'ev-work' },
    { keys: '{End}{Home}', expected: 'ev-opened' },
    { keys: '{End}{ArrowLeft}', expected: 'ev-closed' },
  ])('$keys from the first event goes to $expected', async ({ keys, expected }) => {
    const user = userEvent.setup();
    const chart = await renderTimeline();
    (tabStops(chart)[0] as SVGElement).focus();
    await user.keyboard(keys);
    await waitFor(() => expect(focusedEvent()).toBe(expected));
    // The Tab stop moves with the focus: still one, the focused mark.
    expect(tabStops(chart)).toEqual([document.activeElement]);
  });

  it('visits every event in date order with ArrowRight, and back with ArrowLeft', async () => {
    const user = userEvent.setup();
    const chart = await renderTimeline();
    (tabStops(chart)[0] as SVGElement).focus();
    const forward = [focusedEvent()];
    for (let i = 1; i < dateOrder.length; i++) {
      await user.keyboard('{ArrowRight}');
      // An event without a mark on screen: the chart keeps the keys until the view shows it.
      await waitFor(() => expect([null, forward.at(-1)]).not.toContain(focusedEvent()));
      forward.push(focusedEvent());
    }
    expect(forward).toEqual(dateOrder);
    const back = [focusedEvent()];
    for (let i = 1; i < dateOrder.length; i++) {
      await user.keyboard('{ArrowLeft}');
      await waitFor(() => expect([null, back.at(-1)]).not.toContain(focusedEvent()));
      back.push(focusedEvent());
    }
    expect(back).toEqual([...dateOrder].reverse());
  });

  it('moves to an event off screen and zooms the chart to show it', async () => {
    const user = userEvent.setup();
    const chart = await renderTimeline();
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const hidden = dateOrder.filter((id) => !within(chart).queryByRole('button', { name: name(id) }));
    expect(hidden.length).toBeGreaterThan(0);
    chart.focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(focusedEvent()).toBe('ev-work'));
    await user.keyboard('{Home}');
    await waitFor(() => expect(focusedEvent()).toBe('ev-opened'));
    expect(within(chart).getByRole('button', { name: name('ev-opened') })).toHaveAttribute('tabindex', '0');
  });

  it('Enter opens, Tab goes into the details, Escape closes them and returns to the mark', async () => {
    const user = userEvent.setup();
    const chart = await renderTimeline();
    (tabStops(chart)[0] as SVGElement).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(focusedEvent()).toBe('ev-restricted'));
    await user.keyboard('{Enter}');
    const details = screen.getByRole('region', { name: byId.get('ev-restricted')!.title });
    // Back on the mark, the next Tab goes into the open details.
    const mark = within(chart).getByRole('button', { name: name('ev-restricted') });
    mark.focus();
    expect(tabStops(chart)).toEqual([mark]);
    await user.tab();
    expect(details.closest('aside')?.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /./ })).not.toBeInTheDocument();
    expect(mark).toHaveFocus();
    expect(tabStops(chart)).toEqual([mark]);
  });

  it('Space opens too, and the open event is the Tab stop after the panel moves on', async () => {
    const user = userEvent.setup();
    const chart = await renderTimeline();
    (tabStops(chart)[0] as SVGElement).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: byId.get('ev-opened')!.title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(screen.getByRole('region', { name: byId.get('ev-cracks')!.title })).toBeInTheDocument());
    expect(tabStops(chart).map((e) => e.getAttribute('data-event-id'))).toEqual(['ev-cracks']);
  });

  it('announces the open event and the range on screen with its count', async () => {
    const user = userEvent.setup();
    const chart = await renderTimeline();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^Showing 1985 – 2026, 7 events\.$/);
    (tabStops(chart)[0] as SVGElement).focus();
    await user.keyboard('{Enter}');
    const sources = byId.get('ev-opened')!.sources.length;
    await waitFor(() => expect(status).toHaveTextContent(`Opened: ${name('ev-opened')}, ${sources} source${sources === 1 ? '' : 's'}.`));
  });
});
