// Stage 5: finds every date and time expression in an article's sentences and resolves it to a
// TimeML value and a calendar range, against the publication date and each sentence's tense.

import * as chrono from 'chrono-node';
import type { RangeEnds } from '../../core/dates';
import { isPartialDate } from '../../core/schema';
import type { PublicationDate, Resolution, ResolutionContext, Span, Timex } from '../types';
import { type DateRange, dayIso, dayNumber, dayRange, monthIndex, monthIso, monthRange, mondayOf, pad, range, weekIso, weekdayOf, yearRange } from './calendar';
import { ANCHOR_EVENTS, ANCHOR_HAPPENINGS, GOVERNS_STAMP, LIVE_PAGE_DAY, MONTH, WEEKDAY, afterSince, weekdayNumber } from '../lexicon';
import { type Draft, type Env, coarsen, countQuarters, explicitDay, explicitMonth, weekdayBeside } from './resolve';
import { explain } from './explain';
import { RULES, timeOnDay } from './rules';
import { YEAR_ENTRY_AFTER } from './rules/shared';
import { deferredUntil, possessiveLooksBack, tenseAt, tenseMarkers } from './tense';

/** Every temporal expression inside `sentences`, offsets absolute into `text`, sorted and non-overlapping. */
export function findTimexes<S extends Span>(text: string, sentences: readonly S[], ctx: ResolutionContext): Timex[] {
  // (a live page that says which day it covers counts its "today" and its entries' clocks from that day)
  const covered = ctx.published ? coveredDay(text, sentences, ctx.published) : null;
  const p = covered?.published ?? ctx.published;
  const today = p ? dayNumber(p.year, p.month, p.day) : null;
  const clockFigures = CLOCK_FIGURES.test(text);
  const clockEntries = clockStampedEntries(text, sentences, p?.year ?? null);
  const yearEntries = (text.match(YEAR_HEADED_ENTRY) ?? []).length > 1;
  const recognise = (s: S, published: PublicationDate | null, day: number | null): Draft[] => {
    const sentence = text.slice(s.start, s.end);
    let markers: ReturnType<typeof tenseMarkers> | null = null;
    const env: Env = {
      published,
      today: day,
      dayFirst: ctx.dayFirst,
      locale: ctx.locale ?? null,
      placeZone: ctx.placeZone ?? null,
      sentence,
      clockFigures,
      clockEntries,
      yearEntries,
      // "since Friday" can only look back, whatever the verb
      tense: (start, end) =>
        afterSince(sentence, start) || possessiveLooksBack(sentence, start, end)
          ? 'past'
          : deferredUntil(sentence, start)
            ? 'future'
            : tenseAt((markers ??= tenseMarkers(sentence)), start, end, sentence),
    };
    return datelineWeekdays(recogniseSentence(env), sentence).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
  };
  const found = sentences.map((s) => recognise(s, p, today));
  // A page of stamped entries: each entry's "today", "last week" and weekdays are its stamp's, not the page's
  const stamps = entryStamps(text, sentences, found, today);
  // (several clock stamps make a page of entries; a post's day stamp, its weekday with it, is one alone)
  if (stamps.length > 1 || stamps.some((x) => x.published.hour === null)) {
    const opened = sentences.filter((s) => POST_PULL_QUOTE.test(text.slice(s.start, s.end))).map((s) => s.start);
    for (const [i, s] of sentences.entries()) {
      const stamp = stamps.findLast((x) => x.start <= s.start);
      if (!stamp) continue;
      // (a post's day stamp reaches no further than the next post, which a pull quote opens; the page's own day,
      // in its first sentence, dates the whole page)
      if (stamp.published.hour === null && stamp.start !== sentences[0].start && opened.some((o) => o > stamp.start && o <= s.start)) continue;
      const entry = { text: stamp.published.text, day: stamp.day, hour: stamp.published.hour, minute: stamp.published.minute };
      found[i] = recognise(s, stamp.published, stamp.day).map((d) => ({ ...d, entry }));
    }
    // (a post's day stamp dates its post, not the sentence it runs into)
    for (const [i, s] of sentences.entries()) {
      const stamp = stamps.find((x) => x.start === s.start && x.published.hour === null);
      if (stamp) found[i] = found[i].map((d) => (d.end === stamp.published.end ? { ...d, how: { ...d.how, rule: POST_DAY_STAMP } } : d));
    }
  }
  // (the heading's day is the page's, as a post's day stamp is its post's: it dates no sentence it runs into)
  if (covered) found[0] = found[0].map((d) => (d.start < covered.end && covered.start < d.end ? { ...d, how: { ...d.how, rule: POST_DAY_STAMP } } : d));
  const drafts = found.flat();
  drafts.sort((a, b) => a.start - b.start);
  markClockStamps(drafts, text, sentences, today);
  resolveAnaphora(drafts, text, today);
  for (const [i, d] of drafts.entries()) {
    // "Crews arrived at 10 p.m." with no day named nearby, in an entry: the entry's day (a past time later than the
    // stamp's is of an earlier day, which the entry does not give)
    if (!d.entry || d.entry.hour === null || !d.clock || d.date || d.how?.clock?.day !== 'none') continue;
    if (d.clock.past && d.clock.hour * 60 + d.clock.minute > d.entry.hour * 60 + (d.entry.minute ?? 0)) continue;
    const withDay = withClock(d, d.entry.day, d.clock, 'earlier mention');
    drafts[i] = { ...withDay, how: { ...withDay.how, anchor: 'earlier mention', yearInferred: true, reference: { text: d.entry.text } } };
  }
  const out: Timex[] = [];
  for (const d of drafts) {
    if (out.length && d.start < out[out.length - 1].end) continue;
    const span = text.slice(d.start, d.end);
    // A rule's arithmetic can leave the calendar the format can hold (a year before 1000): keep
    // the expression and its value, but give it no date rather than one the page cannot draw.
    const date = d.date && isPartialDate(d.date.start, d.date.precision) && isPartialDate(d.date.end, d.date.precision) ? d.date : null;
    const found = { start: d.start, end: d.end, text: span, type: d.type, value: d.value, date, resolution: record(d, d.entry ? dayIso(d.entry.day) : today === null ? null : dayIso(today)) };
    out.push({ ...found, explanation: explain(found) });
  }
  for (const line of datelineTimexes(text, sentences, ctx, today)) {
    if (out.some((t) => t.start < line.end && line.start < t.end)) continue;
    const after = out.findIndex((t) => t.start > line.start);
    out.splice(after < 0 ? out.length : after, 0, line);
  }
  const dateLine = publicationTimex(text, sentences, ctx);
  if (dateLine && !out.some((t) => t.start < dateLine.end && dateLine.start < t.end)) {
    const after = out.findIndex((t) => t.start > dateLine.start);
    out.splice(after < 0 ? out.length : after, 0, dateLine);
  }
  return out;
}

