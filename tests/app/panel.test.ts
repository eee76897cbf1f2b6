// The details panel: Previous and Next in date order (with the neighbours' titles), the arrow
// keys, Escape back to the event, the filter respected, and links to the original articles.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventList } from '../../src/core/schema';
import Timeline from '../../src/app/Timeline.svelte';
import { storyHeading, yearSpan } from '../../src/app/story';

const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;
const event = (id: string) => bridge.events.find((e) => e.id === id)!;
const name = (id: string) => `${event(id).date.label}: ${event(id).title}`;
const panel = () => screen.getByRole('complementary', { name: 'Sources' });

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('details panel', () => {
  it('offers Previous and Next with the neighbours\' titles, in date order', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: bridge, width: 960 } });
    await user.click(screen.getByRole('button', { name: name('ev-vote') }));
    const nav = within(panel()).getByRole('navigation', { name: 'Events in date order' });
    expect(within(nav).getByRole('button', { name: /Previous.*Public consultation on the repairs/ })).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: /Next.*Bridge closed to lorries/ }));
    expect(within(panel()).getByRole('heading', { level: 2, name: event('ev-closed').title })).toHaveFocus();
    expect(location.hash).toBe('#event=ev-closed');
    expect(within(panel()).getByText(/Event 6 of 7/)).toBeInTheDocument();
  });

  it('moves with the arrow keys while focus is in the panel, and stops at the ends', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: bridge, width: 960 } });
    await user.click(screen.getByRole('button', { name: name('ev-cracks') }));
    await user.keyboard('{ArrowLeft}');
    expect(within(panel()).getByRole('heading', { level: 2, name: event('ev-opened').title })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(within(panel()).getByRole('heading', { level: 2, name: event('ev-opened').title })).toBeInTheDocument();
    expect(within(panel()).queryByRole('button', { name: /Previous/ })).toBeNull();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(panel()).getByRole('heading', { level: 2, name: event('ev-restricted').title })).toHaveFocus();
  });

  it('returns focus to the event it moved to when Escape closes it', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: bridge, width: 960 } });
    await user.click(screen.getByRole('button', { name: name('ev-vote') }));
    await user.keyboard('{ArrowRight}{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Sources' })).toBeNull();
    expect(document.activeElement?.getAttribute('data-event-id')).toBe('ev-closed');
  });

  it('moves only among the events the search lets through', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: bridge, width: 960 } });
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'lorries');
    await user.click(screen.getByRole('button', { name: name('ev-restricted') }));
    // The neighbours in date order (consultation, vote) do not speak of lorries: Next skips them.
    expect(within(panel()).getByRole('button', { name: /Next/ })).toHaveTextContent(event('ev-closed').title);
    expect(within(panel()).getByText(/Event \d of [1-6]\b/)).toBeInTheDocument();
  });

  it('opens from a deep link', () => {
    history.replaceState(null, '', '#event=ev-work');
    render(Timeline, { props: { data: bridge, width: 960 } });
    expect(within(panel()).getByRole('heading', { level: 2, name: event('ev-work').title })).toBeInTheDocument();
  });
});

describe('links to the originals', () => {
  it('links the source\'s title to its article, in a new tab without referrer', async () => {
    const user = userEvent.setup();
    const data: EventList = { ...bridge, articles: bridge.articles.map((a) => (a.id === 'a1' ? { ...a, url: 'https://example.org/a1' } : a)) };
    render(Timeline, { props: { data, width: 960 } });
    await user.click(screen.getByRole('button', { name: name('ev-vote') }));
    const links = within(panel()).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toHaveAttribute('href', 'https://example.org/a1');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.querySelector('cite')).toHaveTextContent('Harbour bridge repairs approved');
    }
    // The other article has no address: its title is not a link.
    const sources = event('ev-vote').sources.filter((s) => s.article === 'a2').length;
    expect(within(panel()).getAllByText('Council backs bridge repair plan', { selector: 'cite' })).toHaveLength(sources);
  });
});

describe('story heading', () => {
  it('is the story title, else the counts and the span in years', () => {
    expect(storyHeading({ ...bridge, story: { title: ' Bridge ' } })).toBe('Bridge');
    expect(storyHeading(bridge)).toBe('7 events from 2 articles, 1987–2024');
    expect(yearSpan({ events: [] })).toBe('');
    expect(storyHeading({ events: [bridge.events[1]], articles: [bridge.articles[0]] })).toBe('1 event from 1 article, 2024');
  });
});
