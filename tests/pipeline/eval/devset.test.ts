// The development-set scorer on a tiny gold set and an event list made by hand; every figure
// below is counted in the comments.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/eval/cli';
import { type GoldArticle, readGoldArticle, toUtcMinute } from '../../../src/eval/devset/gold';
import { readJudgments, scoreDevset, scoreHeadlines } from '../../../src/eval/devset/score';
import type { ScoredEvent } from '../../../src/eval/pipeline-adapter';

const text1 = 'Published: 2024-03-05\n\nA quake struck Ardena on Monday. Rescuers arrived on Tuesday. The mayor resigned in 2020. Talks will resume on Friday.\n';
const text2 = 'Published: 2024-03-06\n\nThe quake on Monday killed ten. Rescuers arrived Tuesday.\n';
const texts: Record<string, string> = { 'a1.txt': text1, 'a2.txt': text2 };

const happening = (id: string, date: string, evidence: string, status = 'happened', precision = 'day') => ({ id, date, precision, approximate: false, status, headline: id, evidence: [evidence], dateWords: [] });
const goldFiles = {
  'a1.txt': {
    file: 'a1.txt',
    annotator: 'T',
    happenings: [
      happening('q:quake', '2024-03-04', 'A quake struck Ardena on Monday.'),
      happening('q:rescue', '2024-03-05', 'Rescuers arrived on Tuesday.'),
      happening('q:talks', '2024-03-08', 'Talks will resume on Friday.', 'planned'),
    ],
  },
  'a2.txt': { file: 'a2.txt', annotator: 'T', happenings: [happening('q:quake', '2024-03-04', 'The quake on Monday killed ten.')] },
};

function loadGold(story: string, file: 'a1.txt' | 'a2.txt'): GoldArticle {
  const { article, warnings } = readGoldArticle(JSON.stringify(goldFiles[file]), `${story}/${file}`, story, (f) => texts[f] ?? null);
  expect(warnings).toEqual([]);
  return article;
}

const src = (article: string, text: string, sentence: string) => {
  const start = text.indexOf(sentence);
  return { article, quote: sentence, start, end: start + sentence.length, timex: { text: 'x', start, end: start + 1, value: 'x' } };
};
const ev = (id: string, start: string, precision: ScoredEvent['date']['precision'], sources: ReturnType<typeof src>[], status?: ScoredEvent['status']): ScoredEvent => ({
  id, title: `Headline ${id}`, date: { start, end: start, precision, approximate: false, label: start }, sources, ...(status ? { status } : {}),
});

const gold = [loadGold('q_one', 'a1.txt'), loadGold('q_two', 'a2.txt')];
const keys = new Map([['p1', 'q_one/a1.txt'], ['p2', 'q_two/a2.txt']]);
const events = [
  // E1: both articles' quake sentences, right day: correct, tells q:quake.
  ev('E1', '2024-03-04', 'day', [src('p1', text1, 'A quake struck Ardena on Monday.'), src('p2', text2, 'The quake on Monday killed ten.')]),
  // E2: the rescue a day late: wrong date.
  ev('E2', '2024-03-06', 'day', [src('p1', text1, 'Rescuers arrived on Tuesday.')]),
  // E3: the mayor's resignation is not a gold happening (not annotated).
  ev('E3', '2020', 'year', [src('p1', text1, 'The mayor resigned in 2020.')]),
  // E4: the talks, right day, but told as happened where gold says planned: wrong status.
  ev('E4', '2024-03-08', 'day', [src('p1', text1, 'Talks will resume on Friday.')], 'happened'),
  // E5: the quake again from the second article: correct, and with E1 a missed merge.
  ev('E5', '2024-03-04', 'day', [src('p2', text2, 'The quake on Monday killed ten.')]),
  // E6: the rescue (right day) merged with the quake sentence: correct for q:rescue, and a wrong merge.
  ev('E6', '2024-03-05', 'day', [src('p1', text1, 'Rescuers arrived on Tuesday.'), src('p2', text2, 'The quake on Monday killed ten.')]),
];

