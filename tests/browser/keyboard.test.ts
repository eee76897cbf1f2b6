// The chart from the keyboard in real Chromium, on the built site under its strict CSP: one Tab
// reaches the chart, the arrows move through the events in date order (the chart zooming to show
// one that is off screen), Enter opens, Tab goes into the details, Escape returns to the mark.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EventList } from '../../src/core/schema';
import { inDateOrder } from '../../src/core/navigation';
import { readBuiltEvents, releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline, type WatchedPage } from './chromium';

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

async function open(viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const watched = await pages.open({ reducedMotion: 'reduce', viewport });
  await watched.page.goto(baseUrl);
  await waitForTimeline(watched.page);
  // The overview strip and its edge buttons load at idle, into the Tab order after the chart: wait
  // for them, or a Tab out of the chart and a Shift+Tab back can straddle their arrival.
  await watched.page.locator('.chart svg.overview').waitFor();
  return watched;
}

/** The focused event mark's id, and whether it lies inside the chart's visible box. */
function focusedMark(page: Page): Promise<{ id: string | null; inView: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof SVGGElement) || !el.classList.contains('event')) return { id: null, inView: false };
    const svg = el.ownerSVGElement!.getBoundingClientRect();
    const dot = (el.querySelector('.dot, .bar, .star') ?? el).getBoundingClientRect();
    const middle = dot.left + dot.width / 2;
    return { id: el.getAttribute('data-event-id'), inView: middle >= svg.left && middle <= svg.right };
  });
}

/** The built events in date order, as the chart's arrows move through them. */
const dateOrder = (events: EventList['events']) => inDateOrder(events.map((event) => ({ id: event.id, event }))).map((e) => e.event);

/** How many controls inside the chart are in the Tab order. */
const chartTabStops = (page: Page) => page.locator('svg[role=group] [tabindex="0"]').count();

describe('keyboard', () => {
  it('one Tab stop for the chart; the arrows move in date order and show an event off screen', async () => {
    const { page, errors } = await open();
    const ordered = dateOrder(data.events).map((e) => e.id);
    expect(await chartTabStops(page)).toBe(1);

    // Tab from the page's start reaches the chart once, then leaves it.
    let reached: string | null = null;
    let presses = 0;
    for (; presses < 40 && reached === null; presses++) {
      await page.keyboard.press('Tab');
      reached = (await focusedMark(page)).id;
    }
    expect(reached, 'Tab reaches an event').not.toBeNull();
    await page.keyboard.press('Tab');
    expect((await focusedMark(page)).id, 'the next Tab leaves the chart').toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect((await focusedMark(page)).id).toBe(reached);

    // Zoomed in, Home shows the first event; the last is then off screen: End goes there and the chart follows.
    for (let i = 0; i < 8; i++) await page.keyboard.press('+');
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null), 'zooming keeps the keys on the chart').toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedMark(page)).toEqual({ id: ordered[0], inView: true });
    const last = ordered.at(-1)!;
    expect(await page.locator(`svg g.event[data-event-id="${last}"]`).count(), 'the last event is off screen').toBe(0);
    await page.keyboard.press('End');
    await expect.poll(() => focusedMark(page)).toEqual({ id: last, inView: true });

    // ArrowLeft walks back in date order, each event shown as it is reached.
    for (let i = ordered.length - 2; i >= Math.max(0, ordered.length - 4); i--) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => focusedMark(page)).toEqual({ id: ordered[i], inView: true });
      expect(await chartTabStops(page)).toBe(1);
    }

    // Zoomed in, the details take width from the chart; Escape still returns to the event's mark.
    const here = (await focusedMark(page)).id!;
    await page.keyboard.press('Enter');
    await page.locator('aside[aria-label="Sources"]').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedMark(page)).toEqual({ id: here, inView: true });
    expect(errors).toEqual([]);
  });

  it('Enter opens, Tab goes into the details, Escape closes them and returns to the mark', async () => {
    const { page, errors } = await open();
    const ordered = dateOrder(data.events);
    await page.locator('svg g.event[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focusedMark(page)).id).toBe(ordered[1].id);
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: ordered[1].title, exact: true });
    await details.waitFor();

    // From the mark, the next Tab goes into the open panel, not back to the top of the page.
    await page.locator(`svg g.event[data-event-id="${ordered[1].id}"]`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('aside')?.getAttribute('aria-label') ?? null)).toBe('Sources');

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    // Focus goes back once the panel has gone, which on a busy machine can be a frame later.
    await expect.poll(async () => (await focusedMark(page)).id).toBe(ordered[1].id);
    expect(errors).toEqual([]);
  });

  it('at 390x844 the arrows still move through the events', async () => {
    const { page, errors } = await open({ width: 390, height: 844 });
    const ordered = dateOrder(data.events).map((e) => e.id);
    await page.locator('svg[role=group] [tabindex="0"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedMark(page)).toEqual({ id: ordered.at(-1), inView: true });
    await page.keyboard.press('Home');
    await expect.poll(() => focusedMark(page)).toEqual({ id: ordered[0], inView: true });
    expect(errors).toEqual([]);
  });
});
