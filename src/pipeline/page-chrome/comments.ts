// Reader comments copied with the page. A comment section opens with a heading ("Comments",
// "12 comments", "Join the conversation") and each comment carries the site's interface around it:
// "Reply", "Report abuse", vote counts, "Like", the commenter's name with "2 hours ago". None of it
// is the article.

/**
 * A reader's thanks or praise to the writer for the piece, the way a comment under a column opens: "Thank you Jane for
 * putting some sense into this.", "Thanks, sir, for a clear analysis of the outbreak.", "Great article!". The page's
 * own prose does not praise itself or thank its writer; a story tells of thanks in someone's words ("Thank you for
 * coming," the mayor told them), which are quoted or said. Thanks for a visit, a question or someone's time
 * ("Thank you for joining us") are an interview's, not a reader's.
 */
const READER_THANKS = new RegExp(
  [
    // thanks to the writer named or addressed: "Thank you Jane for ...", "Thank you very much, sir, for ..."
    String.raw`^(?:[Tt]hank you|[Tt]hanks|[Mm]any thanks)(?: (?:so|very) much)?,?\s+(?:sir|madam|\p{Lu}\p{Ll}+),?\s+for\s(?!(?:having|joining|coming|your time|being|that question|the question|taking)\b)`,
    // thanks for the piece itself: "Thanks for a great article", "Thank you for this clear analysis"
    String.raw`^(?:[Tt]hank you|[Tt]hanks|[Mm]any thanks)(?: (?:so|very) much)?,?\s+for\s+(?:this|your|an?|the|such an?|writing|putting|finally)\b[^.!?]{0,40}?\b(?:article|piece|post|column|analysis|blog|commentary|perspective|insight|sanity|reporting)\b`,
    // praise of the piece: "Great article!", "Excellent analysis, Jane."
    String.raw`^(?:[Gg]reat|[Ee]xcellent|[Ff]antastic|[Bb]rilliant|[Ss]uperb|[Ii]nsightful|[Tt]houghtful|[Ww]ell-written|[Vv]ery good|[Gg]ood)\s+(?:article|piece|post|column|analysis|blog post|commentary)(?:\s*[.!,;:-]|$)`,
  ].join('|'),
  'u',
);

/** A reader's thanks or praise to the writer, opening a comment (not in quotes, nor someone's words in the story). */
export function isReaderThanks(s: string): boolean {
  return READER_THANKS.test(s) && !REPORTED.test(s);
}

/** A heading or prompt that opens a comment section. */
const COMMENTS_HEADING =
  /^(?:\d[\d,]*\s+)?(?:reader(?:s'?|'s)?\s+)?(?:comments?|responses?|replies)(?:\s*\(\d[\d,]*\))?(?:\s+(?:closed|are closed|policy|section))?$|^(?:join|start) the (?:conversation|discussion|debate)$|^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)$|^(?:show|view|load|read|see|hide) (?:all )?(?:\d+ )?(?:comments?|replies)$|^what (?:readers|you) (?:are saying|think)$|^(?:have your say|comment on this (?:story|article))$|^(?:newest|oldest|best|top) (?:first|comments)$|^sort by\b/i;

/** A line of the comment interface: actions and counts around each comment. */
const COMMENT_CONTROL =
  /^(?:(?:reply|report|report abuse|report comment|flag|flag as inappropriate|dislike|upvote|downvote|recommend)(?:\s*[|·•]\s*)?)+$|^\d[\d,]*\s+(?:likes?|dislikes?|upvotes?|downvotes?|votes?|points?|recommend(?:s|ations)?|replies|reply)$|^(?:[▲▼↑↓+−-]\s*\d+\s*)+$|^\d+\s*[▲▼↑↓]$/i;

/** "jsmith42 · 2 hours ago", "Jane Roe wrote:", "Posted by jsmith at 9:14 pm": who commented when. */
const COMMENTER =
  /^@?[\p{L}\d_.-]{2,30}(?:\s[\p{L}\d_.-]{1,20})?\s*(?:[|·•-]\s*)?(?:\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?|y)\s+ago|just now|yesterday)$|^[\p{L}\d_. -]{2,40}\s+(?:wrote|said|replied|commented):$|^(?:posted|commented|submitted) by\s+\S.{0,40}(?:\s(?:at|on)\s.{1,30})?$/iu;

