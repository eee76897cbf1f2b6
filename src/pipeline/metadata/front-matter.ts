// Markdown front matter (`---` ... `---`) with title, date and source keys.

import { isWebAddress } from '../../core/schema';
import type { Line } from '../page-chrome';
import { datesOnLine, Rank, type FoundDate } from './dates';

export interface FrontMatter {
  /** Index of the first line after the front matter (0 when there is none). */
  end: number;
  title: string | null;
  publisher: string | null;
  /** The article's address (`url:`, `canonical:`, or `source:` holding an address). */
  url: string | null;
  dates: FoundDate[];
}

/** Markdown front matter (`---` ... `---`) with title, date and source keys. */
export function readFrontMatter(lines: Line[]): FrontMatter {
  const none: FrontMatter = { end: 0, title: null, publisher: null, url: null, dates: [] };
  if (lines[0]?.text.trim() !== '---') return none;
  const close = lines.findIndex((l, i) => i > 0 && i < 60 && l.text.trim() === '---');
  if (close < 0) return none;
  let title: string | null = null;
  let publisher: string | null = null;
  let url: string | null = null;
  const dates: FoundDate[] = [];
  for (const l of lines.slice(1, close)) {
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(l.text);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].replace(/^["']|["']$/g, '');
    if (key === 'title' && value) title = value;
    else if (/^(url|source|canonical|canonical_url|link)$/.test(key) && isWebAddress(value)) url ??= value;
    else if (/^(publisher|source|site|site_name|agency)$/.test(key) && value && !isWebAddress(value)) publisher = value;
    else if (/^(date|published|published_at|pubdate|created)$/.test(key)) {
      dates.push(...datesOnLine(l).map((d) => ({ ...d, rank: Rank.Published })));
    }
  }
  return { end: close + 1, title, publisher, url, dates };
}
