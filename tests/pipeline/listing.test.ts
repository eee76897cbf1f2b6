import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/pipeline/body';
import { findListing, productionCreditsLength } from '../../src/pipeline/page-chrome';
import { buildEventList } from '../../src/pipeline/pipeline';

describe('production credits run into a paragraph', () => {
  it.each([
    { name: 'presenter and producer with a company', text: 'Presenter/Jane Roe, Producer/Tom Vale for Northlight Media The quiz returns for a new series.', rest: 'The quiz returns for a new series.' },
    { name: 'an escaped slash, "for the" and one word', text: 'Presenter\\/Ann de Vries, Producer\\/Tom Vale for the Network Tonight the choir sings in Portvale.', rest: 'Tonight the choir sings in Portvale.' },
    { name: 'two presenters and a title', text: 'Presenters/Dr Ruth Okafor and Sam Field, Producer/Tom Vale The orchestra plays in the harbour hall.', rest: 'The orchestra plays in the harbour hall.' },
    { name: 'a credit line alone', text: 'Producers/Lena Marsh and Ivo Brandt', rest: '' },
    { name: 'one person in two roles, a particle', text: "Presenter and producer/Ann d'Arcy for the Network A walk along the old canal.", rest: 'A walk along the old canal.' },
    { name: 'colon credits alone', text: 'Presenter: Jane Roe, Producer: Tom Vale', rest: '' },
    { name: 'a colon credit "for" a company', text: 'Producer: Tom Vale for Harbour Audio The drama is set in a fishing town.', rest: 'The drama is set in a fishing town.' },
  ])('$name', ({ text, rest }) => {
    expect(text.slice(productionCreditsLength(text))).toBe(rest);
  });

  it.each([
    { name: "a transcript's host", text: 'Host: Welcome back to the show, Jane Roe.' },
    { name: 'a colon credit run into a sentence', text: 'Editor: Jane Roe said the paper would appeal.' },
    { name: 'a role in prose', text: 'The producer said the show would return in May.' },
    { name: 'a lowercase word after the slash', text: 'Producer/the station declined to comment.' },
    { name: 'a double role before a name', text: 'Writer/Director Ana Perel finished shooting the film on Monday.' },
    { name: 'a double role in capitals', text: 'PRODUCER/DIRECTOR Tom Vale left the studio.' },
  ])('leaves alone $name', ({ text }) => {
    expect(productionCreditsLength(text)).toBe(0);
  });

  it('cuts the credits off the lead and drops a credit line, keeping the prose', () => {
    const lead = 'The council voted on Monday to close two branch libraries, the mayor said.';
    const text = `Libraries to close\n\nPresenter/Jane Roe, Producer/Tom Vale for Northlight Media ${lead}\n\nProducer/Tom Vale\n`;
    expect(findBody(text, []).map((s) => text.slice(s.start, s.end))).toEqual(['Libraries to close', lead]);
  });
});

// A made-up broadcaster's week: each item's blurb, then its credits run into the next item's first line.
const ITEMS = [
  ['The Lanterns play songs from their new album, released in March 2009.', 'They formed in Portvale in 2001 as a three-piece.', 'Their first single reached the charts in 2003.'],
  ["Tonight's programme follows a lighthouse keeper through the winter of 1962.", 'The keeper kept a diary, read here by his grandson.', 'The series ends next week.'],
  ['7.00-9.00 pm Ruth Field presents live music from the harbour festival.', 'The festival began in 1988 with four bands.', 'Listeners can vote for their favourite act.'],
  ['The choir of St Brenna sings music written for the opening of the cathedral in 1725.', 'The concert was recorded in June 2010.', 'It is repeated on Sunday at 2pm.'],
  ['Ivo Brandt looks back at the great storm of 1953 with those who lived through it.', 'He visits the sea wall built after it.', 'The storm destroyed 400 homes.'],
  ["9.30-11.00 pm A drama about a ferry crew, first broadcast in 1997.", 'The crew face a choice when the engine fails.', 'It stars Lena Marsh as the captain.'],
];
const CREDITS = ['Presenter/Sam Field, Producer/Tom Vale for Northlight Media', 'Presenter/Ann Roe, Producer/Lena Marsh for the Network', 'Producer/Ivo Brandt'];
const listingPage = (items = ITEMS) =>
  items.map((item, i) => (i === 0 ? '' : `${CREDITS[i % CREDITS.length]} `) + item.join('\n\n')).join('\n\n') + `\n\n${CREDITS[0]}\n`;

