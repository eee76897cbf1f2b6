// The eval command. Three measurements share it:
//   npm run eval -- <folder of TimeML>                 temporal expressions (TempEval-3 measures)
//   npm run eval -- --tls <story folder or parent>     timeline summarisation (tilse date F1, ROUGE)
//   npm run eval -- --devset <gold> --corpus <texts>   events against the hand-made development set

import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runDevset } from './devset/run';
import { evaluate } from './evaluate';
import { figures, missesReport, summary } from './report';
import { parseTimeML, type TimeMLDocument } from './timeml';
import { findStories } from './tls/timeline17';
import { runStory, type StoryRun, tlsFigures, tlsSummary } from './tls/evaluate-tls';
import { writeAtomic } from './write';

const USAGE = `Usage:
  npm run eval -- <folder of .tml files> [--misses <file>] [--json <file>] [--lines <n> | --all-lines] [--quiet]
  npm run eval -- --tls <story folder | folder of stories> [--json <file>]
  npm run eval -- --devset <gold folder> --corpus <Timeline17 folder> [--json <file>] [--out <folder>] [--judgments <file>]
  --misses <file>     where to list every miss (default .tmp/eval-misses.txt)
  --json <file>       also write the figures as JSON
  --lines <n>         score only the first n non-blank lines of each TEXT
  --all-lines         score whole texts (default: detect corpora annotated only at the start)
  --quiet             corpus figures only, no per-document rows
  --tls <folder>      Timeline17 layout: <story>/articles/*.txt and <story>/timelines/*.txt
  --devset <folder>   gold annotations, <story>/<article stem>.json (devset/timeline17)
  --corpus <folder>   the Timeline17 texts the annotations refer to
  --out <folder>      where the dev-set scorer writes events with verdicts and headlines to judge (default .tmp/devset)
  --judgments <file>  headline judgments (default devset/headline-judgments.json)`;

/** Every .tml/.xml file under `folder`, subfolders included, by relative path. */
async function timemlFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(tml|xml)$/i.test(entry.name)) out.push(path);
    }
  };
  await walk(folder);
  return out;
}

async function timemlMain(folder: string, values: Record<string, string | boolean | undefined>): Promise<number> {
  let lines: number | null | 'auto' = values['all-lines'] ? null : 'auto';
  if (values.lines !== undefined) {
    lines = Number(values.lines);
    if (!Number.isInteger(lines) || lines < 1) {
      console.error(`eval: --lines wants a whole number of lines, not '${values.lines}'`);
      return 1;
    }
  }
  let files: string[];
  try {
    files = await timemlFiles(folder);
  } catch (err) {
    console.error(`eval: cannot read folder "${folder}": ${(err as Error).message}`);
    return 1;
  }
  if (files.length === 0) {
    console.error(`eval: no .tml files in "${folder}"`);
    return 1;
  }
  const docs: TimeMLDocument[] = [];
  const notes: string[] = [];
  /** Content hash -> first file; DOCID -> first file. A corpus can ship the same document in two folders. */
  const byContent = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const path of files) {
    const name = relative(folder, path);
    const xml = await readFile(path, 'utf8');
    const hash = createHash('sha256').update(xml).digest('hex');
    const same = byContent.get(hash);
    if (same !== undefined) {
      notes.push(`${name} is the same file as ${same}; scored once`);
      continue;
    }
    byContent.set(hash, name);
    let doc: TimeMLDocument;
    try {
      doc = parseTimeML(xml, name.replace(/\.(tml|xml)$/i, ''));
    } catch (err) {
      console.error(`eval: ${name}: ${(err as Error).message}`);
      return 1;
    }
    const other = byId.get(doc.id);
    if (other !== undefined) {
      console.error(`eval: ${name} and ${other} have the same DOCID "${doc.id}" but different content; remove one`);
      return 1;
    }
    byId.set(doc.id, name);
    docs.push(doc);
  }
  const result = evaluate(docs, { lines });
  result.warnings.unshift(...notes);
  process.stdout.write(summary(result, !values.quiet));
  await writeAtomic(String(values.misses), missesReport(result));
  console.log(`\nEvery miss: ${values.misses}`);
  if (typeof values.json === 'string') await writeAtomic(values.json, JSON.stringify(figures(result), null, 2) + '\n');
  return 0;
}

async function tlsMain(folder: string, json: string | undefined): Promise<number> {
  let stories;
  try {
    stories = await findStories(folder);
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    return 1;
  }
  const runs: StoryRun[] = [];
  for (const story of stories) {
    if (story.timelines.length === 0) {
      console.error(`eval: ${story.name}: no gold timeline in timelines/; skipped`);
      continue;
    }
    runs.push(await runStory(story));
  }
  process.stdout.write(tlsSummary(runs));
  if (json) await writeAtomic(json, JSON.stringify(tlsFigures(runs), null, 2) + '\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        misses: { type: 'string', default: '.tmp/eval-misses.txt' },
        json: { type: 'string' },
        lines: { type: 'string' },
        'all-lines': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        tls: { type: 'string' },
        devset: { type: 'string' },
        corpus: { type: 'string' },
        out: { type: 'string', default: '.tmp/devset' },
        judgments: { type: 'string', default: 'devset/headline-judgments.json' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    console.error(`eval: ${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.tls !== undefined) {
    if (positionals.length) {
      console.error(`eval: --tls takes one folder; unexpected "${positionals[0]}"\n${USAGE}`);
      return 1;
    }
    return tlsMain(values.tls, values.json);
  }
  if (values.devset !== undefined) {
    if (values.corpus === undefined) {
      console.error(`eval: --devset needs --corpus <folder of the Timeline17 texts>\n${USAGE}`);
      return 1;
    }
    return runDevset({ gold: values.devset, corpus: values.corpus, json: values.json, out: values.out!, judgments: values.judgments! });
  }
  if (positionals.length !== 1) {
    console.error(`eval: give one folder of TimeML (.tml) files\n${USAGE}`);
    return 1;
  }
  return timemlMain(positionals[0], values);
}
