// Stage 3: finds the article's own prose in a saved web page or wire copy, and drops the page
// furniture around it (menus, share prompts, sign-offs, footers) so that it never becomes an event.
//
// Boilerplate is judged by its shape and by general web and newsroom vocabulary, never by a
// publisher's name. A paragraph is dropped when it is:
//  - navigation: breadcrumbs ("SECTION - PLACE > NEWS"), menus ("Home | World | Business",
//    "Left Menu", lines made only of section and account words), and lines split by | • · into
//    short pieces (including byline strips such as "Desk | City | Updated: ...").
//  - a share or follow prompt ("Share this article", "Follow us on ...", "Facebook : @..."), a
//    "Click here" prompt, a newsletter, subscribe, sign-in or app prompt, or mostly links,
//    @handles and e-mail addresses.
//  - a copyright line, a policy footer ("Disclaimer • Privacy Policy"), tags and topics lists.
//  - a syndication or provenance note ("... auto-generated from a syndicated feed", "With inputs
//    from agencies", "This article was originally published ..."), a wire sign-off ("-- AGENCY"),
//    or a credits line ("(Reporting by ...; Editing by ...)").
//  - a related-links heading ("Also read:", "Related:", "Read more", "More from ...") and the run
//    of headline-like lines after it; any other run of three or more short lines without
//    sentence punctuation (a menu or a list of links) unless the lines start with dates.
//  - "Advertisement" and other reader-interface labels, image credits ("Photo: ... / Getty
//    Images"), "Updated:" / "Published:" lines, bylines ("By Jane Doe, Desk") and lines that are
//    only a date and time.
//  - a publisher's self-description: a paragraph that pairs a web address with words such as
//    "provides", "disseminated", "channels" or "frequencies".
// Once an end-of-article marker (sign-off, credits, syndication note, copyright, share or follow
// prompt, policy footer) has followed some kept prose, the rest of the page is footer: only
// full sentences free of footer vocabulary are kept after it.
//
// A paragraph is a block of lines between blank lines (or header spans, which count as removed);
// hard-wrapped lines are joined into one span, other lines of a block stay separate spans.
// Markdown heading markers, list bullets and quote markers are left outside the span.

import type { Span } from './types';

type Marker = 'heading' | 'list' | 'quote' | null;

/** One trimmed, non-empty piece of a line, outside the header spans. */
interface Piece {
  start: number;
  end: number;
  marker: Marker;
  /** A blank line, a header span or the file's start comes before it. */
  breakBefore: boolean;
}

/**
 * What a paragraph looks like on its own: `prose` ends like a sentence (or is long); `short` is a
 * headline-like line without sentence punctuation; `furniture` is boilerplate; `end` is
 * boilerplate that marks the end of the article; `related` opens a related-links list.
 */
export type ParagraphKind = 'prose' | 'short' | 'furniture' | 'end' | 'related';

const MAX_SHORT_WORDS = 20;
/** Past this length a paragraph is judged as prose whatever its vocabulary, except for web addresses. */
const LONG_PARAGRAPH = 600;

// ---- Lines and pieces -------------------------------------------------------------------------

