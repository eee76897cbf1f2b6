// Story-scale benchmark: the whole pipeline (read, extract, merge, curate, rank, validate) on 400
// and 5,000 real news articles, each size in a fresh process capped at 1.5 GB of heap, reporting
// wall time, CPU time (what the run itself used, when the machine is shared) and peak memory. Asserts nothing; prints a table with the targets of issue 13.
//
//   npx tsx scripts/bench-story.ts [--corpus <folder of stories>] [--sizes 400,5000]
//
// The articles are read from a Timeline17-layout folder (default ../shared/dev-corpus/timeline17)
// and written to a temporary folder that is removed afterwards; nothing from the corpus is kept.
// Past the corpus's own size an article repeats with a last line of its own ("Reprint 2."), so it
// is a different text (identical copies count as one article) that tells the same events.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const HEAP_MB = 1536;
const TARGETS: Record<number, number> = { 400: 10, 5000: 60 };
const PEAK_TARGET_MB = 1536;

/** Child mode: one run of the pipeline over `folder`; prints what it measured as JSON. */
async function child(folder: string) {
  const { runPipeline } = await import('../src/pipeline/pipeline');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const run = await runPipeline(folder);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (!run.ok) throw new Error(run.errors.join('; '));
  const usage = process.memoryUsage();
  const events = run.eventList.events;
  process.stdout.write(
    JSON.stringify({
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      articles: run.eventList.articles.length,
      events: events.length,
      key: events.filter((e) => e.key).length,
      largest: events.reduce((m, e) => Math.max(m, e.sources.length), 0),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapUsedMb: usage.heapUsed / 1024 / 1024,
    }) + '\n',
  );
}

function articleFiles(corpus: string): string[] {
  const out: string[] = [];
  for (const story of readdirSync(corpus).sort()) {
    const dir = join(corpus, story, 'articles');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(join(dir, f));
  }
  return out;
}

/** A folder of `size` articles taken round-robin over the stories, so each size mixes them all. */
function assemble(files: string[], size: number): string {
  const folder = mkdtempSync(join(tmpdir(), `bench-story-${size}-`));
  // Interleave by story so 400 articles are not all from the first story.
  const byStory = new Map<string, string[]>();
  for (const f of files) {
    const story = f.split('/').at(-3)!;
    byStory.set(story, [...(byStory.get(story) ?? []), f]);
  }
  const lists = [...byStory.values()];
  const order: string[] = [];
  for (let i = 0; order.length < files.length; i++) for (const l of lists) if (i < l.length) order.push(l[i]);
  for (let i = 0; i < size; i++) {
    const source = order[i % order.length];
    const round = Math.floor(i / order.length);
    const text = readFileSync(source, 'utf8');
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), round === 0 ? text : `${text}\n\nReprint ${round + 1}.\n`);
  }
  return folder;
}

async function main() {
  const { values } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/dev-corpus/timeline17' }, sizes: { type: 'string', default: '400,5000' }, child: { type: 'string' } } });
  if (values.child) return child(values.child);
  const corpus = resolve(values.corpus!);
  const files = articleFiles(corpus);
  if (files.length === 0) throw new Error(`no <story>/articles/*.txt under ${corpus}`);
  console.log(`story benchmark: node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start; heap capped at ${HEAP_MB} MB`);
  console.log(`${'articles'.padStart(8)} ${'events'.padStart(7)} ${'key'.padStart(4)} ${'largest'.padStart(7)} ${'time s'.padStart(7)} ${'cpu s'.padStart(6)} ${'target'.padStart(6)} ${'peak RSS MB'.padStart(11)} ${'heap MB'.padStart(8)}  load`);
  for (const size of values.sizes!.split(',').map(Number)) {
    const folder = assemble(files, size);
    try {
      const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'scripts/bench-story.ts', '--child', folder], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (result.status !== 0) {
        console.log(`${String(size).padStart(8)}  failed: ${(result.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
        continue;
      }
      const m = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
      const target = TARGETS[size];
      const verdict = [target === undefined ? '' : m.seconds <= target ? 'time ok' : 'TIME OVER', m.peakRssMb <= PEAK_TARGET_MB ? 'memory ok' : 'MEMORY OVER'].filter(Boolean).join(', ');
      console.log(
        `${String(m.articles).padStart(8)} ${String(m.events).padStart(7)} ${String(m.key).padStart(4)} ${String(m.largest).padStart(7)} ${m.seconds.toFixed(1).padStart(7)} ${m.cpuSeconds.toFixed(1).padStart(6)} ${String(target ?? '-').padStart(6)} ${m.peakRssMb.toFixed(0).padStart(11)} ${m.heapUsedMb.toFixed(0).padStart(8)}  ${loadavg()[0].toFixed(2)}  ${verdict}`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

await main();
