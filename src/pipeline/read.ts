// Stage 1: turn the article files of one folder into text. Only regular files whose real path is
// inside the folder are read (a link inside it is fine, a link out of it is not), each with a size
// cap and a time limit. Bytes are decoded as UTF-16 when a BOM or NUL pattern says so, else on the
// evidence of the bytes (encoding.ts); files that cannot be articles become warnings.

import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, type FileHandle } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { decideEncoding, scanUtf8 } from './encoding';
import { HTML_NAME, MAX_HTML_BYTES, readHtmlArticle } from './html';
import { declaredDecoder } from './html/charset';
import type { FileWarning, SourceText } from './types';
import { compareText } from '../core/order';

const ARTICLE_NAME = /\.(txt|md|html?)$/i;
/** Far above any real article; stops a stray disk image from being read into memory. */
const MAX_BYTES = 64 * 1024 * 1024;
/** A file that takes longer than this to read is on a device or a hung mount, not an article. */
const READ_TIMEOUT_MS = 10_000;
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
 * offsets later on are into exactly this text), or a warning when the file is empty, binary or in
 * an encoding that is not read.
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
      // A BOM says UTF-8 whatever the bytes after it; without one the bytes are the evidence.
      const decision = hasBom ? ({ encoding: 'utf-8', invalidBytes: scanUtf8(content).invalid } as const) : decideEncoding(content);
      if (decision.encoding === null) {
        return { file, reason: `not UTF-8; looks like ${decision.looksLike}, which is not read (save it as UTF-8)` };
      }
      encoding = decision.encoding;
      text = decode(encoding, content);
      if (decision.encoding === 'windows-1252') warnings.push('not valid UTF-8; decoded as Windows-1252');
      else if (decision.invalidBytes > 0) {
        const n = decision.invalidBytes;
        warnings.push(`not valid UTF-8 in ${n} place${n === 1 ? '' : 's'}; read as UTF-8 with ${n === 1 ? 'the bad byte' : 'each bad byte'} shown as \uFFFD`);
      }
    }
  }

  if (text.trim() === '') return { file, reason: 'empty file' };
  if (text.includes('\0') || controlShare(text) > MAX_CONTROL_SHARE) return { file, reason: 'binary file, not text' };
  return { file, text, encoding, warnings };
}

/**
 * A saved page's text: a BOM decides first, then the encoding the page declares (a UTF-16 or
 * UTF-8 declaration is left to the bytes, as browsers do), then the bytes as for any article.
 */
function decodePage(file: string, bytes: Uint8Array): SourceText | FileWarning {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const decoder = hasBom ? null : declaredDecoder(bytes);
  if (!decoder || decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) return decodeArticle(file, bytes);
  if (bytes.includes(0)) return { file, reason: 'binary file, not text' };
  const text = decoder.decode(bytes);
  if (text.trim() === '') return { file, reason: 'empty file' };
  return { file, text, encoding: decoder.encoding, warnings: [] };
}

