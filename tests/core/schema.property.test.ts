// Property tests for the event list validator: whatever JSON arrives, it answers with a verdict
// (never a throw, never a polluted prototype, never a long wait), and what it accepts is clean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../src/core/dates';
import { MAX_EVENTS, MAX_LABEL, MAX_SOURCES, MAX_STRING, MAX_TITLE, PRECISIONS, validateEventList, type EventList } from '../../src/core/schema';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** A valid list: every article referenced, quotes and timexes with consistent offsets. */
const validList: fc.Arbitrary<EventList> = fc
  .record({
    ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
    events: fc.array(
      fc.record({
        title: fc.string({ maxLength: 40 }),
        day: fc.integer({ min: 0, max: 3_200_000 }),
        precision: fc.constantFrom(...PRECISIONS),
        approximate: fc.boolean(),
        quote: fc.string({ minLength: 1, maxLength: 60 }),
        offset: fc.nat(10_000),
        pick: fc.nat(),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ ids, events }) => ({
    version: 1 as const,
    articles: ids.map((id) => ({ id, file: `${id}.txt`, title: null, publisher: 'Wire', published: '2024-01-01', dateline: null, warnings: [] })),
    events: events.map((e, i) => {
      const day = new Date(Date.UTC(1000, 0, 1) + e.day * 86_400_000).toISOString().slice(0, 10);
      const start = { year: day.slice(0, 4), quarter: `${day.slice(0, 4)}-Q1`, month: day.slice(0, 7), week: `${day.slice(0, 4)}-W10`, day, minute: `${day}T12:30` }[e.precision];
      const date = { start, end: start, precision: e.precision, approximate: e.approximate };
      return {
        id: `e${i}`,
        title: e.title,
        date: { ...date, label: dateLabel(date) },
        sources: [{ article: ids[e.pick % ids.length], quote: e.quote, start: e.offset, end: e.offset + e.quote.length, timex: { text: e.quote.slice(0, 1), start: e.offset, end: e.offset + 1, value: start } }],
      };
    }),
  }));

/** Every path to an object or value inside `value`, for replacing one of them. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const out: (string | number)[][] = [prefix];
  for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  return out;
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = replacement;
  return copy;
}

function expectVerdict(result: ReturnType<typeof validateEventList>) {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(20);
  // Messages quote at most a short excerpt of untrusted text.
  for (const e of result.errors) expect(e.length).toBeLessThan(400);
}

/** True when no object in `value` has an own key that could reach a prototype. */
function hasNoHostileOwnKeys(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.keys(value).every((k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype' && hasNoHostileOwnKeys((value as Record<string, unknown>)[k]));
}

describe('validateEventList, on any input', () => {
  it('never throws on a random JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => expectVerdict(validateEventList(v))), { numRuns: 500 });
  });

  it('never throws on a random JS value, including odd prototypes', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBigInt: true, withDate: true }), (v) => expectVerdict(validateEventList(v))), { numRuns: 300 });
  });

  it('accepts a valid list and returns an equal, separate copy', () => {
    fc.assert(
      fc.property(validList, (list) => {
        const result = validateEventList(list);
        expect(result).toEqual({ ok: true, value: list });
        if (result.ok) expect(result.value).not.toBe(list);
      }),
      { numRuns: 200 },
    );
  });

  it('answers with a verdict when any one field of a valid list is replaced by any JSON value', () => {
    fc.assert(
      fc.property(validList, fc.nat(), fc.jsonValue(), (list, pick, replacement) => {
        const all = paths(list);
        expectVerdict(validateEventList(replaceAt(list, all[pick % all.length], replacement)));
      }),
      { numRuns: 500 },
    );
  });

  it('never pollutes a prototype, and what it accepts carries no __proto__, constructor or prototype key', () => {
    fc.assert(
      fc.property(validList, fc.nat(), fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue(), (list, pick, key, payload) => {
        // Put the hostile key into one object of the list, as JSON.parse would (an own property).
        const objects = paths(list).filter((p) => {
          let at: unknown = list;
          for (const k of p) at = (at as Record<string | number, unknown>)[k];
          return typeof at === 'object' && at !== null && !Array.isArray(at);
        });
        const path = objects[pick % objects.length];
        const json = JSON.stringify(list);
        const parsed = JSON.parse(json) as unknown;
        let at = parsed as Record<string, unknown>;
        for (const k of path) at = at[k] as Record<string, unknown>;
        Object.defineProperty(at, key, { value: { polluted: true, ...(payload as object) }, enumerable: true, configurable: true, writable: true });
        const result = validateEventList(parsed);
        expectVerdict(result);
        if (result.ok) {
          expect(hasNoHostileOwnKeys(result.value)).toBe(true);
          // What a page might do with the data: spread and assign every object.
          const touch = (v: unknown): unknown => (typeof v === 'object' && v !== null ? Object.assign({}, { ...v }, ...Object.values(v).map(touch).filter((x) => typeof x === 'object')) : v);
          touch(result.value);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
      }),
      { numRuns: 300 },
    );
  });

  it('is not fooled by a __proto__ key standing in for a required field', () => {
    const hostile = JSON.parse('{"__proto__": {"version": 1, "articles": [], "events": []}}');
    expect(validateEventList(hostile)).toEqual({ ok: false, errors: ['version: expected 1', 'articles: expected an array', 'events: expected an array'] });
  });
});

