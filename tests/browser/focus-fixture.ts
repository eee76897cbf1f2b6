// A generated story of 50 events over 40 years: a few background events spread over 1985-2015 and
// 45 news events within about 18 months of 2024-2025, every fifth one key.
import { dateLabel } from '../../src/core/dates';
import type { EventList } from '../../src/core/schema';

const TOPICS = ['Council hearing', 'Budget vote', 'Inspection report', 'Court ruling', 'Protest at the site', 'Contract signed', 'Minister visits', 'Audit published', 'Repairs begin'];

export function fiftyEvents(): EventList {
  const days: string[] = ['1985-04-12', '1992-09-03', '1999-01-20', '2008-06-15', '2015-11-02'];
  for (let i = 0; i < 45; i++) days.push(new Date(Date.UTC(2024, 0, 10) + Math.round(i * 12.1) * 86_400_000).toISOString().slice(0, 10));
  const quote = 'It happened on the day.';
  return {
    version: 1,
    articles: [{ id: 'a', file: 'a.txt', title: 'A story', publisher: 'The Paper', published: '2025-07-01', dateline: null, warnings: [] }],
    events: days.map((day, i) => {
      const date = { start: day, end: day, precision: 'day' as const, approximate: false };
      return {
        id: `ev-${i}`,
        title: `${TOPICS[i % TOPICS.length]} ${i}`,
        date: { ...date, label: dateLabel(date) },
        ...(i >= 5 && i % 5 === 0 ? { key: true } : {}),
        sources: [{ article: 'a', quote, start: 0, end: quote.length, timex: { text: 'the day', start: 15, end: 22, value: day } }],
      };
    }),
  } as EventList;
}
