// Moving through events in date order from the keyboard: which event comes before or after the
// current one, and which are first and last, among the events the reader can see (the matches of
// the search and tag filter). Pure: the chart gives the events, this says where to go.

import { compareDates } from './dates';
import type { EventDate } from './schema';

/** What ordering needs of an event: its id and its date. */
export interface Navigable {
  id: string;
  event: { date: Pick<EventDate, 'start' | 'end' | 'precision'> };
}

export type Move = 'previous' | 'next' | 'first' | 'last';

/** Date order, as the details panel's Previous and Next use it: start, then end, then id. */
export function compareForNavigation(a: Navigable, b: Navigable): number {
  return compareDates(a.event.date, b.event.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The events in date order (a sorted copy). */
export function inDateOrder<T extends Navigable>(items: readonly T[]): T[] {
  return [...items].sort(compareForNavigation);
}

/**
 * Where `move` goes from event `from` in `ordered` (already in date order): the neighbour before
 * or after it, or the first or last. Stops at the ends (returns `from` itself) rather than wrap,
 * so a reader holding an arrow key knows when the story is over. With no current event (or one the
 * filter has since hidden), `previous` and `next` start from `start` (the first event on screen,
 * say), else from the first event. Returns null when there are no events.
 */
export function moveTo<T extends Navigable>(ordered: readonly T[], from: string | null, move: Move, start?: string | null): T | null {
  if (ordered.length === 0) return null;
  if (move === 'first') return ordered[0];
  if (move === 'last') return ordered[ordered.length - 1];
  const index = from === null ? -1 : ordered.findIndex((i) => i.id === from);
  if (index < 0) return ordered.find((i) => i.id === start) ?? ordered[0];
  const next = index + (move === 'next' ? 1 : -1);
  return ordered[Math.max(0, Math.min(ordered.length - 1, next))];
}

/** The move a key asks for, or null for any other key. Up and Left go back, Down and Right forward. */
export function moveForKey(key: string): Move | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}
