import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticle, readArticles } from '../../src/pipeline/read';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16 = (s: string, bigEndian: boolean) => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return out;
};

describe('decodeArticle', () => {
  it.each([
    { name: 'plain UTF-8', input: utf8('Ferry resumes service'), text: 'Ferry resumes service', encoding: 'utf-8', warnings: [] },
    { name: 'UTF-8 with accents and dashes', input: utf8('Café reopens — at last'), text: 'Café reopens — at last', encoding: 'utf-8', warnings: [] },
    { name: 'UTF-8 BOM dropped', input: bytes([0xef, 0xbb, 0xbf], utf8('Headline')), text: 'Headline', encoding: 'utf-8', warnings: [] },
    { name: 'CRLF kept', input: utf8('Title\r\n\r\nBody line.'), text: 'Title\r\n\r\nBody line.', encoding: 'utf-8', warnings: [] },
    { name: 'lone CR kept', input: utf8('Title\rBody line.'), text: 'Title\rBody line.', encoding: 'utf-8', warnings: [] },
    {
      name: 'Windows-1252 é and curly quotes',
      input: bytes(utf8('Caf'), [0xe9], utf8(' owner said '), [0x93], utf8('no'), [0x94]),
      text: 'Café owner said “no”',
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8; decoded as Windows-1252'],
    },
    { name: 'UTF-16LE with BOM', input: bytes([0xff, 0xfe], utf16('Tide ½ high', false)), text: 'Tide ½ high', encoding: 'utf-16le', warnings: [] },
    { name: 'UTF-16BE with BOM', input: bytes([0xfe, 0xff], utf16('Tide ½ high', true)), text: 'Tide ½ high', encoding: 'utf-16be', warnings: [] },
    { name: 'UTF-16LE without BOM', input: bytes(utf16('A quiet harbour town', false)), text: 'A quiet harbour town', encoding: 'utf-16le', warnings: [] },
  ])('decodes $name', ({ input, text, encoding, warnings }) => {
    expect(decodeArticle('a.txt', input)).toEqual({ file: 'a.txt', text, encoding, warnings });
  });

  it.each([
    { name: 'an empty file', input: new Uint8Array(0), reason: 'empty file' },
    { name: 'whitespace only', input: utf8(' \r\n\t\n'), reason: 'empty file' },
    { name: 'a BOM only', input: bytes([0xef, 0xbb, 0xbf]), reason: 'empty file' },
    { name: 'NUL bytes', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), reason: 'binary file, not text' },
    { name: 'many control characters', input: bytes(...Array.from({ length: 40 }, (_, i) => [0x41 + (i % 20), i % 2 ? 0x01 : 0x1b])), reason: 'binary file, not text' },
  ])('refuses $name', ({ input, reason }) => {
    expect(decodeArticle('b.txt', input)).toEqual({ file: 'b.txt', reason });
  });
});

describe('readArticles', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'read-articles-'));
    await writeFile(join(dir, 'b_second.txt'), 'Second story\n\nBody.');
    await writeFile(join(dir, 'a_first.md'), '# First story\n\nBody.');
    await writeFile(join(dir, 'Z_upper.txt'), 'Upper-case name sorts first in code-unit order.');
    await writeFile(join(dir, 'latin.txt'), Uint8Array.from([0x4e, 0x61, 0xef, 0x76, 0x65]));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'picture.txt'), Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    await writeFile(join(dir, 'notes.json'), '{"not": "an article"}');
    await mkdir(join(dir, 'x.txt'));
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    await symlink(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    await symlink(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the .txt and .md files in code-unit order of their names', async () => {
    const { articles } = await readArticles(dir);
    expect(articles.map((a) => a.file)).toEqual(['Z_upper.txt', 'a_first.md', 'b_second.txt', 'latin.txt']);
    expect(articles.find((a) => a.file === 'latin.txt')).toMatchObject({ text: 'Naïve', encoding: 'windows-1252' });
  });

  it('warns about each file that cannot be an article and goes on', async () => {
    const { warnings } = await readArticles(dir);
    expect(warnings).toEqual([
      { file: 'dangling.txt', reason: 'broken link: its target does not exist' },
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'loop-a.txt', reason: expect.stringMatching(/^unreadable: ELOOP /) },
      { file: 'loop-b.txt', reason: expect.stringMatching(/^unreadable: ELOOP /) },
      { file: 'picture.txt', reason: 'binary file, not text' },
      { file: 'pipe.txt', reason: 'not a regular file' },
      { file: 'x.txt', reason: 'is a directory, not a file' },
    ]);
  });

  it('throws a one-line error naming a missing folder', async () => {
    const missing = join(dir, 'no-such-folder');
    await expect(readArticles(missing)).rejects.toThrow(`input folder "${missing}" does not exist`);
  });
});
