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
//  - a picture credit run into a paragraph's start ("(By Jane Roe -- Agency) The council ...", "(AGENCY
//    Photo/Jane Roe) (Jane Roe - Agency) ..."), which is cut off, keeping the paragraph.
//  - a programme page's broadcast line ("Broadcast on Radio North, 4:30 PM Thu, 3 Jun 2021 Available until ...").
//  - a photo caption ("In this March 4, 2021, file photo, ...", "FILE - ...", "AGENCY FILE: ...", a paragraph ending in
//    "(AP Photo/...)", a wire caption in the present tense ending with its day and year: "A boy wears
//    a mask in Norland May 4, 2009.", "A clerk sits at the exchange on Wednesday, Oct. 15, 2008.", one that
//    points at its picture: "..., in this handout photograph taken on April 21, 2010.") or a footnote
//    ("[1] ...", "* ...", "† ...").
//  - a picture's caption, told by the credit that follows it (pages put the credit after the caption it closes): the
//    paragraph before a credit ("... Photograph: Jane Roe/Agency", "(By Jane Roe -- Agency) ...", "AGENCY/Getty
//    Images"), a gallery caption's body up to the next credit, and a caption run into the lead with its credit
//    ("Gulls rest on the pier Photograph: Jane Roe/Agency The council ..."), unless it names the page's own day (which
//    it may after the page's summary bullets: "• Ferry sinks • Crew rescued Divers search the harbour today").
//  - a headline, bullet summary, byline, update stamp or teaser heading run into a wire story's dateline on
//    its paragraph ("* Officials confirm 40 cases HARBOURTON, May 6 (Agency) - ...", "More Stories PORTVILLE --
//    ..."), which is cut off, keeping the story from its dateline (also where the page broke the lead at a ticker's
//    full stop, "... HARBOURTON (Agency) - Norcorp plc (NOR." and then "L) said ..."); once the article's prose has
//    begun, a related-links heading run into a dateline ("More From Around The Web PORTVILLE -- ...") opens a teaser of
//    another story, dropped, and so are the box's next items straight after it, each opening with its own dateline
//    ("PORTVILLE -- ...") with no heading of its own.
//  - the page's first paragraph when a wire dateline opens the next ("PORTVILLE -- ..."): a caption, a teaser box's
//    blurb, another story's headline or a standfirst above the story, which begins at its dateline.
//  - on the page's first paragraph, a heading, standfirst or caption run into a lead that opens with a name or another
//    capitalised subject ("Council names new harbour chief Mr Roe (left) visited the pier last week Mr Roe will lead
//    ..."), each run cut off up to the clause that starts after it.
//  - a box's toggle buttons run into its text ('"More Stories" "Fewer Stories" The ferry ...'), which are cut off.
//  - a credit label run into the lead ("Photograph: Jane Roe/Agency The council ..."), which is cut
//    off, keeping the lead; so are a programme's production credits ("Presenter/Jane Roe, Producer/
//    John Doe for Northlight Media The quiz returns ..."), and a line of them alone is dropped.
// A programme listing (page-chrome/listing.ts) is judged after this stage, over the kept paragraphs.
//  - a print edition's or a correction's note ("A version appeared on p19 of ...", "This article was
//    amended on 4 May 2021"), which also ends the article.
//  - a correction's notice opening its paragraph ("In a story Nov. 4, The Agency reported that ...").
//  - reader comments: after the article, a "Comments" heading, the comment interface ("Reply",
//    "Report abuse", vote counts, "name · 2 hours ago") or a blog post's signature ("By Jane Roe |
//    March 3, 2025; 9:14 AM ET") opens the comment section, and nothing after it is kept; so does a
//    prompt for readers' comments or stories ("Send us your comments using the form below", "A
//    selection of your comments may be published", "here's the place to post a query"), also when the page runs it
//    into what follows it on one line ("Leave your comments below Norcorp's chief says ..."), and so does a reader's
//    thanks or praise to the writer for the piece, the way a comment with no heading opens ("Thank you Jane for
//    putting some sense into this.", "Great article!").
// Once an end-of-article marker (sign-off, credits, syndication note, copyright, share or follow
// prompt, policy footer) has followed some kept prose, the rest of the page is footer: only
// full sentences free of footer vocabulary are kept after it.
//
// A paragraph is a block of lines between blank lines (or header spans, which count as removed);
// hard-wrapped lines are joined into one span, other lines of a block stay separate spans.
// Markdown heading markers, list bullets and quote markers are left outside the span.

