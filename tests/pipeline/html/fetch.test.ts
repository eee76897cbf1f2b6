import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchInto, fileNameFor, parseUrlList } from '../../../src/pipeline/html/fetch';
import { readSavedFrom } from '../../../src/pipeline/html/saved-url';
import { runCli } from '../../../src/pipeline/cli';

const ARTICLE = await readFile(join(__dirname, '../../fixtures/html/jsonld.html'), 'utf8');
let server: Server;
let base = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const path = req.url ?? '/';
    if (path === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    if (path === '/moved') return res.writeHead(301, { location: '/article' }).end();
    if (path.startsWith('/chain/')) {
      const n = Number(path.slice(7));
      return res.writeHead(302, { location: `/chain/${n + 1}` }).end();
    }
    if (path === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (path === '/to-ftp') return res.writeHead(302, { location: 'ftp://example.org/file' }).end();
    if (path === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 3000);
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const push = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', push);
        else res.end();
      };
      return push();
    }
    if (path === '/pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const options = { timeoutMs: 1000, maxBytes: 1024 * 1024 };

describe('--fetch', () => {
  it('reads a list: one address a line, # comments and blank lines skipped', () => {
    expect(parseUrlList('# sources\nhttps://a.example/x\n\n  https://b.example/y  # second\n')).toEqual(['https://a.example/x', 'https://b.example/y']);
  });
  it('names files from the address: deterministic, safe, distinct', () => {
    expect(fileNameFor('https://news.example/2025/03/story.html?x=1')).toMatch(/^news-example-2025-03-story-[0-9a-f]{8}\.html$/);
    expect(fileNameFor('https://a.example/../../etc/passwd')).toMatch(/^a-example-etc-passwd-[0-9a-f]{8}\.html$/);
    expect(fileNameFor('https://a.example/x?1')).not.toBe(fileNameFor('https://a.example/x?2'));
    expect(fileNameFor('https://a.example/x')).toBe(fileNameFor('https://a.example/x'));
  });
  it('saves a page and a redirected one, each with its address as the first line; failures name the address and why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fetch-'));
    const urls = ['/article', '/moved', '/chain/0', '/loop', '/to-ftp', '/slow', '/huge', '/pdf', '/missing'].map((p) => base + p);
    const report = await fetchInto(dir, [...urls, 'file:///etc/passwd'], options);
    expect(report.saved).toHaveLength(2);
    const failures = new Map(report.failures.map((f) => [f.slice(0, f.indexOf(': ')), f.slice(f.indexOf(': ') + 2)]));
    expect(Object.fromEntries(failures)).toEqual({
      [`${base}/chain/0`]: 'more than 5 redirects; not fetched',
      [`${base}/loop`]: `redirect loop (back to ${base}/loop); not fetched`,
      [`${base}/to-ftp`]: 'not an http or https address (redirected to ftp://example.org/file); not fetched',
      [`${base}/slow`]: 'no answer within 1 s; not fetched',
      [`${base}/huge`]: 'larger than 1 MB; not fetched',
      [`${base}/pdf`]: 'not a web page (content type "application/pdf"); not fetched',
      [`${base}/missing`]: 'HTTP 404 Not Found; not fetched',
      'file:///etc/passwd': 'not an http or https address; not fetched',
    });
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([fileNameFor(`${base}/article`), fileNameFor(`${base}/moved`)].sort());
    const saved = await readFile(join(dir, fileNameFor(`${base}/moved`)), 'utf8');
    expect(readSavedFrom(saved)).toBe(`${base}/moved`);
    expect(saved.split('\n')[0]).toBe(`<!-- saved from url=(${String(`${base}/moved`.length).padStart(4, '0')})${base}/moved -->`);
    expect(saved.slice(saved.indexOf('\n') + 1)).toBe(ARTICLE);
  });
  it('does not fetch a saved address again unless refetch; never overwrites an unrelated file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fetch-again-'));
    await fetchInto(dir, [`${base}/article`], options);
    const before = hits;
    expect(await fetchInto(dir, [`${base}/article`], options)).toEqual({ saved: [], skipped: [fileNameFor(`${base}/article`)], failures: [] });
    expect(hits).toBe(before);
    expect((await fetchInto(dir, [`${base}/article`], { ...options, refetch: true })).saved).toEqual([fileNameFor(`${base}/article`)]);
    expect(hits).toBe(before + 1);
    await writeFile(join(dir, fileNameFor(`${base}/moved`)), 'my own notes');
    const report = await fetchInto(dir, [`${base}/moved`], options);
    expect(report.failures).toEqual([`${base}/moved: ${fileNameFor(`${base}/moved`)} already exists in the input folder and is not this page; not overwritten`]);
    expect(await readFile(join(dir, fileNameFor(`${base}/moved`)), 'utf8')).toBe('my own notes');
  });
  it('the command fetches, then builds from the saved page with its address as the article url', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fetch-cli-'));
    const input = join(root, 'in');
    await (await import('node:fs/promises')).mkdir(input);
    const list = join(root, 'urls.txt');
    await writeFile(list, `# one good, one missing\n${base}/moved\n${base}/missing\n`);
    const result = await runCli(['--input', input, '--output', join(root, 'events.json'), '--fetch', list]);
    expect(result.code).toBe(0);
    expect(result.stderr[0]).toBe(`warning: --fetch: ${base}/missing: HTTP 404 Not Found; not fetched`);
    expect(result.stderr[1]).toMatch(/^events: fetched 1 page, 0 already saved, 1 failure -> /);
    const list2 = JSON.parse(await readFile(join(root, 'events.json'), 'utf8'));
    expect(list2.articles[0].url).toBe('https://ledger.example/news/libraries');
    expect(list2.events.length).toBeGreaterThan(0);
    expect((await runCli(['--refetch'])).code).toBe(2);
  });
});
