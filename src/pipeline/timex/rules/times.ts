// Clock times ("9 p.m.", "14:30 GMT"), given their day later; zone letters read from the one zone table by the article's locale.

import type { DateRange } from '../calendar';
import { dayIso, fromDayNumber, pad, range } from '../calendar';
import { offsetText } from '../../../core/dates';
import { ZONE_ABBREVIATIONS, readZone, zoneOffsetMinutes } from '../../timezones';
import type { Draft, Env } from '../resolve';
import { type Built, type Rule, at, lower } from './shared';
import { WEEKDAY } from '../../lexicon';

/** Zone letters beside a clock time, from the one zone table (longest first); "local time" names no zone. */
const ZONE_WORDS = String.raw`${Object.keys(ZONE_ABBREVIATIONS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')}|local\s+time`;
const ZONE = String.raw`(?<zone>${ZONE_WORDS})`;

function clockDraft(hour: number, minute: number, zone: string | undefined, env: Env): Built | null {
  if (hour > 23 || minute > 59) return null;
  const z = zone ? zone.toLowerCase() : null;
  // the letters read by the article's own locale evidence: "CST" from Shanghai is China's clock
  const reading = zone && !/^local/i.test(zone) ? readZone(zone, env.locale) : null;
  let offset: number | null = reading ? reading.offset : null;
  // no zone letters: the clock of the city the story is filed from ("HARBOURTON, March 4 -- ... at
  // 4:30 am"), else the publication stamp's offset
  const placeZone = !z ? (env.placeZone ?? null) : null;
  if (!z && !placeZone && env.published?.offsetMinutes != null) offset = env.published.offsetMinutes;
  const hhmm = `${pad(hour)}:${pad(minute)}`;
  return { type: 'TIME', value: `XXXX-XX-XXT${hhmm}`, date: null, clock: { hour, minute, offsetMinutes: offset, zone: z, timeZone: reading?.zone ?? placeZone } };
}

/** The part of the day that tells a bare clock time's half: "at 2:30 this afternoon", "at 9 tonight". */
const PART_OF_DAY = String.raw`(?<part>(?:this|that|yesterday|tomorrow|in\s+the|on\s+${WEEKDAY})\s+(?:morning|afternoon|evening)|tonight|last\s+night|at\s+night)\b`;
/** The words a bare clock time needs before it to be one ("at 2:30", "by 9"): "3:2" scores and "killed 5" counts have none. */
const CLOCK_LEAD = /\b(?:at|by|from|until|till|to|around|about|since|before|after)\s+$/i;
/** Words that hedge the clock time right after them: "at about midday", "around 3 p.m.", "shortly after 9". */
const CLOCK_HEDGE = /\b(?:about|around|approximately|roughly|some|nearly|almost|circa|shortly\s+(?:before|after)|just\s+(?:before|after))\s+$/i;

