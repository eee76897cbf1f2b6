import { describe, expect, it } from 'vitest';
import { isWebAddress, validateEventList } from '../../src/core/schema';

const date = { start: '2024-03', end: '2024-03', precision: 'month', approximate: false, label: 'March 2024' };
const minute = { start: '2024-03-05T10:45', end: '2024-03-05T10:45', precision: 'minute', approximate: false, label: '4:30 am, 5 March 2024 (UTC+05:45)' };
const article = { id: 'a', file: 'a.html', title: null, publisher: null, published: null, dateline: null, warnings: [] };
const list = (event: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  articles: [article],
  events: [{ id: 'e', title: 't', date, sources: [], ...event }],
  ...extra,
});

describe('importance, key events and summaries (optional)', () => {
  it('keeps them when valid', () => {
    const fields = { status: 'happened', importance: 0.75, key: true, summary: { article: 'a', quote: 'The council voted.', start: 10, end: 28 } };
    const check = validateEventList(list(fields));
    expect(check.ok && check.value.events[0]).toEqual(list(fields).events[0]);
  });

  it.each([
    [{ importance: 1.5 }, 'events[0].importance: expected a number from 0 to 1'],
    [{ importance: Number.NaN }, 'events[0].importance: expected a number from 0 to 1'],
    [{ key: 'yes' }, 'events[0].key: expected a boolean'],
    [{ summary: 'x' }, 'events[0].summary: expected an object'],
    [{ summary: { article: 'a', quote: 'abc', start: 0, end: 5 } }, "events[0].summary: end - start does not match the quote's length"],
  ])('refuses %j', (field, error) => {
    expect(validateEventList(list(field))).toEqual({ ok: false, errors: [error] });
  });
});

describe('a local time keeps its zone offset', () => {
  it('keeps an offset on a minute date', () => {
    const check = validateEventList(list({ date: { ...minute, offset: '+05:45' } }));
    expect(check.ok && check.value.events[0].date.offset).toBe('+05:45');
  });

  it.each([
    [{ ...minute, offset: '5:45' }],
    [{ ...minute, offset: '+15:00' }],
    [{ ...date, offset: '+01:00' }],
  ])('refuses %j', (d) => {
    expect(validateEventList(list({ date: d }))).toEqual({ ok: false, errors: ['events[0].date.offset: expected a UTC offset like +05:45 on a minute date'] });
  });
});

describe("an article's address and extracted text (optional)", () => {
  it('keeps an http(s) address and a text path', () => {
    const withUrl = { ...article, url: 'https://news.example/2024/council-vote', text: 'articles/a.txt' };
    const check = validateEventList({ version: 1, articles: [withUrl], events: [] });
    expect(check.ok && check.value.articles[0]).toEqual(withUrl);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com/a', 'https://exa mple.com', '//example.com/a', 'https://'])('refuses the address %s', (url) => {
    expect(isWebAddress(url)).toBe(false);
    expect(validateEventList({ version: 1, articles: [{ ...article, url }], events: [] })).toEqual({ ok: false, errors: ['articles[0].url: expected an http or https address'] });
  });

  it.each(['../a.txt', 'articles/../../etc/passwd.txt', '/articles/a.txt'])('refuses the text path %s', (text) => {
    expect(validateEventList({ version: 1, articles: [{ ...article, text }], events: [] }).ok).toBe(false);
  });
});

describe('the story block (optional)', () => {
  it('keeps title, summary, byline, credit and language', () => {
    const story = { title: 'The council and the budget', summary: 'How a vote came about.', byline: 'By A. Reporter', credit: 'Courier', language: 'en-GB' };
    const check = validateEventList(list({}, { story }));
    expect(check.ok && check.value.story).toEqual(story);
  });

  it('leaves a list without one exactly as it was', () => {
    const check = validateEventList(list({}));
    expect(check.ok && 'story' in check.value).toBe(false);
  });

  it.each([
    [[], 'story: expected an object'],
    [{ title: 5 }, 'story.title: expected a string of at most 1000 characters'],
    [{ language: 'english please' }, 'story.language: expected a language tag like en or fr-CA'],
  ])('refuses %j', (story, error) => {
    expect(validateEventList(list({}, { story }))).toEqual({ ok: false, errors: [error] });
  });
});
