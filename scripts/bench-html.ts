// `npm run bench` (html section): how well and how fast saved pages are read. For each fixture
// page, body-text recall and precision (word-token overlap) against the article text it was
// written around, and the time per page; then linkedom against jsdom as the DOM under
// Readability: size installed, and parse + Readability time on the fixtures and on a big page.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlArticle } from '../src/pipeline/html';

const FIXTURES = 'tests/fixtures/html';
const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function overlap(got: string, want: string): { recall: number; precision: number } {
  const count = (words: string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const g = count(tokens(got));
  const w = count(tokens(want));
  let common = 0;
  for (const [word, n] of w) common += Math.min(n, g.get(word) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { recall: common / Math.max(1, total(w)), precision: common / Math.max(1, total(g)) };
}

function timeMs(fn: () => void, runs: number): number {
  fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

const known = await readFile(join(FIXTURES, 'article.txt'), 'utf8');
const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.html')).sort();
console.log('\nhtml: body text against the known article text (word tokens; the title line counts against precision)');
console.log('page                 recall  precision  ms/page');
for (const name of names) {
  const html = await readFile(join(FIXTURES, name), 'utf8');
  const result = readHtmlArticle(html);
  const ms = timeMs(() => readHtmlArticle(html), 20);
  if ('reason' in result) {
    console.log(`${name.padEnd(20)} no article (${result.reason.slice(0, 60)})  ${ms.toFixed(1)}`);
    continue;
  }
  const { recall, precision } = overlap(result.text, known);
  console.log(`${name.padEnd(20)} ${recall.toFixed(3).padStart(6)}  ${precision.toFixed(3).padStart(9)}  ${ms.toFixed(1).padStart(7)}`);
}

// A big, ordinary page: 12,000 paragraphs (about 1.6 MB) inside navigation and sidebars.
const para = '<p>The committee met again on Thursday and heard from residents about the proposal, which would change how the budget is set.</p>';
const big = `<html><head><title>Big</title></head><body><nav>${'<a href="/x">Section</a>'.repeat(300)}</nav><article>${para.repeat(12000)}</article><aside>${'<a href="/y">Related</a>'.repeat(300)}</aside></body></html>`;

const withLinkedom = (html: string) => new Readability(parseHTML(html).document as unknown as Document).parse();
// jsdom ships no types; only its constructor and document are used.
const jsdomModule = 'jsdom';
const { JSDOM } = (await import(jsdomModule)) as { JSDOM: new (html: string) => { window: { document: Document } } };
const withJsdom = (html: string) => new Readability(new JSDOM(html).window.document).parse();
const fixtureHtml = await Promise.all(names.map((n) => readFile(join(FIXTURES, n), 'utf8')));

/** The package and its dependencies, each once, as installed (hoisted) in node_modules: count and MB on disk. */
function installed(root: string): { packages: number; mb: number } {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep);
  };
  visit(root);
  const kb = [...seen].reduce((sum, d) => sum + Number(execFileSync('du', ['-skL', join('node_modules', d)], { encoding: 'utf8' }).split('\t')[0]), 0);
  return { packages: seen.size, mb: kb / 1024 };
}

console.log('\nhtml: DOM under Readability        linkedom      jsdom');
const sizes = { linkedom: installed('linkedom'), jsdom: installed('jsdom') };
console.log(`installed (packages, MB on disk)   ${sizes.linkedom.packages} / ${sizes.linkedom.mb.toFixed(1)}      ${sizes.jsdom.packages} / ${sizes.jsdom.mb.toFixed(1)}   (package + its dependencies)`);
const fl = timeMs(() => fixtureHtml.forEach(withLinkedom), 10) / fixtureHtml.length;
const fj = timeMs(() => fixtureHtml.forEach(withJsdom), 10) / fixtureHtml.length;
console.log(`fixtures, ms per page              ${fl.toFixed(1).padStart(8)}   ${fj.toFixed(1).padStart(8)}`);
const bl = timeMs(() => withLinkedom(big), 3);
const bj = timeMs(() => withJsdom(big), 3);
console.log(`big page (${(big.length / 1048576).toFixed(1)} MB), ms              ${bl.toFixed(0).padStart(8)}   ${bj.toFixed(0).padStart(8)}`);
const bp = timeMs(() => readHtmlArticle(big), 3);
console.log(`big page through readHtmlArticle (linkedom, guards, plain text): ${bp.toFixed(0)} ms`);
// Near the size cap (8 MB), the largest page that is read at all.
const nearCap = `<html><body><article>${para.repeat(60000)}</article></body></html>`;
const capStart = performance.now();
readHtmlArticle(nearCap);
console.log(`page near the cap (${(nearCap.length / 1048576).toFixed(1)} MB) through readHtmlArticle: ${(performance.now() - capStart).toFixed(0)} ms`);
const deep = `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`;
const deepStart = performance.now();
const refused = readHtmlArticle(deep);
console.log(`100,000 nested divs: ${'reason' in refused ? refused.reason : 'read'} in ${(performance.now() - deepStart).toFixed(0)} ms`);
