// The pipeline writes the validator's cleaned copy of its list: a publisher or headline with an
// unpaired bidi override (`\u202eEvil Herald`) or a pile of combining marks reaches the page
// without them, while quotes stay the article's exact text (issue 11, findings 10 and 11).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { EventList } from '../../src/core/schema';
import { runCli } from '../../src/pipeline/cli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clean-output-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('writes no unpaired bidi control and no pile of marks into metadata', async () => {
  const input = join(dir, 'articles');
  await import('node:fs/promises').then((fs) => fs.mkdir(input));
  const zalgo = `Z${'\u0301'.repeat(40)}`;
  await writeFile(join(input, 'spoof.md'), [
    '---',
    `title: Harbour ${zalgo} bridge reopens`,
    'publisher: \u202eEvil Herald',
    'date: 2024-05-08',
    '---',
    '',
    'The harbour bridge reopened on 6 May 2024 after a winter of repairs \u202eto its deck.',
    '',
  ].join('\n'));
  const output = join(dir, 'events.json');
  const run = await runCli(['--input', input, '--output', output]);
  expect(run.code, run.stderr.join('\n')).toBe(0);
  const text = await readFile(output, 'utf8');
  const list = JSON.parse(text) as EventList;
  expect(list.articles[0].publisher).toBe('Evil Herald');
  expect(list.articles[0].title).toBe(`Harbour Z${'\u0301'.repeat(6)} bridge reopens`);
  expect(list.events.length).toBeGreaterThan(0);
  for (const e of list.events) {
    expect(e.title).not.toMatch(/\u202e|\p{M}{7}/u);
    // The quote is the article's text, override and all: the page isolates it instead.
    for (const s of e.sources) expect(s.quote).toContain('\u202e');
  }
});