function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const MARKER = /^(?:(#{1,6})[ \t]+|([-*+•▪●◦‣])[ \t]+|(>)[ \t]?|(\d{1,3}[.)])[ \t]+)/;
const RULE = /^(?:[-*_=~][ \t]*){3,}$/;

function sortedHeader(header: Span[], length: number): Span[] {
  return header
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Splits `text` into trimmed line pieces outside the header spans, remembering paragraph breaks. */
function linePieces(text: string, header: Span[]): Piece[] {
  const spans = sortedHeader(header, text.length);
  const pieces: Piece[] = [];
  let pendingBreak = true;
  let h = 0;

  const addPiece = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    let marker: Marker = null;
    // Markers can nest ("> - item"); a few rounds are enough.
    for (let round = 0; round < 3 && s < e; round++) {
      const m = MARKER.exec(text.slice(s, Math.min(e, s + 16)));
      if (!m || m[0].length >= e - s) break;
      marker = m[1] ? 'heading' : m[2] ? 'list' : m[3] ? 'quote' : 'list';
      s += m[0].length;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    }
    if (s >= e || (e - s < 200 && RULE.test(text.slice(s, e)))) {
      pendingBreak = true;
      return;
    }
    pieces.push({ start: s, end: e, marker, breakBefore: pendingBreak });
    pendingBreak = false;
  };

  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    while (h < spans.length && spans[h].end <= lineStart) h++;
    let cursor = lineStart;
    for (let k = h; k < spans.length && spans[k].start < lineEnd; k++) {
      if (spans[k].start > cursor) addPiece(cursor, spans[k].start);
      pendingBreak = true;
      cursor = Math.max(cursor, spans[k].end);
    }
    if (cursor < lineEnd) addPiece(cursor, lineEnd);
    else if (cursor === lineStart) pendingBreak = true; // an empty line
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return pieces;
}

// ---- Joining hard-wrapped lines ---------------------------------------------------------------

const CONTINUATION_WORDS = new Set(
  'a an the of to and or nor in on at for with by from that as was is are were be been has have had but who whom whose which its their his her our this these those than into onto over under about after before between during its said says'.split(' '),
);

function lastWord(s: string): string {
  const m = /([A-Za-z]+)[^A-Za-z]*$/.exec(s.slice(-40));
  return m ? m[1].toLowerCase() : '';
}

function firstWordLength(s: string): number {
  const m = /^\S+/.exec(s.slice(0, 60));
  return m ? m[0].length : 0;
}

function startsLowercase(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Groups one block's pieces into paragraphs. A block reads as hard-wrapped prose when its lines
 * are of even width and at least one break falls mid-sentence or a line ends a sentence; then all
 * its lines are joined. Otherwise lines join only where the sentence plainly runs on.
 */
function joinBlock(text: string, block: Piece[]): Piece[][] {
  if (block.length === 1) return [block];
  const lines = block.map((p) => text.slice(p.start, p.end));
  const width = lines.reduce((w, l) => Math.max(w, l.length), 0);
  const even = width >= 50 && width <= 110 && lines.every((l, i) => i === lines.length - 1 || l.length >= 0.6 * width);
  const noMarkers = block.every((p, i) => i === 0 || p.marker === null) && block[0].marker !== 'heading';
  const proseSigns = lines.some(
    (l, i) => (i > 0 && startsLowercase(l)) || (i < lines.length - 1 && endsLikeSentence(l)) || /[a-z][.!?]["'”’]?\s+[A-Z]/.test(l),
  );
  const wrapped = even && noMarkers && proseSigns;

  const groups: Piece[][] = [[block[0]]];
  for (let i = 1; i < block.length; i++) {
    const prev = lines[i - 1];
    const next = lines[i];
    const runsOn =
      wrapped ||
      (block[i].marker === null &&
        block[i - 1].marker !== 'heading' &&
        !endsLikeSentence(prev) &&
        (startsLowercase(next) ||
          /[,\-–—(]$/.test(prev) ||
          CONTINUATION_WORDS.has(lastWord(prev)) ||
          (prev.length >= 0.8 * width && prev.length + 1 + firstWordLength(next) > width && width >= 50 && width <= 110)));
    if (runsOn) groups[groups.length - 1].push(block[i]);
    else groups.push([block[i]]);
  }
  return groups;
}

// ---- Judging one paragraph --------------------------------------------------------------------

const CLOSERS = /["'”’»)\]*_\s]+$/;

/** True when the line ends with sentence punctuation, ignoring closing quotes and brackets. */
export function endsLikeSentence(line: string): boolean {
  const tail = line.slice(-12).replace(CLOSERS, '');
  if (/[.!?…;]$/.test(tail)) return true;
  // "She told reporters:" introduces a quote; "Photos:" is a label.
  return tail.endsWith(':') && countWords(line.slice(-200)) >= 4;
}

function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const LINK_TOKEN = /^(?:(?:https?:\/\/|www\.)\S+|@[\w.]+|[\w.+-]+@[\w-]+\.[\w.]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|io|co|news|tv|uk|in|my|au|ca|de|fr)(?:\/\S*)?)$/i;

/** Share of tokens that are web addresses, @handles or e-mail addresses. */
function linkShare(s: string): number {
  const tokens = s.split(/\s+/).filter((t) => /[\p{L}\p{N}@]/u.test(t));
  if (!tokens.length) return 0;
  const links = tokens.filter((t) => LINK_TOKEN.test(t.replace(/^[("'[<]+|[)"'\]>,;:.!?]+$/g, ''))).length;
  return links / tokens.length;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S|\b[\w-]+\.(?:com|org|net)\b/i;

const NAV_WORDS = new Set(
  (
    'home news world business sport sports politics opinion opinions menu main search sign in up out log login logout ' +
    'register subscribe subscribers share facebook twitter x instagram tiktok youtube linkedin whatsapp telegram threads ' +
    'pinterest reddit email e-mail print comments comment more latest video videos photo photos gallery galleries live tech ' +
    'technology entertainment health science lifestyle culture travel food left right top back next previous prev region ' +
    'regions local national international nation state states city metro markets market economy money finance contact about ' +
    'us weather traffic education environment climate podcast podcasts newsletter newsletters games puzzles crossword ' +
    'obituaries classifieds jobs careers real estate autos features analysis editorial editorials columns columnists blogs ' +
    'blog topics topic sections section edition e-paper epaper skip to content navigation toggle close open the and & ' +
    'breaking trending popular explore account my profile settings help faq date today lifestyle arts books movies music ' +
    'tv radio shows watch listen audio games shop deals coupons'
  ).split(' '),
);

function isNavigation(s: string, words: number): boolean {
  if (words > 12) return false;
  if (/\bmenu\b/i.test(s) && words <= 8) return true;
  const tokens = s.toLowerCase().split(/[\s|•·>»›/:,]+/).filter((t) => /\p{L}/u.test(t));
  return tokens.length > 0 && tokens.every((t) => NAV_WORDS.has(t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')));
}

/** Breadcrumbs and strips of short pieces split by |, •, ·, > or ». */
function isSeparatedStrip(s: string, words: number): boolean {
  if (words > 40) return false;
  const pieces = s.split(/\s[|•·>»›]\s|\s*[|•·]\s*/).filter((p) => p.trim());
  if (pieces.length < 2) return false;
  // A reduce, not Math.max(...): a line of a million pipes would overflow the call's arguments.
  const longest = pieces.reduce((most, p) => Math.max(most, countWords(p)), 0);
  if (/\s[>»›]\s/.test(s) && pieces.length >= 2 && longest <= 5) return true;
  return pieces.length >= 3 && longest <= 6;
}

const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|at|on|of|the|gmt|utc|hrs|h)$/i;

/** "Oct 28, 2018, 12:54 PM EDT" and the like: a date and time with nothing else. */
function isBareDate(s: string, words: number): boolean {
  if (words > 10 || !/\d/.test(s)) return false;
  return s
    .split(/[\s,|]+/)
    .map((t) => t.replace(/^[([]+|[)\].:]+$/g, ''))
    .filter(Boolean)
    .every((t) => /^[\d:/.\-+]+$/.test(t) || MONTH_OR_DAY.test(t) || /^[A-Z]{2,5}$/.test(t) || /^\d+(?:st|nd|rd|th)$/i.test(t));
}

const RELATED_HEADING =
  /^(?:also read|read also|also see|see also|related(?: (?:stories|articles|news|posts|coverage|content|reading|links|topics|videos?))?|read more|more (?:from|on|in|about|stories|news|like this)\b.*|more stories|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in)|further reading|top stories|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|latest (?:news|stories|videos?)|what to read next|don't miss|must read|editor's picks|in other news)$/i;
const RELATED_PREFIX =
  /^(?:also read|read also|also see|see also|related|read more|more|recommended|watch|listen|don't miss|must read)\s*[:|\-–—»>]\s*\S/i;

const END_PATTERNS: RegExp[] = [
  // Syndication and provenance notes.
  /\b(?:auto-generated|syndicated (?:feed|content|news feed)|has not been edited by|only the headline (?:and picture )?(?:of this report )?(?:may|might) have been reworked)\b/i,
  /^\(?\s*with (?:inputs?|agency inputs|additional reporting|reporting|contributions?) (?:from|by)\b/i,
  /^\(?\s*with [\p{L} ]{1,30} inputs?\s*\)?\.?$/iu,
  /^\(?\s*this (?:article|story|piece|post|report|content) (?:was |is |has been )?(?:originally |first )?(?:published|appeared|posted|republished|produced|syndicated|reproduced)\b/i,
  // Credits lines.
  /^\(?\s*(?:additional )?(?:reporting|writing|editing|edited|written|compiled|produced|translated|researched|graphics?|fact-checking) by\b.{0,300}$/i,
  // Copyright.
  /^(?:©|\(c\)\s|copyright\b)/i,
  /©\s*(?:\d{4}|[\p{L}])/u,
  /\ball rights reserved\b/i,
  // Share and follow prompts.
  /^(?:follow|like|join|connect with|find|subscribe to) (?:us|our)\b/i,
  /\bfollow us\b/i,
  /^share (?:this|the|on|via|article|story|page|post|with)\b/i,
  /^share$/i,
  /^(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|pinterest|snapchat|reddit|e-?mail)\s*[:\-–]\s*\S/i,
  // Policy footers and tag lists.
  /^(?:disclaimer|tags|topics|keywords|filed under|categories|category)\s*:/i,
];

/** Links to a site's policy pages; a sentence that merely mentions a privacy policy is not one. */
const POLICY_LINKS =
  /\b(?:privacy policy|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings|preferences)|disclaimer|contact us|about us|advertise with us|sitemap|site map)\b/i;

const FURNITURE_PATTERNS: RegExp[] = [
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|paid (?:content|post)|promoted|story continues below(?: advertisement)?|scroll (?:down )?to continue(?: reading)?|continue reading(?: below| the story)?|article continues (?:below|after advertisement))\.?$/i,
  /^(?:click|tap) here\b/i,
  /\b(?:click|tap) here (?:to|for)\b/i,
  /^(?:read|see|view|load|show) (?:more|all|full|the full)\b/i,
  /^(?:subscribe|sign up|sign in|log in|login|register|download|install|get the app|get our|join now|create (?:an|a free) account|already (?:a subscriber|have an account))\b/i,
  /\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered|e-?mail|register)\b|\b(?:sign up|subscribe)\b.*\bnewsletters?\b/i,
  /\b(?:delivered|straight) to your inbox\b/i,
  /^(?:listen to (?:this )?(?:article|story)|\d+\s*min(?:ute)?s? read|reading time\b|text size|font size|print(?: this)?(?: article| page)?|comments?(?: \(\d+\))?|show comments|leave a comment|view comments|back to top|skip to (?:main )?content|toggle navigation|loading)\b/i,
  /^(?:catch|get|read|stay|keep up with) (?:all )?(?:the )?latest\b/i,
  /^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i,
  /^(?:just now|moments ago)$/i,
  // Image credits.
  /^(?:image|photo|picture|video)\s+(?:source|caption|credit)s?\s*[,:|]/i,
  /^(?:photo|photos|image|images|picture|pictures|photograph|file photo|video|graphic|illustration|credit|photo credit|image credit|image source|source|caption)\s*(?:credit)?\s*[:|]/i,
  /\b(?:getty images|shutterstock|via getty|photo credit|image credit|image courtesy|photo courtesy|file photo)\b/i,
  /\b[A-Z]{2,8}\s?Photo\s?\//,
  /^(?:\(|\[)?(?:photo|image|picture)s?\s*(?:\)|\])?$/i,
  // Update stamps.
  /^(?:updated|published|posted|last updated|last modified|modified|created|first published|date|dated)(?: on| at)?\s*[:\-–]/i,
  /^(?:updated|published|posted|last updated|last modified|first published)(?: on| at)?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i,
];

/** A dash-led or bracketed agency tag alone on a line: "-- AGENCY", "(AGENCY)", "/AGENCY/". */
function isSignOff(s: string, words: number): boolean {
  if (words > 5) return false;
  return /^(?:--|[—–]|-\s)\s*\S/.test(s) || /^[(/[]\s*[\p{Lu}][\p{L}\-& ]{1,30}\s*[)/\]]$/u.test(s);
}

/** "By Jane Doe, City Desk" and "By Jane Doe and John Roe": a byline, not a sentence. */
function isByline(s: string, words: number): boolean {
  return words <= 12 && /^[Bb][Yy]\s+[\p{Lu}@]/u.test(s) && !/[.!?]["'”’]?$/.test(s);
}

const SELF_DESCRIPTION = /\b(?:provides?|providing|delivers?|offers?|brings? you|disseminated?|distributed?)\b.{0,120}\b(?:news|information|coverage|updates|content|stories)\b|\b(?:channels?|frequenc(?:y|ies)|wires)\b/i;
const FOOTER_VOCABULARY =
  /\b(?:news agency|news and information|provides?|providing|disseminated?|channels?|frequenc(?:y|ies)|wires|subscri\w*|newsletters?|download|app store|google play|rights reserved|website|latest (?:news|updates|stories)|breaking news|all our|our (?:journalism|reporters|readers|newsroom|coverage))\b/i;

/** Prepares a paragraph for judging: one line, markdown links reduced to their text, emphasis marks gone. */
function normalise(raw: string): string {
  return raw
    .replace(/!?\[([^\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^_+|_+$/g, '');
}

/** Judges one paragraph on its own, without looking at its neighbours. */
export function classifyParagraph(raw: string): ParagraphKind {
  if (/^!?\[[^\]\n]{0,300}\]\([^()\s]{0,1000}\)$/.test(raw.trim())) return 'furniture';
  const s = normalise(raw);
  if (!/[\p{L}\p{N}]/u.test(s)) return 'furniture';
  const words = countWords(s);
  if (linkShare(raw) >= 0.5) return 'furniture';
  if (s.length > LONG_PARAGRAPH) {
    // Footers are short; a long paragraph is the article's own, unless it is a publisher's blurb.
    return s.length <= 2 * LONG_PARAGRAPH && WEB_ADDRESS.test(s) && SELF_DESCRIPTION.test(s) ? 'end' : 'prose';
  }
  if (WEB_ADDRESS.test(s) && SELF_DESCRIPTION.test(s)) return 'end';
  // "Follow our coverage at https://...", "Read the full report at www...": a pointer elsewhere.
  if (words <= 30 && WEB_ADDRESS.test(s) && /^(?:follow|read|see|visit|watch|listen|find|get|catch|download|sign up|subscribe|click|tap|go to|check out|for more)\b/i.test(s)) {
    return 'end';
  }

  const bare = s.replace(/[\s:|\-–—»>]+$/, '');
  if (words <= 8 && RELATED_HEADING.test(bare)) return 'related';
  if (words <= 30 && RELATED_PREFIX.test(s)) return 'related';
  if (words <= 40 && END_PATTERNS.some((p) => p.test(s))) return 'end';
  if (words <= 40 && POLICY_LINKS.test(s) && (!endsLikeSentence(s) || words <= 6)) return 'end';
  if (isSignOff(s, words)) return 'end';
  if (words <= 30 && FURNITURE_PATTERNS.some((p) => p.test(s))) return 'furniture';
  if (isNavigation(s, words) || isSeparatedStrip(s, words) || isBareDate(s, words) || isByline(s, words)) return 'furniture';
  // A short line in capitals with no sentence punctuation: a section label or an agency's initials.
  if (words <= 6 && !/\p{Ll}/u.test(s) && !endsLikeSentence(s)) return 'furniture';

  if (endsLikeSentence(s) || words > MAX_SHORT_WORDS) return 'prose';
  return 'short';
}

/** True for a line that is page furniture wherever it appears (menus, prompts, credits, footers). */
export function isBoilerplate(line: string): boolean {
  const kind = classifyParagraph(line);
  return kind === 'furniture' || kind === 'end' || kind === 'related';
}

/** A full sentence with no footer vocabulary: the only thing kept once the article has ended. */
function isArticleProse(s: string): boolean {
  if (s.length > 2 * LONG_PARAGRAPH) return true;
  const flat = normalise(s);
  return endsLikeSentence(flat) && countWords(flat) >= 6 && !WEB_ADDRESS.test(flat) && !FOOTER_VOCABULARY.test(flat);
}

/** Timeline lists ("2019 - The plant opens") are content even without sentence punctuation. */
function startsWithDate(s: string): boolean {
  return /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i.test(normalise(s));
}

// ---- The stage --------------------------------------------------------------------------------

interface Paragraph extends Span {
  kind: ParagraphKind;
  keep: boolean;
}

/**
 * Spans of the article's own text, in order, one per kept paragraph (or per line, where a block's
 * lines are not wrapped prose), trimmed, each outside `header`. See the module comment for what is
 * dropped.
 */
export function findBody(text: string, header: Span[]): Span[] {
  const pieces = linePieces(text, header);
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i + 1;
    while (j < pieces.length && !pieces[j].breakBefore) j++;
    for (const group of joinBlock(text, pieces.slice(i, j))) {
      const start = group[0].start;
      const end = group[group.length - 1].end;
      paragraphs.push({ start, end, kind: classifyParagraph(text.slice(start, end)), keep: false });
    }
    i = j;
  }

  // The metadata stage may already have taken a sign-off or copyright line as header; it still
  // marks the end of the article.
  const endingHeaders = sortedHeader(header, text.length).filter((h) => classifyParagraph(text.slice(h.start, h.end)) === 'end');
  let nextEndingHeader = 0;
  let seenProse = false;
  let ended = false;
  let inRelatedList = false;
  for (const p of paragraphs) {
    while (nextEndingHeader < endingHeaders.length && endingHeaders[nextEndingHeader].end <= p.start) {
      if (seenProse) ended = true;
      nextEndingHeader++;
    }
    const raw = text.slice(p.start, p.end);
    if (p.kind === 'prose') {
      inRelatedList = false;
      p.keep = !ended || isArticleProse(raw);
      if (p.keep && endsLikeSentence(normalise(raw))) seenProse = true;
    } else if (p.kind === 'short') {
      p.keep = !ended && !inRelatedList;
    } else if (p.kind === 'related') {
      inRelatedList = true;
    } else if (p.kind === 'end' && seenProse) {
      ended = true;
    }
  }

  // Runs of three or more short lines (furniture between them does not break a run) are menus or
  // link lists, unless each line starts with a date.
  let runStart = -1;
  let shortCount = 0;
  const closeRun = (endIndex: number) => {
    if (shortCount >= 3) {
      for (let k = runStart; k < endIndex; k++) {
        const p = paragraphs[k];
        if (p.kind === 'short' && !startsWithDate(text.slice(p.start, p.end))) p.keep = false;
      }
    }
    runStart = -1;
    shortCount = 0;
  };
  paragraphs.forEach((p, i) => {
    if (p.kind === 'prose') closeRun(i);
    else if (p.kind === 'short' && !startsWithDate(text.slice(p.start, p.end))) {
      if (runStart < 0) runStart = i;
      shortCount++;
    }
  });
  closeRun(paragraphs.length);

  return paragraphs.filter((p) => p.keep).map(({ start, end }) => ({ start, end }));
}
