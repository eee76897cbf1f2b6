// What the validator limits and cleans so a loaded list cannot freeze, stretch or spoof the page
// (issue 11, findings 8, 10 and 11): counts and lengths the page can draw in a few seconds,
// unpaired bidi controls and piles of combining marks removed from metadata, quotes untouched.
import { describe, expect, it } from 'vitest';
import {
  MAX_LABEL, MAX_MARKS, MAX_TAG_USES, MAX_TAGS, MAX_TITLE,
  cleanMetadata, stripUnpairedBidi, validateEventList, type EventList,
} from '../../src/core/schema';

const RLO = '\u202e';
const LRE = '\u202a';
const PDF = '\u202c';
const RLI = '\u2067';
const PDI = '\u2069';

function sample(): EventList {
  const text = 'The council said on Monday that the bridge would reopen.';
  return {
    version: 1,
    articles: [{ id: 'a', file: 'a.txt', title: 'Bridge', publisher: 'Gazette', published: '2024-05-08T09:00+01:00', dateline: 'York', warnings: [] }],
    events: [{
      id: 'e1',
      title: 'Council says bridge would reopen',
      date: { start: '2024-05-06', end: '2024-05-06', precision: 'day', approximate: false, label: '6 May 2024' },
      sources: [{ article: 'a', quote: text, start: 10, end: 10 + text.length, timex: { text: 'on Monday', start: 27, end: 36, value: '2024-05-06' } }],
    }],
  };
}

describe('stripUnpairedBidi', () => {
  it.each([
    { name: 'plain text', input: 'Evening Herald', expected: 'Evening Herald' },
    { name: 'an override never closed', input: `${RLO}Evil Herald`, expected: 'Evil Herald' },
    { name: 'a closer with nothing to close', input: `Herald${PDF}${PDI}`, expected: 'Herald' },
    { name: 'a paired override', input: `a ${RLO}bc${PDF} d`, expected: `a ${RLO}bc${PDF} d` },
    { name: 'a paired isolate', input: `a ${RLI}bc${PDI} d`, expected: `a ${RLI}bc${PDI} d` },
    { name: 'nested pairs', input: `${LRE}a${RLI}b${PDI}c${PDF}`, expected: `${LRE}a${RLI}b${PDI}c${PDF}` },
    { name: 'an embedding left open inside an isolate', input: `${RLI}a${LRE}b${PDI}`, expected: `${RLI}ab${PDI}` },
    { name: 'a PDF that would close across an isolate', input: `${LRE}a${RLI}b${PDF}${PDI}`, expected: `a${RLI}b${PDI}` },
    { name: 'an override cut by a new paragraph', input: `${RLO}a\nb${PDF}`, expected: 'a\nb' },
    { name: 'marks that are not controls', input: 'a\u200fb\u200ec', expected: 'a\u200fb\u200ec' },
  ])('$name', ({ input, expected }) => expect(stripUnpairedBidi(input)).toBe(expected));
});

describe('cleanMetadata', () => {
  it('keeps a few combining marks on a letter and cuts a pile of them', () => {
    const pile = `Z${'\u0301'.repeat(300)}algo`;
    expect(cleanMetadata(pile)).toBe(`Z${'\u0301'.repeat(MAX_MARKS)}algo`);
    // Pointed, cantillated Hebrew and Vietnamese keep every mark.
    for (const word of ['בְּרֵאשִׁ֖ית', 'Việt Nam', 'ཀྲྀ']) expect(cleanMetadata(word)).toBe(word);
  });
});

