// Editors' work in the page: highlights, tags (colour and filter), notes, "edited" labels and
// events the newsroom added without a source.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventList } from '../../src/core/schema';
import { TAG_PALETTE, tagSlots } from '../../src/core/editorial';
import { matchesQuery, queryTagWords, searchText, tagWord, toggleTag } from '../../src/app/search';
import Timeline from '../../src/app/Timeline.svelte';

const curated = JSON.parse(readFileSync('tests/fixtures/events/curated.json', 'utf8')) as EventList;
const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;
const byId = (id: string) => curated.events.find((e) => e.id === id)!;
const name = (e: EventList['events'][number]) => `${e.date.label}: ${e.title}`;
const details = () => screen.getByRole('region', { name: /./ });
/** The list view's rows (the only list on screen while no event is open). */
const listRows = () => within(screen.getByRole('list')).getAllByRole('button');

function renderTimeline(data: EventList = curated) {
  return render(Timeline, { props: { data, width: 960 } });
}

async function open(id: string) {
  const user = userEvent.setup();
  const event = byId(id);
  await user.click(screen.getByRole('button', { name: new RegExp(`^${name(event)}`) }));
  return { user, panel: details() };
}

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('the details of a curated event', () => {
  it('says which fields the newsroom edited', async () => {
    renderTimeline();
    let { panel } = await open('ev-rally');
    expect(within(panel).getByText('Date edited by the newsroom')).toBeInTheDocument();
    expect(within(panel).getByText('Headline edited by the newsroom')).toBeInTheDocument();

    ({ panel } = await open('ev-resign'));
    expect(within(panel).getByText('Date edited by the newsroom')).toBeInTheDocument();
    expect(within(panel).queryByText('Headline edited by the newsroom')).not.toBeInTheDocument();

    ({ panel } = await open('ev-budget'));
    expect(within(panel).getByText('Headline edited by the newsroom')).toBeInTheDocument();
    expect(within(panel).queryByText('Date edited by the newsroom')).not.toBeInTheDocument();
    expect(within(panel).getByText('Grouped by the newsroom')).toBeInTheDocument();
    // The heading is still the headline alone.
    expect(within(panel).getByRole('heading', { name: 'Council approves the 2024 budget' })).toBeInTheDocument();

    ({ panel } = await open('ev-library'));
    expect(within(panel).queryByText(/edited by the newsroom/)).not.toBeInTheDocument();
  });

  it('shows the note as plain text, markup and all', async () => {
    const list: EventList = structuredClone(curated);
    list.events.find((e) => e.id === 'ev-resign')!.note = 'Letter <b>seen</b> & <img src=x onerror=alert(1)> filed';
    renderTimeline(list);
    const { panel } = await open('ev-resign');
    const note = within(panel).getByText(/Newsroom note:/).closest('p')!;
    expect(note.textContent).toBe('Newsroom note: Letter <b>seen</b> & <img src=x onerror=alert(1)> filed');
    expect(note.querySelector('b, img')).toBeNull();
  });

  it('says an event the newsroom added has no source quote', async () => {
    renderTimeline();
    const { panel } = await open('ev-rally');
    expect(within(panel).getByText('Added by the newsroom; no source quote.')).toBeInTheDocument();
    expect(within(panel).queryByRole('blockquote')).not.toBeInTheDocument();
    expect(within(panel).getByText('Newsroom note:').closest('p')).toHaveTextContent(byId('ev-rally').note!);
  });

  it('lists the tags as chips, coloured from the palette', async () => {
    renderTimeline();
    const { panel } = await open('ev-budget');
    const chips = within(within(panel).getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(chips.map((c) => c.textContent?.trim())).toEqual(['budget', 'politics']);
    const slot = tagSlots(curated.events).get('politics')!;
    expect(chips[1].style.getPropertyValue('--tag')).toBe(`light-dark(${TAG_PALETTE[slot].light}, ${TAG_PALETTE[slot].dark})`);
  });

  it('marks a highlight in the details', async () => {
    renderTimeline();
    let { panel } = await open('ev-budget');
    expect(within(panel).getByText('Highlight')).toBeInTheDocument();
    ({ panel } = await open('ev-library'));
    expect(within(panel).queryByText('Highlight')).not.toBeInTheDocument();
  });
});

describe('highlights in the chart and the list', () => {
  it('names a highlight as one in the chart', () => {
    renderTimeline();
    for (const event of curated.events) {
      const control = screen.getByRole('button', { name: new RegExp(`^${name(event)}`) });
      expect(control).toHaveAccessibleName(event.highlight ? `${name(event)} (highlight)` : name(event));
      // Drawn with a star, and the dot gives way to it.
      expect(control.querySelector('.star') !== null).toBe(event.highlight === true);
    }
  });

  it('stars highlights in the list and names their tags and sources', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const rows = listRows();
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      '28 February 2024: Residents rally outside the town hall, added by the newsroom, highlight, tagged protest',
      'about March 2024: Bus fares frozen for a year, 1 source, tagged public transport',
      '5 March 2024: Council approves the 2024 budget, 2 sources, highlight, tagged budget, politics',
      'about April 2024: Mayor resigned, 1 source, tagged politics',
      '2 May 2024: Library reopens after repairs, 1 source',
    ]);
    expect(within(rows[2]).getByText('Highlight')).toBeInTheDocument();
    expect(within(rows[1]).queryByText('Highlight')).not.toBeInTheDocument();
  });
});

