import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/pipeline/body';
import { type CrossDocArticle, borrowYears } from '../../src/pipeline/crossdoc';
import { extractMetadata } from '../../src/pipeline/metadata';
import { splitSentences } from '../../src/pipeline/sentences';
import { buildEventList } from '../../src/pipeline/pipeline';
import { findTimexes } from '../../src/pipeline/timex';
import type { PublicationDate, Timex } from '../../src/pipeline/types';

const DIR = 'tests/fixtures/crossdoc';

/** A fixture article through stages 2-5, as the pipeline prepares it. */
function fromFixture(file: string): CrossDocArticle {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  const meta = extractMetadata(text, file);
  const sentences = splitSentences(text, findBody(text, meta.header));
  const timexes = findTimexes(text, sentences, { published: meta.published, dayFirst: meta.dayFirst });
  return { id: file.replace(/\.txt$/, ''), file, text, published: meta.published, sentences, timexes };
}

function published(iso: string | null): PublicationDate | null {
  if (iso === null) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day, hour: null, minute: null, offsetMinutes: null, timeZone: null, offsetSource: null, text: iso, start: 0, end: 0 };
}

/** An article made of `text` alone (every line a paragraph), published on `iso`. */
function article(id: string, iso: string | null, text: string): CrossDocArticle {
  const sentences = splitSentences(text, [{ start: 0, end: text.length }]);
  const p = published(iso);
  return { id, text, published: p, sentences, timexes: findTimexes(text, sentences, { published: p, dayFirst: null }) };
}

/** The timex written `phrase` in article `id` of a result, by occurrence. */
function timexOf(result: Map<string, Timex[]>, id: string, phrase: string, nth = 0): Timex {
  const found = result.get(id)!.filter((t) => t.text === phrase);
  expect(found.length, `'${phrase}' in ${id}`).toBeGreaterThan(nth);
  return found[nth];
}

const HISTORY = 'The Lantern Festival was first held on June 12, 2019, on the old pier at Marlow Bay.';

describe('borrowYears on the fixtures', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  const articles = files.map(fromFixture);
  const result = borrowYears(articles);

  it('gives a year-less day the year of a fully dated mention told with the same words', () => {
    const debut = timexOf(result, '03_lantern_preview', 'June 12');
    const before = timexOf(new Map(articles.map((a) => [a.id, a.timexes])), '03_lantern_preview', 'June 12');
    expect(before.value).toBe('2023-06-12'); // what the article alone says: the last 12 June before 20 March 2024
    expect(debut).toEqual({
      ...before,
      value: '2019-06-12',
      date: { start: '2019-06-12', end: '2019-06-12', precision: 'day', approximate: false },
      resolution: {
        ...before.resolution, rule: 'cross-document year', anchor: 'other article', pickedBy: null, direction: null,
        reference: { text: 'June 12, 2019', article: '01_bay_history.txt', shared: ['Marlow', 'Bay', 'Lantern', 'Festival'] },
      },
      explanation: "'June 12' takes its year from 'June 12, 2019' in 01_bay_history.txt (its sentence shares: Marlow, Bay, Lantern, Festival)",
    });
    // the article's own guess, as a record: placed by the past tense on or before publication
    expect(before.resolution).toMatchObject({ rule: 'month day', anchor: 'publication', tense: 'past', pickedBy: 'tense', direction: 'back', yearInferred: true });
  });

  it.each([
    { name: 'a future-tense sentence keeps the next occurrence', phrase: 'June 12', nth: 1, value: '2024-06-12' },
    { name: 'a day told with unrelated words keeps its own year', phrase: 'Sept. 9', nth: 0, value: '2023-09-09' },
    { name: 'two years told with the same words: ambiguous, unchanged', phrase: 'August 15', nth: 0, value: '2023-08-15' },
  ])('$name', ({ phrase, nth, value }) => {
    const t = timexOf(result, '03_lantern_preview', phrase, nth);
    expect(t.value).toBe(value);
    expect(t.explanation).not.toMatch(/takes its year/);
  });

  it('leaves fully dated mentions and the other articles as they were', () => {
    for (const a of articles.filter((x) => x.id !== '03_lantern_preview')) expect(result.get(a.id)).toEqual(a.timexes);
    const preview = articles.find((a) => a.id === '03_lantern_preview')!;
    const changed = result.get(preview.id)!.filter((t, i) => t !== preview.timexes[i]);
    expect(changed.map((t) => t.text)).toEqual(['June 12']);
  });

  it('does not depend on the order of the articles', () => {
    expect(borrowYears([...articles].reverse())).toEqual(result);
    expect(borrowYears([articles[2], articles[0], articles[1]])).toEqual(result);
  });
});

