// Credit lines in the header (bylines, "AGENCY | Place | Updated: ..." strips) and the site's own
// marks in the footer (sign-off, copyright, "edited by ... staff", "Source:"): who is credited with
// the story and where it was filed.

import nlp from 'compromise';
import { isKnownPlace } from '../timezones';
import { wordsOf, type Line } from '../page-chrome';
import { LABEL_WORD, Rank, type FoundDate } from './dates';
import { looksLikeAgency, titleCasePlace } from './dateline';
import { runInStamp } from './stamp';

const BYLINE = /^\s*(?:by|from|written by|words by|story by)\s+\S/i;

/** A byline, credit or date line: short, and mostly a date, a label, pipes or "By ...". */
export function isCreditLine(line: Line, dates: FoundDate[], prose: boolean): boolean {
  const s = line.text.trim();
  const words = wordsOf(s).length;
  if (BYLINE.test(s) && words <= 16) return true;
  if (dates.length === 0) return false;
  // ("Headline PLACE | Sat May 16, 2009 3:13 pm EDT PLACE (Agency) - The board voted ...": a lead runs on after the stamp)
  if (s.includes('|') && words <= 40) return runInStamp(line, dates)?.before === undefined;
  // "The ministry updated its guidance on March 3, 2025." is a sentence, not a date stamp.
  if (words > 25 || prose) return false;
  if (dates.some((d) => d.rank !== Rank.Plain)) return true;
  const dated = dates.reduce((n, d) => n + d.text.length, 0);
  return dated >= 0.4 * s.length || words <= 8;
}

const SIGN_OFF = /^\s*(?:--|—|–)\s*([A-Z][^\s]*(?:[ \t]+[^\s]+){0,5})\s*$/;
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)/i;
const EDITED_BY = /\bedited by ([A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,4})[ \t]+staff\b/;
const SOURCE_LINE = /^\s*(?:source|courtesy)\s*:\s*([A-Z][^|•·\n]{1,50}?)\s*$/i;

/** "© 2025 NAME • Privacy" -> "NAME"; "Copyright 2018 Name. All rights reserved." -> "Name". */
function copyrightHolder(s: string): string | null {
  const m = COPYRIGHT.exec(s);
  if (!m) return null;
  let rest = s.slice(m.index + m[0].length);
  const hadYear = /^\s*(?:©|\(c\))?\s*\d{4}/i.test(rest);
  rest = rest.replace(/^\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*/i, '');
  const name = rest
    .split(/\s*(?:[•|·]|\s[-–—]\s|\.\s|\.$|,|\ball rights reserved\b)/i)[0]
    .replace(/\s+\d{4}$/, '')
    .trim();
  if (!name || !/^[A-Za-z]/.test(name) || wordsOf(name).length > 6) return null;
  if (!m[0].startsWith('©') && !/\(c\)/i.test(m[0]) && !hadYear) return null;
  return name;
}

const ROLE_WORDS = /\b(staff|writer|reporter|correspondent|editor|contributor|columnist|bureau|chief|desk|intern|photographer|special)\b/i;

/** The organisation at the end of a byline ("By Jane Roe, Agency", "By Jane Roe (Agency)", "By Agency"), or the place ("By Jane Roe, Springfield"). */
function bylineCredit(s: string): { publisher: string | null; place: string | null } {
  const none = { publisher: null, place: null };
  const body = s.trim().replace(/^(?:by|from|written by|words by|story by)\s+/i, '');
  const paren = /\(([^()]{2,50})\)\s*$/.exec(body);
  if (paren && looksLikeAgency(paren[1])) return { publisher: paren[1].trim(), place: null };
  const comma = body.lastIndexOf(',');
  if (comma > 0) {
    const tail = body.slice(comma + 1).trim();
    if (!tail || !looksLikeAgency(tail) || ROLE_WORDS.test(tail)) return none;
    return isKnownPlace(tail) ? { publisher: null, place: titleCasePlace(tail) } : { publisher: tail, place: null };
  }
  const name = body.replace(/\s+staff$/i, '').trim();
  return wordsOf(name).length === 1 && looksLikeAgency(name) ? { publisher: name, place: null } : none;
}

const SECTION_WORDS = /^(news|world|nation|national|local|region|regional|business|economy|markets?|sports?|opinion|politics|entertainment|lifestyle|tech|technology|science|health|home|latest|top|stories|breaking|international|asia|africa|europe|americas|middle|east|pacific|city|metro|india|us|uk)$/i;

