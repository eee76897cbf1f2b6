// Stage 4: splits the body spans into sentences whose offsets point back into the article text.
// One linear pass per span; abbreviations, initials, decimals and quoted ellipses do not end a sentence.
// A page's heading or caption run into the next sentence with no full stop is read apart where a capitalised
// pronoun, determiner, number in words or common plural opens that sentence (gluedSentence), as a timeline entry run
// into the line before it is (joinedEntry).

import { commonPlural, type Token, tokenize } from './language/tokens';
import { MONTH, NAMING, NUMBER_STARTERS, UNMISTAKABLE_STARTERS } from './lexicon';
import type { Sentence, Span } from './types';

/** Longer runs without a boundary are cut near this length, at a semicolon or a space. */
export const MAX_SENTENCE = 1000;

/** Titles before a name: never the end of a sentence. */
const TITLES = new Set(
  'mr mrs ms mx dr prof gen sen rep gov lt col capt cpt sgt cpl maj brig adm cmdr cdr rev hon pres supt insp det amb atty fr messrs mme mlle'.split(' '),
);
/** Abbreviations that are always followed by more of the same sentence. */
const MID_SENTENCE = new Set(['e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'approx', 'ca', 'esp', 'incl']);

/** Abbreviations before a number ("No. 5", "Jan. 19", "Fig. 3"). */
const BEFORE_NUMBER = new Set(
  'no nos nr fig figs vol vols p pp art sec ch para ref tel ext op jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/**
 * Abbreviations that may close a sentence ("moved to the U.S. The move ...") or not ("U.S. officials").
 * After these, a boundary needs a word that usually starts a sentence, or an opening quote.
 */
const MAY_END = new Set(
  (
    'u.s u.k u.n e.u u.a.e u.s.a u.s.s.r d.c a.m p.m inc ltd co corp plc llc bros st sr jr etc al ave blvd rd mt ft dept univ ' +
    'assn est jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

const SENTENCE_STARTERS = new Set(
  (
    'the a an he she it they we i you his her its their our my your this that these those there here but and or so yet ' +
    'in on at for as if when while after before since although though however meanwhile also still now then earlier ' +
    'later last next according officials police some many most several one two three no not what why how who where ' +
    'such both each every another other all nor once until unless despite during instead indeed'
  ).split(' '),
);

const TIME_FOLLOWERS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun eastern central pacific mountain atlantic local today tomorrow yesterday'.split(
    ' ',
  ),
);

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** . ! ? … and their full-width and CJK forms. */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
}

function isWideTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Closing quotes and brackets that belong to the sentence they follow (" ' ” ’ » ) ]). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 0x203a;
}

/** What may come before a sentence's first letter: quotes, brackets, dashes. */
function isOpener(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 40 || c === 91 ||
    c === 0x2014 || c === 0x2013 || c === 45 || c === 0xbf || c === 0xa1 || c === 0x2039 || c === 42
  );
}

function isLowercase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Counts line breaks in text[from, to), taking CRLF as one. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10) || c === 0x2028 || c === 0x2029) breaks++;
  }
  return breaks;
}

/** The word before the mark at `at`, without opening quotes or brackets ("U.S", "Dr", "J"). */
function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  const limit = Math.max(floor, at - 40);
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c) || c === 40 || c === 91 || c === 34 || c === 0x201c || c === 0x2018 || c === 0x2014 || c === 0x2013 || c === 47) break;
    i--;
  }
  return text.slice(i, at).replace(/^['‘]+/, '');
}

/**
 * Whether the terminal marks text[markStart, markEnd) end a sentence, given that the next
 * sentence would start at `next` (after spaces).
 */
function endsSentence(text: string, spanStart: number, spanEnd: number, markStart: number, markEnd: number, next: number): boolean {
  let first = next;
  while (first < spanEnd && isOpener(text.charCodeAt(first))) first++;
  if (first >= spanEnd) return true;
  const nextChar = text.charAt(first);
  const opened = first > next;
  // '..." she said' and 'the president ... believes' carry on.
  if (isLowercase(nextChar)) return false;

  const marks = text.slice(markStart, markEnd);
  if (/[!?！？]/.test(marks)) return true;
  if (marks.length > 1 || marks.includes('…')) {
    // A spaced ellipsis marks words left out of a quote; one glued to a word trails off a sentence.
    return markStart > spanStart && !isSpace(text.charCodeAt(markStart - 1));
  }
  if (marks !== '.') return true;

  const word = wordBefore(text, markStart, spanStart);
  if (!word) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower) || MID_SENTENCE.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && isDigit(text.charCodeAt(first))) return false;
  const initial = /^\p{Lu}$/u.test(word);
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (MAY_END.has(lower) || initial || dotted) {
    // "10:35 a.m. (0735 GMT) Friday", "5 p.m. (EST)": the same time in brackets carries on
    if ((lower === 'a.m' || lower === 'p.m') && /^\(\s*(?:\d{1,2}[:.]?\d\d|\p{Lu}{2,5}\))/u.test(text.slice(next, next + 12))) return false;
    if (opened) return true;
    const m = /^\p{L}+/u.exec(text.slice(first, Math.min(spanEnd, first + 20)));
    if (m === null) return false;
    const nextWord = m[0];
    // After a clock time only a zone or a day carries on: "5 p.m. EST", "9 a.m. Tuesday".
    if (lower === 'a.m' || lower === 'p.m') return !TIME_FOLLOWERS.has(nextWord.toLowerCase()) && !/^\p{Lu}{2,5}$/u.test(nextWord);
    return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  return true;
}