function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code} ${e.message.replace(/^[A-Z]+:\s*/, '')}` : String(e.message ?? error);
}

/** Whether `path` is `folder` or inside it (both real paths). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Reads at most `maxBytes` from an open file within `timeoutMs`. A read that does not finish in
 * time (a device, a file under /proc, a hung network mount) is given up on: the command goes on
 * and the file is closed if the read ever returns. `sizeHint`: the size the file says it has.
 */
export async function readWithin(handle: FileHandle, maxBytes: number, timeoutMs: number, sizeHint = 0): Promise<Uint8Array | { reason: string }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => done('timeout'), timeoutMs);
    timer.unref?.();
  });
  try {
    for (;;) {
      // Sized to what the file says it holds (one byte more, to see its end), else 64 KB: a fresh
      // megabyte for every small article kept the garbage collector busy.
      const want = total === 0 && sizeHint > 0 ? sizeHint + 1 : 1 << 16;
      const buffer = new Uint8Array(Math.min(want, 1 << 20, maxBytes + 1 - total));
      const read = handle.read(buffer, 0, buffer.length, null);
      const result = await Promise.race([read, timedOut]);
      if (result === 'timeout') {
        read.then(() => handle.close(), () => handle.close()).catch(() => {});
        return { reason: `still not read after ${timeoutMs / 1000} s (a device or a special file?); skipped` };
      }
      if (result.bytesRead === 0) break;
      chunks.push(buffer.subarray(0, result.bytesRead));
      total += result.bytesRead;
      if (total > maxBytes) return { reason: `too large (more than ${Math.round(maxBytes / 1048576)} MB)` };
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) bytes.set(c, at), (at += c.length);
  return bytes;
}

export interface InputFileOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

/**
 * The bytes of `name` in the input folder `realDir` (a real path), or why it is not read: only a
 * regular file whose real path is inside the folder, not empty, within the size cap and the time
 * limit. `null` when there is no such file at all.
 */
export async function readInputFile(realDir: string, name: string, options: InputFileOptions = {}): Promise<Uint8Array | { reason: string } | null> {
  const { maxBytes = MAX_BYTES, timeoutMs = READ_TIMEOUT_MS } = options;
  const path = join(realDir, name);
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => error);
  if (link instanceof Error) return link.code === 'ENOENT' ? null : { reason: `unreadable: ${describeError(link)}` };
  let real = path;
  if (link.isSymbolicLink()) {
    try {
      real = await realpath(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { reason: code === 'ENOENT' ? 'broken link: its target does not exist' : `unreadable: ${describeError(error)}` };
    }
    // A contributed file that links to /etc/... or a private memo must not publish its sentences.
    if (!isInside(real, realDir)) return { reason: 'a link to a file outside the input folder; not read' };
  }
  let handle: FileHandle;
  try {
    // Non-blocking, so a FIFO put in the file's place after the check above does not hang the open.
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { reason: 'is a directory, not a file' };
    return { reason: `unreadable: ${describeError(error)}` };
  }
  let keepOpen = false;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { reason: 'is a directory, not a file' };
    if (!info.isFile()) return { reason: 'not a regular file' };
    // Files under /proc and /sys say 0 bytes and may block forever when read; a real empty file has nothing to read.
    if (info.size === 0) return { reason: 'empty file' };
    if (info.size > maxBytes) return { reason: `too large (${Math.round(info.size / 1048576)} MB; the limit is ${maxBytes / 1048576} MB)` };
    const bytes = await readWithin(handle, maxBytes, timeoutMs, info.size);
    if (!(bytes instanceof Uint8Array) && bytes.reason.startsWith('still not read')) keepOpen = true;
    return bytes;
  } catch (error) {
    return { reason: `unreadable: ${describeError(error)}` };
  } finally {
    // A read still under way closes the file when it returns (readWithin).
    if (!keepOpen) await handle.close().catch(() => {});
  }
}

/** Why the input folder cannot be read from, in a line; or its real path. */
export async function realInputFolder(dir: string): Promise<string | { reason: string }> {
  try {
    return await realpath(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${describeError(error)})` };
  }
}

/**
 * Reads every `.txt`, `.md` and `.html`/`.htm` file directly inside `dir` (a page as its article's text), in code-unit order of their names.
 * Files that cannot be read become warnings and the rest go on; a folder that cannot be listed
 * throws an error whose message is one line.
 */
export async function readArticles(dir: string, options: InputFileOptions = {}): Promise<{ articles: SourceText[]; warnings: FileWarning[] }> {
  const folder = JSON.stringify(dir);
  const realDir = await realInputFolder(dir);
  if (typeof realDir !== 'string') throw new Error(`input folder ${folder} ${realDir.reason}`);
  let names: string[];
  try {
    names = (await readdir(realDir)).filter((n) => ARTICLE_NAME.test(n)).sort(compareText);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : code === 'EACCES' ? 'cannot be listed (permission denied)' : `cannot be listed (${describeError(error)})`;
    throw new Error(`input folder ${folder} ${why}`);
  }
  const readOne = async (name: string): Promise<SourceText | FileWarning> => {
    const bytes = await readInputFile(realDir, name, options);
    if (bytes === null) return { file: name, reason: 'gone before it could be read' };
    if (!(bytes instanceof Uint8Array)) return { file: name, reason: bytes.reason };
    if (!HTML_NAME.test(name)) return decodeArticle(name, bytes);
    // A saved web page: too big to parse in seconds is refused before it is decoded.
    if (bytes.length > MAX_HTML_BYTES) return { file: name, reason: `page too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_HTML_BYTES / 1048576} MB)` };
    const page = decodePage(name, bytes);
    if (!('text' in page)) return page;
    const article = readHtmlArticle(page.text);
    if ('reason' in article) return { file: name, reason: article.reason };
    return { ...page, text: article.text, declared: article.declared };
  };
  // A few files at a time: thousands at once would run out of file handles.
  const results: (SourceText | FileWarning)[] = [];
  for (let i = 0; i < names.length; i += READ_AT_ONCE) {
    results.push(...(await Promise.all(names.slice(i, i + READ_AT_ONCE).map(readOne))));
  }
  const articles: SourceText[] = [];
  const warnings: FileWarning[] = [];
  for (const r of results) {
    if ('text' in r) articles.push(r);
    else warnings.push(r);
  }
  return { articles, warnings };
}
