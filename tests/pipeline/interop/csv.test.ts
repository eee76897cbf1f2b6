import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventDate } from '../../../src/core/dates';
import { validateEventList, type EventList, type TimelineEvent } from '../../../src/core/schema';
import { COLUMNS, fromCsv, parseCsv, toCsv } from '../../../src/interop/csv';

const fixtures = join(import.meta.dirname, '../../fixtures');
const ourList = (): EventList => JSON.parse(readFileSync(join(fixtures, 'interop/events.json'), 'utf8'));
const sheet = () => fromCsv(readFileSync(join(fixtures, 'timelinejs/sheet.csv'), 'utf8'), 'sheet.csv');

describe('parseCsv (RFC 4180)', () => {
  it.each([
    { name: 'plain fields', text: 'a,b,c\r\n1,2,3\r\n', rows: [['a', 'b', 'c'], ['1', '2', '3']] },
    { name: 'no final line break', text: 'a,b\r\n1,2', rows: [['a', 'b'], ['1', '2']] },
    { name: 'LF and lone CR line ends', text: 'a,b\n1,2\r3,4', rows: [['a', 'b'], ['1', '2'], ['3', '4']] },
    { name: 'a BOM', text: '\uFEFFYear,Headline\r\n', rows: [['Year', 'Headline']] },
    { name: 'quoted commas, quotes and line breaks', text: '"a,b","say ""hi""","line\r\nbreak"\r\n', rows: [['a,b', 'say "hi"', 'line\r\nbreak']] },
    { name: 'empty fields, a trailing comma, a quoted empty field', text: ',,\r\n"",x,', rows: [['', '', ''], ['', 'x', '']] },
    { name: 'blank lines kept, so row numbers match the spreadsheet', text: 'a\r\n\r\nb\r\n', rows: [['a'], [''], ['b']] },
    { name: 'a stray quote inside an unquoted field, kept', text: 'a "b" c,d\n', rows: [['a "b" c', 'd']] },
  ])('reads $name', ({ text, rows }) => {
    expect(parseCsv(text)).toEqual({ rows, error: null });
  });

  it.each([
    { name: 'an unclosed quote', text: 'a,b\r\n"open,2\r\n', error: 'row 2: a quoted field is not closed' },
    { name: 'text after a closing quote', text: 'a,"b"c\r\n', error: 'row 1: text after the closing quote of field 2' },
  ])('reports $name by row', ({ text, error }) => {
    expect(parseCsv(text).error).toBe(error);
  });
});