describe('dev-set scorer', () => {
  const s = scoreDevset(gold, events, keys);

  it('verdict per event', () => {
    expect(s.events.map((e) => [e.id, e.verdict, e.goldIds])).toEqual([
      ['E1', 'correct', ['q:quake']],
      ['E2', 'wrong date', []],
      ['E3', 'not a gold happening', []],
      ['E4', 'wrong status', []],
      ['E5', 'correct', ['q:quake']],
      ['E6', 'correct', ['q:rescue']],
    ]);
    expect(s.events[1].expected).toEqual([{ id: 'q:rescue', date: '2024-03-05', precision: 'day', status: 'happened' }]);
  });

  it('precision 3/6, recall 3/4 per article, 2/3 of story-wide ids', () => {
    // correct: E1, E5, E6. Gold per article: a1 quake, rescue, talks; a2 quake. Found: a1 quake (E1),
    // a1 rescue (E6), a2 quake (E1, E5); the talks only with the wrong status.
    expect(s.precision).toEqual({ hits: 3, total: 6, value: 0.5 });
    expect(s.recall).toEqual({ hits: 3, total: 4, value: 0.75 });
    expect(s.recallIds.hits).toBe(2);
    expect(s.recallIds.total).toBe(3);
    expect(s.missed.map((m) => [m.article, m.id])).toEqual([['q_one/a1.txt', 'q:talks']]);
    expect(s.statusChecked).toBe(true);
  });

  it('reads an event with no status as happened when the list carries statuses, as the pipeline writes it', () => {
    const talks = ev('T', '2024-03-08', 'day', [src('p1', text1, 'Talks will resume on Friday.')]);
    const other = ev('O', '2024-03-04', 'day', [src('p1', text1, 'A quake struck Ardena on Monday.')], 'planned');
    expect(scoreDevset(gold, [talks, other], keys).events[0].verdict).toBe('wrong status');
    // a list with no status at all (an older format) is not compared on status
    const alone = scoreDevset(gold, [talks], keys);
    expect(alone.events[0].verdict).toBe('correct');
    expect(alone.statusChecked).toBe(false);
  });

  it('per precision', () => {
    // day events E1 E2 E4 E5 E6 (3 correct), the year event E3 (0); gold all days, 3 of 4 found.
    expect(s.byPrecision).toEqual([
      { precision: 'year', events: { hits: 0, total: 1, value: 0 }, gold: { hits: 0, total: 0, value: null } },
      { precision: 'day', events: { hits: 3, total: 5, value: 0.6 }, gold: { hits: 3, total: 4, value: 0.75 } },
    ]);
  });

  it('merges: E6 tells two happenings; q:quake is told by E1 and E5', () => {
    expect(s.wrongMerges).toEqual(['E6']);
    expect(s.missedMerges).toEqual([{ goldId: 'q:quake', events: ['E1', 'E5'] }]);
  });

  it('headline score from judgments; unjudged ones counted, not guessed', () => {
    const judgments = readJudgments(
      JSON.stringify([
        { article: 'q_one/a1.txt', headline: 'Headline E1', score: 2, judge: 'J' },
        { article: 'q_one/a1.txt', headline: 'Headline E3', score: 0, judge: 'J' },
        { article: 'q_one/a1.txt', headline: 'Headline E9', score: 1, judge: 'J' },
      ]),
      'j.json',
    );
    const h = scoreHeadlines(s.events, judgments);
    // judged E1 (2) and E3 (0): mean 1; of correct events only E1: 2. E2 E4 E5 E6 unjudged.
    expect([h.judged, h.unjudged, h.mean, h.meanCorrect]).toEqual([2, 4, 1, 2]);
    expect(h.toJudge.map((t) => [t.article, t.headline])).toEqual([
      ['q_one/a1.txt', 'Headline E2'],
      ['q_one/a1.txt', 'Headline E4'],
      ['q_two/a2.txt', 'Headline E5'],
      ['q_one/a1.txt', 'Headline E6'],
    ]);
  });

  it.each([
    { name: 'a score outside 0-2', entry: { article: 'a', headline: 'h', score: 3, judge: 'J' }, reason: /0, 1 or 2/ },
    { name: 'no judge', entry: { article: 'a', headline: 'h', score: 1 }, reason: /judge/ },
  ])('rejects a judgment with $name', ({ entry, reason }) => expect(() => readJudgments(JSON.stringify([entry]), 'j.json')).toThrow(reason));
});

