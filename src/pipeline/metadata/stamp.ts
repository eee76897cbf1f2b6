// A date stamp run into the first paragraph: pages copied from the web often lose the line break
// after "Published 3 Sep 2024", "date 2024-09-03" or "Tuesday, September 16, 2008; 4:30 PM", so the
// stamp opens the same line as the story's first sentence. The stamp is the publication date, and
// it is page furniture: the sentence after it starts the body. Wire pages run the headline and the
// filing place into it too, before a bar: "Board votes to close pier HARBOURTON | Sat May 16, 2009
// 3:13 pm EDT HARBOURTON (Agency) - The harbour board voted ...". Other pages run the headline and its
// summary into a full stamp with no bar: "Board shuts pier Repairs would cost more Wednesday 5 March 2025
// 16.20 GMT The harbour board voted ...".

import { WEEKDAY, WEEKDAY_SHORT } from '../lexicon';
import type { Line } from '../page-chrome';
import type { FoundDate } from './dates';

const LABEL = String.raw`(?:first published|published|posted|created|released|issued|last updated|updated|last modified|modified|dated|date)`;
/** A clock's zone: "GMT", "EST", or the country whose clock it is ("09:58 UK"). */
const ZONE = String.raw`(?:[A-Z]{1,4}T|GMT|UTC|[A-Z]{2})`;
/** "Page last updated at 08:58 GMT, ": a page's update label with its clock before the date. */
const LABEL_CLOCK = String.raw`(?:page[ \t]+)?${LABEL}(?:[ \t]+(?:on|at))?[ \t]*[:\-–—]?[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]+${ZONE},?[ \t]*)?`;
/** Only a label (and its clock), a weekday and punctuation may come before the stamp's date. */
const BEFORE = new RegExp(String.raw`^[\s*_#>•-]*(?:${LABEL_CLOCK})?(?:${WEEKDAY}[ \t]*,?[ \t]*)?$`, 'i');
/** After it, a separator (and a time) at most, and then a sentence's first word in capitals (or a quote). */
const SEPARATOR = String.raw`(?:[;|·•–—-][ \t]*)?`;
/** A time left behind a separator ("; 4:30 PM", "| 09:12 GMT"), read as part of the stamp. */
const TIME = String.raw`(?:\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?(?:[ \t]+${ZONE}\b)?[ \t]*)`;
/** "Last updated at 06:50 GMT" after the date: the stamp's second half. */
const UPDATED = String.raw`(?:(?:[Ll]ast[ \t]+)?(?:[Uu]pdated|[Mm]odified)(?:[ \t]+(?:at|on))?[ \t]*:?[ \t]*${TIME}${SEPARATOR})`;
/** The zone of the clock that closes the stamp's date ("24 June 2010 09:58 UK"). */
const CLOSING_ZONE = String.raw`(?:${ZONE}\b[ \t]*)`;
/** A page's link left between its stamp and the lead ("... 06:54 GMT Help The council ..."): before another capital only. */
const STAMP_LINK = String.raw`(?:(?:Help|Share|Print|E-?mail)[ \t]+(?=["“‘(]?[A-Z]))`;
/** A web server's error note left where an include failed ("(an error occurred while processing this directive)"). */
const SERVER_ERROR = String.raw`(?:[([]an error occurred while processing this directive[)\]][ \t]*)`;
const AFTER = new RegExp(String.raw`^[ \t]*${CLOSING_ZONE}?${SEPARATOR}(?:${TIME}${SEPARATOR})?(?:${UPDATED}${STAMP_LINK}?)?${SERVER_ERROR}?(?=["“‘(]?[A-Z][a-z]*\b)`);
/** The same after the headline's stamp: its update label and clock must follow, or it is no stamp. */
const AFTER_HEADLINE = new RegExp(String.raw`^[ \t]*${UPDATED}${STAMP_LINK}?(?=["“‘(]?[A-Z][a-z]*\b)`);
/** After a bar's stamp the lead may open with its dateline's place in capitals ("HARBOURTON (Agency) -"). */
const AFTER_BAR = new RegExp(String.raw`^[ \t]*${SEPARATOR}(?:${TIME}${SEPARATOR})?(?=["“‘(]?\p{Lu})`, 'u');

/** Before a stamp after a bar: the headline and place run into it, and a weekday ("Sat", "Saturday,"). */
const BAR_BEFORE = new RegExp(String.raw`^(?<head>[^|]*?)[ \t]*\|[ \t]*(?:(?:${WEEKDAY}|${WEEKDAY_SHORT})[ \t]*,?[ \t]*)?$`);
/**
 * Before a full stamp with no bar: the headline and its summary run into it, then its weekday ("Council
 * shuts pier Repairs would cost more than a new one Wednesday 5 March 2025 16.20 GMT The council ...").
 */
const HEAD_BEFORE = new RegExp(String.raw`^(?<head>\S.*?)[ \t]+${WEEKDAY}[ \t]*,?[ \t]*$`);
/** Before a stamp that opens with its page's update label and clock: the headline ("Board shuts pier Page last updated at 08:58 GMT, Wednesday, "). */
const HEAD_BEFORE_LABEL = new RegExp(String.raw`^(?<head>\S.*?)[ \t]+(?=page[ \t]+${LABEL}[ \t]+at[ \t]+\d)${LABEL_CLOCK}(?:${WEEKDAY}[ \t]*,?[ \t]*)?$`, 'i');
/** Before a bare date whose update label and clock follow it: the headline ("Board shuts pier 5 March 2025 Last updated at 06:54 GMT"). */
const HEAD_BEFORE_DATE = /^(?<head>\S.*?)[ \t]+$/;
/** Such a stamp's clock with its zone: only a stamp this full says the words before it are the page's header. */
const ZONED_TIME = new RegExp(String.raw`^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?[ \t]+(?:[A-Z]{1,4}T|GMT|UTC)\b`);
/**
 * Or a clock set off from the date by a semicolon ("Wednesday, March 5, 2025; 4:20 PM"): prose puts no clock after a
 * date that way, only a page's stamp does.
 */
