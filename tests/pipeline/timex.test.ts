// Temporal expressions: recognition, spans and resolution against the publication date and tense.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesOverlap } from '../../src/core/dates';
import { isPartialDate } from '../../src/core/schema';
import { findTimexes } from '../../src/pipeline/timex';
import type { PublicationDate, ResolutionContext, Span, Timex } from '../../src/pipeline/types';

function published(iso: string, offsetMinutes: number | null = null): PublicationDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day, hour: null, minute: null, offsetMinutes, timeZone: null, offsetSource: offsetMinutes === null ? null : 'text', text: iso, start: 0, end: 0 };
}

const ctx = (iso: string | null, dayFirst: boolean | null = null, offset: number | null = null): ResolutionContext => ({
  published: iso ? published(iso, offset) : null,
  dayFirst,
});

function inSentence(sentence: string, context: ResolutionContext): Timex[] {
  return findTimexes(sentence, [{ start: 0, end: sentence.length, text: sentence }], context);
}

/** The one expression whose text contains `needle`. */
function timexWith(sentence: string, needle: string, context: ResolutionContext): Timex | undefined {
  return inSentence(sentence, context).find((t) => t.text.includes(needle));
}

const THU = '2025-03-06'; // a Thursday

interface Row {
  name: string;
  sentence: string;
  find: string;
  pub?: string | null;
  dayFirst?: boolean | null;
  text?: string;
  type?: string;
  value: string;
  date: [string, string, string, boolean] | null;
}

