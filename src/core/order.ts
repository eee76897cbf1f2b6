/**
 * Orders that do not depend on the machine: text by UTF-16 code units (never the locale, so a
 * run sorts the same everywhere) and sources by article, then where they start.
 */
import type { Source } from './schema';

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareSources = (p: Pick<Source, 'article' | 'start'>, q: Pick<Source, 'article' | 'start'>): number => compareText(p.article, q.article) || p.start - q.start;
