import { describe, expect, it } from 'vitest';
import { countLabel, dateReading, publishedLabel, splitQuote, storyTitle, tickLabel } from '../../src/core/format';

const utc = (y: number, m: number, d = 1, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('tickLabel', () => {
  it.each([
    { name: 'a year', t: utc(2025, 1), expected: '2025' },
    { name: 'a month', t: utc(2025, 3), expected: 'Mar' },
    { name: 'a day', t: utc(2025, 3, 5), expected: '5 Mar' },
    { name: 'an hour', t: utc(2025, 3, 5, 14), expected: '14:00' },
    { name: 'midnight on the first of the year is the year', t: utc(2024, 1, 1, 0, 0), expected: '2024' },
  ])('$name', ({ t, expected }) => expect(tickLabel(t)).toBe(expected));
});

describe('publishedLabel and dateReading', () => {
  it.each([
    { name: 'with zone', published: '2025-03-06T01:54+05:30', expected: '6 March 2025' },
    { name: 'date only', published: '2024-11-21', expected: '21 November 2024' },
    { name: 'none', published: null, expected: null },
  ])('publishedLabel $name', ({ published, expected }) => expect(publishedLabel(published)).toBe(expected));

  it.each([
    { name: 'relative words', text: 'last month', published: '2025-03-06', expected: '“last month” in an article published 6 March 2025' },
    { name: 'no publication date', text: 'in June', published: null, expected: '“in June” in an article with no publication date' },
  ])('$name', ({ text, published, expected }) => {
    expect(dateReading({ timex: { text, start: 0, end: text.length, value: 'X' } }, { published })).toBe(expected);
  });
});

describe('splitQuote', () => {
  const quote = 'The council met on Tuesday to vote.';
  it.each([
    { name: 'by offsets', start: 100, timex: { text: 'on Tuesday', start: 116, end: 126 }, expected: { before: 'The council met ', marked: 'on Tuesday', after: ' to vote.' } },
    { name: 'by search when offsets are off', start: 100, timex: { text: 'Tuesday', start: 5, end: 12 }, expected: { before: 'The council met on ', marked: 'Tuesday', after: ' to vote.' } },
    { name: 'nothing marked when the words are absent', start: 0, timex: { text: 'Friday', start: 0, end: 6 }, expected: { before: quote, marked: '', after: '' } },
  ])('$name', ({ start, timex, expected }) => {
    expect(splitQuote({ quote, start, timex: { ...timex, value: 'X' } })).toEqual(expected);
  });

  it('keeps markup-like text as plain text', () => {
    const parts = splitQuote({ quote: '<b>on Monday</b>', start: 0, timex: { text: 'on Monday', start: 3, end: 12, value: 'X' } });
    expect(parts).toEqual({ before: '<b>', marked: 'on Monday', after: '</b>' });
  });
});

describe('storyTitle and countLabel', () => {
  it.each([
    { name: 'most common title', titles: ['A', 'B', 'B'], expected: 'B' },
    { name: 'first on a tie', titles: ['A', 'B'], expected: 'A' },
    { name: 'no titles', titles: [null, '  '], expected: 'Timeline' },
  ])('$name', ({ titles, expected }) => {
    expect(storyTitle(titles.map((title) => ({ title })))).toBe(expected);
  });

  it.each([
    { n: 1, expected: '1 event' },
    { n: 0, expected: '0 events' },
    { n: 10000, expected: '10,000 events' },
    { n: 999, expected: '999 events' },
    { n: 1234567, expected: '1,234,567 events' },
  ])('$n', ({ n, expected }) => expect(countLabel(n, 'event')).toBe(expected));
});
