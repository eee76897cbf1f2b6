import { describe, expect, it } from 'vitest';
import { eventDate, precisionRank } from '../../src/core/dates';
import type { Precision } from '../../src/core/schema';
import { validateEventList } from '../../src/core/schema';
import { eventTitle } from '../../src/pipeline/title';
import { tokenize } from '../../src/pipeline/language/tokens';
import { datedReferences, finestPrecision, givesTally, mergeAcrossSources, referredHappenings, stem } from '../../src/pipeline/merge';
import type { DraftEvent, Sentence, Timex } from '../../src/pipeline/types';

type When = [start: string, end: string, precision: Precision, approximate?: boolean];

/** A draft from one sentence at `offset` in `article`, dated by `phrase`. */
function draft(article: string, offset: number, text: string, phrase: string, when: When): DraftEvent {
  const at = text.indexOf(phrase);
  const sentence: Sentence = { text, start: offset, end: offset + text.length, tokens: tokenize(text) };
  const date = { start: when[0], end: when[1], precision: when[2], approximate: when[3] ?? false };
  const timex: Timex = { text: phrase, start: offset + at, end: offset + at + phrase.length, type: 'DATE', value: when[0], date, resolution: { rule: 'test', anchor: 'text', tense: null, pickedBy: null, direction: null, yearInferred: false, unresolved: null }, explanation: '' };
  return { article, title: eventTitle(sentence, timex), date: eventDate(date.start, date.end, date.precision, date.approximate), sentence, timex };
}

const WEDNESDAY: When = ['2025-03-05', '2025-03-05', 'day'];
const LAST_MONTH: When = ['2025-02', '2025-02', 'month'];
const RECENT_WEEKS: When = ['2025-02-04', '2025-03-05', 'day', true];

const wire = [
  draft('a-wire', 120, 'Port authority spokesperson Lena Park said Wednesday that officials have held "ongoing talks" with the dockworkers union.', 'Wednesday', WEDNESDAY),
  draft('a-wire', 240, 'The talks, which took place last month in Harbor City, focused on pay and safety, according to a union official.', 'last month', LAST_MONTH),
  draft('a-wire', 400, 'The Rovers beat the Mariners 2-1 on Wednesday at Central Stadium, ending a run of six defeats.', 'Wednesday', WEDNESDAY),
];
const daily = [
  draft('b-daily', 80, 'The port authority confirmed on Wednesday that it is in direct negotiations with the dockworkers union, Park told reporters.', 'Wednesday', WEDNESDAY),
  draft('b-daily', 210, 'The negotiations with the union have been taking place in Harbor City in recent weeks.', 'in recent weeks', RECENT_WEEKS),
  draft('b-daily', 330, 'A federal judge on Wednesday blocked the new tariff rules, ruling that the trade agency had overstepped its authority.', 'Wednesday', WEDNESDAY),
];
const all = [...wire, ...daily];

const summary = (drafts: DraftEvent[]) =>
  mergeAcrossSources(drafts).map((e) => ({ date: e.date.label, sources: e.sources.map((s) => `${s.article}@${s.start}`) }));

