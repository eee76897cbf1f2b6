// The one table of date words: month and weekday names come from core/dates, and every pattern and
// number the stages use is built from them.
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES as CORE_MONTHS } from '../../src/core/dates';
import { CALENDAR_WORDS, MONTH, MONTH_NAMES, WEEKDAY, isOrdinalWord, monthNumber, ordinal, quantity, weekdayNumber } from '../../src/pipeline/lexicon';

describe('the date lexicon', () => {
  it('shares its month names with the page', () => {
    expect(MONTH_NAMES).toBe(CORE_MONTHS);
  });

  it.each([
    ['January', 1], ['Jan.', 1], ['Sept.', 9], ['Sep', 9], ['September', 9], ['May', 5], ['Dec', 12],
  ])('reads "%s" as month %i, whole', (word, n) => {
    expect(new RegExp(`^${MONTH}$`).test(word)).toBe(true);
    expect(monthNumber(word)).toBe(n);
  });

  it.each(['Janet', 'Marchers', 'Mayor', 'Decent'])('does not read "%s" as a month', (word) => {
    expect(new RegExp(`^${MONTH}`).test(word)).toBe(false);
  });

  it('numbers weekdays Monday first and lists every calendar word once', () => {
    expect(new RegExp(`^${WEEKDAY}$`).test('Thursday')).toBe(true);
    expect(weekdayNumber('Thursday')).toBe(3);
    expect(new Set(CALENDAR_WORDS).size).toBe(CALENDAR_WORDS.length);
    expect(CALENDAR_WORDS).toEqual(expect.arrayContaining(['sept', 'sep', 'jan', 'sunday', 'may']));
  });

  it('reads number and ordinal words, and no word an object inherits', () => {
    expect(quantity('twenty-one')).toBe(21);
    expect(ordinal('third')).toBe(3);
    expect(isOrdinalWord('final')).toBe(true);
    for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(quantity(word)).toBeNull();
      expect(ordinal(word)).toBeNull();
      expect(isOrdinalWord(word)).toBe(false);
    }
    expect(quantity('twenty-constructor')).toBeNull();
  });
});
