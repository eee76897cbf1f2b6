// Building the system timeline from events (l days, k sentences, the gold's window, a pluggable
// ranking) and reading the Timeline17 layout.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/eval/cli';
import type { ScoredEvent } from '../../../src/eval/pipeline-adapter';
import { buildTimeline, bySourcesThenDateMentions, byImportance, defaultRanker, eventDay, requestFor } from '../../../src/eval/tls/system-timeline';
import { parseGoldTimeline } from '../../../src/eval/tls/timeline17';

const source = (quote: string) => ({ article: 'a', quote, start: 0, end: quote.length, timex: { text: 'x', start: 0, end: 1, value: 'x' } });
const event = (id: string, start: string, precision: ScoredEvent['date']['precision'], quotes: string[], importance?: number): ScoredEvent => ({
  id,
  title: id,
  date: { start, end: start, precision, approximate: false, label: start },
  sources: quotes.map(source),
  ...(importance === undefined ? {} : { importance }),
});

const events = [
  event('a', '2010-04-20', 'day', ['A one', 'A two', 'A three']),
  event('b', '2010-04-22', 'day', ['B one']),
  event('c', '2010-04-22', 'day', ['C one']),
  event('d', '2010-04', 'month', ['D one', 'D two', 'D three', 'D four']),
  event('e', '2010-05-01T10:30', 'minute', ['E one', 'E two']),
  event('f', '2009-01-01', 'day', ['F one', 'F two', 'F three', 'F four']),
];

describe('system timeline', () => {
  it('counts only events dated to a day (a minute is on its day)', () => {
    expect(events.map(eventDay)).toEqual(['2010-04-20', '2010-04-22', '2010-04-22', null, '2010-05-01', '2009-01-01']);
  });

  it('proxy: sources per event, then mentions of the day', () => {
    // d and f have four sources and four mentions of their date: the earlier date first; b and c
    // have one source each and share a day, then go by id.
    expect(bySourcesThenDateMentions(events).map((e) => e.id)).toEqual(['f', 'd', 'a', 'e', 'b', 'c']);
    expect(defaultRanker(events).name).toMatch(/sources/);
  });

  it('importance when the events carry it', () => {
    const weighted = [event('x', '2010-04-20', 'day', ['X'], 0.2), event('y', '2010-04-21', 'day', ['Y'], 0.9)];
    expect(defaultRanker(weighted).name).toBe('importance');
    expect(byImportance(weighted).map((e) => e.id)).toEqual(['y', 'x']);
  });

  it('l days inside the window, k sentences a day, best source first', () => {
    const ranked = bySourcesThenDateMentions(events);
    const t = buildTimeline(ranked, { days: 2, perDay: 2, first: '2010-04-01', last: '2010-04-30' });
    // f is outside the window, d is a month; a's day first, then b/c's day.
    expect([...t]).toEqual([
      ['2010-04-20', ['A one', 'A two']],
      ['2010-04-22', ['B one', 'C one']],
    ]);
  });

  it('asks for what the gold timeline has: its days, its mean sentences a day rounded, its first and last day', () => {
    const gold = new Map([['2010-05-01', ['x', 'y', 'z']], ['2010-04-20', ['x']]]);
    expect(requestFor(gold)).toEqual({ days: 2, perDay: 2, first: '2010-04-20', last: '2010-05-01' });
  });
});

describe('Timeline17 gold timelines', () => {
  it('reads dates, sentences and dashes, and leaves out a date that is not a day', () => {
    const text = '2010-04-20\nRig explodes .\nEleven die .\n--------\n2011-04-0\nBad date .\n--------\n2010-04-22\nRig sinks .\n--------\n';
    const g = parseGoldTimeline(text, 's/t.txt');
    expect([...g.timeline]).toEqual([
      ['2010-04-20', ['Rig explodes .', 'Eleven die .']],
      ['2010-04-22', ['Rig sinks .']],
    ]);
    expect(g.warnings).toEqual([expect.stringMatching(/s\/t\.txt line 5: "2011-04-0" is not a date/)]);
  });

  it('gathers the sentences of a day written twice, and says so', () => {
    const g = parseGoldTimeline('2010-04-20\nRig explodes .\n-----\n2010-04-20\nEleven die .\n-----\n', 't.txt');
    expect([...g.timeline]).toEqual([['2010-04-20', ['Rig explodes .', 'Eleven die .']]]);
    expect(g.warnings).toEqual([expect.stringMatching(/line 4: 2010-04-20 has a second entry/)]);
  });
});

describe('npm run eval -- --tls', () => {
  it('runs the pipeline on a story folder and scores each gold timeline', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tls-'));
    const story = join(root, 'quake');
    await mkdir(join(story, 'articles'), { recursive: true });
    await mkdir(join(story, 'timelines'), { recursive: true });
    await writeFile(join(story, 'articles', '2024-03-05_1.txt'), 'Published: 2024-03-05\n\nA strong earthquake struck the coastal town of Ardena on Monday, officials said.\n\nRescue teams reached the town on Tuesday.\n');
    await writeFile(join(story, 'timelines', 'gold.txt'), '2024-03-04\nAn earthquake strikes Ardena .\n--------\n2024-03-05\nRescue teams reach the town .\n--------\n');
    const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let printed = '';
    try {
      expect(await main(['--tls', root, '--json', join(root, 'out.json')])).toBe(0);
      printed = log.mock.calls.map((c) => String(c[0])).join('');
    } finally {
      log.mockRestore();
    }
    expect(printed).toMatch(/quake\/gold\.txt/);
    const figures = JSON.parse(await readFile(join(root, 'out.json'), 'utf8'));
    expect(figures.timelines).toHaveLength(1);
    expect(figures.timelines[0].request).toEqual({ days: 2, perDay: 1, first: '2024-03-04', last: '2024-03-05' });
    expect(Object.keys(figures.timelines[0].system)).toEqual(['2024-03-04', '2024-03-05']);
    expect(figures.timelines[0].scores.date.f1).toBe(1);
  });
});