/**
 * A comment's signature run into the text, as pages flattened to one paragraph a sentence have it:
 * "... Posted by: jsmith | March 3, 2025 9:14 PM | Report abuse" (or part of it), or a comment
 * opening with "At 09:14 am on 3 Mar 2025, jsmith wrote: ..." or "At 09:14 3rd Mar 2025, jsmith wrote:".
 */
const INLINE_SIGNATURE =
  /\bposted by:\s*[^|\n]{1,60}\|\s*[^|\n]{0,40}\d{4}\b|\bposted by\s[^|\n]{1,60}\|[^|\n]{1,60}\|\s*(?:report abuse|report this comment|flag)\b|\|\s*[^|\n]{0,40}\d{4}\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*\|\s*report abuse\b|^at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?\s+\d{4},?\s+\S.{0,40}?\s+wrote:/iu;

/**
 * The same stamp run on after the line before it with no break, where the page lost its line breaks: "... as safe as
 * ever At 09:14 am on 3 Mar 2025, jsmith wrote: ...". The capital "At" in mid-sentence, not after a full stop, is the
 * run-on; a story's "the ferry left at 9:14 am on 3 Mar 2025, the captain wrote:" has neither.
 */
const RUN_ON_STAMP =
  /(?<![.!?]["'”’]?)\sAt\s+\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?\s+\d{4},?\s+[\p{L}\d_.-]{2,30}(?:\s[\p{L}\d_.-]{1,20})?\s+wrote:/u;

/**
 * A blog post's signature, "By Jane Roe | March 3, 2025; 9:14 AM ET", closes the post when the readers'
 * comments run on after it in the same paragraph, their names stripped, as saved blog pages have them; alone
 * on its line it is a byline (it may open the post).
 */
const POST_SIGNATURE =
  /^by\s+[^|\n]{2,60}\|\s*(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4});\s*\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?!(?:\s+\p{L}{2,4})?[\s).|]*$)/iu;

/** A paragraph that carries a reader comment's signature (or a blog post's, after which the comments run), however long it is. */
export function hasCommentSignature(s: string): boolean {
  return INLINE_SIGNATURE.test(s) || RUN_ON_STAMP.test(s) || POST_SIGNATURE.test(s);
}

/**
 * A prompt asking readers for their comments or stories, saying which will be published, or the
 * comment policy: what follows it on the page is theirs. "Send us your comments using the form below", "A selection of your
 * comments may be published", "A selection of your comments appear below", "I'll put my favourites on this page", "here's the place to post a query".
 */
const READERS_PROMPT = new RegExp(
  [
    String.raw`\b(?:add|send|post|submit|share|leave|e-?mail)\b(?: us| in| me)?\s+(?:your|a|us your)\s+(?:comments?|views|stories|experiences|thoughts|questions?|query|queries|memories|sentences?|pictures|photos|tributes)\b[^.?!]{0,60}\b(?:using the form|the form below|on this page|to this page|below\b)`,
    String.raw`\b(?:a selection of|some of|the best of|as many of) your (?:comments|views|e-?mails|stories|contributions|sentences)\b[^.?!]{0,40}\b(?:will|may|can|to) (?:be )?publish`,
    String.raw`\bpublish\b[^.?!]{0,30}\b(?:many|some|a selection|the best) of your (?:comments|views|e-?mails|stories|contributions)`,
    // what follows is theirs: "Some of your comments on the ferry plan appear below", "Your stories are published below"
    String.raw`\byour (?:comments|views|e-?mails|stories|contributions|experiences|accounts)\b[^.?!]{0,40}\b(?:appears?|are (?:shown|published|printed|posted)|follows?) below\b`,
    String.raw`\b(?:put|publish|post)\b[^.?!]{0,30}\bfavou?rites on this page`,
    String.raw`\b(?:queries|questions|messages|requests) on this page\b[^.?!]{0,40}\be-?mail us`,
    String.raw`\bplace to (?:post|send|leave) (?:a|your) (?:query|question|message|comment)`,
    // a comment policy: "We welcome comments that advance the story", "Views expressed in the comments do not represent ours"
    String.raw`\bwe welcome (?:your )?comments\b|\b(?:views|opinions) expressed in (?:the |these |reader )?comments\b|\bcomments (?:do not|don't) necessarily (?:represent|reflect)\b`,
  ].join('|'),
  'i',
);

