import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/pipeline/body';
import { buildEventList } from '../../src/pipeline/pipeline';
import { extractMetadata, titleCasePlace } from '../../src/pipeline/metadata';
import { datelineLength } from '../../src/pipeline/metadata/dateline';
import { localeFromPlaces, zoneOfCity, zoneOffsetMinutes } from '../../src/pipeline/timezones';
import type { ArticleMetadata } from '../../src/pipeline/types';

/** The warnings about dates; these snippets have no title or publisher on purpose (see 'missing and guessed fields'). */
const dateWarnings = (meta: ArticleMetadata) => meta.warnings.filter((w) => !/^no (?:title|publisher) found$/.test(w));

const doc = (...lines: string[]) => lines.join('\n');
const LEDE = 'Council members said on Monday that the ferry timetable would change after the storm damaged two piers.';
const MORE = 'The harbour master said repairs were expected to take several weeks, and that buses would cover the gap.';

/** A small page: a headline, one date line, a lede and an optional footer. */
const page = (dateLine: string, footer: string[] = [], lede = LEDE) =>
  doc('Ferry timetable changes after storm damages piers', '', dateLine, '', lede, '', MORE, '', ...footer);

describe('extractMetadata: publication date shapes', () => {
  it.each([
    { name: 'ISO date', line: '2025-03-06', expected: { year: 2025, month: 3, day: 6, hour: null, minute: null, offsetMinutes: null } },
    { name: 'labelled ISO date', line: 'date 2025-03-06', expected: { year: 2025, month: 3, day: 6, hour: null } },
    { name: 'month name first', line: 'March 6, 2025', expected: { year: 2025, month: 3, day: 6, hour: null } },
    { name: 'day first with comma', line: '29 March, 2017', expected: { year: 2017, month: 3, day: 29, hour: null } },
    { name: 'abbreviated month, 12h time and EDT', line: 'Oct 28, 2018, 12:54 PM EDT', expected: { year: 2018, month: 10, day: 28, hour: 12, minute: 54, offsetMinutes: -240, offsetSource: 'text' } },
    { name: 'weekday, 24h time and GMT', line: 'Thursday 6 March 2025 09:12 GMT', expected: { year: 2025, month: 3, day: 6, hour: 9, minute: 12, offsetMinutes: 0, offsetSource: 'text' } },
    { name: 'ISO instant in UTC', line: 'Posted 2025-03-06T09:12:00Z', expected: { hour: 9, minute: 12, offsetMinutes: 0 } },
    { name: 'ISO instant with offset', line: '2025-03-06T09:12:00+05:30', expected: { hour: 9, minute: 12, offsetMinutes: 330 } },
    { name: 'ISO date, space, time and numeric offset', line: 'Published 2025-03-06 21:40 -0300', expected: { hour: 21, minute: 40, offsetMinutes: -180 } },
    { name: '12 AM is midnight', line: 'Posted: March 6, 2025 12:05 AM', expected: { day: 6, hour: 0, minute: 5 } },
    { name: '12 PM is noon', line: 'Posted: March 6, 2025 12:05 p.m.', expected: { day: 6, hour: 12, minute: 5 } },
    { name: 'dotted a.m.', line: 'Published March 6, 2025 at 9:30 a.m.', expected: { hour: 9, minute: 30, offsetMinutes: null } },
    { name: '24h time without a zone', line: 'Published 6 March 2025 18:45', expected: { hour: 18, minute: 45, offsetMinutes: null, offsetSource: null } },
    { name: 'GMT+8', line: 'Updated March 6, 2025 10:00 GMT+8', expected: { hour: 10, offsetMinutes: 480 } },
    { name: 'UTC+05:30 in parentheses', line: 'March 6, 2025 10:00 (UTC+05:30)', expected: { hour: 10, offsetMinutes: 330 } },
    { name: 'time before the date', line: 'Updated 1:54 PM IST, 06 Mar 2025', expected: { year: 2025, month: 3, day: 6, hour: 13, minute: 54, offsetMinutes: 330 } },
    { name: 'numeric day-month with IST', line: 'Updated: 06-03-2025 01:54 IST', expected: { month: 3, day: 6, hour: 1, minute: 54, offsetMinutes: 330, timeZone: 'Asia/Kolkata' } },
    { name: 'year-first with slashes', line: 'Published 2025/03/06 08:00', expected: { month: 3, day: 6, hour: 8 } },
    { name: 'ordinal day', line: 'Published on March 6th, 2025', expected: { month: 3, day: 6 } },
    { name: 'an email-style stamp', line: 'Thu, 06 Mar 2025 09:12:00 +0000', expected: { day: 6, hour: 9, minute: 12, offsetMinutes: 0 } },
    { name: 'time with slashes between', line: 'Mar 6, 2025 / 01:54 PM / Updated 3 hours ago', expected: { day: 6, hour: 13, minute: 54 } },
    { name: 'a time glued to the year', line: 'March 6, 20254:12 PM GMTUpdated 2 hours ago', expected: { day: 6, hour: 16, minute: 12, offsetMinutes: 0 } },
  ])('reads $name', ({ line, expected }) => {
    const meta = extractMetadata(page(line), 'a.txt');
    expect(meta.published).toMatchObject(expected);
    expect(dateWarnings(meta)).toEqual([]);
  });

  it('records the exact text and offsets the date was read from', () => {
    const text = page('Published : 25/03/2025 11:36 AM');
    const published = extractMetadata(text, 'a.txt').published!;
    expect(published.text).toBe('25/03/2025 11:36 AM');
    expect(text.slice(published.start, published.end)).toBe(published.text);
  });

  it.each([
    ['MYT', 480], ['SGT', 480], ['HKT', 480], ['JST', 540], ['KST', 540], ['WIB', 420], ['PKT', 300], ['BST', 60],
    ['UTC', 0], ['CET', 60], ['CEST', 120], ['EET', 120], ['EEST', 180], ['EST', -300], ['CST', -360], ['CDT', -300],
    ['MST', -420], ['MDT', -360], ['PST', -480], ['PDT', -420], ['MSK', 180], ['SAST', 120], ['EAT', 180], ['WAT', 60],
    ['PHT', 480], ['ICT', 420], ['AEST', 600], ['AEDT', 660], ['NZST', 720], ['NZDT', 780],
  ])('reads the zone %s as %i minutes east of UTC', (zone, offset) => {
    expect(extractMetadata(page(`Published March 6, 2025 10:00 ${zone}`), 'a.txt').published?.offsetMinutes).toBe(offset);
  });

  it.each([
    { name: 'winter', line: 'Posted January 9, 2025 9:00 a.m. ET', offset: -300 },
    { name: 'summer', line: 'Posted July 9, 2025 9:00 a.m. ET', offset: -240 },
  ])('works out a generic ET offset for the date ($name)', ({ line, offset }) => {
    expect(extractMetadata(page(line), 'a.txt').published).toMatchObject({ offsetMinutes: offset, timeZone: 'America/New_York', offsetSource: 'text' });
  });

  it('prefers Created over Updated on one credit line', () => {
    const meta = extractMetadata(page('FWN | Oslo | Updated: 15-02-2024 09:00 CET | Created: 14-02-2024 18:20 CET'), 'a.txt');
    expect(meta.published).toMatchObject({ year: 2024, month: 2, day: 14, hour: 18, minute: 20, offsetMinutes: 60 });
  });

  it('prefers a labelled publication line with a time over a bare date in the menu', () => {
    const text = doc('date 2024-02-14 Main Menu', '', 'Ferry timetable changes after storm damages piers', '', 'Published: 14 February 2024 18:20 GMT', LEDE);
    expect(extractMetadata(text, 'a.txt').published).toMatchObject({ day: 14, hour: 18, minute: 20, offsetMinutes: 0 });
  });

  it('finds a labelled date in the footer when the header has none', () => {
    const meta = extractMetadata(page('By Jane Roe', ['Published on 4 May 2023']), 'a.txt');
    expect(meta.published).toMatchObject({ year: 2023, month: 5, day: 4 });
  });

  it('ignores a labelled-looking date in running prose', () => {
    const meta = extractMetadata(page('By Jane Roe', [], `${LEDE} The ministry updated its guidance on March 3, 2025, after the storm.`), 'a.txt');
    expect(meta.published).toBeNull();
  });

  it('ignores dates inside the story itself', () => {
    const meta = extractMetadata(page('By Jane Roe', [], 'The pier, which opened on March 2, 2001, was damaged by the storm on Monday night, officials said.'), 'a.txt');
    expect(meta.published).toBeNull();
    expect(dateWarnings(meta)).toEqual(['no publication date found']);
  });
});

