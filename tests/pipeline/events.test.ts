import { describe, expect, it } from 'vitest';
import { draftEvents } from '../../src/pipeline/events';
import { findTimexes } from '../../src/pipeline/timex';
import { tokenize } from '../../src/pipeline/language/tokens';
import type { Sentence, Timex, TimexType } from '../../src/pipeline/types';
import type { Precision } from '../../src/core/schema';

/** The day an article was written, as the date reader takes it. */
type Published = NonNullable<Parameters<typeof findTimexes>[2]['published']>;

const article = 'Header line\n\nThe council said on Tuesday that the library closed last month. Rain fell for two weeks. ' +
  'Officials met on Friday to discuss the budget. As of 2024, the town employed 300 people. The museum reopened in XXXX.';

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.slice(13).matchAll(/[^.]+\./g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = 13 + m.index! + lead;
    const t = text.slice(start, 13 + m.index! + m[0].length);
    out.push({ text: t, start, end: 13 + m.index! + m[0].length, tokens: tokenize(t) });
  }
  return out;
}

/** An article's day of writing, with no time of day or zone. */
function writtenOn(year: number, month: number, day: number): Published {
  return { year, month, day, hour: null, minute: null, offsetMinutes: null, timeZone: null, offsetSource: null, text: '', start: 0, end: 0 };
}

/** The drafts of one sentence read as a whole article written on `published`. */
function oneSentenceDrafts(text: string, published: Published) {
  const sentences: Sentence[] = [{ text, start: 0, end: text.length, tokens: tokenize(text) }];
  return draftEvents('a', sentences, findTimexes(text, sentences, { published: { ...published }, dayFirst: null }));
}

/** Each draft of a one-sentence article, as its title and its date's start. */
function titlesAndDays(text: string, published: Published) {
  return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start]);
}

/** Each draft of a one-sentence article, as its title and whether it happened or is planned. */
function titlesAndStatus(text: string, published: Published) {
  return oneSentenceDrafts(text, published).map((d) => [d.title, d.status ?? 'happened']);
}

/** The drafts of an article whose sentences each end at a full stop, written on `published`. */
function periodSentenceDrafts(text: string, published: Published) {
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    sentences.push({ text: t, start: m.index! + lead, end: m.index! + lead + t.length, tokens: tokenize(t) });
  }
  return draftEvents('a', sentences, findTimexes(text, sentences, { published: { ...published }, dayFirst: null }));
}

/** The titles of an article whose sentences are `paragraphs`, one each, joined by spaces, written on `published`. */
function paragraphTitles(paragraphs: string[], published: Published) {
  const text = paragraphs.join(' ');
  let at = 0;
  const sentences: Sentence[] = paragraphs.map((p) => {
    const start = text.indexOf(p, at);
    at = start + p.length;
    return { text: p, start, end: at, tokens: tokenize(p) };
  });
  return draftEvents('a', sentences, findTimexes(text, sentences, { published: { ...published }, dayFirst: null })).map((d) => d.title);
}

function timex(text: string, phrase: string, type: TimexType, value: string, date: [string, string, Precision, boolean?] | null): Timex {
  const start = text.indexOf(phrase);
  return {
    text: phrase, start, end: start + phrase.length, type, value,
    date: date && { start: date[0], end: date[1], precision: date[2], approximate: date[3] ?? false },
    resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '',
  };
}

const timexes: Timex[] = [
  timex(article, 'Tuesday', 'DATE', '2025-03-04', ['2025-03-04', '2025-03-04', 'day']),
  timex(article, 'last month', 'DATE', '2025-02', ['2025-02', '2025-02', 'month']),
  timex(article, 'two weeks', 'DURATION', 'P2W', null),
  timex(article, 'Friday', 'DATE', '2025-02-28', ['2025-02-28', '2025-02-28', 'day']),
  timex(article, '2024', 'DATE', '2024', ['2024', '2024', 'year']),
  timex(article, 'XXXX', 'DATE', 'XXXX', null),
];

describe('draftEvents', () => {
  const drafts = draftEvents('a1', sentencesOf(article), timexes);

  it('makes one draft per dated happening, skipping durations, unresolved dates and yardsticks', () => {
    expect(drafts.map((d) => d.timex.text)).toEqual(['Tuesday', 'last month', 'Friday']);
  });

  it('gives two happenings in one sentence two different headlines', () => {
    const [said, closed] = drafts;
    expect(said.sentence).toBe(closed.sentence);
    expect(said.title).toBe('Council says library closed last month');
    expect(closed.title).toBe('Library closed');
  });

  it('keeps the quote verbatim and labels the date', () => {
    const met = drafts[2];
    expect(article.slice(met.sentence.start, met.sentence.end)).toBe(met.sentence.text);
    expect(met.sentence.text).toBe('Officials met on Friday to discuss the budget.');
    expect(met).toMatchObject({ article: 'a1', title: 'Officials met to discuss the budget', date: { start: '2025-02-28', precision: 'day', label: '28 February 2025' } });
  });

  it('does not depend on the order the stages hand over their lists', () => {
    expect(draftEvents('a1', sentencesOf(article).reverse(), [...timexes].reverse())).toEqual(drafts);
  });

  it.each([
    { name: 'comparison', text: 'Sales were higher than in 2019.', phrase: '2019' },
    { name: 'document name', text: 'The figures appear in the 2023 report on housing.', phrase: '2023' },
    { name: 'vague present', text: 'The bridge is now closed.', phrase: 'now', value: 'PRESENT_REF' },
    { name: 'dateline', text: 'OSLO, May 2 (Nordwire) -- The fjord ferry resumed service on Thursday.', phrase: 'May 2' },
    { name: 'dateline with a dash', text: 'LIMA, 4 June — Farmers blocked the highway on Monday.', phrase: '4 June' },
  ])('skips a date that anchors nothing: $name', ({ text, phrase, value }) => {
    const t = timex(text, phrase, 'DATE', value ?? phrase, ['2023', '2023', 'year']);
    expect(draftEvents('b', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [t])).toEqual([]);
  });

  it('folds a clock and its day joined by "on" into one date, leaving neither in the title', () => {
    const text = 'The suspect was seen at 10.40 am on the day of the raid near the bank.';
    const drafts2 = draftEvents('c', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [
      timex(text, '10.40 am', 'TIME', '2025-03-05T10:40', ['2025-03-05T10:40', '2025-03-05T10:40', 'minute']),
      timex(text, 'the day of the raid', 'DATE', '2025-03-05', ['2025-03-05', '2025-03-05', 'day']),
    ]);
    expect(drafts2.map((d) => [d.date.precision, d.title])).toEqual([['minute', 'Suspect was seen near the bank']]);
  });

  it('folds two expressions of one date for the same happening into the sharper one', () => {
    const text = 'The strike began on Wednesday, March 5 at the port.';
    const drafts2 = draftEvents('c', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [
      timex(text, 'March 5', 'DATE', '2025-03-05', ['2025-03-05', '2025-03-05', 'day']),
      timex(text, 'Wednesday', 'DATE', '2025-03-05', ['2025-03-05', '2025-03-05', 'day']),
    ]);
    expect(drafts2.map((d) => [d.timex.text, d.title])).toEqual([['Wednesday', 'Strike began']]);
  });

  it('keeps a vague past range such as "in recent weeks"', () => {
    const text = 'The two unions have been holding secret meetings in recent weeks.';
    const t = timex(text, 'recent weeks', 'DATE', 'PAST_REF', ['2025-02-06', '2025-03-06', 'day', true]);
    const [d] = draftEvents('e', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [t]);
    expect(d.title).toBe('Two unions have been holding secret meetings');
    expect(d.date.label).toBe('about 6 February – 6 March 2025');
  });

  it('dates a happening "after the weekend" to the Monday after it, leaving the expression the weekend', () => {
    const text = 'Dockers went back to work after the weekend, the union said.';
    const t = timex(text, 'the weekend', 'DATE', '2025-W09-WE', ['2025-03-01', '2025-03-02', 'day']);
    const [d] = draftEvents('e', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [t]);
    expect(d.date).toMatchObject({ start: '2025-03-03', precision: 'day' });
    expect(d.timex.value).toBe('2025-W09-WE');
  });

  it('makes no event of a wire stamp after a caption credit ("| Fri May 1, 2009 9:46 am EDT WASHINGTON (Reuters) -")', () => {
    const text = 'Handout By Jo Fox, Editor WASHINGTON | Fri May 1, 2009 9:46 am EDT WASHINGTON (Reuters) - The virus spread further.';
    const t = timex(text, 'May 1, 2009 9:46 am EDT', 'TIME', '2009-05-01T09:46', ['2009-05-01T13:46', '2009-05-01T13:46', 'minute']);
    expect(draftEvents('e', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [t])).toEqual([]);
  });

  it.each([
    'PORTVILLE/LAKETON | Tue Jul 6, 2021 7:38 pm EDT PORTVILLE/LAKETON (Agency) - Miller Corp said on Tuesday it sold a mill.',
    'PORTVILLE\\/LAKETON | Tue Jul 6, 2021 7:38 pm EDT PORTVILLE\\/LAKETON (Agency) - Miller Corp said on Tuesday it sold a mill.',
    'PORTVILLE, Maine | Tue Jul 6, 2021 7:38 pm EDT PORTVILLE, Maine (Agency) - Miller Corp said on Tuesday it sold a mill.',
    'PORTVILLE, Maine\\/LAKETON | Tue Jul 6, 2021 7:38 pm EDT PORTVILLE, Maine\\/LAKETON (Agency) - Miller Corp said on Tuesday it sold a mill.',
  ])('makes no event of a wire stamp filed from a place with its state, or from two places joined by a slash: %s', (text) => {
    const t = timex(text, 'Jul 6, 2021 7:38 pm EDT', 'TIME', '2021-07-06T19:38', ['2021-07-06T23:38', '2021-07-06T23:38', 'minute']);
    expect(draftEvents('e', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [t])).toEqual([]);
  });

  it('makes no event of a vague future such as "in the coming months"', () => {
    const text = 'Patients must be able to reach clinics in the coming months.';
    const t = timex(text, 'the coming months', 'DATE', 'FUTURE_REF', ['2025-03', '2025-06', 'month', true]);
    expect(draftEvents('e', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [t])).toEqual([]);
  });

  it('keeps a TIME expression as a minute-precision event', () => {
    const text = 'Polls closed at 8 p.m. on Sunday across the state.';
    const t = timex(text, '8 p.m. on Sunday', 'TIME', '2025-03-02T20:00', ['2025-03-03T04:00', '2025-03-03T04:00', 'minute']);
    const [d] = draftEvents('d', [{ text, start: 0, end: text.length, tokens: tokenize(text) }], [t]);
    expect(d.title).toBe('Polls closed across the state');
    expect(d.date.precision).toBe('minute');
  });
});

describe('draftEvents takes no day a state brought in by "be" is told to last until as its happening', () => {
  // written on Tuesday 24 October 2023
  it.each([
    { text: 'All schools in Port Ellis will be closed until 6 November.', days: [] },
    { text: 'The council announced that drilling in the bay will be suspended until 2025.', days: [] },
    { text: 'Health officials advised the Norvex school to shut until 3 November.', days: [] },
    { text: 'Yesterday officials said the Port Ellis school would be closed until Thursday.', days: ['2023-10-23'] },
    // a state kept up ("remain") ends on the day, which is the news; a deadline and a change not made till then are of their day
    { text: 'The Port Ellis school will remain shut until Thursday.', days: ['2023-10-26'] },
    { text: 'Tenants have until 3 November to file their claims.', days: ['2023-11-03'] },
  ])('"$text": $days', ({ text, days }) => {
    expect(oneSentenceDrafts(text, writtenOn(2023, 10, 24)).map((d) => d.date.start)).toEqual(days);
  });
});

describe('draftEvents marks a title whose own verb is "will" or "would" with a bare verb, dated at or after the writing, as planned', () => {
  // written on Monday 23 October 2023
  it.each([
    { text: 'The council is to approve the budget, and these will also be discussed on Monday evening.', want: [['These will be discussed', 'planned']] },
    { text: 'Ann Roe has said when the inquiry ends, Norvex would "immediately" move its crews to the larger pier by the end of October.', want: [] },
    // the saying is the news on its day; a relative clause's "would" describes its noun
    { text: 'Ann Roe said on Monday she would resign.', want: [['Ann Roe said she would resign', 'happened']] },
  ])('"$text"', ({ text, want }) => {
    expect(titlesAndStatus(text, writtenOn(2023, 10, 23))).toEqual(want);
  });
});

describe("draftEvents dates a clause by its finite verb, not by an infinitive that completes a noun after it", () => {
  // written on Wednesday 25 October 2023
  it.each([
    { text: 'Two rival buyers extended their offers to acquire the Lakeport-based dairy Friday.', day: '2023-10-20', status: 'happened' },
    { text: 'The rival buyers renewed their offers to purchase the ferry line Friday.', day: '2023-10-20', status: 'happened' },
    { text: 'The board agreed to meet the growers Friday.', day: '2023-10-27', status: 'planned' },
    { text: 'The firm plans to close the mill Friday.', day: '2023-10-27', status: 'planned' },
  ])('"$text": $day, $status', ({ text, day, status }) => {
    const drafts = oneSentenceDrafts(text, writtenOn(2023, 10, 25));
    expect(drafts.map((d) => [d.date.start, d.status ?? 'happened'])).toEqual([[day, status]]);
  });
});

describe('draftEvents reads each date in its clause', () => {
  const one = (text: string, phrase: string, date: [string, string, Precision]) => {
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    return draftEvents('x', [sentence], [timex(text, phrase, 'DATE', date[0], date)]);
  };

  it.each([
    { text: 'The hearing is set for June 3.', phrase: 'June 3', status: 'planned' },
    { text: 'The court heard the case on June 3.', phrase: 'June 3', status: undefined },
    { text: 'Ana Ruiz is to announce her plan for the port on June 3.', phrase: 'June 3', status: 'planned' },
    { text: 'A new ferry service is to be launched on June 3.', phrase: 'June 3', status: 'planned' },
  ])('marks "$text" as $status', ({ text, phrase, status }) => {
    const drafts = one(text, phrase, ['2025-06-03', '2025-06-03', 'day']);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].status).toBe(status);
  });

  it.each([
    { text: 'No records were broken on Sunday.', phrase: 'Sunday' },
    { text: 'Prices will rise on Sunday.', phrase: 'Sunday' },
    { text: 'LONDON | Mon Jun 2, 2025 4:56 pm EDT LONDON (Agency) - Talks began.', phrase: 'Mon Jun 2, 2025 4:56 pm' },
    { text: 'Page last updated at 11:24 GMT, Monday, 2 June 2025.', phrase: '11:24 GMT, Monday, 2 June 2025' },
    { text: 'HARBOURTON, June 2 (Fjordwire)_ Talks began.', phrase: 'June 2' },
    { text: 'HARBOURTON, June 2 _ Talks began.', phrase: 'June 2' },
    { text: 'The bill includes a tax credit for farmers retroactive to June 1.', phrase: 'June 1' },
    { text: 'The permit is a pass for residents valid through June 1.', phrase: 'June 1' },
    { text: 'Born: 3 June 1961, Leeds, UK Known for: Skating', phrase: '3 June 1961' },
    { text: 'Today is broadcast live and the running order may change.', phrase: 'Today' },
    { text: 'Posted by Tessa Marlow and Ivo Brandt on June 1, 2025 5:27 AM The ferry company cut crossings.', phrase: 'June 1, 2025 5:27 AM' },
    { text: 'Harbour notes 5:27 AM Posted by Ivo Brandt, on June 1, 2025 The ferry company cut crossings.', phrase: '5:27 AM' },
    { text: 'Jun 1, 2025 14:05 UTC Ferries are the lifeblood of the islands.', phrase: 'Jun 1, 2025 14:05 UTC' },
    { text: 'Watch the clip I shot from the quay: Jun 1, 2025 14:05 GMT After a week off, the mayor is back at work.', phrase: 'Jun 1, 2025 14:05 GMT' },
    { text: 'Match report 1 JUNE 2025, SPORT & LEISURE The best goals of the season.', phrase: 'JUNE 2025' },
    { text: 'Speaking after the 1995 floods, the mayor said the town needed help.', phrase: '1995' },
    { text: 'Bad news for the harbour pilots today.', phrase: 'today' },
    { text: 'Shares fell 5 percent, topping the slide after the 1998 crash, to close lower.', phrase: '1998' },
  ])('drafts nothing from "$text"', ({ text, phrase }) => {
    expect(one(text, phrase, ['2025-06-01', '2025-06-01', 'day'])).toEqual([]);
  });

  it.each([
    'Ada Roe married Tom Vale at the town chapel in 1923.',
    'That habit underlay the sudden collapse of the Varrow and Oxhey banks in 1923.',
  ])('keeps a sentence whose verb a tagger misses: "%s"', (text) => {
    expect(one(text, '1923', ['1923', '1923', 'year'])).toHaveLength(1);
  });

  it('keeps a posting told as a happening, not a stamp', () => {
    expect(one('The video was posted by the group on June 1.', 'June 1', ['2025-06-01', '2025-06-01', 'day'])).toHaveLength(1);
  });

  it.each([
    'The ferry sank on Jun 1, 2025 at 14:05 UTC off the point.',
    'The ferry sank Jun 1, 2025 14:05 UTC. Rescuers came.',
  ])('keeps a full date and clock told as a happening\'s time, not a post\'s stamp: "%s"', (text) => {
    const phrase = /Jun 1, 2025 (?:at )?14:05 UTC/.exec(text)![0];
    expect(one(text, phrase, ['2025-06-01T14:05', '2025-06-01T14:05', 'minute'])).toHaveLength(1);
  });

  // dupfurn23: a page's or a post's stamp in other shapes: its clock before or after the day, a headline run in before it
  it.each([
    { text: 'Friday, June 13, 2025; 11:00 AM Carrick, Norland: I heard you say on a news show that the pier will close.', phrase: 'Friday, June 13, 2025' },
    { text: '12:13 UK time, Friday, 13 June 2025 The mayor\'s criticism of the operator has prompted calls for an inquiry.', phrase: 'Friday, 13 June 2025' },
    { text: 'Ferry operator cuts night crossings Engine fire forces rethink Friday 13 June 2025 22.40 BST Crews worked on the pier.', phrase: 'Friday 13 June 2025' },
  ])('drafts nothing from the stamp in "$text"', ({ text, phrase }) => {
    expect(one(text, phrase, ['2025-06-13', '2025-06-13', 'day'])).toEqual([]);
  });

  it.each([
    { text: 'The ferry left the harbour at 10:30 PM on Friday, June 13, 2025 and never reached Portvale.', phrase: 'Friday, June 13, 2025' },
    { text: 'The board will vote on Friday 13 June 2025 at 22.40 BST, its chair said.', phrase: 'Friday 13 June 2025' },
    { text: 'The ferry sank Friday 13 June 2025. Rescuers came at 22.40 BST.', phrase: 'Friday 13 June 2025' },
  ])('keeps a day and clock a sentence gives its deed: "$text"', ({ text, phrase }) => {
    expect(one(text, phrase, ['2025-06-13', '2025-06-13', 'day'])).toHaveLength(1);
  });

  // furn24: a date in a bracketed aside on the page's picture dates the picture
  it.each([
    { text: 'Coach Jane Roe (pictured above at the track last week, in the red coat) welcomed the new signing.', phrase: 'last week', keep: false },
    { text: 'The harbour master (left, at the pier on Friday) watches the ferry come in.', phrase: 'Friday', keep: false },
    { text: 'The ferry (which sank on Friday) was raised by crews.', phrase: 'Friday', keep: true },
    { text: 'The mayor, pictured, resigned on Friday.', phrase: 'Friday', keep: true },
    // (a side word that opens a clause as an adverb is no picture's: "right after", "above all")
    { text: 'The council (right after the vote on Friday) closed the pier.', phrase: 'Friday', keep: true },
  ])('a date in a picture aside drafts nothing, elsewhere it does: "$text"', ({ text, phrase, keep }) => {
    expect(one(text, phrase, ['2025-06-13', '2025-06-13', 'day'])).toHaveLength(keep ? 1 : 0);
  });

  // furn24b: the page speaking of itself (a widget's stamp, the writer handing over media or following a call,
  // a picture's terms of use, a service's hours) drafts nothing; a writer telling what happened still does
  it.each([
    { text: '#harbour 4 minutes ago via web Jane Roe, who has been on the call, has this: the pier closed on Friday.', phrase: 'Friday', keep: false },
    { text: 'On Friday, the briefing turns to the cost of the repairs.', phrase: 'Friday', keep: false },
    { text: 'I\'ll keep looking for a working stream of the pier, which the council closed on Friday.', phrase: 'Friday', keep: false },
    { text: "The club's picture is made available only for publication alongside reports that the ferry sank on Friday.", phrase: 'Friday', keep: false },
    { text: 'The helpline is answered from 0830 to 1730 Monday to Friday.', phrase: 'Friday', keep: false },
    { text: 'I just spoke to the mayor, who said the council closed the pier on Friday.', phrase: 'Friday', keep: true },
    { text: 'Police released the footage on Friday, and what matters here is the footage of the crash.', phrase: 'Friday', keep: true },
    { text: 'On Friday, the briefing turned to the cost of the repairs.', phrase: 'Friday', keep: true },
    { text: 'The council closed the pier on Friday, and here is why it matters.', phrase: 'Friday', keep: true },
    { text: '"Here are the pictures," the mayor said as the pier closed on Friday.', phrase: 'Friday', keep: true },
  ])('the page speaking of itself drafts nothing: "$text"', ({ text, phrase, keep }) => {
    expect(one(text, phrase, ['2025-06-13', '2025-06-13', 'day'])).toHaveLength(keep ? 1 : 0);
  });

  it('drafts nothing from a quarter a company\'s figures are told over, and keeps a quarter a happening is planned for', () => {
    const quarter: [string, string, Precision] = ['2025-Q3', '2025-Q3', 'quarter'];
    expect(one('In the year-ago quarter, Brinmoor earned $1.9 million, or 29 cents a share.', 'the year-ago quarter', quarter)).toEqual([]);
    expect(one('The year-ago results for the third quarter have been restated.', 'the third quarter', quarter)).toEqual([]);
    expect(one('Brinmoor will open its Varrow plant in the third quarter.', 'the third quarter', quarter)).toHaveLength(1);
  });

  it('keeps a listed timeline entry whatever its verb', () => {
    const drafts = one('1962: The great flood remains the worst the valley has seen.', '1962', ['1962', '1962', 'year']);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].date.start).toBe('1962');
  });

  it('dates a listed timeline entry by its year heading with no colon, not by a year in its later clause', () => {
    // (a listed timeline: two or more entries headed so)
    const text = '1983 Jane Roe graduates from the naval college in Carrick. 2000 Dr Roe opens a clinic in Carrick, adding a second one in Portvale in 2006.';
    const cut = text.indexOf(' 2000');
    const sentences: Sentence[] = [[0, cut], [cut + 1, text.length]].map(([start, end]) => ({ text: text.slice(start, end), start, end, tokens: tokenize(text.slice(start, end)) }));
    const drafts = draftEvents('a', sentences, findTimexes(text, sentences, { published: writtenOn(2011, 11, 30), dayFirst: null }));
    expect(drafts.map((d) => [d.title, d.date.start])).toEqual([['Jane Roe graduates from the naval college in Carrick', '1983'], ['Dr Jane Roe opens a clinic in Carrick', '2000']]);
    // a count opening the sentence is no heading, nor is a count before a place's name alone on its page
    expect(titlesAndDays('2000 Marines landed on the beach at Carrick in 2006.', writtenOn(2011, 11, 30)).map(([, day]) => day)).toEqual(['2006']);
    expect(titlesAndDays('2000 New Zealand troops landed on the beach at Carrick in 2006.', writtenOn(2011, 11, 30)).map(([, day]) => day)).toEqual(['2006']);
  });

  it('dates the clause, not the yardstick, when a happening after another is told', () => {
    const drafts = one('Credit dried up for years after the 1974 market crash.', '1974', ['1974', '1974', 'year']);
    expect(drafts.map((d) => d.title)).toEqual(['Credit dried up for years after the 1974 market crash']);
  });

  it.each([
    { text: 'The mill has been hiring lawyers in the wake of the May 3 spill at its dam.', phrase: 'May 3' },
    { text: 'Following Wednesday\'s sell-off in Tollin, shares in Varrow fell 9 percent.', phrase: 'Wednesday' },
    { text: 'After the May 3 blast at the depot killed two guards, the chairman made several blunders.', phrase: 'May 3' },
    { text: 'A plume of ash drifted over the valley for months after the May 3 eruption.', phrase: 'May 3' },
  ])('dates no clause told to have come after a day\'s happening: "$text"', ({ text, phrase }) => {
    expect(one(text, phrase, ['2025-05-03', '2025-05-03', 'day']).map((d) => d.title)).toEqual([]);
  });

  it.each([
    // the happening counted from ("a week after"), the same clause over a year, a day's noun phrase as the title
    { text: 'Oil reached the shore a week after the May 3 blast at the depot.', phrase: 'May 3', date: ['2025-05-03', '2025-05-03', 'day'] as [string, string, Precision] },
    { text: 'Credit dried up after the 1974 market crash.', phrase: '1974', date: ['1974', '1974', 'year'] as [string, string, Precision] },
  ])('still dates a clause counted from a happening, or in its year: "$text"', ({ text, phrase, date }) => {
    expect(one(text, phrase, date)).toHaveLength(1);
  });

  it('drafts nothing when a bare happening noun is dated inside a clause that was only urged', () => {
    expect(one("Farmers rallied in the capital to urge her to run in this year's election.", 'this year', ['2025', '2025', 'year'])).toEqual([]);
  });

  it('keeps a past happening named by a bare noun inside a clause that is only a guess', () => {
    const drafts = one("Police think last month's explosion at a depot might be linked to the fires.", 'last month', ['2025-05', '2025-05', 'month']);
    expect(drafts.map((d) => d.date.start)).toEqual(['2025-05']);
  });

  it.each([
    { text: 'May 2 - The mayor visits the flooded valley.', phrase: 'May 2' },
    { text: '3 June 2019 - Crews reopened the Tollin pier.', phrase: '3 June 2019' },
  ])('keeps a chronology entry, a day alone and a dash before what happened: $text', ({ text, phrase }) => {
    expect(one(text, phrase, ['2025-05-02', '2025-05-02', 'day'])).toHaveLength(1);
  });

  it.each([
    // a dateline names its place or its agency, and a month alone is no entry's day
    { text: 'TOLLIN, May 2 - The mayor visited the flooded valley on Friday.', phrase: 'May 2', date: ['2025-05-02', '2025-05-02', 'day'] },
    { text: 'May 2 (Nordwire) - The mayor visited the flooded valley on Friday.', phrase: 'May 2', date: ['2025-05-02', '2025-05-02', 'day'] },
  ] as const)('still reads a dateline as no happening: $text', ({ text, phrase, date }) => {
    expect(one(text, phrase, [...date]).filter((d) => d.timex.text === phrase)).toEqual([]);
  });

  it('keeps a day followed by an underscore that is no dateline', () => {
    const drafts = one('"We met them today _ full stop _ about the port," the envoy told the radio.', 'today', ['2025-06-01', '2025-06-01', 'day']);
    expect(drafts).toHaveLength(1);
  });

  it('keeps one date for a title a sentence tells under two dates of different precision: the one nearest its first word', () => {
    const text = 'On Tuesday, the Varrow League plans to hold a rally to unveil a banner _ sewn last week, before the flood _ showing its founder.';
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    const drafts = draftEvents('x', [sentence], [timex(text, 'Tuesday', 'DATE', '2025-03-11', ['2025-03-11', '2025-03-11', 'day']), timex(text, 'last week', 'DATE', '2025-W10', ['2025-W10', '2025-W10', 'week'])]);
    expect(drafts.map((d) => d.date.start)).toEqual(['2025-03-11']);
  });

  it('keeps a list of years under one title', () => {
    const text = 'The league expanded three times, admitting Tollin in 1961, Brask in 1966 and Orvy in 1979.';
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    const drafts = draftEvents('x', [sentence], ['1961', '1966', '1979'].map((y) => timex(text, y, 'DATE', y, [y, y, 'year'])));
    expect(drafts.map((d) => d.date.start)).toEqual(['1961', '1966', '1979']);
  });

  it('drafts nothing from recalling a happening named by a bare noun: the recalling is not done on its date', () => {
    expect(one('The mayor, who remembers the 1962 uprising as a boy, spoke first.', '1962', ['1962', '1962', 'year'])).toEqual([]);
    expect(one('Crowds marked the 1962 uprising with a march.', '1962', ['1962', '1962', 'year'])).toEqual([]);
    expect(one('Ana Ruiz won the 2019 election by a wide margin.', '2019', ['2019', '2019', 'year'])).toHaveLength(1);
  });

  it("titles an object's participle with its noun, not the clause it sits in", () => {
    const drafts = one('The ministry wants the court to suspend the temporary injunction issued Wednesday.', 'Wednesday', ['2025-03-05', '2025-03-05', 'day']);
    expect(drafts.map((d) => d.title)).toEqual(['Temporary injunction issued']);
  });

  it('keeps a bare happening noun dated inside a clause that happened', () => {
    const drafts = one("Ana Ruiz won this year's election by a wide margin.", 'this year', ['2025', '2025', 'year']);
    expect(drafts.map((d) => d.date.start)).toEqual(['2025']);
  });

  it.each([
    { text: 'Rangers have combed the hills since the May 2 kidnapping of a hiker.', phrase: 'May 2', date: ['2025-05-02', '2025-05-02', 'day'], title: 'Hiker was kidnapped' },
    { text: 'Ada Brill has been in hiding since shortly after the May 2 slaying.', phrase: 'May 2', date: ['2025-05-02', '2025-05-02', 'day'], title: 'May 2 slaying' },
    { text: 'Tom Vale has been on the run since the March 2019 bombing of a Lakeview, Ore., depot that hurt two guards.', phrase: 'March 2019', date: ['2019-03', '2019-03', 'month'], title: 'Bombing of a Lakeview, Ore., depot hurt two guards' },
  ] as { text: string; phrase: string; date: [string, string, Precision]; title: string }[])('dates the happening a state runs since, not the state: "$text"', ({ text, phrase, date, title }) => {
    expect(one(text, phrase, date).map((d) => [d.title, d.date.start])).toEqual([[title, date[0]]]);
  });

  it.each([
    { text: 'Ada Brill ran the relief fund set up in the wake of the 3 March 2021 attacks in Lowmere and Port Ash.', phrase: '3 March 2021', date: ['2021-03-03', '2021-03-03', 'day'], title: 'Lowmere and Port Ash were attacked', match: 'Attacks in Lowmere and Port Ash' },
    { text: 'Tom Vale has been in hiding since the 2019 assassination of Ana Ruiz.', phrase: '2019', date: ['2019', '2019', 'year'], title: 'Ana Ruiz was assassinated', match: 'Assassination of Ana Ruiz' },
  ] as { text: string; phrase: string; date: [string, string, Precision]; title: string; match: string }[])('tells a dated happening noun by its verb, merging still reading the noun: "$text"', ({ text, phrase, date, title, match }) => {
    expect(one(text, phrase, date).map((d) => [d.title, d.matchTitle])).toEqual([[title, match]]);
  });

  it('titles a deed someone is suspected of with who and the deed, dated by its year', () => {
    const drafts = one('The court refused to hear a case against two men suspected of robbing a bank in Varrow in 2019.', '2019', ['2019', '2019', 'year']);
    expect(drafts.map((d) => d.title)).toEqual(['Two men suspected of robbing a bank in Varrow']);
  });

  it('leaves an accusation told with its auxiliary to its clause', () => {
    const drafts = one('Police said a clerk was accused of forging ballots in May.', 'May', ['2025-05', '2025-05', 'month']);
    expect(drafts.map((d) => d.title)).toHaveLength(1);
    expect(drafts[0].title).toMatch(/^Police/);
  });

  it.each([
    { text: 'The Harbourton ferries will continue to sail in their old liveries until 2027, when each will take the new colours.', title: 'Harbourton ferries will take the new colours', status: 'planned' },
    { text: 'The pilots had flown the old jets until 1998, when the airline sold the fleet.', title: 'Airline sold the fleet', status: undefined },
  ])('dates the happening of a ", when" clause after a state\'s end: "$text"', ({ text, title, status }) => {
    const year = /\d{4}/.exec(text)![0];
    const drafts = one(text, year, [year, year, 'year']);
    expect(drafts.map((d) => [d.title, d.status])).toEqual([[title, status]]);
  });

  it('makes nothing of a ", when" clause after a forecast', () => {
    expect(one('Analysts expect the slide to go on through the first half of 2027, when the mills will feel the price cuts.', '2027', ['2027', '2027', 'year'])).toEqual([]);
  });

  it('makes nothing of a ", when" clause that gives a figure', () => {
    expect(one('Trust has fallen ever since 1958, when 70 percent of voters said they trusted the council.', '1958', ['1958', '1958', 'year'])).toEqual([]);
  });

  it('makes nothing of a ", when" clause that gives a level', () => {
    expect(one('In 1990, when the fund stood at $40 billion, the bank had $6 billion to lend.', '1990', ['1990', '1990', 'year'])).toEqual([]);
    expect(one('In 1990, when the mill rose to 900 workers, the town had three schools.', '1990', ['1990', '1990', 'year'])).toEqual([]);
  });

  it('makes nothing of a ", when" clause that is only guessed at', () => {
    expect(one('The pilots had flown the old jets until 1998, when the airline might have sold the fleet.', '1998', ['1998', '1998', 'year'])).toEqual([]);
  });

  it('makes nothing of a ", when" clause that is only foretold', () => {
    expect(one('Traders now reckon the outage lasts until 2027, when a new pipeline is expected to be finished.', '2027', ['2027', '2027', 'year'])).toEqual([]);
  });

  it('dates nothing by the end of a span the clause only fills', () => {
    expect(one('The ministry has placed a ban on new fishing permits until at least 2027.', '2027', ['2027', '2027', 'year'])).toEqual([]);
  });

  it('dates the voyage someone is named captain for, not the naming', () => {
    const drafts = one('Ada Brill will be named captain of the Varrow Star for a voyage in May.', 'May', ['2026-05', '2026-05', 'month']);
    expect(drafts.map((d) => [d.title, d.status])).toEqual([['Varrow Star voyage', 'planned']]);
  });

  it('makes nothing of a purpose no name says the owner of', () => {
    expect(one('Ada Brill will be named captain for a voyage in May.', 'May', ['2026-05', '2026-05', 'month'])).toEqual([]);
  });

  it('tells a happening that is the setting of the verb before its "at" by the clause, without the date', () => {
    const drafts = one("The council voted at last year's Lowmere summit to admit the two northern towns to the league.", 'last year', ['2024', '2024', 'year']);
    expect(drafts.map((d) => d.title)).toEqual(['Council voted at Lowmere summit to admit the two northern towns to the league']);
  });

  it('names "it" after ", and" by the subject of its own sentence', () => {
    const drafts = one('The new bid has support from most of the holders, and it was approved by the board on June 2.', 'June 2', ['2025-06-02', '2025-06-02', 'day']);
    expect(drafts.map((d) => d.title)).toEqual(['New bid was approved by the board']);
  });

  it('tells a shooting of someone by its verb', () => {
    const drafts = one('Ana Ruiz was tried for the 2019 shooting of Dr. Tom Vell, a dentist in Lowmere.', '2019', ['2019', '2019', 'year']);
    expect(drafts.map((d) => [d.title, d.matchTitle])).toEqual([['Dr. Tom Vell was shot', 'Shooting of Dr. Tom Vell']]);
  });

  it('leaves the date out of what a happening befell', () => {
    const drafts = one('The report found the blast of May 3 at the Harbourton depot was avoidable.', 'May 3', ['2025-05-03', '2025-05-03', 'day']);
    expect(drafts.map((d) => d.title)).not.toContain('Blast of May');
  });

  it('titles a date that modifies a happening with that happening', () => {
    const drafts = one('The spill was bigger than the 1989 tanker disaster off Alaska.', '1989', ['1989', '1989', 'year']);
    expect(drafts.map((d) => d.title)).toEqual(['Tanker disaster off Alaska']);
  });
});

