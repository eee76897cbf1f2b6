// Browser benchmark: builds the site, serves it with generated event lists of 1,000, 10,000 and
// 100,000 events, and measures in headless Chromium the time from navigation to the first marks
// on screen and the frame times (requestAnimationFrame deltas) during continuous wheel zoom and
// drag pan. Also prints the gzipped size of the JavaScript and CSS the page loads first.
// Measures only; asserts nothing. BENCH_SIZES=1000,10000 and BENCH_RUNS=3 narrow a run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { CDPSession, Page } from 'playwright-core';
import { CSP } from '../tests/browser/global-setup';
import { launchChromium } from '../tests/browser/chromium';
import { generateEventList } from './generate-events';
import { serialize } from '../src/pipeline/write';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** An event list to measure instead of generated ones (e.g. the pipeline's output on a real story). */
const DATA = process.env.BENCH_DATA;
const VIEWPORT = { width: 1280, height: 800 };
const WHEEL_STEPS = 60;
const PAN_STEPS = 80;
/** Roughly one input event per frame, as a trackpad or a held mouse sends them. */
const INPUT_INTERVAL_MS = 16;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};

/** The gzipped bytes of the scripts, module preloads and style sheets `index.html` loads. */
function initialSize(dir: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/rel="(stylesheet|modulepreload)"/.test(tag)) continue;
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url && /\.(m?js|css)$/.test(url)) files.add(url.replace(/^\.?\//, ''));
  }
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files], raw, gzip };
}

/** Runs in the page before its scripts: notes when the first event, cluster or canvas mark appears. */
function instrument() {
  const bench = { marksInDom: NaN, marksDrawn: NaN, deltas: [] as number[], recording: false };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.chart g.event, .chart g.cluster, .chart canvas')) return;
    observer.disconnect();
    bench.marksInDom = performance.now();
    requestAnimationFrame(() => (bench.marksDrawn = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

type Bench = { marksInDom: number; marksDrawn: number; deltas: number[]; recording: boolean };

async function startFrames(page: Page) {
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Bench }).__bench;
    bench.deltas = [];
    bench.recording = true;
    let last = NaN;
    const loop = (t: number) => {
      if (!bench.recording) return;
      if (!Number.isNaN(last)) bench.deltas.push(t - last);
      last = t;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  // One more frame so the last input's work is counted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: Bench }).__bench;
    bench.recording = false;
    return bench.deltas;
  });
}

/**
 * Sends one input event every INPUT_INTERVAL_MS without waiting for the page to take the last,
 * as a device does: a page that falls behind gets them queued and coalesced, and its frames show it.
 */
async function paced(steps: number, act: (i: number) => Promise<void>) {
  const sent: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) {
    sent.push(act(i));
    const left = t0 + (i + 1) * INPUT_INTERVAL_MS - performance.now();
    if (left > 0) await sleep(left);
  }
  await Promise.all(sent);
}

interface Run {
  marksInDom: number;
  marksDrawn: number;
  /** When the page requested the event list, and when the last byte arrived (ms from navigation). */
  fetchStart: number;
  fetchEnd: number;
  /** Main-thread CPU time from navigation to the first marks (slightly after: polling). */
  cpuToMarks: number;
  wheel: number[];
  pan: number[];
  /** Main-thread CPU time per input event: unlike frame times, it holds still when other processes share the CPU. */
  wheelCpu: number;
  panCpu: number;
}

/** The page's main-thread CPU time so far, in ms (Chromium's ThreadTime metric). */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

async function measure(page: Page, url: string): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpuAtStart = await threadTime(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => !Number.isNaN((window as unknown as { __bench: Bench }).__bench.marksDrawn), undefined, { timeout: 120_000, polling: 50 });
  const cpuToMarks = (await threadTime(cdp)) - cpuAtStart;
  const { marksInDom, marksDrawn } = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
  // When the page asked for the event list and when the server had sent it all.
  const [fetchStart, fetchEnd] = await page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.json')) as PerformanceResourceTiming | undefined;
    return entry ? [entry.startTime, entry.responseEnd] : [NaN, NaN];
  });
  if (process.env.BENCH_VERBOSE) {
    // Where the time to the first marks went: the page, its files, and load.ts's user-timing marks.
    const timings = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`);
      return [`html ${Math.round(nav.responseEnd)} interactive ${Math.round(nav.domInteractive)} dcl ${Math.round(nav.domContentLoadedEventStart)}`, ...res, ...performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`)].join(', ');
    });
    console.log('   marks:', timings);
  }
  await sleep(600); // let the first announcements and idle work settle

  const box = await page.locator('.chart svg[role=group]').boundingBox();
  if (!box) throw new Error('no chart on the page');
  // Zoom where the story is dense: the generator puts its burst at the recent (right) end.
  const x = box.x + box.width * 0.92;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(x, y);

  await startFrames(page);
  const cpuBeforeWheel = await threadTime(cdp);
  await paced(WHEEL_STEPS, (i) => page.mouse.wheel(0, i < WHEEL_STEPS / 2 ? -100 : 100));
  const wheel = await stopFrames(page);
  const wheelCpu = ((await threadTime(cdp)) - cpuBeforeWheel) / WHEEL_STEPS;

  // Zoomed in 16 times, then drag the view back and forth.
  await paced(20, () => page.mouse.wheel(0, -100));
  await sleep(400);
  const cx = box.x + box.width * 0.5;
  await page.mouse.move(cx, y);
  await startFrames(page);
  const cpuBeforePan = await threadTime(cdp);
  await page.mouse.down();
  await paced(PAN_STEPS, (i) => page.mouse.move(cx + 8 * (i < PAN_STEPS / 2 ? i + 1 : PAN_STEPS - i - 1), y));
  await page.mouse.up();
  const pan = await stopFrames(page);
  const panCpu = ((await threadTime(cdp)) - cpuBeforePan) / PAN_STEPS;
  return { marksInDom, marksDrawn, fetchStart, fetchEnd, cpuToMarks, wheel, pan, wheelCpu, panCpu };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