describe('extractMetadata: day and month order of numeric dates', () => {
  const lede = (opening: string) => `${opening} Council members said on Monday that the ferry timetable would change after the storm.`;

  it.each([
    { name: 'a field over 12 (day first)', text: page('Published: 25/03/2025'), month: 3, day: 25, dayFirst: true },
    { name: 'a field over 12 (month first)', text: page('Published: 03/25/2025'), month: 3, day: 25, dayFirst: false },
    { name: 'a dateline month name', text: page('Published : 06/03/2025 11:36 AM', [], lede('OSLO, March 6 (Fjordwire) --')), month: 3, day: 6, dayFirst: true },
    { name: 'a dateline month name a day off', text: page('Published : 03/07/2025', [], lede('DENVER, March 6 (Plainswire) -')), month: 3, day: 7, dayFirst: false },
    { name: 'an ISO date in the menu', text: doc('date 2025-06-03 Left Menu', '', 'Ferry timetable changes after storm damages piers', 'Posted: 03.06.2025 08:10', LEDE), month: 6, day: 3, dayFirst: true },
    { name: 'a US zone on the same line', text: page('Updated 03/06/2025 10:15 AM EDT'), month: 3, day: 6, dayFirst: false },
    { name: 'an Indian zone on the same line', text: page('Updated 03/06/2025 10:15 IST'), month: 6, day: 3, dayFirst: true },
    { name: 'another numeric date on the page', text: page('Published 04/05/2023', ['Last reviewed 28/06/2023']), month: 5, day: 4, dayFirst: true },
  ])('is decided by $name', ({ text, month, day, dayFirst }) => {
    const meta = extractMetadata(text, 'a.txt');
    expect(meta.published).toMatchObject({ month, day });
    expect(meta.dayFirst).toBe(dayFirst);
    expect(dateWarnings(meta)).toEqual([]);
  });

  it('is decided by several cities of one country in the footer, which also give the time zone', () => {
    const meta = extractMetadata(page('Published : 06/03/2025 11:36 AM', ['-- FJORDWIRE', '', 'Bureaus in Lyon, Marseille and Toulouse.', '© 2025 Fjordwire']), 'a.txt');
    expect(meta.published).toMatchObject({ month: 3, day: 6, hour: 11, minute: 36, offsetMinutes: 60, timeZone: 'Europe/Paris', offsetSource: 'locale' });
    expect(meta).toMatchObject({ dayFirst: true, locale: 'FR' });
    expect(dateWarnings(meta)).toEqual([]);
  });

  it('reads month first, and a DST-correct offset, for a page from a month-first country', () => {
    const meta = extractMetadata(page('Published : 06/03/2025 11:36 AM', ['Newsrooms: Chicago, Milwaukee, Minneapolis', '© 2025 Lakeshore Wire']), 'a.txt');
    expect(meta.published).toMatchObject({ month: 6, day: 3, offsetMinutes: -300, timeZone: 'America/Chicago', offsetSource: 'locale' });
    expect(meta).toMatchObject({ dayFirst: false, locale: 'US' });
  });

  it('marks a decision resting on a single place name as weak', () => {
    const meta = extractMetadata(doc('NEWS - QUEENSLAND > LOCAL', '', 'Ferry timetable changes after storm damages piers', 'Published : 06/03/2025', LEDE), 'a.txt');
    expect(meta.published).toMatchObject({ month: 3, day: 6 });
    expect(meta.locale).toBe('AU');
    expect(dateWarnings(meta)).toEqual([expect.stringMatching(/^numeric date '06\/03\/2025' read as 6 March 2025 on weak evidence/)]);
  });

  it('takes a month-name date in the same header as evidence, within a day', () => {
    const meta = extractMetadata(page('Published: 06/03/2025 | Updated: March 7, 2025 09:00 GMT'), 'a.txt');
    expect(meta.published).toMatchObject({ month: 3, day: 6, hour: null });
    expect(meta.dayFirst).toBe(true);
  });

  it('reads a dotted numeric date day first, with a note that the evidence is weak', () => {
    const meta = extractMetadata(page('Published 06.03.2025, 11:36'), 'a.txt');
    expect(meta.published).toMatchObject({ month: 3, day: 6, hour: 11, minute: 36 });
    expect(dateWarnings(meta)).toEqual(["numeric date '06.03.2025, 11:36' read as 6 March 2025 on weak evidence: dots separate day-first dates"]);
  });

  it('chooses the reading of IST that the page places point to', () => {
    const text = doc('Tel Aviv | Haifa | Jerusalem', 'Ferry timetable changes after storm damages piers', 'Published 25/03/2025 10:00 IST', '', LEDE);
    expect(extractMetadata(text, 'a.txt')).toMatchObject({ locale: 'IL', published: { offsetMinutes: 120, timeZone: 'Asia/Jerusalem' } });
  });

  it('gives no date rather than a guess when nothing tells day from month', () => {
    const meta = extractMetadata(page('Published : 06/03/2025 11:36 AM'), 'a.txt');
    expect(meta.published).toBeNull();
    expect(meta.dayFirst).toBeNull();
    expect(dateWarnings(meta)).toEqual(["ambiguous numeric date '06/03/2025 11:36 AM': cannot tell day from month"]);
  });

  it('falls back to another, unambiguous date line when one is ambiguous', () => {
    const meta = extractMetadata(page('Published: 06/03/2025 | Updated: April 20, 2025 09:00 GMT'), 'a.txt');
    expect(meta.published).toMatchObject({ month: 4, day: 20, hour: 9 });
    expect(dateWarnings(meta)).toEqual(["ambiguous numeric date '06/03/2025': cannot tell day from month"]);
  });

  it('warns when there is no date at all', () => {
    const meta = extractMetadata(page('By Jane Roe'), 'a.txt');
    expect(meta.published).toBeNull();
    expect(dateWarnings(meta)).toEqual(['no publication date found']);
  });
});

