// Property tests for partial-date maths: for any date the format accepts, at any precision, the
// instant range is non-empty and round-trips, and labels never fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, dateLabel, datesOverlap, dateSpan, eventDate, instantRange, partialFromInstant } from '../../src/core/dates';
import { isPartialDate, PRECISIONS, type Precision } from '../../src/core/schema';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Any string the format accepts at `precision`, built field by field (so week 53 and 29 February come up). */
function partial(precision: Precision): fc.Arbitrary<string> {
  const year = fc.integer({ min: 1000, max: 9999 }).map((y) => pad(y, 4));
  const month = fc.integer({ min: 1, max: 12 }).map((m) => pad(m));
  const day = fc.integer({ min: 1, max: 31 }).map((d) => pad(d));
  const shapes: Record<Precision, fc.Arbitrary<string>> = {
    year,
    quarter: fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    month: fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
    week: fc.tuple(year, fc.integer({ min: 1, max: 53 })).map(([y, w]) => `${y}-W${pad(w)}`),
    day: fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
    minute: fc.tuple(year, month, day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([y, m, d, h, mi]) => `${y}-${m}-${d}T${pad(h)}:${pad(mi)}`),
  };
  return shapes[precision].filter((v) => isPartialDate(v, precision));
}

const anyPartial = fc.constantFrom(...PRECISIONS).chain((precision) => partial(precision).map((value) => ({ value, precision })));

describe('partial dates, for any valid value at any precision', () => {
  it('cover a non-empty instant range that maps back to the same value at both ends', () => {
    fc.assert(
      fc.property(anyPartial, ({ value, precision }) => {
        const [from, to] = instantRange(value, precision);
        expect(Number.isFinite(from) && Number.isFinite(to)).toBe(true);
        expect(from).toBeLessThan(to);
        expect(partialFromInstant(from, precision)).toBe(value);
        expect(partialFromInstant(to - 1, precision)).toBe(value);
        expect(partialFromInstant(to, precision)).not.toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('have a label, and a range of two has one that never throws', () => {
    fc.assert(
      fc.property(anyPartial, fc.boolean(), ({ value, precision }, approximate) => {
        const label = dateLabel({ start: value, end: value, precision, approximate });
        expect(label).not.toMatch(/undefined|NaN/);
        expect(label.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...PRECISIONS).chain((p) => fc.tuple(fc.constant(p), partial(p), partial(p))), ([precision, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const date = eventDate(start, end, precision, false);
        expect(date.label).not.toMatch(/undefined|NaN/);
        const [from, to] = dateSpan(date);
        expect(from).toBeLessThan(to);
        expect(datesOverlap(date, date)).toBe(true);
        expect(compareDates(date, date)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('cut any instant in the years 1000-9999 to a value the format accepts', () => {
    const min = Date.UTC(1000, 0, 7);
    const max = Date.UTC(9999, 11, 28);
    fc.assert(
      fc.property(fc.integer({ min, max }), fc.constantFrom(...PRECISIONS), (t, precision) => {
        const value = partialFromInstant(t, precision);
        expect(isPartialDate(value, precision)).toBe(true);
        const [from, to] = instantRange(value, precision);
        expect(from <= t && t < to).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isPartialDate, on any string', () => {
  it('never throws and accepts only strings of the right shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?\d{1,5}(-(Q\d|W\d\d|\d\d)(-\d\d(T\d\d:\d\d)?)?)?$/)), fc.constantFrom(...PRECISIONS), (value, precision) => {
        if (isPartialDate(value, precision)) {
          const [from, to] = instantRange(value, precision);
          expect(from).toBeLessThan(to);
          expect(partialFromInstant(from, precision)).toBe(value);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