/** Someone's words in the story: '"We welcome comments from residents," the mayor said' asks no reader for anything. */
const REPORTED = /["“”]|\b(?:said|says|told|tells|according to)\b/i;

/**
 * The object of "below" as a preposition, a place in the world: "leave your flowers below the plaque" places them, it
 * asks for nothing. Not a place on the page ("post your views below this article"), and lower case only: a page run on
 * without its line breaks goes from "below" into a capital ("... below The mayor's ...").
 */
const BELOW_WHAT = /^\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|my)\s+(?!(?:article|story|post|page|piece|report|video|photo|picture|image|form|box|link|comment)s?\b)/;

/** READERS_PROMPT's match in s, unless the prompt's closing "below" is a preposition with an object of its own. */
function readersPrompt(s: string): RegExpExecArray | null {
  const prompt = READERS_PROMPT.exec(s);
  if (prompt && /below$/i.test(prompt[0]) && BELOW_WHAT.test(s.slice(prompt.index + prompt[0].length))) return null;
  return prompt;
}

/** Asks readers for their comments or stories: the rest of the page is what they sent. */
export function isReadersPrompt(s: string): boolean {
  return readersPrompt(s) !== null && !REPORTED.test(s);
}

/**
 * Whether a paragraph opens with such a prompt, however long it runs on: a page copied without its line breaks runs
 * the comment box's prompt into what follows it ("Leave your comments below Norcorp's chief says ... Crews return
 * ..."), the readers' comments or the page's teasers, none of it the article's. Only at the paragraph's start: a story
 * may tell of a prompt further on ("The council asked residents to send their views using the form below").
 */
export function opensWithReadersPrompt(s: string): boolean {
  const prompt = readersPrompt(s);
  return prompt?.index === 0 && !REPORTED.test(prompt[0]);
}

/**
 * A message a reader or a witness sent to a live page, quoted whole after who sent it and a live page's clock stamp:
 * '1614 Jane Roe in Portvale e-mails: "..."', 'jroe tweets: "..."', 'Tom Lee, a teacher in Carrick, texts: "..."'.
 * The present tense of sending is the live page's; a story quotes a message in the past ("the mayor tweeted:").
 * What the message tells is the sender's, not the page's reporting. Not after a clause of its own ("the council
 * says it e-mails: ..."), whose verb is the story's, nor where the word is a plural noun after a determiner or an owner
 * ("released the texts:", "the suspect's emails:"), messages the story quotes.
 */
const READER_MESSAGE =
  /^(?:(?:[01]\d|2[0-3])[0-5]\d\s+)?(?![^:"“]{0,160}\b(?:says?|said|who|which|that|it|he|she|they|we)\s)[\p{L}@][^.!?:;"“”]{0,160}?,?(?<!\b(?:the|a|his|her|its|their|our|my|your|these|those|of)|['’]s)\s(?:e-?mails|tweets|texts)\s*:\s*["“]/u;

/** A reader's or a witness's message quoted on a live page. */
export function isReaderMessage(s: string): boolean {
  return READER_MESSAGE.test(s);
}

/** Opens a comment section: the rest of the page is comments. */
export function isCommentsHeading(s: string): boolean {
  return s.length <= 60 && COMMENTS_HEADING.test(s.replace(/[\s:|\-–—»>]+$/, ''));
}

/** The comment interface around one comment: its controls, counts and commenter line. */
export function isCommentControl(s: string): boolean {
  return s.length <= 80 && (COMMENT_CONTROL.test(s) || COMMENTER.test(s));
}