describe('extractMetadata: publisher', () => {
  it.each([
    { name: 'agency in a dateline', text: page('March 6, 2025', [], 'OSLO, March 6 (Fjordwire) -- Council members said on Monday that the timetable would change.'), publisher: 'Fjordwire' },
    { name: 'agency alone before the dash', text: page('March 6, 2025', [], '(Harbourwire) - Shipping rates rose for a third week as ports reopened after the storm.'), publisher: 'Harbourwire' },
    { name: 'first field of a pipe credit line', text: page('FWN | Oslo | Updated: 06-03-2025 01:54 CET'), publisher: 'FWN' },
    { name: 'organisation after a byline comma', text: page('By Jane Roe, Lakeside Tribune'), publisher: 'Lakeside Tribune' },
    { name: 'organisation in byline parentheses', text: page('By Jane Roe (Prairie Wire)'), publisher: 'Prairie Wire' },
    { name: 'a sign-off line in the footer', text: page('March 6, 2025', ['-- FJORDWIRE']), publisher: 'FJORDWIRE' },
    { name: 'a copyright line', text: page('March 6, 2025', ['© 2025 Fjord Post   • Disclaimer   • Privacy']), publisher: 'Fjord Post' },
    { name: 'a copyright sentence', text: page('March 6, 2025', ['Copyright 2018 Lakeside Tribune. All rights reserved.']), publisher: 'Lakeside Tribune' },
    { name: 'a syndication note', text: page('March 6, 2025', ['(This story has not been edited by Harbour Daily staff and is auto-generated from a syndicated feed.)']), publisher: 'Harbour Daily' },
    { name: 'an organisation after a section on a pipe credit line', text: page('World News | Harbour Wire | Updated: 25-03-2025 09:00 GMT'), publisher: 'Harbour Wire' },
    { name: 'a place before the organisation on a pipe line', text: page('Oslo | Harbour Wire | March 6, 2025'), publisher: 'Harbour Wire' },
    { name: 'the story credit before the site copyright', text: page('By Jane Roe, Prairie Wire', ['© 2025 Fjord Post']), publisher: 'Prairie Wire' },
  ])('reads $name', ({ text, publisher }) => {
    expect(extractMetadata(text, 'a.txt').publisher).toBe(publisher);
  });

  it.each([
    { name: 'a byline with a job title', text: page('By Jane Roe, Staff Writer') },
    { name: 'a byline naming only a person', text: page('By Jane Roe') },
    { name: 'a byline ending in a place', text: page('By Jane Roe, Mumbai') },
    { name: 'a byline and a place on a pipe line', text: page('Written by Jane Roe | Mumbai | Updated: March 6, 2025 01:54 IST') },
    { name: 'a photo credit in the lede', text: page('March 6, 2025', [], '(File Photo) - Council members said on Monday that the timetable would change.') },
  ])('finds none in $name', ({ text }) => {
    expect(extractMetadata(text, 'a.txt').publisher).toBeNull();
  });
});

describe('extractMetadata: dateline', () => {
  const withLede = (lede: string) => page('March 6, 2025', [], lede);
  it.each([
    { lede: 'OSLO, March 6 (Fjordwire) -- Council members said on Monday that the timetable would change.', dateline: 'Oslo' },
    { lede: 'LONDON (Agency) - Council members said on Monday that the timetable would change.', dateline: 'London' },
    { lede: 'NEW DELHI: Council members said on Monday that the timetable would change.', dateline: 'New Delhi' },
    { lede: 'SPRINGFIELD, Ill. (Prairie Wire) — Council members said on Monday that the timetable would change.', dateline: 'Springfield, Ill.' },
    { lede: 'GAZA CITY/CAIRO, Oct 2 (Agency) - Council members said on Monday that the timetable would change.', dateline: 'Gaza City/Cairo' },
    { lede: 'Mumbai, March 6 (Tidewire): Council members said on Monday that the timetable would change.', dateline: 'Mumbai' },
    { lede: 'PORT OF SPAIN — Council members said on Monday that the timetable would change.', dateline: 'Port of Spain' },
    { lede: 'KYIV, Ukraine (Agency) — Council members said on Monday that the timetable would change.', dateline: 'Kyiv, Ukraine' },
    { lede: 'NEW DELHI, March 6 (Tidewire) Council members said on Monday that the timetable would change.', dateline: 'New Delhi' },
    { lede: 'New Delhi: Council members said on Monday that the timetable would change.', dateline: 'New Delhi' },
    { lede: 'New Delhi [India], March 6 (Tidewire): Council members said on Monday that the timetable would change.', dateline: 'New Delhi' },
    { lede: 'HARBOURTON _ Council members said on Monday that the timetable would change.', dateline: 'Harbourton' },
    { lede: 'HARBOURTON, Ont. (Fjordwire)_ Council members said on Monday that the timetable would change.', dateline: 'Harbourton, Ont.' },
    { lede: 'ELMVALE, N.Y. (Fjordwire) _ Council members said on Monday that the timetable would change.', dateline: 'Elmvale, N.Y.' },
    { lede: 'BREAKING: Council members said on Monday that the timetable would change.', dateline: null },
    { lede: 'Officials said: council members on Monday agreed that the timetable would change.', dateline: null },
    { lede: 'NASA said on Monday that the launch would be delayed by the storm over the coast.', dateline: null },
  ])('reads "$lede" as $dateline', ({ lede, dateline }) => {
    expect(extractMetadata(withLede(lede), 'a.txt').dateline).toBe(dateline);
  });

  it.each([
    'HARBOURTON, Ont. (Fjordwire) --',
    'HARBOURTON, March 6 (Fjordwire) --',
    'HARBOURTON _',
  ])('reads the dateline "%s" standing alone on the line above the lede, and takes no headline from it', (line) => {
    const meta = extractMetadata(doc('Published: 2025-03-06', '', line, '', LEDE, '', MORE), 'a.txt');
    expect(meta.dateline).toMatch(/^Harbourton/);
    expect(meta.title ?? '').not.toContain('HARBOURTON');
  });

  it.each(['COMMENTARY', 'OBITUARY', 'EXPLAINER'])('a headline opening with the label "%s:" is no dateline: the title and the date line under it are read', (label) => {
    const meta = extractMetadata(doc(`${label}: Council upholds the harbour timetable`, '', '2000-01-13', '', 'HARBOURTON _', '', LEDE, '', MORE), 'a.txt');
    expect(meta.title).toBe(`${label}: Council upholds the harbour timetable`);
    expect(meta.published).toMatchObject({ year: 2000, month: 1, day: 13 });
    expect(meta.dateline).toBe('Harbourton');
  });

  it('reads a dateline opening a line broken inside the lede, and takes no headline from that line', () => {
    const meta = extractMetadata(doc('Published: 2025-03-06', '', 'HARBOURTON, March 6 (Fjordwire) - Harbour plc (HB.', '', 'L) plans to sell two ferries to cover the cost of the storm damage, the company said.', '', MORE), 'a.txt');
    expect(meta.dateline).toBe('Harbourton');
    expect(meta.title ?? '').not.toContain('HARBOURTON');
  });

  it('keeps a headline above a lede whose line above is no dateline', () => {
    const meta = extractMetadata(doc('Published: 2025-03-06', '', 'Ferry timetable changes after storm damages piers', '', LEDE, '', MORE), 'a.txt');
    expect(meta).toMatchObject({ title: 'Ferry timetable changes after storm damages piers', dateline: null });
  });

  it.each([
    { line: 'By Jane Roe, Mumbai', dateline: 'Mumbai' },
    { line: 'Written by Jane Roe | Mumbai | Updated: March 6, 2025 01:54 IST', dateline: 'Mumbai' },
    { line: 'Oslo | Harbour Wire | March 6, 2025', dateline: 'Oslo' },
  ])('reads the place from the credit line "$line"', ({ line, dateline }) => {
    expect(extractMetadata(page(line), 'a.txt').dateline).toBe(dateline);
  });

  it('reads the place from a pipe credit line', () => {
    const meta = extractMetadata(page('FWN | Bergen | Updated: 06-03-2025 01:54 CET'), 'a.txt');
    expect(meta).toMatchObject({ publisher: 'FWN', dateline: 'Bergen' });
  });

  it.each([
    ['NEW DELHI', 'New Delhi'],
    ['WASHINGTON DC', 'Washington DC'],
    ['ST. LOUIS', 'St. Louis'],
    ['RIO DE JANEIRO', 'Rio de Janeiro'],
    ['Kuala Lumpur', 'Kuala Lumpur'],
    ['ELMVALE, N.Y.', 'Elmvale, N.Y.'],
  ])('title-cases the all-caps place %s', (place, expected) => {
    expect(titleCasePlace(place)).toBe(expected);
  });
});

