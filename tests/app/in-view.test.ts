// On a phone the chart's labels are cut short, so the events in view are listed under it with
// their whole titles, each opening its details. jsdom has no layout: the widths are given.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventList } from '../../src/core/schema';
import Timeline from '../../src/app/Timeline.svelte';

const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;
const inView = () => screen.getByRole('region', { name: /in view$/ });
const rows = () => within(inView()).getAllByRole('button');

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('events in view, under the chart on a phone', () => {
  it.each([
    { name: 'a phone', width: 358, listed: true },
    { name: 'the widest phone layout', width: 600, listed: true },
    { name: 'a tablet', width: 700, listed: false },
    { name: 'a desktop', width: 1136, listed: false },
  ])('at the width of $name, listed: $listed', ({ width, listed }) => {
    render(Timeline, { props: { data: bridge, width } });
    expect(screen.queryByRole('region', { name: /in view$/ }) !== null).toBe(listed);
  });

  it('lists the events in view in date order, with date and whole title, and follows the view', async () => {
    render(Timeline, { props: { data: bridge, width: 358 } });
    // The opening view: as many rows as the status line counts.
    const shown = Number(/(\d+) events?\./.exec(screen.getByRole('status').textContent ?? '')?.[1]);
    expect(rows()).toHaveLength(shown);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(rows()).toHaveLength(7));
    expect(screen.getByRole('heading', { level: 2, name: '7 events in view' })).toBeInTheDocument();
    const byDate = [...bridge.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
    expect(rows().map((r) => r.textContent?.replace(/\s+/g, ' ').trim())).toEqual(byDate.map((e) => expect.stringContaining(`${e.date.label} ${e.title}`)));
    expect(rows()[0]).toHaveAccessibleName(/^1987: Harbour bridge opens, 1 source/);
  });

  it('opens an event from its row, marks the row current, and Escape returns focus to the row', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: bridge, width: 358 } });
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(rows()).toHaveLength(7));
    const row = within(inView()).getByRole('button', { name: /^11 June 2024: Council approves the repair budget/ });
    await user.click(row);
    expect(screen.getByRole('heading', { level: 2, name: 'Council approves the repair budget' })).toBeInTheDocument();
    expect(location.hash).toBe('#event=ev-vote');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(row).not.toHaveAttribute('aria-expanded');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { level: 2, name: 'Council approves the repair budget' })).toBeNull();
    expect(row).toHaveFocus();
    expect(row).not.toHaveAttribute('aria-current');
  });

  it('opens an event from the keyboard', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: bridge, width: 358 } });
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(rows()).toHaveLength(7));
    rows()[0].focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Harbour bridge opens' })).toBeInTheDocument();
  });

  it('shows a title as text, never as markup', async () => {
    const data = { ...bridge, events: bridge.events.map((e, i) => (i === 0 ? { ...e, title: '<img src=x onerror=alert(1)> opens' } : e)) };
    render(Timeline, { props: { data, width: 358 } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(rows()).toHaveLength(7));
    expect(rows()[0]).toHaveTextContent('<img src=x onerror=alert(1)> opens');
    expect(inView().querySelector('img')).toBeNull();
  });

  it('lists only what the search matches', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: bridge, width: 358 } });
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'lorries');
    // Everything is in view, so the list holds what the status line says matches.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/(\d+) events? of 7 match/));
    const matching = Number(/(\d+) events? of 7 match/.exec(screen.getByRole('status').textContent ?? '')?.[1]);
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(7);
    await waitFor(() => expect(rows()).toHaveLength(matching));
    expect(rows().some((r) => /Lorries restricted on the bridge/.test(r.textContent ?? ''))).toBe(true);
  });
});
