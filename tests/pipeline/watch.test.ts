// Watch mode, in-process on a temporary folder: a new article, a curation change and a broken then
// fixed curation file each give a new event list; aborting stops the watching.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventList } from '../../src/core/schema';
import { runCli } from '../../src/pipeline/cli';
import { isWatchedChange, watchEvents } from '../../src/pipeline/watch';

const NEW_ARTICLE = 'River festival moves\n\nPublished: 2024-05-16\n\nThe council said on Tuesday that the river festival will move to July.\n';

/** Polls until `check` gives something (not undefined), failing with `what` after 15 s. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function readList(file: string): Promise<EventList> {
  return JSON.parse(await readFile(file, 'utf8')) as EventList;
}

/** Waits until the list on disk passes `test`, and returns it. */
function waitForList(what: string, file: string, test: (list: EventList) => boolean): Promise<EventList> {
  return waitFor(what, async () => {
    const list = await readList(file);
    return test(list) ? list : undefined;
  });
}

const festivalEvent = (list: EventList) => list.events.find((e) => e.sources.some((s) => s.article === '09_festival_moves'));

interface Watching {
  input: string;
  output: string;
  log: string[];
  /** Settles with the exit code when the watching ends. */
  finished: Promise<number>;
  stop: () => Promise<number>;
}

const running: Watching[] = [];

async function startWatching(): Promise<Watching> {
  const dir = await mkdtemp(join(tmpdir(), 'events-watch-'));
  const input = join(dir, 'articles');
  await mkdir(input);
  for (const f of ['01_harbour_desk.txt', '03_us_court.txt']) await copyFile(join('tests/fixtures/articles', f), join(input, f));
  const output = join(dir, 'out', 'events.json');
  const log: string[] = [];
  const controller = new AbortController();
  const done = watchEvents({ input, output, log: (line) => log.push(line), debounceMs: 50 }, controller.signal);
  const watching: Watching = {
    input,
    output,
    log,
    finished: done,
    stop: () => {
      controller.abort();
      return done;
    },
  };
  running.push(watching);
  await waitFor('the watching line', async () => (log.some((l) => l.startsWith('events: watching')) ? true : undefined));
  return watching;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.stop()));
});

describe('isWatchedChange', () => {
  it.each([
    { name: 'an article', file: 'a.txt', expected: true },
    { name: 'a Markdown article, any case', file: 'B.MD', expected: true },
    { name: 'the curation file', file: 'curation.json', expected: true },
    { name: 'an unsupported YAML curation file (its error should show)', file: 'curation.yaml', expected: true },
    { name: 'other JSON', file: 'notes.json', expected: false },
    { name: "an editor's swap file", file: '.a.txt.swp', expected: false },
    { name: 'a backup copy', file: 'a.txt~', expected: false },
    { name: 'a temporary file of ours', file: '.events-4242-0a1b2c3d.tmp', expected: false },
    { name: 'an unknown file (the platform did not say)', file: null, expected: true },
  ])('$name: $expected', ({ file, expected }) => {
    expect(isWatchedChange(file)).toBe(expected);
  });
});