const ARTICLE = [
  'The Portvale ferry operator on Monday cut all night crossings after an engine fire forced 200 passengers back to port, the company said.',
  'The fire broke out on Sunday evening in the engine room of the Harbour Star, an inspector said.',
  'Crews put out the fire within an hour, and no one was hurt.',
  'The operator said on Tuesday that night crossings would stay suspended until inspectors finish their checks.',
  'The ferry service started in 1974 and carries a million passengers a year.',
  'Passengers were offered refunds or a seat on the morning boat, a spokeswoman said on Monday.',
  'The town council met on Tuesday to discuss the suspension.',
  'Council members asked the operator to publish the inspection report.',
  '"Safety comes before the timetable," operations manager Ruth Okafor told reporters on Monday.',
  'The last fire on one of its boats was in 2008.',
  'Unions said on Tuesday that the crews had warned of engine trouble for months.',
  'The operator denied the claim in a statement on Tuesday.',
  'Inspectors are due to report next month.',
  'Fares for the morning boat will not change, the operator said.',
  'The Harbour Star was built in 1991.',
  'It was refitted in 2006.',
  'The company employs 300 people in Portvale.',
  'Its chief executive resigned in May.',
  'A replacement has not been named.',
  'The crossings earn a third of the company\'s income.',
];

function run(text: string) {
  const { eventList } = buildEventList([{ file: 'week.txt', text: `Published: 2010-08-02\n\n${text}`, encoding: 'utf-8', warnings: [] }]);
  return { events: eventList.events, warnings: eventList.articles[0].warnings };
}

describe('programme listings', () => {
  it('gives no events from a page of programme items, and says why', () => {
    const { events, warnings } = run(listingPage());
    expect(events).toEqual([]);
    expect(warnings.filter((w) => /events/.test(w))).toHaveLength(1);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^looks like a programme listing: \d+ of its lines name production credits or broadcast times, among \d+ paragraphs/)]));
  });

  it('gives no events from a listing laid out line by line: title, slot, blurb, credits', () => {
    const page = ITEMS.map((item, i) =>
      [`Harbour Nights (episode ${i + 1})`, `${7 + i}.00-${8 + i}.00 pm`, item.filter((p) => !/^\d/.test(p)).join(' '), `Presenter: Sam Field, Producer: Tom Vale for Northlight Media`].join('\n\n'),
    ).join('\n\n');
    const { events, warnings } = run(page);
    expect(events).toEqual([]);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^looks like a programme listing/)]));
  });

  it('keeps the article before a listing and drops the listing', () => {
    const { events, warnings } = run(`${ARTICLE.join('\n\n')}\n\n${listingPage()}`);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^a programme listing follows the article: .*events are taken only from the first \d+ paragraphs/)]));
    const quotes = events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.includes('engine fire'))).toBe(true);
    expect(quotes.filter((q) => /Lanterns|lighthouse|storm of 1953|ferry crew|cathedral/.test(q))).toEqual([]);
  });

  it('keeps a long article that ends with a short box of programmes', () => {
    const article = Array.from({ length: 20 }, () => ARTICLE).flat().join('\n\n');
    const text = `${article}\n\n${listingPage(ITEMS.slice(0, 5))}`;
    const listing = findListing(text, findBody(text, []));
    expect(listing?.articleParagraphs).toBe(20 * ARTICLE.length);
  });

  it('keeps a short article before a box of programmes, and reads no credit in the page header', () => {
    const article = ARTICLE.slice(0, 4).join('\n\n');
    const { events } = run(`${article}\n\n${listingPage(ITEMS.slice(0, 5))}`);
    expect(events.flatMap((e) => e.sources.map((s) => s.quote)).some((q) => q.includes('engine fire'))).toBe(true);
    const mast = run(`The Weekly Clarion\n\nEditor/Jane Roe\n\n${ARTICLE.join('\n\n')}\n\n${listingPage(ITEMS.slice(0, 5))}`);
    expect(mast.events.flatMap((e) => e.sources.map((s) => s.quote)).some((q) => q.includes('engine fire'))).toBe(true);
  });

  it('reads an ordinary article as before', () => {
    const text = `${ARTICLE.join('\n\n')}\n`;
    expect(run(text).warnings.filter((w) => /listing/.test(w))).toEqual([]);
    expect(findListing(text, findBody(text, []))).toBeNull();
  });

  it('reads a review with a box of credits as one article', () => {
    const box = ['Director: Jane Roe', 'Writer: Tom Vale', 'Producer: Lena Marsh', 'Composer: Ivo Brandt', 'Editor: Ann Roe'].join('\n');
    for (const text of [`${box}\n\n${ARTICLE.join('\n\n')}\n`, `${ARTICLE.join('\n\n')}\n\n${box}\n`]) {
      expect(findListing(text, findBody(text, []))).toBeNull();
    }
  });

  it('needs several credited items: two credits and a few times in an article are not a listing', () => {
    const text = [...ARTICLE.slice(0, 10), 'Presenter/Sam Field, Producer/Tom Vale', ...ARTICLE.slice(10), 'The inquiry sits 9.00-11.00 am and 2.00-4.00 pm.', 'Producer/Tom Vale', 'Hearings run 9.30-12.00 am daily.'].join('\n\n');
    expect(findListing(text, findBody(text, []))).toBeNull();
  });
});
