// Pipeline benchmark: wall time of the in-process pipeline on the seeds, on a folder of many
// articles, on one 5 MB article, on one 200 KB line and on 200 KB of nothing but dates. Prints a
// table; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildEventList } from '../src/pipeline/pipeline';
import { decodeArticle } from '../src/pipeline/read';
import type { SourceText } from '../src/pipeline/types';

function load(dir: string): SourceText[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => decodeArticle(f, readFileSync(`${dir}/${f}`)))
    .filter((a): a is SourceText => 'text' in a);
}

function time(label: string, articles: SourceText[], runs: number) {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const samples: number[] = [];
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    events = buildEventList(articles).eventList.events.length;
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(34)} ${String(articles.length).padStart(5)} files ${(bytes / 1024).toFixed(0).padStart(7)} KB ${String(events).padStart(6)} events  median ${median.toFixed(1).padStart(8)} ms  (${runs} runs)`);
}

const seeds = load('seeds');
const fixtures = load('tests/fixtures/articles');
const many: SourceText[] = [];
// A last line of its own makes each copy a different text: identical copies count as one article.
for (let i = 0; i < 500; i++) for (const a of fixtures) many.push({ ...a, file: `${String(i).padStart(4, '0')}_${a.file}`, text: `${a.text}\n\nCopy ${i}.\n` });
const paragraph = fixtures.map((a) => a.text).join('\n\n');
const big = { file: 'big.txt', text: `Big file\n\nPublished: 2024-02-14\n\n${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}`, encoding: 'utf-8', warnings: [] };
const dates = { file: 'dates.txt', text: `Dates\n\nPublished: 2024-02-14\n\n${'1 May 2025 2 June 2024 '.repeat(Math.ceil(200_000 / 23))}`, encoding: 'utf-8', warnings: [] };
const line = { file: 'line.txt', text: `One line\n\nPublished: 2024-02-14\n\n${'The council met on Monday and said the bridge would open in 2026 '.repeat(3100)}`, encoding: 'utf-8', warnings: [] };

console.log(`pipeline benchmark, node ${process.version}`);
time('seeds', seeds, 20);
time(`${many.length} fixture articles`, many, 3);
time('one 5 MB article', [big], 3);
time('one 200 KB line', [line], 3);
time('200 KB of back-to-back dates', [dates], 3);
