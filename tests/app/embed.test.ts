import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/app/App.svelte';
import EmbeddedTimeline from '../../src/embed/EmbeddedTimeline.svelte';
import { eventIdFromHash, hashForEvent, readMessage } from '../../src/core/protocol';
import { elementSnippet, embedTarget, escapeAttribute, iframeSnippet } from '../../src/app/snippets';
import { frameOptions } from '../../src/app/frame';
import { fireEvent } from '@testing-library/svelte';
import { shadowRems } from '../../vite.config';

const bridge = readFileSync('tests/fixtures/events/bridge.json', 'utf8');

function serve(body: string, status = 200) {
  const fetch = vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('messages', () => {
  it.each([
    { name: 'a height', data: { type: 'newsroom-timeline', kind: 'height', height: 812.2 }, expected: { type: 'newsroom-timeline', kind: 'height', height: 813 } },
    { name: 'a selection', data: { type: 'newsroom-timeline', kind: 'select', event: 'ev-1' }, expected: { type: 'newsroom-timeline', kind: 'select', event: 'ev-1' } },
    { name: 'a closed event', data: { type: 'newsroom-timeline', kind: 'select', event: null }, expected: { type: 'newsroom-timeline', kind: 'select', event: null } },
    { name: 'another tool', data: { type: 'other', kind: 'height', height: 10 }, expected: null },
    { name: 'a height as text', data: { type: 'newsroom-timeline', kind: 'height', height: '10' }, expected: null },
    { name: 'a huge height', data: { type: 'newsroom-timeline', kind: 'height', height: 1e9 }, expected: null },
    { name: 'a negative height', data: { type: 'newsroom-timeline', kind: 'height', height: -1 }, expected: null },
    { name: 'NaN', data: { type: 'newsroom-timeline', kind: 'height', height: Number.NaN }, expected: null },
    { name: 'an id that is not text', data: { type: 'newsroom-timeline', kind: 'select', event: 3 }, expected: null },
    { name: 'a string', data: 'newsroom-timeline', expected: null },
    { name: 'null', data: null, expected: null },
  ])('reads $name', ({ data, expected }) => {
    expect(readMessage(data)).toEqual(expected);
  });

  it.each([
    { hash: '#event=ev-1', id: 'ev-1' },
    { hash: `#event=${encodeURIComponent('a b/ü')}`, id: 'a b/ü' },
    { hash: '#event=%E0%A4%A', id: null },
    { hash: '#other=1', id: null },
    { hash: '', id: null },
  ])('reads the event in "$hash"', ({ hash, id }) => {
    expect(eventIdFromHash(hash)).toBe(id);
    if (id !== null) expect(eventIdFromHash(hashForEvent(id))).toBe(id);
  });

  it.each([
    { search: '?embed=1', expected: { embed: true, theme: 'auto' } },
    { search: '?embed=1&theme=dark', expected: { embed: true, theme: 'dark' } },
    { search: '?embed=0&theme=light', expected: { embed: false, theme: 'light' } },
    { search: '?theme=purple', expected: { embed: false, theme: 'auto' } },
  ])('reads the frame options in "$search"', ({ search, expected }) => {
    expect(frameOptions(search)).toEqual(expected);
  });
});

describe('snippets', () => {
  const target = embedTarget('https://news.example/timelines/story/index.html?x=1#event=a', 'https://news.example/timelines/story/index.html', 'data/events.json', 'Talks "resume" <today>', null);

  it('point at the page, its data and its embed files', () => {
    expect(target).toMatchObject({
      pageUrl: 'https://news.example/timelines/story/index.html',
      dataUrl: 'https://news.example/timelines/story/data/events.json',
      embedBase: 'https://news.example/timelines/story/embed/',
    });
  });

  it('iframe: sandboxed, resized by resize.js, title escaped', () => {
    expect(iframeSnippet(target)).toBe(
      [
        '<iframe src="https://news.example/timelines/story/index.html?embed=1" title="Timeline: Talks &quot;resume&quot; &lt;today&gt;"',
        '  width="100%" height="640" loading="lazy" sandbox="allow-scripts allow-same-origin"',
        '  data-newsroom-timeline></iframe>',
        '<script src="https://news.example/timelines/story/embed/resize.js" async></script>',
      ].join('\n'),
    );
  });

  it('carry the open event, encoded in the URL and escaped in the attribute', () => {
    const withEvent = { ...target, eventId: 'ev "1"&2' };
    expect(iframeSnippet(withEvent)).toContain('index.html?embed=1#event=ev%20%221%22%262"');
    expect(elementSnippet(withEvent)).toBe(
      [
        '<script type="module" src="https://news.example/timelines/story/embed/event-timeline.js"></script>',
        '<event-timeline src="https://news.example/timelines/story/data/events.json" event="ev &quot;1&quot;&amp;2" theme="auto"></event-timeline>',
      ].join('\n'),
    );
  });

  it.each([
    { text: 'a & b', expected: 'a &amp; b' },
    { text: '"><script>', expected: '&quot;&gt;&lt;script&gt;' },
    { text: "it's", expected: "it's" },
  ])('escapes $text', ({ text, expected }) => {
    expect(escapeAttribute(text)).toBe(expected);
  });
});

describe('shadow rems', () => {
  it.each([
    { css: '.a{margin:.5rem 1rem}', expected: '.a{margin:calc(.5*var(--timeline-rem,16px)) calc(1*var(--timeline-rem,16px))}' },
    { css: '.a{margin:-.5rem}', expected: '.a{margin:calc(-.5*var(--timeline-rem,16px))}' },
    { css: '.a{font-size:clamp(1.6rem,4vw,2.6rem)}', expected: '.a{font-size:clamp(calc(1.6*var(--timeline-rem,16px)),4vw,calc(2.6*var(--timeline-rem,16px)))}' },
    { css: '@media (max-width:40rem){.a{width:2rem}}', expected: '@media (max-width:40rem){.a{width:calc(2*var(--timeline-rem,16px))}}' },
    { css: '.rem2{width:10px}', expected: '.rem2{width:10px}' },
  ])('rewrites $css', ({ css, expected }) => {
    expect(shadowRems(css)).toBe(expected);
  });
});

describe('the Embed button', () => {
  it('shows both snippets for the whole timeline, as read-only text', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    const button = await screen.findByRole('button', { name: 'Embed' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Embed this timeline' });
    const iframe = within(panel).getByRole('textbox', { name: /iframe/ }) as HTMLTextAreaElement;
    const element = within(panel).getByRole('textbox', { name: /element/ }) as HTMLTextAreaElement;
    expect(iframe).toHaveAttribute('readonly');
    expect(iframe.value).toContain(`src="${location.origin}/?embed=1"`);
    expect(iframe.value).toContain('title="Timeline: 7 events from 2 articles, 1987–2024"');
    expect(element.value).toContain(`<event-timeline src="${new URL('data/events.json', document.baseURI).href}" theme="auto">`);
    expect(within(panel).getByText(/whole timeline/)).toBeInTheDocument();
    // Text, not markup: nothing like an iframe was made.
    expect(document.querySelector('iframe, event-timeline')).toBeNull();
  });

  it('includes the open event from the URL', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    const vote = JSON.parse(bridge).events.find((e: { id: string }) => e.id === 'ev-vote');
    await user.click(await screen.findByRole('button', { name: `${vote.date.label}: ${vote.title}` }));
    expect(location.hash).toBe('#event=ev-vote');
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const panel = screen.getByRole('region', { name: 'Embed this timeline' });
    expect((within(panel).getByRole('textbox', { name: /iframe/ }) as HTMLTextAreaElement).value).toContain('?embed=1#event=ev-vote"');
    expect((within(panel).getByRole('textbox', { name: /element/ }) as HTMLTextAreaElement).value).toContain('event="ev-vote"');
    expect(within(panel).getByText(new RegExp(`Opens at “${vote.title}”`))).toBeInTheDocument();
  });

  it('closes with Escape and gives focus back', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    const button = await screen.findByRole('button', { name: 'Embed' });
    await user.click(button);
    await user.click(screen.getByRole('textbox', { name: /iframe/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Embed this timeline' })).toBeNull();
    expect(button).toHaveFocus();
  });
});

describe('iframe mode', () => {
  it('shows the timeline without the page chrome or the Embed button', async () => {
    serve(bridge);
    const { container } = render(App, { props: { embed: true, theme: 'dark' } });
    expect(await screen.findByRole('heading', { level: 1, name: '7 events from 2 articles, 1987–2024' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull();
    expect(container.querySelector('main')).toHaveClass('embed-root', 'theme-dark');
    expect(container.querySelector('.page')).toBeNull();
  });

  it('tells the host which event the reader opens, and opens the events the host asks for', async () => {
    serve(bridge);
    const user = userEvent.setup();
    // A real window to stand in for the host page.
    const hostFrame = document.body.appendChild(document.createElement('iframe'));
    const host = hostFrame.contentWindow!;
    const posted = vi.spyOn(host, 'postMessage').mockImplementation(() => {});
    vi.stubGlobal('parent', host);
    // jsdom has no ResizeObserver: this one reports a 960 px wide box as soon as it observes.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private callback: ResizeObserverCallback) {}
        observe(target: Element) {
          this.callback([{ target, contentRect: { width: 960, height: 600 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    try {
      render(App, { props: { embed: true } });
      const events = JSON.parse(bridge).events as { id: string; title: string; date: { label: string } }[];
      const [vote, opened] = ['ev-vote', 'ev-opened'].map((id) => events.find((e) => e.id === id)!);
      const selections = () => posted.mock.calls.map(([message]) => message as Record<string, unknown>).filter((m) => m.kind === 'select');

      await user.click(await screen.findByRole('button', { name: `${vote.date.label}: ${vote.title}` }));
      expect(selections()).toEqual([{ type: 'newsroom-timeline', kind: 'select', event: 'ev-vote' }]);
      expect(location.hash).toBe('#event=ev-vote');

      const ask = (event: string | null) =>
        fireEvent(window, new MessageEvent('message', { data: { type: 'newsroom-timeline', kind: 'select', event }, source: host }));
      await ask('ev-opened');
      expect(screen.getByRole('region', { name: opened.title })).toBeInTheDocument();
      expect(location.hash).toBe('#event=ev-opened');
      await ask(null);
      expect(screen.queryByRole('region', { name: /./ })).toBeNull();
      expect(location.hash).toBe('');
      // What the host asked for is not echoed back to it.
      expect(selections()).toHaveLength(1);
      // Asked again after the reader closed it, it opens again.
      await user.click(screen.getByRole('button', { name: `${opened.date.label}: ${opened.title}` }));
      await user.keyboard('{Escape}');
      await ask('ev-opened');
      expect(screen.getByRole('region', { name: opened.title })).toBeInTheDocument();
      expect(selections().map((m) => m.event)).toEqual(['ev-vote', 'ev-opened', null]);
    } finally {
      hostFrame.remove();
    }
  });
});

describe('EmbeddedTimeline (inside <event-timeline>)', () => {
  it('loads without the host page cookies and never touches the host URL', async () => {
    const fetch = serve(bridge);
    const user = userEvent.setup();
    const onselect = vi.fn();
    render(EmbeddedTimeline, { props: { src: 'https://data.example/events.json', onselect } });
    const vote = JSON.parse(bridge).events.find((e: { id: string }) => e.id === 'ev-vote');
    await user.click(await screen.findByRole('button', { name: `${vote.date.label}: ${vote.title}` }));
    expect(screen.getByRole('region', { name: vote.title })).toBeInTheDocument();
    expect(location.hash).toBe('');
    expect(fetch.mock.calls[0]).toEqual([new URL('https://data.example/events.json'), { credentials: 'omit', signal: expect.any(AbortSignal) }]);
    await vi.waitFor(() => expect(onselect).toHaveBeenLastCalledWith('ev-vote'));
    await user.keyboard('{Escape}');
    expect(onselect).toHaveBeenLastCalledWith(null);
  });

  it('opens the event it is given without taking focus, and follows changes to it', async () => {
    serve(bridge);
    const onselect = vi.fn();
    const { rerender } = render(EmbeddedTimeline, { props: { src: 'events.json', event: 'ev-vote', onselect } });
    const events = JSON.parse(bridge).events as { id: string; title: string }[];
    const [vote, opened] = ['ev-vote', 'ev-opened'].map((id) => events.find((e) => e.id === id)!);
    expect(await screen.findByRole('region', { name: vote.title })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
    await rerender({ event: 'ev-opened' });
    expect(screen.getByRole('region', { name: opened.title })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: vote.title })).toBeNull();
    await rerender({ event: null });
    expect(screen.queryByRole('region', { name: /./ })).toBeNull();
    expect(location.hash).toBe('');
    expect(onselect).not.toHaveBeenCalled();
  });

  it.each([
    { name: 'no src', src: null, body: bridge, status: 200, message: /no src attribute/ },
    { name: 'a missing list', src: 'missing.json', body: 'Not found', status: 404, message: /was not found/ },
    { name: 'an invalid list', src: 'bad.json', body: '{"version":1}', status: 200, message: /not in the expected format/ },
  ])('explains $name in an alert', async ({ src, body, status, message }) => {
    serve(body, status);
    render(EmbeddedTimeline, { props: { src } });
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});