describe('draftEvents: centuries, decades and far-off years date only happenings (issue 12, item 14)', () => {
  const published = writtenOn(2020, 1, 15);
  function draftsOf(text: string) {
    return oneSentenceDrafts(text, published);
  }
  it.each([
    ['Our 21st-century customers want faster service.'],
    ['The 1990s-era pipes are failing.'],
    ['The year 1000 is a long way back.'],
    // odds, clock readings and quantities are not years
    ['Insurers said the risk of a flood was 1 in 1000 for the street.'],
    ['The shelling resumed by 1300 (1800 GMT) on the border.'],
    ['Output rose by 1000 after the merger.'],
    // a state that lasts through a century or decade, or the time a story is set in, is no happening
    ['The best choir in the 15th century was based in the south.'],
    ['The family lived in the valley in the 1880s.'],
    ['Set in the 1890s, the play charts the rise of a clerk.'],
    ['The novel is set in the 16th century.'],
    // the century the article is written in is its own era, not a date on the timeline
    ['Schools were rebuilt for learning in the 21st century.'],
    // the period a figure is reported over
    ['Exports fell for the year, the agency said.'],
    ['The sales figures for December topped a record.'],
  ])('no event from "%s"', (text) => expect(draftsOf(text)).toEqual([]));
  it.each([
    ['The pipes were laid in the 1990s.', '1990', '1999', false],
    ['The last time the river froze over was in the 1960s.', '1960', '1969', false],
    // a century is its whole span, approximate: never a single year at year precision
    ['The town was founded in the 19th century.', '1800', '1899', true],
    ['The family emigrated to the coast in the 1800s.', '1800', '1899', true],
    ['The abbey was built in the year 1000.', '1000', '1000', false],
    ['The abbey was built in 1100 by monks.', '1100', '1100', false],
  ])('an event from "%s"', (text, start, end, approximate) =>
    expect(draftsOf(text).map((d) => [d.date.start, d.date.end, d.date.precision, d.date.approximate])).toEqual([[start, end, 'year', approximate]]));
  it.each([
    // a month something is set for is a happening's month, not a figure's period
    ['The council vote is scheduled for March, the mayor said.', '2020-03'],
  ])('an event in its month from "%s"', (text, month) => expect(draftsOf(text).map((d) => [d.date.start, d.date.precision])).toEqual([[month, 'month']]));
  it('keeps a local clock, its UTC in brackets and the day after them as one happening at the minute', () => {
    const drafts = draftsOf('The dam gave way at 0940 (1440 GMT) on Tuesday, officials said.');
    expect(drafts.map((d) => [d.title, d.date.start, d.date.precision])).toEqual([['Dam gave way', '2020-01-14T14:40', 'minute']]);
  });
  it('keeps a clock and the same instant told again in brackets a few words on as one happening', () => {
    const text = 'The ferry left at 4 in the morning (9 a.m. GMT Thursday), the captain said.';
    const sentence: Sentence = { text, start: 0, end: text.length, tokens: tokenize(text) };
    const at = (instant: string): [string, string, Precision] => [instant, instant, 'minute'];
    const same = draftEvents('a', [sentence], [timex(text, '4', 'TIME', '2020-01-16T04:00', at('2020-01-16T09:00')), timex(text, '9 a.m. GMT Thursday', 'TIME', '2020-01-16T09:00', at('2020-01-16T09:00'))]);
    expect(same.map((d) => [d.date.start, d.timex.text])).toEqual([['2020-01-16T09:00', '4 in the morning (9 a.m. GMT Thursday)']]);
    // (two instants stay two dates)
    const other = draftEvents('a', [sentence], [timex(text, '4', 'TIME', '2020-01-16T04:00', at('2020-01-16T04:00')), timex(text, '9 a.m. GMT Thursday', 'TIME', '2020-01-16T09:00', at('2020-01-16T09:00'))]);
    expect(other.map((d) => d.timex.text)).toEqual(['4', '9 a.m. GMT Thursday']);
  });
  it('reads four figures as clock times in an article that writes its times so', () => {
    const text = 'The nurse came at about 0900 and changed the dressing between 1015 and 1025.';
    expect(findTimexes(text, [{ text, start: 0, end: text.length }], { published: { ...published }, dayFirst: null }).filter((t) => t.type === 'DATE')).toEqual([]);
  });
});

