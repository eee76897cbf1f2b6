// Launches Debian's Chromium through playwright-core (browsers cannot be downloaded here), and
// opens pages of the built site that record every console error, page error and CSP violation.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { EventList } from '../../src/core/schema';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const launchOptions = () => ({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** The one Chromium of a test run, started by the global setup; test files connect to it. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/**
 * A connection to the run's shared Chromium (closing it leaves Chromium to the other files), or a
 * Chromium of its own when there is none. Each test opens its own context, so nothing else is shared.
 */
export function launchChromium(): Promise<Browser> {
  const wsEndpoint = sharedChromium();
  return wsEndpoint ? chromium.connect(wsEndpoint) : chromium.launch(launchOptions());
}

/** The shared Chromium's address inside a test run; outside vitest (the benchmarks) there is none. */
function sharedChromium(): string | undefined {
  try {
    return inject('chromiumWsEndpoint');
  } catch {
    return undefined;
  }
}

/** Collects console errors, page errors and CSP violations so a test can assert there were none. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Makes every CSP violation a console error starting "CSP violation:", whatever Chromium itself
 * logs. Init scripts go in through the DevTools protocol, which the page's CSP does not govern.
 */
export async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}${e.sample ? ` (${e.sample})` : ''}`);
    });
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations, in the order they happened. */
  errors: string[];
}

/** A fresh context (viewport, colour scheme...) with one page whose errors are recorded. */
export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await reportCspViolations(page);
  return { context, page, errors };
}

/** What a test may ask of a reused page: the first three are the page's own, the rest need a context each. */
export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  bypassCSP?: boolean;
  hasTouch?: boolean;
  isMobile?: boolean;
}

interface ReusedPage {
  context: BrowserContext;
  page: Page;
  /** Where the page's listeners put errors: the current test's list. */
  current: string[];
}

/**
 * One file's pages, reused from test to test. A fresh context costs a renderer start and compiling
 * the page's scripts cold: about 1.5 s a test on a 2-core machine, most of the browser tests' time.
 * The page keeps nothing outside its document (no storage, cookies or service worker), so each
 * `open()` starts it clean: routes removed, on about:blank, the viewport, colour scheme, motion and
 * media set, the pointer back at the corner, and a new list of errors. Tests that install a clock,
 * init scripts or listeners of their own keep a context to themselves (openWatchedPage).
 */
export class ReusedPages {
  readonly #browser: Browser;
  readonly #pages = new Map<string, Promise<ReusedPage>>();

  constructor(browser: Browser) {
    this.#browser = browser;
  }

  async open(options: PageOptions = {}): Promise<WatchedPage> {
    const { viewport = { width: 1280, height: 900 }, colorScheme = 'light', reducedMotion = 'no-preference', bypassCSP = false, hasTouch = false, isMobile = false } = options;
    const key = JSON.stringify([bypassCSP, hasTouch, isMobile]);
    const made = this.#pages.get(key);
    let reused = made ? await made.catch(() => undefined) : undefined;
    // A page that crashed or hung in the last test is replaced, not handed on.
    if (!reused || !(await this.#reset(reused.page).then(() => true, () => false))) {
      if (reused) await reused.context.close().catch(() => {});
      const fresh = this.#make({ bypassCSP, hasTouch, isMobile, viewport });
      this.#pages.set(key, fresh);
      reused = await fresh;
      await this.#reset(reused.page);
    }
    const { page } = reused;
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null, colorScheme, reducedMotion });
    await page.mouse.move(0, 0);
    reused.current = [];
    return { context: reused.context, page, errors: reused.current };
  }

  async #reset(page: Page): Promise<void> {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto('about:blank', { timeout: 10_000 });
  }

  async #make(options: BrowserContextOptions): Promise<ReusedPage> {
    const context = await this.#browser.newContext({ acceptDownloads: true, ...options });
    const page = await context.newPage();
    const reused: ReusedPage = { context, page, current: [] };
    page.on('console', (m) => { if (m.type() === 'error') reused.current.push(m.text()); });
    page.on('pageerror', (e) => reused.current.push(e.message));
    await reportCspViolations(page);
    return reused;
  }

  /** Closes every context it made. */
  async close(): Promise<void> {
    const pages = await Promise.allSettled(this.#pages.values());
    this.#pages.clear();
    await Promise.all(pages.map((p) => (p.status === 'fulfilled' ? p.value.context.close().catch(() => {}) : undefined)));
  }
}

/** The worker's connection to the shared Chromium, lent to one test file after another. */
interface Lent {
  browser: Promise<Browser>;
  /** Files holding it now. */
  users: number;
  closing?: ReturnType<typeof setTimeout>;
}
let lent: Lent | undefined;
const pagesOf = new WeakMap<Browser, ReusedPages>();

/**
 * A connection to the run's Chromium that the next test file takes over: the browser files run one
 * after another in one worker (vite.config.ts), so its reused pages stay warm from file to file
 * instead of each file starting a renderer again. Give it back with releaseChromium in afterAll.
 */
export function shareChromium(): Promise<Browser> {
  if (!lent) {
    const entry: Lent = { browser: launchChromium(), users: 0 };
    entry.browser.catch(() => {
      if (lent === entry) lent = undefined;
    });
    lent = entry;
  }
  clearTimeout(lent.closing);
  lent.users++;
  return lent.browser;
}

/** The reused pages of a connection from shareChromium (one set per connection). */
export function reusedPages(browser: Browser): ReusedPages {
  let pages = pagesOf.get(browser);
  if (!pages) {
    pages = new ReusedPages(browser);
    pagesOf.set(browser, pages);
  }
  return pages;
}

async function closeWithPages(browser: Browser): Promise<void> {
  await pagesOf.get(browser)?.close();
  pagesOf.delete(browser);
  await browser.close().catch(() => {});
}

/** Gives back a connection from shareChromium: it closes, with its pages, when no file takes it again soon. */
export async function releaseChromium(browser: Browser): Promise<void> {
  const entry = lent;
  if (!entry || (await entry.browser.catch(() => undefined)) !== browser) return closeWithPages(browser);
  if (--entry.users > 0) return;
  entry.closing = setTimeout(() => {
    if (lent !== entry || entry.users > 0) return;
    lent = undefined;
    void closeWithPages(browser);
  }, 2_000);
  entry.closing.unref?.();
}

/** The event list the global setup built the site with. */
export async function readBuiltEvents(distDir: string): Promise<EventList> {
  return JSON.parse(await readFile(join(distDir, 'data', 'events.json'), 'utf8')) as EventList;
}

/** The accessible name of an event's control: "<date label>: <headline>". */
export function controlName(event: EventList['events'][number]): string {
  return `${event.date.label}: ${event.title}`;
}

/** Waits until the timeline (not the loading line) is up: its status line says what is shown. */
export async function waitForTimeline(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^(Showing|Listing) / }).waitFor();
}
