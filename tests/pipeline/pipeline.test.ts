// End-to-end over the stages: fixture articles written for these tests, and the two seed articles.
import { describe, expect, it } from 'vitest';
import { validateEventList, type EventList, type TimelineEvent } from '../../src/core/schema';
import { afterPublicationDay, buildEventList, formatPublished } from '../../src/pipeline/pipeline';
import { rankEvents } from '../../src/pipeline/rank';
import { readArticles } from '../../src/pipeline/read';
import { serialize } from '../../src/pipeline/write';

async function run(dir: string) {
  const { articles } = await readArticles(dir);
  return { texts: new Map(articles.map((a) => [a.file, a.text])), ...buildEventList(articles) };
}

function eventsOn(list: EventList, start: string, precision: string): TimelineEvent[] {
  return list.events.filter((e) => e.date.start === start && e.date.precision === precision);
}

function expectQuotesAreSlices(list: EventList, texts: Map<string, string>) {
  const fileOf = new Map(list.articles.map((a) => [a.id, a.file]));
  for (const e of list.events) {
    for (const s of e.sources) {
      const text = texts.get(fileOf.get(s.article)!)!;
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(text.slice(s.timex.start, s.timex.end)).toBe(s.timex.text);
    }
  }
}

describe('fixture articles', async () => {
  const { eventList, evidence, texts } = await run('tests/fixtures/articles');

  it('produces a valid, golden event list, ranked as the CLI ranks it', async () => {
    const ranked = rankEvents(eventList, evidence);
    expect(validateEventList(ranked).ok).toBe(true);
    await expect(serialize(ranked)).toMatchFileSnapshot('../fixtures/articles.golden.json');
  });

  it('keeps every quote a verbatim slice of its file', () => expectQuotesAreSlices(eventList, texts));

  it.each([
    { file: '01_harbour_desk.txt', published: '2024-02-14T18:20+05:30' },
    { file: '02_harbour_wire.txt', published: '2024-02-14T21:05+05:30' },
    { file: '03_us_court.txt', published: '2018-10-28T12:54-04:00' },
    { file: '04_no_date.md', published: null },
    { file: '05_new_year.txt', published: '2024-01-02T07:40+00:00' },
    { file: '06_festival.txt', published: '2017-03-29' },
  ])('reads the publication date of $file', ({ file, published }) => {
    expect(eventList.articles.find((a) => a.file === file)?.published).toBe(published);
  });

  it('warns when an article has no publication date', () => {
    const article = eventList.articles.find((a) => a.file === '04_no_date.md')!;
    expect(article.warnings.join(' ')).toMatch(/no publication date/i);
  });

  it.each([
    { what: 'the confirmation, told by both articles', start: '2024-02-13', precision: 'day', articles: ['01_harbour_desk', '02_harbour_wire'] },
    { what: 'the collapse: "last month" and "in recent weeks"', start: '2024-01', precision: 'month', articles: ['01_harbour_desk', '02_harbour_wire'] },
    { what: 'a past bare year', start: '2009', precision: 'year', articles: ['01_harbour_desk'] },
    { what: '"on Friday" in a past sentence, reported on a Sunday', start: '2018-10-26', precision: 'day', articles: ['03_us_court'] },
    { what: '"will hear arguments on Tuesday": the next Tuesday', start: '2018-10-30', precision: 'day', articles: ['03_us_court'] },
    { what: '"expected in November": a month, not a day', start: '2018-11', precision: 'month', articles: ['03_us_court'] },
    { what: '"in March 2016"', start: '2016-03', precision: 'month', articles: ['03_us_court'] },
    { what: 'an absolute year in an undated article', start: '1887', precision: 'year', articles: ['04_no_date'] },
    { what: '"since Friday" across the year boundary', start: '2023-12-29', precision: 'day', articles: ['05_new_year'] },
    { what: '"in December" in a January article', start: '2023-12', precision: 'month', articles: ['05_new_year'] },
    { what: '"expected to reopen on Thursday"', start: '2024-01-04', precision: 'day', articles: ['05_new_year'] },
    { what: 'a range "from Aug. 4 to Aug. 6"', start: '2017-08-04', precision: 'day', articles: ['06_festival'] },
  ])('dates $what', ({ start, precision, articles }) => {
    const found = eventsOn(eventList, start, precision);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((e) => articles.every((a) => e.sources.some((s) => s.article === a)))).toBe(true);
  });

  it('resolves nothing relative in an article without a publication date', () => {
    const undated = eventList.events.filter((e) => e.sources.some((s) => s.article === '04_no_date'));
    expect(undated.map((e) => e.date.precision)).toEqual(['year', 'year']);
  });

  it('keeps headlines short and never makes an event from menus or footers', () => {
    for (const e of eventList.events) {
      expect(e.title.length).toBeLessThanOrEqual(95);
      for (const s of e.sources) expect(s.quote).not.toMatch(/Follow us|Privacy Policy|auto-generated|Copyright|Related:|Main Menu|Tidewire TV/);
    }
  });
});

