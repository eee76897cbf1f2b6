import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import userEvent from '@testing-library/user-event';
import { validateEventList, type EventList } from '../../src/core/schema';
import { dateLabel } from '../../src/core/dates';
import Timeline from '../../src/app/Timeline.svelte';

/** `count` events over two years; every fifth is key, importance rising with `i % 10`. */
function story(count: number, keyEvery = 5): EventList {
  const events: EventList['events'] = [];
  const start = Date.UTC(2022, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor((i * 730) / count) * 86_400_000).toISOString().slice(0, 10);
    const quote = `Item ${i} happened on that day.`;
    events.push({
      id: `e${i}`,
      title: `${i % keyEvery === 0 ? 'Key' : 'Minor'} happening number ${i} with a long headline to cut`,
      date: { start: day, end: day, precision: 'day', approximate: false, label: dateLabel({ start: day, end: day, precision: 'day', approximate: false }) },
      sources: [{ article: 'a', quote, start: 0, end: quote.length, timex: { text: 'on that day', start: quote.indexOf('on that day'), end: quote.indexOf('on that day') + 11, value: day } }],
      importance: i % keyEvery === 0 ? 0.9 : (i % 10) / 20,
      ...(i % keyEvery === 0 ? { key: true } : {}),
    });
  }
  return { version: 1, articles: [{ id: 'a', file: 'a.txt', title: 'Many things', publisher: 'Wire', published: '2024-01-01', dateline: null, warnings: [] }], events };
}

const chart = () => screen.getByRole('group', { name: /^Timeline of/ });
const eventIds = () => [...chart().querySelectorAll('.event')].map((e) => e.getAttribute('data-event-id'));

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('Key events / All events', () => {
  it('shows key events by default over 40 events, and all events when switched', async () => {
    const data = story(60);
    expect(validateEventList(data).ok).toBe(true);
    render(Timeline, { props: { data, width: 960 } });
    const key = screen.getByRole('button', { name: 'Key events' });
    const all = screen.getByRole('button', { name: 'All events' });
    expect(key.getAttribute('aria-pressed')).toBe('true');
    const shown = eventIds();
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(Number(id!.slice(1)) % 5).toBe(0);
    await userEvent.click(all);
    expect(all.getAttribute('aria-pressed')).toBe('true');
    expect(eventIds().some((id) => Number(id!.slice(1)) % 5 !== 0)).toBe(true);
  });

  it('shows all events by default for a short story, and no switch without key events or for twenty events', () => {
    const { unmount } = render(Timeline, { props: { data: story(30), width: 960 } });
    expect(screen.getByRole('button', { name: 'All events' }).getAttribute('aria-pressed')).toBe('true');
    unmount();
    const none = story(60, 1000);
    for (const e of none.events) delete e.key;
    const { unmount: done } = render(Timeline, { props: { data: none, width: 960 } });
    expect(screen.queryByRole('button', { name: 'Key events' })).toBeNull();
    done();
    // Twenty events or fewer: all of them, and no switch that would hide a few.
    render(Timeline, { props: { data: story(20), width: 960 } });
    expect(screen.queryByRole('button', { name: 'Key events' })).toBeNull();
    expect(within(chart()).getAllByRole('button').length).toBeGreaterThan(0);
  });

  it('switches to All when a deep link opens a non-key event', () => {
    history.replaceState(null, '', '/#event=e7');
    render(Timeline, { props: { data: story(60), width: 960 } });
    expect(screen.getByRole('button', { name: 'All events' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('names', () => {
  it('names a group by its most important event and gives cut labels their full title', async () => {
    const data = story(400, 3);
    render(Timeline, { props: { data, width: 600 } });
    // Key events only: still too many for the lanes at this width.
    const groups = within(chart()).getAllByRole('button', { name: / and \d+ more, / });
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.getAttribute('aria-label')).toMatch(/^Key happening number \d+/);
      expect(g.querySelector('title')?.textContent).toBe(g.getAttribute('aria-label'));
    }
    // A cut label shows its whole title under the mark while the pointer is on it, and while it has focus.
    const cut = [...chart().querySelectorAll<SVGGElement>('.event')].find((event) => (event.querySelector('.label')?.textContent ?? '').endsWith('…'));
    expect(cut, 'some label is cut at this width').toBeDefined();
    const whole = data.events.find((e) => e.id === cut!.dataset.eventId)!.title;
    expect(document.querySelector('.tip')).toBeNull();
    await fireEvent.pointerOver(cut!.querySelector('.label')!);
    expect(document.querySelector('.tip')?.textContent).toBe(whole);
    expect(document.querySelector('.tip')?.getAttribute('aria-hidden')).toBe('true');
    await fireEvent.pointerLeave(chart());
    expect(document.querySelector('.tip')).toBeNull();
    cut!.focus();
    await tick();
    expect(document.querySelector('.tip')?.textContent).toBe(whole);
    // Opened, its panel tells the whole title and takes the focus: no tip is left over the row below.
    await fireEvent.click(cut!);
    expect(screen.getByRole('heading', { level: 2, name: whole })).toBeTruthy();
    expect(document.querySelector('.tip')).toBeNull();
  });
});
