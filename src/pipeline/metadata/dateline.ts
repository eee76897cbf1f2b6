// The dateline that opens a wire story ("WASHINGTON, March 6 (Agency) --", "LONDON (Agency) -",
// "NEW DELHI:"): the place it was filed from and the agency credited in it.

import { isKnownPlace } from '../timezones';
import { wordsOf } from '../page-chrome';
import { MONTH, ORDINAL } from './dates';

// Section labels that open a headline the way a place opens a dateline ("COMMENTARY: Council ...")
const NOT_A_PLACE = new Set(
  'BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS OPINION WATCH PHOTOS VIDEO LIVE EDITORIAL COMMENT COMMENTARY REVIEW NOTE EDITOR OBITUARY INTERVIEW FEATURE PERSPECTIVE FACTBOX EXPLAINER INSIGHT FOCUS PREVIEW CORRECTION COLUMN LETTERS PODCAST'.split(' '),
);
const DATELINE_PLACE = /[A-Z][A-Za-z'’.-]*(?:[ /][A-Z][A-Za-z'’.-]*){0,5}/y;
const DATELINE_QUALIFIER = /,[ \t]*([A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)(?=[ \t]*[,(\[:—–-])/y;
const DATELINE_BRACKET = /[ \t]*\[[^\]\n]{1,40}\]/y;
const DATELINE_DATE = new RegExp(`,?[ \\t]*(?:${MONTH}[ \\t]+\\d{1,2}${ORDINAL}|\\d{1,2}[ \\t]+${MONTH})(?:,?[ \\t]+\\d{4})?`, 'iy');
const DATELINE_AGENCY = /[ \t]*\(([^()\n]{1,50})\)/y;
// AP's "WASHINGTON _" and "MOSCOW (AP)_": an underscore stands for the dash on older wires
const DATELINE_SEPARATOR = /[ \t]*(?:-{1,3}|—|–|:|_{1,2})[ \t]*/y;

const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'i');

/** What follows a dateline is the story's first sentence, not more menu items or a date. */
function opensSentence(rest: string): boolean {
  const words = wordsOf(rest);
  return words.length >= 4 && words.filter((w) => /^[a-z]/.test(w)).length >= 2;
}

export interface Dateline {
  place: string | null;
  agency: string | null;
  /** Where the story's own words begin, after the dateline and its dash (the line's length for a dateline alone on it). */
  end: number;
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** A news agency's name in parentheses or after a dash: short, capitalised, not a photo credit. */
export function looksLikeAgency(name: string): boolean {
  const n = name.trim();
  return /^[A-Z][A-Za-z0-9&.'’ /-]*$/.test(n) && wordsOf(n).length <= 5 && !/\b(photo|file|video|image|reporting|updated|with|via|and)\b/i.test(n);
}

/**
 * "WASHINGTON, March 6 (Agency) --", "LONDON (Agency) -", "NEW DELHI:", "(Agency) -" at a paragraph's start.
 * A dateline alone on its line ("HARBOURTON, Ont. (Agency) --") is one when `following`, the text after it, opens a sentence.
 */
export function parseDateline(s: string, following?: string): Dateline | null {
  // alone on its line: read it as if the story ran straight on after it
  if (following !== undefined) {
    const alone = /\S/.test(s) && !opensSentence(s) ? parseDateline(`${s.trimEnd()} ${following.trimStart()}`) : null;
    // a line broken inside the lede ("LONDON (Agency) - Harbour plc (HB." then the rest) still opens with the dateline
    return alone && { ...alone, end: alone.end >= s.trimEnd().length ? s.length : alone.end };
  }
  const lead = s.length - s.trimStart().length;
  let at = lead;
  let place: string | null = null;
  const agencyFirst = sticky(DATELINE_AGENCY, s, at);
  if (agencyFirst && looksLikeAgency(agencyFirst[1])) {
    const sep = sticky(DATELINE_SEPARATOR, s, DATELINE_AGENCY.lastIndex);
    const ok = sep && /[-—–]/.test(sep[0]) && opensSentence(s.slice(DATELINE_AGENCY.lastIndex + sep[0].length));
    return ok ? { place: null, agency: agencyFirst[1].trim(), end: DATELINE_AGENCY.lastIndex + sep[0].length } : null;
  }
  const placeMatch = sticky(DATELINE_PLACE, s, at);
  if (!placeMatch) return null;
  place = placeMatch[0].replace(/[.'’-]+$/, '');
  at = lead + place.length;
  const qualifier = sticky(DATELINE_QUALIFIER, s, at);
  if (qualifier && !MONTH_ONLY.test(qualifier[1])) {
    place += `, ${qualifier[1]}`;
    at = DATELINE_QUALIFIER.lastIndex;
  }
  const bracket = sticky(DATELINE_BRACKET, s, at);
  if (bracket) at = DATELINE_BRACKET.lastIndex;
  const date = sticky(DATELINE_DATE, s, at);
  if (date) at = DATELINE_DATE.lastIndex;
  const agency = sticky(DATELINE_AGENCY, s, at);
  const agencyName = agency && looksLikeAgency(agency[1]) ? agency[1].trim() : null;
  if (agencyName) at = DATELINE_AGENCY.lastIndex;
  // Some wires run straight on after the credit: "NEW DELHI, March 6 (Agency) Officials said ...".
  const sep = sticky(DATELINE_SEPARATOR, s, at) ?? (agencyName && /^[ \t]+[A-Z]/.test(s.slice(at)) ? [''] : null);
  if (!sep || !opensSentence(s.slice(at + sep[0].length))) return null;
  const bare = place.split(',')[0];
  const capitals = /[A-Z]{2}/.test(bare) && bare === bare.toUpperCase();
  if (NOT_A_PLACE.has(bare.toUpperCase())) return null;
  // A mixed-case word before a colon or dash is a sentence ("Officials said:") unless it is a known place.
  if (!capitals && !agencyName && !date && !isKnownPlace(bare)) return null;
  return { place: titleCasePlace(place), agency: agencyName, end: at + sep[0].length };
}

/**
 * How many characters of `text` a dateline opening it takes, its dash and the space after included
 * ("MOSCOW (AP)_ Presidents met" -> 12); 0 when it opens with none. One home for what a dateline looks
 * like, for any stage that must leave it out of a sentence's words.
 */
export function datelineLength(text: string): number {
  return parseDateline(text)?.end ?? 0;
}

const SMALL_WORDS = new Set(['of', 'de', 'da', 'do', 'du', 'la', 'le', 'del', 'des', 'y', 'and', 'upon', 'on', 'el']);

/** "NEW DELHI" -> "New Delhi", "GAZA CITY/CAIRO" -> "Gaza City/Cairo"; mixed case is kept as written. */
export function titleCasePlace(place: string): string {
  const bare = place.split(',')[0];
  if (bare !== bare.toUpperCase()) return place.trim();
  let first = true;
  return place.trim().replace(/[A-Za-z]+(\.?)/g, (word, dot: string, offset: number, all: string) => {
    const letters = word.slice(0, word.length - dot.length);
    const afterComma = all.slice(0, offset).includes(',');
    const result =
      // "N.Y.": an initial is no small word, even where one is spelt the same ("y")
      !first && !dot && SMALL_WORDS.has(letters.toLowerCase())
        ? letters.toLowerCase()
        : !dot && !/[AEIOU]/.test(letters) && letters.length <= 3
          ? letters
          : afterComma && letters.length <= 2 && !dot
            ? letters
            : letters[0] + letters.slice(1).toLowerCase();
    first = false;
    return result + dot;
  });
}
