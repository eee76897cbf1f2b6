import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/app/App.svelte';
import EmbeddedTimeline from '../../src/embed/EmbeddedTimeline.svelte';
import { eventIdFromHash, hashForEvent, readMessage } from '../../src/core/protocol';
import { elementSnippet, embedTarget, escapeAttribute, iframeSnippet } from '../../src/app/snippets';
import { frameOptions } from '../../src/app/frame';
import { ScrollGuard } from '../../src/app/embedding.svelte';
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
    // Embeds are light unless asked: dark, or auto for the reader's own setting.
    { search: '?embed=1', expected: { embed: true, theme: 'light', layout: 'compact' } },
    { search: '?embed=1&theme=dark', expected: { embed: true, theme: 'dark', layout: 'compact' } },
    { search: '?embed=1&theme=auto&layout=full', expected: { embed: true, theme: 'auto', layout: 'full' } },
    { search: '?embed=0&theme=light', expected: { embed: false, theme: 'light', layout: 'compact' } },
    { search: '?theme=purple&layout=wide', expected: { embed: false, theme: 'light', layout: 'compact' } },
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
        '<event-timeline src="https://news.example/timelines/story/data/events.json" event="ev &quot;1&quot;&amp;2"></event-timeline>',
      ].join('\n'),
    );
  });

  it.each([
    {
      name: 'dark, full, grows',
      options: { theme: 'dark', layout: 'full', height: null },
      frame: 'index.html?embed=1&amp;theme=dark&amp;layout=full#event=ev-1"',
      element: 'event="ev-1" theme="dark" layout="full"></event-timeline>',
      resizes: true,
    },
    {
      name: "reader's setting, compact, 480 px",
      options: { theme: 'auto', layout: 'compact', height: 480 },
      frame: 'index.html?embed=1&amp;theme=auto#event=ev-1"',
      element: 'event="ev-1" theme="auto" height="480px"></event-timeline>',
      resizes: false,
    },
  ] as const)('follow the options: $name', ({ options, frame, element, resizes }) => {
    const withEvent = { ...target, eventId: 'ev-1' };
    const iframe = iframeSnippet(withEvent, options);
    expect(iframe).toContain(frame);
    expect(iframe.includes('resize.js')).toBe(resizes);
    expect(iframe).toContain(`height="${options.height ?? 640}"`);
    expect(elementSnippet(withEvent, options)).toContain(element);
  });

  it.each([
    { text: 'a & b', expected: 'a &amp; b' },
    { text: '"><script>', expected: '&quot;&gt;&lt;script&gt;' },
    { text: "it's", expected: "it's" },
  ])('escapes $text', ({ text, expected }) => {
    expect(escapeAttribute(text)).toBe(expected);
  });
});

