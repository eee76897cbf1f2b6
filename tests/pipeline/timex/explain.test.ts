// The reader's explanation is rendered from the structured resolution record by one function, and
// no later step reads the prose back (issue 10: "no re-entry, no prose parsing").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/pipeline/timex';
import { explain } from '../../../src/pipeline/timex/explain';
import type { PublicationDate, Resolution, Timex } from '../../../src/pipeline/types';

function published(iso: string, offsetMinutes: number | null = null): PublicationDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day, hour: null, minute: null, offsetMinutes, timeZone: null, offsetSource: offsetMinutes === null ? null : 'text', text: iso, start: 0, end: 0 };
}

function found(sentence: string, needle: string, pub: string | null = '2025-03-06', offset: number | null = null): Timex {
  const all = findTimexes(sentence, [{ start: 0, end: sentence.length, text: sentence }], { published: pub ? published(pub, offset) : null, dayFirst: null });
  const t = all.find((x) => x.text.includes(needle));
  if (!t) throw new Error(`no expression with "${needle}" in "${sentence}"`);
  return t;
}

const base: Resolution = { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null };
const day = { start: '2025-03-05', end: '2025-03-05', precision: 'day', approximate: false } as const;
const t = (resolution: Partial<Resolution>, over: Partial<Timex> = {}) => ({ text: 'Wednesday', type: 'DATE' as const, value: '2025-03-05', date: day, resolution: { ...base, ...resolution }, ...over });

describe('explain renders every kind of resolution from its record', () => {
  it.each([
    { kind: 'as written', timex: t({}, { text: '5 March 2025' }), says: "'5 March 2025' (as written)" },
    { kind: 'publication date', timex: t({ rule: 'publication date' }, { text: 'March 5, 2025' }), says: "'March 5, 2025' (the article's publication date)" },
    { kind: 'past tense', timex: t({ anchor: 'publication', publication: '2025-03-06', tense: 'past', pickedBy: 'tense', direction: 'back' }), says: "'Wednesday' (past tense: the occurrence on or before publication, 6 March 2025)" },
    { kind: 'future tense', timex: t({ anchor: 'publication', publication: '2025-03-06', tense: 'future', pickedBy: 'tense', direction: 'forward' }), says: "'Wednesday' (future tense: the next occurrence on or after publication, 6 March 2025)" },
    { kind: 'nearest, no tense', timex: t({ anchor: 'publication', publication: '2025-03-06', pickedBy: 'nearest' }), says: "'Wednesday' (no tense: the occurrence nearest to publication, 6 March 2025)" },
    { kind: 'nearest over the tense', timex: t({ anchor: 'publication', publication: '2025-01-05', tense: 'past', pickedBy: 'nearest' }, { text: 'Feb. 9' }), says: "'Feb. 9' (the occurrence nearest to publication, 5 January 2025: the past tense would put it a year away)" },
    { kind: 'weekday beside the day', timex: t({ anchor: 'publication', pickedBy: 'weekday' }, { text: 'Saturday, Sept. 13' }), says: "'Saturday, Sept. 13' (the year in which that day falls on the weekday written beside it)" },
    { kind: 'written date beside the weekday', timex: t({ anchor: 'text', pickedBy: 'written date' }, { text: 'Sunday' }), says: "'Sunday' (the day the date written beside it gives)" },
    { kind: 'by its own words', timex: t({ anchor: 'publication', publication: '2025-03-06', pickedBy: 'word', direction: 'back' }, { text: 'last month' }), says: "'last month' in an article published 6 March 2025" },
    { kind: 'earlier mention', timex: t({ anchor: 'earlier mention', reference: { text: 'Sunday' } }, { text: 'the next day' }), says: "'the next day' (counted from 'Sunday', the date mentioned before it)" },
    { kind: 'comparison', timex: t({ anchor: 'earlier mention', reference: { text: 'the third quarter', comparison: true } }, { text: 'a year ago' }), says: "'a year ago' (the same period a year before 'the third quarter', the period compared)" },
    { kind: 'other article', timex: t({ anchor: 'other article', reference: { text: 'June 12, 2019', article: 'a.txt', shared: ['Bay', 'Festival'] } }, { text: 'June 12' }), says: "'June 12' takes its year from 'June 12, 2019' in a.txt (its sentence shares: Bay, Festival)" },
    { kind: 'range', timex: t({ rule: 'range', range: { from: '2010', to: 'January 2014' } }, { text: '2010 until January 2014' }), says: "'2010 until January 2014' (a range from '2010' to 'January 2014')" },
    { kind: 'duration', timex: t({}, { text: 'two weeks', type: 'DURATION', value: 'P2W', date: null }), says: "'two weeks' (a stretch of time)" },
    { kind: 'set', timex: t({}, { text: 'every Monday', type: 'SET', value: 'XXXX-WXX-1', date: null }), says: "'every Monday' (a repeating time)" },
    { kind: 'present', timex: t({ anchor: 'publication' }, { text: 'now', value: 'PRESENT_REF', date: null }), says: "'now' (the time of publication)" },
    { kind: 'past reference', timex: t({ anchor: 'publication' }, { text: 'recently', value: 'PAST_REF', date: null }), says: "'recently' (some time before publication)" },
    { kind: 'future reference', timex: t({ anchor: 'publication' }, { text: 'the future', value: 'FUTURE_REF', date: null }), says: "'the future' (some time after publication)" },
    { kind: 'no publication date', timex: t({ anchor: 'none', unresolved: 'no publication date' }, { date: null }), says: "'Wednesday': no publication date to resolve against" },
    { kind: 'no earlier date', timex: t({ anchor: 'none', unresolved: 'no earlier date' }, { text: 'the next day', date: null }), says: "'the next day': no earlier date in the article to count from" },
    { kind: 'not a calendar day', timex: t({ anchor: 'none', unresolved: 'not a calendar day' }, { text: 'Feb. 30', date: null }), says: "'Feb. 30': not a calendar day" },
    { kind: 'ambiguous day order', timex: t({ anchor: 'none', unresolved: 'ambiguous day order' }, { text: '03/04', date: null }), says: "'03/04': the day and the month could be read either way" },
    { kind: 'clock converted', timex: t({ clock: { zone: 'npt', offset: '+05:45', day: 'joined' } }, { text: '4:30 am on Saturday' }), says: "'4:30 am on Saturday' (as written); converted to UTC from NPT (UTC+05:45)" },
    { kind: "clock in the article's zone", timex: t({ clock: { zone: null, offset: '+05:30', day: 'sentence' } }, { text: '6 a.m.' }), says: "'6 a.m.' (as written), on the day the sentence names; converted to UTC from the article's zone (UTC+05:30)" },
    { kind: 'clock, zone unknown', timex: t({ clock: { zone: null, offset: null, day: 'joined' } }, { text: '9 p.m. on Friday' }), says: "'9 p.m. on Friday' (as written); time zone unknown: local wall-clock time" },
    { kind: 'clock with no day', timex: t({ clock: { zone: null, offset: null, day: 'none' } }, { text: '9 a.m.', type: 'TIME', date: null }), says: "'9 a.m.' (a clock time with no day in its sentence)" },
  ] as const)('$kind', ({ timex, says }) => {
    expect(explain(timex as Timex)).toBe(says);
  });
});