const rows: Row[] = [
  // weekdays by tense
  { name: 'past "said Wednesday" the day before a Thursday', sentence: 'The minister said Wednesday that talks had stalled.', find: 'Wednesday', value: '2025-03-05', date: ['2025-03-05', '2025-03-05', 'day', false] },
  { name: 'past weekday on the publication day itself', sentence: 'The minister said Thursday that talks had stalled.', find: 'Thursday', value: '2025-03-06', date: ['2025-03-06', '2025-03-06', 'day', false] },
  { name: 'future "will resume on Tuesday"', sentence: 'The talks will resume on Tuesday, officials said.', find: 'Tuesday', value: '2025-03-11', date: ['2025-03-11', '2025-03-11', 'day', false] },
  { name: 'future "is expected to vote Friday"', sentence: 'The senate is expected to vote Friday.', find: 'Friday', value: '2025-03-07', date: ['2025-03-07', '2025-03-07', 'day', false] },
  { name: 'future "plans to ... on Monday"', sentence: 'The firm plans to open the plant on Monday.', find: 'Monday', value: '2025-03-10', date: ['2025-03-10', '2025-03-10', 'day', false] },
  { name: 'one sentence, two tenses (past clause)', sentence: 'Officials said on Monday that the bridge will reopen Friday.', find: 'Monday', value: '2025-03-03', date: ['2025-03-03', '2025-03-03', 'day', false] },
  { name: 'one sentence, two tenses (future clause)', sentence: 'Officials said on Monday that the bridge will reopen Friday.', find: 'Friday', value: '2025-03-07', date: ['2025-03-07', '2025-03-07', 'day', false] },
  { name: 'tense from a verb after the weekday', sentence: 'The agency earlier on Wednesday disclosed the plan.', find: 'Wednesday', text: 'earlier on Wednesday', value: '2025-03-05', date: ['2025-03-05', '2025-03-05', 'day', false] },
  { name: '"earlier Wednesday" keeps its modifier', sentence: 'The deal was first reported earlier Wednesday by a radio station.', find: 'Wednesday', text: 'earlier Wednesday', value: '2025-03-05', date: ['2025-03-05', '2025-03-05', 'day', false] },
  { name: '"late Tuesday"', sentence: 'The storm hit the coast late Tuesday.', find: 'Tuesday', text: 'late Tuesday', value: '2025-03-04', date: ['2025-03-04', '2025-03-04', 'day', false] },
  { name: '"last Friday" is before publication', sentence: 'The store closed last Friday.', find: 'Friday', text: 'last Friday', value: '2025-02-28', date: ['2025-02-28', '2025-02-28', 'day', false] },
  { name: '"next Thursday" is a week on', sentence: 'The store reopens next Thursday.', find: 'Thursday', text: 'next Thursday', value: '2025-03-13', date: ['2025-03-13', '2025-03-13', 'day', false] },
  { name: '"Tuesday night"', sentence: 'Fire crews worked through Tuesday night.', find: 'Tuesday', text: 'Tuesday night', value: '2025-03-04TNI', date: ['2025-03-04', '2025-03-04', 'day', false] },
  { name: 'Friday, past, across the year end', pub: '2024-01-02', sentence: 'The pass had been shut since Friday.', find: 'Friday', value: '2023-12-29', date: ['2023-12-29', '2023-12-29', 'day', false] },
  { name: 'On Friday in a past sentence of a January Tuesday', pub: '2024-01-02', sentence: 'On Friday, the council approved the budget.', find: 'Friday', value: '2023-12-29', date: ['2023-12-29', '2023-12-29', 'day', false] },
  // months
  { name: '"in November" past in March: the previous November', sentence: 'The court issued warrants in November.', find: 'November', value: '2024-11', date: ['2024-11', '2024-11', 'month', false] },
  { name: '"in November" future in March: this year', sentence: 'A ruling is expected in November.', find: 'November', value: '2025-11', date: ['2025-11', '2025-11', 'month', false] },
  { name: '"in December" past in a January article', pub: '2024-01-02', sentence: 'Crews cleared a similar drift in December.', find: 'December', value: '2023-12', date: ['2023-12', '2023-12', 'month', false] },
  { name: '"in September" future in a January article', pub: '2024-01-10', sentence: 'The school will open in September.', find: 'September', value: '2024-09', date: ['2024-09', '2024-09', 'month', false] },
  { name: '"last month" in March', sentence: 'The talks took place last month.', find: 'month', text: 'last month', value: '2025-02', date: ['2025-02', '2025-02', 'month', false] },
  { name: '"last month" in January', pub: '2024-01-15', sentence: 'Sales fell last month.', find: 'month', value: '2023-12', date: ['2023-12', '2023-12', 'month', false] },
  { name: '"this month"', sentence: 'Prices rose this month.', find: 'month', value: '2025-03', date: ['2025-03', '2025-03', 'month', false] },
  { name: '"next month" in December', pub: '2024-12-20', sentence: 'The law takes effect next month.', find: 'month', value: '2025-01', date: ['2025-01', '2025-01', 'month', false] },
  { name: '"last May" (May as a month, by modifier)', sentence: 'Last May the board met.', find: 'May', text: 'Last May', value: '2024-05', date: ['2024-05', '2024-05', 'month', false] },
  { name: '"early March" is approximate', sentence: 'The thaw came in early March.', find: 'March', text: 'early March', value: '2025-03', date: ['2025-03', '2025-03', 'month', true] },
  { name: '"in April" past in March, a month ahead: this April, not eleven months back', sentence: 'The mill warned buyers of a cut in its output in April.', find: 'April', value: '2025-04', date: ['2025-04', '2025-04', 'month', false] },
  { name: '"in May" past in March, two months ahead: the tense still decides', sentence: 'The firm agreed the merger in May.', find: 'May', value: '2024-05', date: ['2024-05', '2024-05', 'month', false] },
  { name: 'a day set after a determiner is no past: "a yet unnamed date in June"', sentence: 'The prize would be handed over on a yet unnamed date in June.', find: 'June', value: '2025-06', date: ['2025-06', '2025-06', 'month', false] },
  { name: '"extended ... through" a month lies ahead', pub: '2024-10-30', sentence: 'Lenders extended the credit line through January.', find: 'January', value: '2025-01', date: ['2025-01', '2025-01', 'month', false] },
  { name: '"postponed until Tuesday" lies ahead', sentence: 'The council postponed until Tuesday its vote on the plan.', find: 'Tuesday', value: '2025-03-11', date: ['2025-03-11', '2025-03-11', 'day', false] },
  { name: 'a weekday and day closing a line with a colon', pub: '2025-03-03', sentence: 'The Daily Lantern said in a leader on Tuesday, March 4:', find: 'March', text: 'Tuesday, March 4', value: '2025-03-04', date: ['2025-03-04', '2025-03-04', 'day', false] },
  { name: 'month with year', sentence: 'The contract was signed in March 2016.', find: 'March', text: 'March 2016', value: '2016-03', date: ['2016-03', '2016-03', 'month', false] },
  // month and day
  { name: '"Jan 19" past', sentence: 'The truce, which began Jan 19, has collapsed.', find: 'Jan', text: 'Jan 19', value: '2025-01-19', date: ['2025-01-19', '2025-01-19', 'day', false] },
  { name: '"Jan. 19" with a dot', sentence: 'The truce began Jan. 19.', find: 'Jan', text: 'Jan. 19', value: '2025-01-19', date: ['2025-01-19', '2025-01-19', 'day', false] },
  { name: '"on March 5"', sentence: 'The vote was held on March 5.', find: 'March', text: 'March 5', value: '2025-03-05', date: ['2025-03-05', '2025-03-05', 'day', false] },
  { name: '"19 January" day first', sentence: 'The truce began on 19 January.', find: 'January', text: '19 January', value: '2025-01-19', date: ['2025-01-19', '2025-01-19', 'day', false] },
  { name: 'a weekday names the year of a month-day', sentence: 'The season kicks off Saturday, Sept. 13.', find: 'Sept', text: 'Saturday, Sept. 13', value: '2025-09-13', date: ['2025-09-13', '2025-09-13', 'day', false] },
  { name: 'future month-day rolls to next year', pub: '2024-12-20', sentence: 'The summit will open on Jan. 8.', find: 'Jan', value: '2025-01-08', date: ['2025-01-08', '2025-01-08', 'day', false] },
  // explicit dates
  { name: '"October 7, 2023"', sentence: 'The war began with the October 7, 2023, attack.', find: 'October', text: 'October 7, 2023', value: '2023-10-07', date: ['2023-10-07', '2023-10-07', 'day', false] },
  { name: '"6 March 2025"', sentence: 'It was signed on 6 March 2025 in the capital.', find: 'March', text: '6 March 2025', value: '2025-03-06', date: ['2025-03-06', '2025-03-06', 'day', false] },
  { name: '"29 March, 2017"', sentence: 'The notice is dated 29 March, 2017.', find: 'March', text: '29 March, 2017', value: '2017-03-29', date: ['2017-03-29', '2017-03-29', 'day', false] },
  { name: 'ISO date', sentence: 'The filing is dated 2023-05-10.', find: '2023', value: '2023-05-10', date: ['2023-05-10', '2023-05-10', 'day', false] },
  { name: 'weekday prefix folds in', sentence: 'It opens on Wednesday, March 5, 2025.', find: 'March', text: 'Wednesday, March 5, 2025', value: '2025-03-05', date: ['2025-03-05', '2025-03-05', 'day', false] },
  { name: '"the 5th of March"', sentence: 'It opened on the 5th of March 2024.', find: 'March', text: 'the 5th of March 2024', value: '2024-03-05', date: ['2024-03-05', '2024-03-05', 'day', false] },
  // numeric dates and day order
  { name: '06/03/2025 with day first', dayFirst: true, sentence: 'Published : 06/03/2025 in print.', find: '2025', value: '2025-03-06', date: ['2025-03-06', '2025-03-06', 'day', false] },
  { name: '06/03/2025 with month first', dayFirst: false, sentence: 'Published : 06/03/2025 in print.', find: '2025', value: '2025-06-03', date: ['2025-06-03', '2025-06-03', 'day', false] },
  { name: '06/03/2025 with no evidence stays unresolved', dayFirst: null, sentence: 'Published : 06/03/2025 in print.', find: '2025', value: '2025-XX-XX', date: null },
  { name: '25/03/2025 has only one reading', dayFirst: null, sentence: 'Published : 25/03/2025 in print.', find: '2025', value: '2025-03-25', date: ['2025-03-25', '2025-03-25', 'day', false] },
  // years, decades, centuries
  { name: '"in 1997"', sentence: 'The group was designated in 1997.', find: '1997', text: '1997', value: '1997', date: ['1997', '1997', 'year', false] },
  { name: '"since 2019"', sentence: 'Volumes have grown since 2019.', find: '2019', value: '2019', date: ['2019', '2019', 'year', false] },
  { name: '"by 2030"', sentence: 'The plant will close by 2030.', find: '2030', value: '2030', date: ['2030', '2030', 'year', false] },
  { name: '"the 2015 quake"', sentence: 'Homes lost in the 2015 quake were rebuilt.', find: '2015', value: '2015', date: ['2015', '2015', 'year', false] },
  { name: '"2024\'s election"', sentence: "Turnout in 2024's election was low.", find: '2024', value: '2024', date: ['2024', '2024', 'year', false] },
  { name: 'year opening a sentence', sentence: '2023 was the hottest year on record.', find: '2023', value: '2023', date: ['2023', '2023', 'year', false] },
  { name: '"since shortly after" a day without its year looks back', sentence: 'Police have searched for him since shortly after the Oct. 23 fire.', pub: '1999-05-06', find: 'Oct', text: 'Oct. 23', value: '1998-10-23', date: ['1998-10-23', '1998-10-23', 'day', false] },
  { name: '"the 1990s"', sentence: 'The town boomed in the 1990s.', find: '1990', text: 'the 1990s', value: '199', date: ['1990', '1999', 'year', false] },
  { name: '"1990s" without article', sentence: 'Prices were lower in 1990s Britain.', find: '1990', text: '1990s', value: '199', date: ['1990', '1999', 'year', false] },
  { name: '"late 2023"', sentence: 'The works began in late 2023.', find: '2023', text: 'late 2023', value: '2023', date: ['2023', '2023', 'year', true] },
  { name: '"mid-2024"', sentence: 'The bridge opened in mid-2024.', find: '2024', text: 'mid-2024', value: '2024', date: ['2024', '2024', 'year', true] },
  { name: '"early next year"', sentence: 'The law will take effect early next year.', find: 'year', text: 'early next year', value: '2026', date: ['2026', '2026', 'year', true] },
  { name: '"the middle of this year"', sentence: 'Work will finish by the middle of this year.', find: 'year', text: 'the middle of this year', value: '2025', date: ['2025', '2025', 'year', true] },
  { name: '"last year"', sentence: 'Exports fell last year.', find: 'year', value: '2024', date: ['2024', '2024', 'year', false] },
  { name: '"the 19th century"', sentence: 'The mill was built in the 19th century.', find: 'century', value: '18', date: ['1800', '1899', 'year', true] },
  // quarters and fiscal years
  { name: '"the third quarter" past in March: last year\'s', sentence: 'Profits fell in the third quarter.', find: 'quarter', text: 'the third quarter', value: '2024-Q3', date: ['2024-Q3', '2024-Q3', 'quarter', false] },
  { name: '"the third quarter" future: this year\'s', sentence: 'Profits will recover in the third quarter.', find: 'quarter', value: '2025-Q3', date: ['2025-Q3', '2025-Q3', 'quarter', false] },
  { name: '"Q1 2024"', sentence: 'Revenue in Q1 2024 was flat.', find: 'Q1', value: '2024-Q1', date: ['2024-Q1', '2024-Q1', 'quarter', false] },
  { name: '"first quarter of 2024"', sentence: 'Revenue in the first quarter of 2024 was flat.', find: 'quarter', text: 'the first quarter of 2024', value: '2024-Q1', date: ['2024-Q1', '2024-Q1', 'quarter', false] },
  { name: '"fiscal 2026" is a year', sentence: 'The company expects growth in fiscal 2026.', find: '2026', text: 'fiscal 2026', value: '2026', date: ['2026', '2026', 'year', true] },
  { name: '"the second half of 2024"', sentence: 'Sales rose in the second half of 2024.', find: 'half', value: '2024-H2', date: ['2024-07', '2024-12', 'month', false] },
  // seasons
  { name: '"this summer"', sentence: 'The pool will reopen this summer.', find: 'summer', value: '2025-SU', date: ['2025-06', '2025-08', 'month', true] },
  { name: '"last winter" in March is the one just ended', sentence: 'Snow fell heavily last winter.', find: 'winter', value: '2024-WI', date: ['2024-12', '2025-02', 'month', true] },
  { name: '"in spring 2024"', sentence: 'The trial began in spring 2024.', find: 'spring', text: 'spring 2024', value: '2024-SP', date: ['2024-03', '2024-05', 'month', true] },
  { name: '"the fall of 2019"', sentence: 'The firm failed in the fall of 2019.', find: 'fall', text: 'the fall of 2019', value: '2019-FA', date: ['2019-09', '2019-11', 'month', true] },
  // weeks and recent stretches
  { name: '"last week"', sentence: 'The report came out last week.', find: 'week', text: 'last week', value: '2025-W09', date: ['2025-W09', '2025-W09', 'week', false] },
  { name: '"this week"', sentence: 'The board meets this week.', find: 'week', value: '2025-W10', date: ['2025-W10', '2025-W10', 'week', false] },
  { name: '"next week" across the year end', pub: '2024-12-30', sentence: 'The port reopens next week.', find: 'week', value: '2025-W02', date: ['2025-W02', '2025-W02', 'week', false] },
  { name: '"last week" across the year end', pub: '2025-01-02', sentence: 'The port closed last week.', find: 'week', value: '2024-W52', date: ['2024-W52', '2024-W52', 'week', false] },
  { name: '"earlier this week": the week, as the text gives it', sentence: 'Police said earlier this week that the road was shut.', find: 'week', text: 'earlier this week', value: '2025-W10', date: ['2025-W10', '2025-W10', 'week', false] },
  { name: '"in recent weeks"', sentence: 'Talks have taken place in recent weeks.', find: 'weeks', text: 'recent weeks', value: 'PAST_REF', date: ['2025-02-06', '2025-03-06', 'day', true] },
  { name: '"in recent days"', sentence: 'Fighting has eased in recent days.', find: 'days', value: 'PAST_REF', date: ['2025-02-27', '2025-03-06', 'day', true] },
  { name: '"in recent months"', sentence: 'Prices have climbed in recent months.', find: 'months', value: 'PAST_REF', date: ['2024-12', '2025-03', 'month', true] },
  { name: '"over the weekend"', sentence: 'Police arrested 20 people over the weekend.', find: 'weekend', text: 'the weekend', value: '2025-W09-WE', date: ['2025-03-01', '2025-03-02', 'day', false] },
  // days relative to publication
  { name: '"yesterday"', sentence: 'The mayor resigned yesterday.', find: 'yesterday', value: '2025-03-05', date: ['2025-03-05', '2025-03-05', 'day', false] },
  { name: '"today"', sentence: 'The court sits today.', find: 'today', value: '2025-03-06', date: ['2025-03-06', '2025-03-06', 'day', false] },
  { name: '"tomorrow" across the month end', pub: '2025-02-28', sentence: 'The court sits tomorrow.', find: 'tomorrow', value: '2025-03-01', date: ['2025-03-01', '2025-03-01', 'day', false] },
  { name: '"this morning"', sentence: 'Police said this morning that two were hurt.', find: 'morning', type: 'TIME', value: '2025-03-06TMO', date: ['2025-03-06', '2025-03-06', 'day', false] },
  { name: '"two days ago"', sentence: 'The ship sank two days ago.', find: 'ago', value: '2025-03-04', date: ['2025-03-04', '2025-03-04', 'day', false] },
  { name: '"three weeks ago" is an approximate week', sentence: 'The ship sank three weeks ago.', find: 'ago', value: '2025-W07', date: ['2025-W07', '2025-W07', 'week', true] },
  { name: '"a year ago"', sentence: 'The ship sank a year ago.', find: 'ago', value: '2024', date: ['2024', '2024', 'year', false] },
  // a hedge or a count that is no number leaves the day approximate; the TimeML value is the same day
  { name: '"around July 1" is an approximate day', sentence: 'The ferry line plans to reopen around July 1.', find: 'July', value: '2025-07-01', date: ['2025-07-01', '2025-07-01', 'day', true] },
  { name: '"roughly two days ago" is an approximate day', sentence: 'The ferry sank roughly two days ago.', find: 'ago', value: '2025-03-04', date: ['2025-03-04', '2025-03-04', 'day', true] },
  { name: '"a couple of days ago" is an approximate day', sentence: 'The ferry line changed its name a couple of days ago.', find: 'ago', value: '2025-03-04', date: ['2025-03-04', '2025-03-04', 'day', true] },
  { name: '"two days ago" stays exact', sentence: 'The ferry sank two days ago.', find: 'ago', value: '2025-03-04', date: ['2025-03-04', '2025-03-04', 'day', false] },
  { name: '"about three days ago" is an approximate day', sentence: 'The ferry sank about three days ago.', find: 'ago', value: '2025-03-03', date: ['2025-03-03', '2025-03-03', 'day', true] },
  { name: '"spoke about last year": a preposition before a named period, no hedge', sentence: 'The ferry owners spoke about last year at length.', find: 'year', value: '2024', date: ['2024', '2024', 'year', false] },
  { name: '"next year or so" is an approximate year', sentence: 'The ferry line will close next year or so.', find: 'year', value: '2026', date: ['2026', '2026', 'year', true] },
  { name: '"next year or sooner": no hedge after the date', sentence: 'The ferry line will close next year or sooner.', find: 'year', value: '2026', date: ['2026', '2026', 'year', false] },
  { name: '"get around Wednesday\'s ruling": a particle, no hedge', sentence: 'The ferry owners will try to get around Wednesday\'s ruling.', find: 'Wednesday', value: '2025-03-05', date: ['2025-03-05', '2025-03-05', 'day', false] },
  // on a Sunday, the last day of its calendar week, "this week" still to come is the week starting tomorrow
  { name: 'future "this week" on a Sunday is the coming week', pub: '2025-03-09', sentence: 'The dock plan will go to a vote this week.', find: 'week', value: '2025-W11', date: ['2025-W11', '2025-W11', 'week', false] },
  { name: 'past "this week" on a Sunday is the week ending that day', pub: '2025-03-09', sentence: 'This week brought news of a leak at the dock.', find: 'week', value: '2025-W10', date: ['2025-W10', '2025-W10', 'week', false] },
  { name: 'future "later this week" on a Sunday is the coming week', pub: '2025-03-09', sentence: 'The board will vote on the dock plan later this week.', find: 'week', value: '2025-W11', date: ['2025-W11', '2025-W11', 'week', true] },
  { name: '"this weekend" on a Sunday is the weekend that day ends', pub: '2025-03-09', sentence: 'A dock fair is planned this weekend.', find: 'weekend', value: '2025-W10-WE', date: ['2025-03-08', '2025-03-09', 'day', false] },
  { name: 'past "over the weekend" on a Sunday is the weekend ending that day', pub: '2025-03-09', sentence: 'The dock workers struck over the weekend.', find: 'weekend', value: '2025-W10-WE', date: ['2025-03-08', '2025-03-09', 'day', false] },
  { name: 'future "this week" on a Thursday stays in its week', sentence: 'The dock plan will go to a vote this week.', find: 'week', value: '2025-W10', date: ['2025-W10', '2025-W10', 'week', false] },
  // clock times
  { name: 'time joined to its day, converted with the article offset', pub: THU, sentence: 'The polls closed at 3 p.m. on Wednesday.', find: 'p.m.', type: 'TIME', text: '3 p.m. on Wednesday', value: '2025-03-05T15:00', date: ['2025-03-05T20:00', '2025-03-05T20:00', 'minute', false] },
  { name: 'time with an explicit zone', sentence: 'The blast happened on Wednesday at 14:30 GMT.', find: 'GMT', type: 'TIME', text: 'Wednesday at 14:30 GMT', value: '2025-03-05T14:30', date: ['2025-03-05T14:30', '2025-03-05T14:30', 'minute', false] },
  { name: '"midnight Friday" is the midnight that ends Friday', sentence: 'The strike begins at midnight Friday.', find: 'midnight', type: 'TIME', text: 'midnight Friday', value: '2025-03-08T00:00', date: ['2025-03-08T05:00', '2025-03-08T05:00', 'minute', false] },
  { name: '"midnight on Sunday", past, ends that Sunday', sentence: 'The deadline passed at midnight GMT on Sunday.', find: 'midnight', type: 'TIME', text: 'midnight GMT on Sunday', value: '2025-03-03T00:00', date: ['2025-03-03T00:00', '2025-03-03T00:00', 'minute', false] },
  // a hedged clock time is an approximate instant; the value keeps the minute as TimeML writes it
  { name: '"at about midday on Wednesday" is approximate', sentence: 'The mayor collapsed at about midday on Wednesday.', find: 'midday', type: 'TIME', text: 'midday on Wednesday', value: '2025-03-05T12:00', date: ['2025-03-05T17:00', '2025-03-05T17:00', 'minute', true] },
  { name: '"shortly after 9 p.m. on Wednesday" is approximate', sentence: 'The blast came shortly after 9 p.m. on Wednesday.', find: 'p.m.', type: 'TIME', text: '9 p.m. on Wednesday', value: '2025-03-05T21:00', date: ['2025-03-06T02:00', '2025-03-06T02:00', 'minute', true] },
  { name: 'time without a day stays unresolved', sentence: 'The shop opens at 9 a.m.', find: 'a.m', type: 'TIME', value: 'XXXX-XX-XXT09:00', date: null },
  // ranges
  { name: '"from Jan. 30 to Feb. 10"', sentence: 'The fair ran from Jan. 30 to Feb. 10.', find: 'Jan', text: 'Jan. 30 to Feb. 10', value: '2025-01-30', date: ['2025-01-30', '2025-02-10', 'day', false] },
  { name: '"between March 1 and 5"', sentence: 'Voting took place between March 1 and 5.', find: 'March', text: 'March 1 and 5', value: '2025-03-01', date: ['2025-03-01', '2025-03-05', 'day', false] },
  { name: '"2019-2021"', sentence: 'He led the team in 2019-2021.', find: '2019', text: '2019-2021', value: '2019', date: ['2019', '2021', 'year', false] },
  { name: '"from 2010 to 2015"', sentence: 'He led the team from 2010 to 2015.', find: '2010', text: '2010 to 2015', value: '2010', date: ['2010', '2015', 'year', false] },
  { name: 'a year written on one end only', sentence: 'The fair runs from Dec. 30 to Jan. 5, 2025.', find: 'Dec', value: '2024-12-30', date: ['2024-12-30', '2025-01-05', 'day', false] },
  { name: '"Aug. 4 to Aug. 6" in the future', pub: '2017-03-29', sentence: 'The festival will return from Aug. 4 to Aug. 6.', find: 'Aug', value: '2017-08-04', date: ['2017-08-04', '2017-08-06', 'day', false] },
  // durations, sets and references
  { name: '"for three years"', sentence: 'He was jailed for three years.', find: 'years', type: 'DURATION', text: 'three years', value: 'P3Y', date: null },
  { name: '"two weeks"', sentence: 'The repairs took two weeks.', find: 'weeks', type: 'DURATION', value: 'P2W', date: null },
  { name: '"five-year"', sentence: 'The festival returns after a five-year break.', find: 'year', type: 'DURATION', value: 'P5Y', date: null },
  { name: '"the past two weeks"', sentence: 'Rain fell over the past two weeks.', find: 'weeks', type: 'DURATION', text: 'the past two weeks', value: 'P2W', date: null },
  { name: '"every Monday"', sentence: 'The market opens every Monday.', find: 'Monday', type: 'SET', text: 'every Monday', value: 'XXXX-WXX-1', date: null },
  { name: '"weekly"', sentence: 'The paper appears weekly.', find: 'weekly', type: 'SET', value: 'P1W', date: null },
  { name: '"each year"', sentence: 'The fair is held each year.', find: 'year', type: 'SET', value: 'P1Y', date: null },
  { name: '"now"', sentence: 'The war is now in its second year.', find: 'now', value: 'PRESENT_REF', date: null },
  { name: '"recently"', sentence: 'The rules were recently changed.', find: 'recently', value: 'PAST_REF', date: null },
  { name: '"in the future"', sentence: 'Prices may rise in the future.', find: 'future', text: 'the future', value: 'FUTURE_REF', date: null },
  // holidays and modifiers standing in for prepositions
  { name: '"Christmas Day" past', sentence: 'Shops closed on Christmas Day.', find: 'Christmas', value: '2024-12-25', date: ['2024-12-25', '2024-12-25', 'day', false] },
  { name: '"Thanksgiving 2023"', sentence: 'The family met at Thanksgiving 2023.', find: 'Thanksgiving', value: '2023-11-23', date: ['2023-11-23', '2023-11-23', 'day', false] },
  { name: '"last Easter" by the computus', sentence: 'The church was full last Easter.', find: 'Easter', text: 'last Easter', value: '2024-03-31', date: ['2024-03-31', '2024-03-31', 'day', false] },
  { name: '"at the end of March"', sentence: 'Work will stop at the end of March.', find: 'March', text: 'the end of March', value: '2025-03', date: ['2025-03', '2025-03', 'month', true] },
  { name: '"since Jan. 1" looks back even in the present perfect', pub: '2024-12-20', sentence: 'Prices have risen since Jan. 1.', find: 'Jan', value: '2024-01-01', date: ['2024-01-01', '2024-01-01', 'day', false] },
  { name: '"in the coming weeks"', sentence: 'A decision will follow in the coming weeks.', find: 'weeks', text: 'the coming weeks', value: 'FUTURE_REF', date: ['2025-03-06', '2025-04-03', 'day', true] },
  { name: '"the following day" counts from the date before it', sentence: 'The body was found on 2 May 2019 and buried the following day.', find: 'following', value: '2019-05-03', date: ['2019-05-03', '2019-05-03', 'day', false] },
  { name: 'a dateline names its weekday', pub: '2025-03-04', sentence: 'LONDON, March 3 -- With no rescue plan to calm traders Monday, shares fell across Europe.', find: 'Monday', value: '2025-03-03', date: ['2025-03-03', '2025-03-03', 'day', false] },
  { name: "an AP dateline's underscore names its weekday", pub: '2025-03-04', sentence: 'HARBOURTON, March 3 _ With no rescue plan to calm traders Monday, shares fell across Europe.', find: 'Monday', value: '2025-03-03', date: ['2025-03-03', '2025-03-03', 'day', false] },
  { name: '"a year later" counts from the date before it', sentence: 'The mill opened in 1887 and closed a year later.', find: 'later', value: '1888', date: ['1888', '1888', 'year', false] },
  { name: '"Q3" after a preposition', sentence: 'Margins widened in Q3.', find: 'Q3', value: '2024-Q3', date: ['2024-Q3', '2024-Q3', 'quarter', false] },
  // "the last week" is last week's calendar week; "the past week" and "over the last week" a stretch
  { name: '"in the last week" is the ISO week before publication', pub: '2013-03-22', sentence: 'Sales rose 5 percent in the last week.', find: 'week', text: 'the last week', type: 'DATE', value: '2013-W11', date: ['2013-W11', '2013-W11', 'week', false] },
  { name: '"the last week" in a January article is the last week of December', pub: '2025-01-02', sentence: 'Ferries were cancelled in the last week.', find: 'week', type: 'DATE', value: '2024-W52', date: ['2024-W52', '2024-W52', 'week', false] },
  { name: '"over the last week" measures a stretch of time', pub: '2013-03-22', sentence: 'Prices have fallen over the last week.', find: 'week', text: 'the last week', type: 'DURATION', value: 'P1W', date: null },
  { name: '"the last week of" something is not the calendar week', pub: '2013-03-22', sentence: 'Crowds grew in the last week of the campaign.', find: 'week', type: 'DURATION', value: 'P1W', date: null },
  { name: '"in the past week" stays a stretch of time', pub: '2013-03-22', sentence: 'Sales rose 5 percent in the past week.', find: 'week', type: 'DURATION', value: 'P1W', date: null },
  // counted from the date before, whatever follows the "later"
  { name: '"a day later" before a clause', sentence: 'The talks began on March 1 and a day later they collapsed.', find: 'later', text: 'a day later', type: 'DATE', value: '2025-03-02', date: ['2025-03-02', '2025-03-02', 'day', false] },
  { name: '"two days later" before its subject', sentence: 'The dam failed on 4 June 2021 and two days later officials ordered an evacuation.', find: 'later', type: 'DATE', value: '2021-06-06', date: ['2021-06-06', '2021-06-06', 'day', false] },
  { name: '"a week later" is the week after the one named', sentence: 'Voting closed on Jan. 10, 2024, and a week later the count was certified.', find: 'later', type: 'DATE', value: '2024-W03', date: ['2024-W03', '2024-W03', 'week', false] },
  { name: '"the following week" is the ISO week after the date before it', sentence: 'The bill passed on Feb. 3 and the following week it was signed.', find: 'following', type: 'DATE', value: '2025-W07', date: ['2025-W07', '2025-W07', 'week', false] },
  { name: '"the next week" after a dated event', sentence: 'The strike started on 14 October 2022 and spread the next week.', find: 'next', type: 'DATE', value: '2022-W42', date: ['2022-W42', '2022-W42', 'week', false] },
  // forward verbs govern the quarter they look to
  { name: '"expects the deal to close in the third quarter" is this year\'s', sentence: 'The bank expects the deal to close in the third quarter.', find: 'quarter', text: 'the third quarter', type: 'DATE', value: '2025-Q3', date: ['2025-Q3', '2025-Q3', 'quarter', false] },
  { name: '"expected ... to" across a longer object', sentence: 'The lender expected its $2 billion share sale to finish in the second quarter.', find: 'quarter', type: 'DATE', value: '2025-Q2', date: ['2025-Q2', '2025-Q2', 'quarter', false] },
  { name: '"hopes to" looks ahead', sentence: 'The airline hopes to restore the route in the fourth quarter.', find: 'quarter', type: 'DATE', value: '2025-Q4', date: ['2025-Q4', '2025-Q4', 'quarter', false] },
  { name: '"intends to" looks ahead', sentence: 'The council intends to publish the audit in the third quarter.', find: 'quarter', type: 'DATE', value: '2025-Q3', date: ['2025-Q3', '2025-Q3', 'quarter', false] },
  { name: '"aims to" looks ahead', sentence: 'The mine aims to resume output in the second quarter.', find: 'quarter', type: 'DATE', value: '2025-Q2', date: ['2025-Q2', '2025-Q2', 'quarter', false] },
  { name: 'a past verb after "expected" keeps the past', sentence: 'Analysts expected sales rose in the third quarter.', find: 'quarter', type: 'DATE', value: '2024-Q3', date: ['2024-Q3', '2024-Q3', 'quarter', false] },
  // no publication date
  { name: 'no date: a weekday stays unresolved', pub: null, sentence: 'The minister said Wednesday that talks had stalled.', find: 'Wednesday', value: 'XXXX-WXX-3', date: null },
  { name: 'no date: "in November" stays a blank month', pub: null, sentence: 'The court issued warrants in November.', find: 'November', value: 'XXXX-11', date: null },
  { name: 'no date: "Jan 19" stays a blank year', pub: null, sentence: 'The truce began Jan 19.', find: 'Jan', value: 'XXXX-01-19', date: null },
  { name: 'no date: "last month" unresolved', pub: null, sentence: 'The talks took place last month.', find: 'month', value: 'XXXX-XX', date: null },
  { name: 'no date: an absolute year still resolves', pub: null, sentence: 'The lighthouse was built in 1887.', find: '1887', value: '1887', date: ['1887', '1887', 'year', false] },
  { name: 'no date: a full date still resolves', pub: null, sentence: 'It closed on 4 July 1962.', find: 'July', value: '1962-07-04', date: ['1962-07-04', '1962-07-04', 'day', false] },
];

