// Timeline scores as tilse computes them (Martschat & Markert 2017, 2018; github smartschat/tilse,
// tilse/evaluation/{dates,rouge,util}.py), for one system timeline against one reference:
// - date F1: the two timelines' sets of days;
// - concat ROUGE: all sentences of each timeline as one summary;
// - align+ m:1 ROUGE (`align_date_content_costs_many_to_one`): every system day is aligned to the
//   reference day of least cost, and every reference day to the system day of least cost, with
//   cost = (1 - 1/(days apart + 1)) * (1 - approximate ROUGE-1 F1 of the two days' sentences);
//   precision sums, over system days, 1/(days apart + 1) times the n-grams in common with the
//   aligned day, over all system n-grams; recall does the same from the reference side.
// Several reference timelines for one story score together as tilse's GroundTruth does: their days
// are pooled, and on every day each timeline is a ROUGE model, empty where it lacks the day.

import { type RougeCounts, rougeCounts } from './rouge';

/** ISO day (`2010-04-20`) -> that day's sentences. */
export type Timeline = Map<string, string[]>;

/** One reference timeline, or several scored together. */
export type Reference = Timeline | Timeline[];

const asList = (r: Reference): Timeline[] => (Array.isArray(r) ? r : [r]);

/**
 * The reference summaries for a day, one per reference timeline, empty where a timeline lacks the
 * day: tilse's GroundTruth gives every timeline a (possibly empty) summary on every day, so each
 * counts as a model, in the alignment costs as in the ROUGE counts.
 */
const summariesOn = (refs: Timeline[], day: string): string[][] => refs.map((t) => t.get(day) ?? []);

/** ROUGE-1.5.5's counts against several models (`-f A`, raw): hits and model n-grams summed, the peer counted once per model. */
function countsAgainst(peer: string[], models: string[][], n: number): RougeCounts {
  const total: RougeCounts = { hit: 0, peer: 0, model: 0 };
  for (const m of models) {
    const c = rougeCounts(peer, m, n);
    total.hit += c.hit;
    total.peer += c.peer;
    total.model += c.model;
  }
  return total;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (precision: number, recall: number): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Whole days since 1970-01-01 of an ISO day; only differences are used, as tilse uses `toordinal()`. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function dateScores(system: Timeline, reference: Reference): PRF {
  const days = new Set(asList(reference).flatMap((t) => [...t.keys()]));
  let both = 0;
  for (const day of system.keys()) if (days.has(day)) both++;
  const precision = ratio(both, system.size);
  const recall = ratio(both, days.size);
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * tilse's cheap content similarity for the alignment costs (`compute_rouge_approximation`): unigram
 * F1 over tokens as written, case kept, no stemming, no stop words. tilse splits tokenised text on
 * spaces; our quotes are prose, so words and runs of punctuation are split apart first, which
 * leaves the (tokenised) reference timelines as they are.
 */
export function rougeApproximation(system: string[], references: string[][]): number {
  const count = (sentences: string[]) => {
    const c = new Map<string, number>();
    for (const s of sentences) for (const t of s.match(/\w+|[^\w\s]+/g) ?? []) c.set(t, (c.get(t) ?? 0) + 1);
    return c;
  };
  const total = (c: Map<string, number>) => [...c.values()].reduce((a, b) => a + b, 0);
  const s = count(system);
  const refs = references.map(count);
  let match = 0;
  for (const [t, n] of s) for (const r of refs) match += Math.min(n, r.get(t) ?? 0);
  const precision = ratio(match, refs.length * total(s));
  const recall = ratio(match, refs.reduce((a, r) => a + total(r), 0));
  return f1(precision, recall);
}

/** One day's alignment, for showing how a score came about. */
export interface AlignedDay {
  from: string;
  to: string;
  /** 1/(days apart + 1). */
  weight: number;
  counts: RougeCounts;
}

export interface AlignmentScore extends PRF {
  /** System days to reference days (precision side). */
  precisionSide: AlignedDay[];
  /** Reference days to system days (recall side). */
  recallSide: AlignedDay[];
}

const sortedDays = (t: Timeline) => [...t.keys()].sort();
const weight = (a: string, b: string) => 1 / (Math.abs(dayNumber(a) - dayNumber(b)) + 1);

/** The day of `candidates` with the least cost for `day`; the first (earliest) on a tie, as numpy's argmin. */
function cheapest(day: string, candidates: string[], cost: (candidate: string) => number): string {
  let best = candidates[0];
  let bestCost = Infinity;
  for (const c of candidates) {
    const x = cost(c);
    if (x < bestCost) {
      bestCost = x;
      best = c;
    }
  }
  return best;
}

/** `align_date_content_costs_many_to_one` ROUGE-n. */
export function alignManyToOne(system: Timeline, reference: Reference, n: number): AlignmentScore {
  const refs = asList(reference);
  const sysDays = sortedDays(system);
  const refDays = [...new Set(refs.flatMap((t) => [...t.keys()]))].sort();
  if (sysDays.length === 0 || refDays.length === 0) return { precision: 0, recall: 0, f1: 0, precisionSide: [], recallSide: [] };
  const cost = (sysDay: string, refDay: string) => (1 - weight(sysDay, refDay)) * (1 - rougeApproximation(system.get(sysDay)!, summariesOn(refs, refDay)));

  let pNum = 0;
  let pDen = 0;
  const precisionSide: AlignedDay[] = [];
  for (const s of sysDays) {
    const r = cheapest(s, refDays, (c) => cost(s, c));
    const counts = countsAgainst(system.get(s)!, summariesOn(refs, r), n);
    const w = weight(s, r);
    pNum += w * counts.hit;
    pDen += counts.peer;
    precisionSide.push({ from: s, to: r, weight: w, counts });
  }
  let rNum = 0;
  let rDen = 0;
  const recallSide: AlignedDay[] = [];
  for (const r of refDays) {
    const s = cheapest(r, sysDays, (c) => cost(c, r));
    const counts = countsAgainst(system.get(s)!, summariesOn(refs, r), n);
    const w = weight(s, r);
    rNum += w * counts.hit;
    rDen += counts.model;
    recallSide.push({ from: r, to: s, weight: w, counts });
  }
  const precision = ratio(pNum, pDen);
  const recall = ratio(rNum, rDen);
  return { precision, recall, f1: f1(precision, recall), precisionSide, recallSide };
}

/** `concat` ROUGE-n: each timeline's sentences, in date order, as one summary. */
export function concatRouge(system: Timeline, reference: Reference, n: number): PRF {
  const all = (t: Timeline) => sortedDays(t).flatMap((d) => t.get(d)!);
  const c = countsAgainst(all(system), asList(reference).map(all), n);
  const precision = ratio(c.hit, c.peer);
  const recall = ratio(c.hit, c.model);
  return { precision, recall, f1: f1(precision, recall) };
}

export interface TimelineScores {
  date: PRF;
  rouge1: PRF;
  rouge2: PRF;
  concat1: PRF;
  concat2: PRF;
}

export function scoreTimeline(system: Timeline, reference: Reference): TimelineScores {
  const strip = ({ precision, recall, f1 }: PRF): PRF => ({ precision, recall, f1 });
  return {
    date: dateScores(system, reference),
    rouge1: strip(alignManyToOne(system, reference, 1)),
    rouge2: strip(alignManyToOne(system, reference, 2)),
    concat1: concatRouge(system, reference, 1),
    concat2: concatRouge(system, reference, 2),
  };
}
