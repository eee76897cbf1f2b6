import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { validateEventList, type EventList } from '../../src/core/schema';
import { dateLabel } from '../../src/core/dates';
import { countLabel } from '../../src/core/format';
import Timeline from '../../src/app/Timeline.svelte';
import { MAX_CONTROLS } from '../../src/app/timeline-state.svelte';

const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;

function renderTimeline(data: EventList = bridge, props: Record<string, unknown> = {}) {
  return render(Timeline, { props: { data, width: 960, ...props } });
}

/** The page opens on the story's key events; these tests look at the whole range. */
async function showAll() {
  await userEvent.setup().click(screen.getByRole('button', { name: 'Show all' }));
}

const name = (e: EventList['events'][number]) => `${e.date.label}: ${e.title}`;
const details = () => screen.getByRole('region', { name: /./ });
/** How each source's date words were read, as the details say it (the words are in their own <bdi>). */
const readings = (panel: HTMLElement) => [...panel.querySelectorAll('.reading')].map((r) => r.textContent);

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('fixtures', () => {
  it.each(['bridge.json'])('%s is a valid event list with labels from dateLabel', (file) => {
    const json = JSON.parse(readFileSync(`tests/fixtures/events/${file}`, 'utf8'));
    expect(validateEventList(json)).toMatchObject({ ok: true });
    for (const e of (json as EventList).events) expect(e.date.label).toBe(dateLabel(e.date));
  });

  it('invalid.json is rejected', () => {
    const json = JSON.parse(readFileSync('tests/fixtures/events/invalid.json', 'utf8'));
    expect(validateEventList(json).ok).toBe(false);
  });
});