describe('draftEvents: a pronoun subject is named from the article', () => {
  const published = writtenOn(2025, 3, 6);
  function titlesOf(text: string) {
    return periodSentenceDrafts(text, published).map((d) => d.title);
  }
  it('names "He" from the subject of the sentence before', () => {
    expect(titlesOf('Tom Vell faced the committee for five hours. He resigned on Tuesday.')).toEqual(['Tom Vell resigned']);
  });
  it('names "Her" from the subject of the sentence before, after its opening "according to" phrase', () => {
    expect(titlesOf('According to press reports, Lena Marrow was the first to leave. Her brother Tomas followed in 1979.')).toEqual(["Lena Marrow's brother Tomas followed"]);
    // (the person the phrase itself names is no subject)
    expect(titlesOf('According to Lena Marrow, the ferry was late. Her brother Tomas followed in 1979.')).toEqual(['Her brother Tomas followed']);
  });
  it('names "Her" only from someone who may be a woman: a wrong name is worse', () => {
    expect(titlesOf('Mrs Lena Marrow ran the mill. Her car broke down on Tuesday.')).toEqual(["Mrs Lena Marrow's car broke down"]);
    expect(titlesOf('Mr Tomas Welland ran the mill. Her car broke down on Tuesday.')).toEqual(['Her car broke down']);
  });
  it('names "His" by a name the tagger does not know, which an office written in capitals marked as a person\'s', () => {
    expect(titlesOf('Prime Minister Kemo Tarsu spoke at length. The council approved a plan on Thursday, but Tarsu has said that more money is needed. His aides began work on a larger plan on Tuesday.')).toEqual(['Council approved a plan', "Prime Minister Kemo Tarsu's aides began work on a larger plan"]);
  });
  it('names "His" from a sentence opening with the dash a dateline left', () => {
    expect(titlesOf('-- Tomas Welland was driving north. His truck broke down on Tuesday.')).toEqual(["Tomas Welland's truck broke down"]);
  });
  it('names "she" from the sentence before when the one other person named there is a man', () => {
    expect(titlesOf('Lea Brun met Tomas Ekberg for five hours. She resigned on Tuesday.')).toEqual(['Lea Brun resigned']);
  });
  it('leaves "He" when the person named before is not that sentence\'s subject: a wrong name is worse', () => {
    expect(titlesOf('The committee questioned Tom Vell for five hours. He resigned on Tuesday.')).toEqual(['He resigned']);
  });
  it('reads the subject after a fronted phrase set off by its comma, not a name inside the phrase', () => {
    expect(titlesOf("Since Maria Lund's exit, John Carter has run the mill alone. He and his partners sold the mill on Tuesday.")).toEqual(['John Carter and his partners sold the mill']);
    expect(titlesOf('Dubbed the Heron by his rivals, John Carter had been fined twice. His boat was found on Tuesday.')).toEqual(["John Carter's boat was found"]);
    // a surname alone, after a fronted phrase, is a person's when the article named a person by it before
    expect(titlesOf('John Vantor ran the mill. Rain fell. Rain fell again. The mill flooded. Since the flood, Vantor has worked alone. His boat was found on Tuesday.')).toEqual(["John Vantor's boat was found"]);
    expect(titlesOf('Rain fell. Rain fell again. The mill flooded. Since the flood, Vantor has worked alone. His boat was found on Tuesday.')).toEqual(['His boat was found']);
    // a comma after the clause's verb closes no fronted phrase: the subject is read before the verb
    expect(titlesOf('In the square John Carter sold the mill, saying it was too old. His boat was found on Tuesday.')).toEqual(["John Carter's boat was found"]);
    // a sentence that opens with its subject is read as before: two names before the verb, no name
    // (two men: with a woman and a man, the "he" is named by sex, see soleReferent below)
    expect(titlesOf('Tomas Lund and John Carter, the owners, ran the mill. He sold the mill on Tuesday.')).toEqual(['He sold the mill']);
  });
  it('names "the company" far from its mention by the one company the article named as a sentence\'s subject', () => {
    const lead = 'Norvex Corp. posted a loss for the quarter. Analysts were surprised. Shares were flat. Traders were calm. ';
    expect(titlesOf(`${lead}But the company said on Friday that it had cut 300 jobs.`)).toEqual(['Norvex says it had cut 300 jobs']);
    // two companies named: which one is left open
    expect(titlesOf(`Norvex Corp. posted a loss. Acme Inc. gained. Analysts were surprised. Shares were flat. Traders were calm. But the company said on Friday that it had cut 300 jobs.`)).toEqual(['Company says it had cut 300 jobs']);
    // a company named only inside a sentence (a lender, an insurer) is not the subject the article is about
    expect(titlesOf('Dealers were wary. Loans insured by the Varn Deposit Corp. rose. Shares were flat. Traders were calm. But the company said on Friday that it had cut 300 jobs.')).toEqual(['Company says it had cut 300 jobs']);
  });
  it('names "he" inside a sentence from the one person that sentence names before it', () => {
    expect(titlesOf('The rain kept falling. The festival honoured the painter Ines Marlow, whose studio burned down when he was away on Tuesday.')).toEqual(['Painter Ines Marlow was away']);
  });
  it('names "it" and "he" from the plain subject of the sentence just before', () => {
    expect(titlesOf('The old pit shaft was dug by hand. It was sealed in March.')).toEqual(['Old pit shaft was sealed']);
    expect(titlesOf('The young miner walked to the pit. He died on Monday.')).toEqual(['Young miner died']);
  });
  it('tells a first-person sentence inside a quotation as the doing of the person named before it', () => {
    expect(titlesOf('Mr Ken Ruiz ran the fund for ten years. "We have to pay the claims faster. I will be there on Monday.')).toEqual(['Mr Ken Ruiz will be there']);
    // a verb whose form would change for a third person keeps the words as said
    expect(titlesOf('Mr Ken Ruiz ran the fund for ten years. "We have to pay the claims faster. I think the fund recovered on Monday.')).toEqual(['Mr Ken Ruiz says "I think the fund recovered"']);
    // outside a quotation, "I" is the page's writer: no happening of the story
    expect(titlesOf('Mr Ken Ruiz ran the fund for ten years. I was there on Monday.')).toEqual([]);
  });
  it('names "he" from the agent of a passive in the sentence before', () => {
    expect(titlesOf('The closure was ordered on Monday by Dr Lena Vorn, head of the port authority. "Sadly I must confirm that we have lost a crew member," she told reporters on Tuesday.')).toContain('Dr Lena Vorn confirms we have lost a crew member');
  });
  it('tells a happening that is its clause\'s subject by the clause, not the bare noun', () => {
    expect(titlesOf('The March 3 petition filed by the union asks the court to stop the sale.')).toEqual(['Union filed the petition']);
    expect(titlesOf('Most of last week\'s record 12 percent gain was lost.')).toEqual(["Most of last week's record 12 percent gain was lost"]);
  });
  it('leaves the sentence\'s other dates out of a title, but not one in the possessive', () => {
    expect(titlesOf('The first crew reached the island on Monday, with the second arriving on Friday.')[0]).toBe('First crew reached the island');
    expect(titlesOf('The winner of this year\'s poetry prize will be announced on Tuesday.')).toEqual(["Winner of this year's poetry prize will be announced"]);
  });
  it('names a bare noun subject from its fuller earlier mention, with the article\'s words', () => {
    expect(titlesOf('Pupils at the Hillcrest village school were sent home. The school, which will stay shut until Monday, gave out masks.')).toEqual(['Hillcrest village school will stay shut']);
    expect(titlesOf('Nobody knew where the quake would strike. The quake hit on Tuesday.')).toEqual(['Quake hit']);
    // with no article, a noun names the thing in general
    expect(titlesOf('Prices of Nordic timber rose. Timber sold well on Tuesday.')).toEqual(['Timber sold well']);
  });
  it('names "the alliance" by a body made a sentence\'s subject with its capitals in brackets after its name', () => {
    expect(titlesOf('The Northern Harbour Treaty Organization (NHTO) has agreed to grow. Rain fell. The western alliance invited two countries to join on Tuesday.')).toEqual(['NHTO invited two countries to join']);
    // brackets holding anything else still part the name from its verb
    expect(titlesOf('The Northern Harbour Treaty Organization (in Lowmere) has agreed to grow. Rain fell. The western alliance invited two countries to join on Tuesday.').at(-1)).toBe('Western alliance invited two countries to join');
  });
  it('names "the charity" as the body a person from it first spoke of so', () => {
    const lead = 'Ann Roe, from the Vell Rescue Trust (VRT), said the charity needed funds. Rain fell. Rain fell again. Rain fell once more. ';
    expect(titlesOf(`${lead}The charity was formed in 2001.`)).toEqual(['Vell Rescue Trust was formed']);
    // the article's first "the charity" written otherwise: which one is not told
    expect(titlesOf(`A report said the charity needed funds. ${lead}The charity was formed in 2001.`)).toEqual(['Charity was formed']);
    // a noun for no body a person speaks for
    expect(titlesOf('Ann Roe, from the Vell Rescue Trust, said the hall needed funds. Rain fell. The hall was built in 2001.')).toEqual(['Hall was built']);
  });
  it('names a bare noun subject told in an aside of the same noun by the phrase the aside stands after (vague62)', () => {
    expect(titlesOf('Tar still lies on the shore from the Tarn Deep spill, a spill that occurred in 1998.')).toEqual(['Tarn Deep spill occurred']);
    expect(titlesOf('Crews still talk of the Vell Point storm, a storm which struck in 1998.')).toEqual(['Vell Point storm struck']);
    // left: words before the noun that say nothing of which one, or an aside of another noun
    expect(titlesOf('Tar still lies on the shore from the massive spill, a spill that occurred in 1998.')).toEqual(['Spill occurred']);
    expect(titlesOf('Tar still lies on the shore from the Tarn Deep spill, a leak that began in 1998.')).toEqual(['Leak began']);
  });
  it('names a bare noun subject from a mention that is a verb\'s object, when a name in it says which', () => {
    expect(titlesOf("Guests were told to leave Lowmere's Grand Vell hotel. Rain fell. The hotel was sealed on Tuesday.")).toEqual(["Lowmere's Grand Vell hotel was sealed"]);
    // describing words alone after a verb say nothing sure of which one
    expect(titlesOf('Crews had to evacuate seaside hotel after hotel. Rain fell. The hotel was sealed on Tuesday.')).toEqual(['Hotel was sealed']);
  });
  it('names the story\'s own thing as the article first named it, by a name or a noun, when it names no other of its kind', () => {
    expect(titlesOf('The Norvik oil well blew out in the bay. Crews worked all week. Divers capped the well on Tuesday.')).toEqual(['Divers capped the Norvik oil well']);
    expect(titlesOf('Swine fever outbreak reaches Varnia. Farms shut. The swine fever outbreak grew. Ministers met to discuss the outbreak on Tuesday.')).toEqual(['Ministers met to discuss the swine fever outbreak']);
    // another thing of its kind named (a comparison), a grade, a describing word, a date or a count says nothing of which
    expect(titlesOf('The Norvik oil well blew out, worse than the Tarbel oil well fire. Divers capped the well on Tuesday.')).toEqual(['Divers capped the well']);
    expect(titlesOf('The biggest well in the bay blew out. Divers capped the well on Tuesday.')).toEqual(['Divers capped the well']);
    expect(titlesOf('The massive well blew out. Divers capped the well on Tuesday.')).toEqual(['Divers capped the well']);
    expect(titlesOf('The April spill fouled the bay. Crews cleaned up the spill on Tuesday.').at(-1)).toBe('Crews cleaned up the spill');
    expect(titlesOf('The six-month ban hurt the port. Traders fought the ban on Tuesday.')).toEqual(['Traders fought the ban']);
    // a first mention naming nothing and a later one naming it: the name, unless another mention names another
    expect(titlesOf('The oil rig caught fire. Crews fled the Vell Star rig. Divers reached the rig on Tuesday.')).toEqual(['Divers reached the Vell Star rig']);
    expect(titlesOf('The oil rig caught fire. Crews fled the Vell Star rig. The Norvik rig stood by. Divers reached the rig on Tuesday.')).toEqual(['Divers reached the rig']);
    expect(titlesOf('The largest oil rig caught fire. Crews fled the Vell Star rig. Divers reached the rig on Tuesday.')).toEqual(['Divers reached the rig']);
    // a name of letters and figures says which as well
    expect(titlesOf('The cattle fever virus reached the port. Vets said the K7N2 virus spread fast. Vets traced the virus on Tuesday.')).toEqual(['Vets traced the K7N2 virus']);
    // a singular noun ending in s is one thing as much as any other; a plural is not
    expect(titlesOf('The Norvik bus broke down in the hills. Crews worked all week. Divers reached the bus on Tuesday.')).toEqual(['Divers reached the Norvik bus']);
    expect(titlesOf('The Varnia debt crisis hit the banks. Rain fell. Ministers discussed the crisis on Tuesday.')).toEqual(['Ministers discussed the Varnia debt crisis']);
    expect(titlesOf('The Norvik oil wells blew out. Crews worked all week. Divers capped the wells on Tuesday.')).toEqual(['Divers capped the wells']);
    // a business may be another than the story's; a grade alone is no fuller mention of a subject either
    expect(titlesOf('The Harbourside fishing company grew fast. Norvex bought the company on Tuesday.')).toEqual(['Norvex bought the company']);
    expect(titlesOf('The worst leak hit the bay. The leak stopped on Tuesday.')).toEqual(['Leak stopped']);
  });
  it('names the story\'s thing wherever the title holds it bare, a subject as well, and not from a sentence naming two of its kind', () => {
    const filler = 'Rain fell. '.repeat(11);
    // a subject, when no near mention says which (the title's capital is not the name's)
    expect(titlesOf(`The Norvik oil spill fouled the bay. ${filler}The spill ended on Tuesday.`)).toEqual(['Norvik oil spill ended']);
    // a name in capitals that ends in the title's two words; one word is not enough ("the house" is not the "White House")
    expect(titlesOf(`The Harbour Works Water Fund opened. ${filler}The water fund closed on Tuesday.`)).toEqual(["Harbour Works Water Fund closed"]);
    expect(titlesOf(`The White House spoke. ${filler}The house was sold on Tuesday.`)).toEqual(['House was sold']);
    // a subject the lexicon reads as an adverb ("well") is a noun before its verb, and named as any other
    expect(titlesOf(`Divers filmed the Norvik oil well. ${filler}Oil flowed until the well was finally capped on Tuesday.`)).toEqual(['Norvik oil well was finally capped']);
    expect(titlesOf(`Divers filmed the Norvik oil well and the Tarbel oil well. ${filler}Oil flowed until the well was finally capped on Tuesday.`)).toEqual(['Well was finally capped']);
    // ... but one word that ends the names of places is enough, when the article names no other of them
    expect(titlesOf('Oil reached the Vell Peninsula. Crews worked all week. Tar was found on the peninsula on Tuesday.')).toEqual(['Tar was found on the Vell Peninsula']);
    expect(titlesOf('Floods hit the Norvik River valley. Crews worked all week. Divers searched the river on Tuesday.')).toEqual(['Divers searched the river']);
    expect(titlesOf('Oil reached the Vell Peninsula and the Tarbel Peninsula. Tar was found on the peninsula on Tuesday.')).toEqual(['Tar was found on the peninsula']);
    // any bare "the <noun>" after the verb, not only the first
    expect(titlesOf('The Norvik oil well blew out in the bay. Crews worked all week. Divers lowered the camera into the well on Tuesday.')).toEqual(['Divers lowered the camera into the Norvik oil well']);
    // a possessive takes the article's place
    expect(titlesOf("Norvex's Vell Deep well blew out in the bay. Crews worked all week. Divers capped the well on Tuesday.")).toEqual(["Divers capped Norvex's Vell Deep well"]);
    // a month names no other of its kind ("last April's spill"), nor does a name that goes on past the noun
    expect(titlesOf("The Bay of Vell oil spill fouled the coast. Crews recalled last April's spill. Divers capped the leak under the spill on Tuesday.")).toEqual(['Divers capped the leak under the Bay of Vell oil spill']);
    expect(titlesOf('The Bay of Vell oil spill fouled the coast. Claims went to the Oil Spill Relief Fund. Divers capped the leak under the spill on Tuesday.')).toEqual(['Divers capped the leak under the Bay of Vell oil spill']);
    // ... but a name before the noun does ("the Norvik spill"), as does one that ends with it
    expect(titlesOf('The Bay of Vell oil spill fouled the coast. Crews recalled the Norvik Spill. Divers capped the leak under the spill on Tuesday.')).toEqual(['Divers capped the leak under the spill']);
    // a name that is the noun in capitals with "of" and a name; not the noun in lower case, nor with another named
    expect(titlesOf('Tankers sailed into the Gulf of Varna. Rain fell. A tanker was headed to the gulf on Tuesday.')).toEqual(['Tanker was headed to the Gulf of Varna']);
    expect(titlesOf('Tankers sailed into the Gulf of Varna and the Gulf of Tarn. A tanker was headed to the gulf on Tuesday.')).toEqual(['Tanker was headed to the gulf']);
    expect(titlesOf('Jurors sat at the trial of Ann Roe. Rain fell. Reporters wrote about the trial on Tuesday.')).toEqual(['Reporters wrote about the trial']);
    // the sentence that names it names another of its kind with none of its words: which one is not clear
    expect(titlesOf('A group trip was likelier than a solo trip, aides said. Pupils went on the trip on Tuesday.')).toEqual(['Pupils went on the trip']);
  });
  it.each([
    // no story's thing (the article names another of its kind after, or the noun is not of the places' names), but the
    // nearest earlier mention says which by a name
    { text: 'The K7N2 virus reached the port. Vets traced the virus on Tuesday. Later the Tarbel virus was found.', title: 'Vets traced the K7N2 virus' },
    { text: 'Oil reached the Vell Coast. Crews worked all week. The minister flew to the coast on Tuesday.', title: 'Minister flew to the Vell Coast' },
    // a describing word, a grade or a month says no more which; another named before, or beside it, leaves it unsure
    { text: 'The famous dance spread. Crews worked all week. Inmates performed the dance on Tuesday.', title: 'Inmates performed the dance' },
    { text: 'The April virus reached the port. Rain fell. Vets traced the virus on Tuesday.', title: 'Vets traced the virus' },
  ])('names a thing after the verb by its nearest earlier mention that says which: "$title"', ({ text, title }) => {
    expect(titlesOf(text)).toEqual([title]);
  });
  it('names a bare noun subject by the name after "of" in its earlier mention, and not from a heading run into a sentence', () => {
    expect(titlesOf('Jurors were chosen ahead of the trial of Dr Ivo Kranz, the court said. Rain fell. The trial is due to start on Tuesday.')).toEqual(['Trial of Dr Ivo Kranz is due to start']);
    expect(titlesOf('The State of Varnia sued the firm. Rain fell. The state began dredging the harbour on Tuesday.')).toEqual(['State of Varnia began dredging the harbour']);
    // ("of" and a word in lower case, or a name that runs on into more words, says nothing of which)
    expect(titlesOf('Jurors were chosen ahead of the trial of the century. Rain fell. The trial is due to start on Tuesday.')).toEqual(['Trial is due to start']);
    expect(titlesOf('Jurors were chosen for the trial of Ivo Kranz and Ann Roe, the court said. Rain fell. The trial is due to start on Tuesday.')).toEqual(['Trial is due to start']);
    expect(titlesOf('Second harbour leak Oil giant was fined for the pipes. Rain fell. The oil giant was fined again on Tuesday.')).toEqual(['Oil giant was fined again']);
  });
  it('names a bare subject the tagger reads as a name when its sentence writes it lower-case, and refuses what says no more or may be another', () => {
    // "Gala" opening a title is the title's capital: the sentence writes "the gala"
    expect(titlesOf('Crowds came to the Lund harbour gala. Rain fell. The gala ended on Tuesday.')).toEqual(['Lund harbour gala ended']);
    expect(titlesOf('Crowds came to the harbour. Rain fell. The gala ended on Tuesday.')).toEqual(['Gala ended']);
    // a nearer mention made with a verb's -ing form may be another: the one further back is not taken
    expect(titlesOf('The council issued a new ban on Monday. A court had struck down its initial fishing ban. The ban was overturned on Tuesday.').at(-1)).toBe('Ban was overturned');
    expect(titlesOf('The council issued a new ban on Monday. A court had struck down the old one. The ban was overturned on Tuesday.').at(-1)).toBe('New ban was overturned');
    // a word inside a longer name is not the noun's mention ("Stock" of "Norland Stock Exchange")
    expect(titlesOf('Varnex shares were listed on the Norland Stock Exchange in May. The stock began trading on Tuesday.').at(-1)).toBe('Stock began trading');
    // the words the mention adds are in the title already
    expect(titlesOf('Police dug up a buried rifle near the barn. The rifle was found on Tuesday buried under the floor.')).toEqual(['Rifle was found buried under the floor']);
  });
  it.each([
    // a stage of a trial is the trial of the one an earlier sentence, however far back, says is to stand trial
    { text: 'A judge ruled that Dr Ivo Kranz should stand trial. Rain fell. Jury selection began on Tuesday.', title: "Jury selection began in Dr Ivo Kranz's trial" },
    { text: 'A judge ruled that Tom Vell should stand trial. Rain fell. The jury was finalized on Tuesday.', title: "Jury was finalized in Tom Vell's trial" },
    // (the longest stage first: "Jury deliberations", not "Jury")
    { text: 'A judge ruled that Tom Vell should stand trial. Rain fell. Jury deliberations began on Tuesday.', title: "Jury deliberations began in Tom Vell's trial" },
    // (the title's own "the trial" takes the owner)
    { text: 'A judge ruled that Tom Vell should stand trial. Rain fell. Opening arguments took place in the televised trial on Tuesday.', title: "Opening arguments took place in Tom Vell's televised trial" },
    // another trial the article writes, by another name or a year, leaves it unsure; so do two people before the verb
    { text: 'A judge ruled that Tom Vell should stand trial. Ann Roe recalled Eva Lind\'s trial. Jury selection began on Tuesday.', title: 'Jury selection began' },
    { text: 'A judge ruled that Tom Vell should stand trial. Ann Roe recalled the 1998 trial. Jury selection began on Tuesday.', title: 'Jury selection began' },
    { text: 'Ann Roe said Tom Vell should stand trial. Rain fell. Jury selection began on Tuesday.', title: 'Jury selection began' },
  ])('names whose proceeding a stage of it is: "$title"', ({ text, title }) => {
    expect(titlesOf(text).at(-1)).toBe(title);
  });
  it.each([
    // "the event" is the kind of happening told of just before, when a name says which (a time's possessive opens it)
    { text: "Ann Roe was named host of last month's Vell Harbour jazz concert. She said she was glad to have fronted the event, which took place in Lund on Tuesday.", title: 'Vell Harbour jazz concert took place in Lund' },
    // two kinds, or one that no name says which of, leave it as it is
    { text: 'Ann Roe was named host of the Vell Harbour concert and telethon. She said she was glad to have fronted the event, which took place in Lund on Tuesday.', title: 'Event took place in Lund' },
    { text: 'Ann Roe was named host of a two-hour concert. She said she was glad to have fronted the event, which took place in Lund on Tuesday.', title: 'Event took place in Lund' },
  ])('names a general noun by the kind of thing told of before: "$title"', ({ text, title }) => {
    expect(titlesOf(text).at(-1)).toBe(title);
  });
  it('takes the story\'s thing only from sentences before the title\'s', () => {
    expect(titlesOf('The April virus reached the port. Vets traced the virus on Tuesday. Later the Tarbel virus was found.')).toEqual(['Vets traced the virus']);
  });
  it('names a bare noun subject by the one person an earlier sentence made its doer, when it wrote the noun bare after the verb', () => {
    expect(titlesOf('A judge ruled that Dr Ivo Kranz should stand trial. Rain fell. The trial is due to start on Tuesday.')).toEqual(["Dr Ivo Kranz's trial is due to start"]);
    expect(titlesOf('Tom Vell went on trial in the city. Rain fell. The trial ended on Tuesday.').at(-1)).toBe("Tom Vell's trial ended");
    // two people before the verb, or "the trial" after it (an article: a trial told of, not done by the subject)
    expect(titlesOf('Ann Roe said Dr Ivo Kranz should stand trial. Rain fell. The trial is due to start on Tuesday.')).toEqual(['Trial is due to start']);
    expect(titlesOf('Dr Ivo Kranz watched the trial. Rain fell. The trial is due to start on Tuesday.')).toEqual(['Trial is due to start']);
    // the noun only says which of another ("gained trial status")
    expect(titlesOf('Ann Roe gained trial status for the drug. Rain fell. The trial began on Tuesday.')).toEqual(['Trial began']);
    // a participle describing the noun, which is the subject of the verb after it
    expect(titlesOf('Ann Roe may resign, one highly placed source said. Rain fell. The source said on Tuesday that she had left.')).toEqual(['Source says she had left']);
  });
  it('names a person told only by a role from the earlier mention that bound the role to a name', () => {
    expect(titlesOf('Crowds gathered for the folk singer Ana Ruiz. The streets were full. The singer died on Tuesday.')).toEqual(['Ana Ruiz died']);
    expect(titlesOf('Tom Vell, the veteran actor, waved. The actor left the city on Tuesday.')).toEqual(['Tom Vell left the city']);
    // two people with the role, or none: the role stays
    expect(titlesOf('The singer Ana Ruiz met the singer Eva Lund. The singer died on Tuesday.')).toEqual(['Singer died']);
    expect(titlesOf('Crowds gathered. The singer died on Tuesday.')).toEqual(['Singer died']);
  });
  it('tells a happening named by its noun with the relative clause that says what it did', () => {
    expect(titlesOf('She also faces charges over the 2019 warehouse fire that destroyed two shops.')).toEqual(['Warehouse fire destroyed two shops']);
    // a hyphenated word in the clause stays whole
    expect(titlesOf('She also faces charges over the 2019 depot fire that injured an off-duty guard and two drivers.')).toEqual(['Depot fire injured an off-duty guard']);
    // a relative clause set off by a comma says it too
    expect(titlesOf('The most recent great flood here was the 1961 Varn river flood, which claimed 40 lives.')).toEqual(['Varn river flood claimed 40 lives']);
    expect(titlesOf('Then there was the 2026 Norland pipeline leak, which occurred a year after the firm was warned.')).toEqual(['Norland pipeline leak occurred a year after the firm was warned']);
  });
  // "the Norvex fire in 1998 which forced ...": the date set between the noun and its relative clause is the noun's own
  it.each([
    ['She also faces charges over the Harbour Road fire in 2019 which destroyed two shops.', ['Harbour Road fire destroyed two shops']],
    ['The council was criticised over the Norvex fire in 1998, which forced dozens of families to leave their homes.', ['Norvex fire forced dozens of families to leave their homes']],
    ['Crews still talk about the Port Ellis flood of 1961 that claimed 40 lives.', ['Port Ellis flood claimed 40 lives']],
  ])('tells a happening named by its noun with the relative clause after its date: %s', (text, titles) => {
    expect(titlesOf(text)).toEqual(titles);
  });
  it('names "him" after the verb as the one whose deputy or ally the subject is', () => {
    expect(titlesOf("Prime Minister Ana Ruiz's closest ally, party leader Tom Vell, urged her to resign on Tuesday.")).toEqual(['Party leader Tom Vell urged Ana Ruiz to resign']);
    // with no one in the possessive, "her" stays
    expect(titlesOf('The party leader Tom Vell urged her to resign on Tuesday.')).toEqual(['Party leader Tom Vell urged her to resign']);
  });
  it('names "him" after the verb as the one person the sentence named before the subject', () => {
    expect(titlesOf('Tom Vell had not paid the rent until Ana Ruiz hired him as a clerk in March.')).toEqual(['Ana Ruiz hired Tom Vell as a clerk']);
    expect(titlesOf('In a debate against Tom Vell, Ana Ruiz attacked him on Monday for missing the vote.')).toEqual(['Ana Ruiz attacked Tom Vell for missing the vote']);
    // two people named before, a woman's name for "him", or none: the pronoun stays
    expect(titlesOf('Tom Vell and Bob Marr had not paid the rent until Ana Ruiz hired him as a clerk in March.')).toEqual(['Ana Ruiz hired him as a clerk']);
    expect(titlesOf('Lena Marr had not paid the rent until Ana Ruiz hired him as a clerk in March.')).toEqual(['Ana Ruiz hired him as a clerk']);
    expect(titlesOf('The rent was late until Ana Ruiz hired him as a clerk in March.')).toEqual(['Ana Ruiz hired him as a clerk']);
    // (a month is no one: "last April, Norvex paid him")
    expect(titlesOf('Tom April ran the mill. For one speech last April, Norvex paid him a fee.')).toEqual(['Norvex paid him a fee']);
    // (the son of Tom Vell is not Tom Vell)
    expect(titlesOf('The son of Tom Vell had not paid the rent until Ana Ruiz hired him as a clerk in March.')).toEqual(['Ana Ruiz hired him as a clerk']);
  });
  it('names a "he" after a woman\'s saying as the one man the sentence named before her', () => {
    expect(titlesOf('Tom Vell is to be relieved of his other posts by Bo Rask, but Mayor Ann Roe said on Thursday that he will stay on as harbour master.')).toEqual(['Mayor Ann Roe says Tom Vell will stay on as harbour master']);
    // a man's saying: the "he" is more likely his own, and stays
    expect(titlesOf('Tom Vell is to be relieved of his other posts, but Mayor Bob Roe said on Thursday that he will stay on as harbour master.')).toEqual(['Mayor Bob Roe says he will stay on as harbour master']);
    // two men named before her, or none: the pronoun stays
    expect(titlesOf('Tom Vell and Bob Marr met the board, but Mayor Ann Roe said on Thursday that he will stay on as harbour master.')).toEqual(['Mayor Ann Roe says he will stay on as harbour master']);
    expect(titlesOf('The board met, but Mayor Ann Roe said on Thursday that he will stay on as harbour master.')).toEqual(['Mayor Ann Roe says he will stay on as harbour master']);
  });
  it('names a "his" inside a title that names no one, as a "His" opening it would be, and only a man', () => {
    expect(titlesOf('Tom Vell sold the farm. A copy of the letter sent from his home was released on Friday.')).toEqual(["Copy of the letter sent from Tom Vell's home was released"]);
    expect(titlesOf('Farmhand Tom Vell lost everything when floodwaters swept through his barn on Friday.')).toEqual(["Floodwaters swept through Tom Vell's barn"]);
    // a woman named before is no "his": the pronoun stays, inside a title or opening it
    expect(titlesOf('Ann Roe met Tom Vell. The copy of the letter sent from his home was released on Friday.')).toEqual(['Copy of the letter sent from his home was released']);
    expect(titlesOf('Ann Roe sold the farm. His songs topped the charts in March.')).toEqual(['His songs topped the charts']);
    // a title naming him already, or a person told by a noun ("the actor"), is his own
    expect(titlesOf('Christopher Varga met the board. Varga announced his support for the plan on Friday.')).toEqual(['Christopher Varga announced his support for the plan']);
    expect(titlesOf('Tom Vell sold the farm. The actor has been building it since 1990 with the help of his brother.')).toEqual(['Actor has been building it with the help of his brother']);
    expect(titlesOf("Tom Vell sold the farm. Varga's popularity in his home county began to droop in 2007.")).toEqual(["Varga's popularity in his home county began to droop"]);
    // a title opening with a name the sentence writes as one is told by that name's rules
    expect(titlesOf('Tom Vell slept. The court heard that Tom Vell fell ill after Osgood left his cabin on Friday.')).toContain('Osgood left his cabin');
    // a quotation keeps its words
    expect(titlesOf('Tom Vell sold the farm. A spokesman says the trip was merely "a few hours with his family" on Sunday.')).toEqual(['Trip was merely "a few hours with his family"']);
  });
  it('names a subject by the name its own sentence gives it in passing', () => {
    expect(titlesOf('The Norland program, known as Harbour Works for the People, was launched in 1961.')).toEqual(['Norland program known as Harbour Works for the People was launched']);
    expect(titlesOf('The new ferry line - called Blue Star - was opened in 1961.')).toEqual(['New ferry line called Blue Star was opened']);
    expect(titlesOf('The Vell Coast Relief Office, as the relief program is known, was set up in June.')).toEqual(['Vell Coast Relief Office was set up']);
    // an acronym in brackets, or a name given to something else in the sentence, is no name for the subject
    expect(titlesOf('The relief program (VCRO) was set up in June.')).toEqual(['Relief program was set up']);
    expect(titlesOf('The relief program was set up in June by a man known as Big Tom, who ran the port.')[0]).toMatch(/^Relief program was set up/);
  });
  it('names a subject by the name in quotation marks its own sentence writes before the noun, a one-word subject as well', () => {
    expect(titlesOf('Crews said the risky "deep lift" method, tried on Monday to raise the hull, had failed.')).toEqual(['"Deep lift" method was tried to raise the hull']);
    // a name written with a capital keeps its letters as written
    expect(titlesOf('Crews said the risky "Vell lift" method, tried on Monday to raise the hull, had failed.')).toEqual(['"Vell lift" method was tried to raise the hull']);
    // words in quotation marks that are no name before the noun: a quotation elsewhere in the sentence
    expect(titlesOf('Crews said the method, tried on Monday to raise the hull, was "a long shot".')).toEqual(['Method was tried to raise the hull']);
  });
  it('names "the group" after a named subject\'s verb from the body named before it in the sentence', () => {
    expect(titlesOf('It was the first meeting between Norland and Koltra since the Harbour Ministry banned the group in 2009.')).toEqual(['Harbour Ministry banned Koltra']);
    // with no body named before, "the group" stays
    expect(titlesOf('The Harbour Ministry banned the group in 2009.')).toEqual(['Harbour Ministry banned the group']);
  });
  it('names "the two presidents" from the earlier mention of the two with that role', () => {
    expect(titlesOf('Presidents Ana Ruiz of Norland and Tom Vell of Eastmark met in the capital. The two presidents signed the plan on Friday.')).toEqual(['Ana Ruiz and Tom Vell signed the plan']);
    expect(titlesOf('The talks ran late. The two presidents signed the plan on Friday.')).toEqual(['Two presidents signed the plan']);
  });
  it('says whose government from a country named before it in the sentence, or from the dateline', () => {
    expect(titlesOf('In Norway, the government opened three new ferry routes on Tuesday.')).toEqual(["Norway's government opened three new ferry routes"]);
    expect(titlesOf('OSLO, Norway, May 3 -- Fishing towns are struggling. The government unveiled a rescue plan on Tuesday.')).toEqual(["Norway's government unveiled a rescue plan"]);
    // no country said: the government stays unnamed
    expect(titlesOf('Fishing towns are struggling. The government unveiled a rescue plan on Tuesday.')).toEqual(['Government unveiled a rescue plan']);
  });
  it('names a pronoun from its own sentence first: the body before "it", the person a fronted clause\'s "he" goes on to, a "when" clause\'s "she"', () => {
    // "it" after the sentence's own subject, a body's name, is that body, not the subject of the sentence before
    expect(titlesOf('The mill flooded. Norvex said on Tuesday it had shipped 400 tons, the most since it opened a new plant last week.')).toEqual(['Norvex says it had shipped 400 tons', 'Norvex opened a new plant']);
    // (a being, not a doing: "it was capped" is more likely the thing before)
    expect(titlesOf('The mill flooded. Norvex said it was capped on Tuesday.')).toEqual(['Norvex says it was capped']);
    // a "he" in a clause the sentence opens with is the person the main clause opens with
    expect(titlesOf('Ann Roe met Tom Vell. Bob Vale lost the vote. When he became chief executive in 2007, Mr Haxby told staff the plan would work.')).toEqual(['Mr Haxby became chief executive']);
    // not when the main clause points back at someone else ("carried her"), nor a "Mr" for "she"
    expect(titlesOf('Ann Roe met Tom Vell. After she was injured in the blast on Monday, Tom Vell carried her to an ambulance.')[0]).not.toMatch(/^Tom Vell was injured/);
    expect(titlesOf('The ward was full. When she arrived at the hospital on Monday, Mr Tom Vell said the patient was stable.')[0]).not.toMatch(/^Mr Tom Vell arrived/);
    // a ", when" clause's title is named as any other
    expect(titlesOf('Tom Vell spoke on Sunday. Ann Roe said the plan had not changed since Saturday, when she said the pier would reopen.')).toEqual(['Tom Vell spoke', 'Ann Roe said the pier would reopen']);
    // "its" is the body the sentence named in the possessive before it, not a person
    expect(titlesOf('Rain fell. But Norvex\'s bonds continued to fall even as its shares recovered on Wednesday.')).toEqual(["Norvex's shares recovered"]);
    expect(titlesOf('Rain fell. Ann Roe\'s bonds continued to fall even as its shares recovered on Wednesday.')[0]).not.toMatch(/^Ann Roe's shares/);
    // an "its" opening the sentence is the body the sentence before made its subject, or named in the possessive opening it
    expect(titlesOf('Norvex\'s future as an independent firm is openly doubted. Its shares fell sharply on Wednesday.')).toEqual(["Norvex's shares fell sharply"]);
    expect(titlesOf('Norvex is weighing a sale of its port arm. Its chairman resigned on Wednesday.')).toEqual(["Norvex's chairman resigned"]);
    expect(titlesOf('Ann Roe\'s future is openly doubted. Its shares fell sharply on Wednesday.')[0]).not.toMatch(/^Ann Roe's/);
    expect(titlesOf('The talks with Norvex are stalled. Its shares fell sharply on Wednesday.')[0]).not.toMatch(/^Norvex's/);
    // a name in capitals the tagger did not read as a person's, the subject of a clause before the pronoun, may be the one
    // meant: the one person named before it is no sure antecedent
    expect(titlesOf('The vote was close. In a post dated yesterday, Tom Vell reports that Ivo Kranz is not happy with the plan - "he\'s upset that the council will sell the pier."')[0]).not.toMatch(/^Tom Vell/);
    expect(titlesOf('The vote was close. In a post dated yesterday, Tom Vell reports that the plan is poor - "he\'s upset that the council will sell the pier."')[0]).toMatch(/^Tom Vell/);
    // an "It" opening the sentence is the body the sentence before made its subject, or named in the possessive opening
    // it, before a body named further back
    expect(titlesOf('Norvex Corp. has urged passengers to stay calm. And in banking, Varn Chartered\'s focus on ports continues to pay off. It announced on Monday that its trading arm saw a jump in income.')[0]).toMatch(/^Varn Chartered announces/);
    // "they" is the plural subject before, with a relative clause after it
    expect(titlesOf('Lawyers who have sued the port say the fund is too small. They asked a judge to halt it on Wednesday.')).toEqual(['Lawyers asked a judge to halt it']);
    // an adverb between the pronoun and its verb
    expect(titlesOf('Tom Vell had disputed the figure. But he later acknowledged on Tuesday that the leak was large.')).toEqual(['Tom Vell later acknowledges leak was large']);
    // "she and Tom Vell": the pronoun joined to a name is named the same way
    expect(titlesOf('Ann Roe met the mayor. Ann Roe said the budget will be on the agenda when she and Tom Vell meet the board on Monday.')).toEqual(['Ann Roe and Tom Vell meet the board']);
  });
  it('says whose "the country\'s" is from the one country the sentence before named (vague61)', () => {
    expect(titlesOf('Rain fell. Norway\'s economy has emerged as the weakest. The country\'s central bank raised its main rate on Tuesday.')).toEqual(["Norway's central bank raised its main rate"]);
    expect(titlesOf('Rain fell. Norway\'s economy has emerged as the weakest. The nation’s central bank raised its main rate on Tuesday.')).toEqual(["Norway's central bank raised its main rate"]);
    // left: no country named just before, or two
    expect(titlesOf('Rain fell. Stocks in Lowmere plunged. The country\'s central bank raised its main rate on Tuesday.')).toEqual(["Country's central bank raised its main rate"]);
    expect(titlesOf('Rain fell. France and Germany met. The nation\'s central bank raised its main rate on Tuesday.')).toEqual(["Nation's central bank raised its main rate"]);
  });
  it('names an "it" by the thing the sentence before made its subject, an aside set off by commas after it (vague61)', () => {
    expect(titlesOf('The ferry, the last of the old fleet, is moored by the quay. But on Saturday it was towed to the yard for repairs.')).toEqual(['Ferry was towed to the yard for repairs']);
    expect(titlesOf('The new bridge, a gift from the county, is the pride of the town. On Monday it was closed for repairs.')).toEqual(['New bridge was closed for repairs']);
    // left: a name before the aside (the tagger may miss a person), or a comma that closes an opening phrase
    expect(titlesOf('Quorvane, the harbour firm, is the pride of the town. On Monday it was closed for repairs.')).toEqual(['It was closed for repairs']);
    expect(titlesOf('In the town, the bridge, a gift from the county, stands. On Monday it was closed for repairs.')).toEqual(['It was closed for repairs']);
  });
  it('names an "it" in a clause set inside its sentence from that sentence, never from the sentence before (wrong51)', () => {
    // a "where" clause after the sentence's own subject, a thing: the subject
    expect(titlesOf('Rain fell on the coast. The risk is high. The fever has spread to Lowmere, where it was first detected on Monday.')).toEqual(['Fever was first detected in Lowmere']);
    // after a person as the subject, the "it" is the thing "the" opens just before the clause
    expect(titlesOf('The picture is a worry. Ann Roe, who has tracked the fever ever since it was detected in Lowmere in 1997, said the risk was high.')).toEqual(['Fever was detected in Lowmere']);
    expect(titlesOf('Rain fell. Ann Roe, who has tracked the Varnian swine fever since it was discovered in sheep in 2004, said the risk was high.')).toEqual(['Varnian swine fever was discovered in sheep']);
    expect(titlesOf('Rain fell. Ann Roe, who lived near the old mill until it burned down on Monday, said the loss was great.')).toEqual(['Old mill burned down']);
    // left: a thing "the" does not open, a plural, a place's name, or a "where" or "which" clause (whose "it" may be another's)
    expect(titlesOf('Rain fell. Ann Roe, who has tracked fevers since it was detected in Lowmere in 1997, said the risk was high.')).toEqual(['It was detected in Lowmere']);
    expect(titlesOf('Rain fell. Ann Roe, who has tracked the fevers since it was detected in Lowmere in 1997, said the risk was high.')).toEqual(['It was detected in Lowmere']);
    expect(titlesOf('Rain fell. Ann Roe, who has worked in Lowmere since it was flooded in 1997, said the risk was high.')).toEqual(['It was flooded']);
    expect(titlesOf('Rain fell. Ann Roe, who has visited the farm where it was detected in 1997, said the risk was high.')).toEqual(['It was detected in the farm']);
    // left: an "it" opening its own sentence is the subject of the sentence before, as was an "it" after ", and"
    expect(titlesOf('The fever is a worry. It was detected in Lowmere in January.')).toEqual(['Fever was detected in Lowmere']);
    expect(titlesOf('The risk is a worry. The fever has spread to Lowmere, and it was detected in Varn on Monday.')).toEqual(['Fever was detected in Varn']);
  });
  it('names no "it" by a name its own sentence writes after it, as another\'s (wrong51)', () => {
    expect(titlesOf('Rain fell. Harbour bank Varlo warned traders that it did not expect the mill to pay dividends. Last week it agreed to stop payments for the year, but Varlo believes a longer halt is likely.')).toEqual(['It agreed to stop payments for the year']);
    // another name after the "it": the body named before stands
    expect(titlesOf('Rain fell. Varlo Corp. said its profit fell. Last week it agreed to stop payments for the year, but analysts believe a longer halt is likely.')).toEqual(['Varlo Corp agreed to stop payments for the year']);
    // a word of the name inside a longer name after the "it" is no name of its own
    expect(titlesOf('Rain fell. The Navy grew fast in the war. In 1947, it was converted to the Department of the Navy.')).toEqual(['Navy was converted to the Department of the Navy']);
  });
  it('takes a subject ending in "-us" or "-is" for one thing an "it" may stand for (wrong51)', () => {
    expect(titlesOf('The virus is a worry. It was detected in Lowmere in January.')).toEqual(['Virus was detected in Lowmere']);
    expect(titlesOf('The crisis is a worry. It was first reported in Lowmere in January.')).toEqual(['Crisis was first reported in Lowmere']);
    // a plural is no "it"
    expect(titlesOf('The ferries are a worry. It was detected in Lowmere in January.')).toEqual(['It was detected in Lowmere']);
  });
  it('names "he" from a person the tagger does not know, marked as a person by a role before the name or an age aside', () => {
    expect(titlesOf('The storm hit at dusk. Radio host Carel Vandt was among the first to report it. He tweeted on Tuesday.')).toEqual(['Carel Vandt tweeted']);
    expect(titlesOf('The ward was quiet. Pacetto, 24, has been at home with his mother. He was given the results on Friday.')).toEqual(['Pacetto was given the results']);
    // a common word after a role, or a common word with a number, is no one
    expect(titlesOf('The storm hit at dusk. A senior official White House staff confirmed it. He tweeted on Tuesday.')).toEqual(['He tweeted']);
  });
  it('names "the company" as the business the story is about, marked as one and named far more often than any other', () => {
    const story = 'Norvex shares fell again. Oil giant Norvex said the leak was slowing. Norvex engineers worked hard. Norvex hired more crews. Rain fell on the coast. ';
    expect(titlesOf(`${story}Boats stayed in port. The company said on Tuesday it had cut its costs.`)).toEqual(['Norvex says it had cut its costs']);
    expect(titlesOf(`${story}Boats stayed in port. The oil giant confirmed on Tuesday that its board would meet.`)).toEqual(['Norvex confirmed its board would meet']);
    // not when another business is named near, nor for "a company"
    expect(titlesOf(`${story}Brisko Inc. made the pumps. The company said on Tuesday it had cut its costs.`)[0]).not.toMatch(/^Norvex/);
    expect(titlesOf(`${story}Boats stayed in port. A company said on Tuesday it had cut its costs.`)).toEqual(['Company says it had cut its costs']);
  });
  // the business the whole article is about, named after the title's sentence as well ("Norvex executives" marks one)
  it.each([
    { name: 'a firm the article names after', text: 'Rain fell on the coast. The firm said on Tuesday the board backed its chief. Norvex executives met in Halden. Norvex shares rose.', title: 'Norvex says board backed its chief' },
    { name: 'a trade before "major"', text: 'Rain fell on the coast. Norvex boss Ann Roe flew in. The oil major on Tuesday said it would sell its port. Norvex shares rose.', title: 'Norvex said it would sell its port' },
    { name: 'a spokesman\'s business, after "a"', text: 'Rain fell on the coast. The gas major on Tuesday said it would sell its port. A Norvex spokesman declined to comment. Crews blamed Norvex.', title: 'Norvex said it would sell its port' },
    { name: 'a trade before "producer"', text: 'Rain fell on the coast. Norvex shares fell. Norvex chairman Tom Vell quit. The steel producer failed on Tuesday to stop the leak.', title: 'Norvex failed to stop the leak' },
  ])('names "the firm" by the business the whole article names most: $name', ({ text, title }) => {
    expect(titlesOf(text)).toEqual([title]);
  });
  it.each([
    { name: 'named once only', text: 'Rain fell on the coast. The firm said on Tuesday the board backed its chief. Norvex executives met in Halden.', title: 'Firm says board backed its chief' },
    { name: 'two businesses named as often', text: 'Rain fell on the coast. The firm said on Tuesday the board backed its chief. Norvex executives met. Norvex shares rose. Brisko shares fell. Brisko executives quit.', title: 'Firm says board backed its chief' },
    { name: '"major" with no trade before it', text: 'Rain fell on the coast. Norvex boss Ann Roe flew in. The major on Tuesday said he would leave the base. Norvex shares rose.', title: 'Major said he would leave the base' },
  ])('leaves "the firm" bare: $name', ({ text, title }) => {
    expect(titlesOf(text)).toEqual([title]);
  });
  it('counts a name a sentence made its subject, with no mark of a business, as the business "the company" may be', () => {
    const story = 'Rain fell on the coast. Quorvane had stuck by its estimate. Crews blamed Quorvane for the delay. A video of the leak was shown by Quorvane. Boats stayed in port. ';
    expect(titlesOf(`${story}The oil firm's plan has failed, but on Sunday it is preparing its next attempt.`)).toEqual(['Quorvane is preparing its next attempt']);
    expect(titlesOf(`${story}Traders were calm. The company said on Tuesday it had cut its costs.`)).toEqual(['Quorvane says it had cut its costs']);
    // not a person's name, or a common word written with a capital
    expect(titlesOf('Rain fell on the coast. Ann Quellen had stuck by her estimate. Crews blamed Ann Quellen. Ann Quellen wept. Boats stayed in port. Traders were calm. The company said on Tuesday it had cut its costs.')).toEqual(['Company says it had cut its costs']);
    expect(titlesOf('Rain fell on the coast. Engineers had stuck by the estimate. Crews blamed the engineers. Engineers wept. Boats stayed in port. Traders were calm. The company said on Tuesday it had cut its costs.')).toEqual(['Company says it had cut its costs']);
    // nor when another unmarked name was a subject about as often
    expect(titlesOf('Rain fell on the coast. Quorvane had stuck by its estimate. Brisko blamed Quorvane. Brisko hired crews. Boats stayed in port. Traders were calm. The company said on Tuesday it had cut its costs.')).toEqual(['Company says it had cut its costs']);
  });
  it('names "the company" or "the firm\'s" after a named subject\'s verb as the business the story is about', () => {
    const story = 'Norvex shares fell again. Oil giant Norvex said the leak was slowing. Norvex engineers worked hard. Norvex hired more crews. Rain fell on the coast. ';
    expect(titlesOf(`${story}Boats stayed in port. The Harbour Board fined the company on Friday.`)).toEqual(['Harbour Board fined Norvex']);
    expect(titlesOf(`${story}Boats stayed in port. On Tuesday, Vell Ratings slashed the firm's credit rating to junk.`)).toEqual(["Vell Ratings slashed Norvex's credit rating to junk"]);
    // not when the subject is that business (the company is another), another business is named near, or no business stands out
    expect(titlesOf(`${story}Boats stayed in port. When Norvex bought the company in 1998, its chief left.`)[0]).toMatch(/^Norvex bought the company/);
    expect(titlesOf(`${story}Brisko Inc. made the pumps. The Harbour Board fined the company on Friday.`)).toEqual(['Harbour Board fined the company']);
    expect(titlesOf('Norvex shares fell again. Boats stayed in port. The Harbour Board fined the company on Friday.')).toEqual(['Harbour Board fined the company']);
    // "the group's" is no business's
    expect(titlesOf(`${story}Boats stayed in port. On Tuesday, Vell Ratings slashed the group's credit rating to junk.`)).toEqual(["Vell Ratings slashed the group's credit rating to junk"]);
  });
  it('reads one list of business nouns for "the <noun>" and for the word before a business\'s name', () => {
    // "manufacturer Norvex" marks a business as "oil giant Norvex" does; "the maker" is "the company"
    const story = 'Norvex output fell again. Pump manufacturer Norvex said the leak was slowing. Norvex engineers worked hard. Norvex hired more crews. Rain fell on the coast. ';
    expect(titlesOf(`${story}Boats stayed in port. The maker said on Tuesday it had cut its costs.`)).toEqual(['Norvex says it had cut its costs']);
  });
  it('tells "he" with the clause naming the two people before it, not alone or with a guessed name', () => {
    expect(titlesOf('The rain kept falling. Ines Marlow said Paul Brandt was calm until he collapsed on Tuesday.')).toEqual(['Ines Marlow said Paul Brandt was calm until he collapsed']);
  });
});

describe('draftEvents: "the <noun>" and "it" take the one fitting name the article gave before', () => {
  const published = writtenOn(2025, 3, 6);
  // sentences end at a full stop, not at a company's or a month's abbreviation or an initial
  function titlesOf(text: string) {
    const sentences: Sentence[] = [];
    for (const m of text.matchAll(/(?:[^.]|\.(?=\S)|(?<=\b(?:Corp|Inc|Co|Aug|Sen|Gov|[A-Z]))\.)+\./g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      sentences.push({ text: t, start: m.index! + lead, end: m.index! + lead + t.length, tokens: tokenize(t) });
    }
    return draftEvents('a', sentences, findTimexes(text, sentences, { published: { ...published }, dayFirst: null })).map((d) => d.title);
  }
  it.each([
    { name: 'a described business by the company that was a subject before', text: 'Varrow Mutual Corp. said it would sell its farm unit. The insurance concern closed two offices on Friday.', titles: ['Varrow Mutual Corp. closed two offices'] },
    { name: 'the short name a later subject used, written in full', text: 'Harlow Savings Bank said a plan to sell its branches fell through. Harlow also expects a loss. The thrift announced the plan on Aug. 21.', titles: ['Harlow Savings Bank announced the plan'] },
    { name: 'the owner of a subject', text: "Norvex Corp.'s net income fell sharply. Costs rose. The insurer has started processing claims on Monday.", titles: ['Norvex has started processing claims'] },
    { name: 'a long name by the short one the article went on to use', text: "Varn Life Casualty Mutual Co.'s net income fell sharply. Storms cut Varn's profit. The insurer has started processing claims on Monday.", titles: ['Varn has started processing claims'] },
    { name: 'not a body named where someone works', text: 'Norvex Corp. said it would cut jobs. "It is a cosmetic move," said Tom Vell of Brisko Inc. in a note. The company adopted a rights plan on Friday.', titles: ['Norvex Corp. adopted a rights plan'] },
    { name: 'a company that was a subject after a sentence adverb', text: 'Prices fell. Meanwhile, Norvex Corp. said it would pay all claims. Rain fell. Traders were calm. The company delayed a decision on Friday to cut its dividend.', titles: ['Norvex Corp. delayed a decision to cut its dividend'] },
    { name: 'a league by its capitals, as the article went on to write it', text: 'The Northern Harbour Treaty Organization admitted two new members. The NHTO has 20 members. The alliance announced in July that it would accept Varnia.', titles: ['NHTO announced it would accept Varnia'] },
    // the name the sentence just before made its subject, with no mark of a business: "the company" goes on telling of it
    { name: 'an unmarked name the sentence just before made its subject', text: 'Rain fell on the coast. After a long delay, Quorvane put the pumping on hold. The company resumed the work on Thursday.', titles: ['Quorvane resumed the work'] },
    { name: 'an unmarked name, for "the oil firm"', text: 'Rain fell on the coast. Quorvane failed to plug the leak. The oil firm announced plans on Monday to try another pipe.', titles: ['Quorvane announces plans to try another pipe'] },
    // (a sentence between that makes nothing with a capital its subject does not turn the story from it)
    { name: 'an unmarked name made the subject just before a sentence with no capitalised subject', text: 'Rain fell on the coast. Quorvane put the pumping on hold. The new pump sits a mile from the old one. The company resumed the work on Thursday.', titles: ['Quorvane resumed the work'] },
    { name: 'an unmarked name, with the story\'s thing after it named as well', text: 'Rain fell on the coast. Quorvane has begun to drill a relief well. The new rig sits a mile from the old one. The company began work on the well on Sunday.', titles: ['Quorvane began work on the relief well'] },
    // a business marked by an aside that closes ("Quorvane, a pump maker,"), or by its chief operating officer, is one further back
    { name: 'a business marked by an aside', text: 'Quorvane, a pump maker, said it would cut jobs. Rain fell. Traders were calm. The company adopted a rights plan on Friday.', titles: ['Quorvane adopted a rights plan'] },
  ])('names $name', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
  it.each([
    { name: 'two companies were subjects', text: 'Norvex Corp. said it would cut jobs. Brisko Inc. gained. The company adopted a rights plan on Friday.', titles: ['Company adopted a rights plan'] },
    { name: 'the one before the name is a person, an analyst, whatever the tagger reads', text: 'Tom Vell, an analyst at Brisko, said the plan was sound. The company adopted a rights plan on Friday.', titles: ['Company adopted a rights plan'] },
    { name: '"the alliance" finds no league', text: 'Norvex Corp. said it would cut jobs. The alliance announced in July that it would accept Varnia.', titles: ['Alliance announced it would accept Varnia'] },
    // an unmarked name counts only from the sentence just before, and never a common word, a plural or a person
    { name: 'the unmarked name was the subject two sentences back', text: 'Quorvane put the pumping on hold. Rain fell. The company resumed the work on Thursday.', titles: ['Company resumed the work'] },
    { name: 'the unmarked name was the subject three sentences back', text: 'Quorvane put the pumping on hold. The new pump sits a mile from the old one. The old one is rusty. The company resumed the work on Thursday.', titles: ['Company resumed the work'] },
    { name: 'the subject just before is a common word with a capital', text: 'Engineers put the pumping on hold. The engineers were tired. The company resumed the work on Thursday.', titles: ['Company resumed the work'] },
    { name: 'the subject just before is a plural', text: 'Rain fell on the coast. Donations rose sharply. The company resumed the work on Thursday.', titles: ['Company resumed the work'] },
    { name: 'the subject just before is a person named in full before', text: 'Ann Quellen runs the mill. Quellen put the pumping on hold. The company resumed the work on Thursday.', titles: ['Company resumed the work'] },
    { name: '"on Friday, the company" is no aside marking a business', text: 'Quorvane said it would cut jobs. Rain fell. Traders were calm. But on Friday, the company adopted a rights plan.', titles: ['Company adopted a rights plan'] },
  ])('leaves the noun when $name', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
  it('names "it" by the one company the sentence before names, and only for a body\'s own doing', () => {
    const lead = 'Norvex Corp. makes pumps. Brisko Inc. makes valves. Rain fell. Shares were flat. Traders were calm. ';
    expect(titlesOf(`${lead}Ann Roe took Norvex public and built it up. In September, it announced plans to buy a mill.`)).toEqual(['Norvex announces plans to buy a mill']);
    // (two companies there: neither; the tagger's reading of the person is another rule's)
    expect(titlesOf(`${lead}Ann Roe took Norvex and Brisko public. In September, it announced plans to buy a mill.`)[0]).not.toMatch(/Norvex|Brisko/);
    // "it" in no body's doing
    expect(titlesOf(`${lead}Ann Roe took Norvex public and built it up. In September, it has been hard to sell a mill.`)).toEqual([]);
  });
  it.each([
    { name: 'a passive after "the company" in an object', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. The audit will add to pressure on the company: besides its costs, it was fined $5m in May over a fire.', titles: ['Quorvane was fined $5m over a fire'] },
    { name: 'a doing after "the firm\'s" in the possessive', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. The oil firm\'s first plan has been to pump the oil away, but on Sunday it is preparing its next attempt.', titles: ['Quorvane is preparing its next attempt'] },
    { name: 'the subject of the sentence just before', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. On May 2, the company said the cost would be $3 billion. On June 4, it raised its estimate by a third.', titles: ['Quorvane said cost would be $3 billion', 'Quorvane raised its estimate by a third'] },
    { name: 'the subject of the main clause just before', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. Days after it shut the well, on May 2, the company said costs rose. On June 4, it raised its estimate by a third.', titles: ['Quorvane says costs rose', 'Quorvane raised its estimate by a third'] },
    { name: 'what the company owned, the subject just before', text: "Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. The company's own costs were high. In June 2019, it closed the office in Lowmere.", titles: ['Quorvane closed the office in Lowmere'] },
    { name: 'a public body with a word saying which, the subject just before', text: 'Rain fell. The central bank has raised rates seven times this year. Last month, it was forced to intervene in the markets.', titles: ['Central bank was forced to intervene in the markets'] },
    { name: 'a government the sentence before made its subject, for what it is expected to do', text: 'Rain fell. The Varnian government says the well leaked oil. But it is expected to announce on Wednesday that the leak stopped.', titles: ['Varnian government is expected to announce the leak stopped'] },
  ])('names "it" by the business its own sentence called by its noun, or the body the sentence before made its subject: $name', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
  it.each([
    { name: 'the sentence calls two businesses so', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. The firm sued the company: in the end it was fined $5m in May over a fire.' },
    { name: 'a body is named between the noun and "it"', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. Pressure on the company grew after Brisko Inc. said it was fined $5m in May over a fire.' },
    { name: 'no business stands out in the story', text: 'Quorvane Corp. and Brisko Inc. cut jobs. Rain fell. Shares were flat. Traders were calm. The audit will add to pressure on the company: besides its costs, it was fined $5m in May over a fire.' },
    { name: 'the company was no subject just before', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. The audit of the company took a year. On June 4, it was fined $5m in May over a fire.' },
    { name: 'the sentence names someone before "it"', text: 'Quorvane Corp. cut jobs. Quorvane hired crews. Quorvane shut a mill. Rain fell. The company said costs rose. After Brisko Inc. sued, it was fined $5m in May over a fire.' },
    { name: 'the public body is named by no word saying which', text: 'Rain fell. The government says the well leaked oil. But it is expected to announce on Wednesday that the leak stopped.' },
    { name: 'the public body was only inside the subject before', text: 'Rain fell. A report by the central bank came out. Last month, it was forced to intervene in the markets.' },
  ])('leaves "it" when $name', ({ text }) => {
    expect(titlesOf(text).filter((t) => /^(?:Quorvane|Brisko|Government|Central bank)\S* (?:Corp\. |Inc\. )?(?:was|is) (?:fined|forced|expected)/.test(t))).toEqual([]);
  });
  it('names "company officials" by the business whose people an earlier sentence named so (vague62)', () => {
    expect(titlesOf("Norvex's shares fell. Norvex engineers told the panel about the leak. Rain fell. Company officials briefed the panel on Tuesday.")).toEqual(['Norvex officials briefed the panel']);
    expect(titlesOf("Norvex's shares fell. Norvex engineers told the panel about the leak. Rain fell. Company lawyers met the judge on Tuesday.")).toEqual(['Norvex lawyers met the judge']);
    // left: two businesses' people in that sentence, a name no mark makes a business's, or no people after "company"
    expect(titlesOf("Norvex's shares fell. Tarbel's shares rose. Norvex engineers and Tarbel engineers met. Company officials briefed the panel on Tuesday.")).toEqual(['Company officials briefed the panel']);
    expect(titlesOf('Lowmere engineers told the panel about the leak. Rain fell. Company officials briefed the panel on Tuesday.')).toEqual(['Company officials briefed the panel']);
    expect(titlesOf("Norvex's shares fell. Norvex engineers told the panel about the leak. Company profits rose on Tuesday.")).toEqual(['Company profits rose']);
  });
  it('names a passive "it" followed by "to" and a noun, not by an infinitive', () => {
    expect(titlesOf('Rain fell. The ferry was damaged in May. It was moved to a dock in Lowmere on Friday.')).toEqual(['Ferry was damaged', 'Ferry was moved to a dock in Lowmere']);
    expect(titlesOf('Rain fell. The ferry was damaged in May. It was decided on Friday to sell the dock.')[1] ?? '').not.toMatch(/^Ferry/);
  });
  it('names "the monarch" by the king the article named, keeping the office with a lone name', () => {
    expect(titlesOf('King Harold of Varnia arrived in the capital on Monday. The monarch will meet the envoy on Thursday.')).toEqual(['King Harold of Varnia arrived in the capital', 'King Harold will meet the envoy']);
  });
  it('names "the company\'s" before a sum by the one company the article named, keeping a name that is a possessive', () => {
    expect(titlesOf("Norvex Corp. said it would cut jobs. Norvex said its debt financed the company's $40 million expansion that began in 2018.").pop()).toBe("Norvex Corp's $40 million expansion began");
    expect(titlesOf("Tally's Inc. said it would cut jobs. Tally's said its debt financed the company's $40 million expansion that began in 2018.").pop()).toBe("Tally's $40 million expansion began");
    expect(titlesOf("Norvex Corp. and Brisko Corp. said they would cut jobs. A report said debt financed the company's $40 million expansion that began in 2018.").pop()).toBe("Company's $40 million expansion began");
  });
  it('names "the Varnian monarch" by the one king the article named, and leaves it when it named two', () => {
    expect(titlesOf('King Harold of Varnia arrived in the capital on Monday. The Varnian monarch met the envoy on Thursday.')).toEqual(['King Harold of Varnia arrived in the capital', 'King Harold met the envoy']);
    expect(titlesOf('King Harold of Varnia and King Olaf of Lesk arrived in the capital on Monday. The Varnian monarch met the envoy on Thursday.')[1]).toBe('Varnian monarch met the envoy');
  });
  it('names "the Varnian leader" by the one person the article tied to Varnia, and not by an office alone', () => {
    expect(titlesOf("Varnia's Ana Vell offered a plan. The Varnian leader announced on Sunday that she will withdraw her troops.")).toEqual(['Ana Vell announces she will withdraw her troops']);
    expect(titlesOf('Varnian President Ana Vell offered a plan. The Varnian leader announced on Sunday that she will withdraw her troops.')).toEqual(['Varnian President Ana Vell announces she will withdraw her troops']);
    expect(titlesOf("Tarq's Ana Vell offered a plan. The Tarqi president announced on Sunday that she will withdraw her troops.")).toEqual(['Ana Vell announces she will withdraw her troops']);
    // (an office with no country: "President Ana Vell" may lead another; two people tied to Varnia; a party's leader)
    expect(titlesOf('President Ana Vell offered a plan. The Varnian leader announced on Sunday that she will withdraw her troops.')).toEqual(['Varnian leader announces she will withdraw her troops']);
    expect(titlesOf("Varnia's Ana Vell and Varnia's Tom Roe offered a plan. The Varnian leader announced on Sunday that she will withdraw her troops.")).toEqual(['Varnian leader announces she will withdraw her troops']);
    expect(titlesOf("Varnia's Ana Vell offered a plan. The party leader announced on Sunday that she will withdraw her troops.")).toEqual(['Party leader announces she will withdraw her troops']);
  });
  it('names "the senator" or "the governor" by the one the article wrote so with the office\'s abbreviation', () => {
    expect(titlesOf('Sen. Ulla Brenvik said on Friday that the ban hurts. The senator wrote in a letter to the mayor on Thursday that the ban could cost 4,000 jobs.')).toEqual(['Sen. Ulla Brenvik says ban hurts', 'Ulla Brenvik writes ban could cost 4,000 jobs']);
    expect(titlesOf('Gov. Ulla Brenvik spoke on Friday. The governor signed the harbour bill on Thursday.')[1]).toBe('Ulla Brenvik signed the harbour bill');
    // (another office's abbreviation names no senator)
    expect(titlesOf('Gov. Ulla Brenvik spoke on Friday. The senator signed the harbour bill on Thursday.')[1]).toBe('Senator signed the harbour bill');
  });
  it('names "the president" told of in what is said by the one person the article gave the office', () => {
    expect(titlesOf("One of President Brandt's sons met the aide. Officials said the president himself met with the aide on Sunday.")).toEqual(['President Brandt himself met with the aide']);
    expect(titlesOf("One of President Brandt's sons met the aide. Another source said the president's son met with the aide last week.")).toEqual(["President Brandt's son met with the aide"]);
    // (the office given to two people; no verb after the office)
    expect(titlesOf('President Tom Brandt spoke. President Ann Kell replied. Officials said on Sunday the president met with the envoy.')).toEqual(['Officials say president met with the envoy']);
  });
  it('names "the president and his aides" only when the article gave the office to one person', () => {
    expect(titlesOf('President Tom Brandt spoke. The president and his top aides decided on Monday that talks would fail.')).toEqual(['Tom Brandt and his top aides decided talks would fail']);
    expect(titlesOf('President Tom Brandt spoke. President Ann Kell replied. The president and his top aides decided on Monday that talks would fail.')).toEqual(['President and his top aides decided talks would fail']);
  });
  it('names "He\'s" by a surname the article wrote after an office', () => {
    expect(titlesOf("The talks went on. UN secretary general Tomas Lindqvist arrived in the capital. Lindqvist met the prime minister on Sunday. He's expected to meet the envoy on Monday.")).toEqual(['UN secretary general Tomas Lindqvist met the prime minister', 'UN secretary general Tomas Lindqvist is expected to meet the envoy']);
  });
  it('tells whose "the appointment" is from the sentence before that named the person to it', () => {
    expect(titlesOf('Ann B. Roe Jr., a banker at Varn Bank, was named chief executive of Norvex Corp. in a vote. The appointment takes effect on Monday.')).toEqual(["Ann B. Roe Jr.'s appointment takes effect"]);
    // the sentence before tells another happening: whose is not said
    expect(titlesOf('Ann B. Roe Jr., a banker at Varn Bank, spoke to the board of Norvex Corp. in a vote. The appointment takes effect on Monday.')).toEqual(['Appointment takes effect']);
  });
});

describe('draftEvents: a pronoun, a role or a body named from further back in the article', () => {
  const published = writtenOn(2025, 3, 6);
  // sentences end at a full stop, not after "Dr" or an initial
  function titlesOf(text: string) {
    const sentences: Sentence[] = [];
    for (const m of text.matchAll(/(?:[^.]|\.(?=\S)|(?<=\b(?:Dr|[A-Z]))\.)+\./g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      sentences.push({ text: t, start: m.index! + lead, end: m.index! + lead + t.length, tokens: tokenize(t) });
    }
    return draftEvents('a', sentences, findTimexes(text, sentences, { published: { ...published }, dayFirst: null })).map((d) => d.title);
  }
  const chain = 'Marta Quellen runs the mill. Quellen promised a fix. "We do not know when," she said. She was unable to give a date. ';
  const singer = 'Mira Solana sold out the arena. Solana was tired. Fans loved Solana. Her manager Tom Vell was calm. ';
  it.each([
    { name: '"she" by a surname alone the tagger missed, after the full name', text: 'Marta Quellen runs the mill. Quellen promised a fix. She resigned on Friday.', titles: ['Marta Quellen resigned'] },
    { name: '"he" by a surname alone never given in full, told by a person\'s deed', text: 'Quellen was born in Lowmere. Rain fell. He received a degree in law on Friday.', titles: ['Quellen received a degree in law'] },
    { name: '"he" by a surname alone never given in full, told by a person\'s deed after an adverb', text: 'Quellen quickly resigned from the board. Rain fell. He bought a ferry on Friday.', titles: ['Quellen bought a ferry'] },
    { name: '"he" by a surname alone never given in full, after a courtesy title', text: 'Mr Quellen ran the mill. He resigned on Friday.', titles: ['Mr Quellen resigned'] },
    { name: '"he" by a surname alone that "he" took up before', text: 'Quellen ran the mill for a decade, but he sold it. Rain fell. He bought a ferry on Friday.', titles: ['Quellen bought a ferry'] },
    { name: 'a word opening a sentence before a noun is no surname', text: 'Harbour crews mended the pier, and he reopened it on Friday.', titles: ['He reopened it'] },
    { name: 'a chain of "she" back to the name', text: `${chain}She later declared the mill would recover. She insisted on Friday that work would go on.`, titles: ['Marta Quellen insisted work would go on'] },
    { name: '"she" by the one named beside an owner', text: "John Carter's aide, Maria Lund, spoke to the crowd. She resigned on Friday.", titles: ['Maria Lund resigned'] },
    { name: '"the singer" by the one given a role of that kind', text: 'Pop star Mira Solana arrived in Paris. Rain fell. The singer died on Friday.', titles: ['Pop star Mira Solana died'] },
    { name: '"the doctor" by the one doctor', text: 'Mira Solana sold out the arena. Dr Ivo Kranz treated Solana. Fans loved Solana. The doctor was charged on Friday.', titles: ['Ivo Kranz was charged'] },
    { name: '"the singer" by the one the story is about', text: `${singer}The singer will be buried on Friday.`, titles: ['Mira Solana will be buried'] },
    // (noun25) a bare noun by the mention its own sentence wrote before it, when a name says which
    { name: '"the well" by its own sentence\'s earlier mention', text: "Norvex's Tarbel well leaked for weeks until the well was finally capped on Friday.", titles: ["Norvex's Tarbel well was finally capped"] },
    { name: '"the ferry" by its own sentence\'s earlier mention', text: 'Crews towed the Ocean Pearl ferry to Lowmere, where the ferry was repaired on Friday.', titles: ['Ocean Pearl ferry was repaired in Lowmere'] },
    // (noun25) an owner in the possessive says whose, not which: "Norvex's well" is no other well than "the Tarbel well"
    { name: '"the well" by the story\'s named one, an owner\'s mention besides', text: "The cost of Norvex's oil well spill rose. Crews drilled toward the Tarbel well. Rain fell. Mud was pumped into the top of the well on Friday.", titles: ['Mud was pumped into the top of the Tarbel well'] },
    // (noun25) the one person the sentence names in the possessive of a thing before the role
    { name: '"the singer" by the possessor of a thing before it', text: "Harbour clerks Tom Vell and Ivo Kranz have kept Mira Solana's accounts since the singer died on Friday.", titles: ['Mira Solana died'] },
    { name: '"the singer" by a surname\'s possessor, in full', text: "Mira Solana sold out the arena. Rain fell. Fans kept Solana's songs alive after the singer died on Friday.", titles: ['Mira Solana died'] },
    { name: '"the singer" told with her own pronoun', text: `${singer}The singer said on Friday that she was leaving the band.`, titles: ['Mira Solana says she was leaving the band'] },
    { name: '"the government" by a nation\'s word', text: 'The Varnish government faced a revolt. Rain fell. The government seized the largest bank on Friday.', titles: ['Varnish government seized the largest bank'] },
    { name: '"the government" by its owner', text: "Varnia's government faced a revolt. The government seized the largest bank on Friday.", titles: ["Varnia's government seized the largest bank"] },
    { name: '"the commission" by the kind of commission it was', text: 'A presidential commission was set up. The commission held hearings on Friday.', titles: ['Presidential commission held hearings'] },
    { name: '"it" by the subject before a chain of "it"', text: 'The Ocean Pearl is an old ferry. It has sailed the strait for forty years. It ran aground on Friday near Lowmere.', titles: ['Ocean Pearl ran aground near Lowmere'] },
    { name: '"it" by a name after an opening conjunction', text: 'Rain fell. But Norvex is an unusual company. It made a profit of $5 million on Friday.', titles: ['Norvex made a profit of $5 million'] },
    { name: '"they" by a subject after an opening word and comma', text: 'Now, harbour officials said, they will dredge the channel. They also plan to close the pier on Friday.', titles: ['Harbour officials also plan to close the pier'] },
    { name: 'a first name alone by the full name the article gave it', text: 'The violinist Marta Vostel played in Leeds. Rain fell. Marta won the prize on Friday.', titles: ['Marta Vostel won the prize'] },
    { name: 'a first name alone after a fronted phrase', text: 'Marta Vostel played in Leeds. In early May, Marta sold her bow.', titles: ['Marta Vostel sold her bow'] },
    { name: "a first name's possessive", text: "Marta Vostel played in Leeds. Marta's bow was stolen on Friday.", titles: ["Marta Vostel's bow was stolen"] },
    { name: 'a surname alone by the full name the article gave it', text: 'The violinist Marta Vostel played in Leeds. Rain fell. Vostel won the prize on Friday.', titles: ['Marta Vostel won the prize'] },
    { name: "a surname's possessive", text: "Marta Vostel played in Leeds. Vostel's bow was stolen on Friday.", titles: ["Marta Vostel's bow was stolen"] },
    // (name26) with the short role written before the full name, so a reader can place the person
    { name: 'a surname by a full name, with the role written before it in capitals', text: 'Chief Executive Tomas Brenner spoke in Leeds. Brenner resigned on Friday.', titles: ['Chief Executive Tomas Brenner resigned'] },
    { name: 'a surname once the object pronoun after it is named', text: 'Ana Ruiz and Tomas Vell ran for mayor. In the debate against Vell on Friday, Ruiz attacked him for failing to act.', titles: ['Ana Ruiz attacked Vell for failing to act'] },
    // (a sentence's two dates of different precision: the one nearer the name the sentence writes is the title's)
    { name: 'a surname told by its full name keeps the date nearest it', text: "Ana Ruiz and Tomas Vell ran for mayor. In Friday's debate, Ruiz attacked Vell for failing to close the mill in 1992.", titles: ['Ana Ruiz attacked Vell for failing to close the mill'] },
    { name: 'a surname with an adverb before its verb', text: 'Marta Vostel played in Leeds. Rain fell. Vostel quickly won the prize on Friday.', titles: ['Marta Vostel quickly won the prize'] },
    { name: 'a surname told for "he", by the full name an earlier sentence gave it', text: 'The ward was quiet. Tomas Pacetto, a clerk at the mill, fell ill. Pacetto, 24, stayed at home. He was given the results on Friday.', titles: ['Tomas Pacetto was given the results'] },
    { name: 'a surname told for "he", where the other full name given it is written with an initial alone', text: 'Secretary Tomas B. Vell Jr. met the bankers. One asked about the old Tom Vell they knew. A Republican, Vell would bring the state into banking. He said the rules were weak. He added that the paper he wrote on banks in May 2007, which said they should stay free, was wrong.', titles: ['Tom Vell wrote paper on banks'] },
    // (name72) a courtesy title and a surname, by the full name the article gave before, without the title
    { name: 'a courtesy title and a surname by the full name', text: 'The violinist Tomas Vostel played in Leeds. Rain fell. Mr Vostel won the prize on Friday.', titles: ['Tomas Vostel won the prize'] },
    { name: 'a courtesy title written with a dot', text: 'The violinist Marta Vostel played in Leeds. Rain fell. Mrs. Vostel won the prize on Friday.', titles: ['Marta Vostel won the prize'] },
    { name: "a courtesy title's possessive", text: "Tomas Vostel played in Leeds. Mr Vostel's bow was stolen on Friday.", titles: ["Tomas Vostel's bow was stolen"] },
    { name: 'a courtesy title told for "he"', text: 'Tomas Vostel played in Leeds. Mr Vostel was tired. When he joined the orchestra in 2007, he was 20.', titles: ['Tomas Vostel joined the orchestra'] },
    // (name26) a title that tells who a person is stays before the full name; a full name the tagger does not read as
    // a person's is read from the text; the first of two joined subjects is named too
    { name: 'a doctor\'s title kept before the full name', text: 'The surgeon Dr Tomas Vostel worked in Leeds. Rain fell. Dr Vostel was charged on Friday.', titles: ['Dr Tomas Vostel was charged'] },
    { name: 'a professor\'s title kept', text: 'Prof Marta Vostel spoke in Leeds. Rain fell. Prof Vostel won the prize on Friday.', titles: ['Prof Marta Vostel won the prize'] },
    { name: 'a full name with an initial the tagger splits', text: 'The hearing heard Tomas K. Vostel Jr. on Monday. Rain fell. Vostel left the firm on Friday.', titles: ['Tomas K. Vostel left the firm'] },
    { name: 'a full name after a lower-case word, its first name unknown to the lexicon', text: 'The club signed a keeper named Spiro Vostel. Vostel was sold on Friday.', titles: ['Spiro Vostel was sold'] },
    { name: 'a lower-case role before the full name', text: 'Norvex chief executive Tomas Vostel spoke in Leeds. Rain fell. Mr Vostel resigned on Friday.', titles: ['Norvex chief executive Tomas Vostel resigned'] },
    { name: 'an office in capitals after a verb', text: 'Sailors cheered Admiral Tomas Vostel in Leeds. Rain fell. Vostel left the fleet on Friday.', titles: ['Admiral Tomas Vostel left the fleet'] },
    { name: 'no role the title tells itself', text: 'Norvex chief executive Tomas Vostel spoke in Leeds. Rain fell. Vostel became chief executive in 2007.', titles: ['Tomas Vostel became chief executive'] },
    { name: 'no role that ties the person to another', text: 'Ann Roe hired her colleague Tomas Vostel in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    { name: 'no role when the run before the name is longer than a short role', text: 'The Harbour Port Ellis Norland Health Secretary Tomas Vostel spoke. Rain fell. Vostel left the post on Friday.', titles: ['Tomas Vostel left the post'] },
    { name: 'a full name opening the title takes the role written before its first mention', text: 'Norvex chief executive Tomas Vostel spoke in Leeds. Rain fell. Tomas Vostel resigned on Friday.', titles: ['Norvex chief executive Tomas Vostel resigned'] },
    { name: 'a full name whose first mention has no role is left as it is', text: 'Tomas Vostel spoke in Leeds. Rain fell. Tomas Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    { name: 'no role that would read cut, a noun before a lower-case role', text: 'Rain fell on the aid worker Tomas Vostel in Leeds. Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    { name: 'no role that would read cut, a name joined by "and"', text: 'The Harbour Safety and Ports chairman Tomas Vostel spoke. Rain fell. Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    // (name26b) a role told in apposition where the article first names the person
    { name: 'a role in apposition with an owner in the possessive', text: "Tomas Vostel, Norvex's chief executive, spoke in Leeds. Rain fell. Vostel resigned on Friday.", titles: ['Norvex chief executive Tomas Vostel resigned'] },
    { name: 'a role in apposition after "the"', text: 'Tomas Vostel, the Norvex chairman, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Norvex chairman Tomas Vostel resigned'] },
    { name: 'a role in apposition with its owner after "of"', text: 'Tomas Vostel, the newly named chief executive of Norvex Air, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Norvex Air chief executive Tomas Vostel resigned'] },
    { name: 'a role set off by commas before the name', text: 'The Norvex chairman, Tomas Vostel, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Norvex chairman Tomas Vostel resigned'] },
    { name: 'a role set off by commas after its owner in the possessive', text: "Norvex's chief executive, Tomas Vostel, spoke in Leeds. Rain fell. Vostel resigned on Friday.", titles: ['Norvex chief executive Tomas Vostel resigned'] },
    { name: 'a former role in apposition leads with "former"', text: 'Tomas Vostel, the former chairman of Norvex, spoke in Leeds. Rain fell. Vostel sold the mill on Friday.', titles: ['Former Norvex chairman Tomas Vostel sold the mill'] },
    { name: 'an owner in the possessive after a clause\'s opening word', text: "When Norvex's chief executive, Tomas Vostel, spoke in Leeds, rain fell. Vostel resigned on Friday.", titles: ['Norvex chief executive Tomas Vostel resigned'] },
    { name: 'no role from an apposition that goes on', text: 'Tomas Vostel, the chairman who built the mill, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    { name: 'no role from a list of names', text: 'Tomas Vostel, Ann Driver and Mira Kranz spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    { name: 'no role from a word set off before the name without "the"', text: 'In Leeds, Tomas Vostel, who runs a mill, spoke. Rain fell. Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    // (name26c) a role written at a later mention than the first, or after an age, or before a lower-case owner
    { name: 'a role written at a later mention when the first has none', text: 'Tomas Vostel meets the council. Norvex chief executive Tomas Vostel spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Norvex chief executive Tomas Vostel resigned'] },
    { name: 'a role in apposition after an age', text: 'Tomas Vostel, 54, the Norvex chairman, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Norvex chairman Tomas Vostel resigned'] },
    { name: 'a role set off before the name with its owner in lower case after "of the"', text: 'The chief executive of the port company, Tomas Vostel, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Chief executive Tomas Vostel resigned'] },
    { name: 'a role set off before the name with its owner after "of the" and a capital', text: 'The chief executive of the Norland port company, Tomas Vostel, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Chief executive Tomas Vostel resigned'] },
    { name: 'a lower-case noun between "the" and a role set off before the name', text: 'The health secretary, Tomas Vostel, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Health secretary Tomas Vostel resigned'] },
    { name: 'a role after "a" set off before the name', text: 'A Norvex spokesman, Tomas Vostel, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Norvex spokesman Tomas Vostel resigned'] },
    { name: 'a three-word role of an owner in the possessive', text: "Norvex's chief operating officer, Tomas Vostel, spoke in Leeds. Rain fell. Vostel resigned on Friday.", titles: ['Norvex chief operating officer Tomas Vostel resigned'] },
    { name: 'a lower-case noun in a role in apposition', text: 'Tomas Vostel, the Norvex energy commissioner, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Norvex energy commissioner Tomas Vostel resigned'] },
    { name: 'no role whose owner the title names', text: 'NVX chairman Tomas Vostel spoke in Leeds. Rain fell. Vostel joined NVX in 1999.', titles: ['Tomas Vostel joined NVX'] },
    { name: 'a role whose owner in capitals is only part of a word of the title', text: 'AC chairman Tomas Vostel spoke in Leeds. Rain fell. Vostel accepted the loss on Friday.', titles: ['AC chairman Tomas Vostel accepted the loss'] },
    { name: 'no hyphened describing word in a role in apposition', text: 'Tomas Vostel, a soft-spoken bus mechanic, spoke in Leeds. Rain fell. Vostel resigned on Friday.', titles: ['Tomas Vostel resigned'] },
    { name: 'no role from a later mention after the title', text: 'Tomas Vostel spoke in Leeds. Vostel resigned on Friday. Norvex chief executive Tomas Vostel left.', titles: ['Tomas Vostel resigned'] },
    { name: 'the first of two joined subjects', text: 'Marta Vostel spoke in Leeds. Rain fell. Vostel and Mayor Ann Roe led a delegation on Friday.', titles: ['Marta Vostel and Mayor Ann Roe led a delegation'] },
    // (name72) an office the tagger read without the capitalised words that open it is told whole: "Secretary" of
    // "Health Secretary", "President" of "Vice President"
    { name: 'a cut office before the name told for "she"', text: 'Harbour Health Secretary Mira Vell said there was one more case of the fever on the island. She said on Monday that six of the nine passengers had been found.', titles: ['Harbour Health Secretary Mira Vell says six of the nine passengers had been found'] },
    { name: 'a cut office before the one person named', text: 'Rain fell as Norland Vice President Tom Vell visited the dam. He said on Monday that the dam would open.', titles: ['Norland Vice President Tom Vell said dam would open'] },
    { name: 'a cut office after a sentence\'s "The"', text: 'The Norland Vice President Tom Vell visited the dam. He said on Monday that the dam would open.', titles: ['Norland Vice President Tom Vell said dam would open'] },
    { name: 'an office written whole is kept', text: 'Rain fell as President Tom Vell visited the dam. He said on Monday that the dam would open.', titles: ['President Tom Vell said dam would open'] },
    { name: 'an office after a clause\'s opening word is kept as written', text: 'When Secretary Ann Roe visited the dam, rain fell. She said on Monday that the dam would open.', titles: ['Secretary Ann Roe said dam would open'] },
    { name: 'a first name by a full name written in the possessive', text: "Fans cheered Marta Vostel' show. Marta's bow was stolen on Friday.", titles: ["Marta Vostel's bow was stolen"] },
    // the one person the nearest sentence naming anyone names, whatever her part in it
    { name: '"she" by the one person a sentence names in its object', text: 'That does not suit Marta Quellen, who runs a ferry. The storm cost her a week. She said she got her permit on Friday.', titles: ['Marta Quellen says she got her permit'] },
    { name: '"he" by the one person named after "It seems that"', text: 'It seems that Tomas Ekberg, who signed the books, forgot the time. When he saw it, he left. He visits Lowmere on Friday to talk about his memoirs.', titles: ['Tomas Ekberg visits Lowmere to talk about his memoirs'] },
    // ... or the one person who is the subject of one of its clauses
    { name: '"he" by the one person who is the subject of a joined clause', text: 'Harbour crews honed the plan, and Tomas Ekberg set out to find boats. He submitted the plan on Friday hoping for a quick answer.', titles: ['Tomas Ekberg submitted the plan hoping for a quick answer'] },
    { name: '"her" by the one person who is the subject of a clause after "but"', text: "Norway's parliament passed a small budget, but Marta Quellen has said more is needed. Her advisers began work on Friday on a larger budget.", titles: ["Marta Quellen's advisers began work on a larger budget"] },
    { name: '"His" before a verb the lexicon reads as a noun', text: 'For Tomas Ekberg that chain stretches back to 1876, when his family set up the mill.', titles: ["Tomas Ekberg's family set up the mill"] },
    { name: '"he" by the one person who says a quotation the sentence opens with', text: '"This is what we wake up to," Tomas Ekberg said about the storm. He added that he met the crews on Friday.', titles: ['Tomas Ekberg met the crews'] },
    { name: '"he" by the one person a "whose" aside introduces', text: 'But Tomas Ekberg, whose boat was sold, will be off the water. He said on Friday that he would thank the crews.', titles: ['Tomas Ekberg said he would thank the crews'] },
    { name: '"he" by the one person a role names as a clause subject, other captains being plural', text: 'Longtime charter boat captain Tomas Ekberg said he did not know, and he doubted other captains knew. He said on Friday that he would keep sailing.', titles: ['Tomas Ekberg said he would keep sailing'] },
  ])('names $name', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
  it.each([
    { name: 'a chain broken by a name the tagger missed', text: `${chain}Vell claims the mill is lost. She later declared the mill would recover. She insisted on Friday that work would go on.`, titles: ['She insisted work would go on'] },
    { name: 'the other pronoun comes between', text: 'Tomas Ekberg met the board. She left early. He resigned on Friday.', titles: ['He resigned'] },
    { name: 'the sentence before names another who could be "he"', text: 'Police Chief Mira Solana said the driver, Tomas Ekberg, had fled. He was arrested on Monday.', titles: ['He was arrested'] },
    { name: 'the sentence before names a woman who could be "she" besides its subject', text: 'Mayor Ivo Kranz said the treasurer, Lea Brun, had fled. She was arrested on Monday.', titles: ['She was arrested'] },
    { name: 'the subject\'s first name tells the other sex', text: 'Lea Brun faced the committee for five hours. He resigned on Tuesday.', titles: ['He resigned'] },
    { name: 'two doctors were named', text: 'Mira Solana sold out the arena. Dr Ivo Kranz treated Solana. Dr Lea Brun did too. The doctor was charged on Friday.', titles: ['Doctor was charged'] },
    { name: 'another is named nearly as often', text: `${singer}Tom Vell spoke. The singer will be buried on Friday.`, titles: ['Singer will be buried'] },
    { name: 'the one the story is about is a doctor', text: 'Dr Mira Solana sold out the arena. Solana was tired. Fans loved Solana. The singer will be buried on Friday.', titles: ['Singer will be buried'] },
    { name: 'the story names two wells by name', text: "The Norvik well leaked. Crews drilled toward the Tarbel well. Rain fell. Mud was pumped into the top of the well on Friday.", titles: ['Mud was pumped into the top of the well'] },
    { name: 'a heading\'s capitals run into the noun', text: "Norvex slows the leak into Vell Bay Small tube inserted into pipe. Norvex put a small tube into the pipe. Norvex's tube works. Norvex began pumping oil using the tube on Friday.", titles: ['Norvex began pumping oil using the tube'] },
    { name: 'the sentence names two of the kind', text: 'The Tarbel well leaked less than the Norvik well until the well was capped on Friday.', titles: ['Well was capped'] },
    // (say25b) a quotation is never changed: its bare "the well" stays as said
    { name: 'the bare noun is inside a quotation', text: 'Crews drilled toward the Tarbel well. Rain fell. "We want to confirm that we can send divers down the well," Tom Vell said on Friday.', titles: ['Tom Vell says "We want to confirm that we can send divers down the well"'] },
    { name: 'the earlier mention in the sentence says which by a grade', text: 'The largest well leaked for weeks until the well was capped on Friday.', titles: ['Well was capped'] },
    { name: 'the possessive owns a person, another one than the singer', text: "Tom Vell and Ivo Kranz met. Kranz's lawyer said the singer died on Friday.", titles: ['Ivo Kranz\'s lawyer says singer died'] },
    { name: 'two possessors before the singer', text: "Tom Vell and Ivo Kranz met. Vell's car and Kranz's boat were sold after the singer died on Friday.", titles: ['Singer died'] },
    { name: 'the possessor is a doctor', text: "Dr Ivo Kranz met fans. Kranz's notes were kept after the singer died on Friday.", titles: ['Singer died'] },
    { name: 'the singer is "she" in a story told with "he"', text: 'Mira Solana sold out the arena. Solana was tired. Fans loved Solana. His manager Tom Vell was calm. The singer said on Friday that she was leaving the band.', titles: ['Singer says she was leaving the band'] },
    { name: 'two governments were named', text: 'The Varnish government faced a revolt. The Norland government did not. The government seized the largest bank on Friday.', titles: ['Government seized the largest bank'] },
    { name: 'the named government was told of long ago', text: 'In 1987 the Varnish government sold a bank. Rain fell. The government seized the largest bank on Friday.', titles: ['Varnish government sold a bank', 'Government seized the largest bank'] },
    { name: 'the sentence says which panel itself', text: 'The Varnish panel heard from six witnesses. Rain fell. Ann Roe sat on the panel that heard the case on Friday.', titles: ['Panel heard the case'] },
    { name: 'the earlier mention says nothing of which', text: 'The new panel heard from six witnesses. Rain fell. The panel adjourned on Friday.', titles: ['Panel adjourned'] },
    { name: 'a chain of "it" runs further back than two sentences', text: 'The Ocean Pearl is an old ferry. It has sailed for years. It has a new captain. It has a new crew. It ran aground on Friday near Lowmere.', titles: ['It ran aground near Lowmere'] },
    { name: 'the article before the noun opens the verb\'s object', text: 'Efforts to contain the leak went on. It was sealed on Friday.', titles: ['It was sealed'] },
    { name: 'a sentence with its own subject before "it" ends the chain there', text: 'The harbour board met. When the Ocean Pearl sank, it was the pride of the fleet. It was raised on Friday.', titles: ['Ocean Pearl was raised'] },
    { name: 'two people had that first name', text: 'Marta Vostel and Marta Dask played in Leeds. Marta won the prize on Friday.', titles: ['Marta won the prize'] },
    { name: 'a surname told for "he" that the article writes in lower case too', text: 'Tom Brook fell ill near a brook. Brook, 24, stayed at home. He was given the results on Friday.', titles: ['Brook was given the results'] },
    { name: 'a surname before a noun it describes ("the Vell family")', text: 'Tomas Vell was shot at home. On Friday, the Vell family sent a letter to the police.', titles: ['Vell family sent a letter to the police'] },
    // (name72) a courtesy title of the other sex, or one a first name does not tell, is not read as the full name
    { name: 'a woman\'s courtesy title after a man\'s full name', text: 'Tomas Vostel played in Leeds. Mrs Vostel won the prize on Friday.', titles: ['Mrs Vostel won the prize'] },
    { name: 'a man\'s courtesy title after a woman\'s full name', text: 'Marta Vostel played in Leeds. Mr Vostel won the prize on Friday.', titles: ['Mr Vostel won the prize'] },
    { name: 'a woman\'s courtesy title after a full name that tells no sex', text: 'Kiri Vostel played in Leeds. Ms Vostel won the prize on Friday.', titles: ['Ms Vostel won the prize'] },
    { name: 'a courtesy title with its dot is no first name', text: 'Mr. Vostel spoke in Leeds. Rain fell. Mr. Vostel won the prize on Friday.', titles: ['Vostel won the prize'] },
    { name: 'a courtesy title with a surname two people had', text: 'Marta Vostel and Tomas Vostel played in Leeds. Mr Vostel won the prize on Friday.', titles: ['Mr Vostel won the prize'] },
    { name: 'two people had that surname', text: 'Marta Vostel and Tomas Vostel played in Leeds. Vostel won the prize on Friday.', titles: ['Vostel won the prize'] },
    { name: 'two full names, neither written with an initial alone, had that surname', text: 'Secretary Tomas B. Vell met the bankers. One asked about the old Pavel Vell they knew. A Republican, Vell would bring the state into banking. He said the rules were weak. He added that the paper he wrote on banks in May 2007, which said they should stay free, was wrong.', titles: ['He wrote paper on banks'] },
    { name: 'the surname is written in lower case too, a common word', text: 'Marta Brook played in Leeds near a brook. Brook won the prize on Friday.', titles: ['Brook won the prize'] },
    { name: 'the first name is also a surname', text: 'Tomas Marta and Marta Vostel played in Leeds. Marta won the prize on Friday.', titles: ['Marta won the prize'] },
    { name: 'the word is an office before a name', text: 'Judge Tomas Vell heard the case. Judge ruled on Friday that the sale was void.', titles: ['Judge rules sale was void'] },
    // the one person named in a sentence whose own subject is no one: not when her sex is the other, she is named after
    // "of", the sentence's subject is a name the tagger missed, or a person noun comes nearer in the pronoun's sentence
    { name: 'the one person named is of the other sex', text: 'That does not suit Marta Quellen, who runs a ferry. The storm was long. He said he got his permit on Friday.', titles: ['He says he got his permit'] },
    { name: 'the one person named is named after "of"', text: 'Quellen is the daughter of Tomas Ekberg. The storm was long. He said he got his permit on Friday.', titles: ['He says he got his permit'] },
    { name: 'the sentence\'s subject is a name the tagger missed', text: 'Quorvell met Tomas Ekberg in the harbour. He said he got his permit on Friday.', titles: ['He says he got his permit'] },
    { name: 'a person noun comes nearer', text: 'That does not suit Tomas Ekberg, who runs a ferry. Owners pushed their manager, and he got his permit on Friday.', titles: ['He got his permit'] },
    { name: 'the clause holding "they" has a subject of its own', text: 'Critics say the firm used too much. But harbour officials counter that they cut its use on Friday.', titles: ['They cut its use'] },
    { name: 'the "they" is told by critics of someone else', text: 'Dealers sold the stock. Critics say they have been slow, and they let the mill close on Friday.', titles: ['They let the mill close'] },
    { name: 'a person noun in the sentence before could be "he"', text: 'Police arrested a driver after Tomas Ekberg called them. He was released on Friday.', titles: ['He was released'] },
    { name: 'the clause subject is a woman', text: 'Harbour crews honed the plan, and Marta Quellen set out to find boats. He submitted the plan on Friday.', titles: ['He submitted the plan'] },
    { name: 'the one person named is the object of a clause', text: 'Harbour crews honed the plan, and the board hired Tomas Ekberg. He submitted the plan on Friday.', titles: ['He submitted the plan'] },
  ])('leaves the pronoun or noun when $name', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
});

describe('draftEvents: a bare noun takes the fuller mention the article writes after it (def26)', () => {
  const published = writtenOn(2025, 3, 6);
  function titlesOf(text: string) {
    const sentences: Sentence[] = [];
    for (const m of text.matchAll(/[^.]+\./g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      sentences.push({ text: t, start: m.index! + lead, end: m.index! + lead + t.length, tokens: tokenize(t) });
    }
    return draftEvents('a', sentences, findTimexes(text, sentences, { published: { ...published }, dayFirst: null })).map((d) => d.title);
  }
  it.each([
    { name: 'a subject named only after its sentence', text: 'The well was finally capped on Friday. Rain fell. Divers said cement used to seal the Tarbel well had failed.', titles: ['Tarbel well was finally capped'] },
    { name: 'a fuller and a shorter mention of the same one', text: 'The well was finally capped on Friday. Norvex owns the Tarbel oil well project. Cement used to seal the Tarbel well had failed.', titles: ['Tarbel oil well was finally capped'] },
    { name: 'an object named only after its sentence', text: 'Crews will try to plug the well on Friday. Rain fell. Divers said cement used to seal the Tarbel well had failed.', titles: ['Crews will try to plug the Tarbel well'] },
    { name: 'a kind with no name written twice after', text: 'Crews will lower the dome on Friday. The containment dome is heavy. The containment dome was built in Lowmere.', titles: ['Crews will lower the containment dome'] },
    // a title whose subject another rule named ("he") names the story's thing as well
    { name: 'an object after a subject named from a pronoun', text: 'Norvex began the top kill procedure. Tom Vell runs the crews. He said on Friday that crews would try the procedure again.', titles: ['Tom Vell said crews would try the top kill procedure again'] },
  ])('names $name', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
  it.each([
    { name: 'two fuller mentions after say two things', text: 'The well was finally capped on Friday. Rain fell. Crews drilled the relief well near the Tarbel well.', titles: ['Well was finally capped'] },
    { name: 'a kind with no name written once after may be another', text: 'Crews will lower the dome on Friday. Rain fell. A steel dome was used in Lowmere.', titles: ['Crews will lower the dome'] },
    { name: 'a name whose head is the noun is another thing', text: 'The house passed the bill on Friday. Rain fell. Vell met the senators at the White House.', titles: ['House passed the bill'] },
    { name: 'the sentence says which itself', text: 'The quake that started the wave struck on Friday. Rain fell. Divers studied the Tarbel quake.', titles: ['Quake that started the wave struck'] },
    { name: 'a mention after tells of an earlier one', text: 'The well was finally capped on Friday. Rain fell. The original Tarbel well leaked.', titles: ['Well was finally capped'] },
    // (review26) a grade alone says the article tells of more than one: "a second well", "the new well"
    { name: 'the article counts a second one of the kind', text: 'The report was published on Friday. Rain fell. A second report is due. The Norvex report was long.', titles: ['Report was published'] },
    { name: 'the article tells of a new one of the kind', text: 'The plan was dropped on Friday. Rain fell. The new plan is cheaper. The Norvex plan cost $2m.', titles: ['Plan was dropped'] },
    { name: 'the noun is a business', text: 'The firm said on Friday that it would pay. Rain fell. Norvex is a Tarbel firm.', titles: ['Firm said it would pay'] },
  ])('leaves the noun when $name', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
});

describe('draftEvents: a day with its date in brackets', () => {
  it('makes one event of "on Sunday (July 18)", dated once, with neither in the title', () => {
    const text = 'Header line\n\nThe festival ended on Sunday (July 18) with fireworks.';
    const sentences = sentencesOf(text);
    const found = findTimexes(text, sentences, { published: { year: 2025, month: 7, day: 20, hour: null, minute: null, offsetMinutes: null, timeZone: null, offsetSource: null, text: '', start: 0, end: 0 }, dayFirst: null });
    expect(found.map((t) => t.text)).toEqual(['Sunday', 'July 18']);
    const drafts = draftEvents('a1', sentences, found);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ title: 'Festival ended with fireworks', date: { start: '2025-07-18', precision: 'day' } });
  });
});

describe('draftEvents: a day counted from a dated happening', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function datesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start]);
  }
  it.each([
    ['The day before last Tuesday\'s hearing, the grocer visited his brother.', 'Grocer visited his brother', '2025-03-10'],
    ['Two days before Thursday\'s vote, the treasurer resigned.', 'Treasurer resigned', '2025-03-11'],
    ['A day after the March 3 blast, the union called a strike.', 'Union called a strike', '2025-03-04'],
    ['The night before Wednesday\'s vote, the aide quit.', 'Aide quit', '2025-03-11'],
    // a fronted count with a clause of its own: the main clause is counted from its date
    ['Two days after the Velna dam burst on Monday, crews reached the village.', 'Crews reached the village', '2025-03-12'],
  ])('"%s" is dated by counting', (text, title, day) => expect(datesOf(text)).toEqual([[title, day]]));
  it.each([
    ['Critics condemned the handling of Thursday\'s meeting between Tom Vell and his aunt at the farmhouse.', 'Tom Vell and his aunt met', '2025-03-13'],
    ['The growers will look for ways to get around Wednesday\'s ruling by the Alder court.', 'Ruling by the Alder court', '2025-03-12'],
    ['Investors responded coolly to Monday\'s announcement by the Delmont board.', 'Announcement by the Delmont board', '2025-03-10'],
    ['Critics attacked the March 3 ruling by the Alder court.', 'Ruling by the Alder court', '2025-03-03'],
    ['Critics attacked the March 3 vote on the Pellow bill.', 'Vote on the Pellow bill', '2025-03-03'],
    ['The growers sued after Wednesday\'s ruling by the Alder court to close the mill, their lawyer said.', 'Alder court ruled to close the mill', '2025-03-12'],
    ['The pastor responded to Thursday\'s decision by Orlan\'s church council to approve the merger of two parishes.', 'Orlan\'s church council decided to approve the merger of two parishes', '2025-03-13'],
    // (a hyphen joins a name to the word after it: the phrase goes on to its noun, not stopping on the name)
    ['Fuel is still seeping into the bay after Tuesday\'s fire on a Norcom-owned barge, which then sank.', 'Fire on a Norcom-owned barge', '2025-03-11'],
  ])('"%s" tells the happening named in the possessive', (text, title, day) => expect(datesOf(text)).toEqual([[title, day]]));
  it.each([
    // who did the happening tells it: the clause says so; as the subject, the clause says what it did; no name says which
    ['The Alder court issued Thursday\'s ruling on the Pellow appeal.', 'Alder court issued Thursday\'s ruling on the Pellow appeal'],
    ['Wednesday\'s ruling by the Alder court angered the growers.', 'Wednesday\'s ruling by the Alder court angered the growers'],
    ['Lawmakers criticized Tuesday\'s vote on the budget.', 'Lawmakers criticized Tuesday\'s vote on the budget'],
  ])('"%s" keeps its clause\'s title', (text, title) => expect(datesOf(text).map((d) => d[0])).toContain(title));
  it.each([
    ['The Velna ferry sank on March 12, two days after a fire that hurt nine sailors.', [['Velna ferry sank', '2025-03-12'], ['Fire that hurt nine sailors', '2025-03-10']]],
    ['Ann Roe was rescued from the rubble on Monday, a day before crews recovered the body of the bishop.', [['Ann Roe was rescued from the rubble', '2025-03-10'], ['Crews recovered the body of the bishop', '2025-03-11']]],
    // nothing told after the count: an -ing whose doer is the clause's, or a happening still to come
    ['The firm said on Thursday it had no leak, a day after plugging the well.', [['Firm says it had no leak', '2025-03-13']]],
    ['The mayor quit on March 10, two days before the council would vote.', [['Mayor quit', '2025-03-10']]],
    ['The dock was closed on March 12, three days after it flooded.', [['Dock was closed', '2025-03-12']]],
  ])('"%s" tells the happening counted from its date too', (text, events) => expect(datesOf(text)).toEqual(events));
  it('gives the counted happening its own source, the count\'s words', () => {
    const text = 'The Velna ferry sank on March 12, two days after a fire that hurt nine sailors.';
    const sentences: Sentence[] = [{ text, start: 0, end: text.length, tokens: tokenize(text) }];
    const drafts = draftEvents('a', sentences, findTimexes(text, sentences, { published: { ...published }, dayFirst: null }));
    expect(drafts.map((d) => text.slice(d.timex.start, d.timex.end))).toEqual(['March 12', 'two days after']);
  });
  it.each([
    // no count: the days before, hours before, the night after
    ['Hours before Tuesday\'s hearing, the grocer visited his brother.', '2025-03-11'],
    ['The night after Tuesday\'s hearing, the grocer visited his brother.', '2025-03-11'],
    // the fronted clause's own happening keeps its date
    ['A week after the strike began on March 2, the board met.', '2025-03-02'],
  ])('"%s" keeps the date it names', (text, day) => expect(datesOf(text).map((d) => d[1])).toEqual([day]));
});

describe('draftEvents: a title that tells a present state', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function datesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start]);
  }
  it.each([
    // the date is another clause's or a noun's; the title's clause is a state that holds now
    'There are photographs of the van crossing the bridge on the nights in 2019 and 2021 when two barns burned.',
    'Both firms are allies of Corvane in its fight against a takeover bid launched last week by Maltrix.',
    'The bank has an option to buy a 20% stake in Pellow Holdings after Jan. 1, 2027.',
    'The Drummond board is still weighing a request last week from the Vell family to sell the mill.',
    'The delay doesn\'t meet the terms set out in the Harbour Act of 2019.',
  ])('"%s" tells no happening', (text) => expect(datesOf(text)).toEqual([]));
  it.each([
    // a past state is left to the clause; a present perfect tells a change; a present schedule a happening to come
    ['Both firms were allies of Corvane in its fight against Maltrix last week.', 'Both firms were allies of Corvane in its fight against Maltrix'],
    ['Corvane has sold two plants this week.', 'Corvane has sold two plants'],
    ['Trading in Pellow shares is to resume on Tuesday.', 'Trading in Pellow shares is to resume'],
    ['The Pellow offer is due to expire on Friday.', 'Pellow offer is due to expire'],
    // what is said of a deed, a place in a sequence, a saying's frame: the happening is told
    ['Dr Vell is accused of causing the death of the miller on 25 June 2021.', 'Dr Vell is accused of causing the death of the miller'],
    ['Ann Roe is the latest singer to be added to the bill for the concert at Tarrow Park on 8 October.', 'Ann Roe is the latest singer to be added to the bill for the concert at Tarrow Park'],
    ['The mayor says the Drummond board is still weighing a request made last week.', 'Mayor says the Drummond board is still weighing a request made'],
    // a doing going on is a happening; a place in a sequence is a happening's
    ['The Tarrow council is holding its last public hearing on Tuesday.', 'Tarrow council is holding its last public hearing'],
    ['It is the first time the mill has closed since a fire on 20 April.', 'It is the first time the mill has closed since a fire'],
    ['Judge Orla Venn has a hearing set for Friday, March 21.', 'Judge Orla Venn has a hearing set'],
    // a deadline: what the date leaves them is a happening to come
    ['Tarrow tenants have until March 28 to claim their deposits.', 'Tarrow tenants have until March 28 to claim their deposits'],
  ])('"%s" keeps its title', (text, title) => expect(datesOf(text).map((d) => d[0])).toEqual([title]));
  it('dates nothing by a day gone by that a verb in the present cannot take, unless the day was read from that verb', () => {
    expect(datesOf('Varrow Oil said on Thursday that it is facing new fines over its spill on the northern coast in 2019.').map((d) => d[1])).toEqual(['2025-03-13']);
    expect(datesOf('The failure of the valve on the Brell platform on 20 February means that oil is still leaking today.').map((d) => d[1])).not.toContain('2025-02-20');
    // (the night before is as near as the perfect's "recently"; a bare weekday's side was read from the present)
    expect(datesOf('There have been reports of looting in Carrick overnight.').map((d) => d[1])).toEqual(['2025-03-13']);
    expect(datesOf('The Tarrow council is holding its last public hearing on Tuesday.').length).toBe(1);
  });
  // (dupfurn23: a page's stamp run into the text dates the page, not the state after it; the judged web samples count
  // such a stamp's day as no date the text gives)
  it('dates no state by the page\'s stamp before it, and keeps the day the text gives', () => {
    expect(datesOf('Friday, March 14, 2025; 1:48 AM At last, the Pellow well is dead; the crews left on Thursday.')).toEqual([['Crews left', '2025-03-13']]);
    // (dated to another day, the state tells no happening)
    expect(datesOf('Monday, March 10, 2025; 1:48 AM At last, the Pellow well is dead; the crews left on Thursday.')).toEqual([['Crews left', '2025-03-13']]);
  });
});

describe('draftEvents: a title that tells what a thing was, seems or takes in', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a quality or a category after a past or perfect "be"
    'It was a morning of long queues at the Tarrow ferry on Tuesday.',
    'The Vell brothers were keen gardeners in 1970.',
    'It was clear by last week that the fever was spreading along the coast.',
    'It has been unlawful to fish in the Tarrow estuary since 1962.',
    'Ann Roe was deputy harbour master from 1988 to 1994.',
    'The Drummond twins were part of the Lowmere choir in 2001.',
    // a verb of seeming with a quality, a likeness or "to be"
    'The new strain seems milder than the 2019 one.',
    'On Monday the quay looked like a field hospital.',
    'The Pellow plan remains unpopular this week.',
    // what a whole takes in, now or to come
    'Her plan includes selling the Tarrow mill by the end of 2026.',
    'The Lowmere study will include 800 patients in 2027.',
    // a present state dated by a month that holds the day of writing, a plain "only"
    'It is hard to say in March where the river ends and the marsh begins.',
    'Ann Roe is the only member of the cast who was part of the first show, 60 years ago this spring.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a passive, a schedule, a rank, a change undergone or a return, a named role, a deed hedged, a happening's noun described,
    // a happening said to have taken place, a plain "only" that ranks a deed
    ['The Pellow firm was fined on Tuesday.', 'Pellow firm was fined'],
    ['The Tarrow council was to meet on Tuesday.', 'Tarrow council was to meet'],
    ['Ann Roe was the first to land at Tarrow on Tuesday.', 'Ann Roe was the first to land at Tarrow'],
    ['Ann Roe was dead by the time the crews reached her on Tuesday.', 'Ann Roe was dead by the time the crews reached'],
    ['Ann Roe was back in Tarrow on Tuesday.', 'Ann Roe was back in Tarrow'],
    ['Ann Roe was the defendant in 2005.', 'Ann Roe was the defendant'],
    ['The Vell boy appeared to swear on Tuesday.', 'Vell boy appeared to swear'],
    ['The Tarrow judge appeared surprised by Wednesday\'s ruling.', 'Tarrow judge appeared surprised by Wednesday\'s ruling'],
    ['The May 3 accident at the Tarrow mill was avoidable.', 'Accident at the Tarrow mill was avoidable'],
    ['There was an explosion at the Tarrow mill in 1998.', 'There was an explosion at the Tarrow mill'],
    ['Ann Roe is the only rower to cross the Tarrow strait in 1961.', 'Ann Roe is the only rower to cross the Tarrow strait'],
    // a verb of seeming that takes an object, a happening or its outcome after the verb, a clause of its own, a ruling
    ['Residents of Tarrow felt a strong earthquake on Tuesday.', 'Residents of Tarrow felt a strong earthquake'],
    ['The Pellow firm was a victim of a cyberattack on Tuesday.', 'Pellow firm was a victim of a cyberattack'],
    ['The Tarrow party was victorious in Sunday\'s election.', 'Tarrow party was victorious in Sunday\'s election'],
    ['The Tarrow judge ruled on Tuesday that the sale was void.', 'Tarrow judge rules sale was void'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a figure counted so far (stats19)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a total as of the day it is told: "so far", "thus far", "to date", "now up to"
    'On Tuesday the Tarrow flood appeal had raised $6.2 million so far.',
    'The Pellow company said on Tuesday it had spent about $1.9 billion so far on the clean-up.',
    'Some 41,000 jobs recorded thus far this year in Lowmere were lost.',
    'The Vell ferry office told reporters on Thursday the repair bill is now up to about $3.3 million.',
    'Roughly a quarter of the 900 cases in Lowmere as of early March were visitors, the Tarrow office said on Tuesday.',
    'The Tarrow office said on Tuesday that 14 people had died so far.',
    'Police said on Tuesday they had arrested 40 people at the Tarrow protest so far.',
    // a present perfect's "a total of": a count kept up to the day
    'On Tuesday the Tarrow office said donors have given a total of $4.6 million to the flood appeal.',
    'Donors have given a total of $4.6 million to the flood appeal after another $1 million was added on Tuesday.',
    // whatever the participle's ending
    'The Pellow company said on Tuesday it has paid a total of $1.9 billion to the fishermen.',
    'The Tarrow office said on Tuesday that stall holders have sold a total of 40,000 tickets.',
    'The Vell fund said on Tuesday it has now paid a total of $2 million to flood victims.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // no figure: what is so far a state or a verdict, left to their own rules; "up to date", "so far from"
    ['The Tarrow council said on Tuesday that so far the plan had failed.', 'Tarrow council says so far the plan had failed'],
    ['The Pellow company brought 40 ledgers up to date on Tuesday.', 'Pellow company brought 40 ledgers up to date'],
    // a year is no figure
    ['The Tarrow council said on Tuesday that the 2024 plan had so far failed.', 'Tarrow council says 2024 plan had so far failed'],
    // a figure without a running total is that day's news; a happening of another clause keeps its own title
    ['The Tarrow harbour fund, which opened on Monday, has raised $6.2 million so far.', 'Tarrow harbour fund opened'],
    ['The Pellow company said on Tuesday it had spent about $1.9 billion on the clean-up.', 'Pellow company says it had spent about $1.9 billion on the clean-up'],
    // a total told in the past perfect is a past deed's
    ['The Pellow company said on Tuesday it had paid a total of $1.9 billion to the fishermen.', 'Pellow company says it had paid a total of $1.9 billion to the fishermen'],
    // "have" as the main verb holds a total, no count kept up
    ['The Pellow company said on Tuesday it has a total of 40 stores in Tarrow.', 'Pellow company says it has a total of 40 stores in Tarrow'],
    ['The Pellow company said on Tuesday it has now a total of 40 stores in Tarrow.', 'Pellow company says it has now a total of 40 stores in Tarrow'],
    // a rank "so far" is the record a deed set, not a count kept up
    ['Pellow Motors recalled 2 million cars on Tuesday in the largest recall to date.', 'Pellow Motors recalled 2 million cars in the largest recall to date'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a title that is a count so far (stat26)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a figure heading a present perfect, dated by a tally or by another clause: a running total
    'Some 4,120 people have been treated in 30 towns, according to the Tarrow office tally on Tuesday.',
    'More than 140 walkers have been pulled from the Vell hills, with one more found on Wednesday near Port Ellis.',
    'Nearly 900 sheep have been found dead in Lowmere, according to a farm union count on Monday.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a few named, a known group and a past toll are happenings
    ['Three Tarrow aides have resigned, the council said on Tuesday.', 'Council says Three Tarrow aides have resigned'],
    ['The Vell flood killed some 400 people on Tuesday.', 'Vell flood killed some 400 people'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a bidding told as a title (stat26)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a verb's bare form opening the title, no verb in a tense after it: a bidding, nobody's deed
    'Switch off your phones tonight.',
    'See you after the holiday on Monday.',
    '"Feel free tonight to tell the council what you think.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a name the tagger may read as a verb, followed by its own verb in a tense, is a title's subject
    ['Ford Tarrow offered help to the Vell mill on Monday.', 'Ford Tarrow offered help to the Vell mill'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a watch kept up in the present progressive (state31)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    'The Tarrow health office is closely monitoring the outbreak in Lowmere, an official said on Friday.',
    'Engineers are looking into the cause of the Vell bridge crack, the council said on Thursday.',
    'Today, the Pellow company is actively pursuing partners to sell its pumps abroad.',
    // the present perfect's progressive, and a watch told as kept up (state23)
    'Engineers have been carefully monitoring the gauges around the clock, Ann Roe told The Vell Courier Friday.',
    'The agency said on Thursday its staff were continuing to monitor the Lowmere outbreak.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // told in the past, a watch or a search is news brought to light; "looking to" is an aim; a deed told beside it stays
    ['The Pellow board said on Thursday it was exploring a sale of the Tarrow mill.', 'Pellow board says it was exploring a sale of the Tarrow mill'],
    ['The Vell council reviewed the budget on Thursday.', 'Vell council reviewed the budget'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: what only went on (state23)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    'Meanwhile, efforts to clear the Lowmere road continued on Thursday.',
    'The waiting game at the Tarrow pier continued Thursday morning as divers kept watch.',
    'Shares of Pellow Mining continued to slide on Thursday after the mine flooded.',
    'Doubts about the Vell dam persisted on Monday.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a deed carried on with its own object, another verb after "to", a change, a present "continue" in a dated entry
    ['The Pellow company continued its sale of shares on Monday.', 'Pellow company continued its sale of shares'],
    ['Tar balls continued to wash ashore on Monday at Lowmere beach.', 'Tar balls continued to wash ashore at Lowmere beach'],
    ['Fighting in Lowmere resumed on Thursday.', 'Fighting in Lowmere resumed'],
    ['On Monday, fans continue to line up outside the Tarrow court.', 'Fans continue to line up outside the Tarrow court'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a stretch of recent years and a bare season in the present (state23)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    'In recent years, lenders in Tarrow sold ever riskier loans.',
    'The Lowmere virus tends to spread in autumn and winter.',
    'Most floods happen on the Vell plain in late autumn.',
    'Cold conditions mean droplets stay airborne for more extended periods in winter.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a season told in the past, or with "the", names one
    ['The Vell ferry stopped running in winter.', 'Vell ferry stopped running'],
    ['The Tarrow clinic is opened in the autumn.', 'Tarrow clinic is opened'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a past "be" held by "still" (stats19)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    'By Tuesday, relief crews were still struggling to reach Lowmere.',
    'The Vell council was still disputing the repair bill on Monday.',
    'In the spring of 1998 Ann Roe was still at the helm of the Tarrow port.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a saying frames it; a schedule; no "still"
    ['Ann Roe reported on Tuesday that her hotel was still standing.', 'Ann Roe reports her hotel was still standing'],
    ['The Vell council was still to vote on Monday.', 'Vell council was still to vote'],
    ['Relief crews were struggling to reach Lowmere on Tuesday.', 'Relief crews were struggling to reach Lowmere'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: what a thing was or had over a month or a year (state20)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a place, a role among others, a possession, an identity held over a year or a month
    'Ann Roe was one of the lead architects of the Tarrow port rescue in 2019.',
    'The Vell shipyard had its best years in 1962.',
    '"We were in Lowmere 18 months ago, delivering blankets after the storm.',
    'That was what happened in 1987.',
    'In September 2022 the Pellow bank was on the verge of collapse.',
    // a figure made or paid over the period: its tally
    'The Pellow company made profits of $2.1 billion in 2023.',
    // (what is held comes with a number or a measure; a verb read as a noun is no light verb's object)
    'In 2019 the Vell mill had 300 staff.',
    // held by the main verb, past an infinitive in the subject (verb23)
    "In 2019 the council's right to tax the ferries remained with the mayor.",
    'Lowmere had a population of 20,000 in 2010.',
    'By September 2024 the clean-up alone had cost the Pellow company $8 billion.',
    'Last year the Vell group paid $310m in tax.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a passive, a doing, a perfect, a rank, a named role, a change undergone, a happening's noun
    ['Ann Roe was elected mayor of Tarrow in 2019.', 'Ann Roe was elected mayor of Tarrow'],
    ['In May 2023 Ann Roe was the first to cross the Vell bridge.', 'Ann Roe was the first to cross the Vell bridge'],
    ['In 2021 Ann Roe was the defendant.', 'Ann Roe was the defendant'],
    ['A boy from Lowmere had been ill in March 2024.', 'Boy from Lowmere had been ill'],
    ['In 2018 there was an outbreak of fever in Lowmere.', 'There was an outbreak of fever in Lowmere'],
    ['The Vell mill had closed in 2019.', 'Vell mill had closed'],
    // a day dates a presence ("was there on Monday"); a state held since a date counts from its start
    ['Ann Roe was in Lowmere on Tuesday.', 'Ann Roe was in Lowmere'],
    ['The relief mission has been in Lowmere since 2004.', 'Relief mission has been in Lowmere'],
    // one sum agreed or paid on a day is a happening
    ['The Pellow company agreed in 2023 to pay $2.1 billion into a relief fund.', 'Pellow company agreed to pay $2.1 billion into a relief fund'],
    ['The Vell group paid $310m in tax on Monday.', 'Vell group paid $310m in tax'],
    // "have" with a bare or an indefinite noun tells what was done or undergone; "among the dead" is a happening's outcome
    ['Senator Ann Roe had surgery in May to remove a tumour.', 'Senator Ann Roe had surgery to remove a tumour'],
    ['The Tarrow and Vell mayors had talks in June on the ferry dispute.', 'Tarrow and Vell mayors had talks on the ferry dispute'],
    ['Tom Vell had a mild stroke in June 2024.', 'Tom Vell had a mild stroke'],
    ['Tom Vell was among the dead in the Tarrow ferry sinking in May 2024.', 'Tom Vell was among the dead in the Tarrow ferry sinking'],
    // a timeline's present passive, its participle read as an adjective, past an infinitive in the subject (verb23)
    ['In May the plan to lift the wreck and tow it to port is aborted.', 'Plan to lift the wreck and tow it to port is aborted'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a scene dated by a day a when-clause tells the happening of (state25)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start]);
  }
  it.each([
    // where someone was, what something was or became: the when-clause tells the day's happening
    ['Ann Roe was in Lowmere on 3 March when a second tremor hit.', 'A second tremor hit', '2025-03-03'],
    ['The last big flood in the valley was in June 1962, when the Vell dam broke.', 'Vell dam broke', '1962-06'],
    ["The town's revival became official in 2019 when the Tarrow council lifted the ban.", 'Tarrow council lifted the ban', '2019'],
    // a subject naming no one who acts, a when-clause naming who did it
    ['The hopes of a quick deal faded on Monday when the Pellow union rejected the offer.', 'Pellow union rejected the offer', '2025-03-10'],
    ['It won notoriety in 2011 when two of its Lowmere mills were fined for dumping dye.', 'Two of its Lowmere mills were fined for dumping dye', '2011'],
  ])('"%s" is titled from its when-clause', (text, title, date) => expect(titlesOf(text)).toEqual([[title, date]]));
  it.each([
    // a deed of someone named, a passive deed, a person the clause names
    ['Ann Roe was elected mayor on 3 March when the Tarrow council met.', 'Ann Roe was elected mayor', '2025-03-03'],
    ['Two ferry crew died on 3 March when the Vell bridge collapsed.', 'Two ferry crew died', '2025-03-03'],
    ['A Lowmere woman was hurt on 3 March when the Vell bridge collapsed.', 'Lowmere woman was hurt', '2025-03-03'],
    // the when-clause a pronoun's, a state, a doing under way, a deed done before the day
    ['Ann Roe was in Lowmere on 3 March when she heard the news.', 'Ann Roe was in Lowmere', '2025-03-03'],
    ['The Vell mill became profitable in 1998 when prices were high.', 'Vell mill became profitable', '1998'],
    ['Ann Roe was in Lowmere on 3 March when the Tarrow crews were clearing the road.', 'Ann Roe was in Lowmere', '2025-03-03'],
    // a saying frames the clause
    ['Ann Roe said she was in Lowmere on 3 March when the Tarrow council met.', 'Ann Roe says she was in Lowmere', '2025-03-03'],
  ])('"%s" keeps its own title', (text, title, date) => expect(titlesOf(text)).toEqual([[title, date]]));
});

describe('draftEvents: an act that did not happen (state20)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a negated first verb; "there was none"
    'Ann Roe didn\'t pay the harbour fees for 2019 and 2020 until after the council audited her in 2022.',
    'The woman we are confirming as positive today hadn\'t been in Lowmere or any other flooded town.',
    'Yesterday there were none to speak of.',
    'There was no sign of the Tarrow ferry crew on Tuesday.',
    // a saying whose content is a perfect negated (opin22): nothing done up to the time told
    'Mayor Ann Roe told reporters on Tuesday that he has not spoken to the mill\'s owner.',
    'The agency said on Monday that the fever has not shown signs of spreading beyond the valley.',
    'Ann Roe, the harbour chief, insisted on Sunday that "nothing has changed" since the spill.',
    'A ministry spokesman said Friday it hasn\'t been decided.',
    // the content's main verb past a noun the tagger reads as a verb (verb23)
    'Harbour police said on Monday that suspect had not confessed to the arson.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a denial or a finding said is news; "not only"; a refusal is an act
    ['The Vell coroner said on Tuesday that there was no evidence of foul play.', 'Vell coroner says there was no evidence of foul play'],
    ['Harbour police said on Monday they did not intend to question Ann Roe again.', 'Harbour police say they did not intend to question Ann Roe again'],
    ['The Vell council refused on Monday to renew the ferry licence.', 'Vell council refused to renew the ferry licence'],
    ['The Vell council pledged on Monday not to raise the ferry fares.', 'Vell council pledged not to raise the ferry fares'],
    ['"It won\'t bring my son back" Ann Roe was found guilty on Tuesday.', '"It won\'t bring my son back" Ann Roe was found guilty'],
    // a perfect said that tells a deed done (opin22)
    ['Police said on Monday that the suspect has been charged with arson.', 'Police say suspect has been charged with arson'],
    ['The mayor said Tuesday the ferry service has been restored.', 'Mayor says ferry service has been restored'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a year inside a noun phrase stays in the title (vague27)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // another date's year between "the", "its" or an owner's possessive and its noun says which one
    ['The museum was founded in 1962 after the 1958 fire at the old town hall.', 'Museum was founded after the 1958 fire at the old town hall'],
    ['Ana Ruiz was charged in 2021 over the March 2019 break-in at the depot.', 'Ana Ruiz was charged over the March 2019 break-in at the depot'],
    ['Kay Moss was indicted in 2021 in the June 2019 shooting of a guard at the depot.', 'Kay Moss was indicted in the June 2019 shooting of a guard at the depot'],
    ['The band played its 1999 album in full at the harbour festival in 2019.', 'Band played its 1999 album in full at the harbour festival'],
    ["Ana Ruiz cut the mill's 2024 output forecast on Tuesday.", "Ana Ruiz cut the mill's 2024 output forecast"],
    // a year that is no noun's goes with its date
    ['The museum was founded in 1962 after a fire in 1958 at the old town hall.', 'Museum was founded after a fire at the old town hall'],
    // a kept year that would push the title's setting out leaves the title as it was without it
    ['But his prominent part in the 2008 coastal bank crash caused Vell electoral headaches heading into a bruising 2010 council race.', 'His prominent part in the coastal bank crash caused Vell electoral headaches heading into a bruising 2010 council race'],
  ])('"%s" is titled "%s"', (text, title) => expect(titlesOf(text)[0]).toBe(title));
});

describe('draftEvents: a title that tells only that someone says how a thing stands', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a quality, an intention denied, a knowing denied, a state noted: a view, not a happening
    'Senator Ann Roe suggested on Sunday that the Tarrow council is too cozy with the mill owners.',
    // a year naming which one, kept in the title, is no figure (vague27)
    'Appearing on a radio show on Sunday, Ann Roe suggested that the council is too cozy with the mill owners because of gifts to candidate Tom Vell during the 2019 mayoral race.',
    'Pellow executive Ann Roe said Monday the firm has no intention of selling its Tarrow mill.',
    'Harbour officials said Tuesday that they do not know whether the tar came from a passing ship.',
    'A review panel noted in 2019 that there was strong local backing for the Tarrow dam.',
    'Many in Tarrow said in June that it was too late to save the season.',
    // a feeling or a verdict said (opin22): a figure in what is weighed, the speaker's own words, a speaker described by an infinitive
    'Senator Ann Roe said on Monday that a $9 billion cap on damages would be inadequate.',
    'Senator Ann Roe on Monday said a $9 billion cap would be "inadequate," however.',
    'The family of the first miner to die said they were "utterly devastated" by Friday\'s blast.',
    // what is said read by its main verb, past an "-ing" form in its subject (verb23)
    'Senator Ann Roe said on Monday that the risks of deep sea trawling were minimal.',
    'Ann Lowe said on Tuesday that the harbour board\'s lobbying efforts have been a letdown to fishermen.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a place or a change just undergone, who someone is, a state recalled before the saying, a figure, a doing, a quotation
    ['Police said on Tuesday that the suspect is in custody.', 'Police say suspect is in custody'],
    ['Officials said on Tuesday that the Tarrow road is open again.', 'Officials say the Tarrow road is open again'],
    ['The harbour master said Tuesday that the gunman is Ann Roe.', 'Harbour master says gunman is Ann Roe'],
    ['Ann Roe told the hearing on Thursday that her husband had been anxious about the rig.', 'Ann Roe says her husband had been anxious about the rig'],
    ['Police said on Tuesday that 40 people are in hospital.', 'Police say 40 people are in hospital'],
    ['The mayor said Monday that crews are clearing the roads.', 'Mayor says crews are clearing the roads'],
    ['"The tar is on the beach," Ann Roe said on Sunday.', 'Ann Roe says "The tar is on the beach"'],
    // a deed meant, told through a quality
    ['The Tarrow council said on Tuesday that it was willing to lift the fishing ban.', 'Tarrow council says it was willing to lift the fishing ban'],
    // a saying inside the clause frames nothing: the deed is told
    ['On Saturday police carried out what they said was a long interview with the Tarrow ferry captain.', 'Police carried out what they said was a long interview with the Tarrow ferry captain'],
    // a state that is no feeling, told by a speaker a participle describes (opin22)
    ['The head of the team fighting the Tarrow fire said on Friday that crews were exhausted.', 'Head of the team fighting the Tarrow fire says crews were exhausted'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a title that is only a quotation telling a view', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // a quality, a category denied, a want, a guess, a forecast state: the speaker's view
    '"The council is too cozy with the mill owners," Ann Roe said on Sunday.',
    '"I was eager for this vote and I remain eager for it," Ann Roe said Wednesday.',
    '"This is not a choice we took lightly," the mayor said in her Tuesday speech at Tarrow town hall.',
    '"Clearly we need to learn from this flood," Carl Moss told the Tarrow Post on Friday.',
    '"I would say the council was sending a message," Lena Voss said on Thursday.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a deed, a passive, a doing going on, a plan, a place: news told in the speaker's words
    ['"The council has chosen to lift the fishing ban," Ann Roe said on Monday.', 'Ann Roe says "The council has chosen to lift the fishing ban"'],
    ['"It is decided to close all the fish farms," Ann Roe said on Monday.', 'Ann Roe says "It is decided to close all the fish farms"'],
    ['"Crews are clearing the harbour road," Ann Roe said on Monday.', 'Ann Roe says "Crews are clearing the harbour road"'],
    ['"We will not go over that level," Ann Roe said on Monday.', 'Ann Roe says "We will not go over that level"'],
    ['"The tar is on the beach," Ann Roe said on Sunday.', 'Ann Roe says "The tar is on the beach"'],
    // (say25b) a thing's own deed denied is a finding; "there" with "be" reports what is or happened; what "we" want to do is a plan
    ['"The new pump does not leak under the usual pressure," Tom Vell said on Monday.', 'Tom Vell says "The new pump does not leak under the usual pressure"'],
    ['"There were a few nights when crews were arguing about pay," Tom Vell said on Monday.', 'Tom Vell says "There were a few nights when crews were arguing about pay"'],
    ['"We want to confirm that we can drain the silt out of the lock," Tom Vell said on Monday.', 'Tom Vell says "We want to confirm that we can drain the silt out of the lock"'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
  it.each([
    // (say25b) still a view: what the speaker does not know, a wish of the speaker's own
    '"We do not know where the leak is," Tom Vell said on Monday.',
    '"The council does not know where the leak is," Tom Vell said on Monday.',
    '"I want to see the pump fixed," Tom Vell said on Monday.',
  ])('"%s" still tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
});

describe('draftEvents: an aim or an effort still to come', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // seeking, pressing, aiming, weighing: whether anything is done is not told
    'Councillor Ann Roe told the Tarrow Post on Thursday she would press for an inquiry into the flood.',
    'Local papers reported on Tuesday that Pellow Mills will seek to calm its investors.',
    'The summit at Lowmere said on Monday it would aim to overhaul the rules for river dams.',
    'In the coming week, the mayor will weigh the new offer from the ferry company.',
    'The Pellow board said on Monday it will consider resuming dividend payments in 2026.',
  ])('"%s" tells no happening', (text) => expect(titlesAndStatus(text, published)).toEqual([]));
  it('titles a reduced relative with its place and date by its own deed, not by the aim after it (oc26b)', () => {
    expect(titlesAndStatus('The summit announced at Lowmere on Monday would aim to overhaul the rules for river dams.', published)).toEqual([['Summit was announced at Lowmere', 'happened']]);
  });
  it.each([
    // a deed to come, told on the day it was said; an attempt set for a day
    ['Pellow Mills said on Tuesday it will sell its Tarrow mill.', ['Pellow Mills says it will sell its Tarrow mill', 'happened']],
    ['Engineers will try to seal the Tarrow well on Sunday.', ['Engineers will try to seal the Tarrow well', 'planned']],
    ['Pellow Mills said on Tuesday it will seek bankruptcy protection.', ['Pellow Mills says it will seek bankruptcy protection', 'happened']],
  ])('"%s" keeps its title', (text, title) => expect(titlesAndStatus(text, published)).toEqual([title]));
});

describe('draftEvents: a week, a month or a year named as a deadline', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // a target: what should be done by then
    'Pellow Mills has said it will have a second ferry in service by August.',
    'The council says the Tarrow dam will be finished by the end of next year.',
    'New tests on the river water are expected by the end of the week.',
    // (fronted after the "that" of what is said, the deadline is the reported clause's, not the saying's)
    'The mayor vowed that by 2030, the town will have a second port.',
  ])('"%s" tells no happening', (text) => expect(titlesAndStatus(text, published)).toEqual([]));
  it.each([
    // a day's deadline is an operation set for it; a month named without "by" is the time of the happening
    ['The crane will be lowered onto the Tarrow wreck by Thursday.', ['Crane will be lowered onto the Tarrow wreck', 'planned']],
    ['The council will vote on the dam in August.', ['Council will vote on the dam', 'planned']],
  ])('"%s" keeps its title', (text, title) => expect(titlesAndStatus(text, published)).toEqual([title]));
});

describe('draftEvents: a plan told by a span of months or by alternative dates', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // a season or "later this year" sets no time for the happening
    'Pellow Mills is due to open a second ferry route later this year.',
    'The harbour chief would hand over his duties over the summer, an aide said.',
    // one of two dates given as alternatives sets none
    'Pellow Mills is due to open a second ferry route in June or early in 2026.',
    'The council will vote on the dam on Monday or Tuesday.',
  ])('"%s" tells no happening', (text) => expect(titlesAndStatus(text, published)).toEqual([]));
  it.each([
    // one month named is the time of the happening; a span of months gone by tells what happened then
    ['Pellow Mills is due to open a second ferry route in June.', ['Pellow Mills is due to open a second ferry route', 'planned']],
    ['Pellow Mills ran a second ferry route over the summer of 2024.', ['Pellow Mills ran a second ferry route', 'happened']],
  ])('"%s" keeps its title', (text, title) => expect(titlesAndStatus(text, published)).toEqual([title]));
  it.each([
    // done on one of two days: one happening over both, approximate
    ['The council voted on the dam on Monday or Tuesday.', [['Council voted on the dam', '2025-03-10', '2025-03-11', true]]],
    ['The Vell ferry has sailed on Monday or Tuesday.', [['Vell ferry has sailed', '2025-03-10', '2025-03-11', true]]],
    // what someone said would come on one of two dates is no plan set; the saying's own day stays
    ['Ann Roe said on Thursday the panel would report this week or next week.', [['Ann Roe said panel would report this week or next week', '2025-03-13', '2025-03-13', false]]],
  ])('"%s" tells one happening at most', (text, drafts) =>
    expect(oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start, d.date.end, d.date.approximate ?? false])).toEqual(drafts));
});

