// A run past MAX_SENTENCE with no sentence end is cut into pieces; a cut never falls inside a
// grapheme, so no quote starts with a stray combining mark or half an emoji (issue 11, finding 16).
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/pipeline/sentences';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** The offsets in `text` where a grapheme starts, and its end. */
const boundaries = (text: string) => new Set([...[...graphemes.segment(text)].map((s) => s.index), text.length]);

describe('cutting an overlong run', () => {
  it.each([
    { name: 'letters with a combining accent, the cut falling on an accent', text: `x${'e\u0301'.repeat(900)}` },
    { name: 'letters with two marks each', text: `xy${'a\u0308\u0301'.repeat(600)}` },
    { name: 'family emoji (ZWJ sequences)', text: `x${'a👩‍👩‍👧‍👦'.repeat(200)}` },
    { name: 'flags (regional indicator pairs)', text: `x${'a🇳🇿'.repeat(450)}` },
  ])('$name', ({ text }) => {
    expect(text.length).toBeGreaterThan(MAX_SENTENCE);
    const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
    const cuts = boundaries(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text).toBe(text.slice(s.start, s.end));
      expect(cuts.has(s.start), `a piece starts inside a grapheme at ${s.start}`).toBe(true);
      expect(cuts.has(s.end), `a piece ends inside a grapheme at ${s.end}`).toBe(true);
      expect(s.text).not.toMatch(/^\p{M}/u);
    }
  });

  it('still cuts a single grapheme longer than the limit', () => {
    const text = `a${'\u0301'.repeat(MAX_SENTENCE + 500)}`;
    const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE)).toBe(true);
  });
});
