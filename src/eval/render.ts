// Turns a TimeML document into the plain text the pipeline reads, as a news page would show it:
// the title, the date line, then the body. Gold offsets move with the text.

import type { GoldTimex, TimeMLDocument } from './timeml';

export interface RenderedDocument {
  id: string;
  /** File name given to the pipeline. */
  file: string;
  text: string;
  /** Where the TEXT element starts in `text`; gold and scored spans lie at or after it. */
  textStart: number;
  /** Gold expressions with offsets into `text`. */
  gold: GoldTimex[];
  /** The DCT as a day (`2005-06-06`), for checking the publication date the pipeline read. */
  dct: string | null;
  /** Where each non-blank line of TEXT ends, in `text` offsets, for limiting scoring to annotated lines. */
  lineEnds: number[];
}

/** True when the TEXT's first non-blank line is nothing but one temporal expression: the article's own date line. */
export function opensWithDateLine(doc: TimeMLDocument): boolean {
  const lead = doc.text.length - doc.text.trimStart().length;
  const lineEnd = doc.text.indexOf('\n', lead);
  const end = lineEnd < 0 ? doc.text.length : lineEnd;
  const line = doc.text.slice(lead, end).trim();
  const first = doc.timexes[0];
  return (
    first !== undefined && (first.type === 'DATE' || first.type === 'TIME') && first.start >= lead && first.end <= end && first.text.trim() === line
  );
}

/**
 * Title, a blank line, then TEXT. When TEXT does not open with its own date line, the DCT goes in
 * as an ISO date line so that the pipeline still has a publication date; that line is not scored.
 */
export function renderDocument(doc: TimeMLDocument): RenderedDocument {
  const dct = doc.dctValue && /^\d{4}-\d\d-\d\d/.test(doc.dctValue) ? doc.dctValue.slice(0, 10) : null;
  const lead = doc.text.length - doc.text.trimStart().length;
  const body = doc.text.slice(lead).replace(/\s+$/, '');
  let head = doc.title ? `${doc.title}\n\n` : '';
  if (dct && !opensWithDateLine(doc)) head += `${dct}\n\n`;
  const textStart = head.length;
  const gold = doc.timexes
    .filter((t) => t.start >= lead)
    .map((t) => ({ ...t, start: t.start - lead + textStart, end: t.end - lead + textStart }));
  const lineEnds: number[] = [];
  for (const m of body.matchAll(/[^\n]*\S[^\n]*/g)) lineEnds.push(textStart + m.index + m[0].length);
  return { id: doc.id, file: `${doc.id.replace(/[^A-Za-z0-9_-]+/g, '-')}.txt`, text: head + body + '\n', textStart, gold, dct, lineEnds };
}