describe('draftEvents: a guess, a hope or an expectation', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // a modal of a guess, a likelihood, a verb of foreseeing told actively: nothing is told to happen on the day
    'The new Tarrow plant should be up and running in 2027 to make ten million bottles a year.',
    'The new levy would be forty times greater than the fee Pellow Mills paid in 2019.',
    'The inquiry report, to be released on Tuesday, is likely to recommend closing the Tarrow dam.',
    'Pellow Mills expects the Tarrow well to be sealed on Saturday.',
    'Ann Roe of Lowmere Bank said on Wednesday he estimates flood claims will reach $2 billion.',
    'Officials in Carrick hope a curfew ordered from Friday will help calm the streets.',
    'Ferry makers are on track to have a new boat ready for the summer, officials said on Thursday.',
    // the modal is the main verb, past an infinitive in the subject (verb23)
    "The council's decision on Monday to close the ferry may hurt trade in Tarrow.",
  ])('"%s" tells no happening', (text) => expect(titlesAndStatus(text, published)).toEqual([]));
  it.each([
    // a saying of what may come is news told; a plan told with "would" and a passive; a schedule "is expected to"
    ['The Tarrow Post reported on Monday the ferry may resume in May.', ['Tarrow Post reports ferry may resume in May', 'happened']],
    ['Mayor Ann Roe is expected to open the new bridge on Monday.', ['Mayor Ann Roe is expected to open the new bridge', 'planned']],
    ['Rescuers found five fishermen alive on Tuesday and hope for more.', ['Rescuers found five fishermen alive and hope for more', 'happened']],
    // a name is no verb; a verdict the tagger reads as a noun frames its modal; a finding hedged is news told; a
    // relative clause's modal is its own
    ['Hope Vell was elected mayor of Carrick on Tuesday.', ['Hope Vell was elected mayor of Carrick', 'happened']],
    ['The court ruled on Monday that the Tarrow levy should be struck down.', ['Court rules the Tarrow levy should be struck down', 'happened']],
    ['The crash was likely caused by ice on the wings, investigators said on Tuesday.', ['Investigators say crash was likely caused by ice on the wings', 'happened']],
    ['The man whose van may have caused the crash was arrested on Tuesday.', ['Man whose van may have caused the crash was arrested', 'happened']],
    // a subject's "-ing" form or agent's participle is no verb of the title: its main verb tells a deed (verb23)
    ['Crews fighting the mill fire on Monday rescued two workers.', ['Crews fighting the mill fire rescued two workers', 'happened']],
    ['The report commissioned by the Tarrow council found two faults on Monday.', ['Report commissioned by the Tarrow council found two faults', 'happened']],
  ])('"%s" keeps its title', (text, title) => expect(titlesAndStatus(text, published)).toEqual([title]));
});

