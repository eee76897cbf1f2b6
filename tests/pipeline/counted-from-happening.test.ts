import { describe, expect, it } from 'vitest';
import { buildEventList } from '../../src/pipeline/pipeline';

/** Events of one made-up article published on 27 September 2011. */
function run(text: string) {
  const { eventList } = buildEventList([{ file: 'trial.txt', text: `Published: 2011-09-27\n\n${text}`, encoding: 'utf-8', warnings: [] }]);
  return eventList.events;
}

describe('a happening dated by a count from another the article dates', () => {
  it.each([
    {
      name: 'a rough count of days before a death dated to its month',
      text: 'Prosecutors said Dr Tam Orr caused the death of Ann Vell in June 2009.\n\nMr Ivo Brandt told the court that days before Ann Vell\'s death, he sent a worried email to the promoter.',
      quote: /sent a worried email/,
      date: { start: '2009-06', precision: 'month', approximate: true },
    },
    {
      name: 'about a week before she died, told by the pronoun and its verb',
      text: 'Prosecutors said Dr Tam Orr caused the death of Ann Vell in June 2009.\n\nMr Ivo Brandt wrote a worried email to the promoter about a week before she died.',
      quote: /wrote a worried email/,
      date: { start: '2009-06', precision: 'month', approximate: true },
    },
    {
      name: 'an exact count of days from a death dated to its day',
      text: 'Ann Vell died at her home on 25 June 2009.\n\nTwo days before her death, Mr Ivo Brandt sent a worried email to the promoter.',
      quote: /sent a worried email/,
      date: { start: '2009-06-23', precision: 'day' },
    },
  ])('$name', ({ text, quote, date }) => {
    const event = run(text).find((e) => e.sources.some((s) => quote.test(s.quote)) && !/died|death/i.test(e.title));
    expect(event?.date).toMatchObject(date);
  });

  it('dates nothing by a count of years, too far to count from a month', () => {
    const events = run('Prosecutors said Dr Tam Orr caused the death of Ann Vell in June 2009.\n\nMr Ivo Brandt met her years before her death.');
    expect(events.filter((e) => /met her/.test(e.sources[0].quote))).toEqual([]);
  });
});
