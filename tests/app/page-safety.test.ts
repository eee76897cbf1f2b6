// The page and the element against a stalled server, a hostile height, an empty list and a host
// asking for an event that is not there (issue 11, findings 9, 12 and 18).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/app/App.svelte';
import EmbeddedTimeline from '../../src/embed/EmbeddedTimeline.svelte';
import { cssLength } from '../../src/embed/css-length';
import { fetchWithStallTimeout } from '../../src/app/load';

const bridge = readFileSync('tests/fixtures/events/bridge.json', 'utf8');

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

/** A response body that sends `chunks`, one every `everyMs`, then stops sending without ending. */
function trickle(chunks: string[], everyMs: number, end: boolean): Response {
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i < chunks.length) {
        await new Promise((done) => setTimeout(done, everyMs));
        controller.enqueue(encoder.encode(chunks[i++]));
      } else if (end) controller.close();
      else await new Promise(() => {}); // stalled
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}

describe('fetchWithStallTimeout', () => {
  it('gives up on a body that stops arriving', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => trickle(['{"version": 1, "ev'], 5, false)));
    expect(await fetchWithStallTimeout(new URL('https://x.example/e.json'), undefined, 100)).toEqual({ ok: false, why: 'stalled' });
  });

  it('gives up on a server that never answers', async () => {
    vi.stubGlobal('fetch', vi.fn((_url: URL, init: RequestInit) => new Promise((_, fail) => init.signal!.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))))));
    expect(await fetchWithStallTimeout(new URL('https://x.example/e.json'), undefined, 50)).toEqual({ ok: false, why: 'stalled' });
  });

  it('waits for a slow but steady body longer than the stall time in all', async () => {
    const parts = bridge.match(/[\s\S]{1,400}/g)!;
    vi.stubGlobal('fetch', vi.fn(async () => trickle(parts, 30, true)));
    expect(parts.length * 30).toBeGreaterThan(150);
    expect(await fetchWithStallTimeout(new URL('https://x.example/e.json'), undefined, 150)).toEqual({ ok: true, status: 200, text: bridge });
  });
});

describe('a failed load offers to try again', () => {
  it.each([
    { name: 'the page', mount: () => render(App) },
    { name: 'the element', mount: () => render(EmbeddedTimeline, { props: { src: 'events.json' } }) },
  ])('in $name', async ({ mount }) => {
    let calls = 0;
    vi.stubGlobal('fetch', vi.fn(async () => {
      if (calls++ === 0) throw new TypeError('offline');
      return new Response(bridge, { headers: { 'Content-Type': 'application/json' } });
    }));
    mount();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be fetched/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: '7 events from 2 articles, 1987–2024' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('not for a list that is not valid JSON: trying again would give the same', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 200 })));
    render(App);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('<event-timeline height>', () => {
  it.each([
    { height: '480', expected: '480px' },
    { height: ' 30rem ', expected: '30rem' },
    { height: '60vh', expected: '60vh' },
    { height: '12.5EM', expected: '12.5em' },
    { height: '400px; transform: rotate(45deg)', expected: undefined },
    { height: 'calc(100vh - 1px)', expected: undefined },
    { height: 'var(--x)', expected: undefined },
    { height: '-5px', expected: undefined },
    { height: 'inherit', expected: undefined },
    { height: '', expected: undefined },
  ])('reads "$height" as $expected', ({ height, expected }) => {
    expect(cssLength(height)).toBe(expected);
  });

  it('applies a length and nothing else', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bridge)));
    const { container, rerender } = render(EmbeddedTimeline, { props: { src: 'events.json', height: '400px; transform: rotate(45deg); position: fixed' } });
    const root = container.querySelector<HTMLElement>('.embed-root')!;
    expect(root.style.transform).toBe('');
    expect(root.style.position).toBe('');
    expect(root.style.height).toBe('');
    expect(root.classList.contains('fixed-height')).toBe(false);
    await rerender({ height: '420' });
    expect(root.style.height).toBe('420px');
  });
});

describe('small things', () => {
  it('titles a list by what it holds, never by one article\'s headline', async () => {
    const list = JSON.parse(bridge);
    for (const a of list.articles) a.title = null;
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(list))));
    render(App);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe('7 events from 2 articles, 1987–2024 · Timeline'));
  });

  it('closes the open event when the host asks for one the list does not have', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bridge)));
    const { rerender } = render(EmbeddedTimeline, { props: { src: 'events.json', event: 'ev-vote' } });
    const vote = JSON.parse(bridge).events.find((e: { id: string }) => e.id === 'ev-vote');
    expect(await screen.findByRole('region', { name: vote.title })).toBeInTheDocument();
    await rerender({ event: 'no-such-event' });
    expect(screen.queryByRole('region', { name: /./ })).toBeNull();
  });
});