describe('draftEvents: a title whose own verb group puts it on the calendar', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function drafts(text: string) {
    return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start, d.status ?? 'happened', d.lapsed ?? '']);
  }
  it.each([
    // the past of "be to" tells a plan, not that it was held; a plan in the present looks ahead to the date's week
    ['Last night, senior ministers, including Ann Roe and Paul Brandt, were to discuss the levy at a dinner held at the Tarrow town hall.', ['Senior ministers were to discuss the levy at a dinner held at the Tarrow town hall', '2025-03-13', 'planned', '']],
    ['Mill workers in Tarrow were to hold a vigil yesterday for the two men lost at sea.', ['Mill workers in Tarrow were to hold a vigil for the two men lost at sea', '2025-03-13', 'planned', '']],
    ['The Tarrow mill now plans to attempt a repair of the dam this week in an effort to stop the leak.', ['Tarrow mill now plans to attempt a repair of the dam in an effort to stop the leak', '2025-W11', 'planned', '']],
    // a "plans" read as a noun by the tagger, after its subject, is the title's verb when no other verb is there
    ['Using two barges, Pellow Mills plans to lift the sunken ferry this week.', ['Pellow Mills plans to lift the sunken ferry', '2025-W11', 'planned', '']],
    // a schedule told in the past is told because it was upset (the pipeline drops it, as for the date's own clause)
    ['Divers were due last night to begin a second search of the wreck off Carrick.', ['Divers were due to begin a second search of the wreck off Carrick', '2025-03-13', 'planned', 'schedule']],
  ])('"%s" is planned', (text, draft) => expect(drafts(text)).toEqual([draft]));
  it.each([
    // a saying of what is to be is the saying's news; a relative clause's "be to" is not the title's own
    ['The Tarrow port is to reopen in May, the harbour board said on Monday.', 'happened'],
    ['The man who was to chair the Carrick inquiry resigned on Tuesday.', 'happened'],
    // a plan's noun after a possessive names the plan; the clause's own verb tells what befell it
    ['Their plans to lift the sunken ferry this week were dropped.', 'happened'],
    // "be to blame" is an idiom of fault, no plan
    ['The driver of the Tarrow ferry was to blame for the collision at the pier on Tuesday.', 'happened'],
    // after a noun of purpose, "be to" says what the noun was for
    ['The crew\'s mission was to search the northern coves for the missing boat on Tuesday.', 'happened'],
  ])('"%s" stays as told', (text, status) => expect(drafts(text).map((d) => d[2])).toContain(status));
});

