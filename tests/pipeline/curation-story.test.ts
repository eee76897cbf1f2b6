// curation.json's story block and article addresses, and the CLI's --title.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEventList, type EventList } from '../../src/core/schema';
import { runCli } from '../../src/pipeline/cli';
import { applyCuration, parseCuration } from '../../src/pipeline/curation';

const GOOD = ['01_harbour_desk.txt', '02_harbour_wire.txt', '03_us_court.txt'];

async function folderWith(curation?: string) {
  const folder = await mkdtemp(join(tmpdir(), 'events-story-'));
  for (const f of GOOD) await copyFile(join('tests/fixtures/articles', f), join(folder, f));
  if (curation !== undefined) await writeFile(join(folder, 'curation.json'), curation);
  return folder;
}

async function run(folder: string, ...args: string[]) {
  const output = join(folder, '..', `${basename(folder)}.json`);
  const result = await runCli(['--input', folder, '--output', output, ...args]);
  return { ...result, list: result.code === 0 ? (JSON.parse(await readFile(output, 'utf8')) as EventList) : null };
}

describe('curation story block', () => {
  it('reads title, summary, byline, credit and language, trimmed', () => {
    const { curation, errors } = parseCuration(JSON.stringify({ story: { title: ' Harbour closures ', summary: 'What happened.', byline: 'By the desk', credit: 'Graphic: the desk', language: 'en-GB' } }), 'curation.json');
    expect(errors).toEqual([]);
    expect(curation.story).toEqual({ title: 'Harbour closures', summary: 'What happened.', byline: 'By the desk', credit: 'Graphic: the desk', language: 'en-GB' });
  });

  it('names each bad field and applies nothing', () => {
    const { curation, errors } = parseCuration(JSON.stringify({ story: { title: 'x'.repeat(1001), language: 'not a tag', colour: 'red' }, entries: [] }), 'curation.json');
    expect(curation.story).toBeUndefined();
    expect(errors.join('\n')).toMatch(/story\.colour: unknown field/);
    expect(errors.join('\n')).toMatch(/story\.title: expected a non-empty string of at most 1,000 characters/);
    expect(errors.join('\n')).toMatch(/story\.language: expected a language tag/);
    expect(parseCuration('{"story": "Harbour"}', 'curation.json').errors[0]).toMatch(/"curation\.json": story: expected an object/);
  });

  it('reads article addresses, http and https only', () => {
    const good = parseCuration(JSON.stringify({ articles: { 'a.txt': 'https://example.org/a' } }), 'curation.json');
    expect(good.curation.articles).toEqual({ 'a.txt': 'https://example.org/a' });
    const bad = parseCuration(JSON.stringify({ articles: { 'a.txt': 'javascript:alert(1)' } }), 'curation.json');
    expect(bad.errors[0]).toMatch(/articles\."a\.txt": expected an http or https address/);
  });

  it('merges story and addresses into the list and warns about a file not there', () => {
    const list: EventList = { version: 1, articles: [{ id: 'a', file: 'a.txt', title: 'A', publisher: null, published: null, dateline: null, warnings: [] }], events: [] };
    const { curation } = parseCuration(JSON.stringify({ story: { title: 'T' }, articles: { 'a.txt': 'https://example.org/a', 'gone.txt': 'https://example.org/g' } }), 'curation.json');
    const { list: out, warnings } = applyCuration(list, curation);
    expect(out.story).toEqual({ title: 'T' });
    expect(out.articles[0].url).toBe('https://example.org/a');
    expect(warnings.join('\n')).toMatch(/no article "gone\.txt"/);
    expect(list.articles[0].url).toBeUndefined();
  });
});

describe('events CLI: story', () => {
  it('writes the curation story block on the list', async () => {
    const folder = await folderWith(JSON.stringify({ story: { title: 'Three stories', byline: 'Desk', language: 'en' }, articles: { '03_us_court.txt': 'https://example.org/court' }, entries: [] }));
    const { code, list } = await run(folder);
    expect(code).toBe(0);
    expect(validateEventList(list).ok).toBe(true);
    expect(list!.story).toEqual({ title: 'Three stories', byline: 'Desk', language: 'en' });
    expect(list!.articles.find((a) => a.file === '03_us_court.txt')!.url).toBe('https://example.org/court');
  });

  it('--title wins over the curation title and keeps the rest of the block', async () => {
    const folder = await folderWith(JSON.stringify({ story: { title: 'From curation', summary: 'S' } }));
    const { list } = await run(folder, '--title', 'From the command');
    expect(list!.story).toEqual({ title: 'From the command', summary: 'S' });
  });

  it('--title alone gives a story; an empty title is refused', async () => {
    const folder = await folderWith();
    expect((await run(folder, '--title', 'Only a title')).list!.story).toEqual({ title: 'Only a title' });
    const empty = await run(folder, '--title', '  ');
    expect(empty.code).toBe(2);
    expect(empty.stderr[0]).toMatch(/--title: expected a non-empty title/);
  });
});