describe('datelineLength: where the story begins after a dateline', () => {
  it.each([
    { text: 'HARBOURTON _ Council members said on Monday that the timetable would change.', rest: 'Council members' },
    { text: 'HARBOURTON, Ont. (Fjordwire)_ Council members said on Monday that the timetable would change.', rest: 'Council members' },
    { text: 'OSLO, March 6 (Fjordwire) -- Council members said on Monday that the timetable would change.', rest: 'Council members' },
    { text: '(Fjordwire) - Council members said on Monday that the timetable would change.', rest: 'Council members' },
    { text: 'Council members said on Monday that the timetable would change.', rest: 'Council members' },
  ])('starts the story of "$text" at "$rest"', ({ text, rest }) => {
    expect(text.slice(datelineLength(text)).startsWith(rest)).toBe(true);
  });
});

describe('extractMetadata: headline and header spans', () => {
  it.each([
    { name: 'a pipe menu', lines: ['Home | World | Business | Sport', ''] },
    { name: 'a breadcrumb', lines: ['REGION - NORTH > NEWS', ''] },
    { name: 'a dated menu line', lines: ['date 2025-03-06 Left Menu', ''] },
    { name: 'spaced-out nav items', lines: ['Menu  Search  Sign In', ''] },
    { name: 'single nav words', lines: ['World', 'Skip to content', 'Subscribe'] },
  ])('skips $name', ({ lines }) => {
    const text = doc(...lines, 'Ferry timetable changes after storm damages piers', 'By Jane Roe, Fjordwire', 'March 6, 2025', '', LEDE);
    expect(extractMetadata(text, 'a.txt').title).toBe('Ferry timetable changes after storm damages piers');
  });

  it('takes a markdown heading', () => {
    expect(extractMetadata(doc('# Lighthouse lamp to shine again', '', LEDE), 'a.md').title).toBe('Lighthouse lamp to shine again');
  });

  it('reads markdown front matter', () => {
    const text = doc('---', 'title: "Lighthouse lamp to shine again"', 'date: 2024-05-04', 'source: Coast Weekly', '---', '', LEDE);
    expect(extractMetadata(text, 'a.md')).toMatchObject({ title: 'Lighthouse lamp to shine again', publisher: 'Coast Weekly', published: { year: 2024, month: 5, day: 4 } });
  });

  it('keeps a standfirst above the byline out of the body', () => {
    const text = doc(
      'Ferry timetable changes after storm damages piers',
      'Repairs to two piers will take weeks, and buses will cover the gap in the meantime.',
      'By Jane Roe, Fjordwire',
      'March 6, 2025',
      '',
      LEDE,
    );
    const meta = extractMetadata(text, 'a.txt');
    expect(meta).toMatchObject({ title: 'Ferry timetable changes after storm damages piers', publisher: 'Fjordwire', published: { day: 6 } });
    expect(text.slice(meta.header[0].start, meta.header[0].end)).toContain('March 6, 2025');
  });

  it('covers the header lines and footer credits but not the dateline paragraph', () => {
    const lede = 'OSLO, March 6 (Fjordwire) -- Council members said on Monday that the timetable would change.';
    const text = page('Published : 06/03/2025 11:36 AM', ['-- FJORDWIRE'], lede);
    const spans = extractMetadata(text, 'a.txt').header.map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Ferry timetable changes after storm damages piers\n\nPublished : 06/03/2025 11:36 AM', '-- FJORDWIRE']);
  });

  it('keeps CRLF line endings in its offsets', () => {
    const text = page('Published: 25/03/2025 08:00 GMT').replace(/\n/g, '\r\n');
    const meta = extractMetadata(text, 'a.txt');
    expect(text.slice(meta.published!.start, meta.published!.end)).toBe('25/03/2025 08:00 GMT');
    expect(text.slice(meta.header[0].start, meta.header[0].end)).toBe('Ferry timetable changes after storm damages piers\r\n\r\nPublished: 25/03/2025 08:00 GMT');
  });

  it('handles a text with no lines of prose at all', () => {
    const meta = extractMetadata('Menu\nSearch', 'a.txt');
    expect(meta).toMatchObject({ title: null, publisher: null, published: null, dateline: null, header: [] });
  });

  it('reads a 5 MB article without stalling', () => {
    const body = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i}: ${MORE} ${'-- '.repeat(i % 5)}(Agency) ${'A'.repeat(i % 30)}`).join('\n\n');
    const text = page('Published: 25/03/2025 08:00 GMT', ['-- FJORDWIRE'], `${LEDE}\n\n${body}`);
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(extractMetadata(text, 'big.txt').published).toMatchObject({ day: 25, hour: 8 });
  });
});

describe('place and zone helpers', () => {
  it.each([
    { lines: ['Offices in Lyon, Marseille and Toulouse'], country: 'FR', strong: true },
    { lines: ['REGION - QUEENSLAND > NEWS'], country: 'AU', strong: false },
    { lines: ['Continue Reading', 'Nice to meet you'], country: null },
    { lines: ['Lyon and Toronto and Marseille and Calgary'], country: null },
  ])('finds the country of $lines', ({ lines, country, strong }) => {
    const found = localeFromPlaces(lines);
    expect(found?.country ?? null).toBe(country);
    if (country) expect(found?.strong).toBe(strong);
  });

  it.each([
    { zone: 'Europe/London', date: [2025, 1, 15, 12, 0], offset: 0 },
    { zone: 'Europe/London', date: [2025, 7, 15, 12, 0], offset: 60 },
    { zone: 'America/New_York', date: [2025, 3, 9, 1, 30], offset: -300 },
    { zone: 'America/New_York', date: [2025, 3, 9, 3, 30], offset: -240 },
    { zone: 'Asia/Kolkata', date: [2025, 3, 6, 1, 54], offset: 330 },
    { zone: 'Not/AZone', date: [2025, 3, 6, 1, 54], offset: null },
  ])('computes the offset of $zone at $date', ({ zone, date, offset }) => {
    const [y, m, d, h, min] = date;
    expect(zoneOffsetMinutes(zone, y, m, d, h, min)).toBe(offset);
  });
});

describe('extractMetadata on fixture pages of different shapes', () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/metadata/${name}`, import.meta.url), 'utf8');

  it.each([
    {
      file: 'wire_glued_time.txt',
      expected: { title: 'Grain exporters brace for slower shipments as river levels drop', publisher: 'Northwire', dateline: 'Rotterdam' },
      published: { year: 2025, month: 3, day: 6, hour: 16, minute: 12, offsetMinutes: 0 },
    },
    {
      file: 'agency_byline_caps.txt',
      expected: { title: 'City council approves new tram line after two-year debate', publisher: 'Cascade Press', dateline: 'Portland, Ore.', locale: 'US' },
      published: { year: 2025, month: 3, day: 6, hour: 16, minute: 12, offsetMinutes: -300 },
    },
    {
      file: 'standfirst_dotted_time.txt',
      expected: { title: 'Coastal towns count cost of winter storms as repair bill rises', publisher: null, dateline: null },
      published: { year: 2025, month: 3, day: 6, hour: 9, minute: 12, offsetMinutes: 0 },
    },
    {
      file: 'slash_menu_written_by.txt',
      expected: { title: 'Rail commuters face delays as signal upgrade overruns', publisher: null, dateline: 'Mumbai', locale: 'IN' },
      published: { year: 2025, month: 3, day: 6, hour: 1, minute: 54, offsetMinutes: 330 },
    },
    {
      file: 'section_credit_then_title.txt',
      expected: { title: 'Port strike enters third day as talks stall', publisher: 'Tidewire', dateline: 'New Delhi', dayFirst: true },
      published: { year: 2025, month: 3, day: 6, hour: 18, minute: 20, offsetMinutes: 330 },
    },
    {
      file: 'no_separator_no_date.txt',
      expected: { title: 'Monsoon forecast raised as ocean warms', publisher: 'Tidewire', dateline: 'New Delhi', warnings: ['no publication date found'] },
      published: null,
    },
    {
      file: 'us_footer_numeric.txt',
      expected: { title: 'School board delays vote on later start times', publisher: 'Lakeshore Daily', dayFirst: false, locale: 'US' },
      published: { year: 2025, month: 4, day: 5, hour: 19, minute: 30, offsetMinutes: -300, timeZone: 'America/Chicago', offsetSource: 'locale' },
    },
    {
      file: 'front_matter.md',
      expected: { title: 'Night trains return to the northern line', publisher: 'Rail Weekly' },
      published: { year: 2024, month: 11, day: 21, hour: 14, minute: 30, offsetMinutes: 60 },
    },
  ])('reads $file', ({ file, expected, published }) => {
    const text = fixture(file);
    const meta = extractMetadata(text, file);
    expect({ ...meta, warnings: dateWarnings(meta) }).toMatchObject({ warnings: [], ...expected });
    if (published === null) expect(meta.published).toBeNull();
    else {
      expect(meta.published).toMatchObject(published);
      expect(text.slice(meta.published!.start, meta.published!.end)).toBe(meta.published!.text);
    }
  });
});