describe('findTimexes', () => {
  it.each(rows)('$name', ({ sentence, find, pub = THU, dayFirst = null, text, type = rows[0].type, value, date }) => {
    const t = timexWith(sentence, find, ctx(pub, dayFirst, pub === THU ? -300 : null));
    expect(t, `no expression containing "${find}"`).toBeDefined();
    if (text !== undefined) expect(t!.text).toBe(text);
    expect(t!.type).toBe(type ?? (date?.[2] === 'minute' ? 'TIME' : t!.type));
    expect(t!.value).toBe(value);
    if (date === null) expect(t!.date).toBeNull();
    else expect(t!.date).toMatchObject({ start: date[0], end: date[1], precision: date[2], approximate: date[3] });
    expect(t!.explanation.length).toBeGreaterThan(5);
  });

  it.each([
    { name: 'counted hostages and others', sentence: 'Officials say about 24 living hostages as well as at least 35 others are held.' },
    { name: 'money', sentence: 'The fine was $1,200 and then $2025 more.' },
    { name: 'radio frequencies and channels', sentence: 'Watch on Astro 502, unifi TV 631 or tune in to FM93.9 and FM107.5.' },
    { name: 'phone numbers', sentence: 'Call 03-2693 7070 or 1-800-555-0199 for details.' },
    { name: 'a score', sentence: 'The club won 3-2 and the ratio was 2:1.' },
    { name: 'a count after a preposition', sentence: 'The march drew support from 2000 people in 1500 towns.' },
    { name: '"may" the verb and "May I"', sentence: 'May I ask whether the plan may change?' },
    { name: '"March" as a verb', sentence: 'March for our lives, they said, and he sat down for a second.' },
    { name: 'ordinal phases', sentence: 'The second phase of the three-phase deal stalled.' },
    { name: 'a model number', sentence: 'The Boeing 737 and Airbus A320 were grounded.' },
    { name: 'a car called Q3', sentence: 'The Audi Q3 sold well.' },
    { name: 'a bare time-like ratio', sentence: 'The vote passed 7:2 and the odds were 10:30.' },
  ])('finds no date in $name', ({ sentence }) => {
    expect(inSentence(sentence, ctx(THU)).filter((t) => t.type === 'DATE' || t.type === 'TIME')).toEqual([]);
  });

  it('treats "in 2000 people" as a count but "in 2000" as a year', () => {
    expect(inSentence('Protests spread in 2000 people and towns.', ctx(THU))).toEqual([]);
    expect(inSentence('Protests spread in 2000.', ctx(THU)).map((t) => t.value)).toEqual(['2000']);
  });

  it('finds "in November" as a month, never a day', () => {
    const t = timexWith('The court issued warrants in November.', 'November', ctx(THU))!;
    expect(t.date?.precision).toBe('month');
    expect(t.text).toBe('November');
  });

  it('resolves anaphoric days against the last date mentioned', () => {
    const s = 'The ceasefire took effect on Sunday and the next day fighting resumed.';
    expect(timexWith(s, 'next day', ctx(THU))?.value).toBe('2025-03-03');
    expect(timexWith('The next day fighting resumed.', 'next day', ctx(THU))?.date).toBeNull();
  });

  it('counts "the previous Friday" and "the following Monday" from the last day mentioned, else from publication', () => {
    // (counting from a day mentioned is the rule's own examples, run by the catalogue in timex/rules.test.ts)
    const mon = '2025-03-10';
    // the same weekday as the day mentioned is a week away, never that day
    expect(timexWith('The mill opened on Monday, 3 March, and closed the following Monday.', 'following Monday', ctx('2025-03-20'))?.value).toBe('2025-03-10');
    // with no day before it, the weekday before or after publication
    expect(timexWith('The index fell from the previous Friday.', 'previous Friday', ctx(mon))?.value).toBe('2025-03-07');
    expect(timexWith('The hearing moved to the following Monday.', 'following Monday', ctx(mon))?.value).toBe('2025-03-17');
    // in a title's capitals as well
    expect(timexWith('Hearing Moved To The Following Monday', 'Following Monday', ctx(mon))?.value).toBe('2025-03-17');
  });

  it('keeps "the latest quarter" on a quarter already reported, even after one the article looks ahead to', () => {
    const s = 'The mill expects a fourth-quarter charge. Output fell 9% in the latest quarter, against a gain a year ago.';
    expect(timexWith(s, 'latest', ctx('1989-11-02'))?.value).toBe('1989-Q3');
    expect(timexWith(s, 'year ago', ctx('1989-11-02'))?.value).toBe('1988-Q3');
    // a quarter already over, named before, is still the one meant
    expect(timexWith('Output rose in the second quarter. In the latest quarter, costs fell.', 'latest', ctx('1989-11-02'))?.value).toBe('1989-Q2');
  });

  it('compares a stretch of months after a quarter with the year before, not with the quarter', () => {
    const s = 'The co-op earned $4 million in the third quarter. For the nine months, it earned $9 million, up from $7 million a year earlier.';
    expect(timexWith(s, 'a year earlier', ctx('1989-10-30'))?.value).toBe('1988');
    const adj = 'Fares rose in the third quarter. In the first nine months, net was $30 million. The year-earlier results included a gain.';
    expect(timexWith(adj, 'year-earlier', ctx('1989-10-30'))?.value).toBe('1988');
    // the quarter is still "the latest quarter" after the stretch
    expect(timexWith(`${adj} Sales in the latest quarter rose.`, 'latest', ctx('1989-10-30'))?.value).toBe('1989-Q3');
    // without the stretch, the comparison stays at the quarter
    expect(timexWith('The co-op earned $4 million in the third quarter, up from $3 million a year earlier.', 'a year earlier', ctx('1989-10-30'))?.value).toBe('1988-Q3');
    // "for six months" is a span of its own, not the period a report sums: the quarter stays the reference
    const span = 'The co-op earned $4 million in the third quarter. For six months, it fought the merger, up from $3 million a year earlier.';
    expect(timexWith(span, 'a year earlier', ctx('1989-10-30'))?.value).toBe('1988-Q3');
  });

  it('keeps a quarter the reference past the day it closes on, fiscal or not', () => {
    const cases: [string, string, string][] = [
      // a fiscal quarter named, then bounded: the report still speaks of it
      ['The mill posted fiscal second-quarter net of $8 million. Sales rose in the quarter ended Sept. 30. The latest period includes a gain.', 'latest period', '1989-Q2'],
      ['The co-op reported sales for the fiscal first quarter ended Sept. 29, up from a year earlier. In the 1988 period, it earned $2 million.', '1988 period', '1988-Q1'],
      ['The co-op reported net for the third quarter ending Sept. 30, compared with $4 million a year ago.', 'a year ago', '1988-Q3'],
      // a day that does not close the period named counts as itself
      ['The co-op reported net for the third quarter. On Sept. 30, the board met. The next day, it voted.', 'next day', '1989-10-01'],
    ];
    for (const [s, find, value] of cases) expect(timexWith(s, find, ctx('1989-10-26'))?.value, find).toBe(value);
  });

  it('reads a comparison\'s "a year earlier" after "a year ago" as the same year, a narrative one as the year before', () => {
    const s = 'The bakery lost $2 million a year ago. Its sales were $40 million, compared with $35 million a year earlier.';
    expect(timexWith(s, 'a year earlier', ctx('1989-11-01'))?.value).toBe('1988');
    expect(timexWith('Fares fell a year ago. Sales rose to $9 million from $7 million a year earlier.', 'a year earlier', ctx('1989-11-01'))?.value).toBe('1988');
    // told as a story, not a comparison: a year before the year before
    expect(timexWith('A year ago the bakery opened. A year earlier its owner had moved to town.', 'A year earlier', ctx('1989-11-01'))?.value).toBe('1987');
    // "from" a place is no comparison
    expect(timexWith('A year ago the bakery closed. It had moved from Tarrow a year earlier.', 'a year earlier', ctx('1989-11-01'))?.value).toBe('1987');
    // after a year written out, the comparison counts back from it
    expect(timexWith('The bakery earned $5 million in 1988, compared with $3 million a year earlier.', 'a year earlier', ctx('1989-11-01'))?.value).toBe('1987');
  });

  it('never counts "the year-ago period" from a quarter the article only forecasts', () => {
    const s = 'The mill posted lower third-quarter profit. An analyst expects losses through the third quarter of 1990. In the year-ago period, the mill earned $9 million.';
    expect(timexWith(s, 'year-ago', ctx('1989-10-26'))?.value).toBe('1988-Q3');
  });

  // One zone table, read by the article's own locale evidence (metadata's `locale`, its offset from the dateline).
  it.each([
    { name: '"ET" in an article from India is New York time (summer), not India\'s', sentence: 'The results came at 9 a.m. ET on Wednesday.', pub: '2025-07-10', offset: 330, locale: 'IN', utc: '2025-07-09T13:00', zone: { offset: '-04:00' } },
    { name: '"ET" in winter is New York standard time', sentence: 'The results came at 9 a.m. ET on Wednesday.', pub: THU, offset: 330, locale: 'IN', utc: '2025-03-05T14:00', zone: { offset: '-05:00' } },
    { name: '"CST" in an article from Shanghai is China Standard Time', sentence: 'Trading resumed at 3 p.m. CST on Wednesday.', pub: THU, offset: 480, locale: 'CN', utc: '2025-03-05T07:00', zone: { offset: '+08:00' } },
    { name: '"CST" in an article from the US is US Central', sentence: 'Trading resumed at 3 p.m. CST on Wednesday.', pub: THU, offset: -360, locale: 'US', utc: '2025-03-05T21:00', zone: { offset: '-06:00' } },
    { name: '"CST" with no locale evidence takes its common news reading', sentence: 'Trading resumed at 3 p.m. CST on Wednesday.', pub: THU, offset: null, locale: null, utc: '2025-03-05T21:00', zone: { offset: '-06:00' } },
    { name: '"IST" in an article from Israel is Israel Standard Time', sentence: 'The sirens sounded at 6 a.m. IST on Wednesday.', pub: THU, offset: 120, locale: 'IL', utc: '2025-03-05T04:00', zone: { offset: '+02:00' } },
    { name: 'a time with no zone is in the article\'s own zone', sentence: 'The sirens sounded at 6 a.m. on Wednesday.', pub: THU, offset: 330, locale: 'IN', utc: '2025-03-05T00:30', zone: { offset: '+05:30' } },
    { name: '"local time" names no zone: wall-clock time', sentence: 'The sirens sounded at 6 a.m. local time on Wednesday.', pub: THU, offset: 330, locale: 'IN', utc: '2025-03-05T06:00', zone: { localClock: true } },
  ])('reads zone letters by the article\'s locale: $name', ({ sentence, pub, offset, locale, utc, zone }) => {
    const t = timexWith(sentence, 'Wednesday', { published: published(pub, offset), dayFirst: null, locale });
    expect(t?.type).toBe('TIME');
    // start is UTC with the zone's offset kept for the label; a clock with no zone stays on its wall clock and says so
    expect(t?.date).toEqual({ start: utc, end: utc, precision: 'minute', approximate: false, ...zone });
  });

  it.each([
    { name: 'a time with no zone in a story filed from a city is that city\'s', sentence: 'The sirens sounded at 6 a.m. on Wednesday.', offset: 0, placeZone: 'Asia/Kathmandu', utc: '2025-03-05T00:15', zone: { offset: '+05:45' } },
    { name: 'the city\'s summer time counts', sentence: 'The sirens sounded at 6 a.m. on Wednesday.', offset: null, placeZone: 'Europe/Paris', pub: '2025-07-10', utc: '2025-07-09T04:00', zone: { offset: '+02:00' } },
    { name: 'zone letters still win over the city', sentence: 'The sirens sounded at 6 a.m. GMT on Wednesday.', offset: null, placeZone: 'Asia/Kathmandu', utc: '2025-03-05T06:00', zone: {} },
  ])('reads a clock time by the dateline\'s city: $name', ({ sentence, offset, placeZone, pub, utc, zone }) => {
    const t = timexWith(sentence, 'Wednesday', { published: published(pub ?? THU, offset), dayFirst: null, locale: null, placeZone });
    expect(t?.date).toEqual({ start: utc, end: utc, precision: 'minute', approximate: false, ...zone });
  });

  it("keeps each end of a range as written: the coarser end's precision, both ends for the label", () => {
    const t = timexWith('He worked there from 2010 until January 2014.', '2010', ctx(THU));
    expect(t?.date).toEqual({ start: '2010', end: '2014', precision: 'year', approximate: false, ends: { start: { value: '2010', precision: 'year' }, end: { value: '2014-01', precision: 'month' } } });
    const u = timexWith('The line was shut from March 2019 to 2021.', 'March', ctx(THU));
    expect(u?.date?.ends).toEqual({ start: { value: '2019-03', precision: 'month' }, end: { value: '2021', precision: 'year' } });
    // ends of one precision need nothing more
    expect(timexWith('He led the team from 2010 to 2015.', '2010', ctx(THU))?.date).not.toHaveProperty('ends');
  });

  it('reads zone letters only in capitals', () => {
    expect(timexWith('Doors open at 3 p.m. cat shows follow on Wednesday.', '3 p.m.', ctx(THU))?.text).toBe('3 p.m.');
  });

  it('explains resolution in the reader\'s words', () => {
    expect(timexWith('The talks took place last month.', 'month', ctx(THU))?.explanation).toBe("'last month' in an article published 6 March 2025");
    expect(timexWith('The minister said Wednesday.', 'Wednesday', ctx(THU))?.explanation).toBe("'Wednesday' (past tense: the occurrence on or before publication, 6 March 2025)");
    expect(timexWith('The talks took place last month.', 'month', ctx(null))?.explanation).toMatch(/no publication date to resolve against/);
    expect(timexWith('Voting closes at 9 p.m. on Friday.', 'Friday', ctx(THU))?.explanation).toMatch(/time zone unknown/);
  });

  it('keeps offsets absolute across sentences and sorted, non-overlapping, valid spans', () => {
    const text = 'Intro line.\n\nThe port closed on Monday. It will reopen next week, and a review is due in the third quarter of 2025.';
    const second = text.indexOf('The port');
    const third = text.indexOf('It will');
    const sentences = [
      { start: second, end: third - 1, text: text.slice(second, third - 1) },
      { start: third, end: text.length, text: text.slice(third) },
    ];
    const found = findTimexes(text, sentences, ctx(THU));
    expect(found.map((t) => t.text)).toEqual(['Monday', 'next week', 'the third quarter of 2025']);
    for (let i = 0; i < found.length; i++) {
      expect(text.slice(found[i].start, found[i].end)).toBe(found[i].text);
      if (i) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    }
  });

  it('never reads text outside the sentences it is given', () => {
    const text = 'Menu 2024 | Published 12 May 2024\nThe council met on Friday.';
    const start = text.indexOf('The');
    const found = findTimexes(text, [{ start, end: text.length, text: text.slice(start) }], ctx('2024-05-12'));
    expect(found.map((t) => t.text)).toEqual(['Friday']);
  });

  it('writes only well-formed partial dates, end never before start', () => {
    for (const row of rows) {
      for (const t of inSentence(row.sentence, ctx(row.pub === undefined ? THU : row.pub, row.dayFirst ?? null, 60))) {
        expect(t.text).toBe(row.sentence.slice(t.start, t.end));
        if (!t.date) continue;
        expect(isPartialDate(t.date.start, t.date.precision), `${t.text}: ${t.date.start}`).toBe(true);
        expect(isPartialDate(t.date.end, t.date.precision), `${t.text}: ${t.date.end}`).toBe(true);
        expect(t.date.end >= t.date.start).toBe(true);
      }
    }
  });
});

