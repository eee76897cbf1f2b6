// The recognisers: one regular expression per shape of temporal expression, each with a builder
// that checks the match (rejecting look-alikes such as "may" the verb or "24 living hostages") and
// resolves it. Prepositions are triggers, not part of the span, as in TimeML.

import {
  type DateRange, type Tense, MONTH_NAMES, dayIso, dayNumber, dayRange, fromDayNumber, mondayOf, monthIndex, monthIso, monthRange, pad, range,
  weekIso, yearRange,
} from './calendar';
import { ZONE_ABBREVIATIONS, readZone, zoneOffsetMinutes } from '../timezones';
import { afterSince, COUNTED, DAY, MONTH, NUMBER_WORD, UNIT, WEEKDAY, YEAR, monthNumber, ordinal, quantity, unitCode, weekdayNumber } from '../lexicon';
import {
  weekdayOf, easter, resolveYearly,
  type Draft, type Env, noPublicationDate, coarsen, explicitDay, explicitMonth, explicitYear, inArticle, quarterRange, resolveMonth, resolveMonthDay,
  resolveWeekday, seasonNumber, seasonOf, seasonRange, unresolved,
} from './resolve';

const EVENT_PLURALS = /^(?:elections|games|olympics|floods|riots|protests|talks|polls|accords|championships|finals|playoffs|hearings|negotiations|attacks|bombings|killings|primaries|midterms|sanctions|reforms|celebrations|commemorations|rains|fires|wildfires|storms|earthquakes|quakes|tsunamis|winters|summers)$/;

type Built = Omit<Draft, 'start' | 'end'> & { start?: number; end?: number };

/**
 * "two days after" ends its clause and counts from the date before it; "two days after the launch",
 * "a year after launching" is a stretch of time anchored to what follows (TimeML: a DURATION).
 */
const ANAPHORIC_END = String.raw`(?=\s*(?:[.,;:!?)"”’]|--|—|–|$))`;

export interface Rule {
  name: string;
  /** Cheap test on the sentence before running the pattern. */
  needs?: RegExp;
  pattern: RegExp;
  build(m: RegExpExecArray, env: Env): Built | null;
}

const cap = (s: string | undefined): boolean => s !== undefined && /^[A-Z]/.test(s);
const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
/** Where a named group sits in the sentence, from the `d` flag. */
function at(m: RegExpExecArray, group: string): [number, number] | null {
  const span = m.indices?.groups?.[group];
  return span ? [span[0], span[1]] : null;
}
/** The span of an expression: from the first of `groups` present to the end of the match. */
function spanFrom(m: RegExpExecArray, ...groups: string[]): { start: number; end: number } {
  for (const g of groups) {
    const s = at(m, g);
    if (s) return { start: s[0], end: m.index + m[0].length };
  }
  return { start: m.index, end: m.index + m[0].length };
}
const textOf = (m: RegExpExecArray, env: Env, span: { start: number; end: number }) => env.sentence.slice(span.start, span.end);
const tenseOf = (env: Env, span: { start: number; end: number }): Tense => env.tense(span.start, span.end);
/** Two-digit years pivot around the publication year (or 2000 without one). */
function fullYear(y: string, env: Env): number {
  if (y.length === 4) return Number(y);
  const base = env.today === null ? 2000 : fromDayNumber(env.today).year;
  const century = Math.floor(base / 100) * 100;
  const candidate = century + Number(y);
  return candidate > base + 10 ? candidate - 100 : candidate;
}

/** early/mid/late and "the end of": the date becomes approximate; the TimeML value keeps its unit. */
const MOD = String.raw`(?<mod>early|earlier|mid|late|later|(?:the\s+)?(?:start|beginning|middle|end|turn|close)\s+of(?:\s+the)?)`;
const isApproxMod = (mod: string | undefined): boolean => mod !== undefined && mod !== '';
const WEEKDAY_PREFIX = String.raw`(?:(?<wd>${WEEKDAY}),?\s+)?`;
/** Zone letters beside a clock time, from the one zone table (longest first); "local time" names no zone. */
const ZONE = String.raw`(?<zone>${Object.keys(ZONE_ABBREVIATIONS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')}|local\s+time)`;

function clockDraft(hour: number, minute: number, zone: string | undefined, env: Env): Built | null {
  if (hour > 23 || minute > 59) return null;
  const z = zone ? zone.toLowerCase() : null;
  // the letters read by the article's own locale evidence: "CST" from Shanghai is China's clock
  const reading = zone && !/^local/i.test(zone) ? readZone(zone, env.locale) : null;
  let offset: number | null = reading ? reading.offset : null;
  if (!z && env.published?.offsetMinutes != null) offset = env.published.offsetMinutes;
  const hhmm = `${pad(hour)}:${pad(minute)}`;
  return { type: 'TIME', value: `XXXX-XX-XXT${hhmm}`, date: null, explanation: '', clock: { hour, minute, offsetMinutes: offset, zone: z, timeZone: reading?.zone ?? null } };
}

/** A date span covering `from..to` day numbers, labelled approximate. */
const approxDays = (from: number, to: number): DateRange => dayRange(from, to, true);

type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'decade' | 'century';

/** "last week", "this month", "next year", with early/late modifiers: counted from publication by the word. */
function relativeUnit(unit: Unit, shift: number, text: string, mod: string | undefined, env: Env): Built {
  const r = countUnits(unit, shift, text, mod, env);
  return r.how ? r : { ...r, how: { anchor: 'publication', pickedBy: 'word', direction: shift < 0 ? 'back' : shift > 0 ? 'forward' : null, yearInferred: true } };
}