/** Trims text[from, to) and adds it, cut into readable pieces if it runs past MAX_SENTENCE. */
function emit(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start);
    push(text, start, cut, out);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  push(text, start, end, out);
}

function cutPoint(text: string, start: number): number {
  const hardLimit = start + MAX_SENTENCE;
  const floor = start + MAX_SENTENCE / 2;
  for (let i = hardLimit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 0xff1b) return i + 1;
  }
  for (let i = hardLimit; i > floor; i--) if (isSpace(text.charCodeAt(i))) return i;
  // Never inside a grapheme (a letter and its marks, an emoji sequence, a surrogate pair), unless
  // the whole stretch is one.
  const boundary = GRAPHEMES.segment(text.slice(start, hardLimit + 1)).containing(MAX_SENTENCE)?.index ?? 0;
  if (boundary > 0) return start + boundary;
  const c = text.charCodeAt(hardLimit);
  return c >= 0xdc00 && c <= 0xdfff ? hardLimit - 1 : hardLimit;
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  const sentence = text.slice(s, e);
  // A stray quote mark or dash is not a sentence.
  if (!/[\p{L}\p{N}]/u.test(sentence)) return;
  out.push(sentenceOf(sentence, s, e));
}

/**
 * A sentence whose tokens are made once, the first time a step reads them, and kept on it: the
 * title, merge and cross-document steps share them, and an undated sentence never pays for them.
 */
export function sentenceOf(text: string, start: number, end: number): Sentence {
  let tokens: readonly Token[] | null = null;
  return {
    start,
    end,
    text,
    get tokens() {
      return (tokens ??= tokenize(text));
    },
  };
}

/**
 * "...hit the coast hardest 1962: A second storm flooded the valley": a listed timeline's entry run into the line
 * before it (the page's line break lost). A year, a colon and a capital after a word in lower case
 * open a new sentence; a sentence never ends in a bare lower-case word and then states a year so.
 * So does a day with its month ("... killing two people 8 May: Crews fail to seal the breach"), and a day with its
 * year and no colon (`DAY_HEADING`) after a lower-case word that does not take the date, or after a caption's quotation.
 */
function joinedEntry(text: string, spaceStart: number, next: number, spanEnd: number): boolean {
  if (spaceStart === 0) return false;
  const last = text.charAt(spaceStart - 1);
  const head = text.slice(next, Math.min(spanEnd, next + 30));
  if (isLowercase(last)) return ENTRY_HEADING.test(head) || (DAY_HEADING.test(head) && !takesDate(wordBefore(text, spaceStart, 0)));
  // a caption's quotation before the entry: `... over the plan" 4 May 2010 The board ...`
  return (last === '"' || last === '”') && spaceStart > 1 && /[\p{Ll}.!?]/u.test(text.charAt(spaceStart - 2)) && DAY_HEADING.test(head);
}

/** A timeline entry's heading: "1962: A", "8 May: A", "May 8: A", "8 May 2010: A". */
const ENTRY_HEADING = new RegExp(String.raw`^(?:\d{4}|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?):\s+\p{Lu}`, 'u');
/**
 * A timeline entry's day with its year and no colon, the entry's words after it: "8 May 2010 The board meets",
 * "May 8, 2010 Jane Roe resigns". Run into a caption's words ("... when the plant closed 8 May 2010 The board
 * meets ..."), it opens the entry; the caption before it is read apart and the entry keeps its own day.
 */
const DAY_HEADING = new RegExp(String.raw`^(?:\d{1,2}\s+${MONTH}|${MONTH}\.?\s+\d{1,2},?)\s+\d{4}\s+["“]?\p{Lu}`, 'u');
/**
 * "on", "since", "and", "last": a word the day after it belongs to ("opened on 8 May 2010 Jane Roe ..."); so does a
 * page's stamp ("First broadcast 8 May 2010 Crowds ...", "Updated 8 May 2010 ...").
 */
