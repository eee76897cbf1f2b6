// The `events` command: parses its arguments, runs once (extract.ts) or keeps running (watch.ts),
// and hands back the lines to report. Warnings never stop the run; only a run that cannot write
// anything useful exits non-zero.

import { parseArgs } from 'node:util';
import { extractEvents, type CliResult, type ExtractOptions } from './extract';
import { MAX_TITLE } from '../core/schema';
import { terminalSafe } from './messages';
import { createProgressReporter, type ProgressStream } from './progress';

export type { CliResult, ExtractOptions } from './extract';

const USAGE = `Usage: npm run events -- [--input <dir>] [--output <file>] [--timexes <file>] [--key-events <n>]
                      [--title <text>] [--strict] [--watch] [--fetch <urls.txt> [--refetch]]

  --input <dir>     folder of .txt/.md articles and .html/.htm saved pages (default: seeds)
  --output <file>   event list to write (default: public/data/events.json); never inside the
                    input folder, and never over a file that is not a previous event list
  --timexes <file>  also write every temporal expression found, as JSON
  --key-events <n>  mark this many key events (default: as many as the story's span calls for)
  --title <text>    the story's title for the page (wins over curation.json's story.title)
  --strict          treat any warning as a failure (nothing is written)
  --watch           run again whenever an article or curation.json changes (Ctrl-C stops)
  --fetch <file>    first download each web address in <file> (one a line, # comments) into the
                    input folder as .html, so later builds are offline; pages already there are
                    not fetched again
  --refetch         with --fetch, download pages already in the folder again
  --help            show this help`;

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
        'key-events': { type: 'string' },
        title: { type: 'string' },
        strict: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        fetch: { type: 'string' },
        refetch: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { code: 2, stderr: [terminalSafe(`events: ${(error as Error).message}`), ...USAGE.split('\n')] };
  }
  if (values.help) return { code: 0, stderr: USAGE.split('\n') };
  const keyEvents = values['key-events'];
  if (keyEvents !== undefined && !/^\d{1,6}$/.test(keyEvents)) {
    return { code: 2, stderr: [terminalSafe(`events: --key-events expects a whole number of events, not ${JSON.stringify(keyEvents)}`), ...USAGE.split('\n')] };
  }

  const title = values.title?.trim();
  if (values.title !== undefined && (!title || title.length > MAX_TITLE)) {
    return { code: 2, stderr: [`events: --title: expected a non-empty title of at most ${MAX_TITLE} characters`, ...USAGE.split('\n')] };
  }
  const fetched: string[] = [];
  if (values.fetch !== undefined) {
    const { fetchList } = await import('./html/fetch-list');
    const result = await fetchList(values.input!, values.fetch, { refetch: values.refetch });
    fetched.push(...result.lines.map(terminalSafe));
    if (result.fatal) return { code: 1, stderr: fetched };
  } else if (values.refetch) {
    return { code: 2, stderr: ['events: --refetch needs --fetch <file>', ...USAGE.split('\n')] };
  }

  const options: ExtractOptions = {
    input: values.input!,
    output: values.output!,
    timexes: values.timexes,
    strict: values.strict,
    keyEvents: keyEvents === undefined ? undefined : Number(keyEvents),
    ...(title ? { title } : {}),
  };
  if (values.watch) {
    // Loaded only here: a plain run has no use for the watcher.
    const { watchEvents } = await import('./watch');
    const code = await watchEvents({ ...options, log: io.log, progress: io.progress }, io.signal ?? new AbortController().signal);
    return { code, stderr: [] };
  }
  const progress = createProgressReporter(io.progress);
  try {
    const result = await extractEvents({ ...options, onProgress: (done, total) => progress.update(done, total) });
    return { ...result, stderr: [...fetched, ...result.stderr] };
  } finally {
    progress.finish();
  }
}
