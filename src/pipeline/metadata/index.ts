// Stage 2: what a scraped article says about itself - title, publisher, publication date and
// time zone, dateline - read from the shapes of header, byline, dateline and footer lines.
// The publisher is the organisation credited with the story (dateline agency, credit line, byline)
// before the site's own marks (sign-off, copyright, syndication note), kept as written.
//
// One concern per module: front-matter, sketch (where header, body and footer lie), dates and
// zones (full dates and the zone beside them), day-order (06/03 or 03/06), publication (which
// date is the publication date), title, dateline, credits (publisher and filing place).

import { isWebAddress } from '../../core/schema';
import { countryDayFirst, localeFromPlaces } from '../timezones';
import type { ArticleMetadata, Span } from '../types';
import { opening, pageShapeWarnings, readPage, type Line, type Page } from '../page-chrome';
import { footerCredit, isMasthead, readCreditLine, sameName } from './credits';
import { parseDateline } from './dateline';
import { readFrontMatter } from './front-matter';
import { readPublication } from './publication';
import { HeaderReading, sketchPage } from './sketch';
import { headlineBeforeStamp, runInStamp } from './stamp';
import { looksLikeHeadline, pickTitleLine, titleText, withoutBarSite } from './title';
import { zoneDayFirst } from './zones';

export { titleCasePlace } from './dateline';

/**
 * Reads an article's title, publisher, publication date and zone, dateline and header spans.
 * `page` is the page as the body stage will see it, so that each line is judged once.
 */