describe('mergeAcrossSources', () => {
  it('joins the same happening told by two articles and keeps unrelated ones apart', () => {
    expect(summary(all)).toEqual([
      { date: 'February 2025', sources: ['a-wire@240', 'b-daily@210'] },
      { date: '5 March 2025', sources: ['b-daily@330'] },
      { date: '5 March 2025', sources: ['a-wire@120', 'b-daily@80'] },
      { date: '5 March 2025', sources: ['a-wire@400'] },
    ]);
  });

  it('takes the date and title of the most precise exact source', () => {
    const talks = mergeAcrossSources(all).find((e) => e.sources.length === 2 && e.date.precision === 'month')!;
    expect(talks.date).toEqual(eventDate('2025-02', '2025-02', 'month'));
    expect(talks.title).toBe('Talks took place in Harbor City');
  });

  it('titles a happening one telling reports done by a telling not planned, and dates it by the most precise', () => {
    const ahead = { ...draft('a-wire', 0, 'Mayor Ana Ruiz will open the new Harbor City ferry terminal at 10am on Wednesday.', '10am on Wednesday', ['2025-03-05T10:00', '2025-03-05T10:00', 'minute']), status: 'planned' as const };
    const done = draft('b-daily', 0, 'Mayor Ana Ruiz opened the new Harbor City ferry terminal on Wednesday.', 'Wednesday', WEDNESDAY);
    const [opened] = mergeAcrossSources([ahead, done]);
    expect(opened.sources).toHaveLength(2);
    expect([opened.title, opened.date.start, opened.status]).toEqual([done.title, '2025-03-05T10:00', undefined]);
    const [still] = mergeAcrossSources([ahead, { ...done, status: 'planned' as const }]);
    expect([still.title, still.status]).toEqual([ahead.title, 'planned']);
  });

  it('writes each source as a verbatim quote with its date expression', () => {
    const [first] = mergeAcrossSources([wire[0]]);
    expect(first.sources).toEqual([
      {
        article: 'a-wire', quote: wire[0].sentence.text, start: 120, end: 120 + wire[0].sentence.text.length,
        timex: { text: 'Wednesday', start: wire[0].timex.start, end: wire[0].timex.end, value: '2025-03-05' },
      },
    ]);
  });

  it('takes two sources from one article only when they tell one happening on one date', () => {
    const twice = draft('a-wire', 900, 'The port authority held talks with the dockworkers union on Wednesday, Lena Park said.', 'Wednesday', WEDNESDAY);
    const events = mergeAcrossSources([...all, twice]);
    for (const e of events) {
      const byArticle = new Map<string, Set<string>>();
      for (const s of e.sources) byArticle.set(s.article, (byArticle.get(s.article) ?? new Set()).add(s.timex.value));
      for (const values of byArticle.values()) expect(values.size).toBe(1);
    }
  });

  it.each([
    {
      name: 'the lead and the recap of one happening',
      a: 'The city council voted on Tuesday to close the Elm Street pool for repairs.',
      b: 'The council voted on Tuesday to close the Elm Street pool, ending a long dispute.',
      merged: true,
    },
    {
      name: 'a confirmation and the first report of what it confirms',
      a: 'Press secretary Jane Roe said Wednesday that Ardenian officials have held talks with rebel officials.',
      b: 'The talks between Ardenian and rebel officials were first reported earlier Wednesday by the Ledger.',
      merged: false,
    },
    {
      name: 'two happenings of one day',
      a: 'The city council voted on Tuesday to close the Elm Street pool for repairs.',
      b: 'A fire destroyed a warehouse near the harbour on Tuesday, firefighters said.',
      merged: false,
    },
  ])('within one article: $name', ({ a, b, merged }) => {
    const tuesday: When = ['2025-03-04', '2025-03-04', 'day'];
    const day = a.includes('Tuesday') ? 'Tuesday' : 'Wednesday';
    const events = mergeAcrossSources([draft('c-local', 10, a, day, tuesday), draft('c-local', 400, b, day, tuesday)]);
    expect(events).toHaveLength(merged ? 1 : 2);
  });

  const TUESDAY: When = ['2025-03-04', '2025-03-04', 'day'];
  it.each([
    {
      name: 'a definite description opening the sentence names the happening again',
      a: ['A strong quake shook the hill town of Varrow on Tuesday, toppling its old bell tower.', 'Tuesday'],
      b: ['The tremor was felt on Tuesday as far as the coast, residents said.', 'Tuesday'],
      merged: true,
    },
    {
      name: 'the date as a possessive names a happening of its day',
      a: ['Farm ministers of the two neighbours held a closed-door session in Dellport on Tuesday.', 'Tuesday'],
      b: ["Officials called Tuesday's meeting \"useful\" but gave no details.", "Tuesday's"],
      merged: true,
    },
    {
      name: 'a market move told twice with different words',
      a: ['Shares in Corvane Motors plunged 20 percent on Tuesday after a weak forecast.', 'Tuesday'],
      b: ["Tuesday's sell-off wiped out a year of gains for the carmaker's investors.", "Tuesday's"],
      merged: true,
    },
    {
      name: 'a happening noun that does not open the sentence tells something new',
      a: ['Prosecutors say the pharmacist caused the death of Ana Ruiz on Tuesday.', 'Tuesday'],
      b: ['The defence says Ruiz caused her own death by mixing the pills on Tuesday.', 'Tuesday'],
      merged: false,
    },
    {
      name: 'a thing, not a happening, is pointed back to',
      a: ['A drone carrying the medicine landed in the village of Oxhey on Tuesday.', 'Tuesday'],
      b: ['The medicine was handed to the clinic nurses on Tuesday.', 'Tuesday'],
      merged: false,
    },
    {
      name: 'the report of a happening, dated by the report',
      a: ['Mayor Tom Vale said on Tuesday that the two unions had held talks.', 'Tuesday'],
      b: ['The talks were first reported on Tuesday by the Courier.', 'Tuesday'],
      merged: false,
    },
    {
      name: 'a different happening noun on the same day',
      a: ['A storm flooded the lower town of Brisk on Tuesday.', 'Tuesday'],
      b: ["Tuesday's vote on the harbour plan was put off until spring.", "Tuesday's"],
      merged: false,
    },
    {
      name: 'the same deed done to the same thing, told again with fewer words',
      a: ['Mayors Ada Brill of Varrow and Tom Vale of Oxhey signed a regional water sharing pact on Tuesday.', 'Tuesday'],
      b: ['The two mayors on Tuesday signed the pact, which covers four reservoirs.', 'Tuesday'],
      merged: true,
    },
    {
      name: 'a vote and the members who all cast it',
      a: ['A citizens assembly voted overwhelmingly on Tuesday to make Varrow a free port.', 'Tuesday'],
      b: ['Finance Minister Ada Brill, Trade Minister Tom Vale and Mayor Ann Roe all voted to back the port on Tuesday.', 'Tuesday'],
      merged: true,
    },
    {
      name: 'the same deed told of someone else',
      a: ['The Rovers signed a young goalkeeper from Oxhey on Tuesday.', 'Tuesday'],
      b: ['The Mariners signed a young goalkeeper from Brisk on Tuesday.', 'Tuesday'],
      merged: false,
    },
    {
      name: 'the same deed done to another thing',
      a: ['The club signed a young goalkeeper from Oxhey on Tuesday.', 'Tuesday'],
      b: ['The club also signed a new shirt sponsor on Tuesday.', 'Tuesday'],
      merged: false,
    },
  ])('within one article, pointing back: $name', ({ a, b, merged }) => {
    const events = mergeAcrossSources([draft('c-local', 10, a[0], a[1], TUESDAY), draft('c-local', 400, b[0], b[1], TUESDAY)]);
    expect(events).toHaveLength(merged ? 1 : 2);
  });

  it.each([
    {
      name: 'two deeds of one year that share their words',
      a: 'The region battled cattle fever and swine fever in 2019 and has improved its farm inspections, but its provinces differ in how prepared they are.',
      b: 'Norland strengthened its farm inspections after a slow response to swine fever in 2019, and officials say it is now well prepared.',
      merged: false,
    },
    {
      name: 'one deed of one year told twice',
      a: 'Norland closed its border to cattle from the south in 2019 after an outbreak of swine fever in the region.',
      b: 'Norland closed its border to cattle in 2019, after the outbreak of swine fever spread through the region.',
      merged: true,
    },
  ])('within one article, a year holds many happenings: $name', ({ a, b, merged }) => {
    const year: When = ['2019', '2019', 'year'];
    const events = mergeAcrossSources([draft('c-local', 10, a, '2019', year), draft('c-local', 400, b, '2019', year)]);
    expect(events).toHaveLength(merged ? 1 : 2);
  });

  it('within one article, the very next sentence carries one happening on when it shares two common words', () => {
    const first = 'One mountain rescue team found three walkers on Tuesday near the Skell ridge.';
    const next = 'Team leader Rob Hale said his crew had to find them by torchlight on Tuesday.';
    const at = (offset: number, text: string) => draft('c-local', offset, text, 'Tuesday', TUESDAY);
    // the next sentence (one space between): one happening
    expect(mergeAcrossSources([at(10, first), at(10 + first.length + 1, next)])).toHaveLength(1);
    // the same words three sentences on: not enough
    expect(mergeAcrossSources([at(10, first), at(10 + first.length + 300, next)])).toHaveLength(2);
    // the next sentence sharing only names: a new happening
    const names = 'Skell Mountain Rescue also opened a new hut on Tuesday.';
    expect(mergeAcrossSources([at(10, first), at(10 + first.length + 1, names)])).toHaveLength(2);
  });

  it('words of a heading set in capitals are common words, not names; a lone word in capitals stays a name', () => {
    const at = (offset: number, text: string) => draft('c-local', offset, text, 'Tuesday', TUESDAY);
    const heading = 'BACK TO LIST TUESDAY: PLANTING RIVER WILLOWS - UNDER WAY The council is planting two rows of willows along the river bank.';
    const next = 'Work on the first row of river willows started on Tuesday, with the second due in spring.';
    expect(mergeAcrossSources([at(10, heading), at(10 + heading.length + 2, next)])).toHaveLength(1);
    // one word in capitals is an acronym, a name: two deeds of one body on one day stay apart
    const crews = 'NORDA crews planted new willows along the bank on Tuesday.';
    const hut = 'NORDA crews also opened a visitor hut on Tuesday.';
    expect(mergeAcrossSources([at(10, crews), at(10 + crews.length + 1, hut)])).toHaveLength(2);
    // a place in capitals the text does not write in small letters (a dateline) stays a name
    const planted = 'HARBOR CITY -- Volunteer crews planted new willows on Tuesday.';
    const opened = 'HARBOR CITY volunteer crews also opened a visitor hut on Tuesday.';
    expect(mergeAcrossSources([at(10, planted), at(10 + planted.length + 1, opened)])).toHaveLength(2);
  });

  it('within one article, joins a day and a clock time on it when one points back to the other, but not two clock times', () => {
    const quake = draft('c-local', 10, 'A strong quake shook the hill town of Varrow on Tuesday, toppling its old bell tower.', 'Tuesday', TUESDAY);
    const clock = draft('c-local', 200, 'The tremor struck at 16:53 GMT, the survey office said.', '16:53 GMT', ['2025-03-04T16:53', '2025-03-04T16:53', 'minute']);
    const later = draft('c-local', 400, 'The quake was followed by an aftershock at 18:10 GMT.', '18:10 GMT', ['2025-03-04T18:10', '2025-03-04T18:10', 'minute']);
    const events = mergeAcrossSources([quake, clock, later]);
    expect(events.map((e) => e.sources.map((s) => s.start))).toEqual([[10, 200], [400]]);
    expect(events[0].date.precision).toBe('minute');
  });

  it('within one article, joins two wordings of one deed by the same one on one day, but not two deeds', () => {
    const took = draft('c-court', 10, 'Defendant Mara Quill took the stand on Wednesday in her own defence.', 'Wednesday', WEDNESDAY);
    const testified = draft('c-court', 300, 'Quill testified on Wednesday that she never saw the ledger.', 'Wednesday', WEDNESDAY);
    const other = draft('c-court', 600, 'Quill also fired her second lawyer on Wednesday.', 'Wednesday', WEDNESDAY);
    const events = mergeAcrossSources([took, testified, other]);
    expect(events.map((e) => e.sources.map((s) => s.start))).toEqual([[10, 300], [600]]);
  });

  it('within one article, a month and a day in it join for one deed to the same one, keeping the day', () => {
    const month = draft('c-metro', 10, 'A guard was shot outside the Velden depot last month.', 'last month', LAST_MONTH);
    const day = draft('c-metro', 300, 'Police say the guard was shot on Feb. 23 by a man in a grey van.', 'Feb. 23', ['2025-02-23', '2025-02-23', 'day']);
    const events = mergeAcrossSources([month, day]);
    expect(events.map((e) => e.sources.map((s) => s.start))).toEqual([[10, 300]]);
    expect(events[0].date.precision).toBe('day');
  });

  it('within one article, a week and a day in it join for one deed by the same one', () => {
    const week = draft('c-city', 10, 'The council sent a letter to the ferry operator earlier this week.', 'earlier this week', ['2025-W10', '2025-W10', 'week']);
    const day = draft('c-city', 300, 'The letter the council sent on Monday asks for a refund.', 'Monday', ['2025-03-03', '2025-03-03', 'day']);
    expect(mergeAcrossSources([week, day]).map((e) => e.sources.map((s) => s.start))).toEqual([[10, 300]]);
  });

  it.each([
    { name: 'different deeds', text: 'Police say the guard was fired on Feb. 23 by the depot owner.' },
    { name: 'the same deed to another one', text: 'Police say a driver was shot on Feb. 23 near the harbour.' },
    { name: 'the same deed by another subject', text: "The guard's brother was shot on Feb. 23 outside the Velden depot." },
  ])('within one article, a month and a day in it stay apart: $name', ({ text }) => {
    const month = draft('c-metro', 10, 'The guard was shot outside the Velden depot last month.', 'last month', LAST_MONTH);
    const day = draft('c-metro', 300, text, 'Feb. 23', ['2025-02-23', '2025-02-23', 'day']);
    expect(mergeAcrossSources([month, day])).toHaveLength(2);
  });

  /** Drafts of one sentence, one per date, under the one title the pipeline gives its clause. */
  const twice = (text: string, title: string, dates: [string, When][], status?: 'planned') =>
    dates.map(([phrase, when]) => ({ ...draft('c-port', 40, text, phrase, when), title, ...(status ? { status } : {}) }));

  it('within one sentence, one deed dated twice keeps the date nearest its verb, with the sentence as its quote', () => {
    const text = 'The harbour council on Saturday condemned two arson attacks on ferries on Friday, calling them reckless.';
    const drafts = twice(text, 'Harbour council condemned two arson attacks on ferries', [
      ['Saturday', ['2025-03-08', '2025-03-08', 'day']],
      ['Friday', ['2025-03-07', '2025-03-07', 'day']],
    ]);
    const events = mergeAcrossSources(drafts);
    expect(events).toHaveLength(1);
    expect(events[0].date.start).toBe('2025-03-08');
    expect(events[0].sources.map((s) => [s.quote, s.start, s.timex.text])).toEqual([[text, 40, 'Saturday']]);
  });

  it('within one sentence, a payment day and a record day of one dividend make one planned event on the payment day', () => {
    const text = 'Brightwell Corp. declared a 3-for-2 split of the common, payable Dec. 3 to stock of record Nov. 12.';
    const drafts = twice(text, 'Payable to stock of record', [
      ['Nov. 12', ['2025-11-12', '2025-11-12', 'day']],
      ['Dec. 3', ['2025-12-03', '2025-12-03', 'day']],
    ], 'planned');
    const events = mergeAcrossSources(drafts);
    expect(events.map((e) => [e.date.start, e.status])).toEqual([['2025-12-03', 'planned']]);
  });

  it('within one sentence, days listed after a period word are one stretch: one event dated by the whole of it', () => {
    const text = 'Mayor Lena Park said that over Friday and the weekend, the port handed out free ferry passes to stranded travellers.';
    const drafts = twice(text, 'Port handed out free ferry passes to stranded travellers', [
      ['the weekend', ['2025-03-01', '2025-03-02', 'day']],
      ['Friday', ['2025-02-28', '2025-02-28', 'day']],
    ]);
    expect(mergeAcrossSources(drafts).map((e) => [e.date.start, e.date.end, e.date.label])).toEqual([['2025-02-28', '2025-03-02', '28 February – 2 March 2025']]);
  });

  it.each([
    { name: 'days apart', text: 'Mayor Lena Park said that during Friday and Sunday, the port handed out free ferry passes.', dates: [['Friday', '2025-02-28'], ['Sunday', '2025-03-02']] },
    { name: 'no period word', text: 'Mayor Lena Park said that on Saturday and Sunday, the port handed out free ferry passes.', dates: [['Saturday', '2025-03-01'], ['Sunday', '2025-03-02']] },
  ])('within one sentence, listed days stay apart: $name', ({ text, dates }) => {
    const drafts = twice(text, 'Port handed out free ferry passes', dates.map(([phrase, day]) => [phrase, [day, day, 'day']] as [string, When]));
    expect(mergeAcrossSources(drafts)).toHaveLength(2);
  });

  it.each([
    { name: 'two deeds, each with its date', text: 'Police arrested the driver on Monday and a judge freed him on Thursday.', dates: [['Monday', '2025-03-03'], ['Thursday', '2025-03-06']] },
    { name: 'a participle with its own date', text: 'Work on the first tunnel bore started on Monday, with the second starting on Tuesday.', dates: [['Monday', '2025-03-03'], ['Tuesday', '2025-03-04']] },
    { name: 'dates listed side by side', text: 'The ferry sailed on Monday and Tuesday despite the storm.', dates: [['Monday', '2025-03-03'], ['Tuesday', '2025-03-04']] },
    { name: 'dates as near as each other to the verb', text: 'On Monday the ferry sailed, on Tuesday.', dates: [['Monday', '2025-03-03'], ['Tuesday', '2025-03-04']] },
  ])('within one sentence, two days under one title stay apart: $name', ({ text, dates }) => {
    const drafts = twice(text, 'Ferry sailed', dates.map(([phrase, day]) => [phrase, [day, day, 'day']] as [string, When]));
    expect(mergeAcrossSources(drafts)).toHaveLength(2);
  });

  it.each([
    { name: 'a span of days', text: 'The port kept its storm alert in force from Friday to late Sunday.', dates: [['Friday', '2025-03-07'], ['Sunday', '2025-03-09']] },
    { name: 'a clause cut short', text: 'Ten crates were found Monday and several others Tuesday.', dates: [['Monday', '2025-03-03'], ['Tuesday', '2025-03-04']] },
    { name: 'a date opening the sentence', text: 'Yesterday the quays were almost empty compared to a busy Friday.', dates: [['Yesterday', '2025-03-04'], ['Friday', '2025-02-28']] },
  ])('within one sentence, two days under one title stay apart: $name', ({ text, dates }) => {
    const drafts = twice(text, 'Quays were almost empty', dates.map(([phrase, day]) => [phrase, [day, day, 'day']] as [string, When]));
    expect(mergeAcrossSources(drafts)).toHaveLength(2);
  });

  /** Two drafts of one sentence under their own titles, as the pipeline makes them for a happening and its source. */
  const toldBy = (text: string, happening: [string, string, string], source: [string, string, string]) =>
    [happening, source].map(([phrase, day, title]) => ({ ...draft('c-wire', 70, text, phrase, [day, day, 'day']), title }));

  it('within one sentence, a happening and its source telling it a day later make one event on the happening\'s day', () => {
    const text = 'A gunman who shot two guards at the Velden depot was arrested Thursday near the harbour, police said Friday.';
    const drafts = toldBy(text, ['Thursday', '2025-03-06', 'Gunman was arrested near the harbour'], ['Friday', '2025-03-07', 'Police say gunman was arrested']);
    const events = mergeAcrossSources(drafts);
    expect(events.map((e) => [e.date.start, e.title])).toEqual([['2025-03-06', 'Gunman was arrested near the harbour']]);
    expect(events[0].sources.map((s) => s.quote)).toEqual([text]);
  });

  // dupfurn23: the source first and the happening in what it said, the happening kept
  it.each([
    { text: 'The ferry board said Friday two crews were suspended on Thursday.', happening: ['Thursday', '2025-03-06', 'Two crews were suspended'], source: ['Friday', '2025-03-07', 'Ferry board says two crews were suspended'] },
    { text: 'The coast guard said on Friday that its teams had pulled six sailors from the water the day before.', happening: ['the day before', '2025-03-06', 'Teams had pulled six sailors from the water'], source: ['Friday', '2025-03-07', 'Coast guard says its teams had pulled six sailors from the water'] },
    { text: 'The ferry board said Friday that a deckhand, named Ian Orm, was dismissed on Thursday.', happening: ['Thursday', '2025-03-06', 'Deckhand was dismissed'], source: ['Friday', '2025-03-07', 'Ferry board says a deckhand was dismissed'] },
  ])('within one sentence, a source telling what it said happened a day before makes one event on the happening\'s day: "$text"', ({ text, happening, source }) => {
    const drafts = toldBy(text, happening as [string, string, string], source as [string, string, string]);
    expect(mergeAcrossSources(drafts).map((e) => [e.date.start, e.title])).toEqual([[happening[1], happening[2]]]);
  });

  it('within one sentence, the saying of a plan titled alike under both dates is one event on the saying\'s day', () => {
    const text = 'Ana Ruiz, who ran the harbour for ten years, said Friday that she will join the port board, starting Monday.';
    const title = 'Ana Ruiz says she will join the port board';
    const drafts = [
      ...twice(text, title, [['Friday', ['2025-03-07', '2025-03-07', 'day']]]),
      ...twice(text, title, [['Monday', ['2025-03-10', '2025-03-10', 'day']]], 'planned'),
    ];
    expect(mergeAcrossSources(drafts).map((e) => [e.date.start, e.status ?? 'happened'])).toEqual([['2025-03-07', 'happened']]);
  });

  it('within one sentence, a plan titled as the plan stays beside the saying', () => {
    const text = 'Ana Ruiz said Friday that she will join the port board on Monday.';
    const drafts = [
      ...twice(text, 'Ana Ruiz says she will join the port board', [['Friday', ['2025-03-07', '2025-03-07', 'day']]]),
      ...twice(text, 'Ana Ruiz will join the port board', [['Monday', ['2025-03-10', '2025-03-10', 'day']]], 'planned'),
    ];
    expect(mergeAcrossSources(drafts)).toHaveLength(2);
  });

  it.each([
    { name: 'a relative clause of the source', text: 'The ferry, which collided with a barge on Thursday, will sail again, Mayor Lena Park said Friday.', happening: ['Thursday', '2025-03-06'], source: ['Friday', '2025-03-07'] },
    { name: 'a bound, not the happening', text: 'Up to 900 barrels leaked from the tank before Tuesday, engineers said Thursday.', happening: ['Tuesday', '2025-03-04'], source: ['Thursday', '2025-03-06'] },
    { name: 'more than three days after', text: 'Two ferries collided on Monday off the Velden coast, the coast guard said Friday.', happening: ['Monday', '2025-03-03'], source: ['Friday', '2025-03-07'] },
    { name: 'a deed done to someone, not a source', text: 'The guests checked in on Thursday but were told on Friday they could not leave.', happening: ['Thursday', '2025-03-06'], source: ['Friday', '2025-03-07'] },
    // (review23b: what the source said is its first clause's deed; a deed in a clause after it is another happening)
    { name: 'a later clause of what was said', text: 'The ferry board said Friday its ferries sailed late after two crews were suspended on Thursday.', happening: ['Thursday', '2025-03-06'], source: ['Friday', '2025-03-07'] },
  ])('within one sentence, a happening and a saying stay apart: $name', ({ text, happening, source }) => {
    const drafts = toldBy(text, [happening[0], happening[1], 'First title'], [source[0], source[1], 'Second title']);
    expect(mergeAcrossSources(drafts)).toHaveLength(2);
  });

  it('within one sentence, years under one title stay apart (a list of years dates different happenings)', () => {
    const text = 'The alliance took in Norland in 1952 and Estmark in 1955.';
    const drafts = twice(text, 'Alliance took in Norland and Estmark', [
      ['1952', ['1952', '1952', 'year']],
      ['1955', ['1955', '1955', 'year']],
    ]);
    expect(mergeAcrossSources(drafts)).toHaveLength(2);
  });

  it('within one article, a year and a day in it stay apart even for one deed', () => {
    const year = draft('c-metro', 10, 'The mayor opened a new depot in 2025.', 'in 2025', ['2025', '2025', 'year']);
    const day = draft('c-metro', 300, 'The mayor opened the depot on Feb. 23.', 'Feb. 23', ['2025-02-23', '2025-02-23', 'day']);
    expect(mergeAcrossSources([year, day])).toHaveLength(2);
  });

  it.each([
    { text: 'The tremor struck at dawn on Monday.', phrase: 'Monday', expected: ['quake'] },
    { text: "But the size of Monday's gain surprised traders.", phrase: "Monday's", expected: ['rally'] },
    { text: 'After Monday\'s "historic" gathering, the ministers left.', phrase: "Monday's", expected: ['meet'] },
    { text: 'The team found two survivors on Monday.', phrase: 'Monday', expected: [] },
    { text: 'Rescuers said the quake struck on Monday.', phrase: 'Monday', expected: [] },
    { text: 'The talks were first reported on Monday.', phrase: 'Monday', expected: [] },
  ])('points back to the happening of "$text"', ({ text, phrase, expected }) => {
    expect(referredHappenings(draft('x', 0, text, phrase, TUESDAY))).toEqual(expected);
  });

  describe('a phrase few sentences share', () => {
    const raised = draft('d-post', 10, 'Late on Wednesday the weather office raised the flood alert level for the Tarn valley, one step short of evacuation.', 'Wednesday', WEDNESDAY);
    const towns = draft('e-herald', 10, 'Mayors along the river spent Wednesday filling sandbags as the flood alert level went up and schools closed early.', 'Wednesday', WEDNESDAY);
    const other = draft('f-times', 10, 'The flood alert level stayed where it was on Wednesday in the northern hills, officials said.', 'Wednesday', WEDNESDAY);
    const another = draft('g-news', 10, 'Insurers watched the flood alert level closely on Wednesday, a broker said.', 'Wednesday', WEDNESDAY);

    it('joins two tellings whose titles pick different parts of it', () => {
      const events = mergeAcrossSources([...all, raised, towns]);
      expect(events.find((e) => e.sources.some((s) => s.article === 'd-post'))?.sources.map((s) => s.article)).toEqual(['d-post', 'e-herald']);
    });

    it('says nothing when it runs through the story', () => {
      const events = mergeAcrossSources([...all, raised, towns, other, another]);
      expect(events.filter((e) => e.sources.some((s) => ['d-post', 'e-herald', 'f-times', 'g-news'].includes(s.article)))).toHaveLength(4);
    });

    it('says nothing across precisions', () => {
      const week = draft('e-herald', 10, 'Mayors along the river spent this week filling sandbags as the flood alert level went up and schools closed early.', 'this week', ['2025-03-03', '2025-03-09', 'day']);
      const events = mergeAcrossSources([...all, raised, { ...week, date: eventDate('2025-W10', '2025-W10', 'week', false) }]);
      expect(events.filter((e) => e.sources.some((s) => ['d-post', 'e-herald'].includes(s.article)))).toHaveLength(2);
    });
  });

  it('keeps apart similar sentences whose dates cannot meet', () => {
    const january = draft('c-weekly', 50, 'The talks, which took place in January in Harbor City, focused on pay and safety.', 'in January', ['2025-01', '2025-01', 'month']);
    expect(summary([wire[1], january])).toHaveLength(2);
  });

  it('asks more of the words when one telling is dated more coarsely than the other', () => {
    const THURSDAY: When = ['2025-03-06', '2025-03-06', 'day'];
    const THIS_WEEK: When = ['2025-W10', '2025-W10', 'week'];
    // two different happenings of one week that share a few of the story's words
    const study = draft('x-post', 10, 'The new harbour crane that has lifted 400 containers is a diesel and battery hybrid, port engineers reported on Thursday.', 'Thursday', THURSDAY);
    const bans = draft('y-times', 10, 'Several ports reacted to the new harbour crane this week by closing their docks to port traffic.', 'this week', THIS_WEEK);
    expect(mergeAcrossSources([study, bans])).toHaveLength(2);
    // the same happening, told at a week's and a day's precision, in close words
    const vote = draft('x-post', 200, 'The Harbor City council voted to close the old ferry terminal this week.', 'this week', THIS_WEEK);
    const voteDay = draft('y-times', 200, 'The Harbor City council voted on Thursday to close the old ferry terminal.', 'Thursday', THURSDAY);
    expect(mergeAcrossSources([vote, voteDay])).toHaveLength(1);
  });

  describe('across precisions, a plan, a purpose or a describing word in common is no deed in common', () => {
    const MARCH: When = ['2025-03', '2025-03', 'month'];
    const AUGUST: When = ['2025-08', '2025-08', 'month'];
    const YEAR: When = ['2025', '2025', 'year'];
    const FRIDAY: When = ['2025-03-14', '2025-03-14', 'day'];
    const AUGUST_FIRST: When = ['2025-08-01', '2025-08-01', 'day'];
    const MAY_31: When = ['2025-05-31', '2025-05-31', 'day'];
    it.each([
      {
        name: 'a purpose: "named to oversee the fund" is not "picked to oversee the fund"',
        a: draft('x-post', 10, 'Ana Perel, who was named by Governor Ada Rolle to oversee the Orla fund, said on Friday that payouts would be taxed.', 'on Friday', FRIDAY),
        b: draft('y-times', 10, 'In March, Governor Ada Rolle picked lawyer Ana Perel, 64, to oversee the Orla fund.', 'In March', MARCH),
        events: 2,
      },
      {
        name: 'a plan: "plan to leave" is not "had been planning to pay"',
        a: draft('x-post', 10, 'The Orla ferry crews plan to leave for the year by May 31.', 'by May 31', MAY_31),
        b: draft('y-times', 10, 'Until Friday, the Orla harbour board had been planning to pay out $2 million in bonuses this year, which would still have left it with cash to spare.', 'this year', YEAR),
        events: 2,
      },
      {
        name: 'a describing word: "the retired admiral" did nothing',
        a: draft('x-post', 10, 'Retired Admiral Ivo Brandt said the last sluice gate of the Orla dam would be shut in August.', 'in August', AUGUST),
        b: draft('y-times', 10, 'Senator Lia Moss wrote in a letter dated Aug. 1 to retired Admiral Ivo Brandt, the point man on the Orla flood.', 'Aug. 1', AUGUST_FIRST),
        events: 2,
      },
      {
        name: 'a deed done in common still joins them',
        a: draft('x-post', 10, 'In March, Governor Ada Rolle picked Judge Ana Perel to run the Orla flood relief fund.', 'In March', MARCH),
        b: draft('y-times', 10, 'Governor Ada Rolle picked Judge Ana Perel on Friday to run the Orla flood relief fund.', 'on Friday', FRIDAY),
        events: 1,
      },
    ])('$name', ({ a, b, events }) => {
      expect(mergeAcrossSources([a, b])).toHaveLength(events);
    });
  });

  describe('across precisions, a coarse date that marks a happening it names joins only a telling of that happening', () => {
    const LAST_YEAR: When = ['2024', '2024', 'year'];
    const MONDAY: When = ['2024-05-06', '2024-05-06', 'day'];
    const finding = () => draft('x-post', 10, "The report came as a state inquiry found that cuts to save money had contributed to last year's Orla spill in the Wexley Bay.", 'last year', LAST_YEAR);
    it.each([
      {
        name: 'a vow on Monday to pay for the spill is not the spill',
        other: draft('y-times', 10, 'Orla Energy vowed on Monday to pay "all necessary clean-up costs" from the massive spill in the Wexley Bay as the governor called on the firm to explain how.', 'on Monday', MONDAY),
        events: 2,
      },
      {
        name: 'a telling that opens with the spill still joins it',
        other: draft('y-times', 10, 'The Orla spill in the Wexley Bay began on Monday when cuts to save money let a pipe burst, the inquiry found.', 'on Monday', MONDAY),
        events: 1,
      },
    ])('$name', ({ other, events }) => {
      expect(mergeAcrossSources([finding(), other])).toHaveLength(events);
    });
  });

  describe('across articles, a date only vaguely told ("in recent days") is another precision than an exact one', () => {
    const TUESDAY: When = ['2025-03-04', '2025-03-04', 'day'];
    const RECENT_DAYS: When = ['2025-02-25', '2025-03-04', 'day', true];
    /** A draft dated "in recent days": a span before publication, recorded as a vague reference. */
    const vague = (d: DraftEvent): DraftEvent => ({ ...d, timex: { ...d.timex, value: 'PAST_REF' } });
    it.each([
      {
        name: 'a blockade on Tuesday is not the anger of recent days',
        a: draft('x-post', 10, 'Protesters blocked the Orla ferry closure talks on Tuesday.', 'on Tuesday', TUESDAY),
        b: vague(draft('y-times', 10, 'The Orla ferry closure has drawn anger in recent days.', 'in recent days', RECENT_DAYS)),
        events: 2,
      },
      {
        name: 'a deed done in common still joins them',
        a: draft('x-post', 10, 'The Orla harbour board closed the ferry terminal on Tuesday after a storm damaged the pier.', 'on Tuesday', TUESDAY),
        b: vague(draft('y-times', 10, 'The Orla harbour board closed the ferry terminal in recent days after a storm damaged the pier.', 'in recent days', RECENT_DAYS)),
        events: 1,
      },
    ])('$name', ({ a, b, events }) => {
      expect(mergeAcrossSources([a, b])).toHaveLength(events);
    });
  });

  it('across precisions, asks that the two tell one thing done, not only one doer', () => {
    const MARCH: When = ['2025-03', '2025-03', 'month'];
    const SATURDAY: When = ['2025-03-08', '2025-03-08', 'day'];
    const inquiry = draft('x-post', 10, 'The report of the Orla River Flood Inquiry, which Governor Ada Rolle convened in March to find the causes of the Orla River flood, came out on Friday.', 'in March', MARCH);
    const blame = draft('y-times', 10, 'On Saturday, Governor Ada Rolle blamed the Orla River flood on "a failure of upkeep" at the Orla River dam.', 'On Saturday', SATURDAY);
    expect(mergeAcrossSources([inquiry, blame])).toHaveLength(2);
    const blamed = draft('x-post', 200, 'Governor Ada Rolle blamed the Orla River flood on the dam operators in March.', 'in March', MARCH);
    expect(mergeAcrossSources([blamed, blame])).toHaveLength(1);
  });

  describe('across articles, on thin evidence', () => {
    const SUNDAY: When = ['2025-03-09', '2025-03-09', 'day'];
    const FRIDAY: When = ['2025-03-07', '2025-03-07', 'day'];
    // the rest of the story, so its words weigh as they would in a real run
    const story = [
      'The flood swept through Wexley on Friday, leaving nine fishermen missing.',
      'Rescue boats searched the coast for the fishermen on Friday.',
      'The palace announced on Friday that the king would cut short his trip abroad.',
      'Ministers met on Friday to discuss aid for the flooded coast.',
      'The river burst its banks on Friday after a week of rain.',
      'Engineers inspected the damaged sea wall on Friday.',
    ].map((text, n) => draft(`story-${n}`, 10, text, 'on Friday', FRIDAY));
    const grilled = draft('y-times', 10, 'Marsh scientists grilled harbour engineers on Sunday after Osk wrote to the harbour master.', 'on Sunday', SUNDAY);
    const told = (drafts: DraftEvent[]) => mergeAcrossSources([...story, ...drafts]).filter((e) => e.sources.some((s) => !s.article.startsWith('story-')));

    it.each([
      {
        name: 'two deeds of one day that share only the story\'s actors stay apart',
        other: draft('x-post', 10, 'Admiral Rhea Osk said later Sunday that scientists and engineers would monitor the sea wall through sonar readings.', 'later Sunday', SUNDAY),
        events: 2,
      },
      {
        name: 'a deed told in common joins them',
        other: draft('x-post', 10, 'Admiral Rhea Osk said later Sunday that scientists grilled the engineers over the sea wall.', 'later Sunday', SUNDAY),
        events: 1,
      },
    ])('$name', ({ other, events }) => {
      expect(told([other, grilled])).toHaveLength(events);
    });

    it('a phrase only the two share joins them, however little else they share', () => {
      const lifted = draft('x-post', 10, 'The broken sluice gate was lifted from the harbour on Sunday and taken to a navy yard.', 'on Sunday', SUNDAY);
      const raised = draft('y-times', 10, 'Divers raised it from the seabed on Sunday and it is being sent to a navy yard in Port Ebb.', 'on Sunday', SUNDAY);
      expect(told([lifted, raised])).toHaveLength(1);
    });
  });

  it('finds a match in a small run where each sentence has many words of its own', () => {
    const a = draft('x-post', 10, 'Despite heavy rain, cheering crowds, brass bands and several dignitaries, the Yarrow zoo welcomed two zebra foals on Monday.', 'Monday', ['2025-03-03', '2025-03-03', 'day']);
    const b = draft('y-times', 10, 'Keepers quietly celebrated when two zebra foals arrived at Yarrow zoo on Monday, a boost for an ambitious breeding programme.', 'Monday', ['2025-03-03', '2025-03-03', 'day']);
    expect(mergeAcrossSources([a, b])).toHaveLength(1);
  });

  it('folds an exact repeat of one draft', () => {
    expect(mergeAcrossSources([wire[0], { ...wire[0] }])).toHaveLength(1);
  });

  it('gives the same output for any input order', () => {
    const expected = mergeAcrossSources(all);
    for (const order of [[...all].reverse(), [all[3], all[0], all[5], all[2], all[4], all[1]], [all[1], all[4], all[0], all[3], all[2], all[5]]]) {
      expect(mergeAcrossSources(order)).toEqual(expected);
    }
  });

  it('keeps ids stable when an unrelated draft joins the run', () => {
    const before = new Map(mergeAcrossSources(all).map((e) => [e.sources.map((s) => `${s.article}@${s.start}`).join(), e.id]));
    const extra = draft('c-weekly', 70, 'Heavy snow closed the mountain pass on Tuesday for the first time this winter.', 'Tuesday', ['2025-03-04', '2025-03-04', 'day']);
    const after = mergeAcrossSources([...all, extra]);
    expect(after).toHaveLength(5);
    for (const e of after) {
      const key = e.sources.map((s) => `${s.article}@${s.start}`).join();
      if (before.has(key)) expect(e.id).toBe(before.get(key));
    }
    expect(new Set(after.map((e) => e.id)).size).toBe(5);
  });

  it('gathers a sentence syndicated into many articles into one event', () => {
    const copies = Array.from({ length: 30 }, (_, i) => draft(`wire-${String(i).padStart(2, '0')}`, 40, daily[2].sentence.text, 'Wednesday', WEDNESDAY));
    const events = mergeAcrossSources([...copies, ...wire]);
    expect(events.find((e) => e.sources.length === 30)?.title).toBe(daily[2].title);
    expect(events).toHaveLength(4);
  });

  it('produces a valid event list', () => {
    const articles = ['a-wire', 'b-daily'].map((id) => ({ id, file: `${id}.txt`, title: null, publisher: null, published: null, dateline: null, warnings: [] }));
    expect(validateEventList({ version: 1, articles, events: mergeAcrossSources(all) }).ok).toBe(true);
  });
});

