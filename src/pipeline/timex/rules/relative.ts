// Counted from publication: "yesterday", "last month", "the weekend", "three years ago", "in recent weeks".

import type { DateRange } from '../calendar';
import { dayIso, dayNumber, dayRange, fromDayNumber, mondayOf, monthIndex, monthIso, monthRange, pad, range, weekIso, yearRange } from '../calendar';
import { MONTH, NUMBER_WORD, UNIT, monthNumber, quantity } from '../../lexicon';
import { commonNotPlace } from '../../language/tokens';
import type { Env } from '../resolve';
import { weekdayOf, noPublicationDate, quarterRange, unresolved } from '../resolve';
import { type Built, type Rule, MOD, PROGRAMME, TIME_OF_DAY, approxDays, at, cap, durationValue, isApproxMod, lower, tenseOf } from './shared';

/** A word for a show or a paper straight after "Today": "the Today programme", "NBC's Today show". */
const PROGRAMME_AFTER = new RegExp(String.raw`^\s+${PROGRAMME}\b`, 'i');
/**
 * After "today": a possessive (its apostrophe sometimes lost) and a capitalised name that closes its noun phrase
 * ("today's Ruritania, where"); its first word a place's, not a common noun's ("today's Budget, which" is the day's).
 */
const PRESENT_DAY_PLACE = /^(?:['’]|\s)s\s+(?<name>\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|of|to|from|with|as|where|which|that|is|was|were|are)\b)/u;

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'decade' | 'century';

/** "last week", "this month", "next year", with early/late modifiers: counted from publication by the word. */
export function relativeUnit(unit: Unit, shift: number, text: string, mod: string | undefined, env: Env): Built {
  const r = countUnits(unit, shift, text, mod, env);
  return r.how ? r : { ...r, how: { anchor: 'publication', pickedBy: 'word', direction: shift < 0 ? 'back' : shift > 0 ? 'forward' : null, yearInferred: true } };
}

function countUnits(unit: Unit, shift: number, text: string, mod: string | undefined, env: Env): Built {
  const m = lower(mod);
  if (env.today === null) {
    const blank: Record<Unit, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX', decade: 'XXX', century: 'XX' };
    return noPublicationDate('DATE', blank[unit]);
  }
  const today = env.today;
  const { year, month } = fromDayNumber(today);
  const approx = isApproxMod(mod);
  switch (unit) {
    case 'week':
    case 'weekend': {
      const monday = mondayOf(today) + shift * 7;
      const value = weekIso(monday);
      if (unit === 'weekend') return { type: 'DATE', value: `${value}-WE`, date: dayRange(monday + 5, monday + 6) };
      // "earlier this week", "later this week": the week is what the text gives; the days before or after
      // publication would be a guess at precision it did not give
      if (shift === 0 && /^(?:earl|lat)/.test(m)) return { type: 'DATE', value, date: range(value, value, 'week') };
      return { type: 'DATE', value, date: range(value, value, 'week', approx) };
    }
    case 'month': {
      const i = monthIndex(year, month) + shift;
      if (shift === 0 && m === 'earlier') {
        const first = today - fromDayNumber(today).day + 1;
        return { type: 'DATE', value: monthIso(i), date: approxDays(first, Math.max(first, today - 1)) };
      }
      return { type: 'DATE', value: monthIso(i), date: monthRange(i, i, approx) };
    }
    case 'quarter': {
      const q = year * 4 + Math.floor((month - 1) / 3) + shift;
      return { type: 'DATE', value: `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`, date: quarterRange(Math.floor(q / 4), (q % 4) + 1, approx) };
    }
    case 'year': {
      const y = year + shift;
      if (shift === 0 && m === 'earlier') {
        return { type: 'DATE', value: pad(y, 4), date: monthRange(monthIndex(y, 1), monthIndex(y, month), true) };
      }
      if (shift === 0 && m === 'later') {
        return { type: 'DATE', value: pad(y, 4), date: monthRange(monthIndex(y, month), monthIndex(y, 12), true) };
      }
      return { type: 'DATE', value: pad(y, 4), date: yearRange(y, y, approx) };
    }
    case 'decade': {
      const d = Math.floor(year / 10) + shift;
      return { type: 'DATE', value: String(d), date: yearRange(d * 10, d * 10 + 9, approx) };
    }
    case 'century': {
      const c = Math.floor(year / 100) + shift;
      return { type: 'DATE', value: pad(c, 2), date: yearRange(c * 100, c * 100 + 99, approx) };
    }
    case 'day': {
      const n = today + shift;
      return { type: 'DATE', value: dayIso(n), date: dayRange(n) };
    }
  }
}


/** Sunday, the last day of the calendar week (weekdays count from Monday, 0). */
const isSunday = (day: number): boolean => weekdayOf(day) === 6;

/**
 * "will go to a vote this week", "will meet later this week" written on a Sunday, the last day
 * of the calendar week: what is still to come is in the week starting tomorrow, not in the one ending
 * that day ("earlier this week" still looks back). A weekend is not counted on: Sunday is part of it,
 * so "a fair is planned this weekend" in a Sunday paper is the weekend that day ends.
 */
function weekAheadOnItsLastDay(unit: Unit, mod: string | undefined, m: RegExpExecArray, env: Env): boolean {
  if (unit !== 'week' || (mod && !/^lat/i.test(mod)) || env.today === null || !isSunday(env.today)) return false;
  return tenseOf(env, { start: m.index, end: m.index + m[0].length }) === 'future';
}

/**
 * "earlier this week" written on a Monday: the week has no days before the writing, so the text, written the day
 * before, tells of the week just ended. (Not "earlier this month" on the first: TimeML's annotators give that month.)
 */
function behindOnItsFirstDay(unit: Unit, mod: string | undefined, env: Env): boolean {
  return unit === 'week' && lower(mod) === 'earlier' && env.today !== null && weekdayOf(env.today) === 0;
}

/** A count that is no number: "a couple of days ago", "a few days ago" give a day only roughly. */
const ROUGH_COUNT = /^(?:a\s+few|a\s+couple(?:\s+of)?|several|some|many)$/i;

/** "ten years ago today", "three months ago to the day": that calendar day so far back, or null where it has none (29 February, 31 April). */
function sameDayBack(today: number, unit: string, n: number): number | null {
  if (!Number.isInteger(n)) return null;
  const { year, month, day } = fromDayNumber(today);
  if (unit === 'day' || unit === 'night') return today - n;
  if (unit === 'week' || unit === 'fortnight') return today - n * (unit === 'fortnight' ? 14 : 7);
  const months = unit === 'month' ? n : 12 * n * (unit === 'decade' ? 10 : unit === 'century' ? 100 : unit === 'year' ? 1 : NaN);
  if (!Number.isFinite(months)) return null;
  const back = year * 12 + (month - 1) - months;
  const then = dayNumber(Math.floor(back / 12), (back % 12) + 1, day);
  return fromDayNumber(then).day === day ? then : null;
}

export const RELATIVE: Rule[] = [
  {
    name: 'today, yesterday, tomorrow',
    examples: [
      { sentence: 'Markets fell yesterday.', text: 'yesterday', published: '2025-03-06', value: '2025-03-05' },
      { sentence: 'The result is due tonight.', text: 'tonight', published: '2025-03-06', value: '2025-03-06TNI' },
      { sentence: 'Today, the council voted to close the pool.', text: 'Today', published: '2025-03-06', value: '2025-03-06' },
      { sentence: 'Shops were looted overnight, residents said.', text: 'overnight', published: '2025-03-06', value: '2025-03-05TNI' },
      { sentence: 'Crews will work overnight to clear the road.', text: 'overnight', published: '2025-03-06', value: '2025-03-06TNI' },
      { sentence: 'The road was almost cleared overnight.', text: 'overnight', published: '2025-03-06', value: '2025-03-05TNI' },
      // a bare clock time before the part of the day takes its half from it
      { sentence: 'The mayor returned the call at 2:30 this afternoon.', text: '2:30 this afternoon', published: '2025-03-06', value: '2025-03-06T14:30' },
      { sentence: 'The ferry sank at 4 this morning.', text: '4 this morning', published: '2025-03-06', value: '2025-03-06T04:00' },
      { sentence: 'The council met at 9 last night.', text: '9 last night', published: '2025-03-06', value: '2025-03-05T21:00' },
    ],
    // the name of a programme or a paper, not a day
    rejects: ['The bank raised its overnight rate.', 'Guests paid for an overnight stay.', 'The old firm vanished almost overnight.', 'He told the Today programme that the plan had failed.', "A clip from NBC's Today show was shown.", 'He spoke to the World Today program.'],
    needs: /day|night|morning|noon|evening|tomorrow/i,
    pattern: /\b(?:(?<which>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|overnight)(?:['’]s)?(?:\s+(?<part>morning|afternoon|evening|night))?|(?<rel>this|last|tomorrow|yesterday)\s+(?<part2>morning|afternoon|evening|night))\b/dig,
    build(m, env) {
      const g = m.groups!;
      const which = lower(g.which ?? g.rel);
      const part = lower(g.part ?? g.part2 ?? (which === 'tonight' || which === 'overnight' ? 'night' : ''));
      // "shops were looted overnight.", "woken overnight by sirens": the night just gone (the coming one when the clause looks
      // ahead); "an overnight stay", "overnight rates" describe a thing and are no date, "vanished almost overnight" how
      // suddenly
      if (which === 'overnight') {
        if (g.part || /\b(?:almost|virtually|practically|nearly|seemingly|literally|all\s+but)\s+$/i.test(env.sentence.slice(Math.max(0, m.index - 16), m.index)) || !/^\s*(?:[.,;:!?)]|$|(?:by|in|at|on|to|from|after|before|as|and|when|while|amid|because)\b)/.test(env.sentence.slice(m.index + m[0].length))) return null;
        if (env.today === null) return noPublicationDate('TIME', 'XXXX-XX-XXTNI');
        const n = env.today + (tenseOf(env, { start: m.index, end: m.index + m[0].length }) === 'future' ? 0 : -1);
        return { type: 'TIME', value: `${dayIso(n)}TNI`, date: dayRange(n) };
      }
      // "the Today programme", "NBC's Today show", "World Today program": a title, not a day
      if (/^Today$/.test(m[0]) && (PROGRAMME_AFTER.test(env.sentence.slice(m.index + 5)) || /(?:\bthe|['’]s|\b[A-Z][a-z]+)\s+$/.test(env.sentence.slice(Math.max(0, m.index - 12), m.index)))) return null;
      // "much of today's Ruritania", "the borders of today s Ruritania": the present-day place, an age and no day (a
      // name closing its noun phrase; "today's Senate vote" is a day's happening)
      const place = which === 'today' && !part ? PRESENT_DAY_PLACE.exec(env.sentence.slice(m.index + m[0].length - (/s$/i.test(m[0]) ? 2 : 0))) : null;
      if (place && !commonNotPlace(place.groups!.name.toLowerCase())) return null;
      const shift: Record<string, number> = { 'the day before yesterday': -2, 'the day after tomorrow': 2, today: 0, tonight: 0, this: 0, yesterday: -1, tomorrow: 1, last: part === 'night' ? -1 : 0 };
      if (which === 'last' && part !== 'night') return null;
      if (env.today === null) return noPublicationDate('DATE', part ? `XXXX-XX-XXT${TIME_OF_DAY[part]}` : 'XXXX-XX-XX');
      const n = env.today + shift[which];
      return { type: part ? 'TIME' : 'DATE', value: part ? `${dayIso(n)}T${TIME_OF_DAY[part]}` : dayIso(n), date: dayRange(n) };
    },
  },
  {
    // The year word says which January: "in January this year", "June of last year".
    name: 'month of a relative year',
    examples: [
      { sentence: 'The office was moved in January this year.', text: 'January this year', published: '1998-04-20', value: '1998-01' },
      { sentence: 'He left in June of last year.', text: 'June of last year', published: '1998-04-20', value: '1997-06' },
      { sentence: 'The plant reopens in March next year.', text: 'March next year', published: '1998-04-20', value: '1999-03' },
    ],
    rejects: ['He may sign in the next year.'],
    needs: /\b(?:this|last|next)\s+year\b/i,
    pattern: new RegExp(String.raw`(?<mo>${MONTH})\s+(?:of\s+)?(?<rel>this|last|next)\s+year\b(?!['’])`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const shift = lower(g.rel) === 'last' ? -1 : lower(g.rel) === 'next' ? 1 : 0;
      const value = (year: number) => `${pad(year, 4)}-${pad(monthNumber(g.mo))}`;
      if (env.today === null) return noPublicationDate('DATE', `XXXX-${pad(monthNumber(g.mo))}`);
      const year = fromDayNumber(env.today).year + shift;
      const i = monthIndex(year, monthNumber(g.mo));
      return { type: 'DATE', value: value(year), date: monthRange(i, i), how: { anchor: 'publication', pickedBy: 'word', direction: shift < 0 ? 'back' : shift > 0 ? 'forward' : null, yearInferred: true } };
    },
  },
  {
    name: 'last/this/next unit',
    examples: [
      { sentence: 'The talks took place last month.', text: 'last month', published: '2025-03-06', value: '2025-02' },
      { sentence: 'Elections are due next year.', text: 'next year', published: '2025-03-06', value: '2026' },
      // the coming week is the seven days after the writing: on a Monday most of them are this week's, on a Thursday next week's
      { sentence: 'The board will rule in the coming week.', text: 'the coming week', published: '2025-03-03', value: '2025-W10' },
      { sentence: 'The board will rule in the coming week.', text: 'the coming week', published: '2025-03-06', value: '2025-W11' },
      // on a Monday, "earlier this week" is the week just ended
      { sentence: 'The board ruled earlier this week.', text: 'earlier this week', published: '2025-03-03', value: '2025-W09' },
      // the coming year is the twelve months after the writing, not the next calendar year
      { sentence: 'The firm will sell $2 billion of assets in the coming year.', text: 'the coming year', published: '2025-07-06', value: 'FUTURE_REF' },
      { sentence: 'The firm plans to sell assets over the next year.', text: 'the next year', published: '2025-07-06', value: 'FUTURE_REF' },
    ],
    rejects: ['The minister, speaking on the talk show "This Month," backed the plan.', 'She hosts “Next Year” on the radio.'],
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
      // "speaking on the programme \"This Month,\"": a title in quotation marks names a thing, not a time
      // ("on the programme \"This Week With Jane Roe\"": the title goes on in capitals after it)
      if (/^\p{Lu}\S*\s+\p{Lu}/u.test(text) && /["“‘']$/.test(env.sentence.slice(Math.max(0, m.index - 1), m.index)) && /^(?:[,.]?["”’']|\s+\p{Lu})/u.test(env.sentence.slice(m.index + text.length))) return null;
      // "the past week" is a stretch of time, not a calendar week; "the last quarter" is the last reported
      // quarter, and "the last week" on its own the calendar week before publication, as "last week" is.
      // "over the last week" still measures a stretch; "the last week of the campaign", "in the last week
      // before the vote" are the final week of something else.
      const lastWeekItself =
        rel === 'last' && unit === 'week' && !g.mod &&
        !/\b(?:over|within|for|throughout)\s+$/i.test(env.sentence.slice(Math.max(0, m.index - 12), m.index)) &&
        !/^\s+(?:of|before|ahead|leading|until|till|to|in|at|on|for|that)\b/i.test(env.sentence.slice(m.index + text.length));
      if (((g.the && (rel === 'past' || rel === 'last')) || (rel === 'past' && !g.mod)) && unit !== 'quarter' && !lastWeekItself) {
        return { ...unresolved('DURATION', unit === 'weekend' ? 'P2D' : durationValue(undefined, unit)) };
      }
      // "in the coming year", "over the next year": the twelve months after the writing, not the calendar year after it
      // ("the next year or so" is left to the word; a past narrative's "over the next year" is the year after its own
      // date, the anaphor below)
      if (
        unit === 'year' && g.the && !g.mod && (rel === 'coming' || rel === 'next') && env.today !== null &&
        /\b(?:in|over|within|during|throughout)\s+$/i.test(env.sentence.slice(Math.max(0, m.index - 12), m.index)) &&
        !/^\s+or\b/i.test(env.sentence.slice(m.index + text.length)) &&
        (rel === 'coming' || tenseOf(env, { start: m.index, end: m.index + text.length }) !== 'past')
      ) {
        return { type: 'DATE', value: 'FUTURE_REF', date: approxDays(env.today, env.today + 365), how: { anchor: 'publication', pickedBy: 'word', direction: 'forward', yearInferred: true } };
      }
      if (['previous', 'following', 'same', 'that'].includes(rel) || (g.the && rel === 'next')) {
        const shift = rel === 'previous' ? -1 : rel === 'following' || rel === 'next' ? 1 : 0;
        if (unit === 'weekend' || unit === 'decade' || unit === 'century' || unit === 'quarter') return null;
        return { ...unresolved('DATE', 'XXXX'), anaphor: { unit, shift } };
      }
      const shift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
      if (rel === 'this' && weekAheadOnItsLastDay(unit, g.mod, m, env)) return relativeUnit(unit, 1, text, g.mod, env);
      if (rel === 'this' && behindOnItsFirstDay(unit, g.mod, env)) return relativeUnit(unit, -1, text, g.mod, env);
      // "in the coming week" is the seven days after the writing: the week most of them fall in, this one when it is
      // written early in a week ("will rule in the coming week", written on a Monday), else the next
      if (rel === 'coming' && unit === 'week' && !g.mod && env.today !== null && weekdayOf(env.today) <= 2) return relativeUnit(unit, 0, text, g.mod, env);
      return relativeUnit(unit, shift, text, g.mod, env);
    },
  },
  {
    name: 'the weekend',
    examples: [
      { sentence: 'Protests erupted over the weekend.', text: 'the weekend', published: '2025-03-06', value: '2025-W09-WE' },
      // the clause's tense and modality pick the coming one
      { sentence: 'The two leaders will meet over the weekend.', text: 'the weekend', published: '2025-03-04', value: '2025-W10-WE' },
      { sentence: 'The leaders are expected to meet over the weekend.', text: 'the weekend', published: '2025-03-04', value: '2025-W10-WE' },
      { sentence: 'Shops reopened after the weekend.', text: 'the weekend', published: '2025-03-04', value: '2025-W09-WE' },
      { sentence: 'Schools will reopen after the weekend.', text: 'the weekend', published: '2025-03-07', value: '2025-W10-WE' },
    ],
    needs: /weekend/i,
    pattern: /\b(?:over|during|at|on|by|until|through|throughout|for|after|before|since)\s+(?<x>the\s+weekend)\b(?!['’])/dig,
    build(m, env) {
      const [start, end] = at(m, 'x')!;
      if (env.today === null) return { ...noPublicationDate('DATE', 'XXXX-WXX-WE'), start, end };
      // past tense (the usual "over the weekend") is the last Saturday-Sunday on or before publication
      // "since the weekend" looks back; "after the weekend" too, unless the clause looks ahead ("will reopen after the weekend")
      const read = tenseOf(env, { start, end });
      const tense = /since/i.test(m[0]) || (/after/i.test(m[0]) && read !== 'future') ? 'past' : read;
      const saturdayBefore = env.today - ((weekdayOf(env.today) + 2) % 7);
      const upcoming = saturdayBefore + 1 < env.today;
      // with no tense, the nearer weekend: on a Friday the coming one, on a Monday the one just gone
      const nearerAhead = upcoming && saturdayBefore + 7 - env.today < env.today - (saturdayBefore + 1);
      const saturday = upcoming && (tense === 'future' || (tense === null && nearerAhead)) ? saturdayBefore + 7 : saturdayBefore;
      return { type: 'DATE', value: `${weekIso(saturday)}-WE`, date: dayRange(saturday, saturday + 1), start, end };
    },
  },
  {
    name: 'end of the year',
    examples: [
      { sentence: 'The plant will close at the end of the year.', text: 'the end of the year', published: '2025-03-06', value: '2025' },
    ],
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
    examples: [
      { sentence: 'The firm was founded three years ago.', text: 'three years ago', published: '2025-03-06', value: '2022' },
      // beside a quarter, "a year ago" compares that quarter with the same one a year before
      { sentence: 'Sales in the third quarter rose 6% from a year ago.', text: 'a year ago', published: '1989-10-30', value: '1988-Q3' },
      // an anniversary: the same calendar day, so the day is known
      { sentence: 'Ten years ago today, the bridge opened.', text: 'Ten years ago today', published: '2025-03-06', value: '2015-03-06' },
      { sentence: 'Ten months ago today, the bridge opened.', text: 'Ten months ago today', published: '2025-03-06', value: '2024-05-06' },
    ],
    needs: /\bago\b/i,
    pattern: new RegExp(String.raw`\b(?<q>${NUMBER_WORD})[\s-]+(?<unit>${UNIT})s?\s+ago(?<sameDay>\s+(?:today|to\s+the\s+day|this\s+day))?\b|\b(?<vague>years|decades|months|weeks|days|centuries)\s+ago\b`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      if (g.vague) return unresolved('DATE', 'PAST_REF');
      const n = quantity(g.q);
      const unit = lower(g.unit);
      if (n === null) return unresolved('DATE', 'PAST_REF');
      if (env.today === null) return noPublicationDate('DATE', 'XXXX-XX-XX');
      const { year, month } = fromDayNumber(env.today);
      if (g.sameDay) {
        const then = sameDayBack(env.today, unit, n);
        if (then !== null) return { type: 'DATE', value: dayIso(then), date: dayRange(then) };
      }
      switch (unit) {
        case 'second': case 'minute': case 'hour':
          return { type: 'DATE', value: dayIso(env.today), date: dayRange(env.today - (unit === 'hour' && n >= 12 ? 1 : 0), env.today, unit === 'hour' && n >= 12) };
        case 'day': case 'night':
          return { type: 'DATE', value: dayIso(env.today - n), date: dayRange(env.today - n, env.today - n, ROUGH_COUNT.test(g.q)) };
        case 'week': case 'fortnight': {
          const back = env.today - n * 7 * (unit === 'fortnight' ? 2 : 1);
          return { type: 'DATE', value: weekIso(back), date: range(weekIso(back), weekIso(back), 'week', true) };
        }
        case 'month': {
          const i = monthIndex(year, month) - Math.round(n);
          return { type: 'DATE', value: monthIso(i), date: monthRange(i, i, n > 1) };
        }
        case 'decade':
          return { type: 'DATE', value: pad(year - 10 * n, 4), date: yearRange(year - 10 * n, year - 10 * n, true) };
        case 'century':
          return { type: 'DATE', value: pad(year - 100 * n, 4), date: yearRange(year - 100 * n, year - 100 * n, true) };
        default:
          return { type: 'DATE', value: pad(year - n, 4), date: yearRange(year - n, year - n, n > 1) };
      }
    },
  },
  {
    name: 'recent and coming stretches',
    examples: [
      { sentence: 'Prices have risen in recent weeks.', text: 'recent weeks', published: '2025-03-06', value: 'PAST_REF' },
      { sentence: 'Officials expect to reopen the port in the next day or two.', text: 'the next day or two', published: '2025-03-06', value: 'FUTURE_REF' },
      { sentence: 'The party is now in opposition.', text: 'now', published: '2025-03-06', value: 'PRESENT_REF' },
    ],
    needs: /recent|coming|next|past|last|future|now|current|present|moment|these days|lately/i,
    pattern: /\b(?:(?<recent>(?:in|over|during|within)\s+(?:recent|the\s+(?:past|last|next)\s+(?:few|several|couple\s+of)|the\s+coming))\s+(?<unit>days|weeks|months|years|decades)|(?<recent1>(?:in|over|during|within)\s+the\s+(?:next|coming))\s+(?<unit1>day|week|month)\s+or\s+(?:two|three)|(?<now>now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|right\s+now|presently)|(?<past>(?:(?:more|most|very|only|until)\s+)?recently|lately|in\s+the\s+past)|(?<future>in\s+the\s+(?:near\s+|distant\s+|foreseeable\s+)?future))\b(?!['’-])/dig,
    build(m, env) {
      const g = m.groups!;
      const text = m[0];
      if (g.now) return { ...unresolved('DATE', 'PRESENT_REF'), rank: 5 };
      if (g.past) return { ...unresolved('DATE', 'PAST_REF'), start: m.index + (text.toLowerCase().startsWith('in ') ? 3 : 0) };
      if (g.future) return { ...unresolved('DATE', 'FUTURE_REF'), start: m.index + 3 };
      // ("in the next day or two", "within the coming week or two": a few of them)
      const recent = g.recent ?? g.recent1;
      const forward = /coming|next/i.test(recent);
      const unit = lower(g.unit ?? g.unit1).replace(/s$/, '');
      const value = forward ? 'FUTURE_REF' : 'PAST_REF';
      // the span drops the leading preposition, as TimeML does
      const start = m.index + (at(m, g.recent ? 'recent' : 'recent1')![0] - m.index) + (/^(in|over|during)\s+/i.exec(recent)?.[0].length ?? 0);
      if (env.today === null) return { ...noPublicationDate('DATE', value), start };
      const t = env.today;
      const { year, month } = fromDayNumber(t);
      let date: DateRange;
      // "the next day or two" is a couple of them, "the coming week or two" a fortnight
      if (g.unit1) date = approxDays(t, t + ({ day: 2, week: 14, month: 61 } as Record<string, number>)[unit]);
      else if (unit === 'day') date = forward ? approxDays(t, t + 7) : approxDays(t - 7, t);
      else if (unit === 'week') date = forward ? approxDays(t, t + 28) : approxDays(t - 28, t);
      else if (unit === 'month') date = forward ? monthRange(monthIndex(year, month), monthIndex(year, month) + 3, true) : monthRange(monthIndex(year, month) - 3, monthIndex(year, month), true);
      else if (unit === 'year') date = forward ? yearRange(year, year + 3, true) : yearRange(year - 3, year, true);
      else date = forward ? yearRange(year, year + 20, true) : yearRange(year - 20, year, true);
      return { type: 'DATE', value, date, start };
    },
  },
  {
    // Business news reports on the year in hand: "for the year", "the current fiscal year".
    name: 'the year in hand',
    examples: [
      { sentence: 'For the year, sales of the unit were flat.', text: 'the year', published: '1989-10-27', value: '1989' },
      { sentence: 'It expects sales in the current fiscal year to rise.', text: 'the current fiscal year', published: '1989-10-27', value: '1989' },
      { sentence: 'Earnings fell over the first nine months of the year.', text: 'the year', published: '1989-10-27', value: '1989' },
      { sentence: 'Sales for the full year were higher.', text: 'the full year', published: '1989-10-27', value: '1989' },
    ],
    rejects: [
      'She was named player of the year by the league.',
      'The plan for the year ahead is modest.',
      'For the year before the war, records are thin.',
      'The town looks back on the year 1912 with pride.',
      // a company's own year, ended on a day the text gives: twelve months, not a calendar year
      'Ferry income for the year ended June 30 was flat.',
      'It expects a loss for the year ending in March.',
      'Profit for the year to March 31 doubled.',
    ],
    needs: /\byear\b/i,
    pattern: /(?:\b(?:for|through|during|throughout)\s+|\b(?:months|quarters?|half|rest|remainder|part|weeks)\s+of\s+|(?<current>))(?<x>the\s+(?:(?<own>current|full|whole|entire)\s+)?(?:(?:fiscal|calendar|financial)\s+)?year)\b(?!\s*(?:ahead|to\s+come|before|after|earlier|later|ago|since|when|in\s+which|that|of|\d|ended\b|ending\b|to\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|['’-])/dig,
    build(m, env) {
      const g = m.groups!;
      // without a preposition only "the current year" says which year it is
      if (g.current !== undefined && lower(g.own) !== 'current') return null;
      const start = at(m, 'x')![0];
      return { ...relativeUnit('year', 0, m[0], undefined, env), start };
    },
  },
  {
    name: 'relative year words',
    examples: [
      { sentence: 'The plant opens mid-next year.', text: 'mid-next year', published: '2025-03-06', value: '2026' },
    ],
    needs: /year/i,
    pattern: /\b(?<mod>early|late|mid)[\s-]+(?<rel>last|this|next)[\s-]+year\b/dig,
    build(m, env) {
      const g = m.groups!;
      return relativeUnit('year', lower(g.rel) === 'last' ? -1 : lower(g.rel) === 'next' ? 1 : 0, m[0], g.mod, env);
    },
  },
];
