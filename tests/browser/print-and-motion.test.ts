// What jsdom cannot show: the page on paper, and a reader who asked for less motion.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readBuiltEvents, releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline } from './chromium';
import type { EventList } from '../../src/core/schema';

const baseUrl = inject('baseUrl');
let browser: Browser;
let pages: ReusedPages;
let data: EventList;

beforeAll(async () => {
  browser = await shareChromium();
  data = await readBuiltEvents(inject('distDir'));
  pages = reusedPages(browser);
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

/** The axis labels and the transform of every mark: what a reader sees of the view. */
function viewOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ticks = [...document.querySelectorAll('.axis text')].map((t) => t.textContent).join('|');
    const marks = [...document.querySelectorAll('g.event')].map((g) => `${g.getAttribute('transform')} ${g.querySelector('circle,rect.bar')?.getAttribute('cx') ?? g.querySelector('rect.bar')?.getAttribute('x')}`);
    return `${ticks}\n${marks.join('\n')}`;
  });
}

describe('print', () => {
  it('prints every event with its sources in place of the chart and its controls', async () => {
    const { page, errors } = await pages.open({ reducedMotion: 'reduce' });
    await page.goto(baseUrl);
    await waitForTimeline(page);
    await page.emulateMedia({ media: 'print' });
    // The print list, and the print rules with it, load when the browser is idle after the first
    // screen (or when printing starts).
    const printed = page.locator('.print-list');
    await printed.waitFor({ state: 'visible' });
    expect(await page.locator('svg[role=group]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(false);
    const text = await printed.innerText();
    for (const event of data.events) {
      expect(text).toContain(event.title);
      for (const source of event.sources) expect(text.replace(/\s+/g, ' ')).toContain(source.quote.replace(/\s+/g, ' '));
    }
    expect(await printed.locator('blockquote').count()).toBe(data.events.reduce((n, e) => n + e.sources.length, 0));
    expect(errors).toEqual([]);
  });
});

describe('reduced motion', () => {
  it('moves the view at once when the reader prefers reduced motion', async () => {
    const { page, errors } = await pages.open({ reducedMotion: 'reduce' });
    await page.goto(baseUrl);
    await waitForTimeline(page);
    const before = await viewOf(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // Two frames later the view is already where it will stay: nothing was animated.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const next = await viewOf(page);
    await page.waitForTimeout(600);
    expect(next).not.toBe(before);
    expect(await viewOf(page)).toBe(next);
    const transitions = await page.evaluate(() =>
      [...document.querySelectorAll('svg[role=group] *')].filter((el) => parseFloat(getComputedStyle(el).transitionDuration) > 0).length,
    );
    expect(transitions).toBe(0);
    expect(errors).toEqual([]);
  });
});