describe('extractMetadata on the seed articles', () => {
  const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

  it('reads the syndicated page with a pipe credit line', () => {
    const meta = extractMetadata(seed('000_59524076cc088d3e.txt'), '000_59524076cc088d3e.txt');
    expect(meta.published).toMatchObject({ year: 2025, month: 3, day: 6, hour: 1, minute: 54, offsetMinutes: 330 });
    expect(meta.title).toMatch(/^White House confirms 'ongoing talks'/);
    expect(meta.publisher).not.toBeNull();
    expect(meta.dateline).toBe('Washington DC');
    expect(dateWarnings(meta)).toEqual([]);
  });

  it('reads the wire page whose time zone comes from its footer', () => {
    const meta = extractMetadata(seed('004_10e1ccc3c011e217.txt'), '004_10e1ccc3c011e217.txt');
    expect(meta.published).toMatchObject({ year: 2025, month: 3, day: 6, hour: 11, minute: 36, offsetMinutes: 480, offsetSource: 'locale' });
    expect(meta.title).toBe('White House Confirms Talks With Hamas');
    expect(meta.publisher).not.toBeNull();
    expect(meta.dateline).toBe('Washington');
    expect(dateWarnings(meta)).toEqual([]);
  });
});

describe('issue 12: a date label run into the first paragraph', () => {
  it.each([
    {
      name: 'lower-case label and ISO date',
      text: 'Council backs new bridge\n\ndate 2024-09-03 On Monday the council voted to build a new bridge over the river.\n',
      date: [2024, 9, 3],
      body: 'On Monday the council voted to build a new bridge over the river.',
    },
    {
      name: '"Published" and a day-month date',
      text: 'Council backs new bridge\n\nPublished 3 Sep 2024 The council voted on Monday to build a new bridge over the river.\n',
      date: [2024, 9, 3],
      body: 'The council voted on Monday to build a new bridge over the river.',
    },
    {
      name: 'weekday, date and time after a semicolon, with no header at all',
      text: 'Tuesday, March 4, 2025; 9:15 AM The ferry company said it would cancel all night crossings this week.\n',
      date: [2025, 3, 4],
      body: 'The ferry company said it would cancel all night crossings this week.',
    },
    {
      name: '"Updated:" with a dash before the sentence',
      text: 'Ferry crossings cut\n\nUpdated: 12 May 2023 — Night crossings were cut on Friday after an engine fire.\n',
      date: [2023, 5, 12],
      body: 'Night crossings were cut on Friday after an engine fire.',
    },
  ])('reads the publication date and drops the label: $name', ({ text, date, body }) => {
    const meta = extractMetadata(text, 'a.txt');
    expect(meta.published && [meta.published.year, meta.published.month, meta.published.day]).toEqual(date);
    expect(findBody(text, meta.header).map((s) => text.slice(s.start, s.end))).toEqual([body]);
  });

  it.each([
    { name: 'a sentence that opens with a date', text: 'Bridge opens\n\nBy Ann Lee\n\nOn 3 Sep 2024 the council voted to build a new bridge over the river.\n' },
    { name: 'a date followed by a comma', text: 'Bridge opens\n\nBy Ann Lee\n\nSeptember 3, 2024, was the day the council voted to build a bridge.\n' },
  ])('leaves prose alone: $name', ({ text }) => {
    const meta = extractMetadata(text, 'a.txt');
    expect(meta.published).toBeNull();
  });
});

