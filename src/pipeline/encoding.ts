// Which encoding a BOM-less, non-UTF-16 article file is in, decided on the evidence of its bytes:
// UTF-8 (strict, or with a few bad bytes replaced), Windows-1252 when its high bytes look like
// Western European text, or another legacy encoding, which is named and not read (decoding a
// Japanese or Cyrillic file as Windows-1252 gives mojibake, and guessing between them gives worse).
// No encoding-detection library is installed (chardet would be the one); this covers what an
// English-language newsroom's files come in.

export type EncodingDecision =
  | { encoding: 'utf-8'; invalidBytes: number }
  | { encoding: 'windows-1252' }
  | { encoding: null; looksLike: string };

/** Counts of a UTF-8 scan: well-formed multi-byte characters and bytes that fit no character. */
export function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let j = 1;
    for (; j <= need && i + j < n && (bytes[i + j] & 0xc0) === 0x80; j++) cp = (cp << 6) | (bytes[i + j] & 0x3f);
    // Overlong forms, surrogates and code points past U+10FFFF are as invalid as a missing byte.
    // A character cut short is one bad place, as a decoder replaces it with one U+FFFD.
    if (j <= need) {
      invalid++;
      i += j;
      continue;
    }
    // Overlong forms, surrogates and code points past U+10FFFF are as invalid as a missing byte.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
      invalid++;
      i++;
      continue;
    }
    multiByte++;
    i += need + 1;
  }
  return { multiByte, invalid };
}

/** The bytes Windows-1252 leaves unassigned. */
const CP1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * Whether the high bytes read as Western European text in Windows-1252: none unassigned, nearly all
 * standing alone or in pairs (an accented letter inside a word, a curly quote, a dash), and the
 * letters among them (0xC0-0xFF) next to a Latin letter. Cyrillic, Greek and the double-byte
 * encodings write whole words in high bytes, so long runs of them are not Windows-1252.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let inLongRuns = 0;
  let letters = 0;
  let lettersBesideLatin = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < bytes.length && bytes[j] >= 0x80) {
      if (CP1252_UNASSIGNED.has(bytes[j])) return false;
      j++;
    }
    const run = j - i;
    high += run;
    if (run > 2) inLongRuns += run;
    for (let k = i; k < j; k++) {
      if (bytes[k] < 0xc0) continue;
      letters++;
      if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[j])) lettersBesideLatin++;
    }
    i = j;
  }
  return high > 0 && inLongRuns <= 0.1 * high && lettersBesideLatin >= 0.6 * letters;
}

/** Legacy encodings a file that is neither UTF-8 nor Windows-1252 is often in, tried in this order. */
const LEGACY: { encoding: string; name: string; script: RegExp }[] = [
  { encoding: 'shift_jis', name: 'Shift_JIS (Japanese)', script: /[\u3040-\u30ff\u4e00-\u9fff\uff61-\uff9f\u3000-\u303f\uff01-\uff5e]/u },
  { encoding: 'euc-jp', name: 'EUC-JP (Japanese)', script: /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]/u },
  { encoding: 'euc-kr', name: 'EUC-KR (Korean)', script: /[\uac00-\ud7af\u3000-\u303f\uff01-\uff5e]/u },
  { encoding: 'gbk', name: 'GBK (Chinese)', script: /[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]/u },
  { encoding: 'big5', name: 'Big5 (Chinese)', script: /[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]/u },
  { encoding: 'windows-1251', name: 'Windows-1251 (Cyrillic)', script: /[\u0400-\u04ff]/u },
  { encoding: 'iso-8859-7', name: 'ISO-8859-7 (Greek)', script: /[\u0370-\u03ff]/u },
];

/** The legacy encoding under which nearly every non-ASCII character decodes into one script, if any. */
function guessLegacy(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 65_536);
  for (const { encoding, name, script } of LEGACY) {
    let text: string;
    try {
      // A sample can end inside a character; that one is not evidence.
      text = new TextDecoder(encoding, { fatal: sample.length === bytes.length }).decode(sample);
    } catch {
      continue;
    }
    let other = 0;
    let inScript = 0;
    for (const c of text) {
      if (c.charCodeAt(0) < 0x80) continue;
      if (script.test(c)) inScript++;
      else other++;
    }
    if (inScript > 0 && other <= 0.05 * (inScript + other)) return name;
  }
  return null;
}

/**
 * Decides how to decode `bytes` (no BOM, not UTF-16): valid UTF-8 is UTF-8; UTF-8 with at least as
 * many well-formed multi-byte characters as bad bytes is UTF-8 with the bad bytes replaced (a
 * truncated or pasted-in byte); otherwise Windows-1252 if it looks like it, else UTF-8 with
 * replacements when nothing else fits, or a named legacy encoding that is not read.
 */
export function decideEncoding(bytes: Uint8Array): EncodingDecision {
  const { multiByte, invalid } = scanUtf8(bytes);
  if (invalid === 0) return { encoding: 'utf-8', invalidBytes: 0 };
  if (multiByte >= invalid) return { encoding: 'utf-8', invalidBytes: invalid };
  if (looksLikeWindows1252(bytes)) return { encoding: 'windows-1252' };
  const legacy = guessLegacy(bytes);
  if (legacy) return { encoding: null, looksLike: legacy };
  return { encoding: 'utf-8', invalidBytes: invalid };
}
