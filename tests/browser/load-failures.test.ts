// What the reader sees when the event list is missing, broken or hostile: a plain role=alert
// message (never a blank page), and article text shown as text, never run as markup.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import type { EventList } from '../../src/core/schema';
import { STALL_MS } from '../../src/app/load';
import { openWatchedPage, readBuiltEvents, releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline } from './chromium';
import { CSP } from './global-setup';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

let browser: Browser;
let pages: ReusedPages;
beforeAll(async () => {
  browser = await shareChromium();
  pages = reusedPages(browser);
});
afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

// Each would set window.__pwned if the page ever treated article text as HTML.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '<svg onload="window.__pwned=3"></svg>';
const QUOTE = `On 5 March 2025 ${IMG} the council met ${SCRIPT} and ${SVG} voted.`;

function hostileList(): EventList {
  const dateAt = QUOTE.indexOf('5 March 2025');
  return {
    version: 1,
    articles: [{
      id: 'a1', file: `${IMG}.txt`, title: `Council ${IMG} news`, publisher: `<b>Herald</b>${SCRIPT}`,
      published: '2025-03-06', dateline: SVG, warnings: [IMG],
    }],
    events: [
      {
        id: `"><img src=x onerror="window.__pwned=4">`,
        title: `Council met ${IMG}`,
        date: { start: '2025-03-05', end: '2025-03-05', precision: 'day', approximate: false, label: `5 March 2025 ${SVG}` },
        sources: [{
          article: 'a1', quote: QUOTE, start: 100, end: 100 + QUOTE.length,
          // The marked date words run into the markup, to split it across <mark>.
          timex: { text: QUOTE.slice(dateAt, dateAt + 20), start: 100 + dateAt, end: 100 + dateAt + 20, value: '2025-03-05' },
        }],
      },
      {
        id: 'plain',
        title: `Vote ${SCRIPT}`,
        date: { start: '2025-03-20', end: '2025-03-20', precision: 'day', approximate: false, label: '20 March 2025' },
        sources: [{ article: 'a1', quote: QUOTE, start: 100, end: 100 + QUOTE.length, timex: { text: 'x', start: 100, end: 101, value: '2025-03-20' } }],
      },
    ],
  };
}

interface Case {
  name: string;
  serve: (route: Route) => Promise<void>;
  message: RegExp;
  detail?: string;
}

const cases: Case[] = [
  { name: 'a missing file (404)', serve: (r) => r.fulfill({ status: 404, body: 'Not found' }), message: /was not found/ },
  { name: 'a server error (500)', serve: (r) => r.fulfill({ status: 500, body: 'oops' }), message: /could not be loaded \(HTTP 500\)/ },
  { name: 'a failed request', serve: (r) => r.abort('connectionrefused'), message: /could not be fetched/ },
  { name: 'garbage instead of JSON', serve: (r) => r.fulfill({ contentType: 'application/json', body: '{"version": 1, "events": [' }), message: /is not valid JSON/ },
  { name: 'an HTML page instead of JSON', serve: (r) => r.fulfill({ contentType: 'text/html', body: `<!doctype html><p>${IMG}</p>` }), message: /is not valid JSON/ },
  { name: 'JSON of the wrong shape', serve: (r) => r.fulfill({ json: { version: 2, events: {} } }), message: /not in the expected format/, detail: 'version: expected 1' },
  {
    name: 'a list whose error message quotes hostile text',
    serve: (r) => {
      const list = hostileList();
      list.events[0].sources[0].article = IMG;
      return r.fulfill({ json: list });
    },
    message: /not in the expected format/,
    // Ids in messages are quoted as JSON strings, so the page shows exactly what the file held.
    detail: `events[0].sources[0].article: no article with id ${JSON.stringify(IMG)}`,
  },
];

