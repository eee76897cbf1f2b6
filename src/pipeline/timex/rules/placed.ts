// Days, months, seasons, quarters and holidays written without their year: placed around publication by the sentence's tense (or by "last"/"next").

import { dayNumber, fromDayNumber, monthIndex, monthRange, pad, range, weekIso } from '../calendar';
import { afterSince, DAY, MONTH, MONTH_CAPITALS, WEEKDAY, YEAR, monthNumber, ordinal, weekdayNumber } from '../../lexicon';
import { weekdayOf, easter, resolveYearly, noPublicationDate, quarterRange, resolveMonth, resolveMonthDay, resolveWeekday, seasonNumber, weekdayInWeek, seasonOf, seasonRange, unresolved } from '../resolve';
import { type Built, type Rule, MOD, PROGRAMME, TIME_OF_DAY, WEEKDAY_PREFIX, cap, fullYear, isApproxMod, lower, spanFrom, tenseOf } from './shared';

/**
 * After a day's name: up to three capitalised words, a kind of show, then a word for a show or a paper; not that word
 * straight after the day, which tells a show on that day ("the band cancelled its Saturday show").
 */
const PROGRAMME_NAME = new RegExp(String.raw`^(?!\s+${PROGRAMME}\b)["”’']?(?:\s+[A-Z][\w'’-]*){0,3}["”’']?(?:\s+(?:talk|chat|comedy|news|radio|TV|television))?\s+${PROGRAMME}\b`);

/** The record's rule for a month a figure is reported over; the events stage dates no happening by it. */
export const FIGURE_MONTH = 'month a figure covers';
/** Words that set something for a month: "scheduled for March", "planned for May". */
const SET_FOR = /\b(?:scheduled|planned|set|slated|due|expected|postponed|delayed|moved|put\s+off|pushed\s+back|booked|called|timed|targeted|aimed|penciled|pencilled)\b[^.;]{0,20}$/i;
/** "effective Feb. 1", "effective as of June 1": the day a change takes effect, told apart from when it was decided. */
const takesEffect = (sentence: string, start: number) => /\beffective(?:\s+(?:as\s+of|on|from))?\s+$/i.test(sentence.slice(Math.max(0, start - 24), start));

/** The ISO week-numbering year of a day number. */
const isoWeekYear = (n: number): number => Number(weekIso(n).slice(0, 4));

/** "a recent Wednesday", "one cold Tuesday": an article, and at most one word that says what kind of day, before a weekday. */
const INDEFINITE_BEFORE = /\b(?:an?|one)\s+(?:(?:recent|certain|particular|typical|single|given|fateful|cold|warm|hot|rainy|sunny|snowy|wet|grey|gray|quiet|busy)\s+)?$/i;
/** The week after a weekday, or after the other end of a range of weekdays: " last week", " to Friday next week". */
const WEEK_AFTER_WEEKDAY = new RegExp(String.raw`^(?:\s*(?:-|–|to|through|until|and)\s*(?:${WEEKDAY}))?\s+(?:of\s+)?(last|next|this)\s+week\b(?!['’])`, 'i');
/** Words that may follow a weekday standing alone; any other lower-case word is a noun it modifies: "a Friday news conference". */
const AFTER_LONE_WEEKDAY = /^\s+(?:in|on|at|of|last|this|that|when|while|before|after|and|or|but|the|a|an|his|her|their|its|he|she|they|we|it|to|for|with|around|about)\b/;

/**
 * Whether the weekday at [start, end) of the sentence is some such day, which the text does not say: "On a recent
 * Wednesday, the baker opened a shop", "One Tuesday in May". (Not "told a Friday news conference", the last Friday's.)
 */
function indefiniteWeekday(sentence: string, start: number, end: number): boolean {
  if (!INDEFINITE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) return false;
  const after = sentence.slice(end);
  return !/^\s+[a-z]/.test(after) || AFTER_LONE_WEEKDAY.test(after);
}