describe('draftEvents: a title that tells only how its source spoke', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    'The aide spoke on condition of anonymity on Tuesday because the talks were not over.',
    'The Tollin port official asked not to be named on Tuesday.',
  ])('"%s" tells no happening', (text) => expect(titlesAndStatus(text, published)).toEqual([]));
  it('keeps what the source said', () =>
    expect(titlesAndStatus('A port official, who spoke on condition of anonymity, said on Tuesday the ferry talks had failed.', published)).toEqual([['Port official says ferry talks had failed', 'happened']]));
});

describe("draftEvents: the page's writer speaking in the first person", () => {
  const published = writtenOn(2025, 3, 14);
  const titlesOf = (paragraphs: string[]) => paragraphTitles(paragraphs, published);
  it.each([
    // a blog, a reader's question in a web chat, an aid worker's diary: the writer's own doings
    'I switched jobs this year and came away with a pension pay-out.',
    'Lowmere, Nd.: I became a stay-at-home mom a couple of years ago.',
    'Yesterday we visited one of the agency\'s partner clinics.',
    'My colleagues and I crossed the harbour last Wednesday.',
    // dupfurn23: after a post's stamp, its day and clock read apart, or its clock first
    'Friday, March 14, 2025; 11:00 AM Every hour seems to bring a new crisis to the harbour.',
    'Jane Roe | 16:55 UK time, Friday, 14 March 2025 We are recording the first show of the series today which is very exciting.',
    // furn23b: a saying after the colon that closes the writer's clause is what the writer reports, not who spoke
    'Update: My colleague Ann Lee interviewed the engineer last week about his estimate: he told us he had counted the barrels.',
  ])('"%s" is no happening of the story', (text) => expect(titlesOf([text])).toEqual([]));
  it.each([
    // someone's words: quoted, going on a quotation, or told with who said them
    [['"We ran out of stock on Friday," said the grocer, Ana Ruiz.'], 'We ran out of stock'],
    [['"The shop was full," the grocer said.', '"We ran out of stock on Friday.'], 'We ran out of stock'],
    [['Our crews reached the valley on Sunday, the agency said.'], 'Our crews reached the valley'],
    // a title that only mentions the first person later keeps it
    [['The agency sent our crews to the valley on Sunday.'], 'Agency sent our crews to the valley'],
  ])('%j keeps its title', (paragraphs, title) => expect(titlesOf(paragraphs)).toContain(title));
});

describe("review of session 10: the writer's first person", () => {
  const published = writtenOn(2025, 3, 14);
  const titlesOf = (text: string) => {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  };
  it.each([
    // a road's name is no "I"; words reported before the first person are someone's
    'I-95 was closed on Wednesday after a crash near the harbour.',
    'According to the agency, our crews reached the valley on Sunday.',
  ])('"%s" keeps its event', (text) => expect(titlesOf(text)).toHaveLength(1));
});

describe('draftEvents: a clause told about a dated happening is not of its day (clause22)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // the happening is a preposition's object other than a setting: the clause is told about it, later
    'The mill faces lawsuits over the March 3 blast.',
    'Evidence has emerged from inquiries into the March 3 blowout.',
    'The mayor defended the council\'s response to the March 3 flood.',
    'Costs related to the March 3 spill dragged down the firm\'s profit.',
    'The prosecutor wrote to the judge in advance of a March 20 hearing.',
    // the complement of the subject's noun
    'The anger over the March 3 blast is spreading to the capital.',
    // a label alone says too little to stand for the happening
    'The mayor defended the council\'s response to the March 3 chemical spill.',
  ])('"%s" tells no happening of the noun\'s date', (text) => expect(titlesAndDays(text, published)).toEqual([]));
  it.each([
    // what the clause likens to a happening names that happening
    ['The race to cap the well is eerily similar to a 1979 accident off the coast of Veldra.', 'Race to cap the well is eerily similar to a 1979 accident off the coast of Veldra', '1979'],
  ])('"%s" tells the happening it is likened to', (text, title, date) => expect(titlesAndDays(text, published)).toEqual([[title, date]]));
  it.each([
    // a setting of the clause's verb, the subject, a phrase opening the sentence, a clause of its own
    ['Nine workers died in the March 3 blast.', 'Nine workers died in the blast', '2025-03-03'],
    ['Ann Roe lost to a rival in the 2019 election.', 'Ann Roe lost to a rival in the 2019 election', '2019'],
    ['Medical wards were overwhelmed by the 1918 flu pandemic.', 'Medical wards were overwhelmed by the 1918 flu pandemic', '1918'],
    ['The March 3 blast killed nine workers.', 'Blast killed nine workers', '2025-03-03'],
    ['In a March 3 speech, the mayor blamed the contractors.', 'Mayor blamed the contractors', '2025-03-03'],
    ['Ann Roe noted that the 1918 flu pandemic came in three waves.', '1918 flu pandemic came in three waves', '1918'],
  ])('"%s" keeps its clause\'s title', (text, title, date) => expect(titlesAndDays(text, published)).toEqual([[title, date]]));
});

describe('draftEvents: a month or a year right after a happening\'s noun dates that happening (clause28)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // the clause came after the happening, or is told about it: the date is the happening's, which is the title
    ["The board raised doubts about the port's defences following the Bay of Varrow oil rig disaster last year.", 'Bay of Varrow oil rig disaster', '2024'],
    // (its relative clause after the date says what it did)
    ['The agency came under fire over the Brell refinery explosion in 2019, which forced hundreds of families from their homes.', 'Brell refinery explosion forced hundreds of families from their homes', '2019'],
    ['The regulator was criticised for its handling of inquiries about the collapse of the Carrick dam in 2019.', 'Collapse of the Carrick dam', '2019'],
    // (a month's name after the noun is the date, not a place that says which)
    ['The agency came under fire over the Brell refinery explosion in January.', 'Brell refinery explosion', '2025-01'],
    // controls: the same time ("just after"), a setting of the verb, a verb's object
    ['Ada Roe fled the city just after the takeover in 1948.', 'Ada Roe fled the city just after the takeover', '1948'],
    ['Ann Roe died in the crash in 2019.', 'Ann Roe died in the crash', '2019'],
    ['Ann Roe won the election in 2019.', 'Ann Roe won the election', '2019'],
  ])('"%s"', (text, title, date) => expect(titlesAndDays(text, published)).toEqual([[title, date]]));
});