import { capitalsHeadingLength, classifyParagraph, countWords, endsLikeSentence, factBoxLength, isArticleProse, isPictureCreditLine, isSpaceCode, leadingCreditLength, normalise, pictureCreditLength, readPage, runInCaptionLength, runInHeadingLength, startsWithDate, toggleLabelsLength, type Page, type ParagraphKind } from './page-chrome';
import { parseDateline, type Dateline } from './metadata/dateline';
import { ZONE_ABBREVIATIONS } from './timezones';
import type { Span } from './types';

export { classifyParagraph, endsLikeSentence, isBoilerplate, type ParagraphKind } from './page-chrome';

type Marker = 'heading' | 'list' | 'quote' | null;

/** One trimmed, non-empty piece of a line, outside the header spans. */
interface Piece {
  start: number;
  end: number;
  marker: Marker;
  /** A blank line, a header span or the file's start comes before it. */
  breakBefore: boolean;
}

// ---- Lines and pieces -------------------------------------------------------------------------

const MARKER = /^(?:(#{1,6})[ \t]+|([-*+•▪●◦‣])[ \t]+|(>)[ \t]?|(\d{1,3}[.)])[ \t]+)/;
const RULE = /^(?:[-*_=~][ \t]*){3,}$/;

function sortedHeader(header: Span[], length: number): Span[] {
  return header
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Splits the page into trimmed line pieces outside the header spans, remembering paragraph breaks. */
function linePieces(page: Page, header: Span[]): Piece[] {
  const text = page.text;
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

  for (const line of page.lines) {
    const lineStart = line.start;
    const lineEnd = line.start + line.text.length;
    while (h < spans.length && spans[h].end <= lineStart) h++;
    let cursor = lineStart;
    for (let k = h; k < spans.length && spans[k].start < lineEnd; k++) {
      if (spans[k].start > cursor) addPiece(cursor, spans[k].start);
      pendingBreak = true;
      cursor = Math.max(cursor, spans[k].end);
    }
    if (cursor < lineEnd) addPiece(cursor, lineEnd);
    else if (cursor === lineStart) pendingBreak = true; // an empty line
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

// ---- The stage --------------------------------------------------------------------------------

interface Paragraph extends Span {
  kind: ParagraphKind;
  keep: boolean;
  /** A list's bullet or number opened its line ("• Ferry sinks ..."), left outside the span. */
  listed: boolean;
}

/**
 * Spans of the article's own text, in order, one per kept paragraph (or per line, where a block's
 * lines are not wrapped prose), trimmed, each outside `header`. See the module comment for what is
 * dropped. `page` is the same page the metadata stage read, so no line is judged twice.
 */
export function findBody(text: string, header: Span[], page: Page = readPage(text)): Span[] {
  const pieces = linePieces(page, header);
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i + 1;
    while (j < pieces.length && !pieces[j].breakBefore) j++;
    for (const group of joinBlock(text, pieces.slice(i, j))) {
      const start = group[0].start;
      const end = group[group.length - 1].end;
      paragraphs.push({ start, end, kind: page.kind(start, end), keep: false, listed: group[0].marker === 'list' });
    }
    i = j;
  }

  // The metadata stage may already have taken a sign-off or copyright line as header; it still
  // marks the end of the article.
  const endingHeaders = sortedHeader(header, text.length).filter((h) => page.kind(h.start, h.end) === 'end');
  let nextEndingHeader = 0;
  let seenProse = false;
  let ended = false;
  let inRelatedList = false;
  let inTeasers = false;
  let inComments = false;
  for (const p of paragraphs) {
    // Reader comments run to the end of the page once the article has been seen.
    if ((p.kind === 'comments' || p.kind === 'comment-control') && seenProse) inComments = true;
    if (inComments) continue;
    while (nextEndingHeader < endingHeaders.length && endingHeaders[nextEndingHeader].end <= p.start) {
      if (seenProse) ended = true;
      nextEndingHeader++;
    }
    const raw = text.slice(p.start, p.end);
    if (p.kind === 'prose') {
      inRelatedList = false;
      // a teaser box's items each open with their own story's dateline, the box's heading run into the first only
      const teaser: boolean = seenProse && (teaserUnderHeading(raw) || (inTeasers && opensWithWireDateline(raw)));
      inTeasers = teaser;
      p.keep = (!ended || isArticleProse(raw)) && !teaser;
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

  // A picture's credit follows its caption: the paragraph straight before a credit is what the picture shows. In a
  // gallery a caption runs on over a few paragraphs from the credited caption that opens it to the next credit.
  const opening = (p: Paragraph) => text.slice(p.start, Math.min(p.end, p.start + 400));
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    if (!p.keep || !next || !closesCaption(opening(next)) || !fitsCaption(text.slice(p.start, p.end), p.listed)) return;
    p.keep = false;
    const before = paragraphs[i - 1];
    const head = paragraphs[i - 2];
    if (before?.keep && head && head.kind === 'furniture' && pictureCreditLength(opening(head)) > 0 && fitsCaption(text.slice(before.start, before.end), before.listed)) before.keep = false;
  });

  // (where a paragraph ends inside a wire lead, at a ticker's full stop, the next one finishes it)
  const following = (list: Paragraph[], i: number) => list[i + 1] && text.slice(list[i + 1].start, Math.min(list[i + 1].end, list[i + 1].start + 400));

  // A wire story begins at its dateline: the page's first paragraph, when the dateline opens the next one, is the page's
  // caption, teaser or standfirst, told again (or never told) by the story.
  const top = paragraphs.filter((p) => p.keep).slice(0, 3);
  if (top.length > 1 && top[0].kind === 'prose' && opensWireStory(text.slice(top[1].start, top[1].end), following(top, 1))) top[0].keep = false;

  // A picture credit run into a paragraph's start ("(By Jane Roe -- Agency) The council ...") is cut off.
  // So are a caption, headline or stamp run into its first sentence ("... left hundreds homeless A charity is ..."),
  // one after another.
  // On the first paragraph, so is the page's heading, standfirst or caption run into the lead with no full stop.
  return paragraphs
    .filter((p) => p.keep)
    .map(({ start, end }, i, body) => ({ start: start + leadingFurnitureLength(text.slice(start, Math.min(end, start + 2000)), i === 0, following(body, i)), end }));
}

/**
 * Whether a paragraph opens with a picture's credit, alone on its line ("Photograph: Jane Roe/Agency", "(By Jane Roe
 * -- Agency)") or run into the next paragraph's text ("Photograph: Jane Roe/Agency The council voted ..."). Pages put
 * a credit after the caption it closes, so the paragraph before it is the caption.
 */
function closesCaption(s: string): boolean {
  const line = s.split('\n')[0];
  return isPictureCreditLine(line) || pictureCreditLength(line) > 0;
}

/** A caption is short: a headline and a standfirst may run into it, not an article's paragraphs. */
const MAX_CAPTION_WORDS = 120;
/** The page's own day, as a news caption names it: "leave a meeting at the Treasury yesterday". */
const PAGE_DAY = /\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\b/i;

/**
 * Whether the paragraph before a credit is cut as its caption: a short one, unless it tells what happened on the
 * page's own day ("X and Y leave a meeting at the Treasury yesterday"): such a caption reports the day's news as the
 * lead does, where a caption of a stock picture or a scene only dates the picture.
 */
function fitsCaption(s: string, listed: boolean): boolean {
  return countWords(s) <= MAX_CAPTION_WORDS && (!PAGE_DAY.test(s) || opensWithSummaryBullets(s, listed));
}

/**
 * A list's bullet as a page gives it: a glyph, an asterisk (escaped or not), or the word "cents" that a lossy encoding
 * leaves of a bullet's "•" read as "â€¢" (its "¢" spelt out), before an item's capital.
 */
const SUMMARY_BULLET = /(?:^|\s)(?:[•▪●]|\\?\*|cents)\s+(?=\p{Lu})/gu;

/**
 * Whether a paragraph opens with a page's summary bullets, two or more ("• Ferry sinks off Carrick • Crew of six
 * rescued ..."): a standfirst, so the paragraph is the page's heading block, not the article's lead. `listed`: the
 * first bullet opened the line and was left outside the paragraph.
 */
function opensWithSummaryBullets(s: string, listed: boolean): boolean {
  const bullets = [...s.slice(0, 400).matchAll(SUMMARY_BULLET)];
  return listed ? bullets.length >= 1 : bullets.length >= 2 && bullets[0].index === 0;
}

/**
 * How much of a paragraph's start is credits and run-in captions, cut one after another (a few at most). The page's
 * first paragraph is where its heading, standfirst and picture's caption run into the lead, so there a heading run
 * into a lead that opens with a name is cut too.
 */
function leadingFurnitureLength(s: string, first: boolean, following?: string): number {
  let cut = 0;
  for (let round = 0; round < 5; round++) {
    const rest = s.slice(cut);
    const n = leadingCreditLength(rest) || toggleLabelsLength(rest) || capitalsHeadingLength(rest) || factBoxLength(rest) || textBeforeDatelineLength(rest, following) || textBeforeCreditLength(rest) || runInCaptionLength(rest) || (first ? runInHeadingLength(rest) : 0);
    if (n <= 0) break;
    cut += n;
  }
  return cut;
}

/** A caption, and a headline and standfirst before it, run into the lead with its credit (in words). */
const MAX_WORDS_BEFORE_CREDIT = 80;
/** Where a picture's credit may start inside a paragraph: a capitalised label, or a bracket before a byline or a name. */
const INLINE_CREDIT_START = /(?<=\S\s+)(?:(?:Photograph|Photo|Picture|Illustration)s?:\s|\((?:By |\p{Lu}{2,8} Photo|\p{Lu}\p{Ll}+ \p{Lu}))/gu;

/**
 * How many characters run before a picture's credit inside a paragraph's opening, the credit included (0 for none):
 * pages copied without their picture's line breaks run the caption and its credit into the lead ("Crews lay booms
 * off Norland Photograph: Jane Roe/Agency The council voted ...", "A clerk at the exchange. (By Jane Roe -- Agency)
 * For many savers ..."). A credit closes its caption, so what comes before it is the picture's, not the article's.
 */
function textBeforeCreditLength(s: string): number {
  const head = s.slice(0, 800);
  for (const m of head.matchAll(INLINE_CREDIT_START)) {
    if (countWords(head.slice(0, m.index)) > MAX_WORDS_BEFORE_CREDIT) return 0;
    const credit = pictureCreditLength(head.slice(m.index));
    if (credit > 0) return m.index! + credit;
  }
  return 0;
}

/**
 * Whether a paragraph is a teaser box's item: a related-links heading run into another story's dateline ("More
 * From Around The Web PORTVILLE -- The board voted ..."). After the article's prose has begun it is another page's
 * opening, dated by that page's day; before it, at the page's top, the heading is cut and the story kept (see
 * `textBeforeDatelineLength`).
 */
function teaserUnderHeading(raw: string): boolean {
  const heading = textBeforeDatelineLength(raw);
  return heading > 0 && classifyParagraph(raw.slice(0, heading)) === 'related';
}

/**
 * Whether a paragraph opens with a wire story's dateline: a place in capitals or an agency, with a dash or the agency
 * ("PORTVILLE -- ...", "HARBOURTON, May 6 (Agency) - ...", "(Agency) - ..."), not a place-word opening a sentence
 * ("Harbourton, Nor.-based Norcorp said ...").
 */
function opensWithWireDateline(s: string, following?: string): boolean {
  const head = s.slice(0, 800);
  if (!/^(?:\p{Lu}{2,}|\()/u.test(head)) return false;
  const dateline = datelineOf(head, s, following);
  return !!dateline && /[-—–(]/.test(head.slice(0, dateline.end));
}

/** Whether a wire story's first paragraph opens here: with its dateline, or with a headline or stamp run into it. */
function opensWireStory(s: string, following?: string): boolean {
  return opensWithWireDateline(s, following) || textBeforeDatelineLength(s, following) > 0;
}

/**
 * The dateline at the start of `rest`, the end of the paragraph `s` (or of its opening read): where the paragraph ends
 * inside the lead, at a ticker's full stop, the next paragraph `following` finishes it.
 */
function datelineOf(rest: string, s: string, following?: string): Dateline | null {
  const whole = s.length <= 800;
  return parseDateline(rest) ?? (following !== undefined && whole ? parseDateline(rest, following) : null);
}

/** What may run before a wire dateline in its paragraph: a headline, a summary, a byline, a stamp (in words). */
const MAX_WORDS_BEFORE_DATELINE = 80;
/** Where a dateline may start: after a space, in capitals ("HARBOURTON, Norland (Agency) -", "PORTVILLE --") or with its agency ("(Agency) -"). */
const DATELINE_START = /(?<=\s)(?:\p{Lu}{2,}|\([A-Z])/gu;

/** A clock's or a zone's letters: "8:50 pm EDT", "10:10 am IST" close a stamp, they open no place. */
const isZoneOrClock = (word: string) => /^(?:AM|PM)$/i.test(word) || Object.hasOwn(ZONE_ABBREVIATIONS, word);

/**
 * Whether a dateline's candidate start is a later word of the place before it: "ORLEANS" in "NEW ORLEANS --", the
 * agency of "HARBOURTON, Norland (Agency) -" or "Norland\/PORTVILLE (Agency) -". After a clock's zone a place starts.
 */
function insidePlace(before: string, start: string): boolean {
  const last = /([\p{L}.]+)([,\\/]?)\s*$/u.exec(before);
  if (!last || isZoneOrClock(last[1].replace(/\.$/, ''))) return false;
  const capitals = /^\p{Lu}{2,}/u.test(last[1]);
  return capitals || (/^\p{Lu}/u.test(last[1]) && (start.startsWith('(') || last[2] !== ''));
}

/**
 * Whether a story's first sentence opens after the dateline `told`. After a lone hyphen, with no agency or date to
 * mark it, a word in capitals is a heading's, not a sentence's: "8 MAY: DOME PLAN - FAILED Plans to ..." is a
 * timeline's entry and its verdict.
 */
function opensStory(told: string, agency: string | null, after: string): boolean {
  if (agency || /\d|--|—/.test(told)) return /^["“‘]?\p{Lu}/u.test(after);
  return /^["“‘]?(?:\p{Lu}\p{Ll}|[AI]\s)/u.test(after);
}

/**
 * How many characters run before a wire dateline inside a paragraph (0 for none): a dateline is where a wire
 * story's own words begin, so what the page ran into it on the same line is the page's, not the story's: the
 * headline and its bullet summary ("* Officials confirm 40 cases * Schools shut HARBOURTON, May 6 (Agency) -"),
 * a byline or an update stamp ("By Jane Roe, Health Editor HARBOURTON (Agency) -", "Tue May 4, 2021 8:50 pm EDT
 * (Agency) -"), a teaser box's heading ("More Stories From Elsewhere PORTVILLE -- ..."). The dateline itself stays:
 * the event stage reads it as the story's place and date. Not after a full stop: a sentence before it is prose.
 */
function textBeforeDatelineLength(s: string, following?: string): number {
  const head = s.slice(0, 800);
  // (a dateline that opens the paragraph is the story's; a headline in capitalised words before a place is not one)
  if (/^(?:\p{Lu}{2,}|\()/u.test(head) && datelineOf(head, s, following)) return 0;
  for (const m of head.matchAll(DATELINE_START)) {
    if (isZoneOrClock(/^[\p{L}]+/u.exec(head.slice(m.index))?.[0] ?? '') || insidePlace(head.slice(Math.max(0, m.index! - 40), m.index), m[0])) continue;
    const before = head.slice(0, m.index);
    if (countWords(before) > MAX_WORDS_BEFORE_DATELINE) return 0;
    const rest = head.slice(m.index);
    const dateline = datelineOf(rest, s, following);
    // a dash or an agency marks it, and a sentence opens after it ("said the COUNCIL -- which met" is no dateline)
    if (!dateline || !/[-—–(]/.test(rest.slice(0, dateline.end)) || !opensStory(rest.slice(0, dateline.end), dateline.agency, rest.slice(dateline.end))) continue;
    // with no agency or date to mark it, capitals after a sentence's own word are a name in it ("in the NORLAND -
    // Americans who ...", "the official NORCORP -- Harbour feed"); a picture's credit "via" ends before its place
    if (!dateline.agency && !/\d/.test(rest.slice(0, dateline.end)) && /\b(?!via\b)\p{Ll}[\p{L}'’-]*\s*$/u.test(before)) continue;
    if (/[.!?]["”’)]*\s*$/.test(before) && !/\b(?:[A-Z]\.){1,3}\s*$|\b(?:[ap]\.m|[A-Z][a-z]{0,3})\.\s*$/.test(before)) return 0;
    return m.index!;
  }
  return 0;
}
