// The details panel in real Chromium on the production build: beside the chart at 1280x800, a
// bottom sheet at 390x844, both in view after a click; the chart near the top on a phone; the
// touch hint on touch screens; axe with the panel open, light and dark.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { EventList } from '../../src/core/schema';
import { controlName, readBuiltEvents, releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline } from './chromium';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

let browser: Browser;
let pages: ReusedPages;
let data: EventList;
let axeSource: string;

beforeAll(async () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  [browser, data, axeSource] = await Promise.all([shareChromium(), readBuiltEvents(distDir), readFile(axePath, 'utf8')]);
  pages = reusedPages(browser);
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

const sizes = [
  { size: 'wide', viewport: { width: 1280, height: 800 }, touch: false },
  { size: 'phone', viewport: { width: 390, height: 844 }, touch: true },
];

describe('details panel', () => {
  it.each(sizes)('a click opens the sources within the viewport ($size)', async ({ viewport, touch }) => {
    const { page, errors } = await pages.open({ viewport, hasTouch: touch, isMobile: touch, reducedMotion: 'reduce' });
    await page.goto(baseUrl);
    await waitForTimeline(page);
    const chart = (await page.locator('svg').first().boundingBox())!;
    if (touch) expect(chart.y).toBeLessThanOrEqual(300);
    expect(await page.locator('.hint').textContent()).toMatch(touch ? /tap|drag/i : /Keys/);
    // An event from the middle of the list; through its link when the chart groups it.
    const event = data.events[Math.floor(data.events.length / 2)];
    const control = page.getByRole('button', { name: controlName(event) }).first();
    if (await control.isVisible()) await control.click();
    else await page.goto(`${baseUrl}#event=${event.id}`);
    const panel = page.locator('[data-details-panel]');
    await panel.waitFor();
    const heading = (await panel.locator('h2').boundingBox())!;
    const quote = (await panel.locator('blockquote').first().boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y + heading.height).toBeLessThanOrEqual(viewport.height);
    expect(quote.y).toBeLessThan(viewport.height);
    expect(heading.x + heading.width).toBeLessThanOrEqual(viewport.width);
    if (!touch) {
      // Beside the chart, not below it.
      const narrowed = (await page.locator('svg').first().boundingBox())!;
      expect(heading.x).toBeGreaterThan(narrowed.x + narrowed.width - 1);
      expect(heading.y).toBeLessThan(narrowed.y + narrowed.height);
    }
    // Escape closes it and gives focus back to the event.
    await panel.locator('h2').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null)).toBe(event.id);
    expect(errors).toEqual([]);
  });

  it('opens from #event= with Previous and Next', async () => {
    const { page, errors } = await pages.open({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const middle = data.events[Math.floor(data.events.length / 2)];
    await page.goto(`${baseUrl}#event=${middle.id}`);
    const panel = page.locator('[data-details-panel]');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(middle.title);
    await panel.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(`#event=${middle.id}`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(middle.title);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('axe finds nothing with the panel open (%s)', async (colorScheme) => {
    const { page, errors } = await pages.open({ colorScheme, viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}#event=${data.events[1].id}`);
    await page.locator('[data-details-panel]').waitFor();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
