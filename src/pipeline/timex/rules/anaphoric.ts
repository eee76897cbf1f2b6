// Counted from the date the article mentioned before: "the next day", "two weeks later" (resolved once the article's dates are in order).

import { ANCHOR_EVENTS, ANCHOR_HAPPENINGS, MONTH, NUMBER_WORD, WEEKDAY, YEAR, monthNumber, quantity, weekdayNumber } from '../../lexicon';
import { fromDayNumber, pad, yearRange } from '../calendar';
import { countQuarters, resolveWeekday, unresolved } from '../resolve';
import { type Rule, ANAPHORIC_END, cap, durationValue, lower } from './shared';

/** The happenings a day can be counted from, as a pattern's alternatives: "death|arrest|...". */
const ANCHOR_NOUNS = Object.keys(ANCHOR_HAPPENINGS).join('|');
/** The happenings of a place, named with "the": "explosion|quake|...". */
const EVENT_NOUNS = Object.keys(ANCHOR_EVENTS).join('|');
/** A person's name before its possessive "'s", one or two capitalised words: "Vell", "Ann Vell". */
const OWNER_NAME = String.raw`(?:[A-Z][A-Za-z'’-]*\s+)?[A-Z][A-Za-z-]*`;

/** Nouns a bare "year-earlier" or "year-ago" dates: "compared with year-earlier profit". */
const RESULT_NOUNS = String.raw`results?|profits?|net|loss(?:es)?|earnings|income|sales|revenues?|figures?|levels?|quarter|period|payout|dividend`;