describe('the resolver records, explain renders', () => {
  it.each([
    ['The minister said Wednesday that talks had stalled.', 'Wednesday', { anchor: 'publication', publication: '2025-03-06', tense: 'past', pickedBy: 'tense', direction: 'back' }],
    ['The ceasefire began on Sunday and the next day fighting resumed.', 'next day', { anchor: 'earlier mention', reference: { text: 'Sunday' }, direction: 'forward' }],
    ['He worked there from 2010 until January 2014.', '2010', { rule: 'range', range: { from: '2010', to: 'January 2014' } }],
    ['The race was held on Sunday (July 18) in the rain.', 'Sunday', { pickedBy: 'written date' }],
    ['The sirens sounded at 6 a.m. on Wednesday.', 'Wednesday', { clock: { zone: null, offset: '+05:30', day: 'joined' } }],
  ] as const)('"%s"', (sentence, needle, record) => {
    const x = sentence.includes('Sunday (July 18)') ? found(sentence, needle, '2021-07-25') : found(sentence, needle, '2025-03-06', sentence.includes('sirens') ? 330 : null);
    expect(x.resolution).toMatchObject(record);
    // the explanation is exactly the rendering of the record
    expect(x.explanation).toBe(explain(x));
  });
});

describe('no later step reads the explanation', () => {
  const root = join(import.meta.dirname, '../../../src');
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
  it('only explain.ts writes it and nothing reads `.explanation` back', () => {
    const readers = files(root).filter((f) => /\.explanation\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(readers).toEqual([]);
    const writers = files(root).filter((f) => /\bexplanation:(?!\s*(?:explain\(|string;))/.test(readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))).map((f) => relative(root, f));
    expect(writers).toEqual([]);
  });
});
