import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventList } from '../../src/core/schema';
import Timeline from '../../src/app/Timeline.svelte';

const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;

/** The bridge story with tags, one planned event and one event reported by three sources. */
function tagged(): EventList {
  const events = bridge.events.map((e, i) => ({
    ...e,
    tags: i % 2 ? ['Repairs'] : ['Traffic'],
    status: i === bridge.events.length - 1 ? ('planned' as const) : e.status,
    sources: i === 1 ? [e.sources[0], e.sources[0], e.sources[0]] : e.sources,
  }));
  return { ...bridge, events };
}

describe('legend', () => {
  it('opens from the toolbar and names each encoding and every tag colour', async () => {
    const user = userEvent.setup();
    render(Timeline, { props: { data: tagged(), width: 960 } });
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const legend = await screen.findByRole('list', { name: 'Legend' }, { timeout: 10_000 });
    // What each entry says in words (the drawn sample is hidden from assistive technology).
    const words = (li: HTMLElement) => [...li.childNodes].filter((n) => n.nodeName !== 'svg').map((n) => n.textContent).join('').trim();
    const entries = within(legend).getAllByRole('listitem').map(words);
    expect(entries).toEqual([
      'A day',
      'A month or a year, over its span',
      'Approximate',
      'Planned',
      'Number of sources',
      'A group of events: zoom in or open it',
      // Most used tag first: four events are Traffic, three Repairs.
      'Traffic',
      'Repairs',
    ]);
    await user.click(toggle);
    expect(screen.queryByRole('list', { name: 'Legend' })).not.toBeInTheDocument();
  }, 20_000);

  it('shows the number of sources on a mark with more than one, and draws a planned event hollow', () => {
    const data = tagged();
    const { container } = render(Timeline, { props: { data, width: 960 } });
    expect(container.querySelector(`.sources[data-count-for="${data.events[1].id}"]`)).toHaveTextContent('3');
    expect(container.querySelector(`.sources[data-count-for="${data.events[0].id}"]`)).toBeNull();
    const planned = container.querySelector(`[data-event-id="${data.events.at(-1)!.id}"]`)!;
    expect(planned).toHaveClass('planned');
  });
});
