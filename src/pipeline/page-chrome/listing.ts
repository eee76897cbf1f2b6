// Programme listings: a broadcaster's schedule page strings together many short items (a show's
// blurb, a band's biography, a play's cast), each with its own production credits ("Presenter/Jane
// Roe, Producer/John Doe for Northlight Media") and broadcast times ("7.00-10.30 pm"). Its dates
// belong to the programmes, not to a story, so no event is taken from the listing; where an article
// runs first and the listing follows it, only the article is kept.

import type { Span } from '../types';

/** Who made a programme, as a listing credits them. */
const ROLE_WORDS = 'presenter producer director editor reader narrator host writer composer'.split(' ');
const ROLE_PREFIXES = 'executive series assistant associate producing'.split(' ');
/** "Producer", "producer" or "PRODUCER": the role's case is free, a name's is not ("Producer/the show" is no credit). */
const anyCase = (words: string[]) => `(?:${words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')})`;
const ONE_ROLE = String.raw`(?:${anyCase(ROLE_PREFIXES)}\s+)?${anyCase(ROLE_WORDS)}[sS]?`;
/** "Producer", "Series producers", "Presenter and producer". */
const ROLE = String.raw`${ONE_ROLE}(?:\s+(?:and|&)\s+${ONE_ROLE})?`;
// "Jane Roe", "Dr Jane Roe", "Ann de Vries", "Ann d'Arcy": two main words, as a credit is matched without
// knowing where the next item's opening sentence starts ("Producer/Jane Roe Tonight's programme ...").
const NAME = String.raw`(?:(?:Dr|Sir|Dame|Lord|Lady|Prof(?:essor)?)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|da|di|du|le|la|del|der|bin|ibn)\b)?\s+(?:[dl]['’])?\p{Lu}[\p{L}'’-]*`;
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${NAME})*`;
/**
 * "Producer/Jane Roe" (the slash may be escaped, "Producer\/Jane Roe", as pages saved from JSON have it). A role
 * after the slash is one person's two roles, a title before a name ("Writer/Director Jane Roe said ..."), not a credit.
 */
const SLASH_CREDIT = String.raw`${ROLE}\s*\\?\/\s*(?!${ONE_ROLE}\b)${NAMES}`;
const COLON_CREDIT = String.raw`${ROLE}\s*:\s*${NAMES}`;
/** The maker after "for": a name ending in a company word, else its first word ("for the Network"). */
const COMPANY_WORDS = 'productions production media audio tv television radio broadcasting works pictures films studios studio entertainment operations company group ltd limited'.split(' ');
const COMPANY = String.raw`for\s+(?:the\s+)?(?:(?:[\p{Lu}\d][\p{L}\d&'’-]*\s+){0,3}${anyCase(COMPANY_WORDS)}\b|[\p{Lu}\d][\p{L}\d&'’-]*)`;
const creditRun = (credit: string) => String.raw`${credit}(?:\s*,\s*${credit})*(?:\s+${COMPANY})?`;

// a colon credit alone is a credit when it is the whole line, has a company or is one of several
const COLON_RUN = String.raw`${COLON_CREDIT}(?:(?:\s*,\s*${COLON_CREDIT})+(?:\s+${COMPANY})?|\s+${COMPANY}|(?=\s*$))`;
const LEADING_CREDITS = new RegExp(String.raw`^(?:${creditRun(SLASH_CREDIT)}|${COLON_RUN})`, 'u');

/**
 * How many characters at the start of `s` are production credits, with the space after them:
 * "Presenter/Jane Roe, Producer/John Doe for Northlight Media The show returns ..." -> up to "The".
 * A colon credit ("Producer: Jane Roe") counts only when it is the whole line, names a company ("for
 * ...") or is one of several, so that a transcript's "Host: Welcome back" is not a credit.
 */
export function productionCreditsLength(s: string): number {
  const head = s.slice(0, 400);
  if (!/^\S+(?:\s+\S+){0,4}?\s*(?:\\?\/|:)/.test(head)) return 0;
  const m = LEADING_CREDITS.exec(head);
  if (!m) return 0;
  let end = m[0].length;
  while (end < head.length && /\s/.test(head[end])) end++;
  return end;
}

/** A credit anywhere in a paragraph, slash form only ("... Presenter/Jane Roe, Producer/John Doe"). */
const CREDIT_ANYWHERE = new RegExp(String.raw`(?:^|[\s,;(])${ROLE}\s*\\?\/\s*(?!${ONE_ROLE}\b)\p{Lu}`, 'u');
/** A broadcast slot: a range of clock times ending in am/pm, noon or midnight ("7.00-10.30 pm", "9.30pm-1.00 am"). */
const SLOT = /\b\d{1,2}[.:]\d{2}\s*(?:am|pm|noon)?\s*[-–]\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|noon|midnight)\b/i;

/** At least this many items, credited or timed, make a listing (lines with no body paragraph between them are one item). */
const MIN_MARKED = 5;
const MIN_CREDITED = 3;
/** Marked items are spread through the listing: one line in this many paragraphs at least. */
const MAX_PARAGRAPHS_PER_MARK = 40;
/** An article before the listing is at least this long, longer than an item, and this share of the page. */
const MIN_ARTICLE_PARAGRAPHS = 2;
const MIN_ARTICLE_SHARE = 0.2;

export interface Listing {
  /** How many of the page's paragraphs come before the listing and are kept as an article (0: none). */
  articleParagraphs: number;
  warning: string;
}

/**
 * Whether the body paragraphs `body` of `text` are a programme listing, and how much of them, from the
 * start, is an article of its own. Items are known by their credits and broadcast slots, read on every
 * line of the page (a line of credits alone is furniture, outside the body); an item's credits close it,
 * so the prose before the first credit belongs to the first item, not to an article, unless it runs on
 * for much longer than an item does.
 */
export function findListing(text: string, body: Span[]): Listing | null {
  /** Where each marked line falls: how many body paragraphs end before it. */
  const marked: number[] = [];
  /** The same, for lines with credits. */
  const credited = new Set<number>();
  let opensWithSlot = false;
  let before = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // (a credit in the page's header, "Editor/Jane Roe" under a masthead, is no programme's)
    if (body.length && end <= body[0].start) {
      start = end + 1;
      continue;
    }
    const line = text.slice(start, Math.min(end, start + 2000)).trim();
    const credit = productionCreditsLength(line) > 0 || CREDIT_ANYWHERE.test(line);
    if (credit || SLOT.test(line)) {
      while (before < body.length && body[before].end <= start) before++;
      if (marked.length === 0) opensWithSlot = !credit && SLOT.test(line.slice(0, 40));
      marked.push(before);
      if (credit) credited.add(before);
    }
    start = end + 1;
  }
  // items apart from each other, not one credits box of several lines ("Director: ...", "Writer: ..."),
  // and spread through what follows the first of them: a long article may end with a short listing
  const places = [...new Set(marked)];
  if (places.length < MIN_MARKED || credited.size < MIN_CREDITED || places.length * MAX_PARAGRAPHS_PER_MARK < body.length - marked[0]) return null;

  const gaps = places.slice(1).map((m, k) => m - places[k]).sort((a, b) => a - b);
  const itemLength = Math.max(1, gaps[gaps.length >> 1] ?? 1);
  // credits close the item before them; a slot opening a line opens its own
  const article = opensWithSlot ? marked[0] : marked[0] - itemLength;
  const keeps = article >= MIN_ARTICLE_PARAGRAPHS && article > itemLength && article >= MIN_ARTICLE_SHARE * body.length;
  const why = `${marked.length} of its lines name production credits or broadcast times, among ${body.length} paragraphs`;
  return keeps
    ? { articleParagraphs: article, warning: `a programme listing follows the article: ${why}; events are taken only from the first ${article} paragraphs` }
    : { articleParagraphs: 0, warning: `looks like a programme listing: ${why}; its dates are the programmes', so no events are taken from it` };
}
