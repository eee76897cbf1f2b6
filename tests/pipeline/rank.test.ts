// The rank stage: importance from the collection's evidence, the key events, their clearest
// title and their verbatim one-sentence summary.
import { mkdtemp, readFile, rm, copyFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventDate } from '../../src/core/dates';
import { validateEventList, type EventList, type Source, type TimelineEvent } from '../../src/core/schema';
import { runRankedPipeline } from '../../src/eval/pipeline-adapter';
import { defaultRanker } from '../../src/eval/tls/system-timeline';
import { runCli } from '../../src/pipeline/cli';
import { runPipeline } from '../../src/pipeline/pipeline';
import { readArticles } from '../../src/pipeline/read';
import { titleFaults } from '../../src/pipeline/title';
import {
  clearestTitle,
  importanceOf,
  keyEventCount,
  MAX_KEY_EVENTS,
  MIN_KEY_EVENTS,
  rankEvents,
  sourceKey,
  summaryOf,
  type ArticleEvidence,
  type RankEvidence,
} from '../../src/pipeline/rank';

const FIXTURES = 'tests/fixtures/articles';

function source(article: string, start: number, quote = 'The port authority signed the wage deal on Wednesday.'): Source {
  const at = quote.indexOf('Wednesday');
  return { article, quote, start, end: start + quote.length, timex: { text: 'Wednesday', start: start + Math.max(0, at), end: start + Math.max(0, at) + 9, value: '2025-03-05' } };
}

function event(id: string, day: string, sources: Source[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: `Event ${id}`, date: eventDate(day, day, 'day'), sources, ...extra };
}

function evidence(
  articles: Record<string, Partial<ArticleEvidence>>,
  referBack: Record<string, number> = {},
  titles: [Source, string][] = [],
  dates: [Source, TimelineEvent['date']][] = [],
): RankEvidence {
  return {
    articles: new Map(Object.entries(articles).map(([id, a]) => [id, { publisher: null, published: '2025-03-06', leadEnd: 0, ...a }])),
    referBack: new Map(Object.entries(referBack)),
    titles: new Map(titles.map(([s, t]) => [sourceKey(s), t])),
    dates: new Map(dates.map(([s, d]) => [sourceKey(s), d])),
  };
}

const list = (events: TimelineEvent[]): EventList => ({ version: 1, articles: [], events });

describe('importanceOf', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const plain = evidence(Object.fromEntries(ids.map((id) => [id, {}])));

  it.each([
    {
      name: 'more articles reporting it',
      more: event('m', '2025-03-05', [source('a', 0), source('b', 0), source('c', 0)]),
      less: event('l', '2025-03-04', [source('d', 0)]),
      ev: plain,
    },
    {
      name: 'more distinct publishers for the same number of articles',
      more: event('m', '2025-03-05', [source('a', 0), source('b', 0)]),
      less: event('l', '2025-03-04', [source('c', 0), source('d', 0)]),
      ev: evidence({ a: { publisher: 'Wire' }, b: { publisher: 'Daily' }, c: { publisher: 'Wire' }, d: { publisher: 'wire' } }),
    },
    {
      name: 'later articles referring back to its date',
      more: event('m', '2025-03-05', [source('a', 0)]),
      less: event('l', '2025-03-04', [source('b', 0)]),
      ev: evidence({ a: {}, b: {} }, { '2025-03-05': 12, '2025-03-04': 1 }),
    },
    {
      name: 'a source in its article\'s lead',
      more: event('m', '2025-03-05', [source('a', 10)]),
      less: event('l', '2025-03-04', [source('b', 10)]),
      ev: evidence({ a: { leadEnd: 200 }, b: { leadEnd: 5 } }),
    },
  ])('ranks higher with $name', ({ more, less, ev }) => {
    const [m, l] = importanceOf([more, less], ev);
    expect(m).toBeGreaterThan(l);
    for (const x of [m, l]) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of [m, l]) expect(x).toBeLessThanOrEqual(1);
  });

  it('gives an editor\'s highlight full importance', () => {
    const weak = event('h', '2025-03-01', [source('e', 0)], { highlight: true });
    const strong = event('s', '2025-03-05', [source('a', 0), source('b', 0), source('c', 0)]);
    expect(importanceOf([weak, strong], plain)).toEqual([1, expect.any(Number)]);
  });

  it('gives the strongest event on every count full importance and an event without evidence none', () => {
    const top = event('t', '2025-03-05', [source('a', 0), source('b', 0)]);
    const bare = event('z', '2025-03-04', []);
    expect(importanceOf([top, bare], evidence({ a: { leadEnd: 100 }, b: {} }, { '2025-03-05': 3 }))).toEqual([1, 0]);
  });
});