describe('the seed articles', () => {
  // crude sentences: each paragraph is one sentence
  const files = ['seeds/000_59524076cc088d3e.txt', 'seeds/004_10e1ccc3c011e217.txt'];
  const all = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const sentences: Span[] = [];
    for (const m of text.matchAll(/[^\n]+/g)) sentences.push({ start: m.index, end: m.index + m[0].length });
    return findTimexes(text, sentences, ctx(THU, true, 330)).map((t) => ({ ...t, file }));
  });
  const having = (needle: string) => all.filter((t) => t.text.includes(needle));

  it.each([
    { needle: 'Wednesday', start: '2025-03-05', precision: 'day' },
    { needle: '1997', start: '1997', precision: 'year' },
    { needle: 'October 7, 2023', start: '2023-10-07', precision: 'day' },
    { needle: 'last month', start: '2025-02', precision: 'month' },
    { needle: 'November', start: '2024-11', precision: 'month' },
    { needle: 'Jan 19', start: '2025-01-19', precision: 'day' },
    { needle: 'earlier Wednesday', start: '2025-03-05', precision: 'day' },
    { needle: 'earlier on Wednesday', start: '2025-03-05', precision: 'day' },
  ])('dates "$needle" as $start', ({ needle, start, precision }) => {
    const found = having(needle);
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) expect(t.date).toMatchObject({ start, precision });
  });

  it('reads "in recent weeks" as an approximate stretch overlapping February 2025', () => {
    const [t] = having('recent weeks');
    expect(t.date?.approximate).toBe(true);
    expect(datesOverlap(t.date!, { start: '2025-02', end: '2025-02', precision: 'month' })).toBe(true);
  });

  it('dates nothing in June 2025 and nothing from counts or channel numbers', () => {
    expect(all.filter((t) => t.date?.start.startsWith('2025-06'))).toEqual([]);
    expect(all.filter((t) => /24|35|502|631|93\.9|121/.test(t.text))).toEqual([]);
  });
});

