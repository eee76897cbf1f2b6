// The timeline scorer (tilse's date F1, align+ m:1 and concat ROUGE) on an example worked by hand.
import { describe, expect, it } from 'vitest';
import { rougeTokens } from '../../../src/eval/tls/rouge';
import { type Timeline, alignManyToOne, concatRouge, dateScores, rougeApproximation, scoreTimeline } from '../../../src/eval/tls/tilse';

// Reference: three days. System: one right day, one a day early, one a day late.
const reference: Timeline = new Map([
  ['2010-04-20', ['rig fire kills crew']], // ROUGE tokens: rig fire kill crew (4)
  ['2010-04-22', ['rig sinks']], //           rig sink (2)
  ['2010-07-15', ['cap seals leak']], //      cap seal leak (3)
]);
const system: Timeline = new Map([
  ['2010-04-20', ['rig fire']], //  rig fire (2)
  ['2010-04-21', ['rig sinks']], // rig sink (2)
  ['2010-07-16', ['cap seals']], // cap seal (2)
]);

describe('ROUGE tokens (ROUGE-1.5.5 with -m -s)', () => {
  it('lower-cases, splits at every non-alphanumeric, drops stop words and stems', () => {
    expect(rougeTokens('BP caps the leaking well.')).toEqual(['bp', 'cap', 'leak']);
    expect(rougeTokens('rig fire kills crew')).toEqual(['rig', 'fire', 'kill', 'crew']);
  });
});

describe('tilse measures on a hand-worked example', () => {
  it('date F1: one day of three in common on each side', () => {
    // P = 1/3, R = 1/3, F1 = 1/3
    const d = dateScores(system, reference);
    expect(d.precision).toBeCloseTo(1 / 3);
    expect(d.recall).toBeCloseTo(1 / 3);
    expect(d.f1).toBeCloseTo(1 / 3);
  });

  it('the approximate ROUGE-1 that prices the alignment', () => {
    // "rig fire" vs "rig fire kills crew": 2 in common, P 2/2, R 2/4 -> F 2/3
    expect(rougeApproximation(['rig fire'], [['rig fire kills crew']])).toBeCloseTo(2 / 3);
    // "rig sinks" vs "rig fire kills crew": 1 in common, P 1/2, R 1/4 -> F 1/3
    expect(rougeApproximation(['rig sinks'], [['rig fire kills crew']])).toBeCloseTo(1 / 3);
    // "cap seals" vs "cap seals leak": P 1, R 2/3 -> F 0.8
    expect(rougeApproximation(['cap seals'], [['cap seals leak']])).toBeCloseTo(0.8);
  });

  it('align+ m:1 ROUGE-1', () => {
    // cost = (1 - 1/(days apart + 1)) * (1 - approximate ROUGE-1 F1).
    // Precision side, each system day to its cheapest reference day:
    //   04-20 -> 04-20 (0 days apart: cost 0), weight 1, hits 2 of 2 system tokens
    //   04-21 -> 04-20 costs 1/2 * (1 - 1/3) = 1/3, -> 04-22 costs 1/2 * (1 - 1) = 0: 04-22, weight 1/2, hits 2 of 2
    //   07-16 -> 07-15 costs 1/2 * (1 - 0.8) = 0.1 (the April days cost ~0.99): weight 1/2, hits 2 of 2
    //   P = (1*2 + 1/2*2 + 1/2*2) / (2 + 2 + 2) = 4/6
    // Recall side, each reference day to its cheapest system day:
    //   04-20 -> 04-20, weight 1, hits 2 of 4 reference tokens
    //   04-22 -> 04-20 costs 2/3 * 1/2 = 1/3, -> 04-21 costs 1/2 * 0 = 0: 04-21, weight 1/2, hits 2 of 2
    //   07-15 -> 07-16, weight 1/2, hits 2 of 3
    //   R = (2 + 1 + 1) / (4 + 2 + 3) = 4/9
    // F1 = 2 * 4/6 * 4/9 / (4/6 + 4/9) = 8/15
    const a = alignManyToOne(system, reference, 1);
    expect(a.precisionSide.map((d) => [d.from, d.to, d.weight])).toEqual([
      ['2010-04-20', '2010-04-20', 1],
      ['2010-04-21', '2010-04-22', 0.5],
      ['2010-07-16', '2010-07-15', 0.5],
    ]);
    expect(a.recallSide.map((d) => [d.from, d.to])).toEqual([
      ['2010-04-20', '2010-04-20'],
      ['2010-04-22', '2010-04-21'],
      ['2010-07-15', '2010-07-16'],
    ]);
    expect(a.precision).toBeCloseTo(4 / 6);
    expect(a.recall).toBeCloseTo(4 / 9);
    expect(a.f1).toBeCloseTo(8 / 15);
  });

  it('align+ m:1 ROUGE-2', () => {
    // Bigrams: "rig fire" vs [rig fire, fire kill, kill crew]: 1 of 1, of 3; "rig sink" vs [rig sink]: 1 of 1, of 1;
    // "cap seal" vs [cap seal, seal leak]: 1 of 1, of 2.
    // P = (1 + 1/2 + 1/2) / 3 = 2/3; R = (1 + 1/2 + 1/2) / (3 + 1 + 2) = 1/3; F1 = 4/9
    const a = alignManyToOne(system, reference, 2);
    expect(a.precision).toBeCloseTo(2 / 3);
    expect(a.recall).toBeCloseTo(1 / 3);
    expect(a.f1).toBeCloseTo(4 / 9);
  });

  it('concat ROUGE: all sentences as one summary, n-grams across sentence ends', () => {
    // ROUGE-1: system rig fire rig sink cap seal (6), reference rig fire kill crew rig sink cap seal leak (9),
    // all 6 system tokens hit: P 1, R 6/9, F1 0.8.
    const c1 = concatRouge(system, reference, 1);
    expect(c1.precision).toBe(1);
    expect(c1.recall).toBeCloseTo(6 / 9);
    expect(c1.f1).toBeCloseTo(0.8);
    // ROUGE-2: system [rig fire, fire rig, rig sink, sink cap, cap seal] (5); reference
    // [rig fire, fire kill, kill crew, crew rig, rig sink, sink cap, cap seal, seal leak] (8); 4 hit.
    // P 4/5, R 4/8, F1 8/13
    const c2 = concatRouge(system, reference, 2);
    expect(c2.precision).toBeCloseTo(4 / 5);
    expect(c2.recall).toBeCloseTo(1 / 2);
    expect(c2.f1).toBeCloseTo(8 / 13);
  });

  it('many to one: two reference days may take the same system day', () => {
    // One system day: every reference day aligns to it, weighted by distance.
    // R: 04-20 -> 04-20 weight 1, hits 2 of 4; 04-22 -> 04-20 weight 1/3, "rig" hits 1 of 2; 07-15 -> 04-20 weight 1/87, 0 of 3.
    // recall = (2 + 1/3) / 9; precision: 04-20 -> 04-20, 2 of 2 = 1.
    const one: Timeline = new Map([['2010-04-20', ['rig fire']]]);
    const a = alignManyToOne(one, reference, 1);
    expect(a.recallSide.map((d) => d.to)).toEqual(['2010-04-20', '2010-04-20', '2010-04-20']);
    expect(a.precision).toBe(1);
    expect(a.recall).toBeCloseTo((2 + 1 / 3) / 9);
  });

  it('an empty system timeline scores zero', () => {
    const s = scoreTimeline(new Map(), reference);
    expect([s.date.f1, s.rouge1.f1, s.rouge2.f1, s.concat1.f1]).toEqual([0, 0, 0, 0]);
  });
});

