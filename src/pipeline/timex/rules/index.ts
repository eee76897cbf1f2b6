// The catalogue of recognisers, one file per family (as HeidelTime keeps date, time, duration and set
// rules apart, and chrono-node one parser per file). Each rule carries its examples; one test runs them all.
// Among candidates of equal length and rank the earlier rule wins, so the order of families matters:
// "last quarter" is the quarter before publication (relative), not the year's fourth (placed).

import { ANAPHORIC } from './anaphoric';
import { DURATIONS } from './durations';
import { EXPLICIT } from './explicit';
import { PLACED } from './placed';
import { RANGES } from './ranges';
import { RELATIVE } from './relative';
import type { Rule } from './shared';
import { SETS } from './sets';
import { TIMES } from './times';

export type { Example, Rule } from './shared';
export { timeOnDay } from './times';

export const RULES: Rule[] = [...EXPLICIT, ...RANGES, ...RELATIVE, ...PLACED, ...ANAPHORIC, ...TIMES, ...DURATIONS, ...SETS];