describe('issue 12: missing and guessed fields', () => {
  it.each([
    {
      name: 'a masthead above the headline is the publisher, not the title',
      text: 'The Harbour Courier\n\nFerry operator cuts night crossings after fire\n\nPublished: 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts night crossings after fire',
      publisher: 'The Harbour Courier',
      warnings: ["publisher guessed from the masthead 'The Harbour Courier'"],
    },
    {
      name: 'a masthead beside the date, split by a dot',
      text: 'Ferry operator cuts night crossings after fire\n\n**Courier** · Published: 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts night crossings after fire',
      publisher: 'Courier',
      warnings: [],
    },
    {
      name: "a writer's name beside the date is a byline, not the publisher",
      text: 'Ferry operator cuts night crossings after fire\n\nTessa Marlow | Published 3 March 2025 14:22 GMT\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts night crossings after fire',
      publisher: null,
      warnings: ['no publisher found'],
    },
    {
      name: "a writer's name and the paper beside the date: the paper is the publisher",
      text: 'Ferry operator cuts night crossings after fire\n\nTessa Marlow, Harbour Courier | Published 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts night crossings after fire',
      publisher: 'Harbour Courier',
      warnings: [],
    },
    {
      name: "the site's name after the headline",
      text: 'Ferry operator cuts night crossings after fire - The Harbour Courier\n\nPublished: 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts night crossings after fire',
      publisher: 'The Harbour Courier',
      warnings: ["publisher guessed from the site name after the title 'The Harbour Courier'"],
    },
    {
      name: "the site's name after a bar, as a saved page's title line has it",
      text: 'Ferry operator cuts night crossings after fire | Harbourline\n\nPublished: 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts night crossings after fire',
      publisher: 'Harbourline',
      warnings: ["publisher guessed from the site name after the title 'Harbourline'"],
    },
    {
      name: 'a bar before words that are no name is no site name, and such a line no title',
      text: 'Ferry operator cuts night crossings | what it means for you\n\nPublished: 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: null,
      publisher: null,
      warnings: ['no title found', 'no publisher found'],
    },
    {
      name: 'a dash inside a headline that is not a site name',
      text: 'Ferry operator cuts crossings - and fares\n\nPublished: 3 March 2025 | Harbourline\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts crossings - and fares',
      publisher: 'Harbourline',
      warnings: [],
    },
    {
      name: "the publication's name is never the title, even when no headline follows",
      text: 'The Harbour Courier\n\nPublished: 3 March 2025 | The Harbour Courier\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: null,
      publisher: 'The Harbour Courier',
      warnings: ['no title found'],
    },
    {
      name: 'only running prose where the headline should be',
      text: 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.\n\nBy Ann Lee, Harbourline\n\nPublished: 3 March 2025\n\nNight services are expected to resume in October, once inspectors finish their checks.\n',
      title: 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.',
      publisher: 'Harbourline',
      warnings: ['title guessed from the first sentence: no headline line above the text'],
    },
    {
      name: 'nothing names a publisher',
      text: 'Ferry operator cuts night crossings after fire\n\nPublished: 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n',
      title: 'Ferry operator cuts night crossings after fire',
      publisher: null,
      warnings: ['no publisher found'],
    },
    {
      name: 'no headline line at all',
      text: 'Published: 3 March 2025\n\nThe ferry operator on Monday cut all night crossings after an engine fire, the company said.\n\n© 2025 Harbourline\n',
      title: null,
      publisher: 'Harbourline',
      warnings: ['no title found'],
    },
  ])('$name', ({ text, title, publisher, warnings }) => {
    const meta = extractMetadata(text, 'a.txt');
    expect({ title: meta.title, publisher: meta.publisher, warnings: meta.warnings }).toEqual({ title, publisher, warnings });
  });
});