describe('validateEventList cleans metadata', () => {
  it('strips unpaired bidi controls and mark piles from every shown field except quotes', () => {
    const list = sample();
    const spoof = `${RLO}Evil`;
    const zalgo = `Z${'\u0301'.repeat(50)}`;
    list.articles[0].publisher = spoof;
    list.articles[0].title = `${spoof} ${zalgo}`;
    list.articles[0].dateline = spoof;
    list.articles[0].file = `${spoof}.txt`;
    list.articles[0].warnings = [spoof];
    list.events[0].title = `${zalgo} ${spoof}`;
    list.events[0].date.label = `${spoof} 6 May 2024`;
    list.events[0].tags = [spoof];
    list.events[0].note = spoof;
    list.notes = [spoof];
    const quote = `${RLO}On Monday ${zalgo}`;
    Object.assign(list.events[0].sources[0], { quote, end: 10 + quote.length, timex: { text: 'On Monday', start: 11, end: 20, value: '2024-05-06' } });
    const result = validateEventList(list);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { articles: [a], events: [e], notes } = result.value;
    const cut = `Z${'\u0301'.repeat(MAX_MARKS)}`;
    expect([a.publisher, a.title, a.dateline, a.file, a.warnings[0]]).toEqual(['Evil', `Evil ${cut}`, 'Evil', 'Evil.txt', 'Evil']);
    expect([e.title, e.date.label, e.tags, e.note, notes]).toEqual([`${cut} Evil`, 'Evil 6 May 2024', ['Evil'], 'Evil', ['Evil']]);
    // The quote is the article's text, offsets and all.
    expect(e.sources[0].quote).toBe(quote);
  });
});

describe('validateEventList limits', () => {
  it.each([
    { name: 'a date label', mutate: (l: EventList) => (l.events[0].date.label = 'x'.repeat(99_999)), error: `events[0].date.label: longer than ${MAX_LABEL} characters` },
    { name: 'a headline', mutate: (l: EventList) => (l.events[0].title = 'x'.repeat(MAX_TITLE + 1)), error: `events[0].title: longer than ${MAX_TITLE} characters` },
    { name: 'a publisher', mutate: (l: EventList) => (l.articles[0].publisher = 'x'.repeat(MAX_TITLE + 1)), error: `articles[0].publisher: longer than ${MAX_TITLE} characters` },
    { name: 'an article title', mutate: (l: EventList) => (l.articles[0].title = 'x'.repeat(MAX_TITLE + 1)), error: `articles[0].title: longer than ${MAX_TITLE} characters` },
    { name: 'a tag', mutate: (l: EventList) => (l.events[0].tags = ['x'.repeat(MAX_LABEL + 1)]), error: `events[0].tags: expected an array of at most ${MAX_TAGS} strings of up to ${MAX_LABEL} characters` },
    { name: 'too many tags on one event', mutate: (l: EventList) => (l.events[0].tags = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`)), error: `events[0].tags: expected an array of at most ${MAX_TAGS} strings of up to ${MAX_LABEL} characters` },
  ])('refuses $name past the limit', ({ mutate, error }) => {
    const list = sample();
    mutate(list);
    expect(validateEventList(list)).toEqual({ ok: false, errors: [error] });
  });

  it('accepts fields at the limits', () => {
    const list = sample();
    list.events[0].date.label = 'x'.repeat(MAX_LABEL);
    list.events[0].title = 'x'.repeat(MAX_TITLE);
    list.events[0].tags = Array.from({ length: MAX_TAGS }, () => 'y'.repeat(MAX_LABEL));
    expect(validateEventList(list).ok).toBe(true);
  });

  it('refuses more tags in all than the page draws in a few seconds, once', () => {
    const list = sample();
    const [event] = list.events;
    const perEvent = MAX_TAGS;
    const n = MAX_TAG_USES / perEvent + 3;
    list.events = Array.from({ length: n }, (_, i) => ({ ...event, id: `e${i}`, tags: Array.from({ length: perEvent }, (_, j) => `tag ${i}-${j}`) }));
    expect(validateEventList(list)).toEqual({ ok: false, errors: [`events[${MAX_TAG_USES / perEvent}].tags: more than ${MAX_TAG_USES} tags in all; the page shows at most that many`] });
    list.events.length = MAX_TAG_USES / perEvent;
    expect(validateEventList(list).ok).toBe(true);
  });
});