describe('draftEvents: a day or a week right after a happening still to come dates that happening (clause29)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // the clause came before the happening ("ahead of", "days before"): the day is the happening's, not the clause's
    'Ahead of the council hearings on Tuesday and Thursday, the mayor released a letter to the builders.',
    'The mayor released a letter to the builders before the council vote on Tuesday.',
    'Nell Ashby quit the board days before the vote next week.',
  ])('"%s" is dropped', (text) => expect(titlesAndDays(text, published)).toEqual([]));
  it.each([
    // controls: the same day ("hours before", "just before", "after"), "before" as a place
    ['The mayor resigned hours before the council vote on Tuesday.', 'Mayor resigned hours before the council vote', '2025-03-11'],
    ['The mayor resigned after the council vote on Tuesday.', 'Mayor resigned after the council vote', '2025-03-11'],
    ['The mayor testified before the hearing on Tuesday.', 'Mayor testified before the hearing', '2025-03-11'],
  ])('"%s" keeps its clause', (text, title, date) => expect(titlesAndDays(text, published)).toEqual([[title, date]]));
});

describe('draftEvents: the day a time or a deadline is moved to is not the day of the moving (clause29)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    'The court postponed the hearing to next Tuesday.',
    'The board pushed the vote back to March 20.',
    'Norvex said it would extend its bid, due to close on Monday, to March 30.',
  ])('"%s" is not dated by the new day', (text) => expect(titlesAndDays(text, published).filter(([, date]) => date === '2025-03-18' || date === '2025-03-20' || date === '2025-03-30')).toEqual([]));
  it.each([
    // controls: a place after "moved to", a deadline told by "by"
    ['Ann Roe moved to Lowmere on Tuesday.', 'Ann Roe moved to Lowmere', '2025-03-11'],
    ['The court heard the case on Tuesday.', 'Court heard the case', '2025-03-11'],
  ])('"%s" keeps its clause', (text, title, date) => expect(titlesAndDays(text, published)).toEqual([[title, date]]));
});

describe('draftEvents: a date in a relative clause dates that clause, not the title told by another (clause25)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it('drops a date of a relative clause that the title, told by the other clause, does not tell', () => {
    expect(titlesAndDays('Rescue teams are filling sandbags, which the county guard will airlift on Monday to five spots along the coast.', published)).toEqual([]);
    // (a relative clause with no pronoun)
    expect(titlesAndDays("Its northern depots have also been the subject of numerous 'whistleblowing' safety concerns being raised by the ombudsman the firm set up in 2019.", published)).toEqual([]);
    // (past the commas of a list of nouns)
    expect(titlesAndDays('The firm agreed to pay the lawyers, according to the fund, which compensated fishermen, owners and other families of the crew in May 2024.', published)).toEqual([]);
  });
  it.each([
    // the title tells the relative clause: its verb, or a word the tagger mistook for an adjective
    ['Tenants have raised complaints with the watchdog that the landlord set up in 2019.', 'Landlord set up the watchdog', '2019'],
    ['Orla Penn, who came to the door of the house on Tuesday, declined to speak.', 'Orla Penn came to the door of the house', '2025-03-11'],
    ['The storm has claimed the life of one worker, a lineman who drowned Tuesday.', 'Lineman drowned', '2025-03-11'],
    // the sentence's own verb after the relative clause, with the date
    ['Scientists who infected mice with the strain said on Monday the animals fell ill.', 'Scientists say animals fell ill', '2025-03-10'],
    // a relative clause on the subject tells the subject's own happening
    ['The talks, which took place last month, focused mainly on the release of the crew.', 'Talks focused mainly on the release of the crew', '2025-02'],
    // a complement "that" opens no relative clause; a comma ends one before the date
    ['The council said that the bridge reopened on Monday.', 'Bridge reopened', '2025-03-10'],
    ['The mayor has given funds to build a museum in honor of Ann Roe, the nurse who founded the clinic, according to a news agency report Friday.', 'Mayor has given funds to build a museum in honor of Ann Roe', '2025-03-14'],
  ])('"%s" keeps the title that tells its date', (text, title, date) => expect(titlesAndDays(text, published)).toContainEqual([title, date]));
});

describe('draftEvents: a planned happening lies ahead of the day of writing', () => {
  // published Tuesday 23 August 2025
  const published = writtenOn(2025, 8, 23);
  function drafts(text: string) {
    return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start, d.status ?? 'happened']);
  }
  it.each([
    // the tense reader takes "will have finished" for a past and puts July behind; the clause's "will reopen" looks ahead
    ['By June the crews will have finished, and in July the Talbury bridge will reopen.', '2026-07'],
    // "will have spilled" before it reads as a past; the clause's own "will soar" looks ahead
    ['By August 15, some 8 million litres will have leaked, and by August 21, that figure will soar to 9 million litres.', '2026-08-21'],
  ])('"%s" is planned for the coming occurrence', (text, start) => {
    expect(drafts(text).filter(([, , status]) => status === 'planned').map(([, s]) => s)).toContain(start);
  });
  it.each([
    // a schedule told in the past, upset: it keeps the day gone by
    ['The vote had been scheduled for August 19, but the council put it off.', '2025-08-19'],
    // the day of writing itself is no day gone
    ['The council is expected to vote later on Saturday.', '2025-08-23'],
  ])('"%s" keeps its date', (text, start) => {
    expect(drafts(text).map(([, s]) => s)).toContain(start);
  });
});

describe('draftEvents: a saying answered by the clause dates the saying, not the clause (clause30)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function drafts(text: string) {
    return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start]);
  }
  it.each([
    'In a statement, the mayor apologized for saying on Tuesday that the port was unsafe.',
    'Ann Roe was criticized for telling reporters on Monday that the bridge would close.',
  ])('"%s" is not dated by the saying\'s day', (text) => expect(drafts(text).filter(([, date]) => date === '2025-03-11' || date === '2025-03-10')).toEqual([]));
  it.each([
    // controls: a deed that is not a saying, a saying that is the clause's own, a date before the "for"
    ['The driver was arrested for speeding on Tuesday.', '2025-03-11'],
    ['On Tuesday the mayor apologized for saying the port was unsafe.', '2025-03-11'],
    ['The mayor said on Tuesday that the port had closed.', '2025-03-11'],
  ])('"%s" keeps its day', (text, date) => expect(drafts(text).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a date still to come after a refusal already made dates the refused happening (clause30)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function drafts(text: string) {
    return oneSentenceDrafts(text, published).map((d) => [d.title, d.date.start]);
  }
  it.each([
    'The two ministers have declined to attend a trade summit next week.',
    'Ann Roe refused to testify at the council hearing tomorrow.',
  ])('"%s" is not dated by the refused happening', (text) => expect(drafts(text)).toEqual([]));
  it.each([
    // controls: an agreement looks ahead, a refusal still to come is not a past one
    ['The two ministers have agreed to attend a trade summit next week.', '2025-W12'],
    ['The two ministers will refuse to attend a trade summit next week, aides say.', '2025-W12'],
  ])('"%s" keeps its date', (text, date) => expect(drafts(text).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a named owner\'s dated happening still to come, after "ahead of", does not date the clause (clause31)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    "Ahead of Prime Minister Ann Roe's June 2025 state visit to Lisbon, the governor delivered a speech on trade.",
    "Ahead of the mayor's April 2025 visit to the harbour, the council repaved the quay.",
  ])('"%s" is not dated by the visit', (text) => expect(titlesAndDays(text, published).filter(([, date]) => /^2025-0[46]/.test(date!))).toEqual([]));
  it.each([
    // controls: the clause's own date, a possessive that is not after "ahead of", a determiner's date after it
    ["Ahead of the mayor's visit, the governor delivered a speech in February.", '2025-02'],
    ["The governor said Ann Roe's June 2024 visit had been a success.", '2024-06'],
  ])('"%s" keeps its date', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
  it('"ahead of this year\'s vote" still dates nothing', () =>
    expect(titlesAndDays("Ahead of this year's vote, the governor delivered a speech.", published)).toEqual([]));
});

describe('draftEvents: a clause dated right before the dated happening it came after is not dated by that happening (clause31)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    ['The rowing club was founded in 1921 after the 1919 floods in the valley.', '1921', '1919'],
    ['The fund was set up in 2012 after the 2010 earthquake in the north.', '2012', '2010'],
  ])('"%s" is dated %s only', (text, own, other) => {
    const dates = titlesAndDays(text, published).map(([, d]) => d);
    expect(dates).toContain(own);
    expect(dates).not.toContain(other);
  });
  it.each([
    // controls: with no date of its own, the clause is still told by the happening it came after
    ['The rowing club was founded after the 1919 floods in the valley.', '1919'],
    ['Lending froze after the 1987 crash.', '1987'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a dated happening set after or before by a noun, not a verb, does not date the clause (noun23)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // a noun's phrase, an object's phrase
    ['At hearings after the 2006 pipeline spill, the firm was accused of cutting budgets.', '2006'],
    ['Ann Roe, who recalled trying to avoid Varco stations after the 1989 spill, said convenience outweighed politics.', '1989'],
  ])('"%s" tells no clause at %s', (text, date) => expect(titlesAndDays(text, published).filter(([, d]) => String(d).startsWith(date))).toEqual([]));
  it('a named happening is told by its noun', () =>
    expect(titlesAndDays('The council lifted the fines imposed on Varno after its 1990 invasion of Carrick.', published)).toContainEqual(['Carrick was invaded', '1990']));
  it.each([
    // controls: a verb's own phrase, a close sequence, a span counted from the happening
    ['Lending froze after the 1987 crash.', '1987'],
    ['Right before the 1987 crash, traders had sold their shares.', '1987'],
    ['Crews reached the rig hours after the 1988 explosion.', '1988'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a participle on the subject dates its noun when its clause cannot be of that date (noun23)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // a schedule that was upset, a clause with its own day
    ['In towns where fairs scheduled for 2027 were cancelled, the mayors are angry.', '2027'],
    ['A crane placed on the pier last week lifted the wreck on Wednesday.', '2025-W10'],
  ])('"%s" tells no clause at %s', (text, date) => expect(titlesAndDays(text, published).filter(([, d]) => String(d).startsWith(date))).toEqual([]));
  it.each([
    // controls: the clause's own day is kept, and a participle with no date of the clause's own is left to it
    ['A crane placed on the pier last week lifted the wreck on Wednesday.', '2025-03-12'],
    ['The suit filed on Monday by the state shook investors.', '2025-03-10'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a date in a relative clause with a pronoun or a noun for subject, or a "what" clause, dates that clause (clause24)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // a clause with no "that", its subject a pronoun; "that" and a pronoun; an auxiliary after a noun subject; "what"
    ['The two clubs are merging the squads they each entered last month.', '2025-02'],
    ['The crew is laying a new pipe that it hopes will carry water to the farms in August.', '2025-08'],
    ['Wardens returned the boat the smugglers had taken on Monday.', '2025-03-10'],
    ["Ann Roe has written to the paper about what she's heard at the fair in the last few days.", '2025-0'],
    ['"I\'m ashamed of what happened at the market yesterday," the mayor told the council.', '2025-03-13'],
  ])('"%s" tells no clause at %s', (text, date) => expect(titlesAndDays(text, published).filter(([, d]) => String(d).startsWith(date))).toEqual([]));
  it.each([
    // controls: what a verb of telling tells, a noun of saying's clause, a clause that opens after a phrase, a subject's
    // clause, a time's clause, what someone said a thing would be
    ['The council told reporters they had closed the pier on Monday.', '2025-03-10'],
    ['The minister made an announcement that she will visit the port next week.', '2025-W12'],
    ['He suffered from an infection and despite a long fight he died on Monday at the clinic.', '2025-03-10'],
    ['The bakery has lost half its trade since the oven it used broke down on Monday.', '2025-03-10'],
    ['The last time the fair was cancelled was in 2004.', '2004'],
    ['She will meet the growers for what an aide said would be a frank talk on Monday.', '2025-03-17'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => String(d))).toContainEqual(expect.stringMatching(new RegExp('^' + date))));
});

describe('draftEvents: a span opened after a comma that closes a place or a deadline\'s stretch is that phrase\'s (clause31)', () => {
  // published Tuesday 11 March 2025
  const published = writtenOn(2025, 3, 11);
  it.each([
    'The two ministers confirmed that they will not attend a trade conference in Harbourton, Norland, beginning Saturday.',
    'The council ordered the firm to clear the site within a week, starting on Friday.',
  ])('"%s" is not dated by the span\'s start', (text) => expect(titlesAndDays(text, published).filter(([, date]) => date === '2025-03-15' || date === '2025-03-14')).toEqual([]));
  it.each([
    // controls: a happening's noun before the place, a stretch the clause itself lasts, the clause's own start
    ['The ministers will attend a summit in Harbourton, Norland, starting Saturday.', '2025-03-15'],
    ['The bridge will close for two weeks, starting Friday.', '2025-03-14'],
    ['Farmers will move the herds, starting Friday.', '2025-03-14'],
  ])('"%s" keeps its date', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: time passing, attention turning, details surfacing (uncaused31)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    '"For the fishermen of Tarrow, the long night ends today."',
    'After a week of angry words from both sides, attention returned on Thursday to the judges of the Vell case.',
    'Further details of the Tarrow robbery emerged on Tuesday.',
    'Meanwhile, the possibility of a meeting between the mayor and the Pellow family resurfaced on Wednesday.',
    'Meanwhile, the possibility of a meeting between the mayor and the Pellow family reemerged on Wednesday.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a name's week, someone's deed, a happening's own noun
    'Lowmere Fashion Week began on Monday.',
    'The first day of the trout fishing season on the Vell begins today.',
    'The Tarrow hunting season began on Monday.',
    'The trial of Ann Roe began on Tuesday.',
    'Ann Roe returned to Tarrow on Thursday.',
    'A body emerged from the Vell river on Wednesday.',
    'The Tarrow council turned its attention to the budget on Tuesday.',
  ])('"%s" keeps a title', (text) => expect(titlesOf(text)).not.toEqual([]));
  // the week's beginning is not told; the marchers' deed is
  it('tells the deed of a day, not the week that began', () =>
    expect(titlesOf('Earlier on Sunday, marchers waved banners in Lowmere as the holiday week began.')).toEqual(['Marchers waved banners in Lowmere']));
});

