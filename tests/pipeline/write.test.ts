import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/pipeline/write';

describe('serialize', () => {
  const list = {
    version: 1,
    story: { title: 'Ceasefire — talks in Doha' },
    articles: [{ id: 'a', title: 'Café “owner” speaks', warnings: [] }],
    events: [
      { id: 'e1', title: 'Talks resumed', sources: [{ quote: 'Die Gespräche wurden fortgesetzt – 再開 😀' }] },
      { id: 'e2', title: 'Lone \ud800 surrogate', sources: [] },
    ],
    notes: [],
  };

  it('writes ASCII only, every other character as an escape, and reads back the same value', () => {
    const text = serialize(list);
    expect(text).toMatch(/^[\x00-\x7e]*$/);
    expect(text).toContain('Caf\\u00e9 \\u201cowner\\u201d');
    expect(text).toContain('\\ud83d\\ude00');
    expect(JSON.parse(text)).toEqual(list);
  });

  it('puts each field of the top object and each article and event on a line of its own', () => {
    const lines = serialize(list).split('\n');
    expect(lines).toEqual([
      '{',
      '  "version": 1,',
      '  "story": {"title":"Ceasefire \\u2014 talks in Doha"},',
      '  "articles": [',
      '    {"id":"a","title":"Caf\\u00e9 \\u201cowner\\u201d speaks","warnings":[]}',
      '  ],',
      '  "events": [',
      expect.stringMatching(/^ {4}\{"id":"e1",.*\},$/),
      expect.stringMatching(/^ {4}\{"id":"e2",.*\}$/),
      '  ],',
      '  "notes": []',
      '}',
      '',
    ]);
  });

  it('writes what JSON.stringify writes for values it leaves out or turns into null', () => {
    const value = { a: undefined, b: [undefined, () => 1], c: new Date(0), d: 'x' };
    expect(JSON.parse(serialize(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
