// Pages that are not one news article: a transcript, a live questions session, readers' own accounts, an index page
// (lists of links, episodes or downloads) or a comment thread. They are still read, but their events are suspect, so the
// article is warned about by name.

import { isSpaceCode } from './kinds';
import type { Page } from './lines';

/** "SPEAKER:", "Q:", "Jane Roe:", "[00:12:34]" at a line's start. */
const SPEAKER_TURN = /^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s+\S|(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|Q|A|[A-Z][a-z]+ [A-Z][a-z]+|(?:speaker|interviewer|host|caller) ?\d*)\s*:\s+\S)/i;
/** A reader's turn in a live questions session, opening with where they write from: "Portvale, Nor.: Why did ...". */
const READER_TURN = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3},\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}):\s+\S/u;

/** A page's own note that what follows is readers' accounts: "Readers in the flooded towns have been sending us their stories". */
const READERS_ACCOUNTS =
  /\b(?:readers|viewers|listeners)\b[^.!?]{0,80}\bhave been (?:(?:sending|e-?mailing)\b[^.!?]{0,40}\btheir (?:accounts|stories|experiences|views|pictures|photos|comments)|describing (?:how|what)|telling us|sharing their)\b/i;

const INDEX_WORDS = /\b(?:download|pdf|episode|watch|listen|podcast|transcript|gallery|archive|index|map|maps|read more|full story|view all)\b/i;

/** Warnings for a page that looks like a transcript, a questions session, readers' accounts, an index page or a comment thread. */
export function pageShapeWarnings(page: Page): string[] {
  let lines = 0;
  let turns = 0;
  let prose = 0;
  let listings = 0;
  let comments = 0;
  let commentsStart = -1;
  let readerTurns = 0;
  let firstReader = '';
  let readersAccounts = false;
  for (const line of page.lines) {
    const text = line.text.trim();
    if (!text) continue;
    lines++;
    const reader = text.length <= 1000 ? READER_TURN.exec(text)?.[1] : undefined;
    if (reader) {
      readerTurns++;
      firstReader ||= reader;
    }
    if (!readersAccounts && text.length <= 400 && READERS_ACCOUNTS.test(text)) readersAccounts = true;
    if (text.length <= 300 && SPEAKER_TURN.test(text) && !/^\s*\w+:\s*\/\//.test(text)) turns++;
    // Trimmed as the body stage trims its paragraphs, so a one-line paragraph is judged only once.
    let start = line.start;
    let end = line.start + line.text.length;
    while (start < end && isSpaceCode(page.text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(page.text.charCodeAt(end - 1))) end--;
    const kind = page.kind(start, end);
    if (kind === 'prose') prose++;
    else if (kind === 'comments' || kind === 'comment-control') {
      comments++;
      if (commentsStart < 0) commentsStart = prose;
    } else if (INDEX_WORDS.test(text) || kind === 'short' || kind === 'related') listings++;
  }
  const warnings: string[] = [];
  if (turns >= 5 && turns >= 0.3 * lines) {
    warnings.push(`looks like a transcript: ${turns} of ${lines} lines open with a speaker's name or a timestamp, so its events may be what was said rather than what happened`);
  }
  if (readerTurns >= 5) {
    warnings.push(`looks like a live questions session: ${readerTurns} turns open with where a reader writes from ("${firstReader}:"), so readers' questions and remarks may be told as events`);
  }
  if (readersAccounts) {
    warnings.push("looks like readers' own accounts: the page says readers have been sending them, so its events are what readers wrote rather than what was reported");
  }
  if (lines >= 8 && listings >= 0.6 * lines && prose <= 0.2 * lines) {
    warnings.push(`looks like an index page: ${listings} of ${lines} lines are links or listings and ${prose} are prose; its title and events may not be an article's`);
  }
  if (comments >= 3) {
    warnings.push(
      commentsStart <= 1 || comments > prose
        ? `looks like a comment thread: ${comments} lines are readers' comment headings, names, replies or votes`
        : `reader comments were copied with the page (${comments} lines of names, replies or votes); they were left out`,
    );
  }
  return warnings;
}
