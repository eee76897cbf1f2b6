// A source read from a saved web page can be seen in its paragraph, fetched from the text the
// pipeline wrote beside the list; a text that no longer holds the quote says so.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventList } from '../../src/core/schema';
import App from '../../src/app/App.svelte';

const bridge = JSON.parse(readFileSync('tests/fixtures/events/bridge.json', 'utf8')) as EventList;
const opened = bridge.events.find((e) => e.id === 'ev-opened')!;
const source = opened.sources[0];

/** The list with article a1 read from a page: its text beside the list, holding the quote at its offsets. */
function listWithText(): EventList {
  return { ...bridge, articles: bridge.articles.map((a) => (a.id === source.article ? { ...a, text: 'articles/a1.txt' } : a)) };
}

/** A saved text with the quote at its offsets, in a paragraph after a first one. */
function savedText(quote = source.quote): string {
  const first = 'First paragraph, not shown.\n\n';
  const lead = 'Words before the quote. ';
  const filler = `${first}${'x'.repeat(source.start - first.length - lead.length)}${lead}`;
  return `${filler}${quote} Words after it.\n\nAnother paragraph.`;
}

function serve(text: string, status = 200) {
  const fetch = vi.fn(async (address: URL | string) => {
    const path = new URL(String(address)).pathname;
    if (path.endsWith('/data/events.json')) return new Response(JSON.stringify(listWithText()), { headers: { 'Content-Type': 'application/json' } });
    if (path.endsWith('/data/articles/a1.txt')) return new Response(text, { status });
    return new Response('Not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function openSource() {
  const user = userEvent.setup();
  history.replaceState(null, '', `/#event=${opened.id}`);
  render(App);
  const panel = await screen.findByRole('complementary', { name: 'Sources' });
  await user.click(within(panel).getAllByRole('button', { name: 'Show the paragraph' })[0]);
  return { user, panel };
}

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe("a source's paragraph", () => {
  it('is fetched from articles/<id>.txt beside the list and shows the quote in place', async () => {
    const fetch = serve(savedText());
    const { user, panel } = await openSource();
    const status = await within(panel).findByText(/Words before the quote/);
    expect(status).toHaveTextContent(`Words before the quote. ${source.quote} Words after it.`);
    expect(status).not.toHaveTextContent(/First paragraph|Another paragraph/);
    expect(within(status).getByText(source.quote).tagName).toBe('MARK');
    expect(fetch.mock.calls.map(([a]) => String(a))).toContain(new URL('data/articles/a1.txt', document.baseURI).href);
    await user.click(within(panel).getByRole('button', { name: 'Hide the paragraph' }));
    expect(within(panel).queryByText(/Words before the quote/)).toBeNull();
  });

  it('says so when the saved text no longer holds the quote at its place', async () => {
    serve(savedText(source.quote.toUpperCase()));
    const { panel } = await openSource();
    expect(await within(panel).findByText(/no longer holds this quote/)).toBeInTheDocument();
  });

  it('says why when the text cannot be loaded', async () => {
    serve('gone', 404);
    const { panel } = await openSource();
    expect(await within(panel).findByText(/could not be loaded \(HTTP 404\)/)).toBeInTheDocument();
  });

  it('is not offered for an article read from plain text, which has no saved text', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(bridge))));
    history.replaceState(null, '', `/#event=${opened.id}`);
    render(App);
    const panel = await screen.findByRole('complementary', { name: 'Sources' });
    expect(within(panel).getByRole('heading', { level: 2, name: opened.title })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Show the paragraph' })).toBeNull();
  });
});