describe('findTimexes: a month of "that year"', () => {
  it.each([
    // one expression, the month named in the year the article mentioned last
    ['The mill opened in 2004. In June of that year, it burned.', 'June of that year', '2004-06'],
    ['The mill opened on 3 March 2004. By May of the following year it had closed.', 'May of the following year', '2005-05'],
    // with no year mentioned before, the month stays without one rather than taking publication's
    ['The mill burned in June of that year.', 'June of that year', 'XXXX-06'],
  ])('"%s"', (sentence, text, value) => {
    expect(inSentence(sentence, ctx(THU)).map((t) => [t.text, t.value]).filter(([x]) => x === text)).toEqual([[text, value]]);
  });
  it('leaves a month before a possessive "that year\'s" alone', () => {
    expect(inSentence("The mill opened in 2004 and shut in June, that year's worst month.", ctx(THU)).map((t) => t.text)).not.toContain('June, that year');
  });
});

describe('findTimexes: "or so" after an anaphor', () => {
  it('keeps "or so" after an anaphor as a hedge on the date it is given', () => {
    const sentence = 'The mill opened in 2019 and was to be sold over the next year or so.';
    expect(inSentence(sentence, ctx(THU)).find((x) => x.text === 'the next year')?.date).toEqual({ start: '2020', end: '2020', precision: 'year', approximate: true });
  });
});