/** The quarter a day falls in: "1989-Q4". */
function quarterOf(day: number): string {
  const { year, month } = fromDayNumber(day);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export const ANAPHORIC: Rule[] = [
  {
    name: 'the quarter (anaphoric)',
    examples: [
      // the quarter the article reports on, and the same one a year before
      { sentence: 'Profit in the third quarter rose, and sales in the latest quarter were $8 billion.', text: 'the latest quarter', published: '1989-10-30', value: '1989-Q3' },
      { sentence: 'Profit rose in the third quarter from $3 million in the year-earlier quarter.', text: 'the year-earlier quarter', published: '1989-10-30', value: '1988-Q3' },
      { sentence: 'Net income for the third quarter compared with year-earlier profit of $3.8 million.', text: 'year-earlier', published: '1989-10-30', value: '1988-Q3' },
      { sentence: 'Fares rose in the third quarter. In the quarter a year ago, the co-op lost riders.', text: 'the quarter a year ago', published: '2025-10-30', value: '2024-Q3' },
      // "the 1988 quarter", "the 1989 period": the quarter reported on, in the year written (the year alone with none named)
      { sentence: 'Fares rose in the third quarter from $3 million in the 1988 quarter.', text: 'the 1988 quarter', published: '1989-10-30', value: '1988-Q3' },
      { sentence: 'The co-op earned $3 million in the 1988 period.', text: 'the 1988 period', published: '1989-10-30', value: '1988' },
      { sentence: 'The co-op earned $3 million in the 1988 quarter.', text: 'the 1988 quarter', published: '1989-10-30', value: '1988-Q3' },
      // with no quarter named before, the last one reported before publication
      { sentence: 'The company had a one-time charge in the latest quarter.', text: 'the latest quarter', published: '1989-10-30', value: '1989-Q3' },
      { sentence: 'Unisys paid $78 million in taxes during the quarter.', text: 'the quarter', published: '1989-10-30', value: '1989-Q3' },
    ],
    rejects: ['He owns a quarter of the shares.', 'The quarter of the city burned.', 'The quarter-to-quarter comparison was poor.'],
    needs: /quarter|period|year[-\s](?:ago|earlier)/i,
    pattern: new RegExp(
      String.raw`\b(?:(?:the\s+)?(?:(?<latest>latest|current|most\s+recent)|(?:comparable\s+)?(?<ago>year[-\s](?:ago|earlier)))\s+(?:quarter|period)|(?<bare>the\s+quarter)(?:\s+(?<after>an?\s+year\s+(?:ago|earlier)))?(?!\s+(?:of|century|mile|hour|point|inch|final)\b|-)|(?<adj>year-(?:ago|earlier))(?=\s+(?:${RESULT_NOUNS})\b)|the\s+(?<y>${YEAR})\s+(?<yq>quarter|period))\b`,
      'dgi',
    ),
    build(m, env) {
      const g = m.groups!;
      const now = env.today === null ? null : quarterOf(env.today);
      if (g.y !== undefined) {
        const year = Number(g.y);
        const anaphor = { unit: 'quarter' as const, shift: 0, year };
        // until a quarter named before says which, "the 1988 quarter" is the quarter last reported, in 1988;
        // "the 1988 period" may be the whole year, and stays it
        if (now === null || lower(g.yq) === 'period') return { type: 'DATE', value: g.y, date: yearRange(year), anaphor, how: { anchor: 'text', pickedBy: null, direction: null, yearInferred: false } };
        return { type: 'DATE', ...countQuarters(`${g.y}-Q${countQuarters(now, -1).value.slice(6)}`, 0), anaphor, how: { anchor: 'publication', pickedBy: 'word', direction: 'back', yearInferred: false } };
      }
      const back = g.ago !== undefined || g.adj !== undefined || g.after !== undefined;
      const shift = back ? -4 : 0;
      if (now === null) return { ...unresolved('DATE', 'XXXX-QX'), anaphor: { unit: 'quarter', shift } };
      // counted from publication until an earlier quarter says otherwise: the last quarter reported, or this one when "current"
      const own = countQuarters(now, (/current/i.test(g.latest ?? '') ? 0 : -1) + shift);
      return { type: 'DATE', ...own, anaphor: { unit: 'quarter', shift }, how: { anchor: 'publication', pickedBy: 'word', direction: 'back', yearInferred: true } };
    },
  },
  {
    name: 'units later (anaphoric)',
    examples: [
      { sentence: 'The ceasefire began on Sunday and two days later fighting resumed.', text: 'two days later', published: '2025-03-06', value: '2025-03-04' },
      // a year before a quarter is that quarter of the year before
      { sentence: 'Profit for the third quarter rose to $87 million from $58 million a year earlier.', text: 'a year earlier', published: '1989-10-30', value: '1988-Q3' },
      // whole days counted in hours: "48 hours later" is two days on (not "36 hours later", which may fall on either day)
      { sentence: 'The ferry sank on 4 March. 48 hours later, divers found the hull.', text: '48 hours later', published: '2025-03-20', value: '2025-03-06' },
      { sentence: 'The ferry sank on 4 March. Seventy-two hours earlier, it had passed an inspection.', text: 'Seventy-two hours earlier', published: '2025-03-20', value: '2025-03-01' },
    ],
    rejects: ['The ferry sank on 4 March. 36 hours later, divers found the hull.'],
    needs: /later|earlier|after|before/i,
    pattern: new RegExp(String.raw`\b(?<q>${NUMBER_WORD})[\s-]+(?<unit>hour|day|week|month|year)s?\s+(?:(?<dir>later|earlier|afterwards)\b(?!\s+than\b|-)|(?<dir2>before|after)\b${ANAPHORIC_END})`, 'dig'),
    build(m) {
      const g = m.groups!;
      const n = quantity(g.q);
      const hours = lower(g.unit) === 'hour';
      if (hours && (n === null || n === 0 || n % 24 !== 0)) return null;
      if (n === null || !Number.isInteger(n)) return unresolved('DURATION', durationValue(g.q, g.unit));
      const sign = /later|after/i.test(g.dir ?? g.dir2) ? 1 : -1;
      if (hours) return { ...unresolved('DATE', 'XXXX'), anaphor: { unit: 'day', shift: (sign * n) / 24 } };
      return { ...unresolved('DATE', 'XXXX'), anaphor: { unit: lower(g.unit) as 'day', shift: sign * n } };
    },
  },
  {
    name: 'the day of a happening (anaphoric)',
    examples: [
      // counted from the date the article gives the happening, before or after
      { sentence: 'The poet died on 3 May 2020. On the evening of her death she had read aloud.', text: 'the evening of her death', published: '2021-01-10', value: '2020-05-03' },
      { sentence: 'He was seen the day before her arrest. Police arrested her on 9 June 2019.', text: 'the day before her arrest', published: '2021-01-10', value: '2019-06-08' },
      { sentence: 'She was arrested in June 2019, and on the day of her arrest she spoke to no one.', text: 'the day of her arrest', published: '2021-01-10', value: '2019-06' },
      { sentence: 'The poet died on 3 May 2020. She phoned a friend at 9.15 pm on the evening of her death.', text: 'the evening of her death', published: '2021-01-10', value: '2020-05-03' },
      // a place's happening, dated where its word sits beside the date ("the disaster" is whichever one that is)
      { sentence: 'The quake on 12 March 2011 shook the port. Aid came the day after the disaster.', text: 'the day after the disaster', published: '2011-09-27', value: '2011-03-13' },
    ],
    needs: /\b(?:day|morning|night|evening|afternoon)\s+(?:of|before|after)\b/i,
    pattern: new RegExp(
      String.raw`\b(?:the\s+)?(?:day|morning|night|evening|afternoon)\s+(?:(?<dir>before|after)|of)\s+(?:(?:his|her|their|${OWNER_NAME}['’]s)\s+(?<noun>${ANCHOR_NOUNS})|the\s+(?<event>${EVENT_NOUNS}))\b`,
      'dg',
    ),
    build(m) {
      const g = m.groups!;
      const shift = g.dir === undefined ? 0 : g.dir === 'before' ? -1 : 1;
      return { ...unresolved('DATE', 'XXXX-XX-XX'), anaphor: { unit: 'day', shift, happening: (g.noun ?? g.event).toLowerCase() } };
    },
  },
  {
    name: 'a count from a happening (anaphoric)',
    examples: [
      // a count of days or weeks from the date the article gives the happening
      { sentence: 'The poet died on 3 May 2020. Two days before her death she had read aloud.', text: 'Two days before her death', published: '2021-01-10', value: '2020-05-01' },
      { sentence: 'Police arrested him on 9 June 2019. A week after his arrest his lawyer spoke.', text: 'A week after his arrest', published: '2021-01-10', value: '2019-W24' },
      // the happening's own complement goes with it ("his death from an overdose of a drug"), not into the clause's title
      { sentence: 'The poet died on 3 May 2020. Two days before her death from an overdose of a drug she read aloud.', text: 'Two days before her death from an overdose of a drug', published: '2021-01-10', value: '2020-05-01' },
      // told by the pronoun and its verb rather than the noun
      { sentence: 'The poet died on 3 May 2020. She wrote to him three days before she died.', text: 'three days before she died', published: '2021-01-10', value: '2020-04-30' },
      // a count of a few days from a happening dated to its month stays in that month, roughly
      { sentence: 'Tom Dorr caused her death in June 2009. Days before Ann Vell\'s death, he sent an email.', text: 'Days before Ann Vell\'s death', published: '2011-09-27', value: '2009-06' },
      { sentence: 'He caused the death, in June 2009. He wrote an email about a week before she died.', text: 'about a week before she died', published: '2011-09-27', value: '2009-06' },
      // a rough count from a happening's day gives the week it falls in, not a day the text did not give
      { sentence: 'The poet died on 25 June 2009. Days before her death she rehearsed.', text: 'Days before her death', published: '2011-09-27', value: '2009-W26' },
      // a place's happening: a count of hours before it is its day, a count of days from it a day
      { sentence: 'Nine died in the explosion on 4 March 2011. A valve leaked five hours before the explosion.', text: 'five hours before the explosion', published: '2011-09-27', value: '2011-03-04' },
      { sentence: 'The earthquake struck on 12 March 2011. A boy was found 15 days after the earthquake struck.', text: '15 days after the earthquake', published: '2011-09-27', value: '2011-03-27' },
      // dated nowhere beside its word: nothing
      { sentence: 'On 9 March 2011 the council said the blast cost $2 million. A valve leaked two days before the explosion.', text: 'two days before the explosion', published: '2011-09-27', value: 'XXXX-XX-XX' },
    ],
    // ("before he killed": the pronoun's own deed, not a happening done to him; "years before his death": too far to count)
    rejects: ['The crew spent $9 million in the first 41 days after the explosion.', 'Aid was slow for 48 hours after the quake.', 'He was seen before he killed the guard.', 'He wrote it years before his death.', 'He called her in the hours before her death.', 'Two days before the firm\'s release the shares fell.'],
    needs: /\b(?:before|after)\s+(?:his|her|their|he|she|they|the\s|[A-Z])/,
    pattern: new RegExp(
      String.raw`\b(?<approx>(?:about|nearly|almost|some|roughly|around|just|only)\s+)?(?:(?<q>${NUMBER_WORD})[\s-]+(?<unit>day|week|hour)s?|(?<vague>days))\s+(?<dir>before|after)\s+(?:the\s+(?<event>${EVENT_NOUNS})|(?:his|her|their|(?<owner>${OWNER_NAME})['’]s)\s+(?<noun>${ANCHOR_NOUNS})(?:\s+(?:from|of)\s+(?:an?|the)\s+[a-z]+(?:\s+of\s+(?:an?|the)\s+[a-z]+)?)?|(?:he|she|they)\s+(?:(?<active>died|disappeared|vanished|married)|(?:was|were)\s+(?<passive>killed|arrested|buried|elected|released|freed)))\b`,
      'dgi',
    ),
    build(m) {
      const g = m.groups!;
      // (the pattern ignores case for "Two days", so a name's possessive is checked here: "Ann Vell's", not "the firm's")
      if (g.owner !== undefined && !g.owner.split(/\s+/).every((w) => cap(w))) return null;
      const told = (g.noun ?? g.event ?? g.active ?? g.passive).toLowerCase();
      const happening = Object.keys(ANCHOR_HAPPENINGS).find((key) => key === told || ANCHOR_HAPPENINGS[key].test(told));
      if (!happening) return null;
      const sign = g.dir.toLowerCase() === 'before' ? -1 : 1;
      // "days" or "a few days" are counted as three, roughly (hours are left out: what is told in the hours before a
      // happening is mostly the clause around it, "criticised him for calling in the hours before her death")
      const unit = lower(g.unit ?? g.vague).replace(/s$/, '');
      // "spent in the first 41 days after the blast", "for 48 hours after the quake": a stretch from a place's happening,
      // not a day of it
      if (g.event !== undefined && /\b(?:first|initial|final|last|over|for|within|during)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "five hours before the blast": a few hours from a place's happening are its day (a person's hours stay out, above)
      if (unit === 'hour') return g.event === undefined || !((quantity(g.q) ?? 99) <= 12) ? null : { ...unresolved('DATE', 'XXXX-XX-XX'), anaphor: { unit: 'day', shift: 0, happening } };
      const n = g.q === undefined ? 3 : quantity(g.q) ?? 3;
      if (!Number.isInteger(n)) return null;
      const approximate = g.approx !== undefined || g.q === undefined || quantity(g.q) === null;
      return { ...unresolved('DATE', 'XXXX-XX-XX'), anaphor: { unit: unit === 'week' ? 'week' : 'day', shift: sign * n, happening, approximate } };
    },
  },
  {
    name: 'the previous weekday (anaphoric)',
    examples: [
      // the weekday before or after the day the article spoke of, not the one before or after publication
      { sentence: 'Shares closed lower on Friday, 3% below the previous Friday.', text: 'the previous Friday', published: '2025-03-10', value: '2025-02-28' },
      { sentence: 'The pier shut on Tuesday, 4 March, and reopened the following Monday.', text: 'the following Monday', published: '2025-03-20', value: '2025-03-10' },
    ],
    needs: new RegExp(String.raw`\b(?:previous|preceding|following)\s+${WEEKDAY}\b`, 'i'),
    pattern: new RegExp(String.raw`\bthe\s+(?<dir>previous|preceding|following)\s+(?<wd>${WEEKDAY})\b`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      if (!cap(g.wd)) return null;
      const shift = lower(g.dir) === 'following' ? 1 : -1;
      const weekday = weekdayNumber(g.wd);
      // with no day mentioned before, it counts from publication ("last Friday", "next Monday")
      const r = resolveWeekday(weekday, null, env, shift < 0 ? 'last' : 'next');
      return { type: r.type, value: r.value, date: r.date, how: r.how, anaphor: { unit: 'day', shift, weekday } };
    },
  },
  {
    name: 'a month of that year (anaphoric)',
    examples: [
      { sentence: 'The mill opened in 2004 and burned in June of that year.', text: 'June of that year', published: '2025-03-06', value: '2004-06' },
      { sentence: 'The mill opened in March 2004 and was sold in May of the following year.', text: 'May of the following year', published: '2025-03-06', value: '2005-05' },
      { sentence: 'The mill opened on 3 March 2004; in June that year it burned.', text: 'June that year', published: '2025-03-06', value: '2004-06' },
    ],
    needs: /year/i,
    // (one expression: "June" alone would be counted from publication, and "that year" from it)
    pattern: new RegExp(String.raw`\b(?<mo>${MONTH})\s+(?:of\s+)?(?<rel>that|the\s+same|the\s+(?:following|next|previous|preceding))\s+year\b(?!['’])`, 'dg'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const rel = lower(g.rel);
      const shift = /following|next/.test(rel) ? 1 : /previous|preceding/.test(rel) ? -1 : 0;
      const month = monthNumber(g.mo);
      return { ...unresolved('DATE', `XXXX-${pad(month)}`), anaphor: { unit: 'year', shift, month } };
    },
  },
  {
    name: 'the next day (anaphoric)',
    examples: [
      { sentence: 'The ceasefire began on Sunday and the next day fighting resumed.', text: 'the next day', published: '2025-03-06', value: '2025-03-03' },
    ],
    needs: /day|that|same/i,
    pattern: /\b(?:the\s+(?<dir>next|following|previous|preceding)\s+day|the\s+day\s+(?<dir2>before|after)(?!\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z\d]))|(?<same>(?:later|earlier)\s+that|that\s+same|that|the\s+same)\s+(?<unit>day|morning|afternoon|evening|night|month|year))\b/dig,
    build(m) {
      const g = m.groups!;
      const dir = lower(g.dir ?? g.dir2);
      if (g.same) {
        const unit = lower(g.unit);
        return { ...unresolved('DATE', 'XXXX'), anaphor: { unit: unit === 'month' || unit === 'year' ? unit : 'day', shift: 0 } };
      }
      return { ...unresolved('DATE', 'XXXX'), anaphor: { unit: 'day', shift: dir === 'next' || dir === 'following' || dir === 'after' ? 1 : -1 } };
    },
  },
];
