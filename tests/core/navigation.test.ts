import { describe, expect, it } from 'vitest';
import { inDateOrder, moveForKey, moveTo, type Move, type Navigable } from '../../src/core/navigation';
import type { Precision } from '../../src/core/schema';

function ev(id: string, start: string, end = start, precision: Precision = 'day'): Navigable {
  return { id, event: { date: { start, end, precision } } };
}

// Given out of order on purpose: a year, a month inside it, days, and two on the same day.
const events = [
  ev('d', '2024-03-05'),
  ev('year', '2024', '2024', 'year'),
  ev('b2', '2024-01-10'),
  ev('b1', '2024-01-10'),
  ev('month', '2024-01', '2024-01', 'month'),
  ev('late', '2025-06-01'),
];
const ordered = inDateOrder(events);

describe('inDateOrder', () => {
  it('orders by start, then end, then id, without touching its input', () => {
    // The year and the month both start on 1 January; the month ends first.
    expect(ordered.map((e) => e.id)).toEqual(['month', 'year', 'b1', 'b2', 'd', 'late']);
    expect(events[0].id).toBe('d');
  });
});

describe('moveTo', () => {
  it.each<{ name: string; from: string | null; move: Move; start?: string | null; expected: string | null }>([
    { name: 'next from the middle', from: 'b1', move: 'next', expected: 'b2' },
    { name: 'previous from the middle', from: 'b2', move: 'previous', expected: 'b1' },
    { name: 'next steps past a same-day neighbour in id order', from: 'year', move: 'next', expected: 'b1' },
    { name: 'previous at the first stays there', from: 'month', move: 'previous', expected: 'month' },
    { name: 'next at the last stays there', from: 'late', move: 'next', expected: 'late' },
    { name: 'first from anywhere', from: 'd', move: 'first', expected: 'month' },
    { name: 'last from anywhere', from: 'b1', move: 'last', expected: 'late' },
    { name: 'first with no current event', from: null, move: 'first', expected: 'month' },
    { name: 'next with no current event goes to the start', from: null, move: 'next', start: 'd', expected: 'd' },
    { name: 'previous with no current event goes to the start', from: null, move: 'previous', start: 'd', expected: 'd' },
    { name: 'a hidden current event counts as none', from: 'gone', move: 'next', start: 'b2', expected: 'b2' },
    { name: 'no current event and no start: the first', from: null, move: 'next', expected: 'month' },
    { name: 'a start not among the events: the first', from: null, move: 'next', start: 'gone', expected: 'month' },
  ])('$name', ({ from, move, start, expected }) => {
    expect(moveTo(ordered, from, move, start)?.id ?? null).toBe(expected);
  });

  it.each<Move>(['previous', 'next', 'first', 'last'])('%s among no events is null', (move) => {
    expect(moveTo([], 'a', move)).toBeNull();
  });

  it('with one event every move stays on it', () => {
    const one = [ev('only', '2024-01-01')];
    for (const move of ['previous', 'next', 'first', 'last'] as const) expect(moveTo(one, 'only', move)?.id).toBe('only');
  });
});

describe('moveForKey', () => {
  it.each([
    { key: 'ArrowLeft', expected: 'previous' },
    { key: 'ArrowUp', expected: 'previous' },
    { key: 'ArrowRight', expected: 'next' },
    { key: 'ArrowDown', expected: 'next' },
    { key: 'Home', expected: 'first' },
    { key: 'End', expected: 'last' },
    { key: 'PageUp', expected: null },
    { key: '+', expected: null },
    { key: 'Enter', expected: null },
  ])('$key → $expected', ({ key, expected }) => {
    expect(moveForKey(key)).toBe(expected);
  });
});