function takesDate(word: string): boolean {
  const tag = tokenize(word)[0]?.tag;
  return tag === undefined || /^(?:prep|conj|det|poss|sub|to|num)$/.test(tag) || /^(?:last|next|late|early|mid|broadcast|aired|published|posted|updated|filed)$/i.test(word);
}

/**
 * "... to carry the grain into the outer bay It emerged on Tuesday ...", "... a meeting of the board on Monday Many
 * say ...", "Share this page It was ...": a page that lost a heading's or a caption's line break runs it
 * into the next sentence with no full stop. A starter no name holds (UNMISTAKABLE_STARTERS: a pronoun, determiner,
 * subordinator, sentence adverb) written with a capital after a word that ends in lower case, and followed by one in
 * lower case, can only open a sentence: it starts one there, so the heading or caption before it is read apart and the
 * sentence after it keeps its own date and subject. So does a number in words after a word in lower case ("... with
 * nets Thousands of people ...") and a common plural with its verb after a clause with its own ("... across the region
 * Experts have warned ...", opensWithPluralSubject).
 */
function gluedSentence(text: string, spaceStart: number, next: number, spanEnd: number): boolean {
  const first = text.charCodeAt(next);
  if (spaceStart === 0 || first < 65 || first > 90 || !/\p{Ll}/u.test(text.charAt(spaceStart - 1))) return false;
  // (a number's age opens one before a name too: "Five-year-old Jo Roe ...")
  const m = /^(\p{Lu}\p{Ll}*)(?:\s+\p{Ll}|-\p{Ll}+-old\s)/u.exec(text.slice(next, Math.min(spanEnd, next + 24)));
  if (!m) return false;
  const number = NUMBER_STARTERS.has(m[1].toLowerCase());
  if (!number && !UNMISTAKABLE_STARTERS.has(m[1].toLowerCase())) {
    return /s$/.test(m[1]) && opensWithPluralSubject(text.slice(Math.max(0, spaceStart - 300), spaceStart), text.slice(next, Math.min(spanEnd, next + 40)));
  }
  const before = wordBefore(text, spaceStart, 0);
  // (a title after a naming word may open with one: "a film called This is Norland", "a novel called Three men at sea")
  if (NAMING.test(before)) return false;
  // (a number after a capital ends a name: "Channel Two")
  if (number) return /^\p{Ll}/u.test(before);
  // after a name ("into the Norland Sea It emerged"), but not inside a title in capitals ("the film This Is Home was shot")
  return !/^\p{Lu}/u.test(before) || /\s\p{Ll}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, spaceStart - before.length - 30), spaceStart - before.length));
}

/**
 * "... across the region Experts have warned ...", "... were dead Officials at the agency say ...": a common
 * plural noun written with a capital after a clause that has its verb and ends in a noun in lower case (or a predicate,
 * "are missing"), with its own verb or a preposition after it, opens the sentence a caption or standfirst ran into.
 * Not after a word that modifies it ("key Officials", "all Experts"), nor after words with no verb of their own
 * ("Even senior Republicans said ..."), nor a plural the lexicon also knows as a people's name. `before` is the text
 * before the capital (its sentence's words, or more), `rest` what follows from the capital on.
 */
