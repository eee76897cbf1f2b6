// The dev server's live event list (Node only): `vite` extracts the events when it starts and again
// whenever an article or the curation file changes, writes them where the page reads them and
// reloads the page. Not part of `vite build`, `vite preview` or the tests' own Vite servers.

import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Logger, type Plugin, type ViteDevServer } from 'vite';
import type { CliResult } from './extract';

type WatchModule = typeof import('./watch');

/**
 * The pipeline is TypeScript, which Node cannot load alone, and must stay out of the config bundle
 * (every `vite` and `vitest` command reads this file): so it loads through Vite's module runner,
 * from a path the config bundler does not follow, when the dev server starts, and again after its
 * own source changes.
 */
let pipeline: Promise<{ module: WatchModule; sources: Set<string> }> | undefined;
function loadPipeline(): Promise<WatchModule> {
  const file = fileURLToPath(new URL('./watch.ts', import.meta.url));
  pipeline ??= runnerImport<WatchModule>(file).then(({ module, dependencies }) => ({
    module,
    sources: new Set([file, ...dependencies].map((f) => resolve(f))),
  }));
  return pipeline.then(({ module }) => module);
}

/** Whether `file` is part of the loaded pipeline; if so the next run loads it afresh. */
async function isPipelineSource(file: string): Promise<boolean> {
  const loaded = await pipeline?.catch(() => undefined);
  if (!loaded?.sources.has(file)) return false;
  pipeline = undefined;
  return true;
}

export interface LiveEventsOptions {
  /** Folder of articles (default: `$EVENTS_INPUT`, else `seeds`), relative to the project root. */
  input?: string;
  /** The event list the page reads (default: `$EVENTS_OUTPUT`, else `<publicDir>/data/events.json`). */
  output?: string;
  /** Quiet time after the last change before a run, in milliseconds. */
  debounceMs?: number;
}

const NAME = 'newsroom-timeline:live-events';

export function liveEvents(options: LiveEventsOptions = {}): Plugin {
  let input = '';
  let output = '';
  let logger: Logger;
  let server: ViteDevServer | undefined;
  /** The event list the page was last sent to, to reload only when it changed. */
  let shown: string | undefined;
  /** The page shows the error overlay; the next good run reloads even if the list is the same. */
  let showingError = false;

  async function extract(): Promise<CliResult> {
    try {
      const { extractAndReport } = await loadPipeline();
      return await extractAndReport({ input, output }, () => {});
    } catch (error) {
      return { code: 1, stderr: [`events: ${(error as Error).message}`] };
    }
  }

  function report({ code, stderr }: CliResult): void {
    for (const line of stderr) {
      if (line.startsWith('warning: ')) logger.warn(line, { timestamp: true });
      else if (code !== 0) logger.error(line, { timestamp: true });
      else logger.info(line, { timestamp: true });
    }
  }

  /** Reloads the page when the file on disk is not the list it shows. */
  async function reloadIfChanged(): Promise<void> {
    const text = await readFile(output, 'utf8').catch(() => undefined);
    if (text === undefined || (text === shown && !showingError)) return;
    shown = text;
    showingError = false;
    server?.ws.send({ type: 'full-reload', path: '*' });
  }

  async function runAndReload(): Promise<void> {
    const result = await extract();
    report(result);
    if (result.code === 0) {
      await reloadIfChanged();
    } else {
      // The page keeps the last good list; Vite's overlay says why it is not the new one.
      showingError = true;
      const message = result.stderr.filter((line) => !line.startsWith('warning: ')).join('\n');
      server?.ws.send({ type: 'error', err: { message, stack: '', plugin: NAME } });
    }
  }

  return {
    name: NAME,
    // Vitest's servers run in mode 'test'; `vite build` and `vite preview` are not 'serve'.
    apply: (_config, env) => env.command === 'serve' && env.mode !== 'test' && !env.isPreview,
    async configResolved(config) {
      logger = config.logger;
      input = resolve(config.root, options.input ?? process.env.EVENTS_INPUT ?? 'seeds');
      const publicDir = config.publicDir || resolve(config.root, 'public');
      output = resolve(config.root, options.output ?? process.env.EVENTS_OUTPUT ?? join(publicDir, 'data', 'events.json'));
      // The first run happens before the server starts, so the list is there when Vite lists the
      // public folder and when the page first asks for it.
      const result = await extract();
      report(result);
      if (result.code === 0) shown = await readFile(output, 'utf8').catch(() => undefined);
    },
    async configureServer(devServer) {
      server = devServer;
      const { isWatchedChange, serialRuns } = await loadPipeline();
      const runs = serialRuns(runAndReload, options.debounceMs ?? 200);
      devServer.watcher.add([input, output]);
      const onFile = (file: string) => {
        const path = resolve(file);
        if (path === output) void reloadIfChanged(); // written by this plugin or by `npm run events`
        else if (dirname(path) === input && isWatchedChange(path)) runs.schedule();
        else void isPipelineSource(path).then((changed) => changed && runs.schedule());
      };
      devServer.watcher.on('add', onFile);
      devServer.watcher.on('change', onFile);
      devServer.watcher.on('unlink', onFile);
      devServer.httpServer?.once('close', () => runs.stop());
    },
  };
}
