// The day/month order of a numeric date such as 06/03/2025, decided from the strongest evidence on
// the page: a day named with a month word, other numeric dates, the page's places, a zone, dots.

import { monthName } from '../lexicon';
import { countryDayFirst, type PlaceLocale } from '../timezones';
import { agrees, type FoundDate, type NamedDay } from './dates';
import { zoneDayFirst } from './zones';

export interface PickedDate {
  date: FoundDate;
  dayFirst: boolean | null;
  warnings: string[];
}

export interface Evidence {
  /** Day-first or not, from numeric dates elsewhere on the page with a field over 12. */
  pageOrder: boolean | null;
  named: NamedDay[];
  placeLocale: PlaceLocale | null;
  /** Zone abbreviations seen in the header, in order. */
  headerZones: string[];
}

const describe = (year: number, month: number, day: number) => `${day} ${monthName(month)} ${year}`;

/** Decides the d/m order of an ambiguous numeric date from the strongest evidence on the page. */
export function settleOrder(date: FoundDate, evidence: Evidence): PickedDate | null {
  const { first, second } = date.ambiguous!;
  const read = (dayFirst: boolean, warnings: string[]): PickedDate => ({
    date: { ...date, day: dayFirst ? first : second, month: dayFirst ? second : first, ambiguous: null },
    dayFirst,
    warnings,
  });
  const named = evidence.named.filter((d) => d.year === null || Math.abs(d.year - date.year) <= 1);
  const forDayFirst = named.some((d) => agrees(d, date.year, second, first));
  const forMonthFirst = named.some((d) => agrees(d, date.year, first, second));
  if (forDayFirst !== forMonthFirst) return read(forDayFirst, []);
  if (evidence.pageOrder !== null) return read(evidence.pageOrder, []);

  const own = zoneDayFirst(date.zone?.abbreviation ?? null, evidence.placeLocale);
  if (own.dayFirst !== null) return read(own.dayFirst, []);
  const chosen = (dayFirst: boolean) => (dayFirst ? describe(date.year, second, first) : describe(date.year, first, second));
  const place = evidence.placeLocale;
  const placeOrder = place ? countryDayFirst(place.country) : null;
  if (place && placeOrder !== null) {
    const note = place.strong
      ? []
      : [`numeric date '${date.text}' read as ${chosen(placeOrder)} on weak evidence: the page names ${place.places.join(', ')} (${place.country})`];
    return read(placeOrder, note);
  }
  for (const abbreviation of evidence.headerZones) {
    const other = zoneDayFirst(abbreviation, place);
    if (other.dayFirst !== null) {
      return read(other.dayFirst, [`numeric date '${date.text}' read as ${chosen(other.dayFirst)} on weak evidence: the time zone ${abbreviation} elsewhere in the header`]);
    }
  }
  // Dotted numeric dates (06.03.2025) are a day-first convention; month-first writers use slashes.
  if (date.ambiguous!.separator === '.') {
    return read(true, [`numeric date '${date.text}' read as ${chosen(true)} on weak evidence: dots separate day-first dates`]);
  }
  return null;
}

/** Day-first or not, when numeric dates on the page show it by a field over 12. */
export function pageOrder(dates: FoundDate[]): boolean | null {
  const orders = new Set(dates.map((d) => d.orderFromFields).filter((o): o is boolean => o !== null));
  return orders.size === 1 ? [...orders][0] : null;
}
