// The reader's timeline in real Chromium, on the site built from the seeds and served under a
// strict CSP: what renders, details with verbatim quotes, zoom, deep links, keyboard, layout at
// phone and desktop widths, and the list view.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dateSpan } from '../../src/core/dates';
import { storyHeading } from '../../src/app/story';
import type { EventList, TimelineEvent } from '../../src/core/schema';
import { controlName, type PageOptions, readBuiltEvents, releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline, type WatchedPage } from './chromium';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

let browser: Browser;
let data: EventList;
let pages: ReusedPages;

beforeAll(async () => {
  [browser, data] = await Promise.all([shareChromium(), readBuiltEvents(distDir)]);
  pages = reusedPages(browser);
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

/** Opens the page (optionally at a hash) and waits for the timeline to be up. */
async function open(options: PageOptions = {}, hash = ''): Promise<WatchedPage> {
  const watched = await pages.open({ reducedMotion: 'reduce', ...options });
  await watched.page.goto(baseUrl + hash);
  await waitForTimeline(watched.page);
  return watched;
}

function byId(id: string): TimelineEvent {
  const event = data.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in events.json`);
  return event;
}

/** Ids of the events drawn as their own controls in the chart, left to right in the DOM. */
function chartEventIds(page: Page): Promise<string[]> {
  return page.locator('svg g.event[role=button]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event-id') ?? ''));
}

/** The events in date order, as a reader expects them: by start, then end, then id for a stable tie. */
function inDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const spans = new Map(events.map((e) => [e.id, dateSpan(e.date)]));
  return [...events].sort((a, b) => {
    const [af, at] = spans.get(a.id)!;
    const [bf, bt] = spans.get(b.id)!;
    return af - bf || at - bt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

const statusText = (page: Page) => page.getByRole('status').innerText();

describe('the seeds render', () => {
  it('shows the heading, one named button per drawn event, clusters for the rest, the status line, and no errors', async () => {
    expect(data.events.length).toBeGreaterThan(1);
    const { page, errors } = await open();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(storyHeading(data));

    const drawn = await chartEventIds(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) {
      const control = page.getByRole('button', { name: controlName(byId(id)), exact: true });
      expect(await control.count(), controlName(byId(id))).toBe(1);
      expect(await control.getAttribute('data-event-id')).toBe(id);
      expect(await control.evaluate((el) => el.matches('g.event'))).toBe(true);
    }

    // Whatever is not drawn as its own control is counted in a cluster mark, or at the edge of the
    // view ("3 earlier"; the page opens on where the story's events are); nothing is lost.
    const clustered = await page.locator('svg g.cluster[role=button]').evaluateAll((gs) =>
      gs.map((g) => Number(/\+(\d+)/.exec(g.textContent ?? '')?.[1] ?? NaN)),
    );
    expect(clustered.every(Number.isInteger)).toBe(true);
    const atEdges = () => page.locator('button.edge').evaluateAll((bs) => bs.reduce((n, b) => n + Number(/\d+/.exec(b.textContent ?? '')?.[0] ?? 0), 0));
    await expect.poll(async () => drawn.length + clustered.reduce((a, b) => a + b, 0) + (await atEdges())).toBe(data.events.length);
    expect(new Set(drawn).size).toBe(drawn.length);

    expect(await statusText(page)).toMatch(/^Showing .+\.$/);
    expect(errors).toEqual([]);
  });

  it('the error watcher does catch a CSP violation (so "no errors" above means something)', async () => {
    const { page, errors } = await open();
    // An inline style attribute is exactly what the page's CSP forbids.
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await expect.poll(() => errors.some((e) => e.startsWith('CSP violation: style-src'))).toBe(true);
  });
});

describe('details', () => {
  it('shows every quote of an event with two sources verbatim, with its publisher and article title', async () => {
    const twoSources = data.events.filter((e) => e.sources.length === 2);
    expect(twoSources.length, 'the seeds have an event reported by two articles').toBeGreaterThan(0);
    const { page, errors } = await open();
    const drawn = new Set(await chartEventIds(page));
    const event = twoSources.find((e) => drawn.has(e.id));
    expect(event, 'a two-source event is drawn in the chart at 1280 px').toBeDefined();

    await page.getByRole('button', { name: controlName(event!), exact: true }).click();
    const details = page.getByRole('region', { name: event!.title, exact: true });
    await details.waitFor();
    expect(await details.getByRole('heading', { level: 2 }).innerText()).toBe(event!.title);

    const shown = await details.locator('figure').evaluateAll((figures) =>
      figures.map((f) => ({
        quote: f.querySelector('blockquote')?.textContent,
        quotes: f.querySelectorAll('blockquote').length,
        caption: f.querySelector('figcaption')?.textContent ?? '',
      })),
    );
    expect(await details.locator('blockquote').count()).toBe(2);
    expect(shown).toHaveLength(2);
    event!.sources.forEach((source, i) => {
      const article = data.articles.find((a) => a.id === source.article)!;
      expect(shown[i].quote).toBe(source.quote);
      expect(shown[i].quotes).toBe(1);
      expect(shown[i].caption).toContain(article.publisher ?? 'Unknown publisher');
      expect(shown[i].caption).toContain(article.title ?? article.file);
    });
    expect(errors).toEqual([]);
  });
});

describe('zoom', () => {
  it('changes the announced range with the Zoom in button and a real mouse wheel, and Show all shows every event', async () => {
    const { page, errors } = await open({ reducedMotion: 'no-preference' });
    // The page opens on the story's stretch; Show all is the whole range, every event in it.
    const opening = await statusText(page);

    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(() => statusText(page)).not.toBe(opening);
    const zoomedIn = await statusText(page);
    expect(zoomedIn).toMatch(/^Showing .+\.$/);

    const chart = page.locator('svg[role=group]');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => statusText(page)).not.toBe(zoomedIn);
    expect(await statusText(page)).not.toBe(opening);

    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    await expect.poll(() => statusText(page)).toMatch(new RegExp(`^Showing \\d{4} – \\d{4}, ${data.events.length} events\\.$`));
    expect(await page.getByRole('button', { name: 'Show all', exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('deep links', () => {
  it('opens the event named in #event=<id> on load, and selecting another event rewrites the hash', async () => {
    const [first, second] = inDateOrder(data.events).slice(-2);
    const { page, errors } = await open({}, `#event=${encodeURIComponent(first.id)}`);
    await page.getByRole('region', { name: first.title, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: controlName(first), exact: true }).getAttribute('aria-pressed')).toBe('true');

    const drawn = await chartEventIds(page);
    const other = drawn.includes(second.id) ? second : byId(drawn.find((id) => id !== first.id)!);
    await page.getByRole('button', { name: controlName(other), exact: true }).click();
    await page.getByRole('region', { name: other.title, exact: true }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#event=${encodeURIComponent(other.id)}`);
    expect(await page.getByRole('region', { name: first.title, exact: true }).count()).toBe(0);

    // Following a link to another event on the same page (a hashchange) opens that one.
    await page.evaluate((hash) => (location.hash = hash), `#event=${encodeURIComponent(first.id)}`);
    await page.getByRole('region', { name: first.title, exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('ignores a link to an event that is not in the list', async () => {
    const { page, errors } = await open({}, '#event=no-such-event');
    expect(await page.getByRole('region').count()).toBe(0);
    expect(await page.locator('svg g.event[aria-pressed=true]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('keyboard', () => {
  it('Tab reaches an event, Enter opens it, Escape closes it and gives focus back to that event', async () => {
    const { page, errors } = await open();
    const focusedEventId = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof SVGGElement && el.classList.contains('event') ? el.getAttribute('data-event-id') : null;
      });

    let id: string | null = null;
    for (let presses = 0; presses < 30 && id === null; presses++) {
      await page.keyboard.press('Tab');
      id = await focusedEventId();
    }
    expect(id, 'Tab reaches an event control').not.toBeNull();
    const event = byId(id!);

    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: event.title, exact: true });
    await details.waitFor();
    // The details' heading takes focus so a screen reader lands on what opened.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(await focusedEventId()).toBe(id);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(errors).toEqual([]);
  });
});

describe('layout', () => {
  const cases = [360, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

  it.each(cases)('no sideways scroll at $width px in $colorScheme mode, with and without details, and in the list', async ({ width, colorScheme }) => {
    const { page, errors } = await open({ viewport: { width, height: 800 }, colorScheme });
    const overflow = () => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
    const noSidewaysScroll = async (what: string) => {
      const { scrollWidth, innerWidth } = await overflow();
      expect(scrollWidth, `${what}: ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
    };
    await noSidewaysScroll('timeline');

    // The longest quote is the likeliest to push the page wider.
    const longest = [...data.events].sort((a, b) => Math.max(...b.sources.map((s) => s.quote.length)) - Math.max(...a.sources.map((s) => s.quote.length)))[0];
    await page.goto(`${baseUrl}#event=${encodeURIComponent(longest.id)}`);
    await page.reload();
    await page.getByRole('region', { name: longest.title, exact: true }).waitFor();
    await noSidewaysScroll('details open');

    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Listing / }).waitFor();
    await noSidewaysScroll('list with details open');
    expect(errors).toEqual([]);
  });
});

describe('list view', () => {
  /** The listed events' ids, top to bottom, each checked to show its date and headline. */
  async function listedIds(page: Page): Promise<string[]> {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Listing / }).waitFor();
    const rows = await page.getByRole('list').first().locator(':scope > li > button').evaluateAll((buttons) =>
      buttons.map((b) => ({ id: b.getAttribute('data-event-id') ?? '', text: (b as HTMLElement).innerText })),
    );
    for (const { id, text } of rows) {
      expect(text).toContain(byId(id).date.label);
      expect(text).toContain(byId(id).title);
    }
    return rows.map((r) => r.id);
  }

  it('lists every event in date order', async () => {
    const { page, errors } = await open();
    expect(await listedIds(page)).toEqual(inDateOrder(data.events).map((e) => e.id));
    expect(await page.getByRole('button', { name: 'List', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await statusText(page)).toBe(`Listing ${data.events.length} events in date order.`);
    expect(errors).toEqual([]);
  });

  it('sorts by date itself, not by the order of the file', async () => {
    const { page, errors } = await pages.open({ reducedMotion: 'reduce' });
    const shuffled: EventList = { ...data, events: [...data.events].reverse() };
    await page.route('**/data/events.json', (route) => route.fulfill({ json: shuffled }));
    await page.goto(baseUrl);
    await waitForTimeline(page);
    expect(await listedIds(page)).toEqual(inDateOrder(data.events).map((e) => e.id));
    expect(errors).toEqual([]);
  });
});
