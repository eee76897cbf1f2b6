// "Download image" in real Chromium under the site's strict CSP: the SVG and the PNG download, the
// SVG is well-formed and shows the events on screen, the PNG is a real picture twice the size, and
// no policy is broken on the way (the PNG is drawn from a data: URL, which `img-src` allows).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { EventList } from '../../src/core/schema';
import { type PageOptions, readBuiltEvents, releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline, type WatchedPage } from './chromium';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const curated = JSON.parse(readFileSync('tests/fixtures/events/curated.json', 'utf8')) as EventList;
/** Where the downloaded pictures are kept, to look at. */
const OUT = resolve('.tmp/downloads');

let browser: Browser;
let seeds: EventList;
let pages: ReusedPages;

beforeAll(async () => {
  [browser, seeds] = await Promise.all([shareChromium(), readBuiltEvents(distDir)]);
  pages = reusedPages(browser);
  await mkdir(OUT, { recursive: true });
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

/** Opens the page, optionally serving `data` as its event list, and waits for the timeline. */
async function open(data?: EventList, options: PageOptions = {}): Promise<WatchedPage> {
  const watched = await pages.open({ reducedMotion: 'reduce', ...options });
  if (data) {
    await watched.page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  }
  await watched.page.goto(baseUrl);
  await waitForTimeline(watched.page);
  return watched;
}

/** The menu's choices: the print SVG and the three social PNG sizes. */
const CHOICES = { SVG: /^SVG/, PNG: /^PNG 1200 × 675/, square: /^PNG 1080 × 1080/, portrait: /^PNG 1080 × 1350/ } as const;

/** Picks a format from the Download image menu and returns the file it saved. */
async function download(page: Page, format: keyof typeof CHOICES, name: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Download image' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: CHOICES[format] }).click()]);
  const path = join(OUT, name);
  await download.saveAs(path);
  return { download, bytes: await readFile(path) };
}

/** The accessible names of the chart's event controls: what the reader sees drawn. */
function chartNames(page: Page): Promise<string[]> {
  return page.locator('svg g.event[role=button]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
}

/** Parses `svg` with the browser's XML parser: the titles of its marks and any parser error. */
function parseInPage(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      marks: [...doc.querySelectorAll('g.event > title')].map((t) => t.textContent ?? ''),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      /** Each mark's shape colours, as written into the file: [title, fill of each rect and path]. */
      fills: [...doc.querySelectorAll('g.event')].map((g) => [
        g.querySelector('title')?.textContent ?? '',
        [...g.querySelectorAll('rect:not(.hit), path')].map((e) => e.getAttribute('fill') ?? ''),
      ]),
      hasStyleSheet: doc.querySelector('style') !== null,
    };
  }, svg);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Download image', () => {
  it.each([
    { name: 'the seeds', data: undefined, file: 'seeds' },
    { name: 'a curated list (tags, highlights, a newsroom event)', data: curated, file: 'curated' },
  ])('saves the visible timeline of $name as SVG and PNG, within the CSP', async ({ data, file }) => {
    const { page, errors } = await open(data);
    const list = data ?? seeds;
    const shown = await chartNames(page);
    expect(shown.length).toBeGreaterThan(0);

    const svg = await download(page, 'SVG', `${file}.svg`);
    expect(svg.download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.svg$/);
    const parsed = await parseInPage(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // One mark per event drawn on screen, named alike.
    expect(parsed.marks).toEqual(expect.arrayContaining(shown));
    expect(parsed.marks).toHaveLength(shown.length);
    for (const event of list.events.filter((e) => shown.some((n) => n.includes(e.title)))) {
      expect(parsed.marks.some((m) => m.includes(event.title))).toBe(true);
    }
    expect(parsed.texts).toContain('Made with Newsroom timeline');
    // The file is the chart the reader sees: each mark in the colours the page computed for it.
    const live = await page.locator('svg g.event[role=button]').evaluateAll((gs) =>
      gs.map((g) => [g.getAttribute('aria-label') ?? '', [...g.querySelectorAll('rect:not(.hit), path')].map((e) => getComputedStyle(e).fill.replace(/url\("(#[^"]*)"\)/, 'url($1)'))]),
    );
    expect(parsed.fills.sort()).toEqual(live.sort());
    expect(parsed.hasStyleSheet).toBe(false);

    const png = await download(page, 'PNG', `${file}.png`);
    expect(png.download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.png$/);
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    expect(pngSize(png.bytes)).toEqual({ width: 1200, height: 675 });

    expect(errors).toEqual([]);
  });

  it('draws what a zoomed-in view shows, not the whole story', async () => {
    const { page, errors } = await open(curated);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const shown = await chartNames(page);
    expect(shown.length).toBeLessThan(curated.events.length);
    const parsed = await parseInPage(page, (await download(page, 'SVG', 'zoomed.svg')).bytes.toString('utf8'));
    expect([...parsed.marks].sort()).toEqual([...shown].sort());
    expect(errors).toEqual([]);
  });

  it('shows the highlights and tags in the chart, and the tag filter narrows it', async () => {
    const { page, errors } = await open(curated);
    await expect.poll(() => page.getByRole('button', { name: /\(highlight\)$/ }).count()).toBe(2);
    await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: 'protest' }).click();
    await expect.poll(() => chartNames(page)).toEqual(['28 February 2024: Residents rally outside the town hall (highlight)']);
    await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: 'protest' }).click();
    await expect.poll(() => chartNames(page).then((n) => n.length)).toBe(curated.events.length);
    expect(errors).toEqual([]);
  });

  it.each([
    { name: 'a desktop', viewport: { width: 1280, height: 800 } },
    { name: 'a phone', viewport: { width: 390, height: 844 } },
  ])('on $name: social sizes exactly, the title whole, and a count of what is drawn', async ({ viewport }) => {
    const { page, errors } = await open(curated, { viewport });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const drawn = (await chartNames(page)).length;
    const total = curated.events.length;
    expect(drawn).toBeLessThan(total);
    const file = viewport.width < 500 ? 'phone' : 'desktop';
    for (const [format, size] of [['PNG', [1200, 675]], ['square', [1080, 1080]], ['portrait', [1080, 1350]]] as const) {
      const png = await download(page, format, `${file}-${format}.png`);
      expect(png.download.suggestedFilename()).toMatch(new RegExp(`-${size[0]}x${size[1]}\\.png$`));
      expect(pngSize(png.bytes)).toEqual({ width: size[0], height: size[1] });
    }
    const parsed = await parseInPage(page, (await download(page, 'SVG', `${file}.svg`)).bytes.toString('utf8'));
    // "N of M events shown", N the marks drawn: no "47 events" over 13.
    expect(parsed.texts.some((t) => t.endsWith(`${drawn} of ${total} events shown`))).toBe(true);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const titleLines = parsed.texts.slice(1, parsed.texts.findIndex((t) => t.includes('events shown')));
    expect(titleLines.join(' ')).toBe(heading);
    expect(errors).toEqual([]);
  });

  it('closes its menu with Escape and gives focus back to its button', async () => {
    const { page } = await open();
    const opener = page.getByRole('button', { name: 'Download image' });
    await opener.click();
    await expect.poll(() => page.getByRole('button', { name: /^SVG/ }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: /^SVG/ }).count()).toBe(0);
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});