/** A live page's heading naming the day it covers (`LIVE_PAGE_DAY`). */
const LIVE_PAGE_HEADING = new RegExp(LIVE_PAGE_DAY, 'iu');

/**
 * The day a live page covers, when its heading or standfirst (run into its first sentence) names it: "Thursday's flood
 * coverage as it happened", on a page published the Friday after. That day, the last of its weekday on or before
 * the publication date, is the page's "today", and its "tonight", "yesterday" and entries' clock stamps count from it;
 * null when the page names no such day or names the publication day itself.
 */
function coveredDay(text: string, sentences: readonly Span[], published: PublicationDate): { published: PublicationDate; start: number; end: number } | null {
  const first = sentences[0];
  if (!first) return null;
  const m = LIVE_PAGE_HEADING.exec(text.slice(first.start, Math.min(first.end, first.start + 600)));
  const name = m && (m.groups!.wd ?? m.groups!.wd2);
  const weekday = name ? weekdayNumber(name) : -1;
  if (!m || !name || weekday < 0) return null;
  const today = dayNumber(published.year, published.month, published.day);
  const n = today - ((weekdayOf(today) - weekday + 7) % 7);
  if (n === today) return null;
  const [year, month, day] = dayIso(n).split('-').map(Number);
  const start = first.start + m.index + m[0].indexOf(name);
  return { published: { ...published, year, month, day, hour: null, minute: null }, start, end: start + name.length };
}

