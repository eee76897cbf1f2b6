import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticle, readArticles, readWithin } from '../../src/pipeline/read';

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

  // Issue 11, item 15: the encoding is decided on the evidence of each file's bytes.
  const SHIFT_JIS = Uint8Array.from(Buffer.from('938c8b9e937382cd32303234944e338c8e3593fa82c9905682b582a28ff097e182f094ad955c82b582bd8142', 'hex'));
  const WINDOWS_1251 = Uint8Array.from(Buffer.from('cceef1eae2e020eee1faffe2e8ebe0203520ece0f0f2e0203230323420e3eee4e020ee20edeee2eeec20e7e0eaeeede52e', 'hex'));
  it.each([
    {
      name: 'UTF-8 with one bad byte among its accents and dashes: UTF-8, the byte replaced',
      input: bytes(utf8('Café reopens — “at last”, said the owner'), [0xff], utf8(' of the café.')),
      text: 'Café reopens — “at last”, said the owner\uFFFD of the café.',
      encoding: 'utf-8',
      warnings: ['not valid UTF-8 in 1 place; read as UTF-8 with the bad byte shown as \uFFFD'],
    },
    {
      name: 'UTF-8 cut off inside its last character',
      input: bytes(utf8('The ferry — late again — left at noon'), [0xe2, 0x80]),
      text: 'The ferry — late again — left at noon\uFFFD',
      encoding: 'utf-8',
      warnings: ['not valid UTF-8 in 1 place; read as UTF-8 with the bad byte shown as \uFFFD'],
    },
    {
      name: 'Windows-1252 that also holds a UTF-8-like pair',
      input: bytes(utf8('Na'), [0xef], utf8('ve caf'), [0xe9], utf8(' and '), [0xc3, 0xa9], utf8(' r'), [0xe9], utf8('sum'), [0xe9], utf8(' '), [0x96], utf8(' fine')),
      text: 'Naïve café and Ã© résumé – fine',
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8; decoded as Windows-1252'],
    },
  ])('decodes $name', ({ input, text, encoding, warnings }) => {
    expect(decodeArticle('a.txt', input)).toEqual({ file: 'a.txt', text, encoding, warnings });
  });

  it.each([
    { name: 'Shift_JIS', input: SHIFT_JIS, reason: 'not UTF-8; looks like Shift_JIS (Japanese), which is not read (save it as UTF-8)' },
    { name: 'Windows-1251', input: WINDOWS_1251, reason: 'not UTF-8; looks like Windows-1251 (Cyrillic), which is not read (save it as UTF-8)' },
  ])('names a $name file and does not read it as mojibake', ({ input, reason }) => {
    expect(decodeArticle('c.txt', input)).toEqual({ file: 'c.txt', reason });
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

  it('reads a link to a file inside the folder, never one to a file outside it', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'read-outside-'));
    await writeFile(join(outside, 'memo.txt'), 'Private memo, dated 3 May 2024.');
    const folder = await mkdtemp(join(tmpdir(), 'read-links-'));
    await writeFile(join(folder, 'a.txt'), 'An article of 3 May 2024.');
    await symlink('a.txt', join(folder, 'b.txt'));
    await symlink(join(outside, 'memo.txt'), join(folder, 'c.txt'));
    await symlink('/proc/self/status', join(folder, 'd.txt'));
    const { articles, warnings } = await readArticles(folder);
    expect(articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(warnings).toEqual([
      { file: 'c.txt', reason: 'a link to a file outside the input folder; not read' },
      { file: 'd.txt', reason: 'a link to a file outside the input folder; not read' },
    ]);
  });

  it('gives up on a read that does not finish in time, and says so', async () => {
    const pipe = join(dir, 'slow-pipe');
    execFileSync('mkfifo', [pipe]);
    // A writer that never writes: the read blocks, as one from a device or a hung mount does.
    const writer = await open(pipe, constants.O_RDWR);
    const reader = await open(pipe, constants.O_RDONLY);
    try {
      expect(await readWithin(reader, 1024, 200)).toEqual({ reason: 'still not read after 0.2 s (a device or a special file?); skipped' });
    } finally {
      await writer.write('x');
      await writer.close();
    }
  });

  it('throws a one-line error naming a missing folder', async () => {
    const missing = join(dir, 'no-such-folder');
    await expect(readArticles(missing)).rejects.toThrow(`input folder "${missing}" does not exist`);
  });
});