describe('findTimexes: a range of days keeps both ends', () => {
  it.each([
    // a hyphen (not only a dash) joins the days, with the month before or after them
    ['The survey was taken April 21-27.', 'April 21-27', '2025-04-21', '2025-04-27'],
    ['The fair ran from 6-8 February.', '6-8 February', '2025-02-06', '2025-02-08'],
    ['Talks were held Feb. 3-4 in the capital.', 'Feb. 3-4', '2025-02-03', '2025-02-04'],
    // a weekday may name each day, as listings write them
    ['The series airs Monday 10 to Friday 14 March.', 'Monday 10 to Friday 14 March', '2025-03-10', '2025-03-14'],
    // "and" or a slash joins a day and the next, the two days of one happening
    ['The envoys met on April 14 and 15 in the capital.', 'April 14 and 15', '2025-04-14', '2025-04-15'],
    ['The dock fair was held on 1 and 2 February.', '1 and 2 February', '2025-02-01', '2025-02-02'],
    ['Feb. 3/4 - Envoys meet in the capital.', 'Feb. 3/4', '2025-02-03', '2025-02-04'],
    ['Feb. 3\\/4 - Envoys meet in the capital.', 'Feb. 3\\/4', '2025-02-03', '2025-02-04'],
  ])('"%s"', (sentence, text, start, end) => {
    const found = inSentence(sentence, ctx(THU));
    expect(found.map((t) => [t.text, t.date?.start, t.date?.end])).toEqual([[text, start, end]]);
  });
  it.each([
    // a score, or a tally before a month with a day of its own, is no range of days
    ['The Harbour club won 3-1 on 2 March.', ['2 March']],
    ['The vote was 12-14 March 3.', ['March 3']],
    // "and" before a day that is not the next, or before a count of something, joins two numbers, not a range
    ['The envoys met on April 14 and 18.', ['April 14']],
    ['The envoys met on April 14 and 15 others stayed home.', ['April 14']],
    ['The fares rose on Feb. 3/7.', ['Feb. 3']],
  ])('not a range: "%s"', (sentence, texts) => {
    expect(inSentence(sentence, ctx(THU)).map((t) => t.text)).toEqual(texts);
  });
});

