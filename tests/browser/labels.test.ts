// Labels by importance in real Chromium on the production build (strict CSP): in a crowded
// generated story the labelled marks are the important ones, "+N" groups are named by their most
// important event, the Key / All switch, and cut labels carry their full title.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EventList } from '../../src/core/schema';
import { dateLabel } from '../../src/core/dates';
import { releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline } from './chromium';

const baseUrl = inject('baseUrl');

let browser: Browser;
let pages: ReusedPages;

beforeAll(async () => {
  browser = await shareChromium();
  pages = reusedPages(browser);
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

/** 200 events over ten months, importance spread by a fixed stride; the top ~15% are key. */
function crowdedStory(): EventList {
  const events: EventList['events'] = [];
  const start = Date.UTC(2011, 0, 1);
  for (let i = 0; i < 200; i++) {
    const day = new Date(start + Math.floor((i * 300) / 200) * 86_400_000).toISOString().slice(0, 10);
    const date = { start: day, end: day, precision: 'day' as const, approximate: false };
    const quote = `Item ${i} happened on that day.`;
    const importance = ((i * 37) % 100) / 100;
    events.push({
      id: `e${i}`,
      title: `Happening number ${i} in a headline long enough to be cut`,
      date: { ...date, label: dateLabel(date) },
      sources: [{ article: 'a', quote, start: 0, end: quote.length, timex: { text: 'on that day', start: quote.indexOf('on that day'), end: quote.indexOf('on that day') + 11, value: day } }],
      importance,
      ...(importance > 0.85 ? { key: true } : {}),
    });
  }
  return { version: 1, articles: [{ id: 'a', file: 'a.txt', title: 'Many things', publisher: 'Wire', published: '2012-01-01', dateline: null, warnings: [] }], events };
}

const story = crowdedStory();
const importanceOf = new Map(story.events.map((e) => [e.id, e.importance ?? 0]));

async function openStory(viewport = { width: 1280, height: 800 }) {
  const watched = await pages.open({ viewport, reducedMotion: 'reduce' });
  await watched.page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }));
  await watched.page.goto(baseUrl);
  await waitForTimeline(watched.page);
  return watched;
}

/** Each event mark on screen: its id, its accessible name and its visible label. */
function marks(page: Page) {
  return page.locator('svg .event').evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute('data-event-id') ?? '',
      name: n.getAttribute('aria-label') ?? '',
      label: n.querySelector('.label')?.textContent ?? '',
    })),
  );
}

describe('labels by importance', () => {
  it('opens on key events over 40 events, and All shows the rest with the important ones labelled', async () => {
    const { page, errors } = await openStory();
    const key = page.getByRole('button', { name: 'Key events' });
    const all = page.getByRole('button', { name: 'All events' });
    expect(await key.getAttribute('aria-pressed')).toBe('true');
    const keyMarks = await marks(page);
    expect(keyMarks.length).toBeGreaterThan(0);
    for (const m of keyMarks) expect(importanceOf.get(m.id)).toBeGreaterThan(0.85);
    await all.click();
    expect(await all.getAttribute('aria-pressed')).toBe('true');
    const allMarks = await marks(page);
    const labelled = allMarks.filter((m) => m.label !== '');
    expect(labelled.length).toBeGreaterThan(5);
    // The labelled marks are the important ones: well above the story's mean of about 0.5.
    const mean = labelled.reduce((s, m) => s + importanceOf.get(m.id)!, 0) / labelled.length;
    expect(mean).toBeGreaterThan(0.65);
    // The rest are in named groups: each named by its most important member.
    const groups = await page.locator('svg .cluster').evaluateAll((nodes) =>
      nodes.map((n) => ({ name: n.getAttribute('aria-label') ?? '', title: n.querySelector('title')?.textContent ?? '' })),
    );
    const named = groups.filter((g) => / and \d+ more, /.test(g.name));
    expect(named.length).toBeGreaterThan(0);
    for (const g of named) {
      expect(g.name).toMatch(/^Happening number \d+ in a headline long enough to be cut and \d+ more, /);
      expect(g.title).toBe(g.name);
    }
    expect(errors).toEqual([]);
  });

  it('gives a cut label its full title on hover and focus, and the mark its full name (phone)', async () => {
    const { page, errors } = await openStory({ width: 390, height: 844 });
    const all = await marks(page);
    const cut = all.filter((m) => m.label.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const m of cut) expect(m.name).toMatch(/in a headline long enough to be cut$/);
    const whole = story.events.find((e) => e.id === cut[0].id)!.title;
    const tip = page.locator('.chart .tip');
    // The pointer on a cut label shows the whole title under it, inside the window.
    const mark = page.locator(`svg .event[data-event-id="${cut[0].id}"]`);
    await mark.locator('.label').hover();
    await expect.poll(() => tip.textContent()).toBe(whole);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.mouse.move(200, 5);
    await expect.poll(() => tip.count()).toBe(0);
    // Focus shows it too, and the mark's accessible name is the whole title.
    await mark.focus();
    await expect.poll(() => tip.textContent()).toBe(whole);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(cut[0].name);
    expect(errors).toEqual([]);
  });

  it('switches to All events when a link opens a non-key event', async () => {
    const { page, errors } = await pages.open({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }));
    const minor = story.events.find((e) => !e.key)!;
    await page.goto(`${baseUrl}#event=${minor.id}`);
    await waitForTimeline(page);
    await page.locator('[data-details-panel]').waitFor();
    expect(await page.getByRole('button', { name: 'All events' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });
});
