// The `events` command: read a folder of articles, write the event list. Warnings go to stderr and
// never stop the run; only a run that cannot write anything useful exits non-zero. With --watch it
// runs again whenever an article or the curation file changes (watch.ts).

import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import { validateEventList } from '../core/schema';
import { curateFromFolder } from './curation';
import { buildEventList } from './pipeline';
import { createProgressReporter, type ProgressStream } from './progress';
import { readArticles } from './read';
import { serialize, writeFileAtomic } from './write';

const USAGE = `Usage: npm run events -- [--input <dir>] [--output <file>] [--timexes <file>] [--strict] [--watch]

  --input <dir>     folder of .txt/.md articles (default: seeds)
  --output <file>   event list to write (default: public/data/events.json)
  --timexes <file>  also write every temporal expression found, as JSON
  --strict          treat any warning as a failure (nothing is written)
  --watch           run again whenever an article or curation.json changes (Ctrl-C stops)
  --help            show this help`;

export interface CliResult {
  code: number;
  stderr: string[];
}

/** One run of the pipeline, from a folder to the files it writes. */
export interface ExtractOptions {
  input: string;
  output: string;
  timexes?: string;
  strict?: boolean;
  /** Hears of each article as it is done, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** What the command talks to besides its result; a test passes nothing. */
export interface CliIo {
  /** Where the progress line goes; it only shows when this is a terminal. */
  progress?: ProgressStream;
  /** With --watch, each run's lines are written here as they come (the result only has the last). */
  log?: (line: string) => void;
  /** With --watch, stops watching; the command then exits 0. */
  signal?: AbortSignal;
}

export async function runCli(argv: string[], io: CliIo = {}): Promise<CliResult> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', default: 'seeds' },
        output: { type: 'string', default: 'public/data/events.json' },
        timexes: { type: 'string' },
        strict: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { code: 2, stderr: [`events: ${(error as Error).message}`, USAGE] };
  }
  if (values.help) return { code: 0, stderr: [USAGE] };

  const options: ExtractOptions = { input: values.input!, output: values.output!, timexes: values.timexes, strict: values.strict };
  if (values.watch) {
    // Loaded only here: a plain run has no use for the watcher.
    const { watchEvents } = await import('./watch');
    const code = await watchEvents({ ...options, log: io.log, progress: io.progress }, io.signal ?? new AbortController().signal);
    return { code, stderr: [] };
  }
  const progress = createProgressReporter(io.progress);
  try {
    return await extractEvents({ ...options, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.finish();
  }
}

/** Reads `input`, builds and curates the event list, checks it and writes it: one run, no watching. */
export async function extractEvents(options: ExtractOptions): Promise<CliResult> {
  const stderr: string[] = [];
  const { input, output } = options;
  const info = await stat(input).catch(() => null);
  if (!info?.isDirectory()) return { code: 1, stderr: [`events: input folder "${input}" ${info ? 'is not a folder' : 'does not exist'}`] };

  const { articles, warnings } = await readArticles(input);
  for (const w of warnings) stderr.push(`warning: ${w.file}: ${w.reason}`);
  const built = buildEventList(articles, options.onProgress);
  const { timexes, mergedSources } = built;
  for (const a of built.eventList.articles) for (const w of a.warnings) stderr.push(`warning: ${a.file}: ${w}`);
  // An editor's corrections (curation.json beside the articles) apply after extraction.
  const curated = await curateFromFolder(input, built.eventList);
  if (!curated.ok) {
    return { code: 1, stderr: [...stderr, ...curated.errors.map((e) => `events: ${e}`), 'events: the curation file has errors; nothing written'] };
  }
  for (const w of curated.warnings) stderr.push(`warning: ${w}`);
  const eventList = curated.list;
  const warningCount = stderr.length;

  if (options.strict && warningCount > 0) {
    stderr.push(`events: --strict: ${warningCount} warning${warningCount === 1 ? '' : 's'}; nothing written`);
    return { code: 1, stderr };
  }
  if (articles.length === 0) stderr.push(`warning: ${input}: no readable .txt or .md articles`);
  // The page refuses a list that fails this check, so such a list is not worth writing; the
  // checked copy is the one written, its metadata cleaned for the page (see cleanMetadata).
  const check = validateEventList(eventList, 1);
  if (!check.ok) {
    stderr.push(`events: the event list cannot be shown (${check.errors[0]}); nothing written`);
    return { code: 1, stderr };
  }

  try {
    await writeFileAtomic(output, serialize(check.value));
    if (options.timexes) await writeFileAtomic(options.timexes, serialize(timexes));
  } catch (error) {
    stderr.push(`events: cannot write output: ${(error as Error).message}`);
    return { code: 1, stderr };
  }
  const n = eventList.events.length;
  stderr.push(
    `events: ${eventList.articles.length} article${eventList.articles.length === 1 ? '' : 's'}, ${n} event${n === 1 ? '' : 's'}` +
      ` (${mergedSources} merged across sources), ${warningCount} warning${warningCount === 1 ? '' : 's'} -> ${output}`,
  );
  return { code: 0, stderr };
}