describe('findTimexes: a dateline alone on its line', () => {
  it('reads its date as the filing day, outside every sentence, like the publication line', () => {
    const text = 'Storm closes port\n\nHARBOURTON, August 7 (Agency) --\nThe port closed on Friday after the storm, officials said.\n';
    const start = text.indexOf('The port');
    const sentence: Span & { text: string } = { start, end: text.indexOf('said.') + 5, text: text.slice(start, text.indexOf('said.') + 5) };
    const found = findTimexes(text, [sentence], ctx('1998-08-08'));
    expect(found.map((t) => [t.text, t.value, t.resolution.rule])).toEqual([
      ['August 7', '1998-08-07', 'dateline'],
      ['Friday', '1998-08-07', 'weekday'],
    ]);
  });
  it('reads an AP dateline ending in an underscore', () => {
    const text = 'Storm closes port\n\nHARBOURTON, August 7 (Agency) _\nThe port closed on Friday after the storm, officials said.\n';
    const start = text.indexOf('The port');
    const sentence: Span & { text: string } = { start, end: text.indexOf('said.') + 5, text: text.slice(start, text.indexOf('said.') + 5) };
    expect(findTimexes(text, [sentence], ctx('1998-08-08')).map((t) => [t.text, t.resolution.rule])).toEqual([
      ['August 7', 'dateline'],
      ['Friday', 'weekday'],
    ]);
  });
  it('leaves a line that is not a dateline alone', () => {
    const text = 'Storm closes port\n\nThe season opens August 7 --\nThe port closed on Friday.\n';
    const start = text.indexOf('The port');
    expect(findTimexes(text, [{ start, end: text.length - 1, text: text.slice(start, -1) }], ctx('1998-08-08')).map((t) => t.text)).toEqual(['Friday']);
  });
});

describe('findTimexes: a clock time with no day in its sentence', () => {
  const text = 'The mill burned on Friday, Oct. 23. Crews arrived at 10 p.m. as the roof fell.';
  const sentences = [{ start: 0, end: 35, text: text.slice(0, 35) }, { start: 36, end: text.length, text: text.slice(36) }];
  it('takes the day the article named just before', () => {
    const t = findTimexes(text, sentences, ctx('1998-10-25')).find((x) => x.text === '10 p.m.');
    expect([t?.value, t?.resolution.clock?.day]).toEqual(['1998-10-23T22:00', 'earlier mention']);
  });
  it('stays without a day when none was named nearby', () => {
    const far = `The mill burned on Friday, Oct. 23.${' The town had grown around it for decades and its owners had kept it running through every slump.'.repeat(4)} Crews arrived at 10 p.m. as the roof fell.`;
    const t = findTimexes(far, [{ start: 0, end: far.length, text: far }], ctx('1998-10-25')).find((x) => x.text === '10 p.m.');
    expect(t?.value).toBe('XXXX-XX-XXT22:00');
  });
  it.each([
    // a past clock time does not take a day still to come; a future one does
    ['The mill is to reopen on Saturday. Work began at 9 a.m.', '9 a.m.', 'XXXX-XX-XXT09:00'],
    ['The mill is to reopen on Saturday. Work will begin at 9 a.m.', '9 a.m.', '1998-10-24T09:00'],
  ])('"%s"', (text, needle, value) => {
    const cut = text.indexOf('. ') + 1;
    const sentences = [{ start: 0, end: cut, text: text.slice(0, cut) }, { start: cut + 1, end: text.length, text: text.slice(cut + 1) }];
    expect(findTimexes(text, sentences, ctx('1998-10-22')).find((x) => x.text === needle)?.value).toBe(value);
  });
});

describe('findTimexes: the century an article is written in', () => {
  it('keeps its TimeML value but gives no date, and says why', () => {
    const t = timexWith('Readers expect more in the 21st century.', 'century', ctx('2009-01-02'));
    expect([t?.value, t?.date, t?.explanation]).toEqual(['20', null, "'the 21st century': the century the article was written in, its own era, placed on no timeline"]);
  });
  it('dates an earlier century as its whole span, approximate', () => {
    const t = timexWith('The mill opened in the 20th century.', 'century', ctx('2009-01-02'));
    expect(t?.date).toMatchObject({ start: '1900', end: '1999', precision: 'year', approximate: true });
  });
});

describe('a weekday after "a" or "one" leaves its day open, and what is counted from it (clause41)', () => {
  it.each([
    ['The ferry will sail again by March 20. On a recent Wednesday, the grocer painted a new sign. He left later that afternoon.', 'later that afternoon'],
    ['The mill reopened on March 3. One Tuesday, the miller fell ill. He died the next day.', 'the next day'],
  ])('"%s": "%s" is not counted from a date named before the open weekday', (sentence, phrase) => {
    const t = inSentence(sentence, ctx(THU)).find((x) => x.text === phrase);
    expect(t).toBeDefined();
    expect(t!.date).toBeNull();
  });
  it('a date named after the open weekday is counted from as before', () => {
    const sentence = 'One Tuesday, the miller fell ill. He died on March 3 and was buried the next day.';
    expect(inSentence(sentence, ctx(THU)).find((x) => x.text === 'the next day')?.value).toBe('2025-03-04');
  });
});

