// `npm run events -- --watch`: one run, then another whenever an article or the curation file in
// the input folder changes. Runs never overlap and each writes atomically, so the page (or a
// reader of the file) only ever sees a whole event list.

import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { extractEvents, targetsOf, type CliResult, type ExtractOptions } from './extract';
import { checkTargets } from './targets';
import { quoteName, terminalSafe } from './messages';
import { createProgressReporter, type ProgressStream } from './progress';

export interface WatchOptions extends Omit<ExtractOptions, 'onProgress'> {
  /** Each run's warnings and summary, a line at a time (default: stderr). */
  log?: (line: string) => void;
  /** Where each run's progress line goes; only a terminal shows it. */
  progress?: ProgressStream;
  /** Quiet time after the last change before a run: an editor's save is several file events. */
  debounceMs?: number;
}

/** Files whose change changes the output; the YAML names are there so their "not supported" error shows. */
const WATCHED_NAME = /\.(txt|md|html?)$|^curation\.(json|ya?ml)$/i;

/**
 * Whether a change to `name` (a file in the input folder, as fs.watch reports it) calls for a run.
 * The command never writes into the input folder (targets.ts), so no run starts another.
 */
export function isWatchedChange(name: string | null): boolean {
  // Some platforms do not say which file changed: a run costs less than a missed change.
  if (name === null) return true;
  return WATCHED_NAME.test(basename(name));
}

/** Runs that never overlap: a change during a run means one more run after it, however many came. */
export interface SerialRuns {
  /** Runs after `debounceMs` of quiet, or right after the run under way. */
  schedule(): void;
  /** Runs now (or right after the run under way). */
  runSoon(): void;
  /** Settles when no run is under way or waiting. */
  idle(): Promise<void>;
  /** No more runs; one under way finishes. */
  stop(): void;
}

export function serialRuns(run: () => Promise<void>, debounceMs: number): SerialRuns {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  function runSoon(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
  }
  return {
    schedule() {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(runSoon, debounceMs);
    },
    runSoon,
    idle: () => running ?? Promise.resolve(),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** One pipeline run with a progress line, its lines logged; a run that throws is reported, not fatal. */
export async function extractAndReport(options: ExtractOptions, log: (line: string) => void, progressStream?: ProgressStream): Promise<CliResult> {
  const progress = createProgressReporter(progressStream);
  let result: CliResult;
  try {
    result = await extractEvents({ ...options, onProgress: (done, total) => progress.update(done, total) });
  } catch (error) {
    // A bug in one run must not end the watching; the next change may well not hit it.
    result = { code: 1, stderr: [terminalSafe(`events: ${(error as Error).message}`)] };
  } finally {
    progress.finish();
  }
  for (const line of result.stderr) log(line);
  return result;
}

/**
 * Runs once, then again on every change, until `signal` aborts (resolves 0) or the folder cannot
 * be watched any more (resolves 1). A run with errors is reported and the watching goes on: the
 * editor fixes the file and the next save runs again.
 */
export async function watchEvents(options: WatchOptions, signal: AbortSignal): Promise<number> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const inputDir = resolve(options.input);
  const isFolder = async () => (await stat(inputDir).catch(() => null))?.isDirectory() ?? false;

  if (!(await isFolder())) return (await extractAndReport(options, log, options.progress)).code;
  // Where it writes does not change while it watches: a refused output ends the watching at once.
  const targets = await checkTargets(options.input, targetsOf(options));
  if (!targets.ok) {
    for (const e of targets.errors) log(terminalSafe(`events: ${e}`));
    log('events: nothing written; not watching');
    return 1;
  }
  if (signal.aborted) return 0;

  return new Promise<number>((finish) => {
    let stopped = false;
    let watcher: FSWatcher | undefined;
    let first = true;
    const runs = serialRuns(async () => {
      await extractAndReport(options, log, options.progress);
      if (!(await isFolder())) {
        queueMicrotask(() => stop(1, 'the folder is gone'));
      } else if (first && !stopped) {
        log(`events: watching ${quoteName(options.input)} for changes (Ctrl-C to stop)`);
      }
      first = false;
    }, options.debounceMs ?? 200);

    function stop(code: number, reason?: string): void {
      if (stopped) return;
      stopped = true;
      runs.stop();
      watcher?.close();
      signal.removeEventListener('abort', onAbort);
      if (reason) log(terminalSafe(`events: stopped watching ${quoteName(options.input)}: ${reason}`));
      // A run under way finishes (its write is atomic either way) before the promise settles.
      void runs.idle().then(() => finish(code));
    }

    function onAbort(): void {
      stop(0);
    }

    signal.addEventListener('abort', onAbort, { once: true });
    try {
      // Watching starts before the first run, so a change made during it is not missed.
      watcher = watch(inputDir, { persistent: true }, (_event, name) => {
        if (!stopped && isWatchedChange(name === null ? null : String(name))) runs.schedule();
      });
      watcher.on('error', (error) => stop(1, error.message));
    } catch (error) {
      stop(1, (error as Error).message);
      return;
    }
    runs.runSoon();
  });
}