describe('toCsv', () => {
  it('writes the TimelineJS sheet columns with CRLF line ends, one row per event', () => {
    const csv = toCsv(ourList());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(parseCsv(csv).rows).toHaveLength(ourList().events.length + 1);
  });

  it('writes dates as their parts, with times in 24 hours and the label as the display date', () => {
    const list: EventList = {
      version: 1, articles: [],
      events: [
        { id: 'a', title: 'Quarter', date: eventDate('2024-Q3', '2024-Q3', 'quarter'), sources: [] },
        { id: 'b', title: 'Minute', date: eventDate('2025-03-05T09:05', '2025-03-05T09:05', 'minute'), sources: [], tags: ['city', 'night'] },
      ],
    };
    const [, quarter, minute] = parseCsv(toCsv(list)).rows;
    expect(quarter.slice(0, 10)).toEqual(['2024', '7', '', '', '2024', '9', '', '', 'Q3 2024', 'Quarter']);
    expect(minute.slice(0, 10)).toEqual(['2025', '3', '5', '09:05', '', '', '', '', '5 March 2025, 09:05 UTC', 'Minute']);
    expect(minute[COLUMNS.indexOf('Group')]).toBe('city');
  });

  it.each(['=HYPERLINK("http://evil.example")', '+1 555', '-2 dead', '@SUM(A1)'])(
    'keeps a spreadsheet from running %s as a formula, and reads it back unchanged',
    (title) => {
      const list: EventList = { version: 1, articles: [], events: [{ id: 'f', title, date: eventDate('2020', '2020', 'year'), sources: [] }] };
      const csv = toCsv(list);
      expect(parseCsv(csv).rows[1][COLUMNS.indexOf('Headline')]).toMatch(/^'/);
      expect(fromCsv(csv, 'f.csv').list.events[0].title).toBe(title);
    },
  );
});

describe('round trips: ours -> CSV -> ours', () => {
  it('keeps titles, dates and precision (sources come back as text)', () => {
    const ours = ourList();
    const { list, notes } = fromCsv(toCsv(ours), 'tl.csv');
    expect(notes).toEqual([]);
    const shape = (e: TimelineEvent) => ({ title: e.title, date: e.date });
    expect(list.events.map(shape)).toEqual(ours.events.map(shape));
    expect(list.events.every((e) => e.sources.length === 0)).toBe(true);
    for (const [i, e] of ours.events.entries()) for (const s of e.sources) expect(list.events[i].note).toContain(s.quote);
    expect(validateEventList(list).ok).toBe(true);
  });

  it('keeps quarters, weeks, approximate dates and minutes', () => {
    const dates = [
      eventDate('2024-Q3', '2024-Q4', 'quarter'), eventDate('2020-W53', '2020-W53', 'week'), eventDate('2024-11', '2024-11', 'month', true),
      eventDate('2025-03-05T14:30', '2025-03-05T16:00', 'minute'), eventDate('1997', '1997', 'year', true),
    ];
    const ours: EventList = { version: 1, articles: [], events: dates.map((date, i) => ({ id: `d${i}`, title: `Event ${i}`, date, sources: [] })) };
    const back = fromCsv(toCsv(ours), 'tl.csv').list;
    expect(back.events.map((e) => e.date).sort((a, b) => a.label.localeCompare(b.label))).toEqual(dates.sort((a, b) => a.label.localeCompare(b.label)));
  });
});

describe('fromCsv on a sheet exported from TimelineJS', () => {
  it.each([
    { title: 'Year only', start: '1997', precision: 'year' },
    { title: 'Year and month', start: '2001-07', precision: 'month' },
    { title: 'A day, with a comma', start: '2024-11-21', precision: 'day' },
    { title: 'Time in 24 hours', start: '2025-03-05T14:30', precision: 'minute' },
    { title: 'Time with PM', start: '2025-03-05T14:30', precision: 'minute' },
    { title: 'Time just after midnight', start: '2025-03-05T00:05', precision: 'minute' },
    { title: 'Time with seconds', start: '2025-03-05T14:30', precision: 'minute' },
    { title: 'Not a time', start: '2025-03-05', precision: 'day' },
    { title: 'A day range', start: '2017-08-04', end: '2017-08-06', precision: 'day' },
    { title: 'A quarter', start: '2024-Q3', precision: 'quarter' },
    { title: 'A week', start: '2013-W11', precision: 'week' },
    { title: 'Approximate', start: '2025-02', precision: 'month', approximate: true },
  ])('reads "$title" as $precision $start', ({ title, start, end, precision, approximate }) => {
    const e = sheet().list.events.find((x) => x.title === title);
    expect(e?.date).toMatchObject({ start, end: end ?? start, precision, approximate: approximate ?? false });
  });

  it('reads quoted text, the group and a guarded formula as plain text', () => {
    const { list } = sheet();
    expect(list.events.find((e) => e.title === 'A day, with a comma')).toMatchObject({ note: 'He said "yes".', tags: ['Courts'], sources: [], edited: ['title', 'date'] });
    expect(list.events.find((e) => e.title === 'A day range')!.note).toBe('Line one, line two');
    expect(list.events.map((e) => e.title)).toContain('=HYPERLINK("http://example.org")');
    expect(validateEventList(list).ok).toBe(true);
  });

  it('notes, by spreadsheet row, everything not carried over', () => {
    const { list, notes } = sheet();
    expect(list.events.map((e) => e.title)).not.toContain('Before the common era');
    expect(notes).toEqual([
      'sheet.csv: row 1: column "Notes for editors" not carried over',
      'sheet.csv: row 11: Time "half past two" is not a time (expected e.g. 14:30 or 2:30 PM); left out',
      'sheet.csv: row 20: Type "slide" is not one TimelineJS knows (title, era); read as an event',
      'sheet.csv: row 2 ("River Town budget"): the title slide is not carried over (the list has no title)',
      'sheet.csv: row 3 ("The old council"): eras are not carried over',
      'sheet.csv: row 10 ("Time with seconds"): start_date: seconds and milliseconds left out (the list keeps minutes)',
      'sheet.csv: row 17 ("Before the common era"): start_date: year -500 (BCE) is outside the years the timeline shows (1000 to 9999); left out',
      'sheet.csv: row 19 ("With media"): media not carried over ("https://example.org/court.jpg")',
      'sheet.csv: row 19 ("With media"): background not carried over',
      "sheet.csv: times are read as UTC (TimelineJS shows them in each reader's own time zone)",
    ]);
    expect(list.notes).toEqual(notes);
  });

  it.each([
    { name: 'no Year column', text: 'Headline,Text\r\nx,y\r\n', error: 'x.csv: no "Year" column; expected the TimelineJS columns' },
    { name: 'an empty file', text: '', error: 'x.csv: empty; expected a header row' },
    { name: 'broken quoting', text: 'Year,Headline\r\n2020,"open\r\n', error: 'x.csv: row 2: a quoted field is not closed' },
  ])('refuses $name, naming the file', ({ text, error }) => {
    expect(() => fromCsv(text, 'x.csv')).toThrow(error);
  });

  it('matches column names whatever their case and spacing', () => {
    const { list } = fromCsv('year, MONTH ,headline,end  year\r\n2020,5,Spaced,2021\r\n', 'x.csv');
    expect(list.events[0]).toMatchObject({ title: 'Spaced', date: { start: '2020', end: '2021', precision: 'year' } });
  });
});
