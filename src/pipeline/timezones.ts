// Where a publisher is and what its clock says: time-zone abbreviations, DST-correct offsets of
// IANA zones, and a publisher's country guessed from place names in a page's menus and footer.

import { cityMapping } from 'city-timezones';

/** What a zone abbreviation printed beside a time tells us. */
export interface ZoneAbbreviation {
  /** Minutes east of UTC, or null for generic names (ET, PT) whose offset depends on the date. */
  offset: number | null;
  /** A representative IANA zone, for DST-correct maths later on. */
  zone: string | null;
  /** The country the abbreviation points to, when it points to one. */
  country: string | null;
  /** Whether the country (or region) writes numeric dates day first; null when it does not tell. */
  dayFirst: boolean | null;
  /** Other readings of the same letters, chosen when the page's places point to that country. */
  alternatives?: Record<string, { offset: number; zone: string }>;
}

const abbr = (
  offset: number | null,
  zone: string | null,
  country: string | null,
  dayFirst: boolean | null,
  alternatives?: ZoneAbbreviation['alternatives'],
): ZoneAbbreviation => ({ offset, zone, country, dayFirst, alternatives });

const ARABIA = { offset: 180, zone: 'Asia/Riyadh' };

/** Common abbreviations in English-language news. Ambiguous letters take their most common news reading. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, ZoneAbbreviation>> = {
  UTC: abbr(0, null, null, null),
  GMT: abbr(0, null, null, null),
  Z: abbr(0, null, null, null),
  IST: abbr(330, 'Asia/Kolkata', 'IN', true, {
    IL: { offset: 120, zone: 'Asia/Jerusalem' },
    IE: { offset: 60, zone: 'Europe/Dublin' },
  }),
  PKT: abbr(300, 'Asia/Karachi', 'PK', true),
  NPT: abbr(345, 'Asia/Kathmandu', 'NP', true),
  SLST: abbr(330, 'Asia/Colombo', 'LK', true),
  BST: abbr(60, 'Europe/London', 'GB', true, { BD: { offset: 360, zone: 'Asia/Dhaka' } }),
  MYT: abbr(480, 'Asia/Kuala_Lumpur', 'MY', true),
  SGT: abbr(480, 'Asia/Singapore', 'SG', true),
  HKT: abbr(480, 'Asia/Hong_Kong', 'HK', true),
  PHT: abbr(480, 'Asia/Manila', 'PH', false),
  PHST: abbr(480, 'Asia/Manila', 'PH', false),
  WIB: abbr(420, 'Asia/Jakarta', 'ID', true),
  WITA: abbr(480, 'Asia/Makassar', 'ID', true),
  WIT: abbr(540, 'Asia/Jayapura', 'ID', true),
  ICT: abbr(420, 'Asia/Bangkok', null, true),
  // Japan, Korea and China write numeric dates year first, so their zones say nothing about d/m order.
  JST: abbr(540, 'Asia/Tokyo', 'JP', null),
  KST: abbr(540, 'Asia/Seoul', 'KR', null),
  AWST: abbr(480, 'Australia/Perth', 'AU', true),
  ACST: abbr(570, 'Australia/Adelaide', 'AU', true),
  ACDT: abbr(630, 'Australia/Adelaide', 'AU', true),
  AEST: abbr(600, 'Australia/Sydney', 'AU', true),
  AEDT: abbr(660, 'Australia/Sydney', 'AU', true),
  NZST: abbr(720, 'Pacific/Auckland', 'NZ', true),
  NZDT: abbr(780, 'Pacific/Auckland', 'NZ', true),
  WET: abbr(0, 'Europe/Lisbon', null, true),
  WEST: abbr(60, 'Europe/Lisbon', null, true),
  CET: abbr(60, 'Europe/Berlin', null, true),
  CEST: abbr(120, 'Europe/Berlin', null, true),
  EET: abbr(120, 'Europe/Athens', null, true),
  EEST: abbr(180, 'Europe/Athens', null, true),
  MSK: abbr(180, 'Europe/Moscow', 'RU', true),
  TRT: abbr(180, 'Europe/Istanbul', 'TR', true),
  IRST: abbr(210, 'Asia/Tehran', 'IR', null),
  AFT: abbr(270, 'Asia/Kabul', 'AF', true),
  GST: abbr(240, 'Asia/Dubai', 'AE', true),
  SAST: abbr(120, 'Africa/Johannesburg', 'ZA', true),
  CAT: abbr(120, 'Africa/Maputo', null, true),
  EAT: abbr(180, 'Africa/Nairobi', null, true),
  WAT: abbr(60, 'Africa/Lagos', null, true),
  ART: abbr(-180, 'America/Argentina/Buenos_Aires', 'AR', true),
  BRT: abbr(-180, 'America/Sao_Paulo', 'BR', true),
  AST: abbr(-240, 'America/Halifax', null, null, { SA: ARABIA, QA: ARABIA, KW: ARABIA, BH: ARABIA, IQ: ARABIA }),
  ADT: abbr(-180, 'America/Halifax', 'CA', false),
  NST: abbr(-210, 'America/St_Johns', 'CA', false),
  NDT: abbr(-150, 'America/St_Johns', 'CA', false),
  EST: abbr(-300, 'America/New_York', 'US', false),
  EDT: abbr(-240, 'America/New_York', 'US', false),
  ET: abbr(null, 'America/New_York', 'US', false),
  CST: abbr(-360, 'America/Chicago', 'US', false, { CN: { offset: 480, zone: 'Asia/Shanghai' }, TW: { offset: 480, zone: 'Asia/Taipei' } }),
  CDT: abbr(-300, 'America/Chicago', 'US', false),
  CT: abbr(null, 'America/Chicago', 'US', false),
  MST: abbr(-420, 'America/Denver', 'US', false),
  MDT: abbr(-360, 'America/Denver', 'US', false),
  MT: abbr(null, 'America/Denver', 'US', false),
  PST: abbr(-480, 'America/Los_Angeles', 'US', false, { PH: { offset: 480, zone: 'Asia/Manila' } }),
  PDT: abbr(-420, 'America/Los_Angeles', 'US', false),
  PT: abbr(null, 'America/Los_Angeles', 'US', false),
  AKST: abbr(-540, 'America/Anchorage', 'US', false),
  AKDT: abbr(-480, 'America/Anchorage', 'US', false),
  HST: abbr(-600, 'Pacific/Honolulu', 'US', false),
};

/** How the letters printed beside a time read in an article from `country`: the country's own reading where it has one. */
export interface ZoneReading {
  /** Minutes east of UTC; null for generic names (ET, PT) whose offset depends on the day. */
  offset: number | null;
  /** The IANA zone, for the day's offset when `offset` is null. */
  zone: string | null;
}

