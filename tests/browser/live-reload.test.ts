// `npm run dev` in real Chromium: the dev server (vite.config.ts as it is) extracts the events from a
// temporary copy of the seeds, and when an article or the curation file there changes, the open
// page shows the new list by itself, without the test reloading it.
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventList } from '../../src/core/schema';
import { launchChromium, openWatchedPage, waitForTimeline, type WatchedPage } from './chromium';

const ARTICLE = '000_59524076cc088d3e.txt';
const NEW_PARAGRAPH = '\n\nThe council said on Tuesday that the river festival will move to July.\n';

let dir: string;
let server: ViteDevServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-reload-'));
  await cp('seeds', join(dir, 'seeds'), { recursive: true });
  await mkdir(join(dir, 'public'));
  // The plugin reads its input folder when the config is resolved; the output goes to the public
  // folder given here, so the repository's own public/data is left alone.
  const saved = process.env.EVENTS_INPUT;
  process.env.EVENTS_INPUT = join(dir, 'seeds');
  try {
    server = await createServer({
      configFile: 'vite.config.ts',
      publicDir: join(dir, 'public'),
      cacheDir: join(dir, 'vite-cache'),
      logLevel: 'warn',
      server: { port: 0, host: '127.0.0.1' },
    });
  } finally {
    if (saved === undefined) delete process.env.EVENTS_INPUT;
    else process.env.EVENTS_INPUT = saved;
  }
  await server.listen();
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('dev server did not report a URL');
  url = local;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  let watched: WatchedPage;
  const listOnDisk = async () => JSON.parse(await readFile(join(dir, 'public', 'data', 'events.json'), 'utf8')) as EventList;

  beforeAll(async () => {
    watched = await openWatchedPage(browser, { reducedMotion: 'reduce' });
  });

  afterAll(async () => {
    await watched?.context.close();
  });

  it('shows a new event on the open page when an article in the input folder changes', async () => {
    const { page, errors } = watched;
    const before = await listOnDisk();
    await page.goto(url);
    await waitForTimeline(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(`${before.events.length} events`);
    expect(await page.getByText(/river festival/i).count()).toBe(0);

    await appendFile(join(dir, 'seeds', ARTICLE), NEW_PARAGRAPH);

    // No page.reload(): the dev server reruns the pipeline and has the page load the new list.
    await page.getByRole('heading', { level: 1 }).getByText(`${before.events.length + 1} events`).waitFor({ timeout: 20_000 });
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: /river festival will move to July/i }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows why a broken curation file is not applied, then applies it once it is fixed', async () => {
    const { page, errors } = watched;
    const list = await listOnDisk();
    const festival = list.events.find((e) => /river festival/i.test(e.title));
    expect(festival).toBeDefined();

    await writeFile(join(dir, 'seeds', 'curation.json'), '{ "entries": [ { "hide": 42 } ] }');
    const overlay = page.locator('vite-error-overlay');
    await overlay.getByText(/"curation\.json": entries\[0\]/).waitFor({ timeout: 20_000 });
    // The page under the overlay still has the last good list.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(`${list.events.length} events`);

    await writeFile(join(dir, 'seeds', 'curation.json'), JSON.stringify({ entries: [{ hide: [festival!.id] }] }));
    await page.getByRole('heading', { level: 1 }).getByText(`${list.events.length - 1} events`).waitFor({ timeout: 20_000 });
    expect(await overlay.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