export function opensWithPluralSubject(before: string, rest: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+s)\s+(\p{Ll}[\p{L}'’-]*)/u.exec(rest);
  const clause = before.slice(before.search(/[^.!?]*$/)).trimEnd();
  if (!m || !commonPlural(m[1].toLowerCase()) || !/(?:^|\s)\p{Ll}[\p{Ll}'’-]*$/u.test(clause)) return false;
  const tokens = tokenize(`${clause} ${m[1].toLowerCase()} ${m[2]}`);
  const [prev, , after] = tokens.slice(-3);
  const predicate = /^(?:adj|ving|ven)$/.test(prev.tag) && tokens.at(-4)?.tag === 'aux';
  return (prev.tag === 'noun' || predicate) && /^(?:verb|aux|modal|prep)$/.test(after.tag) && tokens.slice(0, -3).some((t) => /^(?:verb|aux|modal)$/.test(t.tag));
}

/**
 * ", chairman of the panel, said ..." or "said yesterday that ...": a paragraph opening with a comma or a
 * semicolon carries on the sentence before it, cut by a line break that is the copy's, not the writer's; so
 * does one opening with a word in lower case, when the paragraph above ends without closing its sentence
 * ("Senate leader Ann Roe (D-Vt.)" before "said yesterday", not "Shares fell." before "adidas said"). A word
 * with a capital inside ("iPhone"), a letter of a list ("a) close the pier") or a label ("photo: Agency",
 * "https://...") may open a paragraph. So does a stock ticker's tail, where the copy broke the ticker at its full stop
 * ("Norcorp's (NOR." above "L) biotech unit has won ..."). `end` is where the text above the paragraph ends.
 */
function carriesOn(text: string, at: number, end: number): boolean {
  const head = text.slice(at, at + 40);
  if (/^[,;]\s/.test(head)) return true;
  if (TICKER_TAIL.test(head) && TICKER_HEAD.test(text.slice(Math.max(0, end - 20), end).trimEnd())) return true;
  if (!/^[a-z][a-z'’-]+[\s,;!?)]/.test(head)) return false;
  const above = text.slice(Math.max(0, end - 40), end).trimEnd();
  return !/[.!?]["”’)]?$/.test(above) || OPEN_ENDING.test(above);
}

/**
 * A stock ticker the copy broke at its full stop, "Norcorp's (NOR." above and "L) biotech unit has won ..." below: the
 * exchange's letters and what follows them carry on the sentence.
 */
const TICKER_HEAD = /\(\p{Lu}[\p{Lu}\d]{0,5}\p{Ll}?\.$/u;
const TICKER_TAIL = /^\p{Lu}{1,3}\)[\s,]/u;

/** A full stop that closes no sentence: an abbreviation ("Sen.", "(D-Vt.)", "U.S."), an initial. */
const OPEN_ENDING = /(?:\(\S{1,8}\.\)|(?<![\p{L}.])(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}(?:\.\p{Lu})+)\.)$/u;

function splitSpan(text: string, spanStart: number, spanEnd: number, out: Sentence[]): void {
  let sentenceStart = spanStart;
  let i = spanStart;
  while (i < spanEnd) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i + 1;
      while (j < spanEnd && isSpace(text.charCodeAt(j))) j++;
      // A blank line is a boundary, even inside one span, unless the paragraph after it carries on the sentence.
      if ((lineBreaks(text, i, j) >= 2 && !carriesOn(text, j, i)) || joinedEntry(text, i, j, spanEnd) || gluedSentence(text, i, j, spanEnd)) {
        emit(text, sentenceStart, i, out);
        sentenceStart = j;
      }
      i = j;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    let markEnd = i + 1;
    while (markEnd < spanEnd && isTerminal(text.charCodeAt(markEnd))) markEnd++;
    let after = markEnd;
    while (after < spanEnd && isCloser(text.charCodeAt(after))) after++;
    if (after < spanEnd && isWideTerminal(text.charCodeAt(markEnd - 1)) && !isSpace(text.charCodeAt(after))) {
      // Chinese and Japanese put no space after a full stop.
      emit(text, sentenceStart, after, out);
      sentenceStart = after;
      i = after;
      continue;
    }
    if (after >= spanEnd || !isSpace(text.charCodeAt(after))) {
      // "3.5", "www.site.org", "U.S" inside "U.S.": no space, no boundary.
      i = after > markEnd ? after : markEnd;
      continue;
    }
    let next = after;
    while (next < spanEnd && isSpace(text.charCodeAt(next))) next++;
    if (next >= spanEnd) {
      i = next;
      continue;
    }
    if (!carriesOn(text, next, after) && (lineBreaks(text, after, next) >= 2 || endsSentence(text, spanStart, spanEnd, i, markEnd, next))) {
      emit(text, sentenceStart, after, out);
      sentenceStart = next;
    }
    i = next;
  }
  emit(text, sentenceStart, spanEnd, out);
}

/**
 * Sentences of the body, in order, each exactly `text.slice(start, end)`, trimmed, and never
 * crossing a span's edge, but for the blank space before a paragraph that carries on the one above
 * it (`carriesOn`). Overlapping or out-of-range spans are clipped.
 */
export function splitSentences(text: string, body: Span[]): Sentence[] {
  const out: Sentence[] = [];
  const spans: Span[] = [];
  for (const span of [...body].sort((a, b) => a.start - b.start)) {
    // a paragraph that carries on the one before it, only spaces between, is read with it
    const last = spans[spans.length - 1];
    if (last && span.start >= last.end && /^\s*$/.test(text.slice(last.end, span.start)) && carriesOn(text, span.start, last.end)) spans[spans.length - 1] = { ...last, end: Math.max(last.end, span.end) };
    else spans.push(span);
  }
  let floor = 0;
  for (const span of spans) {
    const start = Math.max(floor, Math.max(0, span.start));
    const end = Math.min(text.length, span.end);
    if (end <= start) continue;
    splitSpan(text, start, end, out);
    floor = end;
  }
  return out;
}