describe('stem', () => {
  it.each([
    ['talks', 'talk'], ['negotiations', 'talk'], ['confirmed', 'report'], ['took', 'tak'], ['taking', 'tak'], ['take', 'tak'],
    ['stopped', 'stop'], ['cities', 'city'], ['officials', 'official'], ['bus', 'bus'],
    ['tremor', 'quake'], ['earthquake', 'quake'], ['gathering', 'meet'], ['briefing', 'meet'], ['rebounded', 'rally'],
    ['gain', 'rally'], ['sell-offs', 'fall'], ['plunged', 'fall'],
    ['failure', 'fail'], ['failed', 'fail'],
    ['effort', 'attempt'], ['efforts', 'attempt'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('a clock time in an unknown zone', () => {
  /** A draft dated by a clock time: with `localClock`, its wall clock kept because its zone is not known. */
  function clockDraft(article: string, text: string, phrase: string, start: string, localClock: boolean, offset?: string): DraftEvent {
    const d = draft(article, 0, text, phrase, [start, start, 'minute']);
    const date = { ...d.timex.date!, ...(localClock ? { localClock: true } : {}), ...(offset ? { offset } : {}) };
    return { ...d, timex: { ...d.timex, date }, date: eventDate(start, start, 'minute', false, { offset, localClock }) };
  }
  const local = clockDraft('a-local', 'The dam burst at 16:53 local time, flooding the valley below the reservoir.', '16:53 local time', '2031-05-06T16:53', true);
  const utc = clockDraft('b-wire', 'The dam burst at 2153 GMT, flooding the valley below the reservoir, officials said.', '2153 GMT', '2031-05-06T21:53', false, '+00:00');

  it.each([
    { name: 'joins a telling at a known instant some zone away, and takes its zone', other: utc, joined: true },
    {
      name: 'stays apart from one no zone can reach (not whole quarter hours away)',
      other: clockDraft('b-wire', 'The dam burst at 2150 GMT, flooding the valley below the reservoir, officials said.', '2150 GMT', '2031-05-06T21:50', false, '+00:00'),
      joined: false,
    },
    {
      name: 'stays apart from one more than a day away',
      other: clockDraft('b-wire', 'The dam burst at 2153 GMT, flooding the valley below the reservoir, officials said.', '2153 GMT', '2031-05-07T21:53', false, '+00:00'),
      joined: false,
    },
  ])('$name', ({ other, joined }) => {
    const events = mergeAcrossSources([local, other]);
    expect(events.length).toBe(joined ? 1 : 2);
    if (joined) expect(events[0].date).toEqual(other.date);
  });
});

describe('across articles, a cluster is dated by its finest telling', () => {
  const TUESDAY: When = ['2031-04-08', '2031-04-08', 'day'];
  const CLOCK: When = ['2031-04-08T16:53', '2031-04-08T16:53', 'minute'];
  const lead = draft('a-post', 10, "Varrow's strongest quake in a century hit north of the port of Lindel on Tuesday, cracking the old harbour wall.", 'Tuesday', TUESDAY);
  const clock = draft('a-post', 200, 'The tremor hit at 16:53 GMT, the survey office said.', '16:53 GMT', CLOCK);
  const other = draft('b-wire', 10, "The 6.1-magnitude quake, Varrow's strongest in a century, struck at 16:53 GMT, some 20km north of Lindel and close to the surface.", '16:53 GMT', CLOCK);

  it('compares an article that gives the day and the minute with another at the minute as one precision', () => {
    const events = mergeAcrossSources([lead, clock, other]);
    expect(events.map((e) => e.sources.map((s) => s.article))).toEqual([['a-post', 'a-post', 'b-wire']]);
  });

  it('still asks more of the words when only the day is given', () => {
    // (few words shared: the same words at the minute are enough, at the day they are not)
    const day = draft('a-post', 10, "Varrow's strongest quake hit the port on Tuesday.", 'Tuesday', TUESDAY);
    const minute = draft('a-post', 10, "Varrow's strongest quake hit the port at 16:53 GMT.", '16:53 GMT', CLOCK);
    expect(mergeAcrossSources([day, other])).toHaveLength(2);
    expect(mergeAcrossSources([minute, other])).toHaveLength(1);
  });
});

describe('finestPrecision', () => {
  const day = draft('b-wire', 10, 'A man was hurt in Harlow on Thursday evening.', 'Thursday evening', ['2031-04-10', '2031-04-10', 'day']);
  const clock = (localClock: boolean): DraftEvent => {
    const d = draft('b-wire', 200, 'Thieves smashed the store window around 7:15 p.m.', '7:15 p.m.', ['2031-04-10T19:15', '2031-04-10T19:15', 'minute']);
    return { ...d, timex: { ...d.timex, date: { ...d.timex.date!, ...(localClock ? { localClock: true } : {}) } }, date: eventDate(d.date.start, d.date.end, 'minute', false, { localClock }) };
  };
  it('is the finest of the tellings, a clock time in an unknown zone counting as less than a day', () => {
    expect(finestPrecision([day, clock(false)])).toBe(precisionRank('minute'));
    expect(finestPrecision([day, clock(true)])).toBe(precisionRank('day'));
    expect(finestPrecision([clock(true)])).toBeLessThan(precisionRank('day'));
  });
});

describe('a telling dated by a happening it names', () => {
  const DAY: When = ['2031-04-08', '2031-04-08', 'day'];
  const WEEK: When = ['2031-W15', '2031-W15', 'week'];
  it.each([
    { text: "Crews began rebuilding the bridge after last week's devastating flood.", phrase: 'last week', expected: ['flood'] },
    { text: 'The panel found flaws in the crash of 8 April.', phrase: '8 April', expected: ['crash'] },
    { text: 'Two years after the crash of 8 April, the road reopened.', phrase: '8 April', expected: ['crash'] },
    { text: 'The crash of 8 April was avoidable.', phrase: '8 April', expected: [] },
    { text: "Tuesday's meeting gave a taste of the anger.", phrase: "Tuesday's", expected: [] },
    { text: 'Doctors found links between the two outbreaks in 1890 and 1921.', phrase: '1890', expected: ['outbreak'] },
    { text: 'Doctors found links between the two outbreaks in 1890 and 1921.', phrase: '1921', expected: ['outbreak'] },
    { text: "The protest last week drew ten thousand people.", phrase: "last week", expected: [] },
    { text: "Officials answered questions about the crash on 8 April.", phrase: "8 April", expected: [] },
    { text: "It was the third rate cut since March.", phrase: "March", expected: [] },
    { text: "It was at the start of the outbreak in March.", phrase: "March", expected: [] },
    { text: 'A crash on 8 April closed the road.', phrase: '8 April', expected: [] },
    { text: 'The team found two survivors on 8 April.', phrase: '8 April', expected: [] },
    { text: "Last week's figures showed a fall in sales.", phrase: 'Last week', expected: [] },
  ])('in "$text" ($phrase): $expected', ({ text, phrase, expected }) => {
    expect(datedReferences(draft('x', 0, text, phrase, DAY))).toEqual(expected);
  });

  const flood = [
    draft('a-post', 10, 'The river Tarn burst its banks on Tuesday, flooding the lower town of Pell.', 'Tuesday', DAY),
    draft('b-wire', 10, 'A flood swept through the lower town of Pell on Tuesday after the river Tarn burst its banks.', 'Tuesday', DAY),
  ];
  const after = draft('c-daily', 10, "Mayor Ivo Brandt said schools would reopen soon after last week's devastating flood.", 'last week', WEEK);

  it('joins the telling of that happening, told by more articles, across precisions', () => {
    const events = mergeAcrossSources([...flood, after]);
    expect(events.map((e) => e.sources.map((s) => s.article))).toEqual([['a-post', 'b-wire', 'c-daily']]);
    expect(events[0].date.precision).toBe('day');
    expect(mergeAcrossSources([after, flood[1], flood[0]])).toEqual(events);
  });

  it('stays apart when no other telling names the happening, or when two are told as often', () => {
    expect(mergeAcrossSources([flood[0], after])).toHaveLength(2);
    const second = [
      draft('d-news', 10, 'A second flood hit the hill village of Orr on Friday when a dam gave way.', 'Friday', ['2031-04-11', '2031-04-11', 'day']),
      draft('e-times', 10, 'The dam above Orr gave way on Friday and a flood hit the village.', 'Friday', ['2031-04-11', '2031-04-11', 'day']),
    ];
    const events = mergeAcrossSources([...flood, ...second, after]);
    expect(events.find((e) => e.sources.some((s) => s.article === 'c-daily'))?.sources).toHaveLength(1);
  });

  it('stays apart when its own article tells another of its kind', () => {
    const own = draft('c-daily', 300, 'A second flood hit the lower town of Pell last week, the mayor said.', 'last week', WEEK);
    const events = mergeAcrossSources([...flood, after, own]);
    expect(events.find((e) => e.sources.some((s) => s.article === 'c-daily'))?.sources.map((s) => s.article)).toEqual(['c-daily', 'c-daily']);
  });

  it('stays apart from a cluster that names the happening in passing', () => {
    const vote = [
      draft('a-post', 300, 'The Pell council voted on Tuesday to rebuild the old stone bridge over the Tarn.', 'Tuesday', DAY),
      draft('b-wire', 300, 'On Tuesday the Pell council voted to rebuild the old stone bridge, which the flood had cracked.', 'Tuesday', DAY),
      draft('d-news', 300, 'Pell councillors voted on Tuesday to rebuild the old stone bridge across the Tarn.', 'Tuesday', DAY),
    ];
    const events = mergeAcrossSources([...vote, after]);
    expect(events.map((e) => e.sources.length).sort()).toEqual([1, 3]);
  });

  it('joins a happening named by its year alone only to a telling of that year', () => {
    const YEAR: When = ['1890', '1890', 'year'];
    const cholera = [
      draft('a-post', 500, 'In 1890 an outbreak of cholera killed 900 people in Varrow.', 'In 1890', YEAR),
      draft('b-wire', 500, 'A cholera outbreak in 1890 killed 900 people in the port of Varrow.', '1890', YEAR),
    ];
    const doctors = draft('c-daily', 500, 'Doctors found links between the two outbreaks in 1890 and 1921 in the docks.', '1890', YEAR);
    expect(mergeAcrossSources([...cholera, doctors]).map((e) => e.sources.length)).toEqual([3]);
    const day = cholera.map((d) => ({ ...d, date: eventDate('1890-06-02', '1890-06-02', 'day', false) }));
    expect(mergeAcrossSources([...day, doctors]).map((e) => e.sources.length).sort()).toEqual([1, 2]);
  });

  it('stays apart from a telling whose date does not hold its date', () => {
    const earlier = flood.map((d) => ({ ...d, date: eventDate('2031-03-25', '2031-03-25', 'day', false), timex: { ...d.timex, value: '2031-03-25' } }));
    expect(mergeAcrossSources([...earlier, after])).toHaveLength(2);
  });
});

describe('a noun and its verb, and words writers swap', () => {
  const WEEK: When = ['2031-W15', '2031-W15', 'week'];
  it('join "the failure of an effort" and "an attempt failed"', () => {
    const a = draft('a-post', 10, "Tarnwell Energy's latest attempt to seal its cracked gas pipe under the lake failed last week, raising fears for the harbour.", 'last week', WEEK);
    const b = draft('b-wire', 10, 'It followed the failure last week of the "foam plug" effort to seal the leak by pumping resin into the broken pipe.', 'last week', WEEK);
    expect(mergeAcrossSources([a, b])).toHaveLength(1);
  });
});

describe('within one article, two counts are two happenings', () => {
  it('keeps two bidders\' tender counts of one day apart, and one count told twice together', async () => {
    const { buildEventList } = await import('../../src/pipeline/pipeline');
    const events = (text: string) => buildEventList([{ file: 'a.txt', text: `Bids for Norvex\n\nPublished: Friday, 7 March 2025\n\n${text}\n`, encoding: 'utf-8', warnings: [] }] as never).eventList.events;
    const apart = events('The Varrow group said Thursday that 5,745,188 shares of Norvex had been tendered to its offer.\n\nBrinmoor and Kesk said Thursday that 11,580 shares had been tendered to their offer.');
    expect(apart).toHaveLength(2);
    const together = events('The Varrow group said Thursday that 5,745,188 shares of Norvex had been tendered to its offer.\n\nBy Thursday, 5,745,188 shares of Norvex had been tendered to the Varrow offer, the group said.');
    expect(together).toHaveLength(1);
  });
});

describe('within one article, a source\'s direct quote restates what it told that day', () => {
  const FRIDAY: When = ['2031-05-09', '2031-05-09', 'day'];
  const told = draft('a-wire', 10, "One of the mayor's closest aides has resigned after a row over the harbour budget, city hall sources said Friday.", 'Friday', FRIDAY);
  const quote = draft('a-wire', 200, '"She was shown the door ... nobody wanted her to stay," one source said Friday.', 'Friday', FRIDAY);
  it('joins the quote to the telling of the same source, keeping both sentences', () => {
    const events = mergeAcrossSources([told, quote]);
    expect(events).toHaveLength(1);
    expect(events[0].sources.map((s) => s.start)).toEqual([10, 200]);
    expect(events[0].title).toBe(told.title);
  });
  it('leaves a quote of another source, and two reported tellings of one source, apart', () => {
    const other = draft('a-wire', 200, '"The ferry will not sail this week," the harbour master said Friday.', 'Friday', FRIDAY);
    expect(mergeAcrossSources([told, other])).toHaveLength(2);
    const second = draft('a-wire', 200, 'The council will vote on a new harbour tax next month, one source said Friday.', 'Friday', FRIDAY);
    expect(mergeAcrossSources([told, second])).toHaveLength(2);
  });
});

describe('within one article, an aside recalling a deed done to a thing points back to the telling of that deed', () => {
  const FRIDAY: When = ['2031-05-09', '2031-05-09', 'day'];
  const done = draft('a-city', 10, 'The old swing bridge was opened to traffic again on Friday after two years of repairs.', 'Friday', FRIDAY);
  const aside = draft('a-city', 300, 'The bridge, reopened on Friday, carries two lanes and a cycle path over the canal.', 'Friday', FRIDAY);
  it('joins the aside to the telling of the deed', () => {
    expect(mergeAcrossSources([done, aside]).map((e) => e.sources.map((s) => s.start))).toEqual([[10, 300]]);
  });
  it.each([
    { name: 'a deed done to another thing', text: 'The old ferry was moved to a new berth on Friday after two years of repairs.' },
    { name: 'the thing doing a deed of its own', text: 'The bridge jammed halfway open on Friday, stranding dozens of drivers.' },
  ])('leaves apart: $name', ({ text }) => {
    const other = draft('a-city', 10, text, 'Friday', FRIDAY);
    expect(mergeAcrossSources([other, aside])).toHaveLength(2);
  });
});

describe('across articles, counts of one thing far apart are two happenings', () => {
  const THURSDAY: When = ['2031-05-08', '2031-05-08', 'day'];
  const MONDAY: When = ['2031-05-05', '2031-05-05', 'day'];
  it.each([
    {
      name: 'two cases and seven cases of one day stay apart',
      a: draft('a-post', 10, 'Two new measles cases were confirmed in Vantria on Thursday, one in a baby.', 'on Thursday', THURSDAY),
      b: draft('b-wire', 10, 'Seven new measles cases were confirmed in Osmark and Delvia on Thursday.', 'on Thursday', THURSDAY),
      events: 2,
    },
    {
      name: 'five pupils and six pupils may be one happening told twice',
      a: draft('a-post', 10, 'Kell school closed after five pupils were diagnosed with measles on Monday.', 'on Monday', MONDAY),
      b: draft('b-wire', 10, 'Kell school closed when six pupils were diagnosed with measles on Monday.', 'on Monday', MONDAY),
      events: 1,
    },
    {
      name: 'a toll of victims is a tally sources give apart',
      a: draft('a-post', 10, 'The ferry sank off Port Ebb on Monday and killed 40 passengers in the storm.', 'on Monday', MONDAY),
      b: draft('b-wire', 10, 'The ferry that sank off Port Ebb on Monday killed 95 passengers in the storm.', 'on Monday', MONDAY),
      events: 1,
    },
    {
      name: 'a measure is no count of the happening',
      a: draft('a-post', 10, 'The Vantrian council declared the first drought emergency in 40 years on Monday.', 'on Monday', MONDAY),
      b: draft('b-wire', 10, 'On Monday the Vantrian council declared a drought emergency, its first for 90 years.', 'On Monday', MONDAY),
      events: 1,
    },
  ])('$name', ({ a, b, events }) => {
    expect(mergeAcrossSources([a, b])).toHaveLength(events);
  });
});

describe('a count is a tally only where the tally words bear on it', () => {
  it.each([
    { text: 'Officials confirmed two new cases on Monday, raising concern over the outbreak.', tally: false },
    { text: 'Some residents said three shops were looted overnight.', tally: false },
    { text: 'Two new cases were found in Vantria, and the council now plans a clinic.', tally: false },
    { text: 'Five pupils were sent home after the dead bird was found in the yard.', tally: false },
    { text: 'The board met about the plan and named two new directors.', tally: false },
    { text: 'At least 30 people were hurt when the stand collapsed.', tally: true },
    { text: 'Police arrested more than 200 protesters in Kell.', tally: true },
    { text: 'The number of cases rose to 40 on Tuesday.', tally: true },
    { text: 'The ministry reported 12 cases so far this year.', tally: true },
    { text: 'The blast killed 24 people at the market.', tally: true },
    { text: 'Nine miners died in the flooded shaft.', tally: true },
    { text: 'The new infections bring the total to 310.', tally: true },
  ])('$text: $tally', ({ text, tally }) => {
    expect(givesTally(text)).toBe(tally);
  });
});

describe('within one article, a rescue told in other words is one happening', () => {
  const events = async (text: string) => {
    const { buildEventList } = await import('../../src/pipeline/pipeline');
    return buildEventList([{ file: 'a.txt', text: `Flood on the coast\n\nPublished: Monday, 10 March 2025\n\n${text}\n`, encoding: 'utf-8', warnings: [] }] as never).eventList.events;
  };
  it.each([
    { name: '"pulled alive" and "were rescued" join', text: 'Divers pulled more fishermen alive from the flooded harbour on Sunday, but many are still missing.\n\nAmid the storm, a number of fishermen were rescued from collapsed houses on Sunday.', n: 1 },
    // (review23b: a past participle in "-en" describes its noun as one in "-ed" does)
    { name: '"pulled alive" and "were rescued from fallen houses" join', text: 'Divers pulled more fishermen alive from the flooded harbour on Sunday, but many are still missing.\n\nAmid the storm, a number of fishermen were rescued from fallen houses on Sunday.', n: 1 },
    { name: 'a rescue and an arrest of one day stay apart', text: 'Divers pulled more fishermen alive from the flooded harbour on Sunday, but many are still missing.\n\nAmid the storm, a number of fishermen were arrested at locked gates on Sunday.', n: 2 },
  ])('$name', async ({ text, n }) => {
    expect((await events(text)).filter((e) => e.date.start === '2025-03-09')).toHaveLength(n);
  });
});

describe('furn24: a start told in passing of a thing the day\'s other telling names', () => {
  const SATURDAY: When = ['2025-03-08', '2025-03-08', 'day'];
  const deed = 'As part of a trial of the new dam gates, crews closed the sluices on Saturday, the first time the river has stopped since spring.';
  it.each([
    { name: 'in a relative clause', passing: 'In the trial, which began on Saturday, engineers are watching the water level downstream.' },
    { name: 'in a since clause', passing: 'The council has kept to its weekly briefings since the trial started on Saturday.' },
  ])('drops the start told $name and keeps the deed', ({ passing }) => {
    const events = mergeAcrossSources([draft('a-wire', 0, deed, 'Saturday', SATURDAY), draft('a-wire', 400, passing, 'Saturday', SATURDAY)]);
    expect(events.map((e) => e.sources.map((s) => s.start))).toEqual([[0]]);
  });

  it.each([
    { name: 'a start that names nothing the other telling names', passing: 'The festival, which began on Saturday, drew large crowds to the square.' },
    { name: 'a start told in its own clause', passing: 'The trial began on Saturday with a test of the upper gates.' },
    { name: "a year's start in passing", passing: 'The trial, which began in 2025, is the largest in the valley.', when: ['2025', '2025', 'year'] as When },
  ])('keeps $name', ({ passing, when }) => {
    const events = mergeAcrossSources([draft('a-wire', 0, deed, 'Saturday', SATURDAY), draft('a-wire', 400, passing, when ? '2025' : 'Saturday', when ?? SATURDAY)]);
    expect(events.flatMap((e) => e.sources.map((s) => s.start)).sort((a, b) => a - b)).toEqual([0, 400]);
  });
});

describe('dup24: within one article, what one source told one audience on one date is one interview', () => {
  const YEAR: When = ['2019', '2019', 'year'];
  const first = draft('a-arts', 10, 'It has always been sung at benefit nights, "We give it away to any good cause," the singer Ann Lee told the radio station in 2019.', '2019', YEAR);
  it('joins a second line of the same interview', () => {
    const second = draft('a-arts', 400, 'This matches what Lee told the radio station in 2019: "The tune belongs to the crowd now."', '2019', YEAR);
    expect(mergeAcrossSources([first, second]).map((e) => e.sources.map((s) => s.start))).toEqual([[10, 400]]);
  });
  it.each([
    { name: 'another audience', text: 'This matches what Lee told a music weekly in 2019: "The tune belongs to the crowd now."' },
    { name: 'another source', text: 'This matches what the drummer Tom Reed told the radio station in 2019: "The tune belongs to the crowd now."' },
    { name: 'a saying with no audience', text: 'Lee said in 2019: "The tune belongs to the crowd now."' },
  ])('leaves apart $name', ({ text }) => {
    const other = draft('a-arts', 400, text, '2019', YEAR);
    expect(mergeAcrossSources([first, other])).toHaveLength(2);
  });
});

describe('dup24: within one article, a deed told in passing beside its telling or its name', () => {
  const MAY4: When = ['2031-05-04', '2031-05-04', 'day'];
  const lead = draft('a-sea', 10, 'The tanker Arden Rose exploded on May 4 off the northern cape, forcing its crew into the lifeboats.', 'May 4', MAY4);
  it.each([
    { name: 'a since clause by the same doer', text: 'Fishing boats have kept clear of the bay since the Arden Rose exploded on May 4.' },
    { name: 'the happening named by its date', text: 'Insurers met on Friday to weigh claims from the May 4 explosion on the tanker.' },
  ])('joins $name', ({ text }) => {
    const other = draft('a-sea', 400, text, 'May 4', MAY4);
    expect(mergeAcrossSources([lead, other]).map((e) => e.sources.map((s) => s.start))).toEqual([[10, 400]]);
  });
  it.each([
    { name: 'two deeds of one doer in main clauses', a: 'Lee was served a bowl of soup on May 4 by the night nurse.', b: 'Lee was served a plate of toast and jam on May 4 because she was still hungry.' },
    { name: 'a since clause by another doer', a: 'The tanker Arden Rose exploded on May 4 off the northern cape.', b: 'Fishing boats have kept clear of the bay since a gas main exploded on May 4.' },
    { name: 'a named happening with another doer', a: 'The tanker Arden Rose exploded on May 4 off the northern cape.', b: 'Insurers met on Friday to weigh claims from the May 4 mine explosion.' },
    { name: 'a named happening of another doer', a: 'The tanker Arden Rose exploded on May 4 off the northern cape.', b: 'Insurers met on Friday to weigh claims from the May 4 explosion of a drifting mine.' },
    { name: 'a main clause opened by a pointing "that"', a: 'A grain ferry sank on May 4 in the storm near the pier.', b: 'That ferry sank on May 4.' },
    { name: 'a main clause listing with "such as"', a: 'The Arden Rose sank on May 4 in the storm near the pier.', b: 'Old ferries such as the Arden Rose sank on May 4.' },
  ])('leaves apart $name', ({ a, b }) => {
    expect(mergeAcrossSources([draft('a-sea', 10, a, 'May 4', MAY4), draft('a-sea', 400, b, 'May 4', MAY4)])).toHaveLength(2);
  });
});

describe('mergedev24: within one article and date, a clause naming the same parties is one happening told twice', () => {
  const YEAR: When = ['1990', '1990', 'year'];
  const lead = draft('a-health', 10, 'Ruritania fought Bluepox and Redpox in 1990 and has since rebuilt its clinics.', '1990', YEAR);
  it('joins the same three parties told with another verb', () => {
    const other = draft('a-health', 400, 'Since Bluepox and Redpox swept through Ruritania in 1990, the ministry has kept stocks of vaccine.', '1990', YEAR);
    expect(mergeAcrossSources([lead, other]).map((e) => e.sources.map((s) => s.start))).toEqual([[10, 400]]);
  });
  it.each([
    { name: 'a party of its own', text: 'Since Bluepox and Greenpox swept through Ruritania in 1990, the ministry has kept stocks of vaccine.' },
    { name: 'two parties only', text: 'Since Bluepox swept through Ruritania in 1990, the ministry has kept stocks of vaccine.' },
  ])('leaves apart $name', ({ text }) => {
    expect(mergeAcrossSources([lead, draft('a-health', 400, text, '1990', YEAR)])).toHaveLength(2);
  });
  it('reads a run of names as one party (two parties are too few)', () => {
    const a = draft('a-health', 10, 'Bluepox reached the Grand Duchy in 1990 and has since faded.', '1990', YEAR);
    const b = draft('a-health', 400, 'Since Bluepox spread through the Grand Duchy in 1990, the ministry has kept stocks of vaccine.', '1990', YEAR);
    expect(mergeAcrossSources([a, b])).toHaveLength(2);
  });
  it('leaves apart two deeds of the same three parties, each told in a main clause (review24c)', () => {
    const DAY: When = ['2031-05-05', '2031-05-05', 'day'];
    const signed = draft('a-pact', 10, 'Ruritania and Freedonia signed a trade pact with Oceania on Monday.', 'on Monday', DAY);
    const opened = draft('a-pact', 400, 'Ruritania and Freedonia opened a border crossing into Oceania on Monday.', 'on Monday', DAY);
    expect(mergeAcrossSources([signed, opened])).toHaveLength(2);
  });
});

describe('fix24: a phrase two articles share does not tie a thing to come to a thing done with no deed in common', () => {
  const TUESDAY: When = ['2031-05-06', '2031-05-06', 'day'];
  const offered = draft('a-biz', 10, 'The bakery chain went public on Tuesday, offering 900,000 shares of common stock at $12 a share.', 'on Tuesday', TUESDAY);
  const text = 'Earnings for Norcorp common stock, reflecting the results of its core shipping arm, will be disclosed on Tuesday.';
  it('leaves apart a firm\'s share offer and the earnings another will disclose', () => {
    const disclosed: DraftEvent = { ...draft('b-biz', 10, text, 'on Tuesday', TUESDAY), status: 'planned' };
    expect(mergeAcrossSources([offered, disclosed])).toHaveLength(2);
  });
});

describe('dup25: within one article, a happening named by a gerund noun and its date is the deed its verb tells that day', () => {
  const WED: When = ['2031-05-07', '2031-05-07', 'day'];
  const meets = draft('a-port', 10, 'The mayor also will ask for a review when she meets the harbour board and two union leaders on Wednesday at the Port Ellis Town Hall.', 'on Wednesday', WED);
  it('joins a possessive day before a named place and the noun', () => {
    const other = draft('a-port', 400, "On Thursday the Norvex chief, who is expected to attend Wednesday's Port Ellis Town Hall meeting, will speak to the council.", "Wednesday's", WED);
    expect(mergeAcrossSources([meets, other]).map((e) => e.sources.map((s) => s.start))).toEqual([[10, 400]]);
  });
  it.each([
    { name: 'a meeting naming a party the deed does not', text: "On Thursday the Norvex chief, who is expected to attend Wednesday's Norvex Town Hall meeting, will speak to the council." },
    { name: 'another gerund happening', text: "On Thursday the Norvex chief, who is expected to attend Wednesday's Port Ellis Town Hall hearing, will speak to the council." },
  ])('leaves apart $name', ({ text }) => {
    expect(mergeAcrossSources([meets, draft('a-port', 400, text, "Wednesday's", WED)])).toHaveLength(2);
  });
});

describe('dup25: a date beside a happening named with "-ing" after its article leans on the verb before it', () => {
  const MON: When = ['2031-05-05', '2031-05-05', 'day'];
  const quote = draft('a-flood', 400, '"That is only a figure of speech," the warden\'s Brill said Monday.', 'Monday', MON);
  it.each([
    { name: 'a named briefing', text: 'The sluices stay shut until the river falls, river warden Ada Brill told a Port Ellis briefing on Monday.' },
    { name: 'a common-noun briefing', text: 'The sluices stay shut until the river falls, river warden Ada Brill told the morning briefing on Monday.' },
  ])('joins a quote of the same source to what she told $name', ({ text }) => {
    const told = draft('a-flood', 10, text, 'on Monday', MON);
    expect(mergeAcrossSources([told, quote]).map((e) => e.sources.map((s) => s.start))).toEqual([[10, 400]]);
  });
  it('leaves apart a quote of another source', () => {
    const told = draft('a-flood', 10, 'The sluices stay shut until the river falls, river warden Ada Brill told a Port Ellis briefing on Monday.', 'on Monday', MON);
    const other = draft('a-flood', 400, '"That is only a figure of speech," the mayor Tom Reed said Monday.', 'Monday', MON);
    expect(mergeAcrossSources([told, other])).toHaveLength(2);
  });
});
