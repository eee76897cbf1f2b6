import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEventList, type EventList } from '../../src/core/schema';
import { applyCuration, curateFromFolder, parseCuration, type Curation } from '../../src/pipeline/curation';
import { sourceId } from '../../src/pipeline/merge';
import { buildEventList } from '../../src/pipeline/pipeline';
import { readArticles } from '../../src/pipeline/read';
import { serialize } from '../../src/pipeline/write';

const dir = join(import.meta.dirname, '../fixtures/curation');
const events = (): EventList => JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
const COUNCIL = '39d47a18f33b';
const COUNCIL_A2 = 'aeff07c9ca09'; // the id its second source would have alone
const VOTE = 'f03e143214ad';
const MAYOR = '1ca8d39cc36e';
const BRIDGE = '550f8fdee756';

function curation(entries: unknown[], file = 'curation.json'): Curation {
  const { curation, errors } = parseCuration(JSON.stringify({ entries }), file);
  expect(errors).toEqual([]);
  return curation;
}

function apply(entries: unknown[], list = events()) {
  return applyCuration(list, curation(entries));
}

const byId = (list: EventList, id: string) => list.events.find((e) => e.id === id);

describe('parseCuration', () => {
  it.each([
    { name: 'not JSON, with the place', text: '{\n  "entries": [\n    { "hide": "x" },\n  ]\n}', error: /^"curation\.json": not valid JSON at line 4, column 3 / },
    { name: 'not an object', text: '[]', error: /^"curation\.json": expected an object with an "entries" array$/ },
    { name: 'no entries', text: '{}', error: /^"curation\.json": entries: expected an array$/ },
    { name: 'a wrong version', text: '{"version": 2, "entries": []}', error: /^"curation\.json": version: expected 1$/ },
    { name: 'an unknown top-level field', text: '{"entrys": [], "entries": []}', error: /^"curation\.json": entrys: unknown field/ },
  ])('reports $name', ({ text, error }) => {
    const { curation, errors } = parseCuration(text, 'curation.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(error);
    expect(curation.entries).toEqual([]);
  });

  it('says precisely that YAML is not supported', () => {
    const { errors } = parseCuration('entries:\n  - hide: abc\n', 'seeds/curation.yaml');
    expect(errors).toEqual(['"seeds/curation.yaml": YAML is not supported (the project has no YAML parser); write the same entries as JSON in curation.json']);
  });

  it.each([
    { name: 'no operation', entry: { title: 'x' }, error: '"curation.json": entries[0]: no operation (expected one of retitle, redate, hide, merge, split, add, highlight, tag, note)' },
    { name: 'two operations', entry: { retitle: 'a', hide: 'a', title: 'x' }, error: '"curation.json": entries[0]: more than one operation (retitle, hide); write one entry for each' },
    { name: 'a misspelt field', entry: { retitle: 'a', title: 'x', titel: 'y' }, error: '"curation.json": entries[0].titel: unknown field for retitle (expected title, comment)' },
    { name: 'a missing field', entry: { retitle: 'a' }, error: '"curation.json": entries[0].title: required by retitle' },
    { name: 'an empty title', entry: { retitle: 'a', title: '  ' }, error: '"curation.json": entries[0].title: expected a non-empty string of at most 1000 characters' },
    { name: 'a bad precision', entry: { redate: 'a', date: { start: '2024', precision: 'decade' } }, error: '"curation.json": entries[0].date.precision: expected one of year, quarter, month, week, day, minute' },
    { name: 'a date not of its precision', entry: { redate: 'a', date: { start: '2024-11-05', precision: 'month' } }, error: '"curation.json": entries[0].date.start: not a month date (expected e.g. 2024-11)' },
    { name: 'an impossible day', entry: { redate: 'a', date: { start: '2023-02-29', precision: 'day' } }, error: '"curation.json": entries[0].date.start: not a day date (expected e.g. 2025-03-05)' },
    { name: 'an end before its start', entry: { redate: 'a', date: { start: '2024-05', end: '2024-03', precision: 'month' } }, error: '"curation.json": entries[0].date.end: before start' },
    { name: 'a label', entry: { redate: 'a', date: { start: '2024', precision: 'year', label: 'Year of X' } }, error: '"curation.json": entries[0].date.label: the label is written from the date; leave it out' },
    { name: 'a non-boolean approximate', entry: { redate: 'a', date: { start: '2024', precision: 'year', approximate: 'yes' } }, error: '"curation.json": entries[0].date.approximate: expected true or false' },
    { name: 'an edited quote', entry: { retitle: 'a', title: 'x', quote: 'new words' }, error: '"curation.json": entries[0].quote: source quotes cannot be edited; they are verbatim slices of the article' },
    { name: 'a quote in a split source', entry: { split: 'a', source: { article: 'a1', start: 1, quote: 'x' } }, error: '"curation.json": entries[0].source.quote: source quotes cannot be edited; name the source by article and start' },
    { name: 'hand-written sources', entry: { add: 'n', title: 'x', date: { start: '2024', precision: 'year' }, sources: [] }, error: /^"curation\.json": entries\[0\]\.sources: sources cannot be written by hand/ },
    { name: 'a merge of one event', entry: { merge: ['a'] }, error: '"curation.json": entries[0].merge: expected an array of at least 2 event ids' },
    { name: 'an event named twice', entry: { merge: ['a', 'a'] }, error: '"curation.json": entries[0].merge: names an event twice' },
    { name: 'a split without a source', entry: { split: 'a' }, error: '"curation.json": entries[0].source: required by split' },
    { name: 'a bad source offset', entry: { split: 'a', source: { article: 'a1', start: -1 } }, error: '"curation.json": entries[0].source.start: expected a non-negative integer' },
    { name: 'empty tags', entry: { tag: 'a', tags: [] }, error: '"curation.json": entries[0].tags: expected an array of 1 to 20 non-empty strings of up to 200 characters' },
    { name: 'a non-boolean highlight', entry: { add: 'n', title: 'x', date: { start: '2024', precision: 'year' }, highlight: 'yes' }, error: '"curation.json": entries[0].highlight: expected true or false' },
    { name: 'a non-object entry', entry: 'hide abc', error: '"curation.json": entries[0]: expected an object' },
  ])('names the entry and field for $name', ({ entry, error }) => {
    const { curation, errors } = parseCuration(JSON.stringify({ entries: [entry] }), 'curation.json');
    expect(errors).toHaveLength(1);
    if (typeof error === 'string') expect(errors[0]).toBe(error);
    else expect(errors[0]).toMatch(error);
    expect(curation.entries).toEqual([]);
  });

  it('reports every bad entry, counted in the file, and applies none of a file with errors', () => {
    const text = JSON.stringify({ entries: [{ hide: 'a' }, { retitle: 'b' }, { hide: 'c' }, { redate: 'd', date: { start: '2024-13', precision: 'month' } }] });
    const { curation, errors } = parseCuration(text, 'seeds/curation.json');
    expect(errors).toEqual([
      '"seeds/curation.json": entries[1].title: required by retitle',
      '"seeds/curation.json": entries[3].date.start: not a month date (expected e.g. 2024-11)',
    ]);
    expect(curation.entries).toEqual([]);
  });

  // Issue 11, item 8: 20,000 added events with 50 tags each took the page minutes to draw.
  const adds = (n: number, tags: (i: number) => string[] = () => []) =>
    Array.from({ length: n }, (_, i) => ({ add: `n${i}`, title: `Added ${i}`, date: { start: '2024', precision: 'year' }, ...(tags(i).length ? { tags: tags(i) } : {}) }));
  it.each([
    { name: '20,000 add entries', entries: () => adds(20_000), error: /^"curation\.json": entries: 20,000 entries; a curation file holds at most 10,000/ },
    { name: '2,001 add entries', entries: () => adds(2_001), error: /^"curation\.json": entries\[2000\]\.add: more than 2,000 added events/ },
    { name: '501 different tags', entries: () => adds(26, (i) => Array.from({ length: 20 }, (_, t) => `tag ${i * 20 + t}`)), error: /^"curation\.json": entries\[25\]\.tags: more than 500 different tags/ },
  ])('refuses a file past the limits: $name', ({ entries, error }) => {
    const { curation, errors } = parseCuration(JSON.stringify({ entries: entries() }), 'curation.json');
    expect(errors[0]).toMatch(error);
    expect(curation.entries).toEqual([]);
  });

  it('accepts a file at the limits: 2,000 added events, 500 different tags', () => {
    const entries = adds(2_000, (i) => (i < 25 ? Array.from({ length: 20 }, (_, t) => `tag ${i * 20 + t}`) : ['tag 0']));
    const { curation, errors } = parseCuration(JSON.stringify({ entries }), 'curation.json');
    expect(errors).toEqual([]);
    expect(curation.entries).toHaveLength(2_000);
  });

  it('shows 20 errors and counts the rest', () => {
    const { errors } = parseCuration(JSON.stringify({ entries: Array(1_000).fill({ hide: 1 }) }), 'curation.json');
    expect(errors).toHaveLength(21);
    expect(errors[19]).toBe('"curation.json": entries[19].hide: expected an event id or an array of event ids');
    expect(errors[20]).toBe('"curation.json": 980 more errors not shown');
  });

  it('shows 20 warnings of corrections that could not be applied, and counts the rest', () => {
    const { curation } = parseCuration(JSON.stringify({ entries: Array.from({ length: 25 }, (_, i) => ({ hide: `gone${i}` })) }), 'curation.json');
    const { warnings } = applyCuration({ version: 1, articles: [], events: [] }, curation);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toBe('"curation.json": 5 more warnings not shown');
  });

  it('refuses two hand-written events with one id', () => {
    const add = { add: 'n1', title: 'x', date: { start: '2024', precision: 'year' } };
    const { errors } = parseCuration(JSON.stringify({ entries: [add, { hide: 'q' }, add] }), 'curation.json');
    expect(errors).toEqual(['"curation.json": entries[2].add: id "n1" is already added by entries[0]']);
  });

  it('reads a BOM-prefixed file, defaults end and approximate, and accepts one id or a list', () => {
    const text = `\uFEFF${JSON.stringify({ entries: [{ redate: 'a', date: { start: '2024-Q3', precision: 'quarter' } }, { hide: 'b' }, { hide: ['c', 'd'] }] })}`;
    const { curation, errors } = parseCuration(text, 'curation.json');
    expect(errors).toEqual([]);
    expect(curation.entries).toEqual([
      { op: 'redate', id: 'a', date: { start: '2024-Q3', end: '2024-Q3', precision: 'quarter', approximate: false }, index: 0 },
      { op: 'hide', ids: ['b'], index: 1 },
      { op: 'hide', ids: ['c', 'd'], index: 2 },
    ]);
  });
});

describe('applyCuration', () => {
  it('applies the fixture file to the fixture list (golden), with a warning for each stale correction', async () => {
    const { curation, errors } = parseCuration(readFileSync(join(dir, 'curation.json'), 'utf8'), 'curation.json');
    expect(errors).toEqual([]);
    const { list, warnings } = applyCuration(events(), curation);
    expect(warnings).toEqual([
      '"curation.json": entries[9] (retitle "0123456789ab"): no event with this id',
      `"curation.json": entries[10] (retitle "${BRIDGE}"): event "${BRIDGE}" was hidden by entries[7]`,
      `"curation.json": entries[11] (tag "${VOTE}"): event "${VOTE}" was merged into "${COUNCIL}" by entries[2]`,
    ]);
    expect(validateEventList(list).ok).toBe(true);
    await expect(serialize(list)).toMatchFileSnapshot(join(dir, 'curated.golden.json'));
  });

  it('retitles and marks the title as edited, leaving the quotes alone', () => {
    const before = events();
    const { list, warnings } = apply([{ retitle: COUNCIL, title: 'Budget approved' }], before);
    expect(warnings).toEqual([]);
    const e = byId(list, COUNCIL)!;
    expect(e.title).toBe('Budget approved');
    expect(e.edited).toEqual(['title']);
    expect(e.sources).toEqual(byId(before, COUNCIL)!.sources);
  });

  it.each([
    { name: 'a year range', date: { start: '2019', end: '2021', precision: 'year' }, label: '2019 – 2021' },
    { name: 'an approximate month', date: { start: '2024-04', precision: 'month', approximate: true }, label: 'about April 2024' },
    { name: 'a quarter', date: { start: '2024-Q2', precision: 'quarter' }, label: 'Q2 2024' },
    { name: 'a week', date: { start: '2024-W14', precision: 'week' }, label: 'the week of 1 April 2024' },
    { name: 'a minute', date: { start: '2024-04-02T09:15', precision: 'minute' }, label: '2 April 2024, 09:15 UTC' },
  ])('redates to $name with a fresh label', ({ date, label }) => {
    const { list } = apply([{ redate: MAYOR, date }]);
    const e = byId(list, MAYOR)!;
    expect(e.date.label).toBe(label);
    expect(e.date.precision).toBe(date.precision);
    expect(e.edited).toEqual(['date']);
  });

  it('puts a redated event back in date order', () => {
    const { list } = apply([{ redate: BRIDGE, date: { start: '2025', precision: 'year' } }]);
    expect(list.events.at(-1)!.id).toBe(BRIDGE);
  });

  it('hides events, one or several', () => {
    const { list } = apply([{ hide: BRIDGE }, { hide: [VOTE, MAYOR] }]);
    expect(list.events.map((e) => e.id)).toEqual([COUNCIL]);
  });

  it('merges into the first event: its id, title and date, every source once, in article order', () => {
    const { list, warnings } = apply([{ merge: [VOTE, COUNCIL] }]);
    expect(warnings).toEqual([]);
    expect(byId(list, COUNCIL)).toBeUndefined();
    const e = byId(list, VOTE)!;
    expect(e.title).toBe('Budget vote took place');
    expect(e.sources.map((s) => [s.article, s.start])).toEqual([['a1', 100], ['a2', 50], ['a2', 200]]);
    expect(e.edited).toEqual(['sources']);
  });

  it('skips a merge whose first event is gone, and merges the rest when a later one is', () => {
    const first = apply([{ merge: ['gone00000000', COUNCIL] }]);
    expect(first.list.events).toHaveLength(4);
    expect(first.warnings).toEqual([
      '"curation.json": entries[0] (merge "gone00000000", "39d47a18f33b"): no event with id "gone00000000"',
      '"curation.json": entries[0] (merge "gone00000000", "39d47a18f33b"): nothing merged: the first event, whose id the merged event keeps, is missing',
    ]);
    const later = apply([{ merge: [COUNCIL, 'gone00000000', VOTE] }]);
    expect(later.list.events).toHaveLength(3);
    expect(later.warnings).toEqual(['"curation.json": entries[0] (merge "39d47a18f33b", "gone00000000", "f03e143214ad"): no event with id "gone00000000"']);
  });

  it('splits a source off into an event with the id that source would have alone, dated by its own expression', () => {
    const { list, warnings } = apply([{ split: COUNCIL, source: { article: 'a2', start: 50 } }]);
    expect(warnings).toEqual([]);
    const rest = byId(list, COUNCIL)!;
    expect(rest.sources.map((s) => s.article)).toEqual(['a1']);
    expect(rest.edited).toEqual(['sources']);
    const split = byId(list, COUNCIL_A2)!;
    expect(split.sources.map((s) => [s.article, s.start])).toEqual([['a2', 50]]);
    expect(split.title).toBe(rest.title);
    expect(split.date.start).toBe('2024-03-05');
    expect(split.edited).toEqual(['sources']);
  });

  it("splits off an event's own best source: the event keeps its id, the new one gets another stable id", () => {
    const once = apply([{ split: COUNCIL, source: { article: 'a1', start: 100 }, title: 'Council votes', date: { start: '2024-03', precision: 'month' } }]);
    const again = apply([{ split: COUNCIL, source: { article: 'a1', start: 100 }, title: 'Council votes', date: { start: '2024-03', precision: 'month' } }]);
    expect(once.list).toEqual(again.list);
    expect(byId(once.list, COUNCIL)!.sources.map((s) => s.article)).toEqual(['a2']);
    const split = once.list.events.find((e) => e.title === 'Council votes')!;
    expect(split.id).toMatch(/^[0-9a-f]{12}$/);
    expect(split.id).not.toBe(COUNCIL);
    expect(split.date.label).toBe('March 2024');
    expect(split.edited).toEqual(['title', 'date', 'sources']);
  });

  it.each([
    { name: 'a source not in the event', entry: { split: VOTE, source: { article: 'a2', start: 50 } }, warning: `no source from article "a2" at 50 in this event; it is in "${COUNCIL}"` },
    { name: 'the only source', entry: { split: VOTE, source: { article: 'a2', start: 200 } }, warning: 'the event has only this source; nothing to split off (use redate or retitle)' },
  ])('does not split $name', ({ entry, warning }) => {
    const { list, warnings } = apply([entry]);
    expect(list).toEqual(events());
    expect(warnings).toEqual([`"curation.json": entries[0] (split "${VOTE}"): ${warning}`]);
  });

  it('adds a hand-written event with no sources, marked as written by a person', () => {
    const { list } = apply([{ add: 'desk-1', title: 'Budget hearing', date: { start: '2024-02', precision: 'month' }, note: 'From our reporter.', tags: ['budget'], highlight: true }]);
    expect(byId(list, 'desk-1')).toEqual({
      id: 'desk-1', title: 'Budget hearing', date: { start: '2024-02', end: '2024-02', precision: 'month', approximate: false, label: 'February 2024' },
      sources: [], edited: ['title', 'date'], tags: ['budget'], highlight: true, note: 'From our reporter.',
    });
    expect(validateEventList(list).ok).toBe(true);
  });

  it('does not add an event over an existing id', () => {
    const { list, warnings } = apply([{ add: MAYOR, title: 'x', date: { start: '2024', precision: 'year' } }]);
    expect(list).toEqual(events());
    expect(warnings).toEqual([`"curation.json": entries[0] (add "${MAYOR}"): an event with id "${MAYOR}" already exists; choose another id`]);
  });

  it('highlights, tags (each tag once, in order) and notes', () => {
    const { list } = apply([{ highlight: [MAYOR] }, { tag: MAYOR, tags: ['politics', 'city'] }, { tag: [MAYOR, BRIDGE], tags: ['city', 'archive'] }, { note: MAYOR, text: 'Checked with the clerk.' }]);
    expect(byId(list, MAYOR)).toMatchObject({ highlight: true, tags: ['politics', 'city', 'archive'], note: 'Checked with the clerk.' });
    expect(byId(list, MAYOR)!.edited).toBeUndefined();
    expect(byId(list, BRIDGE)!.tags).toEqual(['city', 'archive']);
  });

  it('follows an event whose id changed because a new source lent it a better date', () => {
    // The same happening, now named after its other source, as the pipeline would once that source's date is the sharper one.
    const list = events();
    byId(list, COUNCIL)!.id = COUNCIL_A2;
    const { list: out, warnings } = apply([{ retitle: COUNCIL, title: 'Budget passed' }], list);
    expect(byId(out, COUNCIL_A2)!.title).toBe('Budget passed');
    expect(warnings).toEqual([
      `"curation.json": entries[0] (retitle "${COUNCIL}"): no event with id "${COUNCIL}" now; applied to "${COUNCIL_A2}", which holds the source it was made from (update the id in "curation.json")`,
    ]);
  });

  it('never changes its input and gives the same output every time', () => {
    const input = events();
    const copy = structuredClone(input);
    const file = parseCuration(readFileSync(join(dir, 'curation.json'), 'utf8'), 'curation.json').curation;
    const a = applyCuration(input, file);
    const b = applyCuration(input, file);
    expect(input).toEqual(copy);
    expect(serialize(a.list)).toBe(serialize(b.list));
    expect(a.warnings).toEqual(b.warnings);
  });
});

describe('ids that corrections can rely on', () => {
  it('every pipeline event id is the source id of one of its sources', () => {
    const golden: EventList = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/articles.golden.json'), 'utf8'));
    for (const e of golden.events) expect(e.sources.map(sourceId)).toContain(e.id);
  });

  it('stay put when an unrelated article is removed, so a curation file keeps applying', async () => {
    const { articles } = await readArticles(join(import.meta.dirname, '../fixtures/articles'));
    const all = buildEventList(articles).eventList;
    const fewer = buildEventList(articles.filter((a) => a.file !== '05_new_year.txt')).eventList;
    const kept = all.events.filter((e) => e.sources.every((s) => s.article !== '05_new_year'));
    expect(fewer.events.map((e) => e.id).sort()).toEqual(kept.map((e) => e.id).sort());

    const target = kept[0];
    const file = curation([{ retitle: target.id, title: 'Corrected title' }, { highlight: target.id }]);
    for (const list of [all, fewer]) {
      const { list: out, warnings } = applyCuration(list, file);
      expect(warnings).toEqual([]);
      expect(byId(out, target.id)).toMatchObject({ title: 'Corrected title', highlight: true });
    }
  });
});

describe('curateFromFolder', () => {
  const withFiles = async (files: Record<string, string>, run: (dir: string) => Promise<void>) => {
    const folder = await mkdtemp(join(tmpdir(), 'curation-'));
    try {
      for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
      await run(folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };

  it('leaves the list alone when the folder has no curation file', async () => {
    await withFiles({}, async (folder) => {
      const list = events();
      expect(await curateFromFolder(folder, list)).toEqual({ ok: true, list, warnings: [], applied: 0 });
    });
  });

  it('applies curation.json, with its warnings', async () => {
    await withFiles({ 'curation.json': readFileSync(join(dir, 'curation.json'), 'utf8') }, async (folder) => {
      const result = await curateFromFolder(folder, events());
      expect(result.ok && serialize(result.list)).toBe(readFileSync(join(dir, 'curated.golden.json'), 'utf8'));
      expect(result.ok && result.warnings).toHaveLength(3);
      expect(result.ok && result.applied).toBe(12);
    });
  });

  it.each<{ name: string; files: Record<string, string>; errors: string[] }>([
    { name: 'a YAML file', files: { 'curation.yaml': 'entries: []' }, errors: ['"curation.yaml": YAML is not supported (the project has no YAML parser); write the same entries as JSON in curation.json'] },
    { name: 'a file with errors', files: { 'curation.json': '{"entries": [{"hide": 3}]}' }, errors: ['"curation.json": entries[0].hide: expected an event id or an array of event ids'] },
  ])('applies nothing from $name', async ({ files, errors }) => {
    await withFiles(files, async (folder) => {
      expect(await curateFromFolder(folder, events())).toEqual({ ok: false, errors });
    });
  });
});

describe('curateFromFolder reads only a regular curation.json inside the folder', () => {
  it.each([
    { name: 'a named pipe (reading it would wait forever)', make: (path: string) => void execFileSync('mkfifo', [path]), error: '"curation.json": not a regular file' },
    { name: 'a link out of the folder', make: (path: string) => symlinkSync('/etc/passwd', path), error: '"curation.json": a link to a file outside the input folder; not read' },
  ])('$name is an error, not a hang or a leak', async ({ make, error }) => {
    const folder = await mkdtemp(join(tmpdir(), 'curation-special-'));
    try {
      make(join(folder, 'curation.json'));
      expect(await curateFromFolder(folder, events())).toEqual({ ok: false, errors: [error] });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('applyCuration and an event status', () => {
  it('keeps a planned status, right after the sources', () => {
    const list = events();
    const planned = { ...list.events.find((e) => e.id === BRIDGE)!, status: 'planned' as const };
    list.events = list.events.map((e) => (e.id === BRIDGE ? planned : e));
    const out = apply([], list).list.events.find((e) => e.id === BRIDGE)!;
    expect(out.status).toBe('planned');
    expect(Object.keys(out).indexOf('status')).toBe(Object.keys(out).indexOf('sources') + 1);
  });
});