/** "World News", "Top Stories", "India News": a site section, not a credit. */
function isSection(segment: string): boolean {
  const words = wordsOf(segment);
  return words.length <= 4 && words.some((w) => SECTION_WORDS.test(w)) && words.every((w) => SECTION_WORDS.test(w) || isKnownPlace(w));
}

/** "Jane Roe": a person's name, as the tagger knows first names, and no publication word ("Jane Roe Weekly" is a title). */
function isPersonName(segment: string): boolean {
  return !PUBLICATION_WORD.test(segment) && nlp(segment).people().text().trim() === segment.trim();
}

/** "AGENCY | Place | Updated: ...", "Name · Published: ...", "By Name | Place | date", "By Name, Agency": who is credited and where it was filed. */
export function readCreditLine(line: Line): { publisher: string | null; place: string | null } {
  const s = line.text.trim();
  let separator: RegExp = /\|/;
  if (!s.includes('|')) {
    if (BYLINE.test(s)) return bylineCredit(s.split(/\s+[-–—·]\s+|\s{2,}/)[0]);
    // "**Courier** · Published: 3 Sep 2024": a masthead name beside the date, split by a dot.
    if (!/[·•]/.test(s)) return { publisher: null, place: null };
    separator = /[·•]/;
  }
  const segments = s
    .split(separator)
    .map((x) => x.trim().replace(/^[*_]+|[*_]+$/g, '').trim())
    .filter(Boolean);
  const names: string[] = [];
  let publisher: string | null = null;
  let place: string | null = null;
  for (const seg of segments) {
    if (/\d/.test(seg) || LABEL_WORD.test(seg)) continue;
    // "Jane Roe | Published ...", "Jane Roe, Courier | ...": the writer's name is a byline without "By"
    const comma = seg.indexOf(',');
    if (BYLINE.test(seg) || isPersonName(comma > 0 ? seg.slice(0, comma) : seg)) {
      const byline = bylineCredit(seg);
      publisher ??= byline.publisher;
      place ??= byline.place;
      continue;
    }
    if ((looksLikeAgency(seg) || /^[A-Z][\w&.'’ -]*$/.test(seg)) && !isSection(seg)) names.push(seg);
  }
  // Known places are the filing place; of the rest, the first is the credited organisation.
  for (const name of names) {
    if (place === null && isKnownPlace(name)) place = titleCasePlace(name);
    else if (publisher === null) publisher = name;
    else place ??= titleCasePlace(name);
  }
  return { publisher, place };
}

/** The organisation named by a footer line: a wire sign-off, a copyright holder, "edited by ... staff" or "Source:". */
export function footerCredit(s: string): string | null {
  const signOff = SIGN_OFF.exec(s);
  const name = signOff && looksLikeAgency(signOff[1]) ? signOff[1] : (copyrightHolder(s) ?? EDITED_BY.exec(s)?.[1] ?? SOURCE_LINE.exec(s)?.[1]);
  return name ? name.trim() : null;
}

/** Words that name a kind of publication: a masthead says what the site is, a headline what happened. */
const PUBLICATION_WORD =
  /\b(?:times|post|news|herald|tribune|courier|gazette|journal|daily|chronicle|telegraph|guardian|observer|express|mail|star|sun|mirror|press|review|record|bulletin|examiner|inquirer|dispatch|standard|independent|globe|register|today|weekly|magazine|media|network|tv|radio|online|wire|agency|report|reporter|monitor|sentinel|leader|voice|world|post-gazette)\b/i;

/** A masthead: a short name in capitals with a publication word ("The Daily Courier", "**COURIER**"). */
export function isMasthead(text: string): boolean {
  const s = text.replace(/^#+\s*/, '').replace(/[*_]+/g, '').trim();
  const words = wordsOf(s);
  if (words.length === 0 || words.length > 4 || /[\d|:;,.!?]$|[|:;!?]|\d/.test(s)) return false;
  const named = words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:the|of|and|&|de|la|el)$/i.test(w));
  return named && PUBLICATION_WORD.test(s) && !isSection(s);
}

/** "The Daily Courier" and "Daily Courier" are one name. */
export const sameName = (a: string, b: string): boolean => {
  const key = (s: string) => s.replace(/[*_]+/g, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return key(a) === key(b);
};
