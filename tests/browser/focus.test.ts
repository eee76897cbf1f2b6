// Focus and context in real Chromium (production build, strict CSP): the page opens on where the
// story's events are, counts the events outside the view at the edges, follows `#event=` links,
// and has an overview strip whose window the reader can drag.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline, type WatchedPage } from './chromium';
import { fiftyEvents } from './focus-fixture';

const baseUrl = inject('baseUrl');
const data = fiftyEvents();
let browser: Browser;
let pages: ReusedPages;

beforeAll(async () => {
  browser = await shareChromium();
  pages = reusedPages(browser);
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

async function open(hash = '', viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const watched = await pages.open({ reducedMotion: 'reduce', viewport });
  await watched.page.route('**/data/events.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await watched.page.goto(baseUrl + hash);
  await waitForTimeline(watched.page);
  return watched;
}

/** Ids of the events drawn as their own marks. */
const markIds = (page: Page) => page.locator('svg g.event[role=button]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event-id') ?? ''));
const edge = (page: Page, side: 'earlier' | 'later') => page.getByRole('button', { name: new RegExp(`^\\d+ ${side} events?`) });
const statusText = (page: Page) => page.getByRole('status').innerText();
/** The Key / All switch set to All events (the fixture's 50 events open on its key ones). */
async function showAllEvents(page: Page): Promise<void> {
  const all = page.getByRole('button', { name: 'All events' });
  await all.click();
  await expect.poll(() => all.getAttribute('aria-pressed')).toBe('true');
}

describe('focus and context', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('the first view at $width px shows the key events, then with All most events, as their own marks, not the whole 40 years', async (viewport) => {
    const { page, errors } = await open('', viewport);
    // Over 40 events, the page opens on the key events: each of them its own mark.
    const key = data.events.filter((e) => e.key).map((e) => e.id);
    expect((await markIds(page)).sort()).toEqual([...key].sort());
    // All events, in the same opening view: most of the 50 are their own marks.
    await showAllEvents(page);
    const ids = await markIds(page);
    const share = viewport.width >= 1000 ? 0.8 : 0.5;
    expect(ids.length).toBeGreaterThanOrEqual(Math.ceil(data.events.length * share));
    expect(await statusText(page)).not.toMatch(/1985/);
    await expect.poll(() => edge(page, 'earlier').count()).toBe(1);
    // Show all still shows the whole range.
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => statusText(page)).toMatch(/^Showing 198\d – 202\d, \d+ events\./);
    expect(errors).toEqual([]);
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('at $width x $height the lanes fill the window: the chart ends with the hint under it inside the window', async (viewport) => {
    const { page, errors } = await open('', viewport);
    await showAllEvents(page);
    const foot = await page.locator('.chart-column .hint').evaluate((hint) => hint.getBoundingClientRect().bottom + scrollY);
    expect(foot).toBeLessThanOrEqual(viewport.height);
    // No more than a lane and a half of the window left unused below it.
    expect(foot).toBeGreaterThan(viewport.height - 110);
    expect(errors).toEqual([]);
  });

  it.each([
    { width: 390, height: 844 },
    { width: 360, height: 740 },
  ])('at $width px every control of the toolbar is on screen in one row, named in full', async (viewport) => {
    const { page, errors } = await open('', viewport);
    // Download image comes when the browser is idle after the first screen.
    await page.getByRole('button', { name: 'Download image' }).waitFor();
    const names = ['Key events', 'All events', 'Zoom in', 'Zoom out', 'Show all', 'List', 'Download image'];
    const boxes = await Promise.all(names.map((name) => page.getByRole('button', { name, exact: true }).boundingBox()));
    for (const [i, box] of boxes.entries()) {
      expect(box, names[i]).not.toBeNull();
      expect(box!.x, names[i]).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, names[i]).toBeLessThanOrEqual(viewport.width);
      expect(box!.y, `${names[i]} in the first one's row`).toBeCloseTo(boxes[0]!.y, 0);
    }
    expect(errors).toEqual([]);
  });

  it('#event= of an event clustered at the whole range zooms until its mark shows', async () => {
    const { page: full } = await open();
    await full.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => statusText(full)).toMatch(/^Showing 198\d/);
    const atFull = new Set(await markIds(full));
    const hidden = data.events.find((e) => !atFull.has(e.id))!;
    expect(hidden).toBeDefined();
    const { page, errors } = await open(`#event=${hidden.id}`);
    await expect.poll(() => markIds(page)).toContain(hidden.id);
    await expect.poll(() => page.locator(`svg g.event[data-event-id="${hidden.id}"]`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('an edge button pans to the nearest event outside the view and its count changes', async () => {
    const { page, errors } = await open();
    await showAllEvents(page);
    const button = edge(page, 'earlier');
    const before = await button.innerText();
    const status = await statusText(page);
    await button.click();
    await expect.poll(() => statusText(page)).not.toBe(status);
    const count = async () => ((await edge(page, 'earlier').count()) ? Number((await edge(page, 'earlier').innerText()).match(/\d+/)![0]) : 0);
    const first = Number(before.match(/\d+/)![0]);
    expect(first).toBeGreaterThanOrEqual(5);
    // The nearest earlier event is now in view: fewer are left before it.
    await expect.poll(count).toBeLessThan(first);
    expect(errors).toEqual([]);
  });

  it('dragging the overview window moves the view; its arrows pan it too', async () => {
    const { page, errors } = await open();
    const window = page.getByRole('slider', { name: 'Window on the timeline' });
    const box = (await window.boundingBox())!;
    const status = await statusText(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => statusText(page)).not.toBe(status);
    const dragged = await statusText(page);
    await window.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => statusText(page)).not.toBe(dragged);
    expect(errors).toEqual([]);
  });
});