describe('issue 12: pages that are not one article are warned about by name', () => {
  const prose = 'The ferry operator on Monday cut all night crossings after an engine fire, the company said.';
  it.each([
    {
      name: 'a transcript',
      text: `Ferry hearing transcript\n\n${['CHAIR: The hearing will come to order.', 'MS. ROE: Thank you, chair.', 'CHAIR: Please state the facts.', 'MS. ROE: The engine caught fire at night.', 'CHAIR: When was that?', 'MS. ROE: On Monday evening.'].join('\n\n')}\n`,
      warning: /^looks like a transcript: 6 of 7 lines/,
    },
    {
      name: 'an index page',
      text: `Ferry news archive\n\n${['Download PDF timetable', 'Watch: crossing at dawn', 'Episode 4: the night shift', 'Maps of the harbour', 'Listen to the podcast', 'Fares for next year', 'Photo gallery of the fleet', 'View all stories'].join('\n\n')}\n`,
      warning: /^looks like an index page: \d+ of 9 lines are links or listings and 0 are prose/,
    },
    {
      name: 'a comment thread after the article',
      text: `Ferry crossings cut\n\nPublished: 3 March 2025\n\n${prose}\n\n${prose}\n\n${prose}\n\n${prose}\n\nComments (3)\n\nharbourfan · 2 hours ago\n\nThe ferry was always late anyway and nobody listens.\n\nReply · Report abuse\n\n12 likes\n`,
      warning: /^reader comments were copied with the page \(4 lines/,
    },
    {
      name: 'a live questions session, its readers writing from places',
      text: `Ask the harbour master\n\n${['Portvale, Nor.: Why were the night crossings cut?', 'Jane Roe: The engine fire left us one boat short.', 'Carrick, Nor.: When will they resume?', 'Jane Roe: In about three weeks.', 'Marlow, Sth.: Hi Jane, who pays for the repairs?', 'Upper Dale, Nor.: Are the fares going up?', 'Tern Bay, Nor.: Is the old pier safe?'].join('\n\n')}\n`,
      warning: /^looks like a live questions session: 5 turns open with where a reader writes from \("Portvale, Nor\.:"\)/,
    },
    {
      name: "readers' own accounts",
      text: `Ferry fire: your stories\n\nReaders in Portvale have been sending us their accounts of the night crossing.\n\nI was on the deck when the alarm went off.\n`,
      warning: /^looks like readers' own accounts/,
    },
  ])('$name', ({ text, warning }) => {
    expect(extractMetadata(text, 'a.txt').warnings).toEqual(expect.arrayContaining([expect.stringMatching(warning)]));
  });

  it('says nothing of readers sending what is not their own account, nor of a few place labels', () => {
    const text = `Ferry crossings cut\n\nPublished: 3 March 2025 | Harbourline\n\n${prose}\n\nViewers have been sending complaints to the broadcaster about the ferry advert.\n\nPortvale, Nor.: crossings resume on Friday.\n\nCarrick, Nor.: crossings resume on Monday.\n`;
    expect(extractMetadata(text, 'a.txt').warnings).toEqual([]);
  });

  it('says nothing about an ordinary article', () => {
    const text = `Ferry crossings cut\n\nPublished: 3 March 2025 | Harbourline\n\n${prose}\n\n"We put safety first," a spokeswoman said on Tuesday.\n`;
    expect(extractMetadata(text, 'a.txt').warnings).toEqual([]);
  });
});

describe('issue 12: the run-in label through the whole pipeline', () => {
  it.each([
    { name: 'ISO date after "date"', text: 'Council backs new bridge\n\ndate 2024-09-03 On Monday the council voted to build a new bridge over the river.\n' },
    { name: '"Published" and a day-month date', text: 'Council backs new bridge\n\nPublished 3 Sep 2024 The council voted on Monday to build a new bridge over the river.\n' },
  ])('dates "on Monday" from the label and makes no event of the label: $name', ({ text }) => {
    const { eventList } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }]);
    expect(eventList.articles[0].published).toBe('2024-09-03');
    expect(eventList.events.map((e) => e.date.start)).toEqual(['2024-09-02']);
    expect(eventList.events[0].title).not.toMatch(/^(?:date|published)\b/i);
  });
});

describe('issue 12: a run-in stamp with its update time', () => {
  it('cuts "Last updated at" and its time with the date, keeping the lead sentence', () => {
    const text = 'Published: 2025-03-05\n\n5 March 2025 Last updated at 06:50 GMT The ferry operator has cut all night crossings after an engine fire.\n';
    const meta = extractMetadata(text, 'a.txt');
    expect(findBody(text, meta.header).map((s) => text.slice(s.start, s.end))).toEqual(['The ferry operator has cut all night crossings after an engine fire.']);
  });
});

describe("chrome18: a page's update stamp run into the lead, with the headline before it", () => {
  const lead = 'The ferry operator has cut all night crossings after an engine fire.';
  it.each([
    { line: `Ferry operator cuts night crossings Page last updated at 06:50 GMT, Wednesday, 5 March 2025 07:50 UK ${lead}` },
    { line: `Page last updated at 06:50 GMT, Wednesday, 5 March 2025 07:50 UK (an error occurred while processing this directive) ${lead}` },
    { line: `Ferry operator cuts night crossings 5 March 2025 Last updated at 06:50 GMT Help ${lead}` },
    { line: `5 March 2025 Last updated at 06:50 GMT Help ${lead}` },
  ])('cuts the headline, stamp and link from "$line"', ({ line }) => {
    const text = `Published: 2025-03-05\n\n${line}\n\nRepairs will take a month, the company said.\n`;
    const meta = extractMetadata(text, 'a.txt');
    expect(findBody(text, meta.header).map((s) => text.slice(s.start, s.end))[0]).toBe(lead);
    if (line.startsWith('Ferry')) expect(meta.title).toBe('Ferry operator cuts night crossings');
  });

  it('leaves a sentence whose date is followed by no update label as body', () => {
    const text = 'Published: 2025-03-05\n\nThe ferry operator cut all night crossings on 5 March 2025 Help arrived for the stranded passengers later that night.\n';
    expect(findBody(text, extractMetadata(text, 'a.txt').header).map((s) => text.slice(s.start, s.end))[0]).toMatch(/^The ferry operator cut/);
  });
});

describe('issue 12: a wire stamp after a bar, run into the lead', () => {
  const text = 'Published: 2025-03-05\n\nBoard votes to close old pier HARBOURTON | Wed Mar 5, 2025 3:13 pm EST HARBOURTON (Agency) - The harbour board voted on Wednesday to close the old pier after the storm.\n\nRepairs would have cost more than a new pier.\n';
  it('cuts the headline, place and stamp from the line; the lead is the body', () => {
    const meta = extractMetadata(text, 'a.txt');
    expect(findBody(text, meta.header).map((s) => text.slice(s.start, s.end))[0]).toBe('HARBOURTON (Agency) - The harbour board voted on Wednesday to close the old pier after the storm.');
    expect(meta).toMatchObject({ title: 'Board votes to close old pier', publisher: 'Agency', dateline: 'Harbourton' });
  });
  it("dates the lead's happening by its own words, not by the stamp's clock", () => {
    const { events } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }] as never).eventList;
    expect(events.map((e) => [e.date.start, e.date.precision])).toEqual([['2025-03-05', 'day']]);
    expect(events[0].title).toMatch(/^Harbour board voted to close the old pier/);
  });
  it('keeps the lead after a bar with nothing before it, and strips a filing place in capitals of any script from the headline', () => {
    const bare = 'Published: 2025-03-05\n\n| Wed Mar 5, 2025 3:13 pm EST MALMÖ (Agency) - The harbour board voted on Wednesday to close the old pier after the storm.\n';
    expect(findBody(bare, extractMetadata(bare, 'a.txt').header).map((s) => bare.slice(s.start, s.end))[0]).toBe('MALMÖ (Agency) - The harbour board voted on Wednesday to close the old pier after the storm.');
    const named = 'Published: 2025-03-05\n\nBoard votes to close old pier MALMÖ | Wed Mar 5, 2025 3:13 pm EST MALMÖ (Agency) - The harbour board voted on Wednesday to close the old pier after the storm.\n';
    expect(extractMetadata(named, 'a.txt').title).toBe('Board votes to close old pier');
  });
  it('leaves a credit strip with no lead after its stamp in the header', () => {
    const strip = 'Published: 2025-03-05\n\nBy Ana Ruiz | Agency | Wed Mar 5, 2025 3:13 pm EST\n\nThe harbour board voted on Wednesday to close the old pier after the storm.\n';
    const meta = extractMetadata(strip, 'a.txt');
    expect(findBody(strip, meta.header).map((s) => strip.slice(s.start, s.end))[0]).toBe('The harbour board voted on Wednesday to close the old pier after the storm.');
  });
});