function countUnits(unit: Unit, shift: number, text: string, mod: string | undefined, env: Env): Built {
  const m = lower(mod);
  if (env.today === null) {
    const blank: Record<Unit, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX', decade: 'XXX', century: 'XX' };
    return noPublicationDate('DATE', blank[unit], text);
  }
  const today = env.today;
  const { year, month } = fromDayNumber(today);
  const why = inArticle(text, env);
  const approx = isApproxMod(mod);
  switch (unit) {
    case 'week':
    case 'weekend': {
      const monday = mondayOf(today) + shift * 7;
      const value = weekIso(monday);
      if (unit === 'weekend') return { type: 'DATE', value: `${value}-WE`, date: dayRange(monday + 5, monday + 6), explanation: why };
      if (shift === 0 && (m === 'earlier' || m === 'early')) {
        return { type: 'DATE', value, date: approxDays(monday, Math.max(monday, today - 1)), explanation: `${why}: the days of that week before publication` };
      }
      if (shift === 0 && (m === 'later' || m === 'late')) {
        return { type: 'DATE', value, date: approxDays(Math.min(monday + 6, today + 1), monday + 6), explanation: `${why}: the days of that week after publication` };
      }
      return { type: 'DATE', value, date: range(value, value, 'week', approx), explanation: why };
    }
    case 'month': {
      const i = monthIndex(year, month) + shift;
      if (shift === 0 && m === 'earlier') {
        const first = today - fromDayNumber(today).day + 1;
        return { type: 'DATE', value: monthIso(i), date: approxDays(first, Math.max(first, today - 1)), explanation: `${why}: the days of that month before publication` };
      }
      return { type: 'DATE', value: monthIso(i), date: monthRange(i, i, approx), explanation: why };
    }
    case 'quarter': {
      const q = year * 4 + Math.floor((month - 1) / 3) + shift;
      return { type: 'DATE', value: `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`, date: quarterRange(Math.floor(q / 4), (q % 4) + 1, approx), explanation: why };
    }
    case 'year': {
      const y = year + shift;
      if (shift === 0 && m === 'earlier') {
        return { type: 'DATE', value: pad(y, 4), date: monthRange(monthIndex(y, 1), monthIndex(y, month), true), explanation: `${why}: the months of that year up to publication` };
      }
      if (shift === 0 && m === 'later') {
        return { type: 'DATE', value: pad(y, 4), date: monthRange(monthIndex(y, month), monthIndex(y, 12), true), explanation: `${why}: the months of that year from publication on` };
      }
      return { type: 'DATE', value: pad(y, 4), date: yearRange(y, y, approx), explanation: why };
    }
    case 'decade': {
      const d = Math.floor(year / 10) + shift;
      return { type: 'DATE', value: String(d), date: yearRange(d * 10, d * 10 + 9, approx), explanation: why };
    }
    case 'century': {
      const c = Math.floor(year / 100) + shift;
      return { type: 'DATE', value: pad(c, 2), date: yearRange(c * 100, c * 100 + 99, approx), explanation: why };
    }
    case 'day': {
      const n = today + shift;
      return { type: 'DATE', value: dayIso(n), date: dayRange(n), explanation: why };
    }
  }
}

function durationValue(qty: string | undefined, unitWord: string): string {
  const { code, time, scale } = unitCode(unitWord);
  const n = qty === undefined ? 1 : quantity(qty);
  const amount = n === null ? 'X' : String(n * scale);
  return `P${time ? 'T' : ''}${amount}${code}`;
}

const TIME_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI' };