describe('borrowYears rules', () => {
  const cases: { name: string; history: CrossDocArticle[]; reader: CrossDocArticle; phrase: string; value: string }[] = [
    {
      name: 'a past-tense day takes the only year told with a shared name and words',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', '2024-09-03', 'The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.'),
      phrase: 'June 12',
      value: '2019-06-12',
    },
    {
      name: 'a sentence with no tense takes it too',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', '2024-01-10', 'The Lantern Festival on the Marlow Bay pier marks its June 12 debut with a parade.'),
      phrase: 'June 12',
      value: '2019-06-12',
    },
    {
      name: 'a year after publication is never borrowed',
      history: [article('a', '2023-05-14', 'The Lantern Festival first lit the old pier at Marlow Bay on June 12, 2022.')],
      reader: article('b', '2021-09-03', 'The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.'),
      phrase: 'June 12',
      value: '2021-06-12',
    },
    {
      name: 'a future-tense day is left alone',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', '2024-03-20', 'The Lantern Festival will light the Marlow Bay pier again on June 12.'),
      phrase: 'June 12',
      value: '2024-06-12',
    },
    {
      name: '...even without a publication date',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', null, 'The Lantern Festival will light the Marlow Bay pier again on June 12.'),
      phrase: 'June 12',
      value: 'XXXX-06-12',
    },
    {
      name: 'one shared plain word is not enough',
      history: [article('a', '2023-05-14', 'A storm damaged the pier on June 12, 2019.')],
      reader: article('b', '2024-09-03', 'Divers inspected the harbour wall on June 12, engineers said, and found the pier sound.'),
      phrase: 'June 12',
      value: '2024-06-12',
    },
    {
      name: 'a year told with far stronger words wins over a weak rival',
      history: [
        article('a', '2023-05-14', HISTORY),
        article('c', '2022-07-01', 'A Marlow Bay ferry was delayed on June 12, 2021.'),
      ],
      reader: article('b', '2024-09-03', 'The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.'),
      phrase: 'June 12',
      value: '2019-06-12',
    },
    {
      name: 'two years told with like words cancel out',
      history: [
        article('a', '2023-05-14', HISTORY),
        article('c', '2022-07-01', 'The Lantern Festival moved from the old pier at Marlow Bay on June 12, 2021.'),
      ],
      reader: article('b', '2024-09-03', 'The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.'),
      phrase: 'June 12',
      value: '2024-06-12',
    },
    {
      name: 'the article itself is not a source: this is cross-document help',
      history: [],
      reader: article('b', '2024-09-03', `${HISTORY} The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.`),
      phrase: 'June 12',
      value: '2024-06-12',
    },
    {
      name: 'a day days from publication is news of the day unless the words agree strongly',
      history: [article('a', '2023-05-14', 'The pier at Marlow Bay was closed on June 12, 2019.')],
      reader: article('b', '2024-06-20', 'Crowds gathered on the Marlow pier on June 12, the council said.'),
      phrase: 'June 12',
      value: '2024-06-12',
    },
    {
      name: '...and with strong agreement even then',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', '2024-06-20', 'The Lantern Festival on the old pier at Marlow Bay has grown every year since its June 12 debut.'),
      phrase: 'June 12',
      value: '2019-06-12',
    },
    {
      name: 'an article without a publication date gets a year it could not work out',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', null, 'The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.'),
      phrase: 'June 12',
      value: '2019-06-12',
    },
    {
      name: 'a weekday written with the day must fit the borrowed year (12 June 2019 was a Wednesday)',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', null, 'The Lantern Festival lit the Marlow Bay pier for the first time on Monday, June 12.'),
      phrase: 'Monday, June 12',
      value: 'XXXX-06-12',
    },
    {
      name: '...and one that fits is borrowed',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', null, 'The Lantern Festival lit the Marlow Bay pier for the first time on Wednesday, June 12.'),
      phrase: 'Wednesday, June 12',
      value: '2019-06-12',
    },
    {
      name: 'a day with a clock time keeps the time',
      history: [article('a', '2023-05-14', HISTORY)],
      reader: article('b', '2024-09-03', 'The Lantern Festival lit the Marlow Bay pier for the first time on June 12 at 9 p.m.'),
      phrase: 'June 12 at 9 p.m.',
      value: '2019-06-12T21:00',
    },
  ];

  it.each(cases)('$name', ({ history, reader, phrase, value }) => {
    const t = timexOf(borrowYears([...history, reader]), reader.id, phrase);
    expect(t.value).toBe(value);
    const own = reader.timexes.find((x) => x.text === phrase)!;
    if (t.value === own.value) expect(t).toBe(own);
    else expect(t.explanation).toMatch(new RegExp(`^'${phrase}' takes its year from '[^']+ \\d{4}' in \\w+ \\(its sentence shares: `));
  });

  it('shifts a clock time in UTC by the same days as its calendar day', () => {
    const reader = article('b', '2024-09-03', 'The Lantern Festival lit the Marlow Bay pier for the first time on June 12 at 9 p.m. EDT.');
    const own = reader.timexes.find((x) => x.text.startsWith('June 12'))!;
    expect(own.date).toEqual({ start: '2024-06-13T01:00', end: '2024-06-13T01:00', precision: 'minute', approximate: false, offset: '-04:00' });
    const t = borrowYears([article('a', '2023-05-14', HISTORY), reader]).get('b')!.find((x) => x.start === own.start)!;
    expect(t.value).toBe('2019-06-12T21:00');
    expect(t.date).toEqual({ start: '2019-06-13T01:00', end: '2019-06-13T01:00', precision: 'minute', approximate: false, offset: '-04:00' });
  });

  it('a sentence copied into the guessing article still lends its year from the other article', () => {
    const reader = article('a0', '2024-09-03', `${HISTORY} The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.`);
    const copies = [article('z1', '2023-05-14', HISTORY), article('z2', '2023-06-01', HISTORY)];
    const t = timexOf(borrowYears([...copies, reader]), 'a0', 'June 12');
    expect(t.value).toBe('2019-06-12');
    expect(t.explanation).toContain("'June 12, 2019' in z1 (");
  });

  it('names the file when it has one, else the id', () => {
    const reader = article('b', '2024-09-03', 'The Lantern Festival drew record crowds to the Marlow Bay pier after its June 12 debut.');
    const withFile = { ...article('a', '2023-05-14', HISTORY), file: 'a-history.md' };
    expect(timexOf(borrowYears([withFile, reader]), 'b', 'June 12').explanation).toContain("'June 12, 2019' in a-history.md (");
  });

  it('an empty collection gives an empty map; articles without guesses come back unchanged', () => {
    expect(borrowYears([])).toEqual(new Map());
    const a = article('a', '2023-05-14', HISTORY);
    expect(borrowYears([a]).get('a')).toEqual(a.timexes);
  });
});

describe('buildEventList with cross-document years', () => {
  const sources = readdirSync('tests/fixtures/crossdoc').filter((f) => f.endsWith('.txt')).sort()
    .map((file) => ({ file, text: readFileSync(`tests/fixtures/crossdoc/${file}`, 'utf8'), encoding: 'utf-8', warnings: [] }));
  const { eventList, timexes } = buildEventList(sources);
  const preview = (text: string) => timexes.filter((t) => t.article === '03_lantern_preview' && t.text === text).map((t) => t.value);

  it('dates a year-less day by the fully dated mention in another article', () => {
    expect(preview('June 12')).toEqual(['2019-06-12', '2024-06-12']);
    expect(preview('Sept. 9')).toEqual(['2023-09-09']);
    expect(preview('August 15')).toEqual(['2023-08-15']);
    const debut = eventList.events.find((e) => e.sources.some((s) => s.article === '03_lantern_preview' && s.timex.text === 'June 12' && s.quote.includes('debut')));
    expect(debut?.date).toMatchObject({ start: '2019-06-12', end: '2019-06-12', precision: 'day' });
  });

  it('does not depend on the order of the files', () => {
    expect(buildEventList([...sources].reverse())).toEqual(buildEventList(sources));
  });
});
