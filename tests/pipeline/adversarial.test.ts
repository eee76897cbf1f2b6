// Every stage on 50 KB adversarial strings: long runs of one character or word, the shapes that
// make a backtracking regular expression blow up. Exponential backtracking shows within a few dozen
// characters; 50 KB also makes a stage that is quadratic in its input do billions of steps (n² =
// 2.5e9) and run into the timeout, while the linear stages finish all 38 inputs in a few seconds
// (200 KB took twice the CPU time and caught nothing more). The tests check that each finishes and
// gives output of the right shape.
import { describe, expect, it } from 'vitest';
import { isPartialDate, validateEventList } from '../../src/core/schema';
import { findBody } from '../../src/pipeline/body';
import { draftEvents } from '../../src/pipeline/events';
import { mergeAcrossSources } from '../../src/pipeline/merge';
import { extractMetadata } from '../../src/pipeline/metadata';
import { articleIds, buildEventList } from '../../src/pipeline/pipeline';
import { splitSentences } from '../../src/pipeline/sentences';
import { findTimexes } from '../../src/pipeline/timex';

const SIZE = 50_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const CASES: { name: string; text: string }[] = [
  { name: 'one digit', text: repeat('1') },
  { name: 'a word and a space', text: repeat('a ') },
  { name: 'full stops', text: repeat('. ') },
  { name: 'abbreviated months', text: repeat('Jan. ') },
  { name: 'double dashes', text: repeat('--') },
  { name: 'pipes', text: repeat('|') },
  { name: 'pipes between letters', text: repeat('a|') },
  { name: 'open brackets', text: repeat('((((') },
  { name: 'doubled apostrophes', text: repeat("'' ") },
  { name: 'digits and slashes', text: repeat('1/') },
  { name: 'dotted digits', text: repeat('1.') },
  { name: 'capitalised words', text: repeat('The Big Red Council Of Harbour ') },
  { name: 'spaces then x', text: `${' '.repeat(SIZE)}x` },
  { name: 'commas then x', text: `${', '.repeat(SIZE / 2)}x` },
  { name: 'a date then separators', text: `On 5 May 2025 it rained${' ,'.repeat(SIZE / 2)}x` },
  { name: 'line feeds', text: repeat('\n') },
  { name: 'carriage returns', text: repeat('\r') },
  { name: 'short CRLF lines', text: repeat('a\r\n') },
  { name: 'year-dash', text: repeat('2024-') },
  { name: 'clock colons', text: repeat('12:') },
  { name: 'weekdays', text: repeat('Monday, ') },
  { name: 'months', text: repeat('March ') },
  { name: 'full dates back to back', text: repeat('5 March 2025 ') },
  { name: 'two dates alternating', text: repeat('1 May 2025 2 June 2024 ') },
  { name: 'dated sentences', text: repeat('He said on 1 May 2025 that on 2 June 2024 it rained. ') },
  { name: 'ISO-ish stems', text: repeat('2025-03-05T') },
  { name: 'numeric dates', text: repeat('3/5/2025 ') },
  { name: 'relative dates', text: repeat('two years ago ') },
  { name: 'ranges', text: repeat('from May to ') },
  { name: 'header-like lines', text: repeat('Updated: 14-02-2024 18:20 IST | ') },
  { name: 'bylines', text: repeat('By John Smith | ') },
  { name: 'short lines', text: repeat('Home\n') },
  { name: 'abbreviations', text: repeat('U.S. ') },
  { name: 'one long word', text: 'x'.repeat(SIZE) },
  { name: 'curly quotes', text: repeat('“a” ') },
  { name: 'no-break spaces', text: repeat('\u00a0a') },
  { name: 'emoji', text: repeat('😀 ') },
  { name: 'markup', text: repeat('<script>alert(1)</script> ') },
];

describe('every stage on adversarial input', () => {
  it.each(CASES)('finishes on $name with output of the right shape', ({ text }) => {
    const meta = extractMetadata(text, 'adversarial.txt');
    // A page without a date says why, in short one-line messages that never echo the input back.
    if (meta.published === null) expect(meta.warnings.length).toBeGreaterThan(0);
    for (const w of meta.warnings) expect(w.length <= 300 && !/[\r\n]/.test(w), w.slice(0, 400)).toBe(true);
    for (const h of meta.header) expect(0 <= h.start && h.start <= h.end && h.end <= text.length).toBe(true);

    const body = findBody(text, meta.header);
    for (const b of body) expect(0 <= b.start && b.start <= b.end && b.end <= text.length).toBe(true);

    const sentences = splitSentences(text, body);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.length).toBeLessThanOrEqual(1000);
    }

    const timexes = findTimexes(text, sentences, { published: meta.published, dayFirst: meta.dayFirst });
    for (const t of timexes) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      if (t.date) expect(isPartialDate(t.date.start, t.date.precision) && isPartialDate(t.date.end, t.date.precision)).toBe(true);
    }

    const drafts = draftEvents('adversarial', sentences, timexes);
    const events = mergeAcrossSources(drafts);
    for (const e of events) for (const s of e.sources) expect(text.slice(s.start, s.end)).toBe(s.quote);
  }, 10_000);

  it('builds a valid list from all of them at once (cut to 20 KB each)', () => {
    const sources = CASES.map(({ name, text }) => ({ file: `${name}.txt`, text: text.slice(-20_000), encoding: 'utf-8', warnings: [] }));
    const { eventList } = buildEventList(sources);
    expect(eventList.articles.map((a) => a.id)).toEqual([...articleIds(sources.map((s) => s.file)).values()]);
    expect(validateEventList(eventList).ok).toBe(true);
  }, 60_000);
});