describe('seed articles', async () => {
  const { eventList, texts } = await run('seeds');
  const [pti, wire] = eventList.articles.map((a) => a.id);

  it('is valid and quotes verbatim', () => {
    expect(validateEventList(eventList).ok).toBe(true);
    expectQuotesAreSlices(eventList, texts);
  });

  it('reads both publication dates with their time zones', () => {
    expect(eventList.articles.map((a) => a.published)).toEqual(['2025-03-06T01:54+05:30', '2025-03-06T11:36+08:00']);
  });

  it.each([
    { what: '1997, a year', start: '1997', precision: 'year', sources: [0] },
    { what: '7 October 2023', start: '2023-10-07', precision: 'day', sources: [0] },
    { what: 'November 2024, a month', start: '2024-11', precision: 'month', sources: [1] },
    { what: '19 January 2025', start: '2025-01-19', precision: 'day', sources: [1] },
    { what: 'February 2025 talks: "last month" and "in recent weeks", one event', start: '2025-02', precision: 'month', sources: [0, 1] },
  ])('has $what', ({ start, precision, sources }) => {
    const ids = sources.map((i) => [pti, wire][i]);
    const found = eventsOn(eventList, start, precision);
    expect(found.some((e) => ids.every((id) => e.sources.some((s) => s.article === id)))).toBe(true);
  });

  it('merges the 5 March confirmation and the first report into events with both sources', () => {
    const both = eventsOn(eventList, '2025-03-05', 'day').filter((e) => new Set(e.sources.map((s) => s.article)).size === 2);
    expect(both.length).toBe(2);
    const quotes = both.map((e) => e.sources.map((s) => s.quote).join(' '));
    expect(quotes.some((q) => /first reported|earlier on Wednesday disclosed/.test(q) && /disclosed|reported/.test(q))).toBe(true);
  });

  it('dates nothing in June 2025 and takes nothing from menus or footers', () => {
    expect(eventList.events.filter((e) => e.date.start.startsWith('2025-06'))).toEqual([]);
    for (const e of eventList.events) for (const s of e.sources) expect(s.quote).not.toMatch(/Left Menu|Follow us|Disclaimer|auto-generated|provides up-to-date/);
  });
});

describe('formatPublished', () => {
  const base = { year: 2025, month: 3, day: 6, timeZone: null, offsetSource: null, text: '', start: 0, end: 0 } as const;
  it.each([
    { p: { ...base, hour: null, minute: null, offsetMinutes: null }, expected: '2025-03-06' },
    { p: { ...base, hour: 1, minute: 54, offsetMinutes: 330 }, expected: '2025-03-06T01:54+05:30' },
    { p: { ...base, hour: 12, minute: 54, offsetMinutes: -240 }, expected: '2025-03-06T12:54-04:00' },
    { p: { ...base, hour: 9, minute: 5, offsetMinutes: -570 }, expected: '2025-03-06T09:05-09:30' },
    { p: { ...base, hour: 11, minute: 36, offsetMinutes: null }, expected: '2025-03-06T11:36' },
  ])('$expected', ({ p, expected }) => expect(formatPublished(p)).toBe(expected));
});

describe('buildEventList: the timex list writes a range as its two ends, as TimeML does', () => {
  const text = 'Road works\n\nPublished: 2015-03-04\n\nCrews worked between 1993 and 1996 on the bridge. The firm was run by its founder from 2010 until January 2014, the report said.\n';
  const { timexes, eventList } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }]);
  it.each([
    ['1993', '1993'],
    ['1996', '1996'],
    ['2010', '2010'],
    ['January 2014', '2014-01'],
  ])('"%s" is its own expression with value %s, sliced from the text', (written, value) => {
    const t = timexes.find((x) => x.text === written);
    expect(t?.value).toBe(value);
    expect(text.slice(t!.start, t!.end)).toBe(written);
  });
  it('while the event keeps the whole range, with each end as written in its label', () => {
    expect(eventList.events.map((e) => e.date.label).sort()).toEqual(['1993 – 1996', '2010 – January 2014']);
  });
});