describe('a missing or invalid event list', () => {
  it.each(cases)('explains $name in an alert', async ({ serve, message, detail }) => {
    const { page, errors } = await pages.open();
    await page.route('**/data/events.json', serve);
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe('The timeline cannot be shown');
    const text = await alert.innerText();
    expect(text).toMatch(message);
    expect(text).toContain('data/events.json');
    if (detail) expect(await alert.locator('li').allTextContents()).toContain(detail);
    expect(await page.locator('svg[role=group], img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // A failed request is logged by Chromium itself; anything else (a script error, a CSP violation) is a bug.
    expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
  });
});

describe('a hostile event list', () => {
  // Under the page's CSP an injected handler could not run anyway, so the CSP is also switched off
  // once: then only the page's own handling of text stands between the data and a script.
  it.each([
    { csp: 'under the page CSP', bypassCSP: false },
    { csp: 'with the CSP bypassed', bypassCSP: true },
  ])('shows markup in titles and quotes as literal text and runs none of it ($csp)', async ({ bypassCSP }) => {
    const list = hostileList();
    // The heading is the story's title: give it the hostile headline.
    list.story = { title: list.articles[0].title! };
    const [event] = list.events;
    const { page, errors } = await pages.open({ bypassCSP, reducedMotion: 'reduce' });
    await page.route('**/data/events.json', (r) => r.fulfill({ json: list }));
    await page.goto(baseUrl);
    await waitForTimeline(page);

    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(list.articles[0].title);
    const control = page.getByRole('button', { name: `${event.date.label}: ${event.title}`, exact: true });
    expect(await control.count()).toBe(1);
    expect(await page.getByRole('button', { name: `20 March 2025: ${list.events[1].title}`, exact: true }).count()).toBe(1);

    await control.click();
    const details = page.getByRole('region', { name: event.title, exact: true });
    await details.waitFor();
    expect(await details.locator('blockquote').evaluate((q) => q.textContent)).toBe(QUOTE);
    expect(await details.locator('mark').evaluate((m) => m.textContent)).toBe(event.sources[0].timex.text);
    const caption = await details.locator('figcaption').evaluate((c) => c.textContent ?? '');
    expect(caption).toContain(list.articles[0].publisher);
    expect(caption).toContain(list.articles[0].title);
    expect(await page.evaluate(() => location.hash)).toBe(`#event=${encodeURIComponent(event.id)}`);

    // Let any image the page might have made fail to load and fire its handler.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('img, b, svg[onload], script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

// --- A server that stops sending halfway (issue 11, finding 9).

/** A host page with the element showing `/events.json`, its script from the built site. */
const HOST_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">' +
  `<script type="module" src="${baseUrl}embed/event-timeline.js"></script></head><body><h1>Host article</h1>` +
  '<event-timeline src="/events.json"></event-timeline></body></html>';

/**
 * Serves the event list the way a failing server would: the first request gets the headers and
 * half the body, then nothing more (the connection stays open); later ones get all of it. Also
 * serves a host page for the element at `/host.html`.
 */
async function stallingServer(body: string): Promise<{ origin: string; requests: () => number; close: () => Promise<void> }> {
  const held: ServerResponse[] = [];
  let count = 0;
  const server: Server = createServer((request, response) => {
    if (request.url === '/host.html') {
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP.replace("default-src 'self'", `default-src 'self' ${new URL(baseUrl).origin}`) });
      return void response.end(HOST_PAGE);
    }
    count++;
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    if (count === 1) {
      response.write(body.slice(0, body.length >> 1));
      held.push(response);
    } else response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () => new Promise<void>((done) => {
      for (const r of held) r.destroy();
      server.close(() => done());
    }),
  };
}

/** Waits until the half body has arrived, then moves the page's clock past the stall time. */
async function stall(page: Page, requests: () => number) {
  await expect.poll(requests).toBe(1);
  await page.getByText('Loading the timeline…').waitFor();
  await page.waitForTimeout(300);
  await page.clock.fastForward(STALL_MS + 1_000);
}

describe('a server that stalls mid-body', () => {
  it.each([
    { name: 'the page', where: 'index.html' },
    { name: 'the <event-timeline> element', where: 'host.html' },
  ])('times out in $name with a message and a button that loads it again', async ({ where }) => {
    const body = JSON.stringify(await readBuiltEvents(distDir));
    const server = await stallingServer(body);
    const { page, errors, context } = await openWatchedPage(browser, { reducedMotion: 'reduce' });
    try {
      await page.clock.install();
      if (where === 'index.html') {
        // The page's request goes to the stalling server, as far as the page knows to its own origin.
        await page.route('**/data/events.json', (r) => r.continue({ url: `${server.origin}/events.json` }));
        await page.goto(baseUrl);
      } else await page.goto(`${server.origin}/host.html`);
      await stall(page, server.requests);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(new RegExp(`events\\.json\\) stopped arriving: nothing came for ${STALL_MS / 1000} seconds`));
      await alert.getByRole('button', { name: 'Try again' }).click();
      await waitForTimeline(page);
      expect(server.requests()).toBe(2);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);
});
