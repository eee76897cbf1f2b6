import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConvert } from '../../../src/interop/convert';

const fixtures = join(import.meta.dirname, '../../fixtures');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'convert-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run convert', () => {
  it('moves our list to TimelineJS JSON and back, byte for byte', async () => {
    const input = join(fixtures, 'interop/events.json');
    const tl = join(dir, 'timeline.json');
    const back = join(dir, 'events.json');
    expect(await runConvert([input, tl])).toEqual({ code: 0, stderr: [`convert: events -> timelinejs: 16 events, 0 notes -> ${tl}`] });
    expect(JSON.parse(await readFile(tl, 'utf8')).events).toHaveLength(16);
    expect((await runConvert([tl, back])).code).toBe(0);
    expect(await readFile(back, 'utf8')).toBe(await readFile(input, 'utf8'));
  });

  it('reads a TimelineJS sheet, printing each note', async () => {
    const out = join(dir, 'from-sheet.json');
    const { code, stderr } = await runConvert([join(fixtures, 'timelinejs/sheet.csv'), out]);
    expect(code).toBe(0);
    expect(stderr[0]).toMatch(/^note: .*sheet\.csv: row 1: column "Notes for editors" not carried over$/);
    expect(stderr.at(-1)).toBe(`convert: csv -> events: 15 events, 10 notes -> ${out}`);
    expect(JSON.parse(await readFile(out, 'utf8')).events).toHaveLength(15);
  });

  it('writes a CSV sheet when the output ends in .csv, and another format when asked', async () => {
    const csv = join(dir, 'sheet.csv');
    expect((await runConvert([join(fixtures, 'interop/curated.json'), csv])).code).toBe(0);
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toMatch(/^Year,Month,Day,Time,/);
    const tidy = join(dir, 'tidy.json');
    expect((await runConvert([join(fixtures, 'interop/curated.json'), tidy, '--to', 'events'])).code).toBe(0);
    expect(await readFile(tidy, 'utf8')).toBe(await readFile(join(fixtures, 'interop/curated.json'), 'utf8'));
  });

  it.each([
    { name: 'no output', args: ['a.json'], code: 2, line: 'convert: expected an input and an output file' },
    { name: 'an unknown format', args: ['a.json', 'b.json', '--to', 'xml'], code: 2, line: 'convert: --to must be events, timelinejs or csv' },
    { name: 'a missing input', args: ['/nonexistent/a.json', 'b.json'], code: 1, line: 'convert: cannot read /nonexistent/a.json: ENOENT' },
  ])('fails with $name', async ({ args, code, line }) => {
    const result = await runConvert(args);
    expect(result.code).toBe(code);
    expect(result.stderr[0]).toBe(line);
  });

  it('refuses broken JSON and an invalid event list, writing nothing', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"events": [');
    expect((await runConvert([bad, join(dir, 'never.json')])).stderr[0]).toMatch(/^convert: .*bad\.json: not valid JSON/);
    await writeFile(bad, JSON.stringify({ version: 1, articles: [], events: [{ id: 'x' }] }));
    const result = await runConvert([bad, join(dir, 'never.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/bad\.json: events\[0\]\.title: expected a string$/);
    await expect(readFile(join(dir, 'never.json'))).rejects.toThrow();
  });
});