const SEMICOLON_TIME = /^[ \t]*;[ \t]*\d{1,2}[:.]\d{2}[ \t]*[AaPp]\.?[ \t]?[Mm]\.?(?!\S)/;
/** The same clock closing the stamp's own words, when the date was read with it. */
const ZONED_CLOCK = new RegExp(String.raw`\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?[ \t]+(?:[A-Z]{1,4}T|GMT|UTC)$`);
/** A word that leads a date in, ending the words before a stamp: they are a sentence, not a headline. */
const DATING_WORD = /\b(?:on|at|from|since|by|until|till|of|the|in|to|before|after|for|and|or|last|next|this|that)$/i;
/** The most words a headline and its summary run into a stamp may have: more is a paragraph of the story. */
const HEAD_WORDS = 60;
/** After a bar's stamp, the lead must run on for this many words: a shorter rest is a credit strip's ("| Agency | Place"). */
const BAR_LEAD_WORDS = 8;

export interface Stamp {
  date: FoundDate;
  /** From the line's start to the end of the stamp and its separator. */
  start: number;
  end: number;
  /** For a stamp after a bar, the text before the bar as the page ran it in: the headline and, often, the filing place ('' for none). */
  before?: string;
}

/** The stamp that opens `line`, when a sentence follows it on the same line. */
export function runInStamp(line: Line, dates: FoundDate[]): Stamp | null {
  const date = dates[0];
  if (!date) return null;
  const from = date.start - line.start;
  const to = date.end - line.start;
  const opening = line.text.slice(0, from);
  const plain = BEFORE.test(opening);
  const rest = line.text.slice(to);
  const labelled = plain ? null : labelledHead(opening, rest);
  const bar = plain || labelled ? null : BAR_BEFORE.exec(opening) ?? headBefore(opening, line.text.slice(from, to), rest);
  if (!plain && !bar && !labelled) return null;
  const gap = labelled ? labelled.gap : (bar ? AFTER_BAR : AFTER).exec(rest);
  const head = labelled?.head ?? bar?.groups!.head;
  // A few words must follow: "Updated 3 Sep 2024 AP" is a credit line, not a paragraph.
  if (!gap || rest.trim().split(/\s+/).length < (bar ? BAR_LEAD_WORDS : 4)) return null;
  return { date, start: line.start, end: date.end + gap[0].length, ...(head !== undefined ? { before: head.trim() } : {}) };
}

/**
 * The headline before a stamp that a page's update label marks as one, with what ends the stamp after the date:
 * "Board shuts pier Page last updated at 08:58 GMT, Wednesday, 5 March 2025 09:58 UK The board ..." or "Board
 * shuts pier 5 March 2025 Last updated at 06:54 GMT The board ...". The label and its clock say the words before
 * them are the page's header, not a sentence dating itself.
 */
function labelledHead(opening: string, rest: string): { head: string; gap: RegExpExecArray } | null {
  const label = HEAD_BEFORE_LABEL.exec(opening);
  const head = label ?? HEAD_BEFORE_DATE.exec(opening);
  if (!head || head.groups!.head.split(/\s+/).length > HEAD_WORDS || DATING_WORD.test(head.groups!.head)) return null;
  // (after a bare date, the update label and its clock must follow it)
  const gap = (label ? AFTER : AFTER_HEADLINE).exec(rest);
  return gap ? { head: head.groups!.head, gap } : null;
}

/**
 * The headline and summary before a stamp with its weekday, date, clock and zone, or its weekday, date and a clock
 * after a semicolon (no weekday, no stamp), as `BAR_BEFORE` gives them; or null.
 */
function headBefore(opening: string, stamp: string, rest: string): RegExpExecArray | null {
  if (!ZONED_TIME.test(rest) && !ZONED_CLOCK.test(stamp) && !SEMICOLON_TIME.test(rest)) return null;
  const head = HEAD_BEFORE.exec(opening);
  // ("The storm made landfall near Lowmere on Wednesday 5 March ...": a sentence dating itself is no header)
  return head && head.groups!.head.split(/\s+/).length <= HEAD_WORDS && !DATING_WORD.test(head.groups!.head) ? head : null;
}

/**
 * "Board votes to close pier HARBOURTON" before a bar's stamp whose lead opens "HARBOURTON (Agency) -": the headline,
 * without the filing place the page ran into it (null when nothing headline-like is left).
 */
export function headlineBeforeStamp(stamp: Stamp, lead: string): string | null {
  if (!stamp.before) return null;
  let head = stamp.before;
  const place = /^((?:\p{Lu}[\p{Lu}.'-]*[ \t]+)*\p{Lu}[\p{Lu}.'-]*)(?!\p{L})/u.exec(lead.trimStart());
  if (place && head.endsWith(` ${place[1]}`)) head = head.slice(0, -place[1].length - 1).trimEnd();
  return head.split(/\s+/).length >= 3 && /\p{Ll}/u.test(head) ? head : null;
}
