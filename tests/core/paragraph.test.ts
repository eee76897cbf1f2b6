import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../src/core/paragraph';

const text = 'Headline here\n\nThe council met on Monday. It voted to close the bridge on Tuesday. Work starts soon.\n\nA later paragraph.';
const quote = 'It voted to close the bridge on Tuesday.';
const start = text.indexOf(quote);

describe('the paragraph around a quote', () => {
  it('is the text between the blank lines around it, split at the quote', () => {
    expect(quoteInContext(text, quote, start, start + quote.length)).toEqual({
      before: 'The council met on Monday. ',
      quote,
      after: ' Work starts soon.',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it.each([
    { name: 'offsets that point elsewhere', start: start + 1, end: start + 1 + quote.length },
    { name: 'an end past the text', start, end: text.length + 5 },
    { name: 'a negative start', start: -1, end: quote.length },
    { name: 'reversed offsets', start: start + quote.length, end: start },
  ])('is null for $name: the saved text no longer holds the quote there', ({ start: s, end: e }) => {
    expect(quoteInContext(text, quote, s, e)).toBeNull();
  });

  it('works at the very start and end of the text', () => {
    const first = 'Headline here';
    expect(quoteInContext(text, first, 0, first.length)).toMatchObject({ before: '', after: '' });
    const last = 'A later paragraph.';
    expect(quoteInContext(text, last, text.length - last.length, text.length)).toMatchObject({ before: '', after: '' });
  });

  it('cuts a very long paragraph at whole words on each side and says so', () => {
    const long = `${'word '.repeat(400)}The quote is here.${' more'.repeat(400)}`;
    const q = 'The quote is here.';
    const at = long.indexOf(q);
    const context = quoteInContext(long, q, at, at + q.length, 50)!;
    expect(context.clippedBefore && context.clippedAfter).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(51);
    expect(context.before.startsWith('word')).toBe(true);
    expect(context.after.endsWith('more')).toBe(true);
  });

  it('a quote across a blank line keeps both paragraphs it joins', () => {
    const q = 'Work starts soon.\n\nA later';
    const at = text.indexOf(q);
    expect(quoteInContext(text, q, at, at + q.length)).toMatchObject({ before: expect.stringContaining('The council'), after: ' paragraph.' });
  });
});
