// A page read once: its lines with their offsets, and what each line is judged to be, decided once
// and shared by the metadata stage (header, body start, footer) and the body stage (kept prose).

import { classifyParagraph, isProse, type ParagraphKind } from './kinds';

export interface Line {
  text: string;
  start: number;
  index: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, index: lines.length });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, index: lines.length });
  return lines;
}

/**
 * One article's text split into lines once. Each judgement of a line or paragraph (is it running
 * prose, what kind of paragraph is it) is made at most once and remembered, whichever stage asks.
 */
export class Page {
  readonly lines: Line[];
  readonly #prose = new Map<number, boolean>();
  /** Paragraph kinds by span start; the end is kept to tell two spans with one start apart. */
  readonly #kinds = new Map<number, { end: number; kind: ParagraphKind }>();

  constructor(readonly text: string) {
    this.lines = splitLines(text);
  }

  /** Running prose: a body paragraph rather than a headline, menu or credit line. */
  isProse(line: Line): boolean {
    let prose = this.#prose.get(line.index);
    if (prose === undefined) {
      prose = isProse(line.text);
      this.#prose.set(line.index, prose);
    }
    return prose;
  }

  /** What the text between `start` and `end` is as a paragraph on its own (see classifyParagraph). */
  kind(start: number, end: number): ParagraphKind {
    const known = this.#kinds.get(start);
    if (known && known.end === end) return known.kind;
    const kind = classifyParagraph(this.text.slice(start, end));
    this.#kinds.set(start, { end, kind });
    return kind;
  }
}

export const readPage = (text: string): Page => new Page(text);
