// The evaluation end to end on TimeML fixtures written for these tests (tests/fixtures/timeml).
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/eval/cli';
import { annotatedLines, evaluate } from '../../../src/eval/evaluate';
import { renderDocument } from '../../../src/eval/render';
import { measures } from '../../../src/eval/score';
import { type TimeMLDocument, parseTimeML } from '../../../src/eval/timeml';

const dir = 'tests/fixtures/timeml';
const docs = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.tml')).sort().map(async (f) => parseTimeML(await readFile(join(dir, f), 'utf8'), f)));

describe('evaluation of the fixture corpus', () => {
  const result = evaluate(docs, { lines: 'auto' });

  it('scores whole texts and reads every DCT as the publication date', () => {
    expect(result.lines).toBeNull();
    expect(result.warnings).toEqual([]);
    expect(result.documents.map((d) => d.published?.slice(0, 10))).toEqual(docs.map((d) => d.dctValue));
  });

  it('finds the article date line as a temporal expression', () => {
    const port = result.documents.find((d) => d.id === 'port_strike')!;
    expect(port.system[0]).toMatchObject({ text: 'March 14, 2024', type: 'DATE', value: '2024-03-14' });
  });

  it('meets the accuracy goal on DATE and TIME: value F1 >= 85, relaxed extent F1 >= 90', () => {
    const m = measures(result.dateTime);
    expect(m.value.f1).toBeGreaterThanOrEqual(0.85);
    expect(m.relaxed.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('counts every gold expression of every file', () => {
    expect(result.all.gold).toBe(docs.reduce((n, d) => n + d.timexes.length, 0));
  });
});

describe('annotatedLines', () => {
  const article = (i: number, annotated: number, lines: number): TimeMLDocument => {
    const text = Array.from({ length: lines }, (_, l) => (l < annotated ? `Line ${l} on <T>` : `Line ${l} on Monday.`)).join('\n\n');
    const timexes = [...text.matchAll(/<T>/g)].map((m) => ({ start: m.index, end: m.index + 3, text: '<T>', type: 'DATE' as const, value: '2024' }));
    return { id: `d${i}`, dctValue: '2024-01-01', dctText: null, title: 'A title', text, timexes };
  };

  it.each([
    { name: 'gold only in the first 5 lines of long articles', annotated: 5, lines: 20, docs: 12, expected: 5 },
    { name: 'gold down to the end', annotated: 20, lines: 20, docs: 12, expected: null },
    { name: 'short articles', annotated: 3, lines: 5, docs: 12, expected: null },
    { name: 'too few documents to tell', annotated: 5, lines: 20, docs: 4, expected: null },
  ])('$name', ({ annotated, lines, docs: n, expected }) => {
    expect(annotatedLines(Array.from({ length: n }, (_, i) => renderDocument(article(i, annotated, lines))))).toBe(expected);
  });
});

describe('npm run eval', () => {
  it('prints the figures and writes every miss to a file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'eval-'));
    const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const info = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await main([dir, '--misses', join(out, 'misses.txt'), '--json', join(out, 'figures.json')])).toBe(0);
      const printed = log.mock.calls.map((c) => String(c[0])).join('');
      expect(printed).toMatch(/DATE and TIME expressions/);
      expect(printed).toMatch(/port_strike/);
    } finally {
      log.mockRestore();
      info.mockRestore();
    }
    const misses = await readFile(join(out, 'misses.txt'), 'utf8');
    for (const kind of ['wrong value', 'missed', 'spurious', 'wrong type', 'wrong extent']) expect(misses).toContain(`## ${kind} (`);
    const figures = JSON.parse(await readFile(join(out, 'figures.json'), 'utf8'));
    expect(figures.documents).toBe(docs.length);
  });

  it.each([
    { name: 'no folder', args: [], reason: /one folder/ },
    { name: 'a missing folder', args: ['nope-no-such-dir'], reason: /cannot read folder/ },
    { name: 'a bad --lines', args: [dir, '--lines', 'x'], reason: /--lines/ },
  ])('fails with a reason on $name', async ({ args, reason }) => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main(args)).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(reason);
    } finally {
      err.mockRestore();
    }
  });
});
