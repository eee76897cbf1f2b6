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

describe('a happening dated by a count from a happening of a place the article dates beside its word', () => {
  it.each([
    {
      name: 'the day after the disaster, the disaster being the dated quake',
      text: 'The quake on 12 March 2011 flattened much of Port Ellis.\n\nThe singer Ann Vell flew to Port Ellis the day after the disaster to help the rescue crews.',
      quote: /flew to Port Ellis/,
      date: { start: '2011-03-13', precision: 'day' },
    },
    {
      name: 'hours before the blast are the blast\'s day',
      text: 'Eleven workers died in the explosion at the Norvex plant on 4 March 2011.\n\nInspectors found a leaking valve at the plant five hours before the explosion, the report said.',
      quote: /found a leaking valve/,
      date: { start: '2011-03-04', precision: 'day' },
    },
    {
      name: 'an exact count of days after the earthquake',
      text: 'The earthquake that struck Port Ellis on 12 March 2011 destroyed the harbour.\n\nRescuers pulled a boy from the rubble of a school 15 days after the earthquake struck.',
      quote: /pulled a boy/,
      date: { start: '2011-03-27', precision: 'day' },
    },
  ])('$name', ({ text, quote, date }) => {
    const event = run(text).find((e) => e.sources.some((s) => quote.test(s.quote)));
    expect(event?.date).toMatchObject(date);
  });

  it('dates nothing from a happening the article mentions only in a dated sentence, not beside its date', () => {
    const events = run('On 9 March 2011 the council said the blast had cost it $2 million.\n\nInspectors found a leaking valve at the plant five hours before the explosion.');
    expect(events.filter((e) => /leaking valve/.test(e.sources[0].quote) && e.date?.start?.startsWith('2011-03-09'))).toEqual([]);
  });
});