/**
 * Reads a zone abbreviation by the article's locale evidence: "CST" in an article from China is China
 * Standard Time, elsewhere US Central; "ET" is New York's clock whatever the article's own zone.
 * Null for letters the table does not know.
 */
export function readZone(letters: string, country: string | null): ZoneReading | null {
  const known = ZONE_ABBREVIATIONS[letters.toUpperCase()];
  if (!known) return null;
  const local = country ? known.alternatives?.[country] : undefined;
  if (local) return { offset: local.offset, zone: local.zone };
  return { offset: known.offset, zone: known.zone };
}

// Countries whose English-language press writes 3/6/2025 for 6 March. Year-first countries (CN, JP,
// KR, TW, HU, IR, ...) say nothing about d/m order, so they are neither here nor day-first.
const MONTH_FIRST = new Set(['US', 'PH', 'CA', 'PR', 'GU', 'AS', 'VI', 'MP', 'FM', 'MH', 'PW']);
const YEAR_FIRST = new Set(['CN', 'JP', 'KR', 'KP', 'TW', 'HU', 'IR', 'MN', 'LT']);

/** Whether a country writes numeric dates day first; null when its numeric dates are year first. */
export function countryDayFirst(iso2: string): boolean | null {
  if (YEAR_FIRST.has(iso2)) return null;
  return !MONTH_FIRST.has(iso2);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return formatters.get(zone)!;
}

