// The legend in real Chromium on the production build (strict CSP): it loads on first use, names
// each encoding and the tag colours, fits a phone, and multi-source marks show their count.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { EventList } from '../../src/core/schema';
import { dateLabel } from '../../src/core/dates';
import { releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline } from './chromium';

const baseUrl = inject('baseUrl');
/** Where the pictures are kept, to look at. */
const OUT = resolve('.tmp/legend-shots');

let browser: Browser;
let pages: ReusedPages;

beforeAll(async () => {
  browser = await shareChromium();
  await mkdir(OUT, { recursive: true });
  pages = reusedPages(browser);
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

/** Twelve events a week apart: two tags, some planned, some reported by three articles. */
function story(): EventList {
  const articles = ['a', 'b', 'c'].map((id) => ({ id, file: `${id}.txt`, title: `Report ${id}`, publisher: `Wire ${id}`, published: '2012-01-01', dateline: null, warnings: [] }));
  const events: EventList['events'] = [];
  for (let i = 0; i < 12; i++) {
    const day = new Date(Date.UTC(2011, 0, 3) + i * 7 * 86_400_000).toISOString().slice(0, 10);
    const date = { start: day, end: day, precision: 'day' as const, approximate: false };
    const quote = `Item ${i} happened on that day.`;
    const source = (article: string) => ({ article, quote, start: 0, end: quote.length, timex: { text: 'on that day', start: quote.indexOf('on that day'), end: quote.indexOf('on that day') + 11, value: day } });
    events.push({
      id: `e${i}`,
      title: `Step ${i}`,
      date: { ...date, label: dateLabel(date) },
      sources: i % 3 === 0 ? ['a', 'b', 'c'].map(source) : [source('a')],
      tags: [i % 2 ? 'Courts' : 'Streets'],
      ...(i >= 10 ? { status: 'planned' as const } : {}),
    });
  }
  return { version: 1, articles, events };
}

describe('legend', () => {
  it.each([
    { device: 'a desktop', viewport: { width: 1280, height: 800 } },
    { device: 'a phone', viewport: { width: 390, height: 844 } },
  ])('on $device: opens from the toolbar, names every encoding and tag, and fits the width', async ({ device, viewport }) => {
    const data = story();
    const { page, errors } = await pages.open({ viewport, reducedMotion: 'reduce' });
    await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
    await page.goto(baseUrl);
    await waitForTimeline(page);
    // A mark reported by three articles says so; one from a single article shows no count.
    expect(await page.locator('svg .sources[data-count-for="e0"]').textContent()).toBe('3');
    expect(await page.locator('svg .sources[data-count-for="e1"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Legend' }).click();
    const legend = page.getByRole('list', { name: 'Legend' });
    await legend.waitFor();
    const entries = await legend.getByRole('listitem').allInnerTexts();
    // The words after each drawn sample (whose own small text, a count or "+5", comes first).
    expect(entries.map((t) => t.trim().split('\n').at(-1)!.trim())).toEqual([
      'A day',
      'A month or a year, over its span',
      'Approximate',
      'Planned',
      'Number of sources',
      'A group of events: zoom in or open it',
      // As many Courts as Streets: the tie goes by name.
      'Courts',
      'Streets',
    ]);
    const box = await legend.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: resolve(OUT, `legend-${device.replace(/\W+/g, '-')}.png`) });
    expect(errors).toEqual([]);
  });
});
