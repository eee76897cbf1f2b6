// One run from a folder to the files it writes, as the command and the watcher both do it: check
// where it may write, run the pipeline, write the event list (and the timexes) both or neither,
// and say what happened in lines a person reads. Every line is safe to print to a terminal.

import { planArticleTexts } from './html/texts';
import { plural, quoteName, terminalSafe } from './messages';
import { runPipeline } from './pipeline';
import { checkTargets, type Target } from './targets';
import { serialize, writeFilesAtomic } from './write';

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
  /** How many key events to mark (`--key-events`); by default as many as the story calls for. */
  keyEvents?: number;
  /** The story's title (`--title`); wins over curation.json's `story.title`. */
  title?: string;
  /** Hears of each article as it is done, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** The files a run writes, as targets.ts checks them. */
export function targetsOf(options: ExtractOptions): Target[] {
  const targets: Target[] = [{ option: '--output', path: options.output, kind: 'event list' }];
  if (options.timexes !== undefined) targets.push({ option: '--timexes', path: options.timexes, kind: 'timex list' });
  return targets;
}

const done = (code: number, lines: string[]): CliResult => ({ code, stderr: lines.map(terminalSafe) });

/** Reads `input`, builds, curates and checks the event list and writes it: one run, no watching. */
export async function extractEvents(options: ExtractOptions): Promise<CliResult> {
  const { input, output } = options;
  // Checked before the run, so a mistake costs no time, and again before writing: files change.
  const before = await checkTargets(input, targetsOf(options));
  if (!before.ok) return done(1, [...before.errors.map((e) => `events: ${e}`), 'events: nothing written']);

  const run = await runPipeline(input, { onProgress: options.onProgress, keyEvents: options.keyEvents });
  const lines = run.warnings.map((w) => `warning: ${w}`);
  if (!run.ok) {
    const errors = run.errors.map((e) => `events: ${e}`);
    errors[errors.length - 1] += '; nothing written';
    return done(1, [...lines, ...errors]);
  }
  const warningCount = run.warnings.length;
  if (options.strict && warningCount > 0) return done(1, [...lines, `events: --strict: ${plural(warningCount, 'warning')}; nothing written`]);

  const targets = await checkTargets(input, targetsOf(options));
  if (!targets.ok) return done(1, [...lines, ...targets.errors.map((e) => `events: ${e}`), 'events: nothing written']);
  const eventList = options.title ? { ...run.eventList, story: { ...run.eventList.story, title: options.title } } : run.eventList;
  const contents = [serialize(eventList), ...(options.timexes !== undefined ? [serialize(run.timexes)] : [])];
  // Web pages' texts go beside the event list (articles/<id>.txt), written with it or not at all.
  let texts: Awaited<ReturnType<typeof planArticleTexts>>;
  try {
    texts = await planArticleTexts(input, targets.targets[0].real, run.articleTexts);
  } catch (error) {
    texts = { error: `cannot prepare the articles' texts: ${(error as Error).message}` };
  }
  if ('error' in texts) return done(1, [...lines, `events: ${texts.error}; nothing written`]);
  try {
    await writeFilesAtomic([...targets.targets.map((t, i) => ({ path: t.real, content: contents[i] })), ...texts.files]);
    await texts.removeStale();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return done(1, [...lines, `events: cannot write output: ${e.code ? `${e.code} ` : ''}${e.message.replace(/^[A-Z]+: /, '')}; nothing written`]);
  }
  const { articles, events } = run.eventList;
  lines.push(
    `events: ${plural(articles.length, 'article')}, ${plural(events.length, 'event')} (${run.mergedSources} merged across sources),` +
      ` ${plural(warningCount, 'warning')} -> ${quoteName(output)}`,
  );
  return done(0, lines);
}
