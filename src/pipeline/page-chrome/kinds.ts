// What a line or paragraph of a saved page is on its own, judged by its shape and by general web
// and newsroom vocabulary, never by a publisher's name: running prose, a short headline-like line,
// page furniture, an end-of-article marker or a related-links heading. See ../body.ts for the list.

import { firstNameSex, knownWord, nounOrVerb, pastTense, personNoun, properWord, tokenize, type Token } from '../language/tokens';
import { CALENDAR_WORDS, isWrittenYear, MONTH, NAMING, NUMBER_STARTERS, UNMISTAKABLE_STARTERS, WEEKDAY } from '../lexicon';
import { hasCommentSignature, isCommentControl, isCommentsHeading, isReaderMessage, isReadersPrompt, isReaderThanks, opensWithReadersPrompt } from './comments';
import { opensWithPluralSubject } from '../sentences';
import { productionCreditsLength } from './listing';

/**
 * What a paragraph looks like on its own: `prose` ends like a sentence (or is long); `short` is a
 * headline-like line without sentence punctuation; `furniture` is boilerplate; `end` is
 * boilerplate that marks the end of the article; `related` opens a related-links list;
 * `comments` opens a reader-comment section and `comment-control` is the interface around one
 * comment ("Reply", "Report abuse", vote counts, "jsmith · 2 hours ago").
 */
export type ParagraphKind = 'prose' | 'short' | 'furniture' | 'end' | 'related' | 'comments' | 'comment-control';

const MAX_SHORT_WORDS = 20;
/** Past this length a paragraph is judged as prose whatever its vocabulary, except for web addresses. */
const LONG_PARAGRAPH = 600;

/** Header and footer lines are short; on a runaway line only its opening is read for metadata. */
export const MAX_SCAN = 4000;
export const opening = (s: string) => (s.length > MAX_SCAN ? s.slice(0, MAX_SCAN) : s);

export const wordsOf = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

const SENTENCE_END = /[.!?]["”’')\]]*$/;

/** Running prose, line by line: ten words or more, partly lower case, ending like a sentence (or long). */
export function isProse(s: string): boolean {
  if (s.length > MAX_SCAN) return true;
  const words = wordsOf(s);
  if (words.length < 10 || (s.match(/\|/g)?.length ?? 0) >= 2) return false;
  const lower = words.filter((w) => /^[a-z]/.test(w)).length / words.length;
  return lower >= 0.3 && (SENTENCE_END.test(s.trim()) || words.length >= 40);
}

export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}