describe('buildEventList: what falls after the publication day is planned, whatever its verb', () => {
  const text =
    'Port news\n\nPublished: 4 March 2025 14:00 GMT\n\nThe harbour board meets on Thursday to set the fees. Ferries resume their night runs in June. The mayor opened the new pier on Monday. Pilots began their strike today.\n';
  const { eventList } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }]);
  const statusOf = (start: string) => eventList.events.find((e) => e.date.start === start)?.status ?? 'happened';
  it.each([
    ['2025-03-06', 'planned'],
    ['2025-06', 'planned'],
    ['2025-03-03', 'happened'],
    ['2025-03-04', 'happened'],
  ])('%s is %s', (start, status) => expect(statusOf(start)).toBe(status));
});

describe('buildEventList: what "tomorrow" dates is planned, whatever day the article is filed under', () => {
  // (no publication day here: "tomorrow" counts from the last day named, and its present tense is no deed done)
  const text = 'Port news\n\nThe board met late on 4 March 2025.\n\nTomorrow the minister visits the port to see for himself.\n';
  const { eventList } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }]);
  it.each([
    ['2025-03-05', 'planned'],
    ['2025-03-04', 'happened'],
  ])('%s is %s', (start, status) => expect(eventList.events.find((e) => e.date.start === start)?.status ?? 'happened').toBe(status));
});

describe('buildEventList: what was done by the publication day is not dated by the day it looks ahead to', () => {
  const text =
    'Mill news\n\nPublished: 4 March 2025 14:00 GMT\n\nDowley Corp. extended its offer for Brinmoor Mills until March 20. Brinmoor will hold a vote on its board on March 27. The mayor opened the new mill on Monday. The first offer, which was due to expire on March 1, drew few shares. The sale of the mill was supposed to close on March 31.\n';
  const { eventList } = buildEventList([{ file: 'a.txt', text, encoding: 'utf-8', warnings: [] }]);
  it('drops the extension dated by its new deadline and both schedules told in the past; keeps the vote planned and the opening', () => {
    expect(eventList.events.map((e) => [e.date.start, e.status ?? 'happened']).sort()).toEqual([
      ['2025-03-03', 'happened'],
      ['2025-03-27', 'planned'],
    ]);
  });
});

describe('buildEventList: a schedule told in the past tense was upset, whatever its day (wire19)', () => {
  const titlesOf = (body: string) =>
    buildEventList([{ file: 'a.txt', text: `Mill news\n\nPublished: 4 March 2025 14:00 GMT\n\n${body}\n`, encoding: 'utf-8', warnings: [] }]).eventList.events.map((e) => e.title);
  it.each([
    'The Tarrow school had been due to reopen on Sunday. It will now stay shut for another week.',
    'Ann Roe was scheduled to fly home on Friday. Health officials urged her to wait.',
    'The test of the new cap was due to begin on Tuesday. Engineers asked for a review first.',
    'The Brinmoor offer had been set to expire on March 20. It was extended to March 27.',
  ])('"%s" tells no happening at that day', (body) => expect(titlesOf(body).filter((t) => !/extended|wait|review|stay shut/.test(t))).toEqual([]));
  it.each([
    // a schedule that stands is told in the present; a reported one is told in the past by the saying's tense
    ['The Tarrow school is due to reopen on Sunday.', 'Tarrow school is due to reopen'],
    ['Ann Roe said the ferry was due to dock on Friday.', 'Ann Roe says ferry was due to dock'],
    // an expectation told in the story's past tense, for a day ahead, stands
    ['The Tarrow council was expected to vote on the harbour plan on March 11.', 'Tarrow council was expected to vote on the harbour plan'],
    ['The Vell board was poised to approve the sale on Friday.', 'Vell board was poised to approve the sale'],
  ])('"%s" stays on the calendar', (body, title) => expect(titlesOf(body)).toEqual([title]));
  // (by a day gone, whether what was expected came is left open)
  it('drops an expectation for a day before the writing', () => expect(titlesOf('The Tarrow council was expected to vote on the harbour plan on March 1.')).toEqual([]));
});

describe('buildEventList: a happening told as done dated only by a quarter (wire19)', () => {
  const eventsOf = (body: string) =>
    buildEventList([{ file: 'a.txt', text: `Mill news\n\nPublished: 4 March 2025 14:00 GMT\n\n${body}\n`, encoding: 'utf-8', warnings: [] }]).eventList.events.map((e) => [e.title, e.date.start, e.status ?? 'happened']);
  it.each([
    // a figure tallied over the books' period, or how things stood during it, in a quarter past or begun
    'The Pellow company shipped 28,000 looms in the fourth quarter of 2024.',
    'The Vell ferry line was only beginning to recover during the fourth quarter of 2024.',
    'Tarrow Mills had an average of 5.6 million shares outstanding in the third quarter of 2024.',
    'That share had almost halved by the first quarter of 2025.',
  ])('"%s" tells no happening', (body) => expect(eventsOf(body)).toEqual([]));
  it.each([
    // a quarter still to come is on the calendar; a finer date is a day's news
    ['The Pellow company will open its new mill in the third quarter.', ['Pellow company will open its new mill', '2025-Q3', 'planned']],
    ['The Pellow company opened a new mill in December 2024.', ['Pellow company opened a new mill', '2024-12', 'happened']],
  ])('"%s" stays', (body, event) => expect(eventsOf(body)).toEqual([event]));
});