export const RULES: Rule[] = [
  {
    name: 'iso date',
    needs: /\d{4}-\d\d-\d\d/,
    pattern: /(?<![\d-])(?<y>\d{4})-(?<mo>\d\d)-(?<d>\d\d)(?:[T ](?<h>\d\d):(?<mi>\d\d)(?::\d\d(?:\.\d+)?)?(?<z>Z|[+-]\d\d:?\d\d)?)?(?![\d-])/dg,
    build(m) {
      const g = m.groups!;
      const day = explicitDay(Number(g.y), Number(g.mo), Number(g.d), m[0]);
      if (!day) return null;
      if (g.h === undefined) return day;
      const offset = g.z === undefined ? null : g.z === 'Z' ? 0 : (g.z[0] === '-' ? -1 : 1) * (Number(g.z.slice(1, 3)) * 60 + Number(g.z.slice(-2)));
      return { ...day, clock: { hour: Number(g.h), minute: Number(g.mi), offsetMinutes: offset, zone: g.z ?? null } };
    },
  },
  {
    name: 'numeric date',
    needs: /\d[/.-]\d/,
    pattern: /(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/]|[.-]\d)|(?<![\d/.-])(?<yy>\d{4})\/(?<mm>\d{1,2})\/(?<dd>\d{1,2})(?![\d/])/dg,
    build(m, env) {
      const g = m.groups!;
      if (g.yy !== undefined) return explicitDay(Number(g.yy), Number(g.mm), Number(g.dd), m[0]);
      if (g.y.length === 2 && g.sep !== '/') return null;
      const year = fullYear(g.y, env);
      const a = Number(g.a);
      const b = Number(g.b);
      const dayFirstOk = explicitDay(year, b, a, m[0]);
      const monthFirstOk = explicitDay(year, a, b, m[0]);
      if (!dayFirstOk && !monthFirstOk) return null;
      if (dayFirstOk && monthFirstOk && a !== b) {
        if (env.dayFirst === null) {
          return { ...unresolved('DATE', `${pad(year, 4)}-XX-XX`, `'${m[0]}' could be day/month or month/day and the article gives no evidence which`), anchor: undefined };
        }
        const chosen = env.dayFirst ? dayFirstOk : monthFirstOk;
        return { ...chosen, explanation: `'${m[0]}' read ${env.dayFirst ? 'day first' : 'month first'}, as the article's other dates are` };
      }
      const only = (dayFirstOk ?? monthFirstOk)!;
      return { ...only, explanation: `'${m[0]}' (only one reading of the numbers is a real date)` };
    },
  },
  {
    name: 'day month year',
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?:the\s+)?(?<d>${DAY})(?:\s+of)?\s+(?<mo>${MONTH}),?\s+(?<y>\d{4})(?!\d)`, 'dg'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      return explicitDay(Number(g.y), monthNumber(g.mo), parseInt(g.d), m[0]);
    },
  },
  {
    name: 'month day year',
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?<mo>${MONTH})\s+(?<d>${DAY}),?\s+(?<y>\d{4})(?!\d)`, 'dg'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      return explicitDay(Number(g.y), monthNumber(g.mo), parseInt(g.d), m[0]);
    },
  },
  {
    name: 'month day',
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?<mo>${MONTH})\s+(?<d>${DAY})(?![\d.,]\d|\s*(?:%|percent|per\b|people|years?\b|km\b))`, 'dg'),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const span = spanFrom(m);
      const r = resolveMonthDay(monthNumber(g.mo), parseInt(g.d), m[0], tenseOf(env, span), env, g.wd && cap(g.wd) ? weekdayNumber(g.wd) : null, !afterSince(env.sentence, span.start));
      return r.date || r.value.startsWith('XXXX') ? r : null;
    },
  },
  {
    name: 'day month',
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?:the\s+)?(?<d>${DAY})(?:\s+of)?\s+(?<mo>${MONTH})(?!\s*,?\s*\d)`, 'dg'),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const span = spanFrom(m);
      return resolveMonthDay(monthNumber(g.mo), parseInt(g.d), m[0], tenseOf(env, span), env, g.wd && cap(g.wd) ? weekdayNumber(g.wd) : null, !afterSince(env.sentence, span.start));
    },
  },
  {
    name: 'month year',
    needs: /\d{4}/,
    pattern: new RegExp(String.raw`(?:${MOD}[\s-]+)?(?<mo>${MONTH})(?:\s+of)?,?\s+(?<y>${YEAR})`, 'dig'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const r = explicitMonth(Number(g.y), monthNumber(g.mo), m[0], isApproxMod(g.mod));
      return g.mod ? { ...r, explanation: `'${m[0]}' (roughly part of the month)` } : r;
    },
  },
  {
    name: 'month alone',
    pattern: new RegExp(
      String.raw`(?:\b(?<trig>in|since|by|until|till|through|throughout|from|during|before|after|between|of|last|next|this|past|coming|each|every|early|late|mid|the\s+month\s+of)[\s-]+(?:${MOD}[\s-]+)?|\b${MOD.replace('<mod>', '<mod2>')}[\s-]+)(?<mo>${MONTH})(?!\s*,?\s*\d|\s+of\s+\d)`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const trig = lower(g.trig);
      const month = monthNumber(g.mo);
      const relative = ['last', 'next', 'this', 'past', 'coming'].includes(trig);
      const span = relative || ['early', 'late', 'mid'].includes(trig) ? spanFrom(m, 'trig') : spanFrom(m, 'mod', 'mod2', 'mo');
      const text = textOf(m, env, span);
      if (trig === 'each' || trig === 'every') return { ...unresolved('SET', `XXXX-${pad(month)}`, `'${text}' (every year)`), ...span };
      // "May" is a month only where a preposition or modifier makes it one: "in May", not "May I"
      const shift = trig === 'last' || trig === 'past' ? 'last' : trig === 'next' || trig === 'coming' ? 'next' : trig === 'this' ? 'this' : null;
      let tense = tenseOf(env, span);
      if (trig === 'since') tense = 'past';
      const r = resolveMonth(month, text, tense, env, shift);
      const approximate = isApproxMod(g.mod) || isApproxMod(g.mod2) || ['early', 'late', 'mid'].includes(trig);
      return { ...r, date: r.date && { ...r.date, approximate }, ...span };
    },
  },
  {
    name: 'weekday',
    needs: /day\b/,
    pattern: new RegExp(
      String.raw`(?:\b(?<mod>early|late|earlier|later)(?:\s+on)?\s+)?(?:\b(?<rel>last|next|this\s+past|this\s+coming|this|past|coming)\s+)?(?<wd>${WEEKDAY})(?<plural>s)?(?:\s+(?<part>morning|afternoon|evening|night))?\b`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.wd)) return null;
      const weekday = weekdayNumber(g.wd);
      const span = spanFrom(m);
      const text = textOf(m, env, span);
      if (g.plural) return g.mod || g.rel || g.part ? null : unresolved('SET', `XXXX-WXX-${weekday + 1}`, `'${text}' (every week)`);
      const rel = lower(g.rel);
      const shift = rel === 'last' || rel === 'this past' || rel === 'past' ? 'last' : rel === 'next' || rel === 'this coming' || rel === 'coming' ? 'next' : null;
      let tense = tenseOf(env, span);
      if (afterSince(env.sentence, span.start) || /^earlier/i.test(g.mod ?? '')) tense = 'past';
      const r = resolveWeekday(weekday, text, tense, env, shift);
      const part = g.part ? TIME_OF_DAY[lower(g.part)] : undefined;
      // "Friday morning" is a part of a day: a TIME in TimeML, as "this morning" is
      return { type: part && r.date ? 'TIME' : r.type, value: part && r.date ? `${r.value}T${part}` : r.value, date: r.date, explanation: r.explanation, how: r.how };
    },
  },
  {
    name: 'today, yesterday, tomorrow',
    needs: /day|night|morning|noon|evening|tomorrow/i,
    pattern: /\b(?:(?<which>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|overnight)(?:['’]s)?(?:\s+(?<part>morning|afternoon|evening|night))?|(?<rel>this|last|tomorrow|yesterday)\s+(?<part2>morning|afternoon|evening|night))\b/dig,
    build(m, env) {
      const g = m.groups!;
      const which = lower(g.which ?? g.rel);
      const part = lower(g.part ?? g.part2 ?? (which === 'tonight' || which === 'overnight' ? 'night' : ''));
      if (which === 'overnight') return null;
      const shift: Record<string, number> = { 'the day before yesterday': -2, 'the day after tomorrow': 2, today: 0, tonight: 0, this: 0, yesterday: -1, tomorrow: 1, last: part === 'night' ? -1 : 0 };
      const text = m[0];
      if (which === 'last' && part !== 'night') return null;
      if (env.today === null) return noPublicationDate('DATE', part ? `XXXX-XX-XXT${TIME_OF_DAY[part]}` : 'XXXX-XX-XX', text);
      const n = env.today + shift[which];
      return { type: part ? 'TIME' : 'DATE', value: part ? `${dayIso(n)}T${TIME_OF_DAY[part]}` : dayIso(n), date: dayRange(n), explanation: inArticle(text, env) };
    },
  },
  {
    name: 'last/this/next unit',
    needs: /week|month|year|quarter|decade|century/i,
    pattern: new RegExp(
      String.raw`\b(?:${MOD}\s+)?(?<the>the\s+)?(?<rel>last|this|next|past|previous|coming|following|current|same|that)\s+(?<unit>weekend|week|month|year|quarter|decade|century)\b(?!['’]s\s+(?:end|start))`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      const rel = lower(g.rel);
      const unit = lower(g.unit) as Unit;
      const text = m[0];
      // "the past week" is a stretch of time, not a calendar week; "the last quarter" is the last reported
      // quarter, and "the last week" on its own the calendar week before publication, as "last week" is.
      // "over the last week" still measures a stretch; "the last week of the campaign", "in the last week
      // before the vote" are the final week of something else.
      const lastWeekItself =
        rel === 'last' && unit === 'week' && !g.mod &&
        !/\b(?:over|within|for|throughout)\s+$/i.test(env.sentence.slice(Math.max(0, m.index - 12), m.index)) &&
        !/^\s+(?:of|before|ahead|leading|until|till|to|in|at|on|for|that)\b/i.test(env.sentence.slice(m.index + text.length));
      if (((g.the && (rel === 'past' || rel === 'last')) || (rel === 'past' && !g.mod)) && unit !== 'quarter' && !lastWeekItself) {
        return { ...unresolved('DURATION', unit === 'weekend' ? 'P2D' : durationValue(undefined, unit), `'${text}' (a stretch of time)`) };
      }
      if (['previous', 'following', 'same', 'that'].includes(rel) || (g.the && rel === 'next')) {
        const shift = rel === 'previous' ? -1 : rel === 'following' || rel === 'next' ? 1 : 0;
        if (unit === 'weekend' || unit === 'decade' || unit === 'century' || unit === 'quarter') return null;
        return { ...unresolved('DATE', 'XXXX', ''), anaphor: { unit, shift } };
      }
      const shift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
      return relativeUnit(unit, shift, text, g.mod, env);
    },
  },
  {
    name: 'holiday',
    needs: /Christmas|New Year|Halloween|Valentine|Thanksgiving|Easter|Good Friday|Boxing Day/,
    pattern: new RegExp(
      String.raw`(?:\b(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?\b(?<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+Day|\s+Eve)?|Halloween|Valentine['’]s\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Boxing\s+Day)(?:,?\s+(?<y>${YEAR}))?\b`,
      'dg',
    ),
    build(m, env) {
      const g = m.groups!;
      const h = g.h.replace(/\s+/g, ' ').replace('’', "'");
      const fixed = (month: number, day: number) => (y: number) => dayNumber(y, month, day);
      const HOLIDAYS: Record<string, (y: number) => number> = {
        Christmas: fixed(12, 25), 'Christmas Day': fixed(12, 25), 'Christmas Eve': fixed(12, 24), "New Year's": fixed(1, 1),
        "New Year's Day": fixed(1, 1), "New Year's Eve": fixed(12, 31), Halloween: fixed(10, 31), "Valentine's Day": fixed(2, 14),
        'Boxing Day': fixed(12, 26), Easter: easter, 'Easter Sunday': easter, 'Easter Monday': (y) => easter(y) + 1, 'Good Friday': (y) => easter(y) - 2,
        // US Thanksgiving: the fourth Thursday of November
        Thanksgiving: (y) => dayNumber(y, 11, 1) + ((3 - weekdayOf(dayNumber(y, 11, 1)) + 7) % 7) + 21,
      };
      HOLIDAYS['Thanksgiving Day'] = HOLIDAYS.Thanksgiving;
      const dayIn = HOLIDAYS[h];
      if (!dayIn) return null;
      // "New Year's resolutions" and "Christmas shopping" still name the day; "Easter egg" does too
      const rel = lower(g.rel);
      const shift = rel === 'last' ? 'last' : rel === 'next' ? 'next' : null;
      const span = { start: m.index, end: m.index + m[0].length };
      return resolveYearly(dayIn, h, m[0], g.y ? Number(g.y) : null, tenseOf(env, span), env, shift);
    },
  },
  {
    name: 'the weekend',
    needs: /weekend/i,
    pattern: /\b(?:over|during|at|on|by|until|through|throughout|for|after|before|since)\s+(?<x>the\s+weekend)\b(?!['’])/dig,
    build(m, env) {
      const [start, end] = at(m, 'x')!;
      const text = env.sentence.slice(start, end);
      if (env.today === null) return { ...noPublicationDate('DATE', 'XXXX-WXX-WE', text), start, end };
      // past tense (the usual "over the weekend") is the last Saturday-Sunday on or before publication
      const tense = /since|after/i.test(m[0]) ? 'past' : tenseOf(env, { start, end });
      const saturdayBefore = env.today - ((weekdayOf(env.today) + 2) % 7);
      const upcoming = saturdayBefore + 1 < env.today;
      // with no tense, the nearer weekend: on a Friday the coming one, on a Monday the one just gone
      const nearerAhead = upcoming && saturdayBefore + 7 - env.today < env.today - (saturdayBefore + 1);
      const saturday = upcoming && (tense === 'future' || (tense === null && nearerAhead)) ? saturdayBefore + 7 : saturdayBefore;
      return { type: 'DATE', value: `${weekIso(saturday)}-WE`, date: dayRange(saturday, saturday + 1), explanation: `${inArticle(text, env)} (${saturday > saturdayBefore ? 'the coming' : 'the last'} weekend)`, start, end };
    },
  },
  {
    name: 'end of the year',
    needs: /year|month|week/i,
    pattern: new RegExp(String.raw`\b${MOD}\s+(?<unit>the\s+(?:year|month|week))\b`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      if (!/^(the\s+)?(start|beginning|middle|end|close)/i.test(g.mod)) return null;
      return relativeUnit(lower(g.unit).slice(4) as Unit, 0, m[0], g.mod, env);
    },
  },
  {
    name: 'units ago',
    needs: /\bago\b/i,
    pattern: new RegExp(String.raw`\b(?<q>${NUMBER_WORD})[\s-]+(?<unit>${UNIT})s?\s+ago\b|\b(?<vague>years|decades|months|weeks|days|centuries)\s+ago\b`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      const text = m[0];
      if (g.vague) return unresolved('DATE', 'PAST_REF', `'${text}' (some time before publication)`);
      const n = quantity(g.q);
      const unit = lower(g.unit);
      if (n === null) return unresolved('DATE', 'PAST_REF', `'${text}' (some time before publication)`);
      if (env.today === null) return noPublicationDate('DATE', 'XXXX-XX-XX', text);
      const why = inArticle(text, env);
      const { year, month } = fromDayNumber(env.today);
      switch (unit) {
        case 'second': case 'minute': case 'hour':
          return { type: 'DATE', value: dayIso(env.today), date: dayRange(env.today - (unit === 'hour' && n >= 12 ? 1 : 0), env.today, unit === 'hour' && n >= 12), explanation: why };
        case 'day': case 'night':
          return { type: 'DATE', value: dayIso(env.today - n), date: dayRange(env.today - n), explanation: why };
        case 'week': case 'fortnight': {
          const back = env.today - n * 7 * (unit === 'fortnight' ? 2 : 1);
          return { type: 'DATE', value: weekIso(back), date: range(weekIso(back), weekIso(back), 'week', true), explanation: why };
        }
        case 'month': {
          const i = monthIndex(year, month) - Math.round(n);
          return { type: 'DATE', value: monthIso(i), date: monthRange(i, i, n > 1), explanation: why };
        }
        case 'decade':
          return { type: 'DATE', value: pad(year - 10 * n, 4), date: yearRange(year - 10 * n, year - 10 * n, true), explanation: why };
        case 'century':
          return { type: 'DATE', value: pad(year - 100 * n, 4), date: yearRange(year - 100 * n, year - 100 * n, true), explanation: why };
        default:
          return { type: 'DATE', value: pad(year - n, 4), date: yearRange(year - n, year - n, n > 1), explanation: why };
      }
    },
  },
  {
    name: 'units later (anaphoric)',
    needs: /later|earlier|after|before/i,
    pattern: new RegExp(String.raw`\b(?<q>${NUMBER_WORD})[\s-]+(?<unit>day|week|month|year)s?\s+(?:(?<dir>later|earlier|afterwards)\b(?!\s+than\b|-)|(?<dir2>before|after)\b${ANAPHORIC_END})`, 'dig'),
    build(m) {
      const g = m.groups!;
      const n = quantity(g.q);
      if (n === null || !Number.isInteger(n)) return unresolved('DURATION', durationValue(g.q, g.unit), `'${m[0]}' (a stretch of time)`);
      const sign = /later|after/i.test(g.dir ?? g.dir2) ? 1 : -1;
      return { ...unresolved('DATE', 'XXXX', ''), anaphor: { unit: lower(g.unit) as 'day', shift: sign * n } };
    },
  },
  {
    name: 'the next day (anaphoric)',
    needs: /day|that|same/i,
    pattern: /\b(?:the\s+(?<dir>next|following|previous|preceding)\s+day|the\s+day\s+(?<dir2>before|after)(?!\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z\d]))|(?<same>(?:later|earlier)\s+that|that\s+same|that|the\s+same)\s+(?<unit>day|morning|afternoon|evening|night|month|year))\b/dig,
    build(m) {
      const g = m.groups!;
      const dir = lower(g.dir ?? g.dir2);
      if (g.same) {
        const unit = lower(g.unit);
        return { ...unresolved('DATE', 'XXXX', ''), anaphor: { unit: unit === 'month' || unit === 'year' ? unit : 'day', shift: 0 } };
      }
      return { ...unresolved('DATE', 'XXXX', ''), anaphor: { unit: 'day', shift: dir === 'next' || dir === 'following' || dir === 'after' ? 1 : -1 } };
    },
  },
  {
    name: 'recent and coming stretches',
    needs: /recent|coming|past|last|future|now|current|present|moment|these days|lately/i,
    pattern: /\b(?:(?<recent>(?:in|over|during|within)\s+(?:recent|the\s+(?:past|last|next)\s+(?:few|several|couple\s+of)|the\s+coming))\s+(?<unit>days|weeks|months|years|decades)|(?<now>now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|right\s+now|presently)|(?<past>(?:(?:more|most|very|only|until)\s+)?recently|lately|in\s+the\s+past)|(?<future>in\s+the\s+(?:near\s+|distant\s+|foreseeable\s+)?future))\b(?!['’-])/dig,
    build(m, env) {
      const g = m.groups!;
      const text = m[0];
      if (g.now) return { ...unresolved('DATE', 'PRESENT_REF', `'${text}' (the time of publication)`), rank: 5 };
      if (g.past) return { ...unresolved('DATE', 'PAST_REF', `'${text}' (some time before publication)`), start: m.index + (text.toLowerCase().startsWith('in ') ? 3 : 0) };
      if (g.future) return { ...unresolved('DATE', 'FUTURE_REF', `'${text}' (some time after publication)`), start: m.index + 3 };
      const forward = /coming|next/i.test(g.recent);
      const unit = lower(g.unit).replace(/s$/, '');
      const value = forward ? 'FUTURE_REF' : 'PAST_REF';
      // the span drops the leading preposition, as TimeML does
      const start = m.index + (at(m, 'recent')![0] - m.index) + (/^(in|over|during)\s+/i.exec(g.recent)?.[0].length ?? 0);
      if (env.today === null) return { ...noPublicationDate('DATE', value, text), start };
      const t = env.today;
      const { year, month } = fromDayNumber(t);
      const why = `${inArticle(text, env)}: roughly the ${unit}s ${forward ? 'after' : 'before'} it`;
      let date: DateRange;
      if (unit === 'day') date = forward ? approxDays(t, t + 7) : approxDays(t - 7, t);
      else if (unit === 'week') date = forward ? approxDays(t, t + 28) : approxDays(t - 28, t);
      else if (unit === 'month') date = forward ? monthRange(monthIndex(year, month), monthIndex(year, month) + 3, true) : monthRange(monthIndex(year, month) - 3, monthIndex(year, month), true);
      else if (unit === 'year') date = forward ? yearRange(year, year + 3, true) : yearRange(year - 3, year, true);
      else date = forward ? yearRange(year, year + 20, true) : yearRange(year - 20, year, true);
      return { type: 'DATE', value, date, explanation: why, start };
    },
  },
  {
    name: 'season',
    needs: /spring|summer|autumn|fall|winter/i,
    pattern: new RegExp(
      String.raw`(?:\b(?<trig>in|during|by|until|till|since|through|throughout|over|before|after|for)\s+)?(?:${MOD}\s+)?(?:(?<the>the)\s+)?(?:(?<rel>last|this|next|past|coming)\s+)?(?:${MOD.replace('<mod>', '<mod2>')}[\s-]+)?\b(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>${YEAR}))?\b(?!\s+of\s+[A-Za-z])(?![-'’])`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      const season = seasonNumber(g.season);
      if (!g.y && !g.rel && !g.trig && !g.mod && !g.mod2) return null;
      if (/^fall$/i.test(g.season) && !g.y && !g.rel && !g.the) return null;
      if (!g.y && !g.rel && !g.the && !g.mod && !g.mod2 && !['in', 'during', 'since', 'until', 'by', 'throughout', 'over'].includes(lower(g.trig))) return null;
      const span = spanFrom(m, 'mod', 'the', 'rel', 'mod2', 'season');
      const text = textOf(m, env, span);
      if (g.y) {
        const { value, date } = seasonRange(Number(g.y) * 4 + season);
        return { type: 'DATE', value, date, explanation: `'${text}' (a season of a given year, northern-hemisphere months)`, ...span };
      }
      if (env.today === null) return { ...noPublicationDate('DATE', `XXXX-${['SP', 'SU', 'FA', 'WI'][season]}`, text), ...span };
      const now = seasonOf(env.today);
      const rel = lower(g.rel);
      const before = now - ((((now - season) % 4) + 4) % 4);
      const after = before === now ? now : before + 4;
      let index: number;
      if (rel === 'last' || rel === 'past') index = before === now ? now - 4 : before;
      else if (rel === 'next' || rel === 'coming') index = after === now ? now + 4 : after;
      else {
        let tense = tenseOf(env, span);
        if (rel === 'this' && after - now !== now - before) tense = null;
        if (lower(g.trig) === 'since') tense = 'past';
        index = tense === 'past' ? before : tense === 'future' ? after : now - before <= after - now ? before : after;
      }
      const { value, date } = seasonRange(index);
      return { type: 'DATE', value, date, explanation: `${inArticle(text, env)} (northern-hemisphere months)`, ...span };
    },
  },
  {
    name: 'quarter or half',
    needs: /quarter|half|Q[1-4]|H[12]|[1-4]Q/,
    pattern: new RegExp(
      String.raw`\b(?:(?<the>the\s+)?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?<unit>quarter|half)(?:\s+(?:of\s+)?(?:(?<ofyear>${YEAR})|(?<ofrel>this|last|next|the)\s+(?:fiscal\s+)?year|fiscal\s+(?<fy>${YEAR})))?|(?<fy2>${YEAR})\s+(?<ord2>first|second|third|fourth)[\s-]+(?<unit2>quarter|half)|Q(?<q>[1-4])(?:\s+(?:of\s+)?|\s*['’])?(?<qy>${YEAR}|\d{2}(?!\d))?|(?<qy2>${YEAR})\s*Q(?<q2>[1-4])|H(?<h>[12])\s+(?<hy>${YEAR}))\b`,
      'dg',
    ),
    build(m, env) {
      const g = m.groups!;
      let n: number | null;
      let unit: 'quarter' | 'half';
      let year: number | null = null;
      let explicit = false;
      if (g.q || g.q2) {
        // "Q3" alone is as likely a product name as a quarter
        if (!g.qy && !g.qy2 && !/\b(?:in|for|during|the|of|by)\s+$/i.test(env.sentence.slice(Math.max(0, m.index - 8), m.index))) return null;
        n = Number(g.q ?? g.q2);
        unit = 'quarter';
        const y = g.qy ?? g.qy2;
        if (y) { year = fullYear(y, env); explicit = true; }
      } else if (g.h) {
        n = Number(g.h); unit = 'half'; year = Number(g.hy); explicit = true;
      } else {
        n = ordinal(g.ord ?? g.ord2);
        unit = lower(g.unit ?? g.unit2) as 'quarter' | 'half';
        const y = g.ofyear ?? g.fy ?? g.fy2;
        if (y) { year = Number(y); explicit = true; }
        else if (g.ofrel && env.today !== null) year = fromDayNumber(env.today).year + (lower(g.ofrel) === 'last' ? -1 : lower(g.ofrel) === 'next' ? 1 : 0);
        // a bare "the second half" is as often a match as a calendar
        else if (unit === 'half' && !g.ofrel) return null;
        if (unit === 'half' && n === 4) n = 2;
      }
      if (n === null || n < 1 || n > (unit === 'quarter' ? 4 : 2)) return null;
      const text = m[0];
      const letter = unit === 'quarter' ? 'Q' : 'H';
      if (year === null) {
        if (env.today === null) return noPublicationDate('DATE', `XXXX-${letter}${n}`, text);
        const { year: pubYear, month } = fromDayNumber(env.today);
        const now = unit === 'quarter' ? pubYear * 4 + Math.floor((month - 1) / 3) : pubYear * 2 + (month > 6 ? 1 : 0);
        const cycle = unit === 'quarter' ? 4 : 2;
        const tense = tenseOf(env, { start: m.index, end: m.index + text.length });
        const before = now - ((((now - (n - 1)) % cycle) + cycle) % cycle);
        const after = before === now ? now : before + cycle;
        const index = tense === 'future' ? after : before;
        year = Math.floor(index / cycle);
      }
      const value = `${pad(year, 4)}-${letter}${n}`;
      const why = explicit ? `'${text}' (a ${unit} of a given year)` : `${inArticle(text, env)}: the ${unit} by tense`;
      if (unit === 'quarter') return { type: 'DATE', value, date: quarterRange(year, n), explanation: why };
      const first = monthIndex(year, n === 1 ? 1 : 7);
      return { type: 'DATE', value, date: monthRange(first, first + 5), explanation: why };
    },
  },
  {
    name: 'fiscal year',
    needs: /fiscal|FY/i,
    pattern: new RegExp(String.raw`\b(?:fiscal(?:\s+year)?\s+(?<y>${YEAR})(?:[-/](?<y2>\d{2}|\d{4}))?|FY\s?(?<fy>${YEAR}|\d{2}(?!\d)))\b`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      const year = g.y ? Number(g.y) : fullYear(g.fy, env);
      const end = g.y2 ? fullYear(g.y2.length === 2 ? String(year).slice(0, 2) + g.y2 : g.y2, env) : year;
      if (end < year || end > year + 1) return null;
      return { type: 'DATE', value: pad(end, 4), date: yearRange(end, end, true), explanation: `'${m[0]}' (a fiscal year, which may not match the calendar year)` };
    },
  },
  {
    name: 'decade or century',
    needs: /0s|0['’]?s\b|century|ties\b/i,
    pattern: new RegExp(
      String.raw`\b(?:(?<the>the)\s+)?(?:${MOD}[\s-]+)?(?:(?<dec>1\d{2}|20\d)0['’]?s|['’](?<short>\d)0s|(?<cent>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century)\b`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      const mod = lower(g.mod);
      const text = m[0];
      let value: string;
      let from: number;
      let span: number;
      if (g.cent) {
        const c = ordinal(g.cent);
        if (c === null || c < 1 || c > 22) return null;
        value = pad(c - 1, 2);
        from = (c - 1) * 100;
        span = 100;
      } else {
        const d = g.dec ? Number(g.dec) : Number(g.short) >= 3 ? 190 + Number(g.short) : 200 + Number(g.short);
        if (!g.dec && Number(g.short) === 2) return null; // "the '20s": which century is anyone's guess
        value = String(d);
        from = d * 10;
        span = 10;
      }
      let lo = from;
      let hi = from + span - 1;
      if (/early|start|beginning/.test(mod)) hi = from + Math.round(span * 0.3);
      else if (/mid|middle/.test(mod)) { lo = from + Math.round(span * 0.3); hi = from + Math.round(span * 0.6); }
      else if (/late|end|close/.test(mod)) lo = from + Math.round(span * 0.6);
      void env;
      return { type: 'DATE', value, date: yearRange(lo, hi, Boolean(mod)), explanation: `'${text}' (${span === 10 ? 'a decade' : 'a century'})` };
    },
  },
  {
    name: 'year range',
    needs: /\d{4}\s*[-–—/]\s*\d\d/,
    pattern: new RegExp(String.raw`(?<a>${YEAR})\s*[-–—/]\s*(?<b>\d{4}|\d{2})(?![\d%]|[.,]\d)`, 'dg'),
    build(m, env) {
      const g = m.groups!;
      const a = Number(g.a);
      const b = g.b.length === 2 ? Math.floor(a / 100) * 100 + Number(g.b) : Number(g.b);
      if (b <= a || b - a > 100) return null;
      const after = env.sentence.slice(m.index + m[0].length);
      if (/^\s*(?:people|percent|%|votes?|win|victory|loss|defeat)\b/i.test(after)) return null;
      return { type: 'DATE', value: pad(a, 4), date: yearRange(a, b), explanation: `'${m[0]}' (the years ${a} to ${b})`, anchor: { year: a, month: null, day: null, yearGuessed: false } };
    },
  },
  {
    name: 'month day range',
    needs: /\d\s*(?:-|–|to|and|through|until)\s*\d/,
    pattern: new RegExp(
      String.raw`(?<mo>${MONTH})\s+(?<d1>${DAY})\s*(?:-|–|—|to|through|until|and)\s*(?<d2>${DAY})(?:,?\s+(?<y>\d{4}))?(?!\d)|(?<e1>${DAY})\s*(?:-|–|—|to|and)\s*(?<e2>${DAY})(?:\s+of)?\s+(?<mo2>${MONTH})(?:,?\s+(?<y2>\d{4}))?(?!\d)`,
      'dg',
    ),
    build(m, env) {
      const g = m.groups!;
      const mo = g.mo ?? g.mo2;
      if (!cap(mo)) return null;
      const month = monthNumber(mo);
      // "and" joins days only after "between": "between March 1 and 5"
      if (/\band\b/.test(m[0]) && !/\bbetween\s+(?:the\s+)?$/i.test(env.sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
      const d1 = parseInt(g.d1 ?? g.e1);
      const d2 = parseInt(g.d2 ?? g.e2);
      if (d2 <= d1) return null;
      const y = g.y ?? g.y2;
      const first = y ? explicitDay(Number(y), month, d1, m[0]) : resolveMonthDay(month, d1, m[0], tenseOf(env, { start: m.index, end: m.index + m[0].length }), env);
      if (!first || !first.date) return first ?? null;
      const year = Number(first.value.slice(0, 4));
      const last = explicitDay(year, month, d2, m[0]);
      if (!last) return null;
      return { ...first, date: { ...first.date, end: last.date.end }, explanation: `${first.explanation}; a range of days` };
    },
  },
  {
    name: 'month range',
    needs: /\d{4}/,
    pattern: new RegExp(String.raw`(?<mo1>${MONTH})\s*(?:-|–|—|to|through|until|and)\s*(?<mo2>${MONTH}),?\s+(?<y>${YEAR})`, 'dg'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo1) || !cap(g.mo2)) return null;
      const y = Number(g.y);
      const a = monthNumber(g.mo1);
      const b = monthNumber(g.mo2);
      const from = monthIndex(b < a ? y - 1 : y, a);
      const to = monthIndex(y, b);
      return { type: 'DATE', value: monthIso(from), date: monthRange(from, to), explanation: `'${m[0]}' (a range of months)` };
    },
  },
  {
    name: 'year',
    needs: /\d{4}/,
    pattern: new RegExp(
      String.raw`(?:\b(?<trig>in|since|by|until|till|through|throughout|from|before|after|of|during|around|circa|c\.|between|and|to|or|for|as\s+of|year|the\s+year|calendar\s+year|spring|summer|autumn|fall|winter|(?:the\s+)?(?:end|start|beginning|middle)\s+of|the|early|mid|late|ahead\s+of|until\s+at\s+least)[\s-]+|(?<open>^|[(\[]|,\s))(?<y>${YEAR})(?<poss>['’]s\b)?`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      const year = Number(g.y);
      const trig = lower(g.trig);
      const after = env.sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const nextWord = /^\s+([A-Za-z-]+)/.exec(after)?.[1]?.toLowerCase();
      if (nextWord && COUNTED.has(nextWord)) return null;
      // "in 1500 towns": round or early numbers before a plural are counts, "in 2019 prices rose" is a year
      if (nextWord && (year < 1900 || year % 100 === 0) && /^[a-z]+[^su]s$/.test(nextWord) && !EVENT_PLURALS.test(nextWord)) return null;
      if (/^\s*(?:[-–]\s*\d|[.,]\d|:\d|%|\s*(?:per\s*cent|percent)\b)/i.test(after)) return null;
      if (g.open !== undefined) {
        // a year opening a clause must act as a subject: "2024 was", "(2019)"
        if (g.open.startsWith('(') || g.open.startsWith('[')) { if (!/^\s*[)\]]/.test(after)) return null; }
        else if (!g.poss && !/^\s+(?:was|is|will|has|had|saw|marked|brought|became|began|ended|proved|has\s+been)\b/.test(after)) return null;
      }
      if (['the', 'and', 'to', 'or', 'for', 'of'].includes(trig) && (year < 1800 || year > 2100)) return null;
      // "the end of 2025": the article belongs to the expression, as in TimeML
      const mod = ['early', 'mid', 'late', 'end of', 'start of', 'beginning of', 'middle of'].includes(trig.replace(/^the /, '')) ? trig : '';
      const season = ['spring', 'summer', 'autumn', 'fall', 'winter'].includes(trig);
      if (season) return null; // the season rule reads these
      const startsAt = mod || trig === 'year' || trig === 'the year' || trig === 'calendar year' ? at(m, 'trig')![0] : at(m, 'y')![0];
      const end = at(m, 'y')![1];
      const text = env.sentence.slice(startsAt, end);
      const r = explicitYear(year, text, Boolean(mod) || trig === 'around' || trig === 'circa' || trig === 'c.');
      return { ...r, explanation: mod ? `'${text}' (roughly part of the year)` : r.explanation, start: startsAt, end };
    },
  },
  {
    name: 'relative year words',
    needs: /year/i,
    pattern: /\b(?<mod>early|late|mid)[\s-]+(?<rel>last|this|next)[\s-]+year\b/dig,
    build(m, env) {
      const g = m.groups!;
      return relativeUnit('year', lower(g.rel) === 'last' ? -1 : lower(g.rel) === 'next' ? 1 : 0, m[0], g.mod, env);
    },
  },
  {
    name: 'clock time',
    needs: /\d\s*[ap]\.?\s?m|\d:\d\d|noon|midnight|midday|\d{4}\s+(?:GMT|UTC)/i,
    pattern: new RegExp(
      String.raw`(?:\b(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\s*(?<ap>[ap])\.?\s?m\b\.?|(?<![\d:.])(?<h24>[01]?\d|2[0-3]):(?<mi24>[0-5]\d)(?![\d:]|\.\d)(?:\s*(?:hrs|h)\b)?|\b(?<mil>[01]\d|2[0-3])(?<milm>[0-5]\d)\s*(?=GMT|UTC)|\b(?<word>noon|midday|midnight)\b)(?:\s*\(?${ZONE}\)?(?![A-Za-z]))?`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      // zone letters count in capitals only: "3 p.m. CAT" is a zone, "3 p.m. cat" a word
      const zone = g.zone && (/^local/i.test(g.zone) || g.zone === g.zone.toUpperCase()) ? g.zone : undefined;
      const end = g.zone && !zone ? m.index + /^.*?(?=\s*\(?$)/.exec(env.sentence.slice(m.index, at(m, 'zone')![0]))![0].length : m.index + m[0].length;
      let hour: number;
      let minute = 0;
      if (g.h) {
        hour = Number(g.h) % 12 + (lower(g.ap) === 'p' ? 12 : 0);
        minute = g.mi ? Number(g.mi) : 0;
      } else if (g.h24) {
        hour = Number(g.h24);
        minute = Number(g.mi24);
        // "3:2" scores and "2:30" ratios look alike; a bare h:mm needs a zone or an "at" to count
        const before = env.sentence.slice(Math.max(0, m.index - 12), m.index);
        if (!zone && !/\b(?:at|by|from|until|till|to|around|about|since|before|after)\s+$/i.test(before)) return null;
      } else if (g.mil) {
        hour = Number(g.mil);
        minute = Number(g.milm);
      } else {
        const w = lower(g.word);
        hour = w === 'midnight' ? 0 : 12;
      }
      const draft = clockDraft(hour, minute, zone, env);
      const text = env.sentence.slice(m.index, end);
      return draft && { ...draft, explanation: `'${text}'`, rank: 1, end };
    },
  },
  {
    name: 'duration',
    needs: /second|minute|hour|day|night|week|fortnight|month|year|decade|centur/i,
    pattern: new RegExp(
      String.raw`\b(?:(?<rel>the\s+(?:past|last|next|previous|first|coming|following|final|remaining|initial)\s+)?(?<q>${NUMBER_WORD})[\s-]+(?<unit>${UNIT})s?(?:[\s-]+long)?|(?<for>for|over|in|within|after)\s+(?<vague>seconds|minutes|hours|days|weeks|months|years|decades|centuries)|(?<compound>decades|years|months|weeks|days|hours)-long|(?<vague2>seconds|minutes|hours|days|weeks|months|years|decades)(?=\s+(?:after|before)\s+(?:the|a|an|his|her|its|their|[a-z]+ing)\b))\b(?!['’-]\w|\s+(?:ago|later|earlier)\b|\s+(?:before|after)\b${ANAPHORIC_END})`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      if (g.vague2) return unresolved('DURATION', durationValue('several', g.vague2), `'${m[0]}' (a stretch of time)`);
      if (g.compound) return unresolved('DURATION', durationValue('several', g.compound), `'${m[0]}' (a stretch of time)`);
      if (g.vague) {
        const start = at(m, 'vague')![0];
        return { ...unresolved('DURATION', durationValue('several', g.vague), `'${g.vague}' (a stretch of time)`), start };
      }
      const q = lower(g.q);
      const unit = lower(g.unit);
      // "a second time", "one day" as in "some day": not stretches
      if (unit === 'second' && !/\d|seconds/.test(m[0]) && !/^(two|three|four|five|ten|thirty|several|a few)/.test(q)) return null;
      if ((q === 'one' || q === 'some') && unit === 'day' && !g.rel) return null;
      const following = env.sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s*(?:a|an|per|each|every)\s/.test(following) && /times|once|twice/.test(env.sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
      const value = durationValue(q.replace(/^(?:a couple of|dozens of|many)$/, (w) => (w === 'a couple of' ? '2' : 'several')), unit);
      return unresolved('DURATION', value, `'${m[0]}' (a stretch of time)`);
    },
  },
  {
    name: 'set',
    needs: /every|each|daily|weekly|monthly|annual|yearly|quarterly|hourly|nightly|fortnightly|once|twice|times|per/i,
    pattern: new RegExp(
      String.raw`\b(?:(?<every>every|each)\s+(?<other>other\s+)?(?:(?<wd>${WEEKDAY})|(?:(?<q>${NUMBER_WORD})\s+)?(?<unit>${UNIT}s?|morning|afternoon|evening|weekend))|(?<adv>daily|weekly|monthly|annually|annual|yearly|quarterly|hourly|nightly|fortnightly|biweekly)|(?<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?<unit2>${UNIT}))\b`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      const text = m[0];
      if (g.adv) {
        if (!/^[a-z]/.test(g.adv)) return null; // "Daily Mail"
        const word = lower(g.adv);
        const map: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'P1D', fortnightly: 'P2W', biweekly: 'P2W' };
        return unresolved('SET', map[word], `'${text}' (a repeated time)`);
      }
      if (g.freq) {
        const start = at(m, 'freq')![0];
        return { ...unresolved('SET', durationValue(undefined, g.unit2), `'${text}' (a repeated time)`), start };
      }
      if (g.wd) return cap(g.wd) ? unresolved('SET', `XXXX-WXX-${weekdayNumber(g.wd) + 1}`, `'${text}' (every week)`) : null;
      const unit = lower(g.unit);
      if (['morning', 'afternoon', 'evening'].includes(unit)) return unresolved('SET', `XXXX-XX-XXT${TIME_OF_DAY[unit]}`, `'${text}' (a repeated time)`);
      if (unit === 'weekend') return unresolved('SET', 'XXXX-WXX-WE', `'${text}' (a repeated time)`);
      const q = g.q ? quantity(g.q) : 1;
      const n = (q ?? 1) * (g.other ? 2 : 1);
      void env;
      return unresolved('SET', durationValue(String(n), unit), `'${text}' (a repeated time)`);
    },
  },
];

/** Cuts a TIME's instant for the date range, converting to UTC when the zone is known. */
export function timeOnDay(day: number, clock: NonNullable<Draft['clock']>): { value: string; date: DateRange; note: string } {
  const { year, month, day: d } = fromDayNumber(day);
  const wall = `${dayIso(day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
  // a generic name (ET, PT) takes its zone's offset on that day, summer time included
  const offsetMinutes = clock.offsetMinutes ?? (clock.timeZone ? zoneOffsetMinutes(clock.timeZone, year, month, d, clock.hour, clock.minute) : null);
  if (offsetMinutes === null) return { value: wall, date: range(wall, wall, 'minute'), note: 'time zone unknown: local wall-clock time' };
  const t = Date.UTC(year, month - 1, d, clock.hour, clock.minute) - offsetMinutes * 60_000;
  const u = new Date(t);
  const iso = `${pad(u.getUTCFullYear(), 4)}-${pad(u.getUTCMonth() + 1)}-${pad(u.getUTCDate())}T${pad(u.getUTCHours())}:${pad(u.getUTCMinutes())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  return { value: wall, date: range(iso, iso, 'minute'), note: `converted to UTC from ${clock.zone ? clock.zone.toUpperCase() : `the article's zone`} (UTC${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)})` };
}

export { coarsen, MONTH_NAMES, dayRange };
