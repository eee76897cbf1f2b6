// Stage 1: turn the article files of one folder into text. Bytes are decoded as UTF-8 (or UTF-16
// when a BOM says so), falling back to Windows-1252; files that cannot be articles become warnings.

import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileWarning, SourceText } from './types';

const ARTICLE_NAME = /\.(txt|md)$/i;
/** Far above any real article; stops a stray disk image from being read into memory. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Share of control characters above which decoded "text" is really binary data. */
const MAX_CONTROL_SHARE = 0.05;
const SAMPLE_CHARS = 65_536;
const READ_AT_ONCE = 32;

// Node 20's TextDecoder reads 'windows-1252' as Latin-1, turning curly quotes into C1 controls,
// so the 0x80-0x9F row is mapped here (the five unassigned bytes keep their C1 code points).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function decode(encoding: string, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** UTF-16 without a BOM shows itself by NUL bytes in every other position. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE_CHARS);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_CHARS);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / n;
}

/**
 * Decodes one article file. Returns the text with any BOM removed and line endings untouched (so
 * offsets later on are into exactly this text), or a warning when the file is empty or binary.
 */
export function decodeArticle(file: string, bytes: Uint8Array): SourceText | FileWarning {
  const warnings: string[] = [];
  let text: string;
  let encoding: string;

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decode(encoding, bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decode(encoding, bytes.subarray(2));
  } else {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const content = hasBom ? bytes.subarray(3) : bytes;
    const utf16 = hasBom ? null : bomlessUtf16(content);
    if (utf16) {
      encoding = utf16;
      text = decode(encoding, content);
    } else {
      if (content.includes(0)) return { file, reason: 'binary file, not text' };
      try {
        encoding = 'utf-8';
        text = decode(encoding, content, true);
      } catch {
        encoding = 'windows-1252';
        text = decode(encoding, content);
        warnings.push('not valid UTF-8; decoded as Windows-1252');
      }
    }
  }

  if (text.trim() === '') return { file, reason: 'empty file' };
  if (text.includes('\0') || controlShare(text) > MAX_CONTROL_SHARE) return { file, reason: 'binary file, not text' };
  return { file, text, encoding, warnings };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code} ${e.message.replace(/^[A-Z]+:\s*/, '')}` : String(e.message ?? error);
}

async function readOne(dir: string, name: string): Promise<SourceText | FileWarning> {
  const path = join(dir, name);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink() && (error as NodeJS.ErrnoException).code === 'ENOENT') return { file: name, reason: 'broken link: its target does not exist' };
    return { file: name, reason: `unreadable: ${describeError(error)}` };
  }
  if (info.isDirectory()) return { file: name, reason: 'is a directory, not a file' };
  if (!info.isFile()) return { file: name, reason: 'not a regular file' };
  if (info.size > MAX_BYTES) return { file: name, reason: `too large (${Math.round(info.size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB)` };
  try {
    return decodeArticle(name, await readFile(path));
  } catch (error) {
    return { file: name, reason: `unreadable: ${describeError(error)}` };
  }
}

/**
 * Reads every `.txt` and `.md` file directly inside `dir`, in code-unit order of their names.
 * Files that cannot be read become warnings and the rest go on; a missing folder throws.
 */
export async function readArticles(dir: string): Promise<{ articles: SourceText[]; warnings: FileWarning[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => ARTICLE_NAME.test(n)).sort(byCodeUnits);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${describeError(error)})`;
    throw new Error(`input folder "${dir}" ${why}`);
  }
  // A few files at a time: thousands at once would run out of file handles.
  const results: (SourceText | FileWarning)[] = [];
  for (let i = 0; i < names.length; i += READ_AT_ONCE) {
    results.push(...(await Promise.all(names.slice(i, i + READ_AT_ONCE).map((name) => readOne(dir, name)))));
  }
  const articles: SourceText[] = [];
  const warnings: FileWarning[] = [];
  for (const r of results) {
    if ('text' in r) articles.push(r);
    else warnings.push(r);
  }
  return { articles, warnings };
}