describe('gold files', () => {
  it('lists evidence that is not in the text and leaves a happening without any out', () => {
    const bad = { file: 'a1.txt', happenings: [happening('q:x', '2024-03-04', 'A quake struck Ardena on monday.')] };
    const { article, warnings } = readGoldArticle(JSON.stringify(bad), 'q_one/a1.json', 'q_one', (f) => texts[f] ?? null);
    expect(article.happenings).toEqual([]);
    expect(warnings.join('\n')).toMatch(/evidence not found in the article text: "A quake struck Ardena on monday\."/);
  });

  it('a minute with its zone also matches in UTC', () => {
    expect(toUtcMinute('2010-06-01T19:30', -300)).toBe('2010-06-02T00:30');
    const g = { file: 'a1.txt', happenings: [{ ...happening('q:q', '2024-03-04T10:30', 'A quake struck Ardena on Monday.', 'happened', 'minute'), zone: 'EST' }] };
    const { article } = readGoldArticle(JSON.stringify(g), 'w', 'q_one', (f) => texts[f] ?? null);
    const quake = src('p1', text1, 'A quake struck Ardena on Monday.');
    const r = scoreDevset([article], [ev('Z', '2024-03-04T15:30', 'minute', [quake])], new Map([['p1', 'q_one/a1.txt']]));
    expect(r.precision.hits).toBe(1);
  });

  // a1 says the quake came "in March 2024"; a2 gives its day. A merged event carries a2's day.
  const monthOnly = { file: 'a1.txt', happenings: [happening('q:quake', '2024-03', 'A quake struck Ardena on Monday.', 'happened', 'month')] };
  const dayToo = { file: 'a2.txt', happenings: [happening('q:quake', '2024-03-04', 'The quake on Monday killed ten.')] };
  const read = (g: object, story: string) => readGoldArticle(JSON.stringify(g), `${story}/x`, story, (f) => texts[f] ?? null).article;
  const quake1 = src('p1', text1, 'A quake struck Ardena on Monday.');
  const quake2 = { ...src('p2', text2, 'The quake on Monday killed ten.'), timex: { text: 'on Monday', start: 0, end: 1, value: '2024-03-04' } };
  // (a2 telling only the month: its expression gives no day)
  const quake2Month = { ...quake2, timex: { ...quake2.timex, value: '2024-03' } };
  it.each([
    { name: "a finer date from another article's telling, within the month", date: '2024-03-04', sources: [quake1, quake2], found: 2 },
    { name: 'a finer date no telling gave (the other article too gives the month)', date: '2024-03-04', sources: [quake1, quake2Month], found: 1 },
    { name: 'the same finer date told by that article alone (precision it did not give)', date: '2024-03-04', sources: [quake1], found: 0 },
    { name: 'a finer date outside the month', date: '2024-04-01', sources: [quake1, quake2], found: 0 },
  ])('finds a month happening by $name: $found found', ({ date, sources, found }) => {
    const r = scoreDevset([read(monthOnly, 'q_one'), read(dayToo, 'q_two')], [ev('M', date, 'day', sources)], keys);
    expect(r.recall.hits).toBe(found);
  });

  it.each([
    { name: 'bad JSON', json: '{', reason: /not JSON/ },
    { name: 'a missing article', json: JSON.stringify({ file: 'nope.txt', happenings: [] }), reason: /cannot be read/ },
  ])('rejects $name with the file named', ({ json, reason }) => expect(() => readGoldArticle(json, 'q_one/x.json', 'q_one', (f) => texts[f] ?? null)).toThrow(reason));
});

describe('npm run eval -- --devset', () => {
  it('runs the pipeline on the annotated articles and writes every event with its verdict', async () => {
    const root = await mkdtemp(join(tmpdir(), 'devset-'));
    await mkdir(join(root, 'corpus', 'q_one', 'articles'), { recursive: true });
    await mkdir(join(root, 'gold', 'q_one'), { recursive: true });
    await writeFile(join(root, 'corpus', 'q_one', 'articles', 'a1.txt'), text1);
    await writeFile(join(root, 'corpus', 'q_one', 'articles', 'a2.txt'), text2); // not annotated: not run
    await writeFile(join(root, 'gold', 'q_one', 'a1.json'), JSON.stringify({ story: 'q_one', published: '2024-03-05', ...goldFiles['a1.txt'] }));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    let printed = '';
    try {
      const code = await main(['--devset', join(root, 'gold'), '--corpus', join(root, 'corpus'), '--out', join(root, 'out'), '--judgments', join(root, 'none.json'), '--json', join(root, 'figures.json')]);
      printed = out.mock.calls.map((c) => String(c[0])).join('');
      expect(code).toBe(0);
    } finally {
      out.mockRestore();
      log.mockRestore();
    }
    expect(printed).toMatch(/Development set: 1 articles, 3 gold happenings/);
    expect(printed).toMatch(/publication dates read +1 of 1/);
    const written = JSON.parse(await readFile(join(root, 'out', 'events.json'), 'utf8'));
    expect(written.events.length).toBeGreaterThan(0);
    expect(written.events.every((e: { sources: { article: string }[] }) => e.sources.every((s) => s.article === 'q_one/a1.txt'))).toBe(true);
    const figures = JSON.parse(await readFile(join(root, 'figures.json'), 'utf8'));
    expect(figures.recall.total).toBe(3);
    expect(figures.headlines.judged).toBe(0);
  });
});
