// Stage 6: every date that anchors a happening in a sentence becomes a draft event, with a
// title about that happening. A sentence with two dated happenings gives two drafts.

import { datesOverlap, eventDate, precisionRank } from '../core/dates';
import { ABBREVIATED_OFFICE, ADVERBIAL_LEADS, afterSince, ROLE_MODIFIERS, ROLE_OPENERS, TIE_NOUNS, AIM_NOUNS, BUSINESS_NOUNS, CALENDAR_WORDS, DATED_HAPPENING_NOUNS, DAY_WITH_YEAR, escapeRegExp, GENERAL_NOUN_KINDS, GOVERNS_STAMP, isWrittenYear, LAW_NAMES, LOCAL_DEEDS, NOT_UNTIL_BEFORE, STATE_ENDS_BEFORE, MONTH, OFFICE_ABBREVIATIONS, quantity, VIEW_VERBS } from './lexicon';
import { aboutHappening, AIM_VERBS, countSoFar, entryStanding, EXPECTED, type DateReading, feelingOrVerdict, FIGURES, FORECAST_VERBS, LEVEL_VERBS, likenessAt, mainVerb, QUOTE_MARK, readDate, relativeClauseHead, relativeClauseWords, REPORTING, SCHEDULED, sequencedFromNoun, tagWords, WEIGH_VERBS, type Word } from './language/clauses';
import { type Mentions, mentionsIn, namesPlace } from './language/mentions';
import { stem } from './language/stem';
import { firstNameSex, isVerbal, knownWord, maySurname, nounOrVerb, personNoun, properWord, refineTags, type Token, tokenize } from './language/tokens';
import { type Antecedents, capitalise, contactRelativeTold, COURTESY_TITLE, EMPTY_SUBJECT, KEPT_TITLE, eventTitles, frontedComma, GOVERNING_BODIES, isFragment, isGoverningBody, LEADING_DAY_WITH_YEAR, MAX_WHOLE_TITLE, MENS_TITLE, nameSubject, OPENING_CONJUNCTIONS, sentenceSubject, shorten, TIME_NOUNS, titleFaults, toldHappening, uncapitaliseOpening, WOMENS_TITLE } from './title';
import { speaksOfThePage } from './page-chrome';
import { type Candidate, soleReferent } from './referent';
import { POST_DAY_STAMP } from './timex';
import { FIGURE_MONTH } from './timex/rules/placed';
import { YEAR_ENTRY_AFTER } from './timex/rules/shared';
import type { DraftEvent, Sentence, Timex } from './types';

/** Money, a share of something or a company's accounts named in a sentence ("charges" only with a figure: criminal charges are not accounts). */
const FIGURES_TOLD = /[$€£¥]\s?\d|\d\s?(?:%|percent|per cent|cents?)\b|\b(?:earnings|profits?|income|revenues?|sales|losses|loss|results|write-offs?|dividends?)\b|\bcharges?\b(?=[^.;]{0,40}\d)/iu;

/**
 * "now", "currently": a state at the time of writing; "in the coming months": no date a happening
 * could be put on. A vague past ("in recent weeks") stays when it has a range: another article may date it.
 */
const PRESENT_VALUE = /^(?:PRESENT|FUTURE)_REF$/;
/** A dateline's place: "WASHINGTON", "NEW YORK, N.Y.", "PORTVILLE, Maine". */
const DATELINE_PLACE = String.raw`\p{Lu}{2,}[\p{Lu}\s.,'-]*(?:,\s*\p{Lu}[\p{L}.]*)?`;
/**
 * "WASHINGTON, March 6 (Agency) --", "MOSCOW, March 6 (AP)_": a dateline dates the story, not a happening in it.
 * A story filed from two places joins them with a slash ("PARIS/BERLIN (Agency) -", "PORTVILLE, Maine/BOSTON"),
 * which copied pages may escape ("PARIS\\/BERLIN").
 */
const DATELINE_AFTER = new RegExp(String.raw`^\s*(?:${DATELINE_PLACE}(?:\s*\\?\/\s*${DATELINE_PLACE})*\s*)?(?:\([^()\n]{0,60}\)\s*)?(?:--|—|–|-\s|_)`, 'u');
/** "HARBOURTON, " opening a sentence: the place of a dateline whose date follows. */
const DATELINE_PLACE_BEFORE = /^\s*\p{Lu}{2,}[\p{Lu}\s.'-]*,(?:\s*\p{Lu}[\p{L}.]*)?,?\s*$/u;
/** "Page last updated at 11:24 GMT", "Published: 3 May" opening a line: page furniture, not a happening ("was posted on 3 May" is one). */
const STAMP_BEFORE = /(?:^|[|\n]\s*)(?:page\s+)?(?:last\s+)?(?:updated|published|posted)(?:\s+(?:at|on))?[\s:]*$/iu;

/** "Born: 29 August 1961": a fact box's label, not a happening told by the story. */
const FACT_LABEL_BEFORE = /(?:^|[|\n]\s*)(?:born|date|dates|date of birth)\s*:\s*$/iu;
/** "Posted by Jane Roe on March 3, 2009 5:27 AM": a blog post's stamp, capitalised as a label ("the video was posted by the group on Monday" is a happening). */
const POSTED_BY_BEFORE = /(?:^|[^\p{L}\s]\s*|\b[AP]M\s+)Posted\s+by:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5},?\s+(?:on|at)\s*$/u;

/**
 * "Aug 9, 2010 16:00 UTC Oil prices...": a blog post's stamp, a full date with its clock and zone and no
 * preposition, opening the post's text ("the rig sank on Aug 9, 2010 at 16:00 UTC" is a happening's time).
 */
const POST_STAMP = /^\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:UTC|GMT|[ECMP][SD]?T|BST|CET)$/iu;
/** A page's clock: "11:00 AM", "1:00 p.m. ET", "22.40 BST", "12:13 UK time" (a dotted figure with no zone may be a decimal). */
const STAMP_CLOCK = String.raw`\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?(?:\s+(?:UTC|GMT|[A-Z]{1,3}T)\b)?|(?:UTC|GMT|[A-Z]{1,3}T)\b|(?:UK|local) time\b)`;
const STAMP_DAY = new RegExp(String.raw`^${DAY_WITH_YEAR}(?<clock>[,;]?\s*${STAMP_CLOCK})?$`, 'u');
const STAMP_CLOCK_ALONE = new RegExp(String.raw`^${STAMP_CLOCK}$`, 'u');
const CLOCK_BEFORE_STAMP = new RegExp(String.raw`${STAMP_CLOCK}[,;]?\s*$`, 'u');
const CLOCK_AFTER_STAMP = new RegExp(String.raw`^[,;]?\s*${STAMP_CLOCK}`, 'u');
const DAY_BEFORE_CLOCK = new RegExp(String.raw`${DAY_WITH_YEAR}[,;]?\s*$`, 'u');
const DAY_AFTER_CLOCK = new RegExp(String.raw`^[,;]?\s*${DAY_WITH_YEAR}`, 'u');

/**
 * What opens a bracketed aside on the page's picture: "(pictured above with ...", "(left, ...", "(seen here ...". A bare
 * side is one only set off by its own comma or bracket ("(left, at the pier)"), not an adverb opening a clause ("(right
 * after the vote on Friday)", "(above all ...)").
 */
const PICTURE_ASIDE = /^(?:(?:pictured|photographed|seen (?:here|above|below|left|right)|shown (?:here|above|below|left|right))\b|(?:above|below|left|right|top|bottom|inset)\s*[,;)])/i;

/**
 * Whether a date lies in a bracketed aside on the page's picture ("The coach (pictured above at the track last
 * week) welcomed the new signing"): it dates the picture, not the sentence's deed.
 */
function inPictureAside(text: string, from: number, to: number): boolean {
  const open = text.lastIndexOf('(', from);
  if (open < 0 || text.lastIndexOf(')', from) > open) return false;
  const close = text.indexOf(')', to);
  return close >= 0 && !text.slice(open, close).includes('(', 1) && PICTURE_ASIDE.test(text.slice(open + 1).trimStart());
}

/**
 * Whether a date is a page's or a post's time stamp run into the text: a day with its year and a clock, in either
 * order, standing alone before the next sentence's capital ("Friday, June 11, 2027; 11:00 AM Carrick, Norland: I heard
 * ...", "12:13 UK time, Thursday, 10 June 2027 The mayor's criticism ...", and after a headline run into it, "Ferry
 * operator cuts crossings Monday 17 May 2027 22.40 BST Crews worked ..."). It dates the page or the post, not what
 * follows; a sentence puts a word before the day it gives a deed ("sailed at 10:30 PM on Monday, May 17, 2027").
 */
function pageStamp(sentence: Sentence, timex: Timex, from: number, to: number): boolean {
  let head = sentence.text.slice(0, from);
  let tail = sentence.text.slice(to);
  let clock: boolean;
  const day = STAMP_DAY.exec(timex.text);
  if (day) {
    // the day, its clock read with it or beside it
    clock = !!day.groups?.clock;
    const before = CLOCK_BEFORE_STAMP.exec(head);
    if (before) [head, clock] = [head.slice(0, before.index), true];
    const after = CLOCK_AFTER_STAMP.exec(tail);
    if (after) [tail, clock] = [tail.slice(after[0].length), true];
  } else {
    // the clock, read apart from its day before or after it
    if (!STAMP_CLOCK_ALONE.test(timex.text)) return false;
    const before = DAY_BEFORE_CLOCK.exec(head);
    const after = before ? null : DAY_AFTER_CLOCK.exec(tail);
    if (!before && !after) return false;
    if (before) head = head.slice(0, before.index);
    if (after) tail = tail.slice(after[0].length);
    clock = true;
  }
  return clock && /^\s+["“‘(]?\p{Lu}/u.test(tail) && !GOVERNS_STAMP.test(head);
}
/** "2 MARCH 2019, WORLD NEWS": a date stamp in capitals before a section's name, page furniture. */
const CAPITALS_STAMP = /^\s*,\s*\p{Lu}[\p{Lu}&\s]{3,}(?:[^\p{Ll}]|$)/u;
/** "after the 1974 crash", "topping the fall after the 1998 default": a happening named as a yardstick for another. */
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:after|before|since|following)\s+(?:the|a|an|its|their|his|her)\s*$/iu;

/** What stands between a clause's own date and a happening's date it came after or before: "in 1921 after the 1919 flood". */
const OWN_DATE_BEFORE_REFERENCE = /^,?\s+(?:after|before|following)\s+(?:the|a|an|its|their|his|her)\s*$/iu;

/** What follows a listed timeline's entry date run into the sentence: a dash, then the entry's capital or quote. */
const ENTRY_DASH = /^\s+[–—-]\s+['‘`"“]?\s*\p{Lu}/u;

/** Words just before a date that make it a yardstick, not the time something happened. */
const YARDSTICK_BEFORE = /(?:^|[^\p{L}])(?:as of|as at|compared (?:with|to)|than|versus|vs\.?|relative to|retroactive to|backdated to|(?:valid|good) (?:through|until|till|to))(?:\s+(?:in|on|at|during|for))?\s*$/iu;
/** "the 2024 report": a date naming a document, not a happening. */
const DOCUMENT_AFTER = /^[\s-]*(?:report|survey|study|census|budget|edition|version|index|rankings?|guidelines|figures|statistics|data|forecast|accounts)\b/iu;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|its|their|his|her|our|a|an)\s*$/iu;

/** A preposition that makes a date a time adverbial: "in the 1990s", "during the 19th century", "in the year 1000". */
const DATING_BEFORE = /(?:^|[^\p{L}])(?:in|during|since|by|until|till|from|through|throughout|between|around|circa|c\.)(?:\s+the(?:\s+(?:early|mid|late|year))?)?\s*$/iu;
/** "a play set in the 1890s", "Set in the 12th century, the film...": the time a story is set in, not a happening. */
const SETTING_BEFORE = /(?:^|[^\p{L}])set\s+(?:in|during)\s*$/iu;
/** "21st-century customers", "1990s-era cars", "the 1000-year-old": the date names a kind of thing. */
const ATTRIBUTIVE_AFTER = /^(?:-|\s+(?:era|style|vintage|generation|old|model)\b)/iu;
/** Years a news story rarely dates a happening with, unless a preposition says it does. */
const FAR_BEFORE = 1800;
const FAR_AFTER = 2100;

/**
 * Centuries, decades and far-off years stretch a story's timeline: they become events only when
 * they date a happening ("was founded in the 1990s", "in the year 1000 the town..."), never when they
 * describe a thing ("our 21st-century customers") or stand as a noun ("the year 1000 is...").
 */
function plausibleSpan(sentence: Sentence, timex: Timex): boolean {
  const d = timex.date!;
  const wide = d.precision === 'year' && Number(d.end.slice(0, 4)) - Number(d.start.slice(0, 4)) >= 9;
  const year = Number(d.start.slice(0, 4));
  const far = year < FAR_BEFORE || year > FAR_AFTER;
  if (!wide && !far) return true;
  const from = timex.start - sentence.start;
  const to = timex.end - sentence.start;
  if (/\p{L}-\p{L}/u.test(timex.text) || ATTRIBUTIVE_AFTER.test(sentence.text.slice(to, to + 12))) return false;
  // the expression's own words may hold the preposition's article ("the 1990s")
  const before = sentence.text.slice(Math.max(0, from - 30), from);
  if (SETTING_BEFORE.test(before.replace(/\s+the\s*$/i, ' ').replace(/\s+$/, ' '))) return false;
  const own = /^the\s+/i.test(timex.text) ? ' the ' : ' ';
  return DATING_BEFORE.test(`${before}${own}`.replace(/\s+$/, '')) || DATING_BEFORE.test(before.replace(/\s+$/, ''));
}

/**
 * Whether the word at `k`, read as a noun by both taggers, is the verb they missed: "That trend underlay the slump"
 * (a noun right before a determiner), "the flood reaches low fields" (a word in -s after a singular noun, before
 * what it acts on: the present told of its subject, as a chronology's entries are).
 */
function missedVerb(words: readonly Word[], k: number): boolean {
  const w = words[k];
  const next = words[k + 1];
  if (k === 0 || w.pos !== 'NOUN' || !next) return false;
  if (next.pos === 'DET') return true;
  const head = words[k - 1];
  return /[^su'’]s$/.test(w.lower) && head.pos === 'NOUN' && !/s$/.test(head.lower) && /^(?:ADJ|PROPN|NUM)$/.test(next.pos);
}

/**
 * "May 2 - The mayor visits the flooded valley.", "3 June 2019 - Crews reopen the pier.": a chronology's entry, a
 * day that opens its sentence alone and a single dash before what happened that day, is no dateline: a dateline
 * names its place or its agency ("HARBOURTON, May 2 -", "May 2 (Agency) -") or stamps a clock time.
 */
function chronologyEntry(sentence: Sentence, timex: Timex): boolean {
  if (timex.start !== sentence.start || timex.date?.precision !== 'day') return false;
  return /^\s+[-–—]\s+\p{Lu}/u.test(sentence.text.slice(timex.end - sentence.start));
}

function anchorsHappening(sentence: Sentence, timex: Timex): boolean {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return false;
  if (!timex.date || PRESENT_VALUE.test(timex.value)) return false;
  // "shrank for the year", "sales in the current fiscal year": the period a figure is reported over
  if (timex.resolution.rule === 'the year in hand' || timex.resolution.rule === FIGURE_MONTH) return false;
  // "SUNDAY 17 JANUARY - JANE ROE This morning I ...": a post's day stamp dates the post, not the sentence it runs into
  if (timex.resolution.rule === POST_DAY_STAMP) return false;
  // "earned $4 million in the third quarter", "the year-ago quarter's results": a quarter is the period a company's
  // figures are told over, not the time of a happening, when the sentence gives figures
  if (timex.date.precision === 'quarter' && FIGURES_TOLD.test(sentence.text)) return false;
  const from = timex.start - sentence.start;
  const to = timex.end - sentence.start;
  if (from < 0 || to > sentence.text.length) return false;
  const before = sentence.text.slice(Math.max(0, from - 24), from);
  const after = sentence.text.slice(to, to + 24);
  if (YARDSTICK_BEFORE.test(before)) return false;
  if (STATE_ENDS_BEFORE.test(sentence.text.slice(Math.max(0, from - 60), from)) && !NOT_UNTIL_BEFORE.test(sentence.text.slice(0, from))) return false;
  // Only the sentence's start or a "|" opens a stamp: a space stands in for a cut-off start.
  if (STAMP_BEFORE.test(from <= 40 ? sentence.text.slice(0, from) : ` ${sentence.text.slice(from - 40, from)}`)) return false;
  if (FACT_LABEL_BEFORE.test(sentence.text.slice(Math.max(0, from - 20), from))) return false;
  if (POSTED_BY_BEFORE.test(sentence.text.slice(Math.max(0, from - 80), from)) || /^\s*Posted\s+by\b/u.test(after)) return false;
  // "Today is broadcast live": a sentence's opening day word with a verb straight after it is the subject (a programme's name)
  if (from === 0 && /^\s+(?:is|was|has|had|will|would|can|could)\b/u.test(after) && !/\d/.test(timex.text)) return false;
  if (POST_STAMP.test(timex.text) && /(?:^|[^\p{L}\d,\s])\s*$/u.test(before) && /^\s+["“]?\p{Lu}/u.test(after)) return false;
  if (pageStamp(sentence, timex, from, to)) return false;
  if (inPictureAside(sentence.text, from, to)) return false;
  if (/\b\p{Lu}{3,}\b/u.test(timex.text) && CAPITALS_STAMP.test(sentence.text.slice(to, to + 40))) return false;
  // (AP's bare underscore only after a place in capitals opening the sentence: "we will talk today _ full stop _" is no dateline)
  if (from < 80 && DATELINE_AFTER.test(sentence.text.slice(to, to + 70)) && (!/^\s*(?:\p{Lu}{2,}[\p{Lu}\s.,'-]*)?_/u.test(sentence.text.slice(to, to + 70)) || DATELINE_PLACE_BEFORE.test(sentence.text.slice(0, from))) && !chronologyEntry(sentence, timex)) return false;
  // "WASHINGTON | Fri May 1, 2009 9:46 am EDT WASHINGTON (Reuters) -": a wire stamp after a caption's credit
  if (/\|\s*(?:\p{L}{3}\.?\s+)?$/u.test(before) && DATELINE_AFTER.test(sentence.text.slice(to, to + 70))) return false;
  if (DETERMINER_BEFORE.test(before) && DOCUMENT_AFTER.test(after)) return false;
  return plausibleSpan(sentence, timex);
}

/**
 * The one mention that is its sentence's subject (named before the first verb), or null when the
 * nearest sentence naming someone does not make one of them its subject: a wrong name is worse than "He".
 */
function subjectMention(sentence: Sentence, found: string[]): string | null {
  // ("After Tom Vell's exit, Ann Roe took over", "Dubbed the Fox, Ann Roe had fled": a fronted phrase set
  // off by its comma names no subject; the clause begins after it)
  const comma = frontedComma(sentence.tokens);
  const from = comma < 0 ? 0 : sentence.tokens[comma].end;
  const verb = sentence.tokens.find((t) => t.start >= from && isVerbal(t));
  const limit = verb ? verb.start : sentence.text.length;
  const subjects = [...new Set(found.filter((m) => {
    const at = sentence.text.indexOf(m, from);
    return at >= from && at < limit;
  }))];
  // ("Ann Roe's deputy, Tom Vell, said": of two, the owner is not the subject)
  const owned = (m: string) => /^['’]s?\s/u.test(sentence.text.slice(sentence.text.indexOf(m, from) + m.length));
  if (subjects.length > 1 && subjects.filter((m) => !owned(m)).length === 1) return subjects.find((m) => !owned(m))!;
  if (subjects.length) return subjects.length === 1 ? subjects[0] : null;
  // "The death was confirmed on Monday by Dr Ann Roe": a passive's agent is who did it
  const agents = [...new Set(found.filter((m) => {
    const at = sentence.text.indexOf(m);
    return at >= 0 && /\b(?:was|were|is|are|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b[^,;]*\bby\s+$/u.test(sentence.text.slice(0, at));
  }))];
  return agents.length === 1 ? agents[0] : null;
}

/**
 * "Harbour Secretary Ann Roe" for the tagger's "Secretary Ann Roe" where the sentence wrote "Harbour Secretary Ann Roe":
 * an office read without the capitalised words that open it is cut ("Secretary" of "Harbour Secretary", "President" of
 * "Vice President"), so the person is told with the office whole (up to three words before it, not a sentence's "The").
 * An office written whole ("Secretary Ann Roe said") is kept as it is.
 */
function uncutOffice(name: string, sentence: Sentence): string {
  const words = name.split(/\s+/u);
  if (words.length < 3 || !OFFICES.has(words[0].toLowerCase())) return name;
  const at = sentence.text.indexOf(name);
  const opening = at > 0 ? /(?:(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u.exec(sentence.text.slice(0, at)) : null;
  if (!opening) return name;
  const lead = opening[0].trim().split(/\s+/u);
  // (not a clause's opening word: "When Secretary Ann Roe visited ..." tells no office "When Secretary")
  while (lead.length && (NOT_A_NAME.test(lead[0]) || ADVERBIAL_LEADS.has(lead[0].toLowerCase()))) lead.shift();
  return lead.length ? `${lead.join(' ')} ${name}` : name;
}

/** Verbs of an attribution set after what was said: "..., Tom Vell said", "..., said Tom Vell". */
const POSTPOSED_SAYING = 'said|says|told|added|explained|recalled|wrote';
/** Up to four capitalised words before an attribution's name, its office or title: "Harbour Master Tom Vell". */
const SPEAKER_OFFICE = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}`;

/**
 * A title whose opening "he" or "she" `nameSubject` named, unless the name is that of the speaker of the attribution
 * that closes the sentence: in "He twisted his knee and went home on Monday, Tom Vell said" the one who tells is not the
 * "he" of his own report (a speaker tells of himself as "I"), so the pronoun is kept rather than guessed.
 */
function notOwnSpeaker(sentence: Sentence, title: string, named: string): string {
  const pronoun = /^(?:He|She)\s+/u.exec(title);
  const rest = pronoun ? title.slice(pronoun[0].length) : '';
  if (!pronoun || named === title || !rest || !named.endsWith(rest)) return named;
  const person = named.slice(0, named.length - rest.length).trim().replace(/['’]s$/u, '');
  const at = /\b(?:he|she)\b/iu.exec(sentence.text);
  if (!person || !at) return named;
  const name = escapeRegExp(person.split(/\s+/u).pop()!);
  // (the attribution closes the sentence: "..., Tom Vell said.", "..., said Tom Vell, a spokesman.")
  const speaker = new RegExp(String.raw`[,"”]\s*(?:${SPEAKER_OFFICE}${name}\s+(?:${POSTPOSED_SAYING})(?:\s+[\p{L}'’-]+){0,3}|(?:${POSTPOSED_SAYING})\s+${SPEAKER_OFFICE}${name}(?:,[^.]*)?)\s*[.!?]?["”]?\s*$`, 'u');
  return speaker.test(sentence.text.slice(at.index)) ? title : named;
}

/**
 * The one person named as the speaker of a quotation a sentence opens, by the attribution written where it closes, in
 * the same sentence or the next ('"I left on Monday," said Ann Roe, 24.', '"I left on Monday. It rained," Ann Roe
 * said.'), or before it in the sentence ('Ann Roe said: "I left on Monday."'): the "I" of the quotation is hers. Null
 * when the quotation is closed elsewhere, or its attribution names no one person the tagger found ('one driver said').
 */
function quotedSpeaker(sentences: readonly Sentence[], index: number, peopleOf: (k: number) => string[]): string | null {
  const { text } = sentences[index];
  const open = text.search(/["“]/u);
  if (open < 0) return null;
  const singleSpeakerIn = (k: number, said: RegExp, where: string) => {
    const found = fullestNames(peopleOf(k)).filter((p) => new RegExp(said.source.replaceAll('NAME', () => escapeRegExp(p)), 'u').test(where));
    if (found.length === 1) return found[0];
    // ('He said: "I left"', '"I left," she said.': a "he" or "she" as the speaker is the one it stands for before the
    // quotation opened, see pronounSpeaker)
    const pronoun = found.length ? null : new RegExp(said.source.replaceAll(SPEAKER_ROLE, '').replaceAll(SPEAKER_OFFICE, '').replaceAll('NAME', '(he|she|He|She)'), 'u').exec(where);
    const own = pronoun?.slice(1).find(Boolean);
    return own ? pronounSpeaker(sentences, index, peopleOf, own.toLowerCase()) : null;
  };
  // ('Ann Roe said: "I left"': the name, its saying and a colon or comma right before the quotation opens)
  // ("..., the harbour master, Ann Roe, said.", "..., said Ann Roe of the harbour board.": her office set off before the
  // name, or her body after it, is no part of the name)
  const before = text.slice(0, open);
  // ('We left on Monday," said Ann Roe.': a quotation opened in a sentence before closes here, and its attribution follows)
  const closesFirst = /\S/u.test(before) && /^[^"“”]*[,.!?]\s*["”]/u.test(text) && !/["“”]/u.test(text.slice(open + 1));
  if (/\S/u.test(before) && !closesFirst) return singleSpeakerIn(index, new RegExp(String.raw`^${SPEAKER_OFFICE}NAME\s+(?:${POSTPOSED_SAYING})[:,]\s*$`, 'u'), before);
  // (a comma and the closing mark, then the attribution, which ends the sentence or goes on with the quotation:
  // ', Ann Roe said.', ', said Ann Roe, 24.', ', says Ann Roe, "and then'
  const after = new RegExp(String.raw`^,\s*["”]\s*(?:${SPEAKER_ROLE}${SPEAKER_OFFICE}NAME(?:\s+|,\s+(?:${SPEAKER_ROLE_WORDS},\s+)?)(?:${POSTPOSED_SAYING})|(?:${POSTPOSED_SAYING})\s+${SPEAKER_OFFICE}NAME(?:,[^."“”]*|\s+of\s+[^."“”,]*)?)\s*(?:[.!?]?\s*$|,\s*["“])`, 'u');
  const closing = (t: string, from: number) => {
    const at = t.slice(from).search(/,\s*["”]/u);
    return at < 0 ? null : t.slice(from + at);
  };
  const quoteMarkCount = (t: string) => t.match(/["“”]/gu)?.length ?? 0;
  if (closesFirst) {
    const closed = closing(text, 0);
    return closed ? singleSpeakerIn(index, after, closed) : null;
  }
  const closingHere = closing(text, open + 1);
  if (quoteMarkCount(text) >= 2) return closingHere ? singleSpeakerIn(index, after, closingHere) : null;
  // (the quotation may run over a few sentences before it closes: '"I left on Monday. It rained. The roads shut," she said.')
  for (let k = index + 1; k < Math.min(sentences.length, index + 1 + QUOTATION_REACH); k++) {
    const marks = quoteMarkCount(sentences[k].text);
    if (marks === 0) continue;
    const closingNext = marks === 1 ? closing(sentences[k].text, 0) : null;
    return closingNext ? singleSpeakerIn(k, after, closingNext) : null;
  }
  return null;
}

/**
 * The speaker of a quotation the sentence opens with no attribution of its own, right after a sentence whose quotation
 * closed on one: the same speaker goes on ('"The roof fell in," Ann Roe said. "I locked the mill on Monday."' is hers;
 * so after '..., she said.', whom the "she" stands for, see pronounSpeaker). Null when the sentence before ends otherwise.
 */
function continuedSpeaker(sentences: readonly Sentence[], index: number, peopleOf: (k: number) => string[]): string | null {
  if (index < 1 || !/^["“]/u.test(sentences[index].text)) return null;
  const previous = sentences[index - 1].text;
  const pronoun = new RegExp(String.raw`["”],?\s+(he|she)\s+(?:${POSTPOSED_SAYING})\s*[.!]$`, 'iu').exec(previous);
  if (pronoun) return pronounSpeaker(sentences, index - 1, peopleOf, pronoun[1].toLowerCase());
  const named = fullestNames(peopleOf(index - 1)).filter((p) => {
    const name = escapeRegExp(p);
    return new RegExp(String.raw`["”],?\s+(?:${SPEAKER_OFFICE}${name}\s+(?:${POSTPOSED_SAYING})|(?:${POSTPOSED_SAYING})\s+${SPEAKER_OFFICE}${name}(?:,[^."“”]*)?)\s*[.!]$`, 'u').test(previous);
  });
  return named.length === 1 ? named[0] : null;
}

/** How many sentences on a quotation a sentence opens may run before the one that closes it and names its speaker. */
const QUOTATION_REACH = 3;

/** An office set off by commas before a speaker's name, or after it: "the harbour master, " in "..., the harbour master, Ann Roe, said". */
const SPEAKER_ROLE_WORDS = String.raw`(?:the|a|an|its|their)\s+[^,."“”]{1,60}`;
const SPEAKER_ROLE = String.raw`(?:${SPEAKER_ROLE_WORDS},\s*)?`;

/**
 * The person a quotation's speaker written as "he" or "she" stands for: the subject of the nearest sentence before the
 * quotation that names anyone, when it agrees in sex ('Ann Roe runs the mill. "I left on Monday," she said.' is Ann
 * Roe's); null when that subject is not one of the people it names, or does not agree.
 */
function pronounSpeaker(sentences: readonly Sentence[], index: number, peopleOf: (k: number) => string[], pronoun: string): string | null {
  for (let k = index - 1; k >= Math.max(0, index - ANTECEDENT_REACH); k--) {
    const people = peopleOf(k);
    if (!people.length) continue;
    const subject = subjectMention(sentences[k], people);
    return subject && standsFor(subject, sentences[k], people, pronoun) ? subject : null;
  }
  return null;
}

/**
 * The body that introduces a quotation the sentence opens, as written: "Norvex Shipping" in 'Norvex Shipping said: "We
 * shut the mill"'. Its speaker is a run of capitalised words opening the sentence, none a person the tagger found nor
 * a first name ("Ann Roe said:" is a person, whose "we" is not hers alone), nor a clause's opening word ("The", "But").
 */
function introducedBody(text: string, people: readonly string[]): string | null {
  const m = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:said|says|added)[:,]\s*["“]/u.exec(text);
  if (!m) return null;
  const run = m[1].trim();
  const words = run.split(/\s+/u);
  if (people.some((p) => run.includes(p) || p.includes(run))) return null;
  if (words.some((w) => NOT_A_NAME.test(w) || ADVERBIAL_LEADS.has(w.toLowerCase())) || firstNameSex(words[0].toLowerCase())) return null;
  return run;
}

/** The names no other name holds: "Jane Roe" and "Roe" are one person, told by "Jane Roe". */
function fullestNames(names: readonly string[]): string[] {
  return names.filter((p) => !names.some((q) => q !== p && q.includes(p)));
}

/**
 * "Police arrested Jane Roe after she fled": a "he" or "she" inside the sentence stands for the one
 * person the sentence names before it. Undefined when the sentence opens with the pronoun or names no
 * one before it (look further back); null when it names two, since a wrong name is worse than "He".
 * A surname written only inside a body's name ("the Roe administration's envoy") names no one there; and
 * a pronoun in a clause the sentence opens with stands for the person its main clause then opens with
 * ("When she took office in May, Jane Roe cut the budget").
 */
function personBefore(sentence: Sentence, people: string[], surnames: string[] = [], bodies: string[] = []): string | null | undefined {
  if (/^\W*(?:he|she)\b/i.test(sentence.text)) return undefined;
  // ("after his doctor called": a "his" where no "he" or "she" is)
  const pronoun = /\b(?:he|she)\b/.exec(sentence.text) ?? /\bhis\b/.exec(sentence.text);
  if (!pronoun) return undefined;
  // (a surname the tagger missed only before its verb: "Roe testified that he", not "lectures Roe and them, he")
  const before = [...new Set([...people, ...surnames].filter((p) => {
    const at = sentence.text.indexOf(p);
    const inBody = !people.includes(p) && bodies.some((b) => b.includes(p));
    return at >= 0 && at < pronoun.index && !inBody && (people.includes(p) || isVerbal(sentence.tokens.find((t) => t.start >= at + p.length)));
  }))];
  const distinct = fullestNames(before);
  // ("Tom Vell must weigh, early in his term, whether to keep Ann Roe when his lease ends": another person named between
  // two of the same pronoun leaves the later one open, and the title may tell of the later one)
  const again = new RegExp(`\\b${pronoun[0]}\\b`, 'gu');
  const later = [...sentence.text.matchAll(again)].map((m) => m.index!).filter((i) => i > pronoun.index).pop();
  const between = later === undefined ? [] : people.filter((p) => !distinct.some((d) => d.includes(p) || p.includes(d)) && sentence.text.slice(pronoun.index, later).includes(p));
  if (distinct.length === 1 && between.length) return null;
  if (distinct.length === 1) return unnamedBetween(sentence, distinct[0], pronoun.index, bodies) ? null : distinct[0];
  if (distinct.length) return null;
  return mainClausePerson(sentence, people, pronoun.index, pronoun[0].toLowerCase());
}

/**
 * Whether a name the tagger did not read as anyone's is the subject of a clause between `person` and the pronoun at
 * `at`: "Tom Vell reports that Ivo Kranz is unhappy - he is upset" (two words in capitals before a verb, neither a body
 * nor a country's): another who may be the one meant, so the one named is no sure antecedent.
 */
function unnamedBetween(sentence: Sentence, person: string, at: number, bodies: readonly string[]): boolean {
  const from = sentence.text.indexOf(person) + person.length;
  if (from < person.length || from >= at) return false;
  for (const run of sentence.text.slice(from, at).matchAll(NAME_RUN)) {
    const name = run[0];
    if (!/\s/u.test(name) || NOT_A_NAME.test(name.split(/\s+/u)[0]) || BUSINESS_NAME.test(name) || PUBLIC_BODY_NAME.test(name) || bodies.some((b) => b.includes(name) || name.includes(b))) continue;
    const end = from + run.index + name.length;
    if (isVerbal(sentence.tokens.find((t) => t.start >= end))) return true;
  }
  return false;
}

/**
 * "Ann Roe's lease ends", from "The board may keep Ann Roe as chair when her lease ends": a title opening with the "his"
 * or "her" of a clause after "when", "after", "until", "once" or "before", set right after a person the clause before
 * names (with only a phrase of no verb between: "as chair of the board"), is that person's. The sentence's first "he"
 * or "his" may be another's ("Tom Vell must weigh, early in his term, whether to keep Ann Roe when her lease ends"), so
 * the one nearest before the clause is read, not the first. Null when no such person is there, or the name's sex
 * disagrees.
 */
function ownerBeforeClause(sentence: Sentence, title: string, peopleOf: () => readonly string[]): string | null {
  const own = /^(His|Her)\s+((?:\p{Ll}[\p{L}-]*)(?:\s+\p{L}+){0,2})/u.exec(title);
  if (!own) return null;
  // (the sentence's people read only for a title that opens so: reading them may read every sentence's mentions)
  const people = peopleOf();
  // (the clause found by the title's first words, once: "when his term ends", not the "when his term expires" before it)
  const clauses = [...sentence.text.matchAll(new RegExp(String.raw`\b(?:when|after|until|once|before)\s+${own[1].toLowerCase()}\s+${own[2].split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`)}\b`, 'gu'))];
  if (clauses.length !== 1) return null;
  const at = clauses[0].index!;
  const before = sentence.text.slice(0, at);
  let owner: string | null = null;
  let end = -1;
  for (const p of fullestNames(people)) {
    const found = before.lastIndexOf(p);
    if (found >= 0 && found + p.length > end) [owner, end] = [p, found + p.length];
  }
  if (!owner) return null;
  // (a phrase of up to eight words with no verb, mark or pronoun: "as chair of the Vell board"; a name in it is no verb)
  const gap = sentence.tokens.filter((t) => t.start >= end && t.end <= at);
  if (gap.length > 8 || gap.some((t) => (isVerbal(t) && !/^\p{Lu}/u.test(t.text)) || /^(?:punct|pron|quote)$/.test(t.tag) || /[,;:()"“”]/u.test(t.text))) return null;
  if (sexOf(owner) === (own[1] === 'His' ? 'female' : 'male')) return null;
  return `${owner}${/s$/u.test(owner) ? "'" : "'s"} ${title.slice(own[1].length).trimStart()}`;
}

/** Words that open a clause fronted before the main one: "When she took office, ...". */
const FRONTED_CLAUSE: ReadonlySet<string> = new Set([...ADVERBIAL_LEADS, 'if']);

/** A third person's object pronoun ("her" too, which may be either). */
const OBJECT_PRONOUN = /\b(?:her|him|them)\b/i;
const GENDERED_TITLE: Record<string, RegExp> = { she: MENS_TITLE, he: WOMENS_TITLE, his: WOMENS_TITLE };

/** A courtesy title or one that tells who a person is before a capitalised word: "Mr " of "Mr Dask", "Dr " of "Dr Dask". */
const TITLE_BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}-])(?:${COURTESY_TITLE}|${KEPT_TITLE})\.?\s+(?=\p{Lu})`, 'gu');

/** The sex a person's name tells by its title ("Mrs Roe", "Sir Tom Vell") or its first name ("Ann Roe"); null when it tells none. */
function sexOf(name: string): 'female' | 'male' | null {
  if (WOMENS_TITLE.test(name)) return 'female';
  if (GENDERED_TITLE.she.test(name)) return 'male';
  const first = name.split(/\s+/u).find((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !OFFICES.has(w.toLowerCase()));
  return first ? firstNameSex(first.toLowerCase()) : null;
}

/**
 * The pronoun a sentence tells its person by: its first "he" or "she", else its first "his" or "her" (a possessive
 * says the sex as well when no subject pronoun does: "the letter sent from his office", "Her car broke down").
 */
function ownPronoun(text: string): RegExpExecArray | null {
  return /\b(he|she)\b/iu.exec(text) ?? /\b(his|her)\b/iu.exec(text);
}

/** The pronoun whose sex "he", "she", "his" or "her" tells: "he" for "his", "she" for "her". */
function pronounSex(word: string | undefined): 'he' | 'she' | undefined {
  const lower = word?.toLowerCase();
  return lower === 'he' || lower === 'his' ? 'he' : lower === 'she' || lower === 'her' ? 'she' : undefined;
}

/**
 * The people a "he" or "she" may stand for, written in the two sentences before it and in its own sentence before it:
 * the names the article gives ("Ann Roe") and the person nouns it writes ("the driver", "her son"), each marked when
 * it depends on another noun (after a preposition, or before a possessive "'s"), for `soleReferent`.
 */
function personCandidates(texts: readonly string[], names: readonly string[]): Candidate[] {
  const dependent = (text: string, start: number, end: number) =>
    /(?:^|\s)(?:of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/iu.test(text.slice(0, start)) ||
    /^['’]s?\s/u.test(text.slice(end));
  const found: Candidate[] = [];
  for (const text of texts) {
    for (const name of fullestNames(names.filter((n) => text.includes(n)))) {
      const at = text.indexOf(name);
      found.push({ text: name, kind: 'person', plural: false, sex: sexOf(name), dependent: dependent(text, at, at + name.length) });
    }
    for (const t of tokenize(text)) {
      const plural = /s$/u.test(t.lower) && personNoun(t.lower.slice(0, -1));
      if (!personNoun(t.lower) && !plural) continue;
      found.push({ text: t.lower, kind: 'person', plural: plural && !personNoun(t.lower), sex: null, dependent: dependent(text, t.start, t.end) });
    }
  }
  return found;
}

/**
 * "Tom Vell and Ann Roe had a row; he shouted at her. She left": the one person a "he" or "she" can stand for, by
 * `soleReferent`, asked after every other step found none.
 */
function agreeingPerson(sentences: readonly Sentence[], index: number, people: (k: number) => string[]): string | null {
  const sentence = sentences[index];
  const own = /\b(he|she)\b/iu.exec(sentence.text);
  if (!own) return null;
  const pronoun = own[1].toLowerCase() as 'he' | 'she';
  const from = Math.max(0, index - 2);
  const texts = [...sentences.slice(from, index).map((s) => s.text), sentence.text.slice(0, own.index)];
  const names = [...new Set([...sentences.slice(from, index + 1).flatMap((_, n) => people(from + n))])];
  const other = pronoun === 'he' ? /\b(?:she|her|hers)\b/iu : /\b(?:he|him|his)\b/iu;
  const one = soleReferent(pronoun, personCandidates(texts, names), { speakerChange: texts.some((t) => /["“”]/u.test(t)), otherSexPronoun: texts.some((t) => other.test(t)) });
  // (a person noun left alone, "the driver", rules the names out but is no name to write)
  return one && names.includes(one) ? one : null;
}

/**
 * "Police Chief Ann Roe said the driver, Tom Vell, had fled. He was arrested on Monday": a sentence's subject stands
 * for "he" or "she" after it unless its sex says otherwise or what it said names another who could be the one
 * meant; a wrong name is worse than "He". Others named outside a saying ("Ann Roe met Tom Vell", "Roe's colleague")
 * leave the subject the likelier one.
 */
function standsFor(subject: string, sentence: Sentence, people: string[], pronoun: string | undefined): boolean {
  if (!pronoun) return true;
  const not = pronoun === 'she' ? 'male' : 'female';
  if (sexOf(subject) === not) return false;
  const from = sentence.text.indexOf(subject) + subject.length;
  const frame = sentence.tokens.find((t) => t.start >= from && FRAMING_WORDS.test(t.lower));
  if (!frame) return true;
  const said = sentence.text.slice(frame.end);
  return !people.some((p) => !subject.includes(p) && !p.includes(subject) && sexOf(p) !== not && new RegExp(`${escapeRegExp(p)}(?!['’])`, 'u').test(said));
}

/**
 * The one person a sentence is about, whatever their part in it ("That did not suit Ann Roe, who had lost her job"), or
 * null: when it names none or two ("Jane Roe" and "Roe" are one), names them after "of" ("the son of Tom Vell" is
 * someone else), or its subject holds a capitalised word past its first, or a first word the lexicon does not know
 * (a name the tagger missed: "Vell met Ann Roe").
 */
function onlyPerson(sentence: Sentence, people: readonly string[], places: readonly string[] = []): string | null {
  const distinct = fullestNames([...new Set(people)]);
  if (distinct.length !== 1) return null;
  const [person] = distinct;
  // ("Chase Manhattan Bank", which the tagger may read as a person's name, is a body's)
  if (BUSINESS_NAME.test(person) || PUBLIC_BODY_NAME.test(person)) return null;
  if (/\bof\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u.test(sentence.text.slice(0, sentence.text.indexOf(person)))) return null;
  const verb = sentence.tokens.findIndex((t) => isVerbal(t));
  const subject = sentence.tokens.slice(0, verb < 0 ? 0 : verb);
  // (a country or body the tagger found is no missed name: "Norland's parliament approved the plan, but Ann Roe said")
  const known = (t: Token) => places.some((p) => p.split(/\s+/u).includes(t.text));
  // (nor is a first word the lexicon does not know before a noun written small: "Township residents drew up the plan";
  // the first word is the first after any opening quotation mark, and the person's own name is none)
  const words = subject.filter((t) => /^[\p{L}\d]/u.test(t.text));
  const modifier = (n: number) => n === 0 && words[1]?.tag === 'noun' && /^\p{Ll}/u.test(words[1].text);
  const own = (t: Token) => t.start >= sentence.text.indexOf(person) && t.end <= sentence.text.indexOf(person) + person.length;
  const named = words.some((t, n) => /^\p{Lu}/u.test(t.text) && (n > 0 || !knownWord(t.lower) || properWord(t.lower)) && !known(t) && !modifier(n) && !own(t));
  if (named) return null;
  // the sentence is about them: its subject names no one ("That did not suit Ann Roe", "It seems that Ann Roe"), an
  // aside introduces them ("Ann Roe, who runs a ferry,"), or they are the subject of one of its clauses ("The crew
  // drew up the plan, and Ann Roe set out to hire vans"); "The committee questioned Ann Roe. He ..." stays "He"
  const empty = /^(?:it|that|this|there|what)$/.test(sentence.tokens[0]?.lower ?? '');
  const introduced = /^,\s+(?:who|whose|a|an|\d+,)\s/u.test(sentence.text.slice(sentence.text.indexOf(person) + person.length));
  return empty || introduced || clauseSubject(sentence, person) ? person : null;
}

/**
 * Whether the person is the subject of a clause of the sentence: a verb follows the name ("Ann Roe set out", "Ann Roe
 * has said"), and no one else the pronoun could stand for is there, a singular person noun outside her own role
 * ("the pilot", not "ferry pilot Ann Roe").
 */
function clauseSubject(sentence: Sentence, person: string): boolean {
  const at = sentence.text.indexOf(person);
  const end = at + person.length;
  const next = sentence.tokens.find((t) => t.start >= end && t.tag !== 'adv');
  // ("Ann Roe set out": a word the lexicon reads as a noun or a verb alike is a verb right after a name)
  const verb = next && (isVerbal(next) || next.tag === 'noun' && nounOrVerb(next.lower));
  if (!verb || next.start - end > 12 || /[,;:("“”]/u.test(sentence.text.slice(end, next.start))) return false;
  // (the words right before the name, up to a determiner, preposition or mark, are her role: "veteran ferry pilot Ann Roe")
  let first = sentence.tokens.findIndex((t) => t.start >= at);
  for (let n = 0; n < 4 && first > 0 && !ROLE_STOP.test(sentence.tokens[first - 1].tag); n++) first--;
  const roleStart = sentence.tokens[first]?.start ?? at;
  // ("other pilots", plural, cannot be "he")
  const singular = (t: Token) => !(/s$/u.test(t.lower) && personNoun(t.lower.slice(0, -1)));
  return !sentence.tokens.some((t) => (t.end <= roleStart || t.start >= end) && personNoun(t.lower) && singular(t));
}

/** The tags that end a person's role read back from her name: "the", "after", a comma, "and", "she". */
const ROLE_STOP = /^(?:det|prep|punct|conj|pron|to|aux|modal)$/;

/**
 * "Once he took over in 2019, the 61-year-old asked ...": a "he" or "she" in a fronted clause whose main clause opens
 * with a person told by a role or an age ("the chief", "the 61-year-old") before its verb looks ahead to that subject;
 * whether the sentence is so.
 */
function forwardPerson(sentence: Sentence): boolean {
  const { tokens } = sentence;
  if (!FRONTED_CLAUSE.has(tokens[0]?.lower ?? '')) return false;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || !tokens.slice(1, comma).some((t) => /^(?:he|she)$/.test(t.lower))) return false;
  if (!/^(?:the|a|an)$/.test(tokens[comma + 1]?.lower ?? '')) return false;
  for (let i = comma + 2; i < Math.min(tokens.length, comma + 6); i++) {
    const t = tokens[i];
    if (isVerbal(t) && !/year-old$/u.test(t.lower)) {
      const head = tokens[i - 1];
      return i > comma + 2 && (personNoun(head.lower) || /year-old$/u.test(head.lower));
    }
  }
  return false;
}

/** "When she took office in May, Jane Roe cut the budget": the person opening the main clause after a fronted clause holding the pronoun at `at`. */
function mainClausePerson(sentence: Sentence, people: string[], at: number, pronoun: string): string | undefined {
  const { tokens, text } = sentence;
  if (!FRONTED_CLAUSE.has(tokens[0]?.lower ?? '')) return undefined;
  const comma = tokens.findIndex((t) => t.text === ',' && t.start > at);
  if (comma < 0) return undefined;
  const rest = text.slice(tokens[comma].end).trimStart();
  // ("After she was hurt, Tom Vell carried her": a pronoun in the main clause points back to someone else)
  if (OBJECT_PRONOUN.test(rest)) return undefined;
  const opener = people.find((p) => rest.startsWith(p));
  if (!opener || GENDERED_TITLE[pronoun]?.test(opener)) return undefined;
  // (the name is the main clause's subject: its verb follows it)
  const from = tokens[comma].end + text.slice(tokens[comma].end).indexOf(opener) + opener.length;
  return isVerbal(tokens.find((t) => t.start >= from)) ? opener : undefined;
}

/** "HARBOURTON, Norland, Oct. 9 --", "PORTVILLE, Norland (Agency) -": a dateline's city in capitals, then its country. */
const DATELINE_COUNTRY = /\b\p{Lu}{3,}(?:[\s'-]+\p{Lu}{3,})*,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*(?:,|\(|--|_|—)/u;
/** How many sentences from an article's start a dateline is looked for in. */
const DATELINE_SENTENCES = 2;
/** "in Harbourton", "in the Vell Valley": a place the lead sets something in (its first word; a month after "in" is none). */
const PLACE_IN = /\bin\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*)/gu;
/** How many sentences open a story, where it says where it happened ("the lead"). */
const LEAD_SENTENCES = 4;
/** A dateline opening a sentence, "HARBOURTON, Norland, Oct. 9 --": the story's place, not the sentence's own. */
const DATELINE_OPENING = /^\s*\p{Lu}{3,}(?:[\s'-]+\p{Lu}{3,})*,?\s+(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?[^\p{Ll}]{0,30}?(?:--|_|—|-)\s*/u;
/** Words of saying: a title that tells a statement tells no local deed. */
const SAYING_IN_TITLE = /\b(?:says?|said|told|tells|announced|warned|reported)\b/u;

/**
 * Whether a title tells a local happening, a physical deed or event with a place ("Two schools collapsed", "Three
 * people were killed"), and not a statement about one: only such a title may take the story's place.
 */
function tellsLocalDeed(title: string): boolean {
  if (SAYING_IN_TITLE.test(title)) return false;
  // ("Earthquake hit", "The disaster struck": a happening named by its noun is the story's own, which other titles
  // tell with its place, "Norland was hit by an earthquake"; the place goes with the noun, not after its verb)
  const subject = /^(?:an?\s+|the\s+)?(\p{L}+)/iu.exec(title)?.[1].toLowerCase();
  if (subject && DATED_HAPPENING_NOUNS.has(subject)) return false;
  return title.toLowerCase().split(/[^\p{L}]+/u).some((w) => LOCAL_DEEDS.has(w));
}

/** "Ann Roe's": a name of two or three words in the possessive. */
/** A name in capitals, as a body is named mid-sentence: "Norcom", "Harbour Workers Union". */
const NAME_RUN = /(?<![\p{L}'’-])(?:\p{Lu}[\p{L}-]+\s+){0,3}\p{Lu}[\p{L}-]+(?![\p{L}'’-])/gu;
const POSSESSOR = /((?:\p{Lu}[\p{L}-]+\s+){1,3}\p{Lu}[\p{L}-]+)['’]s\s/gu;
/** Words for an office written before a name: "Prime Minister Ann Roe". */
const OFFICES = new Set(['prime', 'vice', 'deputy', 'acting', 'former', 'minister', 'president', 'premier', 'chancellor', 'senator', 'governor', 'mayor', 'secretary', 'chairman', 'chief', 'general', 'king', 'queen', 'prince', 'princess']);

/** A name as a sentence writes it after "known as": capitalised words or a code ("RG121"), with the small words a name may hold ("Bank of the North"). */
const WRITTEN_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|the|and|on|in|to|de)\s+)*\p{Lu}[\p{L}\p{N}'’&.-]*)*`;
/** The words that give a thing its name in passing: "the program, known as ...", "a rig called ...". */
const NAMING_WORDS = 'known as|called|dubbed|nicknamed|named';

/**
 * The name a sentence gives the noun phrase it makes its subject, in passing: "The Norland program, known as Harbour
 * Works, was launched" gives "Norland program known as Harbour Works" for "Norland program"; "The Harbour Fund, as the
 * relief program is known, was set up" gives "Harbour Fund" for "relief program". Null when the sentence names it no
 * such way (an acronym in brackets says nothing more; "the rig, the Sea Lark," may be a description as well as a name).
 */
function nameInPassing(text: string, phrase: string): string | null {
  const words = phrasePattern(phrase);
  const known = new RegExp(String.raw`(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\s+(${words})\s*(?:,|\s[-–—])\s*(${NAMING_WORDS})\s+(?:the\s+)?["“]?(${WRITTEN_NAME})["”]?\s*(?:,|\s[-–—])`, 'u').exec(text);
  if (known) return `${known[1]} ${known[2]} ${known[3]}`;
  const as = new RegExp(String.raw`(?:^|\s)(?:[Tt]he\s+)?(${WRITTEN_NAME}),\s+as\s+the\s+(?:${words})\s+is\s+(?:known|called),`, 'u').exec(text);
  if (as) return as[1];
  // ('the risky "deep lift" method': a name in quotation marks before the noun, up to four words)
  const quoted = new RegExp(String.raw`(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Ll}+\s+)?(["“](?:[\p{L}-]+\s+){0,3}[\p{L}-]+["”]\s+${words})(?![\p{L}-])`, 'u').exec(text);
  // (only the name's own first letter is raised: '"Vell lift" method' stays as written, not '"VEll lift"')
  return quoted ? quoted[1].replace(/^(["“])(\p{Ll})/u, (_, mark: string, c: string) => mark + c.toUpperCase()) : null;
}

/** A phrase as a pattern for finding it in its sentence: its first letter in either case ("Relief program", "relief program"), any spaces between its words. */
function phrasePattern(phrase: string): string {
  // (the first letter is cased before escaping: a phrase opening with a mark, "(the) fund", is escaped whole)
  const [c = ''] = phrase;
  const first = /^\p{L}$/u.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : '';
  return (first + escapeRegExp(first ? phrase.slice(c.length) : phrase)).replace(/\s+/g, '\\s+');
}

/** Whether a sentence writes `phrase` as an aside to `name`: "Ann Roe, a leading figure in the party," or "the head of sales, Ann Roe,". */
function asideTo(text: string, name: string, phrase: string): boolean {
  const words = phrasePattern(phrase);
  const who = escapeRegExp(name);
  return new RegExp(String.raw`${who},\s+(?:(?:an?|the)\s+)?${words}|${words},?\s+${who}`, 'u').test(text);
}

/**
 * "Tom Vell had not paid until Ana Ruiz hired him": the one person the sentence names before the title's subject, whom
 * an object "him" or "her" after the subject's verb stands for, or a "he" or "she" after its saying that the subject's
 * sex rules out; null when it names none or more than one there, names them after "of" ("the son of Tom Vell"), or the
 * name's sex is not the pronoun's.
 */
function personBeforeSubject(sentence: Sentence, people: readonly string[], subject: string, pronoun: 'him' | 'her' | 'he' | 'she'): string | null {
  const at = Math.max(sentence.text.indexOf(subject), sentence.text.indexOf(uncapitaliseOpening(subject)));
  if (at <= 0) return null;
  const male = pronoun === 'him' || pronoun === 'he';
  // "Tom Vell is to step down, but Ann Roe said he will stay on": a "he" or "she" after the subject's saying is the
  // subject's own unless the subject's sex rules it out
  const saying = pronoun === 'he' || pronoun === 'she';
  if (saying && !people.some((p) => subject.includes(p) && sexOf(p) === (male ? 'female' : 'male'))) return null;
  const before = [...new Set(people)].filter((p) => {
    const where = sentence.text.indexOf(p);
    // ("last April, Goldman paid him": a month read as a surname is no one)
    // ("relieved by Adm. Bo Rask, but Ann Roe said he": the agent of a passive is not the one told of)
    const agent = saying && /\bby\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(sentence.text.slice(0, where));
    return where >= 0 && where < at && !subject.includes(p) && !p.includes(subject) && !CALENDAR_WORDS.includes(p.toLowerCase()) && !agent;
  });
  const distinct = fullestNames(before);
  if (distinct.length !== 1) return null;
  const [one] = distinct;
  if (/\bof\s+$/u.test(sentence.text.slice(0, sentence.text.indexOf(one)))) return null;
  return sexOf(one) === (male ? 'female' : 'male') ? null : one;
}

/** Nouns for a body someone speaks for, which the article may first have written as that person's own: "the charity". */
const SPOKEN_FOR = /^(?:charity|group|organi[sz]ation|association|union|society|foundation|trust)$/u;

/**
 * "The charity was formed", after "Ann Roe, from the Vell Rescue Trust (VRT), said the charity needed funds": the body a
 * person named as coming from it spoke of as "the <noun>", in the first sentence of the article that writes "the <noun>";
 * null when that sentence is written otherwise (a body that was first "the charity" in any other way is not told).
 */
function spokenForBody(sentences: Sentence[], index: number, phrase: string): string | null {
  const noun = phrase.toLowerCase();
  if (!SPOKEN_FOR.test(noun)) return null;
  const first = sentences.slice(0, index).find((s) => saysThe(s, noun));
  const from = first && new RegExp(String.raw`\p{Lu}[\p{L}'’-]+,\s+(?:from|of|at|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]+\s+){1,5}\p{Lu}[\p{L}-]+)(?:\s+\(\p{Lu}{2,}\))?,\s+(?:said|says|told\s+\p{Ll}+)\s+(?:that\s+)?the\s+${noun}\b`, 'u').exec(first.text);
  return from ? from[1] : null;
}

/** How many sentences back a bare noun's fuller mention is looked for. */
const FULLER_REACH = 10;

/**
 * The names that say which one another mention is, when not the found one's: an owner in the possessive says whose, not
 * which ("Norvex's oil well" and "the Tarbel well" may be one well; "the Norvik well" and "the Tarbel well" are two).
 */
const namesAnother = (which: readonly Token[], own: readonly string[]): boolean => whichNames(which).some((n) => !own.includes(n) && !/['’]s$/u.test(n));

/** The names among the words that say which thing is meant, in lower case ("last April's spill": a month or a day names no thing, nor another of the kind). */
const whichNames = (which: readonly Token[]): string[] => which.filter((t) => t.tag === 'name' && !CALENDAR_WORDS.includes(t.lower.replace(/['’]s$/u, ''))).map((t) => t.lower);

/**
 * "the village library" for "library", "the county rescue team" for "team": the nearest earlier
 * mention of a bare noun phrase with the words before it that say which one. Null when none says more.
 */
function fullerMention(sentences: Sentence[], index: number, phrase: string, raw = false): string | null {
  for (let k = index - 1; k >= Math.max(0, index - FULLER_REACH); k--) {
    const found = raw ? describedRaw(sentences[k], phrase) : describedIn(sentences[k], phrase);
    // (`raw`, for a thing after the verb: as the sentence writes it, and only when a name or a noun says which, with no
    // grade: "the famous dance" and "the worst spill" say no more which one than "the dance"; a name of letters and
    // figures does, "the K9 virus")
    // (and none when the article names another of its kind before, by another name or in the same sentence by other
    // words: "the Norvik well, worse than the Tarbel well fire" leaves "the well" unsure)
    if (found && raw) {
      const saying = (which: readonly Token[]) => which.filter((t) => saysWhich(t) || /^\p{Lu}/u.test(t.text)).map((t) => t.lower);
      const own = whichNames(found.which);
      const mine = saying(found.which);
      // (a mention with a grade, "the largest rig", may be another as well)
      const other = sentences.slice(0, index).some((s) => describedMentions(s, phrase).some((which) => namesAnother(which, own) || which.some((t) => RANKED.test(t.lower))))
        || describedMentions(sentences[k], phrase).some((which) => saying(which).some((w) => !mine.includes(w)));
      const says = found.which.some((t) => saysWhich(t) || whichNames([t]).length > 0 && /\p{L}[\p{L}\d]/u.test(t.text)) && !found.which.some((t) => RANKED.test(t.lower));
      // ("the Gulf of Varna and the Gulf of Tarn": every "<Noun> of <Name>" the article writes names the same)
      const ofOther = / of \p{Lu}/u.test(found.text) && !sameOfName(sentences, found.text);
      return says && !other && !ofOther ? found.text : null;
    }
    if (found) return found.text;
    // ("the new limit ... its first fishing limit. The limit was lifted": a nearer mention described by a verb's -ing
    // form may be another one, so the one further back says nothing sure)
    if (compoundMention(sentences[k], phrase)) return null;
  }
  return null;
}

/**
 * "Norvex's Tarbel well" for "well", from "Norvex's Tarbel well leaked for weeks until the well was capped": the mention
 * the title's own sentence writes before its "the <noun>", when a name says which; null when none does, or the sentence
 * names another of the kind ("the Tarbel well, unlike the Norvik well").
 */
function ownSentenceMention(sentence: Sentence, phrase: string): string | null {
  const bare = new RegExp(`\\bthe\\s+${escapeRegExp(phrase).replace(/\s+/g, '\\s+')}\\b`, 'giu');
  for (const m of sentence.text.matchAll(bare)) {
    const before = sentence.tokens.filter((t) => t.end <= m.index!);
    const found = describedRaw({ ...sentence, tokens: before }, phrase);
    if (!found) continue;
    const own = whichNames(found.which);
    // (a name of letters says which, "the K9 well"; a grade does not, "the largest well")
    if (!found.which.some((t) => whichNames([t]).length > 0 && /\p{L}[\p{L}\d]/u.test(t.text)) || found.which.some((t) => RANKED.test(t.lower))) return null;
    const other = describedMentions(sentence, phrase).some((which) => whichNames(which).some((n) => !own.includes(n)));
    return other ? null : found.text;
  }
  return null;
}

/**
 * "Ann Roe's trial" for "trial", from "A judge ruled that Ann Roe should stand trial": a noun written bare right after
 * its verb, with no article ("stand trial", "go on trial"), tells of the one who does it, the clause's subject. The
 * nearest earlier sentence writing the noun so gives it when it names one person before that verb; null when none does,
 * or that sentence names none or two there.
 */
function holderMention(sentences: Sentence[], index: number, phrase: string, peopleIn: (k: number) => string[], reach = FULLER_REACH): string | null {
  if (/\s/u.test(phrase)) return null;
  const noun = phrase.toLowerCase();
  for (let k = index - 1; k >= Math.max(0, index - reach); k--) {
    const { tokens, text } = sentences[k];
    // (the noun heads what the verb takes: in "reach gale strength" it only says which strength, and in "a highly
    // placed source said" it is the subject of a verb after it, the one before only describing it)
    const at = tokens.findIndex((t, i) => t.lower === noun && i > 0 && !/^(?:noun|name)$/.test(tokens[i + 1]?.tag ?? '') && !isVerbal(tokens[i + 1]) && (isVerbal(tokens[i - 1]) || tokens[i - 1].lower === 'on' && isVerbal(tokens[i - 2])));
    if (at < 0) continue;
    const verb = isVerbal(tokens[at - 1]) ? at - 1 : at - 2;
    if (/^(?:det|adv|pron|num)$/.test(tokens[verb - 1]?.tag ?? '')) return null;
    const before = text.slice(0, tokens[verb].start);
    const people = fullestNames([...new Set(peopleIn(k).filter((p) => before.includes(p)))]);
    return people.length === 1 ? `${people[0]}${/s$/u.test(people[0]) ? "'" : "'s"} ${noun}` : null;
  }
  return null;
}

/**
 * "Ann Roe's trial" for "trial", the proceeding a title's stage of it belongs to ("Jury selection begins"): the one whose
 * holder an earlier sentence of the article names ("Ann Roe was ordered to stand trial", see holderMention), at any
 * distance; null when none does, or the article writes another one ("Tom Vell's trial", "the 2005 trial").
 */
function proceedingMention(sentences: Sentence[], index: number, noun: string, peopleIn: (k: number) => string[]): string | null {
  const held = holderMention(sentences, index, noun, peopleIn, index);
  if (!held) return null;
  const own = tokenize(held).map((t) => t.lower.replace(/['’]s?$/u, ''));
  // (a dated heading run into its sentence, "2 May 2011 The trial is delayed", tells of no other)
  const heading = (which: readonly Token[]) => which.some((t) => CALENDAR_WORDS.includes(t.lower));
  const other = sentences.some((s) => describedMentions(s, noun).some((which) => !heading(which) && which.some((t) => t.tag === 'num' || /\d/.test(t.text) || t.tag === 'name' && !own.includes(t.lower.replace(/['’]s?$/u, '')))));
  return other ? null : held;
}

/** How many sentences back the thing a general noun stands for is looked for ("the event"). */
const KIND_REACH = 3;

/**
 * "Vell jazz concert" for "event", from "Ann Roe will host the Vell jazz concert. She said the event would sell out": the
 * nearest earlier mention of a kind of thing the general noun stands for (GENERAL_NOUN_KINDS), when a name or a noun
 * says which (see fullerMention); null when the nearest sentence telling of such a kind tells of two ("a concert and
 * telethon") or says not which.
 */
function kindMention(sentences: Sentence[], index: number, phrase: string): string | null {
  const kinds = GENERAL_NOUN_KINDS[phrase.toLowerCase()];
  if (!kinds) return null;
  for (let k = index - 1; k >= Math.max(0, index - KIND_REACH); k--) {
    const told = [...new Set(sentences[k].tokens.map((t) => t.lower.replace(/s$/u, '')).filter((w) => kinds.includes(w)))];
    if (!told.length) continue;
    return told.length === 1 ? fullerMention(sentences, k + 1, told[0], true) : null;
  }
  return null;
}

/** Whether a sentence writes a noun phrase right after a verb's -ing form that describes it: "fishing ban", "leaking pipe". */
function compoundMention(sentence: Sentence, phrase: string): boolean {
  const want = phrase.toLowerCase().split(/\s+/);
  const { tokens } = sentence;
  return tokens.some((t, i) => i > 0 && tokens[i - 1].tag === 'ving' && /^\p{Ll}/u.test(tokens[i - 1].text) && want.every((w, n) => tokens[i + n]?.lower === w));
}

/**
 * The last mention in a sentence of a noun phrase with the words before it that say which one ("the county rescue
 * team" for "team"), with those words' tokens; null when none says more.
 */
function describedIn(sentence: Sentence, phrase: string): { text: string; which: readonly Token[] } | null {
  const found = describedRaw(sentence, phrase);
  return found && { ...found, text: capitalise(found.text) };
}

/** "next month's", "yesterday's": a possessive of a time, which says when, not whose. */
function isTimePossessive(word: string): boolean {
  const m = /^(\p{Ll}+)['’]s$/u.exec(word);
  return !!m && (TIME_NOUNS.has(m[1]) || /^(?:yesterday|today|tomorrow|tonight)$/.test(m[1]));
}

/** describedIn, with the mention as the sentence writes it ("the Vell Deep oil well" gives "Vell Deep oil well"). */
function describedRaw(sentence: Sentence, phrase: string, last = sentence.tokens.length - 1): { text: string; which: readonly Token[]; opens?: boolean; at: number } | null {
  const want = phrase.toLowerCase().split(/\s+/);
  const { tokens, text } = sentence;
  for (let i = last; i >= want.length - 1; i--) {
    if (!want.every((w, n) => tokens[i - want.length + 1 + n].lower === w)) continue;
    const own = i - want.length + 1;
    // ("the oil well" holds "oil", but not as its head)
    if (tokens[i + 1]?.tag === 'noun' && /^\p{Ll}/u.test(tokens[i + 1].text) && !nounOrVerb(tokens[i + 1].lower)) continue;
    if (nameGoesOn(tokens, i)) continue;
    let from = own;
    // (an article, whatever its capital and tag, opens the phrase: "2 May 2027 The trial" is a stamp before "The trial";
    // "next month's Vell jazz concert": a time's possessive opens the phrase as "the" would; "the city's water
    // contract" keeps its owner)
    const possessive = (t: Token | undefined) => !!t && t.tag === 'noun' && isTimePossessive(t.text);
    for (let words = 0; from > 0 && words < 4 && /^(?:adj|noun|name|num)$/.test(tokens[from - 1].tag) && !/^(?:the|an?)$/.test(tokens[from - 1].lower) && !possessive(tokens[from - 1]); words++) {
      from--;
      // ("the Bay of Vell oil well": a name of two names joined by "of" is one)
      if (tokens[from].tag === 'name' && tokens[from - 1]?.lower === 'of' && tokens[from - 2]?.tag === 'name') from -= 2;
    }
    // only a phrase opened by an article, a possessive, a preposition or punctuation: not the end of another
    const opener = tokens[from - 1];
    // ("the trial of Dr Ivo Kranz": a name after "of" says which as well)
    const owner = from === own && tokens[own - 1]?.lower === 'the' ? ofName(tokens, i + 1) : 0;
    if (owner) return { text: text.slice(tokens[own].start, tokens[owner - 1].end).replace(/\s+/g, ' '), which: tokens.slice(i + 2, owner), at: i };
    const which = tokens.slice(from, own);
    // (or a verb whose object it is, when a name says which: "to leave Lowmere's Grand Vell hotel")
    const object = opener?.tag === 'verb' && which.some((t) => t.tag === 'name');
    if (from === own || opener && !/^(?:det|poss|prep|punct)$/.test(opener.tag) && !object && !possessive(opener)) continue;
    // words that say which: a name or a describing word, not a count alone, nor a grade alone ("the worst leak"
    // is another one than the story's)
    if (!which.some((t) => (t.tag === 'name' || t.tag === 'adj' || t.tag === 'noun') && !RANKED.test(t.lower))) continue;
    // ("Second leak Oil giant": a heading run into the sentence, a lower-case noun before a capital, is no one phrase)
    if (tokens.slice(from + 1, own + 1).some((t, k) => /^\p{Lu}/u.test(t.text) && tokens[from + k].tag === 'noun' && /^\p{Ll}/u.test(tokens[from + k].text))) continue;
    // (a common word opening the sentence loses its capital: "Cattle fever outbreak" is "cattle fever outbreak")
    const found = text.slice(tokens[from].start, tokens[i].end).replace(/\s+/g, ' ');
    return { text: tokens[from].tag === 'name' ? found : found.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()), which, opens: from === 0, at: i };
  }
  return null;
}

/**
 * "Norvex" for "company officials", from "Norvex engineers told the panel": the business whose people the nearest
 * earlier sentence writing a business's name before a noun for people tells of, when it names one such; null otherwise.
 */
function staffBusiness(sentences: Sentence[], index: number, companiesOf: (s: Sentence) => CompanyMention[]): string | null {
  // (a business: one the article marks as one anywhere, "oil giant Norvex", "Norvex's shares", "Norvex Corp")
  const business = (name: string) => sentences.some((s) => businessesMarkedIn(s).includes(name) || companiesOf(s).some((c) => c.name === name));
  for (let k = index - 1; k >= 0; k--) {
    const named = [...sentences[k].text.matchAll(/(?<![\p{L}'’-])(\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}&]*){0,3})\s+(\p{Ll}+)\b/gu)]
      .filter((m) => (personNoun(m[2]) || personNoun(m[2].replace(/s$/u, ''))) && business(m[1]))
      .map((m) => m[1]);
    if (named.length) return new Set(named).size === 1 ? named[0] : null;
  }
  return null;
}

/**
 * "Vell Deep spill" for "spill", from "oil remains from the Vell Deep spill, a spill that occurred years ago": the phrase
 * an aside of the same noun restates, when words before its noun say which one; null when the sentence writes no such
 * aside.
 */
function apposedMention(sentence: Sentence, phrase: string): string | null {
  const aside = new RegExp(String.raw`,\s+an?\s+${escapeRegExp(phrase.toLowerCase()).replace(/\s+/g, '\\s+')}\s+(?:that|which)\b`, 'iu').exec(sentence.text);
  if (!aside) return null;
  const before = sentence.tokens.filter((t) => t.end <= aside.index);
  const found = describedRaw({ ...sentence, tokens: before }, phrase);
  // (the mention the aside stands right after, told by a name or a noun: "the massive spill" says nothing of which)
  if (!found || before[before.length - 1]?.end !== aside.index || !found.which.some(saysWhich)) return null;
  return sentence.text.slice(0, aside.index).endsWith(found.text) ? found.text : null;
}

/**
 * "The spill began", in an article that opens on "the Bay of Vell oil spill": the story's own thing, as the sentences
 * before the title's name it, when no mention near the sentence says which. Only a name or a noun says which there
 * ("the massive spill", "the April 9 spill" do not); and nothing when the article names another thing of that kind
 * (a spill it compares with: "the Norvik Star spill").
 */
function storyMention(sentences: Sentence[], index: number, phrase: string): string | null {
  // (only sentences before the title's: a thing first named after it may be another, "the April virus ... Later the
  // Tarbel virus was found")
  const before = sentences.slice(0, index);
  const raws = before.map((s) => describedRaw(s, phrase));
  const earliest = raws.findIndex((m) => m && m.which.some(saysWhich));
  // ("the oil rig ... the Vell Star rig": a first mention that names nothing and a later one that names it are one
  // thing when no mention names another, checked below; a name of letters and figures says which as well, "the K9
  // rig"; not after a first mention with a grade, "the largest oil rig", which may be another)
  const named = raws.findIndex((m, k) => k > earliest && m && m.which.some((t) => t.tag === 'name' && /\p{L}[\p{L}\d]/u.test(t.text)));
  const at = earliest >= 0 && !whichNames(raws[earliest]!.which).length && named > earliest && !raws[earliest]!.which.some((t) => RANKED.test(t.lower)) ? named : earliest;
  const found = raws[at];
  // (a title's subject opens with a capital that is the title's: "Spill began" asks for "spill")
  const written = phrase.replace(/^\p{Lu}(?=\p{Ll}*(?:\s|$))/u, (c) => c.toLowerCase());
  // ("the largest spill": a grade says which only among others; "the House" is a name, not the house the title tells of)
  // ("the gulf" is the "Gulf of Varna": a name of the noun in capitals and "of" a name; "the trial of Ann Roe" is left to
  // the nearer mentions, fullerMention)
  const ofName = !!found && /^\p{Lu}/u.test(found.text) && found.text.toLowerCase().startsWith(`${written.toLowerCase()} of `) && sameOfName(sentences, found.text);
  if (!found || found.which.some((t) => RANKED.test(t.lower)) || !found.text.endsWith(written) && !nameEndingIn(found.text, written) && !ofName) return null;
  const own = whichNames(found.which);
  const other = sentences.some((s) => describedMentions(s, phrase).some((which) => namesAnother(which, own)));
  if (other) return null;
  // ("into Vell Bay Small tube inserted", a heading run into the next: a capital the article writes in lower case
  // before the noun, "a small tube", is the heading's, and what goes before it is no part of the name)
  const heading = found.which.some((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && sentences.some((s) => s.tokens.some((u, k) => u.text === t.lower && s.tokens[k + 1]?.lower === written.toLowerCase().split(' ')[0])));
  if (heading) return null;
  // ("a group trip is likelier than a solo trip": the sentence that names it also names another of the kind, with
  // none of its words)
  const saying = (which: readonly Token[]) => which.filter(saysWhich).map((t) => t.lower);
  const mine = saying(found.which);
  if (describedMentions(before[at], phrase).some((which) => saying(which).length > 0 && !saying(which).some((w) => mine.includes(w)))) return null;
  // ("Cattle fever outbreak spreads", a heading's capital: the article writes "cattle fever" elsewhere)
  const first = found.opens ? /^\p{Lu}\p{Ll}+/u.exec(found.text)?.[0] : undefined;
  const opening = first && escapeRegExp(found.text.split(' ').slice(0, 2).join(' ').toLowerCase());
  const common = opening && sentences.some((s) => new RegExp(`(?<![\\p{L}])${opening}(?![\\p{L}])`, 'u').test(s.text));
  return common ? found.text.replace(first, first.toLowerCase()) : found.text;
}

/** Words that tell one thing of a kind from another that came after it: "the old ban", "the original plan". */
const SUPERSEDED = /^(?:old|original|previous|former|earlier|initial|revised|new)$/;

/** A mention of a noun phrase as a phrase's head, with the words that say which and the head's token index (see describedRaw). */
type Described = { text: string; which: readonly Token[]; at: number };

/** Every mention of a noun phrase as a phrase's head in a sentence, with the words that say which (see describedRaw), last first. */
function describedAll(sentence: Sentence, phrase: string): Described[] {
  const out: Described[] = [];
  for (let found = describedRaw(sentence, phrase); found; found = describedRaw(sentence, phrase, found.at - 1)) out.push(found);
  return out;
}

/** Where an article mentions a noun phrase, read once for every title that asks laterMention about it. */
type PhraseMentions = {
  /** describedAll of each sentence, in the article's order. */
  bySentence: readonly (readonly Described[])[];
  /** Whether any sentence writes it with a grade: "a second well", "the new plan" (see laterMention). */
  graded: boolean;
};

/** The mentions of a noun phrase across the article's sentences (see PhraseMentions). */
function phraseMentions(sentences: readonly Sentence[], phrase: string): PhraseMentions {
  const graded = (which: readonly Token[]) => which.some((t) => RANKED.test(t.lower) || SUPERSEDED.test(t.lower));
  return { bySentence: sentences.map((s) => describedAll(s, phrase)), graded: sentences.some((s) => describedMentions(s, phrase).some(graded)) };
}

/**
 * "Vell Deep well" for "well", from "The well was capped in July. ... Cement used to seal the Vell Deep well failed":
 * the fuller mention the article writes only after the title's sentence, asked when nothing before it says which. Only
 * when every mention that says which writes the same words (a name or a noun, no grade: "the relief well" and "the Vell
 * Deep well" are two wells, "the largest well" may be another), and the article names no other of the kind anywhere.
 * (`mentions` are the phrase's in the whole article, read once per article rather than once per title.)
 */
function laterMention(sentences: readonly Sentence[], index: number, mentions: PhraseMentions): string | null {
  const saying = (which: readonly Token[]) => which.filter((t) => saysWhich(t) || /^\p{Lu}/u.test(t.text)).map((t) => t.lower);
  const after = mentions.bySentence.slice(index + 1);
  // ("the house" is not the "White House", nor "the war" the "Cold War": a name whose head is the noun is another)
  if (after.some((all, k) => all.some((m) => m.at > 0 && /^\p{Lu}/u.test(sentences[index + 1 + k].tokens[m.at].text)))) return null;
  const later = after.flat().filter((m) => m.which.some(saysWhich));
  if (!later.length) return null;
  // (one mention may say more of the same one: "the Vell Deep oil well" and "the Vell Deep well" are one well, and the
  // fuller is taken)
  const found = later.reduce((a, b) => (saying(b.which).length > saying(a.which).length ? b : a));
  const mine = saying(found.which);
  if (later.some((m) => saying(m.which).some((w) => !mine.includes(w)))) return null;
  // (a kind told once, with no name, may be one the article compares: "the virus" of the story is no "avian virus"
  // written once further on; "the Vell Deep well" names it, and "the containment dome" written twice is the story's)
  if (!whichNames(found.which).length && later.filter((m) => m.text.toLowerCase() === found.text.toLowerCase()).length < 2) return null;
  const own = whichNames(found.which);
  // (anywhere in the article: a mention with a grade, another name, or other words that say which, "the Tarbel well fire";
  // a grade alone, "a second well", "the new plan", is no mention describedAll keeps, so every mention is read for it)
  const other = mentions.graded || mentions.bySentence.some((all) => all.some((m) => namesAnother(m.which, own) || saying(m.which).some((w) => !mine.includes(w))));
  return other ? null : found.text;
}

/**
 * Whether every "<Noun> of <Name>" the article writes for the noun of `name` ("Gulf of Varna") has its name: "the Gulf
 * of Varna and the Gulf of Tarn" name two.
 */
function sameOfName(sentences: Sentence[], name: string): boolean {
  const [noun, , ...rest] = name.split(/\s+/u);
  const written = new RegExp(`(?<![\\p{L}])${escapeRegExp(noun)}\\s+of\\s+(\\p{Lu}[\\p{L}'’-]*)`, 'gu');
  return sentences.every((s) => [...s.text.matchAll(written)].every((m) => m[1] === rest[0]));
}

/**
 * Whether a name in capitals ends in a phrase of two words or more that the title writes lower-case: "Harbour Works
 * Relief Fund" for "relief fund". One word is not enough ("the house" is seldom the "White House"), but for a word
 * that ends the names of places ("the river" is the "Vell River" when the article names no other river).
 */
function nameEndingIn(name: string, phrase: string): boolean {
  const tail = name.slice(-phrase.length);
  return (/\s/u.test(phrase) || PLACE_HEADS.has(phrase.toLowerCase())) && tail.toLowerCase() === phrase.toLowerCase() && /^\p{Lu}/u.test(tail) && (name.length === phrase.length || /\s$/u.test(name.slice(0, -phrase.length)));
}

/** Words that end a place's name, and in lower case stand for that place: "the Vell River", "the Norland Embassy". */
const PLACE_HEADS: ReadonlySet<string> = new Set('river lake island peninsula bay strait canal embassy'.split(' '));

/** Endings of describing words the tagger may read as nouns: "famous", "massive", "scientific", "national". */
const DESCRIBING_ENDING = /(?:ous|ive|ic|al|ful|less|able|ible|ary|ish)$/;

/**
 * A word that says which thing a noun names: a name or a noun ("cattle fever", "rescue plan"), not a day's or month's
 * name, a count or a length ("six-month"), nor a describing word ("massive") or a common noun's possessive ("world's").
 */
const saysWhich = (t: Token): boolean => {
  if (CALENDAR_WORDS.includes(t.lower) || /\d/.test(t.text) || quantity(t.lower.split('-')[0]) !== null || /['’]s$/u.test(t.lower) && t.tag !== 'name') return false;
  return t.tag === 'name' ? /\p{L}{2}/u.test(t.text) : t.tag === 'noun' && !DESCRIBING_ENDING.test(t.lower);
};

/** Whether the word at `i` is a word of a name that goes on past it: "the Norland Stock Exchange" holds "stock" so. */
const nameGoesOn = (tokens: readonly Token[], i: number): boolean => /^\p{Lu}/u.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 1].tag === 'name';

/**
 * The words before each mention of a noun phrase in a sentence that say which one it is (not in a name that goes on:
 * the "Oil Spill Relief Fund" names no spill).
 */
function describedMentions(sentence: Sentence, phrase: string): Token[][] {
  const found: Token[][] = [];
  const want = phrase.toLowerCase().split(/\s+/);
  const { tokens } = sentence;
  for (let i = want.length - 1; i < tokens.length; i++) {
    if (!want.every((w, n) => tokens[i - want.length + 1 + n].lower === w) || nameGoesOn(tokens, i)) continue;
    const own = i - want.length + 1;
    let from = own;
    while (from > 0 && own - from < 4 && /^(?:adj|noun|name|num)$/.test(tokens[from - 1].tag)) from--;
    const owner = ofName(tokens, i + 1);
    found.push([...tokens.slice(from, own), ...(owner ? tokens.slice(i + 2, owner) : [])]);
  }
  return found;
}

/** The most words of a name after "of" that a fuller mention takes ("the trial of Dr Ivo Kranz"). */
const OF_NAME_WORDS = 4;

/**
 * Where the name ends (a token index past it) when "of" and a name of one to OF_NAME_WORDS capitalised words
 * start at `at`, and the name ends the phrase (punctuation, a verb, a preposition or a subordinator after it, not "and":
 * "the trial of Ivo Kranz and Ann Roe" is two people's); 0 otherwise.
 */
function ofName(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'of') return 0;
  let end = at + 1;
  while (end < tokens.length && end - at - 1 < OF_NAME_WORDS && tokens[end].tag === 'name' && /^\p{Lu}/u.test(tokens[end].text)) end++;
  const after = tokens[end];
  return end > at + 1 && (!after || /^(?:punct|verb|aux|modal|prep|sub)$/.test(after.tag)) ? end : 0;
}

/** How many years before the story a year makes a sentence tell of another time. */
const PAST_YEARS = 3;

/** Words that say which body a bare "the commission" is without a name: "a presidential commission". */
const BODY_KINDS = new Set(['presidential', 'federal', 'congressional', 'parliamentary']);

/**
 * "the Varnish government", "Norland's government", "a presidential commission", "the government of Norland" for
 * "government", "commission": the nearest earlier mention of a body's noun with a name, a nation's word or an owner
 * that says which one, written as that mention wrote it (articles left out). Null when none does, or when any earlier
 * such mention names another ("the Varnish government ... the Norland government": which one is not clear).
 */
function namedBodyMention(sentences: Sentence[], index: number, phrase: string, year: number): string | null {
  const want = phrase.toLowerCase().split(/\s+/);
  const found: string[] = [];
  for (let k = index - 1; k >= 0; k--) {
    // (near, or in the story's opening; and not told of years long gone: "In 1987 the Varnish government...")
    if (k < index - BODY_REACH && k > LEDE_SENTENCES) continue;
    const { tokens, text } = sentences[k];
    if ([...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/gu)].some((m) => Number(m[1]) < year - PAST_YEARS)) continue;
    for (let i = tokens.length - 1; i >= want.length - 1; i--) {
      if (!want.every((w, n) => tokens[i - want.length + 1 + n].lower === w)) continue;
      const own = i - want.length + 1;
      // "the government of Norland": a name after "of"
      if (tokens[i + 1]?.lower === 'of' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && !NOT_A_NAME.test(tokens[i + 2].text)) {
        let end = i + 2;
        while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) end++;
        found.push(text.slice(tokens[own].start, tokens[end].end));
        continue;
      }
      // "the Norland Harbour safety commission": names in capitals, then common nouns, before the noun
      let from = own;
      let named = false;
      while (from > 0 && own - from < 5) {
        const t = tokens[from - 1];
        const capital = /^\p{Lu}/u.test(t.text) && !NOT_A_NAME.test(t.text) && (from - 1 > 0 || t.tag === 'name');
        if (!(capital || !named && (t.tag === 'noun' || BODY_KINDS.has(t.lower)))) break;
        named ||= capital;
        from--;
      }
      // ("Norland's government": the owner, one or two words in capitals)
      if (/^['’]s?$/u.test(tokens[from - 1]?.text ?? '')) {
        let start = from - 1;
        while (start > 0 && from - start < 3 && /^\p{Lu}/u.test(tokens[start - 1].text) && !NOT_A_NAME.test(tokens[start - 1].text)) start--;
        if (start < from - 1) found.push(text.slice(tokens[start].start, tokens[i].end).replace(/\s+(?=['’])/gu, ''));
        continue;
      }
      if (named || tokens.slice(from, own).some((t) => BODY_KINDS.has(t.lower))) found.push(text.slice(tokens[from].start, tokens[i].end));
    }
  }
  if (!found.length) return null;
  const same = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
  return found.every((f) => same(f, found[0])) ? capitalise(found[0].replace(/\s+/g, ' ')) : null;
}

/** Capitalised words that open a sentence or a phrase, never a name's first word. */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|This|That|His|Her|Their|Its|He|She|It|They|But|And|Mr|Mrs|Ms|Dr)$/u;

/**
 * "Ann Roe" for the role "singer": the nearest mention, in this sentence or any before it, of a
 * person with that role just before the name ("the singer Ann Roe", "Prime Minister Ann Roe") or after it
 * in apposition ("Ann Roe, the folk singer"). Null when none does, or the nearest sentence names two.
 */
function titledMention(sentences: Sentence[], index: number, role: string | readonly string[], peopleIn: (s: Sentence) => string[], only = false): string | null {
  // (roles of one kind, any of them: "Ann Roe" only when none was given to another)
  // ("Sen. Ann Roe" for "senator": an office written by its abbreviation, with its dot; own keys only, so that a role
  // "constructor" does not read Object's constructor into the pattern)
  const roles = typeof role === 'string' ? [role] : role;
  const abbreviated = roles.flatMap((r) => (Object.hasOwn(OFFICE_ABBREVIATIONS, r) ? [`${OFFICE_ABBREVIATIONS[r]}(?=\\.)`] : []));
  const roleWords = `(?:${[...roles.map((r) => r.split(/\s+/).map((w) => `[${w[0].toUpperCase()}${w[0]}]${escapeRegExp(w.slice(1))}`).join('\\s+')), ...abbreviated].join('|')})`;
  const name = "((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)";
  // ("Dr. Ann Roe": an abbreviation's dot)
  const before = new RegExp(`(?<![\\p{L}-])${roleWords}\\.?\\s+${name}`, 'gu');
  const after = new RegExp(`${name},\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${roleWords}\\b`, 'gu');
  // a role bound to a name says who it is anywhere in the article before
  const all = new Set<string>();
  for (let k = index; k >= 0; k--) {
    const { text } = sentences[k];
    const found = new Set<string>();
    for (const re of [before, after]) {
      for (const m of text.matchAll(re)) {
        const words = m[1].replace(/['’]s$/u, '').split(/\s+/);
        while (words.length && NOT_A_NAME.test(words[0])) words.shift();
        // only a name the tagger reads as a person's ("On Friday, a young girl" names no one)
        const name = words.join(' ');
        if (words.length && peopleIn(sentences[k]).some((p) => name.includes(p) || p.includes(name))) found.add(name);
      }
    }
    const distinct = fullestNames([...found]);
    if (distinct.length && !only) return distinct.length === 1 ? distinct[0] : null;
    for (const p of distinct) all.add(p);
  }
  const distinct = [...all].filter((p) => ![...all].some((q) => q !== p && (q.includes(p) || p.includes(q)) && q.length > p.length));
  return distinct.length === 1 ? distinct[0] : null;
}

/**
 * "Marta Vostel" for "Marta", "Ken Dask" for "Dask": the one person an earlier sentence (or this one) named in full
 * with this first name or this surname. Null when two were ("Ann Roe ... Ann Vell", "Ann Roe ... Tom Roe"), when the
 * word is one person's first name and another's surname ("Tom Marta ... Marta Vostel") or an office ("Judge Tom
 * Vell"), or when the article writes it in lower case too (a common word, not a name).
 */
function fullNameMention(sentences: Sentence[], index: number, word: string, peopleIn: (s: Sentence) => string[]): string | null {
  if (OFFICES.has(word.toLowerCase()) || ROLE_PREFIXES.has(word.toLowerCase()) || NOT_A_NAME.test(word)) return null;
  const lower = new RegExp(`(?<![\\p{L}-])${escapeRegExp(word.toLowerCase())}(?![\\p{L}-])`, 'u');
  // (the tagger, which is slow, only where the word stands next to another capitalised word)
  const beside = new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}\\s+\\p{Lu}|\\p{Lu}[\\p{L}.'’-]*\\s+${escapeRegExp(word)}(?![\\p{L}-])`, 'u');
  const first = new Set<string>();
  const last = new Set<string>();
  const read = new Set<string>();
  for (let k = 0; k <= index; k++) {
    if (lower.test(sentences[k].text)) return null;
    if (!beside.test(sentences[k].text)) continue;
    for (const p of peopleIn(sentences[k])) {
      const words = p.replace(/['’]s?$/u, '').split(/\s+/);
      while (words.length > 1 && (OFFICES.has(words[0].toLowerCase()) || ROLE_PREFIXES.has(words[0].replace(/\.$/u, '').toLowerCase()) || NOT_A_NAME.test(words[0].replace(/\.$/u, '')))) words.shift();
      // ("Chief Executive Tomas Brenner": a role the tagger kept, written in capitals)
      while (words.length > 2 && personNoun(words[0].toLowerCase()) && !properWord(words[0].toLowerCase())) words.shift();
      if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      if (words[0] === word) first.add(words.join(' '));
      else if (words[words.length - 1] === word) last.add(words.join(' '));
    }
    for (const name of givenNamesBefore(sentences[k].text, word)) read.add(name);
  }
  // (the names read from the text only when the tagger read none: "Tom Vell" and "Tomas B. Vell Jr." it reads as one)
  if (!first.size && !last.size) for (const name of read) last.add(name);
  // ("Tom Marta" and "Marta Vostel": which one the title means is not clear)
  if (first.size && last.size) return null;
  const full = [...(first.size ? first : last)];
  // ("Ann Roe" and "Ann B. Roe" are one person; "Ann Roe" and "Ann Vell", or "Tom Roe", two)
  const same = (p: string, q: string) => q.startsWith(`${p.split(' ')[0]} `) && q.endsWith(` ${p.split(' ').pop()!}`);
  const distinct = full.filter((p) => !full.some((q) => q !== p && q.length > p.length && same(p, q)));
  return distinct.length === 1 ? distinct[0] : null;
}

/**
 * "Ilse K. Dorrow" for "Dorrow": a first name, and perhaps an initial, written before the surname in the text itself,
 * for a name the tagger did not read as a person's ("Eric B. Vell Jr." read as "B. Vell Jr", "Graeme Dorrow" as no
 * one). The first name is one the lexicon knows as a first name, or, after a lower-case word ("a friend named Spiro
 * Dorrow"), a word that may be a name; a sentence's opening word ("So Dorrow", "As Dorrow") or an office ("Governor
 * Dorrow") is none.
 */
function givenNamesBefore(text: string, surname: string): string[] {
  const before = new RegExp(String.raw`(?<=(\p{Ll}+[,:]?\s+)?)(?<![\p{L}.'’-])(\p{Lu}\p{Ll}+)\s+((?:\p{Lu}\.\s+)?)${escapeRegExp(surname)}(?=['’]s\b|[^\p{L}'’-]|$)`, 'gu');
  const names: string[] = [];
  // ("Vell Aid's work in Tarrow": a place's name is no surname)
  if (!maySurname(surname.toLowerCase())) return names;
  for (const m of text.matchAll(before)) {
    const given = m[2].toLowerCase();
    if (OFFICES.has(given) || ROLE_PREFIXES.has(given) || NOT_A_NAME.test(m[2]) || personNoun(given)) continue;
    if (firstNameSex(given) || (m[1] && maySurname(given) && !properWord(given))) names.push(`${m[2]} ${m[3]}${surname}`);
  }
  return names;
}

/** The most words a role written before a name keeps: "Harbour Health Secretary" (a longer run is a phrase of its own). */
const MAX_ROLE_WORDS = 4;

/**
 * "Norvex chief executive" for "Tom Vell", from "Norvex chief executive Tom Vell said": the short role the sentence
 * that first names the person in full writes right before the name, ending in an office or a noun for a person
 * ("Secretary", "Sen.", "violinist"), with the capitalised words and role words before it ("Harbour Health
 * Secretary", "chief executive"); null when none is written there, or it runs past four words.
 */
function roleBeforeName(text: string, name: string): string | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  // ("Tom Vell, Norvex's chief executive, said": the role told in apposition, when none is written before the name)
  return roleWrittenBefore(text, name, at) ?? roleAfterName(text.slice(at + name.length));
}

/**
 * Whether a word written before a name may be part of a role in capitals or its owner's name: "Harbour", "Norvex",
 * "B&Q"; not a sentence's opening word ("When", "Even") nor a word that is no name.
 */
function roleCapital(word: string): boolean {
  return /^\p{Lu}[\p{L}.&-]*$/u.test(word) && !NOT_A_NAME.test(word) && !ADVERBIAL_LEADS.has(word.toLowerCase()) && !ROLE_OPENERS.has(word.toLowerCase());
}

/** The short role written right before the name at `at` (see roleBeforeName), or null. */
function roleWrittenBefore(text: string, name: string, at: number): string | null {
  if (at === 0 || !/\s$/u.test(text.slice(0, at))) return null;
  const before = text.slice(0, at).split(/\s+/u).filter(Boolean);
  // ("the Norvex chairman, Tom Vell, said": a role set off before the name by a comma, after "the", is read as if
  // written right before it; the name must be set off after it too)
  const setOff = /,$/u.test(before[before.length - 1] ?? '') && /^,/u.test(text.slice(at + name.length));
  if (setOff) before[before.length - 1] = before[before.length - 1].slice(0, -1);
  // ("the chief executive of the port company, Tom Vell,": an owner in lower case after "of the" is left out, the role
  // before it read as if written right before the name)
  if (setOff) {
    const of = before.lastIndexOf('of');
    const owner = before.slice(of + 1);
    // ("the chief executive of the Norland port company": capitals may come before the owner's noun, in lower case)
    if (of > 0 && before.length - of <= MAX_ROLE_WORDS + 1 && /^the$/iu.test(owner[0] ?? '') && owner.length > 1 && owner.slice(1).every((w) => /^\p{L}[\p{L}-]*$/u.test(w)) && /^\p{Ll}/u.test(owner[owner.length - 1])) before.splice(of);
  }
  const head = before[before.length - 1];
  const lower = head?.toLowerCase().replace(/\.$/u, '');
  if (!head || TIE_NOUNS.has(lower) || !(ABBREVIATED_OFFICE.test(head) || OFFICES.has(lower) || (personNoun(lower) && /^\p{L}+$/u.test(head) && !NOT_A_NAME.test(head)))) return null;
  const role = [head];
  let n = before.length - 2;
  for (; n >= 0; n--) {
    const word = before[n];
    if (!roleCapital(word) && !ROLE_MODIFIERS.has(word) && !OFFICES.has(word)) break;
    role.unshift(word);
  }
  // ("the health secretary, Tom Vell," or "Norvex's energy chief, Tom Vell,": a noun or two in lower case between
  // "the", "a" or an owner's possessive and the role set off by commas are part of it; "aid worker Tom Vell" is not read)
  const nouns: string[] = [];
  let k = n;
  for (; setOff && k >= 0 && nouns.length < 2 && /^\p{Ll}+$/u.test(before[k]) && tokenize(before[k])[0]?.tag === 'noun' && !personNoun(before[k]); k--) nouns.unshift(before[k]);
  if (nouns.length && k >= 0 && (/^(?:the|a|an)$/iu.test(before[k]) || /^\p{Lu}[\p{L}&.-]*['’]s$/u.test(before[k]))) {
    role.unshift(...nouns);
    n = k;
  }
  // ("aid worker Tom Vell", "Harbour Safety and Ports chairman Tom Vell": a lower-case role whose run goes on before
  // the words kept, a name joined by "and" or a lower-case word other than a function word, would be told cut, "Worker Tom Vell"; a role in
  // capitals is whole as written, "Ann Roe and Interior Secretary Tom Vell", "a member of Prime Minister Tom Vell's")
  const stop = n >= 0 ? before[n] : '';
  const cut = /^(?:and|of|&)$/u.test(stop) || /^\p{Ll}/u.test(role[0]) && /^\p{Ll}+$/u.test(stop) && !/^(?:det|prep|poss|conj|sub|pron|aux|modal)$/.test(tokenize(stop)[0].tag);
  if (cut && /^\p{Ll}/u.test(head)) return null;
  if (role.length > MAX_ROLE_WORDS) return null;
  // ("Norvex's chief executive, Tom Vell,": an owner in the possessive before a role set off by commas, written as a name)
  const owner: string[] = [];
  if (setOff && /^\p{Lu}[\p{L}&.-]*['’]s$/u.test(stop)) {
    owner.unshift(stop.replace(/['’]s$/u, ''));
    // ("When Norvex's chief executive, Tom Vell,": a sentence's opening word is no part of the owner's name)
    const named = (w: string) => roleCapital(w) && !/^(?:det|prep|sub|conj|pron|adv|aux|modal)$/.test(tokenize(w.toLowerCase())[0]?.tag ?? '');
    if (!named(owner[0])) return null;
    for (n--; n >= 0 && named(before[n]); n--) owner.unshift(before[n]);
  }
  // (a role set off by a comma only after "the" or an owner: "In Leeds, Tom Vell said" has none)
  // ("A Norvex spokesman, Tom Vell," reads as "Norvex spokesman Tom Vell" too)
  if (setOff && !owner.length && !/^(?:the|a|an)$/iu.test(stop)) return null;
  return ownedRole(owner, role);
}

/** Participles a role in apposition may open with, left out of the role: "the newly named chief executive". */
const APPOSITIVE_LEAD = /^(?:newly|recently|just)\s+\p{Ll}+(?:ed|en)\s+|^new\s+/u;

/**
 * "Norvex chief executive" from ", Norvex's chief executive, said" or ", the Norvex chairman," or ", the chief
 * executive of Norvex,": the short role written in apposition right after a name, set off by commas (or ending the
 * sentence), ending in an office or a noun for a person, with an owner's name in capitals before it or after "of";
 * null when none is, it runs past four words, or the apposition goes on ("the chairman who ...", "a man in his 40s").
 */
function roleAfterName(after: string): string | null {
  // ("Tom Vell, 54, the Norvex chairman,": an age set off before the role is passed over)
  const m = /^(?:,\s+\d{1,3})?,\s+(?:(?:the|a|an)\s+)?(.*?)(?=,|;|\.\s|\.$|$)/u.exec(after);
  if (!m) return null;
  const words = m[1].replace(APPOSITIVE_LEAD, '').split(/\s+/u).filter(Boolean);
  // ("chief executive of Norvex Air": the owner after "of" or "at" is written before the role)
  const of = words.findIndex((w) => w === 'of' || w === 'at');
  let owner: string[] = [];
  let role = words;
  if (of >= 0) {
    owner = words.slice(of + 1);
    if (/^the$/iu.test(owner[0] ?? '')) owner = owner.slice(1);
    role = words.slice(0, of);
    if (!owner.length || !owner.every((w) => /^\p{Lu}[\p{L}&.-]*$/u.test(w) && !NOT_A_NAME.test(w))) return null;
  }
  // ("Norvex's chief executive": the owner's possessive, written as a name)
  if (role.length && /^\p{Lu}[\p{L}&.-]*['’]s$/u.test(role[0])) {
    if (owner.length) return null;
    owner = [role[0].replace(/['’]s$/u, '')];
    role = role.slice(1);
  }
  const head = role[role.length - 1];
  const lower = head?.toLowerCase();
  // ("Ann Roe, Tom Driver and Ana Ruiz": a head in capitals is an office, or another name)
  if (!head || !/^\p{L}+$/u.test(head) || TIE_NOUNS.has(lower) || !(OFFICES.has(lower) || personNoun(lower) && /^\p{Ll}/u.test(head))) return null;
  // (the words before the head: names in capitals or role words, "former", "deputy", "chief"; no other lower-case word)
  // ("the Norvex energy chief": up to two nouns in lower case that say what of, not a describing word, "the hapless")
  // (no hyphened word, which is mostly a describing one: "a soft-spoken mechanic")
  const lowerNoun = (w: string) => /^\p{Ll}+$/u.test(w) && tokenize(w)[0]?.tag === 'noun' && !personNoun(w);
  if (role.slice(0, -1).filter((w) => !ROLE_MODIFIERS.has(w) && lowerNoun(w)).length > 2) return null;
  if (!role.slice(0, -1).every((w) => /^\p{Lu}[\p{L}&.-]*$/u.test(w) && !NOT_A_NAME.test(w) || ROLE_MODIFIERS.has(w) || OFFICES.has(w) || lowerNoun(w))) return null;
  return ownedRole(owner, role);
}

/**
 * "Norvex chief executive" for the owner "Norvex" and the role "chief executive", "former Norvex chairman" for
 * "former chairman" (a "former" leads, as news writes it); null past four words ("Port Ellis Harbour Board former
 * chairman" is a phrase of its own).
 */
function ownedRole(owner: readonly string[], role: readonly string[]): string | null {
  const former = owner.length > 0 && /^former$/iu.test(role[0] ?? '');
  const written = former ? [role[0], ...owner, ...role.slice(1)] : [...owner, ...role];
  return written.length <= MAX_ROLE_WORDS ? written.join(' ') : null;
}

/** How many times more often than anyone else the person an article is about is named. */
const DOMINANCE = 2;
/** How many times at least. */
const DOMINANT_MENTIONS = 3;

/**
 * "Ann Roe" for "the singer" in an article that names Ann Roe (or Roe) at least three times and twice as
 * often as anyone else the tagger found who was never given a role outside `roles` before the name ("Dr Tom
 * Vell", "President Vell" is no singer), herself never given one, and named in the story's opening; null when
 * none stands out. The name is written as its fullest mention, offices left out.
 */
function dominantPerson(sentences: Sentence[], peopleIn: (s: Sentence) => string[], roles: readonly string[]): string | null {
  const text = sentences.map((s) => s.text).join(' ');
  // one person per surname, written in full ("Ann Roe" for "Dr Ann Roe" and "Roe"); a surname two people share counts for neither
  const full = new Map<string, string | null>();
  for (const s of sentences) {
    for (const p of peopleIn(s)) {
      const words = p.split(/\s+/).filter((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !/^(?:Jr|Sr)$/u.test(w));
      while (words.length > 1 && (OFFICES.has(words[0].toLowerCase()) || NOT_A_NAME.test(words[0]))) words.shift();
      const surname = words[words.length - 1];
      if (!surname) continue;
      const known = full.get(surname);
      const name = words.join(' ');
      if (known === undefined || known !== null && name.includes(known)) full.set(surname, name);
      else if (known !== null && !known.includes(name)) full.set(surname, null);
    }
  }
  // another role before the name ("Dr Ann Roe", "Judge Roe") tells another kind of person, who is no rival either
  const counts = [...full].filter(([surname]) => !otherRole(text, surname, roles)).map(([surname, name]) => ({ name, count: (text.match(new RegExp(`(?<![\\p{L}-])${escapeRegExp(surname)}(?![\\p{L}-])`, 'gu')) ?? []).length }));
  counts.sort((a, b) => b.count - a.count);
  const [top, next] = counts;
  if (!top?.name || top.count < DOMINANT_MENTIONS || next && top.count < DOMINANCE * next.count) return null;
  // (the one the story opens with: a page of several stories has no one person it is about)
  const surnameAt = new RegExp(`(?<![\\p{L}-])${escapeRegExp(top.name.split(' ').pop()!)}(?![\\p{L}-])`, 'u');
  if (!sentences.slice(0, LEDE_SENTENCES + 1).some((s) => surnameAt.test(s.text))) return null;
  return top.name;
}

/** Whether the text writes a role outside `roles` before the surname: "Dr Ann Roe", "Judge Roe" is no singer. */
function otherRole(text: string, surname: string, roles: readonly string[]): boolean {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}-])(\\p{L}+)\\.?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${escapeRegExp(surname)}(?![\\p{L}-])`, 'gu'))]
    .some((m) => (OFFICES.has(m[1].toLowerCase()) || ROLE_PREFIXES.has(m[1].toLowerCase())) && !roles.includes(m[1].toLowerCase()));
}

/** A name in the possessive and the word it owns: "Ann Roe's songs", "Roe's accounts". */
const OWNED_BY_NAME = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}-]+\s+){0,3}\p{Lu}[\p{L}-]+)['’]s\s+(\p{L}[\p{L}-]*)/gu;

/**
 * "Ann Roe" for "the singer" in "Fans kept Roe's songs alive after the singer died": the one person the sentence names
 * in the possessive of a thing before "the <role>", in full when the article gave the name in full to one person; null
 * when it names none or two so, the possessive owns a person ("Roe's lawyer said the singer": another), or the article
 * gives the name a role outside `roles` ("Dr Roe").
 */
function roleOwnerIn(sentences: Sentence[], index: number, role: string, roles: readonly string[], peopleIn: (s: Sentence) => string[]): string | null {
  const sentence = sentences[index];
  const at = sentence.text.search(new RegExp(`\\bthe\\s+${escapeRegExp(role)}\\b`, 'iu'));
  if (at <= 0) return null;
  const people = peopleIn(sentence);
  const owners = [...sentence.text.slice(0, at).matchAll(OWNED_BY_NAME)].map((m) => {
    const words = m[1].split(/\s+/);
    while (words.length > 1 && (OFFICES.has(words[0].toLowerCase()) || NOT_A_NAME.test(words[0]))) words.shift();
    return { name: words.join(' '), owned: m[2].toLowerCase() };
  });
  if (!owners.length || owners.some((o) => personNoun(o.owned) || personNoun(o.owned.replace(/s$/u, '')))) return null;
  // (any other owner named so, a person's or not, may be the one: "Vell's car and Kranz's boat")
  const distinct = fullestNames([...new Set(owners.map((o) => o.name))]);
  if (distinct.length !== 1) return null;
  const [one] = distinct;
  // (a surname the tagger did not read alone is a person's when the article gave it in full to one person)
  if (!people.some((p) => p.includes(one) || one.includes(p)) && (one.includes(' ') || !fullNameMention(sentences, index, one, peopleIn))) return null;
  const text = sentences.slice(0, index + 1).map((s) => s.text).join(' ');
  if (otherRole(text, one.split(' ').pop()!, roles)) return null;
  return one.includes(' ') ? one : fullNameMention(sentences, index, one, peopleIn) ?? one;
}

/** Words written before a name that give a person a role: "Dr Ann Roe", "Judge Tom Vell". */
const ROLE_PREFIXES = new Set(['dr', 'doctor', 'judge', 'justice', 'detective', 'officer', 'sergeant', 'sgt', 'captain', 'lieutenant', 'colonel', 'admiral', 'adm', 'gen', 'professor', 'prof', 'rev', 'bishop', 'attorney', 'coroner']);

/**
 * "Ann Roe and Tom Vell" for the plural role "presidents": the nearest mention, in this sentence or any
 * before it, of two people given that role ("Presidents Ann Roe of Norland and Tom Vell of Eastmark",
 * "minister Ann Roe and minister Tom Vell"). Null when none does.
 */
function pairMention(sentences: Sentence[], index: number, roles: string): string | null {
  const one = roles.replace(/s$/u, '');
  const role = `[${one[0].toUpperCase()}${one[0]}]${escapeRegExp(one.slice(1))}s?`;
  const name = "((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)";
  const of = '(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)?';
  const re = new RegExp(`(?<![\\p{L}-])${role}\\s+${name}${of},?\\s+and\\s+(?:${role}\\s+)?${name}`, 'u');
  for (let k = index; k >= 0; k--) {
    const m = re.exec(sentences[k].text);
    if (m) return `${m[1]} and ${m[2]}`;
  }
  return null;
}

/**
 * Whether sentence `index` goes on a quotation opened in a sentence before it: going back, the first
 * sentence with quotation marks leaves one open (an odd count, the last an opening one).
 */
function insideQuotation(sentences: Sentence[], index: number): boolean {
  if (/["“”]/u.test(sentences[index].text)) return false;
  for (let k = index - 1; k >= Math.max(0, index - ANTECEDENT_REACH); k--) {
    const marks = sentences[k].text.match(/["“”]/gu);
    if (!marks) continue;
    return marks.length % 2 === 1 && marks[marks.length - 1] !== '”' && /^\s*["“]/u.test(sentences[k].text);
  }
  return false;
}

/** "the company", "the oil firm's": a business named by its noun, with up to one describing word, in the possessive or not. */
const THE_BUSINESS = new RegExp(String.raw`\bthe\s+(?:[\p{Ll}-]+\s+)?(${BUSINESS_NOUNS.join('|')})(?:['’]s)?(?![\p{L}'’-])`, 'giu');

/** "the central bank", "the US government": a public body (or a bank) with one word saying which, not in the possessive. */
const THE_PUBLIC_BODY = new RegExp(String.raw`\bthe\s+((?:[\p{L}-]+\s+)?)(${[...GOVERNING_BODIES, 'bank'].join('|')})(?![\p{L}'’-])`, 'giu');

/**
 * The business an "it" stands for when its own sentence, before it, calls one business by its noun ("pressure on the
 * company: ... it was fined", "The oil firm's plan failed, but it is preparing another"), or, when its own sentence
 * names nothing before it, the sentence just before made "the company" (or "the company's ...") its subject ("The
 * company said costs rose. In May, it cut jobs"): the business that noun names, found as "the company" is. Null when the
 * sentence writes another "it", calls two businesses so, or names a body or a person between the noun and the "it"
 * (a nearer candidate). With no business there, a public body the sentence before made its subject, as it wrote it.
 */
function bodyBeforeIt(sentence: Sentence, previous: Sentence | undefined, mentions: Mentions, name: (head: string, own: boolean) => string | null): string | null {
  const its = [...sentence.text.matchAll(/\bit\b/giu)];
  if (its.length !== 1 || its[0][0] !== 'it' && its[0].index !== 0) return null;
  const before = sentence.text.slice(0, its[0].index);
  const nouns = [...before.matchAll(THE_BUSINESS)];
  if (nouns.length > 1) return null;
  const named = (text: string) => [...mentions.organizations, ...mentions.people].some((m) => text.includes(m));
  if (nouns.length === 1) return named(before.slice(nouns[0].index + nouns[0][0].length)) ? null : name(nouns[0][1].toLowerCase(), true);
  // (the sentence before: its subject, the words before its first verb, is "the company" or what the company owns)
  if (!previous || named(before) || /\s\p{Lu}\p{Ll}/u.test(before.replace(/^\s*\S+/u, '').replace(/^[^,]*,/u, ''))) return null;
  const verb = previous.tokens.findIndex((t) => t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal');
  const subject = verb > 0 ? previous.text.slice(0, previous.tokens[verb].start) : '';
  const theirs = [...subject.matchAll(THE_BUSINESS)];
  const opens = theirs.length === 1 && /^(?:[^,]*,\s+)?$/u.test(subject.slice(0, theirs[0].index));
  // (or its main clause's, after a clause of its own: "Days after it shut the well, the company said")
  const all = [...previous.text.matchAll(THE_BUSINESS)];
  // (not one after a preposition: "The audit of the company took a year")
  const lead = previous.tokens.filter((t) => t.end <= (all[0]?.index ?? 0)).pop();
  const saying = all.length === 1 && !/['’]s$/u.test(all[0][0]) && lead?.tag !== 'prep' && isVerbal(previous.tokens.find((t) => t.start >= all[0].index + all[0][0].length));
  if (all.length) return (opens || saying) && all.length === 1 ? name(all[0][1].toLowerCase(), false) : null;
  // "The central bank raised rates. Last month, it was forced to act": a public body the sentence before made its
  // subject, as it wrote it, when words say which ("the government" alone is left)
  const bodies = [...previous.text.matchAll(THE_PUBLIC_BODY)];
  if (bodies.length !== 1 || !bodies[0][1]) return null;
  const bodyLead = previous.tokens.filter((t) => t.end <= bodies[0].index).pop();
  const acts = bodyLead?.tag !== 'prep' && isVerbal(previous.tokens.find((t) => t.start >= bodies[0].index + bodies[0][0].length));
  return acts ? capitalise(`${bodies[0][1]}${bodies[0][2]}`) : null;
}

/**
 * Whether the article writes `word` (capitalised) in lower case somewhere, and never with its capital inside a sentence
 * (after another word): "Vaccine" in "Vaccine makers could ... a vaccine", not "Norcorp" in "Norcorp shares ... Norcorp said".
 */
function writtenCommon(sentences: readonly Sentence[], word: string): boolean {
  const lower = word.toLowerCase();
  let low = false;
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].text === lower) low = true;
      // (after a word or a comma; not after a dateline's dash or a quotation's opening mark, which open a sentence)
      else if (tokens[i].text === word && i > 0 && /^(?:[\p{L}\d]|[,;]$)/u.test(tokens[i - 1].text)) return false;
    }
  }
  return low;
}

/** Whether a sentence says "the <phrase>" (any case, any spaces), followed by `after` (a regular expression's source). */
function saysThe(sentence: Sentence, phrase: string, after = '\\b'): boolean {
  return new RegExp(`\\bthe\\s+${escapeRegExp(phrase).replace(/\s+/g, '\\s+')}${after}`, 'iu').test(sentence.text);
}

/** A title told in the first person: "I switched jobs", "We visited a clinic", "My flight landed". */
const FIRST_PERSON = /^(?:I|We|My|Our)(?:['’](?:m|ve|d|ll|re))?(?![\p{L}\d-])/u;
/**
 * Whether a first-person title is the page's writer speaking: its first person stands outside any quotation in its
 * sentence, and the sentence goes on no quotation opened before it.
 */
function writerSpeaks(title: string, sentence: Sentence, sentences: Sentence[], index: number): boolean {
  // (after a post's stamp left at the title's start: "23 March 2027 We are recording the first show")
  const first = FIRST_PERSON.exec(title.replace(LEADING_DAY_WITH_YEAR, ''));
  if (!first) return false;
  const at = sentence.text.search(new RegExp(`(?<![\\p{L}'’])${first[0]}(?![\\p{L}\\d-])`, first[0] === 'I' ? 'u' : 'iu'));
  if (at < 0) return false;
  // ("Our team reached the valley on Sunday, the agency said", "According to the agency, our team ...": someone's
  // words told without quotation marks; a saying after a colon that closes the writer's clause is what the writer
  // goes on to report, not who spoke: "Update: my colleague met her last week: she told us ...")
  const clauseEnd = sentence.text.slice(at).search(/[:;]\s/u);
  const clause = clauseEnd < 0 ? sentence.text : sentence.text.slice(0, at + clauseEnd);
  if (/["“”]|``|''/u.test(sentence.text) || REPORTED_WORDS.test(clause)) return false;
  return !insideQuotation(sentences, index);
}
const REPORTED_WORDS = /\b(?:said|says|say|told|tells|added|adds|according to|wrote|writes)\b/iu;

/** A company's name with the ending that makes it one: "Norvex Corp.", "Acme Industries Inc", "Varn Holdings PLC". */
const COMPANY_NAME = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}&'’-]*\s+){1,3})(?:Corp|Inc|Co|Ltd|PLC|Plc|AG|SA|NV|Bancorp|Holdings)\b\.?/gu;
/** The same, for a test of one name (no global state). */
const COMPANY_NAME_IN = new RegExp(COMPANY_NAME.source, 'u');

interface CompanyMention {
  name: string;
  /** As written, with its ending: "Norvex Corp." */
  written: string;
  /** It opens its sentence. */
  opens: boolean;
}

/** The company names a sentence writes out ("Norvex Corp."), read once per sentence. */
function companiesIn(sentence: Sentence): CompanyMention[] {
  return [...sentence.text.matchAll(COMPANY_NAME)].map((m) => ({ name: m[1].trim().replace(/['’]s$/u, ''), written: m[0].trim().replace(/['’]s$/u, ''), opens: m.index === 0 }));
}

/**
 * "The company said ...", far from the sentence that named it: the one company the article named before
 * (by a name with a corporate ending), without the ending ("Norvex"); null when it named none or two.
 */
function onlyCompany(sentences: Sentence[], index: number, companiesOf: (s: Sentence) => CompanyMention[]): string | null {
  const names = new Set<string>();
  // (one that opened a sentence as its subject: "Norvex Corp. said", not "loans insured by the Deposit Corp.")
  const subjects = new Set<string>();
  for (let k = 0; k < index; k++) {
    for (const { name, opens } of companiesOf(sentences[k])) {
      names.add(name);
      if (opens) subjects.add(name);
    }
  }
  // ("Norvex" and "Norvex Motors" are one company)
  const distinct = [...names].filter((n) => ![...names].some((o) => o !== n && n.startsWith(`${o} `)));
  return distinct.length === 1 && subjects.has(distinct[0]) && !/^(?:The|A|An|In|On|At|But|And|Mr|Mrs|Ms|Dr)$/u.test(distinct[0].split(' ')[0]) ? distinct[0] : null;
}

/** A business named after a word for one: "oil giant Norvex", "the drugmaker Brisko". */
const BUSINESS_BEFORE = new RegExp(String.raw`\b(?:${BUSINESS_NOUNS.join('|')})\s+((?:\p{Lu}[\p{L}&'’-]*\s+){0,2}\p{Lu}[\p{L}&'’-]*)(?![\p{L}&'’-])`, 'gu');
/** A business told by its shares, chief or profits: "Norvex's shares", "Norvex chief executive", "Norvex's chief operating officer". */
const BUSINESS_OWNS = /(?<![\p{L}&'’-])((?:\p{Lu}[\p{L}&'’-]*\s+){0,2}\p{Lu}[\p{L}&-]*)(?:['’]s)?\s+(?:shares|stock|share price|chief (?:executive|operating|financial)|shareholders|profits?|earnings|dividends?)\b/gu;
/**
 * A business named with a word for one set off beside it: "Norvex, an oil company,", "Norvex, the drugmaker." (the aside
 * closes there: "on Friday, the company said" is no aside).
 */
const BUSINESS_APPOSITIVE = new RegExp(String.raw`(?<![\p{L}&'’-])((?:\p{Lu}[\p{L}&'’-]*\s+){0,2}\p{Lu}[\p{L}&-]*),\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}(?:${BUSINESS_NOUNS.join('|')})\b(?=\s*(?:[,.;]|$|(?:that|which|whose|now|owned|based)\b))`, 'gu');

/**
 * A name before a word for a business's people: "Norvex executives", "Norvex's boss", "a Norvex spokeswoman" (a
 * mark weaker than BUSINESS_OWNS's, read only over the whole article: a government has a spokesman too).
 */
const BUSINESS_STAFF = /(?<![\p{L}&'’-])(?!(?:A|An|The|Its|Their)\s)((?:\p{Lu}[\p{L}&'’-]*\s+){0,2}\p{Lu}[\p{L}&-]*)(?:['’]s)?\s+(?:executives|employees|boss|spokes(?:man|woman|person))\b/gu;

/** businessesMarkedIn's answer for each sentence read. */
const BUSINESSES_MARKED = new WeakMap<Sentence, string[]>();

/**
 * The names a sentence marks as a business's by the words it writes beside them: "oil giant Norvex", "Norvex's
 * shares", "Norvex, an oil company," (a story may go on to call any of them "the company" without its corporate ending).
 */
function businessesMarkedIn(sentence: Sentence): string[] {
  // (once per sentence: each later sentence looks back over all the earlier ones)
  let found = BUSINESSES_MARKED.get(sentence);
  if (!found) {
    const { text } = sentence;
    found = [...text.matchAll(BUSINESS_BEFORE), ...text.matchAll(BUSINESS_OWNS), ...text.matchAll(BUSINESS_APPOSITIVE)]
      .map((m) => m[1].trim())
      .filter((n) => !NOT_A_NAME.test(n.split(' ')[0]) && !NOT_A_BODY.test(n.split(' ')[0]) && !PUBLIC_BODY_NAME.test(n));
    BUSINESSES_MARKED.set(sentence, found);
  }
  return found;
}
/** How many sentences a business the story is about must be named in, and how many times more often than any other. */
const MAIN_BUSINESS_MENTIONS = 3;
const MAIN_BUSINESS_LEAD = 2;
/** The same count over the whole article, which names the business after the title's sentence as well. */
const STORY_BUSINESS_MENTIONS = 2;
/** How many sentences back another business's name makes "the company" unclear. */
const RIVAL_REACH = 2;

/**
 * "The company said...", in a story about one business: the business the article named with the marks of one (a
 * corporate ending, "oil giant Norvex", "Norvex's shares") or made a sentence's subject, and names in far more
 * sentences than any other such, when no other business is named in the sentence or the two before it. Null otherwise.
 */
function mainBusiness(sentences: Sentence[], index: number, companiesOf: (s: Sentence) => CompanyMention[], mentionsOf: (s: Sentence) => Mentions): string | null {
  return businessOfStory(sentences, index, companiesOf, mentionsOf, false);
}

/**
 * mainBusiness's reading, over the sentences up to the title's (`whole` false) or over the whole article (`whole` true,
 * see articleBusiness): "The firm said on Sunday ..." in a story that writes "Norvex chief executive Ann Roe" and
 * "Norvex executives" only later names Norvex, when the article writes the name in at least two sentences, twice as
 * many as any other business it marks, and no other near the title's sentence.
 */
function businessOfStory(sentences: Sentence[], index: number, companiesOf: (s: Sentence) => CompanyMention[], mentionsOf: (s: Sentence) => Mentions, whole: boolean): string | null {
  const names = new Set<string>();
  // (over the whole article, only a name marked as a business's may be the one: a sentence's subject alone may be a
  // person's the tagger missed, "Ann Quellen runs the mill", and counts only against it)
  const marked = new Set<string>();
  const last = whole ? sentences.length - 1 : index;
  for (let k = 0; k <= last; k++) {
    const marks = [...companiesOf(sentences[k]).map((c) => c.name), ...businessesMarkedIn(sentences[k])];
    if (whole) marks.push(...[...sentences[k].text.matchAll(BUSINESS_STAFF)].map((m) => m[1].trim()));
    for (const name of marks) {
      names.add(name);
      marked.add(name);
    }
    // ("Norvex had stuck by its estimate": a name with no mark of a business counts when a sentence made it its subject and
    // it is no person's, country's, public body's or league's name, nor a common word)
    const run = k !== index ? subjectRun(sentences[k]) : null;
    if (run && !/\p{Ll}s$/u.test(run) && !ROLE_BEFORE_NAME.test(run) && !LEAGUE_NAME.test(run) && !commonWord(run, sentences.slice(0, last + 1))) {
      const { people, countries } = mentionsOf(sentences[k]);
      if (!people.some((p) => p.includes(run) || run.includes(p)) && !countries.some((c) => c.includes(run) || run.includes(c))) names.add(run);
    }
  }
  const candidates = [...names].filter((n) => !NOT_A_NAME.test(n.split(' ')[0]) && !NOT_A_BODY.test(n.split(' ')[0]) && !PUBLIC_BODY_NAME.test(n));
  const written = (name: string, text: string) => new RegExp(`(?<![\\p{L}&-])${escapeRegExp(name)}(?![\\p{L}&-])`, 'u').test(text);
  const counts = candidates.map((name) => ({ name, count: (whole ? sentences : sentences.slice(0, index)).filter((s) => written(name, s.text)).length }));
  // ("Norvex" and "Norvex Corp" are one business: the shorter, as the story writes it most)
  const same = (a: string, b: string) => a.startsWith(`${b} `) || b.startsWith(`${a} `) || a === b;
  counts.sort((a, b) => b.count - a.count || a.name.length - b.name.length);
  const [top] = counts;
  if (!top || top.count < (whole ? STORY_BUSINESS_MENTIONS : MAIN_BUSINESS_MENTIONS) || (whole && !marked.has(top.name))) return null;
  const rivals = counts.filter((c) => !same(c.name, top.name));
  if (rivals.some((c) => c.count * MAIN_BUSINESS_LEAD > top.count)) return null;
  // (another business named near makes "the company" its own as likely)
  const near = sentences.slice(Math.max(0, index - RIVAL_REACH), index + 1);
  if (rivals.some((c) => near.some((s) => written(c.name, s.text)))) return null;
  return top.name;
}

/** Capitalised words that open a sentence or a clause and are no name's first word (besides NOT_A_NAME). */
const NOT_A_BODY = /^(?:In|For|With|Under|Until|Since|After|Before|As|If|When|While|Although|Though|Also|Yet|So|Then|Meanwhile|However|Separately|Earlier|Later|Last|Next|Such|Some|Many|Most|All|Both|Each|These|Those|There|Here)$/u;

/** "OLDTOWN, Norland _ ", "OLDTOWN (Agency) -- ": a dateline opening a story's first sentence (or its mark alone, where "Norland." ended a sentence). */
const DATELINE_PREFIX = /^\s*(?:\p{Lu}{2,}[\p{Lu}\s.'-]*(?:,\s*\p{Lu}[\p{L}.]*)*\s*(?:\([^()]{0,40}\)\s*)?)?(?:--|_|—)\s*/u;

/** A body of states or members ("the alliance" is one), not a business. */
const LEAGUE_NAME = /\b(?:Organi[sz]ation|Alliance|Treaty|Pact|League|Bloc)\b/u;
/** The last word of a business's name that has no company ending: "Harlow Savings Bank", "Varn Airlines". */
const BUSINESS_NAME = /\b(?:Bank|Bancorp|Banks|Airlines|Airways|Group|Holdings|Partners|Associates|Brothers|Industries|Motors|Stores|Mills|Mines|Trust)$/u;
/** A public body's name: "the company" is none of these. */
const PUBLIC_BODY_NAME = /\b(?:Ministry|Department|Council|Union|Administration|Committee|Commission|Court|Party|Organi[sz]ation|Alliance|Treaty|Army|Police|Agency|Congress|Parliament|Senate|House|Government|Museum|University|Office|Bureau|Service|Board|Authority|Exchange)$/u;

/** What an article called a business or a body before a sentence: company names with their ending, and the tagger's organisations near it. */
interface BodyForms {
  companies: string[];
  organizations: string[];
  /** Names the article marked as a business's by the words beside them ("oil giant Norvex", "Norvex's shares"). */
  businesses: string[];
}

function bodyForms(sentences: Sentence[], index: number, companiesOf: (s: Sentence) => CompanyMention[], mentionsOf: ((s: Sentence) => Mentions) | null): BodyForms {
  const companies: string[] = [];
  const organizations: string[] = [];
  const businesses: string[] = [];
  for (let k = 0; k < index; k++) {
    for (const { written } of companiesOf(sentences[k])) companies.push(written);
    businesses.push(...businessesMarkedIn(sentences[k]));
    // (the tagger, which is slow, only where "the company" may find its subject)
    if (mentionsOf && (k >= index - BODY_REACH || k < LEDE_SENTENCES)) organizations.push(...mentionsOf(sentences[k]).organizations);
  }
  const named = (f: string) => !NOT_A_NAME.test(f.split(' ')[0]);
  return { companies: companies.filter(named), organizations: organizations.filter(named), businesses };
}

/** One business or body written two ways: "Norvex" and "Norvex Corp.", "NCA" and "Norland Canning Association". */
const sameBody = (a: string, b: string) => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || initials(a) === b || initials(b) === a;

/** Words for an office or a person's role before a name: "President Ann Roe" is a person's name. */
const ROLE_BEFORE_NAME = /^(?:President|Secretary|Minister|Premier|Governor|Senator|Mayor|Chairman|Chief|General|Judge|Justice|King|Queen|Prince|Princess|Interior|Foreign|Defense|Defence|Parents?|Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\b/u;

/**
 * Whether a capitalised run names a business or body: it has a company's ending, or is the start or the
 * capitals of a company's name the article gave, or the tagger reads it as an organisation. Never a run
 * the tagger reads as a person's or a country's name, or one opened by an office ("President Ann Roe").
 */
function namesBody(run: string, forms: BodyForms, mentions: Mentions, company: boolean, justBefore = false): boolean {
  // ("AP BP", "SHARES SLIDE AT NORVEX": a credit or a heading in capitals run into a name)
  const capitals = run.split(' ').filter((w) => /^\p{Lu}{2,}$/u.test(w) && !/^(?:PLC|AG|SA|NV|AB)$/u.test(w));
  if (capitals.length > 1 || capitals.length === 1 && run.includes(' ') && !run.startsWith(capitals[0])) return false;
  if (COMPANY_NAME_IN.test(`${run} `) || /\b(?:Corp|Inc|Co|Ltd|PLC)\.?$/u.test(run)) return true;
  // ("Now Norvex", "Only Norvex": a word the lexicon knows as no noun opens no name)
  if (/^(?:adv|det|prep|conj|pron|sub|rel)$/.test(tokenize(run.split(' ')[0].toLowerCase())[0]?.tag ?? '')) return false;
  if (ROLE_BEFORE_NAME.test(run) || mentions.people.some((p) => run.includes(p) || p.includes(run)) || mentions.countries.some((c) => run.includes(c) || c.includes(run))) return false;
  if (forms.companies.some((f) => f.startsWith(`${run} `) || initials(f) === run)) return true;
  // ("Norvex put the work on hold", after "oil giant Norvex": a name the article marked as a business's is one)
  if (forms.businesses.some((f) => f === run || f.startsWith(`${run} `))) return true;
  // "the company" is a company's: a name with a business's last word ("Harlow Savings Bank"), not any body the tagger found
  // ("Norvex put the work on hold. The company resumed it": the sentence just before made a name no person's, country's or
  // public body's its subject, and "the company" goes on telling of it)
  if (company) return BUSINESS_NAME.test(run) && (mentions.organizations.includes(run) || forms.organizations.includes(run)) || justBefore && !PUBLIC_BODY_NAME.test(run) && !LEAGUE_NAME.test(run);
  // (the tagger keeps a long name's last three words: "Harbour Canning Association" for "Norland Harbour Canning Association")
  return mentions.organizations.some((o) => o === run || run.endsWith(` ${o}`)) || forms.organizations.includes(run);
}

/** "the alliance", "the organization": a body of members, not a business. */
const isLeagueHead = (head: string) => /^(?:alliance|organi[sz]ation)$/.test(head);

/** Whether a name fits the noun an article calls it by: "the alliance" a league's name, "the company" no public body's. */
function fitsHead(name: string, head: string, forms: BodyForms): boolean {
  const spelt = [...forms.companies, ...forms.organizations].find((f) => initials(f) === name) ?? name;
  return isLeagueHead(head) ? LEAGUE_NAME.test(spelt) : !PUBLIC_BODY_NAME.test(spelt) && !LEAGUE_NAME.test(spelt);
}

/** "NCA" for "Norland Canning Association" (a company's ending left out): the capitals a body's name is shortened to. */
function initials(form: string): string | null {
  const words = form.replace(/\s+(?:Corp|Inc|Co|Ltd|PLC)\.?$/u, '').split(/\s+/).filter((w) => !/^(?:of|the|and|for)$/u.test(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join('') : null;
}

/** Nouns for a person's job in an aside after a name: "Tom Vell, an analyst at Norvex, said". */
const PERSON_ROLES = /^(?:analyst|economist|spokes(?:man|woman|person)|official|executive|director|strategist|trader|lawyer|attorney|professor|president|chairman|founder|manager|partner|head|chief|officer|consultant|expert|researcher|editor|reporter|writer)$/u;

/** "said Tom Vell of Norvex Corp.", "an analyst at Norvex": a body named as where someone works, not one the story tells of. */
const AFFILIATION_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*|analyst|economist|spokes(?:man|woman|person)|official|executive|director|strategist|trader)\s*,?\s+(?:of|at|with)\s+(?:the\s+)?$/u;

/** The businesses or bodies fitting `head` that `text` names, other than where someone works. */
function bodiesIn(text: string, head: string, forms: BodyForms, mentions: Mentions): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const run = m[0].replace(/['’]s$/u, '');
    if (NOT_A_NAME.test(run.split(' ')[0]) || NOT_A_BODY.test(run.split(' ')[0]) || AFFILIATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (namesBody(run, forms, mentions, !isLeagueHead(head)) && fitsHead(run, head, forms)) found.push(run);
  }
  return found;
}

/**
 * A sentence's subject when it is a capitalised run ("Norvex Corp. said", "Norvex, a mill operator, will pay",
 * "Norvex also expects") or the owner of its subject ("Norvex's profit fell"), or null.
 */
function subjectRun(sentence: Sentence): string | null {
  const { tokens, text } = sentence;
  // ("OLDTOWN, Norland _ The Norland Canning Association said": the dateline goes first)
  const dateline = DATELINE_PREFIX.exec(text)?.[0].length ?? 0;
  let i = dateline ? tokens.findIndex((t) => t.start >= dateline) : frontedComma(tokens) + 1;
  if (i < 0) return null;
  // ("Meanwhile, Norvex said", "But Norvex said": a sentence adverb or a conjunction before the subject is passed over)
  if (i === 0 && tokens[1]?.text === ',' && (NOT_A_BODY.test(tokens[0].text) || tokens[0].tag === 'adv')) i = 2;
  else if (i === 0 && /^(?:But|And|Yet|So)$/u.test(tokens[0]?.text ?? '')) i = 1;
  if (tokens[i]?.text === 'The' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) i++;
  const from = i;
  while (i < tokens.length && (/^\p{Lu}/u.test(tokens[i].text) || tokens[i].text === '&' || tokens[i].text === 'amp' || tokens[i].text === '.' && /^(?:Corp|Inc|Co|Ltd|Bros|Cos)$/u.test(tokens[i - 1]?.text ?? ''))) i++;
  if (i === from || NOT_A_NAME.test(tokens[from].text) || NOT_A_BODY.test(tokens[from].text)) return null;
  const run = text.slice(tokens[from].start, tokens[i - 1].end);
  // ("Norvex Corp.'s net income fell": the body owns the subject, and is what "the company" goes on telling of)
  const owner = /^(?:['’]s?|\s*['’]\s*s)\s+\p{Ll}/u.exec(text.slice(tokens[i - 1].end));
  if (/['’]s?$/u.test(run) || owner) return owner || /^\s+\p{Ll}/u.test(text.slice(tokens[i - 1].end)) ? run.replace(/['’]s?$/u, '') : null;
  let k = i;
  // ("The Norland Canning Association (NCA) said": the capitals the name is shortened to, in brackets after it)
  if (tokens[k]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') k += 3;
  // ("Norvex, a mill operator, will pay": an aside between the name and its verb)
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, n) => n > k && t.text === ',');
    if (close < 0 || close - k > 15 || !/^(?:a|an|the)$/iu.test(tokens[k + 1]?.text ?? '')) return null;
    // ("Tom Vell, an analyst at Norvex, said": a person, whatever the tagger read)
    if (tokens.slice(k + 1, close).some((t) => PERSON_ROLES.test(t.lower))) return null;
    k = close + 1;
  }
  while (tokens[k]?.tag === 'adv') k++;
  return tokens[k] && isVerbal(tokens[k]) && tokens[k].tag !== 'ving' ? run : null;
}

/**
 * "The insurance concern said ...": the business or body of the nearest earlier sentence that makes one
 * fitting the noun its subject ("Norvex Corp. said", "Norvex also expects"), written as that sentence wrote
 * it; null when another such body is named between, or another is the subject of a sentence near or
 * opening the story (which one is then not clear).
 */
function subjectBody(sentences: Sentence[], index: number, head: string, companiesOf: (s: Sentence) => CompanyMention[], mentionsOf: (s: Sentence) => Mentions): string | null {
  const forms = bodyForms(sentences, index, companiesOf, mentionsOf);
  const runs = sentences.slice(0, index).map(subjectRun);
  const people = sentences.slice(Math.max(0, index - BODY_REACH), index).flatMap((s) => mentionsOf(s).people);
  // (a body that was a subject is a form too: "NHTO" shortens the "Northern Harbour Treaty Organization" that opened the story)
  forms.organizations.push(...runs.filter((r): r is string => !!r && r.includes(' ')));
  const others = new Set<string>();
  for (let k = index; k >= 0; k--) {
    // (near, or the story's opening sentences, whose subject a story goes on telling of)
    if (k < index - BODY_REACH && k >= LEDE_SENTENCES) continue;
    const run = k < index ? runs[k] : null;
    // (a surname the tagger missed is a person's all the same: "Ann Roe ... Roe said")
    // (nor a common word that opens the sentence with a capital: "Engineers scrambled", which the article writes in lower case too;
    // nor a plural, which "the company" cannot stand for: "Donations rose"; a short name of a fuller subject before is
    // told by that one: "Harlow Savings Bank said ... Harlow also expects")
    const justBefore = (k === index - 1 || (k === index - 2 && !runs[index - 1])) && !!run && !run.includes(' ') && !/\p{Ll}s$/u.test(run) && !people.some((p) => p.split(' ').includes(run)) &&
      !commonWord(run, sentences.slice(0, index + 1)) && !runs.some((r) => r?.startsWith(`${run} `));
    if (run && namesBody(run, forms, mentionsOf(sentences[k]), !isLeagueHead(head), justBefore) && fitsHead(run, head, forms)) {
      // ("the company" after "Norvex Corp. said ... Brisko Inc. agreed": either; nor after "Brisko Inc. gained. Norvex Corp. said")
      if ([...others].some((o) => !sameBody(o, run))) return null;
      const rivals = runs.some((r, n) => r && r !== run && (n >= index - BODY_REACH || n < LEDE_SENTENCES) && !sameBody(r, run) && namesBody(r, forms, mentionsOf(sentences[n]), !isLeagueHead(head)) && fitsHead(r, head, forms));
      if (rivals) return null;
      // (a long name the article shortened to its capitals is told by them: "NCA", as the reader met it since)
      const short = initials(run);
      const shortened = short && sentences.slice(k, index).some((s) => new RegExp(`\\b${short}\\b`, 'u').test(s.text));
      return shortened ? short : shortName(run, sentences.slice(0, index));
    }
    for (const b of bodiesIn(sentences[k].text, head, forms, mentionsOf(sentences[k]))) others.add(b);
  }
  return null;
}

/** Whether a capitalised word is a common one: the lexicon knows it (or its singular) as no name, or the sentences write it in lower case. */
function commonWord(word: string, sentences: readonly Sentence[]): boolean {
  const lower = word.toLowerCase();
  const known = (w: string) => knownWord(w) && !properWord(w);
  const written = new RegExp(`(?<![\\p{L}-])${escapeRegExp(lower)}(?![\\p{L}-])`, 'u');
  return known(lower) || /s$/u.test(lower) && known(lower.slice(0, -1)) || sentences.some((s) => written.test(s.text));
}

/**
 * "Varn Life & Casualty Co." told by the "Varn" the article went on to call it, when the full name is four
 * words or more (a headline has room for little else); else as it is.
 */
function shortName(name: string, sentences: Sentence[]): string {
  const words = name.split(' ');
  if (words.length < 4) return name;
  for (const n of [1, 2]) {
    const short = words.slice(0, n).join(' ');
    const next = escapeRegExp(words[n]);
    const alone = new RegExp(`(?<![\\p{L}-])${escapeRegExp(short)}(?![\\p{L}-])(?!\\s+${next})`, 'u');
    if (/^\p{Lu}\p{Ll}/u.test(short) && sentences.some((s) => alone.test(s.text))) return short;
  }
  return name;
}

/** The one business the sentence before names with a company's name, or null when it names none or two. */
function oneCompanyIn(text: string, forms: BodyForms): string | null {
  const runs = [...text.matchAll(NAME_RUN)].map((m) => m[0].replace(/['’]s$/u, '')).filter((r) => !NOT_A_NAME.test(r.split(' ')[0]) && !NOT_A_BODY.test(r.split(' ')[0]));
  const companies = [...new Set(runs.filter((r) => forms.companies.some((f) => f === r || f.startsWith(`${r} `))))];
  const distinct = companies.filter((c) => !companies.some((o) => o !== c && sameBody(o, c) && o.length > c.length));
  return distinct.length === 1 ? distinct[0] : null;
}

/** The verbs that tell of a person what a happening noun names: "was named" is the appointment. */
const TOLD_BY: Record<string, RegExp> = {
  appointment: /\b(?:was|were|been)\s+(?:named|appointed|chosen|picked|tapped|made)\b/u,
  resignation: /\bresign(?:ed|s)\b/u,
  nomination: /\b(?:was|were|been)\s+nominated\b/u,
  election: /\b(?:was|were|been)\s+(?:elected|re-elected)\b/u,
  promotion: /\b(?:was|were|been)\s+promoted\b/u,
  retirement: /\bretir(?:ed|es)\b/u,
  departure: /\b(?:left|leaves|departed|departs|quit|quits|stepped down|steps down)\b/u,
  ouster: /\b(?:was|were|been)\s+(?:ousted|removed)\b/u,
  dismissal: /\b(?:was|were|been)\s+(?:dismissed|fired|sacked)\b/u,
};

/**
 * "Ann Roe" from "Ann Roe, a banker, was named chief executive.", for "the appointment": the person a
 * sentence opens with, when its verb tells the happening the noun names. A name with initials and "Jr." is whole.
 */
function personToldOf(sentence: Sentence, noun: string, people: string[]): string | null {
  const told = TOLD_BY[noun];
  const m = /^((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}?\p{Lu}[\p{L}'’-]+(?:,?\s+(?:Jr|Sr)\.?)?)(?=\s*,|\s+(?:was|were|has|had|resigned|retired|left|quit|stepped)\b)/u.exec(sentence.text);
  if (!told || !m || !people.some((p) => m[1].includes(p))) return null;
  // the telling verb in the sentence's own clause, before any other name's
  const rest = sentence.text.slice(m[1].length).replace(/^\s*,[^,]*,/u, '');
  return told.test(rest.slice(0, 40)) ? m[1].replace(/,\s+(?=(?:Jr|Sr)\b)/u, ' ') : null;
}

/**
 * Deeds only a person does, told of the word in capitals straight before them: "Roe was born", "Roe married",
 * "Roe studied law", "Roe resigned", "Roe testified".
 */
const PERSON_DEED = String.raw`(?:(?:was|were)\s+born|married|divorced|studied|graduated|grew\s+up|resigned|retired|testified|was\s+(?:elected|sworn\s+in|educated|raised|knighted))\b`;

/** An adverb that may stand between a subject and its verb: "Roe later resigned", "Roe quickly sold the mill". */
const DEED_ADVERB = String.raw`(?:also|later|then|first|eventually|quickly)`;

/**
 * "Roe was born in 1961, but he spent his youth abroad": the words in capitals an article uses alone as a person's
 * name though it never names the person in full: the subject of a deed only a person does, a name after a courtesy
 * title ("Mrs Roe"), or a sentence's subject that "he" or "she" then takes up as the subject of the clause joined to it. A word
 * the lexicon knows as a common one ("Crane", "Castle"), or a body or country the tagger found there, is none.
 */
function surnamesUsedAsPeople(sentences: readonly Sentence[], mentionsOf: (s: Sentence) => Mentions): Set<string> {
  const found = new Set<string>();
  const deed = new RegExp(String.raw`(?<![\p{L}'’.-]|\p{Lu}[\p{L}'’-]*\s)(\p{Lu}\p{Ll}+)(?:\s+${DEED_ADVERB})?\s+${PERSON_DEED}`, 'gu');
  const courtesy = new RegExp(String.raw`(?<![\p{L}-])${COURTESY_TITLE}\.?\s+(\p{Lu}\p{Ll}+)(?![\p{L}-]|\s+\p{Lu})`, 'gu');
  // ("Roe took office in May, but he ...": the opening subject, then the pronoun as the subject of the clause joined to it,
  // with no one else named there; the word straight before the verb, not a describer of its noun: "Community members
  // met, and he ..."; a "he" opening the next sentence may be another's: "Roe met Tom Vell. He said")
  const opening = new RegExp(String.raw`^\W*(\p{Lu}\p{Ll}+)\s+(?:${DEED_ADVERB}\s+)?(\p{Ll}+)`, 'u');
  for (const sentence of sentences) {
    const words = [...sentence.text.matchAll(deed), ...sentence.text.matchAll(courtesy)].map((m) => m[1]);
    const open = opening.exec(sentence.text);
    if (open) {
      const token = sentence.tokens.find((t) => t.start >= (open.index + open[0].length - open[2].length));
      if (isVerbal(token) && /,\s+(?:and|but)\s+(?:he|she)\s+\p{Ll}/u.test(sentence.text) && !mentionsOf(sentence).people.length) words.push(open[1]);
    }
    const { organizations, countries } = mentionsOf(sentence);
    for (const w of words) {
      const lower = w.toLowerCase();
      if (NOT_A_NAME.test(w) || !maySurname(lower) || personNoun(lower)) continue;
      if ([...organizations, ...countries].some((m) => m.split(/\s+/u).includes(w))) continue;
      found.add(w);
    }
  }
  return found;
}

/** How many sentences back "the company" may find its subject, besides the story's opening ones. */
const BODY_REACH = 10;
const LEDE_SENTENCES = 2;

/** How many sentences back a pronoun's antecedent is looked for. */
const ANTECEDENT_REACH = 3;
/** How far back a chain of the same pronoun may carry its antecedent. */
const CHAIN_REACH = 8;

/**
 * "Ann Roe promised a fix. "We do not know when," she said. She was unable to give a date. ... She
 * insisted": a pronoun whose every sentence back to the name has the same pronoun as a subject and
 * names no one else stands for the subject of the sentence that named her. Null when a sentence between
 * has no such subject or holds the other pronoun ("he" in a chain of "she"), or the name is no subject.
 */
function chainedPerson(sentences: Sentence[], index: number, peopleOf: (k: number) => string[]): string | null {
  const own = /\b(he|she)\b/iu.exec(sentences[index].text)?.[1].toLowerCase();
  if (!own) return null;
  // the pronoun opening the sentence or a clause ("Later, she said", "..." she said)
  const subject = new RegExp(`(?:^\\W*|,\\s*|["”]\\s*)${own}\\s+\\p{Ll}`, 'iu');
  const other = own === 'he' ? /\b(?:she|her|hers)\b/iu : /\b(?:he|him|his)\b/iu;
  // capitalised words straight before a verb in the sentences between ("As Roe urged them, she..."): a
  // name the tagger missed, which must be the one found ("Vell claims" in a chain back to another is not)
  const unread: string[] = [];
  for (let k = index - 1; k >= Math.max(0, index - CHAIN_REACH); k--) {
    const people = peopleOf(k);
    if (people.length) {
      const found = index - k > ANTECEDENT_REACH ? subjectMention(sentences[k], people) : null;
      return found && unread.every((w) => found.split(/\s+/).includes(w)) ? found : null;
    }
    if (!subject.test(sentences[k].text) || other.test(sentences[k].text)) return null;
    const { tokens } = sentences[k];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (/^\p{Lu}\p{Ll}/u.test(tokens[i].text) && !NOT_A_NAME.test(tokens[i].text) && !/^(?:prep|det|pron|sub|adv)$/.test(tokens[i].tag) && isVerbal(tokens[i + 1])) unread.push(tokens[i].text);
    }
  }
  return null;
}

/**
 * "Norvex said on Tuesday it had shipped more since it opened a plant": the name that is the sentence's own
 * subject, before its first "it", stands for that "it" (a nearer antecedent than any sentence before). Only
 * a name that is neither a person's nor a country's: "Ann Roe said it was capped" leaves "it" to the sentence before.
 */
function ownBodySubject(sentence: Sentence, mentions: Mentions): string | null {
  const it = /\bit\b/iu.exec(sentence.text);
  const own = it && sentenceSubject(sentence.text, sentence.tokens);
  // ("That's protected the price, but it...": a pronoun in capitals is no name)
  if (!own || own.kind !== 'name' || NOT_A_NAME.test(own.text.split(/[\s'’]/u)[0])) return null;
  const at = sentence.text.indexOf(own.text);
  if (at < 0 || at > it.index) return null;
  // ("Neighbours are asking what happened before it burned": a subject whose own verb is plural is no "it")
  if (/^\s+(?:are|were|have|say|do)\b/u.test(sentence.text.slice(at + own.text.length))) return null;
  const overlaps = (names: string[]) => names.some((n) => n.includes(own.text) || own.text.includes(n));
  return overlaps(mentions.people) || overlaps(mentions.countries) ? null : own.text;
}

/**
 * The thing that is the sentence's own subject, as the sentence writes it, before an object "it" later in it: "curfew"
 * in "The curfew held for years, until the council lifted it"; null when its subject is a name or a person, or no
 * object "it" follows it.
 */
function ownThingSubject(sentence: Sentence): string | null {
  const own = sentenceSubject(sentence.text, sentence.tokens);
  if (!own || own.kind !== 'thing') return null;
  const at = sentence.text.toLowerCase().indexOf(own.text.toLowerCase());
  if (at < 0) return null;
  const written = sentence.text.slice(at, at + own.text.length);
  // (one "it" only, and after the subject: in "It held until they lifted it" the first tells of something else)
  const its = [...sentence.text.matchAll(/\bit\b/giu)];
  return its.length === 1 && its[0].index > at + written.length && /^\p{Ll}/u.test(written) ? written : null;
}

/**
 * Whether the sentence writes `name` after an "it" that is the subject of its main clause: "Last week it agreed to pay,
 * but Norvex believes ..." tells of Norvex as another than "it" (a writer names first and points back after). Not after
 * a clause fronted before the main one, where the pronoun may come first: "When it opened, Norvex hired 40".
 */
function nameAfterIt(sentence: Sentence, name: string): boolean {
  const it = sentence.tokens.findIndex((t) => t.lower === 'it');
  if (it < 0 || sentence.tokens.slice(0, it).some((t) => FRONTED_CLAUSE.has(t.lower))) return false;
  // (a name of its own, not a word inside a longer one: "converted to the Department of the Navy" names no "Navy")
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  const own = (j: number) => {
    const before = sentence.tokens[j - 1]?.lower === 'the' ? j - 2 : j - 1;
    return !capital(sentence.tokens[j - 1]) && sentence.tokens[before]?.lower !== 'of' && !capital(sentence.tokens[j + 1]);
  };
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w));
  return sentence.tokens.some((t, j) => j > it && words.includes(t.text) && own(j));
}

/**
 * "Norvex's bonds fell even as its shares rose": the body whose "its" the sentence writes is the nearest name in the
 * possessive before it (not a person's: "Ann Roe's firm ... its" is left open), else the body that is the sentence's subject.
 */
function ownerBeforeIts(sentence: Sentence, mentions: Mentions): string | null {
  const its = /\bits\b/u.exec(sentence.text);
  if (!its) return null;
  const owners = [...sentence.text.slice(0, its.index).matchAll(OWNER_RUN)].map((m) => withoutOpeners(m[1])).filter(Boolean);
  const owner = owners[owners.length - 1];
  const person = (name: string) => mentions.people.some((p) => p.includes(name) || name.includes(p));
  if (owner) return person(owner) ? null : owner;
  return ownBodySubject(sentence, mentions);
}

/**
 * "Norvex's future is in doubt. Its shares fell": an "its" opening a sentence (or written after no name) stands for the
 * body the sentence before made its subject, or the one name in the possessive its subject opens with; not a person's
 * ("Ann Roe's firm grew. Its shares ..." is left open), and not when the sentence before has no plain subject.
 */
function ownerOfSentenceBefore(sentence: Sentence, previous: Sentence | undefined, mentionsOf: (s: Sentence) => Mentions): string | null {
  const its = /\b[Ii]ts\b/u.exec(sentence.text);
  if (!previous || !its || /\s\p{Lu}/u.test(sentence.text.slice(0, its.index).replace(/^[^,]*,/u, ''))) return null;
  return subjectBodyOf(previous, mentionsOf);
}

/**
 * The body a sentence made its subject ("Norvex is weighing a sale"), or the one name in the possessive its subject opens
 * with ("Norvex's future is in doubt"), by name; null for a person's, or when its subject is no such name.
 */
function subjectBodyOf(previous: Sentence, mentionsOf: (s: Sentence) => Mentions): string | null {
  const named = mentionsOf(previous);
  const person = (name: string) => named.people.some((p) => p.includes(name) || name.includes(p));
  // (its subject: the words before its first verb, after a phrase it opens with)
  // ("And in banking, Norvex's focus ...": a conjunction before the phrase)
  const conjunction = OPENING_CONJUNCTIONS.has(previous.tokens[0]?.lower ?? '') ? 1 : 0;
  const comma = frontedComma(previous.tokens.slice(conjunction));
  const from = comma < 0 ? previous.tokens[conjunction]?.start ?? 0 : previous.tokens[comma + conjunction].end;
  const verb = previous.tokens.find((t) => t.start >= from && (t.tag === 'verb' || t.tag === 'aux' || t.tag === 'modal'));
  if (!verb) return null;
  const subject = previous.text.slice(from, verb.start);
  const owners = [...subject.matchAll(OWNER_RUN)].map((m) => withoutOpeners(m[1])).filter(Boolean);
  if (owners.length) return owners.length === 1 && subject.trimStart().startsWith(owners[0]) && !person(owners[0]) ? owners[0] : null;
  const own = sentenceSubject(previous.text, previous.tokens);
  if (!own || own.kind !== 'name' || NOT_A_NAME.test(own.text.split(/[\s'’]/u)[0]) || person(own.text)) return null;
  return own.text;
}

/** "But Norvex" → "Norvex": the words opening a sentence or clause that a capitalised run took in are no part of the name. */
function withoutOpeners(run: string): string {
  const words = run.split(/\s+/u);
  let first = 0;
  while (first < words.length && (NOT_A_NAME.test(words[first]) || NOT_A_BODY.test(words[first]))) first++;
  return words.slice(first).join(' ');
}

/** "Norvex's", "Harbour Canning Association's": a name of up to four capitalised words in the possessive. */
const OWNER_RUN = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}&-]*)['’]s\s/gu;

/** How many sentences whose subject is the same "it" or "they" a chain may pass over to reach their antecedent. */
const IT_CHAIN_REACH = 2;

/**
 * "Ferry" in "The ferry, the last of the old fleet, is moored by the quay": a subject that an aside set off by its two
 * commas parts from its verb, found as if the aside were not written; null when the first comma does not close it, or
 * for a name (the tagger may have missed a person: "Ann Roe, the mayor, spoke")
 */
function subjectBeforeAside(sentence: Sentence): ReturnType<typeof sentenceSubject> {
  const commas = sentence.tokens.filter((t) => t.text === ',');
  if (commas.length < 2) return null;
  const lead = sentence.text.slice(0, commas[0].start);
  const text = `${lead}${sentence.text.slice(commas[1].end)}`;
  const found = sentenceSubject(text, tokenize(text));
  return found?.kind === 'thing' && lead.toLowerCase().endsWith(found.text.toLowerCase()) ? found : null;
}

/**
 * "the fever" in "Ann Roe, who has tracked the fever since it was detected, said ...": the one thing "the" opens straight
 * before a clause that says when or why (not "where" or "which", whose "it" may be another's), capitalised; else null.
 */
function thingBeforeClause(sentence: Sentence, at: number): string | null {
  const tokens = sentence.tokens;
  const lead = tokens.findIndex((t) => t.start >= at);
  if (lead < 1 || !ADVERBIAL_LEADS.has(tokens[lead].lower)) return null;
  let end = lead;
  while (end > 1 && tokens[end - 1].tag === 'adv') end--;
  const head = tokens[end - 1];
  if (head.tag !== 'noun' || /[^siu]s$/.test(head.lower) || personNoun(head.lower) || CALENDAR_WORDS.includes(head.lower)) return null;
  let from = end - 1;
  while (from > 0 && /^(?:adj|noun|name|num)$/.test(tokens[from - 1].tag)) from--;
  return tokens[from - 1]?.lower === 'the' ? capitalise(sentence.text.slice(tokens[from].start, head.end)) : null;
}

/**
 * The sentence whose subject "it" or "they" in sentence `index` stands for: the one just before, or, when
 * that one's subject is the same pronoun ("The ferry sank. It had left at noon. It carried ..."), the one
 * before the chain, passing over at most IT_CHAIN_REACH such sentences. A sentence with a subject of its own
 * before the pronoun ("When the ferry sank, it was ...") ends the chain.
 */
function chainedSubject(sentences: Sentence[], index: number, pronoun: 'it' | 'they'): number {
  const own = `[${pronoun[0].toUpperCase()}${pronoun[0]}]${pronoun.slice(1)}`;
  const same = new RegExp(String.raw`^(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o|[Nn]ow|[Tt]hen|[Ll]ater)\s+)?(?:[^,]{0,40},\s+)?${own}\s+\p{Ll}`, 'u');
  let k = index - 1;
  while (k > 0 && index - 1 - k < IT_CHAIN_REACH && same.test(sentences[k].text.trimStart()) && !sentenceSubject(sentences[k].text, sentences[k].tokens, pronoun === 'they')) k--;
  return k;
}

/**
 * Whether the sentence's "they" sits in a clause with a subject of its own before it ("But managers reply that they
 * cut its cost", "Ann Roe said they had left"): then the subject of the sentence before is not the one it stands for.
 * It is not named from the clause either: "Critics say they have been slow" tells of others than the critics.
 */
function theyHasOwnClause(sentence: Sentence): boolean {
  const they = /(?<=\S\s+)they\b/u.exec(sentence.text);
  if (!they) return false;
  // the clause holding it: after the last ", and", ", but", ";", ":" or comma before it
  const before = sentence.text.slice(0, they.index);
  const bounds = [...before.matchAll(/(?:[;:]|,\s+(?:and|but|yet|while|as)\b|,)\s*/gu)];
  const last = bounds[bounds.length - 1];
  const clause = last ? before.slice(last.index + last[0].length) : before;
  // ("managers reply that": the lexicon's noun corrected to the verb the statistical tagger reads in context)
  const tokens = refineTags(tokenize(clause), tagWords(clause));
  const verb = tokens.findIndex((t) => isVerbal(t));
  // ("They said they would appeal": the clause's subject is the same "they", told of further back)
  return verb > 0 && !tokens.slice(0, verb).some((t) => t.lower === 'they');
}

/** Drafts for one article: one per dated happening, in text order. */
export function draftEvents(article: string, sentences: Sentence[], timexes: Timex[]): DraftEvent[] {
  const sortedSentences = [...sentences].sort((a, b) => a.start - b.start || a.end - b.end);
  // (whether the article writes a word in lower case, read once per word: every "says X" title asks it of the whole text)
  const writtenCommonOnce = new Map<string, boolean>();
  const sortedTimexes = [...timexes].sort((a, b) => a.start - b.start || a.end - b.end);
  const drafts: DraftEvent[] = [];
  // the day of writing, as any expression counted from the publication gives it
  const writingDay = sortedTimexes.find((x) => x.resolution.publication)?.resolution.publication?.slice(0, 10);
  // (or the publication date the page gave, when no expression was counted from it)
  const publishedDay = writingDay ?? sortedTimexes.find((x) => x.resolution.rule === 'publication date' && x.type === 'DATE')?.value.slice(0, 10);
  const dayBeforeWriting = publishedDay ? daysOff({ start: publishedDay, end: publishedDay, precision: 'day' }, -1).end : undefined;
  let t = 0;
  const mentions = new Map<Sentence, Mentions>();
  const companies = new Map<Sentence, CompanyMention[]>();
  const companiesOf = (s: Sentence): CompanyMention[] => {
    let found = companies.get(s);
    if (!found) companies.set(s, (found = companiesIn(s)));
    return found;
  };
  const mentionsOf = (s: Sentence) => mentions.get(s) ?? mentions.set(s, mentionsIn(s.text)).get(s)!;
  // (a noun phrase's mentions across the article, for every title that asks laterMention about it)
  const phraseMentionsRead = new Map<string, PhraseMentions>();
  const mentionsOfPhrase = (phrase: string) => phraseMentionsRead.get(phrase) ?? phraseMentionsRead.set(phrase, phraseMentions(sortedSentences, phrase)).get(phrase)!;
  // (the first sentence of the article that writes a person's full name with a role, and that role: see roleOf below)
  const firstRoles = new Map<string, { at: number; role: string } | null>();
  const firstRoleOf = (name: string) => {
    if (firstRoles.has(name)) return firstRoles.get(name)!;
    let first: { at: number; role: string } | null = null;
    for (let k = 0; k < sortedSentences.length && !first; k++) {
      const role = sortedSentences[k].text.includes(name) ? roleBeforeName(sortedSentences[k].text, name) : null;
      if (role) first = { at: k, role };
    }
    firstRoles.set(name, first);
    return first;
  };
  // The one country the story is told in: the only one its first sentences name, and its dateline's if it has one
  // (a lead naming two countries, or a dateline's country the lead does not name, gives none)
  let storyCountry: string | null | undefined;
  const countryOfStory = (): string | null => {
    if (storyCountry !== undefined) return storyCountry;
    const lead = sortedSentences.slice(0, LEAD_SENTENCES);
    const named = new Set(lead.flatMap((s) => mentionsOf(s).countries));
    const dated = lead.map((s) => DATELINE_COUNTRY.exec(s.text)?.[1]).find((c) => c);
    if (named.size !== 1 || dated && !named.has(dated)) return (storyCountry = null);
    const [country] = named;
    // the lead sets the story there ("the quake in Norland", or its dateline), and sets nothing anywhere else: "from
    // Norland", "outside Norland" tell another place; "the Gulf of Norland" and "New Norland" are other places
    // (every place after "in" the lead writes is the country itself: "in Harbourton" may be in another)
    const text = lead.map((s) => s.text).join(' ');
    const word = escapeRegExp(country);
    const setting = dated || new RegExp(String.raw`\bin\s+${word}\b`, 'u').test(text);
    const elsewhere = new RegExp(String.raw`\b(?:of|from|outside|beyond|New)\s+${word}\b|\b${word}\s+\p{Lu}`, 'u').test(text) || [...text.matchAll(PLACE_IN)].some((m) => !CALENDAR_WORDS.includes(m[1].toLowerCase()) && !country.startsWith(m[1].replace(/[.'’-]+$/u, '')));
    return (storyCountry = setting && !elsewhere ? country : null);
  };
  // "Two schools collapsed" in a story told in one country: "Two schools collapsed in Norland", a local deed (see tellsLocalDeed) whose own and preceding sentence name no other place
  const placed = (title: string, k: number): string => {
    // (the story's country first: read once per article, and most articles have none, so no title is parsed for places)
    const country = countryOfStory();
    if (!country || !tellsLocalDeed(title) || namesPlace(title)) return title;
    // (the sentence, or the one before it, naming a place of its own, not the story's country: the happening may be there)
    const near = [sortedSentences[k], sortedSentences[k - 1]].filter((s): s is Sentence => !!s);
    const own = new RegExp(String.raw`\b${escapeRegExp(country)}\b`, 'gu');
    if (near.some((s) => namesPlace(s.text.replace(DATELINE_OPENING, '').replace(own, '')))) return title;
    const out = `${title} in ${country}`;
    return out.length <= MAX_WHOLE_TITLE ? out : title;
  };
  // the people a sentence names, with a surname alone the tagger missed ("Roe said") when the article named
  // one person by it in full before ("Ann Roe"); read only when a pronoun needs its antecedent
  const people = new Map<number, string[]>();
  let sole: Set<string> | undefined;
  const soleSurnames = () => (sole ??= surnamesUsedAsPeople(sortedSentences, mentionsOf));
  const peopleOf = (k: number): string[] => {
    const cached = people.get(k);
    if (cached) return cached;
    const own = mentionsOf(sortedSentences[k]).people;
    const { text } = sortedSentences[k];
    // a capitalised word alone, not inside another name ("Tom Roe", "Roe Street"), that no mention holds
    // ("When Roe took over", "But Roe said": a word opening a clause before it is no part of the name)
    const opened = [...text.matchAll(/(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+)(?![\p{L}-]|\s+\p{Lu})/gu)]
      .filter((m) => FRONTED_CLAUSE.has(m[1].toLowerCase()) || OPENING_CONJUNCTIONS.has(m[1].toLowerCase()))
      .map((m) => m[2]);
    const alone = [...new Set([...[...text.matchAll(/(?<![\p{L}'’.-]|\p{Lu}[\p{L}'’-]*\s)\p{Lu}\p{Ll}+(?![\p{L}-]|\s+\p{Lu})/gu)].map((m) => m[0]), ...opened])]
      .filter((w) => !NOT_A_NAME.test(w) && !own.some((p) => p.includes(w)));
    const added = alone.filter((surname) => {
      // the people named in full by it before (only sentences that write it after another capitalised word are asked)
      const full = new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\s+${surname}(?![\\p{L}-])`, 'u');
      const names = new Set<string>();
      for (let n = 0; n <= k; n++) {
        if (!full.test(sortedSentences[n].text)) continue;
        for (const p of mentionsOf(sortedSentences[n]).people) {
          // (the surname is the last word in capitals: "Tom R. Vell Jr" is told by "Vell")
          const words = p.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !/^(?:Jr|Sr)$/u.test(w));
          if (/\s/u.test(p) && words[words.length - 1] === surname) names.add(p);
        }
      }
      // ("Conrad Roe" and "Dr Conrad Roe" are one; "Ann Roe" and "Tom Roe" two; "C. Roe", given by its initial alone,
      // may be either writing of the one full name)
      const initialled = (name: string) => /^(?:\p{Lu}\.\s*)+\p{Lu}/u.test(name);
      return names.size > 0 && ![...names].some((a) => [...names].some((b) => !a.includes(b) && !b.includes(a) && !initialled(a) && !initialled(b)));
    });
    // (or one the article itself uses as a person's: "Roe was born in 1961", "Mrs Roe", "Roe resigned, but she ...")
    const all = [...own, ...added, ...alone.filter((w) => !added.includes(w) && soleSurnames().has(w))];
    people.set(k, all);
    return all;
  };
  for (const [index, sentence] of sortedSentences.entries()) {
    // the nearest earlier sentence naming one; its first mention, the likeliest subject (read only when a title needs it)
    const nearest = (kind: keyof Mentions, reach = ANTECEDENT_REACH, tagged = false) => () => {
      for (let k = index - 1; k >= Math.max(0, index - reach); k--) {
        const found = kind === 'people' && !tagged ? peopleOf(k) : mentionsOf(sortedSentences[k])[kind];
        if (found.length) return subjectMention(sortedSentences[k], found);
      }
      return null;
    };
    // ("Once he took over in 2019, the 61-year-old asked the crews": the pronoun looks ahead to the main clause's
    // subject, a person named by a role; no one named before is meant)
    const ahead = forwardPerson(sentence);
    const antecedents = { person: () => {
        if (ahead) return null;
        const inSentence = personBefore(sentence, mentionsOf(sentence).people, peopleOf(index), mentionsOf(sentence).organizations);
        if (inSentence !== undefined) return inSentence && uncutOffice(inSentence, sentence);
        // ("Ann Roe met Tom Vell. He was tired. She left": the other pronoun between tells of someone else)
        // (a "his" with no "he" or "she" in its sentence tells a man as well: "the letter sent from his office")
        // (and a "her" with none of them, a woman: "Her car broke down" is no "Tom Vell's car")
        const own = ownPronoun(sentence.text);
        const sex = pronounSex(own?.[1]);
        const other = own && (sex === 'he' ? /\b(?:she|her|hers)\b/iu : /\b(?:he|him|his)\b/iu);
        for (let k = index - 1; k >= Math.max(0, index - ANTECEDENT_REACH); k--) {
          if (!peopleOf(k).length) continue;
          const between = [...sortedSentences.slice(k + 1, index).map((s) => s.text), sentence.text.slice(0, own?.index ?? 0)];
          if (other && between.some((t) => other.test(t))) return null;
          const subject = subjectMention(sortedSentences[k], peopleOf(k));
          return subject && standsFor(subject, sortedSentences[k], peopleOf(k), sex) ? uncutOffice(subject, sortedSentences[k]) : null;
        }
        return chainedPerson(sortedSentences, index, peopleOf);
      },
      agreeing: () => (ahead ? null : agreeingPerson(sortedSentences, index, peopleOf)),
      // "That did not suit Ann Roe, who had lost her job. She said": the one person the nearest sentence naming anyone
      // names, whatever her part in it (asked last, when no subject named before stands for the pronoun)
      named: () => {
        if (ahead) return null;
        const own = /\b(he|she|his|her)\b/iu.exec(sentence.text);
        const pronoun = own?.[1].toLowerCase();
        const other = pronoun && (/^(?:he|his)$/.test(pronoun) ? /\b(?:she|her|hers)\b/iu : /\b(?:he|him|his)\b/iu);
        // (not when the pronoun's own sentence has a person noun before it, nearer: "officials pushed their boss, and he")
        if (!own || sentence.tokens.some((t) => t.start < own.index && (personNoun(t.lower) || personNoun(t.lower.replace(/s$/u, ''))))) return null;
        for (let k = index - 1; k >= Math.max(0, index - ANTECEDENT_REACH); k--) {
          if (!peopleOf(k).length) continue;
          const between = [...sortedSentences.slice(k + 1, index).map((s) => s.text), sentence.text.slice(0, own.index)];
          if (other && between.some((t) => other.test(t))) return null;
          const one = onlyPerson(sortedSentences[k], peopleOf(k), [...mentionsOf(sortedSentences[k]).countries, ...mentionsOf(sortedSentences[k]).organizations]);
          return one && standsFor(one, sortedSentences[k], peopleOf(k), pronoun === 'his' ? 'he' : pronoun === 'her' ? 'she' : pronoun) ? uncutOffice(one, sortedSentences[k]) : null;
        }
        return null;
      },
      organization: () => nearest('organizations')() ?? onlyCompany(sortedSentences, index, companiesOf),
      // only the sentence just before: further back, another subject may have come between
      subject: (kind: 'person' | 'thing') => {
        if (ahead && kind === 'person') return null;
        // "The new bid has wide support, and it is due to close Friday": "it" after ", and" is the sentence's own subject
        if (kind === 'thing' && /,\s+(?:and|but)\s+it\s/u.test(sentence.text) && (sentence.text.match(/\bit\b/giu) ?? []).length === 1) {
          const own = sentenceSubject(sentence.text, sentence.tokens);
          if (own && own.kind !== 'person' && own.kind !== 'name' && /^\p{Lu}/u.test(own.text)) return own.text;
        }
        // "The virus has spread to Varnia, where it was first found": an "it" in a clause that says where, when or why,
        // set inside the sentence after its own subject, stands for a thing of its own sentence: the subject when that is
        // a thing, else one the sentence names nearer than the sentence before ("Ann Roe, who has tracked the virus since
        // it was found, said" is no "it" of the sentence before)
        const inner = kind === 'thing' ? /\S\s+(?:where|when|which|since|after|before|until|because|while|once|although|though)\s+it\s/iu.exec(sentence.text) : null;
        if (inner && (sentence.text.match(/\bit\b/giu) ?? []).length === 1) {
          const own = sentenceSubject(sentence.text, sentence.tokens);
          const at = own ? sentence.text.toLowerCase().indexOf(own.text.toLowerCase()) : -1;
          if (own && at >= 0 && at <= inner.index && own.kind === 'thing' && /^\p{Lu}/u.test(own.text)) return own.text;
          // ("Ann Roe, who has tracked the fever since it was detected, said": with a person or no thing as the subject, the
          // thing written just before the clause)
          return !own || own.kind !== 'thing' ? thingBeforeClause(sentence, inner.index + 1) : null;
        }
        const back = chainedSubject(sortedSentences, index, 'it');
        const prev = sortedSentences[back];
        const found = prev && (sentenceSubject(prev.text, prev.tokens) ?? subjectBeforeAside(prev));
        if (!found) return null;
        // a name is a person's when the tagger found one there ("Jane Roe"), else a thing's ("Propofol")
        // (a surname alone is a person's when the article named a person by it before: "Ann Roe ... Roe said")
        // (the tagger is asked only about sentences that hold a capitalised word before the surname)
        const lone = !found.text.includes(' ') && found.text;
        const named = lone && new RegExp(`\\p{Lu}[\\p{L}.'’-]* ${escapeRegExp(lone)}\\b`, 'u');
        // ("secretary general Ann Roe ... Roe said": a full name after an office is a person's, whatever the tagger read)
        const office = lone && new RegExp(`(?<![\\p{L}-])(?:${[...OFFICES].join('|')})\\s+\\p{Lu}[\\p{L}.'’-]*\\s+${escapeRegExp(lone)}\\b`, 'iu');
        const person = found.kind === 'person' || found.kind === 'name' && (mentionsOf(prev).people.some((p) => found.text.includes(p)) ||
          !!named && sortedSentences.slice(0, index).some((s) => named.test(s.text) && mentionsOf(s).people.some((p) => p.endsWith(` ${lone}`))) ||
          !!office && sortedSentences.slice(0, index + 1).some((s) => office.test(s.text)));
        if (person !== (kind === 'person')) return null;
        return kind === 'thing' || standsFor(found.text, prev, peopleOf(back), pronounSex(ownPronoun(sentence.text)?.[1])) ? found.text : null;
      },
      ownBody: () => ownBodySubject(sentence, mentionsOf(sentence)),
      ownThing: () => ownThingSubject(sentence),
      writesAfterIt: (name: string) => nameAfterIt(sentence, name),
      ownerBefore: () => ownerBeforeIts(sentence, mentionsOf(sentence)) ?? ownerOfSentenceBefore(sentence, sortedSentences[index - 1], mentionsOf),
      // ("Norvex's focus on ports paid off. It announced": only when the sentence names nothing before its "it")
      bodySubjectBefore: () => (index > 0 && /^\W*It\s/u.test(sentence.text) ? subjectBodyOf(sortedSentences[index - 1], mentionsOf) : null),
      group: () => {
        // ("Critics say too much was spent. But managers reply that they cut its cost": not the critics)
        if (theyHasOwnClause(sentence)) return null;
        const prev = sortedSentences[chainedSubject(sortedSentences, index, 'they')];
        return (prev && sentenceSubject(prev.text, prev.tokens, true)?.text) ?? null;
      },
      // only when the sentence says "the <phrase>": "a thrift announced" is another one
      body: (phrase: string) => (saysThe(sentence, phrase) ? subjectBody(sortedSentences, index, phrase.split(/\s+/).pop()!.toLowerCase(), companiesOf, mentionsOf) : null),
      personTold: (noun: string) => {
        const prev = sortedSentences[index - 1];
        if (!prev || !saysThe(sentence, noun)) return null;
        return personToldOf(prev, noun, mentionsOf(prev).people);
      },
      // the business the story is about, only when the sentence says "the <phrase>": "a firm said" is another one
      business: (phrase: string) => (saysThe(sentence, phrase) ? mainBusiness(sortedSentences, index, companiesOf, mentionsOf) : null),
      articleBusiness: (phrase: string) => (saysThe(sentence, phrase) ? businessOfStory(sortedSentences, index, companiesOf, mentionsOf, true) : null),
      staffOf: (noun: string) => {
        const written = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(noun)}\s+(\p{Ll}+)`, 'giu');
        const people = [...sentence.text.matchAll(written)].some((m) => personNoun(m[1].toLowerCase()) || personNoun(m[1].toLowerCase().replace(/s$/u, '')));
        return people ? mainBusiness(sortedSentences, index, companiesOf, mentionsOf) ?? staffBusiness(sortedSentences, index, companiesOf) : null;
      },
      // "pressure on the company: ... it was fined": the business its own sentence called by its noun before the "it",
      // or the body the sentence before made its subject
      bodyBeforeIt: () => bodyBeforeIt(sentence, sortedSentences[index - 1], mentionsOf(sentence), (head, own) => {
        const at = own ? index : index - 1;
        return subjectBody(sortedSentences, at, head, companiesOf, mentionsOf) ?? mainBusiness(sortedSentences, at, companiesOf, mentionsOf);
      }),
      // "it" opening the sentence or its clause, after a sentence naming one business: that one
      bodyNamed: () => {
        const prev = sortedSentences[index - 1];
        const it = /\bit\b/iu.exec(sentence.text);
        if (!prev || !it) return null;
        const forms = bodyForms(sortedSentences, index, companiesOf, null);
        // (a capitalised name in this sentence before "it" comes nearer)
        if (/\s\p{Lu}/u.test(sentence.text.slice(1, it.index).replace(/^[^,]*,/u, ''))) return null;
        return oneCompanyIn(prev.text, forms);
      },
      titled: (role: string | readonly string[], only?: boolean) => titledMention(sortedSentences, index, role, (s) => mentionsOf(s).people, only),
      dominant: (roles: readonly string[], role: string) => {
        // (a sentence naming someone before "the singer" may name the singer there: "Ann Roe's fund ... after the singer")
        const at = sentence.text.search(new RegExp(`\\bthe\\s+(?:[\\p{Ll}-]+\\s+){0,2}${role}\\b`, 'iu'));
        if (at < 0 || /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence.text.slice(1, at))) return null;
        // ("the singer demanded what she called the truth", in a story told with "he": another singer)
        const before = sortedSentences.slice(0, index).map((s) => s.text).join(' ');
        const he = (before.match(/\b(?:he|him|his)\b/giu) ?? []).length;
        const she = (before.match(/\b(?:she|her|hers)\b/giu) ?? []).length;
        const other = he > 0 && he >= DOMINANCE * she ? /\b(?:she|her|hers)\b/iu : she > 0 && she >= DOMINANCE * he ? /\b(?:he|him|his)\b/iu : /\b(?:s?he|him|his|hers?)\b/iu;
        if (other.test(sentence.text)) return null;
        return dominantPerson(sortedSentences.slice(0, index + 1), (s) => mentionsOf(s).people, roles);
      },
      roleOwner: (roles: readonly string[], role: string) => roleOwnerIn(sortedSentences, index, role, roles, (s) => mentionsOf(s).people),
      pair: (roles: string) => pairMention(sortedSentences, index, roles),
      // ("Marta won the prize", "Dask won the prize": only when the sentence writes the name alone)
      // (or not at all: "Dask" told for the sentence's "he" comes from an earlier sentence, where the full name is read)
      // ("Mr Dask" is a surname alone too: the courtesy title is not part of a full name)
      fullName: (word: string, courtesy?: string) => {
        const text = sentence.text.replace(TITLE_BEFORE_NAME, '');
        const alone = !text.includes(word) || new RegExp(`(?<![\\p{L}'’.-]|\\p{Lu}[\\p{L}'’.-]*\\s)${escapeRegExp(word)}(?:['’]s)?(?![\\p{L}'’-]|\\s+\\p{Lu})`, 'u').test(text);
        const name = alone ? fullNameMention(sortedSentences, index, word, (s) => mentionsOf(s).people) : null;
        // ("Mrs Dask" after "Tomas Dask" is his wife, not him; "Mrs Dask" after "Chris Dask" may be either)
        // (the title's own, or the one the sentence wrote before the word: "Mrs. Dask" read as "Dask")
        const title = courtesy ?? new RegExp(`(?<![\\p{L}-])(${COURTESY_TITLE})\\.?\\s+${escapeRegExp(word)}(?![\\p{L}-])`, 'u').exec(sentence.text)?.[1];
        if (!name || !title) return name;
        const sex = sexOf(name);
        return (sexOf(title) === 'female' ? sex === 'female' : sex !== 'female') ? name : null;
      },
      // (the first place up to this sentence where the article wrote the full name with a role: "Norvex chief
      // executive Tom Vell said"; a first mention with none, a headline line "Tom Vell meets the council", is passed over)
      roleOf: (name: string) => {
        const first = firstRoleOf(name);
        return first && first.at <= index ? first.role : null;
      },
      bodyBefore: (subject: string) => {
        const at = sentence.text.toLowerCase().indexOf(subject.toLowerCase());
        if (at <= 0) return null;
        const m = mentionsOf(sentence);
        const runs = [...sentence.text.slice(0, at).matchAll(NAME_RUN)].filter((r) => r.index > 0 && !/^[.!?"“]\s*$/u.test(sentence.text.slice(0, r.index).trim().slice(-1)));
        const last = runs.length ? runs[runs.length - 1][0] : null;
        if (!last || m.people.some((p) => p.includes(last) || last.includes(p)) || m.countries.some((c) => c.includes(last) || last.includes(c))) return null;
        return last;
      },
      // "Tom Vell had not paid until Ana Ruiz hired him": the one person named before the title's subject in its sentence
      personBefore: (subject: string, pronoun: 'him' | 'her' | 'he' | 'she') => personBeforeSubject(sentence, peopleOf(index), subject, pronoun),
      alias: (phrase: string) => nameInPassing(sentence.text, phrase),
      aside: (name: string, phrase: string) => asideTo(sentence.text, name, phrase),
      lowerCase: (word: string) => sentence.tokens.some((t) => t.text === word.toLowerCase()),
      commonWord: (word: string) => {
        let common = writtenCommonOnce.get(word);
        if (common === undefined) writtenCommonOnce.set(word, (common = writtenCommon(sortedSentences, word)));
        return common;
      },
      possessor: (subject: string) => {
        const at = sentence.text.indexOf(subject);
        if (at < 0) return null;
        // ("Prime Minister Ann Roe's": the name without the office, which the title has no room for)
        const owners = new Set([...sentence.text.slice(0, at).matchAll(POSSESSOR)].map((m) => {
          const words = m[1].split(/\s+/);
          while (words.length > 2 && OFFICES.has(words[0].toLowerCase())) words.shift();
          return words.join(' ');
        }));
        // a person the tagger knows, and only one
        const people = [...owners].filter((o) => mentionsOf(sentence).people.some((p) => o.includes(p)));
        return people.length === 1 && owners.size === 1 ? people[0] : null;
      },
      // "In Norland this month, the government...": the one country named before it in the sentence, else
      // the country of the article's dateline ("HARBOURTON, Norland, May 3 --"), where the story is told from
      country: () => {
        const at = sentence.text.search(/\bgovernment\b/iu);
        const here = [...new Set(mentionsOf(sentence).countries.filter((c) => { const i = sentence.text.indexOf(c); return i >= 0 && i < at; }))];
        if (here.length) return here.length === 1 ? here[0] : null;
        for (const s of sortedSentences.slice(0, DATELINE_SENTENCES)) {
          const place = DATELINE_COUNTRY.exec(s.text)?.[1];
          if (place) return mentionsOf(s).countries.includes(place) ? place : null;
        }
        return null;
      },
      // ("Varnia's economy is weak. The country's bank cut rates": a sentence that names a country itself is left)
      countryBefore: (noun: string) => {
        const prev = sortedSentences[index - 1];
        if (!prev || !saysThe(sentence, noun, "['’]s\\b") || mentionsOf(sentence).countries.length) return null;
        const named = [...new Set(mentionsOf(prev).countries)];
        return named.length === 1 ? named[0] : null;
      },
      // "The library will stay closed": the nearest earlier mention of that noun with words that say which
      // (only for "the library": "timber" with no article is timber in general, not "the Nordic timber" named before)
      fuller: (phrase: string) => {
        if (!saysThe(sentence, phrase)) return null;
        // (the title's own sentence first, nearer than any before: "Norvex's Tarbel well leaked until the well was capped")
        if (!isGoverningBody(phrase)) return ownSentenceMention(sentence, phrase) ?? fullerMention(sortedSentences, index, phrase) ?? holderMention(sortedSentences, index, phrase, peopleOf) ?? kindMention(sortedSentences, index, phrase);
        // ("the commission that examined the crash", "the panel of judges": a body the sentence itself says which of)
        if (saysThe(sentence, phrase, '\\s+(?:that|which|who|of|on|for|in)\\b')) return null;
        return namedBodyMention(sortedSentences, index, phrase, Number(writingDay?.slice(0, 4) ?? 0));
      },
      // "Jury selection begins": the trial it is a stage of, as the article named it before (see proceedingMention)
      proceeding: (noun: string) => proceedingMention(sortedSentences, index, noun, peopleOf),
      // "The spill began": the story's thing as the article named it first, only for "the spill" (see storyMention)
      // (else the nearest earlier mention that says which, as for a subject: "lower the cap" after "Norcorp's containment cap")
      story: (phrase: string) => (saysThe(sentence, phrase) && !isGoverningBody(phrase) ? storyMention(sortedSentences, index, phrase) ?? fullerMention(sortedSentences, index, phrase, true) : null),
      spokenFor: (phrase: string) => (saysThe(sentence, phrase) ? spokenForBody(sortedSentences, index, phrase) : null),
      // "The well was capped": the one fuller mention the article writes after the sentence, when none before says which (see laterMention)
      // (not "the quake that started the tsunami", which its own clause says which of: another than the story's)
      later: (phrase: string) => (saysThe(sentence, phrase) && !saysThe(sentence, phrase, String.raw`\s+(?:that|which|who|of|in|to)\b`) && !isGoverningBody(phrase) ? laterMention(sortedSentences, index, mentionsOfPhrase(phrase)) : null),
      apposed: (phrase: string) => apposedMention(sentence, phrase),
      // inside a quotation that an earlier sentence opened ('"We will pay," he said. "I was there."' is not;
      // '"We will pay quickly. I was there last week.' is): the person named nearest before
      // (a quotation may run over several sentences, so its speaker is looked for further back)
      // (a quotation the sentence opens: the speaker its own attribution names, see quotedSpeaker)
      speaker: () => (insideQuotation(sortedSentences, index) ? nearest('people', 2 * ANTECEDENT_REACH)() : quotedSpeaker(sortedSentences, index, peopleOf) ?? continuedSpeaker(sortedSentences, index, peopleOf)),
      speakingBody: () => introducedBody(sentence.text, peopleOf(index)) };
    // ("He twisted his knee on Monday, Tom Vell said": the speaker of the sentence's own attribution is not its "he")
    // ("His lease ends", from "... keep Ann Roe as chair when his lease ends": the person the clause is set after, see ownerBeforeClause)
    const titleNamed = (title: string, a: Antecedents) => notOwnSpeaker(sentence, title, nameSubject(ownerBeforeClause(sentence, title, () => peopleOf(index)) ?? title, a));
    // The words merging compares take only the names the tagger read next to the pronoun or noun: a name found
    // further off (a surname it missed, a chain of "she", the one a story is about, a body named sentences back, the
    // full name of a first name or a surname) is a guess that would make happenings of one person look alike ("Ann Roe died" and
    // "Ann Roe's trial opened").
    const near: Antecedents = { ...antecedents, later: undefined, dominant: undefined, roleOwner: undefined, fullName: undefined, roleOf: undefined, business: undefined, named: undefined, agreeing: undefined, story: undefined, staffOf: undefined, bodyBeforeIt: undefined,
      person: () => {
        const inSentence = personBefore(sentence, mentionsOf(sentence).people, [], mentionsOf(sentence).organizations);
        return inSentence === undefined ? nearest('people', ANTECEDENT_REACH, true)() : inSentence;
      },
      titled: (role: string | readonly string[], only?: boolean) => (typeof role === 'string' ? antecedents.titled(role, only) : null),
      // (not the one who "stood trial": a person's name read sentences away, see above)
      fuller: (phrase: string) => (isGoverningBody(phrase) || !saysThe(sentence, phrase) ? null : fullerMention(sortedSentences, index, phrase)), proceeding: undefined };
    while (t < sortedTimexes.length && sortedTimexes[t].start < sentence.start) t++;
    const inside: Timex[] = [];
    for (let i = t; i < sortedTimexes.length && sortedTimexes[i].start < sentence.end; i++) {
      if (sortedTimexes[i].end <= sentence.end && anchorsHappening(sentence, sortedTimexes[i])) inside.push(sortedTimexes[i]);
    }
    // "Wednesday, March 5" written as two expressions side by side is one date: keep the sharper.
    // The gap is measured from the expression just before, so a whole run of them folds into one.
    const dates: Timex[] = [];
    let before: Timex | null = null;
    for (const timex of inside) {
      const prev = dates[dates.length - 1];
      const gap = before ? sentence.text.slice(before.end - sentence.start, timex.start - sentence.start) : '';
      // "at 1653 local time (2153 GMT)": one instant written twice, local and UTC
      // ("at 4 in the morning (4 a.m. local time Thursday)": the clock told again in brackets, a few words on)
      const sameInstant = prev && prev.date!.precision === 'minute' && prev.date!.start === timex.date!.start && /^[\s,]*(?:[\p{L}\s]{0,24}\s)?\(\s*$/u.test(gap);
      // "at 4.15 am on the morning of the raid": a clock and its day joined by "on" are one date too
      // "at 1653 (2153 GMT) on Tuesday": the bracket closing the UTC time does not part the clock from its day
      // "on Sunday (July 18)": a day and its date in brackets
      if (prev && (/^[\s,]*[()]?[\s,]*(?:on\s+)?$/.test(gap) || sameInstant) && datesOverlap(prev.date!, timex.date!)) {
        // the sharper date, over both expressions' words: neither is left in the title or counted as the happening's words
        const kept = sharperDate(timex.date!, prev.date!) ? timex : prev;
        const from = Math.min(prev.start, timex.start);
        // "Sunday (July 18)": the closing bracket goes with the date
        const closing = gap.includes('(') && sentence.text[timex.end - sentence.start] === ')' ? 1 : 0;
        const to = Math.max(prev.end, timex.end + closing);
        dates[dates.length - 1] = /\p{L}|\(/u.test(gap) ? { ...kept, start: from, end: to, text: sentence.text.slice(from - sentence.start, to - sentence.start) } : kept;
      } else dates.push(timex);
      before = timex;
    }
    // "here are three pictures from this morning", "The hearing moves onto ...": the page speaking of itself drafts nothing
    // (its text stays: a post stamp in front of it still dates the posts after it)
    if (dates.length > 0 && speaksOfThePage(sentence.text)) dates.length = 0;
    const here: DraftEvent[] = [];
    // Tagged only when a date is left to read: most sentences hold none.
    let words: Word[] | null = null;
    // (the words of each date, and the words a series' first item was told with: see seriesItem)
    let dateWords: [number, number][] | null = null;
    let seriesLead = '';
    for (const [at, timex] of dates.entries()) {
      const d = happeningDate(sentence, timex);
      words ??= tagWords(sentence.text);
      const context = { period: precisionRank(d.precision) < precisionRank('week') || longerThanAWeek(d), range: longerThanAWeek(d), wide: timex.resolution.rule === 'decade or century' && yearsSpanned(d) >= 10, past: pastForAnyTense(timex, d, dayBeforeWriting) };
      // "1962: A second storm flooded the valley": a listed timeline's entry is dated by its heading, whatever its verb
      // (so is "2000 Jane Roe opens a clinic, adding a second in 2006", headed by its year with no colon; a year after it
      // outside the heading's dates another clause, never the entry's subject and verb)
      const heading = (timex.start === sentence.start && /^\s*:\s+\p{Lu}/u.test(sentence.text.slice(timex.end - sentence.start))) || yearEntry(sentence, timex);
      if (at > 0 && yearEntry(sentence, dates[0]) && !datesOverlap(d, happeningDate(sentence, dates[0]))) continue;
      // "... leaks into the well 20 April - Crew tests the seal 21 April - Rig explodes": a factbox's entries run into one
      // sentence, each told after its date's dash; the clause before the date is the last entry's, so it is not dated
      // by this one (not "set for 20 April - A vote", a date with its preposition, nor a lone date before a dash)
      if (timex.start > sentence.start && entryDate(sentence, timex) && dates.filter((other) => entryDate(sentence, other)).length > 1) continue;
      // (an entry that tells how things still or already stand dates no happening: "2.35 pm: Seven crew are still in hospital")
      let reading: DateReading = heading ? (entryStanding(words, words.findIndex((w) => w.start >= timex.end - sentence.start && w.text !== ':')) ? { keep: false, reason: 'state' } : { keep: true, status: 'happened' }) : readDate(words, timex.start - sentence.start, timex.end - sentence.start, context);
      // "credit dried up after the 1974 crash": a happening named as a yardstick dates its clause, not a happening of its own
      // ("searching since the May 2 kidnapping": a clause told since a happening is a state, and the noun the happening)
      const since = afterSince(sentence.text, timex.start - sentence.start);
      // "offering bonuses in the wake of the March 9 leak", "stocks fell following Wednesday's sell-off": the day
      // dates the happening the clause came after, not the clause
      const followed = !context.period && followsDatedHappening(sentence.text, timex.start - sentence.start, timex.end - sentence.start);
      // "stopped the leak for the first time since the blast aboard the barge on 3 May": a day told after the happening
      // named after "since" dates that happening, and the clause before "since" is not of its day
      if (sinceHappeningDated(words, timex.start - sentence.start)) continue;
      // "In 2001 she opened a bakery, adding a second shop in 2009": a date in a trailing "-ing" clause, after a main
      // clause that holds its own date, is the participle's deed; the main clause told with it would be misdated (clause24b)
      if (at > 0 && trailingParticipleDated(words, timex.start - sentence.start, dates[at - 1].end - sentence.start)) continue;
      // (the happening a clause came after or before, "after the 1989 spill", is told by its noun alone or not at all)
      let sequenced = false;
      if (reading.keep && reading.nounPhrase && !since && REFERENCE_BEFORE.test(sentence.text.slice(Math.max(0, timex.start - sentence.start - 30), timex.start - sentence.start))) {
        // "the club was founded in 1921 after the 1919 flood": the clause's own date stands right before the
        // happening it came after, which dates only that happening
        const prior = dates[at - 1];
        if (prior && OWN_DATE_BEFORE_REFERENCE.test(sentence.text.slice(prior.end - sentence.start, timex.start - sentence.start))) continue;
        // ("hearings after the 2006 spill", "came a year after the 1969 spill": a noun's phrase, or a span counted from it)
        if (sequencedFromNoun(words, words.findIndex((w) => w.start >= timex.start - sentence.start))) sequenced = true;
        else reading = readDate(words, timex.start - sentence.start, timex.end - sentence.start, { ...context, clauseOnly: true });
      }
      // "will keep their names until 1990, when each will adopt the new one": a state's end is the when-clause's happening
      // (not a forecast's, a guess's or a denial's date: "expect the slide to go on into 2027, when ...")
      const guessed = (r: DateReading) => !r.keep && /^(?:hypothetical|forecast|negation)$/.test(r.reason);
      const when = reading.keep || guessed(reading) || guessed(readDate(words, timex.start - sentence.start, timex.end - sentence.start, { ...context, clauseOnly: true })) ? null : whenClause(sentence.text, words, timex.end - sentence.start);
      if (when) {
        // (its pronoun named as any title's is: "until May, when he will retire")
        const draft: DraftEvent = { article, title: titleNamed(when.title, antecedents), date: eventDate(d.start, d.end, d.precision, d.approximate, { offset: d.offset, localClock: d.localClock, ends: d.ends }), sentence, timex };
        if (when.planned) draft.status = 'planned';
        here.push(draft);
        continue;
      }
      // "named captain of the Varrow Star for a voyage in May": the voyage is a happening of that month
      const purpose = !reading.keep && reading.reason === 'modifies a noun' ? purposeTitle(words, timex.start - sentence.start) : '';
      if (purpose) {
        const told = readDate(words, timex.start - sentence.start, timex.end - sentence.start, { ...context, clauseOnly: true });
        if (told.keep) {
          const draft: DraftEvent = { article, title: purpose, date: eventDate(d.start, d.end, d.precision, d.approximate, { offset: d.offset, localClock: d.localClock, ends: d.ends }), sentence, timex };
          if (told.status === 'planned') draft.status = 'planned';
          here.push(draft);
        }
        continue;
      }
      if (!reading.keep) continue;
      // "In recent years, lenders sold ever riskier loans": what went on over years counted back from the day of writing
      // is a trend, and no happening is dated by the stretch
      if (timex.resolution.rule === 'recent and coming stretches' && d.precision === 'year' && d.start !== d.end) continue;
      // "Good news for the club today.": a written sentence in which neither tagger finds a verb tells no one
      // doing anything (a piece with no full stop, "Storm warning, Tuesday", is a label or heading others read)
      if (!heading && /[.!]\s*$/.test(sentence.text) && !words.some((w, k, all) => w.pos === 'VERB' || w.pos === 'AUX' || missedVerb(all, k)) && !sentence.tokens.some((t) => isVerbal(t) || t.tag === 'ving')) continue;
      // "the 1989 Exxon Valdez disaster": the date dates the noun phrase's happening, which is the title.
      const tagged = words;
      // (and the words merging reads it by, where they differ)
      let clausePair: { title: string; match: string } | null = null;
      const clauseTitle = () => {
        const pair = eventTitles(sentence, timex, tagged, dates);
        // ("a plan he will describe on Tuesday": a noun and its clause with no relative word is told by the clause)
        const title = titleNamed(contactRelativeTold(pair.title, antecedents.lowerCase) ?? pair.title, antecedents);
        // (a title nothing was named in is its own match, as before)
        clausePair = { title, match: title === pair.title && pair.match === pair.title ? title : titleNamed(pair.match, near) };
        return clausePair.title;
      };
      // "faces lawsuits over the May 3 blast", "costs related to the May 3 spill rose": a clause told about a dated
      // happening is not of its day (a day counted from the happening is the clause's: "The day before last Tuesday's
      // hearing, Ann Roe flew home")
      const toldAbout = !!reading.nounPhrase && d === timex.date && aboutHappening(words, phraseStart(words, reading.nounPhrase, timex.start - sentence.start));
      let title = (reading.nounPhrase && nounTitle(sentence.text, words, reading.nounPhrase, [timex.start - sentence.start, timex.end - sentence.start])) || '';
      // "rallied to urge him to stand in this year's election": a noun too bare to be the title is told by
      // its clause, and a clause that is only urged, forecast or denied tells no happening at that date
      if (reading.nounPhrase && !title) {
        const told = readDate(words, timex.start - sentence.start, timex.end - sentence.start, { ...context, clauseOnly: true });
        // ("last month's explosion might be linked to the bombings": a past happening named by its noun stays real)
        const past = timex.resolution.direction === 'back' || /\b(?:last|past|previous|ago|yesterday|earlier)\b/i.test(timex.text);
        if (!told.keep && !past && /^(?:hypothetical|forecast|negation)$/.test(told.reason)) continue;
        // "who remembers the 1962 uprising": the clause is the recalling, not done that year, and the noun is too bare to tell
        if (recalled(words, reading.nounPhrase[0])) continue;
        // "on the run since the May 2 kidnapping": the clause is a state since the date, which dates only the noun's happening
        if (since) title = shorten(capitalise(sentence.text.slice(timex.start - sentence.start, words[reading.nounPhrase[1] - 1].end)));
        // "faces lawsuits over the May 3 blast": the clause is told about the happening, not on its day, and "Blast"
        // alone tells nothing
        else if (toldAbout) continue;
      }
      // "The Dec. 19 petition filed by the agency addresses these concerns": a happening that is its
      // clause's subject is told by the clause, which says what it did ("Petition" alone says nothing)
      // "after last month's heavy flooding": a noun phrase naming no one and nothing is a label;
      // the clause says who did what ("the council said repairs would start")
      const label = title && reading.nounPhrase && !words.slice(reading.nounPhrase[0], reading.nounPhrase[1]).some((w) => w.pos === 'PROPN' || w.pos === 'NUM') && !/\s\p{Lu}|\d/u.test(title);
      // ("suspend the injunction issued Thursday": a noun and its participle tell the happening; the clause is another's)
      const participle = !!reading.nounPhrase && words[reading.nounPhrase[1] - 1]?.pos === 'VERB';
      // ("a year after the 1969 spill": a bare noun tells nothing, and its clause is not of its date)
      if (sequenced && (!title || label)) continue;
      // ("who remembers the 1962 uprising", "marked the May 2 flood": recalling a happening is not done on its day)
      if (title && reading.nounPhrase && !reading.aside && !since && !sequenced && !recalled(words, reading.nounPhrase[0]) && ((label && !participle) || subjectPhrase(words, reading.nounPhrase[0]) || verbSetting(words, reading.nounPhrase[0]))) {
        const told = clauseTitle();
        if (told && !isFragment(told) && titleFaults(told) === 0) {
          // ("costs related to the May 3 oil spill rose": nor is a clause told about a label's happening, which says
          // too little to stand alone)
          if (toldAbout && label && !participle) continue;
          // ("decided at last year's Lowmere summit": the date is the timeline's, not the title's)
          const owned = `${timex.text}'s `;
          title = told.includes(owned) && verbSetting(words, reading.nounPhrase[0]) ? told.replace(owned, '') : told;
        }
      }
      // "two men suspected of robbing a bank in 2019": the date is the deed's, which the title names
      title ||= deedTitle(sentence.text, words, timex.start - sentence.start, timex.end - sentence.start) || clauseTitle();
      if (!title) continue;
      if (followed && title === (clausePair as { title: string } | null)?.title) continue;
      // "bought a mill in 1990, a bakery in 1995 and a brewery in 2001": each date of a series dates its own item, told
      // with the words the first item's title told it with ("Firm bought a bakery"), not with the whole series
      const series = seriesItem(words, dateWords ??= dateWordSpans(words, dates, sentence.start), at);
      if (series) {
        const itemText = ([s, e]: [number, number]) => sentence.text.slice(words![s].start, words![e - 1].end);
        const lead = title.indexOf(itemText(series.first));
        if (lead > 0) seriesLead = title.slice(0, lead);
        if (seriesLead) title = seriesLead + itemText(series.own);
      }
      // "waived the limit under the Port Safety Act of 1990": a year after a capitalised name's "of" is a word of the
      // name (a law, a treaty), which dates no clause of the sentence (clause25)
      if (yearOfName(sentence.text, timex.start - sentence.start, timex.text)) continue;
      // "Crews packed crates, which the army will fly out on Monday": a date in a relative clause dates that
      // clause's happening, which only describes a noun; a title told by another clause is not of its day
      if (!reading.nounPhrase && !tellsRelativeClause(title, relativeClauseWords(words, timex.start - sentence.start, timex.end - sentence.start))) continue;
      // (nor is a title that carries the relative clause inside its noun phrase: "The two clubs are merging the squads
      // they each entered" tells the merging, not the entering)
      if (!reading.nounPhrase && carriesRelativeClause(title, sentence.text, words, relativeClauseHead(words, timex.start - sentence.start, timex.end - sentence.start))) continue;

      // "Ann Roe was in Lowmere on 3 May when the storm hit": where someone was on the day is the scene; the
      // when-clause tells the happening of the day
      // (a title that already tells the when-clause, "Flow ended when the crew closed the valve", tells both)
      const scene = reading.status === 'happened' && !reading.nounPhrase && !/\bwhen\b/i.test(title) ? sceneWhen(sentence.text, words, timex.start - sentence.start, timex.end - sentence.start) : null;
      if (scene) title = titleNamed(scene.title, antecedents);
      // "Attacks in Lowmere and Carrick": a happening's noun alone is told by its verb (merging still reads the noun)
      const noun = title;
      title = toldHappening(title);
      // "There are videotapes of the car crossing the border in 1994", "Both firms are allies in the fight against
      // a bid launched last week": a title that tells a present state tells no happening; the date is another clause's
      // (a state told of the day of writing, "At last the well is dead" on the day it was sealed, is that day's news)
      // (a month, a season or a year that holds the day of writing tells no day's news: "It is hard to tell in June")
      const ofWritingDay = !!writingDay && precisionRank(d.precision) >= precisionRank('week') && datesOverlap(eventDate(writingDay, writingDay, 'day'), eventDate(d.start, d.end, d.precision, d.approximate));
      if (!ofWritingDay && presentState(title)) continue;
      // "The 9m litres spilt in 2004 still foul the bay", "Vell bonds still offer the best yield today": a state kept up
      // to now, on any day, tells no happening; "1952: The Vell flood remains the worst on record" keeps the happening
      // its subject names, which the past year dates, with the sentence's words (the bare "Vell flood" reads as a
      // fragment) (clause25)
      const continued = presentContinuation(title);
      if (continued !== null && (!continued || ofWritingDay)) continue;
      // "40 percent back the plan today, while 70 percent backed it before": a title told by a contrast clause the date
      // does not sit in is that clause's, not of the date (clause24b)
      if (!reading.nounPhrase && toldByContrastClause(sentence.text, title, timex.start - sentence.start)) continue;
      // "joined the firm in 1999 and rose to the board last year": a date after a second verb joined by "and"/"but",
      // with the first verb's own date before it, is the second verb's; a title without that verb is misdated (clause24b)
      const second = at > 0 && !reading.nounPhrase ? coordinatedVerbDated(words, timex.start - sentence.start, dates[at - 1].end - sentence.start) : -1;
      if (second >= 0 && !new RegExp(`(?<![\\p{L}-])${escapeRegExp(words[second].lower)}(?![\\p{L}-])`, 'iu').test(title)) continue;
      // "Crews were still struggling to reach the town", "Ann Roe was still at the helm": how things stood, not a change;
      // so is what a thing was or had over a month or a year ("In 2008 Roe was one of the architects of the plan")
      // (a state held since a date counts from its start: "has been in the country since 2004" dates the arrival)
      if (stateHeld(title, context.period && !since)) continue;
      // "Ann Roe did not pay the fee in 2019", "There was no sign of the crew on Friday": an act that did not happen
      if (negatedAct(title)) continue;
      // "It was a day of firsts", "It seems less lethal than the last strain", "The plan includes a sale": what a
      // thing was, seems or takes in describes it, whatever the day; an editor dates no happening by it
      if (describedState(title)) continue;
      // "The official spoke on condition of anonymity": how a source was quoted, the story's furniture
      if (ANONYMITY_ONLY.test(title)) continue;
      // "The fund has raised $6m so far", "To date, 209 birds have been found": a total counted up to the day it is
      // told, updated again and again, is a statistic, not a happening
      if (runningTotal(title)) continue;
      // "Some 900 people have been treated in 30 towns", "More than 40 boats have been pulled from the bay": a title
      // that is a count so far, whatever the sentence dates it by ("according to the agency's tally on Tuesday",
      // "with one more found on Monday"), is a running total (stat26)
      if (countSoFarTitle(title)) continue;
      // "The holiday week began", "Attention returned to the court", "Details of the deal emerged": time passing, or a
      // reader's attention or knowledge moving, is no one's deed; the happening is what was learnt or done
      if (passingOrSurfacing(title)) continue;
      // "Sen. Roe says the plan is too costly", "Ann Lowe said she was pro-farmer": a view told, not a happening
      if (saidState(title)) continue;
      // 'Sen. Roe says "We need to learn the lessons"', 'Ann Lowe says "I was furious"': a quotation that is the whole
      // of what the title tells, and tells a view, is a reaction (the web's editors drop it; see quotedViewTitle)
      if (quotedViewTitle(title)) continue;
      // "Feel free to tell us", "Switch off your phones", "See you": a bidding told to the reader or a listener, no
      // one's deed (stat26)
      if (imperativeTitle(title)) continue;
      // "Ann Roe told the paper she would press for an inquiry", "The firm will seek to calm investors": an aim or an
      // effort still to come, told on the day it was said, is no happening (an attempt set for a day stays planned)
      if (intentOnly(title) && !(reading.status === 'planned' && precisionRank(d.precision) >= precisionRank('day'))) continue;
      // "Officials say the agency is closely monitoring the outbreak": a watch kept up, told on the day, changes nothing
      if (watchGoingOn(title)) continue;
      // "Efforts to clear the road continued", "Doubts persisted": what only goes on tells no change
      if (goneOn(title)) continue;
      // "Costs could double", "Officials hope the closure will help", "The report is likely to recommend ...": a guess,
      // a hope or an expectation is no happening, and no plan on the calendar either
      if (guessedTitle(title)) continue;
      // "Tarbel would quickly shift to the new ferry by the end of May", "These will be discussed on Monday evening":
      // a title whose own verb is "will" or "would" with a bare verb tells what is to come, not what came, when its date
      // is not behind the writing ("In 1998 she would become chair" is a past told from a past)
      if (reading.keep && reading.status === 'happened' && !reading.nounPhrase && notBehind(d.end, writingDay) && !sayingsDate(words, timex.start - sentence.start, timex.end - sentence.start) && !relativeModal(title, sentence.text) && modalAheadTitle(title)) reading = { ...reading, status: 'planned', done: undefined };
      // "Norvex says it will have a relief well in place by August", "plans to finish the dam by the end of the year": a
      // week, a month or a year named as a deadline is a target, not the time of a happening on the calendar ("will be
      // deployed by Thursday", "is scheduled for completion by Dec. 10": a day's deadline is an operation set for it)
      if (reading.keep && reading.status === 'planned' && precisionRank(d.precision) <= precisionRank('week') && namedAsDeadline(sentence.text, timex.start - sentence.start)) continue;
      // "is due to drill two wells later this year", "would step down over the summer": a plan told by a span of months
      // sets no time for its happening; a timeline has none to place it at ("will open in May" names its month)
      if (reading.keep && reading.status === 'planned' && monthsSpanned(d)) continue;
      // "later this year or early in 2011", "on Monday or Tuesday": a date given as one of two alternatives sets none
      // (so does one told in what someone said would come: "said the panel would report this week or next week")
      const alternative = alternativeDate(sentence, dates, at);
      if (reading.keep && alternative && (reading.status === 'planned' || !reading.done || reading.done === 'reported')) continue;
      // "The council voted on Monday or Tuesday": what is told as done came on one of the two days; it is one happening,
      // told once, at the first date, over both and approximate
      if (alternative && alternative.start < timex.start) continue;
      const between = alternative?.date && alternative.date.precision === d.precision ? { ...d, end: alternative.date.end, approximate: true } : d;
      // "I switched jobs this year", "We visited a clinic yesterday": the page's own writer speaking (a blog, a
      // reader's post, a web chat's question), not a happening a timeline tells; someone's quoted words stay
      if (writerSpeaks(title, sentence, sortedSentences, index)) continue;
      // "Two days after the dam burst on Monday, crews reached the village": the crews' day is counted from Monday
      const fronted = daysOff(between, frontedCount(sentence.text, timex.start - sentence.start, title));
      // "Officials were to discuss the plan at a dinner last night", "The firm plans to close the mill this week": a title
      // whose own verb group puts it on the calendar tells a plan, whichever clause the date was read in (not when the
      // date is a saying's, "The board is to meet, the firm said on Monday": the saying is the news)
      const ahead = reading.status !== 'planned' && !sayingsDate(words, timex.start - sentence.start, timex.end - sentence.start) ? toldAhead(title) : null;
      if (ahead && reading.keep) reading = { ...reading, status: 'planned', done: undefined, ...ahead };
      // "is booked to take part in a fair in October" in an August article: the clause looks ahead, so the
      // occurrence its tense reader put behind publication ("booked") is the coming one
      const counted = reading.status === 'planned' && !reading.lapsed && !pastPlan(sentence.text, timex.start - sentence.start, timex.end - sentence.start) ? aheadAsPlanned(fronted, timex) : fronted;
      const draft: DraftEvent = { article, title, date: eventDate(counted.start, counted.end, counted.precision, counted.approximate, { offset: counted.offset, localClock: counted.localClock, ends: counted.ends }), sentence, timex };
      if (reading.status === 'planned') draft.status = 'planned';
      if (reading.done && !reading.nounPhrase && !since) draft.toldDone = reading.done;
      if (reading.lapsed && !reading.nounPhrase) draft.lapsed = reading.lapsed;
      const pair = clausePair as { title: string; match: string } | null;
      if (pair && pair.title === noun && pair.match !== noun) draft.matchTitle = pair.match;
      else if (title !== noun) draft.matchTitle = noun;
      // "on Wednesday, March 5" written as two expressions is one happening: keep the sharper date.
      const twin = here.findIndex((h) => h.title === title && datesOverlap(h.date, draft.date));
      if (twin < 0) here.push(draft);
      else if (sharper(draft, here[twin])) here[twin] = draft;
      // "The ferry sank on 22 April, two days after a fire that killed 11 crew": the happening
      // counted from the clause's day is told too, that many days off
      const trailing = !draft.status && trailingCount(sentence.text, timex.end - sentence.start, dates.map((t) => t.start - sentence.start));
      if (trailing && counted.precision === 'day') {
        const other = daysOff(counted, trailing.days);
        // (its source is the count's words, "two days after", dated by the count: one sentence, two sources)
        const count: Timex = { ...timex, text: sentence.text.slice(trailing.from, trailing.to), start: sentence.start + trailing.from, end: sentence.start + trailing.to, value: other.start, date: { ...timex.date!, start: other.start, end: other.end } };
        if (other !== counted) here.push({ article, title: trailing.title, date: eventDate(other.start, other.end, other.precision, other.approximate, { offset: other.offset, localClock: other.localClock, ends: other.ends }), sentence, timex: count });
      }
    }
    // (merging still reads the title without the place, as the sentence told it)
    for (const draft of here) {
      const where = placed(draft.title, index);
      if (where !== draft.title) [draft.matchTitle, draft.title] = [draft.matchTitle ?? draft.title, where];
    }
    drafts.push(...oneDatePerTitle(here, sentence));
  }
  return drafts.filter((d) => !toldElsewhere(d, drafts) && !namesNothing(d));
}

/** Word classes that name no one and nothing: an interjection and the words that pad it ("Oh dear", "Oh no", "Wow"). */
const EMPTY_CLASSES = new Set(['INTJ', 'ADV', 'ADJ', 'DET', 'PART', 'CCONJ', 'PUNCT']);

/**
 * "3.15 pm: Oh dear.", "Wow.": a live page's stamp before a cry with no verb and no noun is the writer's reaction; no
 * one did anything a reader could follow (not "Harbour fire", a noun, nor "Extraordinary scenes").
 */
function namesNothing(draft: DraftEvent): boolean {
  if (!bareNounTitle(draft)) return false;
  const words = titleWords(draft.title);
  return words.some((w) => w.pos === 'INTJ') && words.every((w) => EMPTY_CLASSES.has(w.pos));
}

/**
 * "Crews have worked day and night since the 1998 flood. ... The river broke its banks in 1998.": a title that is only
 * the dated noun phrase as its sentence writes it ("1998 flood") says nothing a reader can follow, and another of the
 * article's drafts, dated the same and told by a clause, already tells that time's happening; the noun is dropped.
 */
function toldElsewhere(draft: DraftEvent, drafts: DraftEvent[]): boolean {
  if (!bareNounTitle(draft)) return false;
  const same = (o: DraftEvent) => o.date.start === draft.date.start && o.date.end === draft.date.end && o.date.precision === draft.date.precision && o.status === draft.status;
  return drafts.some((o) => o !== draft && same(o) && !isFragment(o.title));
}

/** Whether a draft's title is a noun phrase with no verb, written word for word in its sentence ("Harbour fire", "1998 flood"). */
function bareNounTitle(draft: DraftEvent): boolean {
  const tokens = tokenize(draft.title).filter((t) => t.tag !== 'punct' && t.tag !== 'quote');
  if (!tokens.length || tokens.some((t) => isVerbal(t) || t.tag === 'ving' || t.tag === 'ven')) return false;
  // (a verb the lexicon reads as a noun the statistical tagger may find: "Heavy rain set off a landslide")
  if (titleWords(draft.title).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return false;
  return draft.sentence.text.toLowerCase().includes(draft.title.toLowerCase());
}

/** Words that set the happening a date names before the clause that came after it: "in the wake of the", "following". */
const FOLLOWS_BEFORE = /(?:^|[^\p{L}])(?:after|following|in\s+the\s+(?:wake|aftermath)\s+of)\s+(?:(?:the|its|their|his|her|last|this)\s+)?$/iu;
/**
 * "a week after the May 3 blast", "the night after Tuesday's hearing": a count from the happening dates the clause by
 * counting (read elsewhere); "just after", "shortly after": about the same time. ("drifted for months after the
 * May 3 blast" is no count: the clause lasted.)
 */
const COUNTED_BEFORE = /(?<!\bfor\s+)\b(?:minutes?|hours?|days?|nights?|mornings?|afternoons?|evenings?|weeks?|months?|years?|just|shortly|soon|immediately|right|directly)\s+$/iu;

/**
 * Whether the date at [from, to) names a happening that the clause is told to have come after: "have been offering
 * bonuses in the wake of the March 9 leak", "stocks fell following Wednesday's sell-off", "oil is spilling after
 * last week's explosion". A day or a week names when that happening came, not when the clause did (which is some
 * time later, often ongoing); a month or a year may hold both ("lending froze after the 1987 crash").
 */
function followsDatedHappening(text: string, from: number, to: number): boolean {
  const lead = text.slice(Math.max(0, from - 60), from);
  const m = FOLLOWS_BEFORE.exec(lead);
  if (!m || COUNTED_BEFORE.test(lead.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) return false;
  // the date must name a happening: a noun after it ("the March 9 leak") or a day's possessive ("Wednesday's sell-off")
  return /^(?:['’]s\s+|\s+[\p{L}-]+)/u.test(text.slice(to)) && !/^\s*(?:,|and|or|to|when|that|which)\b/iu.test(text.slice(to));
}

/**
 * The day a happening took place, where it differs from the expression's own value: "dockers went back
 * to work after the weekend" is the Monday after it (the expression stays the weekend, as TimeML has it).
 */
function happeningDate(sentence: Sentence, timex: Timex): NonNullable<Timex['date']> {
  const d = timex.date!;
  const from = timex.start - sentence.start;
  const counted = countedFrom(sentence.text.slice(Math.max(0, from - 40), from));
  if (counted) return daysOff(d, counted);
  if (!/-WE$/.test(timex.value) || d.precision !== 'day' || !/\bafter\s+$/i.test(sentence.text.slice(Math.max(0, from - 8), from))) return d;
  const monday = new Date(Date.parse(`${d.end.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { ...d, start: monday, end: monday };
}

/**
 * Whether a date ends before the day before writing on any reading of its clause's tense: "in 2006", "last Friday",
 * "on 20 April" (the night before is as near as the perfect's "recently": "There have been reports of looting
 * overnight"). A bare weekday is not: which side of the day of writing it falls on was read from its verb's tense
 * ("The appointment takes effect on Monday", "is holding a hearing on Tuesday"), so it can tell nothing against it.
 */
function pastForAnyTense(timex: Timex, d: { end: string }, dayBeforeWriting: string | undefined): boolean {
  if (!dayBeforeWriting || d.end >= dayBeforeWriting.slice(0, d.end.length)) return false;
  return timex.resolution.rule !== 'weekday' || /\b(?:last|past|previous)\b/i.test(timex.text);
}

/** Rules whose occurrence (a month or a day without its year, a weekday) is picked around publication by tense. */
const PICKED_OCCURRENCE: Readonly<Record<string, { days?: number; months?: number }>> = {
  'month alone': { months: 12 },
  'month day': { months: 12 },
  'day month': { months: 12 },
  weekday: { days: 7 },
};

/**
 * A planned happening's date as its own clause reads it: a yearless month or day, or a weekday, that the sentence's
 * tense put on or before publication moves to its next occurrence ("is set to play in October", "will rise by
 * August 31" after "had risen by August 15"). A date the text gives whole, or counts back to, stays.
 */
function aheadAsPlanned<D extends { start: string; end: string; precision: string }>(d: D, timex: Timex): D {
  const r = timex.resolution;
  const step = PICKED_OCCURRENCE[r.rule];
  // (the day of writing itself is no occurrence gone: "later on Thursday" in a Thursday paper)
  if (!step || r.pickedBy !== 'tense' || r.direction !== 'back' || d.start !== d.end || !r.publication || d.end >= r.publication.slice(0, d.end.length)) return d;
  if (step.days) return d.precision === 'day' ? daysOff(d, step.days) : d;
  const year = Number(d.start.slice(0, 4)) + 1;
  const moved = `${year}${d.start.slice(4)}`;
  // (29 February has no next year's day)
  if (d.precision === 'day' && Number.isNaN(Date.parse(`${moved}T00:00:00Z`))) return d;
  if (d.precision === 'day' && new Date(Date.parse(`${moved}T00:00:00Z`)).toISOString().slice(0, 10) !== moved) return d;
  return d.precision === 'day' || d.precision === 'month' ? { ...d, start: moved, end: moved } : d;
}

/**
 * "The vote had been scheduled for May 3", "was to open on Friday": a plan told in the past, within the date's own
 * stretch between punctuation, may have been for a day gone by.
 */
function pastPlan(text: string, from: number, to: number): boolean {
  const start = Math.max(0, ...[',', ';', ':', '(', ')'].map((p) => text.lastIndexOf(p, from - 1) + 1));
  const ends = [',', ';', ':', '(', ')'].map((p) => text.indexOf(p, to)).filter((i) => i >= 0);
  return /\b(?:had|was|were|'d)\b/i.test(text.slice(start, ends.length ? Math.min(...ends) : text.length));
}

/** A day's date `n` days off (a date coarser than a day stays as it is). */
function daysOff<D extends { start: string; end: string; precision: string }>(d: D, n: number): D {
  if (d.precision !== 'day' || d.start.length !== 10 || d.start !== d.end) return d;
  const day = new Date(Date.parse(`${d.start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return { ...d, start: day, end: day };
}

/**
 * "Two days after the dam burst on Monday, crews reached the village": a happening told after a
 * fronted count from another, dated inside the count, is that many days off the date; the fronted
 * clause's own happening ("Dam burst") keeps it. The signed number of days, or 0.
 */
function frontedCount(text: string, dateFrom: number, title: string): number {
  const m = /^(?:just\s+|only\s+)?(?:the|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(?:before|after)\s+/i.exec(text);
  // ("A day after the March 3 blast": a count right before the date is its own, see `countedFrom`)
  if (!m || dateFrom <= m[0].length || countedFrom(text.slice(0, dateFrom))) return 0;
  const comma = text.indexOf(',', m[0].length);
  if (comma < 0 || dateFrom > comma) return 0;
  // the title is the main clause's when none of its words is in the fronted part
  const fronted = new Set(text.slice(0, comma).toLowerCase().match(/\p{L}+/gu) ?? []);
  if ((title.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => w.length > 3 && fronted.has(w))) return 0;
  return countedFrom(m[0]);
}

/** Words that make a counted happening unsure or still to come. */
const UNSURE = /\b(?:will|would|could|may|might|should|can|planned|plans|expected|scheduled|set to|due to|not|never)\b/i;

/**
 * "…sank on 22 April, two days after a huge explosion that killed 11 workers", "…was rescued on
 * Monday, a day before crews recovered the body": the happening told after a comma and a count from
 * the date just before, up to the next comma or the sentence's end, with no date of its own. Its
 * title is its own words (without the article); null when there is none, or it is unsure, or it is
 * an -ing form whose doer is the clause's ("a day after closing the valve").
 */
function trailingCount(text: string, dateTo: number, dateStarts: number[]): { days: number; title: string; from: number; to: number } | null {
  const rest = text.slice(dateTo);
  const m = /^(?:\s+[\p{L}.]+){0,3}?\s*,\s+((?:the|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(?:before|after)\s+)/iu.exec(rest);
  if (!m) return null;
  const from = dateTo + m.index + m[0].length;
  let to = text.length;
  const stop = /[,;:(]|\s[-–—]\s|[.!?]\s*$/.exec(text.slice(from));
  if (stop) to = from + stop.index;
  if (dateStarts.some((d) => d >= dateTo && d < to)) return null;
  const words = text.slice(from, to).trim();
  // ("three days after it occurred": a pronoun's happening is named elsewhere)
  if (words.split(/\s+/).length < 2 || UNSURE.test(words) || /^\p{Ll}+ing\b/u.test(words) || /^(?:it|they|he|she|this|that|these|those|we|i|you)\b/i.test(words)) return null;
  const title = shorten(capitalise(words.replace(/^(?:the|a|an)\s+/i, '')));
  if (!title || isFragment(title)) return null;
  // the count is of the other happening from this one: "two days after X" puts X two days before
  const days = countedFrom(m[1]);
  const at = dateTo + m.index + m[0].length - m[1].length;
  return days ? { days: -days, title, from: at, to: at + m[1].trimEnd().length } : null;
}

/** Number words a count of days or weeks is written with. */
const COUNTS: Record<string, number> = { the: 1, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "the day before Tuesday's vote", "two days after the May 3 crash", "a week after Friday's blast":
 * a happening dated by counting days from the date's own (the expression stays the day it names).
 * The signed number of days, or 0 when the words before the date count nothing. A date in the
 * possessive or after "the" is a happening's; a bare day ("two days after Monday") counts too.
 */
function countedFrom(before: string): number {
  const m = /(?:^|[\s,(])(the|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|nights?)\s+(before|after|later than|earlier than)\s+(?:(?:the|his|her|its|their)\s+)?$/i.exec(before);
  if (!m) return 0;
  const [count, unit, way] = [m[1].toLowerCase(), m[2].toLowerCase(), m[3].toLowerCase()];
  const n = COUNTS[count] ?? Number(count);
  // a plural wants a number ("in the days before the vote" counts nothing), a singular "the", "a" or "one"
  if (unit.endsWith('s') ? n < 2 || count === 'the' : !/^(?:the|a|one)$/.test(count)) return 0;
  // "the night before Tuesday's vote" is the evening before; "the night after" is the same day's
  if (unit.startsWith('night') && !way.startsWith('before')) return 0;
  const days = unit.startsWith('week') ? n * 7 : n;
  return /^(?:before|earlier)/.test(way) ? -days : days;
}

/** How many calendar years a date covers: 10 for "the 1990s", 100 for "the 15th century". */
function yearsSpanned(d: { start: string; end: string }): number {
  return Number(d.end.slice(0, 4)) - Number(d.start.slice(0, 4)) + 1;
}

/** "in recent weeks", "over the past month": days that span a period, which a tally or a state is told over. */
function longerThanAWeek(d: { start: string; end: string; precision: string }): boolean {
  if (d.precision !== 'day' || d.start.length < 10 || d.end.length < 10) return false;
  return Date.parse(`${d.end.slice(0, 10)}T00:00:00Z`) - Date.parse(`${d.start.slice(0, 10)}T00:00:00Z`) > 7 * 86_400_000;
}

type Dated = Pick<DraftEvent['date'], 'approximate' | 'precision'>;

function sharperDate(a: Dated, b: Dated): boolean {
  if (a.approximate !== b.approximate) return !a.approximate;
  return precisionRank(a.precision) > precisionRank(b.precision);
}

const sharper = (a: DraftEvent, b: DraftEvent) => sharperDate(a.date, b.date);

/** Whether the noun phrase starting at word `from` stands before the sentence's first verb, in its subject (not after "after", "since"...). */
/**
 * One sentence telling one happening under two dates of different precision ("On Tuesday the league plans a
 * rally to unveil a banner _ sewn last week _"): the date nearest the title's first word is its
 * own, the other one another part's. Dates of one precision stay: "adding members in 1961, 1966 and 1979" is a list.
 */
function oneDatePerTitle(here: DraftEvent[], sentence: Sentence): DraftEvent[] {
  return here.filter((d) => {
    const rivals = here.filter((o) => o !== d && o.title === d.title && o.date.precision !== d.date.precision && !datesOverlap(o.date, d.date));
    if (rivals.length === 0) return true;
    // (the title's first word the sentence writes: "Ana Ruiz attacked" from "Ruiz attacked" is placed by "Ruiz")
    const words = d.title.split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w));
    const at = words.map((w) => sentence.text.toLowerCase().search(new RegExp(`\\b${w.toLowerCase()}\\b`))).find((k) => k >= 0) ?? -1;
    if (at < 0) return true;
    const distance = (t: Timex) => Math.min(Math.abs(t.start - sentence.start - at), Math.abs(t.end - sentence.start - at));
    return rivals.every((o) => distance(d.timex) <= distance(o.timex));
  });
}

/** A title's verb in the present that tells a state: "is", "are", "has" + a noun, "doesn't meet", "is still weighing". */
const PRESENT_FORMS = /^(?:is|are|am|'re|has|have|does|do)$/;
/** Where a title may hold one of them ("doesn't" is tagged "does n't"). */
const PRESENT_WORD = /\b(?:is|are|am|has|have|does|do)|['’]re\b/iu;
const ORDINAL = /^(?:first|second|third|last|latest|newest|only|next)$/;
/** "Officials say ...", "The agency estimates ...", "... says Ann Roe": a saying's frame (a tagger may read its verb as a noun). */
const SAYING_FORMS = /^(?:says?|estimates?|reports?|finds|announces?|tweets?|warns?|tells?|claims?|confirms?|predicts?|argues?|adds?|notes?|insists?|writes?|shows?)$/;
const SAYING = /^(?:say|tell|report|announce|inform|quote)$/;
/** "is to resume", "is due to expire", "is payable Dec. 1", "is expected to": a present form that puts a happening on the calendar. */
const SCHEDULE_AFTER = /^(?:to|due|payable|set|scheduled|slated|expected|likely|poised|ready|about|effective)$/;
/** Words between "have" and its participle: "have all called", "has also sold". */
const BEFORE_PARTICIPLE = /^(?:all|both|each|also|already|now|just|since|long|not|n't|never|ever|finally|recently)$/;

/** Whether a title holds a saying's frame besides its verb at `v` ("Officials say"; not "It is hard to tell", an infinitive). */
function sayingFrame(words: Word[], v: number): boolean {
  return words.some((w, k) => k !== v && words[k - 1]?.lower !== 'to' && (SAYING_FORMS.test(w.lower) || rulingVerb(words, k)));
}

/**
 * Whether "rules" at `k` is a ruling's headline present, which the tagger reads as a plural noun ("Judge rules ban is
 * unlawful": the ruling is the news, whatever state it finds); not the noun after a determiner ("the rules say"),
 * before a verb, a preposition or a stop ("New rules are strict", "rules of the club"), opening the title or ending it.
 */
function rulingVerb(words: Word[], k: number): boolean {
  const next = words[k + 1];
  return words[k].lower === 'rules' && k > 0 && words[k - 1].pos !== 'DET' && !!next && !/^(?:AUX|VERB|ADP|PUNCT)$/.test(next.pos);
}

/**
 * Whether a title's main verb (mainVerb) tells a present state: "Both firms are allies", "Roe has an option to buy",
 * "The fee doesn't meet the test", "The board is still weighing the bid". A present perfect ("has sold") tells a
 * change, a present schedule ("is to resume", "is payable") a happening to come, a present progressive ("is
 * drilling two wells", "is holding talks") a happening going on, a passive ("is found guilty") a happening told of
 * its object.
 */
function presentState(title: string): boolean {
  // (most titles hold no present form: they are not tagged again)
  if (!PRESENT_WORD.test(title)) return false;
  const words = titleWords(title);
  const v = mainVerb(words);
  if (v < 0 || !PRESENT_FORMS.test(words[v].lower)) return false;
  // ("World Have Your Say was aired": a capital inside the title is a name's word)
  if (v > 0 && /^\p{Lu}/u.test(words[v].text)) return false;
  if (sayingFrame(words, v)) return false;
  let k = v + 1;
  while (k < words.length && (words[k].pos === 'ADV' || (words[k].pos === 'PART' && words[k].lower !== 'to') || BEFORE_PARTICIPLE.test(words[k].lower))) k++;
  const next = words[k];
  if (!next || next.pos === 'PUNCT' || SCHEDULE_AFTER.test(next.lower)) return false;
  // ("is much like a 1962 flood": a likeness names the happening it is likened to, as aboutHappening keeps it)
  if (likenessAt(words, k)) return false;
  // "What matters is that ...", "We are told that ...": what follows tells the news, not the present verb
  if (next.pos === 'SCONJ' || (next.pos === 'VERB' && SAYING.test(next.lemma))) return false;
  // "It is the first time the flow has stopped", "Roe is the latest act to be added": a place in a sequence is a happening's
  // ("Roe is the only member of the cast" is who she is: "only" ranks a deed, "the only firm to bid")
  const rank = next.pos === 'DET' ? words[k + 1] : next;
  if (rank && ORDINAL.test(rank.lower) && (rank.lower !== 'only' || words.slice(k + 2).some((w) => w.lower === 'to'))) return false;
  // (a plural noun a tagger reads as a verb, "are photographs of", is no participle)
  const participle = ((next.pos === 'VERB' || next.pos === 'AUX') && !/[^s]s$/.test(next.lower)) || (next.pos === 'ADJ' && /(?:ed|en)$/.test(next.lower));
  // ("The judge has a hearing set for Friday": a happening put on the calendar; "Tenants have until Friday to leave": a
  // deadline set for it)
  if (/^(?:has|have)$/.test(words[v].lower)) return !/^(?:until|till)$/.test(next.lower) && !participle && !words.slice(k + 1).some((w) => /^(?:set|scheduled|planned|slated|due)$/.test(w.lower));
  if (/^(?:does|do)$/.test(words[v].lower)) return true;
  // ("is still weighing the bid": a doing that goes on is a state)
  if (next.pos === 'VERB' && /ing$/.test(next.lower)) return words.slice(v + 1, k).some((w) => w.lower === 'still');
  return !participle;
}

/**
 * Whether the date at `start` of `sentence` is a bare year closing a capitalised law's or treaty's name with "of":
 * "the Port Safety Act of 1990", "the Lowmere Accord of 2004". The year names which law or treaty it is; the
 * sentence's happening is another's (a law's passing is told by its own verb: "Congress passed the act in 1990"). Only
 * the heads of LAW_NAMES: "the Great Flood of 1993" is a happening of that year, "the Spring of 1998" a season.
 */
function yearOfName(sentence: string, start: number, text: string): boolean {
  if (!/^(?:1[6-9]|20)\d\d$/.test(text)) return false;
  const lead = /(?:^|\s|\()(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+)*)(\p{Lu}[\p{L}-]*)\s+of\s+$/u.exec(sentence.slice(0, start));
  if (!lead) return false;
  const nameStart = lead.index + lead[0].search(/\p{Lu}/u);
  return sentence.slice(0, nameStart).trim() !== '' && LAW_NAMES.has(lead[2].toLowerCase());
}

/**
 * The title's words with their parts of speech, tagged once for the many title helpers the per-date loop calls on the
 * same title ("Crews still clear the road" is read by the state, continuation, modal and guess checks alike). The
 * tagging is deterministic, so the last title's words are kept; callers only read them.
 */
let lastTitle: { title: string; words: Word[] } | null = null;
function titleWords(title: string): Word[] {
  if (lastTitle?.title !== title) lastTitle = { title, words: tagWords(title) };
  return lastTitle.words;
}

/**
 * Whether a title's main verb tells a state carried on to the present: a present "remain" ("The 1952 flood remains
 * the worst on record") or a present verb held by "still" ("The 9m litres spilt in 2004 still foul the bay", "Vell
 * bonds still offer the best yield"). "Still" and "remain" say nothing changed; the date in such a sentence is the
 * past happening's, told in a noun phrase, or the day the state is told of. Not a verb group ("could still
 * mutate", "will remain closed", "is due to remain"), a past ("still remained"), a saying's frame ("Officials say
 * oil still flows": the saying is the news; saidState weighs it) or a doing ("are still searching": presentState's).
 * Returns null when the title tells no such state; else the subject when it is only a happening's noun ("Vell flood"),
 * which a past date may date (the event stands), or '' (no happening).
 */
function presentContinuation(title: string): string | null {
  if (!/\b(?:still|remains?)\b/iu.test(title)) return null;
  const words = titleWords(title);
  const v = mainVerb(words);
  if (v < 0 || words[v].pos !== 'VERB') return null;
  // ("Still Remains was aired": a capital inside the title is a name's word)
  if (v > 0 && /^\p{Lu}/u.test(words[v].text)) return null;
  if (sayingFrame(words, v)) return null;
  const verb = words[v];
  const present = verb.lower === verb.lemma || verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es` || verb.lower === `${verb.lemma.replace(/y$/, '')}ies`;
  if (!present) return null;
  let j = v - 1;
  let still = false;
  while (j >= 0 && words[j].pos === 'ADV') still ||= words[j--].lower === 'still';
  // ("could still mutate", "due to remain": a modal or an infinitive is no present)
  if (j >= 0 && (words[j].pos === 'AUX' || words[j].lower === 'to')) return null;
  if (!still && verb.lemma !== 'remain') return null;
  // ("The Vell flood remains the worst": a subject that is a happening's noun, and no more, names what the date dates)
  const subject = words.slice(0, j + 1);
  const named = subject.length > 0 && DATED_HAPPENING_NOUNS.has(subject[subject.length - 1].lower) && subject.every((w) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(w.pos));
  return named ? capitalise(title.slice(subject[0].start, subject[subject.length - 1].end).replace(/^(?:the|a|an)\s+/iu, '')) : '';
}

/** "so far", "thus far", "to date", "up to now", "now up to", "as of", and a present perfect's "a total of" ("have
 * donated a total of $4m", "has paid a total of", "have sold a total of", any participle, not an adverb: "has now a total of 40 stores" holds a total, as "has a total of" does): a count kept up to the day of telling ("so far as", "so far from", "so far away" measure
 * a distance or a degree; "up to date" is a state; "had paid a total of $6m" tells a past deed). */
const SO_FAR = /\b(?:so|thus) far\b(?!\s+(?:as|from|away|ahead|behind|off|out|beyond|into)\b)|(?<!\bup\s)\bto date\b|\bup to now\b|\bnow up to\b|\bas of\b|\b(?:has|have)\s+(?:\w+\s+)?(?!(?:now|already|still|also|just|only)\s)\w+\s+a total of\b/iu;
/** A month's name: the number beside it is a day of the month, not a figure. */
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'iu');

/**
 * Whether a title tells a running total: a figure counted "so far", "thus far" or "to date" ("The fund has raised
 * $6m so far", "14 people had died so far", "The bill is now up to $3 million"). The count is as of the day it is
 * told and is told again with a new figure days later; no happening is dated by it. ("So far the plan has failed"
 * holds no figure: a state or a verdict, left to the rules for those.)
 */
function runningTotal(title: string): boolean {
  const soFar = SO_FAR.exec(title);
  if (!soFar) return false;
  // ("recalled 2 million cars in the largest recall to date": a rank "so far" is a record the deed set, not a count;
  // "arrested 40 people at the protest so far" is one)
  const words = titleWords(title);
  const k = words.findIndex((w) => w.start >= soFar.index);
  if (k > 0 && words.slice(Math.max(0, k - 4), k).some((w) => RANKED.test(w.lower) && (w.pos === 'ADJ' || w.pos === 'ADV'))) return false;
  // (a year or a day of the month is a date: "so far in 2024", "as of May 3")
  return words.some((w, k) => w.pos === 'NUM' && !/^\d{4}$/.test(w.text) && !MONTH_WORD.test(words[k - 1]?.text ?? '') && !MONTH_WORD.test(words[k + 1]?.text ?? ''));
}

/**
 * Whether a title opens with a count so far (countSoFar): "Some 900 people have been treated in 30 towns", "More
 * than 40 boats have been pulled from the bay", a figure heading a present perfect, which is told again with a new
 * figure days later. (A few named are a happening: "Three aides have resigned"; the past "400 people died" is a
 * happening's toll; both are left, as countSoFar leaves them.)
 */
function countSoFarTitle(title: string): boolean {
  return countSoFar(titleWords(title), 0);
}

/**
 * Whether a title is a bidding: it opens with a verb's bare form and holds no verb told in a tense ("Feel free to tell
 * us", "Switch off your phones", "See you"), as a quotation's speaker bids a listener; nobody did anything. (A name the
 * tagger reads as a verb is followed by its own verb in a tense: "Ford offered help", "Sit-in raised $4,000".)
 */
function imperativeTitle(title: string): boolean {
  const words = titleWords(title);
  if (words[0]?.pos !== 'VERB' || words[0].lower !== words[0].lemma.toLowerCase()) return false;
  return words.slice(1).every((w) => !(w.pos === 'VERB' || w.pos === 'AUX') || w.lower === w.lemma.toLowerCase());
}

/** Stretches of time whose coming and going is the calendar's: "The week began", "Night came", "The hour has come". */
const PASSING_TIMES = new Set([...TIME_NOUNS, 'hour', 'noon', 'midnight']);
/** Verbs, by lemma, of a stretch of time coming and going: "The week began", "The hour has come". */
const PASSING_VERBS = /^(?:begin|start|end|come|arrive|pass|approach|dawn)$/;
/** What people heed or learn, whose turning or surfacing is a telling: "Attention turned to the court", "Details emerged". */
const HEEDED_NOUNS = new Set(['attention', 'focus', 'spotlight', 'details', 'possibility', 'prospect', 'speculation']);
/** Verbs, by lemma, of what is heeded turning or coming to light: "Attention shifted", "Details resurfaced". */
const SURFACING_VERBS = /^(?:return|turn|shift|emerge|reemerge|re-emerge|surface|resurface)$/;
/** Where a title may hold one of PASSING_TIMES or HEEDED_NOUNS (only such titles are tagged). */
const PASSING_WORD = new RegExp(String.raw`\b(?:${[...PASSING_TIMES, ...HEEDED_NOUNS].join('|')})\b`, 'iu');

/**
 * Whether a title's subject is a bare stretch of time that begins, ends or comes ("The holiday week began", "The long
 * night ends"; not one of something, "The first day of the fishing season begins") or people's attention or knowledge
 * that turns or surfaces ("Attention returned to the court", "Details of the deal emerged"): no one did anything. (A
 * name's subject is left alone, "Fashion Week began", and so is another noun's: "The trial began", "Talks resumed".)
 */
function passingOrSurfacing(title: string): boolean {
  if (!PASSING_WORD.test(title)) return false;
  const words = titleWords(title);
  const v = mainVerb(words);
  if (v < 1 || words[v].pos !== 'VERB') return false;
  // the subject's head: its last noun before a preposition ("Details of the deal") or the verb
  let head = -1;
  for (let k = 0; k < v && words[k].pos !== 'ADP'; k++) if (words[k].pos === 'NOUN' || words[k].pos === 'PROPN') head = k;
  if (head < 0 || (head > 0 && /^\p{Lu}/u.test(words[head].text))) return false;
  const noun = words[head].lower;
  // (a form the tagger has no lemma for, "reemerged", "re-emerges", is read by its ending)
  const verb = [words[v].lemma, words[v].lower.replace(/(?:ed|s)$/, ''), words[v].lower.replace(/[ds]$/, '')];
  // (only a bare stretch of time: one of something, "The first day of the fishing season began", "The hurricane
  // season began", opens that thing; a title's capitalised first word may be read as a name: "Long night ends")
  const bare = words.slice(0, v).every((w, k) => k === head || (k < head ? /^(?:DET|ADJ)$/.test(w.pos) || (k === 0 && w.pos === 'PROPN') : w.pos === 'ADV'));
  // (an irregular past the tagger may leave unlemmatised is named: its ending says nothing; "comes", "passed" are read above)
  if (PASSING_TIMES.has(noun)) return bare && (verb.some((x) => PASSING_VERBS.test(x)) || /^(?:began|begun|came)$/.test(words[v].lower));
  return HEEDED_NOUNS.has(noun) && verb.some((x) => SURFACING_VERBS.test(x));
}

/**
 * A title's main verb as the title's own (see mainVerb: "Dredging costs have been ..." is told by "have"); -1 when it has none, when it is a capital inside the title
 * (a name's word), or when a saying or a finding frames it ("Judge rules sale was void", which the tagger may read as
 * a noun: the frame is the news).
 */
function ownVerb(words: Word[]): number {
  const v = mainVerb(words);
  if (v < 0 || (v > 0 && /^\p{Lu}/u.test(words[v].text))) return -1;
  if (sayingFrame(words, v) || words.slice(0, v).some((w) => FRAMING_WORDS.test(w.lower))) return -1;
  return v;
}

/** Verbs by which a title tells what a thing was or had rather than what it did: "was", "had", "remains", "owns". */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'remain', 'own', 'exist']);

/**
 * Whether a title tells how things stood, not a change: its main verb is a past "be" held by "still" ("Crews were
 * still struggling to reach the town", "Ann Roe was still at the helm", "The firm was still disputing the sum"), or,
 * when the title is dated by a month, a season or a year (`period`), a "be" or a "have" of holding with whatever
 * it holds ("In 2008 Ann Roe was one of the architects of the plan", "In the 1920s the port had its best years",
 * "Roe was in Lowmere in May", "That was what happened in 1957"). "Still" says nothing changed; a month or a year
 * names how long a state held, and no happening is dated by it (a day may date a presence at a happening: "Roe was
 * there on Monday"). Not when a saying or a finding frames it ("reports his hotel was still standing": the report
 * is the news), nor a schedule ("was still to sign", "is due to open in May"), a passive or a doing ("was elected
 * in 2001", "were trying to cross in May"), a perfect ("had fled in June"), a rank ("was the first to land"), a
 * named role ("was the defendant"), a change just undergone ("had been ill in March") or a happening's noun told
 * just after the verb ("There was an outbreak in 1998", "was at the summit in May"). A figure made or paid over the
 * period is its tally the same way ("made profits of $5 billion in 2019", "paid $900m in tax last year"; see madeOverPeriod).
 */
function stateHeld(title: string, period: boolean): boolean {
  const still = /\b(?:was|were)\s+still\b/iu.test(title);
  if (!still && !period) return false;
  const words = titleWords(title);
  const v = ownVerb(words);
  if (v < 0) return false;
  if (still && /^(?:was|were)$/.test(words[v].lower) && words[v + 1]?.lower === 'still') return words[v + 2]?.lower !== 'to';
  if (!period) return false;
  // ("The well that the firm has been drilling will be used in May": a relative clause's verb is not the title's)
  if (words.slice(1, v).some((w, j) => /^(?:that|which|who)$/.test(w.lower) && /^(?:NOUN|PROPN)$/.test(words[j].pos))) return false;
  if (madeOverPeriod(words, v)) return true;
  if (!HOLDING_VERBS.has(words[v].lemma)) return false;
  let k = v + 1;
  let holds = words[v].lemma;
  // ("has been in the region", "had been sick": a perfect "be")
  if (holds === 'have' && words[k]?.lower === 'been') {
    holds = 'be';
    k++;
  }
  while (k < words.length && (words[k].pos === 'ADV' || (words[k].pos === 'PART' && words[k].lower !== 'to')) && !CHANGED_STATES.test(words[k].lower)) k++;
  const next = words[k];
  if (!next || next.pos === 'PUNCT' || SCHEDULE_AFTER.test(next.lower) || CHANGED_STATES.test(next.lower)) return false;
  // ("was similar to the 1962 flood": a likeness names the happening it is likened to)
  if (likenessAt(words, k)) return false;
  // ("had fled to the coast", "had to leave", "was elected", "were trying to cross": a deed told in a verb group;
  // "has been drilling" too, which a tagger may read as a noun)
  if (next.pos === 'VERB' || next.pos === 'AUX' || next.lower === 'to' || (holds === 'be' && next.pos === 'NOUN' && /ing$/.test(next.lower))) return false;
  // ("The plan to drain the dock is abandoned": a timeline's present passive, its participle read as an adjective, tells a happening)
  if (/^(?:is|are)$/.test(words[v].lower) && next.pos === 'ADJ' && /(?:ed|en)$/.test(next.lower)) return false;
  if (holds === 'have' && undergone(words, k)) return false;
  // ("was the first to land", "remains the deadliest outbreak", "was the defendant")
  const head = next.pos === 'DET' ? words[k + 1] : next;
  if (head && RANKED.test(head.lower)) return false;
  if (next.lower === 'the' && (head?.pos === 'NOUN' || head?.pos === 'PROPN')) return false;
  // ("There was an outbreak", "was at the summit", "was a victim of the attack")
  return !words.slice(k, k + 4).some((w) => DATED_HAPPENING_NOUNS.has(w.lower) || OUTCOMES.test(w.lower));
}

/**
 * Whether "have" with the object at `k` tells what was done or undergone, not what was held: a bare noun or one
 * after "a" ("had surgery", "had talks", "had a baby", "had a mild stroke") makes "have" a light verb of an act;
 * what is held comes with a possessive, a number or a measure ("had its best years", "had 300 staff", "had a
 * population of 2 million").
 */
function undergone(words: readonly Word[], k: number): boolean {
  let j = k;
  if (/^an?$/.test(words[j]?.lower ?? '')) {
    j++;
    while (words[j]?.pos === 'ADJ') j++;
  }
  if (words[j]?.pos !== 'NOUN') return false;
  while (words[j + 1]?.pos === 'NOUN') j++;
  // (the noun ends its phrase: "had cost the firm $8 billion" is a verb the tagger read as a noun)
  const after = words[j + 1];
  return !after || (after.lower !== 'of' && /^(?:ADP|PUNCT|PART|CCONJ|SCONJ)$/.test(after.pos));
}

/** Where a title may hold a negation: "not", "n't", "never", "no", "none". */
const NEGATED_WORD = /\b(?:not|never|no|none|nothing|nobody)\b|n['’]t\b/iu;

/**
 * Whether a title tells an act that did not happen: its main verb is negated ("Roe did not pay the fee", "The
 * plant was not expected to reopen", "It is not going to get worse", "Roe hadn't been in the region") or it tells
 * that there was none ("There was no sign of the crew", "There were none to speak of"). Nothing happened to put on
 * a timeline, whatever the date. Not when a saying or a finding frames it ("Police say they did not intend to
 * question him", "Coroner says there was no evidence of foul play": a denial or a finding told is news), nor "not
 * only" (an act told with more), a pledge or a choice not to do something ("pledged not to expand drilling"), nor
 * a quotation's words ('"It won't bring him back" Roe was found guilty').
 */
function negatedAct(title: string): boolean {
  if (!NEGATED_WORD.test(title)) return false;
  const words = titleWords(title);
  if (saidNotYetDone(words)) return true;
  const v = ownVerb(words);
  if (v < 0) return false;
  // ('"Four years won't bring my son back" Roe was found guilty': a quotation's verb is the speaker's, not the title's)
  if ((title.slice(0, words[v].start).match(/["“”]/gu) ?? []).length % 2 === 1) return false;
  const next = words[v + 1];
  if (!next) return false;
  // ("pledged not to expand the port", "decided not to run": a pledge or a choice is an act, its infinitive negated)
  if (/^(?:not|n't|never)$/.test(next.lower)) return !/^(?:only|to)$/.test(words[v + 2]?.lower ?? '');
  // "There was no sign of ...", "There were none"
  return words[v - 1]?.lower === 'there' && v === 1 && words[v].lemma === 'be' && /^(?:no|none)$/.test(next.lower);
}

/** Where what a saying's verb at `s` says starts: after the verb and its "that" ("says that the road is open"). */
function saidFrom(words: Word[], s: number): number {
  return words[s + 1]?.lower === 'that' ? s + 2 : s + 1;
}

/** Subjects that say no one did anything: "nothing has changed", "no one has claimed it". */
const NO_ONE = /^(?:nothing|nobody|none|no-one)$/;

/**
 * Whether a title is a saying whose content is a perfect negated: "Roe says he has not spoken to the chief", "The
 * agency says the virus has not shown signs of spreading", 'Roe insists "nothing has changed"', "Police said the
 * suspect had not admitted any role". Up to the time told nothing was done: a state of affairs, not a happening,
 * whoever says it. A finding or a denial of a deed told in the simple past stays ("says there was no evidence",
 * "says they did not intend to question him": what was found, or decided, is news), and so does a saying whose
 * frame is not the title's main verb ("Roe, who says he has not ..., resigned").
 */
function saidNotYetDone(words: Word[]): boolean {
  const s = mainVerb(words);
  if (s < 1 || !(CONTENT_FRAME.test(words[s].lower) || VIEW_FRAME.test(words[s].lower))) return false;
  const from = saidFrom(words, s);
  const content = words.slice(from).filter((w) => !QUOTE_MARK.test(w.text));
  // ("says clerk had not signed": the content's main verb, past a noun the tagger read as a verb)
  const h = mainVerb(content);
  // (the content's own verb: not one inside a clause of its subject, "the man who has not ...")
  if (h < 1 || content[h].lemma !== 'have' || content.slice(0, h).some((w) => w.pos === 'SCONJ' || RELATIVE_OR_THAT.test(w.lower))) return false;
  let k = h + 1;
  const negated = /^(?:not|n't|never)$/.test(content[k]?.lower ?? '');
  if (negated) k++;
  while (content[k]?.pos === 'ADV') k++;
  // a participle after "has not" ("has not spoken", "has not yet been decided"), or "nothing has changed"
  const participle = (content[k]?.pos === 'VERB' || content[k]?.pos === 'AUX') && content[k].lower !== content[k].lemma;
  return participle && (negated || NO_ONE.test(content[h - 1].lower));
}

/** Verbs by which a firm's figure for a period is made, earned or paid: "made profits of $5 billion", "paid $900m in tax". */
const FIGURE_VERBS: ReadonlySet<string> = new Set(['make', 'earn', 'generate', 'post', 'record', 'report', 'pay']);
/** What is paid out over a period, many payments told as one sum: "$900m in tax", "£7bn in dividends". */
const PAID_OVER_PERIOD = /^(?:tax|taxes|dividends|royalties|bonuses|fees)$/;

/**
 * Whether the verb at `v` tells a figure made or paid over the title's period: a result's figure ("made profits of
 * $5.6 billion", "earned an annual profit of nearly $14bn") or a sum paid out in many payments ("paid $930m in UK
 * tax", "paid out about £7bn in dividends"). Told of a year or a quarter, it is the period's tally, told again
 * with the next period's; a single sum agreed, fined or lent ("agreed to pay $20bn into a fund", "was fined $87m")
 * is a happening.
 */
function madeOverPeriod(words: Word[], v: number): boolean {
  if (!FIGURE_VERBS.has(words[v].lemma)) return false;
  const money = (w: Word) => w.pos === 'SYM' || w.text === '$';
  for (let k = v + 1; k < words.length && k <= v + 8; k++) {
    if (words[k].lower === 'of' && FIGURES.has(words[k - 1].lemma)) return words.slice(k + 1, k + 4).some(money);
    if (words[k].lower === 'in' && words.slice(v + 1, k).some(money)) return words.slice(k + 1, k + 3).some((w) => PAID_OVER_PERIOD.test(w.lower));
  }
  return false;
}

/** The outcome of a happening for those in it: "was a victim of", "were victorious in", "was a crushing defeat". */
const OUTCOMES = /^(?:victims?|winners?|losers?|defeats?|victor(?:y|ies|ious)|champions?|casualt(?:y|ies)|survivors?|targets?|dead|injured|wounded|missing)$/;
/** A saying or a ruling before a state it frames: "rules", "finds", "says". */
const FRAMING_WORDS = /^(?:says|said|rules|ruled|finds|found|decides|decided|declares|declared|confirms|confirmed|announces|announced|reports|reported|insists|insisted|argues|argued|claims|claimed|warns|warned)$/;
/** Verbs by which a thing is told as it is or seems, not as what happens to it: "seems less lethal", "remains wrong". */
const SEEMING = /^(?:seem|appear|look|sound|feel|remain)$/;
/** Where a title may hold a past or perfect "be", a verb of seeming or "include(s)". */
const DESCRIBED_WORD = /\b(?:was|were|been|seems?|seemed|appears?|appeared|looks?|looked|sounds?|sounded|feels?|felt|remains?|remained|includes?)\b/iu;
/** States that tell a change just undergone: "was dead", "were missing", "was safe", "were off sick". */
const CHANGED_STATES = /^(?:dead|alive|missing|injured|hurt|safe|free|bankrupt|insolvent|gone|over|open|closed|shut|empty|ill|sick|unconscious|homeless|extinct|pregnant|married|engaged|unemployed|jobless|absent|back|out|down|up|available|ready|effective)$/;
/** A rank, a record or a sequence: "was the first to land", "remains the deadliest outbreak", "was a record high". */
const RANKED = /^(?:first|second|third|last|latest|only|next|record|best|worst|most|least|biggest|largest|highest|lowest)$|est$/;

/**
 * Whether a title tells what a thing was, seems or takes in, not a happening: a past or perfect "be" with a
 * quality or a category after it ("It was a day of firsts", "Both parties were cautious", "It has been illegal
 * to sell them"), a verb of seeming with one ("It seems less lethal", "The sea looks calmer", "The plan
 * remains wrong"), or a present "include(s)" ("His cure includes shrinking the firm"). Not a passive ("was
 * fined"), a schedule ("was to meet"), a rank ("was the first to land", "the deadliest since"), a change just
 * undergone ("was dead", "were missing"), a named role ("was the defendant"), a deed hedged ("appeared to
 * swear"), nor the description of a happening named as the subject ("The May 3 accident was avoidable").
 */
function describedState(title: string): boolean {
  if (!DESCRIBED_WORD.test(title)) return false;
  const words = titleWords(title);
  const v = ownVerb(words);
  if (v < 0) return false;
  const verb = words[v];
  const subject = words.slice(0, v);
  if (subject.some((w) => (w.pos === 'NOUN' || w.pos === 'PROPN') && DATED_HAPPENING_NOUNS.has(w.lower))) return false;
  // ("was a victim of a cyberattack", "were victorious in Sunday's election", "was a big loser as its shares fell"):
  // a happening or its outcome told after the verb, or a clause of its own after it, is news
  const rest = words.slice(v + 1);
  if (rest.some((w) => DATED_HAPPENING_NOUNS.has(w.lower) || OUTCOMES.test(w.lower)) || rest.some((w, n) => w.pos === 'SCONJ' && rest.slice(n + 1).some((x) => x.pos === 'VERB'))) return false;
  // "His cure includes shrinking the firm", "The study will include 900 patients": what a thing takes in
  // ("The deal included a sale of shares": what a past whole took in may be a deed done)
  if (/^includes?$/.test(verb.lower)) return verb.pos === 'VERB';
  if (/^(?:will|would)$/.test(verb.lower) && words[v + 1]?.lemma === 'include') return true;
  let k = v + 1;
  const seeming = SEEMING.test(verb.lemma);
  if (/^(?:has|have|had)$/.test(verb.lower) && words[k]?.lower === 'been') k++;
  else if (!seeming && !/^(?:was|were)$/.test(verb.lower)) return false;
  while (k < words.length && words[k].pos === 'ADV' && !CHANGED_STATES.test(words[k].lower)) k++;
  // ("appears to be calm" is a state; "appeared to swear" a deed told with a doubt)
  if (seeming && words[k]?.lower === 'to') {
    if (words[k + 1]?.lemma !== 'be') return false;
    k += 2;
    while (k < words.length && words[k].pos === 'ADV') k++;
  }
  const next = words[k];
  if (!next) return false;
  // "looks like a hospital ward"
  if (seeming && next.lower === 'like') return true;
  const after = words[k + 1];
  // "remained closed", "seemed unmoved": a verb of seeming has no passive, and what it tells lasts
  // ("appeared surprised by Wednesday's ruling": a feeling at someone's deed tells the deed, dated)
  if (seeming && after?.lower === 'by' && /(?:ed|en)$/.test(next.lower)) return false;
  if (seeming && (next.pos === 'ADJ' || (next.pos === 'VERB' && /(?:ed|en)$/.test(next.lower))) && !RANKED.test(next.lower) && !(after && (after.pos === 'VERB' || after.pos === 'AUX'))) return after?.lower !== 'to' || (EMPTY_SUBJECT.has(words[0].lower) && v === 1);
  // "were highly accomplished singers": a participle before a noun describes it
  if (next.pos === 'ADJ' && /(?:ed|en)$/.test(next.lower) && (after?.pos === 'NOUN' || after?.pos === 'ADJ')) return !RANKED.test(after.lower);
  // "was assistant secretary", "were part of the band": a role or a membership held
  if ((next.pos === 'NOUN' && !/^part$|ing$/.test(next.lower) && !/^(?:in|on|at|to|of)$/.test(after?.lower ?? '')) || (next.lower === 'part' && after?.lower === 'of')) return !DATED_HAPPENING_NOUNS.has(next.lower);
  if (next.pos === 'ADJ') {
    if (RANKED.test(next.lower) || CHANGED_STATES.test(next.lower) || /(?:ed|en)$/.test(next.lower)) return false;
    // ("were busy attempting to raise fees": a doing told by its manner; "was able to leave": a deed)
    if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return false;
    if (after?.lower === 'to') return EMPTY_SUBJECT.has(words[0].lower) && v === 1;
    return true;
  }
  // "It was a culprit", "This was an imminent threat": a category (a named role, "was the defendant", stays;
  // "There was an outbreak" tells that a happening took place)
  if (/^(?:a|an)$/.test(next.lower)) {
    // ("Residents felt a strong earthquake", "Sirens sounded a warning": these verbs also take an object)
    if (seeming && !/^(?:seem|appear|remain)$/.test(verb.lemma)) return false;
    let n = k + 1;
    while (n < words.length && (words[n].pos === 'ADJ' || words[n].pos === 'ADV' || words[n].pos === 'NOUN' || words[n].pos === 'PROPN')) {
      if (RANKED.test(words[n].lower)) return false;
      n++;
    }
    if (words[0].lower === 'there' && words.slice(k + 1, n).some((w) => DATED_HAPPENING_NOUNS.has(w.lower))) return false;
    return n > k + 1 && (words[n - 1].pos === 'NOUN' || words[n - 1].pos === 'PROPN');
  }
  return false;
}

/** A saying's verb in a title, before what is said: "says", "suggested", "insists". */
const VIEW_FRAME_WORDS = String.raw`says?|said|warns?|warned|suggests?|suggested|insists?|insisted|argues?|argued|contends?|contended|agrees?|agreed|acknowledges?|acknowledged|believes?|believed|thinks?|thought|notes?|noted`;
const VIEW_FRAME = new RegExp(`^(?:${VIEW_FRAME_WORDS})$`);
/** Where a title may hold one of them. */
const VIEW_FRAME_WORD = new RegExp(String.raw`\b(?:${VIEW_FRAME_WORDS})\b`, 'iu');

/**
 * Whether a title tells only that someone says how a thing stands, a view rather than a happening: "Sen. Roe says
 * the plan is too costly", "Ann Lowe said she was pro-farmer", "The firm says it has no intention of selling",
 * "Officials say they do not know why". What is said is read as a title of its own, a present or a described state.
 * Not a quotation (the speaker's words, which the devset's readers keep as told), a figure ("says 40 are in
 * hospital"), a state recalled before the saying ("told the hearing he had been anxious"), a place or a change just
 * undergone ("says the suspect is in custody", "says the road is open").
 */
function saidState(title: string): boolean {
  if (!VIEW_FRAME_WORD.test(title)) return false;
  const words = titleWords(title);
  const s = words.findIndex((w) => VIEW_FRAME.test(w.lower));
  // ("Three out of four voters say ...": a poll's share of people is a finding)
  // ("Police carried out what they said was an interview": a saying inside the clause frames nothing; the deed is told)
  // ("The family of the first patient to die says", "The head of the team fighting the fire says": an infinitive or an
  // "-ing" form describes the speaker; a main verb before the saying tells the title, "Panel notes" the saying a noun's form)
  const main = mainVerb(words);
  if (s < 1 || (main >= 0 && main < s) || words.slice(0, s).some((w) => w.pos === 'NUM')) return false;
  const from = saidFrom(words, s);
  // 'The family says they were "devastated"', "Sen. Roe says the $9 billion cap would be inadequate": a feeling or a
  // verdict said is a reaction, in the speaker's own words too (the quotation marks are no words of it)
  const told = words.slice(from).filter((w) => !QUOTE_MARK.test(w.text));
  const c = mainVerb(told);
  if (c >= 1 && feelingOrVerdict(told, c)) return true;
  if (/["“”]/u.test(title)) return false;
  const said = words.slice(from);
  // ("is one of his aims": "one of" counts nothing; "since the 2004 election": a year names which one, it counts nothing)
  const figure = (w: Word, n: number) => w.pos === 'NUM' && !(w.lower === 'one' && said[n + 1]?.lower === 'of') && !isWrittenYear(w.text);
  if (said.length < 3 || said.some((w, n) => figure(w, n) || w.pos === 'SYM' || w.lower === 'had')) return false;
  // ("says risks of night fishing were small": the content's main verb, past the "-ing" form in its subject)
  const v = mainVerb(said);
  let k = v + 1;
  while (k < said.length && (said[k].pos === 'ADV' || said[k].pos === 'PART')) k++;
  // ("says the gunman is Ann Roe", "says the cause is arson": a bare or a proper noun just after "is" names who or what,
  // news; after a degree, "is too cozy", it is a quality the tagger misread)
  const named = k === v + 1 && (said[k]?.pos === 'NOUN' || said[k]?.pos === 'PROPN');
  if (v >= 0 && said[v].lemma === 'be' && (said[k]?.pos === 'ADP' || named || CHANGED_STATES.test(said[k]?.lower ?? ''))) return false;
  // ("says the board is still weighing the bid": a doing going on; "said he was calm until he collapsed": a deed told after the state)
  if (v >= 0 && ((said[v].lemma === 'be' && said[k]?.pos === 'VERB' && /ing$/.test(said[k].lower)) || said.slice(v + 1).some((w) => w.pos === 'VERB' && w.lower !== w.lemma && !/(?:ing|s)$/.test(w.lower)))) return false;
  // ("says it was willing to lift the ban", "said they were ready to sign": a deed meant, told through a quality;
  // "likely to" is a guess, "too late to save" a verdict)
  if (said.some((w, n) => w.pos === 'ADJ' && !/^(?:likely|unlikely)$/.test(w.lower) && said[n - 1]?.lower !== 'too' && said[n + 1]?.lower === 'to' && said[n + 2]?.pos === 'VERB')) return false;
  const content = capitalise(title.slice(said[0].start));
  return presentState(content) || describedState(content);
}

/**
 * A title that tells only how its source spoke: "The official spoke on condition of anonymity", "spoke on condition
 * of anonymity because the talks were not over", "An aide asked not to be named" (not what the source said: "An aide,
 * who spoke on condition of anonymity, said the talks failed").
 */
const ANONYMITY_ONLY = /^[^,;:]*?\b(?:spoke|speaks|talked|talks|commented|comments|agreed to (?:speak|talk))\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|(?:that\s+)?\S+\s+(?:not\s+be|remain)\s+(?:named|identified|anonymous))(?:\s+because\b.*)?\.?$|^[^,;:]*?\b(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\.?$/iu;

/** Whether a date runs over more than one month: a season ("the summer"), "later this year", "from May to July". */
function monthsSpanned(d: { start: string; end: string; precision: string }): boolean {
  return d.precision === 'month' && d.start !== d.end;
}

/** "or", maybe with two words of the next date's lead ("or early in"), between two dates: alternatives. */
const OR_BETWEEN = /^\s*,?\s*or\s+(?:\S+\s+){0,2}$/iu;

/**
 * The other of two dates of the sentence joined by "or", when the date at `at` (of the sentence's dates, in order) is
 * one: "later this year or early in 2011". Only its neighbours can be joined to it, so a sentence of many dates is read
 * in one pass.
 */
function alternativeDate(sentence: Sentence, dates: readonly Timex[], at: number): Timex | undefined {
  const gap = (from: number, to: number) => (from <= to ? sentence.text.slice(from - sentence.start, to - sentence.start) : '-');
  const timex = dates[at];
  const [before, after] = [dates[at - 1], dates[at + 1]];
  if (before && OR_BETWEEN.test(gap(before.end, timex.start))) return before;
  return after && OR_BETWEEN.test(gap(timex.end, after.start)) ? after : undefined;
}

/** "by", maybe with "the end of", right before a date: a deadline ("by August", "by the end of the year"). */
const DEADLINE_BEFORE = /\bby\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?)?$/iu;

/** Whether the date starting at `from` is named as a deadline: "will have a well in place by August", "by the end of the year". */
function namedAsDeadline(text: string, from: number): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, from - 40), from));
}

/** Saying verbs that may frame a title's content: "Roe says", "The paper reports", "Roe told Reuters". */
const CONTENT_FRAME = /^(?:says?|said|reports?|reported|tells?|told|announces?|announced|adds?|added|warns?|warned|insists?|insisted|claims?|claimed|signals?|signal(?:l)?ed|writes?|wrote|confirms?|confirmed|predicts?|predicted)$/;

/** Where a title may hold "will" or "would", maybe an adverb, and one of those verbs: "would press", "will also weigh". */
const INTENT_WORDS = new RegExp(String.raw`\b(?:will|would|'ll|'d)\s+(?:\S+\s+)?(?:${[...AIM_VERBS, ...WEIGH_VERBS].join('|')})\b`, 'iu');

/**
 * Whether a title tells only an aim, an effort or a deliberation still to come: "The firm will seek to calm investors",
 * "Roe told the paper she would press for an inquiry", "The summit would aim to overhaul the rules", "He will weigh
 * the offer". Its main verb, or that of what a saying frames, is "will" or "would" before a verb of aiming,
 * seeking or wanting with its infinitive, of weighing, or of pressing: whether anything is done is not told ("will
 * sell", "would close", "will try to plug the well" are).
 */
function intentOnly(title: string): boolean {
  // (only a title that holds such a verb group is tagged: tagging every title with "will" would drift the tagger)
  if (!INTENT_WORDS.test(title)) return false;
  const words = titleWords(title);
  let v = mainVerb(words);
  if (v < 0) return false;
  // ("Roe told Reuters he would press ...": the content's own main verb, past the listener and "that")
  if (CONTENT_FRAME.test(words[v].lower)) {
    const after = mainVerb(words, v + 1);
    if (after < 0) return false;
    v = after;
  }
  if (!/^(?:will|would|'ll|'d)$/.test(words[v].lower)) return false;
  let k = v + 1;
  while (k < words.length && words[k].pos === 'ADV') k++;
  const verb = words[k];
  if (!verb || verb.pos !== 'VERB' || verb.lower !== verb.lemma) return false;
  // ("will seek to calm", not "will seek bankruptcy protection", a step taken; "will try to plug the well" is an
  // attempt, often set for a day, and stays)
  if (AIM_VERBS.has(verb.lemma)) return words[k + 1]?.lower === 'to';
  // ("would press for an inquiry", "will press the firm to pay"; not "will press charges", a deed)
  return WEIGH_VERBS.has(verb.lemma) && words[k + 1]?.lower !== 'charges';
}

/** Verbs of keeping watch on something or looking into it: "monitoring the outbreak", "looking into the cause". */
const WATCH_VERBS: ReadonlySet<string> = new Set(['monitor', 'watch', 'study', 'examine', 'look', 'pursue', 'explore', 'assess', 'evaluate', 'review']);
/** Where a title may hold one of WATCH_VERBS in "-ing" (only such titles are tagged): "monitoring", "pursuing". */
const WATCH_WORD = new RegExp(String.raw`\b(?:${[...WATCH_VERBS].map((v) => v.replace(/e$/, '')).join('|')})ing\b`, 'iu');
/** A present "be" before an "-ing" form. */
const PRESENT_BE = /^(?:is|are|am|'s|'re|’s|’re)$/;

/**
 * Whether a title tells someone keeping watch on something or looking into it, in the present progressive: "Officials
 * say the agency is closely monitoring the outbreak", "Engineers are looking into the cause", "The firm is actively
 * pursuing partners": a doing that goes on, whatever the day it is told, no happening. ("The board was exploring a
 * sale", told in the past, is news brought to light; "are looking to sell" is an aim.)
 */
function watchGoingOn(title: string): boolean {
  if (!WATCH_WORD.test(title) && !KEPT_UP_WATCH.test(title)) return false;
  const words = titleWords(title);
  return words.some((w, k) => {
    if (!WATCH_VERBS.has(w.lemma)) return false;
    // "were continuing to monitor the flu", "continued to study the data": a watch told as kept up, whatever the tense
    if (words[k - 1]?.lower === 'to' && /^(?:continuing|continued)$/.test(words[k - 2]?.lower ?? '')) return true;
    if (!/ing$/.test(w.lower)) return false;
    if (w.lemma === 'look' && !/^(?:at|into)$/.test(words[k + 1]?.lower ?? '')) return false;
    let j = k - 1;
    while (j > 0 && words[j].pos === 'ADV') j--;
    // ("Engineers have been carefully monitoring the data around the clock": the present perfect's progressive too)
    if (words[j]?.lower === 'been' && PERFECT_HAVE.test(words[j - 1]?.lower ?? '')) return true;
    return PRESENT_BE.test(words[j]?.lower ?? '');
  });
}

/** A present perfect's "have": "has been monitoring", "we've been studying". */
const PERFECT_HAVE = /^(?:has|have|'ve|’ve)$/;
/** Where a title may tell a watch kept up in the infinitive: "continued to monitor", "were continuing to study". */
const KEPT_UP_WATCH = new RegExp(String.raw`\bcontinu(?:ing|ed)\s+to\s+(?:${[...WATCH_VERBS].join('|')})\b`, 'iu');

/** Verbs, by lemma, of a thing only going on: "continued", "persisted". */
const GOING_ON_VERBS = /^(?:continue|persist)$/;
/** Where a title may hold one of them in the past. */
const GOING_ON_WORD = /\b(?:continu|persist)ed\b/iu;
/** Words that open an object or a complement: what a verb does something to. */
const OBJECT_POS = /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/;

/**
 * Whether a title's own verb tells only that something went on: a past "continued" or "persisted" with no object
 * ("Efforts to clear the road continued", "The waiting game continued", "Doubts persisted"). Nothing changed that day;
 * what began it, or ends it, is the happening. A price's move told as going on ("The share price continued to slide")
 * is a trend readDate drops (priceGoesOn in clauses.ts).
 * Kept: a deed carried on with an object of its own ("The firm continued its sale of shares"), a verb after "to"
 * ("Tar balls continued to wash ashore on Monday": each day's landing is told), a present "continue" (a dated
 * entry's news) and "resumed", which tells a change (see passingOrSurfacing for a stretch of time that only passes).
 */
function goneOn(title: string): boolean {
  if (!GOING_ON_WORD.test(title)) return false;
  const words = titleWords(title);
  const v = ownVerb(words);
  // (told in the past: a present "continue" in a dated entry is that day's news, "Fans continue to queue at the court")
  if (v < 0 || !GOING_ON_VERBS.test(words[v].lemma) || words[v].pos !== 'VERB' || !/ed$/.test(words[v].lower)) return false;
  // ("will continue to serve", "would continue": a plan or a forecast, left to the rules for those)
  if (words.slice(0, v).some((w) => w.pos === 'AUX')) return false;
  let k = v + 1;
  while (words[k]?.pos === 'ADV') k++;
  return !words[k] || (!OBJECT_POS.test(words[k].pos) && words[k].lower !== 'to');
}

/** Modals of a guess or a duty, which leave open whether anything comes of it: "could double", "should be running". */
const GUESS_MODALS = /^(?:could|might|may|should)$/;
/** Verbs of a verdict or an order, as a title's frame ("Court rules the law should be struck down"), which the tagger may read as plural nouns. */
const VERDICT_FRAME = /^(?:rules|finds|orders|decides|concludes|recommends|urges)$/;
/** Words that open a clause of their own, whose modal is not the title's: "that", "who", "whose", "which". */
const RELATIVE_OR_THAT = /^(?:that|who|whom|whose|which)$/;
/** Where a title may hold a guess: such a modal, "would be"/"would have", "likely", "on track" (lower case: "May" is the month) or a verb of foreseeing. */
const GUESS_WORDS = /\b(?:could|might|may|should|would\s+(?:be|have)|(?:un)?likely|on\s+track)\b/u;
const FORESEEING_WORDS = new RegExp(String.raw`\b(?:${[...FORECAST_VERBS].map((v) => String.raw`${v.replace(/e$/, '')}(?:e|es|ed|ing|s)?`).join('|')})\b`, 'iu');

/**
 * Whether a title tells a guess, a hope or an expectation rather than a happening: its own main verb is a modal of a
 * guess ("Costs could double", "The plant should be running in 2013", "The cap would be ten times greater"), or "is
 * likely to", "is on track to"; or its main verb, or that of what a saying frames, is a verb of foreseeing
 * told actively ("Officials hope the closure will help", "Roe says he estimates claims will reach $9 billion", "The
 * firm expects the well to be sealed on Saturday"). Whatever the day, nothing is told to have happened or to be on
 * the calendar. Left as told: a saying's modal ("Roe says the port could reopen", "The paper reports the tomb may
 * hold ...": the saying is news, and readers keep it), a modal inside a clause ("Fears that the flu could spread
 * brought ..."), "would" with a passive (a plan told: "the school would be closed on Friday"), a passive "is expected
 * to" (a schedule), an estimate made ("The study estimated the rate"), a hope for a thing ("hopes for more rescues")
 * and a verb joined to a deed ("found five survivors and hopes ...").
 */
function guessedTitle(title: string): boolean {
  // (only a title that holds such a word is tagged again)
  if (!GUESS_WORDS.test(title) && !FORESEEING_WORDS.test(title)) return false;
  const words = titleWords(title);
  // (a capital is a name the tagger may read as a verb: "Hope Vell was elected", "May Roe resigned")
  const isVerb = (w: Word) => (w.pos === 'VERB' || w.pos === 'AUX') && w.text === w.lower;
  let v = mainVerb(words);
  if (v >= 0 && !isVerb(words[v])) v = words.findIndex(isVerb);
  if (v < 0) return false;
  if (foreseen(words, v)) return true;
  // ("The paper reports the tomb may hold", "World Bank estimates the flu could cost", "Court rules the law should
  // go", "Fears that ... could", "Man whose car may have caused the crash was arrested"): the tagger may read the
  // saying, the verdict or the estimate as a noun; a clause's own modal is not the title's ("The full report is
  // likely": a bare "report" is the subject's noun; "Factory orders could fall": the modal's own subject)
  const framed = words.slice(0, v).some((w, k) =>
    (w.lower !== w.lemma && (CONTENT_FRAME.test(w.lower) || (VERDICT_FRAME.test(w.lower) && /^(?:NOUN|PROPN)$/.test(words[k - 1]?.pos ?? '') && k + 1 < v))) ||
    FORECAST_VERBS.has(w.lemma) || RELATIVE_OR_THAT.test(w.lower) || w.pos === 'SCONJ');
  if (CONTENT_FRAME.test(words[v].lower)) {
    const content = mainVerb(words, v + 1);
    v = content >= 0 && isVerb(words[content]) ? content : words.findIndex((w, k) => k > v && isVerb(w));
    return v >= 0 && (foreseen(words, v) || likely(words, v));
  }
  if (framed) return false;
  const verb = words[v];
  const next = words[v + 1];
  if (GUESS_MODALS.test(verb.lower) || likely(words, v)) return true;
  // "The cap would be ten times greater", "The group would be ready": a state guessed ("would be closed" is a plan told)
  if (verb.lower === 'would' && next?.lemma === 'have') return true;
  return verb.lower === 'would' && next?.lemma === 'be' && words[v + 2]?.pos !== 'VERB';
}

/**
 * Whether the title's own "will" or "would" is one the sentence writes in a relative clause: "a raise that would put my
 * income over the limit" says what a noun would do, no plan. The title's modal and the two words after it are found
 * after the relative pronoun; another relative clause of the sentence ("These will be discussed at a meeting that will
 * be open to all") leaves the title's own "will" a plan.
 */
function relativeModal(title: string, sentence: string): boolean {
  const modal = /\b(?:would|will)(?:\s+[\p{L}'’-]+){0,2}/iu.exec(title);
  return !!modal && new RegExp(`\\b(?:that|which|who)\\s+${escapeRegExp(modal[0])}\\b`, 'iu').test(sentence);
}

/** Whether a date's end ("2010-07", "2010-07-26") is not before the day of writing, to the date's own precision. */
function notBehind(end: string, writingDay: string | undefined): boolean {
  return !!writingDay && /^\d{4}(?:-\d\d){0,2}$/.test(end) && end >= writingDay.slice(0, end.length);
}

/**
 * "Tarbel would quickly shift to the new ferry", "These will also be discussed": the title's own verb group is
 * "will", "would", "shall" or "'ll" before a bare verb (adverbs between), what is still to come; not "would have"
 * (a past guessed), nor a modal inside a saying's clause ("Ann Roe says she would resign": the saying is the verb).
 */
function modalAheadTitle(title: string): boolean {
  if (!/\b(?:will|would|shall)\b|['’]ll\b/i.test(title)) return false;
  const words = titleWords(title);
  const modal = (k: number) => /^(?:will|would|shall|'ll|’ll)$/.test(words[k]?.lower ?? '');
  let v = mainVerb(words);
  if (v < 0) return false;
  // (the tagger may read the modal after a pronoun as a noun, "These will be discussed", and take "be" for the verb)
  if (!modal(v)) {
    let j = v - 1;
    while (j > 0 && words[j].pos === 'ADV') j--;
    if (!modal(j)) return false;
    v = j;
  }
  let k = v + 1;
  while (words[k]?.pos === 'ADV' || (words[k] && QUOTE_MARK.test(words[k].text))) k++;
  const next = words[k];
  // (a bare verb after a quotation mark may be read as a noun: 'would "immediately" move')
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'NOUN') && next.lower === next.lemma && next.lemma !== 'have';
}

/**
 * Whether the date at [from, to) in a sentence stands in the stretch of a saying, between the punctuation around it:
 * "..., the firm said on Monday", "Ann Roe told reporters Friday that ...". The day is when it was said.
 */
function sayingsDate(words: Word[], from: number, to: number): boolean {
  const breaks = (w: Word) => w.pos === 'PUNCT' || QUOTE_MARK.test(w.text);
  let first = words.findIndex((w) => w.start >= from);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1].start < to) last++;
  while (first > 0 && !breaks(words[first - 1])) first--;
  while (last + 1 < words.length && !breaks(words[last + 1])) last++;
  return words.slice(first, last + 1).some((w) => (w.pos === 'VERB' || w.pos === 'AUX') && REPORTING.has(w.lemma));
}

/** Where a title may hold "be to", a schedule or a plan: "is to", "were to", "is due to", "was expected to", "plans to". */
const SCHEDULE_WORDS = new RegExp(String.raw`\b(?:(?:is|are|was|were)\s+(?:(?:${[...SCHEDULED].join('|')})\s+)?to|plans?\s+to|intends?\s+to)\s`, 'iu');

/**
 * Whether a title's own verb group puts what it tells on the calendar: "be to" in the present or the past ("The board
 * is to meet", "Officials were to discuss the plan at a dinner": a plan told, not that it was carried out), "be" with
 * a word of schedule ("is due to meet", "was expected to sign", "are set to vote") or a plan in the present ("The
 * firm plans to sell the mill"). What such a title tells is not told as done, whichever clause the sentence's date was
 * read in. Not a saying's content ("Roe says the board is to meet": the saying is the happening), nor a verb group
 * after a relative word, a conjunction or another verb ("The man who was to chair it resigned", "He said he planned
 * to go"). Only a title holding such words is tagged again (the tagger learns from what it reads).
 */
function toldAhead(title: string): { lapsed?: 'schedule' | 'expectation' } | null {
  if (!SCHEDULE_WORDS.test(title)) return null;
  const words = titleWords(title);
  let v = mainVerb(words);
  if (v < 0) return null;
  // ("The firm plans to close the mill": a "plans" the tagger read as a noun, after its subject, is the verb when the
  // infinitive it leads to is the only verb the title has; not "Its plans to close the mill", "the firm's plans")
  const lead = words[v - 2];
  if (words[v - 1]?.lower === 'to' && lead?.pos === 'NOUN' && /^(?:plans?|intends?)$/.test(lead.lower) && v > 2 && !/^(?:DET|ADP)$/.test(words[v - 3].pos) && !POSSESSIVE_WORDS.has(words[v - 3].lower) && !/^['’]s$/.test(words[v - 3].text)) v -= 2;
  // (a saying, a quotation, a relative word, a conjunction or another verb before it frames the verb group)
  if (words.slice(0, v).some((w) => (w.lower !== w.lemma && CONTENT_FRAME.test(w.lower)) || QUOTE_MARK.test(w.text) || RELATIVE_OR_THAT.test(w.lower) || w.pos === 'SCONJ' || (w.pos === 'VERB' && w.text === w.lower))) return null;
  const verb = words[v];
  // ("Their mission was to find shelter": after a noun of purpose "be to" says what it was for)
  if (AIM_NOUNS.has(words[v - 1]?.lemma ?? '')) return null;
  let k = v + 1;
  let lapsed: 'schedule' | 'expectation' | undefined;
  if (/^(?:is|are|was|were)$/.test(verb.lower)) {
    // ("was due to reopen on Sunday", "was expected to sign": a schedule told in the past is told because it was
    // upset, and an expectation by a day gone is left open, as readDate reads them in the date's own clause)
    if (SCHEDULED.has(words[k]?.lower ?? '')) {
      if (/^(?:was|were)$/.test(verb.lower)) lapsed = EXPECTED.has(words[k].lower) ? 'expectation' : 'schedule';
      k++;
    }
  } else if (!/^(?:plans?|intends?)$/.test(verb.lower)) return null;
  const next = words[k + 1];
  // ("The driver was to blame": an idiom of fault, no plan)
  return words[k]?.lower === 'to' && (next?.pos === 'VERB' || next?.pos === 'AUX') && next.lower !== 'blame' ? (lapsed ? { lapsed } : {}) : null;
}

/**
 * Whether the verb at `v` is a "be" that tells a likelihood of what is to come: "is likely to recommend", "are on track to
 * have a vaccine" (not a finding hedged: "the crash was likely caused by ice", which a saying tells as news).
 */
function likely(words: Word[], v: number): boolean {
  const next = words[v + 1];
  const after = words[v + 2]?.lower;
  return words[v].lemma === 'be' && ((/^(?:likely|unlikely)$/.test(next?.lower ?? '') && (after === undefined || after === 'to')) || (next?.lower === 'on' && after === 'track'));
}

/**
 * Whether the verb at `v` foresees what follows, told actively: "expects the well to be sealed", "hope the closure will
 * help", "he estimates claims will reach", "it expected to break even", "expected the chief to resign". Not a passive or a
 * headline's "expected to" with no subject of its own ("Roe expected to attend": a schedule), an estimate made in the
 * past ("estimated the rate": a finding), "hope for"/"fear of" a thing, nor a verb joined to another ("and hopes").
 */
function foreseen(words: Word[], v: number): boolean {
  const verb = words[v];
  if (verb.pos !== 'VERB' || !FORECAST_VERBS.has(verb.lemma)) return false;
  if (/^(?:and|or)$/.test(words[v - 1]?.lower ?? '') || /^(?:for|of)$/.test(words[v + 1]?.lower ?? '')) return false;
  if (!/ed$/.test(verb.lower)) return true;
  if (verb.lemma === 'estimate' || words[v - 1]?.lemma === 'be') return false;
  // ("it expected to break even": a pronoun before it is its subject; "Wells expected it": the rest cut)
  const to = words.slice(v + 1, v + 5).findIndex((w) => w.lower === 'to');
  if (to === 0) return words[v - 1]?.pos === 'PRON';
  return to > 0 || v + 3 >= words.length;
}

/** A title that is a speaker, a saying's verb and a quotation, all of it: 'Ann Roe says "We are ready"'. */
const QUOTED_TITLE = /^[^"“”]+ (?:says|say|adds|tells|insists|notes|argues|warns|claims|writes|explains) ["“]([^"“”]+?)(?:…)?["”]?$/u;
/** Modal verbs by which a speaker tells an ability, a duty, a guess or a wish: "we can", "I would say". */
const QUOTED_MODALS = /^(?:would|'d|could|can|ca|should|must|may|might)$/;
/** "is", "was", "'ve been": a "be" whose complement tells what the quotation's subject is or was. */
const BE_FORMS = /^(?:is|are|am|'s|'re|'m|was|were|been|be)$/;

/**
 * Whether a title is only a quotation said, and the quotation tells a view rather than a deed: 'Sen. Roe says
 * "Obviously we need to learn the lessons"', 'Ann Lowe says "I was ready for this test"', 'Roe says "This is not
 * a decision I've made lightly"', 'Roe says "I would say the agency was making a point"'. The quotation's first
 * finite verb decides: a modal, "will" with "be" or "have", a "be" with a quality, a category or a negation, a
 * present "have" or a verb of thinking and wanting tell a view. Left as told: a deed ("We sold the plant", "has
 * chosen to waive"), a passive ("It is decided to close the farms", "He was told"), a doing going on ("Norvex is
 * stepping up its efforts"), a plan ("We will not go over that level"), a place ("The oil is on the surface",
 * "I was down there a month ago": where someone or something was is news).
 */
function quotedViewTitle(title: string): boolean {
  const quoted = QUOTED_TITLE.exec(title)?.[1];
  if (!quoted) return false;
  const words = tagWords(quoted);
  // the first finite verb ("Trying to score points can have a backlash": not a gerund, nor an infinitive)
  const v = mainVerb(words);
  if (v < 0) return false;
  const verb = words[v];
  let k = v + 1;
  while (k < words.length && (words[k].pos === 'ADV' || words[k].pos === 'PART') && !/^(?:not|n't|never)$/.test(words[k].lower)) k++;
  const next = words[k];
  // ('"There have been a few break-ins at the depot"': "there" with "be" tells that something is or happened, the
  // speaker's report, not a view)
  if (words[v - 1]?.lower === 'there' && (BE_FORMS.test(verb.lower) || verb.lemma === 'have' && next?.lower === 'been')) return false;
  // ('"We want to test the new valve"': what "we", the speaker's side, want to do is its plan, told as "We will" is
  // ("we need to learn" stays a duty felt, "I want" a wish)
  if (verb.lemma === 'want' && words[v - 1]?.lower === 'we' && words[v + 1]?.lower === 'to' && words[v + 2]?.pos === 'VERB') return false;
  if (QUOTED_MODALS.test(verb.lower)) return true;
  if (/^(?:will|'ll|shall)$/.test(verb.lower)) return next?.lemma === 'be' || next?.lemma === 'have';
  // "We don't know", "I did not see it": what did not happen or is not known is no deed
  // (but a thing named as the subject, and a deed of its own denied, is a finding about it: "The new strain does not
  // spread easily", "The pump did not leak under test" tell what was found, not the speaker's mind; "The firm does not
  // know" is still a view)
  if (/^(?:do|does|did)$/.test(verb.lower)) {
    if (!/^(?:not|n't|never)$/.test(next?.lower ?? '')) return false;
    const thing = words.slice(0, v).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN') && !words.slice(0, v).some((w) => w.pos === 'PRON');
    const denied = words.slice(k + 1).find((w) => w.pos === 'VERB');
    return !(thing && denied && !VIEW_VERBS.has(denied.lemma));
  }
  // ("have been in tears", "has been gung-ho": the perfect of "be" is read as "be")
  const be = BE_FORMS.test(verb.lower) || (verb.lemma === 'have' && next?.lower === 'been');
  if (be) {
    let c = verb.lemma === 'have' ? k + 1 : k;
    while (c < words.length && words[c].pos === 'ADV' && !/^(?:not|n't|never)$/.test(words[c].lower)) c++;
    const complement = words[c];
    if (!complement) return false;
    if (/^(?:not|n't|never)$/.test(complement.lower)) return true;
    // a passive, a doing going on, a place or a time ("is decided", "is stepping up", "was on the surface", "down there")
    if (complement.pos === 'VERB' || complement.pos === 'AUX' || complement.pos === 'ADP' || /^(?:here|there|back|home|away|out|in|up|down|over)$/.test(complement.lower)) return false;
    return complement.pos === 'ADJ' || complement.pos === 'NOUN' || complement.pos === 'DET' || complement.pos === 'PRON';
  }
  // "We have no plans", "I've no doubt": a present "have" with no participle is what the speaker holds
  if (verb.lemma === 'have') return verb.pos === 'VERB' && /^(?:have|has|'ve)$/.test(verb.lower) && !(next?.pos === 'VERB');
  // "we need", "I think", "they want": a present verb of thinking, knowing or wanting
  // ("I think the fund recovered on Monday": a deed told in the past behind it is news, hedged)
  const thought = words.slice(v + 1).some((w) => w.pos === 'VERB' && w.lower !== w.lemma && !/(?:ing|s)$/.test(w.lower));
  return verb.pos === 'VERB' && VIEW_VERBS.has(verb.lemma) && (verb.lower === verb.lemma || verb.lower === `${verb.lemma}s`) && !thought;
}

/** The first word of a dated noun phrase: its date before the noun ("the May 3 blast", "last week's vote") or the noun before "of" and its date. */
function phraseStart(words: Word[], [from]: [number, number], dateStart: number): number {
  const a = words.findIndex((w) => w.end > dateStart);
  return a >= 0 ? Math.min(a, from) : from;
}

/**
 * Whether a title tells the relative clause its date sits in (any clause, when the date sits in none): one of the
 * clause's own words is the title's ("a ranger who drowned Sunday": "Ranger drowned"; "researchers who
 * tested the seeds said on Monday ...": "Researchers say ..."), not a bare "be" or "have" ("that's been on hold since
 * last year" is not told by "The mayor is drawing criticism").
 */
/** Whether `title` holds, word for word, the noun and the opening of the relative clause `head` spans in `text`. */
function carriesRelativeClause(title: string, text: string, words: Word[], head: [number, number] | null): boolean {
  if (!head) return false;
  const span = text.slice(words[head[0]].start, words[head[1]].end).toLowerCase();
  return title.toLowerCase().includes(span);
}

function tellsRelativeClause(title: string, clause: Word[] | null): boolean {
  if (!clause) return true;
  const told = new Set(title.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).map(stem));
  return clause.some((w) => (w.lemma !== 'be' && w.lemma !== 'have' || title.toLowerCase().split(/\s+/).includes(w.lower)) && (told.has(stem(w.text)) || told.has(stem(w.lemma))));
}

/** Whether the noun phrase from `from` is what a verb of recalling takes: "remembers the 1962 uprising", "to mark the May 2 flood". */
function recalled(words: Word[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (words[k].pos === 'DET' || words[k].pos === 'ADJ' || words[k].pos === 'NUM' || words[k].text === "'s" || words[k].text === '’s' || words[k].pos === 'PROPN' || POSSESSIVE_WORDS.has(words[k].lower))) k--;
  return k >= 0 && words[k].pos === 'VERB' && /^(?:remember|recall|recollect|commemorate|mark|relive|recount|mourn|remind)$/.test(words[k].lemma);
}

const POSSESSIVE_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

function subjectPhrase(words: Word[], from: number): boolean {
  for (let k = 0; k < from; k++) {
    if (words[k].pos === 'VERB' || words[k].pos === 'AUX' || words[k].pos === 'SCONJ') return false;
    // "By the time the spill...", "after the quake": a phrase's noun is no subject ("Most of the loss" is)
    if (words[k].pos === 'ADP' && words[k].lower !== 'of') return false;
  }
  return true;
}

/**
 * "decided at last year's Lowmere summit", "was hurt during the May riot": the noun phrase is the setting of
 * the verb just before its "at"/"during", which happened there and then, and the clause tells who did what.
 */
function verbSetting(words: Word[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && from - k <= 6 && words[k].pos !== 'ADP' && words[k].pos !== 'VERB' && words[k].pos !== 'AUX' && words[k].pos !== 'PUNCT') k--;
  if (k < 1 || !/^(?:at|during)$/.test(words[k].lower)) return false;
  let v = k - 1;
  while (v > 0 && words[v].pos === 'ADV') v--;
  return words[v].pos === 'VERB';
}

/** Words of a relative clause a noun title takes on ("fire that destroyed two shops"). */
const RELATIVE_WORDS = 8;

function nounTitle(text: string, words: Word[], [from, to]: [number, number], [dateFrom, dateTo]: [number, number]): string {
  // "attacks in New York and Washington": a place after the noun says which.
  // (not "death in June": the date's own words)
  if (/^(?:in|at|on|off|near)$/.test(words[to]?.lower ?? '') && words[to + 1]?.pos === 'PROPN' && !(words[to + 1].start >= dateFrom && words[to + 1].start < dateTo)) {
    to += 2;
    while (to < words.length && (words[to].pos === 'PROPN' || words[to].lower === 'and' && words[to + 1]?.pos === 'PROPN')) to++;
  }
  // "Friday's ruling by the Alder court", "Monday's meeting between Tom Vell and his aunt": who did it, or whom it was between
  if (to - from === 1 && /^(?:by|between|on|against|over)$/.test(words[to]?.lower ?? '')) {
    let k = to + 1;
    const joins = (i: number) => words[i].lower === 'and' && (/^(?:DET|PROPN|NOUN|ADJ)$/.test(words[i + 1]?.pos ?? '') || POSSESSIVE_WORDS.has(words[i + 1]?.lower ?? '')) || (words[i].text === '.' && words[i].start === words[i - 1].end);
    // ("by the Orlan Church's synod": a name's possessive goes on to its noun)
    const owner = (i: number) => /^['’]s$/.test(words[i].text) && words[i - 1].pos === 'PROPN';
    // ("on a Norcom-owned ferry": a hyphen between two words joins them, and the word after it is the compound's)
    const hyphen = (i: number) => words[i]?.text === '-' && words[i].start === words[i - 1].end && words[i + 1]?.start === words[i].end;
    while (k < words.length && k - to <= 8 && (/^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(words[k].pos) || POSSESSIVE_WORDS.has(words[k].lower) || joins(k) || owner(k) || hyphen(k) || hyphen(k - 1))) k++;
    while (k > to + 1 && !isNounWord(words[k - 1])) k--;
    if (k > to + 1 && words.slice(to + 1, k).some((w) => w.pos === 'PROPN')) {
      to = k;
      // ("Friday's ruling by the Alder court to close the mill": what it decided, up to the next comma)
      if (words[to]?.lower === 'to' && words[to + 1]?.pos === 'VERB') {
        let end = to + 2;
        while (end < words.length && end - to <= RELATIVE_WORDS && words[end].pos !== 'PUNCT' && words[end].pos !== 'ADP' && !/^(?:that|which|who|and|but)$/.test(words[end].lower)) end++;
        to = end;
      }
    }
  }
  // "the bombing of a county courthouse": what the happening befell says which
  // (not "the blast of May 3": the date's own words)
  if (words[to]?.lower === 'of' && words[to + 1] && !(words[to + 1].start >= dateFrom && words[to + 1].start < dateTo)) {
    let k = to + 1;
    if (words[k]?.pos === 'DET') k++;
    const head = k;
    // ("of a Lakeview, Ore., pharmacy": a place and its state between commas; "a scope-fitted gun": a hyphen joins)
    const joins = (w: Word) => (w.text === '-' && words[k + 1]?.start === w.end) || (w.text === ',' && words[k - 1]?.pos === 'PROPN' && words[k + 1]?.pos !== 'DET');
    while (k < words.length && (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(words[k].pos) || joins(words[k]))) k++;
    while (k > head && !isNounWord(words[k - 1])) k--;
    if (k > head) to = k;
  }
  // One bare noun ("its debut") says too little: the clause's own title does better.
  if (to - from < 2) return '';
  let phrase = text.slice(words[from].start, words[to - 1].end).replace(/\s+/g, ' ').trim();
  // "the Norvex fire in 1998 which forced dozens of families out": the date set between the noun and its relative
  // clause is the noun's own, and the clause after it still says what the happening did
  const own = (k: number) => !!words[k] && words[k].start >= dateFrom && words[k].start < dateTo;
  let past = to;
  if (/^(?:in|on|of|during)$/.test(words[past]?.lower ?? '') && own(past + 1)) past++;
  const overDate = own(past) && !own(to - 1);
  if (overDate) {
    while (own(past)) past++;
    to = past;
  }
  // "the 2019 warehouse fire that destroyed two shops": the relative clause says what the happening did
  // (so does one set off by a comma: "the 1961 flood, which claimed 40 lives")
  if (words[to]?.text === ',' && words[to + 1]?.lower === 'which' && /^(?:VERB|AUX)$/.test(words[to + 2]?.pos ?? '')) to++;
  if (/^(?:that|which)$/.test(words[to]?.lower ?? '') && /^(?:VERB|AUX)$/.test(words[to + 1]?.pos ?? '')) {
    let end = to + 1;
    // ("killed an off-duty officer": a hyphen between two words joins them)
    const hyphen = (k: number) => words[k].text === '-' && words[k].start === words[k - 1].end && words[k + 1]?.start === words[k].end;
    while (end < words.length && end - to <= RELATIVE_WORDS && (words[end].pos !== 'PUNCT' || hyphen(end)) && !/^(?:that|which|who|and|but)$/.test(words[end].lower)) end++;
    // (past the date, only a clause told whole by the word limit: "the Port Ellis fire of 1887-88, which is thought
    // to have destroyed between 2,000 and 3,000 homes" would stop on "between 2,000")
    const whole = end >= words.length || words[end].pos === 'PUNCT' || /^(?:that|which|who|and|but)$/.test(words[end].lower);
    if (!overDate || whole) phrase = `${phrase} ${text.slice(words[to + 1].start, words[end - 1].end).replace(/\s+/g, ' ')}`;
  }
  return shorten(capitalise(phrase));
}

/** Happenings someone is named, sent or chosen for: "for a voyage in May". */
const PURPOSE_NOUNS = /^(?:mission|voyage|flight|trip|tour|expedition|visit|summit|launch|campaign)$/;

/**
 * "named commander of the Varrow Star for a voyage in May": the happening a date after "for a <noun>"
 * names, titled with the name the noun belongs to ("Varrow Star voyage"). Empty when no name stands
 * just before "for", or the noun is not a happening.
 */
function purposeTitle(words: Word[], dateFrom: number): string {
  const a = words.findIndex((w) => w.end > dateFrom);
  const noun = words[a - 2];
  if (a < 4 || !/^(?:in|on)$/.test(words[a - 1].lower) || !noun || !PURPOSE_NOUNS.test(noun.lower) || words[a - 3].pos !== 'DET' || words[a - 4].lower !== 'for') return '';
  let s = a - 4;
  while (s > 0 && words[s - 1].pos === 'PROPN') s--;
  if (s === a - 4) return '';
  return capitalise(`${words.slice(s, a - 4).map((w) => w.text).join(' ')} ${noun.text}`);
}

/** Words that stand for the subject named before them: "each will adopt", "they will move". */
const STAND_INS = /^(?:each|both|all|they|it)$/;

/**
 * "The pilots will fly the old jets until May, when they will move to the new ones": the happening
 * of a ", when" clause right after the date, titled with the clause's subject (or, for "each",
 * "they", the sentence's opening subject) and its predicate. Null when no such clause follows, or it
 * is negated, only guessed at or foretold. With `comma` false the clause may follow the date with no comma
 * ("was in Lowmere on 3 May when the storm hit"; not "when it comes to", which names a topic).
 */
function whenClause(text: string, words: Word[], dateEnd: number, comma = true): { title: string; planned: boolean } | null {
  const m = (comma ? /^\s*,\s*when\s+/i : /^\s*,?\s*when\s+(?!it\s+comes?\b)/i).exec(text.slice(dateEnd));
  if (!m) return null;
  const from = words.findIndex((w) => w.start >= dateEnd + m[0].length);
  if (from < 0) return null;
  let to = from;
  while (to < words.length && !/^[,;:.!?]$/.test(words[to].text)) to++;
  const clause = words.slice(from, to);
  const verb = clause.findIndex((w) => w.pos === 'VERB');
  // (nor a poll's or a figure's: "in 1958, when 70 percent said they trusted ...")
  // (nor a forecast's: "until August, when a relief well is expected to be finished")
  if (verb < 1 || clause.some((w) => /^(?:not|n't|never|could|might|may|should|expected|likely|unlikely|percent|%)$/.test(w.lower))) return null;
  // (nor a level's: "in 1990, when the fund stood at $40 billion", "when output rose to 900 tonnes")
  if (LEVEL_VERBS.has(clause[verb].lemma) && clause.slice(verb + 1).some((w) => w.pos === 'NUM' && !isWrittenYear(w.text))) return null;
  const planned = clause.slice(0, verb).some((w) => /^(?:will|'ll|would|shall)$/.test(w.lower));
  let subject = text.slice(clause[0].start, clause[verb - 1].end);
  if (STAND_INS.test(clause[0].lower) && (verb === 1 || clause[1].lower === 'will')) {
    // the sentence's opening noun phrase, up to its first verb or auxiliary
    const first = words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
    if (first < 1 || !words.slice(0, first).every((w) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(w.pos))) return null;
    subject = `${text.slice(words[0].start, words[first - 1].end)} ${planned ? 'will' : ''}`.trim();
  }
  const title = `${subject} ${text.slice(clause[verb].start, clause[clause.length - 1].end)}`.replace(/\s+/g, ' ').replace(/^the\s+/i, '');
  return { title: shorten(capitalise(title)), planned };
}

/** Copulas: verbs by which a clause says what its subject was or became, not what it did. */
const COPULAS: ReadonlySet<string> = new Set(['be', 'become', 'remain']);

/** Whether a noun phrase's words name someone who can act: a name, a person ("the surgeon"), a body or a business ("the panel", "the bank"). */
function namesSomeone(phrase: readonly Word[]): boolean {
  return phrase.some((w) => w.pos === 'PROPN' || (w.pos === 'NOUN' && (personNoun(w.lower) || GOVERNING_BODIES.has(w.lower) || BUSINESS_NOUNS.includes(w.lower))));
}

/**
 * "Ann Roe was in Lowmere on 3 May when the storm hit", "The worst flood was in June 1962, when the dam burst",
 * "Hopes of a deal faded on Friday when the Vell union walked out": the clause before the date only sets the scene
 * and the when-clause right after the date tells the day's happening. The clause sets the scene when its main
 * verb is a copula with no verb after it (where someone was, what something was or became), or when its subject
 * names no one who acts while the when-clause's subject does (hopes, a mood, a scale: who did what is told in
 * the when-clause). Titled from the when-clause (see whenClause), the date kept. Null when the clause before the
 * date tells a deed of someone named ("Ann Roe was elected on 3 May when ...", "Two crew died on Friday when ...":
 * a person is named), a saying frames it, or the when-clause is no deed of its own: a state ("when prices were
 * low"), a pronoun's ("when he arrived", whose referent the clause before may not name), a deed done before the
 * day ("when the debt had grown tenfold"), negated, guessed or foretold.
 */
function sceneWhen(text: string, words: Word[], dateStart: number, dateEnd: number): { title: string; planned: boolean } | null {
  const a = words.findIndex((w) => w.end > dateStart);
  if (a < 1) return null;
  const v = mainVerb(words, 0, a);
  if (v < 0 || sayingFrame(words.slice(0, a), v)) return null;
  const when = whenClause(text, words, dateEnd, false);
  if (!when || when.planned) return null;
  const from = words.findIndex((w) => w.start >= dateEnd && w.lower === 'when') + 1;
  let verb = from;
  while (verb < words.length && words[verb].pos !== 'VERB' && !/^[,;:.!?]$/.test(words[verb].text)) verb++;
  // the when-clause's subject, before its verb group (auxiliaries and adverbs: "was locked", "had grown")
  let group = verb;
  while (group > from && (words[group - 1].pos === 'AUX' || words[group - 1].pos === 'ADV')) group--;
  const whenSubject = words.slice(from, group);
  const auxiliaries = words.slice(group, verb).filter((w) => w.pos === 'AUX');
  // ("when crews were digging", "when the debt had grown tenfold", "when the firm was days away from a deal": a
  // doing under way, a deed done before the day or a state; "when the plant was shut" is a deed told of its object)
  if (!whenSubject.length || whenSubject[0].pos === 'PRON' || STAND_INS.test(whenSubject[0].lower) || whenSubject.some((w) => w.pos === 'AUX')) return null;
  if (auxiliaries.some((w) => w.lemma === 'have') || (auxiliaries.length && /ing$/.test(words[verb]?.lower ?? ''))) return null;
  let k = v + 1;
  while (k < a && (words[k].pos === 'ADV' || words[k].pos === 'PART') && words[k].lower !== 'to') k++;
  // ("was elected", "were trying to", "was to sign": a verb group tells a deed or a schedule)
  const copula = COPULAS.has(words[v].lemma) && !(k < a && (words[k].pos === 'VERB' || words[k].pos === 'AUX' || words[k].lower === 'to' || SCHEDULE_AFTER.test(words[k].lower)));
  if (copula) return when;
  // the subject: from the clause's start (after a fronted phrase's comma) to its verb
  let s = v;
  while (s > 0 && words[s - 1].text !== ',') s--;
  const subject = words.slice(s, v);
  // ("It gained fame in 1999 when two of its shops were fined": "it" stands for a thing, "he" or "they" for someone)
  if (!subject.length || subject.some((w) => (w.pos === 'PRON' && w.lower !== 'it') || w.pos === 'NUM') || namesSomeone(subject) || !namesSomeone(whenSubject)) return null;
  return when;
}

/**
 * "two men suspected of robbing a bank in 2019", "a clerk accused of forging the ballots last May":
 * when the date ends a deed someone is suspected, accused or convicted of (a participle, "of" or
 * "with", then the deed's "-ing" verb), the title is who with the deed ("Two men suspected of robbing
 * a bank"), not the clause the suspicion sits in. Empty when the date is not in such a deed.
 */
function deedTitle(text: string, words: Word[], from: number, to: number): string {
  const a = words.findIndex((w) => w.end > from);
  if (a < 0) return '';
  let g = a - 1;
  // back from the date over the deed's own words, to its "-ing" verb
  while (g >= 0 && a - g <= 12 && !(words[g].pos === 'VERB' && /ing$/.test(words[g].lower)) && words[g].pos !== 'PUNCT' && words[g].pos !== 'AUX' && words[g].pos !== 'PRON') g--;
  if (g < 2 || words[g].pos !== 'VERB' || !/ing$/.test(words[g].lower)) return '';
  if (!/^(?:of|with)$/.test(words[g - 1].lower) || !/^(?:VERB|ADJ)$/.test(words[g - 2].pos) || !/ed$/.test(words[g - 2].lower)) return '';
  // who: the noun phrase just before the participle
  let s = g - 2;
  while (s > 0 && /^(?:NOUN|PROPN|NUM|ADJ)$/.test(words[s - 1].pos)) s--;
  if (s === g - 2 || !words.slice(s, g - 2).some(isNounWord)) return '';
  // the deed, without the date and the preposition leading it in
  let end = a - 1;
  if (/^(?:in|on|at|during)$/.test(words[end].lower)) end--;
  if (end <= g) return '';
  const after = text.slice(to).match(/^[^,;.!?]*/)?.[0] ?? '';
  if (/\p{L}/u.test(after)) return '';
  return shorten(capitalise(text.slice(words[s].start, words[end].end).replace(/\s+/g, ' ')));
}

const isNounWord = (w: Word) => w.pos === 'NOUN' || w.pos === 'PROPN';

/** Whether `timex` is a year heading its sentence with no colon, its entry's subject after it: "1983 Jane Roe graduates ...". */
function yearEntry(sentence: Sentence, timex: Timex | undefined): boolean {
  return !!timex && timex.start === sentence.start && /^\d{4}$/.test(timex.text) && YEAR_ENTRY_AFTER.test(sentence.text.slice(timex.end - sentence.start));
}

/** Whether `timex` is a day of a month with no preposition before it and a dash and a new entry after it. */
function entryDate(sentence: Sentence, timex: Timex): boolean {
  const before = sentence.text.slice(0, timex.start - sentence.start);
  return /\d/.test(timex.text) && timex.date?.precision === 'day' && ENTRY_DASH.test(sentence.text.slice(timex.end - sentence.start)) &&
    !/(?:^|\s)(?:on|for|by|until|till|from|since|before|after|to|of|in|at)\s*$/iu.test(before);
}

/** Longest noun phrase walked back over between "since the <happening>" and its date ("since the fire at the old depot on"). */
const SINCE_REACH = 12;

/** The words [first, last] of each date (in order) of a sentence starting at `offset`, read in one pass over both. */
function dateWordSpans(words: Word[], dates: readonly Timex[], offset: number): [number, number][] {
  let k = 0;
  return dates.map((x) => {
    while (k < words.length - 1 && words[k].end <= x.start - offset) k++;
    let last = k;
    while (last + 1 < words.length && words[last + 1].start < x.end - offset) last++;
    return [k, last];
  });
}

/** Words that join the items of a series: "a mill in 1990, a bakery in 1995 and a brewery in 2001". */
const SERIES_JOIN = /^(?:,|and|or)$/;

/**
 * The words [from, to) of the noun phrase that a series pairs with date `at` (of the sentence's dates, each as its
 * words [first, last]), and of the series' first item, when two or more dates each close an item "<noun phrase>
 * in <date>" of one verb's object: "bought a mill in 1990, a bakery in 1995 and a brewery in 2001" pairs 1995 with
 * "a bakery", and its first item is "a mill". Null otherwise ("met in May, and the board in June": no object before
 * the first date; "fell 3% on Monday, the dollar on Tuesday": a figure is no item).
 */
function seriesItem(words: Word[], dates: readonly [number, number][], at: number): { own: [number, number]; first: [number, number] } | null {
  const nominal = (w: Word) => /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(w.pos) || /^['’]s$/.test(w.text) || /^(?:of|to|and)$/.test(w.lower);
  const named = (s: number, e: number): [number, number] | null => (words.slice(s, e).some(isNounWord) ? [s, e] : null);
  // (the date's own "in", "on" or "of" closes its item)
  const end = (i: number) => (i < dates.length && dates[i][0] > 0 && /^(?:in|on|of)$/.test(words[dates[i][0] - 1].lower) ? dates[i][0] - 1 : -1);
  // an item after the date before it and its joins, all of it a noun phrase
  const laterItem = (i: number): [number, number] | null => {
    if (i < 1 || end(i) < 0) return null;
    let s = dates[i - 1][1] + 1;
    if (!SERIES_JOIN.test(words[s]?.lower ?? '')) return null;
    while (s < end(i) && SERIES_JOIN.test(words[s].lower)) s++;
    return words.slice(s, end(i)).every(nominal) ? named(s, end(i)) : null;
  };
  // the first item: the object of the verb before it
  const firstItem = (i: number): [number, number] | null => {
    if (end(i) < 0) return null;
    let s = end(i);
    while (s > 0 && nominal(words[s - 1])) s--;
    return words[s - 1]?.pos === 'VERB' ? named(s, end(i)) : null;
  };
  let first = at;
  while (laterItem(first)) first--;
  const opening = firstItem(first);
  if (!opening || (first === at && !laterItem(at + 1))) return null;
  const own = first === at ? opening : laterItem(at);
  return own && { own, first: opening };
}

/**
 * Whether the date at offset `a` closes "since the <happening's noun> ... on/in" after a deed told in the simple past:
 * "stopped the leak for the first time since the blast at the depot on 3 May" (not "since the storm hit the coast on
 * 3 May", where a verb tells the date's own clause, nor "the first time the mill has closed since a fire on 3 May", a
 * stretch up to now that the happening opens).
 */
function sinceHappeningDated(words: Word[], a: number): boolean {
  let k = words.findIndex((w) => w.start >= a) - 1;
  if (k < 1 || !/^(?:on|in)$/.test(words[k].lower)) return false;
  for (let reach = 0; k > 0 && reach < SINCE_REACH; reach++) {
    k--;
    const w = words[k];
    if (w.lower === 'since') return /^(?:the|a|an|its|their|his|her)$/.test(words[k + 1]?.lower ?? '') && [words[k + 2], words[k + 3]].some((n) => n && DATED_HAPPENING_NOUNS.has(n.lower)) && pastDeedBefore(words, k);
    if (!/^(?:NOUN|PROPN|ADJ|DET|ADP|NUM)$/.test(w.pos)) return false;
  }
  return false;
}

/**
 * Whether `title` is told by a contrast clause (", while ...", ", whereas ...", not a "while" before an "-ing" verb,
 * "while visiting") that opens after the date at offset `a`: "40 percent back the plan today, while 70 percent backed
 * it before" tells the backing before, not today.
 */
function toldByContrastClause(text: string, title: string, a: number): boolean {
  const m = /,\s+(?:while|whereas)\s+(?!\S+ing\b)/i.exec(text);
  if (!m || m.index < a) return false;
  const tail = title.split(/\s+/).slice(1).join(' ').toLowerCase();
  return tail.length > 10 && text.toLowerCase().indexOf(tail, m.index) > 0 && !text.slice(0, m.index).toLowerCase().includes(tail);
}

/**
 * Whether the date at offset `a` follows a second verb joined to a finite clause by "and" or "but" ("joined the firm in
 * 1999 and rose to the board last year"), with an earlier date (ending at offset `prior`) before the conjunction:
 * that verb's index, or -1.
 */
function coordinatedVerbDated(words: Word[], a: number, prior: number): number {
  const k = words.findIndex((w) => w.start >= a);
  let v = k - 1;
  while (v > 0 && words[v].pos !== 'VERB' && words[v].pos !== 'AUX' && words[v].text !== ',') v--;
  if (v < 2 || words[v].pos !== 'VERB' || /ing$/.test(words[v].lower)) return -1;
  const and = words[v - 1].lower === 'then' ? v - 2 : v - 1;
  if (!/^(?:and|but)$/.test(words[and]?.lower ?? '') || words[and].start < prior) return -1;
  return words.slice(0, and).some((w) => (w.pos === 'VERB' && !/ing$/.test(w.lower)) || w.pos === 'AUX') ? v : -1;
}

/** "-ing" words that open a phrase of a preposition's kind, not a participle's clause ("including", "following"). */
const PREPOSITION_LIKE_ING = /^(?:including|according|following|beginning|starting|during|concerning|regarding|excluding|notwithstanding|pending|ending|going)$/;

/**
 * Whether the date at offset `a` sits in a trailing participle clause (", adding a second shop in 2009", ", closing
 * the port on Tuesday") that follows a main clause with a finite verb, and an earlier date (ending at offset `prior`)
 * sits before that clause's comma: each clause has its own date, and the later one dates the participle's deed.
 */
function trailingParticipleDated(words: Word[], a: number, prior: number): boolean {
  const k = words.findIndex((w) => w.start >= a);
  if (k < 2) return false;
  let c = k - 1;
  while (c > 0 && words[c].text !== ',' && words[c].pos !== 'AUX' && !(words[c].pos === 'VERB' && !/ing$/.test(words[c].lower)) && !/^[;:"“”]$/.test(words[c].text)) c--;
  if (c < 1 || words[c].text !== ',' || words[c].start < prior) return false;
  const v = words[c + 1];
  if (!v || c + 1 >= k || v.pos !== 'VERB' || !/ing$/.test(v.lower) || PREPOSITION_LIKE_ING.test(v.lower)) return false;
  // (the words up to the date hold no finite verb: "flooding the harbour and closing the port on Tuesday" is one clause)
  if (words.slice(c + 2, k).some((w) => (w.pos === 'VERB' && !/ing$/.test(w.lower)) || w.pos === 'AUX')) return false;
  // the main clause before the comma has a finite verb of its own
  return words.slice(0, c).some((w) => (w.pos === 'VERB' && !/ing$/.test(w.lower)) || w.pos === 'AUX');
}

/** Whether the verb nearest before word `k` is a deed told in the simple past ("stopped", "sold"; not "has closed"). */
function pastDeedBefore(words: Word[], k: number): boolean {
  let v = k - 1;
  // (over a gerund it governs: "stopped oil leaking")
  while (v >= 0 && (!/^(?:VERB|AUX)$/.test(words[v].pos) || (words[v].pos === 'VERB' && words[v].lower.endsWith('ing')))) v--;
  if (v < 0 || words[v].pos !== 'VERB' || words[v].lower === words[v].lemma || /(?:s|ing)$/.test(words[v].lower)) return false;
  return !/^(?:has|have|'s|'ve|had|is|are|was|were|be|been|being)$/.test(words[v - 1]?.lower ?? '');
}