describe('buildEventList: a happening dated by nothing finer than the year of writing (wire19)', () => {
  const eventsOf = (body: string) =>
    buildEventList([{ file: 'a.txt', text: `Mill news\n\nPublished: 4 March 2025 14:00 GMT\n\n${body}\n`, encoding: 'utf-8', warnings: [] }]).eventList.events.map((e) => [e.title, e.date.start, e.status ?? 'happened']);
  it.each([
    // a tally so far, how things stood, a guess
    'The dividend rise was the Pellow company\'s second this year.',
    'Loom analysts had been burned repeatedly on Tarrow Mills this year.',
    'The Vell council may have spent too much on the harbour this year.',
    // (the perfect tells a tally so far or a state; a deed inside what someone said is the speaker's)
    'Loom analysts were even more cautious, having been burned repeatedly on Tarrow Mills this year.',
    'Ann Roe said the high prices might explain why fewer looms were sold in Tarrow this year.',
    'Deals worth $2 billion have been cancelled in Tarrow this year.',
  ])('"%s" tells no happening', (body) => expect(eventsOf(body)).toEqual([]));
  it.each([
    // a year before the year of writing; a finer date in the year of writing; a year still to come
    ['Ann Roe opened a new mill in Tarrow in 2024.', ['Ann Roe opened a new mill in Tarrow', '2024', 'happened']],
    ['The Pellow company opened a new mill in January.', ['Pellow company opened a new mill', '2025-01', 'happened']],
    ['The Pellow company will open a new mill in Tarrow in 2026.', ['Pellow company will open a new mill in Tarrow', '2026', 'planned']],
    // a deed told in the past tense happened: its year is a coarse but true date
    ['Voters in Tarrow elected Ann Roe as mayor this year.', ['Voters in Tarrow elected Ann Roe as mayor', '2025', 'happened']],
    ['The Vell mill closed in 2025, putting 300 people out of work.', ['Vell mill closed', '2025', 'happened']],
  ])('"%s" stays', (body, event) => expect(eventsOf(body)).toEqual([event]));
});

describe('afterPublicationDay', () => {
  it.each([
    [{ start: '2025-03-05', precision: 'day' }, '2025-03-04', true],
    [{ start: '2025-03-04', precision: 'day' }, '2025-03-04T23:00+05:30', false],
    [{ start: '2025-W10', precision: 'week' }, '2025-03-04', false],
    [{ start: '2025-W11', precision: 'week' }, '2025-03-04', true],
    [{ start: '2025-03', precision: 'month' }, '2025-03-04', false],
    [{ start: '2026', precision: 'year' }, '2025-03-04', true],
    // 20:30 UTC on the 4th is 02:00 on the 5th in a zone at +05:30: after the day of a publication there
    [{ start: '2025-03-04T20:30Z', precision: 'minute' }, '2025-03-04T09:00+05:30', true],
    [{ start: '2025-03-04T20:30Z', precision: 'minute' }, '2025-03-04T09:00-05:00', false],
    // a minute and a publication with no zone cannot be compared
    [{ start: '2025-03-06T20:30Z', precision: 'minute' }, '2025-03-04', false],
    // a wall clock with no zone and a publication with none: their calendar days
    [{ start: '2025-03-05T09:00', precision: 'minute' }, '2025-03-04', true],
    [{ start: '2025-03-04T23:00', precision: 'minute' }, '2025-03-04', false],
    // a clock read in its place's zone, kept in UTC with the offset: 19:15 at -05:00 on the 4th is 00:15 UTC on the
    // 5th, still the 4th where it was told; 20:00 at +09:00 on the 5th is 11:00 UTC on the 5th, after the 4th
    [{ start: '2025-03-05T00:15', precision: 'minute', offset: '-05:00' }, '2025-03-04', false],
    [{ start: '2025-03-05T11:00', precision: 'minute', offset: '+09:00' }, '2025-03-04', true],
    [{ start: '2025-03-04T16:00', precision: 'minute', offset: '+09:00' }, '2025-03-04', true],
  ] as const)('%o after %s: %s', (date, published, expected) => expect(afterPublicationDay(date, published)).toBe(expected));
});
