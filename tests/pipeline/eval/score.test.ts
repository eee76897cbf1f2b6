// The TempEval-3 scorer on a hand-checked example: every figure below was worked out by hand.
import { describe, expect, it } from 'vitest';
import { type Span, align, count, measures, ofTypes, prf } from '../../../src/eval/score';

const span = (start: number, end: number, type: Span['type'], value: string): Span => ({ start, end, text: `${start}-${end}`, type, value });

// gold: four expressions; system: an exact hit, a partial hit with the wrong value, a spurious one,
// and an exact hit typed DATE where gold says TIME; the DURATION is missed.
const gold = [span(0, 10, 'DATE', '2024-01-01'), span(20, 30, 'DATE', '2024-02'), span(40, 45, 'DURATION', 'P1D'), span(60, 70, 'TIME', '2024-01-01T10:00')];
const system = [span(0, 10, 'DATE', '2024-01-01'), span(22, 30, 'DATE', '2024-03'), span(50, 55, 'DATE', '2024'), span(60, 70, 'DATE', '2024-01-01t10:00')];

describe('TempEval-3 measures', () => {
  it('pairs, misses and spurious spans', () => {
    const a = align(gold, system);
    expect(a.pairs.map((p) => [p.gold.start, p.system.start])).toEqual([[0, 0], [20, 22], [60, 60]]);
    expect(a.missed.map((s) => s.start)).toEqual([40]);
    expect(a.spurious.map((s) => s.start)).toEqual([50]);
  });

  it('over all types', () => {
    const m = measures(count(gold, system));
    expect(m.counts).toEqual({ gold: 4, system: 4, strict: 2, relaxed: 3, value: 2, type: 2 });
    expect(m.strict).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(m.relaxed).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(m.valueAccuracy).toBeCloseTo(2 / 3);
    expect(m.value).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(m.typeAccuracy).toBeCloseTo(2 / 3);
  });

  it('over DATE and TIME, each side filtered by its own type', () => {
    const m = measures(count(ofTypes(gold, ['DATE', 'TIME']), ofTypes(system, ['DATE', 'TIME'])));
    expect(m.counts).toEqual({ gold: 3, system: 4, strict: 2, relaxed: 3, value: 2, type: 2 });
    expect(m.relaxed.precision).toBe(0.75);
    expect(m.relaxed.recall).toBe(1);
    expect(m.relaxed.f1).toBeCloseTo(6 / 7);
    expect(m.strict.f1).toBeCloseTo(4 / 7);
    expect(m.value.f1).toBeCloseTo(4 / 7);
  });

  it('pairs one to one, largest overlap first', () => {
    const a = align([span(0, 14, 'TIME', 'x')], [span(0, 6, 'DATE', 'x'), span(7, 14, 'TIME', 'x')]);
    expect(a.pairs.map((p) => p.system.start)).toEqual([7]);
    expect(a.spurious.map((s) => s.start)).toEqual([0]);
  });

  it.each([
    { name: 'nothing to find and nothing found', hits: 0, system: 0, gold: 0, expected: { precision: 1, recall: 1, f1: 1 } },
    { name: 'nothing found', hits: 0, system: 0, gold: 3, expected: { precision: 0, recall: 0, f1: 0 } },
    { name: 'only spurious', hits: 0, system: 2, gold: 0, expected: { precision: 0, recall: 0, f1: 0 } },
  ])('prf: $name', ({ hits, system, gold, expected }) => expect(prf(hits, system, gold)).toEqual(expected));
});
