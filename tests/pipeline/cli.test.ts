// The events CLI over a folder where bad files sit beside good ones.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateEventList, type EventList } from '../../src/core/schema';
import { runCli } from '../../src/pipeline/cli';
import { buildEventList, type TimexRecord } from '../../src/pipeline/pipeline';
import { readArticles } from '../../src/pipeline/read';

/** A previous run's output, which a new run may replace. */
const PREVIOUS = '{ "version": 1, "articles": [], "events": [] }\n';
const GOOD = ['01_harbour_desk.txt', '02_harbour_wire.txt', '03_us_court.txt'];
let dir: string;
let input: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'events-cli-'));
  input = join(dir, 'articles');
  await mkdir(input);
  for (const f of GOOD) await copyFile(join('tests/fixtures/articles', f), join(input, f));
  await writeFile(join(input, '00_empty.txt'), '');
  await writeFile(join(input, '07_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  await mkdir(join(input, '08_folder.txt'));
  // Windows-1252: é (0xE9) and curly quotes (0x93, 0x94), with CRLF line endings and no BOM.
  const latin = 'Caf\xe9 owners protest rent rise\r\n\r\nPublished: 12 May 2023\r\n\r\nThe owners of the Caf\xe9 Lum\xe9 said on Thursday they would \x93keep protesting\x94 until the council listens.\r\n';
  await writeFile(join(input, '09_latin1.txt'), Buffer.from(latin, 'latin1'));
  await writeFile(join(input, '10_bom.txt'), '\uFEFFLibrary extends opening hours\r\n\r\nPublished: 2023-05-12\r\n\r\nThe library said on Wednesday that it will open on Sundays from June.\r\n');
  await writeFile(join(input, 'notes.json'), '{"ignored": true}');
});

async function runOn(args: string[]) {
  return runCli(args);
}

describe('events CLI', () => {
  it('warns about each bad file by name and still processes the good ones', async () => {
    const output = join(dir, 'out', 'events.json');
    const { code, stderr } = await runOn(['--input', input, '--output', output]);
    expect(code).toBe(0);
    const text = stderr.join('\n');
    expect(text).toMatch(/warning: "00_empty\.txt": empty file/);
    expect(text).toMatch(/warning: "07_binary\.txt": binary/);
    expect(text).toMatch(/warning: "08_folder\.txt": .*director|folder/);
    expect(text).toMatch(/warning: "09_latin1\.txt": .*Windows-1252/);
    expect(text).not.toMatch(/notes\.json/);
    const list = JSON.parse(await readFile(output, 'utf8')) as EventList;
    expect(validateEventList(list).ok).toBe(true);
    expect(list.articles.map((a) => a.file)).toEqual([...GOOD, '09_latin1.txt', '10_bom.txt']);
    const latinQuote = list.events.flatMap((e) => e.sources).find((s) => s.article === '09_latin1');
    expect(latinQuote?.quote).toContain('Caf\u00e9 Lum\u00e9 said on Thursday they would \u201ckeep protesting\u201d');
    const bom = list.events.flatMap((e) => e.sources).find((s) => s.article === '10_bom');
    expect(bom?.timex.value).toBe('2023-05-10');
    expect(stderr.at(-1)).toMatch(/^events: 5 articles, \d+ events \(\d+ merged across sources\), \d+ warnings? -> /);
  });

  it('is deterministic: two runs give byte-identical output, whatever the order of the input', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await runOn(['--input', input, '--output', a]);
    await runOn(['--input', input, '--output', b]);
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
    const { articles } = await readArticles(input);
    expect(JSON.stringify(buildEventList([...articles].reverse()).eventList)).toBe(JSON.stringify(buildEventList(articles).eventList));
  });

  it('writes every temporal expression with --timexes', async () => {
    const timexes = join(dir, 'timexes.json');
    const { code } = await runOn(['--input', input, '--output', join(dir, 'c.json'), '--timexes', timexes]);
    expect(code).toBe(0);
    const records = JSON.parse(await readFile(timexes, 'utf8')) as TimexRecord[];
    const court = records.filter((r) => r.article === '03_us_court');
    expect(court).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/November/), type: 'DATE', value: '2018-11' }));
    for (const r of records) expect(Object.keys(r)).toEqual(['article', 'text', 'start', 'end', 'type', 'value']);
  });

  it.each([
    { name: 'a missing input folder', args: () => ['--input', join(dir, 'nope')], reason: /input folder ".*nope" does not exist/ },
    { name: 'the input folder as the output', args: () => ['--input', input, '--output', input], reason: /is inside the input folder/ },
    { name: 'an unknown option', args: () => ['--bogus'], reason: /Unknown option/ },
  ])('fails with a one-line reason on $name and leaves earlier output untouched', async ({ args, reason }) => {
    const output = join(dir, 'kept.json');
    await writeFile(output, PREVIOUS);
    const argv = args();
    const { code, stderr } = await runOn(argv.includes('--output') ? argv : [...argv, '--output', output]);
    expect(code).not.toBe(0);
    expect(stderr.some((l) => reason.test(l))).toBe(true);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS);
  });

  it('--strict turns warnings into a failure and writes nothing', async () => {
    const output = join(dir, 'strict.json');
    await writeFile(output, PREVIOUS);
    const { code, stderr } = await runOn(['--input', input, '--output', output, '--strict']);
    expect(code).toBe(1);
    expect(stderr.at(-1)).toMatch(/--strict: \d+ warnings; nothing written/);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS);
  });
});

describe('events CLI with a curation file', () => {
  async function folderWith(curation: string) {
    const folder = await mkdtemp(join(tmpdir(), 'events-curation-'));
    for (const f of GOOD) await copyFile(join('tests/fixtures/articles', f), join(folder, f));
    await writeFile(join(folder, 'curation.json'), curation);
    return folder;
  }

  it('applies corrections after extraction and names a stale id in a warning', async () => {
    const plain = join(dir, 'plain.json');
    await runOn(['--input', input, '--output', plain]);
    const target = (JSON.parse(await readFile(plain, 'utf8')) as EventList).events.find((e) => e.sources.some((s) => s.article === '03_us_court'))!;
    const folder = await folderWith(JSON.stringify({ entries: [
      { retitle: target.id, title: 'Appeals court steps in' },
      { hide: ['000000000000'] },
    ] }));
    const output = join(folder, '..', `${basename(folder)}.json`);
    const { code, stderr } = await runOn(['--input', folder, '--output', output]);
    expect(code).toBe(0);
    expect(stderr.join('\n')).toMatch(/warning: "curation\.json": entries\[1\] \(hide "000000000000"\): no event with this id/);
    const list = JSON.parse(await readFile(output, 'utf8')) as EventList;
    const edited = list.events.find((e) => e.id === target.id)!;
    expect(edited.title).toBe('Appeals court steps in');
    expect(edited.edited).toEqual(['title']);
    expect(edited.sources).toEqual(target.sources);
  });

  it('writes nothing when the curation file has errors, and says where', async () => {
    const folder = await folderWith('{ "entries": [ { "redate": "abc", "date": { "start": "2024-04", "precision": "era" } } ] }');
    const output = join(folder, '..', `${basename(folder)}.json`);
    const { code, stderr } = await runOn(['--input', folder, '--output', output]);
    expect(code).toBe(1);
    expect(stderr.join('\n')).toMatch(/"curation\.json": entries\[0\]\.date\.precision: expected one of/);
    await expect(readFile(output, 'utf8')).rejects.toThrow();
  });
});
