// Timex behaviours found by measuring against TimeML (npm run eval): spans and values as TimeML writes them.
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/pipeline/timex';
import type { PublicationDate, ResolutionContext, Timex } from '../../../src/pipeline/types';

function published(iso: string, span: { text: string; start: number; end: number } = { text: iso, start: 0, end: 0 }, hour: number | null = null): PublicationDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day, hour, minute: hour === null ? null : 0, offsetMinutes: null, timeZone: null, offsetSource: null, ...span };
}

const ctx = (iso: string): ResolutionContext => ({ published: published(iso), dayFirst: null });
const inSentence = (sentence: string, pub: string): Timex[] => findTimexes(sentence, [{ start: 0, end: sentence.length, text: sentence }], ctx(pub));
const brief = (t: Timex) => [t.text, t.type, t.value];

describe('timex spans and values, TimeML style', () => {
  it.each([
    { name: 'N units before an object is a duration, not a date', pub: '2009-06-09', sentence: 'It ships on June 17, two days before the phone launches.', expected: [['June 17', 'DATE', '2009-06-17'], ['two days', 'DURATION', 'P2D']] },
    { name: 'a year after a gerund is a duration', pub: '2008-06-09', sentence: 'Just one year after launching the phone, they are launching another.', expected: [['one year', 'DURATION', 'P1Y']] },
    { name: '"Five years after its launch"', pub: '2008-04-09', sentence: 'Five years after its launch, the store passed its rival.', expected: [['Five years', 'DURATION', 'P5Y']] },
    { name: 'N units after ending the clause still counts from the date before', pub: '2020-01-10', sentence: 'The plant opened on 2 May 2019 and closed two days after.', expected: [['2 May 2019', 'DATE', '2019-05-02'], ['two days after', 'DATE', '2019-05-04']] },
    { name: 'bare plural units before an object', pub: '2020-09-21', sentence: 'He resigned on Sunday, hours after the recording was published.', expected: [['Sunday', 'DATE', '2020-09-20'], ['hours', 'DURATION', 'PTXH']] },
    { name: '"the past decade" in years', pub: '2005-06-06', sentence: 'It is their largest conference in the past decade.', expected: [['the past decade', 'DURATION', 'P10Y']] },
    { name: '"decades-long"', pub: '2007-02-06', sentence: 'The firms settled their decades-long dispute.', expected: [['decades-long', 'DURATION', 'PXY']] },
    { name: '"the last quarter" is the last calendar quarter', pub: '2007-01-18', sentence: 'Profits rose in the last quarter.', expected: [['the last quarter', 'DATE', '2006-Q4']] },
    { name: '"the past week" stays a stretch of time', pub: '2024-03-14', sentence: 'Ships were diverted over the past week.', expected: [['the past week', 'DURATION', 'P1W']] },
    { name: 'a weekday with a part of the day is a TIME', pub: '2010-07-17', sentence: 'Apple said on Friday morning that cases would be free.', expected: [['Friday morning', 'TIME', '2010-07-16TMO']] },
    { name: '"an event to be held on October 12" looks ahead', pub: '2005-10-04', sentence: 'Apple announced today an event to be held on October 12.', expected: [['today', 'DATE', '2005-10-04'], ['October 12', 'DATE', '2005-10-12']] },
    { name: 'a day-month days ahead wins over the past tense', pub: '2022-06-30', sentence: 'Organisers said tickets for the concerts on July 9 had sold out.', expected: [['July 9', 'DATE', '2022-07-09']] },
    { name: '"since" keeps a day-month in the past however far', pub: '2024-12-20', sentence: 'Prices have risen since Jan. 1.', expected: [['Jan. 1', 'DATE', '2024-01-01']] },
    { name: 'a day-month weeks back keeps the past tense', pub: '2022-06-30', sentence: 'The band played on June 2.', expected: [['June 2', 'DATE', '2022-06-02']] },
    { name: 'with no tense, the nearer weekend (a Friday: the coming one)', pub: '2019-12-27', sentence: 'Forecasters expect snow through the weekend.', expected: [['the weekend', 'DATE', '2019-W52-WE']] },
    { name: 'with no tense, the nearer weekend (a Monday: the one just gone)', pub: '2019-12-23', sentence: 'Forecasters expect snow through the weekend.', expected: [['the weekend', 'DATE', '2019-W51-WE']] },
    { name: '"the end of 2025" keeps its article', pub: '2023-11-06', sentence: 'It is due to finish by the end of 2025.', expected: [['the end of 2025', 'DATE', '2025']] },
    { name: '"more recently" keeps its modifier', pub: '2006-06-20', sentence: 'More recently, the firm sold films online.', expected: [['More recently', 'DATE', 'PAST_REF']] },
    { name: '"annual" is a set', pub: '2010-06-08', sentence: 'Jobs spoke at the annual conference.', expected: [['annual', 'SET', 'P1Y']] },
  ])('$name', ({ sentence, pub, expected }) => {
    expect(inSentence(sentence, pub).map(brief)).toEqual(expected);
  });
});

describe('the publication date as a temporal expression', () => {
  const text = 'Harbour reopens\n\nMarch 14, 2024\n\nThe harbour reopened on Tuesday.';
  const start = text.indexOf('March');
  const sentence = { start: text.indexOf('The'), end: text.length, text: text.slice(text.indexOf('The')) };

  it('is found on the date line, outside every sentence, before the body expressions', () => {
    const found = findTimexes(text, [sentence], { published: published('2024-03-14', { text: 'March 14, 2024', start, end: start + 14 }), dayFirst: null });
    expect(found.map(brief)).toEqual([['March 14, 2024', 'DATE', '2024-03-14'], ['Tuesday', 'DATE', '2024-03-12']]);
    expect(found[0].start).toBe(start);
  });

  it('is a TIME when the date line gives the time', () => {
    const t = 'Harbour reopens\n\nMarch 14, 2024 08:00\n\nThe harbour reopened on Tuesday.';
    const body = { start: t.indexOf('The'), end: t.length, text: t.slice(t.indexOf('The')) };
    const found = findTimexes(t, [body], { published: published('2024-03-14', { text: 'March 14, 2024 08:00', start, end: start + 20 }, 8), dayFirst: null });
    expect(brief(found[0])).toEqual(['March 14, 2024 08:00', 'TIME', '2024-03-14T08:00']);
  });

  it('is not added twice when a sentence already holds it', () => {
    const t = 'MUMBAI, March 14, 2024: The harbour reopened.';
    const at = t.indexOf('March');
    const found = findTimexes(t, [{ start: 0, end: t.length, text: t }], { published: published('2024-03-14', { text: 'March 14, 2024', start: at, end: at + 14 }), dayFirst: null });
    expect(found.filter((f) => f.value === '2024-03-14')).toHaveLength(1);
  });
});