export const PLACED: Rule[] = [
  {
    name: 'month day',
    examples: [
      { sentence: 'The mill burned down last Oct. 23 in the night.', text: 'Oct. 23', published: '1999-04-19', value: '1998-10-23' },
      { sentence: 'The minister resigned on March 2.', text: 'March 2', published: '2025-03-06', value: '2025-03-02' },
      { sentence: 'The vote will be held on March 20.', text: 'March 20', published: '2025-03-06', value: '2025-03-20' },
      { sentence: 'The minister resigned on March 2.', text: 'March 2', published: null, value: 'XXXX-03-02' },
      // an order to report is ahead of it: this February, weeks off, not last year's
      { sentence: 'He was ordered to report to prison on Feb. 9.', text: 'Feb. 9', published: '2025-01-05', value: '2025-02-09' },
      // payment dates a few weeks past the year's end are the coming ones, whatever the verb before
      { sentence: 'The company declared a dividend payable Jan. 2 to holders of record Dec. 15.', text: 'Jan. 2', published: '1989-11-02', value: '1990-01-02' },
      { sentence: 'The company declared a dividend payable Dec. 7 to holders of record.', text: 'Dec. 7', published: '1989-10-27', value: '1989-12-07' },
      // the day a change takes effect is set apart from the verb's tense: the nearer one
      { sentence: 'The bank also created a new office of the chairman, effective Feb. 1.', text: 'Feb. 1', published: '1989-11-02', value: '1990-02-01' },
      { sentence: 'The union won a new contract, effective June 1.', text: 'June 1', published: '1989-10-26', value: '1989-06-01' },
      // a colon after the day closes the date when words lead to it
      { sentence: 'The paper said in a leader on Tuesday, March 4: The court erred.', text: 'Tuesday, March 4', published: '2025-03-03', value: '2025-03-04' },
    ],
    rejects: ['May 5: Crews fly over the slick near the pier.', 'The bus left at May 5:30 sharp.'],
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?<mo>${MONTH})\s+(?<d>${DAY})(?![\d.,]\d|\s*(?:%|percent|per\b|people|years?\b|km\b))`, 'dg'),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const span = spanFrom(m);
      // "May 5: Crews fly over the slick" opening its sentence is a caption's or a listed entry's label, not a date
      // the sentence tells; "in a leader on Tuesday, March 4: The court erred" closes the words that lead to it
      // (read char by char: a long run of dates must not copy the sentence at each one)
      if (env.sentence.charAt(span.end) === ':' && /\s/.test(env.sentence.charAt(span.end + 1)) && !/\p{Ll}/u.test(env.sentence.slice(0, span.start))) return null;
      // "last Oct. 23", "next May 4": the word before says which side of publication
      const side = /\b(last|next)\s+$/i.exec(env.sentence.slice(Math.max(0, span.start - 6), span.start))?.[1].toLowerCase();
      const tense = side === 'last' ? 'past' : side === 'next' ? 'future' : takesEffect(env.sentence, span.start) ? null : tenseOf(env, span);
      const r = resolveMonthDay(monthNumber(g.mo), parseInt(g.d), tense, env, g.wd && cap(g.wd) ? weekdayNumber(g.wd) : null, !afterSince(env.sentence, span.start));
      return r.date || r.value.startsWith('XXXX') ? r : null;
    },
  },
  {
    name: 'day month',
    examples: [
      { sentence: 'The talks ended on 2 March.', text: '2 March', published: '2025-03-06', value: '2025-03-02' },
      // timeline boxes set months in capitals
      { sentence: '16 MAY: RISER INSERTION TUBE - SUCCESS', text: '16 MAY', published: '2010-06-04', value: '2010-05-16' },
    ],
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?:the\s+)?(?<d>${DAY})(?:\s+of)?\s+(?<mo>${MONTH}|${MONTH_CAPITALS})(?!\s*,?\s*\d)`, 'dg'),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const span = spanFrom(m);
      return resolveMonthDay(monthNumber(g.mo), parseInt(g.d), takesEffect(env.sentence, span.start) ? null : tenseOf(env, span), env, g.wd && cap(g.wd) ? weekdayNumber(g.wd) : null, !afterSince(env.sentence, span.start));
    },
  },
  {
    name: 'month alone',
    examples: [
      { sentence: 'The court issued warrants in November.', text: 'November', published: '2025-03-06', value: '2024-11' },
      { sentence: 'The court will sit again in May.', text: 'May', published: '2025-03-06', value: '2025-05' },
      // a month naming its happening: "the October blast" (not "the March on the capital", not "the May government")
      { sentence: 'The October blast killed four miners.', text: 'October', published: '2025-03-06', value: '2024-10' },
      // a month in the possessive, and one something is set for
      { sentence: "The harbour board cut December's toll by half.", text: 'December', published: '2025-03-06', value: '2024-12' },
      { sentence: 'The council vote is scheduled for March.', text: 'March', published: '2025-01-06', value: '2025-03' },
    ],
    rejects: ['The vote was a blow for May and her party.', "May's speech was short.", 'The ferry counts for January showed a rise in riders.'],
    pattern: new RegExp(
      String.raw`(?:\b(?<trig>in|since|by|until|till|through|throughout|from|during|before|after|between|of|for|last|next|this|past|coming|each|every|early|late|mid|the\s+month\s+of|(?<det>the|its|an?)(?=\s+${MONTH}\b))[\s-]+(?:${MOD}[\s-]+)?|\b${MOD.replace('<mod>', '<mod2>')}[\s-]+|(?<poss>\b(?=${MONTH}['’]s\b)))(?<mo>${MONTH})(?!\.?\s*,?\s*\d|\s+of\s+\d)`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const trig = lower(g.trig);
      const month = monthNumber(g.mo);
      // "May's" is as likely a person as a month; "for" a month nothing is set for is a figure's (the next rule)
      if (g.poss !== undefined && month === 5) return null;
      if (trig === 'for' && (month === 5 || !SET_FOR.test(env.sentence.slice(Math.max(0, m.index - 30), m.index)))) return null;
      // after a determiner only a month followed by a common noun of its own: "the October blast"
      if (g.det && (month === 5 || !/^\s+(?!(?:on|of|to|and|or|for|in|at|is|was)\b)[a-z]{3,}/.test(env.sentence.slice(m.index + m[0].length)))) return null;
      const relative = ['last', 'next', 'this', 'past', 'coming'].includes(trig);
      const span = relative || ['early', 'late', 'mid'].includes(trig) ? spanFrom(m, 'trig') : spanFrom(m, 'mod', 'mod2', 'mo');
      if (trig === 'each' || trig === 'every') return { ...unresolved('SET', `XXXX-${pad(month)}`), ...span };
      // "May" is a month only where a preposition or modifier makes it one: "in May", not "May I"
      const shift = trig === 'last' || trig === 'past' ? 'last' : trig === 'next' || trig === 'coming' ? 'next' : trig === 'this' ? 'this' : null;
      let tense = tenseOf(env, span);
      if (trig === 'since') tense = 'past';
      const r = resolveMonth(month, tense, env, shift);
      const approximate = isApproxMod(g.mod) || isApproxMod(g.mod2) || ['early', 'late', 'mid'].includes(trig);
      return { ...r, date: r.date && { ...r.date, approximate }, ...span };
    },
  },
  {
    // The month a figure is reported over; its own rule, so the events stage dates no happening by it.
    name: FIGURE_MONTH,
    examples: [
      { sentence: 'The ferry counts for January showed a rise in riders.', text: 'January', published: '2025-03-06', value: '2025-01' },
      { sentence: 'Mean rainfall for October is 90 millimetres.', text: 'October', published: '2025-10-28', value: '2025-10' },
    ],
    // something set for a month is a happening's month ('month alone' reads it); "for May" is as likely a person
    rejects: ['The council vote is scheduled for March.', 'The vote was a blow for May and her party.'],
    needs: /\bfor\s/i,
    pattern: new RegExp(String.raw`\bfor\s+(?<mo>${MONTH})(?!\.?\s*,?\s*\d|\s+of\s+\d)`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      const month = monthNumber(g.mo);
      if (!cap(g.mo) || month === 5 || SET_FOR.test(env.sentence.slice(Math.max(0, m.index - 30), m.index))) return null;
      const span = spanFrom(m, 'mo');
      return { ...resolveMonth(month, tenseOf(env, span), env), ...span };
    },
  },
  {
    name: 'weekday',
    examples: [
      { sentence: 'The minister said Wednesday that talks had failed.', text: 'Wednesday', published: '2025-03-06', value: '2025-03-05' },
      { sentence: 'The council will vote on Friday.', text: 'Friday', published: '2025-03-06', value: '2025-03-07' },
      // a plan looks ahead: the coming Wednesday, not the one just gone
      { sentence: 'The launch, delayed twice, is now planned for Wednesday.', text: 'Wednesday', published: '2025-03-06', value: '2025-03-12' },
      // the date written beside a weekday says which one, whatever the tense alone would pick
      { sentence: 'The race was held on Sunday (July 18) in the rain.', text: 'Sunday', published: '2021-07-25', value: '2021-07-18' },
      // "a recent Wednesday", "one Tuesday": some Wednesday, which the text does not say; "a Friday news conference" is the last one
      { sentence: 'On a recent Wednesday, the baker opened a second shop.', text: 'Wednesday', published: '2025-03-06', value: 'XXXX-WXX-3' },
      { sentence: 'One Tuesday in May, the baker opened a second shop.', text: 'Tuesday', published: '2025-03-06', value: 'XXXX-WXX-2' },
      { sentence: 'The mayor told a Friday news conference that the bridge would reopen.', text: 'Friday', published: '2025-03-06', value: '2025-02-28' },
      // a show's own day is a day
      { sentence: 'The mayor spoke on Sunday\'s show about the bridge.', text: 'Sunday', published: '2025-03-06', value: '2025-03-02' },
      { sentence: 'The band cancelled its Saturday show in the town hall.', text: 'Saturday', published: '2025-03-06', value: '2025-03-01' },
      { sentence: 'The crowd gathered on Friday Night in the square.', text: 'Friday Night', published: '2025-03-06', value: '2025-02-28TNI' },
      // the week named after the day, or after the other end of a range of days, says which one
      { sentence: 'The council met on Friday last week.', text: 'Friday', published: '2025-03-06', value: '2025-02-28' },
      { sentence: 'The talks will resume on Tuesday next week.', text: 'Tuesday', published: '2025-03-06', value: '2025-03-11' },
      { sentence: 'The council met on Monday this week.', text: 'Monday', published: '2025-03-06', value: '2025-03-03' },
    ],
    // a day's name that opens the name of a show or a paper; a weekday and a part of the day, both capitalised, before
    // another capitalised word (alone, "on Friday Night in the square", still a date)
    rejects: [
      'Senators argued about the bridge on Sunday chat shows.',
      'The port\'s Friday Forum programme ran a debate.',
      'The mayor was pressed by Monday Roundup presenter Ann Roe.',
      'The skit ran on the "Friday Night Revue" radio show.',
      'The sketch ran on Saturday Night Revue last year.',
      'Fans watched Monday Night Kickoff at the bar.',
    ],
    needs: /day\b/,
    pattern: new RegExp(
      String.raw`(?:\b(?<mod>early|late|earlier|later)(?:\s+on)?\s+)?(?:\b(?<rel>last|next|this\s+past|this\s+coming|this|past|coming)\s+)?(?<wd>${WEEKDAY})(?<plural>s)?(?:\s+(?<part>morning|afternoon|evening|night))?\b`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.wd)) return null;
      // "on Sunday chat shows", "the port's Friday Forum programme", "by Monday Roundup presenter Ann Roe": a day's name
      // that opens the name of a show or a paper is no day; nor is a day and its part, both capitalised, before another
      // capitalised word ("Saturday Night Revue", where "on Friday Night in the square" is a date)
      const after = env.sentence.slice(m.index + m[0].length);
      if (PROGRAMME_NAME.test(after) || (cap(g.part) && /^\s+[A-Z][a-z]/.test(after))) return null;
      const weekday = weekdayNumber(g.wd);
      const span = spanFrom(m);
      if (g.plural) return g.mod || g.rel || g.part ? null : unresolved('SET', `XXXX-WXX-${weekday + 1}`);
      if (!g.rel && indefiniteWeekday(env.sentence, span.start, span.end)) return unresolved('DATE', `XXXX-WXX-${weekday + 1}`);
      const rel = lower(g.rel);
      const shift = rel === 'last' || rel === 'this past' || rel === 'past' ? 'last' : rel === 'next' || rel === 'this coming' || rel === 'coming' ? 'next' : null;
      let tense = tenseOf(env, span);
      if (afterSince(env.sentence, span.start) || /^earlier/i.test(g.mod ?? '')) tense = 'past';
      // "on Friday last week", "from Monday to Wednesday next week": the week named after the day (or after the
      // range's other end) says which one, whatever the tense
      const week = shift || g.part ? null : WEEK_AFTER_WEEKDAY.exec(after)?.[1]?.toLowerCase();
      const r = week ? weekdayInWeek(weekday, week === 'last' ? -1 : week === 'next' ? 1 : 0, tense, env) : resolveWeekday(weekday, tense, env, shift);
      const part = g.part ? TIME_OF_DAY[lower(g.part)] : undefined;
      // "Friday morning" is a part of a day: a TIME in TimeML, as "this morning" is
      return { type: part && r.date ? 'TIME' : r.type, value: part && r.date ? `${r.value}T${part}` : r.value, date: r.date, how: r.how };
    },
  },
  {
    name: 'holiday',
    examples: [
      { sentence: 'The shops closed on Christmas Day 2024.', text: 'Christmas Day 2024', published: '2025-03-06', value: '2024-12-25' },
      { sentence: 'The church was full at Easter.', text: 'Easter', published: '2025-03-06', value: '2024-03-31' },
      // within a week of publication the coming one, whatever the tense (as a day written without its year)
      { sentence: 'Officials said the summit clashed with Thanksgiving plans.', text: 'Thanksgiving', published: '2025-11-25', value: '2025-11-27' },
    ],
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
      return resolveYearly(dayIn, g.y ? Number(g.y) : null, tenseOf(env, span), env, shift);
    },
  },
  {
    name: 'season',
    examples: [
      { sentence: 'The bridge opened in the summer of 2019.', text: 'the summer of 2019', published: '2025-03-06', value: '2019-SU' },
      { sentence: 'The bridge opened last spring.', text: 'last spring', published: '2025-03-06', value: '2024-SP' },
      { sentence: 'The ferry stopped running in winter.', text: 'winter', published: '2025-03-06', value: '2024-WI' },
    ],
    // a bare season in a clause told in the present is every year's, a habit, no date: "It tends to spread in winter",
    // "Most floods happen in late autumn" ("in the autumn", "this winter", "in winter 2019" name one)
    rejects: ['The virus tends to spread in autumn and winter.', 'Most floods happen on the plain in late autumn.'],
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
      if (g.y) {
        const { value, date } = seasonRange(Number(g.y) * 4 + season);
        return { type: 'DATE', value, date, ...span };
      }
      if (env.today === null) return { ...noPublicationDate('DATE', `XXXX-${['SP', 'SU', 'FA', 'WI'][season]}`), ...span };
      const now = seasonOf(env.today);
      const rel = lower(g.rel);
      const before = now - ((((now - season) % 4) + 4) % 4);
      const after = before === now ? now : before + 4;
      let index: number;
      if (rel === 'last' || rel === 'past') index = before === now ? now - 4 : before;
      else if (rel === 'next' || rel === 'coming') index = after === now ? now + 4 : after;
      else {
        let tense = tenseOf(env, span);
        if (!rel && !g.the && tense === null && lower(g.trig) !== 'since') return null;
        if (rel === 'this' && after - now !== now - before) tense = null;
        if (lower(g.trig) === 'since') tense = 'past';
        index = tense === 'past' ? before : tense === 'future' ? after : now - before <= after - now ? before : after;
      }
      const { value, date } = seasonRange(index);
      return { type: 'DATE', value, date, ...span };
    },
  },
  {
    name: 'week number',
    examples: [
      { sentence: 'The council met in week 41 of 2024.', text: 'week 41 of 2024', published: '2025-03-06', value: '2024-W41' },
      { sentence: 'Sales peaked in Week 9.', text: 'Week 9', published: '2025-03-06', value: '2025-W09' },
      // with no year, the tense says which side of publication the week falls
      { sentence: 'The council met in week 41.', text: 'week 41', published: '2025-03-06', value: '2024-W41' },
      { sentence: 'The council will meet in week 2.', text: 'week 2', published: '2025-03-06', value: '2026-W02' },
    ],
    rejects: ['The strike entered week 3 on Monday.', 'Players rested in week 12 of the season.'],
    needs: /\bweek\s+\d/i,
    pattern: new RegExp(String.raw`\b(?<!of\s)(?:the\s+)?[Ww]eek\s+(?<n>[1-9]|[1-4]\d|5[0-3])(?:\s+of\s+(?<y>${YEAR}))?\b(?!\s+of\s+(?:the|a|an|his|her|its|their)\b)`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      // "entered week 3", "week 12 of the season": a count of weeks into something, not the calendar's week
      if (!g.y && !/\b(?:in|during|by|for|from|until|since|through)\s+(?:the\s+)?$/i.test(env.sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (!g.y && env.today === null) return noPublicationDate('DATE', `XXXX-W${pad(Number(g.n))}`);
      let year = g.y ? Number(g.y) : isoWeekYear(env.today!);
      // no year: this year's week, unless the tense puts it the other side of publication
      // ("met in week 41" written in March is last October's)
      if (!g.y) {
        const now = Number(weekIso(env.today!).slice(6));
        const tense = tenseOf(env, { start: m.index, end: m.index + m[0].length });
        if (tense === 'past' && Number(g.n) > now) year--;
        else if (tense === 'future' && Number(g.n) < now) year++;
      }
      const value = `${pad(year, 4)}-W${pad(Number(g.n))}`;
      return { type: 'DATE', value, date: range(value, value, 'week') };
    },
  },
  {
    name: 'quarter or half',
    examples: [
      { sentence: 'The company expects to report a third-quarter loss.', text: 'third-quarter', published: '1989-10-30', value: '1989-Q3' },
      { sentence: 'Sales rose in the third quarter of 2024.', text: 'the third quarter of 2024', published: '2025-03-06', value: '2024-Q3' },
      { sentence: 'Fees were lower in the year-earlier third quarter, the co-op said.', text: 'the year-earlier third quarter', published: '2025-10-30', value: '2024-Q3' },
      // the year named before the quarter, in the possessive
      { sentence: "Ticket income for this year's third quarter rose.", text: "this year's third quarter", published: '2025-11-01', value: '2025-Q3' },
      { sentence: "The new pier could open in next year's first quarter.", text: "next year's first quarter", published: '2025-11-01', value: '2026-Q1' },
      // opening a sentence
      { sentence: 'Third-quarter fares climbed at the co-op.', text: 'Third-quarter', published: '2025-10-30', value: '2025-Q3' },
    ],
    needs: /quarter|half|Q[1-4]|H[12]|[1-4]Q/,
    pattern: new RegExp(
      String.raw`\b(?:(?:(?<the>the\s+)|(?<possrel>this|last|next)\s+year['’]s\s+)?(?:(?<ago>year[-\s](?:ago|earlier)|prior-year|previous-year)\s+)?(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|last|1st|2nd|3rd|4th)[\s-]+(?<unit>quarter|half)(?:\s+(?:of\s+)?(?:(?<ofyear>${YEAR})|(?<ofrel>this|last|next|the)\s+(?:fiscal\s+)?year|fiscal\s+(?<fy>${YEAR})))?|(?<fy2>${YEAR})\s+(?<ord2>first|second|third|fourth)[\s-]+(?<unit2>quarter|half)|Q(?<q>[1-4])(?:\s+(?:of\s+)?|\s*['’])?(?<qy>${YEAR}|\d{2}(?!\d))?|(?<qy2>${YEAR})\s*Q(?<q2>[1-4])|H(?<h>[12])\s+(?<hy>${YEAR}))\b`,
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
        else if ((g.ofrel || g.possrel) && env.today !== null) {
          const rel = lower(g.ofrel ?? g.possrel);
          year = fromDayNumber(env.today).year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        }
        // a bare "the second half" is as often a match as a calendar
        else if (unit === 'half' && !g.ofrel) return null;
        if (unit === 'half' && n === 4) n = 2;
      }
      if (n === null || n < 1 || n > (unit === 'quarter' ? 4 : 2)) return null;
      const text = m[0];
      const letter = unit === 'quarter' ? 'Q' : 'H';
      if (year === null) {
        if (env.today === null) return noPublicationDate('DATE', `XXXX-${letter}${n}`);
        const { year: pubYear, month } = fromDayNumber(env.today);
        const now = unit === 'quarter' ? pubYear * 4 + Math.floor((month - 1) / 3) : pubYear * 2 + (month > 6 ? 1 : 0);
        const cycle = unit === 'quarter' ? 4 : 2;
        const tense = tenseOf(env, { start: m.index, end: m.index + text.length });
        const before = now - ((((now - (n - 1)) % cycle) + cycle) % cycle);
        const after = before === now ? now : before + cycle;
        // results are reported after a quarter ends: "expects to report third-quarter earnings" in
        // October is the quarter just ended, whatever the tense ("hopes to restore the route in the
        // fourth quarter" in March is still the coming one)
        const reporting = /\b(?:report(?:s|ed|ing)?|results?|earnings|loss|profits?|net|revenues?|sales)\b/i.test(env.sentence);
        const index = tense === 'future' && !(reporting && before === now - 1) ? after : before;
        year = Math.floor(index / cycle);
      }
      // "the year-earlier third quarter" is that quarter of the year before the one meant without it
      if (g.ago && !explicit) year -= 1;
      const value = `${pad(year, 4)}-${letter}${n}`;
      // "the third quarter" with no year is the one the tense points to, counted from publication
      const how: Built['how'] = explicit ? undefined : { anchor: 'publication', pickedBy: 'tense', yearInferred: true };
      if (unit === 'quarter') return { type: 'DATE', value, date: quarterRange(year, n), how };
      const first = monthIndex(year, n === 1 ? 1 : 7);
      return { type: 'DATE', value, date: monthRange(first, first + 5), how };
    },
  },
];
