// HTML at the border with TimelineJS, which renders its headline and text fields as HTML: our text
// goes out escaped, and theirs comes in as plain text (tags dropped, entities decoded), never markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Named entities a hand-written timeline is likely to use; any other stays as written (it is then shown, not interpreted). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″', dagger: '†', Dagger: '‡',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', minus: '−', frac12: '½', frac14: '¼', frac34: '¾',
  sup1: '¹', sup2: '²', sup3: '³', para: '¶', sect: '§', euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤',
  iexcl: '¡', iquest: '¿', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É',
  Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô',
  Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é',
  ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô',
  otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ',
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
};

/** Decodes character references; an invalid or unknown one is kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // NUL, surrogates and out-of-range code points are what a browser would replace too.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/** An HTML start or end tag, attributes (quoted `>` included) and all. */
// No `<` outside quotes, so a scan stops at the next tag: text full of unclosed `<a` stays linear.
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[^<>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK = /^<\/?(p|div|h[1-6]|li|ul|ol|blockquote|tr|table|section|article|header|footer|figure|figcaption|pre)\b/i;

/**
 * Plain text from an HTML fragment, as a reader would see it: script and style contents and
 * comments are dropped, paragraphs and `<br>` become line breaks, a link keeps its address after
 * its words, other tags vanish, entities are decoded and runs of spaces collapse.
 */
export function htmlToText(html: string): string {
  // NUL is never text in HTML, and below it marks where breaks and links were.
  const withoutCode = html
    .replace(/\u0000/g, '')
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
  const marked = withoutCode.replace(TAG, (tag) => {
    if (/^<br\b/i.test(tag)) return '\u0000br\u0000';
    if (BLOCK.test(tag)) return '\u0000p\u0000';
    const href = /^<a\b(?:[^>"']|"[^"]*"|'[^']*')*?\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (href) return `\u0000a${href[2] ?? href[3] ?? href[4]}\u0000`;
    return /^<\/a\b/i.test(tag) ? '\u0000/a\u0000' : '';
  });
  // Links: "words (address)" when the address says something the words do not.
  const linked = marked.replace(/\u0000a([^\u0000]*)\u0000([^\u0000]*?)\u0000\/a\u0000/g, (_, href: string, words: string) => {
    const url = decodeEntities(href).trim();
    const plainWords = decodeEntities(words).trim();
    return /^https?:\/\//i.test(url) && !plainWords.includes(url) ? `${words} (${url})` : words;
  }).replace(/\u0000\/?a[^\u0000]*\u0000/g, '');
  const paragraphs = linked.split('\u0000p\u0000').map((p) =>
    p.split('\u0000br\u0000').map((line) => decodeEntities(line).replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim()).join('\n').trim(),
  );
  return paragraphs.filter((p) => p !== '').join('\n\n');
}
