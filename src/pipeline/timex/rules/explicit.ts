// Dates written in full: ISO and numeric dates, a day or month with its year, a year, a fiscal year, a decade or century. They need no anchor.

import { monthIndex, monthRange, pad, yearRange } from '../calendar';
import { COUNTED, DATED_HAPPENING_NOUNS, DAY, MONTH, YEAR, monthNumber, ordinal } from '../../lexicon';
import { type Env, explicitDay, explicitMonth, explicitYear, unresolved } from '../resolve';
import { type Rule, MOD, WEEKDAY_PREFIX, at, cap, fullYear, isApproxMod, lower, YEAR_ENTRY_AFTER } from './shared';

const EVENT_PLURALS = /^(?:elections|games|olympics|floods|riots|protests|talks|polls|accords|championships|finals|playoffs|hearings|negotiations|attacks|bombings|killings|primaries|midterms|sanctions|reforms|celebrations|commemorations|rains|fires|wildfires|storms|earthquakes|quakes|tsunamis|winters|summers)$/;

/** Zone letters or words after four figures that make them a clock reading: "1200 (1700 GMT)", "0930 hours". */
const CLOCK_AFTER = /^\s*(?:\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b|\(?\s*(?:GMT|UTC|BST|CET|local\s+time|hours|hrs)\b)/;
/** "1 in 500", "one in 2000": odds, not a year. */
const ODDS_BEFORE = /(?:(?<![\d,.])[1-9]|\bone|\btwo|\bthree)\s+in\s+$/i;
/** How far before publication a bare four-figure number stops reading as a year without a strong word for it. */
const FAR_YEARS = 150;

/** Whether four figures are also a 24-hour clock reading, hours 00-23 and minutes 00-59: "1905", "2346", not "1975". */
function readsAsClock(figures: number): boolean {
  return Math.floor(figures / 100) <= 23 && figures % 100 <= 59;
}

/**
 * A four-figure number is a year only when nothing says it is something else: odds ("1 in 500"),
 * a clock reading ("by 1200 (1700 GMT)", "between 1015 and 1025" in an article that writes its times
 * as four figures), or, far before the article, a quantity ("rose by 1000", "from 1000 to 2000").
 */
function plausibleYear(m: RegExpExecArray, env: Env, year: number, trig: string, after: string): boolean {
  if (CLOCK_AFTER.test(after)) return false;
  const before = env.sentence.slice(Math.max(0, m.index - 12), m.index + m[0].length - m.groups!.y.length - (m.groups!.poss?.length ?? 0));
  if (trig === 'in' && ODDS_BEFORE.test(before)) return false;
  const published = env.published?.year ?? null;
  const far = published === null ? year < 1750 : year < published - FAR_YEARS;
  if (!far) return true;
  if (readsAsClock(year) && env.clockFigures) return false;
  // a far-off round number needs a word that dates with it: "by 1000", "from 1000 to 2000" count quantities
  if (year % 100 === 0 && !/^(?:in|during|since|around|circa|c\.|the year|year|calendar year)$/.test(trig)) return false;
  return true;
}

/** "in 1994, 1995 and 1996": a year between a year and the rest of a list of years. */
function yearListed(before: string, after: string): boolean {
  return new RegExp(String.raw`\b${YEAR}$`).test(before.replace(/,?\s*$/, '')) && new RegExp(String.raw`^\s*(?:,|and|or)\s*${YEAR}`).test(after);
}

export const EXPLICIT: Rule[] = [
  {
    name: 'iso date',
    examples: [
      { sentence: 'The filing is dated 2024-11-21.', text: '2024-11-21', published: '2025-03-06', value: '2024-11-21' },
      { sentence: 'Trading halted at 2025-03-05T14:30Z.', text: '2025-03-05T14:30Z', published: '2025-03-06', value: '2025-03-05T14:30' },
    ],
    needs: /\d{4}-\d\d-\d\d/,
    pattern: /(?<![\d-])(?<y>\d{4})-(?<mo>\d\d)-(?<d>\d\d)(?:[T ](?<h>\d\d):(?<mi>\d\d)(?::\d\d(?:\.\d+)?)?(?<z>Z|[+-]\d\d:?\d\d)?)?(?![\d-])/dg,
    build(m) {
      const g = m.groups!;
      const day = explicitDay(Number(g.y), Number(g.mo), Number(g.d));
      if (!day) return null;
      if (g.h === undefined) return day;
      const offset = g.z === undefined ? null : g.z === 'Z' ? 0 : (g.z[0] === '-' ? -1 : 1) * (Number(g.z.slice(1, 3)) * 60 + Number(g.z.slice(-2)));
      return { ...day, clock: { hour: Number(g.h), minute: Number(g.mi), offsetMinutes: offset, zone: g.z ?? null } };
    },
  },
  {
    name: 'numeric date',
    examples: [
      { sentence: 'The order was signed on 21/11/2024.', text: '21/11/2024', published: null, value: '2024-11-21' },
    ],
    needs: /\d[/.-]\d/,
    pattern: /(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/]|[.-]\d)|(?<![\d/.-])(?<yy>\d{4})\/(?<mm>\d{1,2})\/(?<dd>\d{1,2})(?![\d/])/dg,
    build(m, env) {
      const g = m.groups!;
      if (g.yy !== undefined) return explicitDay(Number(g.yy), Number(g.mm), Number(g.dd));
      if (g.y.length === 2 && g.sep !== '/') return null;
      const year = fullYear(g.y, env);
      const a = Number(g.a);
      const b = Number(g.b);
      const dayFirstOk = explicitDay(year, b, a);
      const monthFirstOk = explicitDay(year, a, b);
      if (!dayFirstOk && !monthFirstOk) return null;
      if (dayFirstOk && monthFirstOk && a !== b) {
        if (env.dayFirst === null) {
          return { ...unresolved('DATE', `${pad(year, 4)}-XX-XX`), how: { anchor: 'none', unresolved: 'ambiguous day order' } };
        }
        const chosen = env.dayFirst ? dayFirstOk : monthFirstOk;
        return { ...chosen };
      }
      const only = (dayFirstOk ?? monthFirstOk)!;
      return { ...only };
    },
  },
  {
    name: 'day month year',
    examples: [
      { sentence: 'He was born on 5 March 1990.', text: '5 March 1990', published: '2025-03-06', value: '1990-03-05' },
    ],
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?:the\s+)?(?<d>${DAY})(?:\s+of)?\s+(?<mo>${MONTH}),?\s+(?<y>\d{4})(?!\d)`, 'dg'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      return explicitDay(Number(g.y), monthNumber(g.mo), parseInt(g.d));
    },
  },
  {
    name: 'month day year',
    examples: [
      { sentence: 'The deal closed on Nov. 21, 2024.', text: 'Nov. 21, 2024', published: '2025-03-06', value: '2024-11-21' },
    ],
    needs: /\d/,
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?<mo>${MONTH})\s+(?<d>${DAY}),?\s+(?<y>\d{4})(?!\d)`, 'dg'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      return explicitDay(Number(g.y), monthNumber(g.mo), parseInt(g.d));
    },
  },
  {
    name: 'month year',
    examples: [
      { sentence: 'The plant opened in November 2019.', text: 'November 2019', published: '2025-03-06', value: '2019-11' },
    ],
    needs: /\d{4}/,
    pattern: new RegExp(String.raw`(?:${MOD}[\s-]+)?(?<mo>${MONTH})(?:\s+of)?,?\s+(?<y>${YEAR})`, 'dig'),
    build(m) {
      const g = m.groups!;
      if (!cap(g.mo)) return null;
      const r = explicitMonth(Number(g.y), monthNumber(g.mo), isApproxMod(g.mod));
      return g.mod ? { ...r} : r;
    },
  },
  {
    name: 'year',
    examples: [
      { sentence: 'The company was founded in 1998.', text: '1998', published: '2025-03-06', value: '1998' },
      { sentence: '1957: A flood swept the valley.', text: '1957', published: '2009-04-27', value: '1957' },
      { sentence: '1983 Jane Roe graduates from the naval college in Carrick. 1990 Jane Roe joins the navy.', text: '1983', published: '2011-11-30', value: '1983' },
      // a determiner or a possessive before a year that names a thing of that year
      { sentence: 'A 1962 law still governs the port.', text: '1962', published: '2009-04-27', value: '1962' },
      { sentence: "The firm cut its 1990 profit forecast.", text: '1990', published: '1989-10-27', value: '1990' },
      { sentence: "The league's 1983 charter allows it.", text: '1983', published: '2009-04-27', value: '1983' },
      { sentence: 'As recently as 2015, the fault was unexplained.', text: '2015', published: '2020-05-24', value: '2015' },
      { sentence: 'Reform began with the appointment in 1962 of a new governor.', text: '1962', published: '2010-01-13', value: '1962' },
      // a year before a happening's noun, after words that describe it
      { sentence: 'The much larger 1962 flood reached the square.', text: '1962', published: '2009-04-27', value: '1962' },
      { sentence: 'Rescuers still recall the deadly 2011 flood in the valley.', text: '2011', published: '2025-03-06', value: '2011' },
      // a far-off year with a word that dates it
      { sentence: 'The abbey was built in 1100 by monks.', text: '1100', published: '2025-03-06', value: '1100' },
      { sentence: 'The town was sacked in 1453 and never recovered.', text: '1453', published: '2025-03-06', value: '1453' },
      // a recent year after "by" is still a year
      { sentence: 'The line should be finished by 2027.', text: '2027', published: '2025-03-06', value: '2027' },
      { sentence: 'The mill expects the lull to last into 2026.', text: '2026', published: '2025-03-06', value: '2026' },
      { sentence: 'The town sold notes due 2031 to fund the pier.', text: '2031', published: '2025-03-06', value: '2031' },
      { sentence: 'The tariff lifted ferry fares in both 2021 and 2022.', text: '2021', published: '2025-03-06', value: '2021' },
      // a year inside a list of years
      { sentence: 'Floods hit the valley in 2011, 2014 and 2019.', text: '2014', published: '2025-03-06', value: '2014' },
      // a count before "in" is no odds
      { sentence: 'Visitors rose from 90,000 in 1980 to twice that.', text: '1980', published: '2025-03-06', value: '1980' },
    ],
    rejects: [
      // a count opening the sentence
      '2000 Marines landed on the beach at dawn.',
      // a count before a place's name, with no other year-headed entry on the page
      '2000 New Zealand troops were sent to the island.',
      // a count of happenings, not a year
      'The clashes caused 1830 deaths in the province.',
      'Police logged 1967 attacks on the line.',
      // odds
      'Insurers put the risk of a flood at 1 in 1000 for the street.',
      'The chance was one in 1500 at best.',
      // clock readings
      'Rescuers said that by 1200 (1700 GMT) the road was open again.',
      'The shelling stopped at 1130 hours on the second day.',
      'The nurse came at about 0900 and changed the dressing between 1015 and 1025.',
      // quantities far before the article
      'Output rose by 1000 over the winter.',
      'Prices ranged from 1000 up to a peak in the spring.',
    ],
    needs: /\d{4}/,
    pattern: new RegExp(
      String.raw`(?:\b(?<trig>in\s+both|in|into|since|by|until|till|through|throughout|from|before|after|of|during|due|around|circa|c\.|between|and|to|or|for|as\s+of|year|the\s+year|calendar\s+year|spring|summer|autumn|fall|winter|(?:the\s+)?(?:end|start|beginning|middle)\s+of|the|early|mid|late|ahead\s+of|until\s+at\s+least|as\s+recently\s+as|(?<det>an?|its|his|her|their|our|this|that|[A-Za-z]+['’]s)|(?<word>[a-z]+))[\s-]+|(?<open>^|[(\[]|,\s))(?<y>${YEAR})(?<poss>['’]s\b)?`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      const year = Number(g.y);
      const trig = lower(g.trig);
      const after = env.sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const nextWord = /^\s+([A-Za-z-]+)/.exec(after)?.[1]?.toLowerCase();
      // "the appointment in 1962 of a new governor": a year dating a happening its "of" names, not "1990 of the cases"
      const ofWhom = nextWord === 'of' && /^(?:in|during|since|until|before|after)$/.test(trig) && year >= 1800 && year <= 2100 && year % 100 !== 0 && /^\s+of\s+(?:an?|the|his|her|its|their)\s+[a-z]/i.test(after);
      if (nextWord && COUNTED.has(nextWord) && !ofWhom) return null;
      // "in 1500 towns": round or early numbers before a plural are counts, "in 2019 prices rose" is a year
      if (nextWord && (year < 1900 || year % 100 === 0) && /^[a-z]+[^su]s$/.test(nextWord) && !EVENT_PLURALS.test(nextWord)) return null;
      if (/^\s*(?:[-–]\s*\d|[.,]\d|:\d|%|\s*(?:per\s*cent|percent)\b)/i.test(after)) return null;
      if (!plausibleYear(m, env, year, trig, after)) return null;
      // "the much larger 1962 flood", "the deadly 1987 storm": after any other word, a year is one only before one
      // happening named by its noun ("caused 1830 deaths", "logged 1967 attacks" are counts)
      if (g.word !== undefined && !(year >= 1800 && year <= 2100 && nextWord && DATED_HAPPENING_NOUNS.has(nextWord) && !/(?<![is])s$/.test(nextWord))) return null;
      if (g.open !== undefined) {
        // a clock stamp opening an entry of a live page: "1905: The minister says"
        if (g.open === '' && env.clockEntries && readsAsClock(year)) return null;
        // a year opening a clause must act as a subject: "2024 was", "(2019)"
        if (g.open.startsWith('(') || g.open.startsWith('[')) { if (!/^\s*[)\]]/.test(after)) return null; }
        // or head an entry of a listed timeline: "1957: A flood swept the valley"
        else if (!g.poss && !/^\s+(?:was|is|will|has|had|saw|marked|brought|became|began|ended|proved|has\s+been)\b/.test(after) && !(g.open === '' && (/^\s*:\s+\p{Lu}/u.test(after) || (env.yearEntries && YEAR_ENTRY_AFTER.test(after)))) && !yearListed(env.sentence.slice(0, m.index), after)) return null;
      }
      if ((['the', 'and', 'to', 'or', 'for', 'of'].includes(trig) || g.det) && (year < 1800 || year > 2100)) return null;
      // "a 1200 ton ship", "its 2000 staff": after a determiner the year must be followed by a word, not a count's unit
      if (g.det && (!nextWord || /^(?:ton|tonne|pound|dollar|mile|foot|metre|meter|acre|page|seat|bed|room|strong|member|word|point)s?$/.test(nextWord))) return null;
      // "the end of 2025": the article belongs to the expression, as in TimeML
      const mod = ['early', 'mid', 'late', 'end of', 'start of', 'beginning of', 'middle of'].includes(trig.replace(/^the /, '')) ? trig : '';
      const season = ['spring', 'summer', 'autumn', 'fall', 'winter'].includes(trig);
      if (season) return null; // the season rule reads these
      const startsAt = mod || trig === 'year' || trig === 'the year' || trig === 'calendar year' ? at(m, 'trig')![0] : at(m, 'y')![0];
      const end = at(m, 'y')![1];
      const r = explicitYear(year, Boolean(mod) || trig === 'around' || trig === 'circa' || trig === 'c.');
      return { ...r, start: startsAt, end };
    },
  },
  {
    // Broadcast transcripts spell years out as they are spoken.
    name: 'spoken year',
    examples: [
      { sentence: 'In nineteen eighty-two the mill closed.', text: 'nineteen eighty-two', published: '1998-01-15', value: '1982' },
      { sentence: 'The river town, nineteen sixty-six.', text: 'nineteen sixty-six', published: '1998-02-27', value: '1966' },
      { sentence: 'The bridge was rebuilt in nineteen fifty-three.', text: 'nineteen fifty-three', published: '1998-01-21', value: '1953' },
      { sentence: 'March nineteen eighty-four. The pits closed.', text: 'March nineteen eighty-four', published: '1998-02-27', value: '1984-03' },
      // the millennium, as said on air
      { sentence: 'The ferry line was meant to reopen by the year two thousand.', text: 'the year two thousand', published: '1997-06-02', value: '2000' },
    ],
    needs: /\b(?:eighteen|nineteen|the\s+year\s+two\s+thousand)\b/i,
    pattern: new RegExp(String.raw`\b(?<y2k>the\s+year\s+two\s+thousand)\b(?!\s+(?:and|hundred))|\b(?:(?<mo>${MONTH})\s+)?` + /(?<c>eighteen|nineteen)\s+(?<t>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?<u>one|two|three|four|five|six|seven|eight|nine)\b)?)\b(?!\s+(?:hundred|thousand|million|billion|percent|per\s+cent)\b)/.source, 'dig'),
    build(m) {
      const g = m.groups!;
      if (g.y2k) return explicitYear(2000, false);
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
      const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
      const century = lower(g.c) === 'nineteen' ? 1900 : 1800;
      const rest = g.tens ? tens.indexOf(lower(g.tens)) * 10 + (g.u ? words.indexOf(lower(g.u)) : 0) : words.indexOf(lower(g.t));
      if (g.mo && cap(g.mo)) return { type: 'DATE', value: `${century + rest}-${pad(monthNumber(g.mo))}`, date: monthRange(monthIndex(century + rest, monthNumber(g.mo)), monthIndex(century + rest, monthNumber(g.mo))) };
      const r = explicitYear(century + rest, false);
      return g.mo ? { ...r, start: at(m, 'c')![0] } : r;
    },
  },
  {
    name: 'fiscal year',
    examples: [
      { sentence: 'The budget for fiscal 2026 was approved.', text: 'fiscal 2026', published: '2025-03-06', value: '2026' },
    ],
    needs: /fiscal|FY/i,
    pattern: new RegExp(String.raw`\b(?:fiscal(?:\s+year)?\s+(?<y>${YEAR})(?:[-/](?<y2>\d{2}|\d{4}))?|FY\s?(?<fy>${YEAR}|\d{2}(?!\d)))\b`, 'dig'),
    build(m, env) {
      const g = m.groups!;
      const year = g.y ? Number(g.y) : fullYear(g.fy, env);
      const end = g.y2 ? fullYear(g.y2.length === 2 ? String(year).slice(0, 2) + g.y2 : g.y2, env) : year;
      if (end < year || end > year + 1) return null;
      return { type: 'DATE', value: pad(end, 4), date: yearRange(end, end, true) };
    },
  },
  {
    name: 'decade or century',
    examples: [
      { sentence: 'The mill closed in the 1990s.', text: 'the 1990s', published: '2025-03-06', value: '199' },
      { sentence: 'The church dates from the 19th century.', text: 'the 19th century', published: '2025-03-06', value: '18' },
      { sentence: 'The family left the valley in the 1800s.', text: 'the 1800s', published: '2025-03-06', value: '18' },
      { sentence: 'The mills closed in the mid-1900s.', text: 'the mid-1900s', published: '2025-03-06', value: '19' },
      { sentence: 'Prices soared in the 2000s.', text: 'the 2000s', published: '2025-03-06', value: '200' },
      { sentence: 'Our readers expect more in the 21st century.', text: 'the 21st century', published: '2025-03-06', value: '20' },
    ],
    needs: /0s|0['’]?s\b|century|ties\b/i,
    pattern: new RegExp(
      String.raw`\b(?:(?<the>the)\s+)?(?:${MOD}[\s-]+)?(?:(?<dec>1\d{2}|20\d)0['’]?s|['’](?<short>\d)0s|(?<cent>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century)\b`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      const mod = lower(g.mod);
      let value: string;
      let from: number;
      let span: number;
      if (g.cent) {
        const c = ordinal(g.cent);
        if (c === null || c < 1 || c > 22) return null;
        value = pad(c - 1, 2);
        from = (c - 1) * 100;
        span = 100;
      } else if (g.dec && /^1\d0$/.test(g.dec)) {
        // "the 1800s", "the early 1900s": a century named by its first year, as people use it
        value = g.dec.slice(0, 2);
        from = Number(value) * 100;
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
      // "the 21st century" in an article written in it is the writer's own era, like "nowadays": it keeps
      // its value but dates nothing on a timeline (a century would stretch the story across a hundred years)
      if (span === 100 && !mod && env.published && env.published.year >= from && env.published.year <= from + 99) {
        return { type: 'DATE', value, date: null, how: { anchor: 'text', unresolved: null } };
      }
      // A century's bounds are a convention (1401-1500 or 1400-1499) and its happenings rarely fill it:
      // shown as its whole span, marked approximate. A decade's years are exact.
      return { type: 'DATE', value, date: yearRange(lo, hi, Boolean(mod) || span === 100) };
    },
  },
];