describe('keyEventCount', () => {
  const manyDays = Array.from({ length: 400 }, (_, i) => event(String(i), new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), []));
  const spanning = (days: number) => evidence({ first: { published: '2024-01-01' }, last: { published: new Date(Date.UTC(2024, 0, days)).toISOString().slice(0, 10) } });

  it.each([
    { name: 'a single day: the minimum', days: 1, expected: MIN_KEY_EVENTS },
    { name: 'a month: two per square root of its days', days: 30, expected: 11 },
    { name: 'a year', days: 365, expected: 38 },
    { name: 'three years: the maximum', days: 1100, expected: MAX_KEY_EVENTS },
  ])('$name', ({ days, expected }) => {
    expect(keyEventCount(manyDays, spanning(days))).toBe(expected);
  });

  it('measures the span by the events\' own dates when no article has a publication date', () => {
    const undated = evidence({ a: { published: null } });
    expect(keyEventCount(manyDays.slice(0, 100), undated)).toBe(Math.round(2 * Math.sqrt(100)));
  });

  it('never asks for more key events than the days the events fall on', () => {
    const three = manyDays.slice(0, 3);
    expect(keyEventCount(three, spanning(365))).toBe(3);
  });
});

describe('clearestTitle', () => {
  it.each([
    { name: 'one candidate', candidates: ['Port signs wage deal'], expected: 'Port signs wage deal' },
    { name: 'the wording most sources share', candidates: ['Port signs wage deal', 'Port authority signs wage deal', 'Mayor praises harbour upgrade'], expected: 'Port signs wage deal' },
    { name: 'a whole title over one cut short', candidates: ['Port authority signs the long awaited wage deal with the dockworkers…', 'Port authority signs wage deal with dockworkers'], expected: 'Port authority signs wage deal with dockworkers' },
    { name: 'a title over a one-word stub', candidates: ['Deal', 'Port signs deal'], expected: 'Port signs deal' },
    { name: 'a title over a two-word stub', candidates: ['Tremor hit', 'The strongest tremor in decades hit the coastal town'], expected: 'The strongest tremor in decades hit the coastal town' },
    { name: 'a named subject over a pronoun, though more sources share it', candidates: ['He signed the wage deal', 'He signed the wage deal', 'Mayor Ortiz signed the wage deal'], expected: 'Mayor Ortiz signed the wage deal' },
    { name: 'a happening over a bare attribution', candidates: ['The port authority said', 'The port authority said', 'Port authority signed the wage deal'], expected: 'Port authority signed the wage deal' },
    { name: 'a whole phrase over one ending on a joining word', candidates: ['Dockworkers ended the strike because', 'Dockworkers ended the strike'], expected: 'Dockworkers ended the strike' },
    { name: 'a short clean title over a longer glued one more sources share', candidates: ['Landslide blocked the pass was the third this year', 'Landslide blocked the pass was the third this year', 'Landslide blocked the pass'], expected: 'Landslide blocked the pass' },
    { name: 'one sentence over two run together', candidates: ['We could not reach the harbour Hundreds of workers gathered', 'Hundreds of workers gathered at the harbour'], expected: 'Hundreds of workers gathered at the harbour' },
  ])('$name', ({ candidates, expected }) => {
    expect(clearestTitle(candidates)).toBe(expected);
    expect(clearestTitle([...candidates].reverse())).toBe(expected);
  });
});