const outDir = resolve('.tmp/bench-dist');
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
mkdirSync(join(outDir, 'data'), { recursive: true });
const size = initialSize(outDir);

const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP } },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('preview server did not report a URL');
const browser = await launchChromium();

try {
  console.log(`\nbrowser benchmark: headless Chromium ${browser.version()}, node ${process.version}, ${RUNS} runs each, viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
  console.log(`initial JS + CSS: ${(size.gzip / 1024).toFixed(1)} KB gzipped (${(size.raw / 1024).toFixed(1)} KB raw) in ${size.files.join(', ')}`);
  console.log('medians over runs; frame times are requestAnimationFrame deltas in ms; "cpu" is the page main thread\'s CPU time (to first marks, per input event)');
  console.log(`${'events'.padStart(8)} ${'JSON MB'.padStart(8)} ${'marks in DOM'.padStart(13)} ${'first drawn'.padStart(12)} ${'cpu'.padStart(7)} | ${'wheel p50'.padStart(9)} ${'p95'.padStart(6)} ${'max'.padStart(6)} ${'cpu'.padStart(5)} | ${'pan p50'.padStart(8)} ${'p95'.padStart(6)} ${'max'.padStart(6)} ${'cpu'.padStart(5)}`);
  const given = DATA === undefined ? null : readFileSync(DATA, 'utf8');
  for (const count of given === null ? SIZES : [(JSON.parse(given) as { events: unknown[] }).events.length]) {
    // Generated lists are written as the pipeline writes a list.
    const json = given ?? serialize(generateEventList(count, 1));
    writeFileSync(join(outDir, 'data', 'events.json'), json);
    const runs: Run[] = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // tsx names inner functions with a `__name` helper that the page does not have.
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await page.addInitScript(instrument);
      runs.push(await measure(page, url));
      if (errors.length) console.warn(`page errors: ${errors.join('; ')}`);
      await context.close();
    }
    const stat = (pick: (r: Run) => number) => median(runs.map(pick));
    console.log(
      `${String(count).padStart(8)} ${(json.length / 1e6).toFixed(1).padStart(8)} ${fmt(stat((r) => r.marksInDom), 0).padStart(10)} ms ${fmt(stat((r) => r.marksDrawn), 0).padStart(9)} ms ${fmt(stat((r) => r.cpuToMarks), 0).padStart(7)} | ` +
        `${fmt(stat((r) => quantile(r.wheel, 0.5))).padStart(9)} ${fmt(stat((r) => quantile(r.wheel, 0.95))).padStart(6)} ${fmt(stat((r) => Math.max(...r.wheel))).padStart(6)} ${fmt(stat((r) => r.wheelCpu)).padStart(5)} | ` +
        `${fmt(stat((r) => quantile(r.pan, 0.5))).padStart(8)} ${fmt(stat((r) => quantile(r.pan, 0.95))).padStart(6)} ${fmt(stat((r) => Math.max(...r.pan))).padStart(6)} ${fmt(stat((r) => r.panCpu)).padStart(5)}`,
    );
    if (process.env.BENCH_VERBOSE) {
      for (const r of runs) console.log(`   run: json fetched ${fmt(r.fetchStart, 0)}-${fmt(r.fetchEnd, 0)} ms, dom ${fmt(r.marksInDom, 0)} drawn ${fmt(r.marksDrawn, 0)} cpu ${fmt(r.cpuToMarks, 0)} wheel p95 ${fmt(quantile(r.wheel, 0.95))} (${r.wheel.length} frames, cpu ${fmt(r.wheelCpu)}/step, long: ${r.wheel.map((d, i) => [i, d]).filter(([, d]) => d > 17).map(([i, d]) => `#${i} ${fmt(d)}`).join(' ')}) pan p95 ${fmt(quantile(r.pan, 0.95))} (${r.pan.length} frames, cpu ${fmt(r.panCpu)}/step)`);
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