const CLOSERS = /["'”’»)\]*_\s]+$/;

/** True when the line ends with sentence punctuation, ignoring closing quotes and brackets. */
export function endsLikeSentence(line: string): boolean {
  const tail = line.slice(-12).replace(CLOSERS, '');
  if (/[.!?…;]$/.test(tail)) return true;
  // "She told reporters:" introduces a quote; "Photos:" is a label.
  return tail.endsWith(':') && countWords(line.slice(-200)) >= 4;
}

export function countWords(s: string): number {
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
  new RegExp(String.raw`^(?:${MONTH}|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|${WEEKDAY}|am|pm|a\.m|p\.m|at|on|of|the|gmt|utc|hrs|h)$`, 'i');

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
  /^(?:also read|read also|also see|see also|related(?: (?:stories|articles|news|posts|coverage|content|reading|links|topics|videos?))?|read more|more (?:from|on|in|about|stories|news|like this)\b.*|more stories|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in)|further reading|top stories|most (?:read|popular|viewed|shared)|(?:(?:news|stories|more) )?(?:from )?around the web|trending(?: now| stories)?|latest (?:news|stories|videos?)|what to read next|don't miss|must read|editor's picks|in other news)$/i;
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

/**
 * A print edition's or a correction's note, wherever it falls in its paragraph (a standfirst's tail or
 * the footer's prompts run into it): "A version appeared on p19 of the Main section of the Courier on
 * Friday 4 June 2021", "This article was amended on 4 May 2021 to correct ...", "This article was updated at 1pm on 4 May
 * 2021". It dates the page, not a happening.
 */
const EDITION_NOTE =
  /\b(?:a version|this (?:article|story|piece|report)) (?:of this (?:article|story) )?appeared (?:on p(?:age)?\s?\d|in (?:print|the print edition))|\bthis (?:article|story|piece|report) (?:was|has been) (?:amended|corrected)\b|\bthis (?:article|story|piece) (?:was|has been) updated (?:at|on)\b/i;

/**
 * A correction's notice, opening its paragraph (after a dateline): "In a story Nov. 4, The Agency reported that ...", "In a
 * story published March 3 about the ferry, the Courier erroneously reported ...". A newsroom's word on its own earlier
 * story, not a happening. Short: a story that cites another paper's report runs on with its own news.
 */
const CORRECTION_NOTE =
  /^(?:\p{Lu}[\p{L}.,' ]{0,40}\s(?:--|—)\s)?In an? (?<noun>story|article|report) (?:(?:published|filed|moved|dated) )?(?:on )?[^,]{1,25}?(?: about [^,]{1,80})?, (?:[Tt]he )?\p{Lu}[\p{L}.&' ]{1,40}? (?<error>erroneously |incorrectly |mistakenly |wrongly )?(?:reported|said|stated|misidentified|misspelled)\b/u;
const MAX_CORRECTION_WORDS = 60;

/**
 * Whether `s` is such a notice. A newsroom calls its own earlier piece a story; an article or a report counts only with
 * the error named, since "In a report released Monday, the agency said 40 ferries failed their checks" cites a study and
 * "In an article for the Courier, Ann Roe said ..." a writer's piece, both news.
 */
function isCorrectionNote(s: string): boolean {
  const notice = CORRECTION_NOTE.exec(s)?.groups;
  return !!notice && (notice.noun === 'story' || !!notice.error);
}

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
  // The site's own notice of a questions session: "Dr Roe will be live online at 2pm to answer your questions".
  /\bwill be (?:live )?(?:on ?-?line|here|on this page|in the comments(?: section)?)\b[^.!?]{0,40}\bto (?:answer|take|field) (?:your |readers'? |more |some of your |more of your )?questions\b/i,
  // A line that only greets and thanks, as a questions session's turns open and close: "Hi Ana, thanks for coming on
  // today.", "Thank you so much for joining us!", "Reader: Thanks again for the answers." (after its speaker's name).
  /^(?:[\p{L}\d.,' -]{1,40}:\s+)?(?:and\s+)?(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?:\s+\p{L}[\p{L}'-]*){0,2},?\s+)?(?:many\s+)?(?:thanks|thank you)(?:\s+(?:so|very)\s+much)?(?:\s+again)?(?:\s+for\s+[^.!?,"“”]{1,60})?[.!]*$/iu,
  // A desk's or a writer's credit with its day, the whole line: "Harbourline Newsdesk research 3 Mar 2025", "Jane Roe
  // reporting, March 3, 2025".
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,5}(?:research|reporting|analysis)\s*,?\s+(?:\d{1,2}\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4})\.?$`, 'u'),
  // A finished live page's heading and its standfirst: "As it happened: Storm day two Live coverage as ..."
  /^as it happened\s*:/i,
  // Image credits.
  /^(?:image|photo|picture|video)\s+(?:source|caption|credit)s?\s*[,:|]/i,
  /^(?:photo|photos|image|images|picture|pictures|photograph|file photo|video|graphic|illustration|credit|photo credit|image credit|image source|sources?|caption)\s*(?:credit)?\s*[:|]/i,
  /\b(?:getty images|shutterstock|via getty|photo credit|image credit|image courtesy|photo courtesy|file photo)\b/i,
  /\b[A-Z]{2,8}\s?Photo\s?\//,
  /^(?:\(|\[)?(?:photo|image|picture)s?\s*(?:\)|\])?$/i,
  // A programme page's broadcast and availability line: "Broadcast on Radio North, 4:30 PM Thu, 3 Jun 2027 Available until ...".
  /^(?:first )?broadcast (?:on )?[^.!?:]{1,40}?,?\s+\d{1,2}[:.]\d{2}\s*[ap]\.?m\b/i,
  // Update stamps.
  /^(?:updated|published|posted|last updated|last modified|modified|created|first published|date|dated)(?: on| at)?\s*[:\-–]/i,
  /^(?:updated|published|posted|last updated|last modified|first published)(?: on| at)?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i,
];

// Photo captions: "In this March 4, 2021, file photo, ...", "FILE - ...", or a paragraph that ends
// with its picture credit "(AP Photo/Jane Roe)", "(Photo: Jane Roe/Agency)".
const CAPTION_OPENING = /^(?:file\s*(?:photo)?\s*[-–—:]|\(?file\)?\s*[-–—]|in (?:this|these|an?) (?:undated |handout |recent |archive |aerial |screen ?grab |\S+(?:,? \S+){0,5},? )?(?:file |handout |archive |aerial )?(?:photos?|images?|pictures?|photographs?|frame grabs?|screen ?grabs?|video stills?)\b)/i;
const CAPTION_CREDIT = /[([](?:[\p{L}.&' -]{0,30}\s)?(?:photos?|images?|pictures?|photograph|file photo|video still|handout)\s*(?:[:/]|by\b|courtesy\b|credit\b)[^()[\]]{0,80}[)\]]\s*\.?$/iu;

/**
 * A caption that points at its picture wherever it says so: "Crews battle the fire off Norland, in this handout
 * photograph taken on April 21, 2010.", "Jane Roe poses in an undated handout photo." Prose tells of a photo ("a
 * clearer picture of", "in a corner of the photograph"); only a caption says "this" one.
 */
const CAPTION_POINTER = /\bin (?:this|these) (?:[\p{L}-]+ ){0,3}(?:photos?|images?|pictures?|photographs?|frame grabs?|video stills?)\b|\bin an? (?:(?:undated|handout|file) )+(?:photo|image|picture|photograph)\b/iu;

/**
 * Where on the page the picture a caption tells of stands, as a label: "Top: ", "Bottom: ", "Above: ", "Left: ",
 * "Inset: ". With a picture's day at the end ("Below: Crews clear the pier at Carrick, May 4, 2009."), a caption.
 */
const PICTURE_PLACE_LABEL = /^(?:(?:Top|Bottom)(?: (?:[Ll]eft|[Rr]ight))?|Above|Below|Left|Right|Inset|Pictured)\s*:\s+(?=\p{Lu})/u;

/** An agency's file picture, labelled before its caption: "AGENCY FILE: The mayor tours the pier on May 2 ...". */
const AGENCY_FILE_CAPTION = /^\p{Lu}{2,8}\s+(?:FILE|File)(?:\s+(?:PHOTO|[Pp]hoto))?\s*[-–—:]\s/u;

function isCaption(s: string, words: number): boolean {
  return placesOneInPicture(s, words) || isMediaNote(s, words) || AGENCY_FILE_CAPTION.test(s) || (words <= 70 && PICTURE_PLACE_LABEL.test(s) && CAPTION_DATE.test(s) && !NOT_A_CAPTION.test(s)) || CAPTION_OPENING.test(s) || CAPTION_CREDIT.test(s) || (words <= 70 && pointsAtPicture(s)) || isWireCaption(s, words) || placesInPicture(s, words);
}

/**
 * What a page says of its pictures, clips, graphics and broadcasts rather than of the news, as lines of their own: the
 * day a picture was taken ("Photo taken 9 March 2027."), a picture's bare label ("Today: the pier as seen from the
 * ferry."), an embedded clip's note ("This recording was posted online late, though it was made on 2 March ..."), a
 * graphic's source line ("How the sluice gates open: SOURCES: River board | Jane Roe/The Paper - 3 March 2027"), a
 * programme's listing ("You can hear Harbour Lives on Radio North at 0930GMT, or watch it ... on Monday 3 March").
 */
const MEDIA_NOTES: [number, RegExp][] = [
  [20, /^(?:pictures?|photos?|photographs?|images?|video|footage)\s+(?:taken|shot|filmed|recorded)\b[^.!?]{0,60}\.?$/i],
  [60, /^(?:the|this|that) (?:clip|video|footage|audio|recording)\b[^.!?]{0,40}\b(?:uploaded|posted online)\b/i],
  [60, /\bSOURCES?:\s+\p{Lu}/u],
  [60, /^you can (?:also )?(?:listen to|watch|hear|see)\b.{0,200}\b(?:at|from) (?:\d{3,4}\s*(?:GMT|BST|UTC|CET)|\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b|GMT|BST|UTC|CET|[ECMP][SD]?T\b))/i],
];

/**
 * What a page says of itself rather than of the news, inside running text: a live page's writer or an embedded widget
 * speaking of the page, its feeds and its media. Read per sentence by the event stage (../events.ts), not per paragraph:
 * a live page's post stamp ("2.15 pm: ...") in front of such a line still dates the posts after it.
 * - an embedded post's own stamp: "#harbour 4 minutes ago via web Jane Roe has this: ...";
 * - the writer handing the reader a medium, "here" opening a clause: "here are three pictures from this morning",
 *   "here's a video of the launch" (not "what is new here is the footage police released");
 * - the writer on their own search of the feeds: "I'll keep looking for a working stream", "a couple of radio feeds
 *   I've had better luck with", "I'll keep you posted";
 * - the writer following a broadcast or a call as it moves on: "The hearing moves onto the ferry timetable", "the
 *   briefing turns to questions";
 * - the page's graphic: "this interactive map shows the flooded streets";
 * - a picture's terms of use: "The club's picture is made available only for publication alongside this
 *   report";
 * - a service's standing hours: "The line is answered from 0830 to 1730 Monday to Friday".
 * A writer telling what happened ("I just spoke to the mayor, who said the pier will reopen") is none of these.
 */
const PAGE_TALK: RegExp[] = [
  /\b\d{1,2}\s+(?:seconds?|minutes?|mins?|hours?|hrs?)\s+ago\s+via\s+\S/i,
  /(?:^|[:;,(–—]\s*|\b(?:and|so|now|but|meanwhile)\s+)here(?:\s+(?:is|are)|['’]s)\s+(?:(?:a|an|the|some|two|three|four|our|my|this|these|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:screen\s?grabs?|pictures?|photos?|photographs?|images?|videos?|clips?|footage|graphics?|maps?|charts?|links?|feeds?|streams?)\b/iu,
  /\bI(?:['’]ll| will) keep (?:looking|searching|trying|checking|you (?:posted|updated|informed))\b/i,
  /\bI['’]ve had (?:more|better|less|no|some|little) luck\b/i,
  /\b(?:call|briefing|conference|hearing|session|discussion|questioning|webcast|broadcast)\s+(?:now\s+)?(?:moves|turns|switches|shifts)\s+(?:on\s*to|onto|to)\b/i,
  /\b(?:this|the|our)\s+interactive\s+(?:graphic|map|chart|timeline|guide|feature)\b/i,
  /\bmade available only for publication\b|\bavailable (?:only )?for (?:editorial )?(?:publication|use) by news organi[sz]ations\b/i,
  /\b(?:open|opens|answered|staffed|manned|available)\s+(?:from\s+)?\d{1,2}[.:]?\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|[ECMP][SD]T))?\s+(?:to|until|till|-|–)\s+\d{1,2}[.:]?\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|[ECMP][SD]T))?,?\s+(?:on\s+)?(?:Mondays?|weekdays|daily|every day|seven days)\b/i,
];

/** Whether a sentence is the page speaking of itself (see PAGE_TALK), outside any quotation. */
export function speaksOfThePage(sentence: string): boolean {
  const s = normalise(sentence);
  return PAGE_TALK.some((p) => {
    const m = p.exec(s);
    return !!m && !/["“”]/u.test(s.slice(0, m.index));
  });
}

/** A chart's or a poll's entries run together: "Number three 'Pier Song' (readers' vote) Number two 'Tide Tune' ...". */
const RANKED_ENTRY = /\bNumber (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+[`'‘"“]/gi;
const isRankedList = (s: string): boolean => (s.match(RANKED_ENTRY)?.length ?? 0) >= 2;

/** A picture's bare label: "Today: the pier as seen from the ferry." (see `asSeenLabel`). */
const AS_SEEN_LABEL = /^(?:[\p{L}\d ]{1,20}:\s+)?(?:(?!\b(?:is|are|was|were|has|have|had)\b)[^.!?:]){1,60}\bas seen (?:from|on|in|at|this|by|here|above|below)\b(?:(?!\b(?:is|are|was|were|has|have|had)\b)[^.!?]){0,60}\.?$/iu;

/**
 * Whether a short line is a picture's bare label: a noun phrase, then "as seen from ..." (not a sentence whose verb
 * tells a deed before it: "Crowds cheered the ferry as seen from the pier").
 */
function asSeenLabel(s: string, words: number): boolean {
  if (words > 15 || !AS_SEEN_LABEL.test(s)) return false;
  return !tokenize(s.slice(0, s.search(/\bas seen\b/i))).some((t) => /^(?:verb|ven|aux|modal)$/.test(t.tag));
}

const isMediaNote = (s: string, words: number): boolean => MEDIA_NOTES.some(([most, p]) => words <= most && p.test(s)) || asSeenLabel(s, words) || isRankedList(s);

/** Where a wire picture puts the one named before it, in brackets: "Jane Roe (L)", "Ministers (L-R) Jane Roe, ...". */
const PICTURE_POSITION = /(?<=[\p{L}\d.,'’]\s?)\((L|C|R|L-R|R-L|C-R|C-L)\)/gu;

/**
 * A wire caption that says where each one stands in the picture, in brackets, and ends with the day it was taken:
 * "The ferry (L) and a tug (C) leave Carrick harbour June 3, 2010." One "(R)" alone is a party's label in prose
 * ("Sen. Jane Roe (R) said ..."), and "(C)" alone may be a list's item: only a bracket with a left in it ("(L)",
 * "(L-R)"), or two different brackets, say a picture (a lone "(C-R)" is one bracket and does not).
 */
function placesInPicture(s: string, words: number): boolean {
  if (words > 70 || NOT_A_CAPTION.test(s) || SENTENCE_BREAK.test(s) || !CAPTION_DATE.test(s)) return false;
  const places = new Set([...s.matchAll(PICTURE_POSITION)].map((m) => m[1]));
  return places.size >= 2 || [...places].some((p) => p.includes('L'));
}

/**
 * Whether a paragraph is a caption pointing at its picture, as prose telling a deed is not even where it points at
 * the page's picture ("Police on Thursday released the suspect's face, shown in this image, and asked for help",
 * "The mayor, seen in this photo, resigned on Wednesday"): a caption tells what its picture shows in the present.
 * What describes the picture is left out (the pointer and its "taken on April 21 and obtained on April 22", unless
 * a comma closes it as an aside), and so is a past form with a preposition after it ("a pelican covered in oil"),
 * unless a day follows it ("resigned on Wednesday").
 */
function pointsAtPicture(s: string): boolean {
  const pointer = CAPTION_POINTER.exec(s);
  if (!pointer || NOT_A_CAPTION.test(s)) return false;
  const rest = s.slice(pointer.index + pointer[0].length);
  const aside = /^[^,.;]{0,60},\s+(?!\d)/.exec(rest);
  const tokens = tokenize(s.slice(0, pointer.index) + (aside ? rest.slice(aside[0].length) : ''));
  return !tokens.some((t, k) => {
    if (t.tag !== 'verb' || !(pastTense(t.lower) || /ed$/.test(t.lower))) return false;
    const next = tokens[k + 1];
    return !!next && next.tag !== 'punct' && (next.tag !== 'prep' || CALENDAR.test(tokens[k + 2]?.text ?? ''));
  });
}
/** A weekday or a month's name. */
const CALENDAR = new RegExp(String.raw`^(?:${WEEKDAY}|${MONTH})$`, 'i');

// A wire picture's caption tells what the picture shows in the present tense and ends with the day it was
// taken, year and all, and sometimes the place: "A boy wears a mask on a bus in Norland May 4, 2009.",
// "Workers remove a boom from the marsh, Thursday, June 10, 2010, in Port Ellis.", "A logo is seen on a
// depot in Carrick November 2, 2010." News prose tells a dated happening in the past ("signed the letter
// on Oct. 19, 2004") or names its day without the year.
const CAPTION_DATE = new RegExp(
  String.raw`(?:(?:${WEEKDAY},?\s+)?${MONTH}\s+\d{1,2},?\s+\d{4}|(?:${WEEKDAY},?\s+)?\d{1,2}\s+${MONTH},?\s+\d{4})` +
    String.raw`(?:,?\s+(?:in|at|near|off)\s+[^.,;:!?]{1,40}(?:,\s*[^.,;:!?]{1,25}){0,2}|\s+file\s+(?:photo|picture|image))?\.?["”’)]*$`,
  'iu',
);
/** A saying ("Norcorp says it filed for bankruptcy on June 3, 2009") or a tense other than the present: not a caption. */
const NOT_A_CAPTION = /\b(?:say|says|said|tells?|told|acknowledges?|admits?|confirms?|announces?|reports?|claims?|believes?|thinks?|notes?|adds?|argues?|warns?|insists?|according|was|were|had|did|will|would|wo|could|should|might|must|shall)\b|'d\b/i;
/** "He resigned. She now lives in Carrick since May 4, 2009.": two sentences are not one caption. */
const SENTENCE_BREAK = /\b\p{Ll}[\p{L}'’-]{2,}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;
/** "A logo is seen", "Crews are pictured": what a picture shows ("is accused of", "is expected to" are the story's). */
const PICTURED = /^(?:seen|pictured|shown|reflected|silhouetted|photographed|displayed|framed|illuminated)$/;
const PLURAL_SUBJECT = /s$|^(?:people|men|women|police|children|staff|crew)$/;
/** A noun or name that reads as a plural subject: "Workers", "police", "Crews". */
const pluralSubject = (t: Token | undefined): boolean => !!t && (t.tag === 'noun' || t.tag === 'name') && PLURAL_SUBJECT.test(t.lower);

/** What a caption's date stands after: a place or a comma, "on" allowed between ("Frankfurt, central Germany, on Wednesday, Oct. 15, 2008"). */
const AFTER_PLACE = /(?:,|\p{Lu}[\p{L}.'’-]*)(?:\s+on)?\s*$/u;
/** A weekday before the full date with a place after it: "a company Wednesday Oct. 15, 2008 in Shanghai, China." */
const WEEKDAY_THEN_PLACE = new RegExp(String.raw`^${WEEKDAY}\b.*\s(?:in|at|near|off)\s`, 'iu');

function isWireCaption(s: string, words: number): boolean {
  if (words > 70 || NOT_A_CAPTION.test(s) || SENTENCE_BREAK.test(s)) return false;
  const date = CAPTION_DATE.exec(s);
  // the date follows a place or a comma, as a caption's does ("in Carrick November 2, 2010", "marsh, Thursday,
  // June 10, 2010", "Manila, Philippines on Wednesday Oct. 15, 2008"), or a weekday stamp is followed by its place;
  // news on the calendar does neither, weekday or not: "The new rules take effect Monday, Jan. 5, 2026." is a day to
  // come, and a caption shows a picture already taken (the weekday alone cannot tell them apart)
  if (!date || !(AFTER_PLACE.test(s.slice(0, date.index)) || WEEKDAY_THEN_PLACE.test(date[0]))) return false;
  return tellsPictureInPresent(s);
}

/**
 * Whether a caption's first verb tells what its picture shows in the present: "A man waits", "Workers remove", "A logo
 * is seen" (news prose tells its deeds in the past: "The mayor held up", "Crews were pictured").
 */
function tellsPictureInPresent(s: string): boolean {
  const tokens = withoutPictureSides(tokenize(s));
  // the first verb tells the tense: "A man waits", "Workers remove", "A logo is seen" (a word that opens the
  // caption is no verb: "Retired Admiral Jane Roe speaks")
  const i = tokens.findIndex((t, k) => k > 0 && (t.tag === 'verb' || t.tag === 'aux' || presentReadAsNoun(tokens, k) || presentNotKnown(tokens, k)));
  if (i < 1) return false;
  const verb = tokens[i];
  const before = tokens[i - 1];
  if (verb.tag === 'aux') {
    const next = tokens[i + 1];
    return (verb.lower === 'is' || verb.lower === 'are') && !!next && PICTURED.test(next.lower);
  }
  if (pastTense(verb.lower) || /ed$/.test(verb.lower) || before.tag === 'to') return false;
  if (/[^s]s$/.test(verb.lower)) return before.tag === 'noun' || before.tag === 'name' || before.tag === 'punct';
  return pluralSubject(before);
}

/** A name, then where its one stands in the picture set off by commas: "Jane Roe, left, holds up ...". */
const PICTURE_SIDE_AFTER_NAME = /\p{Lu}[\p{L}.'’-]*,\s+(?:left|right|cent(?:er|re)|second (?:from )?(?:left|right)|top|bottom|foreground|background)\s*,\s+\p{Ll}/u;
/** A caption's own day as its label, before its text: "Aug. 2: ", "June 3 -- ". */
const CAPTION_DAY_LABEL = new RegExp(String.raw`^${MONTH}\.?\s+\d{1,2}\s*(?::|[-–—]{1,2})\s+(?=\p{Lu})`, 'iu');

/**
 * A caption that says where the one it names stands in the picture and tells what they do in the present: "June 3:
 * Coach Jane Roe, left, hands a medal to a young runner at the track on Sunday." Prose names a side only of a picture it
 * describes, and tells its deeds in the past ("Jane Roe, left, said ..." is a saying, not a caption).
 */
function placesOneInPicture(s: string, words: number): boolean {
  if (words > 80 || NOT_A_CAPTION.test(s) || !PICTURE_SIDE_AFTER_NAME.test(s)) return false;
  return tellsPictureInPresent(s.replace(CAPTION_DAY_LABEL, '').replace(PICTURE_SIDE_AFTER_NAME, (m) => m.replace(/,[^,]*,/, '')));
}

/**
 * "Jane Roe, left, finishes her statement": where a person stands in the picture, set off by commas, is no verb
 * (the lexicon reads "left" as one); the caption is read without it, "Jane Roe finishes her statement".
 */
function withoutPictureSides(tokens: Token[]): Token[] {
  const side = (k: number) => /^(?:left|right|cent(?:er|re))$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',' && tokens[k + 1]?.text === ',';
  return tokens.filter((_, k) => !side(k) && !side(k + 1) && !(k > 0 && side(k - 1)));
}

/**
 * A present tense the lexicon reads as a noun, straight after the subject: "A pedestrian walks under ...", "People
 * wear masks ...": a word that is noun or verb alike, after a noun or name, in -s after a singular subject or bare
 * after a plural one ("the stock price board" is no verb: "stock" is no plural).
 */
function presentReadAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!before || t.tag !== 'noun' || !nounOrVerb(t.lower) || (before.tag !== 'noun' && before.tag !== 'name')) return false;
  return /[^su']s$/.test(t.lower) ? !PLURAL_SUBJECT.test(before.lower) : PLURAL_SUBJECT.test(before.lower);
}

/**
 * A present tense the lexicon does not know, bare after a plural subject, in a caption with no past tense after it:
 * "Workers double-check the fencing ...", "Volunteers scrub oiled rocks ...", "Lambs nuzzle their mother ..." (read
 * as nouns). A hyphenated word is a verb when its last part is one ("double-check", "hand-sort"); a word the lexicon
 * does not know at all counts only when the words after it tell no past ("Rangers midfielder Jane Roe scored in
 * Carrick on Saturday, March 5, 2025." is news told in the past, whatever "midfielder" is).
 */
function presentNotKnown(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (t.tag !== 'noun' || /s$/.test(t.lower) || !pluralSubject(before)) return false;
  const last = /-(\p{Ll}+)$/u.exec(t.lower)?.[1];
  const verbLike = last ? knownWord(last) && (nounOrVerb(last) || tokenize(last)[0].tag === 'verb') : !knownWord(t.lower);
  return verbLike && !tokens.slice(k + 1).some((u) => u.tag === 'verb' && (pastTense(u.lower) || (/ed$/.test(u.lower) && knownWord(u.lower))));
}

/**
 * A picture credit left in front of a paragraph when its caption was lost: "(By Jane Roe -- Agency)",
 * "(Photo by Jane Roe/Agency)", "(Image: Agency)". The credit names who made the picture; the text
 * after it is the article's.
 */
const BY_CREDIT = String.raw`\((?:(?:by|(?:photo(?:graph)?s?|image|picture) by)\s[^()\n]{1,80}?(?:\s(?:--|—|–)\s|\/)[^()\n]{1,50}|(?:photo(?:graph)?s?|images?|pictures?|credit|file photo)\s*:\s*[^()\n]{2,60})\)`;
const LEADING_CREDIT = new RegExp(String.raw`^${BY_CREDIT}\s+(?=["“‘]?\p{Lu})`, 'iu');

/**
 * An agency's picture credit in brackets, as wire pictures carry one or two in front of their caption: "(AGENCY
 * Photo/Jane Roe)", "(AGENCY Photo/Jane Roe, File)", "(AGENCY Photo)", the photographer with the source "(Jane Roe -
 * Agency)", or the agency's initials alone "(AGENCY)". Only before a capital or the next credit: "(ABC) confirmed today"
 * is a subject.
 */
const AGENCY_PICTURE_CREDIT = String.raw`\((?:\p{Lu}{2,8} Photo(?:\\?\/[^()\n]{1,80})?|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} - [^()\n]{2,40}|\p{Lu}{2,8})\)`;
const AGENCY_CREDIT = new RegExp(String.raw`^${AGENCY_PICTURE_CREDIT}\s+(?=[("“‘]?\p{Lu})`, 'u');

/**
 * How many characters of `s` are a picture credit, or a programme's production credits ("Presenter/Jane Roe,
 * Producer/John Doe for Northlight Media", see listing.ts), run into the paragraph's start (0 for none).
 */
export function leadingCreditLength(s: string): number {
  const head = s.slice(0, 200);
  const credit = bracketedCredit(head);
  if (credit) return credit.length + repeatedCreditNameLength(credit, head.slice(credit.length));
  return labelledCreditLength(head) || agencyCreditLength(head) || productionCreditsLength(head);
}

/** The name a credit ends with, after its slash or "by": "(AGENCY Photo/Jane Roe)" → "Jane Roe". */
const CREDIT_NAME = /(?:\\?\/|\bby\s)\s*(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})\s*\)\s*$/u;

/**
 * A credit's name told again after it, as a page that set the photographer's name under the picture as well leaves
 * it: "(AGENCY Photo/Jane Roe) Jane Roe Crews clear the pier ...". The name is the credit's; the caption or lead
 * starts at the capital after it.
 */
function repeatedCreditNameLength(credit: string, rest: string): number {
  const name = CREDIT_NAME.exec(credit)?.[1];
  if (!name || !rest.startsWith(name)) return 0;
  const gap = /^\s+(?=["“]?\p{Lu})/u.exec(rest.slice(name.length));
  return gap ? name.length + gap[0].length : 0;
}

/** An agency's picture credit with no brackets, its slash's word included: "AGENCY Photo/Jane ", "AGENCY Photo\/Norcorp ". */
const AGENCY_CREDIT_UNBRACKETED = /^\p{Lu}{2,8} Photo\\?\/[\p{Lu}][\p{L}.'’-]*\s+/u;

/**
 * An agency's picture credit run into the lead with its brackets lost, as a caption's credit is left when the page
 * drops the picture: "AGENCY Photo/Norcorp The council voted ...", "AGENCY Photo/Jane Roe The council ...". The credit
 * runs to the word after its slash, or on over a name's next capitalised words (two at most) to a lead's opening word
 * ("The", "In"); the lead starts with a capital. "AGENCY Photo/Norcorp Harbour Board met ..." keeps "Harbour": a
 * name's end is unsure there, and the first word after the slash is the credit's.
 */
function agencyCreditLength(s: string): number {
  const credit = AGENCY_CREDIT_UNBRACKETED.exec(s);
  if (!credit) return 0;
  const words = [...s.slice(credit[0].length).matchAll(/\S+/g)].slice(0, 3);
  const opener = words.findIndex((w, k) => k >= 1 && LEAD_OPENER.test(w[0]) && /^\p{Lu}/u.test(w[0]));
  const named = opener > 0 && words.slice(0, opener).every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w[0]));
  const lead = named ? words[opener] : words[0];
  if (!lead || !/^["“‘]?[\p{Lu}\d]/u.test(lead[0])) return 0;
  return credit[0].length + lead.index!;
}

/** A bracketed picture credit opening `head` before the text's next capital: "(By Jane Roe -- Agency) ", "(AGENCY Photo/Jane Roe) "; undefined if none. */
function bracketedCredit(head: string): string | undefined {
  return (LEADING_CREDIT.exec(head) ?? AGENCY_CREDIT.exec(head))?.[0];
}

/**
 * How many characters of `s` are a picture's credit at its start, bracketed ("(By Jane Roe -- Agency)", "(AGENCY
 * Photo/Jane Roe)") or labelled ("Photograph: Jane Roe/Agency"), before the next paragraph's text (0 for none).
 */
export function pictureCreditLength(s: string): number {
  const head = s.slice(0, 200);
  const credit = bracketedCredit(head);
  if (credit) return namesOnly(credit) ? credit.length : 0;
  return labelledCreditLength(head) || agencyCreditLength(head);
}

/** Words a credit joins names with: "(Photo by Jane Roe for the Courier)", "(Jane Roe, via Agency)". */
const CREDIT_LINKS = /^(?:by|via|for|of|the|and|photos?|file|pool|courtesy|handout)$/i;

/**
 * A credit names who made the picture and tells nothing: "(Photo: Pupils wear masks in Carrick/Jane Roe)" is a
 * caption in brackets, and the paragraph before it is the article's.
 */
function namesOnly(credit: string): boolean {
  return wordsOf(credit.replace(/[()]/g, ' ')).filter((w) => /^\p{Ll}/u.test(w) && !CREDIT_LINKS.test(w)).length <= 1;
}

const BY_CREDIT_FIRST = new RegExp(String.raw`^${BY_CREDIT}\s*`, 'iu');
const AGENCY_CREDIT_FIRST = new RegExp(String.raw`^${AGENCY_PICTURE_CREDIT}\s*`, 'u');
/** "Photograph: Jane Roe/Agency", "Photo: Jane Roe": a label and a name or two, nothing told. */
const LABELLED_CREDIT_ALONE = /^(?:photograph|photo|picture|image|illustration)s?\s*:\s*((?:\S+\s*){1,6})$/i;
/** "AGENCY/Getty Images", "AGENCY Photo/Jane Roe": who made the picture, with a slash, nothing told. */
const SLASHED_CREDIT_ALONE = /^\p{Lu}[\p{L}.'’ -]{0,40}\\?\/[\p{L}.'’ \\/-]{1,60}$/u;
/** Words of a name or an agency: capitalised or slashed ("Jane Roe/Agency", "Public Domain"). */
const allNamed = (s: string) => wordsOf(s).every((w) => /^[\p{Lu}\d(]|\//u.test(w));

/**
 * Whether a line is a picture's credit alone: one or more bracketed credits ("(AGENCY Photo/Jane Roe) (Jane Roe -
 * AGENCY)", "(By Jane Roe -- Agency)", "(AGENCY)"), a labelled one ("Photograph: Jane Roe/Agency") or a slashed one
 * ("AGENCY/Getty Images").
 */
export function isPictureCreditLine(s: string): boolean {
  const line = s.trim();
  const labelled = LABELLED_CREDIT_ALONE.exec(line);
  if (labelled) return allNamed(labelled[1]) && !/[.!?]$/.test(line);
  // ("Producer/Jane Roe" credits a programme, not a picture: see listing.ts)
  if (SLASHED_CREDIT_ALONE.test(line)) return allNamed(line) && productionCreditsLength(line) === 0;
  let rest = line;
  for (let round = 0; round < 4 && rest; round++) {
    const credit = BY_CREDIT_FIRST.exec(rest) ?? AGENCY_CREDIT_FIRST.exec(rest);
    if (!credit || !namesOnly(credit[0])) return false;
    rest = rest.slice(credit[0].length);
  }
  return rest === '' && line !== '';
}

/**
 * A caption, headline or stamp run into a paragraph's first sentence with no full stop between them, as pages
 * copied without their picture's or heading's line break are: "Crews were in Norland in 2008 after storms left
 * hundreds homeless A relief charity is sending help ...", "... by Jane Roe The council voted ...". A sentence
 * opener with a capital ("The", "A", "An") straight after a word of the same sentence, and a lower-case word
 * after it, is where the paragraph's own first sentence starts: what runs before it is the page's, not the
 * article's. So does any starter no name holds before a word in lower case, a pronoun, a possessive or a
 * subordinator ("... at the pier on Monday Many say ...", "... after the storm It emerged ..."). Not after a word that
 * ties it on ("of The", "was A") or names a title ("called This is Norland"), nor a letter that names a type ("type A
 * strain", "plan A failed"), nor before a capital ("told The Daily Courier" names a paper). An initialism's full stops
 * end no sentence before the starter: "A Bleak Winter For U.N. Staff The agency has ...".
 */
const RUN_IN_OPENER = [...UNMISTAKABLE_STARTERS, ...NUMBER_STARTERS, 'a'].map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
/**
 * A full stop inside an initialism ("U.N.", "U.S.", not "type A."): no sentence ends there; the last one does when a
 * starter follows it ("Roe flew home to the U.S. She said ...").
 */
const INITIALISM_STOP = String.raw`(?<=\p{Lu})\.(?=\p{Lu}\.)|(?<=\.\p{Lu})\.(?![ \t]+(?:${RUN_IN_OPENER})\b)`;
const RUN_IN_CAPTION = new RegExp(String.raw`^((?:[^.!?\n]|${INITIALISM_STOP})*?)([\p{L}\d%)'’]+)[ \t]+(?:${RUN_IN_OPENER})(?:[ \t]+(?=\p{Ll}|\p{Lu}\p{Ll}*-\p{Ll})|-\p{Ll}+-old[ \t])`, 'u');
/** A capitalised plural after a word ending in lower case: where a caption may run into a lead such as "Experts say ...". */
const CAPITAL_PLURAL = /(?<=[\p{Ll}\d%)'’][ \t]+)(?=\p{Lu}\p{Ll}+s[ \t]+\p{Ll})/gu;

/** The words of `head` before a plural subject that opens its first sentence (see opensWithPluralSubject), or null. */
function captionBeforePluralSubject(head: string): string | null {
  for (const p of head.matchAll(CAPITAL_PLURAL)) {
    const before = head.slice(0, p.index);
    if (/[.!?\n]/.test(before)) return null;
    if (opensWithPluralSubject(before, head.slice(p.index))) return before.trimEnd();
  }
  return null;
}
/** Nouns that take a capital letter as their label ("type A", "plan A"): there "A" is no article. */
const LETTER_LABELLED = /^(?:types?|subtypes?|strains?|influenza|hepatitis|vitamins?|plans?|points?|exhibits?|groups?|class(?:es)?|grades?|categor(?:y|ies)|sections?|phases?|options?|levels?|tiers?|divisions?|blocks?|series|gates?|terminals?|platforms?|rows?|wings?|parts?|schedules?)$/i;
/** A caption at least this long runs in before the lead, and the lead runs on for at least this many words. */
const RUN_IN_MIN_WORDS = 3;
const RUN_IN_MAX_WORDS = 60;
const RUN_IN_LEAD_WORDS = 6;
const RUN_IN_MAX_LEAD_WORDS = 80;

/** A date or clock closing the words before the lead: a timeline's entry or a post's stamp, which dates what follows. */
const ENDS_WITH_DATE = new RegExp(String.raw`(?:(?:${WEEKDAY},?\s+)?(?:\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:1\d|20)\d{2})?|\b(?:1\d|20)\d{2}|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|${WEEKDAY})[\s,;:|-]*$`, 'i');
/** Words that tie a date to the clause before it ("announced a concert for Norland on 8 October"). */
const DATE_TIE = /\b(?:on|in|at|by|until|till|from|since|before|after|of|for|to|between|and|through)\s*$/i;

/**
 * A date or clock that closes the words before the lead on its own, not tied to their clause: a timeline's entry
 * ("3 March 2021 The trial is delayed ...") or a post's stamp, which dates what follows and stays with it.
 */
function entryDate(caption: string): boolean {
  const date = ENDS_WITH_DATE.exec(caption);
  return !!date && !DATE_TIE.test(caption.slice(0, date.index));
}
/** A diary's or a schedule's stamp opening the words before the lead ("SUNDAY 4 MAY - JANE ROE This morning ..."): it dates what follows. */
const OPENS_WITH_STAMP = new RegExp(String.raw`^(?:${WEEKDAY},?\s+)?(?:\d|${MONTH}\.?\s+\d)`, 'i');
/** "...said the firm had a plan: Crews are ...": a sentence that introduces a list or quote run on after its colon. */
const LIST_INTRO = /(?:\S+\s+){3}\S+:\s+["“‘]?\p{Lu}/u;
/** The first sentence of what follows the run-in words. */
const FIRST_SENTENCE = /^[^]*?[.!?]["”’)\]]*(?=\s|$)/;

/** Words a letter grade or label comes before: "A level results", "A grades", "A-list". */
const LETTER_FOLLOWERS = /^(?:levels?|grades?|list|listers?|team|road|shares?|stock)$/i;

/**
 * Whether a capital "A" is a letter, not an article opening a sentence: before a verb, a preposition, a plural
 * noun or a word letters come before ("Ward A were moved", "Measure A on Tuesday", "got A grades", "A level").
 */
function letterNotArticle(lead: string): boolean {
  const [, next, then] = tokenize(lead);
  if (!next) return true;
  // ("Building A reported hearing": a past tense read as an adjective, with no noun after it)
  const readAsAdjective = /ed$/.test(next.lower) && !!then && /^(?:ving|det|poss|prep|pron|adv)$/.test(then.tag);
  return readAsAdjective || LETTER_FOLLOWERS.test(next.lower) || /^(?:verb|ven|aux|modal|prep|conj|punct)$/.test(next.tag) || (next.tag === 'noun' && /[^su']s$/.test(next.lower));
}

/**
 * A box's or a section's heading set in capitals, run into its text with no line break: "FERRY CREW - FIRST RESCUE Jane
 * Roe was ...", "HOW THE PIER FELL Crews worked ...", "HARBOUR MASTER, NORLAND PORTS Our boats ...". Three words in
 * capitals at least; not a wire dateline's place, which a comma or a dash ends ("PORTVILLE, Norland", "NEW HARBOUR --
 * The ..."), nor a timeline's entry, whose figures date what follows ("8 MAY: DOME PLAN - FAILED Plans ...").
 */
const CAPITALS_HEADING = /^(?:[\p{Lu}'’&.,:|–—-]+\s+){3,14}(?=\p{Lu}\p{Ll})/u;

/** How many characters of `s` are a heading in capitals before its text (0 for none). */
export function capitalsHeadingLength(s: string): number {
  const m = CAPITALS_HEADING.exec(s.slice(0, 200));
  if (!m || /[,:|–—-]\s*$/.test(m[0])) return 0;
  const capitals = m[0].split(/\s+/).filter((w) => /\p{Lu}{2}/u.test(w)).length;
  return capitals >= 3 && countWords(s.slice(m[0].length, m[0].length + 200)) >= 6 ? m[0].length : 0;
}

/**
 * A fact box's labelled lists run into the lead: "Career: Mayor of Carrick (2001 to 2008); Harbour Master (1995 to
 * 2001) Schooling: Norland College, 1987; Carrick Law School, 1990 Jane Roe grew up by the sea." Two labels at least
 * ("Word Word: "), the first opening the paragraph, and items set apart by semicolons with their years; the box ends at
 * the last item's year (or its bracket) where a capitalised lead starts.
 */
const FACT_LABEL = /(?:^|\s)\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+)?:\s+(?=\p{Lu})/gu;
const FACT_BOX_END = /^[^;:()]*?(?:\(\p{Ll}+\)[^;:()]*?)?(?:\d{4}\)?|\))\s+(?=["“]?\p{Lu}[\p{Ll}']*\s)/u;

/**
 * A fact box's title line, a post and its years in brackets, run into the lead: "Former Harbour Master of Carrick
 * (May 2001 to June 2008) When Jane Roe first ...". Capitalised words and the small words of a title only, so no verb.
 */
const TENURE_TITLE = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|on|in|at)){2,11}\s+\((?:${MONTH}\.?\s+)?\d{4}\s*(?:to|-|–)\s*(?:(?:${MONTH}\.?\s+)?\d{4}|present|now)\)\s+(?=["“]?\p{Lu})`,
  'u',
);

/** How many characters of `s` are a fact box's title line or its lists before its lead (0 for none). */
export function factBoxLength(s: string): number {
  const title = TENURE_TITLE.exec(s.slice(0, 300));
  if (title) return countWords(s.slice(title[0].length, title[0].length + 200)) >= 6 ? title[0].length : 0;
  const head = s.slice(0, 1000);
  const labels = [...head.matchAll(FACT_LABEL)];
  // the box opens with a label and its items ("Career: Mayor (2001 to 2008); ..."); a box under a heading that names
  // whom it is about ("About: Jane Roe Career: ...") is left, as the heading may be the page's only full name of her
  if (labels.length < 2 || labels[0].index !== 0 || !head.slice(0, labels[1].index).includes('; ')) return 0;
  const lastItem = head.lastIndexOf('; ');
  if (lastItem < labels[1].index || (head.match(/; /g) ?? []).length < 2 || (head.slice(0, lastItem).match(/\b\d{4}\b/g) ?? []).length < 3) return 0;
  const end = FACT_BOX_END.exec(head.slice(lastItem + 2));
  if (!end) return 0;
  const cut = lastItem + 2 + end[0].length;
  return countWords(s.slice(cut, cut + 200)) >= 6 ? cut : 0;
}

/**
 * A box's two toggle buttons run into the paragraph they open, as a page copied without its buttons' line breaks
 * leaves them: '"More Stories" "Fewer Stories" The ferry ...'. One shows more of a kind, the other less of the same:
 * a single "More Stories" is a related-links heading, judged as one.
 */
const TOGGLE_LABELS = /^["“]?More (\p{Lu}\p{Ll}+)["”]?\s+["“]?(?:Less|Fewer) \1["”]?\s+(?=["“‘]?\p{Lu})/u;

/** How many characters of `s` are a box's toggle buttons before its text (0 for none). */
export function toggleLabelsLength(s: string): number {
  return TOGGLE_LABELS.exec(s)?.[0].length ?? 0;
}

/**
 * How many characters of `s` are a caption, headline or stamp run into its first sentence (0 for none). Cut by the
 * body stage only: the paragraph is still judged whole, so a comment's signature run into a reply stays one.
 */
export function runInCaptionLength(s: string): number {
  const head = s.slice(0, 600);
  const m = RUN_IN_CAPTION.exec(head);
  const caption = m ? m[1] + m[2] : captionBeforePluralSubject(head);
  if (!caption) return 0;
  const words = countWords(caption);
  const rest = s.slice(caption.length);
  const lead = FIRST_SENTENCE.exec(rest)?.[0] ?? rest;
  // A caption is shorter than the sentence it runs into: a long run before a short one is the paragraph's own
  // sentence with a caption or a footer's line run on after it ("...beneath the surface The spill has reached ...").
  // (and a "sentence" longer than a caption may be is a box of items run together with no full stops at all)
  const leadWords = countWords(lead);
  if (words < RUN_IN_MIN_WORDS || words > RUN_IN_MAX_WORDS || leadWords < Math.max(RUN_IN_LEAD_WORDS, words) || leadWords > RUN_IN_MAX_LEAD_WORDS) return 0;
  if (entryDate(caption) || OPENS_WITH_STAMP.test(caption) || LIST_INTRO.test(caption)) return 0;
  const last = tokenize(caption.slice(caption.search(/\S+$/))).at(-1);
  if (!last || /^(?:det|poss|prep|conj|aux|modal|to|sub|rel|neg)$/.test(last.tag) || NAMING.test(last.text)) return 0;
  const opener = rest.trimStart();
  // (a number in words after a capital ends a name: "on BBC Two and", "Year Seven pupils")
  if (NUMBER_STARTERS.has(/^\p{L}+/u.exec(opener)?.[0].toLowerCase() ?? '') && !/^\p{Ll}/u.test(last.text)) return 0;
  if (/^An?\b/.test(opener) && LETTER_LABELLED.test(last.lower)) return 0;
  if (/^A\b/.test(opener) && letterNotArticle(lead)) return 0;
  return caption.length + rest.search(/\S/);
}

/** Words that never close a heading's run: the capital after them goes on their phrase. */
const NOT_BEFORE_HEADING_END = /^(?:verb|ven|ving|aux|modal|prep|det|poss|conj|sub|rel|neg|to|pron|adj)$/;
/** Verbs whose complement may drop its "that": "told reporters Jane Roe had ...". */
const SPEECH_VERB = /^(?:said|says|say|told|tells|tell|announced|added|insisted|warned|believes?|believed|thinks?|thought|argued|claimed|claims|reported|knows?|knew|hopes?|hoped|fears?|feared)$/;
/** A title before a name: "Mr Roe", "Dr Roe" open a clause; "chief executive Jane Roe" goes on one. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?$/;
/** A heading, a standfirst or a caption is this long at most; a longer run is the article's own sentence. */
const HEADING_MIN_WORDS = 3;
const HEADING_MAX_WORDS = 25;
const HEADING_LEAD_WORDS = 6;

/** Whether the capitalised words from `k` open a clause: a name or noun phrase (an aside in brackets or commas) and then its verb. */
function opensClause(tokens: Token[], k: number): boolean {
  const first = k;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k].text) && k - first < 4) {
    // (a capitalised determiner opens the next sentence, "... reaches Norland The union has ...": the capital before it
    // ends the heading and is no subject)
    if (k > first && /^(?:the|an?)$/.test(tokens[k].lower)) return false;
    k++;
  }
  if (tokens[k]?.text === '(') {
    while (k < tokens.length && tokens[k].text !== ')') k++;
    k++;
  } else if (tokens[k]?.text === ',') {
    // (or between commas, a few words: "Jane Roe, 24, was found")
    const close = tokens.findIndex((t, j) => j > k + 1 && j <= k + 5 && t.text === ',');
    if (close > 0) k = close + 1;
  }
  for (let nouns = 0; k < tokens.length && nouns < 3 && /^(?:noun|adj)$/.test(tokens[k].tag) && /^\p{Ll}/u.test(tokens[k].text); nouns++) k++;
  return /^(?:verb|aux|modal)$/.test(tokens[k]?.tag ?? '');
}

/** Nouns of time and manner a relative clause follows with no "that": "the moment Norland shook", "the way voters ...". */
const RELATIVE_HEAD = /^(?:moment|way|day|time|night|week|month|year|reason|place|point)$/;
/** Words that open a noun phrase: a capital a few words after one goes on that phrase ("the new Norland office"). */
const PHRASE_OPENER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|what|which|whose|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * Whether the capital at `k` goes on the noun phrase before it: a title before a person's name ("his deputy Jane
 * Roe", "pop singer Jane Roe"), or a phrase a determiner, possessive or figure opened a few words before ("the way
 * Norlanders ...", "two Norlandic banks"). A title ("Mr Roe") or a possessive ("Jane Roe's ...") opens a new phrase.
 */
function continuesPhrase(tokens: Token[], k: number): boolean {
  const name = tokens[k];
  if (HONORIFIC.test(name.text) || tokens.slice(k, k + 3).some((t) => /['’]s$/.test(t.text))) return false;
  const prev = tokens[k - 1];
  if (firstNameSex(name.lower) || (personNoun(prev.lower) && !/s$/.test(prev.lower) && prev.lower !== 'people')) return true;
  // "the day Norland voted": a clause after a noun of time or manner is its relative clause, with no "that"
  if (RELATIVE_HEAD.test(prev.lower)) return true;
  // "The moment Roe was freed from the car Norlander Jane Roe, 24, was found ...": a caption names the one its lead
  // names again, so a name told twice starts a new phrase where "the charity Norcorp" goes on its noun
  if (namesAgain(tokens, k)) return false;
  // (a phrase that ends in its noun is whole, "at the farm Norland has begun ..." is a caption and a lead, unless the
  // capital is a modifier of a noun after it: "the last Norlandic oil spill")
  const modifier = /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && !/^(?:verb|aux|modal|ven|ving|adv|neg)$/.test(tokens[k + 1].tag);
  // "the charity Norcorp is ...": a name straight after a singular noun is that noun's, where a common word with a
  // capital ("Experts", "Shoppers") opens a sentence
  const commonWord = /s$/.test(name.lower) || /^(?:the|an?|it|there|this|these|those|he|she|they|we)$/.test(name.lower) || (knownWord(name.lower) && !properWord(name.lower));
  if (prev.tag === 'noun' && !modifier && !/s$/.test(prev.lower) && !commonWord) return true;
  if (prev.tag === 'noun' && !modifier && !/^(?:what|which|whose)$/.test(tokens[k - 2]?.lower ?? '')) return false;
  // (a year after its preposition is a date that ends the clause, not a figure opening a phrase: "... filmed before the
  // fire in 2019 Norcorp is suing ...")
  if (isWrittenYear(prev.text) && tokens[k - 2]?.tag === 'prep') return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (PHRASE_OPENER.test(tokens[j].lower)) return true;
    if (!/^(?:noun|adj|name|num)$/.test(tokens[j].tag)) return false;
  }
  return false;
}

/**
 * Whether the capitalised words from `k` (a name, four words at most) repeat a name told anywhere in the words before
 * them, when those words hold a verb: "Roe was freed from the car Norlander Jane Roe ...". A day or month is no name.
 */
function namesAgain(tokens: Token[], k: number): boolean {
  const told = new Set(tokens.slice(0, k).filter((t) => t.tag === 'name' && t.text.length >= 3 && !CALENDAR_WORDS.includes(t.lower)).map((t) => t.lower));
  if (!told.size || !tokens.slice(0, k).some((t) => /^(?:verb|aux)$/.test(t.tag))) return false;
  for (let j = k; j < Math.min(tokens.length, k + 4) && /^\p{Lu}/u.test(tokens[j].text); j++) {
    if (told.has(tokens[j].lower.replace(/['’]s$/, ''))) return true;
  }
  return false;
}

/**
 * Whether the words between the last comma and the capital at `k` are only a noun phrase: then they are the subject
 * the sentence's opening clause led up to ("As the storm passed, the harbour's owner Norcorp said ..."), not a heading.
 */
function subjectAfterComma(tokens: Token[], k: number): boolean {
  const comma = tokens.slice(0, k).map((t) => t.text).lastIndexOf(',');
  // (a participle straight after the comma opens a clause of its own: ", looking for food")
  return comma >= 0 && tokens[comma + 1]?.tag !== 'ving' && !tokens.slice(comma + 1, k).some((t) => /^(?:verb|aux|modal|ven)$/.test(t.tag));
}

/** Whether a relative clause before `k` still waits for its subject's verb: "A nurse who works at the pier Norland says ...". */
function awaitsVerb(tokens: Token[], k: number): boolean {
  const relative = tokens.slice(0, k).findIndex((t) => /^(?:who|which)$/.test(t.lower));
  return relative > 0 && !tokens.slice(0, relative).some((t) => /^(?:verb|aux|modal)$/.test(t.tag));
}

/**
 * A page's heading, standfirst or caption run into its first paragraph with no full stop, where the lead opens with a
 * name or any capitalised subject, not only "The" or "A" as runInCaptionLength asks, and may be the shorter run:
 * "Council names new head of harbour board Mr Roe (left) visited the pier last week Mr Roe will lead the board ...",
 * "Appeal for flood victims reaches 4m Norlanders have given ...". A lower-case word straight before a capitalised
 * word that opens a clause with its own verb is where the next run starts, one run at a time. Not where the capital
 * goes on a noun phrase: after a title or a singular noun ("chief executive Jane Roe", "the charity Norcorp"), a
 * determiner's or figure's phrase ("the new Norland", "two Norlandic banks"), a verb ("told Jane Roe"), a comma's
 * subject; nor in a clause that reports speech, nor after a dateline's dash, whose rule is the dateline's.
 *
 * How many characters of a paragraph's opening are such a run (0 for none).
 */
export function runInHeadingLength(s: string): number {
  const sentence = FIRST_SENTENCE.exec(s.slice(0, 800))?.[0] ?? s.slice(0, 800);
  const tokens = tokenize(sentence);
  if (/^(?:prep|sub|adv|conj)$/.test(tokens[0]?.tag ?? '')) return 0;
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1];
    // (a possessive before the capital is its determiner: "last month's Norland vote")
    // (a day or month after its preposition closes a clause as a word in lower case does: "... died in June Jane Roe's
    // will was read ...")
    const endsOnDay = CALENDAR_WORDS.includes(prev.lower) && tokens[k - 2]?.tag === 'prep';
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[k].text) || !(endsOnDay || (/^[\p{Ll}\d%]/u.test(prev.text) && !NOT_BEFORE_HEADING_END.test(prev.tag))) || /['’]s$/.test(prev.text)) continue;
    // (a day or month goes on the clause before it: "officials Friday called on ...")
    if (CALENDAR_WORDS.includes(tokens[k].lower)) continue;
    const before = sentence.slice(0, tokens[k].start);
    if (countWords(before) < HEADING_MIN_WORDS) continue;
    if (countWords(before) > HEADING_MAX_WORDS) return 0;
    // a clause reporting speech, or a dateline's dash: what follows is theirs
    if (tokens.slice(0, k).some((t) => SPEECH_VERB.test(t.lower)) || /\s(?:-|--|—)\s/.test(before)) return 0;
    if (continuesPhrase(tokens, k) || !opensClause(tokens, k) || subjectAfterComma(tokens, k) || awaitsVerb(tokens, k)) continue;
    if (countWords(sentence.slice(tokens[k].start)) < HEADING_LEAD_WORDS) return 0;
    return tokens[k].start;
  }
  return 0;
}

/**
 * A credit label run into the lead with no brackets, as a caption's credit is left when its picture is
 * lost: "Photograph: Jane Roe/Agency The council ...", "Photograph: Roe/AFP/Getty Images Crews ...",
 * "Photograph: Rex Features Shares ...". The credit runs to the word after its last slash (and an
 * agency's second word), or, without a slash, to the word before the lead's opening word; where the
 * lead's start is unsure ("Photograph: Agency Norcorp said ...") nothing is cut.
 */
const CREDIT_LABEL = /^(?:photograph|photo|picture|image)s?\s*:\s+/i;
const AGENCY_TAIL = /^(?:images|photos|pictures|features|press|pool|agency)$/i;
const LEAD_OPENER = /^(?:the|a|an|as|at|after|before|during|for|from|here|how|if|in|it|its|of|on|since|there|this|these|what|when|while|why|with)$/i;

function labelledCreditLength(s: string): number {
  const label = CREDIT_LABEL.exec(s);
  if (!label) return 0;
  const words = [...s.slice(label[0].length).matchAll(/\S+/g)].slice(0, 9);
  let last = -1;
  const slashed = words.slice(0, 6).map((w) => w[0].includes('/')).lastIndexOf(true);
  // "Photograph: Jane Roe for the Courier The council ..."
  const forThe = words.findIndex((w, k) => k >= 1 && k <= 3 && w[0] === 'for' && words[k + 1]?.[0] === 'the');
  if (slashed >= 0) last = slashed + (AGENCY_TAIL.test(words[slashed + 1]?.[0] ?? '') ? 1 : 0);
  else if (forThe > 0) {
    // (the paper's name runs on to the lead's opening word: "for the Harbour Daily Courier The council")
    const opener = words.findIndex((w, k) => k > forThe + 2 && LEAD_OPENER.test(w[0]) && /^\p{Lu}/u.test(w[0]));
    last = opener > 0 ? opener - 1 : -1;
  } else if (AGENCY_TAIL.test(words[1]?.[0] ?? '')) last = 1;
  else if (LEAD_OPENER.test(words[1]?.[0] ?? '')) last = 0;
  else if (/^\p{Lu}/u.test(words[1]?.[0] ?? '') && LEAD_OPENER.test(words[2]?.[0] ?? '')) last = 1;
  const lead = words[last + 1];
  if (last < 0 || !lead || !/^["“‘]?[\p{Lu}\d]/u.test(lead[0])) return 0;
  return label[0].length + lead.index!;
}

// Footnotes: "[1] Figures from ...", "* Not his real name", "† Corrected ...", "Footnote: ...".
const FOOTNOTE = /^(?:\[\d{1,3}\]|[*†‡§¹²³]+|\^\d{1,3}|footnotes?\s*[:\d])\s*\S/i;

function isFootnote(s: string, words: number): boolean {
  return words <= 60 && FOOTNOTE.test(s);
}

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

/**
 * An item of a listing of other pages, its kind named with a bar before its teaser: "Article | The council voted ...",
 * "Video | Crews battle the fire ...", and after the linked page's heading: "Ferry fire spreads to pier Article |
 * PORTVALE -- ...". A teaser is another page's opening, dated by that page's day, not this one's: however long, it is
 * no part of the article.
 */
const LISTING_ITEM = /^(?:(?:[^.!?|]|\.(?!\s)){0,150}\s)?(?:Article|Video|Photos?|Gallery|Audio|Podcast|Interactive|Graphic|Slideshow)\s+\|\s+["“‘]?[\p{Lu}\d]/u;

/** Prepares a paragraph for judging: one line, markdown links reduced to their text, emphasis marks gone. */
export function normalise(raw: string): string {
  return raw
    .replace(/!?\[([^\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^_+|_+$/g, '');
}

/** Judges one paragraph on its own, without looking at its neighbours. */
export function classifyParagraph(raw: string): ParagraphKind {
  // a picture credit run into the lead is cut off by the body stage: the paragraph is what follows it
  const credit = leadingCreditLength(raw);
  if (credit > 0) return classifyParagraph(raw.slice(credit));
  if (/^!?\[[^\]\n]{0,300}\]\([^()\s]{0,1000}\)$/.test(raw.trim())) return 'furniture';
  const s = normalise(raw);
  if (!/[\p{L}\p{N}]/u.test(s)) return 'furniture';
  const words = countWords(s);
  if (linkShare(raw) >= 0.5) return 'furniture';
  if (hasCommentSignature(s)) return 'comment-control';
  if (LISTING_ITEM.test(s)) return 'furniture';
  if (isReaderMessage(s)) return 'furniture';
  if (opensWithReadersPrompt(s)) return 'comments';
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
  if (words <= 8 && isCommentsHeading(s)) return 'comments';
  if (words <= 60 && isReadersPrompt(s)) return 'comments';
  if (words <= 40 && isReaderThanks(s)) return 'comments';
  if (words <= 12 && isCommentControl(s)) return 'comment-control';
  if (words <= 8 && RELATED_HEADING.test(bare)) return 'related';
  if (words <= 30 && RELATED_PREFIX.test(s)) return 'related';
  if (words <= 40 && END_PATTERNS.some((p) => p.test(s))) return 'end';
  if (words <= 120 && EDITION_NOTE.test(s)) return 'end';
  if (words <= MAX_CORRECTION_WORDS && isCorrectionNote(s)) return 'furniture';
  if (words <= 40 && POLICY_LINKS.test(s) && (!endsLikeSentence(s) || words <= 6)) return 'end';
  if (isSignOff(s, words)) return 'end';
  if (words <= 30 && FURNITURE_PATTERNS.some((p) => p.test(s))) return 'furniture';
  if (isCaption(s, words) || isFootnote(s, words) || (words <= 20 && isPictureCreditLine(s))) return 'furniture';
  if (isNavigation(s, words) || isSeparatedStrip(s, words) || isBareDate(s, words) || isByline(s, words)) return 'furniture';
  // A short line in capitals with no sentence punctuation: a section label or an agency's initials.
  if (words <= 6 && !/\p{Ll}/u.test(s) && !endsLikeSentence(s)) return 'furniture';

  if (endsLikeSentence(s) || words > MAX_SHORT_WORDS) return 'prose';
  return 'short';
}

/** True for a line that is page furniture wherever it appears (menus, prompts, credits, footers). */
export function isBoilerplate(line: string): boolean {
  const kind = classifyParagraph(line);
  return kind !== 'prose' && kind !== 'short';
}

/** A full sentence with no footer vocabulary: the only thing kept once the article has ended. */
export function isArticleProse(s: string): boolean {
  if (s.length > 2 * LONG_PARAGRAPH) return true;
  const flat = normalise(s);
  return endsLikeSentence(flat) && countWords(flat) >= 6 && !WEB_ADDRESS.test(flat) && !FOOTER_VOCABULARY.test(flat);
}

const STARTS_WITH_DATE = new RegExp(String.raw`^(?:\d|${MONTH}\.?\s+\d)`, 'i');

/** Timeline lists ("2019 - The plant opens") are content even without sentence punctuation. */
export function startsWithDate(s: string): boolean {
  return STARTS_WITH_DATE.test(normalise(s));
}