describe('clearestTitle with the sources\' sentences', () => {
  it('prefers the title whose words the other sources\' sentences tell', () => {
    const candidates = ['There will be more to say next week', 'Harbour board says the dredging failed'];
    const sentences = [
      'There will be more to say next week, when the harbour board publishes its report.',
      'The harbour board said on Monday that the dredging of the channel had failed.',
      'Dredging of the channel failed, the harbour board found, and ships ran aground.',
    ];
    expect(clearestTitle(candidates, sentences)).toBe('Harbour board says the dredging failed');
    expect(clearestTitle([...candidates].reverse(), [...sentences].reverse())).toBe('Harbour board says the dredging failed');
  });
  it('does not let one word the other sentence happens to share decide', () => {
    const candidates = ['Village baker was robbed', 'Two men walked into the shop at 12 Mill Lane'];
    const sentences = ['A village baker was robbed on Friday when a pair of thieves emptied the till of the shop.', 'Two men walked into the shop at 12 Mill Lane around noon.'];
    // "shop" alone is told by both: the shorter title wins, as without the sentences
    expect(clearestTitle(candidates, sentences)).toBe('Village baker was robbed');
  });
});

describe('titleFaults', () => {
  it.each([
    { title: 'Mayor Ortiz signed the wage deal', faults: 0 },
    { title: 'Talks resumed in The Hague', faults: 0 },
    { title: 'He signed the wage deal', faults: 1 },
    { title: 'The port authority said', faults: 1 },
    { title: 'Officials told reporters', faults: 1 },
    { title: 'Dockworkers ended the strike because', faults: 1 },
    { title: 'Strike ended after talks with the', faults: 1 },
    { title: 'The crews could not reach the harbour Hundreds of workers gathered', faults: 1 },
    { title: 'We could not reach the harbour Hundreds of workers gathered', faults: 2 },
    { title: 'It said', faults: 2 },
    // a second finite verb glued after a whole clause
    { title: 'Storm flooded the valley was the worst in years', faults: 1 },
    { title: 'Ministry published the ferry logs went missing', faults: 1 },
    { title: 'Rebels shelled the depot killed four guards', faults: 1 },
    { title: 'Inspectors said the crane had failed', faults: 0 },
    { title: 'Ministry published the ferry logs seized in the raid', faults: 0 },
    { title: 'The clerk the jury heard was dismissed', faults: 0 },
    { title: 'Fears that the dam could burst brought crowds to the valley', faults: 0 },
    { title: 'Mills helped farmers sell grain', faults: 0 },
    { title: 'Harbour board says it will review the case are the tolls fair', faults: 1 },
    { title: 'Mayor says Ana Ruiz assured him the port would close', faults: 0 },
  ])('$title: $faults', ({ title, faults }) => {
    expect(titleFaults(title)).toBe(faults);
  });
});