describe('ScrollGuard (which gestures an embedded chart takes)', () => {
  const wheel = (init: WheelEventInit = {}) => new WheelEvent('wheel', { deltaY: 100, ...init });
  const touches = (n: number) => Object.assign(new Event('touchstart'), { touches: { length: n } });

  it.each([
    { name: 'the wheel, idle', event: () => wheel(), engaged: false, allowed: false },
    { name: 'Ctrl + wheel (and a trackpad pinch)', event: () => wheel({ ctrlKey: true }), engaged: false, allowed: true },
    { name: 'Cmd + wheel', event: () => wheel({ metaKey: true }), engaged: false, allowed: true },
    { name: 'one finger, idle', event: () => touches(1), engaged: false, allowed: false },
    { name: 'two fingers (a pinch)', event: () => touches(2), engaged: false, allowed: true },
    { name: 'a mouse press (it engages the chart first)', event: () => new MouseEvent('mousedown'), engaged: false, allowed: true },
    { name: 'the wheel, engaged', event: () => wheel(), engaged: true, allowed: true },
    { name: 'one finger, engaged', event: () => touches(1), engaged: true, allowed: true },
  ])('$name', ({ event, engaged, allowed }) => {
    const guard = new ScrollGuard();
    guard.engaged = engaged;
    expect(guard.allows(event())).toBe(allowed);
    // Asking changes nothing: the hint answers the wheel through the guard's own listener.
    expect(guard.nudged).toBe(false);
  });
  // Engaging and letting go on real clicks, the hint after an idle wheel, and touch-action are
  // checked in tests/browser/embed.test.ts.
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
    const panel = await screen.findByRole('region', { name: 'Embed this timeline' });
    const iframe = within(panel).getByRole('textbox', { name: /iframe/ }) as HTMLTextAreaElement;
    const element = within(panel).getByRole('textbox', { name: /element/ }) as HTMLTextAreaElement;
    expect(iframe).toHaveAttribute('readonly');
    expect(iframe.value).toContain(`src="${location.origin}/?embed=1"`);
    expect(iframe.value).toContain('title="Timeline: 7 events from 2 articles, 1987–2024"');
    expect(element.value).toContain(`<event-timeline src="${new URL('data/events.json', document.baseURI).href}">`);
    expect(within(panel).getByText(/whole timeline/)).toBeInTheDocument();
    // Text, not markup: nothing was made from the snippets (the one frame is the panel's own preview).
    expect(document.querySelectorAll('iframe:not([title="Preview of the embedded timeline"]), event-timeline')).toHaveLength(0);
  });

  it('includes the open event from the URL', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    const vote = JSON.parse(bridge).events.find((e: { id: string }) => e.id === 'ev-vote');
    await user.click(await screen.findByRole('button', { name: `${vote.date.label}: ${vote.title}` }));
    expect(location.hash).toBe('#event=ev-vote');
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const panel = await screen.findByRole('region', { name: 'Embed this timeline' });
    expect((within(panel).getByRole('textbox', { name: /iframe/ }) as HTMLTextAreaElement).value).toContain('?embed=1#event=ev-vote"');
    expect((within(panel).getByRole('textbox', { name: /element/ }) as HTMLTextAreaElement).value).toContain('event="ev-vote"');
    expect(within(panel).getByText(new RegExp(`Opens at “${vote.title}”`))).toBeInTheDocument();
  });

  it('changes the snippets and the live preview with the theme, layout and height chosen', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: 'Embed' }));
    const panel = await screen.findByRole('region', { name: 'Embed this timeline' });
    const iframe = within(panel).getByRole('textbox', { name: /iframe/ }) as HTMLTextAreaElement;
    const element = within(panel).getByRole('textbox', { name: /element/ }) as HTMLTextAreaElement;
    const preview = within(panel).getByTitle('Preview of the embedded timeline') as HTMLIFrameElement;
    expect(preview.getAttribute('src')).toBe(`${location.origin}/?embed=1`);
    expect(within(panel).getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(within(panel).getByRole('radio', { name: 'Compact' })).toBeChecked();

    await user.click(within(panel).getByRole('radio', { name: 'Dark' }));
    await user.click(within(panel).getByRole('radio', { name: 'Full page' }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Height' }), '480 px');
    expect(preview.getAttribute('src')).toBe(`${location.origin}/?embed=1&theme=dark&layout=full`);
    expect(preview.getAttribute('height')).toBe('480');
    expect(iframe.value).toContain(`src="${location.origin}/?embed=1&amp;theme=dark&amp;layout=full"`);
    expect(iframe.value).toContain('height="480"');
    expect(element.value).toContain('theme="dark" layout="full" height="480px"');
    expect(panel).not.toHaveTextContent(/README/);
  });

  it('copies each snippet with one click, and says so', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Embed' }));
    const panel = await screen.findByRole('region', { name: 'Embed this timeline' });
    await user.click(within(panel).getByRole('button', { name: 'Copy element code' }));
    expect(writeText).toHaveBeenCalledWith((within(panel).getByRole('textbox', { name: /element/ }) as HTMLTextAreaElement).value);
    expect(within(panel).getByRole('status')).toHaveTextContent('Copied the element code.');

    // No asynchronous clipboard (an http page, an older browser): the selection is copied instead.
    writeText.mockRejectedValue(new Error('not allowed'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(within(panel).getByRole('button', { name: 'Copy iframe code' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(within(panel).getByRole('status')).toHaveTextContent('Copied the iframe code.');

    // Neither works: the code is selected and the reader is told how to copy it.
    execCommand.mockReturnValue(false);
    await user.click(within(panel).getByRole('button', { name: 'Copy iframe code' }));
    expect(within(panel).getByRole('status')).toHaveTextContent(/Selected: press (Ctrl\+C|⌘C) to copy/);
    const area = within(panel).getByRole('textbox', { name: /iframe/ }) as HTMLTextAreaElement;
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });

  it('closes with its close button and gives focus back', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    const button = await screen.findByRole('button', { name: 'Embed' });
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Close the embed panel' }));
    expect(screen.queryByRole('region', { name: 'Embed this timeline' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes with Escape and gives focus back', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(App);
    const button = await screen.findByRole('button', { name: 'Embed' });
    await user.click(button);
    await user.click(await screen.findByRole('textbox', { name: /iframe/ }));
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

  it('is compact: a title line with one button for search and tools, and a hint that the wheel scrolls the page', async () => {
    serve(bridge);
    const user = userEvent.setup();
    render(EmbeddedTimeline, { props: { src: 'events.json' } });
    expect(await screen.findByRole('heading', { level: 1, name: '7 events from 2 articles, 1987–2024' })).toBeInTheDocument();
    const tools = screen.getByRole('button', { name: 'Search and tools' });
    expect(tools).toHaveAttribute('aria-expanded', 'false');
    const toolbar = document.getElementById(tools.getAttribute('aria-controls')!)!;
    expect(toolbar).toHaveClass('folded');
    await user.click(tools);
    expect(tools).toHaveAttribute('aria-expanded', 'true');
    expect(toolbar).not.toHaveClass('folded');
    expect(screen.getByText(/^(Ctrl|⌘) \+ scroll to zoom\. Click the chart to zoom with the wheel\.$/)).toBeInTheDocument();
    // The page's own header line (kicker and counts) is not there to take room.
    expect(document.querySelector('.timeline')).toHaveClass('embedded');
  });

  it('keeps the page header and toolbar with layout="full"', async () => {
    serve(bridge);
    render(EmbeddedTimeline, { props: { src: 'events.json', layout: 'full' } });
    expect(await screen.findByRole('heading', { level: 1, name: '7 events from 2 articles, 1987–2024' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Search and tools' })).toBeNull();
    expect(document.querySelector('.timeline')).not.toHaveClass('embedded');
    // Still an embed: the wheel waits for the reader to click the chart.
    expect(screen.getByText(/scroll to zoom\. Click the chart/)).toBeInTheDocument();
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
