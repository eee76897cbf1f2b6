import { describe, expect, it } from 'vitest';
import { isPartialDate, validateEventList, type EventList, type Precision } from '../../src/core/schema';

function sample(): EventList {
  const text = 'The council said on Monday that the bridge would reopen.';
  return {
    version: 1,
    articles: [{ id: 'a', file: 'a.txt', title: 'Bridge', publisher: 'Gazette', published: '2024-05-08T09:00+01:00', dateline: 'York', warnings: [] }],
    events: [
      {
        id: 'e1',
        title: 'Council says bridge would reopen',
        date: { start: '2024-05-06', end: '2024-05-06', precision: 'day', approximate: false, label: '6 May 2024' },
        sources: [{ article: 'a', quote: text, start: 10, end: 10 + text.length, timex: { text: 'on Monday', start: 27, end: 36, value: '2024-05-06' } }],
      },
    ],
  };
}

describe('isPartialDate', () => {
  it.each<[string, Precision, boolean]>([
    ['1997', 'year', true],
    ['97', 'year', false],
    ['2024-Q3', 'quarter', true],
    ['2024-Q5', 'quarter', false],
    ['2024-11', 'month', true],
    ['2024-13', 'month', false],
    ['2013-W11', 'week', true],
    ['2013-W54', 'week', false],
    ['2024-02-29', 'day', true],
    ['2025-02-29', 'day', false],
    ['2025-04-31', 'day', false],
    ['2025-03-05T14:30', 'minute', true],
    ['2025-03-05T24:00', 'minute', false],
    ['2025-03-05', 'month', false],
  ])('%s as %s is %s', (value, precision, ok) => expect(isPartialDate(value, precision)).toBe(ok));
});

describe('validateEventList', () => {
  it('accepts a well-formed list', () => expect(validateEventList(sample())).toEqual({ ok: true, value: sample() }));

  it.each<{ name: string; mutate: (l: any) => unknown; error: string }>([
    { name: 'not an object', mutate: () => 'hello', error: 'event list: expected a JSON object' },
    { name: 'wrong version', mutate: (l) => ({ ...l, version: 2 }), error: 'version: expected 1' },
    { name: 'events not an array', mutate: (l) => ({ ...l, events: {} }), error: 'events: expected an array' },
    { name: 'bad precision', mutate: (l) => (l.events[0].date.precision = 'era', l), error: 'events[0].date.precision: expected one of' },
    { name: 'date not at its precision', mutate: (l) => (l.events[0].date.start = '2024-05', l), error: 'events[0].date.start: not a day date' },
    { name: 'end before start', mutate: (l) => (l.events[0].date.end = '2024-05-01', l), error: 'events[0].date.end: before start' },
    { name: 'unknown article', mutate: (l) => (l.events[0].sources[0].article = 'zz', l), error: 'events[0].sources[0].article: no article with id "zz"' },
    { name: 'quote length mismatch', mutate: (l) => (l.events[0].sources[0].end += 1, l), error: "events[0].sources[0]: end - start does not match the quote's length" },
    { name: 'timex outside quote', mutate: (l) => (l.events[0].sources[0].timex.start = 0, l), error: 'events[0].sources[0].timex: offsets fall outside the quote' },
    { name: 'title not a string', mutate: (l) => (l.events[0].title = 7, l), error: 'events[0].title: expected a string' },
    { name: 'duplicate event id', mutate: (l) => (l.events.push(structuredClone(l.events[0])), l), error: 'events[1].id: duplicate id "e1"' },
    { name: 'bad published', mutate: (l) => (l.articles[0].published = 'last week', l), error: 'articles[0].published: not an ISO date' },
    { name: 'huge string', mutate: (l) => (l.events[0].sources[0].quote = 'x'.repeat(100_001), l), error: 'events[0].sources[0].quote: longer than 100000 characters' },
  ])('rejects $name', ({ mutate, error }) => {
    const result = validateEventList(mutate(sample()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith(error))).toBe(true);
  });

  it('ignores inherited keys such as __proto__', () => {
    const hostile = JSON.parse('{"__proto__": {"version": 1}, "articles": [], "events": []}');
    expect(validateEventList(hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).version).toBeUndefined();
  });
});
