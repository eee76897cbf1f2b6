// The article's title: a markdown heading or front-matter title, else the first headline-shaped
// line of the header that is not a credit or date line.

import { isProse, wordsOf, type Line } from '../page-chrome';

const MENU_WORDS = /\b(menu|skip to|sign in|log in|subscribe|newsletter|advertisement|search|home page|breadcrumb|cookies?)\b/i;

/** Second words of a site's two-word labels: "Latest news", "Top stories", "More videos". */
const TWO_WORD_CHROME = /^(?:news|stories|story|videos?|photos?|galleries|gallery|updates?|comments?|articles?|posts?|headlines|reads|picks|topics|sections?|links|more|here|now|today|content|menu|search|home)$/i;

export function looksLikeHeadline(s: string): boolean {
  const t = s.trim();
  const words = wordsOf(t);
  // two words only in sentence case, as a headline writes a subject and its verb ("Quake strikes"), not a menu's "World News"
  if (words.length === 2 && !(/^\p{Lu}[\p{Ll}'’-]+\s+\p{Ll}[\p{Ll}'’-]+$/u.test(t) && !TWO_WORD_CHROME.test(words[1]))) return false;
  if (words.length < 2 || words.length > 30 || t.length > 250) return false;
  if (/[>»›]/.test(t) || /\s\/\s.*\s\/\s/.test(t) || /:$/.test(t) || /https?:\/\/|www\./i.test(t)) return false;
  if ((t.match(/[|•·]/g)?.length ?? 0) >= 1) return false;
  if (/\S(?: {2,}|\t)\S.*(?: {2,}|\t)\S/.test(t)) return false; // nav items spaced apart
  if (MENU_WORDS.test(t) && words.length <= 6) return false;
  if (!/[a-z]/.test(t) && words.length < 4) return false;
  if (/^(photo|image|file photo|picture|caption|video)\b/i.test(t)) return false;
  return true;
}

/**
 * "Council votes to close libraries | Harbour Courier": a page title with the site's name after one
 * bar. The name is short and capitalised, with no digits; the headline before it is returned alone.
 */
const SITE_AFTER_BAR = /^(.*\S) \| ((?:[\p{Lu}&][\p{L}&'.-]*)(?: (?:[\p{Lu}&][\p{L}&'.-]*|of|the|and|de|la))*)$/u;
export function withoutBarSite(text: string): { headline: string; site: string | null } {
  const m = SITE_AFTER_BAR.exec(text.trim());
  if (!m || m[1].includes('|') || wordsOf(m[2]).length > 4) return { headline: text, site: null };
  return { headline: m[1], site: m[2] };
}

/** The header line that holds the title: a `# ` heading first, then a line that is not running prose. */
export function pickTitleLine(headerLines: Line[], top: Line[], hasBody: boolean, isCredit: (l: Line) => boolean, isDated: (l: Line) => boolean): Line | null {
  const candidates = headerLines.filter((l) => !isCredit(l) && !isDated(l) && looksLikeHeadline(withoutBarSite(l.text.replace(/^#+\s*/, '')).headline));
  const line = candidates.find((l) => /^#\s/.test(l.text)) ?? candidates.find((l) => !isProse(l.text)) ?? candidates[0] ?? null;
  if (line || hasBody) return line;
  return top.find((l) => l.text.trim() && looksLikeHeadline(l.text.replace(/^#+\s*/, ''))) ?? null;
}

export const titleText = (line: Line): string => line.text.replace(/^#+\s*/, '').trim();
