// Merging at story scale: one happening told many ways by many articles is one event; two
// happenings of one day stay apart; and the work (pairs compared) grows near-linearly with the
// collection, counted by the merge itself rather than timed.
import { describe, expect, it } from 'vitest';
import { eventDate } from '../../src/core/dates';
import { mergeAcrossSources, type MergeStats } from '../../src/pipeline/merge';
import { eventTitle } from '../../src/pipeline/title';
import { tokenize } from '../../src/pipeline/language/tokens';
import type { DraftEvent, Sentence, Timex } from '../../src/pipeline/types';

/** A draft from one sentence at `offset` in `article`, dated to `day` by `phrase`. */
function draft(article: string, offset: number, text: string, phrase: string, day: string): DraftEvent {
  const at = text.indexOf(phrase);
  const sentence: Sentence = { text, start: offset, end: offset + text.length, tokens: tokenize(text) };
  const date = { start: day, end: day, precision: 'day' as const, approximate: false };
  const timex: Timex = { text: phrase, start: offset + at, end: offset + at + phrase.length, type: 'DATE', value: day, date, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
  return { article, title: eventTitle(sentence, timex), date: eventDate(day, day, 'day'), sentence, timex };
}

/** A deterministic pseudo-random stream (Park-Miller), so the synthetic story is the same every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const article = (i: number) => `art-${String(i).padStart(5, '0')}`;

describe('merging a whole story', () => {
  // Forty reporters, each with their own wording of the same two happenings of one Wednesday.
  const openings = ['Officials said', 'Witnesses reported that', 'According to the agency,', 'The ministry confirmed that', 'Police said', 'A spokesperson said'];
  const deal = [
    ['port authority', 'signed', 'wage agreement', 'dockworkers union'],
    ['harbour authority', 'finally signed', 'new wage agreement', 'striking dockworkers'],
    ['port authority', 'agreed', 'wage settlement', 'dockworkers union'],
  ];
  const ruling = [
    ['federal judge', 'blocked', 'tariff rules', 'trade agency'],
    ['federal court', 'struck down', 'new tariff rules', 'trade agency'],
    ['judge', 'halted', 'tariff rules', 'trade agency overreach'],
  ];
  const drafts: DraftEvent[] = [];
  for (let i = 0; i < 40; i++) {
    const [who, did, what, whom] = deal[i % deal.length];
    const a = `${openings[i % openings.length]} the ${who} ${did} the ${what} with the ${whom} on Wednesday after months of talks.`;
    const [judge, verb, rules, agency] = ruling[(i * 7) % ruling.length];
    const b = `In a separate case, a ${judge} ${verb} the ${rules} on Wednesday, saying the ${agency} had gone too far.`;
    drafts.push(draft(article(i), 100, a, 'Wednesday', '2025-03-05'), draft(article(i), 400, b, 'Wednesday', '2025-03-05'));
  }

  it('makes one event of a happening forty articles tell in their own words, and keeps the other happening of that day apart', () => {
    const events = mergeAcrossSources(drafts);
    expect(events.map((e) => e.sources.length).sort((x, y) => y - x)).toEqual([40, 40]);
    for (const e of events) {
      const starts = new Set(e.sources.map((s) => s.start));
      expect(starts.size).toBe(1); // each event holds only one of the two happenings
    }
  });

  /** `articles` articles over a year-long story, each telling 5 of the story's happenings in its own words. */
  function story(articles: number): DraftEvent[] {
    const next = random(articles);
    const happenings = Math.max(20, Math.round(articles / 8));
    const vocabulary = Array.from({ length: 4000 }, (_, i) => `word${i.toString(36)}`);
    const out: DraftEvent[] = [];
    for (let a = 0; a < articles; a++) {
      for (let k = 0; k < 5; k++) {
        const h = Math.floor(next() * happenings);
        // A happening has its own eight telling words; a teller uses six of them and adds two of their own.
        const own = Array.from({ length: 8 }, (_, w) => vocabulary[(h * 8 + w) % vocabulary.length]).filter(() => next() < 0.75);
        const extra = [vocabulary[Math.floor(next() * vocabulary.length)], vocabulary[Math.floor(next() * vocabulary.length)]];
        const day = new Date(Date.UTC(2024, 0, 1) + (h % 365) * 86_400_000).toISOString().slice(0, 10);
        const text = `The ${own.join(' ')} ${extra.join(' ')} happened on Monday.`;
        out.push(draft(article(a), 100 + k * 200, text, 'Monday', day));
      }
    }
    return out;
  }

  it('compares a bounded number of pairs per draft, so the work grows near-linearly with the collection', () => {
    const counted = [400, 1600].map((n) => {
      const stats: MergeStats = { comparisons: 0 };
      const drafts = story(n);
      const events = mergeAcrossSources(drafts, stats);
      // Synthetic tellings of one happening share most of their words: most must merge.
      expect(events.length).toBeLessThan(drafts.length / 2);
      return { drafts: drafts.length, comparisons: stats.comparisons };
    });
    for (const c of counted) expect(c.comparisons).toBeLessThan(100 * c.drafts);
    // Four times the drafts: a quadratic merge would compare about sixteen times the pairs.
    expect(counted[1].comparisons / counted[0].comparisons).toBeLessThan(6);
    expect(counted[1].comparisons).toBeGreaterThan(0);
  }, 60_000);

  it('compares a long article with itself near-linearly: one date told 2,000 times in one article', () => {
    const stats: MergeStats = { comparisons: 0 };
    const long = Array.from({ length: 2000 }, (_, i) => draft('long', i * 100, `Item ${i} was logged on Monday by clerk number ${i}.`, 'Monday', '2025-03-03'));
    mergeAcrossSources(long, stats);
    expect(stats.comparisons).toBeLessThan(60 * long.length);
  }, 60_000);
});