/** A clock time opening its sentence, the entry's first words after it: "2.05 pm: Crews ...", "10.40am - The mayor ...". */
const CLOCK_STAMP_AFTER = /^\s*[-–—:|]\s*["“‘'\p{Lu}]/u;

/**
 * A live page's entry opened by its clock time alone ("2.05 pm: The mayor turns to ..."): the entry is written on the
 * page's day (its post's, under a day stamp), so the stamp never takes a day some earlier entry told of another
 * happening; `resolveAnaphora` gives it the page's day where it would have given it that earlier one.
 */
function markClockStamps<S extends Span>(drafts: Draft[], text: string, sentences: readonly S[], today: number | null): void {
  for (const d of drafts) {
    if (!d.clock || d.date || d.how?.clock?.day !== 'none') continue;
    const day = d.entry?.day ?? today;
    if (day === null) continue;
    const s = sentences.find((x) => x.start <= d.start && d.start < x.end);
    if (!s || /\S/.test(text.slice(s.start, d.start)) || !CLOCK_STAMP_AFTER.test(text.slice(d.end, s.end))) continue;
    d.stampDay = day;
  }
}

/** What follows an entry's stamp: its first words, after a dash or a colon at most ("... 16:00 GMT - Crews reached ..."). */
const ENTRY_AFTER_STAMP = /^\s*(?:[-–—:|]\s*)?["“‘'\p{Lu}]/u;

/**
 * The stamps of a page made of dated entries, a live or compiled blog ("3 May 2019 14:05 GMT Crews reached the
 * ..."): a date with its year and clock time that opens a sentence and is followed by the entry's first words. Each
 * gives the publication date its entry is written on, in the stamp's own wall-clock time.
 */
function entryStamps<S extends Span>(text: string, sentences: readonly S[], found: readonly Draft[][], today: number | null): { start: number; published: PublicationDate; day: number }[] {
  const stamps: { start: number; published: PublicationDate; day: number }[] = [];
  for (const [i, s] of sentences.entries()) {
    const d = found[i][0];
    const post = d && today !== null ? postDayStamp(text, s, sentences[0], d, today) : null;
    if (post) {
      stamps.push(post);
      continue;
    }
    if (!d || d.date?.precision !== 'minute' || !d.written?.year || d.written.yearGuessed || /\S/.test(text.slice(s.start, d.start))) continue;
    if (!ENTRY_AFTER_STAMP.test(text.slice(d.end, s.end))) continue;
    const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(d.value);
    if (!m) continue;
    const [year, month, day, hour, minute] = m.slice(1).map(Number);
    // (the stamp's zone, when it wrote one: "14:05 GMT" is +00:00)
    const zone = d.how?.clock?.zone ? /^([+-])(\d\d):(\d\d)$/.exec(d.how.clock.offset ?? '') : null;
    const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : null;
    const published: PublicationDate = { year, month, day, hour, minute, offsetMinutes: offset, timeZone: null, offsetSource: offset === null ? null : 'text', text: text.slice(d.start, d.end), start: d.start, end: d.end };
    stamps.push({ start: s.start, published, day: dayNumber(year, month, day) });
  }
  return stamps;
}

/** A pull quote opening a post, run into its first sentence: "\"We slept in the open\" I have lived here for years". */
const POST_PULL_QUOTE = /^["“][^"”.!?]{10,150}["”]\s+\p{Lu}/u;

/** The rule named for a post's day stamp, which events read as furniture. */
export const POST_DAY_STAMP = 'post day stamp';

/** A weekday just before a post's day, at the sentence's start or after the page's headline run into it: "SUNDAY 17 JANUARY", "Flood diary: Tuesday, 3 March". */
const WEEKDAY_OPENING = new RegExp(String.raw`(?:^|[\s:|–—-])(${WEEKDAY})[,\s]+$`, 'iu');
/** A weekday opening a day's own text: "Tuesday 3 March". */
const WEEKDAY_IN_DAY = new RegExp(String.raw`^(${WEEKDAY})\b`, 'iu');

/**
 * A diary's or a live page's post opened by its day, its weekday with it ("SUNDAY 17 JANUARY - JANE ROE This morning
 * I flew ...", "Tuesday 3 March: Crews ..."): the day the post was written, which its "yesterday" and "this morning"
 * are counted from. The weekday must be the day's own and the day no later than the page's date and at most a month
 * before it; a date opening an ordinary sentence names no weekday beside it, or a verb follows ("Sunday 17 January
 * saw ...", which ENTRY_AFTER_STAMP's capital refuses).
 */
function postDayStamp(text: string, s: Span, first: Span, d: Draft, today: number): { start: number; published: PublicationDate; day: number } | null {
  if (d.date?.precision !== 'day') return null;
  const head = text.slice(s.start, d.start);
  const own = text.slice(d.start, d.end);
  const opening = WEEKDAY_OPENING.exec(head);
  // (words before the weekday only as the page's headline, in its first sentence, governing no day: "Flood diary:
  // Tuesday 3 March Crews ...", not "The dam broke on Tuesday 3 March")
  const title = opening ? head.slice(0, head.lastIndexOf(opening[1])) : head;
  if (/\S/.test(title) && (first !== s || title.length > 100 || GOVERNS_STAMP.test(title) || /[.!?]["”’]?\s/u.test(title))) return null;
  const weekday = opening?.[1] ?? WEEKDAY_IN_DAY.exec(own)?.[1];
  if (!weekday || !/\d/.test(own)) return null;
  if (!ENTRY_AFTER_STAMP.test(text.slice(d.end, s.end))) return null;
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(d.value);
  if (!m) return null;
  const [year, month, day] = m.slice(1).map(Number);
  const n = dayNumber(year, month, day);
  if (n > today || today - n > 31 || weekdayOf(n) !== weekdayNumber(weekday)) return null;
  const from = opening ? s.start + head.lastIndexOf(opening[1]) : d.start;
  const published: PublicationDate = { year, month, day, hour: null, minute: null, offsetMinutes: null, timeZone: null, offsetSource: null, text: text.slice(from, d.end), start: from, end: d.end };
  return { start: s.start, published, day: n };
}

/** A year opening a sentence or a line, its entry's subject after it with no colon: "1983 Jane Roe graduates". */
const YEAR_HEADED_ENTRY = new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n\\s*)\\d{4}(?=${YEAR_ENTRY_AFTER.source.slice(1)})`, 'gu');

/** Four figures opening an entry, a colon at most between them and its first word: "2346 Rescuers reach", "0915: The". */
const OPENING_FIGURES = /^\s*([01]\d|2[0-3])([0-5]\d)\s*:?\s+["“‘'\p{Lu}]/u;

/**
 * Whether the page is a live one whose entries open with four-figure clock stamps: three or more sentences open so,
 * and at least one of the figures cannot be a year of the page (before 1000, or more than ten years after it), as
 * "2346" or "0915" cannot. A page of listed years ("1957: Flu spread.", "1968: ...") has none such.
 */
function clockStampedEntries<S extends Span>(text: string, sentences: readonly S[], year: number | null): boolean {
  let count = 0;
  let notYear = false;
  for (const s of sentences) {
    const m = OPENING_FIGURES.exec(text.slice(s.start, s.end));
    if (!m) continue;
    count++;
    const figure = Number(m[1] + m[2]);
    notYear ||= figure < 1000 || (year !== null && figure > year + 10);
  }
  return count >= 3 && notYear;
}

/** "at about 1100", "1600 GMT", "0930 hours": four figures read as a clock time somewhere in the article. */
const CLOCK_FIGURES = /\bat\s+(?:about\s+|around\s+)?(?:[01]\d|2[0-3])[0-5]\d\b(?![\d,.]\d|\s*(?:%|per\s*cent|[a-z]+s\b|feet\b))|\b(?:[01]\d|2[0-3])[0-5]\d\s*\(?\s*(?:GMT|UTC|BST|CET|EST|EDT|local\s+time|hours|hrs)\b/;

/** "LONDON, March 3 --", AP's "LONDON, March 3 _": a dateline's date, the day the story was filed. */
const DATELINE_END = /^\s*(?:\([^()\n]{0,60}\)\s*)?(?:--|—|–|_)/;

/**
 * "LONDON, March 3 -- With no rescue fund Monday, shares fell": in a story's first sentence the
 * weekday of its dateline is the dateline's day, whatever the tense around it would pick.
 */
function datelineWeekdays(found: Draft[], sentence: string): Draft[] {
  // (an underscore only after a place in capitals: "talk today _ full stop _" is no dateline)
  const line = found.find((d) => d.start < 40 && d.date?.precision === 'day' && DATELINE_END.test(sentence.slice(d.end, d.end + 70)) && (!/^\s*_/.test(sentence.slice(d.end, d.end + 70)) || /^\s*\p{Lu}{2,}[\p{Lu}\s.'-]*,/u.test(sentence)));
  if (!line) return found;
  const day = dayNumberOf(line.date!.start);
  return found.map((d) => {
    if (d === line || d.how?.rule !== 'weekday' || d.type !== 'DATE' || !d.date || weekdayNumber(sentence.slice(d.start, d.end).replace(/^.*\b(?=[A-Z][a-z]+day\b)/, '')) !== weekdayOf(day)) return d;
    if (Math.abs(dayNumberOf(d.date.start) - day) > 7) return d;
    return { ...d, value: dayIso(day), date: dayRange(day), how: { ...d.how, anchor: 'text', pickedBy: 'written date' } };
  });
}

/** "HARBOURTON, August 7 (Agency) --" alone on its line: a wire dateline, with its date. */
const DATELINE_LINE = /^[ \t]*\p{Lu}[\p{Lu}\p{Ll} .'’/-]*,[ \t]*(?<date>[^()\n]{3,40}?)[ \t]*(?:\([^()\n]{1,50}\))?[ \t]*(?:--|—|–|-|:|_{1,2})?[ \t]*$/gmu;

/**
 * A dateline on a line of its own is outside every sentence, but its date is an expression of the
 * article (TimeML annotates it): the day the story was filed, read as a past date. Like the
 * publication line it anchors no event.
 */
function datelineTimexes(text: string, sentences: readonly Span[], ctx: ResolutionContext, today: number | null): Timex[] {
  const found: Timex[] = [];
  for (const m of text.slice(0, 2000).matchAll(DATELINE_LINE)) {
    const start = m.index + m[0].indexOf(m.groups!.date, m[0].indexOf(','));
    const end = start + m.groups!.date.length;
    if (sentences.some((s) => s.start < end && start < s.end)) continue;
    const line = text.slice(m.index, m.index + m[0].length);
    const env: Env = { published: ctx.published, today, dayFirst: ctx.dayFirst, locale: ctx.locale ?? null, sentence: line, tense: () => 'past' };
    const offset = m.index;
    const d = recogniseSentence(env).find((x) => x.start + offset === start && x.end + offset === end && x.date && (x.date.precision === 'day' || x.date.precision === 'minute'));
    if (!d) continue;
    const record1 = { start, end, text: text.slice(start, end), type: d.type, value: d.value, date: d.date, resolution: record({ ...d, how: { ...d.how, rule: 'dateline' } }, today === null ? null : dayIso(today)) };
    found.push({ ...record1, explanation: explain(record1) });
  }
  return found;
}

/** The full record of how a draft was resolved: what its rule said, the rest filled in. */
function record(d: Draft, publication: string | null): Resolution {
  const blank: Resolution = { rule: '', anchor: /_REF$/.test(d.value) ? 'publication' : 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null };
  const r: Resolution = { ...blank, ...d.how };
  if (r.anchor === 'publication' && publication) r.publication = publication;
  if (r.anchor === 'publication' && d.entry) r.entry = d.entry.text;
  return r;
}

/**
 * The publication date is itself a temporal expression of the article ("June 6, 2005" under the
 * headline), as TimeML annotates it; metadata found it in the header, outside every sentence, so it
 * is added here. It anchors no event (events come from sentences only) and is not an anaphora reference.
 */
function publicationTimex(text: string, sentences: readonly Span[], ctx: ResolutionContext): Timex | null {
  const p = ctx.published;
  if (!p || p.end <= p.start || text.slice(p.start, p.end) !== p.text) return null;
  if (sentences.some((s) => s.start < p.end && p.start < s.end)) return null;
  const day = dayNumber(p.year, p.month, p.day);
  const resolution = record({ start: p.start, end: p.end, type: 'DATE', value: '', date: null, how: { rule: 'publication date' } }, null);
  let found: Omit<Timex, 'explanation'>;
  if (p.hour === null || p.minute === null) found = { start: p.start, end: p.end, text: p.text, type: 'DATE', value: dayIso(day), date: dayRange(day), resolution };
  else {
    const clock = { hour: p.hour, minute: p.minute, offsetMinutes: p.offsetMinutes, zone: null };
    const t = timeOnDay(day, clock);
    found = { start: p.start, end: p.end, text: p.text, type: 'TIME', value: t.value, date: t.date, resolution: { ...resolution, clock: clockRecord(clock, t.date, 'joined') } };
  }
  return { ...found, explanation: explain(found) };
}

/** All rules over one sentence, then the longest non-overlapping candidates, joined into ranges and date-times. */
export function recogniseSentence(env: Env): Draft[] {
  const candidates: Draft[] = [];
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(env.sentence)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(env.sentence); m; m = rule.pattern.exec(env.sentence)) {
      if (m[0] === '') {
        rule.pattern.lastIndex++;
        continue;
      }
      const built = rule.build(m, env);
      if (!built) continue;
      const start = built.start ?? m.index;
      const end = built.end ?? m.index + m[0].length;
      if (end > start) candidates.push({ ...built, start, end, how: { rule: rule.name, ...built.how } });
    }
  }
  addChronoFallback(env, candidates);
  const chosen = longestFirst(candidates);
  return hedged(joinDateTimes(joinRanges(writtenDateWins(localWithUtc(chosen, env), env), env), env), env);
}

/** A hedge right before a date: "around July 1", "about three days ago", "roughly a year ago", "circa 1900". */
const HEDGE_BEFORE = /\b(?:around|about|roughly|approximately|circa|nearly|almost|some)\s+$/i;
/** A hedge right after a date: "next year or so", "in a week or so". */
const HEDGE_AFTER = /^\s+or\s+so\b/i;
/** A date that opens with a count (a figure, a number word, "a", "half") or a time of day ("about midday"). */
const COUNT_START = /^(?:\d|(?:an?|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+few|a\s+couple|several|midday|noon|midnight|dawn|dusk)\b)/i;

/**
 * A date the sentence hedges is approximate, whatever its unit: "around July 1" is a day or two either
 * side, not the first exactly, and "next year or so" may run into the year after. A possessive after it
 * names a happening on that day, and the word before is then a particle or preposition of the clause ("get
 * around Wednesday's ruling"), no hedge.
 */
function hedged(drafts: Draft[], env: Env): Draft[] {
  return drafts.map((d) => {
    // ("over the next year or so": an anaphor, dated later, keeps the hedge for its date)
    if (!d.date && d.anaphor && HEDGE_AFTER.test(env.sentence.slice(d.end))) return { ...d, anaphor: { ...d.anaphor, approximate: true } };
    if (!d.date || d.date.approximate || d.type === 'SET') return d;
    if (HEDGE_AFTER.test(env.sentence.slice(d.end))) return { ...d, date: { ...d.date, approximate: true } };
    const hedge = HEDGE_BEFORE.exec(env.sentence.slice(Math.max(0, d.start - 16), d.start));
    if (!hedge) return d;
    // "about" and "some" are prepositions and determiners before a named day or period ("talked about next week",
    // "some Tuesdays"); they hedge only a count ("about three days ago", "some 10 years ago")
    if (/^(?:about|some)\s/i.test(hedge[0]) && !COUNT_START.test(env.sentence.slice(d.start))) return d;
    if (/^['’]s\b/.test(env.sentence.slice(d.end))) return d;
    return { ...d, date: { ...d.date, approximate: true } };
  });
}

/**
 * "at 1653 local time (2153 GMT)", "10:35 a.m. (0735 GMT)": a local clock with its UTC beside it
 * in brackets gives the local zone's offset. The local time is converted with it, and the UTC one
 * shows the same local clock in its label.
 */
function localWithUtc(drafts: Draft[], env: Env): Draft[] {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [a, b] = [drafts[i], drafts[i + 1]];
    if (!a.clock || !b.clock || a.date || b.date) continue;
    if (!/^\s*\(\s*$/.test(env.sentence.slice(a.end, b.start))) continue;
    if ((a.clock.zone !== null && !/^local/.test(a.clock.zone)) || b.clock.zone === null || /^local/.test(b.clock.zone) || b.clock.offsetMinutes === null) continue;
    let offset = (a.clock.hour * 60 + a.clock.minute) - (b.clock.hour * 60 + b.clock.minute) + b.clock.offsetMinutes;
    if (offset > 14 * 60) offset -= 24 * 60;
    if (offset < -12 * 60) offset += 24 * 60;
    if (offset % 15 !== 0) continue;
    drafts[i] = { ...a, clock: { ...a.clock, offsetMinutes: offset, timeZone: null } };
    drafts[i + 1] = { ...b, clock: { ...b.clock, localOffsetMinutes: offset } };
  }
  return drafts;
}

/** A weekday with its date beside it in brackets ("on Sunday (July 18)"); a dash between them makes a range. */
const BESIDE_WEEKDAY = /^\s*,?\s*\(\s*$/;

/**
 * "on Sunday (July 18)": the written date says which Sunday, so the weekday takes the date's day
 * (and the record says so) rather than the occurrence its tense alone would pick.
 */
function writtenDateWins(drafts: Draft[], env: Env): Draft[] {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [a, b] = [drafts[i], drafts[i + 1]];
    if (a.how?.rule !== 'weekday' || !a.date || !b.date || b.date.precision !== 'day' || b.date.start !== b.date.end || b.clock) continue;
    if (!BESIDE_WEEKDAY.test(env.sentence.slice(a.end, b.start))) continue;
    if (a.date.start === b.date.start) continue;
    drafts[i] = { ...a, value: a.value.includes('T') ? b.value + a.value.slice(a.value.indexOf('T')) : b.value, date: b.date, how: { ...a.how, ...b.how, rule: 'weekday', anchor: b.how?.anchor ?? 'text', pickedBy: 'written date' } };
  }
  return drafts;
}

function longestFirst(candidates: Draft[]): Draft[] {
  const byStrength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.rank ?? 0) - (b.rank ?? 0) || a.start - b.start);
  // chosen spans never overlap, so a binary search by start finds the only neighbours that could clash
  const chosen: Draft[] = [];
  for (const c of byStrength) {
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chosen[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = chosen[lo - 1];
    const after = chosen[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    chosen.splice(lo, 0, c);
  }
  return chosen;
}

const MONTH_NEAR_DIGIT = new RegExp(String.raw`${MONTH}\s*\d|\d\s+${MONTH}`);

/**
 * chrono-node as a safety net for full dates in shapes the rules do not know. Only dates it is certain
 * of (day, month and year all written) are kept: its guesses lean to the future and month-first.
 */
function addChronoFallback(env: Env, candidates: Draft[]): void {
  if (!MONTH_NEAR_DIGIT.test(env.sentence)) return;
  const reference = env.today === null ? new Date(Date.UTC(2000, 0, 1, 12)) : new Date(env.today * 86_400_000 + 43_200_000);
  for (const r of chrono.en.strict.parse(env.sentence, { instant: reference, timezone: 0 })) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (candidates.some((c) => start < c.end && c.start < end)) continue;
    const c = r.start;
    if (!(c.isCertain('year') && c.isCertain('month') && c.isCertain('day'))) continue;
    // chrono is "certain" of relative phrases too ("two days before"): keep only dates written out
    if (!MONTH_NEAR_DIGIT.test(r.text) || !/\d{4}/.test(r.text)) continue;
    const day = explicitDay(c.get('year')!, c.get('month')!, c.get('day')!);
    if (day) candidates.push({ ...day, start, end, rank: 9, how: { rule: 'chrono fallback' } });
  }
}

const RANGE_GAP = /^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;
const RANK = { year: 0, quarter: 1, month: 2, week: 3, day: 4, minute: 5 } as const;

/** "from Jan. 30 to Feb. 10", "between 2010 and 2015": one expression covering both ends. */
function joinRanges(drafts: Draft[], env: Env): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const joined = prev && joinPair(prev, d, env);
    if (joined) out[out.length - 1] = joined;
    else out.push(d);
  }
  return out;
}

function joinPair(a: Draft, b: Draft, env: Env): Draft | null {
  if (a.type !== 'DATE' || b.type !== 'DATE' || !a.date || !b.date || a.clock || b.clock) return null;
  const gap = env.sentence.slice(a.end, b.start);
  if (!RANGE_GAP.test(gap)) return null;
  const opener = /\b(from|between)\s+$/i.exec(env.sentence.slice(Math.max(0, a.start - 10), a.start))?.[1]?.toLowerCase();
  if (/and/i.test(gap) && opener !== 'between') return null;
  if (/^\s*(?:to|and)\s*$/i.test(gap) && !opener && a.date.precision !== b.date.precision) return null;
  let first = a.date;
  let last = b.date;
  // a year written on one end only belongs to both: "Dec. 30 to Jan. 5, 2025"
  if (b.written?.yearGuessed && a.written?.year != null && !a.written.yearGuessed) last = withYear(b, a.written.year, first, 1) ?? last;
  else if (a.written?.yearGuessed && b.written?.year != null && !b.written.yearGuessed) first = withYear(a, b.written.year, last, -1) ?? first;
  else if (a.written?.yearGuessed && b.written?.yearGuessed && a.written.year != null) last = withYear(b, a.written.year, first, 1) ?? last;
  const endValue = (d: Draft, r: DateRange) => (r.start === r.end && !r.ends ? r.start : d.value);
  const values: [string, string] = [endValue(a, first), endValue(b, last)];
  const fine = ['year', 'month', 'day'];
  // The format holds one precision per date: the coarser end's, with each end as written kept for the label.
  let ends: RangeEnds | undefined;
  if (first.precision !== last.precision) {
    if (!fine.includes(first.precision) || !fine.includes(last.precision)) return null;
    ends = { start: { value: first.start, precision: first.precision }, end: { value: last.end, precision: last.precision } };
    const coarse = RANK[first.precision] < RANK[last.precision] ? first.precision : last.precision;
    first = coarsen(first, coarse as 'year' | 'month');
    last = coarsen(last, coarse as 'year' | 'month');
  }
  if (last.end < first.start) return null;
  const date: DateRange = range(first.start, last.end, first.precision, first.approximate || last.approximate);
  if (ends) date.ends = ends;
  return {
    ...a,
    end: b.end,
    date,
    written: undefined,
    how: {
      rule: 'range',
      range: { from: env.sentence.slice(a.start, a.end), to: env.sentence.slice(b.start, b.end), values },
      anchor: a.how?.anchor === 'publication' || b.how?.anchor === 'publication' ? 'publication' : 'text',
      yearInferred: Boolean(a.how?.yearInferred || b.how?.yearInferred),
    },
  };
}

/** Re-dates a year-less end of a range with the other end's year, stepping a year if it would run backwards. */
function withYear(d: Draft, year: number, other: DateRange, direction: 1 | -1): DateRange | null {
  const { month, day } = d.written!;
  if (month === null) return null;
  const make = (y: number) => (day === null ? monthRange(monthIndex(y, month)) : explicitDay(y, month, day)?.date ?? null);
  let date = make(year);
  if (date && (direction === 1 ? date.start < other.start.slice(0, date.start.length) : date.start > other.start.slice(0, date.start.length))) date = make(year + direction);
  return date;
}

const DATE_TIME_GAP = /^(?:\s*,?\s*(?:at|on|around|about|by|from|shortly\s+after|shortly\s+before)?\s*)$/i;

/** Gives clock times their day: "Wednesday at 3 p.m." is one TIME; a lone "3 p.m." borrows the sentence's day. */
function joinDateTimes(drafts: Draft[], env: Env): Draft[] {
  const out: Draft[] = [];
  const isDay = (d: Draft | undefined): d is Draft =>
    d !== undefined && !d.clock && d.type !== 'SET' && d.date?.precision === 'day' && d.date.start === d.date.end && !d.date.approximate;
  const used = new Set<Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (used.has(d)) continue;
    if (!d.clock) {
      out.push(d);
      continue;
    }
    // an ISO date-time carries its own day
    if (d.date?.precision === 'day') {
      out.push(withClock(d, dayNumberOf(d.date.start), d.clock, 'joined'));
      continue;
    }
    const next = drafts[i + 1];
    const prev = out[out.length - 1];
    const adjacentAfter = isDay(next) && DATE_TIME_GAP.test(env.sentence.slice(d.end, next.start)) ? next : null;
    const adjacentBefore = !adjacentAfter && isDay(prev) && DATE_TIME_GAP.test(env.sentence.slice(prev.end, d.start)) ? prev : null;
    const partner = adjacentAfter ?? adjacentBefore;
    if (partner) {
      const start = Math.min(partner.start, d.start);
      const end = Math.max(partner.end, d.end);
      const merged = withClock(partner, dayNumberOf(partner.date!.start), d.clock, 'joined');
      merged.start = start;
      merged.end = end;
      if (adjacentBefore) out.pop();
      else used.add(partner);
      out.push(merged);
      continue;
    }
    const nearest = nearestDay(drafts, i, isDay);
    if (nearest) {
      out.push(withClock(d, dayNumberOf(nearest.date!.start), d.clock, 'sentence'));
    } else {
      out.push({ ...d, clock: { ...d.clock, past: env.tense(d.start, d.end) === 'past' }, how: { ...d.how, clock: { zone: d.clock.zone, offset: null, day: 'none' } } });
    }
  }
  return out;
}

/** The closest day-precision expression within a clause's reach of draft `i`, either side. */
function nearestDay(drafts: Draft[], i: number, isDay: (d: Draft | undefined) => d is Draft): Draft | null {
  const reach = 80;
  let best: Draft | null = null;
  for (let j = i - 1; j >= 0 && drafts[i].start - drafts[j].end <= reach; j--) if (isDay(drafts[j])) { best = drafts[j]; break; }
  for (let j = i + 1; j < drafts.length && drafts[j].start - drafts[i].end <= reach; j++) {
    if (isDay(drafts[j])) {
      if (!best || drafts[j].start - drafts[i].end < drafts[i].start - best.end) best = drafts[j];
      break;
    }
  }
  return best;
}

const dayNumberOf = (iso: string): number => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

function withClock(d: Draft, day: number, clock: NonNullable<Draft['clock']>, found: 'joined' | 'sentence' | 'earlier mention'): Draft {
  // "at midnight Friday" is the midnight between Friday and Saturday
  const t = timeOnDay(clock.endOfDay && found === 'joined' ? day + 1 : day, clock);
  return { ...d, type: 'TIME', value: t.value, date: t.date, clock: undefined, how: { ...d.how, clock: clockRecord(clock, t.date, found) } };
}

/** What the record keeps of a clock time: its zone letters and the offset it was converted with (null: wall clock kept). */
function clockRecord(clock: NonNullable<Draft['clock']>, date: DateRange, day: 'joined' | 'sentence' | 'earlier mention'): NonNullable<Resolution['clock']> {
  return { zone: clock.zone, offset: date.localClock ? null : (date.offset ?? '+00:00'), day };
}

/** "the" just before a day and a lower-case noun after it (no preposition, conjunction or verb): the happening's name, "the 3 May storm". */
const NAMING_DAY_BEFORE = /\b[Tt]he\s+$/;
const NAMING_DAY_AFTER = /^\s+(?!(?:of|in|at|on|and|or|to|for|by|with|when|as|was|is|that|which)\b)\p{Ll}[\p{Ll}-]+/u;

/** How far (characters) a day reaches to give a later clock time with none its day: about two sentences. */
const CLOCK_REACH = 300;

/** How far (characters) a quarter reaches to give "a year ago" its grain: about two sentences. */
const QUARTER_REACH = 400;

/** A date the article mentioned, as later expressions count from it. */
interface Mention {
  date: DateRange;
  text: string;
  end: number;
}

/** "the nine months", "the first six months": a stretch of a year longer than a quarter and shorter than the year, as reports sum them. */
function isStretchOfYear(d: Draft, text: string): boolean {
  const months = d.type === 'DURATION' ? /^P(\d+)M$/.exec(d.value) : null;
  // ("For six months, the mayor has fought the plan" is a span of its own, not a period reported on)
  return months !== null && Number(months[1]) > 3 && Number(months[1]) < 12 && (/^the\b/i.test(text.slice(d.start, d.end)) || /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)));
}

/** How far (characters) before a year-back expression its sentence is read for a comparison's words. */
const COMPARISON_REACH = 120;

/** True when the clause before `at` compares ("compared with", "up from $3 million", "more than"): what follows is a yardstick. */
function comparedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - COMPARISON_REACH), at);
  // (only the sentence's own words: a full stop before a capital ends the one before; "C$3.2" does not)
  const own = before.slice(before.search(/[.!?]\s+(?=[A-Z][^.!?]*$)/) + 1);
  // ("from" only before a figure, "up from $3 million", "from 7%": "moved from Tarrow a year earlier" tells a story)
  return /\b(?:compared\s+(?:with|to)|than|versus|against)\b|\bfrom\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?(?:[A-Z]{0,3}[$£€¥]|\d)/i.test(own);
}

/** "a year ago", as the units-ago rule read it (not "two years ago", nor "a year earlier", which is an anaphor). */
function aYearAgo(d: Draft, text: string): boolean {
  return d.how?.rule === 'units ago' && /^an?\s+year\s+ago$/i.test(text.slice(d.start, d.end));
}

/** "a year ago", "a year earlier": an expression that is itself a year back. */
function isYearBack(d: Draft, text: string): boolean {
  return (d.anaphor?.unit === 'year' && d.anaphor.shift === -1) || aYearAgo(d, text);
}

/** How far (characters) a period may sit before the date that closes it: "the fiscal second quarter ended Sept. 30". */
const CLOSING_REACH = 40;

/**
 * "In the quarter ended Sept. 30, sales rose": the day a period just named closes on, as reports give a
 * (fiscal) quarter or year its bounds. The report goes on speaking of that period ("The latest period
 * includes gains", "from $3 million a year ago"), so the closing day does not replace it as what later
 * expressions count from.
 */
function closesPeriod(d: Draft, reference: Mention | null, text: string): boolean {
  if (!reference || d.date?.precision !== 'day' || (reference.date.precision !== 'quarter' && reference.date.precision !== 'year')) return false;
  if (d.start < reference.end || d.start - reference.end > CLOSING_REACH) return false;
  return /^\s*,?\s*(?:(?:that|which)\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?$/i.test(text.slice(reference.end, d.start));
}

/** "the next day", "that year", "two weeks later": counted from the last date the article mentioned. */
function resolveAnaphora(drafts: Draft[], text: string, today: number | null): void {
  // `quarter`: the quarter a report spoke of before it moved on to a longer stretch of the year
  // `yearBack`: the mention was itself a year back ("a year ago", "a year earlier"), a comparison's yardstick
  // `naming`: the day only names a happening, "the 3 May storm": a later clock time is not on it
  let reference: (Mention & { quarter?: Mention; yearBack?: boolean; naming?: boolean }) | null = null;
  for (const d of drafts) {
    // "On a recent Wednesday ... later that afternoon": the day the text left open is the one counted from, so what
    // follows is left open too, not counted from a date named before it
    if (!d.date && !d.anaphor && d.type === 'DATE' && /^XXXX-WXX-\d$/.test(d.value)) {
      reference = null;
      continue;
    }
    // a comparison with the same quarter a year before is a yardstick: later expressions do not count from it
    const yardstick = (d.anaphor?.unit === 'quarter' && (d.anaphor.shift < 0 || d.anaphor.year !== undefined)) || ((reference?.date.precision === 'quarter' || reference?.quarter !== undefined) && ((d.anaphor?.unit === 'year' && d.anaphor.shift === -1) || d.how?.rule === 'units ago'));
    // "up from $58 million a year ago" beside "the third quarter": the same quarter a year before, as
    // TimeML values a comparison at the grain of the period compared (the date stays the quarter's).
    if (!d.anaphor && aYearAgo(d, text) && reference?.date.precision === 'quarter' && d.start - reference.end <= QUARTER_REACH) {
      const q = countFrom(reference.date, 'year', -1)!;
      Object.assign(d, q);
      d.how = { ...d.how, anchor: 'earlier mention', direction: 'back', yearInferred: true, reference: { text: reference.text, comparison: true } };
    }
    // "was shot at 10 p.m. as he stood in his kitchen" after a sentence dating the shooting: a clock
    // time with no day of its own takes the day the article named just before, as TimeML reads it; a
    // past one never takes a day still to come ("The vote is due on Friday. Counting began at 9 a.m.")
    const ahead = reference !== null && today !== null && dayNumberOf(reference.date.start) > today;
    // (nor a day that only names a happening, "the 3 May storm", an earlier one the text looks back on)
    if (d.clock && !d.date && d.how?.clock?.day === 'none' && reference?.date.precision === 'day' && reference.date.start === reference.date.end && !reference.naming && d.start - reference.end <= CLOCK_REACH && !(d.clock.past && ahead)) {
      // (an entry's clock stamp is on its page's day: "2.05 pm: The mayor turns ...")
      const withDay = withClock(d, d.stampDay ?? dayNumberOf(reference.date.start), d.clock, d.stampDay === undefined ? 'earlier mention' : 'sentence');
      Object.assign(d, withDay, { how: d.stampDay === undefined ? { ...withDay.how, anchor: 'earlier mention', yearInferred: true, reference: { text: reference.text } } : { ...withDay.how, anchor: 'publication' } });
    }
    if (d.anaphor?.unit === 'quarter' && d.anaphor.year !== undefined) {
      // "up from $3 million in the 1988 quarter": the quarter reported on, in the year written; with none, the year stands
      const quarter = reference?.date.precision === 'quarter' ? reference : reference?.quarter;
      if (quarter) {
        Object.assign(d, countQuarters(`${d.anaphor.year}-Q${quarter.date.end.slice(6)}`, 0));
        d.how = { ...d.how, anchor: 'earlier mention', direction: null, yearInferred: false, reference: { text: quarter.text, comparison: d.anaphor.year < Number(quarter.date.end.slice(0, 4)) } };
      }
    } else if (d.anaphor?.unit === 'quarter') {
      // "the latest quarter", "the year-earlier period": the quarter the article is reporting on, else
      // the one the rule counted from publication (kept as it is)
      const shift = d.anaphor.shift;
      // "the latest quarter" is one already reported: never a quarter the article looks ahead to
      // ("a fourth-quarter charge" ahead, then "output slid in the latest quarter" in a November report)
      const reported = /\b(?:latest|most\s+recent)\b/i.test(text.slice(d.start, d.end)) && d.date !== null;
      const quarter = reference?.date.precision === 'quarter' ? reference : shift === 0 ? reference?.quarter : undefined;
      // nor does "the year-ago period" compare with a quarter still ahead ("losses through the third
      // quarter of next year" forecast, then "in the year-ago period, it earned"): its own count stands
      const ahead = shift < 0 && d.date !== null && quarter !== undefined && countQuarters(quarter.date.end, shift).value > countQuarters(d.value, 1).value;
      if (quarter && !ahead && !(reported && countQuarters(quarter.date.end, shift).value > d.value)) {
        Object.assign(d, countQuarters(quarter.date.end, shift));
        d.how = { ...d.how, anchor: 'earlier mention', direction: shift < 0 ? 'back' : null, yearInferred: true, reference: { text: quarter.text, comparison: shift !== 0 } };
      } else if (reference?.quarter && shift < 0) {
        // "year-earlier net income" after "for the nine months": the stretch compared, a year before
        Object.assign(d, countFrom(reference.date, 'year', Math.round(shift / 4)));
        d.how = { ...d.how, anchor: 'earlier mention', direction: 'back', yearInferred: true, reference: { text: reference.text, comparison: true } };
      }
    } else if (d.anaphor?.happening) {
      // "the evening of her death": the day the article dates that happening on, wherever it says so
      const told = happeningDate(drafts, d, text);
      const resolved = told && (told.date!.precision === 'month' ? withinMonth(told, d.anaphor) : countFromDay(told.date!, d.anaphor));
      if (resolved) {
        Object.assign(d, resolved);
        if (d.anaphor.approximate && d.date) d.date = { ...d.date, approximate: true };
        d.how = { ...d.how, anchor: 'earlier mention', direction: d.anaphor.shift < 0 ? 'back' : d.anaphor.shift > 0 ? 'forward' : null, yearInferred: true, reference: { text: text.slice(told!.start, told!.end) }, ...(d.anaphor.shift !== 0 || d.anaphor.approximate ? { countedFrom: d.anaphor.happening } : {}) };
        // "at 9.15 pm on the evening of her death": the clock waiting for its day gets this one
        const clock = drafts[drafts.indexOf(d) - 1];
        if (clock?.clock && !clock.date && d.date?.precision === 'day' && /^\s*(?:on\s+)?$/i.test(text.slice(clock.end, d.start))) {
          Object.assign(clock, withClock(clock, dayNumberOf(d.date.start), clock.clock, 'joined'));
        }
      } else {
        Object.assign(d, { value: 'XXXX-XX-XX', date: null });
        d.how = { ...d.how, anchor: 'none', unresolved: 'no earlier date' };
      }
    } else if (d.anaphor) {
      const { unit, shift } = d.anaphor;
      const blank = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' }[unit];
      // "a loss a year ago ... sales compared with $3 million a year earlier": a comparison's yardstick after
      // another year-back yardstick is the same year before, not a year before that
      const sameYardstick = unit === 'year' && shift === -1 && reference?.yearBack === true && comparedBefore(text, d.start);
      const counted = reference && (d.anaphor.weekday === undefined ? countFrom(reference.date, unit, sameYardstick ? 0 : shift) : weekdayFrom(reference.date, d.anaphor.weekday, shift));
      // "June of that year": the month named, in the year counted
      const month = counted && d.anaphor.month !== undefined ? explicitMonth(Number(counted.value.slice(0, 4)), d.anaphor.month) : null;
      const resolved = month ? { value: month.value, date: month.date } : counted;
      if (resolved) {
        Object.assign(d, resolved);
        if (d.anaphor.approximate && d.date) d.date = { ...d.date, approximate: true };
        d.how = { ...d.how, anchor: 'earlier mention', direction: shift < 0 ? 'back' : shift > 0 ? 'forward' : null, yearInferred: true, reference: { text: reference!.text } };
      } else if (d.anaphor.weekday === undefined) {
        Object.assign(d, { value: d.anaphor.month === undefined ? blank : `XXXX-${pad(d.anaphor.month, 2)}`, date: null });
        d.how = { ...d.how, anchor: 'none', unresolved: 'no earlier date' };
      }
    }
    if (!yardstick && d.date && !d.date.approximate && (d.type === 'DATE' || d.type === 'TIME') && !/_REF$/.test(d.value) && !closesPeriod(d, reference, text)) {
      reference = { date: d.date, text: text.slice(d.start, d.end), end: d.end, yearBack: isYearBack(d, text), naming: NAMING_DAY_BEFORE.test(text.slice(Math.max(0, d.start - 5), d.start)) && NAMING_DAY_AFTER.test(text.slice(d.end, d.end + 40)) };
    } else if (reference?.date.precision === 'quarter' && isStretchOfYear(d, text)) {
      // "For the nine months, net rose from $4 million a year earlier": a report moving on from the
      // quarter to a longer stretch of the year compares that stretch, so its year-ago is the year
      // before (TimeML values a comparison at the grain of the period compared), not the quarter
      const quarter: Mention = { date: reference.date, text: reference.text, end: reference.end };
      reference = { date: yearRange(Number(quarter.date.end.slice(0, 4))), text: text.slice(d.start, d.end), end: d.end, quarter };
    }
  }
}

/**
 * The nearest date, earlier first, that sits in a sentence telling the happening a day is named
 * after ("died on 3 May"), at day or month precision; null when the article dates it nowhere.
 */
function happeningDate(drafts: Draft[], d: Draft, text: string): Draft | null {
  const tells = ANCHOR_HAPPENINGS[d.anaphor!.happening!];
  const sentenceAround = (x: Draft) => {
    let from = x.start;
    while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
    let to = x.end;
    while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
    // the naming words ("the day before her arrest") do not tell the happening themselves
    return d.start >= from && d.end <= to ? text.slice(from, d.start) + text.slice(d.end, to) : text.slice(from, to);
  };
  // a place's happening is dated where its word sits beside the date ("the March 3 blast", "the quake on 12 May"), not
  // wherever a sentence with a date mentions it ("on 9 May the firm said the blast had cost it $2 million")
  const beside = (x: Draft) => text.slice(Math.max(0, x.start - 40), x.start) + text.slice(x.end, x.end + 12);
  const place = d.anaphor!.happening! in ANCHOR_EVENTS;
  const candidates = drafts.filter((x) => x !== d && !x.anaphor && x.date && !x.date.approximate && (x.date.precision === 'day' || x.date.precision === 'month' || x.date.precision === 'minute') && tells.test(place ? beside(x) : sentenceAround(x)));
  const before = candidates.filter((x) => x.end <= d.start).pop();
  const found = before ?? candidates.find((x) => x.start >= d.end) ?? null;
  if (!found || found.date!.precision !== 'minute') return found;
  return { ...found, date: dayRange(dayNumberOf(found.date!.start)) };
}

/**
 * A count from a happening the article dates only to its month: the day of it ("the day of her arrest") is that
 * month; a rough count of days ("days before his death", "about a week before he died") is that month too, roughly
 * (it may have reached back into the month before, which the text leaves open); a longer or exact count, nothing.
 */
function withinMonth(told: Draft, anaphor: NonNullable<Draft['anaphor']>): { value: string; date: DateRange } | null {
  const days = Math.abs(anaphor.shift) * (anaphor.unit === 'week' ? 7 : 1);
  return anaphor.shift === 0 || (anaphor.approximate && days <= 7) ? { value: told.value.slice(0, 7), date: told.date! } : null;
}

/** A count from a happening's day: an exact one gives the day (or the week, "a week after"), a rough one the week its day falls in. */
function countFromDay(day: DateRange, anaphor: NonNullable<Draft['anaphor']>): { value: string; date: DateRange } | null {
  const unit = anaphor.unit === 'week' ? 'week' : 'day';
  const counted = countFrom(day, unit, anaphor.shift);
  return counted && anaphor.approximate && unit === 'day' && anaphor.shift !== 0 ? countFrom(counted.date, 'week', 0) : counted;
}

/** "the previous Friday", "the following Monday": the nearest such weekday strictly before (shift < 0) or after a day. */
function weekdayFrom(ref: DateRange, weekday: number, shift: number): { value: string; date: DateRange } | null {
  if (ref.precision !== 'day' && ref.precision !== 'minute') return null;
  const day = weekdayBeside(weekday, dayNumberOf(ref.end), shift < 0 ? 'last' : 'next');
  return { value: dayIso(day), date: dayRange(day) };
}

function countFrom(ref: DateRange, unit: 'day' | 'week' | 'month' | 'year', shift: number): { value: string; date: DateRange } | null {
  const iso = ref.end;
  const year = Number(iso.slice(0, 4));
  const hasDay = ref.precision === 'day' || ref.precision === 'minute';
  // "a year earlier" than a quarter is that quarter of the year before
  if (unit === 'year' && ref.precision === 'quarter') {
    const q = Number(iso.slice(6));
    return { value: `${pad(year + shift, 4)}-Q${q}`, date: range(`${pad(year + shift, 4)}-Q${q}`, `${pad(year + shift, 4)}-Q${q}`, 'quarter') };
  }
  if (unit === 'year') return { value: pad(year + shift, 4), date: yearRange(year + shift) };
  if (unit === 'month') {
    if (!hasDay && ref.precision !== 'month') return null;
    const i = monthIndex(year, Number(iso.slice(5, 7))) + shift;
    return { value: monthIso(i), date: monthRange(i) };
  }
  if (!hasDay) return null;
  const n = dayNumberOf(iso);
  if (unit === 'week') {
    const monday = mondayOf(n) + shift * 7;
    return { value: weekIso(monday), date: range(weekIso(monday), weekIso(monday), 'week') };
  }
  return { value: dayIso(n + shift), date: dayRange(n + shift) };
}
