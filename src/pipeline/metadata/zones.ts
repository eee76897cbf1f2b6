// Time zones written in a page's header: a zone after a time ("4:12 PM GMT", "(UTC+5:30)", "EDT"),
// which zone a page's abbreviations point to, and the offset of the publication time.

import { countryDayFirst, ZONE_ABBREVIATIONS, zoneOffsetMinutes, type PlaceLocale } from '../timezones';
import type { PublicationDate } from '../types';

export interface Zone {
  abbreviation: string | null;
  /** Minutes east of UTC; null for a generic name (ET) whose offset depends on the date. */
  offset: number | null;
}

const ZONE_AFTER = /[ \t]*\(?[ \t]*(?:(?:GMT|UTC)[ \t]*([+-])[ \t]*(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})|([A-Z]{1,5})(?![a-z]))\)?/y;

export function knownZone(abbreviation: string | null | undefined) {
  return abbreviation && Object.hasOwn(ZONE_ABBREVIATIONS, abbreviation) ? ZONE_ABBREVIATIONS[abbreviation] : undefined;
}

export function zoneFrom(s: string, at: number): { zone: Zone; end: number } | null {
  ZONE_AFTER.lastIndex = at;
  const m = ZONE_AFTER.exec(s);
  if (!m) return null;
  const sign = m[1] ?? m[4];
  if (sign) {
    const hours = Number(m[2] ?? m[5]);
    const minutes = Number(m[3] ?? m[6] ?? 0);
    if (hours > 14 || minutes > 59) return null;
    const label = m[1] ? s.slice(at, ZONE_AFTER.lastIndex).trim().replace(/^\(|\)$/g, '') : null;
    return { zone: { abbreviation: label, offset: (sign === '-' ? -1 : 1) * (hours * 60 + minutes) }, end: ZONE_AFTER.lastIndex };
  }
  const known = knownZone(m[7]);
  if (!known || m[7] === 'Z') return null;
  return { zone: { abbreviation: m[7], offset: known.offset }, end: ZONE_AFTER.lastIndex };
}

/** Zone abbreviations written after a time ("4 PM EDT", "10:30 (IST)"), in order. */
export function zoneAbbreviationsIn(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\d(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?[ \t]*\(?([A-Z]{2,5})\b/g)) {
    if (knownZone(m[1])?.country) out.push(m[1]);
  }
  return out;
}

/** Day-first order and country implied by a zone abbreviation, read with the page's place evidence. */
export function zoneDayFirst(abbreviation: string | null, placeLocale: PlaceLocale | null): { dayFirst: boolean | null; country: string | null } {
  const known = knownZone(abbreviation);
  if (!known) return { dayFirst: null, country: null };
  if (placeLocale && known.alternatives?.[placeLocale.country]) return { dayFirst: countryDayFirst(placeLocale.country), country: placeLocale.country };
  return { dayFirst: known.dayFirst, country: known.country };
}

/** The time zone of the publication time: written beside it, or else implied by the page's places. */
export function zoneOfPublication(
  date: { year: number; month: number; day: number; hour: number | null; minute: number | null; zone: Zone | null },
  place: PlaceLocale | null,
  headerZones: string[],
): Pick<PublicationDate, 'offsetMinutes' | 'timeZone' | 'offsetSource'> {
  const hour = date.hour ?? 12;
  const minute = date.minute ?? 0;
  const placeOffset = place?.zone ? zoneOffsetMinutes(place.zone, date.year, date.month, date.day, hour, minute) : null;
  const written = date.zone ?? headerZone(headerZones);
  if (written) {
    const known = knownZone(written.abbreviation);
    const alternative = place && known?.alternatives?.[place.country];
    let offset = alternative ? alternative.offset : written.offset;
    let zone = alternative ? alternative.zone : (known?.zone ?? null);
    if (offset === null && zone) offset = zoneOffsetMinutes(zone, date.year, date.month, date.day, hour, minute);
    if (place?.zone && placeOffset !== null && placeOffset === offset) zone = place.zone;
    if (offset !== null) return { offsetMinutes: offset, timeZone: zone, offsetSource: 'text' };
  }
  if (place?.zone && placeOffset !== null) return { offsetMinutes: placeOffset, timeZone: place.zone, offsetSource: 'locale' };
  return { offsetMinutes: null, timeZone: null, offsetSource: null };
}

function headerZone(headerZones: string[]): Zone | null {
  const abbreviation = headerZones[0];
  return abbreviation ? { abbreviation, offset: ZONE_ABBREVIATIONS[abbreviation].offset } : null;
}
