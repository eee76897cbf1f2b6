// Property tests for date normalisation and the pipeline as a whole: random text, plain or built
// from date-like pieces, never makes a stage throw; every date produced is valid for its precision;
// every expression and quote is exactly its slice of the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartialDate, validateEventList } from '../../src/core/schema';
import { buildEventList } from '../../src/pipeline/pipeline';
import { splitSentences } from '../../src/pipeline/sentences';
import { findTimexes } from '../../src/pipeline/timex';
import type { PublicationDate } from '../../src/pipeline/types';

/** Words and marks that date expressions are made of, so random text hits the recognisers often. */
const PIECES = [
  '5', '29', '31', '1st', '2nd', '13', '0', '00', '2024', '2025', '1999', '0050', '9999', '1000', '2100', '24', '99', '1990s', "'90s",
  'March', 'Feb', 'Feb.', 'Sept.', 'May', 'may', 'June', 'December', 'Monday', 'Tue', 'Sunday', 'weekend',
  'last', 'next', 'this', 'that', 'early', 'mid', 'late', 'ago', 'since', 'until', 'from', 'to', 'between', 'and', 'through',
  'day', 'days', 'week', 'weeks', 'month', 'year', 'years', 'decade', 'quarter', 'Q3', 'Q5', 'W53', 'W00', 'fiscal', 'FY24', 'FY',
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'recently', 'noon', 'midnight', 'a.m.', 'pm', 'GMT', 'IST', 'EDT',
  'Christmas', 'Easter', 'summer', 'winter', 'spring', 'two', 'three', 'a few', 'several', 'the', 'of', 'on', 'in', 'at', 'by',
  'said', 'will', 'would', 'was', 'is', 'has been', 'reopened', 'The council', 'Officials',
  '-', '–', '/', '.', ',', ':', ';', '(', ')', "'", '"', '“', '”', 'T', 'Z', '+05:30', '2024-02-29', '2023-02-29', '2025-13-01',
  '12/31/2024', '31/12/2024', '1/2/3', '14-02-2024', '18:20', '25:61', '11:59', '2024-W53', '2020-W53',
];
const SEPARATORS = [' ', ' ', ' ', '', ', ', '. ', '\n', '\r\n', '\n\n', '\t', '\u00a0'];

const datey = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const anyText = fc.oneof(datey, datey, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

const publication: fc.Arbitrary<PublicationDate | null> = fc.option(
  fc.record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.option(fc.integer({ min: 0, max: 23 })),
    minute: fc.option(fc.integer({ min: 0, max: 59 })),
    offsetMinutes: fc.option(fc.integer({ min: -720, max: 840 })),
  }).map((p) => ({
    ...p,
    minute: p.hour === null ? null : (p.minute ?? 0),
    timeZone: null,
    offsetSource: p.offsetMinutes === null ? null : ('text' as const),
    text: '',
    start: 0,
    end: 0,
  })),
);

describe('findTimexes on random text', () => {
  it('never throws; each expression is its slice, and each date is valid for its precision', () => {
    fc.assert(
      fc.property(anyText, publication, fc.option(fc.boolean()), (text, published, dayFirst) => {
        const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
        for (const t of findTimexes(text, sentences, { published, dayFirst })) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(typeof t.value).toBe('string');
          if (t.date) {
            expect(isPartialDate(t.date.start, t.date.precision)).toBe(true);
            expect(isPartialDate(t.date.end, t.date.precision)).toBe(true);
            expect(t.date.start <= t.date.end).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('buildEventList on random articles', () => {
  it('never throws and always writes a list the page accepts, with every quote its slice', () => {
    const article = fc.tuple(fc.constantFrom('', 'Published: 2024-03-06\n\n', 'Headline here\n\nUpdated: 06/03/2024 11:36 IST\n\n'), anyText, anyText);
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (parts) => {
        const sources = parts.map(([head, a, b], i) => ({ file: `${i}.txt`, text: `${head}${a}\n\n${b}`, encoding: 'utf-8', warnings: [] }));
        const { eventList } = buildEventList(sources);
        expect(validateEventList(eventList).ok).toBe(true);
        const textOf = new Map(eventList.articles.map((a) => [a.id, sources.find((s) => s.file === a.file)!.text]));
        for (const s of eventList.events.flatMap((e) => e.sources)) {
          expect(textOf.get(s.article)!.slice(s.start, s.end)).toBe(s.quote);
          expect(textOf.get(s.article)!.slice(s.timex.start, s.timex.end)).toBe(s.timex.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not throw on a subject phrase that opens with a bracket (a case the random run found)', () => {
    const text = 'June several\r\n( weeks Monday \n\nhas been. may\n\n12/31/2024 ';
    const { eventList } = buildEventList([{ file: '0.txt', text, encoding: 'utf-8', warnings: [] }]);
    expect(validateEventList(eventList).ok).toBe(true);
  });
});

describe('cases property runs have found', () => {
  it.each(['FY 0050 ', 'in FY0999 the board met', 'fiscal 0050'])('%j gets no date the format cannot hold', (text) => {
    const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
    for (const t of findTimexes(text, sentences, { published: null, dayFirst: null })) {
      if (t.date) expect(isPartialDate(t.date.start, t.date.precision)).toBe(true);
    }
  });
});