describe('issue 12: a headline and its summary run into a full stamp with no bar', () => {
  const text = 'Published: 2025-03-05\n\nHarbour board shuts old pier Repairs would have cost more than a new pier, members say Wednesday 5 March 2025 16.20 GMT The harbour board voted on Wednesday to close the old pier after the storm.\n\nRepairs would have cost more than a new pier.\n';
  it('cuts the headline, summary and stamp from the line; the lead is the body, and the headline no event', () => {
    const meta = extractMetadata(text, 'a.txt');
    expect(findBody(text, meta.header).map((s) => text.slice(s.start, s.end))[0]).toBe('The harbour board voted on Wednesday to close the old pier after the storm.');
    const { events } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }] as never).eventList;
    expect(events.map((e) => e.title)).toEqual([expect.stringMatching(/^Harbour board voted to close the old pier/)]);
  });
  it('leaves a lead that dates itself before a stamp-shaped date as body', () => {
    const lead = 'Published: 2025-03-05\n\nThe storm made landfall near Lowmere on Wednesday 5 March 2025 16:20 GMT - Officials said three people died and thousands lost power.\n\nThe board met.\n';
    const meta = extractMetadata(lead, 'a.txt');
    expect(findBody(lead, meta.header).map((s) => lead.slice(s.start, s.end))[0]).toMatch(/^The storm made landfall/);
    expect(meta.title ?? '').not.toMatch(/storm/);
  });
  it('leaves a paragraph that only mentions a date and time in its words as body', () => {
    const prose = 'Published: 2025-03-05\n\nThe harbour board met as the storm hit on Wednesday 5 March 2025 at 16.20 GMT and voted to close the old pier after the storm.\n';
    expect(findBody(prose, extractMetadata(prose, 'a.txt').header).map((s) => prose.slice(s.start, s.end))[0]).toMatch(/^The harbour board met/);
  });
});

describe("furn31: a headline run into a stamp whose clock follows the date after a semicolon", () => {
  it('cuts the headline and stamp from the line: the headline is the title, the lead the body', () => {
    const text = 'Published: 2025-03-05\n\nFerry firm blamed for pier collapse, inspectors say Wednesday, March 5, 2025; 4:20 PM A panel of harbour inspectors has found that the ferry firm ignored repeated warnings about the old pier.\n\nThe pier collapsed in January.\n';
    const meta = extractMetadata(text, 'a.txt');
    expect(meta.title).toBe('Ferry firm blamed for pier collapse, inspectors say');
    expect(findBody(text, meta.header).map((s) => text.slice(s.start, s.end))[0]).toMatch(/^A panel of harbour inspectors has found/);
  });
  it.each([
    // a sentence that dates itself before a semicolon keeps its words
    'Published: 2025-03-05\n\nThe harbour board voted to close the old pier on Wednesday, March 5, 2025; 4:20 PM was the hour the vote closed, members said.\n',
    // a date with no clock after its semicolon is prose
    'Published: 2025-03-05\n\nThe ferry firm says the pier shut Wednesday, March 5, 2025; The harbour board says it shut a day later.\n',
  ])('leaves "%s" as body', (text) => {
    expect(findBody(text, extractMetadata(text, 'a.txt').header).map((s) => text.slice(s.start, s.end))[0]).toMatch(/^The /);
  });
});

describe("issue 12: a dateline's city gives the story's clock", () => {
  it.each([
    { place: 'KATHMANDU', zone: 'Asia/Kathmandu' },
    { place: 'Nairobi', zone: 'Africa/Nairobi' },
    // a country may span zones, and one name may be several cities in different zones
    { place: 'India', zone: null },
    { place: 'Portland', zone: null },
  ])('$place -> $zone', ({ place, zone }) => {
    expect(zoneOfCity(place)).toBe(zone);
  });

  it('joins the clock time and the day of one quake on the wall clock\'s day, keeping the minute', () => {
    const text = 'Quake jolts valley\n\nPublished: 4 March 2025\n\nKATHMANDU, March 4 (Agency) -- A strong quake struck at 4:30 am on Tuesday. The quake struck near the town of Gorkha on Tuesday, killing dozens.\n';
    const { events } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }] as never).eventList;
    expect(events).toHaveLength(1);
    expect(events[0].date).toMatchObject({ start: '2025-03-03T22:45', precision: 'minute', offset: '+05:45' });
    expect(events[0].sources).toHaveLength(2);
  });

  it('shows a clock time in a story filed from a city in that city\'s zone', () => {
    const text = 'Quake jolts valley\n\nPublished: 4 March 2025\n\nKATHMANDU, March 4 (Agency) -- A strong earthquake struck the valley at 4:30 am on Tuesday, officials said.\n';
    const [event] = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }] as never).eventList.events;
    expect(event.date).toMatchObject({ start: '2025-03-03T22:45', precision: 'minute', offset: '+05:45' });
  });
});

describe('issue 12: a short lede below the date line is the body, not the header', () => {
  it.each([
    { name: 'a seven-word lede', text: 'Launch slips again\n\nPublished: 20 January 2025\n\nThe festival ended on Sunday with fireworks.\n\nThe ferry operator said the service will resume on Sunday.\n', header: 'Launch slips again\n\nPublished: 20 January 2025' },
    { name: 'a headline ending in a question mark above the date is still the title', text: 'Will the ferry run again?\n\nPublished: 20 January 2025\n\nThe ferry operator said on Monday that the service will resume on Sunday after repairs.\n', header: 'Will the ferry run again?\n\nPublished: 20 January 2025' },
  ])('$name', ({ text, header }) => {
    const meta = extractMetadata(text, 'a.txt');
    expect(meta.header.map((h) => text.slice(h.start, h.end))).toEqual([header]);
  });
});

describe('issue 12: a two-word headline', () => {
  it.each([
    { line: 'Quake strikes', title: 'Quake strikes' },
    { line: 'Council acts', title: 'Council acts' },
    // a site's two-word labels are not headlines
    { line: 'Latest news', title: null },
    { line: 'World News', title: null },
  ])('"$line" -> $title', ({ line, title }) => {
    const meta = extractMetadata(`${line}\n\nPublished: 14 October 2024\n\nThe council voted last week to close the pool, the mayor said in a statement on Monday.\n`, 'a.txt');
    expect(meta.title).toBe(title);
  });
});