describe('Filter by tag', () => {
  it('is not there when no event has a tag', () => {
    renderTimeline(bridge);
    expect(screen.queryByRole('group', { name: 'Filter by tag' })).not.toBeInTheDocument();
  });

  it('offers every tag once, in sorted order', () => {
    renderTimeline();
    const filter = screen.getByRole('group', { name: 'Filter by tag' });
    expect(within(filter).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['budget', 'politics', 'protest', 'public transport']);
  });

  it('narrows the list to the chosen tags, and widens it again', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const filter = screen.getByRole('group', { name: 'Filter by tag' });
    const rows = () => listRows().map((b) => b.getAttribute('aria-label')!.split(', ')[0]);

    await user.click(within(filter).getByRole('button', { name: 'politics' }));
    expect(within(filter).getByRole('button', { name: 'politics' })).toHaveAttribute('aria-pressed', 'true');
    expect(rows()).toEqual([name(byId('ev-budget')), name(byId('ev-resign'))]);
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('#politics');

    // A second tag adds its events: any chosen tag will do.
    await user.click(within(filter).getByRole('button', { name: 'public transport' }));
    expect(rows()).toEqual([name(byId('ev-bus')), name(byId('ev-budget')), name(byId('ev-resign'))]);

    // With words as well, both must match.
    const search = screen.getByRole('searchbox', { name: 'Search events' });
    await user.type(search, ' mayor');
    expect(rows()).toEqual([name(byId('ev-resign'))]);

    await user.clear(search);
    expect(within(filter).getByRole('button', { name: 'politics' })).toHaveAttribute('aria-pressed', 'false');
    expect(rows()).toHaveLength(curated.events.length);
  });

  it('narrows the chart too', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(within(screen.getByRole('group', { name: 'Filter by tag' })).getByRole('button', { name: 'protest' }));
    expect(screen.getByRole('group', { name: /^Timeline of 1 events/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Residents rally/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Library reopens/ })).not.toBeInTheDocument();
  });
});

describe('tag words in the search', () => {
  const articles = new Map(curated.articles.map((a) => [a.id, a]));
  const text = (id: string) => searchText(byId(id), articles);

  it.each([
    { query: '#politics', matches: ['ev-budget', 'ev-resign'] },
    { query: '#POLITICS', matches: ['ev-budget', 'ev-resign'] },
    { query: '#polit', matches: [] },
    { query: '#public-transport', matches: ['ev-bus'] },
    { query: '#protest #budget', matches: ['ev-rally', 'ev-budget'] },
    { query: 'politics', matches: ['ev-budget', 'ev-resign'] },
    { query: 'reporter', matches: ['ev-rally'] },
    { query: '#budget council', matches: ['ev-budget'] },
    { query: '#', matches: [] },
  ])('“$query”', ({ query, matches }) => {
    const found = curated.events.filter((e) => matchesQuery(text(e.id), query)).map((e) => e.id);
    expect(found).toEqual(query === '#' ? [] : matches);
  });

  it.each([
    { query: '', tag: 'budget', expected: '#budget' },
    { query: 'council', tag: 'public transport', expected: 'council #public-transport' },
    { query: 'council #Budget', tag: 'budget', expected: 'council' },
    { query: '#budget #politics', tag: 'politics', expected: '#budget' },
  ])('toggleTag($query, $tag)', ({ query, tag, expected }) => {
    expect(toggleTag(query, tag)).toBe(expected);
    expect(queryTagWords(expected).has(tagWord(tag))).toBe(!queryTagWords(query).has(tagWord(tag)));
  });
});
