// Where a page's header ends and its footer begins: the body starts at a dateline or at running
// prose not followed by more credit lines; the footer at a sign-off, copyright or related-links
// marker (and the short lines just above it), or else after the last paragraph.

import { wordsOf, type Line, type Page } from '../page-chrome';
import { isCreditLine } from './credits';
import { datesOnLine, type FoundDate } from './dates';
import { parseDateline } from './dateline';

/** One page as the metadata stage reads it: each line's dates and credit judgement, made once. */
export class HeaderReading {
  readonly #dates = new Map<number, FoundDate[]>();
  readonly #credit = new Map<number, boolean>();
  constructor(readonly page: Page) {}

  dates(line: Line): FoundDate[] {
    let dates = this.#dates.get(line.index);
    if (!dates) {
      dates = datesOnLine(line);
      this.#dates.set(line.index, dates);
    }
    return dates;
  }

  /** A byline, credit or date line (see isCreditLine). */
  isCredit(line: Line): boolean {
    let credit = this.#credit.get(line.index);
    if (credit === undefined) {
      credit = isCreditLine(line, this.dates(line), this.page.isProse(line));
      this.#credit.set(line.index, credit);
    }
    return credit;
  }
}

const FOOTER_MARKER =
  /^\s*(?:(?:--|—|–)\s*[A-Z][^\s]*(?:\s+\S+){0,5}\s*$|©|\(c\)\s|copyright\b|all rights reserved|follow us\b|\((?:this|the) (?:story|article|report)\b|related\b|read more\b|also read\b|more from\b|recommended\b|most (?:read|popular)\b|share this\b)/i;
const HEADER_LIMIT = 40;
const LOOKAHEAD_FOR_CREDIT = 4;

export interface Sketch {
  /** Index of the first body line, or -1 when none was found near the top. */
  body: number;
  /** Index of the first footer line (lines.length when none). */
  footer: number;
}

function nonEmptyAfter(lines: Line[], from: number, count: number): Line[] {
  const out: Line[] = [];
  for (let i = from; i < lines.length && out.length < count; i++) if (lines[i].text.trim()) out.push(lines[i]);
  return out;
}

/** A short sentence of prose: four words or more, partly lower case, opening with a capital and closing with a full stop. */
function isShortSentence(s: string): boolean {
  const t = s.trim();
  const words = wordsOf(t);
  if (words.length < 4 || !/^["“‘']?\p{Lu}/u.test(t) || !/[a-z][.!?]["”’')]*$/.test(t)) return false;
  return words.filter((w) => /^[a-z]/.test(w)).length / words.length >= 0.3;
}

/** Finds where the body starts (a dateline or running prose, not followed by more credit lines) and where the footer starts. */
export function sketchPage(reading: HeaderReading, from: number): Sketch {
  const { page } = reading;
  const { lines } = page;
  let body = -1;
  let seen = 0;
  let credited = false;
  for (const line of lines.slice(from)) {
    if (!line.text.trim()) continue;
    if (++seen > HEADER_LIMIT) break;
    if (parseDateline(line.text)) {
      body = line.index;
      break;
    }
    const credit = reading.isCredit(line);
    // "The festival ended on Sunday." below the date line: a lede too short to count as running prose
    if (credited && !credit && isShortSentence(line.text)) {
      body = line.index;
      break;
    }
    credited ||= credit;
    if (page.isProse(line) && !credit) {
      // A standfirst can sit above the byline; the body starts after the last credit line nearby.
      const ahead = nonEmptyAfter(lines, line.index + 1, LOOKAHEAD_FOR_CREDIT);
      if (ahead.some((l) => reading.isCredit(l) && !page.isProse(l))) continue;
      body = line.index;
      break;
    }
  }
  let footer = lines.length;
  for (let i = Math.max(body + 1, from + 1); i < lines.length; i++) {
    if (FOOTER_MARKER.test(lines[i].text)) {
      footer = i;
      break;
    }
  }
  // Short lines just above the first marker (contacts, bureaus, tags) belong to the footer too.
  for (let n = 0; n < 10 && footer < lines.length && footer - 1 > Math.max(body, from) && !page.isProse(lines[footer - 1]); n++) footer--;
  if (footer === lines.length) {
    // No marker: trailing short lines after the last paragraph are chrome.
    let i = lines.length - 1;
    while (i > Math.max(body, from) && lines.length - i < 30 && !page.isProse(lines[i])) i--;
    footer = i + 1;
  }
  return { body, footer };
}