describe('rankEvents', () => {
  const events = Array.from({ length: 12 }, (_, i) => event(`e${String(i).padStart(2, '0')}`, `2025-03-${String(i + 1).padStart(2, '0')}`, Array.from({ length: 1 + (i % 4) }, (_, k) => source(`art${k}`, i * 100))));
  const ev = evidence({ art0: {}, art1: {}, art2: {}, art3: {} });

  it('marks exactly --key-events N events when asked, the most important ones', () => {
    for (const n of [0, 1, 3, 12, 50]) {
      const ranked = rankEvents(list(events), ev, { keyEvents: n }).events;
      const key = ranked.filter((e) => e.key);
      expect(key).toHaveLength(Math.min(n, events.length));
      const lowestKey = Math.min(...key.map((e) => e.importance!));
      for (const e of ranked.filter((x) => !x.key)) expect(e.importance!).toBeLessThanOrEqual(lowestKey);
    }
  });

  it('gives a key event the clearest of its sources\' titles, and leaves an editor\'s title alone', () => {
    const s = [source('art0', 0), source('art1', 0), source('art2', 0)];
    const titles: [Source, string][] = [[s[0], 'Authority inks pact'], [s[1], 'Port signs wage deal'], [s[2], 'Port authority signs wage deal']];
    const e = event('x', '2025-03-05', s);
    const edited = { ...e, id: 'y', title: 'Editor wrote this', edited: ['title' as const] };
    const ranked = rankEvents(list([e, edited]), evidence({ art0: {}, art1: {}, art2: {} }, {}, titles), { keyEvents: 2 }).events;
    // The consensus wording: its words are the ones the other sources use.
    expect(ranked[0].title).toBe('Port authority signs wage deal');
    // ...and its summary is the sentence that title came from, so the two tell the same thing.
    expect(ranked[0].summary?.article).toBe('art2');
    expect(ranked[1].title).toBe('Editor wrote this');
  });

  it('lists first the source a title was drawn from, key or not, the rest in their order', () => {
    const s = [source('art0', 0), source('art1', 0), source('art2', 0)];
    const titles: [Source, string][] = [[s[0], 'Authority inks pact'], [s[1], 'Port signs wage deal'], [s[2], 'Port authority signs wage deal']];
    const plain = { ...event('p', '2025-03-05', s), title: 'Port signs wage deal' };
    const key = event('k', '2025-03-06', s);
    const grouped = { ...event('g', '2025-03-07', s), title: 'Port signs wage deal', edited: ['sources' as const] };
    const ranked = rankEvents(list([plain, key, grouped]), evidence({ art0: {}, art1: {}, art2: {} }, {}, titles), { keyEvents: 1 }).events;
    const byId = new Map(ranked.map((e) => [e.id, e]));
    expect(byId.get('p')!.sources.map((x) => x.article)).toEqual(['art1', 'art0', 'art2']);
    // The key event took the clearest title, and the sentence it came from leads.
    expect(byId.get('k')!.title).toBe('Port authority signs wage deal');
    expect(byId.get('k')!.sources.map((x) => x.article)).toEqual(['art2', 'art0', 'art1']);
    // An editor's grouping keeps its order.
    expect(byId.get('g')!.sources.map((x) => x.article)).toEqual(['art0', 'art1', 'art2']);
  });

  it('takes the title from, and lists first, a telling that gives the event its date, not a coarser one', () => {
    const s = [source('art0', 0), source('art1', 0), source('art2', 0)];
    const titles: [Source, string][] = [[s[0], 'Port authority signs wage deal'], [s[1], 'Port signs deal'], [s[2], 'Dockers agree pay deal with the port']];
    const day = eventDate('2025-03-05', '2025-03-05', 'day');
    const month = eventDate('2025-03', '2025-03', 'month');
    const dates: [Source, TimelineEvent['date']][] = [[s[0], month], [s[1], day], [s[2], day]];
    const e = { ...event('d', '2025-03-05', s), title: 'Port signs deal' };
    const ranked = rankEvents(list([e]), evidence({ art0: {}, art1: {}, art2: {} }, {}, titles, dates), { keyEvents: 1 }).events;
    // The month's telling, whose words the others share most, is passed over: the headline comes from a day's.
    expect(ranked[0].title).not.toBe('Port authority signs wage deal');
    expect(['art1', 'art2']).toContain(ranked[0].sources[0].article);
    // Not key and not weak, the title stays, and its day's telling leads even after a month's with the same words.
    titles.push([s[0], 'Port signs deal']);
    const plain = rankEvents(list([e]), evidence({ art0: {}, art1: {}, art2: {} }, {}, titles.slice(1), dates), { keyEvents: 0 }).events;
    expect(plain[0].sources.map((x) => x.article)).toEqual(['art1', 'art0', 'art2']);
  });

  it('counts a telling at the event\'s precision as giving its date, though its span differs', () => {
    const s = [source('art0', 0), source('art1', 0), source('art2', 0)];
    const titles: [Source, string][] = [[s[0], 'Port signs deal'], [s[1], 'Port signs deal'], [s[2], 'Dockers agree pay deal with the port']];
    // "in March" is coarser; "on 4 and 5 March" gives days, as the event does: its telling leads.
    const dates: [Source, TimelineEvent['date']][] = [
      [s[0], eventDate('2025-03', '2025-03', 'month')],
      [s[1], eventDate('2025-03-04', '2025-03-05', 'day')],
      [s[2], eventDate('2025-03-05', '2025-03-05', 'day')],
    ];
    const e = { ...event('d', '2025-03-05', s), title: 'Port signs deal' };
    const ranked = rankEvents(list([e]), evidence({ art0: {}, art1: {}, art2: {} }, {}, titles, dates), { keyEvents: 0 }).events;
    expect(ranked[0].sources.map((x) => x.article)).toEqual(['art1', 'art0', 'art2']);
  });

  it('gives an event told done a title from a telling that is not planned', () => {
    const s = [source('art0', 0), source('art1', 0), source('art2', 0)];
    const titles: [Source, string][] = [[s[0], 'Port authority signs the wage deal with the dockworkers'], [s[1], 'Port authority signs wage deal with dockworkers'], [s[2], 'Dockworkers got a deal']];
    const e = event('d', '2025-03-05', s);
    const plain = evidence({ art0: {}, art1: {}, art2: {} }, {}, titles);
    expect(rankEvents(list([e]), plain, { keyEvents: 1 }).events[0].title).toBe('Port authority signs wage deal with dockworkers');
    // the first two tell the deal as still to come: the third reports it done
    const told = { ...plain, planned: new Set([sourceKey(s[0]), sourceKey(s[1])]) };
    expect(rankEvents(list([e]), told, { keyEvents: 1 }).events[0].title).toBe('Dockworkers got a deal');
    expect(rankEvents(list([{ ...e, status: 'planned' as const }]), told, { keyEvents: 1 }).events[0].title).toBe('Port authority signs wage deal with dockworkers');
  });

  it('gives an event that is not key a clearer title only when its own is weak', () => {
    const s = [source('art0', 0), source('art1', 0)];
    const weak = { ...event('w', '2025-03-05', s), title: 'Tremor hit' };
    const titles: [Source, string][] = [[s[0], 'Tremor hit'], [s[1], 'The strongest tremor in decades hit the coastal town']];
    const t = [source('art0', 100), source('art1', 100)];
    const fine = { ...event('f', '2025-03-06', t), title: 'Port authority signs wage deal' };
    titles.push([t[0], 'Port authority signs wage deal'], [t[1], 'Port signs deal']);
    const ranked = rankEvents(list([weak, fine]), evidence({ art0: {}, art1: {} }, {}, titles), { keyEvents: 0 }).events;
    expect(ranked.map((e) => e.title)).toEqual(['The strongest tremor in decades hit the coastal town', 'Port authority signs wage deal']);
  });

  it('is deterministic, and whatever the order of the events', () => {
    const once = rankEvents(list(events), ev);
    expect(rankEvents(list(events), ev)).toEqual(once);
    const reversed = rankEvents(list([...events].reverse()), ev);
    expect([...reversed.events].reverse()).toEqual(once.events);
  });

  it('trims the whitespace around a summary and keeps it an exact slice', () => {
    const text = 'Intro.\n  The port authority signed the deal on Wednesday.  \nMore.';
    const start = text.indexOf('\n') + 1;
    const quote = text.slice(start, text.lastIndexOf('\n'));
    const s = summaryOf({ ...source('a', start, quote) });
    expect(s.quote).toBe('The port authority signed the deal on Wednesday.');
    expect(text.slice(s.start, s.end)).toBe(s.quote);
  });
});

