// The tag filter of a list with far more tags than a reader can scan: it draws the most used ones
// and a box to find the rest, never one button per tag (issue 11, finding 8).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventList } from '../../src/core/schema';
import { TAG_CHIPS, mostUsedTags, tagCounts } from '../../src/core/editorial';
import Timeline from '../../src/app/Timeline.svelte';

const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;

/** The bridge list with `perEvent` unique tags on every event, and `common` on all of them. */
function manyTags(perEvent: number): EventList {
  const list: EventList = structuredClone(bridge);
  list.events.forEach((e, i) => {
    e.tags = ['common', ...Array.from({ length: perEvent }, (_, j) => `tag ${i}-${j}`)];
    if (i % 2 === 0) e.tags.push('even');
  });
  return list;
}

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('mostUsedTags', () => {
  const counts = new Map([['b', 2], ['a', 2], ['c', 5], ['d', 1], ['e', 1]]);
  it.each([
    { name: 'most used first, ties by name', limit: 3, keep: undefined, expected: ['c', 'a', 'b'] },
    { name: 'all when the limit is larger', limit: 10, keep: undefined, expected: ['c', 'a', 'b', 'd', 'e'] },
    { name: 'only the kept ones', limit: 2, keep: (t: string) => t !== 'c', expected: ['a', 'b'] },
    { name: 'none for a limit of 0', limit: 0, keep: undefined, expected: [] },
  ])('$name', ({ limit, keep, expected }) => {
    expect(mostUsedTags(counts, limit, keep)).toEqual(expected);
  });

  it('counts a tag once per event', () => {
    expect([...tagCounts([{ tags: ['x', 'x', 'y'] }, { tags: ['x'] }, {}])]).toEqual([['x', 2], ['y', 1]]);
  });
});

describe('Filter by tag with many tags', () => {
  it('draws the most used tags and a box to find the others', async () => {
    const list = manyTags(400);
    const total = list.events.length * 400 + 2;
    render(Timeline, { props: { data: list, width: 960 } });
    const filter = screen.getByRole('group', { name: 'Filter by tag' });
    const chips = () => within(filter).getAllByRole('button').map((b) => b.textContent?.trim());
    expect(chips()).toHaveLength(TAG_CHIPS);
    expect(chips()).toContain('common');
    expect(chips()).toContain('even');
    expect(within(filter).getByText(`The ${TAG_CHIPS} most used of ${total.toLocaleString('en-GB')} tags.`)).toBeInTheDocument();

    const user = userEvent.setup();
    const find = within(filter).getByRole('searchbox', { name: 'Find a tag' });
    await user.type(find, 'tag 3-17');
    expect(chips()).toEqual(['tag 3-17', ...Array.from({ length: 10 }, (_, k) => `tag 3-17${k}`)]);

    // A pressed chip stays to be released, whatever the box then finds.
    await user.click(within(filter).getByRole('button', { name: 'tag 3-170' }));
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('#tag-3-170');
    await user.clear(find);
    await user.type(find, 'nothing like it');
    expect(chips()).toEqual(['tag 3-170']);
    expect(within(filter).getByText('No tag matches.')).toBeInTheDocument();
    await user.click(within(filter).getByRole('button', { name: 'tag 3-170' }));
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    expect(within(filter).queryAllByRole('button')).toEqual([]);
  });

  it('offers every tag, with no box, when there are few', () => {
    render(Timeline, { props: { data: manyTags(1), width: 960 } });
    const filter = screen.getByRole('group', { name: 'Filter by tag' });
    expect(within(filter).queryByRole('searchbox')).toBeNull();
    expect(within(filter).getAllByRole('button')).toHaveLength(bridge.events.length + 2);
  });
});