describe('watchEvents', () => {
  it('writes the list at once, then again when an article is added, and curation.json applies when it changes', async () => {
    const { input, output, log, stop } = await startWatching();
    const first = await readList(output);
    expect(first.articles.map((a) => a.file)).toEqual(['01_harbour_desk.txt', '03_us_court.txt']);
    expect(log.filter((l) => l.startsWith('events: 2 articles'))).toHaveLength(1);

    await writeFile(join(input, '09_festival_moves.txt'), NEW_ARTICLE);
    const added = await waitForList('the new article', output, (list) => festivalEvent(list) !== undefined);
    const festival = festivalEvent(added)!;
    expect(festival.sources[0].quote).toBe('The council said on Tuesday that the river festival will move to July.');
    // The line is reported once the list is written, so it can come just after the file.
    await waitFor('the rebuild line', async () => (log.some((l) => l.startsWith('events: 3 articles')) ? true : undefined));

    await writeFile(join(input, 'curation.json'), JSON.stringify({ entries: [{ retitle: festival.id, title: 'Festival moves to July' }] }));
    const curated = await waitForList('the retitled event', output, (list) => festivalEvent(list)?.title === 'Festival moves to July');
    expect(festivalEvent(curated)?.edited).toEqual(['title']);

    expect(await stop()).toBe(0);
  });

  it('reports a broken curation file, keeps the last good list, and runs again once it is fixed', async () => {
    const { input, output, log } = await startWatching();
    const before = await readFile(output, 'utf8');
    await writeFile(join(input, 'curation.json'), '{ "entries": [ { "hide": 42 } ] }');
    await waitFor('the curation error', async () => (log.some((l) => l.includes('curation file has errors')) ? true : undefined));
    expect(await readFile(output, 'utf8')).toBe(before);

    const [anEvent] = (await readList(output)).events;
    await writeFile(join(input, 'curation.json'), JSON.stringify({ entries: [{ hide: [anEvent.id] }] }));
    await waitForList('the hidden event gone', output, (list) => !list.events.some((e) => e.id === anEvent.id));
  });

  it('refuses at once to watch when the output would be written inside the watched folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'events-watch-'));
    await copyFile('tests/fixtures/articles/03_us_court.txt', join(dir, '03_us_court.txt'));
    const log: string[] = [];
    const code = await watchEvents({ input: dir, output: join(dir, 'events.json'), log: (l) => log.push(l) }, new AbortController().signal);
    expect(code).toBe(1);
    expect(log).toEqual([expect.stringMatching(/^events: --output ".*events\.json": is inside the input folder/), 'events: nothing written; not watching']);
    await expect(readFile(join(dir, 'events.json'))).rejects.toThrow(/ENOENT/);
  });

  it('stops when aborted: later changes are not picked up', async () => {
    const { input, output, stop } = await startWatching();
    expect(await stop()).toBe(0);
    const after = await readFile(output, 'utf8');
    await writeFile(join(input, '09_festival_moves.txt'), NEW_ARTICLE);
    await new Promise((r) => setTimeout(r, 300));
    expect(await readFile(output, 'utf8')).toBe(after);
  });

  it('fails at once with the reason when the input folder does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'events-watch-'));
    const log: string[] = [];
    const code = await watchEvents({ input: join(dir, 'nope'), output: join(dir, 'events.json'), log: (l) => log.push(l) }, new AbortController().signal);
    expect(code).toBe(1);
    expect(log).toEqual([expect.stringMatching(/input folder ".*nope" does not exist/)]);
  });

  it('stops with a reason when the watched folder is removed', async () => {
    const { input, log, finished } = await startWatching();
    await rm(input, { recursive: true });
    expect(await finished).toBe(1);
    expect(log.at(-1)).toMatch(/^events: stopped watching ".*articles": /);
  });
});

describe('npm run events -- --watch', () => {
  it('runs, watches, and exits 0 when told to stop, its lines written as they come', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'events-watch-cli-'));
    const input = join(dir, 'articles');
    await mkdir(input);
    await copyFile('tests/fixtures/articles/03_us_court.txt', join(input, '03_us_court.txt'));
    const output = join(dir, 'events.json');
    const controller = new AbortController();
    const log: string[] = [];
    const result = runCli(['--input', input, '--output', output, '--watch'], { log: (l) => log.push(l), signal: controller.signal });
    await waitFor('the watching line', async () => (log.some((l) => l.startsWith('events: watching')) ? true : undefined));
    await writeFile(join(input, '09_festival_moves.txt'), NEW_ARTICLE);
    await waitForList('the new article', output, (list) => festivalEvent(list) !== undefined);
    await waitFor('the rebuild line', async () => (log.some((l) => l.startsWith('events: 2 articles')) ? true : undefined));
    controller.abort();
    expect(await result).toEqual({ code: 0, stderr: [] });
    expect(log.filter((l) => /^events: \d+ articles?,/.test(l)).map((l) => l.split(',')[0])).toEqual(['events: 1 article', 'events: 2 articles']);
  });
});