export const TIMES: Rule[] = [
  {
    name: 'clock time',
    examples: [
      { sentence: 'The polls close at 9 p.m.', text: '9 p.m.', published: '2025-03-06', value: 'XXXX-XX-XXT21:00' },
      // four-figure clock times with any zone letters, as wires write them
      // British style writes a dot between hour and minute
      { sentence: 'The patient was given a tablet at 1.30 am on the ward.', text: '1.30 am', published: '2025-03-06', value: 'XXXX-XX-XXT01:30' },
      { sentence: 'The work was completed at 1930 CDT.', text: '1930 CDT', published: '2025-03-06', value: 'XXXX-XX-XXT19:30' },
      { sentence: 'The tremor hit at 0615 local time.', text: '0615 local time', published: '2025-03-06', value: 'XXXX-XX-XXT06:15' },
      { sentence: 'The tremor hit at 1653 (2153 GMT) on Tuesday.', text: '1653', published: '2010-01-13', value: '2010-01-12T16:53' },
      // the bracket closing a UTC time beside a local one is not the zone's: the weekday after it keeps its own expression
      { sentence: 'The bridge closed at 9:20 a.m. (0620 GMT) Friday.', text: '0620 GMT', published: '1998-08-08', value: '1998-08-07T06:20' },
    ],
    rejects: ['Rescuers pulled 5 this morning from the water.', 'The poster showed the star of High Noon.', 'For the voters, high noon comes today.'],
    needs: /\d\s*[ap]\.?\s?m|\d\s+(?:this|tonight|last|yesterday|tomorrow|that|on|in\s+the|at\s+night)\b|\d:\d\d|noon|midnight|midday|\d{4}\s+\(?[A-Z]{2,5}\b|\d{4}\s+local/i,
    pattern: new RegExp(
      String.raw`(?:(?<![\d.,])\b(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>[ap])\.?\s?m\b\.?|(?<![\d:.])\b(?<hp>1[0-2]|0?[1-9])(?:[:.](?<mip>[0-5]\d))?(?=\s+${PART_OF_DAY})|(?<![\d:.])(?<h24>[01]?\d|2[0-3]):(?<mi24>[0-5]\d)(?![\d:]|\.\d)(?:\s*(?:hrs|h)\b)?|\b(?<mil>[01]\d|2[0-3])(?<milm>[0-5]\d)(?=\s*\(?(?:${ZONE_WORDS})(?![A-Za-z])|\s*\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b)|\b(?<word>noon|midday|midnight)\b)(?:\s*\(?${ZONE}(?:(?<=\(\s*[A-Za-z\s]+)\))?(?![A-Za-z]))?`,
      'dig',
    ),
    build(m, env) {
      const g = m.groups!;
      // zone letters count in capitals only: "3 p.m. CAT" is a zone, "3 p.m. cat" a word
      // "high noon" is a showdown, not a clock time
      if (g.word && /\bhigh\s+$/i.test(env.sentence.slice(Math.max(0, m.index - 6), m.index))) return null;
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
        if (!zone && !CLOCK_LEAD.test(before)) return null;
      } else if (g.hp) {
        // a bare "2:30" or "9" needs an "at" (or the like) before it: "killed 5 this morning" is a count
        const before = env.sentence.slice(Math.max(0, m.index - 12), m.index);
        if (!CLOCK_LEAD.test(before)) return null;
        hour = Number(g.hp) % 12;
        minute = g.mip ? Number(g.mip) : 0;
        const part = lower(g.part);
        // afternoon and evening are after noon; "at 9 tonight" too, but "at 2 at night" is before dawn
        if (/afternoon|evening/.test(part) || (/night/.test(part) && hour >= 6)) hour += 12;
      } else if (g.mil) {
        // "1930 CDT": four figures count as a time only with zone letters in capitals beside them, or
        // with their UTC in brackets ("1653 (2153 GMT)")
        if (!zone && !/^\s*\(\s*\d{4}\s*(?:GMT|UTC)\b/.test(env.sentence.slice(m.index + m[0].length))) return null;
        hour = Number(g.mil);
        minute = Number(g.milm);
      } else {
        const w = lower(g.word);
        hour = w === 'midnight' ? 0 : 12;
      }
      const draft = clockDraft(hour, minute, zone, env);
      if (draft?.clock && lower(g.word) === 'midnight') draft.clock.endOfDay = true;
      if (draft?.clock && CLOCK_HEDGE.test(env.sentence.slice(Math.max(0, m.index - 20), m.index))) draft.clock.approximate = true;
      return draft && { ...draft, rank: 1, end };
    },
  },
];

/** Cuts a TIME's instant for the date range, converting to UTC when the zone is known. */
export function timeOnDay(day: number, clock: NonNullable<Draft['clock']>): { value: string; date: DateRange } {
  const { year, month, day: d } = fromDayNumber(day);
  const wall = `${dayIso(day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
  // a generic name (ET, PT) takes its zone's offset on that day, summer time included
  const offsetMinutes = clock.offsetMinutes ?? (clock.timeZone ? zoneOffsetMinutes(clock.timeZone, year, month, d, clock.hour, clock.minute) : null);
  // no zone: the text's own wall clock, said to be so, never claimed as UTC
  const approximate = clock.approximate ?? false;
  if (offsetMinutes === null) return { value: wall, date: { ...range(wall, wall, 'minute', approximate), localClock: true } };
  const t = Date.UTC(year, month - 1, d, clock.hour, clock.minute) - offsetMinutes * 60_000;
  const u = new Date(t);
  const iso = `${pad(u.getUTCFullYear(), 4)}-${pad(u.getUTCMonth() + 1)}-${pad(u.getUTCDate())}T${pad(u.getUTCHours())}:${pad(u.getUTCMinutes())}`;
  const shown = clock.localOffsetMinutes ?? offsetMinutes;
  return { value: wall, date: shown === 0 ? range(iso, iso, 'minute', approximate) : { ...range(iso, iso, 'minute', approximate), offset: offsetText(shown) } };
}
