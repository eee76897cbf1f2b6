// Ranges written as one expression: "2010-14", "March 20-23", "June-August 2024".

import { monthIndex, monthIso, monthRange, pad, yearRange } from '../calendar';
import { DAY, DAY_AFTER_HYPHEN, DAY_NUMBER, MONTH, MONTH_CAPITALS, WEEKDAY, YEAR, monthNumber } from '../../lexicon';
import { explicitDay, resolveMonthDay } from '../resolve';
import { type Rule, cap, tenseOf } from './shared';

export const RANGES: Rule[] = [
  {
    name: 'year range',
    examples: [
      { sentence: 'He was mayor in 2010-14.', text: '2010-14', published: '2025-03-06', value: '2010' },
      // the end year cut to its last digit, within the same decade: "the drought of 1985-7" (1985 to 1987)
      { sentence: 'The drought of 1985-7 emptied the reservoirs.', text: '1985-7', published: '2025-03-06', value: '1985' },
    ],
    // (one digit only after a hyphen or dash, as a slash is a fraction's or a season's: "2010/1" is not 2010 to 2011)
    rejects: ['The budget for 2010/1 was cut.', 'The plan for 2019-1 was dropped.'],
    needs: /\d{4}\s*[-–—/]\s*\d/,
    pattern: new RegExp(String.raw`(?<a>${YEAR})\s*(?:[-–—/]\s*(?<b>\d{4}|\d{2})|[-–](?<c>\d))(?![\d%]|[.,]\d)`, 'dg'),
    build(m, env) {
      const g = m.groups!;
      const a = Number(g.a);
      const b = g.c !== undefined ? Math.floor(a / 10) * 10 + Number(g.c) : g.b.length === 2 ? Math.floor(a / 100) * 100 + Number(g.b) : Number(g.b);
      if (b <= a || b - a > 100) return null;
      const after = env.sentence.slice(m.index + m[0].length);
      if (/^\s*(?:people|percent|%|votes?|win|victory|loss|defeat)\b/i.test(after)) return null;
      return { type: 'DATE', value: pad(a, 4), date: yearRange(a, b), written: { year: a, month: null, day: null, yearGuessed: false } };
    },
  },
  {
    name: 'month day range',
    examples: [
      { sentence: 'The festival runs March 20–23.', text: 'March 20–23', published: '2025-03-06', value: '2025-03-20' },
      { sentence: '8 - 18 MAY: CONTAINER DOME - FAILED', text: '8 - 18 MAY', published: '2010-06-04', value: '2010-05-08' },
      { sentence: 'The survey was taken April 21-27.', text: 'April 21-27', published: '2025-05-06', value: '2025-04-21' },
      { sentence: 'The show airs Monday 20 to Friday 24 September.', text: 'Monday 20 to Friday 24 September', published: '2010-09-08', value: '2010-09-20' },
      { sentence: 'The summit will be held on June 8 and 9.', text: 'June 8 and 9', published: '2025-03-06', value: '2025-06-08' },
      { sentence: 'June 8/9 - Ministers meet in the capital.', text: 'June 8/9', published: '2025-07-06', value: '2025-06-08' },
    ],
    rejects: ['The fair opened on June 8 and 9 stalls were empty.', 'The votes on June 8 and 19 were close.'],
    needs: /\d\s*(?:-|–|—|to|and|through|until|\\?\/)\s*(?:[A-Z][a-z]+,?\s+)?\d/,
    pattern: new RegExp(
      // (a hyphen before the last day is the range's own: "March 20-23"; a weekday may name either day: "Monday 20 to Friday 24 September";
      // a month with a day of its own after it is no range's: "the vote was 12-14 March 3")
      String.raw`(?<mo>${MONTH})\s+(?<d1>${DAY})(?:\s*(?:-|–|—|to|through|until|and)\s*(?<d2>${DAY_AFTER_HYPHEN})|\\?\/(?<ds>${DAY_NUMBER}))(?:,?\s+(?<y>\d{4}))?(?!\d)|(?:${WEEKDAY},?\s+)?(?<e1>${DAY})\s*(?:-|–|—|to|and)\s*(?:${WEEKDAY},?\s+)?(?<e2>${DAY_AFTER_HYPHEN})(?:\s+of)?\s+(?<mo2>${MONTH}|${MONTH_CAPITALS})(?!\s+\d{1,2}(?!\d))(?:,?\s+(?<y2>\d{4}))?(?!\d)`,
      'dg',
    ),
    build(m, env) {
      const g = m.groups!;
      const mo = g.mo ?? g.mo2;
      if (!cap(mo)) return null;
      const month = monthNumber(mo);
      const d1 = parseInt(g.d1 ?? g.e1);
      const d2 = parseInt(g.d2 ?? g.e2 ?? g.ds);
      if (d2 <= d1) return null;
      // "and" joins any two days after "between" ("between March 1 and 5"), and otherwise only a day and the next,
      // the two days of one happening ("the summit on June 8 and 9"), with no noun after them for the second number
      // to count ("on June 8 and 9 stalls were empty"); a slash joins only a day and the next ("June 8/9", or
      // "June 8\/9" as a scraper that escaped the slash leaves it)
      const between = /\bbetween\s+(?:the\s+)?$/i.test(env.sentence.slice(Math.max(0, m.index - 12), m.index));
      const next = /^\s+([a-z]+)/.exec(env.sentence.slice(m.index + m[0].length));
      const pair = d2 === d1 + 1 && (!next || /^(?:in|at|on|to|for|from|by|when|after|before|as|with|and|but|or)$/.test(next[1]));
      if (/\band\b/.test(m[0]) && !between && !pair) return null;
      if (g.ds !== undefined && d2 !== d1 + 1) return null;
      const y = g.y ?? g.y2;
      const first = y ? explicitDay(Number(y), month, d1) : resolveMonthDay(month, d1, tenseOf(env, { start: m.index, end: m.index + m[0].length }), env);
      if (!first || !first.date) return first ?? null;
      const year = Number(first.value.slice(0, 4));
      const last = explicitDay(year, month, d2);
      if (!last) return null;
      return { ...first, date: { ...first.date, end: last.date.end } };
    },
  },
  {
    name: 'month range',
    examples: [
      { sentence: 'Output fell in June-August 2024.', text: 'June-August 2024', published: '2025-03-06', value: '2024-06' },
    ],
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
      return { type: 'DATE', value: monthIso(from), date: monthRange(from, to) };
    },
  },
];