function offsetAtInstant(f: Intl.DateTimeFormat, t: number): number {
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute);
  return Math.round((wall - Math.floor(t / 60_000) * 60_000) / 60_000);
}

/**
 * Minutes east of UTC in `zone` at the given local wall-clock time, DST included; null for an
 * unknown zone. Two passes settle the offset for times near a DST change.
 */
export function zoneOffsetMinutes(zone: string, year: number, month: number, day: number, hour = 12, minute = 0): number | null {
  const f = formatterFor(zone);
  if (!f) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetAtInstant(f, wall);
  return offsetAtInstant(f, wall - first * 60_000);
}

/** A publisher's country and zone as read from place names on the page. */
export interface PlaceLocale {
  country: string;
  zone: string | null;
  /** The distinct place names that pointed to the country. */
  places: string[];
  /** False when it rests on one place name only. */
  strong: boolean;
}

interface PlaceEntry {
  /** Country -> the most populous matching place's population and zone. */
  countries: Map<string, { pop: number; zone: string | null }>;
  /** A province or country rather than a town. */
  region: boolean;
  /** Country -> the zones of the cities so named there (a name may be a city's and a district's). */
  cityZones: Map<string, Set<string>>;
}

// City and region names that are also everyday English words in page chrome ("Continue Reading").
const COMMON_WORDS = new Set([
  'reading', 'nice', 'split', 'bath', 'orange', 'mobile', 'victoria', 'independence', 'concord', 'eagle',
  'marathon', 'sale', 'enterprise', 'progress', 'temple', 'jackson', 'lincoln', 'austin', 'houston',
  'columbus', 'chester', 'florence', 'salem', 'coast', 'delta', 'plateau', 'lakes', 'littoral', 'central',
  'north', 'south', 'east', 'west', 'western', 'eastern', 'northern', 'southern', 'centre', 'center',
  'capital', 'national', 'federal', 'metropolitan', 'upper', 'lower', 'greater', 'islands', 'highlands',
  'mountain', 'border', 'valley', 'york', 'kent', 'union', 'liberty', 'hope', 'paradise', 'normal', 'energy',
  'commerce', 'opportunity', 'mission', 'freedom', 'justice', 'globe', 'star', 'sun', 'post', 'times',
  'georgia', 'jersey', 'washington', 'media', 'of', 'most', 'best', 'deal', 'battle', 'wells', 'bright',
]);
const MIN_TOWN_POPULATION = 100_000;
const BIG_CITY_POPULATION = 1_000_000;

let placeIndex: Map<string, PlaceEntry> | null = null;

function buildPlaceIndex(): Map<string, PlaceEntry> {
  const index = new Map<string, PlaceEntry>();
  const add = (name: string | undefined, iso2: string, pop: number, zone: string | null, region: boolean) => {
    if (!name || !iso2) return;
    const key = name.toLowerCase();
    let entry = index.get(key);
    if (!entry) index.set(key, (entry = { countries: new Map(), region, cityZones: new Map() }));
    entry.region ||= region;
    if (!region && zone) entry.cityZones.set(iso2, (entry.cityZones.get(iso2) ?? new Set()).add(zone));
    const seen = entry.countries.get(iso2);
    if (!seen || pop > seen.pop) entry.countries.set(iso2, { pop: Math.max(pop, seen?.pop ?? 0), zone });
  };
  for (const c of cityMapping) {
    const pop = Number(c.pop) || 0;
    const zone = typeof c.timezone === 'string' ? c.timezone : null;
    add(c.city, c.iso2, pop, zone, false);
    if (c.city_ascii !== c.city) add(c.city_ascii, c.iso2, pop, zone, false);
    add(c.province, c.iso2, pop, zone, true);
    add(c.country, c.iso2, pop, zone, true);
  }
  return index;
}

