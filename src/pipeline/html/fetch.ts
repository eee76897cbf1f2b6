// `--fetch urls.txt`: downloads each listed page into the input folder as `.html`, its address in
// the browsers' saved-from comment on the first line, so later builds read it offline. http(s)
// only (also after a redirect), redirects followed up to a limit, a time limit and a size cap per
// page, HTML only; a page that fails is one line naming it and why, and the rest go on. A page
// already in the folder is not fetched again unless `refetch`.

import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isWebAddress } from '../../core/schema';
import { MAX_HTML_BYTES } from './dom';
import { readSavedFrom, savedFromComment } from './saved-url';

/** A page is saved only if it can be read: the same cap as reading one (dom.ts). */
export const FETCH_MAX_BYTES = MAX_HTML_BYTES;
export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

export interface FetchOptions {
  refetch?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The addresses in a list: one a line, `#` comments and blank lines skipped. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l !== '');
}

/**
 * A file name for an address: its host and path as safe characters, short, ending in a hash of the
 * whole address so two addresses never share a name. Deterministic; never a path.
 */
export function fileNameFor(url: string): string {
  const u = new URL(url);
  const stem = `${u.hostname}${u.pathname}`
    .replace(/\.html?$/i, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  return `${stem || 'page'}-${hash}.html`;
}

/** The first 4 KB of a file, where the saved-from comment is; '' when it cannot be read. */
async function readHead(path: string): Promise<string> {
  // Only a regular file, opened without blocking: a named pipe given an .html name is not waited on.
  const info = await lstat(path).catch(() => null);
  if (!info?.isFile()) return '';
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch(() => null);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return '';
  } finally {
    await handle.close().catch(() => {});
  }
}

/** The address each saved page in `dir` records, by address. */
async function savedPages(dir: string): Promise<Map<string, string>> {
  const saved = new Map<string, string>();
  for (const name of (await readdir(dir)).filter((n) => /\.html?$/i.test(n)).sort()) {
    const head = await readHead(join(dir, name));
    const url = readSavedFrom(head);
    if (url && !saved.has(url)) saved.set(url, name);
  }
  return saved;
}

/** Reads a body up to `maxBytes`, or says it is larger. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Downloads one page: its bytes, or why not. Redirects are followed here, each one checked. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<{ bytes: Uint8Array; finalUrl: string } | { reason: string }> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = FETCH_MAX_BYTES } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  const seen = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      if (!isWebAddress(current)) return { reason: `not an http or https address${hop ? ` (redirected to ${current})` : ''}` };
      if (seen.has(current)) return { reason: `redirect loop (back to ${current})` };
      seen.add(current);
      const response = await fetch(current, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => {});
        if (hop >= MAX_REDIRECTS) return { reason: `more than ${MAX_REDIRECTS} redirects` };
        current = new URL(response.headers.get('location')!, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return { reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
      }
      const type = response.headers.get('content-type') ?? '';
      if (!HTML_TYPE.test(type)) {
        await response.body?.cancel().catch(() => {});
        return { reason: `not a web page (content type ${type ? `"${type.slice(0, 80)}"` : 'not given'})` };
      }
      const bytes = await readCapped(response, maxBytes);
      if (!bytes) return { reason: `larger than ${maxBytes / 1048576} MB` };
      return { bytes, finalUrl: current };
    }
  } catch (error) {
    if (signal.aborted) return { reason: `no answer within ${timeoutMs / 1000} s` };
    const e = error as Error & { cause?: { code?: string; message?: string } };
    return { reason: e.cause?.code ?? e.cause?.message ?? e.message };
  }
}

export interface FetchReport {
  saved: string[];
  skipped: string[];
  /** One line per address that failed, naming it and why. */
  failures: string[];
}

/** Downloads every address in `list` into `dir`; the folder must exist. */
export async function fetchInto(dir: string, urls: string[], options: FetchOptions = {}): Promise<FetchReport> {
  const report: FetchReport = { saved: [], skipped: [], failures: [] };
  const saved = await savedPages(dir);
  for (const url of urls) {
    if (!isWebAddress(url)) {
      report.failures.push(`${url}: not an http or https address; not fetched`);
      continue;
    }
    const already = saved.get(url);
    if (already && !options.refetch) {
      report.skipped.push(already);
      continue;
    }
    const name = already ?? fileNameFor(url);
    const page = await fetchPage(url, options);
    if ('reason' in page) {
      report.failures.push(`${url}: ${page.reason}; not fetched`);
      continue;
    }
    const path = join(dir, name);
    // A file of this name that is not a page saved from this address is someone else's: left alone.
    const existing = await lstat(path).catch(() => null);
    if (existing && !already) {
      report.failures.push(`${url}: ${name} already exists in the input folder and is not this page; not overwritten`);
      continue;
    }
    const html = Buffer.concat([Buffer.from(`${savedFromComment(url)}\n`), page.bytes]);
    // Written whole under a name the reader skips, then renamed into place: never a half page.
    const temp = join(dir, `.${name}.${process.pid}.tmp`);
    try {
      await writeFile(temp, html, { flag: 'wx' });
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => {});
      report.failures.push(`${url}: cannot be saved (${(error as Error).message}); not fetched`);
      continue;
    }
    saved.set(url, name);
    report.saved.push(name);
  }
  return report;
}