describe('validateEventList, on huge input', () => {
  it('refuses a million events with a clear message, without looking at each', () => {
    const events = new Array(1_000_000).fill({ id: 'x' });
    expect(validateEventList({ version: 1, articles: [], events })).toEqual({
      ok: false,
      errors: [`events: 1000000 events; the page shows at most ${MAX_EVENTS}`],
    });
  });

  it('refuses more sources in all than the page shows', () => {
    const source = { article: 'a', quote: 'q', start: 0, end: 1, timex: { text: 'q', start: 0, end: 1, value: '2024' } };
    const date = { start: '2024', end: '2024', precision: 'year', approximate: false, label: '2024' };
    const list = { version: 1, articles: [{ id: 'a', file: 'a.txt', title: null, publisher: null, published: null, dateline: null, warnings: [] }], events: [{ id: 'e', title: 't', date, sources: new Array(MAX_SOURCES + 1).fill(source) }] };
    expect(validateEventList(list)).toEqual({ ok: false, errors: [`events[0].sources: more than ${MAX_SOURCES} sources in all; the page shows at most that many`] });
  });

  it('stops after 20 errors however many bad events there are', () => {
    const result = validateEventList({ version: 1, articles: [], events: new Array(100_000).fill(7) });
    expect(result).toEqual({ ok: false, errors: Array.from({ length: 20 }, (_, i) => `events[${i}]: expected an object`) });
  });

  it.each([
    { name: 'an event title', at: ['events', 0, 'title'], path: 'events[0].title', max: MAX_TITLE },
    { name: 'a quote', at: ['events', 0, 'sources', 0, 'quote'], path: 'events[0].sources[0].quote', max: MAX_STRING },
    { name: 'a date label', at: ['events', 0, 'date', 'label'], path: 'events[0].date.label', max: MAX_LABEL },
    { name: 'an article file name', at: ['articles', 0, 'file'], path: 'articles[0].file', max: MAX_TITLE },
  ])('refuses a 10 MB string in $name, naming its path', ({ at, path, max }) => {
    const list = fc.sample(validList.filter((l) => l.events.length > 0), { numRuns: 1, seed: 42 })[0];
    const huge = 'x'.repeat(10_000_000);
    const result = validateEventList(replaceAt(list, at, huge));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain(`${path}: longer than ${max} characters`);
      for (const e of result.errors) expect(e.length).toBeLessThan(400);
    }
  });

  it('refuses a 10 MB article warning and quotes only 80 characters of a huge unknown id', () => {
    const list = fc.sample(validList.filter((l) => l.events.length > 0), { numRuns: 1, seed: 7 })[0];
    const withWarning = replaceAt(list, ['articles', 0, 'warnings'], ['x'.repeat(10_000_000)]);
    expect(validateEventList(withWarning)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^articles\[0\]\.warnings: /)] });
    const result = validateEventList(replaceAt(list, ['events', 0, 'sources', 0, 'article'], 'y'.repeat(50_000)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toBe(`events[0].sources[0].article: no article with id "${'y'.repeat(80)}…"`);
  });
});
