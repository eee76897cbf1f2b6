// Interop against hostile or oversized input (issue 11, findings 13 and 17): every field
// TimelineJS renders as HTML goes out escaped and comes back as it was; an overlong slide is left
// out with a note instead of failing the file; a sheet with 200,000 unknown columns says so plainly.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDate } from '../../../src/core/dates';
import { MAX_LABEL, MAX_TITLE, MAX_WARNINGS, validateEventList, type EventList } from '../../../src/core/schema';
import { runConvert } from '../../../src/interop/convert';
import { fromCsv, parseCsv, toCsv, COLUMNS } from '../../../src/interop/csv';
import { fromTimelineJS, toTimelineJS } from '../../../src/interop/timelinejs';

const IMG = '<img src=x onerror="alert(1)">';

function hostileList(): EventList {
  const date = { ...eventDate('2024-03-05', '2024-03-05', 'day'), label: `5 March 2024 ${IMG}` };
  return { version: 1, articles: [], events: [{ id: 'e1', title: 'Budget', date, sources: [], tags: [IMG, 'city'], edited: ['title', 'date'] }] };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'interop-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('export escapes every field TimelineJS renders', () => {
  it('in TimelineJS JSON: the group and the display date too, and they come back as they were', () => {
    const list = hostileList();
    const [slide] = toTimelineJS(list).events;
    expect(slide.group).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(slide.display_date).toBe('5 March 2024 &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    for (const text of [slide.group, slide.display_date, slide.text?.headline, slide.text?.text]) expect(text).not.toMatch(/</);
    const back = fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS(list))), 'tl.json');
    expect(back.list.events[0].tags).toEqual(list.events[0].tags);
  });

  it('in the TimelineJS sheet: the Group and Display Date columns too', () => {
    const { rows } = parseCsv(toCsv(hostileList()));
    const cell = (name: (typeof COLUMNS)[number]) => rows[1][COLUMNS.indexOf(name)];
    expect(cell('Group')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(cell('Display Date')).not.toMatch(/</);
    const back = fromCsv(toCsv(hostileList()), 'sheet.csv');
    expect(back.list.events[0].tags).toEqual([IMG]);
  });
});

describe('import leaves an overlong slide out, with a note', () => {
  const slide = (headline: string, extra: Record<string, unknown> = {}) => ({ start_date: { year: 2024, month: 3 }, text: { headline }, ...extra });

  it.each([
    { name: 'a group over the label limit', bad: slide('Long group', { group: 'g'.repeat(MAX_LABEL + 1) }), why: `group longer than ${MAX_LABEL} characters; left out` },
    { name: 'a text over 100,000 characters', bad: slide('Long text', { text: { headline: 'Long text', text: 'x'.repeat(100_001) } }), why: 'text longer than 100,000 characters; left out' },
    { name: 'a headline over the title limit', bad: slide('h'.repeat(MAX_TITLE + 1)), why: `headline longer than ${MAX_TITLE.toLocaleString('en-GB')} characters; left out` },
  ])('$name', async ({ bad, why }) => {
    const input = join(dir, 'long.json');
    const output = join(dir, 'long-events.json');
    await writeFile(input, JSON.stringify({ events: [slide('Kept'), bad, slide('Also kept')] }));
    const { code, stderr } = await runConvert([input, output]);
    expect(code, stderr.join('\n')).toBe(0);
    expect(stderr.filter((l) => l.startsWith('note:'))).toEqual([expect.stringMatching(new RegExp(`^note: ${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: events\\[1\\] \\(".*"\\): ${why.replace(/[()]/g, '\\$&')}$`))]);
    const list = JSON.parse(await readFile(output, 'utf8')) as EventList;
    expect(list.events.map((e) => e.title)).toEqual(['Also kept', 'Kept']);
  });

  it('keeps at most the notes a list holds, and says how many more there were', () => {
    const events = Array.from({ length: MAX_WARNINGS + 500 }, (_, i) => slide(`Slide ${i}`, { media: { url: `https://example.org/${i}.jpg` } }));
    const { list, notes } = fromTimelineJS({ events }, 'many.json');
    expect(notes).toHaveLength(MAX_WARNINGS + 500);
    expect(list.notes).toHaveLength(MAX_WARNINGS);
    expect(list.notes!.at(-1)).toBe('many.json: 501 more notes, not kept in the list');
    expect(validateEventList(list).ok).toBe(true);
  });
});

describe('a sheet with 200,000 unknown columns', () => {
  it('is read, with one short note naming a few of them and counting the rest', async () => {
    const header = ['Year', 'Month', 'Headline', ...Array.from({ length: 200_000 }, (_, i) => `Extra ${i}`)].join(',');
    const input = join(dir, 'wide.csv');
    const output = join(dir, 'wide.json');
    await writeFile(input, `${header}\r\n2024,3,Budget passed\r\n`);
    const { code, stderr } = await runConvert([input, output]);
    expect(stderr).toEqual([
      `note: ${input}: row 1: 200,000 columns "Extra 0", "Extra 1", "Extra 2", "Extra 3", "Extra 4", "Extra 5", "Extra 6", "Extra 7", "Extra 8", "Extra 9" and 199,990 more not carried over`,
      `convert: csv -> events: 1 event, 1 note -> ${output}`,
    ]);
    expect(code).toBe(0);
  });
});
