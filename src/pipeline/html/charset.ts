// The character encoding a saved page declares for itself (`<meta charset>` or the http-equiv
// Content-Type), which the HTML standard reads from the first 1,024 bytes. A page in Shift_JIS or
// KOI8-R says so there; guessing from the bytes, as plain-text files must, cannot tell them apart.

const PRESCAN = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The decoder a page's first bytes name, or null when they name none (or one no decoder knows). */
export function declaredDecoder(bytes: Uint8Array): TextDecoder | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
