// What every rule file shares: the shape of a rule and its examples, and the small helpers the
// builders use to read a match (group spans, capitals, two-digit years, early/mid/late modifiers).

import type { DateRange, Tense } from '../calendar';
import { dayRange, fromDayNumber } from '../calendar';
import { quantity, unitCode, WEEKDAY } from '../../lexicon';
import type { Draft, Env } from '../resolve';

export type Built = Omit<Draft, 'start' | 'end'> & { start?: number; end?: number };

/** A sentence a rule reads, with the expression and the TimeML value it gives (HeidelTime's `// EXAMPLE` lines). */
export interface Example {
  sentence: string;
  /** The expression as found in the sentence. */
  text: string;
  /** The publication day it is read against (ISO), or null for an article without one. */
  published: string | null;
  /** The TimeML value expected. */
  value: string;
}

export interface Rule {
  name: string;
  /** What the rule reads, each run by one test (tests/pipeline/timex/rules.test.ts). */
  examples: Example[];
  /** Sentences in which the rule must find nothing (each run by the same test). */
  rejects?: string[];
  /** Cheap test on the sentence before running the pattern. */
  needs?: RegExp;
  pattern: RegExp;
  build(m: RegExpExecArray, env: Env): Built | null;
}

/**
 * "two days after" ends its clause and counts from the date before it; "two days after the launch",
 * "a year after launching" is a stretch of time anchored to what follows (TimeML: a DURATION).
 */
export const ANAPHORIC_END = String.raw`(?=\s*(?:[.,;:!?)"”’]|--|—|–|$))`;

/** Words after a day's name that make it the name of a show or a paper: "the Today programme", "on Sunday chat shows". */
export const PROGRAMME = String.raw`(?:programs?|programmes?|shows?|newspapers?|podcasts?|presenters?)`;

/**
 * What follows a listed timeline's year heading with no colon, run into its entry: "1983 Jane Roe graduates from ...",
 * "2000 Dr Roe opens a clinic ...", "1962 The mill closes": a name of two capitalised words or a capitalised article
 * and a word in lower case. A count reads otherwise ("2000 Marines landed", "1500 people").
 */
export const YEAR_ENTRY_AFTER = /^\s+(?:(?:The|A|An)\s+\p{Ll}|\p{Lu}[\p{L}'’-]*\s+\p{Lu}\p{Ll})/u;

export const cap = (s: string | undefined): boolean => s !== undefined && /^[A-Z]/.test(s);
export const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
/** Where a named group sits in the sentence, from the `d` flag. */
export function at(m: RegExpExecArray, group: string): [number, number] | null {
  const span = m.indices?.groups?.[group];
  return span ? [span[0], span[1]] : null;
}
/** The span of an expression: from the first of `groups` present to the end of the match. */
export function spanFrom(m: RegExpExecArray, ...groups: string[]): { start: number; end: number } {
  for (const g of groups) {
    const s = at(m, g);
    if (s) return { start: s[0], end: m.index + m[0].length };
  }
  return { start: m.index, end: m.index + m[0].length };
}
export const tenseOf = (env: Env, span: { start: number; end: number }): Tense => env.tense(span.start, span.end);
/** Two-digit years pivot around the publication year (or 2000 without one). */
export function fullYear(y: string, env: Env): number {
  if (y.length === 4) return Number(y);
  const base = env.today === null ? 2000 : fromDayNumber(env.today).year;
  const century = Math.floor(base / 100) * 100;
  const candidate = century + Number(y);
  return candidate > base + 10 ? candidate - 100 : candidate;
}


/** early/mid/late and "the end of": the date becomes approximate; the TimeML value keeps its unit. */
export const MOD = String.raw`(?<mod>early|earlier|mid|late|later|(?:the\s+)?(?:start|beginning|middle|end|turn|close)\s+of(?:\s+the)?)`;
export const isApproxMod = (mod: string | undefined): boolean => mod !== undefined && mod !== '';
export const WEEKDAY_PREFIX = String.raw`(?:(?<wd>${WEEKDAY}),?\s+)?`;

/** A date span covering `from..to` day numbers, labelled approximate. */
export const approxDays = (from: number, to: number): DateRange => dayRange(from, to, true);

export function durationValue(qty: string | undefined, unitWord: string): string {
  const { code, time, scale } = unitCode(unitWord);
  const n = qty === undefined ? 1 : quantity(qty);
  const amount = n === null ? 'X' : String(n * scale);
  return `P${time ? 'T' : ''}${amount}${code}`;
}

export const TIME_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI' };
