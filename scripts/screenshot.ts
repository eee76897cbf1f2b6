// Builds the page, serves it under a strict CSP like a static host, and saves screenshots at
// desktop and phone widths in light and dark, for a person to look at. Reports console/CSP errors.
//   npx tsx scripts/screenshot.ts [--data path/to/events.json] [--out .tmp/shots]
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string', default: '.tmp/shots' } } });

const outDir = resolve('.tmp/shot-dist');
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await mkdir(join(outDir, 'data'), { recursive: true });
if (values.data) await copyFile(values.data, join(outDir, 'data', 'events.json'));
const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP } } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('no preview URL');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await mkdir(values.out!, { recursive: true });
const errors: string[] = [];
try {
  for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const phone = name === 'phone';
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce', isMobile: phone, hasTouch: phone });
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`${name}/${scheme}: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`${name}/${scheme}: ${e.message}`));
      await page.goto(url);
      await page.waitForSelector('h1');
      await page.waitForTimeout(400);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) errors.push(`${name}/${scheme}: page scrolls sideways (${scrollWidth}px > ${width}px)`);
      // What a reader sees first, in the window (not the whole page).
      await page.screenshot({ path: join(values.out!, `${name}-${scheme}.png`) });
      // A long story opens on its key events: the other half of the switch too.
      const all = page.getByRole('button', { name: 'All events' });
      if ((await all.count()) && (await all.getAttribute('aria-pressed')) === 'false') {
        await all.click();
        await page.waitForTimeout(500); // the status line is announced after a pause
        await page.screenshot({ path: join(values.out!, `${name}-${scheme}-all.png`) });
      }
      const event = page.locator('g.event').nth(2);
      if (await event.count()) {
        await event.click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(values.out!, `${name}-${scheme}-details.png`) });
      }
      if (name === 'desktop' && scheme === 'light') {
        await page.keyboard.press('Escape');
        await page.locator('svg[role=group]').focus();
        await page.keyboard.press('Tab');
        await page.screenshot({ path: join(values.out!, 'desktop-focus.png') });
        await page.locator('svg[role=group]').focus();
        for (let i = 0; i < Number(process.env.ZOOM_STEPS ?? 4); i++) await page.keyboard.press('+');
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(values.out!, 'desktop-zoomed.png') });
        await page.getByRole('button', { name: 'List' }).click();
        await page.screenshot({ path: join(values.out!, 'desktop-list.png'), fullPage: true });
        await page.emulateMedia({ media: 'print' });
        // A print of thousands of events is taller than a screenshot can be.
        await page.screenshot({ path: join(values.out!, 'desktop-print.png'), fullPage: true }).catch((e: Error) => console.warn(`print screenshot skipped: ${e.message}`));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
console.log(errors.length ? `Problems:\n${errors.join('\n')}` : 'No console errors or CSP violations.');
console.log(`Screenshots in ${values.out}`);