/** The one country a place name points to, unless it is shared by comparable places elsewhere. */
function countryOf(entry: PlaceEntry): { country: string; pop: number; zone: string | null } | null {
  const ranked = [...entry.countries].sort((a, b) => b[1].pop - a[1].pop);
  if (ranked.length > 1 && ranked[0][1].pop < 5 * ranked[1][1].pop) return null;
  return { country: ranked[0][0], ...ranked[0][1] };
}

// Runs of capitalised words, e.g. "Kota Kinabalu", "SARAWAK"; place names are tried longest first.
const CAPITALISED_RUN = /[A-Z][A-Za-z'’.-]*(?:[ \t][A-Z][A-Za-z'’.-]*)*/g;
const MAX_NAME_WORDS = 4;

/**
 * Guesses the publisher's country from place names in page chrome (menus, footer): several names
 * agreeing on one country, or a single province, country or big city with nothing against it.
 */
export function localeFromPlaces(lines: string[]): PlaceLocale | null {
  placeIndex ??= buildPlaceIndex();
  const hits = new Map<string, { country: string; pop: number; zone: string | null; name: string; region: boolean }>();
  for (const line of lines) {
    for (const run of line.match(CAPITALISED_RUN) ?? []) {
      const words = run.split(/[ \t]+/).map((w) => w.replace(/[.'’-]+$/, ''));
      for (let i = 0; i < words.length; ) {
        let matched = 0;
        for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n > 0 && !matched; n--) {
          const name = words.slice(i, i + n).join(' ');
          const key = name.toLowerCase();
          const entry = placeIndex.get(key);
          if (!entry || COMMON_WORDS.has(key)) continue;
          matched = n;
          const where = countryOf(entry);
          // A small town's one-word name is more often an ordinary word than a place on a masthead.
          if (where && !entry.region && n === 1 && where.pop < MIN_TOWN_POPULATION) continue;
          if (where && !hits.has(name.toLowerCase())) hits.set(name.toLowerCase(), { ...where, name, region: entry.region });
        }
        i += matched || 1;
      }
    }
  }
  if (hits.size === 0) return null;

  const byCountry = new Map<string, string[]>();
  for (const [name, hit] of hits) byCountry.set(hit.country, [...(byCountry.get(hit.country) ?? []), name]);
  const ranked = [...byCountry].sort((a, b) => b[1].length - a[1].length);
  const [country, names] = ranked[0];
  const runnerUp = ranked[1]?.[1].length ?? 0;
  const strong = names.length >= 2 && names.length > 2 * runnerUp;
  const only = hits.get(names[0])!;
  const single = names.length === 1 && runnerUp === 0 && (only.region || only.pop >= BIG_CITY_POPULATION);
  if (!strong && !single) return null;
  const biggest = names.map((n) => hits.get(n)!).sort((a, b) => b.pop - a.pop)[0];
  return { country, zone: biggest.zone, places: names.map((n) => hits.get(n)!.name), strong };
}

/**
 * The time zone of a city named in a dateline ("HARBOURTON", "Harbourton, Ont."), when the name points
 * to one country and its cities of that name keep one zone; a province's or country's name gives
 * none, as a country may span several zones.
 */
export function zoneOfCity(name: string): string | null {
  placeIndex ??= buildPlaceIndex();
  const key = name.trim().replace(/[.,]+$/, '').split(',')[0].trim().toLowerCase();
  const entry = placeIndex.get(key);
  if (!entry || COMMON_WORDS.has(key)) return null;
  const country = countryOf(entry)?.country;
  const zones = country ? entry.cityZones.get(country) : undefined;
  return zones?.size === 1 ? [...zones][0] : null;
}

/** Whether a name is a known city, province or country (for telling a place from an agency). */
export function isKnownPlace(name: string): boolean {
  placeIndex ??= buildPlaceIndex();
  const key = name.trim().replace(/[.,]+$/, '').toLowerCase();
  return placeIndex.has(key) || placeIndex.has(key.replace(/\s+(?:dc|d\.c\.)$/, ''));
}