describe('on the fixture articles', async () => {
  const run = await runPipeline(FIXTURES);
  const texts = new Map((await readArticles(FIXTURES)).articles.map((a) => [a.file, a.text]));
  if (!run.ok) throw new Error(run.errors.join('; '));
  const { events, articles } = run.eventList;

  it('gives every event an importance from 0 to 1 and passes the page check', () => {
    for (const e of events) expect(e.importance).toBeGreaterThanOrEqual(0);
    for (const e of events) expect(e.importance).toBeLessThanOrEqual(1);
    expect(validateEventList(run.eventList).ok).toBe(true);
  });

  it('marks key events, each with a summary that is verbatim one of its sources\' sentences', () => {
    const key = events.filter((e) => e.key);
    expect(key.length).toBeGreaterThanOrEqual(Math.min(MIN_KEY_EVENTS, events.length));
    const fileOf = new Map(articles.map((a) => [a.id, a.file]));
    for (const e of key) {
      const s = e.summary!;
      expect(s).toBeDefined();
      expect(texts.get(fileOf.get(s.article)!)!.slice(s.start, s.end)).toBe(s.quote);
      expect(e.sources.some((src) => src.article === s.article && src.start <= s.start && s.end <= src.end)).toBe(true);
    }
    for (const e of events.filter((x) => !x.key)) expect(e.summary).toBeUndefined();
  });

  it('is what the timeline-summarisation eval ranks by', async () => {
    const { eventList } = runRankedPipeline((await readArticles(FIXTURES)).articles);
    expect(defaultRanker(eventList.events).name).toBe('importance');
    expect(eventList.events.map((e) => e.importance)).toEqual(events.map((e) => e.importance));
  });

  it('ranks the happening both articles report above any told by one', () => {
    const both = events.filter((e) => new Set(e.sources.map((s) => s.article)).size === 2 && e.date.precision === 'day');
    expect(both.length).toBeGreaterThan(0);
    const single = events.filter((e) => e.sources.length === 1 && !e.sources.some((s) => s.start < 0));
    const top = Math.max(...both.map((e) => e.importance!));
    expect(top).toBeGreaterThan(Math.min(...single.map((e) => e.importance!)));
    expect(both.every((e) => e.key)).toBe(true);
  });
});

