// The page's bundle carries no build-time code: nothing from chrono-node, compromise,
// city-timezones or src/pipeline. Each package is recognised by string literals that only it
// holds and that survive minification; the test first proves that by bundling the pipeline itself.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage } from './chromium';
import { build, type Rolldown } from 'vite';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');

/** Where each marker comes from (a file that must contain it), and the markers themselves. */
const MARKERS: { origin: string; file: string; strings: string[] }[] = [
  {
    origin: 'chrono-node',
    file: 'node_modules/chrono-node/dist/esm/locales/en/constants.js',
    strings: ['twenty seventh', 'thirty first'],
  },
  { origin: 'chrono-node', file: 'node_modules/chrono-node/dist/esm/timezone.js', strings: ['AKDT'] },
  {
    origin: 'compromise',
    file: 'node_modules/compromise/src/2-two/postTagger/model/person/person-phrase.js',
    strings: ['copula-noun-lastname', 'titlecase-acronym-titlecase'],
  },
  { origin: 'city-timezones', file: 'node_modules/city-timezones/data/cityMap.json', strings: ['Chaghcharan', 'Lashkar Gah', 'Qal eh-ye Now'] },
  { origin: 'src/pipeline', file: 'src/pipeline/read.ts', strings: ['broken link: its target does not exist', 'is a directory, not a file'] },
  { origin: 'src/pipeline', file: 'src/pipeline/metadata/publication.ts', strings: ['no publication date found'] },
  { origin: 'src/pipeline', file: 'src/pipeline/timex/rules/anaphoric.ts', strings: ['the next day (anaphoric)'] },
];

let pageBundle: string;

beforeAll(async () => {
  const assets = join(distDir, 'assets');
  const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  pageBundle = (await Promise.all(scripts.map((f) => readFile(join(assets, f), 'utf8')))).join('\n');
});

describe('the page bundle', () => {
  it('loads at most 45 KB of JavaScript and CSS gzipped before the first marks', async () => {
    // What index.html loads (scripts, module preloads, style sheets); d3-zoom and the image export come later.
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const files = (html.match(/<(script|link)\b[^>]*>/g) ?? [])
      .filter((tag) => tag.startsWith('<script') || /rel="(stylesheet|modulepreload)"/.test(tag))
      .map((tag) => /(?:src|href)="([^"]+)"/.exec(tag)?.[1] ?? '')
      .filter((url) => /\.(m?js|css)$/.test(url));
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const sizes = await Promise.all(files.map(async (f) => gzipSync(await readFile(join(distDir, f.replace(/^\.?\//, '')))).length));
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`first load: ${files.join(', ')}: ${total} bytes gzipped`);
    expect(total).toBeLessThanOrEqual(45 * 1024);
  });

  it('and Chromium requests at most 45 KB gzipped of scripts and styles until the first marks are drawn', async () => {
    const browser: Browser = await launchChromium();
    const { page, context, errors } = await openWatchedPage(browser, { viewport: { width: 1280, height: 800 } });
    try {
      // When the first mark enters the page, and which scripts and sheets had been asked for by then.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('svg [data-event-id]')) return;
          (window as unknown as { firstMarks: number }).firstMarks = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(baseUrl);
      await page.locator('svg [data-event-id]').first().waitFor();
      const requested = await page.evaluate((base) => {
        const at = (window as unknown as { firstMarks: number }).firstMarks;
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= at && e.name.startsWith(base) && /\.(m?js|css)$/.test(new URL(e.name).pathname))
          .map((e) => e.name.slice(base.length));
      }, baseUrl);
      const sizes = await Promise.all(requested.map(async (f) => gzipSync(await readFile(join(distDir, f))).length));
      const total = sizes.reduce((a, b) => a + b, 0);
      console.log(`first view in Chromium: ${requested.map((f, i) => `${f} ${sizes[i]}`).join(', ')}: ${total} bytes gzipped`);
      // The gesture engine and the print list come after the first marks.
      expect(requested.some((f) => /gestures|PrintList/.test(f))).toBe(false);
      expect(total).toBeLessThanOrEqual(45 * 1024);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await browser.close();
    }
  });

  it.each(MARKERS.flatMap(({ origin, file, strings }) => strings.map((marker) => ({ origin, file, marker }))))(
    'holds nothing from $origin ("$marker")',
    async ({ file, marker }) => {
      expect(await readFile(file, 'utf8'), `${marker} is still in ${file}`).toContain(marker);
      expect(pageBundle.includes(marker)).toBe(false);
    },
  );

  it('the markers would be found: a minified bundle of the pipeline holds every one of them', async () => {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      build: { ssr: 'src/pipeline/cli.ts', write: false, minify: true },
      ssr: { noExternal: true },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const code = (Array.isArray(output) ? output : [output])
      .flatMap((o) => o.output)
      .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
      .join('\n');
    const missing = MARKERS.flatMap((m) => m.strings).filter((marker) => !code.includes(marker));
    expect(missing).toEqual([]);
  });
});
