// The publication date: of the full dates in the header (or, failing that, on a line that opens
// with a label such as "Published"), the one whose label ranks highest, with its time and zone.

import type { PlaceLocale } from '../timezones';
import type { PublicationDate } from '../types';
import { opening, type Line } from '../page-chrome';
import { LABELLED_LINE, namedDays, type FoundDate } from './dates';
import { pageOrder, settleOrder, type Evidence, type PickedDate } from './day-order';
import type { HeaderReading } from './sketch';
import { zoneAbbreviationsIn, zoneOfPublication } from './zones';

export interface PageParts {
  /** Non-empty lines above the body (or the top of the page when no body was found). */
  headerLines: Line[];
  bodyLine: Line | null;
  footerLines: Line[];
  /** Dates from the front matter, already ranked as publication dates. */
  frontMatterDates: FoundDate[];
  /** A date stamp run into the first paragraph ("Published 3 Sep 2024 The council voted ..."). */
  stamp: FoundDate | null;
  /** Lines from here to `headerEnd` were already read as header. */
  frontMatterEnd: number;
  headerEnd: number;
}

export interface Publication {
  published: PublicationDate | null;
  picked: PickedDate | null;
  evidence: Evidence;
  warnings: string[];
}

/** Picks the publication date and reads its zone; warns when a numeric date's order is unclear or no date is found. */
export function readPublication(reading: HeaderReading, parts: PageParts, placeLocale: PlaceLocale | null): Publication {
  const { headerLines, bodyLine, footerLines } = parts;
  const warnings: string[] = [];
  const candidates: FoundDate[] = [...parts.frontMatterDates, ...headerLines.flatMap((l) => reading.dates(l)), ...(parts.stamp ? [parts.stamp] : [])];
  if (candidates.length === 0) {
    for (const l of reading.page.lines) {
      if (l.index < parts.headerEnd && l.index >= parts.frontMatterEnd) continue;
      // Only a line that opens with a label: "updated" in running prose is not a date stamp.
      if (!LABELLED_LINE.test(l.text) || reading.page.isProse(l)) continue;
      candidates.push(...reading.dates(l));
      if (candidates.length) break;
    }
  }
  const evidenceLines = [...headerLines, ...(bodyLine ? [bodyLine] : []), ...footerLines];
  const evidence: Evidence = {
    pageOrder: pageOrder(evidenceLines.flatMap((l) => reading.dates(l))),
    named: [...headerLines, ...(bodyLine ? [bodyLine] : [])].flatMap((l) => namedDays(opening(l.text))),
    placeLocale,
    headerZones: headerLines.flatMap((l) => zoneAbbreviationsIn(opening(l.text))),
  };
  // Numeric dates are excluded from the evidence about themselves; namedDays reads ISO and month names only.
  const ranked = [...candidates].sort((a, b) => b.rank - a.rank || Number(b.hour !== null) - Number(a.hour !== null) || a.start - b.start);
  let picked: PickedDate | null = null;
  for (const candidate of ranked) {
    if (!candidate.ambiguous) {
      picked = { date: candidate, dayFirst: candidate.orderFromFields, warnings: [] };
      break;
    }
    const settled = settleOrder(candidate, evidence);
    if (settled) {
      picked = settled;
      break;
    }
    warnings.push(`ambiguous numeric date '${candidate.text}': cannot tell day from month`);
  }
  if (picked && picked.date.hour === null) {
    // "March 6, 2025" above and "Updated 11:36 AM, 06/03/2025" below: take the time from the same day.
    const same = ranked.find((d) => d.hour !== null && !d.ambiguous && d.year === picked!.date.year && d.month === picked!.date.month && d.day === picked!.date.day);
    if (same) picked = { ...picked, date: same };
  }

  let published: PublicationDate | null = null;
  if (picked) {
    const d = picked.date;
    warnings.push(...picked.warnings);
    published = {
      year: d.year,
      month: d.month,
      day: d.day,
      hour: d.hour,
      minute: d.minute,
      ...zoneOfPublication(d, placeLocale, evidence.headerZones),
      text: d.text,
      start: d.start,
      end: d.end,
    };
  } else if (!warnings.length) warnings.push('no publication date found');
  return { published, picked, evidence, warnings };
}