describe('draftEvents: a factbox\'s entries run into one sentence are not dated by the next entry\'s date (clause32)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    "The sinking according to the inquiry 3 May - 'Weak' bolts fitted to the hull to hold the keel in place 4 May - Water seeps through the forward hatch 4 May - Checks made on the ferry wrongly suggest the hull is sound",
    "The flood according to the council 3 May - 'Faulty' sandbags stacked along the bank to keep the river out 4 May - River breaks through the levee 5 May - Army called in",
  ])('"%s" does not date the entry before by the date after it', (text) =>
    expect(titlesAndDays(text, published).filter(([title]) => /bolts|sandbags/i.test(title!))).toEqual([]));
  it.each([
    // controls: one entry's date before a dash, the other dates told with their clauses
    ['The ferry sank off the cape on 3 May, and divers reached the wreck on 5 May.', '2011-05-05'],
    ['Inspectors passed the hull 3 May - The ferry sailed on 4 May.', '2011-05-04'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a day told after the happening named after "since" dates that happening, not the clause (clause32)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    'The new valve stopped the leak for the first time since the blast aboard the barge on 3 May.',
    'Crews reopened the road for the first time since the flood in the valley on 3 May.',
    'The new valve stopped gas escaping for the first time since the blast aboard the old cargo barge on 3 May.',
  ])('"%s" is not dated 3 May', (text) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain('2011-05-03'));
  it.each([
    // controls: a verb after "since" tells the date's own clause; a date of the clause's own after a comma
    ['No boats have sailed since the storm hit the coast on 3 May.', '2011-05-03'],
    ['The ferry sank off the cape on 3 May, the first loss since the storm.', '2011-05-03'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a clause told about a happening after "surrounding" is not of that happening\'s date (clause41)', () => {
  // published Thursday 24 June 2010
  const published = writtenOn(2010, 6, 24);
  it.each([
    'The mayor answered questions surrounding the flood in May.',
    'The widow demanded the facts surrounding her husband\'s death in March 2009.',
    'The mayor answered questions surrounding the May 3 flood.',
  ])('"%s" drafts nothing', (text) => expect(titlesAndDays(text, published)).toEqual([]));
  it.each([
    // controls: a verb's own "surrounding" is not a topic; a date of the clause's own stays
    ['Troops were surrounding the rally in May.', '2010-05'],
    ['Rumours surrounding the crash grew last month.', '2010-05'],
    // a place "surrounding" what it rings is no topic: the closing is of May
    ['Police closed the streets surrounding the rally in May.', '2010-05'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a weekday after "a" or "one" is some such day, which the text does not say (clause41)', () => {
  // published Saturday 10 July 2010
  const published = writtenOn(2010, 7, 10);
  it.each([
    'On a recent Wednesday morning, the grocer painted a new sign over the shop.',
    'The council met on a Monday.',
  ])('"%s" drafts nothing', (text) => expect(titlesAndDays(text, published)).toEqual([]));
  it.each([
    // controls: a month beside "one Tuesday" dates the clause; a weekday with no article is the last one
    ['One Tuesday in May, the baker opened a second shop.', '2010-05'],
    ['The baker opened a second shop on Tuesday.', '2010-07-06'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: each date of a series dates its own item, told with the verb of the first (clause41)', () => {
  // published Friday 12 March 1999
  const published = writtenOn(1999, 3, 12);
  it.each([
    ['The firm bought a mill in 1990, a bakery in 1995 and a brewery in 2001.', [['Firm bought a mill', '1990'], ['Firm bought a bakery', '1995'], ['Firm bought a brewery', '2001']]],
    ['The league has grown twice, adding Tarrow and Dunmore in 1962 and Eskby in 1978.', [['League added Tarrow and Dunmore', '1962'], ['League added Eskby', '1978']]],
    ['He visited Paris in 1990 and Rome in 1995.', [['He visited Paris', '1990'], ['He visited Rome', '1995']]],
  ])('"%s" drafts %j', (text, drafts) => expect(titlesAndDays(text, published)).toEqual(drafts));
  it.each([
    // controls: no object before the first date, or a figure for one: the clause tells each date as before
    ['The council met in May, and the board in June.', [['Council met', '1998-05'], ['Council met', '1998-06']]],
    // (not a market's bare move, "Stocks fell 3% on Monday.", which clauses.ts leaves out as a routine figure)
    ['Turnout rose 3% on Monday, the crowd on Tuesday.', [['Turnout rose 3%', '1999-03-08'], ['Turnout rose 3%', '1999-03-09']]],
  ])('"%s" keeps %j', (text, drafts) => expect(titlesAndDays(text, published)).toEqual(drafts));
});

describe('draftEvents: a date in a perfect participle\'s phrase set apart by a comma is that phrase\'s (clause42)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    ['With the talks having failed on Friday, the union is planning a strike.', '2011-09-02'],
    ['With the dam having failed over the weekend and the roads under water, the town was rationing bread.', '2011-09-03'],
    ['The union is planning a strike, with the talks having collapsed on Friday.', '2011-09-02'],
    ['Having lost the vote in May, the mayor stayed on.', '2011-05'],
  ])('"%s" is not dated %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain(date));
  it.each([
    // controls: the clause's own date after the phrase; a participle with no "having"; a perfect in the clause itself
    ['With the talks having failed, the union called a strike on Friday.', '2011-09-02'],
    ['Having lost the vote, the mayor resigned on Friday.', '2011-09-02'],
    ['With the mayor visiting the port on Tuesday, the council voted.', '2011-09-06'],
    ['The talks had failed on Friday, and the union is planning a strike.', '2011-09-02'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a date between a noun and its "between" complement dates that noun (clause42)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    ['The flooding of the tunnel followed the crossing late Tuesday between the two bores.', '2011-09-06'],
    ['The council approved the pact last year between the two mills.', '2010'],
  ])('"%s" is not dated %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain(date));
  it.each([
    // controls: the noun is the subject; a verb's own date before "between"; a date after a preposition
    ['Talks on Monday between the two sides ended without a deal.', '2011-09-05'],
    ['Fighting erupted on Monday between police and miners.', '2011-09-05'],
    ['The army fought a battle on Monday between the two rivers.', '2011-09-05'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a past participle cut short of its relative clause dates its noun, not the clause (clause51)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    ['The mayor regretted the length of the strike called by the union in June.', '2011-06'],
    ['The lab keeps cells from a culture taken from a donor in 2005.', '2005'],
    ['The clerk said the mayor was busy carrying out the steps agreed to by the board this month.', '2011-09'],
    ['The judge ruled against the motion filed by the state on Wednesday.', '2011-09-07'],
    ['The museum bought a painting stolen from a church in 1990.', '1990'],
    ['Both firms were allies of Corvane in its fight against a takeover bid launched last week by Maltrix.', '2011-W35'],
    // the noun a "be" names; "in" or "on" right before the date
    ['Most of the cars sold were models launched in May.', '2011-05'],
    ['The lab keeps cells from a culture grown in 2005.', '2005'],
  ])('"%s" is not dated %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain(date));
  it.each([
    // controls: the participle is the clause's first finite verb; a finite verb after its phrase; the subject of
    // what a saying tells; a possessive date; the participle with an object of its own
    ['The first try to seal the pipe with a huge dome failed on Saturday.', '2011-09-03'],
    ['A storm that had stalled off the coast flared up on Monday.', '2011-09-05'],
    ['The autumn fishing season opened on schedule on 16 August.', '2011-08-16'],
    ['But the lawsuit filed on Wednesday by the state rattled investors.', '2011-09-07'],
    ['He said the firm closed on Monday.', '2011-09-05'],
    ['The panel listed the topics raised in Monday\'s debate.', '2011-09-05'],
    ['The mayor said the firm closed the plant on Monday.', '2011-09-05'],
    ['Police are searching for a gunman seen near the school on Monday.', '2011-09-05'],
    ['They said the Tarrow-based firm closed on Monday.', '2011-09-05'],
    ['Crews heard of a town where crops failed in May.', '2011-05'],
    // a setting's noun, a share's, a source's, a phrase other than an agent's or a source's before the date
    ['The mayor spoke in a statement released on Monday.', '2011-09-05'],
    ['The union said hundreds of miners walked out on Monday.', '2011-09-05'],
    ['Stocks fell, according to findings of the bureau released on Monday.', '2011-09-05'],
    ['The patient was given a dose of a drug mixed with water on Monday.', '2011-09-05'],
    // a passive's own participle after "be"
    ['The firm was sold in May.', '2011-05'],
    ['The mill was built in 1990.', '1990'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: an adverb of order between a noun and its participle, and a place before the date (clause61)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    ['The vet said the blight came from a mould first seen in a barn near Lowmere in 2004.', '2004'],
    ['The council praised the crew originally hired at the port in May.', '2011-05'],
  ])('"%s" is not dated %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain(date));
  it.each([
    // the clause's own adverb and verb; the subject of what a saying tells; no adverb of order, with a place before the date
    ['The team first played on the new pitch in 1998.', '1998'],
    ['The clerk said the mill first opened in Varn in 1962.', '1962'],
    ['The patient was given a dose of a drug mixed with water at the clinic in May.', '2011-05'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a date in a gerund\'s phrase of sequence before the comma is the gerund\'s (clause71)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  const days = (text: string) => titlesAndDays(text, published).map(([, d]) => d);
  it.each([
    ['Prior to taking the helm in 2004, Ann Vell ran the bank for six years.', '2004'],
    ['After leaving the navy in 1990, Vell opened a bakery in Lowmere.', '1990'],
    ['Vell, after leaving the navy in 1990, opened a bakery in Lowmere.', '1990'],
    ['Ahead of opening the new pier in July, the council painted the harbour wall.', '2011-07'],
    ['Before being named chief in 2003, Roe was a deputy at the port.', '2003'],
    ['Since taking office in January, the mayor has cut the budget twice.', '2011-01'],
  ])('"%s" is not dated %s', (text, date) => expect(days(text)).not.toContain(date));
  it.each([
    // a clause of its own with a finite verb; a gerund after the clause; a fronted date with the gerund after it
    ['After the mill closed in 1990, Vell opened a bakery in Lowmere.', '1990'],
    ['Vell left the navy in 1990 after serving for twenty years.', '1990'],
    ['In 1990, after leaving the navy, Vell opened a bakery in Lowmere.', '1990'],
  ])('"%s" keeps %s', (text, date) => expect(days(text)).toContain(date));
});

describe('draftEvents: a date between a person\'s possessive and a thing\'s noun names the thing (clause71)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  const days = (text: string) => titlesAndDays(text, published).map(([, d]) => d);
  it.each([
    ['The singer recorded the title song of her 2008 album in a barn.', '2008'],
    ['Roe was hired by the club to help prepare for his planned May 2009 tour of the coast.', '2009-05'],
    ['The council sold the sails of his 1998 boat to a firm in Varn.', '1998'],
  ])('"%s" is not dated %s', (text, date) => expect(days(text)).not.toContain(date));
  it.each([
    // a happening's noun; a setting; the subject; a verb's object
    ['The singer released her 2008 album on a small label.', '2008'],
    ['The mayor defended her 2009 speech to the union in Varn.', '2009'],
    ['At her 2009 wedding in Lowmere, the singer met the mayor.', '2009'],
    ['His 1998 boat sank off the coast of Varn.', '1998'],
  ])('"%s" keeps %s', (text, date) => expect(days(text)).toContain(date));
});

describe('draftEvents: a since-date in a relative clause on the subject is not the sentence\'s day (clause72)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  const days = (text: string) => titlesAndDays(text, published).map(([, d]) => d);
  it.each([
    ['The crew that has been digging the tunnel since early May ran a test of the pumps.', '2011-05'],
    ['Ann Vell, who has run the bakery since 1990, sold it to a firm in Varn.', '1990'],
    ['The man who has lived in Varn since 2001 opened a shop in Lowmere.', '2001'],
  ])('"%s" is not dated %s', (text, date) => expect(days(text)).not.toContain(date));
  it.each([
    // a relative clause on the subject with no "since"; a since-date of the sentence's own verb
    ['The pier that was built in 1990 collapsed in a storm.', '1990'],
    ['The talks, which took place in May, focused on the price of grain.', '2011-05'],
    ['The crew has been digging the tunnel since early May.', '2011-05'],
  ])('"%s" keeps %s', (text, date) => expect(days(text)).toContain(date));
});

describe('draftEvents: a day after a bare plural happening that the clause came before is that happening\'s (clause72)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  const days = (text: string) => titlesAndDays(text, published).map(([, d]) => d);
  it.each([
    ['Ahead of public hearings on Tuesday and Thursday, two council members released a letter to the mayor.', '2011-09-06'],
    ['Ahead of public hearings on Tuesday and Thursday, two council members released a letter to the mayor.', '2011-09-08'],
    ['Before party elections on Sunday, the mayor sacked two aides.', '2011-09-04'],
  ])('"%s" is not dated %s', (text, date) => expect(days(text)).not.toContain(date));
  it.each([
    // "before" as a place; "after" a happening, mostly the same day's
    ['The mayor testified before council committees on Tuesday.', '2011-09-06'],
    ['The union called off the strike after talks on Monday.', '2011-09-05'],
  ])('"%s" keeps %s', (text, date) => expect(days(text)).toContain(date));
});

describe('draftEvents: a participle aside after a fronted date\'s subject is passed over for the verb after it (recall51)', () => {
  // published Saturday 15 January 2000
  const published = writtenOn(2000, 1, 15);
  it.each([
    ['On Friday, rescuers, fearing more collapses, evacuated the block.', 'Rescuers evacuated the block', '2000-01-14'],
    ['On Friday, officials, hoping to calm investors, announced a rescue plan.', 'Officials announced a rescue plan', '2000-01-14'],
    ['But on January 8, detectives, wondering how the thief could have fled unseen, searched the yard once more.', 'Detectives searched the yard once more', '2000-01-08'],
    // controls: an aside with no "-ing" word, and an "-ing" phrase after the verb
    ['On Friday, the mayor, a former judge, closed the pier.', 'Mayor closed the pier', '2000-01-14'],
    ['On Friday, the council voted, hoping to win votes.', 'Council voted', '2000-01-14'],
    ['On Friday, prices fell, erasing the week\'s gains, and traders left early.', 'Prices fell', '2000-01-14'],
  ])('"%s" is told "%s"', (text, title, date) => expect(titlesAndDays(text, published)).toContainEqual([title, date]));
});

describe('draftEvents: a ruling whose headline present the tagger reads as a noun frames the state it finds (recall51)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  const titles = (text: string) => oneSentenceDrafts(text, published).map((d) => d.title);
  it.each([
    ['A judge ruled on Monday that the Tarrow levy is unconstitutional.', 'Judge rules the Tarrow levy is unconstitutional'],
    ['The appeals court ruled on Tuesday that the mayor has the power to close the pier.', 'Appeals court rules mayor has the power to close the pier'],
  ])('"%s" is told "%s"', (text, title) => expect(titles(text)).toEqual([title]));
  it.each([
    // "rules" as a noun: before a verb, after a determiner, opening the title
    'The new harbour rules are strict, the council said on Monday.',
    'On Monday the club\'s rules are strict.',
    'The court\'s rules have a loophole, officials said on Monday.',
  ])('"%s" still tells no happening', (text) => expect(titles(text)).toEqual([]));
});

describe('draftEvents: an apposition after a fronted phrase dates its own noun, not the clause (clause52)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    ['In the old harbour town, the Rovers, champions of the county league in April, opened a new stand.', '2011-04'],
    ['In the old harbour town, the Rovers, champions of the county league in April, opened a new stand on Sunday.', '2011-04'],
    ['At the fair in the north, the firm, a maker of tyres in 1990, showed a new model.', '1990'],
    ['In a statement, the firm, a maker of tyres since 1990, said it would close.', '1990'],
  ])('"%s" is not dated %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain(date));
  it.each([
    // controls: the clause's own date; a relative clause's; a date in the fronted phrase
    ['In the old harbour town, the Rovers, champions of the county league in April, opened a new stand on Sunday.', '2011-09-04'],
    ['In the old harbour town, the mayor, who took office in April, opened a new stand.', '2011-04'],
    ['On Monday, the mayor, a lawyer, resigned.', '2011-09-05'],
    ['In May, the Rovers, the county champions, opened a new stand.', '2011-05'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a dated thing whose meaning a saying weighs is not dated by it (clause52)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    ['The inspector told the court yesterday that a second fire at the mill in May last year amounted to a breach of the permit.', '2010-05'],
    ['The union claimed that the lockout at the plant in May constituted a breach of the contract.', '2011-05'],
    ['Officials said last month\'s discovery of a stolen van by the canal marked a turn in the case.', '2011-08'],
    ['Police said the fire on Monday marked the end of the season.', '2011-09-05'],
  ])('"%s" is not dated %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain(date));
  it.each([
    // controls: the saying's own date; a clause that tells the happening; no saying; the date after the verb
    ['The inspector told the court yesterday that a second fire at the mill in May last year amounted to a breach of the permit.', '2011-09-07'],
    ['Police said a fire at the mill in May killed two men.', '2011-05'],
    ['The fire at the mill in May showed the risk.', '2011-05'],
    ['Police said the fire marked the end of the season on Monday.', '2011-09-05'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: an incident is a happening a date names (clause52)', () => {
  // published Thursday 8 September 2011
  const published = writtenOn(2011, 9, 8);
  it.each([
    ['The pension trust dumped its shares after the airline\'s last engine incident in 2004.', '2004'],
  ])('"%s" is not dated %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).not.toContain(date));
  it.each([
    ['The pension trust dumped its shares after the airline\'s last engine incident on Monday.', '2011-09-05'],
    ['The firm reported a safety incident in May.', '2011-05'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(date));
});

describe('draftEvents: a bare dated noun phrase another clause of the article tells at its date is dropped (frag52)', () => {
  // published Tuesday 11 March 2025
  const published = writtenOn(2025, 3, 11);
  function titlesOf(text: string) {
    return periodSentenceDrafts(text, published).map((d) => [d.title, d.date.start]);
  }
  it.each([
    ['Crews have worked day and night since the 1998 Tarrow flood. The river broke its banks in 1998.', [['River broke its banks', '1998']]],
    ["Crews blamed last year's Pellow spill for the losses. The Pellow well leaked last year.", [['Pellow well leaked', '2024']]],
  ])('"%s" keeps only the clause', (text, titles) => expect(titlesOf(text)).toEqual(titles));
  it.each([
    // controls: no other happening at that date; another date; the noun as its sentence's subject is told by its clause
    ['Crews have worked day and night since the 1998 Tarrow flood.', [['Tarrow flood', '1998']]],
    ['Crews have worked day and night since the 1998 Tarrow flood. The river broke its banks in 1999.', [['Tarrow flood', '1998'], ['River broke its banks', '1999']]],
    ['The 1998 Tarrow flood destroyed the mill. The river broke its banks in 1998.', [['1998 Tarrow flood destroyed the mill', '1998'], ['River broke its banks', '1998']]],
    // a verb the lexicon reads as a noun ("set") is still a verb
    ['Heavy rain in the Tarrow valley set off a landslide in 1998. The river broke its banks in 1998.', [['Heavy rain in the Tarrow valley set off a landslide', '1998'], ['River broke its banks', '1998']]],
  ])('"%s" keeps the noun phrase', (text, titles) => expect(titlesOf(text)).toEqual(titles));
});

describe('a chronology entry whose verb in -s both taggers read as a noun still tells its happening', () => {
  it.each([
    { text: 'June 19 - The first cold front from the north hits low Carrick orchards.', expected: [['First cold front from the north hits low Carrick orchards', '2024-06-19']] },
    { text: '2 March 2021 The flood reaches low fields near Tollin.', expected: [['Flood reaches low fields near Tollin', '2021-03-02']] },
    // (a sentence with no verb at all is still a label: a plural noun after a plural is no verb)
    { text: 'Good news for the club and its fans today.', expected: [] },
    { text: 'Record grain harvests, winter 2020.', expected: [] },
  ])('$text', ({ text, expected }) => {
    expect(titlesAndDays(text, writtenOn(2024, 7, 1))).toEqual(expected);
  });
});

describe('a chronology entry opened by "May" and its year tells its happening ("May" is the month, not the modal)', () => {
  it.each([
    { text: 'May 2019 The mayor is hired by the club as its coach.', expected: [['Mayor is hired by the club as its coach', '2019-05']] },
    { text: 'May 2019 Dr Roe was hired by the club.', expected: [['Dr Roe was hired by the club', '2019-05']] },
  ])('$text', ({ text, expected }) => {
    expect(titlesAndDays(text, writtenOn(2024, 7, 1))).toEqual(expected);
  });
});

describe('a date in a "with" phrase dates the phrase\'s own happening, which the title tells', () => {
  const march5 = writtenOn(2025, 3, 5);
  it.each([
    ['Jury selection for the hearing is due to begin on 8 May, with opening arguments due to begin on 27 May.', 'Opening arguments are due to begin', '2025-05-27'],
    ['Jury selection for the hearing is due to begin on 8 May with opening arguments due to begin on 27 May.', 'Opening arguments are due to begin', '2025-05-27'],
    ['Today the mayor announced a return to normal, with people going back to work tomorrow, cafes and shops reopening, and universities and schools opening their doors on Friday.', 'People go back to work', '2025-03-06'],
    ['Today the mayor announced a return to normal, with people going back to work tomorrow, cafes and shops reopening, and universities and schools opening their doors on Friday.', 'Universities and schools open their doors', '2025-03-07'],
    ['The admiral said the last valve would be fitted this week, with the sealing operation starting in the first week of April.', 'Sealing operation starts', '2025-04'],
    // (an "-ing" form's plain form as English spells it: "noting" is "note", not "not"; "riding" is "ride")
    ['The mayor will speak at the pier today, with aides noting the repairs tomorrow.', 'Aides note the repairs', '2025-03-06'],
    ['The race was run in the rain, with the champion riding a borrowed horse on Sunday.', 'Champion rode a borrowed horse', '2025-03-02'],
    // ("dying" is "die", not "dye")
    ['The ward will close at noon today, with two patients dying tomorrow of the fever.', 'Two patients die of the fever', '2025-03-06'],
    ['Some ministers have started taking a harder line with the firm, with Ann Roe threatening on Sunday to "push them out".', 'Ann Roe threatened to "push them out"', '2025-03-02'],
    ['With chief executive Ann Roe due to meet regulators in Ottawa later today, the company is trying new ways to stop the leak.', 'Chief executive Ann Roe is due to meet regulators in Ottawa', '2025-03-05'],
  ])('%s → %s', (text, title, day) => {
    expect(titlesAndDays(text, march5)).toContainEqual([title, day]);
  });

  it('leaves a "with" phrase whose noun has a relative clause of its own', () => {
    const titles = titlesAndDays('With the rules we\'re proposing today, we hope to let markets grow.', march5).map(([t]) => t);
    expect(titles.some((t) => /proposed/.test(String(t)))).toBe(false);
  });
});

describe('draftEvents: a name told whole from the article (cut23b)', () => {
  const published = writtenOn(2027, 6, 1);
  const titlesOf = (paragraphs: string[]) => paragraphTitles(paragraphs, published);
  it.each([
    // a timeline's entry: the day that opens an earlier entry is no part of the thing it names
    [['3 March 2027 The trial is delayed to allow both sides more time to prepare.', 'April 2027 Jury selection begins.', "2 May 2027 The trial is delayed again, as Dr Roe's lawyers ask for extra time to prepare for new witnesses."], 'Trial is delayed again'],
    [['3 March 2027 The trial is delayed to allow both sides more time to prepare.', 'April 2027 Jury selection begins.', "2 May 2027 The trial is delayed again, as Dr Roe's lawyers ask for extra time to prepare for new witnesses."], 'Trial is delayed to allow both sides more time to prepare'],
    // a statement's opening word had its capital from its sentence's start: the article writes it in lower case
    [['Ferry crews will strike for two days, the harbour agency said on Tuesday.', 'The board thanked the ferry crews.'], 'Harbour agency says ferry crews will strike for two days'],
    // a name the article writes with its capital inside a sentence stays one
    [['Ferry crews will strike for two days, the harbour agency said on Tuesday.', 'The board thanked the ferry crews and their owner, Ferry, the island yard.'], 'Harbour agency says Ferry crews will strike for two days'],
  ])('%j is titled %j', (paragraphs, title) => expect(titlesOf(paragraphs)).toContain(title));
});

describe('subj24: a pronoun is not named by a doer it cannot stand for', () => {
  const published = writtenOn(2025, 3, 6);
  function titlesOf(text: string) {
    return periodSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    // the speaker of the attribution that closes the sentence is not the "he" of his own report
    ['Coach Tom Vell told reporters the striker trained at noon. He twisted his knee and went to Kellner Clinic on Tuesday, Vell said.', 'Vell went'],
    ['Coach Tom Vell told reporters the striker trained at noon. He twisted his knee and went to Kellner Clinic on Tuesday, said Vell.', 'Vell went'],
    // a subject whose own verb is plural is no "it"
    ['The Norvex mill opened in 1990. Neighbours are asking who had checked the mill before it burned on 3 May.', 'Neighbours burned'],
  ])('%s', (text, wrong) => {
    expect(titlesOf(text).join(' | ')).not.toContain(wrong);
  });
  it('still names "he" when the sentence\'s speaker comes first, as its main clause', () => {
    expect(titlesOf('Tom Vell faced the committee for five hours. When he resigned on Tuesday, Vell told reporters he was tired.').join(' | ')).toMatch(/^Tom Vell /);
  });
});

describe('draftEvents: a live page\'s stamp before a cry with no verb and no noun drafts nothing (opst24)', () => {
  const published = writtenOn(2027, 6, 1);
  const entry = (cry: string) => paragraphTitles(["Ferry crisis: Monday's live blog.", 'Officials ordered all boats to leave the area.', `3.15 pm CDT: ${cry}`, "It appears that hackers managed to hijack the firm's account."], published);
  it.each(['Oh dear.', 'Oh no.'])('%s', (cry) => expect(entry(cry)).toEqual([]));
  it('a stamp before a clause is kept', () => expect(entry('The ferry has sunk.')).toContain('Ferry has sunk'));
});

describe('draftEvents: a stamped entry that tells how things still or already stand dates no happening (opst24)', () => {
  const published = writtenOn(2027, 6, 1);
  const entry = (text: string) => paragraphTitles(["Ferry crisis: Monday's live blog.", 'Officials ordered all boats to leave the area.', `2.35 pm CDT: ${text}`, "It appears that hackers managed to hijack the firm's account."], published);
  it.each([
    'The wire service are reporting that four volunteers sweeping the beach are still in hospital after they fainted.',
    "It's a hot day here, and the press pack is already assembled outside waiting for the briefing.",
    'The mayor says the pier is still closed.',
  ])('%s', (text) => expect(entry(text)).toEqual([]));
  it.each([
    ['Crews are still pumping water out of the tunnel.', 'Crews are still pumping water out of the tunnel'],
    ['Crews have already left the pier.', 'Crews have already left the pier'],
    ['The ferry has sunk.', 'Ferry has sunk'],
  ])('%s is kept', (text, title) => expect(entry(text)).toContain(title));
});

describe('draftEvents: a date on a noun that a participle cut short of its relative clause takes is not the clause\'s (noun24)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    // a schedule's participle on a noun the clause's verb took: what was arranged is dated
    ['Two colleges had to move the oral tests for language and music courses scheduled for next week.', '2025'],
    ['The council postponed the vote scheduled for Monday.', '2025-03'],
    // a present participle on a noun, with a dated happening for object: what the noun's people are busy with
    ['Lawyers for the crew sparred with members of a board investigating the March 3 fire while revealing new details.', '2025-03-03'],
    ['Reporters questioned officials of the agency reviewing the March 3 collapse of the bridge.', '2025-03-03'],
    // a record's participle dates the record, a yardstick
    ['The pupils of Carrick beat the old record of 900 runners set last year in Lowmere by enlisting 1,500 runners.', '2024'],
    // a schedule's infinitive on such a noun ("due to")
    ['The head said the closure would cause "real worry" to pupils due to sit exams next week.', '2025'],
  ])('"%s" tells no clause at %s', (text, date) => expect(titlesAndDays(text, published).filter(([, d]) => String(d).startsWith(date))).toEqual([]));
  it.each([
    // controls: a clause with no verb before the noun, a participle of the clause's subject, the verb's own date
    ['The vote scheduled for Monday was called off on Wednesday.', '2025-03-12'],
    ['The council voted on Monday to move the tests scheduled for May.', '2025-03-10'],
    ['Crews cleaning up the March 3 spill found a second leak on Tuesday.', '2025-03-11'],
    ['The board investigating the fire met on Monday.', '2025-03-10'],
    ['The club set a record last year.', '2024'],
    // a "with" opens a clause of its own, whose plan is told
    ['The hearing is due to open on Monday with closing talks due to begin on Thursday.', '2025-03-20'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => String(d))).toContain(date));
});

describe('draftEvents: a past perfect told before a dated happening is not of its day (noun24)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    ['Harbour staff had already been testing new flood gates for the quay before Tuesday\'s storm.', '2025-03-11'],
    ['The crews had shut the coast road before the March 3 flood.', '2025-03-03'],
  ])('"%s" tells no clause at %s', (text, date) => expect(titlesAndDays(text, published).filter(([, d]) => String(d).startsWith(date))).toEqual([]));
  it.each([
    // controls: the simple past, a span counted back
    ['The crews shut the coast road before Tuesday\'s storm.', '2025-03-11'],
    ['The mayor had left the day before Tuesday\'s vote.', '2025-03-10'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => String(d))).toContain(date));
});

describe('a "she" named by the one person the window leaves (soleReferent)', () => {
  const published = writtenOn(2011, 5, 4);
  it.each([
    // the "he" between claims the man; the woman is left for "she"
    { lead: 'Tom Vell has two sons with Ann Dask.', named: 'Ann Dask criticised him for missing the launch' },
    // a person noun in the window is a second candidate: the pronoun stays
    { lead: 'Tom Vell has two sons with the singer.', named: 'She criticised him for missing the launch' },
  ])('$lead', ({ lead, named }) => {
    const titles = paragraphTitles([lead, 'He has clashed with her in public before.', 'In 2009, she criticised him for missing the launch.'], published);
    expect(titles).toContain(named);
  });
});
describe('a "he" named when sex rules out the other person named (soleReferent)', () => {
  const published = writtenOn(2025, 3, 6);
  const titlesOf = (text: string) => periodSentenceDrafts(text, published).map((d) => d.title);
  it.each([
    { text: 'Maria Lund and John Carter, the owners, ran the mill. He sold the mill on Tuesday.', titles: ['John Carter sold the mill'] },
    // one person alone: nothing but the lack of another says it is him
    { text: 'The committee questioned Tom Vell for five hours. He resigned on Tuesday.', titles: ['He resigned'] },
    // a quotation between: the speaker changes
    { text: 'Maria Lund and John Carter ran the mill. "We lost money," the owners said. He sold the mill on Tuesday.', titles: ['He sold the mill'] },
  ])('$text', ({ text, titles }) => {
    expect(titlesOf(text)).toEqual(titles);
  });
});

describe('draftEvents: a date in a trailing "-ing" clause, after a main clause with its own date, is the participle\'s (clause24b)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it.each([
    ['In 2001, she opened a bakery in Harbourton, expanding with a second shop in Dunmore in 2009.', '2009'],
    ['She opened a bakery in Harbourton in 2001, expanding with a second shop in Dunmore in 2009.', '2009'],
    ['The storm hit the coast on Monday, flooding the harbour and closing the port on Tuesday.', '2025-03-11'],
  ])('"%s" tells no main clause at %s', (text, date) => expect(titlesAndDays(text, published).filter(([, d]) => String(d).startsWith(date))).toEqual([]));
  it.each([
    // controls: the main clause's own date; a lone date in the participle's clause; a phrase of a preposition's kind
    ['In 2001, she opened a bakery in Harbourton, expanding with a second shop in Dunmore in 2009.', '2001'],
    ['Rebels attacked the town, killing 12 people on Monday.', '2025-03-10'],
    ['The storm hit the coast on Monday, flooding the harbour and closing the port on Tuesday.', '2025-03-10'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => String(d))).toContainEqual(expect.stringMatching(new RegExp('^' + date))));
});

describe('draftEvents: a title told by a contrast clause after the date is not of the date (clause24b)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it('drops the "while" clause told with the main clause\'s date', () =>
    expect(titlesAndDays('Among growers, 40 percent back the plan today, while 70 percent backed it before the flood.', published)).toEqual([]));
  it.each([
    // controls: the main clause told with its date; "while" before an "-ing" verb
    ['The council closed the pier on Monday, while the harbour board kept the slipway open.', '2025-03-10'],
    ['The mayor was hurt on Monday, while visiting the port.', '2025-03-10'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => String(d))).toContainEqual(expect.stringMatching(new RegExp('^' + date))));
});

describe('draftEvents: a date after a second verb joined by "and", the first verb dated before it, is the second verb\'s (clause24b)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  it('tells no first clause at the second date', () =>
    expect(titlesAndDays('Mr Roe joined the firm in 1999 after a merger and rose to the board last year.', published).filter(([, d]) => String(d).startsWith('2024'))).toEqual([]));
  it.each([
    // controls: the first verb's own date; a title that tells the second verb
    ['Mr Roe joined the firm in 1999 after a merger and rose to the board last year.', '1999'],
    ['Ann Roe went to the clinic on 8 March but died five days later.', '2025-03-13'],
  ])('"%s" keeps %s', (text, date) => expect(titlesAndDays(text, published).map(([, d]) => String(d))).toContainEqual(expect.stringMatching(new RegExp('^' + date))));
});

describe('a local happening takes the place the story is set in', () => {
  const lead = 'Rescuers searched the rubble for a third day after a strong earthquake in Nepal.';
  it.each([
    // the lead sets the story in one country; a collapse, a death told with no place of its own takes it
    [[lead, 'Two bridges collapsed on Tuesday.'], 'Two bridges collapsed in Nepal'],
    [[lead, 'A climber died on Monday.'], 'Climber died in Nepal'],
  ])('%j -> %s', (paragraphs, title) => {
    expect(paragraphTitles(paragraphs, writtenOn(2031, 5, 8))).toContain(title);
  });
  it.each([
    // a statement happens in no one place
    [[lead, 'The ministry said on Tuesday that it had bought new tents.'], /Nepal/],
    // the sentence names its own place
    [[lead, 'Two bridges collapsed in Pokhara on Tuesday.'], /Nepal/],
    // the lead names the country as another place than the story's
    [['A child has become the first victim of the virus outside Nepal.', 'The child died on Monday.'], /Nepal/],
    // the lead names two countries
    [[lead, 'Aid flew in from India on Sunday.', 'Two bridges collapsed on Tuesday.'], /Nepal/],
  ])('%j keeps its title', (paragraphs, place) => {
    expect(paragraphTitles(paragraphs, writtenOn(2031, 5, 8)).some((t) => place.test(t))).toBe(false);
  });
});

describe('a happening named by its noun keeps its title without the place', () => {
  it('Earthquake hit', () => {
    const titles = paragraphTitles(['Rescuers searched the rubble for a third day after a strong earthquake in Nepal.', 'The earthquake hit on Tuesday.'], writtenOn(2031, 5, 8));
    expect(titles.some((t) => /Nepal/.test(t))).toBe(false);
  });
});

describe('pron25: the "I" or a body\'s "we" of a quotation is its speaker, named by its own attribution', () => {
  const published = writtenOn(2025, 3, 6);
  const titlesOf = (paragraphs: string[]) => paragraphTitles(paragraphs, published);
  it.each([
    // the attribution after the quotation, which goes on after it
    [['The mill reopened in March.', '"I only heard about the fire on Monday," says Ann Roe, "and I came at once."'], 'Ann Roe only heard about the fire'],
    // the attribution in the next sentence, where the quotation closes
    [['The mill reopened in March.', '"I locked the mill on Monday.', 'The roof fell in an hour later," said Tom Vell, 24.'], 'Tom Vell locked the mill'],
    // a body that introduces the quotation: its "we" is the body itself
    [['The mill reopened in March.', 'Norvex Shipping said: "We started loading the ferries on Monday.'], 'Norvex Shipping started loading the ferries'],
  ])('%j is titled %j', (paragraphs, title) => expect(titlesOf(paragraphs)).toContain(title));
  it.each([
    // a person's "we" is not the person alone
    [['The mill reopened in March.', 'Ann Roe said: "We started loading the ferries on Monday.'], 'Ann Roe started'],
    // no one person named where the quotation closes
    [['The mill reopened in March.', '"I left the mill on Monday.', 'The roof fell in an hour later," one driver said.'], 'Driver left'],
  ])('%j is not titled with %j', (paragraphs, wrong) => expect(titlesOf(paragraphs).join(' | ')).not.toContain(wrong));
});

describe('pron26: a quotation\'s speaker written as "he" or "she", with an office set off, or over several sentences', () => {
  const published = writtenOn(2025, 3, 6);
  const titlesOf = (paragraphs: string[]) => paragraphTitles(paragraphs, published);
  it.each([
    // the speaker's office set off by commas before the name, or her body after it
    [['The mill reopened in March.', '"We locked the mill on Monday," the harbour master, Ann Roe, said.'], 'Ann Roe says "We locked the mill"'],
    [['The mill reopened in March.', '"The roof fell in.', 'We locked the mill on Monday," said Ann Roe of the harbour board.'], 'Ann Roe says "We locked the mill"'],
    // a "she" or "he" as the speaker: the subject of the sentence before, who agrees
    // (an "I" told as its speaker is no longer the speaker's words, so "the mill" takes the fuller name, see def26)
    [['Ann Roe runs the Vell mill.', '"I locked the mill on Monday.', 'The roof fell in an hour later," she said.'], 'Ann Roe locked the Vell mill'],
    [['Tom Vell runs the Vell mill.', 'He said: "My boat was sunk on Monday."'], 'Tom Vell says "My boat was sunk"'],
    // a quotation with no attribution of its own goes on the speaker's words the sentence before closed on
    [['Ann Roe runs the Vell mill.', '"The roof fell in," Ann Roe said.', '"I locked the mill on Monday."'], 'Ann Roe locked the Vell mill'],
    [['Ann Roe runs the Vell mill.', '"The roof fell in," she said.', '"I locked the mill on Monday."'], 'Ann Roe locked the Vell mill'],
    // the quotation closing two sentences on
    [['Ann Roe runs the Vell mill.', '"I locked the mill on Monday.', 'The roof fell in.', 'The lorries left," she said.'], 'Ann Roe locked the Vell mill'],
  ])('%j is titled %j', (paragraphs, title) => expect(titlesOf(paragraphs)).toContain(title));
  it.each([
    // a "she" the subject before cannot be
    [['Tom Vell runs the Vell mill.', '"I locked the mill on Monday," she said.'], 'Tom Vell'],
    // the sentence before closed on no speaker's attribution
    [['Ann Roe runs the Vell mill.', 'The roof fell in.', '"I locked the mill on Monday."'], 'Ann Roe locked'],
    // no one named before the "he"
    [['The mill reopened in March.', '"I locked the mill on Monday.', 'The roof fell in an hour later," he said.'], 'says'],
  ])('%j is not titled with %j', (paragraphs, wrong) => expect(titlesOf(paragraphs).join(' | ')).not.toContain(wrong));
});

describe('pron26: the "his" or "her" of a clause after "when" set right after a person is that person\'s', () => {
  const published = writtenOn(2025, 3, 6);
  const titlesOf = (paragraphs: string[]) => paragraphTitles(paragraphs, published);
  it.each([
    // the person the clause is set after, not the one the sentence's first "his" stands for
    [['The mill reopened in March.', 'Tom Vell must weigh in his first year whether to keep Ann Roe as chair of the Vell board when her lease ends in June.'], 'Ann Roe\'s lease ends'],
    // of two such clauses, each its own person's
    [['The mill reopened in March.', 'In May the board can keep Tom Vell when his lease expires and decide the same about Paul Brandt when his lease ends in June.'], 'Paul Brandt\'s lease ends'],
  ])('%j is titled %j', (paragraphs, title) => expect(titlesOf(paragraphs)).toContain(title));
  it.each([
    // a verb between the person and the clause: another clause, whose subject may be meant
    [['The board met on Friday.', 'By autumn, Mayor Tom Vell must settle the hardest question of his time in office -- whether Paul Brandt will stay on the ferry board once his term ends next March.'], 'His term ends'],
    // a name whose sex the pronoun rules out
    [['The board met on Friday.', 'By autumn, Mayor Tom Vell must settle the hardest question of his time in office -- whether to keep Ann Roe at the head of the ferry board once his term ends next March.'], 'His term ends'],
  ])('%j is titled %j, the pronoun kept', (paragraphs, title) => expect(titlesOf(paragraphs)).toContain(title));
});

describe('pron26: a surname alone after a word opening a clause ("When Vell", "But Vell") is a person a later "he" may stand for', () => {
  const published = writtenOn(2025, 3, 6);
  const titlesOf = (paragraphs: string[]) => paragraphTitles(paragraphs, published);
  it.each([
    [['Lawyers say the board of Norvex, led by its chairman, Tom Vell, hid the losses.', 'When Vell took over the mill, he asked the crews on Monday to put safety first.'], 'Vell asked the crews to put safety first'],
    [['Lawyers say the board of Norvex, led by its chairman, Tom Vell, hid the losses.', 'After Vell took over the mill, he asked the crews on Monday to put safety first.'], 'Vell asked the crews to put safety first'],
  ])('%j is titled %j', (paragraphs, title) => expect(titlesOf(paragraphs)).toContain(title));
});

describe('draftEvents: a present state kept up by "still" or "remain" (clause25)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    'The 9m litres spilt from the Norvex tanker in the Vell estuary in 2004 still threaten the whole bay.',
    'Tarrow city bonds still offer one of the best yields on the market today.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a subject that is a happening's noun is what the past year dates: the event stays, told in the sentence's words
    ['1952: The great Vell flood remains the worst on record.', 'Great Vell flood remains the worst on record'],
    // a modal, a schedule, a saying's frame, a past
    ['Ann Roe will still open the Vell bridge on Monday.', 'Ann Roe will still open the Vell bridge'],
    ['The Vell school is due to remain closed until Thursday.', 'Vell school is due to remain closed'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a year in a name closed by "of" (clause25)', () => {
  // published Friday 14 March 2025
  const published = writtenOn(2025, 3, 14);
  function titlesOf(text: string) {
    return oneSentenceDrafts(text, published).map((d) => d.title);
  }
  it.each([
    'Norvex has chosen to waive the limit on liability under the Port Safety Act of 1990.',
    'The program was authorized by the Tarrow Coast Research and Development Act of 1999.',
  ])('"%s" tells no happening', (text) => expect(titlesOf(text)).toEqual([]));
  it.each([
    // a season, and a year told with its own verb
    ['Ann Roe left Tarrow in the Spring of 1998.', 'Ann Roe left Tarrow'],
    ['The council passed the Port Safety Act in 1990.', 'Council passed the Port Safety Act'],
  ])('"%s" keeps its title', (text, title) => expect(titlesOf(text)).toEqual([title]));
});

describe('draftEvents: a present verb after a relative pronoun takes its object (clause25)', () => {
  // published Monday 12 July 2010
  const published = writtenOn(2010, 7, 12);
  it.each([
    ['The panel, which holds hearings on Monday in Lowmere, must find its role amid other inquiries.', 'Panel holds hearings in Lowmere'],
    ['The Vell council, which opens talks Tuesday with the unions, also must cut its budget.', 'Vell council opens talks with the unions'],
  ])('"%s" is titled by the clause its date sits in', (text, title) => expect(oneSentenceDrafts(text, published).map((d) => d.title)).toEqual([title]));
});

describe('a "he", "she" or "his" with no sure person named before it in its sentence (looks ahead, or another named between)', () => {
  const published = writtenOn(2024, 6, 3);
  it.each([
    // the main clause's subject is a role or an age: no one named before is meant
    { paragraphs: ['Tom Vell ran Norvex for a decade.', 'Once he took over as chairman in 2019, the 61-year-old asked the crews to put safety first.'], expected: 'He took over as chairman' },
    { paragraphs: ['Ann Roe led the council until May.', 'After she won the vote in 2020, the mayor promised new ferries.'], expected: 'She won the vote' },
    // another person named between two of the same pronoun leaves the later one open, unless the later one's clause is
    // set right after that person (pron26: "keep Paul Brandt at the head of the board once his term ends" is his term)
    { paragraphs: ['The board met on Friday.', 'By autumn, Mayor Tom Vell must settle the hardest question of his time in office -- whether to keep Paul Brandt at the head of the ferry board once his term ends next March.'], expected: "Paul Brandt's term ends" },
  ])('$expected', ({ paragraphs, expected }) => {
    expect(paragraphTitles(paragraphs, published)).toContain(expected);
  });
});

describe('a time word opening a clause the tagger read as a preposition', () => {
  // "before the fund collapsed in May": the date is the collapse's, told in a clause of its own, not the figure's
  // before it; a span before the word ("a week before he died") is one date with the clause, counted from it
  it.each([
    { text: 'The index is still 30% lower than before the Norvex fund collapsed in March.', want: [['Norvex fund collapsed', '2010-03']] },
    { text: 'Ferry fares are still less than half of their level before the Port Ellis strike began in April.', want: [['Port Ellis strike began', '2010-04']] },
    { text: 'Port Ellis kept its curfew even after the council on Tuesday voted to end the state of emergency.', want: [['Council voted to end the state of emergency', '2010-07-20']] },
  ])('dates the clause after it: $text', ({ text, want }) => {
    expect(titlesAndDays(text, writtenOn(2010, 7, 26))).toEqual(want);
  });
});

describe('a noun and its year followed by a past deed', () => {
  // "the sheep pox of 1903 that killed 900 ewes": whatever the noun, one that did a deed in its year is a happening;
  // a present clause ("that requires") tells a state, and "who" a person
  it.each([
    { text: 'The worst such outbreak was the sheep pox of 1903 that killed 900 ewes.', want: [['Sheep pox killed 900 ewes', '1903']] },
    { text: 'Farmers still recall the Carrick blight of 1952, which ruined the harvest.', want: [['Carrick blight ruined the harvest', '1952']] },
    { text: 'The harbour safety law of 1990 that requires checks is still in force.', want: [] },
    { text: 'She was the champion of 2019 who won the Vell cup.', want: [] },
  ])('$text', ({ text, want }) => {
    expect(titlesAndDays(text, writtenOn(2010, 7, 26))).toEqual(want);
  });
});

describe('review25: rules held to what their comments say (fixA25)', () => {
  // published Tuesday 24 October 2023
  const published = writtenOn(2023, 10, 24);
  it.each([
    // a capitalised happening's name with its year is still that happening (only a law's or a treaty's year names it)
    { text: 'Farmers still recall the Great Flood of 1993, which forced 50,000 people from their homes.', year: '1993' },
    { text: 'Many homes in Tarbel were lost in the Great Storm of 1987.', year: '1987' },
  ])('keeps a dated happening named with "of": $text', ({ text, year }) => {
    expect(titlesAndDays(text, published).map(([, d]) => d)).toContain(year);
  });
  it.each([
    // a law's year names the law; its past clause tells how it came, not a happening of that year
    'The Port Ellis safety law of 1990 that created the fund is still in force.',
    'The harbour treaty of 1921, which ended the dispute, still binds both towns.',
  ])('"%s" tells no happening of the law\'s year', (text) => {
    expect(titlesAndDays(text, published)).toEqual([]);
  });
  it.each([
    // blame at a date for a failure told after "for": a reaction, whatever happening the reason names
    'The mayor criticised the Port Ellis board on Monday for its failures in the flood.',
    'The senator praised the Norvex crews on Tuesday for their work during the spill.',
  ])('"%s" is a reaction', (text) => {
    expect(titlesAndDays(text, published)).toEqual([]);
  });
  it.each([
    // a relative clause's "will" describes a noun; the title's own "will" still makes it planned
    ['These will be discussed on Monday evening at a meeting that will be open to all.', 'planned'],
    ['These will be discussed on Monday evening at a meeting.', 'planned'],
  ])('"%s" is %s', (text, status) => {
    expect(titlesAndStatus(text, published).map(([, s]) => s)).toEqual([status]);
  });
  it.each([
    // a running figure reported after a verb of saying, with "that" or without: a statistic either way
    'Norvex said that sales rose 4 percent on Monday.',
    'Norvex said sales rose 4 percent on Monday.',
  ])('"%s" is a statistic', (text) => {
    expect(titlesAndDays(text, published)).toEqual([]);
  });
  it.each([
    // "due" stays when no date was taken from after it
    ['The Tarbel taxes due were paid on Monday.', 'Tarbel taxes due were paid'],
  ])('"%s" is titled "%s"', (text, title) => {
    expect(titlesAndDays(text, published).map(([t]) => t)).toEqual([title]);
  });
});
