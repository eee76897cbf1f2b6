// A date stamp run into the first paragraph: pages copied from the web often lose the line break
// after "Published 3 Sep 2024", "date 2024-09-03" or "Tuesday, September 16, 2008; 4:30 PM", so the
// stamp opens the same line as the story's first sentence. The stamp is the publication date, and
// it is page furniture: the sentence after it starts the body.

import { WEEKDAY } from '../lexicon';
import type { Line } from '../page-chrome';
import type { FoundDate } from './dates';

const LABEL = String.raw`(?:first published|published|posted|created|released|issued|last updated|updated|last modified|modified|dated|date)`;
/** Only a label, a weekday and punctuation may come before the stamp's date. */
const BEFORE = new RegExp(String.raw`^[\s*_#>•-]*(?:${LABEL}(?:[ \t]+(?:on|at))?[ \t]*[:\-–—]?[ \t]*)?(?:${WEEKDAY}[ \t]*,?[ \t]*)?$`, 'i');
/** After it, a separator (and a time) at most, and then a sentence's first word in capitals (or a quote). */
const SEPARATOR = String.raw`(?:[;|·•–—-][ \t]*)?`;
/** A time left behind a separator ("; 4:30 PM", "| 09:12 GMT"), read as part of the stamp. */
const TIME = String.raw`(?:\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?(?:[ \t]+(?:[A-Z]{1,4}T|GMT|UTC))?[ \t]*)`;
/** "Last updated at 06:50 GMT" after the date: the stamp's second half. */
const UPDATED = String.raw`(?:(?:[Ll]ast[ \t]+)?(?:[Uu]pdated|[Mm]odified)(?:[ \t]+(?:at|on))?[ \t]*:?[ \t]*${TIME}${SEPARATOR})`;
const AFTER = new RegExp(String.raw`^[ \t]*${SEPARATOR}(?:${TIME}${SEPARATOR})?${UPDATED}?(?=["“‘(]?[A-Z][a-z]*\b)`);

export interface Stamp {
  date: FoundDate;
  /** From the line's start to the end of the stamp and its separator. */
  start: number;
  end: number;
}

/** The stamp that opens `line`, when a sentence follows it on the same line. */
export function runInStamp(line: Line, dates: FoundDate[]): Stamp | null {
  const date = dates[0];
  if (!date) return null;
  const from = date.start - line.start;
  const to = date.end - line.start;
  if (!BEFORE.test(line.text.slice(0, from))) return null;
  const rest = line.text.slice(to);
  const gap = AFTER.exec(rest);
  // A few words must follow: "Updated 3 Sep 2024 AP" is a credit line, not a paragraph.
  if (!gap || rest.trim().split(/\s+/).length < 4) return null;
  return { date, start: line.start, end: date.end + gap[0].length };
}
