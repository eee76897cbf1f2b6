// A saved web page as an article: refused early when its shape would make parsing slow or unsafe
// (dom.ts), its declared metadata read (declared.ts), its scripts and styles dropped, and its
// article read as plain text (body.ts). The text is what quotes are offsets into.

import type { PublicationDate } from '../types';
import { readBody } from './body';
import { ISO_DATE, readDeclared, type DeclaredMetadata } from './declared';
import { parsePage, refuseShape, stripNeverText } from './dom';
import { readSavedFrom } from './saved-url';

export { MAX_HTML_BYTES } from './dom';
export type { DeclaredMetadata } from './declared';

export const HTML_NAME = /\.html?$/i;

export interface HtmlArticle {
  /** The article's plain text: its title, a blank line, then its paragraphs. */
  text: string;
  declared: DeclaredMetadata;
}

/** Reads one page; a page with no article, or one too big or too deeply nested, gives a reason. */
export function readHtmlArticle(html: string): HtmlArticle | { reason: string } {
  const refused = refuseShape(html);
  if (refused) return { reason: refused };
  const document = parsePage(html);
  const declared = readDeclared(document, readSavedFrom(html));
  stripNeverText(document);
  const body = readBody(document);
  if ('reason' in body) return body;
  const title = declared.title ?? body.title;
  // The title heads the text as it heads a text file, so the text stage reads the page as it reads one.
  const startsWithTitle = title !== null && body.text.slice(0, title.length + 1).trim() === title;
  const text = title && !startsWithTitle ? `${title}\n\n${body.text}\n` : `${body.text}\n`;
  return { text, declared: { ...declared, title, author: declared.author ?? body.byline } };
}

/** A declared ISO date as a publication date; its offset is kept, and no time is invented. */
export function declaredPublication(iso: string | null): PublicationDate | null {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const hasTime = m[4] !== undefined;
  let offsetMinutes: number | null = null;
  if (hasTime && m[6]) {
    if (m[6].toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const digits = m[6].replace(':', '');
      const sign = digits[0] === '-' ? -1 : 1;
      offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
  }
  return {
    year,
    month,
    day,
    hour: hasTime ? Number(m[4]) : null,
    minute: hasTime ? Number(m[5]) : null,
    offsetMinutes,
    timeZone: null,
    offsetSource: offsetMinutes === null ? null : 'text',
    text: iso!,
    start: 0,
    end: 0,
  };
}
