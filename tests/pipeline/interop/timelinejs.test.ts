import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDates, eventDate } from '../../../src/core/dates';
import { validateEventList, type EventList, type TimelineEvent } from '../../../src/core/schema';
import { CARRIER, fromTimelineJS, toTimelineJS, type TLTimeline } from '../../../src/interop/timelinejs';

const fixtures = join(import.meta.dirname, '../../fixtures');
const ourList = (): EventList => JSON.parse(readFileSync(join(fixtures, 'interop/events.json'), 'utf8'));
const curated = (): EventList => JSON.parse(readFileSync(join(fixtures, 'interop/curated.json'), 'utf8'));
const everyForm = () => fromTimelineJS(JSON.parse(readFileSync(join(fixtures, 'timelinejs/every-date-form.json'), 'utf8')), 'every-date-form.json');

/** What TimelineJS itself keeps: our carried fields removed, as if the file had been rebuilt by hand. */
function withoutCarrier(tl: TLTimeline): TLTimeline {
  const copy = structuredClone(tl);
  delete copy[CARRIER];
  for (const e of copy.events) delete e[CARRIER];
  return copy;
}

/** One event at every precision, ranges, approximate, and the editorial fields. */
function everyPrecision(): EventList {
  const list = curated();
  const [quote] = list.events.filter((e) => e.sources.length).map((e) => e.sources[0]);
  const dated = (id: string, title: string, date: TimelineEvent['date'], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({ id, title, date, sources: [quote], ...extra });
  list.events.push(
    dated('p-year', 'A year', eventDate('1997', '1997', 'year')),
    dated('p-years', 'Years', eventDate('2019', '2021', 'year')),
    dated('p-quarter', 'A quarter', eventDate('2024-Q3', '2024-Q3', 'quarter')),
    dated('p-quarters', 'Quarters', eventDate('2023-Q4', '2024-Q1', 'quarter', true)),
    dated('p-month', 'A month', eventDate('2024-11', '2024-11', 'month', true)),
    dated('p-week', 'A week', eventDate('2013-W11', '2013-W11', 'week')),
    dated('p-week53', 'Week 53', eventDate('2020-W53', '2020-W53', 'week')),
    dated('p-days', 'Days', eventDate('2017-08-04', '2017-08-06', 'day')),
    dated('p-minute', 'A minute', eventDate('2025-03-05T14:30', '2025-03-05T14:30', 'minute'), { highlight: false, note: 'Checked <twice> & "filed"' }),
    dated('p-minutes', 'Minutes', eventDate('2025-03-05T23:50', '2025-03-06T00:10', 'minute'), { tags: ['night', 'city'] }),
  );
  list.events.sort((a, b) => compareDates(a.date, b.date) || (a.title < b.title ? -1 : 1));
  return list;
}

describe('toTimelineJS', () => {
  it.each([
    { name: 'a year', date: eventDate('1997', '1997', 'year'), start: { year: 1997 }, end: undefined },
    { name: 'a month', date: eventDate('2024-11', '2024-11', 'month'), start: { year: 2024, month: 11 }, end: undefined },
    { name: 'a quarter, as its months', date: eventDate('2024-Q3', '2024-Q3', 'quarter'), start: { year: 2024, month: 7 }, end: { year: 2024, month: 9 } },
    { name: 'a week, Monday to Sunday', date: eventDate('2025-W01', '2025-W01', 'week'), start: { year: 2024, month: 12, day: 30 }, end: { year: 2025, month: 1, day: 5 } },
    { name: 'a day', date: eventDate('2025-03-05', '2025-03-05', 'day'), start: { year: 2025, month: 3, day: 5 }, end: undefined },
    { name: 'a day range', date: eventDate('2017-08-04', '2017-08-06', 'day'), start: { year: 2017, month: 8, day: 4 }, end: { year: 2017, month: 8, day: 6 } },
    { name: 'a minute, in UTC', date: eventDate('2025-03-05T14:30', '2025-03-05T14:30', 'minute'), start: { year: 2025, month: 3, day: 5, hour: 14, minute: 30 }, end: undefined },
  ])('writes $name as TimelineJS date parts', ({ date, start, end }) => {
    const list: EventList = { version: 1, articles: [], events: [{ id: 'x', title: 't', date, sources: [] }] };
    const [slide] = toTimelineJS(list).events;
    expect(slide.start_date).toEqual(start);
    expect(slide.end_date).toEqual(end);
    expect(slide.display_date).toBe(date.label);
  });

  it('names slides by our ids, groups them by the first tag, and escapes every text for HTML', () => {
    const list = curated();
    const hostile = list.events[1];
    hostile.title = '<img src=x onerror="alert(1)"> & co';
    hostile.note = "<script>alert('n')</script>";
    const tl = toTimelineJS(list);
    expect(tl.events.map((e) => e.unique_id)).toEqual(list.events.map((e) => e.id));
    const slide = tl.events[1];
    expect(slide.group).toBe('budget');
    expect(slide.text!.headline).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
    expect(slide.text!.text).not.toMatch(/<(img|script)/);
    expect(slide.text!.text).toContain('&lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt;');
    expect(slide.autolink).toBe(false);
  });

  it('writes each quote with where it comes from', () => {
    const tl = toTimelineJS(curated());
    const council = tl.events.find((e) => e.unique_id === '39d47a18f33b')!;
    expect(council.text!.text).toBe(
      '<blockquote>The council approved the budget on Tuesday after a long debate.</blockquote><p>— Town Crier, “Council passes budget”, 2024-03-06</p>' +
        '<blockquote>The budget vote took place on March 5.</blockquote><p>— “Spending plan approved”, 2024-03-07</p>',
    );
  });
});

describe('round trips: ours -> TimelineJS -> ours', () => {
  it.each([
    { name: 'our fixture list', list: ourList },
    { name: 'a curated list (hand-written event, tags, highlights, notes, edited marks)', list: curated },
    { name: 'every precision, ranges and approximate dates', list: everyPrecision },
  ])('gives back exactly $name', ({ list }) => {
    const ours = list();
    expect(validateEventList(ours).ok).toBe(true);
    const json = JSON.parse(JSON.stringify(toTimelineJS(ours)));
    const back = fromTimelineJS(json, 'tl.json');
    expect(back.notes).toEqual([...(ours.events.some((e) => e.date.precision === 'minute') ? ['tl.json: times are read as UTC (TimelineJS shows them in each reader\'s own time zone)'] : [])]);
    expect(back.list).toEqual({ ...ours, ...(back.notes.length ? { notes: back.notes } : {}) });
  });

  it('keeps dates, precision and titles through what TimelineJS alone holds (display dates restore quarters, weeks and "about")', () => {
    const ours = everyPrecision();
    const back = fromTimelineJS(withoutCarrier(toTimelineJS(ours)), 'tl.json').list;
    const shape = (e: TimelineEvent) => ({ id: e.id, title: e.title, date: e.date });
    expect(back.events.map(shape)).toEqual(ours.events.map(shape));
    // Without our fields there is nothing to check a quote against: the text comes back as a note.
    const council = back.events.find((e) => e.id === '39d47a18f33b')!;
    expect(council.sources).toEqual([]);
    expect(council.note).toBe(
      'The council approved the budget on Tuesday after a long debate.\n\n— Town Crier, “Council passes budget”, 2024-03-06\n\n' +
        'The budget vote took place on March 5.\n\n— “Spending plan approved”, 2024-03-07',
    );
    expect(council.edited).toEqual(['title', 'date']);
  });

  it('marks what was changed in TimelineJS as edited, and keeps the sources', () => {
    const ours = ourList();
    const tl = toTimelineJS(ours);
    const slide = tl.events.find((e) => e.unique_id === '68d9149d240d')!;
    slide.text!.headline = 'Crane <em>collapsed</em> onto a berth';
    slide.start_date = { year: 2024, month: 1, day: 12 };
    const { list, notes } = fromTimelineJS(JSON.parse(JSON.stringify(tl)), 'tl.json');
    const e = list.events.find((x) => x.id === '68d9149d240d')!;
    expect(e.title).toBe('Crane collapsed onto a berth');
    expect(e.date.label).toBe('12 January 2024');
    expect(e.edited).toEqual(['title', 'date']);
    expect(e.sources).toEqual(ours.events.find((x) => x.id === '68d9149d240d')!.sources);
    expect(notes).toEqual(['tl.json: events[12] ("Crane collapsed onto a berth"): display_date "January 2024" not carried over; the label is written from the date ("12 January 2024")']);
  });

  it('keeps an edited slide text as a note, and drops carried sources that do not check out', () => {
    const tl = toTimelineJS(ourList());
    tl.events[0].text!.text += '<p>Added in TimelineJS.</p>';
    tl.events[1][CARRIER]!.sources[0].quote = 'Words that are not the article.';
    const { list, notes } = fromTimelineJS(JSON.parse(JSON.stringify(tl)), 'tl.json');
    expect(list.events[0].note).toMatch(/Added in TimelineJS\.$/);
    expect(list.events[0].sources).toHaveLength(1);
    expect(list.events[1].sources).toEqual([]);
    expect(notes).toEqual([
      `tl.json: events[0] ("Lighthouse was built"): text changed since it was exported; kept as the event's note (the sources' quotes are unchanged)`,
      `tl.json: events[1] ("Lighthouse closed"): ${CARRIER}: its sources and fields do not check out against the carried articles; read as a slide written in TimelineJS`,
    ]);
  });
});

describe('fromTimelineJS on a file written in TimelineJS', () => {
  it.each([
    { id: 'year-only', start: '1997', end: '1997', precision: 'year', approximate: false },
    { id: 'year-string', start: '2001', end: '2001', precision: 'year', approximate: false },
    { id: 'year-month', start: '2001-07', end: '2001-07', precision: 'month', approximate: false },
    { id: 'full-day', start: '2024-11-21', end: '2024-11-21', precision: 'day', approximate: false },
    { id: 'minute', start: '2025-03-05T14:30', end: '2025-03-05T14:30', precision: 'minute', approximate: false },
    { id: 'second', start: '2025-03-05T14:30', end: '2025-03-05T14:30', precision: 'minute', approximate: false },
    { id: 'hour-only', start: '2025-03-06', end: '2025-03-06', precision: 'day', approximate: false },
    { id: 'minute-only', start: '2025-01-01', end: '2025-01-01', precision: 'day', approximate: false },
    { id: 'day-range', start: '2017-08-04', end: '2017-08-06', precision: 'day', approximate: false },
    { id: 'minute-range', start: '2025-03-05T09:00', end: '2025-03-05T17:45', precision: 'minute', approximate: false },
    { id: 'mixed-range', start: '2020', end: '2021', precision: 'year', approximate: false },
    { id: 'empty-end', start: '2010', end: '2010', precision: 'year', approximate: false },
    { id: 'own-display', start: '2022-03', end: '2022-05', precision: 'month', approximate: false },
    { id: 'quarter', start: '2024-Q3', end: '2024-Q3', precision: 'quarter', approximate: false },
    { id: 'week', start: '2013-W11', end: '2013-W11', precision: 'week', approximate: false },
    { id: 'about', start: '2025-02', end: '2025-02', precision: 'month', approximate: true },
    { id: 'backwards', start: '2016-05', end: '2016-05', precision: 'month', approximate: false },
    { id: 'formatted', start: '2018-06-01', end: '2018-06-02', precision: 'day', approximate: false },
    { id: 'year-only-2', start: '1998', end: '1998', precision: 'year', approximate: false },
  ])('reads $id as $precision $start – $end, never finer than given', ({ id, ...date }) => {
    const e = everyForm().list.events.find((x) => x.id === id);
    expect(e?.date).toMatchObject(date);
  });

  it('leaves out what the list cannot hold, and says so for each slide', () => {
    const { list, notes } = everyForm();
    const ids = list.events.map((e) => e.id);
    for (const gone of ['bce', 'early', 'no-such-day', 'bad-month', 'no-start']) expect(ids).not.toContain(gone);
    expect(notes).toEqual([
      'every-date-form.json: title ("River Town & its budget"): the title slide is not carried over (the list has no title)',
      'every-date-form.json: eras[0] ("The old council"): eras are not carried over',
      'every-date-form.json: events[5] ("Seconds and milliseconds"): start_date: seconds and milliseconds left out (the list keeps minutes)',
      'every-date-form.json: events[6] ("Hour without minutes"): start_date: hour 9 without minutes left out (the list has no hour precision); read as the day',
      'every-date-form.json: events[7] ("Minutes without an hour"): start_date: minutes without an hour left out; read as the day',
      'every-date-form.json: events[10] ("Start and end to different precisions"): start and end are given to different precisions; both read as a year',
      'every-date-form.json: events[12] ("A display date of its own"): display_date "Spring 2022" not carried over; the label is written from the date ("March – May 2022")',
      'every-date-form.json: events[16] ("A year before the common era"): start_date: year -500 (BCE) is outside the years the timeline shows (1000 to 9999); left out',
      'every-date-form.json: events[17] ("A year before 1000"): start_date: year 850 is outside the years the timeline shows (1000 to 9999); left out',
      'every-date-form.json: events[18] ("30 February"): start_date: 2023-02 has no day 30; left out',
      'every-date-form.json: events[19] ("Month 13"): start_date.month: 13 is not between 1 and 12; left out',
      'every-date-form.json: events[20] ("No start date"): no start_date; left out',
      'every-date-form.json: events[21] ("End before start"): end_date is before start_date; the event is read as a point at its start',
      'every-date-form.json: events[22] ("A format and an end display date"): end_date.display_date not carried over',
      'every-date-form.json: events[22] ("A format and an end display date"): a date format is not carried over',
      'every-date-form.json: events[23] ("Media, group and background"): media not carried over ("https://example.org/court.jpg")',
      'every-date-form.json: events[23] ("Media, group and background"): background not carried over',
      'every-date-form.json: events[24] ("A repeated id"): id "year-only" is used by an earlier slide; this one is "year-only-2"',
      'every-date-form.json: events[27]: no headline; titled "Untitled"',
      "every-date-form.json: times are read as UTC (TimelineJS shows them in each reader's own time zone)",
    ]);
    expect(list.notes).toEqual(notes);
  });

  it('turns HTML into plain text: no tags, no scripts, entities decoded, links keep their address', () => {
    const e = everyForm().list.events.find((x) => x.id === 'html')!;
    expect(e.title).toBe('Bold & brave: <script> “quoted” été');
    expect(e.note).toBe('First paragraph with a report (https://example.org/report).\n\nSecond\nline — &unknown; 😀');
  });

  it('gives slides written in TimelineJS no sources, their text as a note, the group as a tag, and marks them written by a person', () => {
    const { list } = everyForm();
    expect(list.articles).toEqual([]);
    expect(list.events.find((x) => x.id === 'with-media')).toEqual({
      id: 'with-media', title: 'Media, group and background',
      date: { start: '2018-10-26', end: '2018-10-26', precision: 'day', approximate: false, label: '26 October 2018' },
      sources: [], edited: ['title', 'date'], note: 'The panel ruled.', tags: ['Courts'],
    });
    expect(validateEventList(list).ok).toBe(true);
  });

  it('gives a slide without unique_id an id from its content, the same every time', () => {
    const first = everyForm().list.events.find((x) => x.title === 'No unique id')!;
    expect(first.id).toMatch(/^tl-[0-9a-f]{10}$/);
    expect(everyForm().list.events.find((x) => x.title === 'No unique id')!.id).toBe(first.id);
  });

  it.each([
    { name: 'an array', json: [] },
    { name: 'no events', json: { title: {} } },
    { name: 'null', json: null },
  ])('refuses $name, naming the file', ({ json }) => {
    expect(() => fromTimelineJS(json, 'x.json')).toThrow('x.json: not a TimelineJS timeline (expected an object with an "events" array)');
  });
});