describe('npm run events -- --key-events', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'events-rank-'));
  const input = join(dir, 'in');
  await (await import('node:fs/promises')).mkdir(input);
  for (const f of await readdir(FIXTURES)) await copyFile(join(FIXTURES, f), join(input, f));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([0, 2, 7])('marks %i key events', async (n) => {
    const output = join(dir, `out-${n}.json`);
    const result = await runCli(['--input', input, '--output', output, '--key-events', String(n)]);
    expect(result.code).toBe(0);
    const written = JSON.parse(await readFile(output, 'utf8')) as EventList;
    expect(written.events.filter((e) => e.key)).toHaveLength(Math.min(n, written.events.length));
  });

  it.each(['-1', 'many', '2.5'])('refuses --key-events %s with a message naming the option', async (value) => {
    const output = join(dir, 'refused.json');
    const result = await runCli(['--input', input, '--output', output, `--key-events=${value}`]);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/--key-events expects a whole number/);
  });

  it('follows an editor\'s highlight: a highlighted event is key with full importance', async () => {
    const first = JSON.parse(await readFile(join(dir, 'out-2.json'), 'utf8')) as EventList;
    const quiet = [...first.events].sort((a, b) => a.importance! - b.importance! || (a.id < b.id ? -1 : 1))[0];
    await writeFile(join(input, 'curation.json'), JSON.stringify({ version: 1, entries: [{ highlight: quiet.id }] }));
    const output = join(dir, 'highlighted.json');
    expect((await runCli(['--input', input, '--output', output, '--key-events', '2'])).code).toBe(0);
    const after = (JSON.parse(await readFile(output, 'utf8')) as EventList).events.find((e) => e.id === quiet.id)!;
    expect(after.importance).toBe(1);
    expect(after.key).toBe(true);
    await rm(join(input, 'curation.json'));
  });
});
