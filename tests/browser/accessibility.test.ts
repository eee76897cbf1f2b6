// axe-core on the built page in real Chromium, light and dark: the default view, an event's details
// open, the list view, and the chart zoomed in with the keyboard on an event.
// The page keeps its strict CSP: axe goes in through page.evaluate(source), which runs the script
// over the DevTools protocol (Runtime.evaluate) - not a <script> element - so the page does not need
// 'unsafe-inline' and the context does not need bypassCSP. axe itself needs no eval.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EventList } from '../../src/core/schema';
import { controlName, readBuiltEvents, releaseChromium, reusedPages, type ReusedPages, shareChromium, waitForTimeline } from './chromium';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

let browser: Browser;
let data: EventList;
let axeSource: string;
let pages: ReusedPages;

beforeAll(async () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  [browser, data, axeSource] = await Promise.all([shareChromium(), readBuiltEvents(distDir), readFile(axePath, 'utf8')]);
  pages = reusedPages(browser);
});

afterAll(async () => {
  if (browser) await releaseChromium(browser);
});

interface Violation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** Every axe violation on the page as it is now, one entry per rule with the offending nodes. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}

describe('axe-core', () => {
  const cases = (['light', 'dark'] as const).flatMap((colorScheme) => [
    { colorScheme, view: 'the default view' },
    { colorScheme, view: 'an event with its details open' },
    { colorScheme, view: 'the list view with details open' },
    { colorScheme, view: 'the chart zoomed in, the keyboard on its last event' },
  ]);

  it.each(cases)('finds no violations in $view ($colorScheme)', async ({ colorScheme, view }) => {
    const { page, errors } = await pages.open({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(baseUrl);
    await waitForTimeline(page);
    if (view.startsWith('the chart zoomed')) {
      await page.locator('svg[role=group] [tabindex="0"]').focus();
      for (const key of ['+', '+', '+', 'End']) await page.keyboard.press(key);
      await page.locator('svg g.event:focus').waitFor();
    } else if (view !== 'the default view') {
      const event = data.events.find((e) => e.sources.length > 1) ?? data.events[0];
      if (view.startsWith('the list')) await page.getByRole('button', { name: 'List', exact: true }).click();
      // In the chart the control is named "<date>: <headline>"; the list's rows are found by id
      // so that this test is about axe's findings, not about how a row is named.
      const control = view.startsWith('the list')
        ? page.getByRole('button').and(page.locator(`[data-event-id="${event.id}"]`))
        : page.getByRole('button', { name: controlName(event), exact: true });
      await control.click();
      await page.getByRole('region', { name: event.title, exact: true }).waitFor();
    }
    // Nothing in motion while axe measures contrast.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('would report a violation if there were one (the injection works under the CSP)', async () => {
    const { page } = await pages.open();
    await page.goto(baseUrl);
    await waitForTimeline(page);
    await page.evaluate(() => document.documentElement.removeAttribute('lang'));
    expect((await axeViolations(page)).map((v) => v.rule)).toContain('html-has-lang');
  });
});
