import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredDecoder } from '../../../src/pipeline/html/charset';
import { readArticles } from '../../../src/pipeline/read';

// Windows-1251 bytes of a Russian sentence, written out so the test needs no encoder.
const CP1251: Record<string, number> = Object.fromEntries(
  [...'абвгдежзийклмнопрстуфхцчшщъыьэюя'].map((c, i) => [c, 0xe0 + i]).concat([...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'].map((c, i) => [c, 0xc0 + i])),
);
const cp1251 = (text: string) => Uint8Array.from([...text].map((c) => CP1251[c] ?? c.charCodeAt(0)));

const SENTENCE = 'Городской совет принял бюджет в понедельник после долгих споров. ';
const page = (meta: string) =>
  `<!doctype html><html><head>${meta}<title>Совет принял бюджет</title></head><body><article><h1>Совет принял бюджет</h1>` +
  Array.from({ length: 6 }, () => `<p>${SENTENCE.repeat(3)}</p>`).join('') +
  '</article></body></html>';

describe('the encoding a saved page declares', () => {
  it.each([
    ['<meta charset="windows-1251">', 'windows-1251'],
    ["<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>", 'koi8-r'],
    ['<meta charset=Shift_JIS>', 'shift_jis'],
  ])('reads %s', (meta, encoding) => {
    expect(declaredDecoder(new TextEncoder().encode(page(meta)))?.encoding).toBe(encoding);
  });

  it.each([['<meta charset="no-such-thing">'], ['']])('names none for %j', (meta) => {
    expect(declaredDecoder(new TextEncoder().encode(page(meta)))).toBeNull();
  });

  it('decodes a Windows-1251 page with the encoding it declares, where the bytes alone are refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'html-charset-'));
    await writeFile(join(dir, 'declared.html'), cp1251(page('<meta charset="windows-1251">')));
    await writeFile(join(dir, 'undeclared.html'), cp1251(page('')));
    const { articles, warnings } = await readArticles(dir);
    expect(articles.map((a) => [a.file, a.encoding])).toEqual([['declared.html', 'windows-1251']]);
    expect(articles[0].text).toContain('Городской совет принял бюджет в понедельник');
    expect(warnings.map((w) => w.file)).toEqual(['undeclared.html']);
  });
});
