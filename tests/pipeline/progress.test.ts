// The progress line: what it says, that it only goes to a terminal, and how often it is redrawn.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/pipeline/cli';
import { createProgressReporter, formatProgress, type ProgressStream } from '../../src/pipeline/progress';

/** A stream that records what is written to it, terminal or not. */
function recorder(isTTY: boolean): ProgressStream & { chunks: string[] } {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (chunk: string) => chunks.push(chunk) };
}

/** The lines a terminal would show, one per redraw. */
const redraws = (chunks: string[]) => chunks.join('').split('\r\x1b[K').filter(Boolean);

describe('formatProgress', () => {
  it.each([
    { name: 'no rate yet', done: 1, total: 3000, rate: null, expected: 'events: 1/3000 files' },
    { name: 'a zero rate is no rate', done: 5, total: 10, rate: 0, expected: 'events: 5/10 files' },
    { name: 'a rate over ten, rounded', done: 120, total: 3000, rate: 85.04, expected: 'events: 120/3000 files (85 files/s)' },
    { name: 'a slow rate, one decimal', done: 3, total: 40, rate: 1.875, expected: 'events: 3/40 files (1.9 files/s)' },
    { name: 'one file', done: 1, total: 1, rate: 20, expected: 'events: 1/1 file (20 files/s)' },
  ])('$name', ({ done, total, rate, expected }) => {
    expect(formatProgress('events', done, total, rate)).toBe(expected);
  });
});

describe('createProgressReporter', () => {
  it('writes nothing when the stream is not a terminal (a pipe, a log file) or there is none', () => {
    const pipe = recorder(false);
    for (const reporter of [createProgressReporter(pipe), createProgressReporter(undefined)]) {
      for (let i = 1; i <= 50; i++) reporter.update(i, 50);
      reporter.finish();
    }
    expect(pipe.chunks).toEqual([]);
  });

  it('on a terminal rewrites one line, at most once per interval, always showing the last file, then clears it', () => {
    const tty = recorder(true);
    // Reading the files took a while before the first one was through: that is not in the rate.
    let clock = 5000;
    const reporter = createProgressReporter(tty, { now: () => clock, minIntervalMs: 100 });
    // 1,000 files at one every millisecond: a redraw every 100 ms, not 1,000 of them.
    for (let i = 1; i <= 1000; i++) {
      clock = 5000 + i;
      reporter.update(i, 1000);
    }
    const lines = redraws(tty.chunks);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines[0]).toBe('events: 1/1000 files');
    expect(lines[1]).toBe('events: 101/1000 files (1000 files/s)');
    expect(lines.at(-1)).toBe('events: 1000/1000 files (1000 files/s)');
    expect(tty.chunks.every((c) => c.startsWith('\r\x1b[K'))).toBe(true);
    expect(tty.chunks.join('')).not.toContain('\n');
    reporter.finish();
    expect(tty.chunks.at(-1)).toBe('\r\x1b[K');
  });

  it('does not clear a line it never drew', () => {
    const tty = recorder(true);
    createProgressReporter(tty).finish();
    expect(tty.chunks).toEqual([]);
  });
});

describe('the events command', () => {
  async function folder(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'events-progress-'));
    const input = join(dir, 'articles');
    await mkdir(input);
    for (let i = 0; i < 3; i++) {
      await writeFile(join(input, `${i}.txt`), `Road ${i} to reopen\n\nPublished: 2024-05-1${i}\n\nBy Ann Lee, Harbourline\n\nThe council said on Tuesday that road ${i} will reopen in June.\n`);
    }
    return dir;
  }

  it('shows progress on a terminal and clears it before the summary line', async () => {
    const dir = await folder();
    const tty = recorder(true);
    const { code, stderr } = await runCli(['--input', join(dir, 'articles'), '--output', join(dir, 'events.json')], { progress: tty });
    expect(code).toBe(0);
    expect(redraws(tty.chunks).at(-1)).toMatch(/^events: 3\/3 files( \([\d.]+ files\/s\))?$/);
    expect(tty.chunks.at(-1)).toBe('\r\x1b[K');
    expect(stderr.at(-1)).toMatch(/^events: 3 articles, \d+ events \(\d+ merged across sources\), 0 warnings -> /);
  });

  it('is quiet when stderr is not a terminal: only the summary line', async () => {
    const dir = await folder();
    const pipe = recorder(false);
    const { code, stderr } = await runCli(['--input', join(dir, 'articles'), '--output', join(dir, 'events.json')], { progress: pipe });
    expect(code).toBe(0);
    expect(pipe.chunks).toEqual([]);
    expect(stderr).toHaveLength(1);
  });
});
