import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import App from '../../src/app/App.svelte';

const bridge = readFileSync('tests/fixtures/events/bridge.json', 'utf8');
const invalid = readFileSync('tests/fixtures/events/invalid.json', 'utf8');

function serve(body: string, status = 200) {
  const fetch = vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('fetches data/events.json next to the page and shows the timeline', async () => {
    const fetch = serve(bridge);
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: '7 events from 2 articles, 1987–2024' })).toBeInTheDocument();
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(new URL('data/events.json', document.baseURI).href);
  });

  it.each([
    { name: 'an invalid event list', body: invalid, status: 200, message: /not in the expected format/, detail: /events\[0\]\.date\.start/ },
    { name: 'a missing file', body: 'Not found', status: 404, message: /was not found/, detail: null },
    { name: 'a file that is not JSON', body: '<html>', status: 200, message: /not valid JSON/, detail: null },
  ])('explains $name in an alert', async ({ body, status, message, detail }) => {
    serve(body, status);
    render(App);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    if (detail) expect(alert).toHaveTextContent(detail);
  });

  it('explains a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('offline'); }));
    render(App);
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be fetched/);
  });
});
