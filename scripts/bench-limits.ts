// How long the page takes to show a list of N events with T tags each, in headless Chromium: the
// figures behind the validator's limits (MAX_EVENTS, MAX_TAGS in src/core/schema.ts). Each event
// gets T tags of its own (the worst case: as many distinct tags as events times T). Times are from
// navigation to the status line ("Showing ..."), then to the list view's first page after a click,
// each as wall time and as the page main thread's CPU time (steadier when the machine is shared).
// Measures only; asserts nothing. BENCH_SIZES=1000,5000 BENCH_TAGS=1,10 narrow a run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import type { CDPSession } from 'playwright-core';
import { CSP } from '../tests/browser/global-setup';
import { launchChromium } from '../tests/browser/chromium';
import { generateEventList } from './generate-events';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000,20000').split(',').map(Number);
const TAGS = (process.env.BENCH_TAGS ?? '0,10,50').split(',').map(Number);
const TIMEOUT = 180_000;

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

const outDir = resolve('.tmp/bench-dist');
if (!process.env.BENCH_NO_BUILD) await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
mkdirSync(join(outDir, 'data'), { recursive: true });
const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP } } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('preview server did not report a URL');
const browser = await launchChromium();
try {
  console.log(`events  tags/event   JSON MB   shown (ms)   cpu (ms)   list (ms)   cpu (ms)   heap MB`);
  for (const count of SIZES) {
    for (const tags of TAGS) {
      const list = generateEventList(count, 1);
      list.events.forEach((e, i) => {
        if (tags) e.tags = Array.from({ length: tags }, (_, j) => `tag ${i}-${j}`);
      });
      const json = JSON.stringify(list);
      writeFileSync(join(outDir, 'data', 'events.json'), json);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      let shown = NaN;
      let listed = NaN;
      let shownCpu = NaN;
      let listedCpu = NaN;
      try {
        const cpu0 = await metric(cdp, 'ThreadTime');
        const t0 = Date.now();
        await page.goto(url, { waitUntil: 'commit' });
        await page.getByRole('status').filter({ hasText: /^Showing / }).waitFor({ timeout: TIMEOUT });
        shown = Date.now() - t0;
        const cpu1 = await metric(cdp, 'ThreadTime');
        shownCpu = 1000 * (cpu1 - cpu0);
        const t1 = Date.now();
        await page.getByRole('button', { name: 'List', exact: true }).click({ timeout: TIMEOUT });
        await page.locator('.event-list li').first().waitFor({ timeout: TIMEOUT });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        listed = Date.now() - t1;
        listedCpu = 1000 * ((await metric(cdp, 'ThreadTime')) - cpu1);
      } catch (error) {
        console.warn(`  ${count} x ${tags}: ${(error as Error).message.split('\n')[0]}`);
      }
      const heap = (await metric(cdp, 'JSHeapUsedSize').catch(() => NaN)) / 1e6;
      const ms = (n: number, w: number) => (Number.isFinite(n) ? n.toFixed(0) : '-').padStart(w);
      console.log(`${String(count).padStart(6)} ${String(tags).padStart(11)} ${(json.length / 1e6).toFixed(1).padStart(9)} ${ms(shown, 12)} ${ms(shownCpu, 10)} ${ms(listed, 11)} ${ms(listedCpu, 10)} ${ms(heap, 9)}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
