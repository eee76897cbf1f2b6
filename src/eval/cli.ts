// The eval command: reads a folder of TimeML files, scores the pipeline on them, prints and writes the results.

import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate } from './evaluate';
import { figures, missesReport, summary } from './report';
import { parseTimeML } from './timeml';

const USAGE = `Usage: npm run eval -- <folder of .tml files> [--misses <file>] [--json <file>] [--lines <n> | --all-lines] [--quiet]
  --misses <file>  where to list every miss (default .tmp/eval-misses.txt)
  --json <file>    also write the figures as JSON
  --lines <n>      score only the first n non-blank lines of each TEXT
  --all-lines      score whole texts (default: detect corpora annotated only at the start)
  --quiet          corpus figures only, no per-document rows`;

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
  if (positionals.length !== 1) {
    console.error(`eval: give one folder of TimeML (.tml) files\n${USAGE}`);
    return 1;
  }
  const folder = positionals[0];
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
    files = (await readdir(folder)).filter((f) => /\.(tml|xml)$/i.test(f)).sort();
  } catch (err) {
    console.error(`eval: cannot read folder "${folder}": ${(err as Error).message}`);
    return 1;
  }
  if (files.length === 0) {
    console.error(`eval: no .tml files in "${folder}"`);
    return 1;
  }
  const docs = [];
  for (const f of files) {
    try {
      docs.push(parseTimeML(await readFile(join(folder, f), 'utf8'), f.replace(/\.(tml|xml)$/i, '')));
    } catch (err) {
      console.error(`eval: ${f}: ${(err as Error).message}`);
      return 1;
    }
  }
  const result = evaluate(docs, { lines });
  process.stdout.write(summary(result, !values.quiet));
  await mkdir(dirname(values.misses!), { recursive: true });
  await writeFile(values.misses!, missesReport(result));
  console.log(`\nEvery miss: ${values.misses}`);
  if (values.json) {
    await mkdir(dirname(values.json), { recursive: true });
    await writeFile(values.json, JSON.stringify(figures(result), null, 2) + '\n');
  }
  return 0;
}