// tilse's own unit test (tilse/test/evaluation/test_rouge.py): two reference timelines scored
// together, and the figures its authors assert for concat and align+ m:1 ROUGE-1.
describe("tilse's test_rouge.py example", () => {
  const groundTruth: Timeline[] = [
    new Map([
      ['2010-01-01', ['timeline summarization .']],
      ['2010-01-02', ['timeline summarization is awesome .', 'coreference resolution is , too .']],
      ['2010-01-04', ['alignments are really nice']],
    ]),
    new Map([['2010-01-02', ['metrics are complicated .']]]),
  ];
  const sameNumberOfDates: Timeline = new Map([
    ['2010-01-02', ['timeline summarization .']],
    ['2010-01-03', ['doing some metric checks .']],
    ['2010-01-05', ['checks for alignments .']],
  ]);
  const lessDates: Timeline = new Map([
    ['2010-01-02', ['timeline summarization .']],
    ['2010-01-03', ['doing some metric checks .']],
  ]);
  const moreDates: Timeline = new Map([...sameNumberOfDates, ['2010-01-06', ['asdf']]]);

  it.each([
    { name: 'same number of dates', system: sameNumberOfDates, p: 4 / 12, r: 4 / 11 },
    { name: 'fewer dates', system: lessDates, p: 3 / 8, r: 3 / 11 },
    { name: 'more dates', system: moreDates, p: 4 / 14, r: 4 / 11 },
  ])('concat, $name', ({ system, p, r }) => {
    const c = concatRouge(system, groundTruth, 1);
    expect(c.precision).toBeCloseTo(p);
    expect(c.recall).toBeCloseTo(r);
  });

  it.each([
    { name: 'same number of dates', system: sameNumberOfDates, p: 3 / 12, r: 3.5 / 11 },
    { name: 'fewer dates', system: lessDates, p: 2.5 / 8, r: 3 / 11 },
    { name: 'more dates', system: moreDates, p: 3 / 14, r: 3.5 / 11 },
  ])('align+ m:1, $name', ({ system, p, r }) => {
    const a = alignManyToOne(system, groundTruth, 1);
    expect(a.precision).toBeCloseTo(p);
    expect(a.recall).toBeCloseTo(r);
  });
});