export function extractMetadata(text: string, _file: string, page: Page = readPage(text)): ArticleMetadata {
  const { lines } = page;
  const reading = new HeaderReading(page);
  const frontMatter = readFrontMatter(lines);
  // "URL: https://..." or "Source: https://..." among the first lines: the article's address, not
  // its headline, credit or text.
  const addressLines = lines.slice(frontMatter.end, frontMatter.end + 12).filter((l) => addressOnLine(l.text) !== null);
  const isAddressLine = (l: Line) => addressLines.includes(l);
  const url = frontMatter.url ?? (addressLines.length ? addressOnLine(addressLines[0].text) : null);
  const sketch = sketchPage(reading, frontMatter.end);
  const bodyLine = sketch.body >= 0 && !isAddressLine(lines[sketch.body]) ? lines[sketch.body] : null;
  const top = lines.slice(frontMatter.end).filter((l) => !isAddressLine(l));
  const headerLines = (bodyLine ? lines.slice(frontMatter.end, sketch.body) : top.slice(0, 60)).filter((l) => l.text.trim() && !isAddressLine(l));
  const headerEnd = bodyLine ? bodyLine.index : lines.length;
  const footerLines = lines.slice(sketch.footer).filter((l) => l.text.trim()).slice(0, 120);

  const creditLines = headerLines.filter((l) => reading.isCredit(l));

  // A date stamp run into the body's first line, or into one of the first lines of a page without a header.
  const stampLines = bodyLine ? [bodyLine] : top.filter((l) => l.text.trim()).slice(0, 3);
  const stamp = stampLines.map((l) => runInStamp(l, reading.dates(l))).find((s) => s !== null) ?? null;
  // (the lead after a stamp that opens the body's first line)
  const lead = bodyLine && stamp && stamp.start === bodyLine.start ? bodyLine.text.slice(stamp.end - bodyLine.start) : bodyLine?.text;

  // Dateline and the agency credited in it: opening the body's first line (after its stamp), or alone on the line
  // above it ("HARBOURTON, Ont. (Agency) --"), which is then no headline.
  const lineAbove = bodyLine ? headerLines[headerLines.length - 1] : undefined;
  const datelineAbove = lineAbove && bodyLine ? parseDateline(lineAbove.text, bodyLine.text) : null;
  const dateline = datelineAbove ?? (lead !== undefined ? parseDateline(lead) : null);

  // Publisher: the organisation credited with the story first, then the site's own marks.
  const publisherSources: string[] = [];
  if (frontMatter.publisher) publisherSources.push(frontMatter.publisher);
  if (dateline?.agency) publisherSources.push(dateline.agency);
  let placeFromCredit: string | null = null;
  for (const l of creditLines) {
    const credit = readCreditLine(l);
    if (credit.publisher) publisherSources.push(credit.publisher);
    placeFromCredit ??= credit.place;
  }
  const footerUsed: Line[] = [];
  for (const l of footerLines) {
    const name = footerCredit(l.text);
    if (name) {
      publisherSources.push(name);
      footerUsed.push(l);
    }
  }
  const credited = publisherSources[0]?.replace(/[\s.,;:]+$/, '') ?? null;

  // Title: a markdown heading or front-matter title, else the first headline-shaped line. A
  // masthead ("The Daily Courier") above it names the publication, not the story.
  const mastheads = headerLines.filter((l) => !reading.isCredit(l) && isMasthead(l.text));
  const isMastheadLine = (l: Line) =>
    mastheads.includes(l) && ((credited !== null && sameName(l.text, credited)) || headerLines.some((h) => h.index > l.index && !isMasthead(h.text) && looksLikeHeadline(h.text)));
  let titleLine: Line | null = null;
  let title: string | null = frontMatter.title;
  if (!title) {
    const titleCandidates = datelineAbove ? headerLines.filter((l) => l !== lineAbove) : headerLines;
    titleLine = pickTitleLine(titleCandidates, top, bodyLine !== null, (l) => reading.isCredit(l) || isMastheadLine(l), (l) => reading.dates(l).length > 0);
    title = titleLine ? titleText(titleLine) : null;
  }
  // ("Board votes to close pier HARBOURTON | Sat May 16, 2009 ...": the headline the page ran into the stamp)
  if (!title && stamp && lead !== undefined) title = headlineBeforeStamp(stamp, lead);
  const titleIndex = titleLine?.index ?? (headerLines[0]?.index ?? 0);
  const guesses: string[] = [];
  // "Council votes to close libraries - The Daily Courier": the site's name after the headline;
  // after a bar ("... | Harbourline") any short capitalised name is one, as a headline has no bar.
  const siteSuffix = titleLine && title ? / [-–—] ([^-–—]{2,60})$/.exec(title) : null;
  const barSite = titleLine && title ? withoutBarSite(title) : null;
  let siteName: string | null = null;
  if (siteSuffix && (isMasthead(siteSuffix[1]) || (credited !== null && sameName(siteSuffix[1], credited)))) {
    siteName = siteSuffix[1].trim();
    title = title!.slice(0, siteSuffix.index).trim();
  } else if (barSite?.site) {
    siteName = barSite.site;
    title = barSite.headline.trim();
  }
  if (title === null) guesses.push('no title found');
  else if (titleLine && page.isProse(titleLine)) guesses.push(`title guessed from the first sentence: no headline line above the text`);

  // Publisher: else the masthead above the title, which is a guess.
  let publisher = credited;
  const masthead = mastheads.find((l) => l.index <= titleIndex && l !== titleLine);
  if (publisher === null && masthead) {
    publisher = masthead.text.replace(/^#+\s*/, '').replace(/[*_]+/g, '').trim();
    guesses.push(`publisher guessed from the masthead '${publisher}'`);
  } else if (publisher === null && siteName) {
    publisher = siteName;
    guesses.push(`publisher guessed from the site name after the title '${publisher}'`);
  } else if (publisher === null) guesses.push('no publisher found');

  // The publisher's locale, from place names in the menus above the title and in the footer.
  const chrome = [...headerLines.filter((l) => l.index < titleIndex), ...footerLines].map((l) => opening(l.text));
  const placeLocale = localeFromPlaces(chrome);

  const { published, picked, evidence, warnings } = readPublication(
    reading,
    { headerLines, bodyLine, footerLines, frontMatterDates: frontMatter.dates, stamp: stamp?.date ?? null, frontMatterEnd: frontMatter.end, headerEnd },
    placeLocale,
  );

  // Locale and page-wide d/m order, for reading numeric dates in the body.
  const zoneHint = zoneDayFirst(picked?.date.zone?.abbreviation ?? evidence.headerZones[0] ?? null, placeLocale);
  const locale = placeLocale?.country ?? zoneHint.country;
  const dayFirst = picked?.dayFirst ?? evidence.pageOrder ?? (placeLocale ? countryDayFirst(placeLocale.country) : null) ?? zoneHint.dayFirst;

  // Header spans: everything above the body, else the lines metadata was read from; plus footer credits.
  const header: Span[] = [];
  if (frontMatter.end > 0) header.push({ start: 0, end: lines[frontMatter.end - 1].start + lines[frontMatter.end - 1].text.length });
  if (bodyLine && headerLines.length) {
    const first = headerLines[0];
    const last = headerLines[headerLines.length - 1];
    header.push({ start: first.start, end: last.start + last.text.length });
  } else {
    for (const l of [...creditLines, ...(titleLine ? [titleLine] : [])]) header.push(lineSpan(l));
  }
  // The date line counts as header even when it was found below the body ("Published on ..." at the end).
  // A stamp run into a paragraph is cut from its line; the sentence after it stays body.
  if (stamp) header.push({ start: stamp.start, end: stamp.end });
  if (picked && picked.date.line !== stamp?.date.line) header.push(lineSpan(lines[picked.date.line]));
  for (const l of footerUsed) header.push(lineSpan(l));
  for (const l of addressLines) header.push(lineSpan(l));

  warnings.push(...guesses, ...pageShapeWarnings(page));

  return {
    title,
    publisher,
    published,
    dateline: dateline?.place ?? placeFromCredit,
    dayFirst,
    locale,
    header: mergeSpans(header),
    warnings,
    ...(url ? { url } : {}),
  };
}

/** The address on a `URL:`, `Source:`, `Link:` or `Canonical:` line, when the line is only that (http or https). */
function addressOnLine(text: string): string | null {
  const m = /^\s*(?:url|source|link|canonical)\s*:\s*<?(\S+?)>?\s*$/i.exec(text);
  return m && isWebAddress(m[1]) ? m[1] : null;
}

const lineSpan = (l: Line): Span => ({ start: l.start, end: l.start + l.text.length });

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
