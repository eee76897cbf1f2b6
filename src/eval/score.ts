// TempEval-3 measures for temporal expressions (UzZaman et al. 2013): extent precision, recall and
// F1 under strict (identical offsets) and relaxed (overlapping) matching, and for the `value` and
// `type` attributes accuracy over relaxed matches and F1 where a hit is a relaxed match with the
// attribute right (precision over system expressions, recall over gold ones).

import type { TimexType } from '../pipeline/types';

export interface Span {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface Pair<T extends Span = Span> {
  gold: T;
  system: T;
}

/** Gold and system spans paired one to one; what is left over is missed or spurious. */
export interface Alignment<T extends Span = Span> {
  pairs: Pair<T>[];
  missed: T[];
  spurious: T[];
}

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one relaxed alignment: the largest overlaps pair first, so "Friday morning" in gold takes
 * the system's "Friday morning" rather than a stray "morning". A system span covering two gold
 * expressions matches only one of them, as in the TempEval-3 scorer, whose id alignment is one to one.
 */
export function align<T extends Span>(gold: T[], system: T[]): Alignment<T> {
  const candidates: { g: number; s: number; size: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const size = overlap(gold[g], system[s]);
      if (size > 0) candidates.push({ g, s, size });
    }
  }
  candidates.sort((a, b) => b.size - a.size || a.g - b.g || a.s - b.s);
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  const pairs: Pair<T>[] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.g) || systemUsed.has(c.s)) continue;
    goldUsed.add(c.g);
    systemUsed.add(c.s);
    pairs.push({ gold: gold[c.g], system: system[c.s] });
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return {
    pairs,
    missed: gold.filter((_, i) => !goldUsed.has(i)),
    spurious: system.filter((_, i) => !systemUsed.has(i)),
  };
}

/** Raw counts; everything else is derived from them, so documents add up to the corpus. */
export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, value: a.value + b.value, type: a.type + b.type };
}

/** Values compare as strings, ignoring case and surrounding space, as the TempEval-3 scorer does after reading the attributes. */
export const sameValue = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();

export function count<T extends Span>(gold: T[], system: T[], alignment: Alignment<T> = align(gold, system)): Counts {
  const { pairs } = alignment;
  return {
    gold: gold.length,
    system: system.length,
    strict: pairs.filter((p) => p.gold.start === p.system.start && p.gold.end === p.system.end).length,
    relaxed: pairs.length,
    value: pairs.filter((p) => sameValue(p.gold.value, p.system.value)).length,
    type: pairs.filter((p) => p.gold.type === p.system.type).length,
  };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from hits; an empty side counts as perfect, so an empty document with no output scores 1. */
export function prf(hits: number, system: number, gold: number): PRF {
  const precision = system === 0 ? (gold === 0 ? 1 : 0) : hits / system;
  const recall = gold === 0 ? (system === 0 ? 1 : 0) : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Measures {
  counts: Counts;
  strict: PRF;
  relaxed: PRF;
  /** Correct values among relaxed matches; null with no matches. */
  valueAccuracy: number | null;
  value: PRF;
  typeAccuracy: number | null;
  type: PRF;
}

export function measures(c: Counts): Measures {
  return {
    counts: c,
    strict: prf(c.strict, c.system, c.gold),
    relaxed: prf(c.relaxed, c.system, c.gold),
    valueAccuracy: c.relaxed === 0 ? null : c.value / c.relaxed,
    value: prf(c.value, c.system, c.gold),
    typeAccuracy: c.relaxed === 0 ? null : c.type / c.relaxed,
    type: prf(c.type, c.system, c.gold),
  };
}

/** The expressions a subset of types keeps, gold and system each by their own type. */
export const ofTypes = <T extends Span>(spans: T[], types: readonly TimexType[]): T[] => spans.filter((s) => types.includes(s.type));