describe('findTimexes: a page of stamped entries (blog61)', () => {
  /** Sentences of `text` cut after each full stop or question mark and at each blank line. */
  const sentencesOf = (text: string): (Span & { text: string })[] =>
    [...text.matchAll(/[^\s.?][^.?\n]*[.?]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const valuesIn = (text: string, pub: string) => findTimexes(text, sentencesOf(text), ctx(pub)).map((t) => [t.text, t.value]);

  it("resolves each entry's relative dates against its own stamp, not the page's date", () => {
    const text = [
      'The panel published its report today.',
      'Mar 4, 2024 16:00 GMT Floods closed the coast road.',
      'Speaking at a hearing last week, the engineer called the dam a gamble. The two mayors met today.',
      'Feb 20, 2024 09:15 GMT The council voted on Monday to close the pier. Crews left on Sunday at 14:00.',
    ].join('\n\n');
    expect(valuesIn(text, '2024-11-12')).toEqual([
      ['today', '2024-11-12'],
      ['Mar 4, 2024 16:00 GMT', '2024-03-04T16:00'],
      ['last week', '2024-W09'],
      ['today', '2024-03-04'],
      ['Feb 20, 2024 09:15 GMT', '2024-02-20T09:15'],
      ['Monday', '2024-02-19'],
      ['Sunday at 14:00', '2024-02-18T14:00'],
    ]);
  });

  it('says the entry stamp is what a relative date was counted from', () => {
    const text = 'Mar 4, 2024 16:00 GMT Floods closed the road.\n\nFeb 20, 2024 09:15 GMT The pier shut on Monday.';
    const t = findTimexes(text, sentencesOf(text), ctx('2024-11-12')).find((x) => x.text === 'Monday');
    expect([t?.value, t?.resolution.publication, t?.resolution.entry]).toEqual(['2024-02-19', '2024-02-20', 'Feb 20, 2024 09:15 GMT']);
    expect(t?.explanation).toContain("in the entry stamped 'Feb 20, 2024 09:15 GMT'");
  });

  it.each([
    ['Crews reached the dam at 08:30.', '2024-02-20T08:30'],
    ['Crews will reach the dam at 22:00.', '2024-02-20T22:00'],
    // a past time later than the stamp's is of a day before it, which the entry does not say
    ['Crews reached the dam at 22:00.', 'XXXX-XX-XXT22:00'],
  ])("gives a clock time with no day near it the entry's day: %s", (last, value) => {
    const filler = ' The town had grown around the river for decades and its owners had kept the mills running through every slump.';
    const text = `Mar 4, 2024 16:00 GMT Floods closed the road.\n\nFeb 20, 2024 09:15 GMT The pier shut.${filler.repeat(4)} ${last}`;
    expect(findTimexes(text, sentencesOf(text), ctx('2024-11-12')).find((x) => /^\d\d:\d\d$/.test(x.text))?.value).toBe(value);
  });

  it.each([
    // one stamp is a dateline, not a page of entries
    ['Mar 4, 2024 16:00 GMT Floods closed the coast road. The mayors met today.', 'today', '2024-11-12'],
    // a date with its clock inside a sentence is no stamp
    ['On Mar 4, 2024 at 16:00 floods closed the road. On Feb 20, 2024 at 09:15 the pier shut. The mayors met today.', 'today', '2024-11-12'],
    // a day and clock without a year is no stamp
    ['Mar 4 16:00 GMT Floods closed the coast road.\n\nFeb 20 09:15 GMT The pier shut.\n\nThe mayors met today.', 'today', '2024-11-12'],
    // a timeline's dated lines without a clock are no stamps
    ['Mar 4, 2024 Floods close the road.\n\nFeb 20, 2024 The pier shuts.\n\nThe mayors met today.', 'today', '2024-11-12'],
  ])('leaves the page date in "%s"', (text, needle, value) => {
    expect(findTimexes(text, sentencesOf(text), ctx('2024-11-12')).find((x) => x.text === needle)?.value).toBe(value);
  });
});

describe("findTimexes: a post opened by its day and weekday (post23)", () => {
  const sentencesOf = (text: string): (Span & { text: string })[] =>
    [...text.matchAll(/[^\s.?][^.?\n]*[.?]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const valueOf = (text: string, needle: string) => findTimexes(text, sentencesOf(text), ctx(THU)).find((x) => x.text === needle)?.value;

  it.each([
    // a diary's post, its day in capitals and its writer's name after a dash
    ['The teams met today.\n\nTUESDAY 4 MARCH - JANE ROE This morning I reached the camp. Yesterday the convoy was late.', 'Yesterday', '2025-03-03'],
    ['Tuesday, 4 March: Crews cleared the road. Last night the river rose.', 'Last night', '2025-03-03TNI'],
    // the page's own day after its headline run into the first paragraph
    ['Flood diary: Your stories Monday 3 March It is feared many homes were lost.\n\nLast night crews slept on the levee.', 'Last night', '2025-03-02TNI'],
  ])('"%s": "%s" is counted from the post\'s day', (text, needle, value) => {
    expect(valueOf(text, needle)).toBe(value);
  });

  it.each([
    // the weekday is not the day's own
    ['MONDAY 4 MARCH - JANE ROE This morning I reached the camp. Yesterday the convoy was late.', 'Yesterday', '2025-03-05'],
    // a day after the page's date is no post's
    ['The teams met today.\n\nSaturday 8 March: Crews will clear the road. Yesterday the convoy was late.', 'Yesterday', '2025-03-05'],
    // a word governs the day: the sentence's own time
    ['The dam broke on Tuesday 4 March Crews fled. Yesterday the convoy was late.', 'Yesterday', '2025-03-05'],
    // words before the day in a later sentence are no headline
    ['The teams met today. Crews cleared the road Tuesday 4 March Jane Roe said. Yesterday the convoy was late.', 'Yesterday', '2025-03-05'],
    // the next post, opened by its pull quote, is not the stamped one's
    ['The teams met today.\n\nTUESDAY 4 MARCH - JANE ROE This morning I reached the camp.\n\n"Water is the first need" I have lived here for years. Yesterday the convoy was late.', 'Yesterday', '2025-03-05'],
  ])('leaves the page date in "%s"', (text, needle, value) => {
    expect(valueOf(text, needle)).toBe(value);
  });

  it('marks the stamp as the post\'s, so it dates no event', () => {
    const text = 'TUESDAY 4 MARCH - JANE ROE This morning I reached the camp.';
    expect(findTimexes(text, sentencesOf(text), ctx(THU)).find((x) => x.text === '4 MARCH')?.resolution.rule).toBe('post day stamp');
  });
});

describe('findTimexes: a range of weekdays with its week after it', () => {
  it.each([
    { sentence: 'Pupils attended classes on Wednesday to Friday last week.', text: 'Wednesday to Friday', start: '2025-02-26', end: '2025-02-28' },
    { sentence: 'The crews will work from Monday to Wednesday next week.', text: 'Monday to Wednesday', start: '2025-03-10', end: '2025-03-12' },
  ])('$text in "$sentence"', ({ sentence, text, start, end }) => {
    const t = timexWith(sentence, text, ctx(THU));
    expect([t?.text, t?.date?.start, t?.date?.end]).toEqual([text, start, end]);
  });
});

describe('findTimexes: a live page whose entries open with four-figure clock stamps', () => {
  const sentencesOf = (text: string): (Span & { text: string })[] =>
    [...text.matchAll(/[^\s.?][^.?\n]*[.?]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const valuesIn = (text: string, pub: string) => findTimexes(text, sentencesOf(text), ctx(pub)).map((t) => [t.text, t.value]);

  it('reads no stamp as a year, even one that could be a year', () => {
    const text = ['2346 Rescuers reach the valley.', '2210: The minister says roads are open.', '1905: The minister says troops arrived at the port.', '1850 Aid flights resume.'].join('\n\n');
    expect(valuesIn(text, '2024-11-12')).toEqual([]);
  });

  it('still reads a page of listed years as years', () => {
    const text = ['1957: A flu spread from the east.', '1968: A second flu followed.', '2009: A third flu spread.'].join('\n\n');
    expect(valuesIn(text, '2024-11-12').map(([, v]) => v)).toEqual(['1957', '1968', '2009']);
  });
});

describe('findTimexes: the day a live page covers, and its entries\' clock stamps (blog24)', () => {
  const sentencesOf = (text: string): (Span & { text: string })[] =>
    [...text.matchAll(/\S[^\n]*?(?:[.?](?=\s|$)|$)/gm)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const timexIn = (text: string, needle: string, pub: string) => findTimexes(text, sentencesOf(text), ctx(pub)).find((x) => x.text === needle);

  it.each([
    // a page published on Friday with Thursday's updates: its "tonight" and "yesterday" are Thursday's
    ['Storm blog: River rises Thursday\'s flood coverage as it happened Crews shut the bridge yesterday.\n\nTonight the river rose.', 'Tonight', '2025-03-07', '2025-03-06TNI'],
    ['Storm blog: River rises Thursday\'s flood coverage as it happened Crews shut the bridge yesterday.\n\nTonight the river rose.', 'yesterday', '2025-03-07', '2025-03-05'],
    ['Flood live blog: Wednesday Crews shut the bridge.\n\nThe mayor spoke today.', 'today', '2025-03-07', '2025-03-05'],
    // an entry opened by its clock alone is on the page's day, not on a day an earlier entry told of
    ['Storm blog: Thursday\'s flood coverage as it happened Crews shut the bridge.\n\nThe dam was built on 3 March.\n\n2.05 pm: The mayor turns to the budget.', '2.05 pm', '2025-03-07', '2025-03-06T14:05'],
    ['The dam was built on 3 March.\n\n2.05 pm: The mayor turns to the budget.', '2.05 pm', '2025-03-06', '2025-03-06T14:05'],
    // a day that only names a happening gives no later clock its day
    ['The 3 March storm cut the power lines. Crews came back at 2.05 pm near the town.', '2.05 pm', '2025-03-06', 'XXXX-XX-XXT14:05'],
    // a weekday fronted in a relative clause is the day of the present verb after it
    ['The chair of the committee that on Monday opens its inquiry was named in May.', 'Monday', '2025-03-06', '2025-03-10'],
  ])('"%s": "%s" (published %s) is %s', (text, needle, pub, value) => {
    expect(timexIn(text, needle, pub)?.value).toBe(value);
  });

  it.each([
    // no live page: a weekday's paper or vote names no day the page covers
    ['Thursday\'s vote was close.\n\nTonight the river rose.', 'Tonight', '2025-03-07', '2025-03-07TNI'],
    ['Viewers of Sunday\'s live coverage of the match wrote in.\n\nYesterday the club apologised.', 'Yesterday', '2025-03-10', '2025-03-09'],
    // "as it happened" in prose tells how a thing fell out, not a live page's heading
    ['The mayor arrived on Monday just as it happened a year before.\n\nTonight the river rose.', 'Tonight', '2025-03-07', '2025-03-07TNI'],
    ['Crews reported the collapse as it happened on Wednesday.\n\nTonight the river rose.', 'Tonight', '2025-03-07', '2025-03-07TNI'],
    // a clock inside a sentence still takes the day told just before it
    ['The dam broke on 3 March. Water rose at 2.05 pm near the town.', '2.05 pm', '2025-03-06', '2025-03-03T14:05'],
    ['The storm of 3 March cut the power lines. Crews came back at 2.05 pm near the town.', '2.05 pm', '2025-03-06', '2025-03-03T14:05'],
    // a relative clause's past verb keeps the past weekday
    ['The chair, who on Monday resigned, was named in May.', 'Monday', '2025-03-06', '2025-03-03'],
  ])('leaves "%s": "%s" (published %s) as %s', (text, needle, pub, value) => {
    expect(timexIn(text, needle, pub)?.value).toBe(value);
  });

  it('marks the heading\'s day as furniture, so it dates no event', () => {
    const text = 'Storm blog: Thursday\'s flood coverage as it happened Crews shut the bridge.\n\n2.05 pm: The mayor turns to the budget.';
    const found = findTimexes(text, sentencesOf(text), ctx('2025-03-07'));
    expect(found.find((x) => x.text === 'Thursday')?.resolution.rule).toBe('post day stamp');
  });
});

describe('findTimexes: names that only look like dates (reso24)', () => {
  it.each([
    // a programme's title in quotation marks, its words going on in capitals after "This Week"
    ['The minister said on the talk show "This Week With Jane Roe" that the plan would pass.', 'This Week'],
    // "today's" before a place's name closing its noun phrase is the present-day place, an age and no day
    ['The old kingdom covered most of today\'s Ruritania and part of Freedonia.', 'today'],
    ['Its laws were carved in stone across much of today s Ruritania, where they survive.', 'today'],
  ])('"%s": "%s" is no date', (sentence, needle) => {
    expect(timexWith(sentence, needle, ctx(THU))).toBeUndefined();
  });

  it.each([
    ['The minister said "This week we vote" to the crowd.', 'This week', '2025-W10'],
    ['Today\'s Senate vote was close.', 'Today', THU],
    ['Lawmakers in Ruritania met today in the capital.', 'today', THU],
    // (review24c) a capitalised common noun closing the phrase is the day's happening, not a place
    ["In today's Budget, the treasurer raised the tax on fuel.", 'today', THU],
    ["Fans queued for hours before today's Match, which the club lost.", 'today', THU],
  ])('keeps "%s": "%s" as %s', (sentence, needle, value) => {
    expect(timexWith(sentence, needle, ctx(THU))?.value).toBe(value);
  });
});