describe('Timeline', () => {
  it('names the list by its counts and span, never by one article\'s headline', () => {
    renderTimeline();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('7 events from 2 articles, 1987–2024');
  });

  it('shows the story block: title, summary, byline and credit, with the counts', () => {
    renderTimeline({ ...bridge, story: { title: 'The bridge', summary: 'How the repairs came about.', byline: 'By the desk', credit: 'Graphic: the desk' } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The bridge');
    expect(screen.getByText('How the repairs came about.')).toBeInTheDocument();
    expect(screen.getByText('By the desk')).toBeInTheDocument();
    expect(screen.getByText('Graphic: the desk')).toBeInTheDocument();
    expect(screen.getByText(/2 articles · 7 events/)).toBeInTheDocument();
  });

  /** Events with their own button, counted in a group's name, or counted at an edge ("2 earlier events"): all of them, once. */
  function accountedFor(): number {
    const labels = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
    const own = bridge.events.filter((e) => labels.includes(name(e))).length;
    const grouped = labels.reduce((n, label) => n + Number(/ and (\d+) more, /.exec(label)?.[1] ?? -1) + 1, 0);
    const edges = labels.reduce((n, label) => n + Number(/^(\d+) (?:earlier|later) events?/.exec(label)?.[1] ?? 0), 0);
    return own + grouped + edges;
  }

  it('accounts for every event in the opening view and at Show all: a button, a group or an edge count', async () => {
    renderTimeline();
    expect(accountedFor()).toBe(bridge.events.length);
    await showAll();
    expect(accountedFor()).toBe(bridge.events.length);
  });

  it('opens the details with one verbatim blockquote per source, dated and attributed', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const vote = bridge.events.find((e) => e.id === 'ev-vote')!;
    await user.click(screen.getByRole('button', { name: name(vote) }));

    const panel = details();
    expect(within(panel).getByRole('heading', { name: vote.title })).toHaveFocus();
    const quotes = within(panel).getAllByRole('blockquote');
    expect(quotes.map((q) => q.textContent)).toEqual(vote.sources.map((s) => s.quote));
    expect(quotes[0].querySelector('mark')?.textContent).toBe('on Tuesday');
    expect(within(panel).getByText('Riverside Gazette')).toBeInTheDocument();
    expect(within(panel).getByText('Harbour bridge repairs approved', { selector: 'cite' })).toBeInTheDocument();
    expect(readings(panel)).toContainEqual(expect.stringMatching(/“on Tuesday” in an article published 12 June 2024/));
    expect(location.hash).toBe('#event=ev-vote');
  });

  it('marks approximate dates in the details', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const work = bridge.events.find((e) => e.id === 'ev-work')!;
    await user.click(screen.getByRole('button', { name: name(work) }));
    expect(within(details()).getByText('approximate date')).toBeInTheDocument();
    expect(readings(details())).toContainEqual(expect.stringMatching(/“around September” in an article published 12 June 2024/));
  });

  it('closes on Escape and gives focus back to the event', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const control = screen.getByRole('button', { name: name(bridge.events[1]) });
    control.focus();
    await user.keyboard('{Enter}');
    expect(details()).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /./ })).not.toBeInTheDocument();
    expect(control).toHaveFocus();
    expect(location.hash).toBe('');
  });

  it('closes with the close button too', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await showAll();
    await user.click(screen.getByRole('button', { name: name(bridge.events[0]) }));
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('region', { name: /./ })).not.toBeInTheDocument();
  });

  it('opens on the key events, and says what range is on screen as it zooms', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^Showing \w+ – \w+ 2024, \d+ events?\.$/));
    await showAll();
    await waitFor(() => expect(status).toHaveTextContent(/^Showing 1985 – 2026, 7 events\.$/));
    const before = status.textContent;
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(status.textContent).not.toBe(before));
    expect(status).toHaveTextContent(/^Showing /);
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(status.textContent).toBe(before));
  });

  it.each([
    { key: '+', changes: true },
    { key: '{Shift>}{ArrowRight}{/Shift}', changes: false },
    { key: '{PageDown}', changes: false },
  ])('zooms from the keyboard with $key when the chart has focus', async ({ key, changes }) => {
    const user = userEvent.setup();
    renderTimeline();
    await showAll();
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('1985 – 2026'));
    const before = status.textContent;
    screen.getByRole('group', { name: /^Timeline of 7 events/ }).focus();
    await user.keyboard(key);
    if (changes) await waitFor(() => expect(status.textContent).not.toBe(before));
    else {
      // At "Show all" there is nowhere to pan to.
      await new Promise((r) => setTimeout(r, 400));
      expect(status.textContent).toBe(before);
    }
  });

  it.each(['{Shift>}{ArrowLeft}{/Shift}', '{PageUp}'])('pans with %s once zoomed in', async (key) => {
    const user = userEvent.setup();
    renderTimeline();
    const status = screen.getByRole('status');
    screen.getByRole('group', { name: /^Timeline of/ }).focus();
    await user.keyboard('++');
    await waitFor(() => expect(status).not.toHaveTextContent('1985 – 2026'));
    const zoomed = status.textContent;
    await user.keyboard(key);
    await waitFor(() => expect(status.textContent).not.toBe(zoomed));
  });

  it.each([
    { query: 'cracks', shown: ['ev-cracks', 'ev-restricted'] },
    { query: 'Northern Courier', shown: ['ev-consultation', 'ev-vote', 'ev-closed'] },
    { query: 'freight', shown: ['ev-opened'] },
    { query: 'TUESDAY council', shown: ['ev-vote'] },
  ])('search “$query” filters the events', async ({ query, shown }) => {
    const user = userEvent.setup();
    renderTimeline();
    await showAll();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), query);
    for (const e of bridge.events) {
      const button = screen.queryByRole('button', { name: name(e) });
      if (shown.includes(e.id)) expect(button).toBeInTheDocument();
      else expect(button).not.toBeInTheDocument();
    }
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${shown.length} event${shown.length === 1 ? '' : 's'} of 7 match`));
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'zebra');
    expect(screen.getByText('No events match “zebra”.')).toBeInTheDocument();
  });

  it('opens the event named in the URL hash, and follows hash changes', async () => {
    history.replaceState(null, '', '/#event=ev-restricted');
    renderTimeline();
    expect(within(details()).getByRole('heading', { name: 'Lorries restricted on the bridge' })).toBeInTheDocument();
    history.replaceState(null, '', '/#event=ev-opened');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(within(details()).getByRole('heading', { name: 'Harbour bridge opens' })).toBeInTheDocument());
  });

  it('ignores a hash naming no event', () => {
    history.replaceState(null, '', '/#event=nothing-here');
    renderTimeline();
    expect(screen.queryByRole('region', { name: /./ })).not.toBeInTheDocument();
  });

  it('lists every event in date order as buttons, with details unfolding in place', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
    const list = screen.getByRole('list');
    const buttons = within(list).getAllByRole('button');
    // The name holds all the row's visible text (WCAG 2.5.3), the source count included.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(bridge.events.map((e) => `${name(e)}, ${countLabel(e.sources.length, 'source')}`));
    await user.click(buttons[4]);
    expect(within(list).getAllByRole('blockquote')).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(within(list).queryAllByRole('blockquote')).toHaveLength(0);
    expect(buttons[4]).toHaveFocus();
  });

  it('renders article text as text, never as markup', async () => {
    const user = userEvent.setup();
    const quote = 'They met <img src=x onerror="alert(1)"> on Friday.';
    const hostile: EventList = {
      version: 1,
      articles: [{ id: 'a', file: 'a.txt', title: '<b>Title</b>', publisher: '<script>x</script>', published: null, dateline: null, warnings: [] }],
      events: [{
        id: 'e',
        title: '<em>Meeting</em>',
        date: { start: '2024-02-02', end: '2024-02-02', precision: 'day', approximate: false, label: '2 February 2024' },
        sources: [{ article: 'a', quote, start: 10, end: 10 + quote.length, timex: { text: 'on Friday', start: 10 + quote.indexOf('on Friday'), end: 10 + quote.indexOf('on Friday') + 9, value: '2024-02-02' } }],
      }],
    };
    expect(validateEventList(hostile).ok).toBe(true);
    const { container } = renderTimeline(hostile);
    await user.click(screen.getByRole('button', { name: '2 February 2024: <em>Meeting</em>' }));
    expect(within(details()).getByRole('blockquote').textContent).toBe(quote);
    expect(container.querySelector('img, em, b, script')).toBeNull();
    expect(readings(details())).toContainEqual(expect.stringMatching(/“on Friday” in an article with no publication date/));
  });

  it('says so when there are no events', () => {
    renderTimeline({ version: 1, articles: [], events: [] });
    expect(screen.getByText('No dated events were found in these articles.')).toBeInTheDocument();
  });
});

describe('selection props', () => {
  const vote = bridge.events.find((e) => e.id === 'ev-vote')!;
  const opened = bridge.events.find((e) => e.id === 'ev-opened')!;

  it('opens the event named by selectedId, over the URL, without taking focus', () => {
    history.replaceState(null, '', '/#event=ev-restricted');
    const onselect = vi.fn();
    renderTimeline(bridge, { selectedId: 'ev-vote', onselect });
    expect(within(details()).getByRole('heading', { name: vote.title })).not.toHaveFocus();
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByRole('button', { name: name(vote) })).toHaveAttribute('aria-pressed', 'true');
    expect(location.hash).toBe('#event=ev-vote');
    expect(onselect).not.toHaveBeenCalled();
  });

  it('switches to another event and closes when selectedId changes, without calling onselect', async () => {
    const onselect = vi.fn();
    const { rerender } = renderTimeline(bridge, { selectedId: 'ev-vote', onselect, hashSync: false });
    await rerender({ selectedId: 'ev-opened' });
    expect(within(details()).getByRole('heading', { name: opened.title })).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /./ })).toHaveLength(1);
    // An id the list does not have closes it, as null does (issue 11).
    await rerender({ selectedId: 'no-such-event' });
    expect(screen.queryByRole('region', { name: /./ })).not.toBeInTheDocument();
    await rerender({ selectedId: 'ev-opened' });
    await rerender({ selectedId: null });
    expect(screen.queryByRole('region', { name: /./ })).not.toBeInTheDocument();
    expect(onselect).not.toHaveBeenCalled();
    expect(location.hash).toBe('');
  });

  it('calls onselect with the id when the reader opens an event, and null when they close it', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    renderTimeline(bridge, { onselect, hashSync: false });
    await showAll();
    await user.click(screen.getByRole('button', { name: name(vote) }));
    expect(onselect).toHaveBeenLastCalledWith('ev-vote');
    await user.click(screen.getByRole('button', { name: name(opened) }));
    expect(onselect).toHaveBeenLastCalledWith('ev-opened');
    await user.keyboard('{Escape}');
    expect(onselect).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('button', { name: name(vote) }));
    await user.click(within(details()).getByRole('button', { name: 'Close details' }));
    expect(onselect.mock.calls).toEqual([['ev-vote'], ['ev-opened'], [null], ['ev-vote'], [null]]);
  });

  it('calls onselect when a link to #event=<id> opens an event', async () => {
    const onselect = vi.fn();
    renderTimeline(bridge, { onselect });
    history.replaceState(null, '', '/#event=ev-opened');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(onselect).toHaveBeenLastCalledWith('ev-opened'));
  });

  it('pans to an event off screen', async () => {
    const user = userEvent.setup();
    const { rerender } = renderTimeline(bridge, { hashSync: false });
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const chart = screen.getByRole('group', { name: /^Timeline of/ });
    const offScreen = bridge.events.find((e) => !within(chart).queryByRole('button', { name: name(e) }));
    expect(offScreen).toBeDefined();
    await rerender({ selectedId: offScreen!.id });
    await waitFor(() => expect(within(chart).getByRole('button', { name: name(offScreen!) })).toHaveAttribute('aria-pressed', 'true'));
  });

  it('gives focus back to the event inside a shadow root after Escape', async () => {
    const user = userEvent.setup();
    const host = document.body.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    const target = shadow.appendChild(document.createElement('div'));
    try {
      // Opened through the prop, so there is no opener to go back to: the control is looked up.
      render(Timeline, { target, props: { data: bridge, width: 960, hashSync: false, selectedId: 'ev-vote' } });
      const inside = within(target);
      const control = inside.getByRole('button', { name: name(vote) });
      inside.getByRole('button', { name: 'Close details' }).focus();
      expect(shadow.activeElement).toHaveAccessibleName('Close details');
      await user.keyboard('{Escape}');
      expect(inside.queryByRole('region', { name: vote.title })).not.toBeInTheDocument();
      expect(shadow.activeElement).toBe(control);
    } finally {
      host.remove();
    }
  });
});

describe('dense data', () => {
  function manyEvents(count: number): EventList {
    const events: EventList['events'] = [];
    const start = Date.UTC(2022, 0, 1);
    for (let i = 0; i < count; i++) {
      const day = new Date(start + Math.floor((i * 730) / count) * 86_400_000).toISOString().slice(0, 10);
      const quote = `Item ${i} happened on that day.`;
      events.push({
        id: `e${i}`,
        title: `Event number ${i}`,
        date: { start: day, end: day, precision: 'day', approximate: false, label: dateLabel({ start: day, end: day, precision: 'day', approximate: false }) },
        sources: [{ article: 'a', quote, start: 0, end: quote.length, timex: { text: 'on that day', start: quote.indexOf('on that day'), end: quote.indexOf('on that day') + 11, value: day } }],
      });
    }
    return { version: 1, articles: [{ id: 'a', file: 'a.txt', title: 'Many things', publisher: 'Wire', published: '2024-01-01', dateline: null, warnings: [] }], events };
  }

  it('keeps the number of controls bounded and gathers the rest into clusters', () => {
    const data = manyEvents(10_000);
    expect(validateEventList(data).ok).toBe(true);
    renderTimeline(data);
    const chart = screen.getByRole('group', { name: /^Timeline of 10000 events/ });
    const controls = within(chart).getAllByRole('button');
    expect(controls.length).toBeLessThanOrEqual(MAX_CONTROLS + 100);
    const clusters = controls.filter((c) => / and \d+ more, /.test(c.getAttribute('aria-label') ?? ''));
    expect(clusters.length).toBeGreaterThan(0);
    const inClusters = clusters.reduce((n, c) => n + 1 + Number(/ and (\d+) more, /.exec(c.getAttribute('aria-label')!)![1]), 0);
    expect(inClusters + controls.length - clusters.length).toBe(10_000);
  });

  it('zooms in until an event named by selectedId has its own mark', async () => {
    const data = manyEvents(2_000);
    const { rerender } = renderTimeline(data, { hashSync: false, selectedId: null });
    const chart = screen.getByRole('group', { name: /^Timeline of 2000 events/ });
    const label = name(data.events[1000]);
    // At "Show all" it is folded into a cluster.
    expect(within(chart).queryByRole('button', { name: label })).not.toBeInTheDocument();
    await rerender({ selectedId: 'e1000' });
    await waitFor(() => expect(within(chart).getByRole('button', { name: label })).toHaveAttribute('aria-pressed', 'true'));
    expect(within(details()).getByRole('heading', { name: 'Event number 1000' })).toBeInTheDocument();
  });

  it('zooms in to a cluster when it is clicked', async () => {
    const user = userEvent.setup();
    renderTimeline(manyEvents(2_000));
    const status = screen.getByRole('status');
    const before = status.textContent;
    const [cluster] = screen.getAllByRole('button', { name: / and \d+ more, / });
    await user.click(cluster);
    await waitFor(() => expect(status.textContent).not.toBe(before));
  });
});
